// spm_encode.cc - the same measurement as bench_tokenizer.c with
// sentencepiece's own C++ encoder (Debian's libsentencepiece-dev).
#include <sentencepiece_processor.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: bench-spm MODEL TEXT [REPS]\n"); return 1; }
    int reps = argc > 3 ? atoi(argv[3]) : 7;
    sentencepiece::SentencePieceProcessor sp;
    if (!sp.Load(argv[1]).ok()) { fprintf(stderr, "cannot load %s\n", argv[1]); return 1; }
    std::ifstream in(argv[2]);
    std::vector<std::string> lines;
    size_t bytes = 0;
    for (std::string l; std::getline(in, l);) { bytes += l.size(); lines.push_back(l); }
    std::vector<double> mbs;
    long total = 0;
    for (int r = 0; r < reps; r++) {
        auto t0 = std::chrono::steady_clock::now();
        total = 0;
        std::vector<int> ids;
        for (auto &l : lines) { sp.Encode(l, &ids); total += (long)ids.size(); }
        double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        mbs.push_back(bytes / 1e6 / s);
    }
    std::sort(mbs.begin(), mbs.end());
    printf("sentencepiece %8.2f MB/s median  (min %.2f, max %.2f)  %zu lines, %.2f MB, %ld ids\n",
           mbs[reps / 2], mbs[0], mbs.back(), lines.size(), bytes / 1e6, total);
    return 0;
}
