/* test_graph.c: entity resolution, fact deduplication and the igraph
 * projection, through graph.h's builder API. */
#include "kgb_test.h"

#include "../graph/graph.h"

#include <stdlib.h>
#include <string.h>

static const KgbGraphEvidence ev_a = {"doc-a.txt", 0, 0, 10, "test:a", 0.9};
static const KgbGraphEvidence ev_b = {"doc-b.txt", 3, 40, 52, "test:b", 0.8};

static size_t find_node(const KgbGraph *g, const char *label) {
  for (size_t i = 0; i < kgb_graph_node_count(g); i++) {
    if (strcmp(kgb_graph_node(g, i)->label, label) == 0) {
      return i;
    }
  }
  fail_msg("no node labelled %s", label);
  return 0;
}

static void graph_resolves_spellings(void **state) {
  (void)state;
  KgbGraph *g = NULL;
  assert_int_equal(kgb_graph_new(&g), KGB_OK);
  size_t a, b, c, d;
  assert_int_equal(kgb_graph_add_entity(g, "Person", "Ozan Açiktan", &a),
                   KGB_OK);
  assert_int_equal(kgb_graph_add_entity(g, "Person", "Ozan Açıktan", &b),
                   KGB_OK);
  assert_int_equal(a, b); /* dotless i folds to i */
  assert_int_equal(kgb_graph_add_entity(g, "Person", "Sükran Ovali", &c),
                   KGB_OK);
  assert_int_equal(kgb_graph_add_entity(g, "Person", "Şükran Ovalı", &d),
                   KGB_OK);
  assert_int_equal(c, d);
  size_t burak, dilan, ceyda_c, ceyda_p, city, province;
  assert_int_equal(kgb_graph_add_entity(g, "Person", "Burak Deniz", &burak),
                   KGB_OK);
  assert_int_equal(
      kgb_graph_add_entity(g, "Person", "Dilan Çiçek Deniz", &dilan), KGB_OK);
  assert_int_not_equal(burak, dilan);
  assert_int_equal(kgb_graph_add_entity(g, "Character", "Ceyda", &ceyda_c),
                   KGB_OK);
  assert_int_equal(kgb_graph_add_entity(g, "Person", "Ceyda Düvenci", &ceyda_p),
                   KGB_OK);
  assert_int_not_equal(ceyda_c, ceyda_p);
  assert_int_equal(kgb_graph_add_entity(g, "City", "Adana", &city), KGB_OK);
  assert_int_equal(kgb_graph_add_entity(g, "AdministrativeArea",
                                        "Adana Province", &province),
                   KGB_OK);
  assert_int_not_equal(city, province);
  /* a work typed Film in one article and Work in another is one node */
  size_t w1, w2;
  assert_int_equal(kgb_graph_add_entity(g, "Film", "Night Harbor", &w1),
                   KGB_OK);
  assert_int_equal(kgb_graph_add_entity(g, "Work", "Night Harbor", &w2),
                   KGB_OK);
  assert_int_equal(w1, w2);
  assert_int_equal(kgb_graph_add_entity(g, "NoSuchClass", "x", &w2),
                   KGB_ERR_USAGE);
  assert_int_equal(kgb_graph_finish(g), KGB_OK);
  assert_int_equal(kgb_graph_node_count(g), 9);
  /* the accented spelling is the better label on a tie, the other is kept */
  const KgbNode *n = kgb_graph_node(g, find_node(g, "Şükran Ovalı"));
  assert_int_equal(n->n_alt, 1);
  assert_string_equal(n->alt_labels[0], "Sükran Ovali");
  assert_string_equal(n->iri, KGB_NS_ID "person/sukran-ovali");
  kgb_graph_free(g);
  kgb_graph_free(NULL);
}

static void graph_dedups_facts(void **state) {
  (void)state;
  KgbGraph *g = NULL;
  assert_int_equal(kgb_graph_new(&g), KGB_OK);
  size_t semih, defne, film;
  assert_int_equal(kgb_graph_add_entity(g, "Character", "Mert", &semih),
                   KGB_OK);
  assert_int_equal(kgb_graph_add_entity(g, "Character", "Zeynep", &defne),
                   KGB_OK);
  assert_int_equal(kgb_graph_add_entity(g, "Film", "Night Harbor", &film),
                   KGB_OK);
  /* symmetric: both directions are one fact with two pieces of evidence */
  assert_int_equal(kgb_graph_add_fact(g, semih, "marriedTo", KGB_VALUE_ENTITY,
                                      defne, NULL, &ev_a),
                   KGB_OK);
  assert_int_equal(kgb_graph_add_fact(g, defne, "marriedTo", KGB_VALUE_ENTITY,
                                      semih, NULL, &ev_b),
                   KGB_OK);
  /* not symmetric: two facts */
  assert_int_equal(kgb_graph_add_fact(g, semih, "bossOf", KGB_VALUE_ENTITY,
                                      defne, NULL, &ev_a),
                   KGB_OK);
  assert_int_equal(kgb_graph_add_fact(g, defne, "bossOf", KGB_VALUE_ENTITY,
                                      semih, NULL, &ev_a),
                   KGB_OK);
  /* the same evidence twice is kept once */
  assert_int_equal(kgb_graph_add_fact(g, film, "runtime", KGB_VALUE_INTEGER, 0,
                                      "104", &ev_a),
                   KGB_OK);
  assert_int_equal(kgb_graph_add_fact(g, film, "runtime", KGB_VALUE_INTEGER, 0,
                                      "104", &ev_a),
                   KGB_OK);
  assert_int_equal(kgb_graph_add_fact(g, film, "hasCharacter", KGB_VALUE_ENTITY,
                                      semih, NULL, NULL),
                   KGB_OK);
  assert_int_equal(kgb_graph_add_fact(g, film, "noSuchRelation",
                                      KGB_VALUE_ENTITY, semih, NULL, NULL),
                   KGB_ERR_USAGE);
  assert_int_equal(
      kgb_graph_add_fact(g, film, "Film", KGB_VALUE_ENTITY, semih, NULL, NULL),
      KGB_ERR_USAGE);
  assert_int_equal(kgb_graph_finish(g), KGB_OK);
  assert_int_equal(kgb_graph_edge_count(g), 5);
  size_t married = 0, runtime_ev = 0;
  for (size_t i = 0; i < kgb_graph_edge_count(g); i++) {
    const KgbEdge *e = kgb_graph_edge(g, i);
    if (strcmp(e->predicate, "marriedTo") == 0) {
      married++;
      assert_int_equal(e->n_evidence, 2);
      assert_string_equal(e->evidence[0].doc, "doc-a.txt"); /* sorted */
      /* stored in the direction of the smaller IRI */
      assert_true(strcmp(kgb_graph_node(g, e->subject)->iri,
                         kgb_graph_node(g, e->object)->iri) < 0);
    }
    if (strcmp(e->predicate, "runtime") == 0) {
      runtime_ev = e->n_evidence;
      assert_int_equal(e->kind, KGB_VALUE_INTEGER);
      assert_string_equal(e->literal, "104");
    }
    if (i > 0) { /* canonical order */
      const KgbEdge *p = kgb_graph_edge(g, i - 1);
      assert_true(p->subject < e->subject ||
                  (p->subject == e->subject &&
                   strcmp(p->predicate, e->predicate) <= 0));
    }
  }
  assert_int_equal(married, 1);
  assert_int_equal(runtime_ev, 1);
  /* degrees count entity-to-entity facts only; one component of three */
  const KgbNode *m = kgb_graph_node(g, find_node(g, "Mert"));
  assert_int_equal(m->degree_out + m->degree_in, m->degree);
  assert_int_equal(m->degree, 4); /* marriedTo, bossOf x2, hasCharacter */
  const KgbNode *f = kgb_graph_node(g, find_node(g, "Night Harbor"));
  assert_int_equal(f->degree_out, 1);
  assert_int_equal(kgb_graph_component_count(g), 1);
  /* the same figures through the metric table exporters iterate */
  const KgbMetric *deg = kgb_graph_metric_find(g, "degree");
  const KgbMetric *comp = kgb_graph_metric_find(g, "component");
  assert_non_null(deg);
  assert_non_null(comp);
  assert_int_equal(deg->kind, KGB_METRIC_COUNT);
  assert_int_equal(comp->kind, KGB_METRIC_ID);
  assert_true(deg->values[find_node(g, "Mert")] == 4.0);
  assert_true(comp->values[find_node(g, "Mert")] == 0.0);
  assert_null(kgb_graph_metric_find(g, "noSuchMetric"));
  assert_true(kgb_graph_metric_count(g) >= 4);
  assert_ptr_equal(kgb_graph_metric(g, 0), kgb_graph_metric_find(g, "degree"));
  assert_null(kgb_graph_metric(g, kgb_graph_metric_count(g)));
  /* finished graphs are read-only */
  size_t x;
  assert_int_equal(kgb_graph_add_entity(g, "Person", "Late", &x),
                   KGB_ERR_USAGE);
  assert_int_equal(kgb_graph_finish(g), KGB_OK); /* idempotent */
  kgb_graph_free(g);
}

/* Build the same small graph adding things in the given order, with
 * @p opts (NULL: the defaults). */
static KgbGraph *build_ordered(bool reverse, const KgbGraphOptions *opts) {
  static const char *const people[][2] = {
      {"Person", "Lena Ortiz"}, {"Person", "Tom Reyes"},
      {"Film", "Night Harbor"}, {"City", "Lisbon"},
      {"Person", "Ana Ruiz"},   {"Organization", "Ember Films"},
  };
  size_t n = sizeof people / sizeof people[0];
  KgbGraph *g = NULL;
  assert_int_equal(kgb_graph_new(&g), KGB_OK);
  if (opts) {
    assert_int_equal(kgb_graph_set_options(g, opts), KGB_OK);
  }
  size_t idx[6];
  for (size_t k = 0; k < n; k++) {
    size_t i = reverse ? n - 1 - k : k;
    assert_int_equal(
        kgb_graph_add_entity(g, people[i][0], people[i][1], &idx[i]), KGB_OK);
  }
  const size_t film = idx[2];
  const size_t facts[][2] = {{0, 0}, {1, 1}, {3, 2}, {5, 3}};
  static const char *const preds[] = {"directedBy", "starring", "filmedIn",
                                      "producedBy"};
  for (size_t k = 0; k < 4; k++) {
    size_t i = reverse ? 3 - k : k;
    assert_int_equal(kgb_graph_add_fact(g, film, preds[facts[i][1]],
                                        KGB_VALUE_ENTITY, idx[facts[i][0]],
                                        NULL, reverse ? &ev_b : &ev_a),
                     KGB_OK);
  }
  assert_int_equal(kgb_graph_finish(g), KGB_OK);
  return g;
}

static void graph_order_independent(void **state) {
  (void)state;
  KgbGraph *a = build_ordered(false, NULL);
  KgbGraph *b = build_ordered(true, NULL);
  assert_int_equal(kgb_graph_node_count(a), kgb_graph_node_count(b));
  for (size_t i = 0; i < kgb_graph_node_count(a); i++) {
    const KgbNode *x = kgb_graph_node(a, i), *y = kgb_graph_node(b, i);
    assert_string_equal(x->iri, y->iri);
    assert_int_equal(x->component, y->component);
    assert_int_equal(x->degree, y->degree);
    if (i) {
      assert_true(strcmp(kgb_graph_node(a, i - 1)->iri, x->iri) < 0);
    }
  }
  for (size_t i = 0; i < kgb_graph_edge_count(a); i++) {
    const KgbEdge *x = kgb_graph_edge(a, i), *y = kgb_graph_edge(b, i);
    assert_string_equal(x->predicate, y->predicate);
    assert_int_equal(x->object, y->object);
    assert_string_equal(x->iri, y->iri);
  }
  /* Ana Ruiz is unconnected: two components, the big one numbered 0 */
  assert_int_equal(kgb_graph_component_count(a), 2);
  const KgbNode *film = kgb_graph_node(a, find_node(a, "Night Harbor"));
  const KgbNode *ana = kgb_graph_node(a, find_node(a, "Ana Ruiz"));
  assert_int_equal(film->component, 0);
  assert_int_equal(ana->component, 1);
  assert_int_equal(film->degree_out, 4);
  kgb_graph_free(a);
  kgb_graph_free(b);
}

/* With the analyses and the metrics off (kgb extract), a finished graph has
 * the same facts, fact IRIs and all, and no metrics: nothing is projected. */
static void graph_without_metrics(void **state) {
  (void)state;
  KgbGraphOptions o = kgb_graph_options_default();
  assert_true(o.metrics);
  o.analyses = false;
  o.metrics = false;
  KgbGraph *a = build_ordered(false, NULL);
  KgbGraph *b = build_ordered(false, &o);
  assert_int_equal(kgb_graph_edge_count(a), kgb_graph_edge_count(b));
  for (size_t i = 0; i < kgb_graph_edge_count(a); i++) {
    assert_string_equal(kgb_graph_edge(a, i)->iri, kgb_graph_edge(b, i)->iri);
  }
  assert_true(kgb_graph_metric_count(a) >= 4);
  assert_int_equal(kgb_graph_metric_count(b), 0);
  assert_null(kgb_graph_metric_find(b, "degree"));
  kgb_graph_free(a);
  kgb_graph_free(b);
}

static void graph_entity_iri(void **state) {
  (void)state;
  char *iri = kgb_entity_iri("Film", "‘Don’t Leave’");
  assert_string_equal(iri, KGB_NS_ID "work/dont-leave");
  free(iri);
  iri = kgb_entity_iri("AdministrativeArea", "Adana Province");
  assert_string_equal(iri, KGB_NS_ID "administrativearea/adana-province");
  free(iri);
}

const struct CMUnitTest kgb_tests_graph[] = {
    cmocka_unit_test(graph_resolves_spellings),
    cmocka_unit_test(graph_dedups_facts),
    cmocka_unit_test(graph_order_independent),
    cmocka_unit_test(graph_without_metrics),
    cmocka_unit_test(graph_entity_iri),
};
const size_t kgb_tests_graph_count =
    sizeof kgb_tests_graph / sizeof kgb_tests_graph[0];
