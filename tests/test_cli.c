/* test_cli.c: the kgb command end to end, its outputs judged by real
 * consumers (rapper, serdi, rdflib, xmllint + the GraphML XSD, networkx,
 * Graphviz), and its behaviour on bad input. */
#include "kgb_test.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define V "https://w3id.org/kgb/vocab#"
#define ID "https://w3id.org/kgb/id/"

static const char *const outputs[] = {"graph.ttl", "graph.nt", "graph.graphml",
                                      "graph.dot", "graph.svg"};

/* One build of the samples shared by the consumer tests (built once). */
static char *samples_dir;

static const char *samples_out(void) {
  if (!samples_dir) {
    samples_dir = kgb_test_tmpdir();
    char *log = NULL;
    int rc = kgb_test_sh(&log, "%s build -o '%s/out' samples", kgb_test_bin(),
                         samples_dir);
    if (rc != 0) {
      fail_msg("kgb build samples failed (%d): %s", rc, log);
    }
    free(log);
  }
  return samples_dir;
}

static void cli_help_and_version(void **state) {
  (void)state;
  char *out = NULL;
  assert_int_equal(kgb_test_sh(&out, "%s --help", kgb_test_bin()), 0);
  assert_non_null(strstr(out, "Exit status"));
  assert_non_null(strstr(out, "some inputs failed"));
  free(out);
  assert_int_equal(kgb_test_sh(&out, "%s build --help", kgb_test_bin()), 0);
  assert_non_null(strstr(out, "graph.graphml"));
  free(out);
  assert_int_equal(kgb_test_sh(&out, "%s extract --help", kgb_test_bin()), 0);
  assert_non_null(strstr(out, "ntriples"));
  free(out);
  assert_int_equal(kgb_test_sh(&out, "%s --version", kgb_test_bin()), 0);
  assert_non_null(strstr(out, "kgb "));
  free(out);
  assert_int_equal(kgb_test_sh(&out, "%s frobnicate", kgb_test_bin()), 2);
  assert_non_null(strstr(out, "unknown command"));
  free(out);
  assert_int_equal(kgb_test_sh(&out, "%s build --bogus", kgb_test_bin()), 2);
  free(out);
  assert_int_equal(kgb_test_sh(&out, "%s", kgb_test_bin()), 2);
  free(out);
}

static void cli_build_samples_writes_five_files(void **state) {
  (void)state;
  char *dir = kgb_test_tmpdir();
  char *out = NULL;
  /* default input is samples/, default output out/ (run in a scratch cwd) */
  int rc =
      kgb_test_sh(&out, "cp -r samples '%s/' && cd '%s' && %s build", dir, dir,
                  kgb_test_bin()[0] == '/' ? kgb_test_bin() : "$OLDPWD/kgb");
  assert_int_equal(rc, 0);
  assert_non_null(strstr(out, "documents: 2 read"));
  assert_non_null(strstr(out, "Film"));
  assert_non_null(strstr(out, "filmedIn"));
  for (size_t i = 0; i < sizeof outputs / sizeof outputs[0]; i++) {
    KgbBuf p = {0};
    assert_int_equal(kgb_buf_printf(&p, "%s/out/%s", dir, outputs[i]), KGB_OK);
    size_t len = 0;
    char *text = kgb_test_slurp(p.data, &len);
    assert_non_null(text);
    assert_true(len > 100);
    assert_non_null(strstr(out, outputs[i])); /* the summary lists it */
    free(text);
    kgb_buf_free(&p);
  }
  free(out);
  kgb_test_rmdir(dir);
}

/* The minimum facts the Foundation issue asks of the samples. */
static void cli_samples_minimum_facts(void **state) {
  (void)state;
  static const char *const triples[] = {
      "<" ID
      "work/dont-leave> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" V
      "Film>",
      "<" ID "work/dont-leave> <" V "originalTitle> \"Kal\"",
      "<" ID "work/dont-leave> <" V "directedBy> <" ID "person/ozan-aciktan>",
      "<" ID "work/dont-leave> <" V "starring> <" ID "person/burak-deniz>",
      "<" ID "work/dont-leave> <" V "starring> <" ID
      "person/dilan-cicek-deniz>",
      "<" ID "work/dont-leave> <" V "filmedIn> <" ID "city/adana>",
      "<" ID "work/dont-leave> <" V "filmedIn> <" ID "country/turkey>",
      "<" ID "city/adana> <" V "locatedIn> <" ID "country/turkey>",
      "<" ID "character/defne> <" V "movedTo> <" ID "country/germany>",
      "<" ID "character/defne> <" V "dated> <" ID "character/semih>",
      "<" ID "work/dont-leave> <http://www.w3.org/2000/01/rdf-schema#label> "
      "\"Don\\u2019t Leave\"",
  };
  KgbBuf p = {0};
  assert_int_equal(kgb_buf_printf(&p, "%s/out/graph.nt", samples_out()),
                   KGB_OK);
  char *nt = kgb_test_slurp(p.data, NULL);
  assert_non_null(nt);
  for (size_t i = 0; i < sizeof triples / sizeof triples[0]; i++) {
    if (!strstr(nt, triples[i])) {
      /* raptor may write the label's curly apostrophe raw */
      if (strstr(triples[i], "\\u2019") &&
          strstr(nt, "\"Don\xe2\x80\x99t Leave\"")) {
        continue;
      }
      fail_msg("missing from graph.nt: %s", triples[i]);
    }
  }
  free(nt);
  kgb_buf_free(&p);
}

static void consumer(const char *tool, const char *fmt, const char *file) {
  kgb_test_require(tool);
  char *out = NULL;
  int rc = kgb_test_sh(&out, fmt, samples_out(), file);
  if (rc != 0) {
    fail_msg("%s rejected %s (%d): %.600s", tool, file, rc, out);
  }
  free(out);
}

/* Golden: the samples give exactly the sorted set of facts, types and labels
 * in tests/golden/samples.nt (evidence and analysis figures left out).
 * `make golden` rewrites it after a deliberate change; review the diff. */
static void cli_samples_golden(void **state) {
  (void)state;
  char *out = NULL;
  int rc = kgb_test_sh(
      &out,
      "grep -v -e '/evidence/' -e '/analysis#' '%s/out/graph.nt' | LC_ALL=C "
      "sort | diff -u tests/golden/samples.nt -",
      samples_out());
  if (rc != 0) {
    fail_msg("the samples' facts differ from tests/golden/samples.nt "
             "(make golden updates it):\n%.4000s",
             out);
  }
  free(out);
  size_t len = 0;
  char *golden = kgb_test_slurp("tests/golden/samples.nt", &len);
  assert_non_null(golden);
  assert_true(len > 1000); /* never an empty golden file */
  free(golden);
}

static void cli_rdf_consumers(void **state) {
  (void)state;
  consumer("rapper", "rapper -q -i turtle -c '%s/out/%s'", "graph.ttl");
  consumer("rapper", "rapper -q -i ntriples -c '%s/out/%s'", "graph.nt");
  consumer("serdi", "serdi -i turtle -o ntriples '%s/out/%s' >/dev/null",
           "graph.ttl");
  consumer("serdi", "serdi -i ntriples -o ntriples '%s/out/%s' >/dev/null",
           "graph.nt");
  consumer(
      "python3",
      "/usr/bin/python3 -c 'import sys, rdflib, rdflib.compare as c\n"
      "d = sys.argv[1]\n"
      "t = rdflib.Graph().parse(d + \"/out/graph.ttl\", format=\"turtle\")\n"
      "n = rdflib.Graph().parse(d + \"/out/graph.nt\", format=\"nt\")\n"
      "assert len(t) > 100, len(t)\n"
      "assert c.isomorphic(t, n), \"turtle and n-triples differ\"\n"
      "' '%s' # %s",
      "rdflib");
}

static void cli_graphml_consumers(void **state) {
  (void)state;
  consumer("xmllint",
           "XML_CATALOG_FILES=tests/data/xsd/catalog.xml xmllint --nonet "
           "--noout --schema "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd "
           "'%s/out/%s'",
           "graph.graphml");
  consumer("python3",
           "/usr/bin/python3 -c 'import sys, networkx as nx\n"
           "g = nx.read_graphml(sys.argv[1])\n"
           "assert g.is_directed()\n"
           "assert g.number_of_nodes() > 10 and g.number_of_edges() > 10\n"
           "names = {d.get(\"name\") for _, d in g.nodes(data=True)}\n"
           "assert \"Adana\" in names, names\n"
           "assert all(isinstance(d[\"degree\"], int) for _, d in "
           "g.nodes(data=True))\n"
           "' '%s/out/%s'",
           "graph.graphml");
}

static void cli_dot_renders_without_warnings(void **state) {
  (void)state;
  kgb_test_require("dot");
  char *out = NULL;
  int rc = kgb_test_sh(&out, "dot -Tsvg -o /dev/null '%s/out/graph.dot'",
                       samples_out());
  assert_int_equal(rc, 0);
  if (strstr(out, "Warning") || strstr(out, "Error")) {
    fail_msg("dot warned: %s", out);
  }
  free(out);
  consumer("xmllint", "xmllint --noout '%s/out/%s'", "graph.svg");
}

static void cli_builds_are_byte_identical(void **state) {
  (void)state;
  char *dir = kgb_test_tmpdir();
  char *out = NULL;
  /* inputs in the other order, and through a second run */
  assert_int_equal(
      kgb_test_sh(&out,
                  "%s build -q -o '%s/b' samples/004_71a4062dbff8071c.txt "
                  "samples/000_ae456bb6fe98eb93.txt",
                  kgb_test_bin(), dir),
      0);
  free(out);
  for (size_t i = 0; i < sizeof outputs / sizeof outputs[0]; i++) {
    int rc = kgb_test_sh(&out, "cmp '%s/out/%s' '%s/b/%s'", samples_out(),
                         outputs[i], dir, outputs[i]);
    if (rc != 0) {
      fail_msg("%s differs between runs: %s", outputs[i], out);
    }
    free(out);
  }
  kgb_test_rmdir(dir);
}

/* A good article beside each bad input: the good one still makes it into the
 * graph, the bad one is named, and the exit code is 1. */
static void expect_partial(const char *dir, const char *bad, const char *msg) {
  char *out = NULL;
  int rc = kgb_test_sh(&out, "%s build -o '%s/out' '%s' '%s/good.txt'",
                       kgb_test_bin(), dir, bad, dir);
  if (rc != 1 || !strstr(out, bad) || !strstr(out, msg)) {
    fail_msg("for %s expected exit 1 naming it with '%s'; got %d: %s", bad, msg,
             rc, out);
  }
  assert_non_null(strstr(out, "documents: 1 read, 1 failed"));
  free(out);
  KgbBuf p = {0};
  assert_int_equal(kgb_buf_printf(&p, "%s/out/graph.nt", dir), KGB_OK);
  char *nt = kgb_test_slurp(p.data, NULL);
  assert_non_null(nt);
  assert_non_null(strstr(nt, "lena-ortiz"));
  free(nt);
  kgb_buf_free(&p);
}

static void cli_bad_inputs(void **state) {
  (void)state;
  char *dir = kgb_test_tmpdir();
  KgbBuf p = {0};
  static const char good[] =
      "Night Harbor is a 2019 drama film directed by Lena Ortiz.\n";
#define MAKE(name_, bytes_, n_)                                                \
  do {                                                                         \
    kgb_buf_clear(&p);                                                         \
    assert_int_equal(kgb_buf_printf(&p, "%s/%s", dir, name_), KGB_OK);         \
    kgb_test_write(p.data, bytes_, n_);                                        \
  } while (0)
  MAKE("good.txt", good, sizeof good - 1);
  MAKE("empty.txt", "", 0);
  MAKE("binary.txt", "ab\0\1\2cd", 7);
  MAKE("latin1.txt", "Caf\xe9 au lait is a film.", 23);
  kgb_buf_clear(&p);
  assert_int_equal(kgb_buf_printf(&p, "%s/noarticles", dir), KGB_OK);
  assert_int_equal(
      kgb_test_sh(NULL, "mkdir -p '%s' && touch '%s/notes.md'", p.data, p.data),
      0);
  struct {
    const char *name, *msg;
  } cases[] = {
      {"missing.txt", "No such file"}, {"empty.txt", "empty"},
      {"binary.txt", "binary"},        {"latin1.txt", "byte 3"},
      {"noarticles", "no .txt"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    kgb_buf_clear(&p);
    assert_int_equal(kgb_buf_printf(&p, "%s/%s", dir, cases[i].name), KGB_OK);
    expect_partial(dir, p.data, cases[i].msg);
  }
  kgb_buf_free(&p);
  kgb_test_rmdir(dir);
#undef MAKE
}

static void cli_long_line(void **state) {
  (void)state;
  char *dir = kgb_test_tmpdir();
  char *out = NULL;
  /* 10 MB on one line, no newline at all */
  assert_int_equal(
      kgb_test_sh(&out,
                  "/usr/bin/python3 -c 'import sys; sys.stdout.write((\"Lena "
                  "Ortiz directed Night Harbor, a film shot in Lisbon, and \" "
                  "* 200000)[:10000000])' > '%s/long.txt'",
                  dir),
      0);
  free(out);
  int rc = kgb_test_sh(&out, "%s build -q -o '%s/out' '%s/long.txt'",
                       kgb_test_bin(), dir, dir);
  if (rc != 0) {
    fail_msg("10 MB line: exit %d: %.500s", rc, out);
  }
  free(out);
  kgb_test_rmdir(dir);
}

static void cli_unwritable_output_fails_first(void **state) {
  (void)state;
  char *dir = kgb_test_tmpdir();
  char *out = NULL;
  /* a path under a regular file can never be created, even by root */
  assert_int_equal(kgb_test_sh(NULL, "touch '%s/file'", dir), 0);
  int rc = kgb_test_sh(&out, "%s build -o '%s/file/out' samples",
                       kgb_test_bin(), dir);
  assert_int_equal(rc, 3);
  assert_non_null(strstr(out, "file/out"));
  assert_null(strstr(out, "documents:")); /* failed before any work */
  free(out);
  rc = kgb_test_sh(&out, "%s build -o /proc/kgb-out samples", kgb_test_bin());
  assert_int_equal(rc, 3);
  free(out);
  /* nothing left behind */
  assert_int_equal(kgb_test_sh(&out, "ls -A '%s'", dir), 0);
  assert_string_equal(out, "file\n");
  free(out);
  /* all inputs bad: fatal, and no output files */
  rc = kgb_test_sh(&out, "%s build -o '%s/o2' '%s/nothing.txt'", kgb_test_bin(),
                   dir, dir);
  assert_int_equal(rc, 3);
  free(out);
  assert_int_equal(kgb_test_sh(&out, "ls -A '%s/o2'", dir), 0);
  assert_string_equal(out, "");
  free(out);
  kgb_test_rmdir(dir);
}

static void cli_extract_streams(void **state) {
  (void)state;
  char *out = NULL;
  /* stdin to N-Triples, parsed by a real parser */
  int rc = kgb_test_sh(
      &out,
      "%s extract < samples/004_71a4062dbff8071c.txt | rapper -q -i ntriples "
      "-o ntriples - http://x/ | grep -c 'vocab#' ",
      kgb_test_bin());
  assert_int_equal(rc, 0);
  assert_true(strtol(out, NULL, 10) > 10);
  free(out);
  /* several documents: each one's facts, one after the other */
  rc = kgb_test_sh(&out,
                   "%s extract --format turtle samples | rapper -q -i turtle "
                   "-c - http://x/",
                   kgb_test_bin());
  if (rc != 0) {
    fail_msg("turtle stream rejected: %s", out);
  }
  free(out);
  rc = kgb_test_sh(&out, "%s extract samples | grep -c '^<'", kgb_test_bin());
  assert_int_equal(rc, 0);
  assert_true(strtol(out, NULL, 10) > 50);
  free(out);
  /* N-Quads: each document's facts in its own graph; the union of the
   * graphs is the N-Triples stream (rdflib's isomorphism check) */
  char *dir = kgb_test_tmpdir();
  rc = kgb_test_sh(&out,
                   "%s extract -q -f nquads samples > '%s/x.nq' && %s extract "
                   "-q samples > '%s/x.nt' && /usr/bin/python3 -c 'import "
                   "rdflib, sys\n"
                   "d = rdflib.ConjunctiveGraph()\n"
                   "d.parse(sys.argv[1], format=\"nquads\")\n"
                   "docs = {c.identifier for c in d.contexts() if "
                   "\"/kgb/doc/\" in str(c.identifier)}\n"
                   "assert len(docs) == 2, docs\n"
                   "u = rdflib.Graph()\n"
                   "for t in d.triples((None, None, None)):\n"
                   "    u.add(t)\n"
                   "g = rdflib.Graph().parse(sys.argv[2], format=\"nt\")\n"
                   "from rdflib.compare import isomorphic\n"
                   "assert len(g) > 100 and isomorphic(u, g)\n"
                   "print(\"ok\")' '%s/x.nq' '%s/x.nt'",
                   kgb_test_bin(), dir, kgb_test_bin(), dir, dir, dir);
  if (rc != 0 || strcmp(out, "ok\n") != 0) {
    fail_msg("extract -f nquads (%d): %s", rc, out);
  }
  free(out);
  kgb_test_rmdir(dir);
  rc = kgb_test_sh(&out, "%s extract --format xml samples", kgb_test_bin());
  assert_int_equal(rc, 2);
  free(out);
  /* a closed or full stdout is an error, not silence */
  if (access("/dev/full", W_OK) == 0) {
    rc = kgb_test_sh(&out, "%s extract samples > /dev/full", kgb_test_bin());
    assert_int_equal(rc, 3);
    free(out);
  }
}

static int teardown_samples(void **state) {
  (void)state;
  kgb_test_rmdir(samples_dir);
  samples_dir = NULL;
  return 0;
}

const struct CMUnitTest kgb_tests_cli[] = {
    cmocka_unit_test(cli_help_and_version),
    cmocka_unit_test(cli_build_samples_writes_five_files),
    cmocka_unit_test(cli_samples_minimum_facts),
    cmocka_unit_test(cli_samples_golden),
    cmocka_unit_test(cli_rdf_consumers),
    cmocka_unit_test(cli_graphml_consumers),
    cmocka_unit_test(cli_dot_renders_without_warnings),
    cmocka_unit_test(cli_builds_are_byte_identical),
    cmocka_unit_test(cli_bad_inputs),
    cmocka_unit_test(cli_long_line),
    cmocka_unit_test(cli_unwritable_output_fails_first),
    cmocka_unit_test_teardown(cli_extract_streams, teardown_samples),
};
const size_t kgb_tests_cli_count =
    sizeof kgb_tests_cli / sizeof kgb_tests_cli[0];
