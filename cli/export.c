/*
 * export.c: the commands that turn a graph into other files without a build
 * folder: `kgb export` (convert), `kgb ontology` (the vocabulary as OWL) and
 * `kgb render` (a diagram as SVG or PNG), plus what cmd_build shares with
 * them: diagram options and reading RDF files into a graph (--merge).
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

bool cli_is_rdf_path(const char *path) {
  static const char *const exts[] = {".ttl",      ".turtle", ".nt",
                                     ".ntriples", ".nq",     ".nquads",
                                     ".trig",     ".rdf",    ".owl"};
  const char *dot = strrchr(path, '.');
  if (!dot || strchr(dot, '/')) {
    return false;
  }
  for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++) {
    if (strcasecmp(dot, exts[i]) == 0) {
      return true;
    }
  }
  return false;
}

KgbExit cli_merge_rdf(const char *path, KgbGraph *g) {
  char *err = NULL;
  KgbStatus st = kgb_import_rdf(g, path, &err);
  if (st == KGB_OK) {
    return KGB_EXIT_OK;
  }
  if (st == KGB_ERR_IO) {
    cli_errorf("%s: %s", path, strerror(errno));
  } else if (err) {
    cli_errorf("%s", err);
  } else {
    cli_errorf("%s: %s", path, kgb_strerror(st));
  }
  free(err);
  return KGB_EXIT_FATAL;
}

bool cli_diagram_options(const CliOptions *o, KgbExportOptions *eo) {
  static const struct {
    const char *name;
    KgbView view;
  } views[] = {{"all", KGB_VIEW_ALL},
               {"story", KGB_VIEW_STORY},
               {"production", KGB_VIEW_PRODUCTION},
               {"places", KGB_VIEW_PLACES}};
  if (o->view) {
    size_t i = 0;
    while (i < sizeof views / sizeof views[0] &&
           strcmp(o->view, views[i].name) != 0) {
      i++;
    }
    if (i == sizeof views / sizeof views[0]) {
      cli_errorf("unknown view '%s' (all, story, production, places)", o->view);
      return false;
    }
    eo->view = views[i].view;
  }
  if (o->color_by) {
    if (strcmp(o->color_by, "class") == 0) {
      eo->color_by = KGB_COLOR_CLASS;
    } else if (strcmp(o->color_by, "community") == 0) {
      eo->color_by = KGB_COLOR_COMMUNITY;
    } else {
      cli_errorf("unknown --color-by '%s' (class, community)", o->color_by);
      return false;
    }
  }
  if (o->layout) {
    static const char *const engines[] = {"dot",   "sfdp",  "neato", "fdp",
                                          "circo", "twopi", "osage"};
    size_t i = 0;
    while (i < sizeof engines / sizeof engines[0] &&
           strcmp(o->layout, engines[i]) != 0) {
      i++;
    }
    if (i == sizeof engines / sizeof engines[0]) {
      cli_errorf("unknown layout '%s' (dot, sfdp, neato, fdp, circo, twopi, "
                 "osage)",
                 o->layout);
      return false;
    }
    eo->layout = o->layout;
  }
  if (o->depth >= 0 && !o->focus) {
    cli_errorf("--depth needs --focus NAME");
    return false;
  }
  eo->focus = o->focus;
  if (o->depth >= 0) {
    eo->depth = o->depth;
  }
  return true;
}

/// Write @p fmt of @p g to @p path atomically, or to standard output when
/// @p path is NULL or "-".
static KgbExit write_one(const KgbGraph *g, KgbFormat fmt,
                         const KgbExportOptions *eo, const char *path) {
  KgbStatus st;
  bool to_stdout = !path || strcmp(path, "-") == 0;
  if (to_stdout) {
    st = kgb_export_stream(g, fmt, eo, stdout);
  } else {
    st = kgb_export_file(g, fmt, eo, path);
  }
  if (st != KGB_OK) {
    cli_errorf("%s: %s%s%s", to_stdout ? "standard output" : path,
               kgb_strerror(st), st == KGB_ERR_IO ? ": " : "",
               st == KGB_ERR_IO ? strerror(errno) : "");
    return KGB_EXIT_FATAL;
  }
  return KGB_EXIT_OK;
}

int kgb_cmd_export(int argc, char **argv, const char *usage) {
  CliOptions o = {.provenance = true};
  int code = cli_parse_options(argc, argv, 2, usage,
                               "--output --format --view --focus --depth "
                               "--color-by --layout",
                               &o);
  KgbGraph *g = NULL;
  KgbBuf path = {0};
  KgbFormat fmts[KGB_FORMAT_COUNT];
  size_t n_fmts = 0;
  const char *bad = NULL;
  if (code >= 0) {
    goto done;
  }
  if (o.n_inputs == 0 || !o.format) {
    cli_errorf("export needs a GRAPH and --format F\n%s", usage);
    code = KGB_EXIT_USAGE;
    goto done;
  }
  if (kgb_formats_parse(o.format, fmts, &n_fmts, &bad) != KGB_OK) {
    cli_errorf("unknown format '%s'\n%s", bad ? bad : o.format, usage);
    code = KGB_EXIT_USAGE;
    goto done;
  }
  KgbExportOptions eo = kgb_export_options_default();
  eo.provenance = o.provenance;
  if (!cli_diagram_options(&o, &eo)) {
    code = KGB_EXIT_USAGE;
    goto done;
  }
  /* several files (csv, rdf, all): -o names a folder they go into */
  bool folder = n_fmts > 1;
  if (folder && !o.outdir) {
    cli_errorf("--format %s writes %zu files: give a folder with -o DIR",
               o.format, n_fmts);
    code = KGB_EXIT_USAGE;
    goto done;
  }
  if (folder && cli_check_outdir(o.outdir) != KGB_OK) {
    code = KGB_EXIT_FATAL;
    goto done;
  }
  double t0 = now();
  code = cli_load_graph(&o, "-", &g);
  if (code == KGB_EXIT_FATAL) {
    goto done;
  }
  if (o.verbose) { /* -v: the figures bench/export.sh reads */
    fprintf(stderr, "kgb: read %zu entities, %zu facts in %.3f s\n",
            kgb_graph_node_count(g), kgb_graph_edge_count(g), now() - t0);
  }
  for (size_t i = 0; i < n_fmts; i++) {
    double t1 = now();
    if (!kgb_format_available(fmts[i])) {
      cli_errorf("%s output needs Graphviz's layout plugins",
                 kgb_format_extension(fmts[i]));
      code = KGB_EXIT_FATAL;
      goto done;
    }
    kgb_buf_clear(&path);
    if (folder && kgb_buf_printf(&path, "%s/%s", o.outdir,
                                 kgb_format_filename(fmts[i])) != KGB_OK) {
      code = KGB_EXIT_FATAL;
      goto done;
    }
    KgbExit rc = write_one(g, fmts[i], &eo, folder ? path.data : o.outdir);
    if (rc != KGB_EXIT_OK) {
      code = rc;
      goto done;
    }
    if (o.verbose) {
      fprintf(stderr, "kgb: wrote %s in %.3f s\n",
              kgb_format_extension(fmts[i]), now() - t1);
    }
  }
done:
  kgb_buf_free(&path);
  kgb_graph_free(g);
  free(o.inputs);
  free(o.merges);
  return code;
}

int kgb_cmd_ontology(int argc, char **argv, const char *usage) {
  CliOptions o = {.provenance = true};
  int code = cli_parse_options(argc, argv, 2, usage, "--output --format", &o);
  KgbFormat fmt = KGB_FORMAT_TURTLE;
  KgbOutFile *file = NULL;
  if (code >= 0) {
    goto done;
  }
  if (o.n_inputs > 0) {
    cli_errorf("ontology takes no input\n%s", usage);
    code = KGB_EXIT_USAGE;
    goto done;
  }
  if (o.format && (kgb_format_from_name(o.format, &fmt) != KGB_OK ||
                   !kgb_format_is_rdf(fmt))) {
    cli_errorf("unknown format '%s' (turtle, ntriples, nquads, rdfxml, "
               "jsonld)\n%s",
               o.format, usage);
    code = KGB_EXIT_USAGE;
    goto done;
  }
  code = KGB_EXIT_OK;
  bool to_stdout = !o.outdir || strcmp(o.outdir, "-") == 0;
  KgbStatus st = KGB_OK;
  if (!to_stdout) {
    st = kgb_outfile_open(o.outdir, &file);
  }
  if (st == KGB_OK) {
    FILE *out = to_stdout ? stdout : kgb_outfile_stream(file);
    st = kgb_export_ontology(NULL, fmt, out);
    if (st == KGB_OK && (fflush(out) != 0 || ferror(out))) {
      st = KGB_ERR_IO;
    }
  }
  if (st == KGB_OK && file) {
    st = kgb_outfile_commit(file);
    file = NULL;
  }
  if (st != KGB_OK) {
    cli_errorf("%s: %s%s%s", to_stdout ? "standard output" : o.outdir,
               kgb_strerror(st), st == KGB_ERR_IO ? ": " : "",
               st == KGB_ERR_IO ? strerror(errno) : "");
    code = KGB_EXIT_FATAL;
  }
done:
  kgb_outfile_abort(file);
  free(o.inputs);
  free(o.merges);
  return code;
}

int kgb_cmd_render(int argc, char **argv, const char *usage) {
  CliOptions o = {.provenance = true};
  int code = cli_parse_options(argc, argv, 2, usage,
                               "--output --view --focus --depth --color-by "
                               "--layout",
                               &o);
  KgbGraph *g = NULL;
  if (code >= 0) {
    goto done;
  }
  const char *ext = o.outdir ? strrchr(o.outdir, '.') : NULL;
  KgbFormat fmt;
  if (!ext || kgb_format_from_name(ext + 1, &fmt) != KGB_OK ||
      (fmt != KGB_FORMAT_SVG && fmt != KGB_FORMAT_PNG &&
       fmt != KGB_FORMAT_DOT)) {
    cli_errorf("render needs -o FILE.svg, FILE.png or FILE.dot\n%s", usage);
    code = KGB_EXIT_USAGE;
    goto done;
  }
  KgbExportOptions eo = kgb_export_options_default();
  if (!cli_diagram_options(&o, &eo)) {
    code = KGB_EXIT_USAGE;
    goto done;
  }
  if (!kgb_format_available(fmt)) {
    cli_errorf("%s output needs Graphviz's layout plugins", ext + 1);
    code = KGB_EXIT_FATAL;
    goto done;
  }
  code = cli_load_graph(&o, "samples", &g);
  if (code == KGB_EXIT_FATAL) {
    goto done;
  }
  KgbExit rc = write_one(g, fmt, &eo, o.outdir);
  if (rc != KGB_EXIT_OK) {
    code = rc;
  }
done:
  kgb_graph_free(g);
  free(o.inputs);
  free(o.merges);
  return code;
}
