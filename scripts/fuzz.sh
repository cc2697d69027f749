#!/usr/bin/env bash
# Fuzzes the file and token readers with libFuzzer and AddressSanitizer. Not run in CI: each target runs for minutes.
#
#   scripts/fuzz.sh [TARGET] [SECONDS]
#
# TARGET is FuzzCSV, FuzzToken, FuzzCurriculum, FuzzRegions or all (the default, one after another); SECONDS is each
# target's run time (default 600). The build goes to .build-fuzz so the normal .build is never touched. The run starts
# from the committed corpus (Fuzz/corpus/TARGET) and real files read in place: the shipped curricula and regions,
# and the csv-spectrum suite beside the repository, which is only read, never copied in. libFuzzer runs in fork mode
# so one crash does not end the run; crashing inputs, and inputs taking over 10 s, land in Fuzz/crashes/TARGET. At the
# end the committed corpus is replaced by a minimal one (-set_cover_merge=1) covering the same code. Extra libFuzzer
# flags go in FUZZ_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."

all=(FuzzCSV FuzzToken FuzzCurriculum FuzzRegions)
target=${1:-all}
seconds=${2:-600}
if [[ $target == all ]]; then
    targets=("${all[@]}")
elif [[ " ${all[*]} " == *" $target "* ]]; then
    targets=("$target")
else
    echo "error: unknown fuzz target '$target'; use one of: ${all[*]} or all" >&2
    exit 64
fi

spectrum=../shared/reference/csv-spectrum/csvs

# The folders of real files each target starts from, besides its corpus.
seeds() {
    case $1 in
        FuzzCSV) echo Reports/regions; [[ -d $spectrum ]] && echo "$spectrum" ;;
        FuzzRegions) echo Reports/regions ;;
        FuzzCurriculum) echo Curricula ;;
        FuzzToken) ;;
    esac
    return 0
}

for name in "${targets[@]}"; do
    swift build -c debug --build-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -D -Xswiftc FUZZING \
        --product "$name"
    binary=.build-fuzz/debug/$name
    corpus=Fuzz/corpus/$name
    crashes=Fuzz/crashes/$name
    mkdir -p "$corpus" "$crashes"
    found=$(mktemp -d)
    minimal=$(mktemp -d)
    # shellcheck disable=SC2046 # seeds prints one folder a line, none with spaces
    "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -fork=1 -ignore_crashes=1 -artifact_prefix="$crashes/" \
        ${FUZZ_FLAGS:-} "$found" "$corpus" $(seeds "$name")
    # A greedy set cover keeps every feature in fewer files than -merge=1. When that is still too many to commit, cover
    # the code reached rather than every hit count: 82 files instead of 282 for curricula.
    "$binary" -set_cover_merge=1 -rss_limit_mb=2048 "$minimal" "$corpus" "$found"
    if (($(find "$minimal" -type f | wc -l) > 200)); then
        edges=$(mktemp -d)
        "$binary" -set_cover_merge=1 -use_counters=0 -rss_limit_mb=2048 "$edges" "$minimal"
        rm -rf "$minimal"
        minimal=$edges
    fi
    rm -rf "$corpus" "$found"
    mv "$minimal" "$corpus"
    chmod 755 "$corpus"
    echo "$name: $(find "$corpus" -type f | wc -l) corpus file(s), $(find "$crashes" -type f | wc -l) crash(es) in $crashes"
done
