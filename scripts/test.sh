#!/usr/bin/env bash
# Runs the whole test suite: installs what the tests need, builds the `skills` binary, then `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build --build-tests
swift test --skip-build --disable-xctest "$@"
