#!/bin/sh
# Install what building and testing libmotionrec needs, on Debian/Ubuntu.
# Safe to run again: it installs only what is missing.
set -e
PKGS="build-essential pkg-config clang libcmocka-dev libcjson-dev libsqlite3-dev libpq-dev libmicrohttpd-dev libopenblas-dev libsentencepiece-dev sentencepiece python3 python3-pip postgresql chromium chromium-driver fonts-wqy-zenhei wrk curl"
missing=""
for p in $PKGS; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  echo "setup: installing$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
# Python side of the tests: sentencepiece (the parity reference), gguf
# (the ggml ecosystem's reader) and selenium. Debian's python3 refuses pip without the flag.
# selenium drives Debian's chromium (through its chromedriver) in the web page's test.
if ! python3 -c "import sentencepiece, gguf, numpy, selenium" 2>/dev/null; then
  python3 -m pip install -q sentencepiece gguf numpy selenium 2>/dev/null ||
    python3 -m pip install -q --break-system-packages sentencepiece gguf numpy selenium
fi
