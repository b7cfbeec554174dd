/*
 * cli.h: what the files of cli/ share. Each command is a function
 * `int kgb_cmd_NAME(int argc, char **argv)` returning a KgbExit code; main.c
 * dispatches on argv[1]. Only public module headers are used here.
 */
#ifndef KGB_CLI_H
#define KGB_CLI_H

#include "../export/export.h"
#include "../input/input.h"

#include <stdio.h>
#include <time.h>

/// Exit codes of the kgb command (documented in --help, README and kgb.1).
typedef enum {
  KGB_EXIT_OK = 0,        ///< everything read and written
  KGB_EXIT_PARTIAL = 1,   ///< some inputs failed; output written for the rest
  KGB_EXIT_USAGE = 2,     ///< bad command line
  KGB_EXIT_FATAL = 3,     ///< nothing written: no usable input, output error...
  KGB_EXIT_NOT_FOUND = 4, ///< path/neighbors: no path, or no such entity
  KGB_EXIT_AMBIGUOUS = 5, ///< path/neighbors: a name matches several entities
} KgbExit;

/// "kgb: MESSAGE\n" on standard error.
void cli_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/// True when @p arg is the short flag @p s or the long flag @p l (either NULL).
bool cli_is_flag(const char *arg, const char *s, const char *l);

/// Options the commands share; each command rejects those it has no use for.
typedef struct {
  const char **inputs; ///< positional arguments, n_inputs of them
  size_t n_inputs;
  const char *outdir;    ///< -o, --output
  const char *rules_dir; ///< --rules DIR
  const char *format;    ///< -f, --format F
  const char *formats;   ///< --formats LIST (comma-separated)
  const char **merges;   ///< --merge FILE (repeatable), n_merges of them
  size_t n_merges;
  const char *view;     ///< --view story|production|places
  const char *focus;    ///< --focus NAME
  long depth;           ///< --depth N (-1 when not given)
  const char *color_by; ///< --color-by community|class
  const char *layout;   ///< --layout dot|sfdp|...
  bool infer;           ///< --infer
  bool provenance;      ///< not --no-provenance
  bool quiet;           ///< -q, --quiet
  bool verbose;         ///< -v, --verbose
} CliOptions;

/**
 * Parse argv[first..] into @p o (zeroed by the caller, defaults set);
 * returns -1 on success, else the exit code to use (help printed: 0).
 * -h, -q, -v, --no-provenance and --rules are always accepted; any other
 * option only when its long name is in the space-separated list @p accept
 * ("--output --format"); -o and -f are the short forms of --output and
 * --format. The caller frees o->inputs and o->merges.
 */
int cli_parse_options(int argc, char **argv, int first, const char *usage,
                      const char *accept, CliOptions *o);

/// The built-in rules plus o->rules_dir; errors reported.
KgbStatus cli_load_rules(const CliOptions *o, KgbRules **out);

/// Progress on stderr when it is a terminal: documents, MB, rate.
typedef struct {
  bool on;
  struct timespec start;
  struct timespec last;
} CliProgress;

void cli_progress_init(CliProgress *p, bool quiet);
void cli_progress_tick(CliProgress *p, const KgbInput *in, bool final);
void cli_report_input_error(const KgbInputError *err);

/// Create @p dir if needed and prove it writable; errors reported.
KgbStatus cli_check_outdir(const char *dir);

/// Read all of o's inputs through the extractor into @p g. Returns OK,
/// PARTIAL (some inputs failed; *failures of them) or FATAL.
KgbExit cli_read_corpus(const CliOptions *o, const KgbRules *rules, KgbGraph *g,
                        size_t *failures);

/**
 * Read every input of @p o (or @p defaults when there is none) into a new,
 * finished graph *out (caller frees): RDF files, by their extension, through
 * kgb_import_rdf, anything else (articles, folders, -) through the
 * extractor; o->infer is applied. Errors are reported; returns OK, PARTIAL
 * (some inputs failed, *out still set) or FATAL (*out NULL).
 */
KgbExit cli_load_graph(CliOptions *o, const char *defaults, KgbGraph **out);

/// A name and how often it occurs.
typedef struct {
  const char *name;
  size_t count;
} CliTally;

/**
 * Count the classes of @p g's nodes (@p relations false) or the predicates of
 * its facts (true) into @p t (at most @p cap names, borrowed from the graph),
 * sorted by name; returns how many. O(items x names): classes and relations
 * are few.
 */
size_t cli_tally(const KgbGraph *g, bool relations, CliTally *t, size_t cap);

int kgb_cmd_eval(int argc, char **argv, const char *usage);

/// kgb stats, kgb path, kgb neighbors (cli/analysis.c).
int kgb_cmd_stats(int argc, char **argv);
int kgb_cmd_path(int argc, char **argv);
int kgb_cmd_neighbors(int argc, char **argv);
/* ---- export.c --------------------------------------------------------------
 */

/// True when @p path names an RDF file by its extension (.ttl, .nt, .nq,
/// .trig, .rdf, .owl ...), which commands read with kgb_import_rdf.
bool cli_is_rdf_path(const char *path);
/// Read the RDF file @p path into the unfinished @p g; errors reported
/// (file, line, byte). KGB_EXIT_OK or KGB_EXIT_FATAL.
KgbExit cli_merge_rdf(const char *path, KgbGraph *g);
/// --view, --focus, --depth, --color-by and --layout of @p o into @p eo;
/// false (reported) when one is invalid.
bool cli_diagram_options(const CliOptions *o, KgbExportOptions *eo);

/// kgb export GRAPH... --format F[,F...] [-o FILE|DIR]
int kgb_cmd_export(int argc, char **argv, const char *usage);
/// kgb ontology [-o FILE] [--format F]
int kgb_cmd_ontology(int argc, char **argv, const char *usage);
/// kgb render [INPUT|GRAPH...] -o FILE.svg|.png|.dot [--view V] ...
int kgb_cmd_render(int argc, char **argv, const char *usage);

#endif
