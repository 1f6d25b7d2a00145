#!/usr/bin/env bash
# README command 1: sets Krait up and runs an example.
#   - checks the tools and installs the Boehm GC (libgc-dev) and PCRE2 (libpcre2-dev) when run as root with apt-get,
#   - builds the compiler (Maven),
#   - compiles and runs examples/hello.py (which also builds the cached runtime library).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
cd "$root"
scripts/ensure-deps
echo "krait setup: building the compiler"
mvn -B -q -DskipTests package
echo "krait setup: compiling and running examples/hello.py"
bin/krait run examples/hello.py
echo "krait setup: done. Try: bin/krait build examples/prime_sieve.py -o /tmp/sieve && /tmp/sieve"
