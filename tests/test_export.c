/* test_export.c: every exporter on a graph of hostile names (quotes,
 * backslashes, markup, newlines, control characters, right-to-left text,
 * emoji, DOT and Turtle keywords), judged by real consumers: rapper, serdi and
 * rdflib for RDF, xmllint and networkx for GraphML, dot and xmllint for DOT
 * and SVG. The Python checks live in tests/data/export/. */
#include "kgb_test.h"

#include "../export/export.h"
#include "../export/export_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CHECKS "tests/data/export"

/* 160 bytes of quotes and backslashes in one name: cgraph splits long DOT
 * strings, and must not split an escape. */
#define QB4 "x\"y\\"
#define QB32 QB4 QB4 QB4 QB4 QB4 QB4 QB4 QB4
#define QB160 QB32 QB32 QB32 QB32 QB32

static const char *const entities[][2] = {
    {"Film", "Say \"Hi\" & <Bye> 'now'"},
    {"Person", "O'Brien \\ Back\\slash\\"},
    {"Character", "line one\nline two"},
    {"Character", "ctrl\x01"
                  "char"},
    {"City", "\xd7\xaa\xd7\x9c \xd7\x90\xd7\x91\xd7\x99\xd7\x91"}, /* Hebrew */
    {"Person", "\xd9\x85\xd8\xad\xd9\x85\xd8\xaf \xd8\xb9\xd9\x84\xd9\x8a"},
    {"Person", "Emoji \xf0\x9f\x98\x80 Star"},
    {"Organization", "node"},
    {"Place", "graph"},
    {"Person", "strict"},
    {"Work", "@prefix"},
    {"Person", "a:b"},
    {"Person", "<b>bold</b> \\N \\G"},
    {"Person", "<i>all markup</i>"},
    {"Animal", QB160},
};
enum { N_ENTITIES = sizeof entities / sizeof entities[0] };

static const KgbGraphEvidence ev_a = {"docs/a b.txt",  0,  0, 10,
                                      "rules:a \"q\"", 0.9};
static const KgbGraphEvidence ev_b = {
    "\xc3\xbc/\xc4\x9f #?.txt", 3, 40, 52, "rules:b", 0.75};
static const KgbGraphEvidence ev_c = {"stdin",          1,        5, 9,
                                      "rules:c<&>\x01", 1.0 / 3.0};

/* One row per kgb_graph_add_fact call; o is an entity index or -1. */
static const struct {
  int s;
  const char *p;
  KgbValueKind kind;
  int o;
  const char *literal;
  const KgbGraphEvidence *ev;
} facts[] = {
    {0, "directedBy", KGB_VALUE_ENTITY, 1, NULL, &ev_a},
    {0, "writtenBy", KGB_VALUE_ENTITY, 1, NULL, &ev_b},
    {0, "starring", KGB_VALUE_ENTITY, 6, NULL, &ev_a},
    {0, "starring", KGB_VALUE_ENTITY, 6, NULL, &ev_c},
    {0, "hasCharacter", KGB_VALUE_ENTITY, 2, NULL, &ev_b},
    {0, "hasCharacter", KGB_VALUE_ENTITY, 3, NULL, &ev_b},
    {2, "dated", KGB_VALUE_ENTITY, 3, NULL, &ev_c},
    {3, "dated", KGB_VALUE_ENTITY, 2, NULL, &ev_a}, /* symmetric: one fact */
    {0, "filmedIn", KGB_VALUE_ENTITY, 4, NULL, &ev_a},
    {5, "marriedTo", KGB_VALUE_ENTITY, 9, NULL, &ev_b},
    {11, "worksFor", KGB_VALUE_ENTITY, 7, NULL, &ev_a},
    {9, "livesIn", KGB_VALUE_ENTITY, 8, NULL, &ev_c},
    {10, "basedOn", KGB_VALUE_ENTITY, 0, NULL, &ev_a},
    {2, "playedBy", KGB_VALUE_ENTITY, 12, NULL, NULL}, /* no evidence */
    {3, "owns", KGB_VALUE_ENTITY, 13, NULL, &ev_b},
    {0, "originalTitle", KGB_VALUE_STRING, -1, "Kal \"q\"\n\\ end\\", &ev_a},
    {0, "genre", KGB_VALUE_STRING, -1, "drama", &ev_a},
    {0, "genre", KGB_VALUE_STRING, -1, "comedy", &ev_b},
    {0, "releaseDate", KGB_VALUE_DATE, -1, "2022-11-11", &ev_a},
    {0, "filmingStart", KGB_VALUE_DATE, -1, "2022", &ev_b},
    {0, "runtime", KGB_VALUE_INTEGER, -1, "104", &ev_a},
    {0, "budget", KGB_VALUE_DECIMAL, -1, "12", &ev_a},
    {0, "grossRevenue", KGB_VALUE_DECIMAL, -1, "48.5", &ev_c},
    {5, "birthDate", KGB_VALUE_DATE, -1, "1988-04", &ev_a},
    {9, "birthDate", KGB_VALUE_DATE, -1, "sometime in 1990", &ev_a},
    {10, "runtime", KGB_VALUE_INTEGER, -1, "12 000", &ev_a},
    {6, "occupation", KGB_VALUE_STRING, -1, "\x01 odd <&> job", &ev_b},
};
enum { N_FACTS = sizeof facts / sizeof facts[0] };

/* The test graph, everything added in the given or the reverse order. */
static KgbGraph *hostile_graph(bool reverse) {
  KgbGraph *g = NULL;
  assert_int_equal(kgb_graph_new(&g), KGB_OK);
  size_t idx[N_ENTITIES];
  for (size_t k = 0; k < N_ENTITIES; k++) {
    size_t i = reverse ? N_ENTITIES - 1 - k : k;
    assert_int_equal(
        kgb_graph_add_entity(g, entities[i][0], entities[i][1], &idx[i]),
        KGB_OK);
  }
  static const char *const alts[] = {"Kal", "S\xc3\xb6yle \"Hi\""};
  for (size_t k = 0; k < 2; k++) {
    assert_int_equal(
        kgb_graph_add_alt_label(g, idx[0], alts[reverse ? 1 - k : k]), KGB_OK);
  }
  for (size_t k = 0; k < N_FACTS; k++) {
    size_t i = reverse ? N_FACTS - 1 - k : k;
    size_t object = facts[i].o >= 0 ? idx[facts[i].o] : 0;
    assert_int_equal(kgb_graph_add_fact(g, idx[facts[i].s], facts[i].p,
                                        facts[i].kind, object, facts[i].literal,
                                        facts[i].ev),
                     KGB_OK);
  }
  assert_int_equal(kgb_graph_finish(g), KGB_OK);
  assert_int_equal(kgb_graph_node_count(g), N_ENTITIES);
  return g;
}

/* The triples the RDF writers must produce for @p g. */
static size_t expected_triples(const KgbGraph *g, const KgbExportOptions *o) {
  size_t n = 0;
  for (size_t i = 0; i < kgb_graph_node_count(g); i++) {
    n += 2 + kgb_graph_node(g, i)->n_alt;
    for (size_t m = 0; o->analysis && m < kgb_graph_metric_count(g); m++) {
      double v = kgb_graph_metric(g, m)->values[i];
      n += v == v; /* NaN: not written */
    }
  }
  for (size_t k = 0; o->analysis && k < kgb_graph_stat_count(g); k++) {
    double v = kgb_graph_stat(g, k)->value;
    n += v == v;
  }
  for (size_t i = 0; i < kgb_graph_edge_count(g); i++) {
    const KgbEdge *e = kgb_graph_edge(g, i);
    n += 1;
    if (!o->provenance) {
      continue;
    }
    n += 4; /* a rdf:Statement; rdf:subject, rdf:predicate, rdf:object */
    for (size_t k = 0; k < e->n_evidence; k++) {
      if (k == 0 || strcmp(e->evidence[k - 1].doc, e->evidence[k].doc)) {
        n += 1; /* prov:wasDerivedFrom, once per document */
      }
      n += 7; /* kgb:evidence + document, sentence, offsets, rule, confidence */
    }
  }
  return n;
}

static size_t entity_edges(const KgbGraph *g) {
  size_t n = 0;
  for (size_t i = 0; i < kgb_graph_edge_count(g); i++) {
    n += kgb_graph_edge(g, i)->kind == KGB_VALUE_ENTITY;
  }
  return n;
}

/* dir/names.hex: the entity names, hex-encoded, for the Python checks. */
static void write_names(const char *dir) {
  static const char hex[] = "0123456789abcdef";
  KgbBuf text = {0}, path = {0};
  for (size_t i = 0; i < N_ENTITIES; i++) {
    for (const unsigned char *p = (const unsigned char *)entities[i][1]; *p;
         p++) {
      assert_int_equal(kgb_buf_putc(&text, hex[*p >> 4]), KGB_OK);
      assert_int_equal(kgb_buf_putc(&text, hex[*p & 15]), KGB_OK);
    }
    assert_int_equal(kgb_buf_putc(&text, '\n'), KGB_OK);
  }
  assert_int_equal(kgb_buf_printf(&path, "%s/names.hex", dir), KGB_OK);
  kgb_test_write(path.data, text.data, text.len);
  kgb_buf_free(&text);
  kgb_buf_free(&path);
}

/* Export @p g to dir/name; returns the path (caller frees). */
static char *export_to(const KgbGraph *g, KgbFormat fmt,
                       const KgbExportOptions *opts, const char *dir,
                       const char *name) {
  KgbBuf path = {0};
  assert_int_equal(kgb_buf_printf(&path, "%s/%s", dir, name), KGB_OK);
  KgbStatus st = kgb_export_file(g, fmt, opts, path.data);
  if (st != KGB_OK) {
    fail_msg("exporting %s: %s", name, kgb_strerror(st));
  }
  return path.data;
}

/* A consumer's exit status must be 0; else fail showing its output. */
static void expect_ok(const char *tool, int rc, const char *out) {
  if (rc != 0) {
    fail_msg("%s failed (%d): %.2000s", tool, rc, out);
  }
}

/* Run a consumer (it must be installed) with kgb_test_sh(); it must exit 0.
 * Its output is left in @p out (caller frees). */
#define CONSUME(out, tool, ...)                                                \
  do {                                                                         \
    kgb_test_require(tool);                                                    \
    int consumer_rc = kgb_test_sh(&(out), __VA_ARGS__);                        \
    expect_ok(tool, consumer_rc, (out));                                       \
  } while (0)

/* rapper -c's triple count; rapper must exit 0 with no error or warning. */
static size_t rapper_count(const char *syntax, const char *path) {
  char *out = NULL;
  CONSUME(out, "rapper", "rapper -i %s -c '%s'", syntax, path);
  const char *at = strstr(out, "returned ");
  if (!at || strstr(out, "Error") || strstr(out, "Warning")) {
    fail_msg("rapper -i %s: %s", syntax, out);
  }
  size_t n = (size_t)strtoull(at + 9, NULL, 10);
  free(out);
  return n;
}

/* serdi reads @p path and must write @p count lines of N-Triples. */
static void serdi_reads(const char *syntax, const char *path, size_t count) {
  char *out = NULL;
  CONSUME(out, "serdi", "serdi -i %s -o ntriples '%s' | wc -l", syntax, path);
  if ((size_t)strtoull(out, NULL, 10) != count) {
    fail_msg("serdi -i %s read %s, expected %zu triples", syntax, out, count);
  }
  free(out);
  CONSUME(out, "serdi", "serdi -i %s -o ntriples '%s' 2>&1 >/dev/null", syntax,
          path);
  if (*out) {
    fail_msg("serdi -i %s complained: %s", syntax, out);
  }
  free(out);
}

/* N-Quads: each fact once per document with evidence for it. */
static size_t expected_quads(const KgbGraph *g, const KgbExportOptions *o) {
  size_t n = expected_triples(g, o);
  for (size_t i = 0; i < kgb_graph_edge_count(g); i++) {
    const KgbEdge *e = kgb_graph_edge(g, i);
    for (size_t k = 1; k < e->n_evidence; k++) {
      n += strcmp(e->evidence[k - 1].doc, e->evidence[k].doc) != 0;
    }
  }
  return n;
}

/* The npm consumers (tests/js, installed by tools/install-deps.sh). */
void kgb_test_require_js(void) {
  kgb_test_require("node");
  if (kgb_test_sh(NULL, "test -d tests/js/node_modules/oxigraph && test -d "
                        "tests/js/node_modules/n3 && test -d "
                        "tests/js/node_modules/kuzu") != 0) {
    fail_msg("the npm consumers are not installed: run tools/install-deps.sh "
             "(npm ci in tests/js)");
  }
}

/* N3.js and Oxigraph read @p path into @p count statements. */
static void js_reads(const char *path, size_t count) {
  char *out = NULL;
  kgb_test_require_js();
  CONSUME(out, "node", "node tests/js/rdf_consumers.js '%s' %zu", path, count);
  free(out);
}

static void check_rdf(const KgbGraph *g, const KgbExportOptions *opts,
                      const char *mode) {
  char *dir = kgb_test_tmpdir();
  write_names(dir);
  char *ttl = export_to(g, KGB_FORMAT_TURTLE, opts, dir, "g.ttl");
  char *nt = export_to(g, KGB_FORMAT_NTRIPLES, opts, dir, "g.nt");
  char *nq = export_to(g, KGB_FORMAT_NQUADS, opts, dir, "g.nq");
  char *xml = export_to(g, KGB_FORMAT_RDFXML, opts, dir, "g.rdf");
  char *jsonld = export_to(g, KGB_FORMAT_JSONLD, opts, dir, "g.jsonld");
  size_t want = expected_triples(g, opts);
  /* facts go to their documents' graphs, evidence written or not */
  size_t want_nq = expected_quads(g, opts);
  assert_int_equal(rapper_count("turtle", ttl), want);
  assert_int_equal(rapper_count("ntriples", nt), want);
  assert_int_equal(rapper_count("nquads", nq), want_nq);
  assert_int_equal(rapper_count("rdfxml", xml), want);
  serdi_reads("turtle", ttl, want);
  serdi_reads("ntriples", nt, want);
  serdi_reads("nquads", nq, want_nq);
  js_reads(ttl, want);
  js_reads(nt, want);
  js_reads(nq, want_nq);
  js_reads(xml, want);
  js_reads(jsonld, want);
  char *out = NULL;
  CONSUME(out, "roqet",
          "roqet -W 0 -q -i sparql -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p "
          "?o }' -D '%s' -r csv | tail -1",
          ttl);
  assert_int_equal(strtoull(out, NULL, 10), want);
  free(out);
  CONSUME(out, "python3",
          "/usr/bin/python3 " CHECKS "/check_rdf.py '%s' '%s' %zu "
          "'%s/names.hex' %s",
          ttl, nt, want, dir, mode);
  free(out);
  CONSUME(out, "python3",
          "/usr/bin/python3 " CHECKS "/check_rdf_syntaxes.py '%s' '%s' '%s' "
          "'%s' %zu",
          nt, nq, xml, jsonld, want);
  free(out);
  free(nq);
  free(xml);
  free(jsonld);
  /* no @base, and the prefixes are declared */
  char *text = kgb_test_slurp(ttl, NULL);
  assert_non_null(text);
  assert_null(strstr(text, "@base"));
  assert_null(strstr(text, "file:"));
  /* every namespace used is declared, and only those */
  static const struct {
    const char *line;
    int needs; /* 0 always, 1 provenance, 2 analysis */
  } prefixes[] = {
      {"@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .", 0},
      {"@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .", 0},
      {"@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .", 0},
      {"@prefix skos: <http://www.w3.org/2004/02/skos/core#> .", 0},
      {"@prefix prov: <http://www.w3.org/ns/prov#> .", 1},
      {"@prefix kgb: <" KGB_NS_VOCAB "> .", 0},
      {"@prefix kgbid: <" KGB_NS_ID "> .", 0},
      {"@prefix kgba: <" KGB_NS_ANALYSIS "> .", 2},
      {"@prefix kgbe: <" KGB_NS_EVIDENCE "> .", 1},
      {"@prefix kgbdoc: <" KGB_NS_DOC "> .", 1},
      {"@prefix person: <" KGB_NS_ID "person/> .", 0},
      {"@prefix work: <" KGB_NS_ID "work/> .", 0},
  };
  for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
    bool declared = prefixes[i].needs == 0 ||
                    (prefixes[i].needs == 1 && opts->provenance) ||
                    (prefixes[i].needs == 2 && opts->analysis);
    if (declared != (strstr(text, prefixes[i].line) != NULL)) {
      fail_msg("Turtle %s %s", declared ? "lacks" : "has unused",
               prefixes[i].line);
    }
  }
  /* each prefix declared once */
  const char *first = strstr(text, "@prefix rdf:");
  assert_null(strstr(first + 1, "@prefix rdf:"));
  free(text);
  free(ttl);
  free(nt);
  kgb_test_rmdir(dir);
}

static void export_rdf_consumers(void **state) {
  (void)state;
  KgbGraph *g = hostile_graph(false);
  KgbExportOptions opts = kgb_export_options_default();
  check_rdf(g, &opts, "full");
  kgb_graph_free(g);
}

static void export_rdf_without_provenance(void **state) {
  (void)state;
  KgbGraph *g = hostile_graph(false);
  KgbExportOptions opts = {.provenance = false, .analysis = false};
  check_rdf(g, &opts, "bare");
  kgb_graph_free(g);
}

/* neo4j-admin CSV (checked statically, then loaded into Kuzu) and the
 * Cypher script, with every hostile name. */
static void export_neo4j_consumers(void **state) {
  (void)state;
  kgb_test_require_js();
  KgbGraph *g = hostile_graph(false);
  KgbExportOptions opts = kgb_export_options_default();
  char *dir = kgb_test_tmpdir();
  char *nodes = export_to(g, KGB_FORMAT_CSV_NODES, &opts, dir, "nodes.csv");
  char *rels = export_to(g, KGB_FORMAT_CSV_RELATIONSHIPS, &opts, dir,
                         "relationships.csv");
  char *cypher = export_to(g, KGB_FORMAT_CYPHER, &opts, dir, "graph.cypher");
  char *out = NULL;
  /* names with newlines need neo4j-admin's --multiline-fields */
  CONSUME(out, "python3",
          "/usr/bin/python3 " CHECKS "/check_neo4j_import_csv.py '%s' "
          "--multiline-fields",
          dir);
  free(out);
  CONSUME(out, "node",
          "node tests/js/kuzu_csv.js '%s' %d %zu \"MATCH (a:Entity)-[f:Fact "
          "{type: 'worksFor'}]->(b:Entity) RETURN b.name\" node \"MATCH "
          "(a:Entity {class: 'Animal'}) RETURN size(a.name)\" 160 \"MATCH "
          "(a:Entity) WHERE a.name STARTS WITH 'line one' RETURN "
          "size(a.name)\" 17",
          dir, N_ENTITIES, entity_edges(g));
  free(out);
  CONSUME(out, "python3",
          "/usr/bin/python3 " CHECKS "/check_cypher.py '%s' %d %zu", cypher,
          N_ENTITIES, entity_edges(g));
  free(out);
  free(nodes);
  free(rels);
  free(cypher);
  kgb_test_rmdir(dir);
  kgb_graph_free(g);
}

/* Every view, a focus and community colours, on hostile names: dot and sfdp
 * lay each out with no warning; each view keeps what it is about. */
static void export_dot_views(void **state) {
  (void)state;
  kgb_test_require("dot");
  kgb_test_require("sfdp");
  KgbGraph *g = hostile_graph(false);
  char *dir = kgb_test_tmpdir();
  static const struct {
    KgbView view;
    const char *focus;
    const char *has, *lacks; /* node ids (IRI parts) */
  } cases[] = {
      {KGB_VIEW_ALL, NULL, "/work/", NULL},
      {KGB_VIEW_STORY, NULL, "/character/line-one", "/work/"},
      {KGB_VIEW_PRODUCTION, NULL, "/person/emoji-star", "/character/"},
      {KGB_VIEW_PLACES, NULL, "/city/", "/person/"},
      {KGB_VIEW_ALL, "Line one line two", "/character/ctrl", "/place/graph"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    KgbExportOptions opts = kgb_export_options_default();
    opts.view = cases[i].view;
    opts.focus = cases[i].focus;
    opts.color_by = i % 2 ? KGB_COLOR_COMMUNITY : KGB_COLOR_CLASS;
    char name[32];
    snprintf(name, sizeof name, "v%zu.dot", i);
    char *path = export_to(g, KGB_FORMAT_DOT, &opts, dir, name);
    char *out = NULL;
    CONSUME(out, "dot", "dot -Tsvg '%s' 2>&1 >/dev/null", path);
    assert_string_equal(out, "");
    free(out);
    CONSUME(out, "sfdp", "sfdp -Tsvg '%s' 2>&1 >/dev/null", path);
    assert_string_equal(out, "");
    free(out);
    char *text = kgb_test_slurp(path, NULL);
    assert_non_null(text);
    assert_non_null(strstr(text, "cluster_legend"));
    if (!strstr(text, cases[i].has) ||
        (cases[i].lacks && strstr(text, cases[i].lacks))) {
      fail_msg("view %zu: wants %s, not %s:\n%s", i, cases[i].has,
               cases[i].lacks ? cases[i].lacks : "-", text);
    }
    free(text);
    free(path);
  }
  kgb_test_rmdir(dir);
  kgb_graph_free(g);
}

static void export_graphml_consumers(void **state) {
  (void)state;
  KgbGraph *g = hostile_graph(false);
  KgbExportOptions opts = kgb_export_options_default();
  char *dir = kgb_test_tmpdir();
  write_names(dir);
  char *path = export_to(g, KGB_FORMAT_GRAPHML, &opts, dir, "g.graphml");
  char *out = NULL;
  CONSUME(
      out, "xmllint",
      "XML_CATALOG_FILES=tests/data/xsd/catalog.xml xmllint --nonet --noout "
      "--schema http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd '%s'",
      path);
  free(out);
  CONSUME(out, "python3",
          "/usr/bin/python3 " CHECKS "/check_graphml.py '%s' %zu %zu "
          "'%s/names.hex'",
          path, kgb_graph_node_count(g), entity_edges(g), dir);
  free(out);
  /* the control characters were dropped, not escaped into invalid XML */
  char *text = kgb_test_slurp(path, NULL);
  assert_non_null(text);
  assert_null(strchr(text, '\x01'));
  assert_null(strstr(text, "&#1;"));
  assert_non_null(strstr(text, "<data key=\"labels\">:Film:Work</data>"));
  free(text);
  /* without provenance and analysis those keys are not even declared */
  opts = (KgbExportOptions){.provenance = false, .analysis = false};
  free(path);
  path = export_to(g, KGB_FORMAT_GRAPHML, &opts, dir, "bare.graphml");
  text = kgb_test_slurp(path, NULL);
  assert_non_null(text);
  assert_null(strstr(text, "\"evidence\""));
  assert_null(strstr(text, "\"degree\""));
  assert_non_null(strstr(text, "key=\"name\""));
  free(text);
  free(path);
  kgb_test_rmdir(dir);
  kgb_graph_free(g);
}

static void export_dot_renders(void **state) {
  (void)state;
  KgbGraph *g = hostile_graph(false);
  KgbExportOptions opts = kgb_export_options_default();
  char *dir = kgb_test_tmpdir();
  write_names(dir);
  char *path = export_to(g, KGB_FORMAT_DOT, &opts, dir, "g.dot");
  kgb_test_require("dot");
  char *out = NULL;
  int rc = kgb_test_sh(&out, "dot -Tsvg -o '%s/dot.svg' '%s'", dir, path);
  if (rc != 0 || *out) {
    fail_msg("dot -Tsvg (%d) said: %s", rc, out);
  }
  free(out);
  CONSUME(out, "xmllint", "xmllint --noout '%s/dot.svg'", dir);
  free(out);
  CONSUME(out, "python3",
          "/usr/bin/python3 " CHECKS "/check_svg.py '%s/dot.svg' "
          "'%s/names.hex'",
          dir, dir);
  free(out);
  char *text = kgb_test_slurp(path, NULL);
  assert_non_null(text);
  assert_non_null(strstr(text, "charset=\"UTF-8\""));
  assert_non_null(strstr(text, "dir=none")); /* dated, marriedTo */
  assert_null(strchr(text, '\x01'));
  free(text);
  free(path);
  kgb_test_rmdir(dir);
  kgb_graph_free(g);
}

/* kgb render -o x.png: a PNG that Pillow decodes in full, of a diagram's
 * size, and views that differ give different pictures */
static void export_render_png(void **state) {
  (void)state;
  char *dir = kgb_test_tmpdir();
  char *out = NULL;
  int rc = kgb_test_sh(&out,
                       "%s render -q samples --view story -o '%s/story.png' && "
                       "%s render -q samples --view places -o '%s/places.png'",
                       kgb_test_bin(), dir, kgb_test_bin(), dir);
  if (rc != 0) {
    fail_msg("kgb render (%d): %s", rc, out);
  }
  free(out);
  CONSUME(out, "python3",
          "/usr/bin/python3 -c 'import sys\nfrom PIL import Image\n"
          "sizes = []\nfor p in sys.argv[1:]:\n"
          "    im = Image.open(p)\n    assert im.format == \"PNG\", p\n"
          "    im.load()\n    w, h = im.size\n"
          "    assert 200 < w < 20000 and 50 < h < 20000, (p, w, h)\n"
          "    assert len(set(im.convert(\"L\").getdata())) > 2, p\n"
          "    sizes.append(im.size)\n"
          "assert sizes[0] != sizes[1], sizes\n' '%s/story.png' "
          "'%s/places.png'",
          dir, dir);
  free(out);
  kgb_test_rmdir(dir);
}

static void export_svg_in_process(void **state) {
  (void)state;
  assert_true(kgb_format_available(KGB_FORMAT_SVG));
  KgbGraph *g = hostile_graph(false);
  char *dir = kgb_test_tmpdir();
  write_names(dir);
  char *path = export_to(g, KGB_FORMAT_SVG, NULL, dir, "g.svg");
  char *out = NULL;
  CONSUME(out, "xmllint", "xmllint --noout '%s'", path);
  free(out);
  CONSUME(out, "python3",
          "/usr/bin/python3 " CHECKS "/check_svg.py '%s' '%s/names.hex'", path,
          dir);
  free(out);
  free(path);
  kgb_test_rmdir(dir);
  kgb_graph_free(g);
}

/* DOT of @p g as a string (caller frees). */
static char *dot_text(const KgbGraph *g) {
  char *text = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&text, &len);
  assert_non_null(mem);
  assert_int_equal(kgb_export_stream(g, KGB_FORMAT_DOT, NULL, mem), KGB_OK);
  assert_int_equal(fclose(mem), 0);
  return text;
}

/* Run in a child process with Graphviz's plugins out of reach: SVG must be
 * reported unavailable (quietly) and refused, DOT must still work, and be the
 * same before and after gvc was first loaded. */
static void export_svg_needs_dot_plugin(void **state) {
  (void)state;
  if (getenv("KGB_TEST_NO_GRAPHVIZ_PLUGINS")) {
    KgbGraph *g = hostile_graph(false);
    char *before = dot_text(g); /* no gvc context in this process yet */
    assert_false(kgb_format_available(KGB_FORMAT_SVG));
    assert_true(kgb_format_available(KGB_FORMAT_DOT));
    char *after = dot_text(g);
    assert_string_equal(before, after);
    FILE *sink = fopen("/dev/null", "w");
    assert_non_null(sink);
    assert_int_equal(kgb_export_stream(g, KGB_FORMAT_SVG, NULL, sink),
                     KGB_ERR_LIB);
    fclose(sink);
    free(before);
    free(after);
    kgb_graph_free(g);
    return;
  }
  char self[4096];
  ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  assert_true(n > 0);
  self[n] = '\0';
  char *out = NULL;
  int rc = kgb_test_sh(&out,
                       "KGB_TEST_NO_GRAPHVIZ_PLUGINS=1 GVBINDIR=/nonexistent "
                       "'%s' export_svg_needs_dot_plugin",
                       self);
  if (rc != 0 || !strstr(out, "PASSED  ] 1 test") || strstr(out, "Warning")) {
    fail_msg("without Graphviz plugins (%d): %s", rc, out);
  }
  free(out);
}

static void export_byte_identical(void **state) {
  (void)state;
  static const KgbFormat all[] = {KGB_FORMAT_TURTLE, KGB_FORMAT_NTRIPLES,
                                  KGB_FORMAT_GRAPHML, KGB_FORMAT_DOT,
                                  KGB_FORMAT_SVG};
  KgbGraph *a = hostile_graph(false);
  KgbGraph *b = hostile_graph(true);
  KgbExportOptions opts = kgb_export_options_default();
  char *dir = kgb_test_tmpdir();
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
    KgbBuf name = {0};
    assert_int_equal(
        kgb_buf_printf(&name, "a.%s", kgb_format_extension(all[i])), KGB_OK);
    char *pa = export_to(a, all[i], &opts, dir, name.data);
    name.data[0] = 'b';
    char *pb = export_to(b, all[i], &opts, dir, name.data);
    size_t la = 0, lb = 0;
    char *ta = kgb_test_slurp(pa, &la), *tb = kgb_test_slurp(pb, &lb);
    assert_non_null(ta);
    assert_non_null(tb);
    assert_true(la > 100);
    if (la != lb || memcmp(ta, tb, la) != 0) {
      fail_msg("%s differs with insertion order", name.data + 2);
    }
    free(ta);
    free(tb);
    free(pa);
    free(pb);
    kgb_buf_free(&name);
  }
  kgb_test_rmdir(dir);
  kgb_graph_free(a);
  kgb_graph_free(b);
}

static void export_dev_full(void **state) {
  (void)state;
  if (access("/dev/full", W_OK) != 0) {
    fail_msg("/dev/full is needed to test write errors");
  }
  KgbGraph *g = hostile_graph(false);
  static const KgbFormat all[] = {KGB_FORMAT_TURTLE, KGB_FORMAT_NTRIPLES,
                                  KGB_FORMAT_GRAPHML, KGB_FORMAT_DOT,
                                  KGB_FORMAT_SVG};
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
    FILE *full = fopen("/dev/full", "w");
    assert_non_null(full);
    KgbStatus st = kgb_export_stream(g, all[i], NULL, full);
    if (st != KGB_ERR_IO) {
      fail_msg("%s to /dev/full: %s", kgb_format_extension(all[i]),
               kgb_strerror(st));
    }
    fclose(full);
  }
  kgb_graph_free(g);
}

static void export_file_is_atomic(void **state) {
  (void)state;
  KgbGraph *g = hostile_graph(false);
  char *dir = kgb_test_tmpdir();
  KgbBuf path = {0};
  char *out = NULL;
  /* a missing directory: an error, and nothing created */
  assert_int_equal(kgb_buf_printf(&path, "%s/missing/g.ttl", dir), KGB_OK);
  assert_int_not_equal(kgb_export_file(g, KGB_FORMAT_TURTLE, NULL, path.data),
                       KGB_OK);
  assert_int_equal(kgb_test_sh(&out, "ls -A '%s'", dir), 0);
  assert_string_equal(out, "");
  free(out);
  /* a failure after the temporary was opened leaves the old file alone */
  kgb_buf_clear(&path);
  assert_int_equal(kgb_buf_printf(&path, "%s/g.out", dir), KGB_OK);
  kgb_test_write(path.data, "old", 3);
  assert_int_equal(kgb_export_file(g, (KgbFormat)99, NULL, path.data),
                   KGB_ERR_USAGE);
  char *text = kgb_test_slurp(path.data, NULL);
  assert_string_equal(text, "old");
  free(text);
  assert_int_equal(kgb_test_sh(&out, "ls -A '%s'", dir), 0);
  assert_string_equal(out, "g.out\n");
  free(out);
  /* success replaces it, and no temporary is left */
  assert_int_equal(kgb_export_file(g, KGB_FORMAT_NTRIPLES, NULL, path.data),
                   KGB_OK);
  text = kgb_test_slurp(path.data, NULL);
  assert_non_null(strstr(text, "<" KGB_NS_VOCAB "Film>"));
  free(text);
  assert_int_equal(kgb_test_sh(&out, "ls -A '%s'", dir), 0);
  assert_string_equal(out, "g.out\n");
  free(out);
  kgb_buf_free(&path);
  kgb_test_rmdir(dir);
  kgb_graph_free(g);
}

static void export_formats(void **state) {
  (void)state;
  static const struct {
    const char *name;
    KgbFormat fmt;
    const char *ext;
  } cases[] = {
      {"turtle", KGB_FORMAT_TURTLE, "ttl"},
      {"ttl", KGB_FORMAT_TURTLE, "ttl"},
      {"ntriples", KGB_FORMAT_NTRIPLES, "nt"},
      {"nt", KGB_FORMAT_NTRIPLES, "nt"},
      {"graphml", KGB_FORMAT_GRAPHML, "graphml"},
      {"dot", KGB_FORMAT_DOT, "dot"},
      {"svg", KGB_FORMAT_SVG, "svg"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    KgbFormat fmt = KGB_FORMAT_SVG;
    assert_int_equal(kgb_format_from_name(cases[i].name, &fmt), KGB_OK);
    assert_int_equal(fmt, cases[i].fmt);
    assert_string_equal(kgb_format_extension(fmt), cases[i].ext);
    assert_true(kgb_format_available(fmt));
  }
  KgbFormat fmt;
  assert_int_equal(kgb_format_from_name("xls", &fmt), KGB_ERR_USAGE);
  assert_int_equal(kgb_format_from_name("csv", &fmt), KGB_ERR_USAGE);
  assert_int_equal(kgb_format_from_name("", &fmt), KGB_ERR_USAGE);
  KgbExportOptions opts = kgb_export_options_default();
  assert_true(opts.provenance);
  assert_true(opts.analysis);
}

/* The xsd:double form raptor keeps typed: shortest round trip, exponent. */
static void export_double_lexical(void **state) {
  (void)state;
  static const struct {
    double x;
    const char *rdf, *plain;
  } cases[] = {
      {0.9, "9.0E-1", "0.9"},
      {1.0, "1.0E0", "1"},
      {0.75, "7.5E-1", "0.75"},
      {-2500.0, "-2.5E3", "-2500"},
      {1e-7, "1.0E-7", "0.0000001"},
      {1.5e20, "1.5E20", "1.5e+20"},
      {0.1 + 0.2, "3.0000000000000004E-1", "0.30000000000000004"},
      {1.0 / 3.0, "3.333333333333333E-1", "0.3333333333333333"},
      {0.0, "0.0E0", "0"},
  };
  char out[32];
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    assert_true(kgb_export_format_double(cases[i].x, true, out, sizeof out));
    assert_string_equal(out, cases[i].rdf);
    assert_true(strtod(out, NULL) == cases[i].x);
    assert_true(kgb_export_format_double(cases[i].x, false, out, sizeof out));
    assert_string_equal(out, cases[i].plain);
  }
  assert_false(kgb_export_format_double(NAN, true, out, sizeof out));
  assert_false(kgb_export_format_double(INFINITY, false, out, sizeof out));
  assert_string_equal(out, "");
}

const struct CMUnitTest kgb_tests_export[] = {
    cmocka_unit_test(export_formats),
    cmocka_unit_test(export_double_lexical),
    cmocka_unit_test(export_rdf_consumers),
    cmocka_unit_test(export_rdf_without_provenance),
    cmocka_unit_test(export_graphml_consumers),
    cmocka_unit_test(export_neo4j_consumers),
    cmocka_unit_test(export_dot_views),
    cmocka_unit_test(export_dot_renders),
    cmocka_unit_test(export_render_png),
    cmocka_unit_test(export_svg_in_process),
    cmocka_unit_test(export_svg_needs_dot_plugin),
    cmocka_unit_test(export_byte_identical),
    cmocka_unit_test(export_dev_full),
    cmocka_unit_test(export_file_is_atomic),
};
const size_t kgb_tests_export_count =
    sizeof kgb_tests_export / sizeof kgb_tests_export[0];
