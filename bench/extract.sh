#!/bin/sh
# bench/extract.sh [CORPUS]: `kgb extract` and `kgb build` end to end (reading,
# extraction, graph, output) on a corpus folder; by default one made by
# bench/corpus.sh (the samples in 400 variants each, ~3 MB of text). Prints MB
# of article text per second, startup (rules, gazetteer, dictionary) included;
# startup is measured on its own first.
set -eu
KGB=${KGB:-./kgb}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
if [ $# -ge 1 ]; then
  corpus=$1
else
  corpus=$dir/corpus
  bench/corpus.sh "$corpus" 400
fi
bytes=$(cat "$corpus"/*.txt | wc -c)
echo "corpus: $(ls "$corpus" | wc -l) documents, $bytes bytes"
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
run "extract (N-Triples, evidence)" "$KGB" extract -q "$corpus"
run "extract --no-provenance" "$KGB" extract -q --no-provenance "$corpus"
run "build (five formats)" "$KGB" build -q -o "$dir/out" "$corpus"
