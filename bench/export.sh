#!/bin/sh
# bench/export.sh: RDF writing speed and memory against serdi and raptor2.
#
# A synthetic graph in kgb's vocabulary (N entities, default 16000, about a million triples out: people,
# films, characters and cities with labels, alternative labels and relations)
# is written as N-Triples, read by `kgb export -v` (which times reading and
# writing apart) and written back as Turtle, N-Triples and N-Quads. The same
# triples, as kgb writes them (sorted by subject), are then turned into
# Turtle by `serdi` (serd's streaming writer) and by `rapper` (raptor2's
# Turtle writer, which kgb used before); serdi and rapper times include their
# parsing, kgb's only its writing. Peak memory (max RSS) of the N-Triples
# export is compared with reading alone, to show the writer streams.
set -eu
KGB=${KGB:-./kgb}
N=${1:-16000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
V="https://w3id.org/kgb/vocab#"
I="https://w3id.org/kgb/id/"
awk -v n="$N" -v V="$V" -v I="$I" 'BEGIN {
  T = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
  L = "<http://www.w3.org/2000/01/rdf-schema#label>"
  A = "<http://www.w3.org/2004/02/skos/core#altLabel>"
  for (i = 0; i < n; i++) {
    f = "<" I "work/film-" i ">"; p = "<" I "person/person-" i ">"
    c = "<" I "character/hero-" i ">"; t = "<" I "city/town-" (i % 5000) ">"
    printf "%s %s <%sFilm> .\n%s %s \"Film %d\" .\n", f, T, V, f, L, i
    printf "%s %s <%sPerson> .\n%s %s \"Person %d\" .\n%s %s \"P. %d\" .\n", p, T, V, p, L, i, p, A, i
    printf "%s %s <%sCharacter> .\n%s %s \"Hero %d\" .\n", c, T, V, c, L, i
    printf "%s %s <%sCity> .\n%s %s \"Town %d\" .\n", t, T, V, t, L, i % 5000
    printf "%s <%sdirectedBy> %s .\n%s <%sstarring> %s .\n", f, V, p, f, V, "<" I "person/person-" ((i + 1) % n) ">"
    printf "%s <%shasCharacter> %s .\n%s <%sfilmedIn> %s .\n", f, V, c, f, V, t
    printf "%s <%sreleaseDate> \"%d-05-01\"^^<http://www.w3.org/2001/XMLSchema#date> .\n", f, V, 1950 + i % 70
    printf "%s <%sgenre> \"drama\" .\n%s <%sruntime> \"%d\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n", f, V, f, V, 80 + i % 60
    printf "%s <%sdated> <%scharacter/hero-%d> .\n%s <%sbirthPlace> %s .\n", c, V, I, (i + 7) % n, p, V, t
  }
}' > "$dir/in.nt"
echo "input: $(wc -l < "$dir/in.nt") triples"
secs() { sed -n "s/^kgb: wrote $1 in \([0-9.]*\) s$/\1/p" "$dir/err"; }
/usr/bin/time -f "%M" -o "$dir/rss-read" "$KGB" export -v "$dir/in.nt" --format csv-relationships -o /dev/null 2> "$dir/err" || true
"$KGB" export -v "$dir/in.nt" --format ttl -o "$dir/kgb.ttl" 2> "$dir/err"
ttl=$(secs ttl)
/usr/bin/time -f "%M" -o "$dir/rss-nt" "$KGB" export -v "$dir/in.nt" --format nt -o "$dir/kgb.nt" 2> "$dir/err"
nt=$(secs nt)
"$KGB" export -v "$dir/in.nt" --format nq -o "$dir/kgb.nq" 2> "$dir/err"
nq=$(secs nq)
triples=$(wc -l < "$dir/kgb.nt")
t0=$(date +%s.%N); serdi -i ntriples -o turtle "$dir/kgb.nt" > "$dir/serdi.ttl"; t1=$(date +%s.%N)
serdi=$(echo "$t1 - $t0" | bc)
t0=$(date +%s.%N); rapper -q -i ntriples -o turtle "$dir/kgb.nt" > "$dir/rapper.ttl"; t1=$(date +%s.%N)
rapper=$(echo "$t1 - $t0" | bc)
echo "output: $triples triples"
printf "%-44s %8.3f s\n" "kgb Turtle (serd writer, writing only)" "$ttl"
printf "%-44s %8.3f s\n" "kgb N-Triples" "$nt"
printf "%-44s %8.3f s\n" "kgb N-Quads" "$nq"
printf "%-44s %8.3f s\n" "serdi -i ntriples -o turtle (parse + write)" "$serdi"
printf "%-44s %8.3f s\n" "rapper -o turtle (raptor2, parse + write)" "$rapper"
echo "kgb Turtle / serdi: $(echo "scale=2; $ttl / $serdi" | bc)"
echo "max RSS: reading only $(cat "$dir/rss-read") KB, reading + N-Triples $(cat "$dir/rss-nt") KB"
