/*
 * main.c: the kgb command line.
 *
 *   kgb build   [INPUT...] [-o DIR]   the whole pipeline, five output files
 *   kgb extract [INPUT...]            each document's facts to stdout
 *   kgb eval    GOLD GRAPH...         precision / recall / F1 against gold
 *
 * The CLI only wires the public headers together: input -> extractor -> graph
 * -> export. Exit codes are the KgbExit enum, documented in --help and README.
 */
#include "cli.h"

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
    "  stats    a report of the graph's structure: PageRank, communities,\n"
    "           bridges, love triangles, family trees\n"
    "  path     the shortest chain of facts between two named entities\n"
    "  neighbors  the ego network of an entity (--depth N) in any format\n"
    "  export   convert a graph (RDF, or articles) to other formats\n"
    "  ontology write the vocabulary as an OWL ontology (kgb.ttl)\n"
    "  render   draw a graph, or a view of it, as SVG or PNG\n"
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
    "written\n"
    "  4  path, neighbors: no path, or no entity has the name\n"
    "  5  path, neighbors: the name is ambiguous\n";

static const char *const usage_build =
    "usage: kgb build [INPUT...] [-o DIR] [--formats LIST] [--merge FILE]...\n"
    "                 [--rules DIR] [--no-provenance] [--infer] [--quiet]\n"
    "\n"
    "Reads every INPUT (default: samples/), extracts entities and facts,\n"
    "resolves entities across documents, merges the RDF files given with\n"
    "--merge, and writes, atomically, by default:\n"
    "  DIR/graph.ttl      Turtle (serd)\n"
    "  DIR/graph.nt       N-Triples (serd)\n"
    "  DIR/graph.graphml  GraphML 1.1 (libxml2) for Neo4j, Gephi, networkx\n"
    "  DIR/graph.dot      Graphviz DOT (cgraph)\n"
    "  DIR/graph.svg      the diagram, when Graphviz's layout plugins exist\n"
    "then prints a summary. DIR defaults to out/ and is checked for writing\n"
    "before any work.\n"
    "\n"
    "Options:\n"
    "  -o, --output DIR   output folder (created if missing)\n"
    "  --formats LIST     comma-separated, instead of the default five:\n"
    "                     ttl nt nq (graph.nq, a named graph per document)\n"
    "                     rdfxml jsonld graphml dot svg png\n"
    "                     csv (nodes.csv, relationships.csv for neo4j-admin)\n"
    "                     cypher ontology (kgb.ttl) rdf (the five RDF) all\n"
    "  --merge FILE       add an RDF file (any syntax raptor2 reads) to the\n"
    "                     graph; repeatable. A bad file is fatal (exit 3)\n"
    "  --rules DIR        add the rule files of DIR to the built-in rules\n"
    "  --no-provenance    leave out the evidence of each fact (reification)\n"
    "  --infer            symmetric relations in both directions, locatedIn\n"
    "                     closed transitively (facts with no evidence)\n"
    "  -q, --quiet        no progress and no summary\n"
    "\n"
    "Exit status: 0 success, 1 some inputs failed, 2 usage, 3 fatal.\n";

static const char *const usage_extract =
    "usage: kgb extract [INPUT...] [--format ntriples|nquads|turtle] [--rules "
    "DIR]\n"
    "                   [--no-provenance] [--quiet]\n"
    "\n"
    "Writes the facts of each document to standard output as soon as it is\n"
    "read, one document at a time (default INPUT: - , standard input).\n"
    "Entity IRIs come from names, so the outputs of shards merge by union.\n"
    "\n"
    "Options:\n"
    "  -f, --format F     ntriples (default), nquads (each document's facts "
    "in\n"
    "                     its own named graph) or turtle\n"
    "  --rules DIR        add the rule files of DIR to the built-in rules\n"
    "  --no-provenance    leave out the evidence of each fact\n"
    "  -q, --quiet        no progress on standard error\n"
    "\n"
    "Exit status: 0 success, 1 some inputs failed, 2 usage, 3 fatal.\n";

static const char *const usage_export =
    "usage: kgb export GRAPH... --format F[,F...] [-o FILE|DIR]\n"
    "                  [--no-provenance] [--view V] [--focus NAME]\n"
    "                  [--depth N] [--color-by C] [--layout L]\n"
    "\n"
    "Reads each GRAPH (an RDF file: .ttl .nt .nq .trig .rdf .owl, read with\n"
    "raptor2; anything else is read as articles) into one graph and writes\n"
    "it in format F to FILE (default: standard output): turtle, ntriples,\n"
    "nquads, rdfxml, jsonld, graphml, dot, svg, png, cypher, ontology, or\n"
    "csv-nodes / csv-relationships. Several formats (a list, or csv, rdf,\n"
    "all) go into the folder DIR under their build names.\n"
    "Diagram options as for kgb render.\n"
    "\n"
    "Exit status: 0 success, 1 some inputs failed, 2 usage, 3 fatal (a GRAPH\n"
    "could not be parsed: its file, line and byte are named).\n";

static const char *const usage_ontology =
    "usage: kgb ontology [-o FILE] [--format F]\n"
    "\n"
    "Writes the vocabulary (classes, relations with domain, range, symmetry\n"
    "and transitivity, alignments to schema.org and Wikidata, evidence terms\n"
    "and analysis figures) as an OWL ontology, in Turtle by default (F:\n"
    "turtle, ntriples, nquads, rdfxml, jsonld), to FILE or standard output.\n"
    "\n"
    "Exit status: 0 success, 2 usage, 3 the output could not be written.\n";

static const char *const usage_render =
    "usage: kgb render [INPUT|GRAPH...] -o FILE.svg|FILE.png|FILE.dot\n"
    "                  [--view all|story|production|places] [--focus NAME]\n"
    "                  [--depth N] [--color-by class|community]\n"
    "                  [--layout dot|sfdp|neato|...]\n"
    "\n"
    "Draws the graph of the inputs (articles, folders, or RDF files; default\n"
    "samples/) with Graphviz in process. Views: story (characters and their\n"
    "relations), production (works, cast, crew, companies), places (places,\n"
    "their containment, what was filmed or set there). --focus keeps what\n"
    "lies within --depth facts (default 1) of the entities named NAME.\n"
    "Node size follows PageRank when the graph has it (else degree); colour\n"
    "follows the class or, with --color-by community, the community. Layout:\n"
    "dot up to 300 nodes, sfdp above, unless --layout says otherwise.\n"
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

/* ---- build
 * ---------------------------------------------------------------------- */

static void print_summary(const KgbGraph *g, size_t failures,
                          const char *const *files, size_t n_files) {
  enum { CAP = 128 };
  CliTally classes[CAP], relations[CAP];
  size_t nc = cli_tally(g, false, classes, CAP);
  size_t nr = cli_tally(g, true, relations, CAP);
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

static int cmd_build(int argc, char **argv) {
  CliOptions o = {.outdir = "out", .provenance = true};
  int code =
      cli_parse_options(argc, argv, 2, usage_build,
                        "--output --format --formats --merge --view --focus "
                        "--depth --color-by --layout --infer",
                        &o);
  KgbRules *rules = NULL;
  KgbGraph *g = NULL;
  KgbBuf paths[KGB_FORMAT_COUNT] = {{0}};
  const char *written[KGB_FORMAT_COUNT];
  size_t n_written = 0;
  KgbFormat formats[KGB_FORMAT_COUNT] = {KGB_FORMAT_TURTLE, KGB_FORMAT_NTRIPLES,
                                         KGB_FORMAT_GRAPHML, KGB_FORMAT_DOT,
                                         KGB_FORMAT_SVG};
  size_t n_formats = 5;
  const char *bad = NULL;
  KgbExportOptions eo = kgb_export_options_default();
  static const char *const default_inputs[] = {"samples"};
  if (code >= 0) {
    goto done;
  }
  if (o.format) {
    cli_errorf("build takes --formats LIST; --format is for extract and "
               "export\n%s",
               usage_build);
    code = KGB_EXIT_USAGE;
    goto done;
  }
  if (o.formats &&
      kgb_formats_parse(o.formats, formats, &n_formats, &bad) != KGB_OK) {
    cli_errorf("unknown format in --formats: '%s'\n%s", bad ? bad : "",
               usage_build);
    code = KGB_EXIT_USAGE;
    goto done;
  }
  eo.provenance = o.provenance;
  if (!cli_diagram_options(&o, &eo)) {
    code = KGB_EXIT_USAGE;
    goto done;
  }
  if (o.n_inputs == 0) {
    o.inputs[0] = default_inputs[0];
    o.n_inputs = 1;
  }
  if (cli_check_outdir(o.outdir) != KGB_OK) {
    code = KGB_EXIT_FATAL;
    goto done;
  }
  if (cli_load_rules(&o, &rules) != KGB_OK || kgb_graph_new(&g) != KGB_OK) {
    code = KGB_EXIT_FATAL;
    goto done;
  }
  KgbGraphOptions go = kgb_graph_options_default();
  go.infer = o.infer;
  kgb_graph_set_options(g, &go);
  size_t failures = 0;
  code = (int)cli_read_corpus(&o, rules, g, &failures);
  if (code == KGB_EXIT_FATAL) {
    goto done;
  }
  for (size_t i = 0; i < o.n_merges; i++) {
    if (cli_merge_rdf(o.merges[i], g) != KGB_EXIT_OK) {
      code = KGB_EXIT_FATAL;
      goto done;
    }
  }
  KgbStatus st = kgb_graph_finish(g);
  if (st != KGB_OK) {
    cli_errorf("graph: %s", kgb_strerror(st));
    code = KGB_EXIT_FATAL;
    goto done;
  }
  for (size_t i = 0; i < n_formats; i++) {
    if (!kgb_format_available(formats[i])) {
      if (!o.quiet) {
        cli_errorf("note: %s output skipped (Graphviz layout plugins missing)",
                   kgb_format_extension(formats[i]));
      }
      continue;
    }
    if (kgb_buf_printf(&paths[i], "%s/%s", o.outdir,
                       kgb_format_filename(formats[i])) != KGB_OK) {
      code = KGB_EXIT_FATAL;
      goto done;
    }
    st = kgb_export_file(g, formats[i], &eo, paths[i].data);
    if (st != KGB_OK) {
      cli_errorf("%s: %s%s%s", paths[i].data, kgb_strerror(st),
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
  for (size_t i = 0; i < KGB_FORMAT_COUNT; i++) {
    kgb_buf_free(&paths[i]);
  }
  kgb_graph_free(g);
  kgb_rules_free(rules);
  free(o.inputs);
  free(o.merges);
  return code;
}

/* ---- extract
 * -------------------------------------------------------------------- */

static int cmd_extract(int argc, char **argv) {
  CliOptions o = {.provenance = true};
  int code =
      cli_parse_options(argc, argv, 2, usage_extract, "--output --format", &o);
  KgbRules *rules = NULL;
  KgbInput *in = NULL;
  KgbExtractor *ex = NULL;
  static const char *const default_inputs[] = {"-"};
  if (code >= 0) {
    goto done;
  }
  KgbFormat fmt = KGB_FORMAT_NTRIPLES;
  if (o.format && (kgb_format_from_name(o.format, &fmt) != KGB_OK ||
                   (fmt != KGB_FORMAT_NTRIPLES && fmt != KGB_FORMAT_NQUADS &&
                    fmt != KGB_FORMAT_TURTLE))) {
    cli_errorf("unknown format '%s' (ntriples, nquads or turtle)\n%s", o.format,
               usage_extract);
    code = KGB_EXIT_USAGE;
    goto done;
  }
  if (o.outdir) {
    cli_errorf("extract writes to standard output; -o is for build");
    code = KGB_EXIT_USAGE;
    goto done;
  }
  if (o.n_inputs == 0) {
    o.inputs[0] = default_inputs[0];
    o.n_inputs = 1;
  }
  code = KGB_EXIT_OK;
  if (cli_load_rules(&o, &rules) != KGB_OK ||
      kgb_input_new(o.inputs, o.n_inputs, &in) != KGB_OK ||
      kgb_extractor_new(rules, &ex) != KGB_OK) {
    code = KGB_EXIT_FATAL;
    goto done;
  }
  KgbExportOptions eo = kgb_export_options_default();
  eo.provenance = o.provenance;
  eo.analysis = false;
  KgbGraphOptions no_analyses = kgb_graph_options_default();
  no_analyses.analyses = false;
  no_analyses.metrics = false; /* nor degrees and components: not written */
  CliProgress prog;
  cli_progress_init(&prog, o.quiet);
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
      cli_report_input_error(&err);
      code = KGB_EXIT_PARTIAL;
      continue;
    }
    KgbDocResult *res = NULL;
    KgbGraph *g = NULL;
    st = kgb_extractor_run(ex, doc.id, doc.text, doc.len, &res);
    if (st == KGB_OK) {
      st = kgb_graph_new(&g);
    }
    if (st == KGB_OK) { /* the figures are not written: skip the analyses */
      st = kgb_graph_set_options(g, &no_analyses);
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
  if (fflush(stdout) != 0 || ferror(stdout)) {
    cli_errorf("standard output: %s", strerror(errno));
    code = KGB_EXIT_FATAL;
  }
done:
  kgb_extractor_free(ex);
  kgb_input_free(in);
  kgb_rules_free(rules);
  free(o.inputs);
  free(o.merges);
  return code;
}

/* ---- main
 * ----------------------------------------------------------------------- */

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(usage_main, stderr);
    return KGB_EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (cli_is_flag(cmd, "-h", "--help") || strcmp(cmd, "help") == 0) {
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
  if (strcmp(cmd, "stats") == 0) {
    return kgb_cmd_stats(argc, argv);
  }
  if (strcmp(cmd, "path") == 0) {
    return kgb_cmd_path(argc, argv);
  }
  if (strcmp(cmd, "neighbors") == 0) {
    return kgb_cmd_neighbors(argc, argv);
  }
  if (strcmp(cmd, "export") == 0) {
    return kgb_cmd_export(argc, argv, usage_export);
  }
  if (strcmp(cmd, "ontology") == 0) {
    return kgb_cmd_ontology(argc, argv, usage_ontology);
  }
  if (strcmp(cmd, "render") == 0) {
    return kgb_cmd_render(argc, argv, usage_render);
  }
  cli_errorf("unknown command '%s'\n%s", cmd, usage_main);
  return KGB_EXIT_USAGE;
}
