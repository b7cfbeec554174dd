/* test_eval.c: gold files, RDF graphs and their scores (eval/eval.h), from
 * the hand-written fixtures of tests/data/eval/ (each NAME.gold.tsv beside the
 * graph it scores; bad/ holds inputs that must be rejected), and `kgb eval`
 * end to end. Every expected figure below was counted by hand from the
 * fixture's comments. */
#include "kgb_test.h"

#include "../eval/eval.h"

#include <stdlib.h>
#include <string.h>

#define DATA "tests/data/eval/"

static KgbGold *load_gold(const char *path) {
  KgbGold *gold = NULL;
  char *err = NULL;
  KgbStatus st = kgb_gold_load(path, NULL, &gold, &err);
  if (st != KGB_OK) {
    fail_msg("%s: %s", path, err ? err : kgb_strerror(st));
  }
  assert_null(err);
  return gold;
}

static KgbEvalGraph *load_graph(const char *path) {
  KgbEvalGraph *graph = NULL;
  char *err = NULL;
  KgbStatus st = kgb_eval_graph_load_rdf(path, NULL, &graph, &err);
  if (st != KGB_OK) {
    fail_msg("%s: %s", path, err ? err : kgb_strerror(st));
  }
  assert_null(err);
  return graph;
}

/// Score DATA NAME.gold.tsv against DATA NAME.EXT; caller frees.
static KgbEvalResult *score(const char *name, const char *ext) {
  KgbBuf gp = {0}, rp = {0};
  assert_int_equal(kgb_buf_printf(&gp, DATA "%s.gold.tsv", name), KGB_OK);
  assert_int_equal(kgb_buf_printf(&rp, DATA "%s.%s", name, ext), KGB_OK);
  KgbGold *gold = load_gold(gp.data);
  KgbEvalGraph *graph = load_graph(rp.data);
  KgbEvalResult *r = NULL;
  assert_int_equal(kgb_eval_score(gold, graph, &r), KGB_OK);
  assert_non_null(r);
  /* the result owns its strings: it outlives gold and graph */
  kgb_eval_graph_free(graph);
  kgb_gold_free(gold);
  kgb_buf_free(&gp);
  kgb_buf_free(&rp);
  return r;
}

static void assert_counts(const KgbEvalCounts *c, size_t extracted,
                          size_t matched, size_t core, size_t core_matched) {
  assert_non_null(c);
  if (c->extracted != extracted || c->matched != matched || c->core != core ||
      c->core_matched != core_matched) {
    fail_msg("%s: got %zu extracted, %zu matched, %zu core, %zu core matched; "
             "want %zu, %zu, %zu, %zu",
             c->relation ? c->relation : "total", c->extracted, c->matched,
             c->core, c->core_matched, extracted, matched, core, core_matched);
  }
}

static void assert_near(double got, double want) {
  if (got < want - 1e-9 || got > want + 1e-9) {
    fail_msg("got %.6f, want %.6f", got, want);
  }
}

static void assert_prf(const KgbEvalCounts *c, double p, double r, double f1) {
  assert_near(kgb_eval_precision(c), p);
  assert_near(kgb_eval_recall(c), r);
  assert_near(kgb_eval_f1(c), f1);
}

static void eval_exact_turtle(void **state) {
  (void)state;
  KgbEvalResult *r = score("exact", "ttl");
  assert_counts(kgb_eval_result_total(r), 4, 4, 4, 4);
  assert_prf(kgb_eval_result_total(r), 1.0, 1.0, 1.0);
  assert_int_equal(kgb_eval_result_relation_count(r), 3);
  assert_string_equal(kgb_eval_result_relation(r, 0)->relation, "directedBy");
  assert_string_equal(kgb_eval_result_relation(r, 1)->relation,
                      "originalTitle");
  assert_string_equal(kgb_eval_result_relation(r, 2)->relation, "type");
  assert_counts(kgb_eval_result_find(r, "type"), 2, 2, 2, 2);
  assert_null(kgb_eval_result_find(r, "starring"));
  assert_int_equal(kgb_eval_result_missed_count(r), 0);
  assert_int_equal(kgb_eval_result_unexpected_count(r), 0);
  kgb_eval_result_free(r);
}

static void eval_spelling_variants(void **state) {
  (void)state;
  KgbEvalResult *r = score("variants", "nt");
  /* 5 of 6 facts match (Adana type Country does not); 5 of 7 core lines are
   * found (starring Burak Deniz and Adana type City are not) */
  assert_counts(kgb_eval_result_total(r), 6, 5, 7, 5);
  assert_prf(kgb_eval_result_total(r), 5.0 / 6, 5.0 / 7, 50.0 / 65);
  assert_counts(kgb_eval_result_find(r, "type"), 4, 3, 4, 3);
  assert_counts(kgb_eval_result_find(r, "directedBy"), 1, 1, 1, 1);
  assert_counts(kgb_eval_result_find(r, "onRiver"), 1, 1, 1, 1);
  assert_counts(kgb_eval_result_find(r, "starring"), 0, 0, 1, 0);
  assert_int_equal(kgb_eval_result_missed_count(r), 2);
  const KgbGoldLine *m = kgb_eval_result_missed(r, 0);
  assert_int_equal(m->line, 10);
  assert_string_equal(m->predicate, "starring");
  assert_string_equal(m->object, "Burak Deniz");
  assert_true(m->core);
  m = kgb_eval_result_missed(r, 1);
  assert_int_equal(m->line, 11);
  assert_string_equal(m->subject, "Adana");
  assert_string_equal(m->object, "City");
  assert_int_equal(kgb_eval_result_unexpected_count(r), 1);
  const KgbEvalFact *u = kgb_eval_result_unexpected(r, 0);
  assert_string_equal(u->subject, "Adana");
  assert_string_equal(u->predicate, "type");
  assert_string_equal(u->object, "Country");
  assert_false(u->literal);
  kgb_eval_result_free(r);
}

static void eval_symmetric_relations(void **state) {
  (void)state;
  KgbEvalResult *r = score("symmetric", "nt");
  assert_counts(kgb_eval_result_total(r), 3, 2, 3, 2);
  assert_counts(kgb_eval_result_find(r, "dated"), 1, 1, 1, 1);
  assert_counts(kgb_eval_result_find(r, "hasParent"), 1, 0, 1, 0);
  assert_counts(kgb_eval_result_find(r, "brokeUpWith"), 1, 1, 1, 1);
  assert_int_equal(kgb_eval_result_unexpected_count(r), 1);
  const KgbEvalFact *u = kgb_eval_result_unexpected(r, 0);
  assert_string_equal(u->subject, "Semih’s mother");
  assert_string_equal(u->object, "Semih");
  kgb_eval_result_free(r);
}

static void eval_duplicates_cost_precision(void **state) {
  (void)state;
  KgbEvalGraph *g = load_graph(DATA "duplicate.nt");
  /* the triple written twice is one triple; the two film nodes are two */
  assert_int_equal(kgb_eval_graph_fact_count(g), 3);
  kgb_eval_graph_free(g);
  KgbEvalResult *r = score("duplicate", "nt");
  assert_counts(kgb_eval_result_total(r), 3, 2, 2, 2);
  assert_prf(kgb_eval_result_total(r), 2.0 / 3, 1.0, 0.8);
  assert_counts(kgb_eval_result_find(r, "directedBy"), 2, 1, 1, 1);
  assert_int_equal(kgb_eval_result_unexpected_count(r), 1);
  assert_string_equal(kgb_eval_result_unexpected(r, 0)->object, "Ozan Açıktan");
  kgb_eval_result_free(r);
}

static void eval_optional_lines(void **state) {
  (void)state;
  KgbEvalResult *r = score("optional", "nt");
  /* Semih (core) and Ms. Ceyda (optional) match, Kerem does not; Defne is
   * missed; the optional owns line neither helps nor hurts */
  assert_counts(kgb_eval_result_total(r), 3, 2, 2, 1);
  assert_prf(kgb_eval_result_total(r), 2.0 / 3, 0.5, 4.0 / 7);
  assert_counts(kgb_eval_result_find(r, "owns"), 0, 0, 0, 0);
  assert_int_equal(kgb_eval_result_missed_count(r), 1);
  assert_int_equal(kgb_eval_result_missed(r, 0)->line, 5);
  assert_int_equal(kgb_eval_result_unexpected_count(r), 1);
  assert_string_equal(kgb_eval_result_unexpected(r, 0)->object, "Kerem");
  kgb_eval_result_free(r);
}

static void eval_maximum_matching_core_first(void **state) {
  (void)state;
  KgbEvalResult *r = score("matching", "nt");
  assert_counts(kgb_eval_result_total(r), 3, 3, 3, 3);
  assert_int_equal(kgb_eval_result_missed_count(r), 0);
  kgb_eval_result_free(r);
}

static void eval_literals_numbers_dates(void **state) {
  (void)state;
  KgbEvalResult *r = score("literals", "nt");
  assert_counts(kgb_eval_result_total(r), 7, 4, 7, 4);
  assert_counts(kgb_eval_result_find(r, "runtime"), 1, 1, 1, 1); /* 98.0 */
  assert_counts(kgb_eval_result_find(r, "budget"), 1, 1, 1, 1);  /* 2,000,000 */
  assert_counts(kgb_eval_result_find(r, "grossRevenue"), 1, 0, 1, 0);
  assert_counts(kgb_eval_result_find(r, "genre"), 1, 1, 1, 1);
  assert_counts(kgb_eval_result_find(r, "releaseDate"), 1, 0, 1, 0);
  assert_counts(kgb_eval_result_find(r, "filmingStart"), 1, 1, 1, 1);
  assert_counts(kgb_eval_result_find(r, "filmingEnd"), 1, 0, 1, 0);
  assert_int_equal(kgb_eval_result_unexpected_count(r), 3);
  const KgbEvalFact *u = kgb_eval_result_unexpected(r, 0);
  assert_string_equal(u->predicate, "filmingEnd");
  assert_string_equal(u->object, "2022 03");
  assert_true(u->literal);
  kgb_eval_result_free(r);
}

static void eval_other_vocabularies_ignored(void **state) {
  (void)state;
  KgbEvalGraph *g = load_graph(DATA "ignored.nt");
  /* kgb:Film, kgb:genre and ex:filmedIn (matched by local name); no
   * schema.org, Wikidata, FOAF, DBpedia, Dublin Core, OWL, geo, PROV,
   * analysis or reification triple */
  assert_int_equal(kgb_eval_graph_fact_count(g), 3);
  const KgbEvalFact *f = kgb_eval_graph_fact(g, 0);
  assert_string_equal(f->subject, "Don't Leave");
  assert_string_equal(f->predicate, "filmedIn");
  assert_string_equal(f->object, "Adana");
  f = kgb_eval_graph_fact(g, 1);
  assert_string_equal(f->predicate, "genre");
  assert_string_equal(f->object, "romantic drama");
  assert_true(f->literal);
  f = kgb_eval_graph_fact(g, 2);
  assert_string_equal(f->predicate, "type");
  assert_string_equal(f->object, "Film");
  assert_null(kgb_eval_graph_fact(g, 3));
  kgb_eval_graph_free(g);
  KgbEvalResult *r = score("ignored", "nt");
  assert_counts(kgb_eval_result_total(r), 3, 2, 2, 2);
  kgb_eval_result_free(r);
}

static void eval_micro_average(void **state) {
  (void)state;
  KgbEvalResult *a = score("exact", "ttl");
  KgbEvalResult *b = score("variants", "nt");
  KgbEvalResult *sum = NULL;
  assert_int_equal(kgb_eval_result_new(&sum), KGB_OK);
  assert_counts(kgb_eval_result_total(sum), 0, 0, 0, 0);
  assert_prf(kgb_eval_result_total(sum), 0.0, 0.0, 0.0);
  assert_int_equal(kgb_eval_result_add(sum, a), KGB_OK);
  assert_int_equal(kgb_eval_result_add(sum, b), KGB_OK);
  kgb_eval_result_free(a);
  kgb_eval_result_free(b);
  assert_counts(kgb_eval_result_total(sum), 10, 9, 11, 9);
  assert_prf(kgb_eval_result_total(sum), 0.9, 9.0 / 11, 6.0 / 7);
  assert_counts(kgb_eval_result_find(sum, "type"), 6, 5, 6, 5);
  assert_counts(kgb_eval_result_find(sum, "directedBy"), 2, 2, 2, 2);
  /* rows stay sorted after merging */
  assert_int_equal(kgb_eval_result_relation_count(sum), 5);
  for (size_t i = 1; i < kgb_eval_result_relation_count(sum); i++) {
    assert_true(strcmp(kgb_eval_result_relation(sum, i - 1)->relation,
                       kgb_eval_result_relation(sum, i)->relation) < 0);
  }
  kgb_eval_result_free(sum);
}

static void eval_graph_from_buffer(void **state) {
  (void)state;
  static const char nt[] =
      "<https://w3id.org/kgb/id/a> <https://w3id.org/kgb/vocab#dated> "
      "_:b .\n"
      "_:b <http://www.w3.org/2000/01/rdf-schema#label> \"Defne\" .\n";
  KgbEvalGraph *g = NULL;
  char *err = NULL;
  assert_int_equal(kgb_eval_graph_parse_rdf("mem.nt", "ntriples", nt,
                                            sizeof nt - 1, NULL, &g, &err),
                   KGB_OK);
  assert_null(err);
  assert_int_equal(kgb_eval_graph_fact_count(g), 1);
  /* no label: the subject reads as its IRI and matches no name */
  assert_string_equal(kgb_eval_graph_fact(g, 0)->subject,
                      "https://w3id.org/kgb/id/a");
  assert_string_equal(kgb_eval_graph_fact(g, 0)->object, "Defne");
  kgb_eval_graph_free(g);
  /* N-Quads: the graph name is not part of the fact */
  static const char nq[] =
      "<https://w3id.org/kgb/id/w> <https://w3id.org/kgb/vocab#genre> "
      "\"drama\" <https://w3id.org/kgb/doc/a> .\n"
      "<https://w3id.org/kgb/id/w> <https://w3id.org/kgb/vocab#genre> "
      "\"drama\" <https://w3id.org/kgb/doc/b> .\n"
      "<https://w3id.org/kgb/id/w> "
      "<http://www.w3.org/2000/01/rdf-schema#label> "
      "\"Night Harbor\" .\n";
  assert_int_equal(kgb_eval_graph_parse_rdf("mem.nq", "nquads", nq,
                                            sizeof nq - 1, NULL, &g, &err),
                   KGB_OK);
  assert_int_equal(kgb_eval_graph_fact_count(g), 1);
  assert_string_equal(kgb_eval_graph_fact(g, 0)->subject, "Night Harbor");
  assert_string_equal(kgb_eval_graph_fact(g, 0)->object, "drama");
  kgb_eval_graph_free(g);
  /* an empty graph is a graph */
  assert_int_equal(
      kgb_eval_graph_parse_rdf("empty.nt", "ntriples", "", 0, NULL, &g, &err),
      KGB_OK);
  assert_int_equal(kgb_eval_graph_fact_count(g), 0);
  kgb_eval_graph_free(g);
}

static void eval_samples_gold_files_load(void **state) {
  (void)state;
  static const struct {
    const char *path;
    size_t lines, core;
  } files[] = {
      {"samples/000_ae456bb6fe98eb93.gold.tsv", 63, 59},
      {"samples/004_71a4062dbff8071c.gold.tsv", 37, 23},
  };
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    KgbGold *gold = load_gold(files[i].path);
    assert_int_equal(kgb_gold_count(gold), files[i].lines);
    size_t core = 0;
    for (size_t k = 0; k < kgb_gold_count(gold); k++) {
      core += kgb_gold_line(gold, k)->core;
    }
    assert_int_equal(core, files[i].core);
    assert_null(kgb_gold_line(gold, kgb_gold_count(gold)));
    kgb_gold_free(gold);
  }
}

static void eval_bad_gold_lines(void **state) {
  (void)state;
  static const struct {
    const char *file, *msg;
  } cases[] = {
      {"fields", "expected 4 tab-separated fields"},
      {"predicate", "unknown predicate 'directedby'"},
      {"class", "unknown class 'Movie'"},
      {"status", "bad status 'maybe'"},
      {"literal", "originalTitle takes a literal value in double quotes"},
      {"entity", "directedBy takes an entity"},
      {"date", "releaseDate takes an ISO 8601 date"},
      {"name", "no letter or digit"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    KgbBuf path = {0}, where = {0};
    assert_int_equal(
        kgb_buf_printf(&path, DATA "bad/%s.gold.tsv", cases[i].file), KGB_OK);
    assert_int_equal(kgb_buf_printf(&where, "%s:3: ", path.data), KGB_OK);
    KgbGold *gold = NULL;
    char *err = NULL;
    assert_int_equal(kgb_gold_load(path.data, NULL, &gold, &err),
                     KGB_ERR_PARSE);
    assert_null(gold);
    assert_non_null(err);
    if (strncmp(err, where.data, where.len) != 0 ||
        !strstr(err, cases[i].msg)) {
      fail_msg("%s: want '%s...%s', got '%s'", cases[i].file, where.data,
               cases[i].msg, err);
    }
    free(err);
    kgb_buf_free(&path);
    kgb_buf_free(&where);
  }
  /* from a buffer: the name given stands for the file; invalid UTF-8 */
  KgbGold *gold = NULL;
  char *err = NULL;
  static const char text[] =
      "# ok\nA\ttype\tFilm\tcore\nB\xff\ttype\tFilm\tcore\n";
  assert_int_equal(
      kgb_gold_parse("mem.tsv", text, sizeof text - 1, NULL, &gold, &err),
      KGB_ERR_PARSE);
  assert_non_null(strstr(err, "mem.tsv:3: invalid UTF-8"));
  free(err);
  /* a missing file is an I/O error naming it */
  err = NULL;
  assert_int_equal(kgb_gold_load(DATA "nothing.gold.tsv", NULL, &gold, &err),
                   KGB_ERR_IO);
  assert_non_null(strstr(err, "nothing.gold.tsv: No such file"));
  free(err);
  /* err may be NULL */
  assert_int_equal(kgb_gold_load(DATA "bad/class.gold.tsv", NULL, &gold, NULL),
                   KGB_ERR_PARSE);
  assert_null(gold);
}

static void eval_bad_rdf(void **state) {
  (void)state;
  static const struct {
    const char *path;
    KgbStatus st;
    const char *msg;
  } cases[] = {
      {DATA "bad/broken.ttl", KGB_ERR_PARSE, DATA "bad/broken.ttl:4"},
      {DATA "bad/broken.nt", KGB_ERR_PARSE, DATA "bad/broken.nt:2"},
      {DATA "nothing.nt", KGB_ERR_IO, "nothing.nt: No such file"},
      {DATA "exact.gold.tsv", KGB_ERR_USAGE, "unknown RDF file type"},
      {DATA "exact.ttl", KGB_OK, NULL},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    KgbEvalGraph *g = NULL;
    char *err = NULL;
    KgbStatus st = kgb_eval_graph_load_rdf(cases[i].path, NULL, &g, &err);
    if (st != cases[i].st ||
        (cases[i].msg && (!err || !strstr(err, cases[i].msg)))) {
      fail_msg("%s: want %s '%s', got %s '%s'", cases[i].path,
               kgb_strerror(cases[i].st), cases[i].msg, kgb_strerror(st),
               err ? err : "");
    }
    assert_true(st == KGB_OK ? g != NULL : g == NULL);
    free(err);
    kgb_eval_graph_free(g);
  }
  static const char junk[] = "<https://w3id.org/kgb/id/a> is not RDF\n";
  KgbEvalGraph *g = NULL;
  char *err = NULL;
  assert_int_equal(kgb_eval_graph_parse_rdf("mem.nt", "ntriples", junk,
                                            sizeof junk - 1, NULL, &g, &err),
                   KGB_ERR_PARSE);
  assert_null(g);
  assert_non_null(strstr(err, "mem.nt:1"));
  free(err);
  assert_int_equal(kgb_eval_graph_parse_rdf("mem.x", "klingon", junk,
                                            sizeof junk - 1, NULL, &g, NULL),
                   KGB_ERR_USAGE);
  assert_string_equal(kgb_eval_rdf_syntax("a/B.TTL"), "turtle");
  assert_string_equal(kgb_eval_rdf_syntax("x.nq"), "nquads");
  assert_string_equal(kgb_eval_rdf_syntax("x.rdf"), "rdfxml");
  assert_null(kgb_eval_rdf_syntax("x.txt"));
  assert_null(kgb_eval_rdf_syntax(".nt"));
  assert_true(kgb_eval_is_article("a.HTM"));
  assert_false(kgb_eval_is_article("a.nt"));
}

/* ---- the command --------------------------------------------------------- */

static void expect_line(const char *out, const char *line) {
  if (!strstr(out, line)) {
    fail_msg("expected the line\n%s\nin:\n%s", line, out);
  }
}

static void eval_cli_scores(void **state) {
  (void)state;
  char *out = NULL;
  int rc = kgb_test_sh(&out,
                       "%s eval " DATA "exact.gold.tsv " DATA "exact.ttl " DATA
                       "variants.gold.tsv " DATA "variants.nt",
                       kgb_test_bin());
  if (rc != 0) {
    fail_msg("exit %d: %s", rc, out);
  }
  expect_line(out, DATA "exact.gold.tsv: P=1.000 R=1.000 F1=1.000 "
                        "(4/4 extracted, 4/4 core)\n");
  expect_line(out, DATA "variants.gold.tsv: P=0.833 R=0.714 F1=0.769 "
                        "(5/6 extracted, 5/7 core)\n");
  expect_line(out, "micro-average (2 pairs): P=0.900 R=0.818 F1=0.857 "
                   "(9/10 extracted, 9/11 core)\n");
  expect_line(out, "\ndirectedBy                 2       2     2            2 "
                   " 1.000  1.000  1.000\n");
  expect_line(out, "\nstarring                   0       0     1            0 "
                   "     -  0.000  0.000\n");
  expect_line(out, "\ntype                       6       5     6            5 "
                   " 0.833  0.833  0.833\n");
  assert_null(strstr(out, "unexpected")); /* only with --verbose */
  free(out);

  rc = kgb_test_sh(
      &out, "%s eval --verbose " DATA "variants.gold.tsv " DATA "variants.nt",
      kgb_test_bin());
  assert_int_equal(rc, 0);
  expect_line(out, "  missed core facts (2):\n"
                   "    10:\tDon't Leave\tstarring\tBurak Deniz\n"
                   "    11:\tAdana\ttype\tCity\n");
  expect_line(out, "  unexpected facts (1):\n    Adana\ttype\tCountry\n");
  free(out);

  rc = kgb_test_sh(&out,
                   "%s eval -v " DATA "literals.gold.tsv " DATA "literals.nt",
                   kgb_test_bin());
  assert_int_equal(rc, 0);
  expect_line(out, "    Don't Leave\tfilmingEnd\t\"2022 03\"\n");
  free(out);
}

static void eval_cli_exit_codes(void **state) {
  (void)state;
  static const struct {
    const char *args;
    int code;
    const char *msg;
  } cases[] = {
      {"", 2, "usage: kgb eval"},
      {DATA "exact.gold.tsv", 2, "pairs of GOLD.tsv GRAPH"},
      {DATA "exact.gold.tsv " DATA "exact.ttl --bogus", 2, "unknown option"},
      {DATA "exact.gold.tsv " DATA "exact.gold.tsv", 2, "GRAPH must be RDF"},
      {DATA "missing.gold.tsv " DATA "exact.ttl", 3,
       "missing.gold.tsv: No such file"},
      {DATA "exact.gold.tsv " DATA "missing.nt", 3, "missing.nt: No such file"},
      {DATA "bad/status.gold.tsv " DATA "exact.ttl", 3,
       "bad/status.gold.tsv:3: bad status"},
      {DATA "exact.gold.tsv " DATA "bad/broken.ttl", 3, "bad/broken.ttl:4"},
      {"--help", 0, "usage: kgb eval"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char *out = NULL;
    int rc = kgb_test_sh(&out, "%s eval %s", kgb_test_bin(), cases[i].args);
    if (rc != cases[i].code || !strstr(out, cases[i].msg)) {
      fail_msg("kgb eval %s: want exit %d and '%s'; got %d: %s", cases[i].args,
               cases[i].code, cases[i].msg, rc, out);
    }
    if (rc != 0) {
      assert_null(strstr(out, "P=")); /* no score after an error */
    }
    free(out);
  }
  /* every unreadable file is named, not only the first */
  char *out = NULL;
  int rc = kgb_test_sh(&out,
                       "%s eval " DATA "bad/date.gold.tsv " DATA
                       "exact.ttl " DATA "exact.gold.tsv " DATA "bad/broken.nt",
                       kgb_test_bin());
  assert_int_equal(rc, 3);
  expect_line(out, "bad/date.gold.tsv:3:");
  expect_line(out, "bad/broken.nt:2");
  free(out);
}

/* An article is extracted on its own first: the figures depend on the
 * extractor, so only their shape is checked here. */
static void eval_cli_article(void **state) {
  (void)state;
  char *out = NULL;
  int rc = kgb_test_sh(&out,
                       "%s eval samples/004_71a4062dbff8071c.gold.tsv "
                       "samples/004_71a4062dbff8071c.txt " DATA
                       "exact.gold.tsv " DATA "exact.ttl",
                       kgb_test_bin());
  if (rc != 0) {
    fail_msg("exit %d: %s", rc, out);
  }
  expect_line(out, "samples/004_71a4062dbff8071c.gold.tsv: P=");
  expect_line(out, "micro-average (2 pairs): P=");
  /* 23 core lines in the sample, 4 in exact */
  expect_line(out, "/27 core)\n");
  free(out);
}

const struct CMUnitTest kgb_tests_eval[] = {
    cmocka_unit_test(eval_exact_turtle),
    cmocka_unit_test(eval_spelling_variants),
    cmocka_unit_test(eval_symmetric_relations),
    cmocka_unit_test(eval_duplicates_cost_precision),
    cmocka_unit_test(eval_optional_lines),
    cmocka_unit_test(eval_maximum_matching_core_first),
    cmocka_unit_test(eval_literals_numbers_dates),
    cmocka_unit_test(eval_other_vocabularies_ignored),
    cmocka_unit_test(eval_micro_average),
    cmocka_unit_test(eval_graph_from_buffer),
    cmocka_unit_test(eval_samples_gold_files_load),
    cmocka_unit_test(eval_bad_gold_lines),
    cmocka_unit_test(eval_bad_rdf),
    cmocka_unit_test(eval_cli_scores),
    cmocka_unit_test(eval_cli_exit_codes),
    cmocka_unit_test(eval_cli_article),
};
const size_t kgb_tests_eval_count =
    sizeof kgb_tests_eval / sizeof kgb_tests_eval[0];
