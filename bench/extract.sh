#!/bin/sh
# bench/extract.sh: extraction and build throughput on a synthetic corpus made
# of the samples copied N times (default 400 copies of each, ~3 MB of text).
# Prints MB of article text per second for `kgb extract` (with and without
# provenance) and `kgb build`. Startup (rules, gazetteer, dictionary) is
# included; it is measured on its own first.
set -eu
KGB=${KGB:-./kgb}
N=${1:-400}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/corpus"
i=1
while [ "$i" -le "$N" ]; do
  for f in samples/*.txt; do
    cp "$f" "$dir/corpus/$i-$(basename "$f")"
  done
  i=$((i + 1))
done
bytes=$(cat "$dir"/corpus/*.txt | wc -c)
echo "corpus: $(ls "$dir/corpus" | wc -l) documents, $bytes bytes"
now() { date +%s.%N; }
run() {
  label=$1
  shift
  t0=$(now)
  "$@" >/dev/null
  t1=$(now)
  awk -v l="$label" -v b="$bytes" -v a="$t0" -v z="$t1" \
    'BEGIN { s = z - a; printf "%-32s %7.3f s  %7.2f MB/s\n", l, s, b / 1e6 / s }'
}
echo "Hello." >"$dir/one.txt"
t0=$(now)
"$KGB" extract -q "$dir/one.txt" >/dev/null
t1=$(now)
awk -v a="$t0" -v z="$t1" 'BEGIN { printf "%-32s %7.3f s\n", "startup (one tiny document)", z - a }'
run "extract (N-Triples, evidence)" "$KGB" extract -q "$dir/corpus"
run "extract --no-provenance" "$KGB" extract -q --no-provenance "$dir/corpus"
run "build (five formats)" "$KGB" build -q -o "$dir/out" "$dir/corpus"
