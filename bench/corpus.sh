#!/bin/sh
# bench/corpus.sh DIR [N]: a deterministic synthetic corpus for the benchmarks:
# N variants (default 400) of each article of samples/, written to DIR.
# Variant 0 is the article itself; in variant i every capitalised ASCII word
# of 4+ letters that is not sentence-initial and not in a word list of the
# rules (rules/lexicon.tsv) has its letters after the first rotated by i and
# a syllable chosen by i appended, so names differ from copy to copy (caches
# and interners do not see one document 400 times) while the text around them,
# and so the rules that fire, stay the same.
set -eu
dir=$1
N=${2:-400}
mkdir -p "$dir"
for f in samples/*.txt; do
  awk -v n="$N" -v dir="$dir" -v base="$(basename "$f")" '
    BEGIN { lc = "abcdefghijklmnopqrstuvwxyz"; syl[0] = ""; split("an el ov ir un es ak om", s, " ")
            for (k = 1; k <= 8; k++) syl[k] = s[k] }
    FNR == NR { if ($0 !~ /^#/) { split($0, col, "\t"); keep[tolower(col[2])] = 1 }; next }
    { line[++nl] = $0 }
    function rot(w, k,   out, i, c, p) {
      out = substr(w, 1, 1)
      for (i = 2; i <= length(w); i++) {
        c = substr(w, i, 1); p = index(lc, c)
        out = out (p ? substr(lc, (p - 1 + k) % 26 + 1, 1) : c)
      }
      return out
    }
    function vary(text, v,   out, pre, w, prev) {
      out = ""
      while (match(text, /[A-Z][a-z][a-z][a-z]+/)) {
        pre = substr(text, 1, RSTART - 1); w = substr(text, RSTART, RLENGTH)
        text = substr(text, RSTART + RLENGTH)
        prev = out pre
        sub(/[ \t]+$/, "", prev)
        if (prev != "" && prev !~ /[.!?:]$/ && !(tolower(w) in keep) && substr(text, 1, 1) !~ /[A-Za-z]/)
          w = rot(w, v % 25 + 1) syl[int(v / 25) % 9]
        out = out pre w
      }
      return out text
    }
    END {
      for (v = 0; v < n; v++) {
        file = sprintf("%s/%04d-%s", dir, v, base)
        for (i = 1; i <= nl; i++) print (v ? vary(line[i], v) : line[i]) > file
        close(file)
      }
    }' rules/lexicon.tsv "$f"
done
