/* test_db.c: kgb's exports of the samples loaded into real databases and
 * tools, and asked the questions people ask: Oxigraph (SPARQL over Turtle and
 * over N-Quads' document graphs), rasqal's roqet, the Kuzu embedded graph
 * database (Cypher after COPY FROM our neo4j-admin CSV), graphology, igraph
 * and networkx (GraphML); the ontology read by rdflib; RDF read back by kgb
 * (export round trips, build --merge). The npm consumers live in tests/js. */
#include "kgb_test.h"

#include <stdlib.h>
#include <string.h>

#define JS "tests/js"
#define CHECKS "tests/data/export"

#define PFX                                                                    \
  "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX kgb: "          \
  "<https://w3id.org/kgb/vocab#> "

/* Whom did Semih date? What was filmed in Adana? (symmetric facts are stored
 * once, so the first query looks both ways) */
#define Q_DATED                                                                \
  PFX "SELECT ?name WHERE { ?s rdfs:label \"Semih\" . { ?s kgb:dated ?o } "    \
      "UNION { ?o kgb:dated ?s } ?o rdfs:label ?name }"
#define Q_FILMED                                                               \
  PFX "SELECT ?title WHERE { ?p rdfs:label \"Adana\" . ?w kgb:filmedIn ?p ; "  \
      "rdfs:label ?title }"
#define Q_DATED_NQ                                                             \
  PFX "SELECT DISTINCT ?name WHERE { ?s rdfs:label \"Semih\" . GRAPH ?g { { "  \
      "?s kgb:dated ?o } UNION { ?o kgb:dated ?s } } ?o rdfs:label ?name }"

/* The film of the samples, with its typographic apostrophe. */
#define TITLE "Don\xe2\x80\x99t Leave"

static void run_ok(const char *what, int rc, char *out) {
  if (rc != 0) {
    fail_msg("%s failed (%d): %.3000s", what, rc, out);
  }
  free(out);
}

/* out/ of the samples with every format. */
static char *build_all(void) {
  char *dir = kgb_test_tmpdir();
  char *out = NULL;
  int rc = kgb_test_sh(&out, "'%s' build -q --formats all -o '%s' samples",
                       kgb_test_bin(), dir);
  run_ok("kgb build --formats all", rc, out);
  return dir;
}

/* rdflib's answer to @p query over @p dir/@p file (N-Triples or N-Quads):
 * the first variable's values, sorted and joined with "|", as the consumers
 * print them. The answers are the extractor's, so the tests ask rdflib, an
 * independent SPARQL engine, rather than hard-coding them; the caller checks
 * that the answer holds what the samples say. Caller frees. */
static char *rdflib_answer(const char *dir, const char *file,
                           const char *query) {
  char *out = NULL;
  int rc = kgb_test_sh(&out,
                       "/usr/bin/python3 " CHECKS "/sparql_answer.py "
                       "'%s/%s' '%s'",
                       dir, file, query);
  if (rc != 0) {
    fail_msg("rdflib on %s failed (%d): %s", file, rc, out);
  }
  return out;
}

static size_t count_lines(const char *dir, const char *file) {
  char *out = NULL;
  int rc = kgb_test_sh(&out, "grep -c . '%s/%s'", dir, file);
  assert_int_equal(rc, 0);
  size_t n = (size_t)strtoull(out, NULL, 10);
  free(out);
  return n;
}

static void db_sparql_oxigraph_and_roqet(void **state) {
  (void)state;
  kgb_test_require_js();
  kgb_test_require("roqet");
  char *dir = build_all();
  char *out = NULL;
  size_t triples = count_lines(dir, "graph.nt");
  size_t quads = count_lines(dir, "graph.nq");
  assert_true(quads > triples); /* facts read in two documents: two graphs */
  char *dated = rdflib_answer(dir, "graph.nt", Q_DATED);
  char *filmed = rdflib_answer(dir, "graph.nt", Q_FILMED);
  char *dated_nq = rdflib_answer(dir, "graph.nq", Q_DATED_NQ);
  assert_non_null(strstr(dated, "Defne")); /* what the samples say */
  assert_non_null(strstr(filmed, TITLE));
  assert_non_null(strstr(dated_nq, "Defne"));
  int rc = kgb_test_sh(&out,
                       "node " JS "/rdf_consumers.js '%s/graph.ttl' %zu '%s' "
                       "\"%s\" '%s' '%s'",
                       dir, triples, Q_DATED, dated, Q_FILMED, filmed);
  run_ok("oxigraph on Turtle", rc, out);
  rc = kgb_test_sh(&out,
                   "node " JS "/rdf_consumers.js '%s/graph.nq' %zu '%s' \"%s\"",
                   dir, quads, Q_DATED_NQ, dated_nq);
  run_ok("oxigraph on N-Quads", rc, out);
  rc = kgb_test_sh(&out,
                   "node " JS "/rdf_consumers.js '%s/graph.jsonld' %zu '%s' "
                   "\"%s\"",
                   dir, triples, Q_DATED, dated);
  run_ok("oxigraph on JSON-LD", rc, out);
  free(dated);
  free(filmed);
  free(dated_nq);
  rc = kgb_test_sh(&out, "roqet -W 0 -q -i sparql -e '%s' -D '%s/graph.rdf'",
                   Q_DATED, dir);
  if (rc != 0 || !strstr(out, "Defne")) {
    fail_msg("roqet on RDF/XML (%d): %s", rc, out);
  }
  free(out);
  rc = kgb_test_sh(&out, "roqet -W 0 -q -i sparql -e '%s' -D '%s/graph.ttl'",
                   Q_FILMED, dir);
  if (rc != 0 || !strstr(out, "Don\\u2019t Leave")) { /* roqet escapes */
    fail_msg("roqet on Turtle (%d): %s", rc, out);
  }
  free(out);
  kgb_test_rmdir(dir);
}

static void db_cypher_kuzu(void **state) {
  (void)state;
  kgb_test_require_js();
  char *dir = build_all();
  char *out = NULL;
  size_t nodes = count_lines(dir, "nodes.csv") - 1;
  size_t rels = count_lines(dir, "relationships.csv") - 1;
  assert_true(nodes > 10 && rels > 10);
  /* Cypher must give what SPARQL gives over the same build */
  char *dated = rdflib_answer(dir, "graph.nt", Q_DATED);
  char *filmed = rdflib_answer(dir, "graph.nt", Q_FILMED);
  assert_non_null(strstr(dated, "Defne"));
  assert_non_null(strstr(filmed, TITLE));
  int rc = kgb_test_sh(
      &out,
      "node " JS "/kuzu_csv.js '%s' %zu %zu "
      "\"MATCH (a:Entity {name: 'Semih'})-[f:Fact]-(b:Entity) WHERE f.type = "
      "'dated' RETURN b.name\" \"%s\" "
      "\"MATCH (w:Entity)-[f:Fact {type: 'filmedIn'}]->(p:Entity {name: "
      "'Adana'}) RETURN w.name\" '%s'",
      dir, nodes, rels, dated, filmed);
  free(dated);
  free(filmed);
  run_ok("kuzu", rc, out);
  rc = kgb_test_sh(
      &out, "/usr/bin/python3 " CHECKS "/check_neo4j_import_csv.py '%s'", dir);
  run_ok("neo4j-admin CSV check", rc, out);
  rc = kgb_test_sh(&out,
                   "/usr/bin/python3 " CHECKS "/check_cypher.py "
                   "'%s/graph.cypher' %zu %zu",
                   dir, nodes, rels);
  run_ok("cypher check", rc, out);
  kgb_test_rmdir(dir);
}

static void db_graphml_readers(void **state) {
  (void)state;
  kgb_test_require_js();
  char *dir = build_all();
  char *out = NULL;
  size_t nodes = count_lines(dir, "nodes.csv") - 1;
  size_t rels = count_lines(dir, "relationships.csv") - 1;
  int rc = kgb_test_sh(&out,
                       "node " JS "/graphology_check.js '%s/graph.graphml' "
                       "%zu %zu",
                       dir, nodes, rels);
  run_ok("graphology", rc, out);
  rc = kgb_test_sh(
      &out,
      "/usr/bin/python3 -c \"\nimport sys, igraph, networkx\n"
      "g = igraph.Graph.Read_GraphML(sys.argv[1])\n"
      "assert (g.vcount(), g.ecount()) == (%zu, %zu), (g.vcount(), "
      "g.ecount())\n"
      "assert set(g.es['label']) >= {'dated', 'filmedIn'}, set(g.es['label'])\n"
      "assert all(l.startswith(':') for l in g.vs['labels'])\n"
      "assert isinstance(g.vs['degree'][0], float)\n"
      "n = networkx.read_graphml(sys.argv[1])\n"
      "assert (n.number_of_nodes(), n.number_of_edges()) == (%zu, %zu)\n"
      "films = [d for _, d in n.nodes(data=True) if ':Film' in d['labels']]\n"
      "assert films and all(d['labels'].endswith(':Work') for d in films)\n"
      "assert isinstance(films[0]['mentions'], int)\n"
      "\" '%s/graph.graphml'",
      nodes, rels, nodes, rels, dir);
  run_ok("igraph and networkx", rc, out);
  kgb_test_rmdir(dir);
}

static void db_ontology(void **state) {
  (void)state;
  char *dir = build_all();
  char *out = NULL;
  int rc = kgb_test_sh(&out, "'%s' ontology | cmp - '%s/kgb.ttl'",
                       kgb_test_bin(), dir);
  run_ok("kgb ontology = build's kgb.ttl", rc, out);
  rc = kgb_test_sh(
      &out,
      "/usr/bin/python3 -c \"\nimport sys, csv, rdflib\n"
      "from rdflib import RDF, RDFS, OWL, Namespace\n"
      "K = Namespace('https://w3id.org/kgb/vocab#')\n"
      "S = Namespace('http://schema.org/')\n"
      "W = Namespace('http://www.wikidata.org/prop/direct/')\n"
      "g = rdflib.Graph().parse(sys.argv[1], format='turtle')\n"
      "rows = [r for r in csv.reader(open('rules/vocabulary.tsv'), "
      "delimiter='\\t') if r and not r[0].startswith('#')]\n"
      "assert len(rows) > 40\n"
      "for kind, name, dom, rng, traits, aligned, meaning, *_ in rows:\n"
      "    t = K[name]\n"
      "    assert g.value(t, RDFS.label) and g.value(t, RDFS.comment), name\n"
      "    if kind == 'class':\n"
      "        assert (t, RDF.type, OWL.Class) in g, name\n"
      "        continue\n"
      "    assert g.value(t, RDFS.domain) and g.value(t, RDFS.range), name\n"
      "    assert ((t, RDF.type, OWL.SymmetricProperty) in g) == (traits == "
      "'symmetric'), name\n"
      "    assert ((t, RDF.type, OWL.TransitiveProperty) in g) == (traits == "
      "'transitive'), name\n"
      "assert (K.Film, OWL.equivalentClass, S.Movie) in g\n"
      "assert (K.Region, RDFS.subClassOf, S.Place) in g\n"
      "assert (K.Character, RDFS.subClassOf, S.Person) in g\n"
      "assert (K.filmedIn, OWL.equivalentProperty, W.P915) in g\n"
      "assert (K.directedBy, OWL.equivalentProperty, S.director) in g\n"
      "KA = Namespace('https://w3id.org/kgb/analysis#')\n"
      "assert g.value(KA.degree, RDFS.comment)\n"
      "\" '%s/kgb.ttl'",
      dir);
  run_ok("rdflib on the ontology", rc, out);
  rc = kgb_test_sh(&out, "rapper -q -c -i turtle '%s/kgb.ttl'", dir);
  run_ok("rapper on the ontology", rc, out);
  kgb_test_rmdir(dir);
}

static void db_rdf_round_trips(void **state) {
  (void)state;
  char *dir = build_all();
  char *out = NULL;
  static const char *const sources[] = {"graph.ttl", "graph.nt", "graph.nq",
                                        "graph.rdf"};
  for (size_t i = 0; i < sizeof sources / sizeof sources[0]; i++) {
    int rc = kgb_test_sh(&out,
                         "'%s' export '%s/%s' --format turtle | cmp - "
                         "'%s/graph.ttl' && '%s' export '%s/%s' --format nq "
                         "-o '%s/rt.nq' && cmp '%s/rt.nq' '%s/graph.nq'",
                         kgb_test_bin(), dir, sources[i], dir, kgb_test_bin(),
                         dir, sources[i], dir, dir, dir);
    run_ok(sources[i], rc, out);
  }
  /* build one article, merge the other's RDF: the same graph as both */
  char *half = kgb_test_tmpdir(), *merged = kgb_test_tmpdir();
  int rc = kgb_test_sh(&out,
                       "'%s' build -q -o '%s' samples/004_71a4062dbff8071c.txt "
                       "&& '%s' build -q -o '%s' "
                       "samples/000_ae456bb6fe98eb93.txt --merge '%s/graph.nt' "
                       "&& cmp '%s/graph.nt' '%s/graph.nt' && cmp "
                       "'%s/graph.ttl' '%s/graph.ttl'",
                       kgb_test_bin(), half, kgb_test_bin(), merged, half,
                       merged, dir, merged, dir);
  run_ok("build --merge", rc, out);
  /* a bad merge file: exit 3 with file and line, nothing written */
  rc = kgb_test_sh(
      &out,
      "{ printf '@prefix x: <http://x/> .\\nx:a x:b \"open .\\n' > "
      "'%s/bad.ttl'; rm -rf '%s/o'; '%s' build -q -o '%s/o' "
      "samples --merge '%s/bad.ttl'; echo rc=$?; ls '%s/o' | wc -l; }",
      half, half, kgb_test_bin(), half, half, half);
  assert_int_equal(rc, 0);
  if (!strstr(out, "bad.ttl:2") || !strstr(out, "rc=3\n0\n")) {
    fail_msg("bad --merge: %s", out);
  }
  free(out);
  rc = kgb_test_sh(&out,
                   "{ '%s' export --format ttl '%s/bad.ttl'; echo rc=$?; }",
                   kgb_test_bin(), half);
  assert_int_equal(rc, 0);
  if (!strstr(out, "bad.ttl:2") || !strstr(out, "rc=3")) {
    fail_msg("bad export input: %s", out);
  }
  free(out);
  kgb_test_rmdir(half);
  kgb_test_rmdir(merged);
  kgb_test_rmdir(dir);
}

static void db_formats_usage(void **state) {
  (void)state;
  char *dir = kgb_test_tmpdir();
  char *out = NULL;
  int rc =
      kgb_test_sh(&out, "'%s' build -q --formats ttl,bogus -o '%s' samples",
                  kgb_test_bin(), dir);
  assert_int_equal(rc, 2);
  assert_non_null(strstr(out, "bogus"));
  free(out);
  rc = kgb_test_sh(&out,
                   "'%s' build -q --formats nq,csv -o '%s' samples && ls "
                   "'%s'",
                   kgb_test_bin(), dir, dir);
  assert_int_equal(rc, 0);
  assert_string_equal(out, "graph.nq\nnodes.csv\nrelationships.csv\n");
  free(out);
  rc = kgb_test_sh(&out, "'%s' export '%s/graph.nq' --format csv",
                   kgb_test_bin(), dir);
  assert_int_equal(rc, 2); /* two files need -o DIR */
  free(out);
  kgb_test_rmdir(dir);
}

const struct CMUnitTest kgb_tests_db[] = {
    cmocka_unit_test(db_sparql_oxigraph_and_roqet),
    cmocka_unit_test(db_cypher_kuzu),
    cmocka_unit_test(db_graphml_readers),
    cmocka_unit_test(db_ontology),
    cmocka_unit_test(db_rdf_round_trips),
    cmocka_unit_test(db_formats_usage),
};
const size_t kgb_tests_db_count = sizeof kgb_tests_db / sizeof kgb_tests_db[0];
