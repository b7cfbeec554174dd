/* test_analysis.c: the analyses of graph/analysis.c, checked against an
 * independent implementation (networkx, on the exported GraphML), the
 * relationship structures and inference on graphs built for the purpose, and
 * the stats, path and neighbors commands on the samples. */
#include "kgb_test.h"

#include "../export/export.h"
#include "../graph/graph.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define CHECKS "tests/data/analysis"

static size_t entity(KgbGraph *g, const char *cls, const char *name) {
  size_t i = 0;
  assert_int_equal(kgb_graph_add_entity(g, cls, name, &i), KGB_OK);
  return i;
}

static void link(KgbGraph *g, size_t s, const char *p, size_t o) {
  assert_int_equal(kgb_graph_add_fact(g, s, p, KGB_VALUE_ENTITY, o, NULL, NULL),
                   KGB_OK);
}

static size_t by_label(const KgbGraph *g, const char *label) {
  for (size_t i = 0; i < kgb_graph_node_count(g); i++) {
    if (strcmp(kgb_graph_node(g, i)->label, label) == 0) {
      return i;
    }
  }
  fail_msg("no node labelled %s", label);
  return 0;
}

static double metric(const KgbGraph *g, const char *name, size_t node) {
  const KgbMetric *m = kgb_graph_metric_find(g, name);
  if (!m) {
    fail_msg("no metric %s", name);
  }
  return m->values[node];
}

static double stat(const KgbGraph *g, const char *name) {
  const KgbGraphStat *s = kgb_graph_stat_find(g, name);
  if (!s) {
    fail_msg("no graph figure %s", name);
  }
  return s->value;
}

/*
 * A graph with planted groups: four groups of 30 people, dense inside
 * (pseudo-random friendOf/colleagueOf/bossOf facts, some pairs with two
 * facts), a few links between groups, a self-loop, a tail of films and
 * places (bridges, articulation points) and a separate small component.
 * @p reverse adds the same facts in the opposite order.
 */
static KgbGraph *planted_graph(bool reverse, const KgbGraphOptions *opts) {
  enum { GROUPS = 4, SIZE = 30, FACTS = 420 };
  static const char *const preds[] = {"friendOf", "colleagueOf", "bossOf",
                                      "dated"};
  KgbGraph *g = NULL;
  assert_int_equal(kgb_graph_new(&g), KGB_OK);
  if (opts) {
    assert_int_equal(kgb_graph_set_options(g, opts), KGB_OK);
  }
  size_t node[GROUPS * SIZE + 8];
  char name[64];
  for (size_t k = 0; k < GROUPS * SIZE; k++) {
    size_t i = reverse ? GROUPS * SIZE - 1 - k : k;
    snprintf(name, sizeof name, "Member %zu of Team %zu", i % SIZE, i / SIZE);
    node[i] = entity(g, i % 7 == 0 ? "Character" : "Person", name);
  }
  size_t s_list[FACTS + 16], o_list[FACTS + 16];
  const char *p_list[FACTS + 16];
  size_t n = 0;
  uint64_t x = 88172645463325252ULL;
  for (size_t f = 0; f < FACTS; f++) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    size_t grp = (size_t)(x % GROUPS);
    size_t a = grp * SIZE + (size_t)((x >> 8) % SIZE);
    size_t b = (f % 40 == 0)
                   ? ((grp + 1) % GROUPS) * SIZE + (size_t)((x >> 20) % SIZE)
                   : grp * SIZE + (size_t)((x >> 20) % SIZE);
    s_list[n] = node[a];
    o_list[n] = node[b]; /* a == b now and then: a self-loop */
    p_list[n++] = preds[(x >> 32) % 4];
  }
  /* a tail: film - actor - city - country, and a separate pair */
  size_t film = entity(g, "Film", "Quiet Orchard");
  size_t city = entity(g, "City", "Port Halden");
  size_t country = entity(g, "Country", "Velmora");
  size_t lone_a = entity(g, "Person", "Ida Brandt");
  size_t lone_b = entity(g, "Person", "Oskar Brandt");
  entity(g, "Person", "Nobody Connected");
  size_t extra[][2] = {{film, node[3]},
                       {film, city},
                       {city, country},
                       {lone_a, lone_b},
                       {film, node[3]}};
  const char *extra_p[] = {"starring", "filmedIn", "locatedIn", "hasSibling",
                           "directedBy"};
  for (size_t i = 0; i < 5; i++) {
    s_list[n] = extra[i][0];
    o_list[n] = extra[i][1];
    p_list[n++] = extra_p[i];
  }
  for (size_t k = 0; k < n; k++) {
    size_t i = reverse ? n - 1 - k : k;
    link(g, s_list[i], p_list[i], o_list[i]);
  }
  assert_int_equal(kgb_graph_finish(g), KGB_OK);
  return g;
}

static char *export_graphml(const KgbGraph *g, const char *dir,
                            const char *name) {
  KgbBuf path = {0};
  assert_int_equal(kgb_buf_printf(&path, "%s/%s", dir, name), KGB_OK);
  KgbExportOptions eo = kgb_export_options_default();
  assert_int_equal(kgb_export_file(g, KGB_FORMAT_GRAPHML, &eo, path.data),
                   KGB_OK);
  return path.data;
}

static void analysis_matches_networkx(void **state) {
  (void)state;
  kgb_test_require("python3");
  KgbGraph *g = planted_graph(false, NULL);
  assert_true(kgb_graph_node_count(g) > 120);
  assert_true(stat(g, "centralityExact") == 1);
  assert_true(stat(g, "modularityLeiden") > 0.3);
  assert_true(stat(g, "modularityLouvain") > 0.3);
  assert_true(stat(g, "bridges") >= 3);
  char *dir = kgb_test_tmpdir();
  char *path = export_graphml(g, dir, "g.graphml");
  char *out = NULL;
  int rc = kgb_test_sh(&out,
                       "/usr/bin/python3 " CHECKS "/check_analysis.py '%s' "
                       "%.17g %.17g %.0f",
                       path, stat(g, "modularityLouvain"),
                       stat(g, "modularityLeiden"), stat(g, "bridges"));
  if (rc != 0 || strcmp(out, "ok\n") != 0) {
    fail_msg("networkx disagrees (%d): %.3000s", rc, out);
  }
  free(out);
  free(path);
  kgb_test_rmdir(dir);
  kgb_graph_free(g);
}

/* Same facts in another order: same figures, same ids, same bytes. */
static void analysis_is_deterministic(void **state) {
  (void)state;
  KgbGraph *a = planted_graph(false, NULL);
  KgbGraph *b = planted_graph(true, NULL);
  assert_int_equal(kgb_graph_metric_count(a), kgb_graph_metric_count(b));
  for (size_t m = 0; m < kgb_graph_metric_count(a); m++) {
    const KgbMetric *x = kgb_graph_metric(a, m), *y = kgb_graph_metric(b, m);
    assert_string_equal(x->name, y->name);
    for (size_t i = 0; i < kgb_graph_node_count(a); i++) {
      if (!(isnan(x->values[i]) && isnan(y->values[i])) &&
          x->values[i] != y->values[i]) {
        fail_msg("%s of node %zu: %.17g then %.17g", x->name, i, x->values[i],
                 y->values[i]);
      }
    }
  }
  assert_int_equal(kgb_graph_stat_count(a), kgb_graph_stat_count(b));
  char *dir = kgb_test_tmpdir();
  char *pa = export_graphml(a, dir, "a.graphml");
  char *pb = export_graphml(b, dir, "b.graphml");
  assert_int_equal(kgb_test_sh(NULL, "cmp -s '%s' '%s'", pa, pb), 0);
  /* and the communities are not trivial */
  assert_true(stat(a, "communitiesLeiden") >= 4);
  assert_true(stat(a, "communitiesLeiden") < 20);
  free(pa);
  free(pb);
  kgb_test_rmdir(dir);
  kgb_graph_free(a);
  kgb_graph_free(b);
}

/* Above the threshold the cutoff version runs, and says so. */
static void analysis_cutoff_above_threshold(void **state) {
  (void)state;
  KgbGraphOptions o = kgb_graph_options_default();
  o.exact_max_nodes = 5;
  o.cutoff = 2;
  KgbGraph *g = NULL;
  assert_int_equal(kgb_graph_new(&g), KGB_OK);
  assert_int_equal(kgb_graph_set_options(g, &o), KGB_OK);
  size_t prev = 0;
  char name[32];
  for (size_t i = 0; i < 10; i++) { /* a path of ten places */
    snprintf(name, sizeof name, "Stop %c", (char)('A' + i));
    size_t n = entity(g, "City", name);
    if (i) {
      link(g, n, "locatedIn", prev);
    }
    prev = n;
  }
  assert_int_equal(kgb_graph_finish(g), KGB_OK);
  assert_true(stat(g, "centralityExact") == 0);
  assert_true(stat(g, "pathCutoff") == 2);
  assert_true(stat(g, "exactMaxNodes") == 5);
  /* within two facts only the pair (D, F) passes through E: 1, where the
   * exact figure would be 4 * 5 = 20 */
  assert_true(metric(g, "betweenness", by_label(g, "Stop E")) == 1);
  assert_true(metric(g, "harmonicCentrality", by_label(g, "Stop E")) == 3);
  assert_true(metric(g, "betweenness", by_label(g, "Stop A")) == 0);
  kgb_graph_free(g);
}

/* Love triangles, family trees and bridges on a small cast. */
static void analysis_structures(void **state) {
  (void)state;
  KgbGraph *g = NULL;
  assert_int_equal(kgb_graph_new(&g), KGB_OK);
  size_t lena = entity(g, "Character", "Lena");
  size_t marco = entity(g, "Character", "Marco");
  size_t tomas = entity(g, "Character", "Tomas");
  size_t ruth = entity(g, "Character", "Ruth");
  size_t grandma = entity(g, "Character", "Grandma Vera");
  size_t dad = entity(g, "Character", "Paul");
  size_t kid1 = entity(g, "Character", "Nina");
  size_t kid2 = entity(g, "Character", "Theo");
  size_t baby = entity(g, "Character", "Ada");
  size_t film = entity(g, "Film", "Harbor Lights");
  link(g, lena, "dated", marco);
  link(g, tomas, "marriedTo", lena);
  link(g, lena, "marriedTo", marco); /* same partner twice: counted once */
  link(g, ruth, "dated", tomas);
  link(g, dad, "hasParent", grandma);
  link(g, dad, "hasChild", kid1);
  link(g, kid2, "hasParent", dad);
  link(g, kid1, "hasChild", baby);
  link(g, film, "hasCharacter", lena);
  assert_int_equal(kgb_graph_finish(g), KGB_OK);
  /* Lena: Marco and Tomas (1 triangle); Tomas: Lena and Ruth (1) */
  assert_true(stat(g, "loveTriangles") == 2);
  assert_true(metric(g, "loveTriangles", by_label(g, "Lena")) == 1);
  assert_true(isnan(metric(g, "loveTriangles", by_label(g, "Marco"))));
  assert_true(stat(g, "familyTrees") == 1);
  assert_true(stat(g, "familyDepth") == 3);
  assert_true(metric(g, "generation", by_label(g, "Grandma Vera")) == 0);
  assert_true(metric(g, "generation", by_label(g, "Ada")) == 3);
  assert_true(metric(g, "familyTree", by_label(g, "Theo")) == 0);
  assert_true(isnan(metric(g, "familyTree", by_label(g, "Lena"))));
  size_t bridges = 0, triangles = 0, trees = 0;
  for (size_t i = 0; i < kgb_graph_structure_count(g); i++) {
    const KgbStructure *s = kgb_graph_structure(g, i);
    if (s->kind == KGB_STRUCTURE_BRIDGE) {
      bridges++;
      assert_int_equal(s->n_nodes, 2);
      assert_true(s->nodes[0] < s->nodes[1]);
      assert_int_equal(triangles + trees, 0); /* bridges come first */
    } else if (s->kind == KGB_STRUCTURE_LOVE_TRIANGLE) {
      triangles++;
      assert_int_equal(s->n_nodes, 3);
      assert_int_equal(s->triangles, 1);
      const char *centre = kgb_graph_node(g, s->nodes[0])->label;
      assert_true(strcmp(centre, "Lena") == 0 || strcmp(centre, "Tomas") == 0);
    } else {
      trees++;
      assert_int_equal(s->n_nodes, 5);
      assert_int_equal(s->n_roots, 1);
      assert_int_equal(s->depth, 3);
      assert_string_equal(kgb_graph_node(g, s->nodes[0])->label,
                          "Grandma Vera");
      assert_string_equal(kgb_graph_node(g, s->nodes[4])->label, "Ada");
    }
  }
  assert_int_equal(triangles, 2);
  assert_int_equal(trees, 1);
  assert_true((double)bridges == stat(g, "bridges"));
  assert_true(bridges > 0);
  /* Paul joins Vera to his children: an articulation point */
  assert_true(metric(g, "articulationPoint", by_label(g, "Paul")) == 1);
  assert_true(metric(g, "articulationPoint", by_label(g, "Ada")) == 0);
  kgb_graph_free(g);
}

/* --infer: symmetric relations both ways, locatedIn closed transitively. */
static void analysis_inference(void **state) {
  (void)state;
  KgbGraphOptions o = kgb_graph_options_default();
  o.infer = true;
  for (int infer = 0; infer < 2; infer++) {
    o.infer = infer;
    KgbGraph *g = NULL;
    assert_int_equal(kgb_graph_new(&g), KGB_OK);
    assert_int_equal(kgb_graph_set_options(g, &o), KGB_OK);
    size_t museum = entity(g, "Landmark", "Old Mill Museum");
    size_t town = entity(g, "City", "Brennick");
    size_t county = entity(g, "AdministrativeArea", "Lowfield County");
    size_t land = entity(g, "Country", "Ostria");
    size_t a = entity(g, "Person", "Jonas Weil");
    size_t b = entity(g, "Person", "Mira Weil");
    link(g, museum, "locatedIn", town);
    link(g, town, "locatedIn", county);
    link(g, county, "locatedIn", land);
    link(g, town, "locatedIn", land); /* already a fact: not inferred again */
    link(g, b, "marriedTo", a);
    assert_int_equal(kgb_graph_finish(g), KGB_OK);
    size_t inferred = 0, located = 0, married = 0;
    for (size_t i = 0; i < kgb_graph_edge_count(g); i++) {
      const KgbEdge *e = kgb_graph_edge(g, i);
      inferred += e->inferred;
      located += strcmp(e->predicate, "locatedIn") == 0;
      married += strcmp(e->predicate, "marriedTo") == 0;
      if (e->inferred) {
        assert_int_equal(e->n_evidence, 0);
      }
      if (i) { /* still in canonical order */
        const KgbEdge *p = kgb_graph_edge(g, i - 1);
        assert_true(p->subject < e->subject ||
                    (p->subject == e->subject &&
                     strcmp(p->predicate, e->predicate) <= 0));
      }
    }
    /* closure of museum < town < county < land: 6 pairs, 4 stated */
    assert_int_equal(located, infer ? 6 : 4);
    assert_int_equal(married, infer ? 2 : 1);
    assert_int_equal(inferred, infer ? 3 : 0);
    assert_true(stat(g, "inferredFacts") == (infer ? 3 : 0));
    size_t m = by_label(g, "Old Mill Museum");
    assert_true(metric(g, "outDegree", m) == (infer ? 3 : 1));
    kgb_graph_free(g);
  }
}

/* Degenerate graphs: nothing, and nodes with no facts. */
static void analysis_empty_graphs(void **state) {
  (void)state;
  KgbGraph *g = NULL;
  assert_int_equal(kgb_graph_new(&g), KGB_OK);
  assert_int_equal(kgb_graph_finish(g), KGB_OK);
  assert_true(stat(g, "entities") == 0);
  assert_true(isnan(stat(g, "modularityLeiden")));
  kgb_graph_free(g);
  assert_int_equal(kgb_graph_new(&g), KGB_OK);
  entity(g, "Person", "Alone One");
  entity(g, "Person", "Alone Two");
  assert_int_equal(kgb_graph_finish(g), KGB_OK);
  assert_true(stat(g, "communitiesLeiden") == 2);
  assert_true(fabs(metric(g, "pageRank", 0) - 0.5) < 1e-12);
  assert_true(metric(g, "communityLouvain", 0) == 0);
  assert_true(metric(g, "communityLouvain", 1) == 1);
  kgb_graph_free(g);
}

/* ---- the commands on the samples ----------------------------------------- */

static void cli_stats_report(void **state) {
  (void)state;
  char *out = NULL, *again = NULL;
  assert_int_equal(kgb_test_sh(&out, "%s stats -q samples", kgb_test_bin()), 0);
  assert_int_equal(kgb_test_sh(&again, "%s stats -q samples", kgb_test_bin()),
                   0);
  assert_string_equal(out, again); /* two runs, same report */
  /* the entity count is the build's: subjects with an rdf:type */
  char *dir = kgb_test_tmpdir(), *n = NULL;
  char line[64];
  assert_int_equal(kgb_test_sh(&n,
                               "%s build -q -o '%s/b' samples && grep "
                               "'rdf-syntax-ns#type> <https://w3id.org/kgb/"
                               "vocab#' '%s/b/graph.nt' | cut -d' ' -f1 | "
                               "sort -u | wc -l | tr -d '\\n'",
                               kgb_test_bin(), dir, dir),
                   0);
  assert_true(strtol(n, NULL, 10) > 10);
  snprintf(line, sizeof line, "entities: %s in ", n);
  static const char *expect[] = {
      NULL,
      "top entities by PageRank",
      "communities (Leiden, modularity 0.",
      "  0 (",
      "articulation points (",
      "bridges (",
      "family trees (",
      "    0.",
  };
  expect[0] = line;
  for (size_t i = 0; i < sizeof expect / sizeof expect[0]; i++) {
    if (!strstr(out, expect[i])) {
      fail_msg("stats lacks '%s':\n%s", expect[i], out);
    }
  }
  free(out);
  free(again);
  free(n);
  kgb_test_rmdir(dir);
  assert_int_equal(kgb_test_sh(&out, "%s stats --bogus", kgb_test_bin()), 2);
  free(out);
}

static void cli_path(void **state) {
  (void)state;
  char *out = NULL;
  assert_int_equal(
      kgb_test_sh(&out, "%s path -q semih ADANA samples 2>&1", kgb_test_bin()),
      0);
  assert_string_equal(out,
                      "Semih —hasCharacter⁻¹→ Don’t Leave —filmedIn→ Adana\n");
  free(out);
  /* by IRI, and a symmetric relation has no inverse mark either way */
  assert_int_equal(kgb_test_sh(&out,
                               "%s path -q https://w3id.org/kgb/id/character/"
                               "semih Defne samples",
                               kgb_test_bin()),
                   0);
  assert_string_equal(out, "Semih —brokeUpWith→ Defne\n");
  free(out);
  assert_int_equal(kgb_test_sh(&out, "%s path -q Semih 'No Such Name' samples",
                               kgb_test_bin()),
                   4);
  assert_non_null(strstr(out, "no entity is named 'No Such Name'"));
  free(out);
  assert_int_equal(kgb_test_sh(&out, "%s path -q Semih", kgb_test_bin()), 2);
  free(out);
}

/* A name two entities share, and two entities with no path between them. */
static void cli_path_ambiguous_and_unreachable(void **state) {
  (void)state;
  char *dir = kgb_test_tmpdir();
  static const char *const docs[][2] = {
      {"a.txt", "Harbor Lights is a 2019 drama film directed by Jonas Weil.\n"},
      {"b.txt",
       "Quiet Orchard is a 2020 comedy film directed by Oskar Lund.\n"},
      {"c.txt", "Oskar Lund is a 2021 thriller film directed by Mira Holt.\n"},
  };
  for (size_t i = 0; i < 3; i++) {
    KgbBuf path = {0};
    assert_int_equal(kgb_buf_printf(&path, "%s/%s", dir, docs[i][0]), KGB_OK);
    kgb_test_write(path.data, docs[i][1], strlen(docs[i][1]));
    kgb_buf_free(&path);
  }
  char *out = NULL;
  int rc = kgb_test_sh(&out, "%s path -q 'Jonas Weil' 'Mira Holt' '%s'",
                       kgb_test_bin(), dir);
  if (rc != 4 || !strstr(out, "no path between Jonas Weil and Mira Holt")) {
    fail_msg("no path: %d %s", rc, out);
  }
  free(out);
  /* a person and a film are both "Oskar Lund": the candidates are listed */
  rc = kgb_test_sh(&out, "%s path -q 'oskar lund' 'Mira Holt' '%s'",
                   kgb_test_bin(), dir);
  if (rc != 5 || !strstr(out, "names 2 entities") ||
      !strstr(out, "Oskar Lund (Person) https://w3id.org/kgb/id/person/") ||
      !strstr(out, "Oskar Lund (Film) https://w3id.org/kgb/id/work/")) {
    fail_msg("ambiguous: %d %s", rc, out);
  }
  free(out);
  /* the IRI settles it */
  rc = kgb_test_sh(&out,
                   "%s path -q https://w3id.org/kgb/id/work/oskar-lund "
                   "'Mira Holt' '%s'",
                   kgb_test_bin(), dir);
  assert_int_equal(rc, 0);
  assert_string_equal(out, "Oskar Lund —directedBy→ Mira Holt\n");
  free(out);
  /* a graph already built, read back as RDF, gives the same chain */
  char *from_text = NULL;
  assert_int_equal(
      kgb_test_sh(&from_text, "%s path -q Semih Adana samples", kgb_test_bin()),
      0);
  assert_int_equal(kgb_test_sh(&out,
                               "%s build -q -o '%s/kg' samples && %s path -q "
                               "Semih Adana '%s/kg/graph.ttl'",
                               kgb_test_bin(), dir, kgb_test_bin(), dir),
                   0);
  assert_non_null(strstr(out, "—filmedIn→ Adana"));
  assert_string_equal(out, from_text);
  free(out);
  free(from_text);
  kgb_test_rmdir(dir);
}

static void cli_neighbors(void **state) {
  (void)state;
  kgb_test_require("xmllint");
  char *dir = kgb_test_tmpdir();
  char *out = NULL;
  assert_int_equal(kgb_test_sh(&out,
                               "%s neighbors -q Defne --depth 1 --format "
                               "graphml samples > '%s/ego.graphml'",
                               kgb_test_bin(), dir),
                   0);
  free(out);
  assert_int_equal(kgb_test_sh(&out, "xmllint --noout '%s/ego.graphml'", dir),
                   0);
  free(out);
  /* the ego network is what networkx finds around Defne in the full
   * build's GraphML: her and every entity one fact away, either way */
  assert_int_equal(kgb_test_sh(&out, "%s build -q -o '%s/full' samples",
                               kgb_test_bin(), dir),
                   0);
  free(out);
  char *ego = NULL, *want = NULL;
  static const char *const names =
      "/usr/bin/python3 -c 'import networkx as nx, sys; "
      "g = nx.read_graphml(sys.argv[1]); "
      "print(sorted(d[\"name\"] for _, d in g.nodes(data=True)))' "
      "'%s/ego.graphml'";
  assert_int_equal(kgb_test_sh(&ego, names, dir), 0);
  assert_int_equal(
      kgb_test_sh(&want,
                  "/usr/bin/python3 -c 'import networkx as nx, sys; "
                  "g = nx.read_graphml(sys.argv[1]).to_undirected(); "
                  "d = [v for v, a in g.nodes(data=True) if a[\"name\"] == "
                  "\"Defne\"][0]; "
                  "e = nx.ego_graph(g, d, radius=1); "
                  "print(sorted(g.nodes[v][\"name\"] for v in e))' "
                  "'%s/full/graph.graphml'",
                  dir),
      0);
  assert_non_null(strstr(ego, "'Semih'")); /* not empty: Defne dated Semih */
  assert_string_equal(ego, want);
  free(ego);
  free(want);
  /* depth 0: the entity alone, as N-Triples */
  assert_int_equal(kgb_test_sh(&out,
                               "%s neighbors -q Defne --depth 0 -f nt samples "
                               "| grep -c 'rdf-schema#label'",
                               kgb_test_bin()),
                   0);
  assert_string_equal(out, "1\n");
  free(out);
  assert_int_equal(kgb_test_sh(&out, "%s neighbors -q Defne -f nosuch samples",
                               kgb_test_bin()),
                   2);
  free(out);
  assert_int_equal(
      kgb_test_sh(&out, "%s neighbors -q Nobody samples", kgb_test_bin()), 4);
  free(out);
  kgb_test_rmdir(dir);
}

/* build --infer writes the inferred facts; without it they are absent. */
static void cli_build_infer(void **state) {
  (void)state;
  char *dir = kgb_test_tmpdir();
  char *out = NULL;
  assert_int_equal(kgb_test_sh(&out, "%s build -q --infer -o '%s/i' samples",
                               kgb_test_bin(), dir),
                   0);
  free(out);
  assert_int_equal(
      kgb_test_sh(&out, "%s build -q -o '%s/p' samples", kgb_test_bin(), dir),
      0);
  free(out);
  /* "dated" is stored once, from the smaller IRI (Defne); with --infer
   * also from Semih */
  const char *q = "grep -c '^<https://w3id.org/kgb/id/character/semih> "
                  "<https://w3id.org/kgb/vocab#dated> "
                  "<https://w3id.org/kgb/id/character/defne>' '%s/%s/graph.nt'";
  assert_int_equal(kgb_test_sh(&out, q, dir, "i"), 0);
  assert_string_equal(out, "1\n");
  free(out);
  kgb_test_sh(&out, q, dir, "p");
  assert_string_equal(out, "0\n");
  free(out);
  kgb_test_rmdir(dir);
}

const struct CMUnitTest kgb_tests_analysis[] = {
    cmocka_unit_test(analysis_matches_networkx),
    cmocka_unit_test(analysis_is_deterministic),
    cmocka_unit_test(analysis_cutoff_above_threshold),
    cmocka_unit_test(analysis_structures),
    cmocka_unit_test(analysis_inference),
    cmocka_unit_test(analysis_empty_graphs),
    cmocka_unit_test(cli_stats_report),
    cmocka_unit_test(cli_path),
    cmocka_unit_test(cli_path_ambiguous_and_unreachable),
    cmocka_unit_test(cli_neighbors),
    cmocka_unit_test(cli_build_infer),
};
const size_t kgb_tests_analysis_count =
    sizeof kgb_tests_analysis / sizeof kgb_tests_analysis[0];
