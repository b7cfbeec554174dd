/*
 * main.c: the kgb command line.
 *
 *   kgb build   [INPUT...] [-o DIR]   the whole pipeline, five output files
 *   kgb extract [INPUT...]            facts of each document to stdout,
 * streaming kgb eval    GOLD GRAPH...         precision / recall / F1 against
 * gold files
 *
 * The CLI only wires the public headers together: input -> extractor -> graph
 * -> export. Exit codes are the KgbExit enum, documented in --help and README.
 */
#include "../export/export.h"
#include "../input/input.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#ifndef KGB_VERSION
#define KGB_VERSION "0.1.0"
#endif

/// Exit codes of the kgb command (documented in --help, README and kgb.1).
typedef enum {
  KGB_EXIT_OK = 0,      ///< everything read and written
  KGB_EXIT_PARTIAL = 1, ///< some inputs failed; output written for the rest
  KGB_EXIT_USAGE = 2,   ///< bad command line
  KGB_EXIT_FATAL = 3,   ///< nothing written: no usable input, output error...
} KgbExit;

static const char *const usage_main =
    "usage: kgb COMMAND [OPTIONS] [INPUT...]\n"
    "\n"
    "kgb turns articles (plain text, HTML) into a knowledge graph.\n"
    "\n"
    "Commands:\n"
    "  build    extract, resolve and export the graph of all inputs\n"
    "           (default input: samples/, default output folder: out/)\n"
    "  extract  write each document's facts to standard output as it is read\n"
    "           (a stream filter for GNU parallel, Hadoop Streaming, Spark "
    "pipe)\n"
    "  eval     score extracted graphs against gold files (GOLD-FORMAT.md)\n"
    "\n"
    "Options for every command:\n"
    "  -h, --help     this help (kgb COMMAND --help for a command's own)\n"
    "  --version      print the version\n"
    "\n"
    "INPUT is a file, a folder (searched recursively for .txt, .html, .htm)\n"
    "or - for standard input.\n"
    "\n"
    "Exit status:\n"
    "  0  success\n"
    "  1  some inputs failed (each is reported); output was written for the "
    "rest\n"
    "  2  usage error\n"
    "  3  fatal error: nothing usable was read, or output could not be "
    "written\n";

static const char *const usage_build =
    "usage: kgb build [INPUT...] [-o DIR] [--rules DIR] [--no-provenance]\n"
    "                 [--quiet]\n"
    "\n"
    "Reads every INPUT (default: samples/), extracts entities and facts,\n"
    "resolves entities across documents and writes, atomically:\n"
    "  DIR/graph.ttl      Turtle (raptor2)\n"
    "  DIR/graph.nt       N-Triples (raptor2)\n"
    "  DIR/graph.graphml  GraphML 1.1 (libxml2) for Neo4j, Gephi, networkx\n"
    "  DIR/graph.dot      Graphviz DOT (cgraph)\n"
    "  DIR/graph.svg      the diagram, when Graphviz's layout plugins exist\n"
    "then prints a summary. DIR defaults to out/ and is checked for writing\n"
    "before any work.\n"
    "\n"
    "Options:\n"
    "  -o, --output DIR   output folder (created if missing)\n"
    "  --rules DIR        add the rule files of DIR to the built-in rules\n"
    "  --no-provenance    leave out the evidence of each fact (reification)\n"
    "  -q, --quiet        no progress and no summary\n"
    "\n"
    "Exit status: 0 success, 1 some inputs failed, 2 usage, 3 fatal.\n";

static const char *const usage_extract =
    "usage: kgb extract [INPUT...] [--format ntriples|turtle] [--rules DIR]\n"
    "                   [--no-provenance] [--quiet]\n"
    "\n"
    "Writes the facts of each document to standard output as soon as it is\n"
    "read, one document at a time (default INPUT: - , standard input).\n"
    "Entity IRIs come from names, so the outputs of shards merge by union.\n"
    "\n"
    "Options:\n"
    "  -f, --format F     ntriples (default) or turtle\n"
    "  --rules DIR        add the rule files of DIR to the built-in rules\n"
    "  --no-provenance    leave out the evidence of each fact\n"
    "  -q, --quiet        no progress on standard error\n"
    "\n"
    "Exit status: 0 success, 1 some inputs failed, 2 usage, 3 fatal.\n";

static const char *const usage_eval =
    "usage: kgb eval GOLD.tsv GRAPH [GOLD.tsv GRAPH...] [--verbose]\n"
    "\n"
    "Scores each GRAPH against its GOLD file as GOLD-FORMAT.md defines:\n"
    "precision, recall and F1 per article and micro-averaged, a table per\n"
    "relation, and (with --verbose) the missed and unexpected facts.\n"
    "GRAPH is an RDF file (.ttl, .nt, .nq, .rdf) or an article (.txt, .html)\n"
    "that is extracted first.\n"
    "\n"
    "Exit status: 0 success, 2 usage, 3 a file could not be read or parsed.\n";

/* ---- small helpers
 * ------------------------------------------------------------ */

static void errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void errorf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("kgb: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

static bool is_flag(const char *arg, const char *s, const char *l) {
  return (s && strcmp(arg, s) == 0) || (l && strcmp(arg, l) == 0);
}

/// Options shared by build and extract.
typedef struct {
  const char **inputs;
  size_t n_inputs;
  const char *outdir;
  const char *rules_dir;
  const char *format;
  bool provenance;
  bool quiet;
  bool verbose;
} Options;

/// Parse argv[first..]; returns -1 on success, else the exit code to use.
static int parse_options(int argc, char **argv, int first, const char *usage,
                         Options *o) {
  o->inputs = calloc((size_t)argc, sizeof *o->inputs);
  if (!o->inputs) {
    errorf("out of memory");
    return KGB_EXIT_FATAL;
  }
  bool only_inputs = false;
  for (int i = first; i < argc; i++) {
    const char *a = argv[i];
    if (only_inputs || a[0] != '-' || strcmp(a, "-") == 0) {
      o->inputs[o->n_inputs++] = a;
      continue;
    }
    if (strcmp(a, "--") == 0) {
      only_inputs = true;
    } else if (is_flag(a, "-h", "--help")) {
      fputs(usage, stdout);
      return KGB_EXIT_OK;
    } else if (is_flag(a, "-q", "--quiet")) {
      o->quiet = true;
    } else if (is_flag(a, "-v", "--verbose")) {
      o->verbose = true;
    } else if (is_flag(a, NULL, "--no-provenance")) {
      o->provenance = false;
    } else if (is_flag(a, "-o", "--output") || is_flag(a, NULL, "--rules") ||
               is_flag(a, "-f", "--format")) {
      if (i + 1 >= argc) {
        errorf("%s needs a value\n%s", a, usage);
        return KGB_EXIT_USAGE;
      }
      const char *v = argv[++i];
      if (is_flag(a, "-o", "--output")) {
        o->outdir = v;
      } else if (is_flag(a, NULL, "--rules")) {
        o->rules_dir = v;
      } else {
        o->format = v;
      }
    } else {
      errorf("unknown option '%s'\n%s", a, usage);
      return KGB_EXIT_USAGE;
    }
  }
  return -1;
}

static KgbStatus load_rules(const Options *o, KgbRules **out) {
  char *err = NULL;
  KgbStatus st = kgb_rules_new_default(out, &err);
  if (st != KGB_OK) {
    errorf("built-in rules: %s", err ? err : kgb_strerror(st));
    free(err);
    return st;
  }
  if (o->rules_dir) {
    st = kgb_rules_load_dir(*out, o->rules_dir, &err);
    if (st != KGB_OK) {
      errorf("%s", err ? err : kgb_strerror(st));
      free(err);
      kgb_rules_free(*out);
      *out = NULL;
    }
  }
  return st;
}

/// Progress on stderr when it is a terminal: documents, MB, rate.
typedef struct {
  bool on;
  struct timespec start;
  struct timespec last;
} Progress;

static double seconds_since(const struct timespec *t) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (double)(now.tv_sec - t->tv_sec) +
         (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

static void progress_init(Progress *p, bool quiet) {
  p->on = !quiet && isatty(STDERR_FILENO);
  clock_gettime(CLOCK_MONOTONIC, &p->start);
  p->last = p->start;
}

static void progress_tick(Progress *p, const KgbInput *in, bool final) {
  if (!p->on || (!final && seconds_since(&p->last) < 0.25)) {
    return;
  }
  clock_gettime(CLOCK_MONOTONIC, &p->last);
  double mb = (double)kgb_input_bytes(in) / 1e6;
  double secs = seconds_since(&p->start);
  fprintf(stderr, "\r%zu documents, %.1f MB, %.1f MB/s%s",
          kgb_input_documents(in), mb, secs > 0 ? mb / secs : 0.0,
          final ? "\n" : "");
}

static void report_input_error(const KgbInputError *err) {
  errorf("%s: %s", err->path ? err->path : "(input)",
         err->message ? err->message : kgb_strerror(err->status));
}

/* ---- build
 * ---------------------------------------------------------------------- */

/// Create @p dir if needed and prove it writable by creating a file in it.
static KgbStatus check_outdir(const char *dir) {
  struct stat sb;
  if (stat(dir, &sb) != 0) {
    if (mkdir(dir, 0777) != 0) {
      errorf("%s: cannot create output folder: %s", dir, strerror(errno));
      return KGB_ERR_IO;
    }
  } else if (!S_ISDIR(sb.st_mode)) {
    errorf("%s: output path exists and is not a folder", dir);
    return KGB_ERR_IO;
  }
  KgbBuf probe = {0};
  if (kgb_buf_printf(&probe, "%s/graph.probe", dir) != KGB_OK) {
    return KGB_ERR_NOMEM;
  }
  KgbOutFile *f = NULL;
  KgbStatus st = kgb_outfile_open(probe.data, &f);
  if (st != KGB_OK) {
    errorf("%s: output folder is not writable: %s", dir, strerror(errno));
  }
  kgb_outfile_abort(f);
  kgb_buf_free(&probe);
  return st;
}

typedef struct {
  const char *name;
  size_t count;
} Tally;

/// Count names into a small sorted table (classes and relations are few).
static void tally_add(Tally *t, size_t *n, size_t cap, const char *name) {
  for (size_t i = 0; i < *n; i++) {
    if (strcmp(t[i].name, name) == 0) {
      t[i].count++;
      return;
    }
  }
  if (*n < cap) {
    t[(*n)++] = (Tally){name, 1};
  }
}

static int cmp_tally(const void *a, const void *b) {
  return strcmp(((const Tally *)a)->name, ((const Tally *)b)->name);
}

static void print_summary(const KgbGraph *g, size_t failures,
                          const char *const *files, size_t n_files) {
  enum { CAP = 128 };
  Tally classes[CAP], relations[CAP];
  size_t nc = 0, nr = 0;
  for (size_t i = 0; i < kgb_graph_node_count(g); i++) {
    tally_add(classes, &nc, CAP, kgb_graph_node(g, i)->cls);
  }
  for (size_t i = 0; i < kgb_graph_edge_count(g); i++) {
    tally_add(relations, &nr, CAP, kgb_graph_edge(g, i)->predicate);
  }
  qsort(classes, nc, sizeof *classes, cmp_tally);
  qsort(relations, nr, sizeof *relations, cmp_tally);
  printf("documents: %zu read", kgb_graph_document_count(g));
  if (failures) {
    printf(", %zu failed", failures);
  }
  printf("\nentities: %zu in %zu connected components\n",
         kgb_graph_node_count(g), kgb_graph_component_count(g));
  for (size_t i = 0; i < nc; i++) {
    printf("  %-20s %6zu\n", classes[i].name, classes[i].count);
  }
  printf("facts: %zu\n", kgb_graph_edge_count(g));
  for (size_t i = 0; i < nr; i++) {
    printf("  %-20s %6zu\n", relations[i].name, relations[i].count);
  }
  printf("output:\n");
  for (size_t i = 0; i < n_files; i++) {
    printf("  %s\n", files[i]);
  }
}

/// Read all inputs through the extractor into @p g. Returns the exit code
/// class: OK, PARTIAL (some inputs failed) or FATAL.
static KgbExit read_corpus(const Options *o, const KgbRules *rules, KgbGraph *g,
                           size_t *failures) {
  KgbExit code = KGB_EXIT_OK;
  KgbInput *in = NULL;
  KgbExtractor *ex = NULL;
  Progress prog;
  progress_init(&prog, o->quiet);
  KgbStatus st = kgb_input_new(o->inputs, o->n_inputs, &in);
  if (st == KGB_OK) {
    st = kgb_extractor_new(rules, &ex);
  }
  if (st != KGB_OK) {
    errorf("%s", kgb_strerror(st));
    code = KGB_EXIT_FATAL;
    goto done;
  }
  for (;;) {
    KgbDocument doc;
    KgbInputError err = {0};
    st = kgb_input_next(in, &doc, &err);
    if (st == KGB_NOT_FOUND) {
      break;
    }
    if (st == KGB_ERR_NOMEM) {
      errorf("out of memory");
      code = KGB_EXIT_FATAL;
      goto done;
    }
    if (st != KGB_OK) {
      report_input_error(&err);
      code = KGB_EXIT_PARTIAL;
      continue;
    }
    KgbDocResult *res = NULL;
    st = kgb_extractor_run(ex, doc.id, doc.text, doc.len, &res);
    if (st == KGB_OK) {
      st = kgb_graph_add_document(g, res);
    }
    kgb_doc_result_free(res);
    if (st != KGB_OK) {
      errorf("%s: %s", doc.id, kgb_strerror(st));
      code = KGB_EXIT_FATAL;
      goto done;
    }
    progress_tick(&prog, in, false);
  }
  progress_tick(&prog, in, true);
  if (kgb_input_documents(in) == 0) {
    errorf("no document could be read");
    code = KGB_EXIT_FATAL;
  }
done:
  if (in) {
    *failures = kgb_input_failures(in);
  }
  kgb_extractor_free(ex);
  kgb_input_free(in);
  return code;
}

static int cmd_build(int argc, char **argv) {
  Options o = {.outdir = "out", .provenance = true};
  int code = parse_options(argc, argv, 2, usage_build, &o);
  KgbRules *rules = NULL;
  KgbGraph *g = NULL;
  KgbBuf paths[5] = {{0}};
  const char *written[5];
  size_t n_written = 0;
  static const char *const default_inputs[] = {"samples"};
  if (code >= 0) {
    goto done;
  }
  if (o.format) {
    errorf("build writes every format; --format is for extract\n%s",
           usage_build);
    code = KGB_EXIT_USAGE;
    goto done;
  }
  if (o.n_inputs == 0) {
    o.inputs[0] = default_inputs[0];
    o.n_inputs = 1;
  }
  if (check_outdir(o.outdir) != KGB_OK) {
    code = KGB_EXIT_FATAL;
    goto done;
  }
  if (load_rules(&o, &rules) != KGB_OK || kgb_graph_new(&g) != KGB_OK) {
    code = KGB_EXIT_FATAL;
    goto done;
  }
  size_t failures = 0;
  code = (int)read_corpus(&o, rules, g, &failures);
  if (code == KGB_EXIT_FATAL) {
    goto done;
  }
  KgbStatus st = kgb_graph_finish(g);
  if (st != KGB_OK) {
    errorf("graph: %s", kgb_strerror(st));
    code = KGB_EXIT_FATAL;
    goto done;
  }
  static const KgbFormat formats[] = {KGB_FORMAT_TURTLE, KGB_FORMAT_NTRIPLES,
                                      KGB_FORMAT_GRAPHML, KGB_FORMAT_DOT,
                                      KGB_FORMAT_SVG};
  KgbExportOptions eo = kgb_export_options_default();
  eo.provenance = o.provenance;
  for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
    if (!kgb_format_available(formats[i])) {
      if (!o.quiet) {
        errorf("note: %s output skipped (Graphviz layout plugins missing)",
               kgb_format_extension(formats[i]));
      }
      continue;
    }
    if (kgb_buf_printf(&paths[i], "%s/graph.%s", o.outdir,
                       kgb_format_extension(formats[i])) != KGB_OK) {
      code = KGB_EXIT_FATAL;
      goto done;
    }
    st = kgb_export_file(g, formats[i], &eo, paths[i].data);
    if (st != KGB_OK) {
      errorf("%s: %s%s%s", paths[i].data, kgb_strerror(st),
             st == KGB_ERR_IO ? ": " : "",
             st == KGB_ERR_IO ? strerror(errno) : "");
      code = KGB_EXIT_FATAL;
      goto done;
    }
    written[n_written++] = paths[i].data;
  }
  if (!o.quiet) {
    print_summary(g, failures, written, n_written);
  }
  if (fflush(stdout) != 0 || ferror(stdout)) {
    code = KGB_EXIT_FATAL;
  }
done:
  for (size_t i = 0; i < 5; i++) {
    kgb_buf_free(&paths[i]);
  }
  kgb_graph_free(g);
  kgb_rules_free(rules);
  free(o.inputs);
  return code;
}

/* ---- extract
 * -------------------------------------------------------------------- */

static int cmd_extract(int argc, char **argv) {
  Options o = {.provenance = true};
  int code = parse_options(argc, argv, 2, usage_extract, &o);
  KgbRules *rules = NULL;
  KgbInput *in = NULL;
  KgbExtractor *ex = NULL;
  static const char *const default_inputs[] = {"-"};
  if (code >= 0) {
    goto done;
  }
  KgbFormat fmt = KGB_FORMAT_NTRIPLES;
  if (o.format && (kgb_format_from_name(o.format, &fmt) != KGB_OK ||
                   (fmt != KGB_FORMAT_NTRIPLES && fmt != KGB_FORMAT_TURTLE))) {
    errorf("unknown format '%s' (ntriples or turtle)\n%s", o.format,
           usage_extract);
    code = KGB_EXIT_USAGE;
    goto done;
  }
  if (o.outdir) {
    errorf("extract writes to standard output; -o is for build");
    code = KGB_EXIT_USAGE;
    goto done;
  }
  if (o.n_inputs == 0) {
    o.inputs[0] = default_inputs[0];
    o.n_inputs = 1;
  }
  code = KGB_EXIT_OK;
  if (load_rules(&o, &rules) != KGB_OK ||
      kgb_input_new(o.inputs, o.n_inputs, &in) != KGB_OK ||
      kgb_extractor_new(rules, &ex) != KGB_OK) {
    code = KGB_EXIT_FATAL;
    goto done;
  }
  KgbExportOptions eo = kgb_export_options_default();
  eo.provenance = o.provenance;
  eo.analysis = false;
  Progress prog;
  progress_init(&prog, o.quiet);
  for (;;) {
    KgbDocument doc;
    KgbInputError err = {0};
    KgbStatus st = kgb_input_next(in, &doc, &err);
    if (st == KGB_NOT_FOUND) {
      break;
    }
    if (st == KGB_ERR_NOMEM) {
      code = KGB_EXIT_FATAL;
      goto done;
    }
    if (st != KGB_OK) {
      report_input_error(&err);
      code = KGB_EXIT_PARTIAL;
      continue;
    }
    KgbDocResult *res = NULL;
    KgbGraph *g = NULL;
    st = kgb_extractor_run(ex, doc.id, doc.text, doc.len, &res);
    if (st == KGB_OK) {
      st = kgb_graph_new(&g);
    }
    if (st == KGB_OK) {
      st = kgb_graph_add_document(g, res);
    }
    if (st == KGB_OK) {
      st = kgb_graph_finish(g);
    }
    if (st == KGB_OK) {
      st = kgb_export_stream(g, fmt, &eo, stdout);
    }
    kgb_graph_free(g);
    kgb_doc_result_free(res);
    if (st != KGB_OK) {
      errorf("%s: %s", doc.id, kgb_strerror(st));
      code = KGB_EXIT_FATAL;
      goto done;
    }
    progress_tick(&prog, in, false);
  }
  progress_tick(&prog, in, true);
  if (kgb_input_documents(in) == 0) {
    errorf("no document could be read");
    code = KGB_EXIT_FATAL;
  }
  if (fflush(stdout) != 0 || ferror(stdout)) {
    errorf("standard output: %s", strerror(errno));
    code = KGB_EXIT_FATAL;
  }
done:
  kgb_extractor_free(ex);
  kgb_input_free(in);
  kgb_rules_free(rules);
  free(o.inputs);
  return code;
}

/* ---- main
 * ----------------------------------------------------------------------- */

int kgb_cmd_eval(int argc, char **argv, const char *usage);

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(usage_main, stderr);
    return KGB_EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (is_flag(cmd, "-h", "--help") || strcmp(cmd, "help") == 0) {
    fputs(usage_main, stdout);
    return KGB_EXIT_OK;
  }
  if (strcmp(cmd, "--version") == 0) {
    printf("kgb %s\n", KGB_VERSION);
    return KGB_EXIT_OK;
  }
  if (strcmp(cmd, "build") == 0) {
    return cmd_build(argc, argv);
  }
  if (strcmp(cmd, "extract") == 0) {
    return cmd_extract(argc, argv);
  }
  if (strcmp(cmd, "eval") == 0) {
    return kgb_cmd_eval(argc, argv, usage_eval);
  }
  errorf("unknown command '%s'\n%s", cmd, usage_main);
  return KGB_EXIT_USAGE;
}
