/*
 * common.c: what the kgb commands share: messages, the option parser, rule
 * loading, progress, the output-folder check and reading a corpus into a graph.
 */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---- small helpers
 * ------------------------------------------------------------ */

void cli_errorf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("kgb: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

bool cli_is_flag(const char *arg, const char *s, const char *l) {
  return (s && strcmp(arg, s) == 0) || (l && strcmp(arg, l) == 0);
}

/// True when long option @p name is in the space-separated list @p accept.
static bool accepts(const char *accept, const char *name) {
  size_t n = strlen(name);
  for (const char *p = accept; p && (p = strstr(p, name)) != NULL; p += n) {
    if ((p == accept || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) {
      return true;
    }
  }
  return false;
}

/// The options that take a value, by long name, with their short form.
static const struct {
  const char *shrt, *lng;
} valued[] = {
    {"-o", "--output"},  {NULL, "--rules"}, {"-f", "--format"},
    {NULL, "--formats"}, {NULL, "--merge"}, {NULL, "--view"},
    {NULL, "--focus"},   {NULL, "--depth"}, {NULL, "--color-by"},
    {NULL, "--layout"},
};

/// Store value @p v of valued option @p k in @p o; false when it is invalid.
static bool set_value(CliOptions *o, size_t k, const char *v) {
  const char *name = valued[k].lng;
  if (strcmp(name, "--output") == 0) {
    o->outdir = v;
  } else if (strcmp(name, "--rules") == 0) {
    o->rules_dir = v;
  } else if (strcmp(name, "--format") == 0) {
    o->format = v;
  } else if (strcmp(name, "--formats") == 0) {
    o->formats = v;
  } else if (strcmp(name, "--merge") == 0) {
    o->merges[o->n_merges++] = v;
  } else if (strcmp(name, "--view") == 0) {
    o->view = v;
  } else if (strcmp(name, "--focus") == 0) {
    o->focus = v;
  } else if (strcmp(name, "--depth") == 0) {
    char *end = NULL;
    errno = 0;
    long d = strtol(v, &end, 10);
    if (errno || end == v || *end || d < 0) {
      return false;
    }
    o->depth = d;
  } else if (strcmp(name, "--color-by") == 0) {
    o->color_by = v;
  } else {
    o->layout = v;
  }
  return true;
}

int cli_parse_options(int argc, char **argv, int first, const char *usage,
                      const char *accept, CliOptions *o) {
  o->inputs = calloc((size_t)argc, sizeof *o->inputs);
  o->merges = calloc((size_t)argc, sizeof *o->merges);
  o->depth = -1;
  if (!o->inputs || !o->merges) {
    cli_errorf("out of memory");
    return KGB_EXIT_FATAL;
  }
  bool only_inputs = false;
  for (int i = first; i < argc; i++) {
    const char *a = argv[i];
    if (only_inputs || a[0] != '-' || strcmp(a, "-") == 0) {
      o->inputs[o->n_inputs++] = a;
      continue;
    }
    size_t k = 0;
    while (k < sizeof valued / sizeof valued[0] &&
           !cli_is_flag(a, valued[k].shrt, valued[k].lng)) {
      k++;
    }
    if (strcmp(a, "--") == 0) {
      only_inputs = true;
    } else if (cli_is_flag(a, "-h", "--help")) {
      fputs(usage, stdout);
      return KGB_EXIT_OK;
    } else if (cli_is_flag(a, "-q", "--quiet")) {
      o->quiet = true;
    } else if (cli_is_flag(a, "-v", "--verbose")) {
      o->verbose = true;
    } else if (cli_is_flag(a, NULL, "--no-provenance")) {
      o->provenance = false;
    } else if (cli_is_flag(a, NULL, "--infer") && accepts(accept, a)) {
      o->infer = true;
    } else if (k < sizeof valued / sizeof valued[0] &&
               (k == 1 || accepts(accept, valued[k].lng))) {
      if (i + 1 >= argc) {
        cli_errorf("%s needs a value\n%s", a, usage);
        return KGB_EXIT_USAGE;
      }
      if (!set_value(o, k, argv[++i])) {
        cli_errorf("%s: invalid value '%s'\n%s", a, argv[i], usage);
        return KGB_EXIT_USAGE;
      }
    } else {
      cli_errorf("unknown option '%s'\n%s", a, usage);
      return KGB_EXIT_USAGE;
    }
  }
  return -1;
}

KgbStatus cli_load_rules(const CliOptions *o, KgbRules **out) {
  char *err = NULL;
  KgbStatus st = kgb_rules_new_default(out, &err);
  if (st != KGB_OK) {
    cli_errorf("built-in rules: %s", err ? err : kgb_strerror(st));
    free(err);
    return st;
  }
  if (o->rules_dir) {
    st = kgb_rules_load_dir(*out, o->rules_dir, &err);
    if (st != KGB_OK) {
      cli_errorf("%s", err ? err : kgb_strerror(st));
      free(err);
      kgb_rules_free(*out);
      *out = NULL;
    }
  }
  return st;
}

static double cli_seconds_since(const struct timespec *t) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (double)(now.tv_sec - t->tv_sec) +
         (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

void cli_progress_init(CliProgress *p, bool quiet) {
  p->on = !quiet && isatty(STDERR_FILENO);
  clock_gettime(CLOCK_MONOTONIC, &p->start);
  p->last = p->start;
}

void cli_progress_tick(CliProgress *p, const KgbInput *in, bool final) {
  if (!p->on || (!final && cli_seconds_since(&p->last) < 0.25)) {
    return;
  }
  clock_gettime(CLOCK_MONOTONIC, &p->last);
  double mb = (double)kgb_input_bytes(in) / 1e6;
  double secs = cli_seconds_since(&p->start);
  fprintf(stderr, "\r%zu documents, %.1f MB, %.1f MB/s%s",
          kgb_input_documents(in), mb, secs > 0 ? mb / secs : 0.0,
          final ? "\n" : "");
}

void cli_report_input_error(const KgbInputError *err) {
  cli_errorf("%s: %s", err->path ? err->path : "(input)",
             err->message ? err->message : kgb_strerror(err->status));
}

/// Create @p dir if needed and prove it writable by creating a file in it.
KgbStatus cli_check_outdir(const char *dir) {
  struct stat sb;
  if (stat(dir, &sb) != 0) {
    if (mkdir(dir, 0777) != 0) {
      cli_errorf("%s: cannot create output folder: %s", dir, strerror(errno));
      return KGB_ERR_IO;
    }
  } else if (!S_ISDIR(sb.st_mode)) {
    cli_errorf("%s: output path exists and is not a folder", dir);
    return KGB_ERR_IO;
  }
  KgbBuf probe = {0};
  if (kgb_buf_printf(&probe, "%s/graph.probe", dir) != KGB_OK) {
    return KGB_ERR_NOMEM;
  }
  KgbOutFile *f = NULL;
  KgbStatus st = kgb_outfile_open(probe.data, &f);
  if (st != KGB_OK) {
    cli_errorf("%s: output folder is not writable: %s", dir, strerror(errno));
  }
  kgb_outfile_abort(f);
  kgb_buf_free(&probe);
  return st;
}

/// Read all inputs through the extractor into @p g. Returns the exit code
/// class: OK, PARTIAL (some inputs failed) or FATAL.
KgbExit cli_read_corpus(const CliOptions *o, const KgbRules *rules, KgbGraph *g,
                        size_t *failures) {
  KgbExit code = KGB_EXIT_OK;
  KgbInput *in = NULL;
  KgbExtractor *ex = NULL;
  CliProgress prog;
  cli_progress_init(&prog, o->quiet);
  KgbStatus st = kgb_input_new(o->inputs, o->n_inputs, &in);
  if (st == KGB_OK) {
    st = kgb_extractor_new(rules, &ex);
  }
  if (st != KGB_OK) {
    cli_errorf("%s", kgb_strerror(st));
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
      cli_errorf("out of memory");
      code = KGB_EXIT_FATAL;
      goto done;
    }
    if (st != KGB_OK) {
      cli_report_input_error(&err);
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
      cli_errorf("%s: %s", doc.id, kgb_strerror(st));
      code = KGB_EXIT_FATAL;
      goto done;
    }
    cli_progress_tick(&prog, in, false);
  }
  cli_progress_tick(&prog, in, true);
  if (kgb_input_documents(in) == 0) {
    cli_errorf("no document could be read");
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

/**
 * Read every input of @p o into a new, finished graph: RDF files (by their
 * extension) through kgb_import_rdf, anything else (articles, folders, -)
 * through the extractor. @p defaults is used when there is no input.
 */
KgbExit cli_load_graph(CliOptions *o, const char *defaults, KgbGraph **out) {
  KgbExit code = KGB_EXIT_OK;
  KgbRules *rules = NULL;
  KgbGraph *g = NULL;
  CliOptions articles = *o;
  size_t failures = 0;
  *out = NULL;
  if (o->n_inputs == 0) {
    o->inputs[o->n_inputs++] = defaults;
  }
  articles.inputs = calloc(o->n_inputs, sizeof *articles.inputs);
  articles.n_inputs = 0;
  if (!articles.inputs || kgb_graph_new(&g) != KGB_OK) {
    cli_errorf("out of memory");
    code = KGB_EXIT_FATAL;
    goto done;
  }
  KgbGraphOptions go = kgb_graph_options_default();
  go.infer = o->infer;
  if (kgb_graph_set_options(g, &go) != KGB_OK) {
    code = KGB_EXIT_FATAL;
    goto done;
  }
  for (size_t i = 0; i < o->n_inputs; i++) {
    if (cli_is_rdf_path(o->inputs[i])) {
      code = cli_merge_rdf(o->inputs[i], g);
      if (code != KGB_EXIT_OK) {
        goto done;
      }
    } else {
      articles.inputs[articles.n_inputs++] = o->inputs[i];
    }
  }
  if (articles.n_inputs > 0) {
    if (cli_load_rules(o, &rules) != KGB_OK) {
      code = KGB_EXIT_FATAL;
      goto done;
    }
    code = cli_read_corpus(&articles, rules, g, &failures);
    if (code == KGB_EXIT_FATAL) {
      goto done;
    }
  }
  KgbStatus st = kgb_graph_finish(g);
  if (st != KGB_OK) {
    cli_errorf("graph: %s", kgb_strerror(st));
    code = KGB_EXIT_FATAL;
  }
done:
  free(articles.inputs);
  kgb_rules_free(rules);
  if (code == KGB_EXIT_FATAL) {
    kgb_graph_free(g);
    g = NULL;
  }
  *out = g;
  return code;
}

static int cmp_tally(const void *a, const void *b) {
  return strcmp(((const CliTally *)a)->name, ((const CliTally *)b)->name);
}

size_t cli_tally(const KgbGraph *g, bool relations, CliTally *t, size_t cap) {
  size_t n = 0;
  size_t items = relations ? kgb_graph_edge_count(g) : kgb_graph_node_count(g);
  for (size_t i = 0; i < items; i++) {
    const char *name =
        relations ? kgb_graph_edge(g, i)->predicate : kgb_graph_node(g, i)->cls;
    size_t k = 0;
    while (k < n && strcmp(t[k].name, name) != 0) {
      k++;
    }
    if (k < n) {
      t[k].count++;
    } else if (n < cap) {
      t[n++] = (CliTally){name, 1};
    }
  }
  if (n > 1) {
    qsort(t, n, sizeof *t, cmp_tally);
  }
  return n;
}
