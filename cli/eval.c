/*
 * eval.c: `kgb eval GOLD.tsv GRAPH [GOLD.tsv GRAPH...] [--verbose]`.
 *
 * Loads every pair first (an RDF file, or an article extracted on its own),
 * reporting each file that cannot be read or parsed; only when all loaded
 * does it print, for each pair, its precision, recall and F1, then the
 * micro-average (counts summed over the pairs), a table per relation and,
 * with --verbose, each pair's missed core lines and unexpected facts, written
 * tab-separated like gold lines. Exit codes as main.c's KgbExit.
 */
#include "../eval/eval.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum { EXIT_USAGE = 2, EXIT_FATAL = 3 };

int kgb_cmd_eval(int argc, char **argv, const char *usage);

/// One GOLD GRAPH pair and what was loaded from it.
typedef struct {
  const char *gold_path;
  const char *graph_path;
  KgbGold *gold;
  KgbEvalGraph *graph;
  KgbEvalResult *result;
} Pair;

/// "0.812", or "-" when the figure has no denominator.
static void print_ratio(double value, size_t denominator) {
  if (denominator) {
    printf(" %6.3f", value);
  } else {
    printf(" %6s", "-");
  }
}

static void print_counts(const char *name, const KgbEvalCounts *c) {
  printf("%s: P=%.3f R=%.3f F1=%.3f (%zu/%zu extracted, %zu/%zu core)\n", name,
         kgb_eval_precision(c), kgb_eval_recall(c), kgb_eval_f1(c), c->matched,
         c->extracted, c->core_matched, c->core);
}

static void print_table(const KgbEvalResult *sum) {
  printf("\n%-18s %9s %7s %5s %12s %6s %6s %6s\n", "relation", "extracted",
         "matched", "core", "core-matched", "P", "R", "F1");
  for (size_t i = 0; i < kgb_eval_result_relation_count(sum); i++) {
    const KgbEvalCounts *c = kgb_eval_result_relation(sum, i);
    printf("%-18s %9zu %7zu %5zu %12zu", c->relation, c->extracted, c->matched,
           c->core, c->core_matched);
    print_ratio(kgb_eval_precision(c), c->extracted);
    print_ratio(kgb_eval_recall(c), c->core);
    print_ratio(kgb_eval_f1(c), c->extracted + c->core);
    putchar('\n');
  }
}

static void print_details(const Pair *p) {
  const KgbEvalResult *r = p->result;
  printf("\n%s vs %s\n", p->gold_path, p->graph_path);
  printf("  missed core facts (%zu):\n", kgb_eval_result_missed_count(r));
  for (size_t i = 0; i < kgb_eval_result_missed_count(r); i++) {
    const KgbGoldLine *g = kgb_eval_result_missed(r, i);
    printf("    %zu:\t%s\t%s\t%s\n", g->line, g->subject, g->predicate,
           g->object);
  }
  printf("  unexpected facts (%zu):\n", kgb_eval_result_unexpected_count(r));
  for (size_t i = 0; i < kgb_eval_result_unexpected_count(r); i++) {
    const KgbEvalFact *f = kgb_eval_result_unexpected(r, i);
    printf(f->literal ? "    %s\t%s\t\"%s\"\n" : "    %s\t%s\t%s\n", f->subject,
           f->predicate, f->object);
  }
}

/// Print a load error (the module's message names the file) and free it.
static void report(KgbStatus st, char *err) {
  fprintf(stderr, "kgb: %s\n", err ? err : kgb_strerror(st));
  free(err);
}

/// Read an RDF file, or extract an article with the built-in rules (built
/// on first use into *rules). Reports a failure on stderr.
static KgbStatus load_graph(const char *path, KgbRules **rules,
                            KgbEvalGraph **out) {
  char *err = NULL;
  KgbStatus st = KGB_OK;
  if (!kgb_eval_is_article(path)) {
    st = kgb_eval_graph_load_rdf(path, NULL, out, &err);
  } else if (!*rules && kgb_rules_new_default(rules, &err) != KGB_OK) {
    fprintf(stderr, "kgb: built-in rules: %s\n", err ? err : "broken");
    free(err);
    return KGB_ERR_PARSE;
  } else {
    st = kgb_eval_graph_extract(path, *rules, out, &err);
  }
  if (st != KGB_OK) {
    report(st, err);
  }
  return st;
}

/// Load both files of pair @p p, reporting each that fails; KGB_OK when both
/// loaded.
static KgbStatus load_pair(Pair *p, KgbRules **rules) {
  char *err = NULL;
  KgbStatus gold_st = kgb_gold_load(p->gold_path, NULL, &p->gold, &err);
  if (gold_st != KGB_OK) {
    report(gold_st, err);
  }
  KgbStatus st = load_graph(p->graph_path, rules, &p->graph);
  return gold_st != KGB_OK ? gold_st : st;
}

int kgb_cmd_eval(int argc, char **argv, const char *usage) {
  int code = 0;
  bool verbose = false, only_files = false;
  size_t n_files = 0, n_pairs = 0;
  const char **files = calloc((size_t)argc + 1, sizeof *files);
  Pair *pairs = calloc((size_t)argc / 2 + 1, sizeof *pairs);
  KgbRules *rules = NULL;
  KgbEvalResult *sum = NULL;
  if (!files || !pairs) {
    fputs("kgb: out of memory\n", stderr);
    code = EXIT_FATAL;
    goto done;
  }
  for (int i = 2; i < argc; i++) {
    const char *a = argv[i];
    if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
      files[n_files++] = a;
    } else if (strcmp(a, "--") == 0) {
      only_files = true;
    } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      fputs(usage, stdout);
      goto done;
    } else if (strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0) {
      verbose = true;
    } else {
      fprintf(stderr, "kgb: unknown option '%s'\n%s", a, usage);
      code = EXIT_USAGE;
      goto done;
    }
  }
  if (n_files == 0 || n_files % 2 != 0) {
    fprintf(stderr, "kgb: eval takes pairs of GOLD.tsv GRAPH\n%s", usage);
    code = EXIT_USAGE;
    goto done;
  }
  n_pairs = n_files / 2;
  for (size_t i = 0; i < n_pairs; i++) {
    const char *graph = files[2 * i + 1];
    pairs[i].gold_path = files[2 * i];
    pairs[i].graph_path = graph;
    if (!kgb_eval_rdf_syntax(graph) && !kgb_eval_is_article(graph)) {
      fprintf(stderr,
              "kgb: %s: GRAPH must be RDF (.ttl, .nt, .nq, .rdf, .xml) or "
              "an article (.txt, .html, .htm)\n%s",
              graph, usage);
      code = EXIT_USAGE;
      goto done;
    }
  }
  for (size_t i = 0; i < n_pairs; i++) {
    if (load_pair(&pairs[i], &rules) != KGB_OK) {
      code = EXIT_FATAL;
    }
  }
  if (code != 0) {
    goto done;
  }
  if (kgb_eval_result_new(&sum) != KGB_OK) {
    fputs("kgb: out of memory\n", stderr);
    code = EXIT_FATAL;
    goto done;
  }
  for (size_t i = 0; i < n_pairs; i++) {
    Pair *p = &pairs[i];
    if (kgb_eval_score(p->gold, p->graph, &p->result) != KGB_OK ||
        kgb_eval_result_add(sum, p->result) != KGB_OK) {
      fputs("kgb: out of memory\n", stderr);
      code = EXIT_FATAL;
      goto done;
    }
    print_counts(p->gold_path, kgb_eval_result_total(p->result));
  }
  char label[64];
  snprintf(label, sizeof label, "micro-average (%zu %s)", n_pairs,
           n_pairs == 1 ? "pair" : "pairs");
  print_counts(label, kgb_eval_result_total(sum));
  print_table(sum);
  for (size_t i = 0; verbose && i < n_pairs; i++) {
    print_details(&pairs[i]);
  }
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "kgb: standard output: %s\n", strerror(errno));
    code = EXIT_FATAL;
  }
done:
  for (size_t i = 0; pairs && i < n_pairs; i++) {
    kgb_eval_result_free(pairs[i].result);
    kgb_eval_graph_free(pairs[i].graph);
    kgb_gold_free(pairs[i].gold);
  }
  kgb_eval_result_free(sum);
  kgb_rules_free(rules);
  free(pairs);
  free(files);
  return code;
}
