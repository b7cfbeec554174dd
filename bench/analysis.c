/*
 * bench/analysis.c: time the igraph projection and each analysis on a
 * synthetic graph built through graph.h's public API.
 *
 *   build/bench/analysis [ENTITIES [FACTS [EXACT_MAX_NODES]]]
 *
 * Defaults: 1,000,000 entities (people in teams of 100) and 3,000,000 facts,
 * 90% inside a team and 10% between random teams, over six person-to-person
 * relations (two of them symmetric), from a fixed xorshift seed, so every run
 * builds the same graph. Prints the wall time of adding the entities and
 * facts, of kgb_graph_finish() and of each step it timed, then the peak
 * resident memory. With the defaults, betweenness and harmonic centrality
 * use the path-length cutoff (KgbGraphOptions); pass EXACT_MAX_NODES to
 * change the threshold.
 */
#include "../graph/graph.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static size_t arg(int argc, char **argv, int i, size_t dflt) {
  if (argc <= i) {
    return dflt;
  }
  char *end = NULL;
  unsigned long long v = strtoull(argv[i], &end, 10);
  if (!end || *end || v == 0) {
    fprintf(stderr, "bench: '%s' is not a positive count\n", argv[i]);
    exit(2);
  }
  return (size_t)v;
}

int main(int argc, char **argv) {
  size_t n = arg(argc, argv, 1, 1000000);
  size_t m = arg(argc, argv, 2, 3000000);
  KgbGraphOptions opts = kgb_graph_options_default();
  opts.exact_max_nodes = arg(argc, argv, 3, opts.exact_max_nodes);
  static const char *const preds[] = {"friendOf",  "colleagueOf", "bossOf",
                                      "hasParent", "dated",       "livedWith"};
  enum { TEAM = 100 };
  KgbGraph *g = NULL;
  size_t *ids = malloc(n * sizeof *ids);
  char name[64];
  int rc = 1;
  if (!ids || kgb_graph_new(&g) != KGB_OK ||
      kgb_graph_set_options(g, &opts) != KGB_OK) {
    goto done;
  }
  double t0 = now();
  for (size_t i = 0; i < n; i++) {
    snprintf(name, sizeof name, "Person %zu of Team %zu", i % TEAM, i / TEAM);
    if (kgb_graph_add_entity(g, "Person", name, &ids[i]) != KGB_OK) {
      goto done;
    }
  }
  double t1 = now();
  uint64_t x = 88172645463325252ULL;
  for (size_t f = 0; f < m; f++) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    size_t a = (size_t)(x % n);
    size_t team =
        (x >> 40) % 10 == 0 ? (size_t)((x >> 20) % (n / TEAM + 1)) : a / TEAM;
    size_t b = team * TEAM + (size_t)((x >> 28) % TEAM);
    if (b >= n) {
      b = n - 1;
    }
    if (kgb_graph_add_fact(g, ids[a], preds[(x >> 50) % 6], KGB_VALUE_ENTITY,
                           ids[b], NULL, NULL) != KGB_OK) {
      goto done;
    }
  }
  double t2 = now();
  if (kgb_graph_finish(g) != KGB_OK) {
    fprintf(stderr, "bench: finish failed\n");
    goto done;
  }
  double t3 = now();
  printf("graph: %zu entities, %zu distinct facts (%zu generated)\n",
         kgb_graph_node_count(g), kgb_graph_edge_count(g), m);
  printf("%-34s %9.2f s\n", "add entities", t1 - t0);
  printf("%-34s %9.2f s\n", "add facts", t2 - t1);
  printf("%-34s %9.2f s\n", "kgb_graph_finish (all below)", t3 - t2);
  for (size_t i = 0; i < kgb_graph_timing_count(g); i++) {
    const KgbGraphTiming *t = kgb_graph_timing(g, i);
    printf("  %-32s %9.2f s\n", t->name, t->seconds);
  }
  for (size_t i = 0; i < kgb_graph_stat_count(g); i++) {
    const KgbGraphStat *s = kgb_graph_stat(g, i);
    printf("  %-32s %.6g\n", s->name, s->value);
  }
  struct rusage ru;
  if (getrusage(RUSAGE_SELF, &ru) == 0) {
    printf("peak resident memory: %.0f MB\n", (double)ru.ru_maxrss / 1024.0);
  }
  rc = 0;
done:
  kgb_graph_free(g);
  free(ids);
  return rc;
}
