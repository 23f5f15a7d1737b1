#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang, ASan and UBSan into build-fuzz/ and runs
# each one for SAIB_FUZZ_SECONDS (default 60) over a temporary copy of its committed seed
# corpus (fuzz/corpus/<target>/), so a run never adds files to git. Any crash, sanitizer
# report, timeout or property failure fails the script; the input that did it is copied
# to build-fuzz/crashes/<target>/ and its path printed.
#
#   scripts/fuzz.sh                      every target, 60 s each
#   SAIB_FUZZ_SECONDS=600 scripts/fuzz.sh fuzz_backup_file   one target, longer
#   scripts/fuzz.sh --make-seeds         rewrite fuzz/corpus/*/ from the targets' seeds
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
BUILD_DIR=${SAIB_FUZZ_BUILD_DIR:-build-fuzz}
SECONDS_EACH=${SAIB_FUZZ_SECONDS:-60}

make_seeds=0
targets=()
for arg in "$@"; do
  case "$arg" in
    --make-seeds) make_seeds=1 ;;
    *) targets+=("$arg") ;;
  esac
done

launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
build_start=$(date +%s)
CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DSAIB_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=Debug "${launcher[@]}" >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
echo "saib fuzz: build took $(( $(date +%s) - build_start )) s"

if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(sed -n 's/^  \(fuzz_[a-z_]*\)$/\1/p' fuzz/CMakeLists.txt)
fi

# Leaks are reported too (libFuzzer's default); UBSan stops at the first report.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

if [ "$make_seeds" = 1 ]; then
  for t in "${targets[@]}"; do
    rm -rf "fuzz/corpus/$t"
    SAIB_FUZZ_MAKE_SEEDS="$root/fuzz/corpus/$t" "$BUILD_DIR/fuzz/$t"
  done
  exit 0
fi

work=$(mktemp -d /tmp/saib-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
failed=()
for t in "${targets[@]}"; do
  mkdir -p "$work/$t/corpus" "$work/$t/artifacts"
  if [ -d "fuzz/corpus/$t" ]; then
    cp -R "fuzz/corpus/$t/." "$work/$t/corpus/"
  fi
  seeds=$(find "$work/$t/corpus" -type f | wc -l)
  start=$(date +%s)
  # -timeout: one input taking 10 s is a hang; -rss_limit_mb: a parser must not balloon.
  if "$BUILD_DIR/fuzz/$t" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
       -print_final_stats=1 -artifact_prefix="$work/$t/artifacts/" "$work/$t/corpus" \
       >"$work/$t/log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$t/log")
    echo "saib fuzz: $t ok: ${runs:-?} runs in $(( $(date +%s) - start )) s from $seeds seeds"
  else
    failed+=("$t")
    mkdir -p "$BUILD_DIR/crashes/$t"
    cp -R "$work/$t/artifacts/." "$BUILD_DIR/crashes/$t/" 2>/dev/null || true
    echo "saib fuzz: $t FAILED; inputs kept in $BUILD_DIR/crashes/$t/:" >&2
    ls "$BUILD_DIR/crashes/$t" >&2 || true
    tail -n 60 "$work/$t/log" >&2
  fi
done

if [ ${#failed[@]} -ne 0 ]; then
  echo "saib fuzz: failures in: ${failed[*]}" >&2
  exit 1
fi
echo "saib fuzz: all ${#targets[@]} targets ran ${SECONDS_EACH} s each without a crash"
