/*
 * analysis.c: the commands that read the graph's structure.
 *
 *   kgb stats     [INPUT...]            a readable report of the analyses
 *   kgb path      A B [INPUT...]        the shortest chain of facts from A to B
 *   kgb neighbors A [INPUT...] --depth N --format F   the ego network of A
 *
 * Each reads its inputs like build (default samples/), finishes the graph
 * (with --infer when asked) and reads the figures through graph.h.
 */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const usage_stats =
    "usage: kgb stats [INPUT...] [--infer] [--rules DIR] [--quiet]\n"
    "\n"
    "Reads every INPUT (default: samples/) and prints a report of the graph:\n"
    "counts by class and relation, the top entities of each class by\n"
    "PageRank, each Leiden community with its members (and the modularity of\n"
    "the Louvain and Leiden partitions), articulation points, bridges, love\n"
    "triangles and family trees. Conventions: README.md, \"Analyses\".\n"
    "\n"
    "Options:\n"
    "  --infer        symmetric relations in both directions, locatedIn "
    "closed\n"
    "                 transitively, before the analyses\n"
    "  --rules DIR    add the rule files of DIR to the built-in rules\n"
    "  -q, --quiet    no progress on standard error\n"
    "\n"
    "Exit status: 0 success, 1 some inputs failed, 2 usage, 3 fatal.\n";

static const char *const usage_path =
    "usage: kgb path A B [INPUT...] [--infer] [--rules DIR] [--quiet]\n"
    "\n"
    "Prints the shortest chain of facts between the entities named A and B\n"
    "(facts followed in either direction; one followed against its direction\n"
    "is marked with ⁻¹), e.g.\n"
    "  Semih —hasCharacter⁻¹→ Don't Leave —filmedIn→ Adana\n"
    "A and B match any label or alternative label of an entity, compared\n"
    "folded (case, accents and punctuation ignored), or an entity's IRI.\n"
    "Default INPUT: samples/.\n"
    "\n"
    "Exit status: 0 a path was printed, 1 a path was printed but some inputs\n"
    "failed, 2 usage, 3 fatal, 4 no path (or a name matches no entity),\n"
    "5 a name is ambiguous (the candidates are listed).\n";

static const char *const usage_neighbors =
    "usage: kgb neighbors A [INPUT...] [--depth N] [--format F] [--infer]\n"
    "                     [--no-provenance] [--rules DIR] [--quiet]\n"
    "\n"
    "Writes the ego network of the entity named A to standard output: every\n"
    "entity within N facts of A (facts followed in either direction; default\n"
    "N = 1), the facts among them and their literal facts, with the analyses\n"
    "recomputed on that network. A is matched as by kgb path.\n"
    "Default INPUT: samples/.\n"
    "\n"
    "Options:\n"
    "  --depth N      how many facts away from A (default 1)\n"
    "  -f, --format F turtle (default), ntriples, graphml, dot or svg\n"
    "  --infer        inference before the ego network is taken\n"
    "  --no-provenance  leave out the evidence of each fact\n"
    "\n"
    "Exit status: 0 success, 1 some inputs failed, 2 usage, 3 fatal,\n"
    "4 the name matches no entity, 5 the name is ambiguous.\n";

/* ---- shared -------------------------------------------------------------- */

/// True when folded @p want equals @p name folded.
static bool same_name(const char *want, const char *name) {
  char *folded = kgb_normalize(name, strlen(name));
  bool same = folded && strcmp(folded, want) == 0;
  free(folded);
  return same;
}

/**
 * The node named @p name: its IRI, or a label or alternative label equal
 * after folding. Returns 0 and sets *out, or the exit code after reporting:
 * KGB_EXIT_NOT_FOUND (no entity) or KGB_EXIT_AMBIGUOUS (candidates listed).
 * O(V + alternative labels).
 */
static int find_entity(const KgbGraph *g, const char *name, size_t *out) {
  size_t n = kgb_graph_node_count(g), found = 0;
  for (size_t i = 0; i < n; i++) {
    if (strcmp(kgb_graph_node(g, i)->iri, name) == 0) {
      *out = i;
      return 0;
    }
  }
  char *want = kgb_normalize(name, strlen(name));
  if (!want || !*want) {
    free(want);
    cli_errorf("'%s' is not a usable name", name);
    return KGB_EXIT_USAGE;
  }
  for (int pass = 0; pass < 2; pass++) {
    for (size_t i = 0; i < n; i++) {
      const KgbNode *node = kgb_graph_node(g, i);
      bool hit = same_name(want, node->label);
      for (size_t k = 0; !hit && k < node->n_alt; k++) {
        hit = same_name(want, node->alt_labels[k]);
      }
      if (!hit) {
        continue;
      }
      if (pass == 0) {
        *out = i;
        found++;
      } else {
        fprintf(stderr, "  %s (%s) %s\n", node->label, node->cls, node->iri);
      }
    }
    if (found != 1 && pass == 0) {
      if (found == 0) {
        cli_errorf("no entity is named '%s'", name);
        free(want);
        return KGB_EXIT_NOT_FOUND;
      }
      cli_errorf("'%s' names %zu entities; give one's IRI:", name, found);
    } else if (pass == 0) {
      break;
    }
  }
  free(want);
  return found == 1 ? 0 : KGB_EXIT_AMBIGUOUS;
}

/// One step of the undirected adjacency: the fact and the node it leads to.
typedef struct {
  size_t node, edge;
} Step;

/**
 * Adjacency over entity-to-entity facts in both directions, in edge order:
 * steps of node u are (*steps)[(*first)[u] .. (*first)[u+1]). O(V + E).
 * Caller frees both.
 */
static KgbStatus adjacency(const KgbGraph *g, size_t **first, Step **steps) {
  size_t n = kgb_graph_node_count(g), m = kgb_graph_edge_count(g);
  *first = calloc(n + 2, sizeof **first);
  *steps = calloc(2 * m + 1, sizeof **steps);
  size_t *fill = calloc(n + 1, sizeof *fill);
  if (!*first || !*steps || !fill) {
    free(fill);
    return KGB_ERR_NOMEM;
  }
  size_t *f = *first;
  for (size_t i = 0; i < m; i++) {
    const KgbEdge *e = kgb_graph_edge(g, i);
    if (e->kind == KGB_VALUE_ENTITY) {
      f[e->subject + 1]++;
      f[e->object + 1]++;
    }
  }
  for (size_t u = 0; u < n; u++) {
    f[u + 1] += f[u];
  }
  for (size_t i = 0; i < m; i++) {
    const KgbEdge *e = kgb_graph_edge(g, i);
    if (e->kind == KGB_VALUE_ENTITY) {
      (*steps)[f[e->subject] + fill[e->subject]++] = (Step){e->object, i};
      (*steps)[f[e->object] + fill[e->object]++] = (Step){e->subject, i};
    }
  }
  free(fill);
  return KGB_OK;
}

/* ---- stats --------------------------------------------------------------- */

static const double *pr_values; // qsort has no payload

/// Nodes by class, then PageRank (highest first), then node order.
static int cmp_by_rank(const void *a, const void *b) {
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  if (pr_values[x] != pr_values[y]) {
    return pr_values[x] > pr_values[y] ? -1 : 1;
  }
  return x < y ? -1 : (x > y);
}

static double stat_value(const KgbGraph *g, const char *name) {
  const KgbGraphStat *s = kgb_graph_stat_find(g, name);
  return s ? s->value : NAN;
}

static void print_counts(const KgbGraph *g) {
  enum { CAP = 128 };
  CliTally classes[CAP], relations[CAP];
  size_t nc = cli_tally(g, false, classes, CAP);
  size_t nr = cli_tally(g, true, relations, CAP);
  printf("documents: %zu\n", kgb_graph_document_count(g));
  printf("entities: %zu in %zu weakly connected components\n",
         kgb_graph_node_count(g), kgb_graph_component_count(g));
  for (size_t i = 0; i < nc; i++) {
    printf("  %-20s %8zu\n", classes[i].name, classes[i].count);
  }
  printf("facts: %zu (%.0f between entities, %.0f inferred)\n",
         kgb_graph_edge_count(g), stat_value(g, "entityFacts"),
         stat_value(g, "inferredFacts"));
  for (size_t i = 0; i < nr; i++) {
    printf("  %-20s %8zu\n", relations[i].name, relations[i].count);
  }
}

/// The top entities of each class by PageRank.
static KgbStatus print_top(const KgbGraph *g, size_t top) {
  size_t n = kgb_graph_node_count(g);
  const KgbMetric *pr = kgb_graph_metric_find(g, "pageRank");
  if (!pr || n == 0) {
    return KGB_OK;
  }
  size_t *order = calloc(n, sizeof *order);
  if (!order) {
    return KGB_ERR_NOMEM;
  }
  for (size_t i = 0; i < n; i++) {
    order[i] = i;
  }
  pr_values = pr->values;
  qsort(order, n, sizeof *order, cmp_by_rank);
  /* classes in name order; each pass over the ranked nodes is O(V), and
   * there are few classes */
  enum { CAP = 128 };
  CliTally classes[CAP];
  size_t nc = cli_tally(g, false, classes, CAP);
  printf("\ntop entities by PageRank (directed, damping 0.85):\n");
  for (size_t c = 0; c < nc; c++) {
    printf("  %s\n", classes[c].name);
    size_t shown = 0;
    for (size_t k = 0; k < n && shown < top; k++) {
      const KgbNode *node = kgb_graph_node(g, order[k]);
      if (strcmp(node->cls, classes[c].name) == 0) {
        printf("    %.6f  %s\n", pr->values[order[k]], node->label);
        shown++;
      }
    }
  }
  free(order);
  return KGB_OK;
}

/// Each Leiden community with its members, largest first.
static KgbStatus print_communities(const KgbGraph *g) {
  const KgbMetric *leiden = kgb_graph_metric_find(g, "communityLeiden");
  size_t n = kgb_graph_node_count(g);
  if (!leiden) {
    return KGB_OK;
  }
  size_t k = (size_t)stat_value(g, "communitiesLeiden");
  size_t *first = calloc(k + 2, sizeof *first);
  size_t *members = calloc(n + 1, sizeof *members);
  if (!first || !members) {
    free(first);
    free(members);
    return KGB_ERR_NOMEM;
  }
  for (size_t i = 0; i < n; i++) {
    first[(size_t)leiden->values[i] + 1]++;
  }
  for (size_t c = 0; c < k; c++) {
    first[c + 1] += first[c];
  }
  for (size_t i = 0; i < n; i++) { /* counting sort: node order kept */
    members[first[(size_t)leiden->values[i]]++] = i;
  }
  printf("\ncommunities (Leiden, modularity %.6f; Louvain found %.0f, "
         "modularity %.6f):\n",
         stat_value(g, "modularityLeiden"), stat_value(g, "communitiesLouvain"),
         stat_value(g, "modularityLouvain"));
  size_t at = 0; /* first[c] is now the end of community c */
  for (size_t c = 0; c < k; c++) {
    size_t start = at;
    printf("  %zu (%zu members):", c, first[c] - start);
    for (; at < first[c]; at++) {
      printf("%s %s", at == start ? "" : ",",
             kgb_graph_node(g, members[at])->label);
    }
    putchar('\n');
  }
  free(first);
  free(members);
  return KGB_OK;
}

/// Node labels of a list, "a, b, c", at most @p max then "and N more".
static void print_labels(const KgbGraph *g, const size_t *nodes, size_t n,
                         const char *sep, size_t max) {
  for (size_t i = 0; i < n && i < max; i++) {
    printf("%s%s", i ? sep : "", kgb_graph_node(g, nodes[i])->label);
  }
  if (n > max) {
    printf("%s... and %zu more", sep, n - max);
  }
}

static void print_structures(const KgbGraph *g) {
  enum { MAX = 20 };
  const KgbMetric *ap = kgb_graph_metric_find(g, "articulationPoint");
  bool exact = stat_value(g, "centralityExact") == 1;
  printf("\nstructures:\n");
  if (exact) {
    printf("  betweenness and harmonic centrality: exact (up to %.0f "
           "entities)\n",
           stat_value(g, "exactMaxNodes"));
  } else {
    printf("  betweenness and harmonic centrality: paths of at most %.0f "
           "facts (more than %.0f entities)\n",
           stat_value(g, "pathCutoff"), stat_value(g, "exactMaxNodes"));
  }
  printf("  articulation points (%.0f):", stat_value(g, "articulationPoints"));
  size_t shown = 0;
  for (size_t i = 0; ap && i < kgb_graph_node_count(g); i++) {
    if (ap->values[i] == 1 && shown++ < MAX) {
      printf("%s %s", shown > 1 ? "," : "", kgb_graph_node(g, i)->label);
    }
  }
  if (shown > MAX) {
    printf(", ... and %zu more", shown - MAX);
  }
  putchar('\n');
  static const struct {
    KgbStructureKind kind;
    const char *title, *stat;
  } kinds[] = {
      {KGB_STRUCTURE_BRIDGE, "bridges", "bridges"},
      {KGB_STRUCTURE_LOVE_TRIANGLE, "love triangles", "loveTriangles"},
      {KGB_STRUCTURE_FAMILY_TREE, "family trees", "familyTrees"},
  };
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
    printf("  %s (%.0f)%s\n", kinds[k].title, stat_value(g, kinds[k].stat),
           kinds[k].kind == KGB_STRUCTURE_BRIDGE ? ":" : "");
    size_t count = 0;
    for (size_t i = 0; i < kgb_graph_structure_count(g); i++) {
      const KgbStructure *s = kgb_graph_structure(g, i);
      if (s->kind != kinds[k].kind || count++ >= MAX) {
        continue;
      }
      printf("    ");
      if (s->kind == KGB_STRUCTURE_BRIDGE) {
        print_labels(g, s->nodes, 2, " — ", 2);
      } else if (s->kind == KGB_STRUCTURE_LOVE_TRIANGLE) {
        printf("%s with ", kgb_graph_node(g, s->nodes[0])->label);
        print_labels(g, s->nodes + 1, s->n_nodes - 1, ", ", MAX);
      } else {
        printf("%zu members, %zu generations below ", s->n_nodes, s->depth);
        print_labels(g, s->nodes, s->n_roots, ", ", MAX);
        printf(": ");
        print_labels(g, s->nodes + s->n_roots, s->n_nodes - s->n_roots, ", ",
                     MAX);
      }
      putchar('\n');
    }
    if (count > MAX) {
      printf("    ... and %zu more\n", count - MAX);
    }
  }
}

int kgb_cmd_stats(int argc, char **argv) {
  CliOptions o = {.provenance = true};
  KgbGraph *g = NULL;
  int code = cli_parse_options(argc, argv, 2, usage_stats, "--infer", &o);
  if (code >= 0) {
    goto done;
  }
  code = (int)cli_load_graph(&o, "samples", &g);
  if (code == KGB_EXIT_FATAL) {
    goto done;
  }
  print_counts(g);
  if (print_top(g, 5) != KGB_OK || print_communities(g) != KGB_OK) {
    cli_errorf("out of memory");
    code = KGB_EXIT_FATAL;
    goto done;
  }
  print_structures(g);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    cli_errorf("standard output: %s", strerror(errno));
    code = KGB_EXIT_FATAL;
  }
done:
  kgb_graph_free(g);
  free(o.inputs);
  free(o.merges);
  return code;
}

/* ---- path ---------------------------------------------------------------- */

/// Breadth-first search from @p from; via[v] = the step that reached v
/// (SIZE_MAX: not reached), in edge order so the result is deterministic.
/// Stops once @p to is reached (to = SIZE_MAX: never) or at depth @p max.
static KgbStatus bfs(const KgbGraph *g, size_t from, size_t to, size_t max,
                     size_t *via_node, size_t *via_edge, size_t *dist) {
  size_t n = kgb_graph_node_count(g);
  size_t *first = NULL, *queue = calloc(n + 1, sizeof *queue);
  Step *steps = NULL;
  KgbStatus st = adjacency(g, &first, &steps);
  if (st != KGB_OK || !queue) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < n; i++) {
    dist[i] = SIZE_MAX;
    via_node[i] = via_edge[i] = SIZE_MAX;
  }
  size_t head = 0, tail = 0;
  dist[from] = 0;
  queue[tail++] = from;
  while (head < tail) {
    size_t u = queue[head++];
    if (u == to) {
      break;
    }
    if (dist[u] >= max) {
      continue;
    }
    for (size_t k = first[u]; k < first[u + 1]; k++) {
      size_t v = steps[k].node;
      if (dist[v] == SIZE_MAX) {
        dist[v] = dist[u] + 1;
        via_node[v] = u;
        via_edge[v] = steps[k].edge;
        queue[tail++] = v;
      }
    }
  }
done:
  free(first);
  free(steps);
  free(queue);
  return st;
}

int kgb_cmd_path(int argc, char **argv) {
  CliOptions o = {.provenance = true};
  KgbGraph *g = NULL;
  size_t *via_node = NULL, *via_edge = NULL, *dist = NULL, *chain = NULL;
  int code = cli_parse_options(argc, argv, 2, usage_path, "--infer", &o);
  if (code >= 0) {
    goto done;
  }
  if (o.n_inputs < 2) {
    cli_errorf("path needs two names\n%s", usage_path);
    code = KGB_EXIT_USAGE;
    goto done;
  }
  const char *name_a = o.inputs[0], *name_b = o.inputs[1];
  o.inputs += 2;
  o.n_inputs -= 2;
  code = (int)cli_load_graph(&o, "samples", &g);
  o.inputs -= 2;
  if (code == KGB_EXIT_FATAL) {
    goto done;
  }
  size_t a = 0, b = 0;
  int found = find_entity(g, name_a, &a);
  if (found == 0) {
    found = find_entity(g, name_b, &b);
  }
  if (found != 0) {
    code = found;
    goto done;
  }
  size_t n = kgb_graph_node_count(g);
  via_node = calloc(n, sizeof *via_node);
  via_edge = calloc(n, sizeof *via_edge);
  dist = calloc(n, sizeof *dist);
  if (!via_node || !via_edge || !dist ||
      bfs(g, a, b, SIZE_MAX, via_node, via_edge, dist) != KGB_OK) {
    cli_errorf("out of memory");
    code = KGB_EXIT_FATAL;
    goto done;
  }
  if (dist[b] == SIZE_MAX) {
    cli_errorf("no path between %s and %s", kgb_graph_node(g, a)->label,
               kgb_graph_node(g, b)->label);
    code = KGB_EXIT_NOT_FOUND;
    goto done;
  }
  chain = calloc(dist[b] + 1, sizeof *chain);
  if (!chain) {
    code = KGB_EXIT_FATAL;
    goto done;
  }
  size_t len = dist[b];
  for (size_t v = b, k = len; v != a; v = via_node[v]) {
    chain[--k] = v;
  }
  printf("%s", kgb_graph_node(g, a)->label);
  size_t at = a;
  for (size_t k = 0; k < len; k++) {
    size_t next = chain[k];
    const KgbEdge *e = kgb_graph_edge(g, via_edge[next]);
    const KgbVocabTerm *t = kgb_vocab_find(kgb_vocab_default(), e->predicate);
    bool backwards = e->subject != at && !(t && t->symmetric);
    printf(" —%s%s→ %s", e->predicate, backwards ? "⁻¹" : "",
           kgb_graph_node(g, next)->label);
    at = next;
  }
  putchar('\n');
  if (fflush(stdout) != 0 || ferror(stdout)) {
    cli_errorf("standard output: %s", strerror(errno));
    code = KGB_EXIT_FATAL;
  }
done:
  kgb_graph_free(g);
  free(via_node);
  free(via_edge);
  free(dist);
  free(chain);
  free(o.inputs);
  free(o.merges);
  return code;
}

/* ---- neighbors ----------------------------------------------------------- */

/// The ego network: nodes with dist <= depth, their facts among themselves
/// and their literal facts (asserted facts only; inference is redone).
static KgbStatus ego_graph(const KgbGraph *g, const size_t *dist, bool infer,
                           KgbGraph **out) {
  size_t n = kgb_graph_node_count(g);
  KgbGraph *ego = NULL;
  size_t *map = calloc(n + 1, sizeof *map);
  KgbStatus st = map ? kgb_graph_new(&ego) : KGB_ERR_NOMEM;
  if (st != KGB_OK) {
    goto done;
  }
  KgbGraphOptions go = kgb_graph_options_default();
  go.infer = infer;
  TRY(st, kgb_graph_set_options(ego, &go));
  for (size_t i = 0; i < n; i++) {
    if (dist[i] == SIZE_MAX) {
      continue;
    }
    const KgbNode *node = kgb_graph_node(g, i);
    TRY(st, kgb_graph_add_entity(ego, node->cls, node->label, &map[i]));
    for (size_t k = 0; k < node->n_alt; k++) {
      TRY(st, kgb_graph_add_alt_label(ego, map[i], node->alt_labels[k]));
    }
  }
  for (size_t i = 0; i < kgb_graph_edge_count(g); i++) {
    const KgbEdge *e = kgb_graph_edge(g, i);
    bool entity = e->kind == KGB_VALUE_ENTITY;
    if (e->inferred || dist[e->subject] == SIZE_MAX ||
        (entity && dist[e->object] == SIZE_MAX)) {
      continue;
    }
    size_t obj = entity ? map[e->object] : 0;
    if (e->n_evidence == 0) {
      TRY(st, kgb_graph_add_fact(ego, map[e->subject], e->predicate, e->kind,
                                 obj, e->literal, NULL));
    }
    for (size_t k = 0; k < e->n_evidence; k++) {
      TRY(st, kgb_graph_add_fact(ego, map[e->subject], e->predicate, e->kind,
                                 obj, e->literal, &e->evidence[k]));
    }
  }
  TRY(st, kgb_graph_finish(ego));
  *out = ego;
  ego = NULL;
done:
  kgb_graph_free(ego);
  free(map);
  return st;
}

int kgb_cmd_neighbors(int argc, char **argv) {
  CliOptions o = {.provenance = true};
  KgbGraph *g = NULL, *ego = NULL;
  size_t *via_node = NULL, *via_edge = NULL, *dist = NULL;
  int code = cli_parse_options(argc, argv, 2, usage_neighbors,
                               "--infer --depth --format", &o);
  if (code >= 0) {
    goto done;
  }
  KgbFormat fmt = KGB_FORMAT_TURTLE;
  if (o.format && kgb_format_from_name(o.format, &fmt) != KGB_OK) {
    cli_errorf("unknown format '%s'\n%s", o.format, usage_neighbors);
    code = KGB_EXIT_USAGE;
    goto done;
  }
  if (!kgb_format_available(fmt)) {
    cli_errorf("%s output needs Graphviz's layout plugins",
               kgb_format_extension(fmt));
    code = KGB_EXIT_FATAL;
    goto done;
  }
  if (o.n_inputs < 1) {
    cli_errorf("neighbors needs a name\n%s", usage_neighbors);
    code = KGB_EXIT_USAGE;
    goto done;
  }
  const char *name = o.inputs[0];
  o.inputs += 1;
  o.n_inputs -= 1;
  code = (int)cli_load_graph(&o, "samples", &g);
  o.inputs -= 1;
  if (code == KGB_EXIT_FATAL) {
    goto done;
  }
  size_t a = 0;
  int found = find_entity(g, name, &a);
  if (found != 0) {
    code = found;
    goto done;
  }
  size_t n = kgb_graph_node_count(g);
  size_t depth = o.depth < 0 ? 1 : (size_t)o.depth;
  via_node = calloc(n, sizeof *via_node);
  via_edge = calloc(n, sizeof *via_edge);
  dist = calloc(n, sizeof *dist);
  KgbStatus st = KGB_ERR_NOMEM;
  if (via_node && via_edge && dist) {
    st = bfs(g, a, SIZE_MAX, depth, via_node, via_edge, dist);
  }
  if (st == KGB_OK) {
    st = ego_graph(g, dist, o.infer, &ego);
  }
  if (st == KGB_OK) {
    KgbExportOptions eo = kgb_export_options_default();
    eo.provenance = o.provenance;
    st = kgb_export_stream(ego, fmt, &eo, stdout);
  }
  if (st == KGB_OK && (fflush(stdout) != 0 || ferror(stdout))) {
    st = KGB_ERR_IO;
  }
  if (st != KGB_OK) {
    cli_errorf("%s%s%s", kgb_strerror(st), st == KGB_ERR_IO ? ": " : "",
               st == KGB_ERR_IO ? strerror(errno) : "");
    code = KGB_EXIT_FATAL;
  }
done:
  kgb_graph_free(g);
  kgb_graph_free(ego);
  free(via_node);
  free(via_edge);
  free(dist);
  free(o.inputs);
  free(o.merges);
  return code;
}
