# libmotionrec - build
#   make                 library (static + shared), mr-cli, mr-convert, motion-advisor, motion-server
#   make test            build and run the cmocka suite, the CLI tests and the fuzz smoke run
#   make install PREFIX=/usr/local    (make uninstall PREFIX=... removes it)
# Options: BLAS=1 (OpenBLAS), CUDA=1 (CUDA backend, build-cuda/), DEBUG=1, SANITIZE=address,undefined

PREFIX   ?= /usr/local
# the version, from the header (one place to change it)
MR_VERSION := $(shell sed -n 's/^#define MR_VERSION_STRING "\(.*\)"/\1/p' include/motionrec.h)
# the ABI: the shared libraries' sonames carry it (libmotionrec.so.N), so a
# program built for another ABI is refused by the loader, not run wrongly
MR_ABI := $(shell sed -n 's/^#define MR_ABI_VERSION \([0-9]*\).*/\1/p' include/motionrec.h)
BUILD    ?= build
CC       ?= cc
# The fuzz targets always build with their own sanitizers, so one copy
# serves every variant (fixed here, before SANITIZE or BLAS rename BUILD).
FUZZ_DIR := $(BUILD)/fuzz

# libpq's header lives in a directory of its own
PQ_CFLAGS := $(or $(shell pkg-config --cflags libpq 2>/dev/null),-I/usr/include/postgresql)

MR_CFLAGS  = -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wshadow -Wno-unused-parameter \
             -Iinclude -fPIC -fvisibility=hidden -MMD -MP
# Two libraries, in layers: the engine (libmotionrec: T5 and its kernels,
# nothing but libm and pthreads) and the advisor (libmotionrec-advisor:
# the engine's public API, SQLite or PostgreSQL, cJSON). lib/common/ is
# compiled into both, hidden. What each layer may include:
COMMON_INC  = -Ilib/common
ENGINE_INC  = -Ilib/engine -Ilib/engine/kernels -Ilib/engine/cuda $(COMMON_INC)
ADVISOR_INC = -Ilib/advisor $(COMMON_INC) $(PQ_CFLAGS)
CONVERT_INC = -Ilib/convert $(ENGINE_INC)
# tests, fuzz targets and the benchmark reach inside every layer
ALL_INC     = -Ilib/advisor -Ilib/convert $(ENGINE_INC) $(PQ_CFLAGS)
ENGINE_LDLIBS  = -lm -lpthread
ADVISOR_LDLIBS = -lsqlite3 -lpq -lcjson

ifdef DEBUG
  MR_CFLAGS += -O0 -g
else
  MR_CFLAGS += -O2 -g
endif
ifdef SANITIZE
  MR_CFLAGS  += -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
  MR_LDFLAGS += -fsanitize=$(SANITIZE)
  # (thread has a folder of its own: it cannot share objects with address)
  BUILD := $(BUILD)-$(if $(findstring thread,$(SANITIZE)),tsan,san)
endif
ifdef BLAS
  MR_CFLAGS += -DMR_USE_BLAS $(shell pkg-config --cflags openblas 2>/dev/null)
  ENGINE_LDLIBS += $(or $(shell pkg-config --libs openblas 2>/dev/null),-lopenblas)
  BUILD := $(BUILD)-blas
endif
ifdef CUDA
  # The CUDA backend (lib/engine/cuda/): sm_90 (Hopper) code plus PTX that newer
  # GPUs compile at load time; cudart linked statically, so running needs
  # only the NVIDIA driver.
  CUDA_HOME  ?= /usr/local/cuda
  NVCC       ?= $(CUDA_HOME)/bin/nvcc
  CUDA_ARCH  ?= -gencode arch=compute_90,code=sm_90 -gencode arch=compute_90,code=compute_90
  MR_CFLAGS  += -DMR_USE_CUDA
  ENGINE_LDLIBS += -L$(CUDA_HOME)/lib64 -lcudart_static -ldl -lrt -lstdc++
  NVCC_FLAGS  = -O3 -std=c++17 -Iinclude $(ENGINE_INC) -DMR_USE_CUDA $(CUDA_ARCH) \
                -Xcompiler -fPIC,-fvisibility=hidden,-Wall
  BUILD := $(BUILD)-cuda
  CUDA_OBJ = $(BUILD)/lib/engine/cuda/t5_cuda.o
endif

# The compiler and flags this build folder was made with: when they change
# (make CC=clang, DEBUG=1, CFLAGS=...), every object is rebuilt rather than
# mixed with objects made otherwise.
# (The stamp is rewritten while the Makefile is read, so that make -q and
# make -n see the change too.)
FLAGS_STAMP := $(BUILD)/.flags
FLAGS_NOW   := $(strip $(CC) $(MR_CFLAGS) $(CFLAGS) $(MR_LDFLAGS) $(LDFLAGS) $(NVCC) $(NVCC_FLAGS))
ifneq ($(FLAGS_NOW),$(strip $(shell cat $(FLAGS_STAMP) 2>/dev/null)))
  $(shell mkdir -p $(BUILD) && printf '%s\n' '$(FLAGS_NOW)' > $(FLAGS_STAMP))
endif

# a program using both layers links both, the advisor's first
MR_LDLIBS = $(ADVISOR_LDLIBS) $(ENGINE_LDLIBS)

COMMON_SRC  = $(wildcard lib/common/*.c)
ENGINE_SRC  = $(wildcard lib/engine/*.c lib/engine/kernels/*.c lib/engine/cuda/*.c)
ADVISOR_SRC = $(wildcard lib/advisor/*.c)
CONVERT_SRC = $(wildcard lib/convert/*.c)
LIB_SRC     = $(COMMON_SRC) $(ENGINE_SRC) $(ADVISOR_SRC) $(CONVERT_SRC)
ENGINE_OBJ  = $(patsubst %.c,$(BUILD)/%.o,$(ENGINE_SRC) $(COMMON_SRC)) $(CUDA_OBJ)
ADVISOR_OBJ = $(patsubst %.c,$(BUILD)/%.o,$(ADVISOR_SRC) $(COMMON_SRC))
CONVERT_OBJ = $(patsubst %.c,$(BUILD)/%.o,$(CONVERT_SRC))
LIB_OBJ     = $(patsubst %.c,$(BUILD)/%.o,$(LIB_SRC)) $(CUDA_OBJ)
ENGINE_A    = $(BUILD)/libmotionrec.a
ADVISOR_A   = $(BUILD)/libmotionrec-advisor.a
CONVERT_A   = $(BUILD)/libmrconvert.a
STATIC_LIBS = $(ADVISOR_A) $(ENGINE_A)
TEST_SRC = $(wildcard tests/test_*.c)
TESTS    = $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)

all: $(ENGINE_A) $(BUILD)/libmotionrec.so $(ADVISOR_A) $(BUILD)/libmotionrec-advisor.so $(BUILD)/mr-cli $(BUILD)/mr-convert \
     $(BUILD)/simple $(BUILD)/mr-bench $(BUILD)/motion-advisor $(BUILD)/motion-server
	@echo "built with: $(CC) $(MR_CFLAGS) $(CFLAGS)"

# each layer compiled with the include paths it is allowed: lib/LAYER/... uses LAYER_INC_LAYER
LAYER_INC_common  = $(COMMON_INC)
LAYER_INC_engine  = $(ENGINE_INC)
LAYER_INC_advisor = $(ADVISOR_INC)
LAYER_INC_convert = $(CONVERT_INC)
$(BUILD)/lib/%.o: lib/%.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(MR_CFLAGS) $(LAYER_INC_$(word 2,$(subst /, ,$<))) $(CFLAGS) -c $< -o $@
$(BUILD)/lib/engine/cuda/%.o: lib/engine/cuda/%.cu lib/engine/cuda/cuda.h lib/engine/model.h lib/engine/internal.h $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	$(NVCC) $(NVCC_FLAGS) -c $< -o $@

$(ENGINE_A): $(ENGINE_OBJ)
	rm -f $@ && ar rcs $@ $^
$(BUILD)/libmotionrec.so: $(ENGINE_OBJ)
	$(CC) -shared $(MR_LDFLAGS) $(LDFLAGS) -Wl,-soname,libmotionrec.so.$(MR_ABI) -o $@ $^ $(ENGINE_LDLIBS)
	ln -sf libmotionrec.so $(BUILD)/libmotionrec.so.$(MR_ABI)
$(ADVISOR_A): $(ADVISOR_OBJ)
	rm -f $@ && ar rcs $@ $^
$(BUILD)/libmotionrec-advisor.so: $(ADVISOR_OBJ) $(BUILD)/libmotionrec.so
	$(CC) -shared $(MR_LDFLAGS) $(LDFLAGS) -Wl,-soname,libmotionrec-advisor.so.$(MR_ABI) -o $@ $(ADVISOR_OBJ) \
	    -L$(BUILD) -lmotionrec -Wl,-rpath,'$$ORIGIN' $(ADVISOR_LDLIBS)
	ln -sf libmotionrec-advisor.so $(BUILD)/libmotionrec-advisor.so.$(MR_ABI)
# the converter's readers (config.json, safetensors): mr-convert's, not installed
$(CONVERT_A): $(CONVERT_OBJ)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/mr-cli: examples/mr-cli.c $(ENGINE_A)
	$(CC) $(MR_CFLAGS) $(ENGINE_INC) $(CFLAGS) $(MR_LDFLAGS) $(LDFLAGS) -o $@ $< $(ENGINE_A) $(ENGINE_LDLIBS)

$(BUILD)/motion-advisor: examples/motion-advisor.c $(STATIC_LIBS)
	$(CC) $(MR_CFLAGS) $(ADVISOR_INC) $(CFLAGS) -DMR_MODEL_DIR='"$(PREFIX)/share/motionrec"' $(MR_LDFLAGS) $(LDFLAGS) \
	    -o $@ $< $(STATIC_LIBS) $(MR_LDLIBS)

$(BUILD)/motion-server: examples/motion-server.c $(STATIC_LIBS)
	$(CC) $(MR_CFLAGS) $(CFLAGS) -DMR_MODEL_DIR='"$(PREFIX)/share/motionrec"' $(MR_LDFLAGS) $(LDFLAGS) -o $@ $< \
	    $(STATIC_LIBS) -lmicrohttpd $(MR_LDLIBS)

$(BUILD)/mr-convert: examples/mr-convert.c $(CONVERT_A) $(ENGINE_A)
	$(CC) $(MR_CFLAGS) $(CONVERT_INC) $(CFLAGS) $(MR_LDFLAGS) $(LDFLAGS) -o $@ $< $(CONVERT_A) $(ENGINE_A) \
	    -lcjson $(ENGINE_LDLIBS)

$(BUILD)/simple: examples/simple.c $(BUILD)/libmotionrec.so
	$(CC) $(MR_CFLAGS) $(CFLAGS) $(MR_LDFLAGS) $(LDFLAGS) -o $@ $< -L$(BUILD) -lmotionrec -Wl,-rpath,'$$ORIGIN' $(ENGINE_LDLIBS)

# tests link the static libraries (internal symbols visible) plus cmocka
$(BUILD)/tests/%: tests/%.c tests/testutil.c tests/testutil.h $(CONVERT_A) $(STATIC_LIBS)
	@mkdir -p $(dir $@)
	$(CC) $(MR_CFLAGS) $(ALL_INC) $(CFLAGS) -Itests $(MR_LDFLAGS) $(LDFLAGS) -o $@ $< tests/testutil.c \
	    $(CONVERT_A) $(STATIC_LIBS) -lcmocka -lcjson $(MR_LDLIBS)

# Test data that are generated (GGUF conversions, sentencepiece parity cases)
TESTDATA = $(BUILD)/testdata/.stamp

$(TESTDATA): $(BUILD)/mr-convert tests/make_testdata.sh tests/spm_parity.py
	MR_BUILD=$(BUILD) sh tests/make_testdata.sh

test: all $(TESTS) $(TESTDATA)
	@fail=0; for t in $(TESTS); do echo "== $$t"; MR_TESTDATA=$(BUILD)/testdata $$t || fail=1; done; \
	 if [ -n "$(CUDA)" ]; then echo "== $(BUILD)/tests/test_t5 on the GPU (MR_TEST_BACKEND=cuda)"; \
	   MR_TEST_BACKEND=cuda MR_TESTDATA=$(BUILD)/testdata $(BUILD)/tests/test_t5 || fail=1; fi; \
	 python3 tests/test_layers.py || fail=1; \
	 MR_BUILD=$(BUILD) python3 tests/test_gguf_py.py || fail=1; \
	 MR_BUILD=$(BUILD) python3 tests/test_convert.py || fail=1; \
	 MR_BUILD=$(BUILD) python3 tests/test_cli.py || fail=1; \
	 MR_BUILD=$(BUILD) python3 tests/test_llamacpp_quant.py || fail=1; \
	 MR_BUILD=$(BUILD) python3 tests/test_bench.py || fail=1; \
	 MR_BUILD=$(BUILD) python3 tests/test_advisor_cli.py || fail=1; \
	 MR_BUILD=$(BUILD) python3 tests/test_coach_cli.py || fail=1; \
	 MR_BUILD=$(BUILD) python3 tests/test_server.py || fail=1; \
	 MR_BUILD=$(BUILD) python3 tests/test_web.py || fail=1; \
	 MR_BUILD=$(BUILD) MR_TESTDATA=$(BUILD)/testdata python3 tests/test_install.py || fail=1; \
	 MR_BUILD=$(BUILD) MR_NOTES_QUICK=$(if $(SANITIZE),1,0) python3 tests/test_notes_eval.py || fail=1; \
	 MR_BUILD=$(BUILD) python3 tests/test_stroke_eval.py || fail=1; \
	 MR_BUILD=$(BUILD) MR_EXPERT_QUICK=$(if $(SANITIZE),1,0) python3 tests/test_expert.py || fail=1; \
	 $(MAKE) --no-print-directory fuzz-smoke || fail=1; \
	 MR_BUILD=$(BUILD) MR_TESTDATA=$(BUILD)/testdata CC="$(CC)" MR_LINK="$(MR_LDFLAGS) $(LDFLAGS) $(ENGINE_LDLIBS)" \
	   python3 tests/test_header_example.py || fail=1; \
	 MR_BUILD=$(BUILD) python3 tests/test_readme.py || fail=1; \
	 if [ $$fail = 0 ]; then echo "ALL TESTS PASSED"; else echo "SOME TESTS FAILED"; fi; exit $$fail

install: all
	install -d $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/bin
	install -m 644 include/motionrec.h include/motionrec_advisor.h $(DESTDIR)$(PREFIX)/include/
	install -m 644 $(ENGINE_A) $(ADVISOR_A) $(DESTDIR)$(PREFIX)/lib/
	install -m 755 $(BUILD)/libmotionrec.so $(DESTDIR)$(PREFIX)/lib/libmotionrec.so.$(MR_ABI)
	ln -sf libmotionrec.so.$(MR_ABI) $(DESTDIR)$(PREFIX)/lib/libmotionrec.so
	install -m 755 $(BUILD)/libmotionrec-advisor.so $(DESTDIR)$(PREFIX)/lib/libmotionrec-advisor.so.$(MR_ABI)
	ln -sf libmotionrec-advisor.so.$(MR_ABI) $(DESTDIR)$(PREFIX)/lib/libmotionrec-advisor.so
	install -m 755 $(BUILD)/mr-cli $(BUILD)/mr-convert $(BUILD)/motion-advisor $(BUILD)/motion-server $(DESTDIR)$(PREFIX)/bin/
	install -d $(DESTDIR)$(PREFIX)/share/motionrec
	install -m 644 weights/advisor-f16.gguf $(DESTDIR)$(PREFIX)/share/motionrec/
	install -d $(DESTDIR)$(PREFIX)/share/motionrec/web
	install -m 644 web/index.html web/app.js web/style.css $(DESTDIR)$(PREFIX)/share/motionrec/web/
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(MR_VERSION)|' -e 's|@LIBS_PRIVATE@|$(ENGINE_LDLIBS)|' motionrec.pc.in \
	    > $(DESTDIR)$(PREFIX)/lib/pkgconfig/motionrec.pc
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(MR_VERSION)|' -e 's|@LIBS_PRIVATE@|$(ADVISOR_LDLIBS)|' \
	    motionrec-advisor.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/motionrec-advisor.pc
	@# the loader finds libmotionrec.so.N in /usr/local/lib once its cache is rebuilt;
	@# another PREFIX needs an rpath in the program (see the README, "Install")
	@case "$(DESTDIR)$(PREFIX)" in /usr|/usr/local) [ -w /etc/ld.so.cache ] && ldconfig || true;; esac

# Everything install put there, and nothing else.
uninstall:
	rm -f $(addprefix $(DESTDIR)$(PREFIX)/include/,motionrec.h motionrec_advisor.h)
	rm -f $(addprefix $(DESTDIR)$(PREFIX)/lib/,libmotionrec.a libmotionrec.so libmotionrec.so.$(MR_ABI) \
	      libmotionrec-advisor.a libmotionrec-advisor.so libmotionrec-advisor.so.$(MR_ABI))
	rm -f $(addprefix $(DESTDIR)$(PREFIX)/lib/pkgconfig/,motionrec.pc motionrec-advisor.pc)
	rm -f $(addprefix $(DESTDIR)$(PREFIX)/bin/,mr-cli mr-convert motion-advisor motion-server)
	rm -f $(DESTDIR)$(PREFIX)/share/motionrec/advisor-f16.gguf
	rm -f $(addprefix $(DESTDIR)$(PREFIX)/share/motionrec/web/,index.html app.js style.css)
	-rmdir $(DESTDIR)$(PREFIX)/share/motionrec/web $(DESTDIR)$(PREFIX)/share/motionrec 2>/dev/null
	@case "$(DESTDIR)$(PREFIX)" in /usr|/usr/local) [ -w /etc/ld.so.cache ] && ldconfig || true;; esac

clean:
	rm -rf build build-san build-tsan build-blas build-san-blas build-cuda

# Benchmarks (bench/): not part of the tests
$(BUILD)/bench-tokenizer: bench/bench_tokenizer.c $(ENGINE_A)
	$(CC) $(MR_CFLAGS) $(ENGINE_INC) $(CFLAGS) -o $@ $< $(ENGINE_A) $(ENGINE_LDLIBS)
$(BUILD)/mr-bench: bench/mr-bench.c $(STATIC_LIBS)
	$(CC) $(MR_CFLAGS) $(ALL_INC) $(CFLAGS) $(shell pkg-config --cflags openblas 2>/dev/null) -o $@ $< \
	    $(STATIC_LIBS) $(or $(shell pkg-config --libs openblas 2>/dev/null),-lopenblas) $(MR_LDLIBS)
$(BUILD)/bench-spm: bench/spm_encode.cc
	$(CXX) -O2 -std=c++17 -o $@ $< -lsentencepiece

# Fuzzing (clang + libFuzzer). The library is compiled once with coverage
# and the sanitizers (a UB report stops the run, so it is a finding) and
# each target in tests/fuzz/ links it:
#   make fuzz                          build them all
#   make fuzz-smoke                    run each for FUZZ_SECONDS (3) on its corpus; make test does this
#   make fuzz-smoke FUZZ_SECONDS=60    the longer run the README reports
# The corpora grow in $(FUZZ_DIR)/corpus/NAME, seeded from tests/fuzz/corpus/NAME;
# findings land in $(FUZZ_DIR)/artifacts/, run logs in $(FUZZ_DIR)/logs/.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 3
FUZZ_TARGETS  = gguf tokenizer profile recommend batch convert args
FUZZ_CFLAGS   = -std=c11 -D_GNU_SOURCE -g -O1 -Iinclude $(ALL_INC) -fsanitize=address,undefined \
                -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_OBJ      = $(patsubst %.c,$(FUZZ_DIR)/%.o,$(LIB_SRC))
fuzz: $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)
$(FUZZ_DIR)/lib/%.o: lib/%.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c $< -o $@
$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJ)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJ) $(ADVISOR_LDLIBS) -lm -lpthread
fuzz-smoke:
	@if sh tests/fuzz/smoke.sh probe $(FUZZ_CC) $(FUZZ_DIR); then \
	   $(MAKE) --no-print-directory fuzz && \
	   sh tests/fuzz/smoke.sh run $(FUZZ_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGETS); \
	 fi

# The concurrency tests under ThreadSanitizer (its own build, build-tsan/):
# the thread pool and kernels, shared models, threads at every count, the
# abort callback set from another thread, advisors sharing a model, and
# motion-server's worker pool under concurrent clients. Any report fails.
TSAN_TESTS = test_kernels test_model test_t5 test_processors test_advisor
tsan:
	$(MAKE) --no-print-directory SANITIZE=thread tsan-run
tsan-run: $(TSAN_TESTS:%=$(BUILD)/tests/%) $(BUILD)/motion-server $(TESTDATA)
	@fail=0; for t in $(TSAN_TESTS); do echo "== $$t (ThreadSanitizer)"; \
	   TSAN_OPTIONS="halt_on_error=1 exitcode=66" MR_TESTDATA=$(BUILD)/testdata $(BUILD)/tests/$$t || fail=1; done; \
	 TSAN_OPTIONS="halt_on_error=1 exitcode=66" MR_BUILD=$(BUILD) python3 tests/test_server.py || fail=1; \
	 if [ $$fail = 0 ]; then echo "TSAN TESTS PASSED"; else echo "TSAN TESTS FAILED"; fi; exit $$fail

# The README's two commands: each installs its own dependencies first.
DEMO_DIR = tests/data/goldens/flan-v1_1-tiny-copy
# The main command: build, then a recommendation for the bundled sample
# profile with the shipped model (card, then JSON), then the library on a
# converted reference checkpoint.
ADVISOR_MODEL = weights/advisor-f16.gguf
demo:
	sh scripts/setup.sh
	$(MAKE) all
	$(BUILD)/motion-advisor recommend --profile tests/data/profiles/sample_zh.json --model $(ADVISOR_MODEL) \
	    --db $(BUILD)/demo-advisor.db
	$(BUILD)/motion-advisor recommend --profile tests/data/profiles/sample_en.json --model $(ADVISOR_MODEL) \
	    --db $(BUILD)/demo-advisor.db --json
	$(BUILD)/mr-convert $(DEMO_DIR) $(BUILD)/demo.gguf --type f32
	$(BUILD)/mr-cli generate $(BUILD)/demo.gguf "I feel tired today, maybe a short walk?" --max-new 20
	$(BUILD)/mr-cli classify $(BUILD)/demo.gguf "I feel tired today, maybe a short walk?" \
	    --labels "跑步,游泳,骑自行车,快走,休息" --json

check:
	sh scripts/setup.sh
	$(MAKE) test

.PHONY: all test install uninstall clean demo check fuzz fuzz-smoke tsan tsan-run
-include $(LIB_OBJ:.o=.d) $(FUZZ_OBJ:.o=.d)
