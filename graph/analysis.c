/*
 * analysis.c: inference and the igraph analyses of a finished graph.
 *
 * Two views of the entity graph are built once from the canonical edges
 * (entity-to-entity facts; literals are attributes): the directed simple view
 * (parallel facts between two entities collapsed to one edge, self-loops
 * dropped) for PageRank, and the undirected simple view (the same with
 * direction dropped and mutual edges collapsed) for betweenness, harmonic
 * centrality, communities, coreness, articulation points and bridges. Every
 * figure is a per-node metric (kgb_graph_add_metric) or a graph-level figure
 * (KgbGraphStat); relationship structures (bridges, love triangles, family
 * trees) are KgbStructure lists. README.md ("Analyses") states each
 * convention so that others can reproduce the numbers.
 *
 * Determinism: igraph's default RNG is seeded (KgbGraphOptions.seed) before
 * Louvain and before Leiden, vertices are in IRI order, and every partition
 * is renumbered canonically (largest group first, ties by smallest node), so
 * the same input gives the same figures and ids.
 */
#include "graph_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <igraph.h>

struct KgbAnalysis {
  KgbGraphStat *stats;
  size_t n_stats, cap_stats;
  KgbStructure *structures;
  size_t n_structures, cap_structures;
  size_t *offsets; ///< per structure: first node in pool
  size_t cap_offsets;
  size_t *pool; ///< every structure's nodes, one block
  size_t n_pool, cap_pool;
};

void kgb_analysis_free(KgbAnalysis *a) {
  if (!a) {
    return;
  }
  free(a->stats);
  free(a->structures);
  free(a->offsets);
  free(a->pool);
  free(a);
}

static KgbStatus from_igraph(igraph_error_t err) {
  if (err == IGRAPH_SUCCESS) {
    return KGB_OK;
  }
  return err == IGRAPH_ENOMEM ? KGB_ERR_NOMEM : KGB_ERR_LIB;
}

static double now_seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static KgbStatus add_stat(KgbAnalysis *a, const char *name, KgbMetricKind kind,
                          const char *comment, double value) {
  KgbStatus st =
      kgb_grow(&a->stats, &a->cap_stats, a->n_stats + 1, sizeof *a->stats);
  if (st == KGB_OK) {
    a->stats[a->n_stats++] = (KgbGraphStat){name, kind, comment, value};
  }
  return st;
}

/// Start a structure; its nodes follow with push_node().
static KgbStatus add_structure(KgbAnalysis *a, KgbStructureKind kind) {
  KgbStatus st = kgb_grow(&a->structures, &a->cap_structures,
                          a->n_structures + 1, sizeof *a->structures);
  if (st == KGB_OK) {
    st = kgb_grow(&a->offsets, &a->cap_offsets, a->n_structures + 1,
                  sizeof *a->offsets);
  }
  if (st == KGB_OK) {
    a->offsets[a->n_structures] = a->n_pool;
    a->structures[a->n_structures++] = (KgbStructure){.kind = kind};
  }
  return st;
}

static KgbStatus push_node(KgbAnalysis *a, size_t node) {
  KgbStatus st =
      kgb_grow(&a->pool, &a->cap_pool, a->n_pool + 1, sizeof *a->pool);
  if (st == KGB_OK) {
    a->pool[a->n_pool++] = node;
    a->structures[a->n_structures - 1].n_nodes++;
  }
  return st;
}

/// Point every structure at its nodes (the pool no longer moves).
static void seal_structures(KgbAnalysis *a) {
  for (size_t i = 0; i < a->n_structures; i++) {
    a->structures[i].nodes = a->pool + a->offsets[i];
  }
}

static double *new_values(size_t n, double fill) {
  double *v = malloc((n ? n : 1) * sizeof *v);
  if (v) {
    for (size_t i = 0; i < n; i++) {
      v[i] = fill;
    }
  }
  return v;
}

static bool is_person(const KgbGraph *g, size_t i) {
  const char *cls = kgb_graph_node(g, i)->cls;
  return strcmp(cls, "Person") == 0 || strcmp(cls, "Character") == 0;
}

/* ---- canonical numbering of a partition ---------------------------------- */

typedef struct {
  size_t label, size, first;
} Group;

static int cmp_group(const void *a, const void *b) {
  const Group *x = a, *y = b;
  if (x->size != y->size) {
    return x->size > y->size ? -1 : 1;
  }
  return x->first < y->first ? -1 : (x->first > y->first);
}

/**
 * Renumber @p label (n values below n, or SIZE_MAX for nodes outside every
 * group) so that the largest group is 0, ties broken by the smallest node
 * index; @p out receives the new ids as doubles (NaN outside). O(n + k log k).
 */
static KgbStatus canonical_ids(const size_t *label, size_t n, double *out,
                               size_t *n_groups) {
  Group *groups = calloc(n ? n : 1, sizeof *groups);
  size_t *rank = calloc(n ? n : 1, sizeof *rank);
  if (!groups || !rank) {
    free(groups);
    free(rank);
    return KGB_ERR_NOMEM;
  }
  for (size_t l = 0; l < n; l++) {
    groups[l] = (Group){l, 0, SIZE_MAX};
  }
  for (size_t i = 0; i < n; i++) {
    if (label[i] != SIZE_MAX) {
      Group *gr = &groups[label[i]];
      gr->size++;
      if (gr->first == SIZE_MAX) {
        gr->first = i;
      }
    }
  }
  size_t k = 0;
  for (size_t l = 0; l < n; l++) {
    if (groups[l].size) {
      groups[k++] = groups[l];
    }
  }
  if (k > 1) {
    qsort(groups, k, sizeof *groups, cmp_group);
  }
  for (size_t r = 0; r < k; r++) {
    rank[groups[r].label] = r;
  }
  for (size_t i = 0; i < n; i++) {
    out[i] = label[i] == SIZE_MAX ? NAN : (double)rank[label[i]];
  }
  *n_groups = k;
  free(groups);
  free(rank);
  return KGB_OK;
}

/* ---- inference ----------------------------------------------------------- */

/// Compare edge @p e with the entity fact (s, p, o) in canonical edge order.
static int cmp_fact(const KgbEdge *e, size_t s, const char *p, size_t o) {
  if (e->subject != s) {
    return e->subject < s ? -1 : 1;
  }
  int c = strcmp(e->predicate, p);
  if (c) {
    return c;
  }
  if (e->kind != KGB_VALUE_ENTITY) {
    return (int)e->kind < (int)KGB_VALUE_ENTITY ? -1 : 1;
  }
  return e->object < o ? -1 : (e->object > o);
}

/// True when the entity fact (s, p, o) is an edge of @p g. O(log E).
static bool has_fact(const KgbGraph *g, size_t s, const char *p, size_t o) {
  size_t lo = 0, hi = kgb_graph_edge_count(g);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = cmp_fact(kgb_graph_edge(g, mid), s, p, o);
    if (c == 0) {
      return true;
    }
    if (c < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return false;
}

/// Vocabulary traits of a predicate, cached by interned pointer.
typedef struct {
  const char *predicate;
  bool symmetric, transitive;
} Traits;

static Traits traits_of(Traits *cache, size_t *n, size_t cap, const char *p) {
  for (size_t i = 0; i < *n; i++) {
    if (cache[i].predicate == p) {
      return cache[i];
    }
  }
  const KgbVocabTerm *t = kgb_vocab_find(kgb_vocab_default(), p);
  Traits tr = {p, t && t->symmetric, t && t->transitive};
  if (*n < cap) {
    cache[(*n)++] = tr;
  }
  return tr;
}

KgbStatus kgb_graph_infer(KgbGraph *g) {
  KgbStatus st = KGB_OK;
  size_t n = kgb_graph_node_count(g), m = kgb_graph_edge_count(g);
  size_t *first = calloc(n + 1, sizeof *first); // edges of node s: [first[s],
                                                // first[s+1])
  size_t *stamp = calloc(n ? n : 1, sizeof *stamp);
  size_t *queue = calloc(n ? n : 1, sizeof *queue);
  KgbInferred *out = NULL;
  size_t n_out = 0, cap_out = 0;
  enum { CACHE = 256 };
  Traits cache[CACHE];
  size_t n_cache = 0;
  if (!first || !stamp || !queue) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < m; i++) {
    first[kgb_graph_edge(g, i)->subject + 1]++;
  }
  for (size_t s = 0; s < n; s++) {
    first[s + 1] += first[s];
  }
  for (size_t i = 0; i < m; i++) {
    const KgbEdge *e = kgb_graph_edge(g, i);
    if (e->kind != KGB_VALUE_ENTITY || e->subject == e->object) {
      continue;
    }
    Traits tr = traits_of(cache, &n_cache, CACHE, e->predicate);
    if (tr.symmetric && !has_fact(g, e->object, e->predicate, e->subject)) {
      TRY(st, kgb_grow(&out, &cap_out, n_out + 1, sizeof *out));
      out[n_out++] = (KgbInferred){e->object, e->subject, e->predicate};
    }
    /* transitive: once per (subject, predicate), at its first edge */
    if (!tr.transitive ||
        (i > 0 && kgb_graph_edge(g, i - 1)->subject == e->subject &&
         kgb_graph_edge(g, i - 1)->predicate == e->predicate)) {
      continue;
    }
    size_t s = e->subject, head = 0, tail = 0;
    stamp[s] = s + 1;
    queue[tail++] = s;
    while (head < tail) {
      size_t u = queue[head++];
      for (size_t k = first[u]; k < first[u + 1]; k++) {
        const KgbEdge *f = kgb_graph_edge(g, k);
        if (f->predicate != e->predicate || f->kind != KGB_VALUE_ENTITY ||
            stamp[f->object] == s + 1) {
          continue;
        }
        stamp[f->object] = s + 1;
        queue[tail++] = f->object;
        if (u != s) { /* a direct neighbour of s is already a fact */
          if (!has_fact(g, s, e->predicate, f->object)) {
            TRY(st, kgb_grow(&out, &cap_out, n_out + 1, sizeof *out));
            out[n_out++] = (KgbInferred){s, f->object, e->predicate};
          }
        }
      }
    }
  }
  TRY(st, kgb_graph_append_inferred(g, out, n_out));
done:
  free(first);
  free(stamp);
  free(queue);
  free(out);
  return st;
}

/* ---- the views ----------------------------------------------------------- */

typedef struct {
  igraph_t directed;   ///< simple: parallel facts collapsed, no loops
  igraph_t undirected; ///< simple undirected view of the same
  bool have_directed, have_undirected;
} Views;

static void views_destroy(Views *v) {
  if (v->have_directed) {
    igraph_destroy(&v->directed);
  }
  if (v->have_undirected) {
    igraph_destroy(&v->undirected);
  }
}

static KgbStatus views_build(const KgbGraph *g, Views *v) {
  KgbStatus st = KGB_OK;
  igraph_vector_int_t ends;
  size_t m = kgb_graph_edge_count(g), links = 0;
  for (size_t i = 0; i < m; i++) {
    const KgbEdge *e = kgb_graph_edge(g, i);
    links += e->kind == KGB_VALUE_ENTITY && e->subject != e->object;
  }
  if (igraph_vector_int_init(&ends, (igraph_integer_t)(2 * links)) !=
      IGRAPH_SUCCESS) {
    return KGB_ERR_NOMEM;
  }
  size_t k = 0;
  for (size_t i = 0; i < m; i++) {
    const KgbEdge *e = kgb_graph_edge(g, i);
    if (e->kind == KGB_VALUE_ENTITY && e->subject != e->object) {
      VECTOR(ends)[k++] = (igraph_integer_t)e->subject;
      VECTOR(ends)[k++] = (igraph_integer_t)e->object;
    }
  }
  TRY(st, from_igraph(igraph_create(&v->directed, &ends,
                                    (igraph_integer_t)kgb_graph_node_count(g),
                                    IGRAPH_DIRECTED)));
  v->have_directed = true;
  TRY(st, from_igraph(igraph_simplify(&v->directed, true, true, NULL)));
  TRY(st, from_igraph(igraph_copy(&v->undirected, &v->directed)));
  v->have_undirected = true;
  TRY(st, from_igraph(igraph_to_undirected(
              &v->undirected, IGRAPH_TO_UNDIRECTED_COLLAPSE, NULL)));
done:
  igraph_vector_int_destroy(&ends);
  return st;
}

/* ---- per-node analyses --------------------------------------------------- */

/// Take over an igraph real vector as a metric.
static KgbStatus real_metric(KgbGraph *g, const char *name, KgbMetricKind kind,
                             const char *comment, const igraph_vector_t *vec) {
  size_t n = kgb_graph_node_count(g);
  double *v = new_values(n, NAN);
  if (!v) {
    return KGB_ERR_NOMEM;
  }
  for (size_t i = 0; i < n; i++) {
    v[i] = VECTOR(*vec)[i];
  }
  return kgb_graph_add_metric(g, name, kind, comment, v);
}

static KgbStatus pagerank(KgbGraph *g, const Views *v) {
  igraph_vector_t pr;
  igraph_real_t value = 0;
  KgbStatus st = from_igraph(igraph_vector_init(&pr, 0));
  if (st != KGB_OK) {
    return st;
  }
  if (kgb_graph_node_count(g) > 0) {
    TRY(st, from_igraph(igraph_pagerank(
                &v->directed, IGRAPH_PAGERANK_ALGO_PRPACK, &pr, &value,
                igraph_vss_all(), IGRAPH_DIRECTED, 0.85, NULL, NULL)));
  }
  TRY(st, real_metric(g, "pageRank", KGB_METRIC_SCORE,
                      "PageRank (directed, damping 0.85, parallel facts "
                      "collapsed, self-loops dropped; sums to 1)",
                      &pr));
done:
  igraph_vector_destroy(&pr);
  return st;
}

/// Betweenness and harmonic centrality on the undirected view: exact, or
/// with the path-length cutoff above exact_max_nodes.
static KgbStatus centralities(KgbGraph *g, const Views *v, bool exact) {
  const KgbGraphOptions *o = kgb_graph_options(g);
  igraph_vector_t res;
  KgbStatus st = from_igraph(igraph_vector_init(&res, 0));
  if (st != KGB_OK) {
    return st;
  }
  double t0 = now_seconds();
  if (exact) {
    TRY(st, from_igraph(igraph_betweenness(&v->undirected, &res,
                                           igraph_vss_all(), false, NULL)));
  } else {
    TRY(st, from_igraph(igraph_betweenness_cutoff(&v->undirected, &res,
                                                  igraph_vss_all(), false, NULL,
                                                  (igraph_real_t)o->cutoff)));
  }
  TRY(st, real_metric(g, "betweenness", KGB_METRIC_SCORE,
                      "betweenness on the undirected simple view, "
                      "unnormalised, each pair counted once (see "
                      "centralityExact and pathCutoff)",
                      &res));
  kgb_graph_add_timing(g, exact ? "betweenness" : "betweenness (cutoff)",
                       now_seconds() - t0);
  t0 = now_seconds();
  if (exact) {
    TRY(st,
        from_igraph(igraph_harmonic_centrality(
            &v->undirected, &res, igraph_vss_all(), IGRAPH_ALL, NULL, false)));
  } else {
    TRY(st, from_igraph(igraph_harmonic_centrality_cutoff(
                &v->undirected, &res, igraph_vss_all(), IGRAPH_ALL, NULL, false,
                (igraph_real_t)o->cutoff)));
  }
  TRY(st, real_metric(g, "harmonicCentrality", KGB_METRIC_SCORE,
                      "harmonic centrality on the undirected simple view: "
                      "sum of 1/distance, unnormalised",
                      &res));
  kgb_graph_add_timing(
      g, exact ? "harmonic centrality" : "harmonic centrality (cutoff)",
      now_seconds() - t0);
done:
  igraph_vector_destroy(&res);
  return st;
}

/// Membership to canonical community ids, registered as metric @p name;
/// *out_count the number of communities.
static KgbStatus community_metric(KgbGraph *g, const char *name,
                                  const char *comment,
                                  const igraph_vector_int_t *memb,
                                  size_t *out_count) {
  size_t n = kgb_graph_node_count(g);
  size_t *label = calloc(n ? n : 1, sizeof *label);
  double *v = new_values(n, NAN);
  KgbStatus st = KGB_OK;
  if (!label || !v) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < n; i++) {
    label[i] = (size_t)VECTOR(*memb)[i];
  }
  TRY(st, canonical_ids(label, n, v, out_count));
  st = kgb_graph_add_metric(g, name, KGB_METRIC_ID, comment, v);
  v = NULL; /* taken over */
done:
  free(label);
  free(v);
  return st;
}

static KgbStatus communities(KgbGraph *g, KgbAnalysis *a, const Views *v) {
  const KgbGraphOptions *o = kgb_graph_options(g);
  size_t n = kgb_graph_node_count(g);
  igraph_integer_t m = igraph_ecount(&v->undirected);
  igraph_vector_int_t memb;
  igraph_vector_t weights;
  bool have_w = false;
  igraph_real_t q = NAN;
  size_t count = 0;
  KgbStatus st =
      from_igraph(igraph_vector_int_init(&memb, (igraph_integer_t)n));
  if (st != KGB_OK) {
    return st;
  }
  double t0 = now_seconds();
  if (n > 0) {
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)o->seed);
    TRY(st, from_igraph(igraph_community_multilevel(&v->undirected, NULL, 1.0,
                                                    &memb, NULL, NULL)));
    TRY(st, from_igraph(igraph_modularity(&v->undirected, &memb, NULL, 1.0,
                                          IGRAPH_UNDIRECTED, &q)));
  }
  TRY(st, community_metric(g, "communityLouvain",
                           "Louvain community (igraph_community_multilevel, "
                           "resolution 1), 0 = the largest",
                           &memb, &count));
  TRY(st, add_stat(a, "communitiesLouvain", KGB_METRIC_COUNT,
                   "number of Louvain communities", (double)count));
  TRY(st, add_stat(a, "modularityLouvain", KGB_METRIC_SCORE,
                   "modularity of the Louvain partition (undirected view)",
                   m > 0 ? q : NAN));
  kgb_graph_add_timing(g, "Louvain", now_seconds() - t0);

  t0 = now_seconds();
  q = NAN;
  for (size_t i = 0; i < n; i++) {
    VECTOR(memb)[i] = (igraph_integer_t)i; /* no edges: singletons */
  }
  if (m > 0) {
    TRY(st, from_igraph(igraph_vector_init(&weights, 0)));
    have_w = true;
    igraph_vector_int_t deg;
    TRY(st, from_igraph(igraph_vector_int_init(&deg, 0)));
    igraph_error_t err = igraph_degree(&v->undirected, &deg, igraph_vss_all(),
                                       IGRAPH_ALL, IGRAPH_NO_LOOPS);
    if (err == IGRAPH_SUCCESS) {
      err = igraph_vector_resize(&weights, (igraph_integer_t)n);
    }
    for (size_t i = 0; err == IGRAPH_SUCCESS && i < n; i++) {
      VECTOR(weights)[i] = (igraph_real_t)VECTOR(deg)[i];
    }
    igraph_vector_int_destroy(&deg);
    TRY(st, from_igraph(err));
    igraph_integer_t nb = 0;
    igraph_real_t quality = 0;
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)o->seed);
    TRY(st, from_igraph(igraph_community_leiden(
                &v->undirected, NULL, &weights, 1.0 / (2.0 * (double)m), 0.01,
                false, -1, &memb, &nb, &quality)));
    TRY(st, from_igraph(igraph_modularity(&v->undirected, &memb, NULL, 1.0,
                                          IGRAPH_UNDIRECTED, &q)));
  }
  TRY(st, community_metric(g, "communityLeiden",
                           "Leiden community (modularity objective: node "
                           "weights = degrees, resolution 1/(2m)), 0 = the "
                           "largest",
                           &memb, &count));
  TRY(st, add_stat(a, "communitiesLeiden", KGB_METRIC_COUNT,
                   "number of Leiden communities", (double)count));
  TRY(st, add_stat(a, "modularityLeiden", KGB_METRIC_SCORE,
                   "modularity of the Leiden partition (undirected view)", q));
  TRY(st, add_stat(a, "leidenResolution", KGB_METRIC_SCORE,
                   "Leiden resolution 1/(2m), m = edges of the undirected view",
                   m > 0 ? 1.0 / (2.0 * (double)m) : NAN));
  kgb_graph_add_timing(g, "Leiden", now_seconds() - t0);
done:
  igraph_vector_int_destroy(&memb);
  if (have_w) {
    igraph_vector_destroy(&weights);
  }
  return st;
}

static int cmp_pair(const void *a, const void *b);

/// Coreness, articulation points and bridges of the undirected view.
static KgbStatus cohesion(KgbGraph *g, KgbAnalysis *a, const Views *v) {
  size_t n = kgb_graph_node_count(g);
  igraph_vector_int_t res;
  double *values = NULL;
  size_t *pairs = NULL;
  KgbStatus st = from_igraph(igraph_vector_int_init(&res, 0));
  if (st != KGB_OK) {
    return st;
  }
  double t0 = now_seconds();
  TRY(st, from_igraph(igraph_coreness(&v->undirected, &res, IGRAPH_ALL)));
  values = new_values(n, NAN);
  if (!values) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < n; i++) {
    values[i] = (double)VECTOR(res)[i];
  }
  st = kgb_graph_add_metric(g, "coreness", KGB_METRIC_COUNT,
                            "k-core number on the undirected simple view",
                            values);
  values = NULL;
  TRY(st, st);
  kgb_graph_add_timing(g, "coreness", now_seconds() - t0);

  t0 = now_seconds();
  TRY(st, from_igraph(igraph_articulation_points(&v->undirected, &res)));
  values = new_values(n, 0);
  if (!values) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  size_t n_res = (size_t)igraph_vector_int_size(&res);
  for (size_t i = 0; i < n_res; i++) {
    values[VECTOR(res)[i]] = 1;
  }
  st = kgb_graph_add_metric(g, "articulationPoint", KGB_METRIC_COUNT,
                            "1 when removing the node disconnects its "
                            "component (undirected view), else 0",
                            values);
  values = NULL;
  TRY(st, st);
  TRY(st, add_stat(a, "articulationPoints", KGB_METRIC_COUNT,
                   "nodes whose removal disconnects their component",
                   (double)n_res));
  kgb_graph_add_timing(g, "articulation points", now_seconds() - t0);

  t0 = now_seconds();
  TRY(st, from_igraph(igraph_bridges(&v->undirected, &res)));
  n_res = (size_t)igraph_vector_int_size(&res);
  pairs = calloc(2 * n_res + 1, sizeof *pairs);
  if (!pairs) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < n_res; i++) {
    size_t x = (size_t)IGRAPH_FROM(&v->undirected, VECTOR(res)[i]);
    size_t y = (size_t)IGRAPH_TO(&v->undirected, VECTOR(res)[i]);
    pairs[2 * i] = x < y ? x : y;
    pairs[2 * i + 1] = x < y ? y : x;
  }
  if (n_res > 1) {
    qsort(pairs, n_res, 2 * sizeof *pairs, cmp_pair);
  }
  for (size_t i = 0; i < n_res; i++) {
    TRY(st, add_structure(a, KGB_STRUCTURE_BRIDGE));
    TRY(st, push_node(a, pairs[2 * i]));
    TRY(st, push_node(a, pairs[2 * i + 1]));
  }
  TRY(st, add_stat(a, "bridges", KGB_METRIC_COUNT,
                   "edges of the undirected view whose removal disconnects "
                   "their component",
                   (double)n_res));
  kgb_graph_add_timing(g, "bridges", now_seconds() - t0);
done:
  igraph_vector_int_destroy(&res);
  free(values);
  free(pairs);
  return st;
}

/* ---- relationship structures among people and characters ---------------- */

/// Pairs (x, y) of size_t compared as (x, y).
static int cmp_pair(const void *a, const void *b) {
  const size_t *x = a, *y = b;
  if (x[0] != y[0]) {
    return x[0] < y[0] ? -1 : 1;
  }
  return x[1] < y[1] ? -1 : (x[1] > y[1]);
}

/// Sort and deduplicate @p n pairs; returns how many remain.
static size_t unique_pairs(size_t *pairs, size_t n) {
  if (n > 1) {
    qsort(pairs, n, 2 * sizeof *pairs, cmp_pair);
  }
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (k == 0 || cmp_pair(&pairs[2 * (k - 1)], &pairs[2 * i]) != 0) {
      pairs[2 * k] = pairs[2 * i];
      pairs[2 * k + 1] = pairs[2 * i + 1];
      k++;
    }
  }
  return k;
}

/* Love triangles: every person or character with dated/marriedTo relations
 * to two or more distinct others. O(R log R), R the romantic facts. */
static KgbStatus love_triangles(KgbGraph *g, KgbAnalysis *a) {
  size_t n = kgb_graph_node_count(g), m = kgb_graph_edge_count(g), r = 0;
  KgbStatus st = KGB_OK;
  size_t *pairs = NULL;
  double *values = new_values(n, NAN);
  if (!values) {
    return KGB_ERR_NOMEM;
  }
  for (size_t i = 0; i < m; i++) {
    const KgbEdge *e = kgb_graph_edge(g, i);
    r += e->kind == KGB_VALUE_ENTITY;
  }
  pairs = calloc(4 * r + 1, sizeof *pairs);
  if (!pairs) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  r = 0;
  for (size_t i = 0; i < m; i++) {
    const KgbEdge *e = kgb_graph_edge(g, i);
    if (e->kind != KGB_VALUE_ENTITY || e->subject == e->object ||
        (strcmp(e->predicate, "dated") != 0 &&
         strcmp(e->predicate, "marriedTo") != 0) ||
        !is_person(g, e->subject) || !is_person(g, e->object)) {
      continue;
    }
    size_t *p = &pairs[4 * r++];
    p[0] = e->subject;
    p[1] = e->object;
    p[2] = e->object;
    p[3] = e->subject;
  }
  size_t k = unique_pairs(pairs, 2 * r);
  size_t total = 0;
  for (size_t i = 0; i < k;) {
    size_t j = i;
    while (j < k && pairs[2 * j] == pairs[2 * i]) {
      j++;
    }
    size_t partners = j - i;
    if (partners >= 2) {
      size_t tri = partners * (partners - 1) / 2;
      TRY(st, add_structure(a, KGB_STRUCTURE_LOVE_TRIANGLE));
      a->structures[a->n_structures - 1].triangles = tri;
      TRY(st, push_node(a, pairs[2 * i]));
      for (size_t x = i; x < j; x++) {
        TRY(st, push_node(a, pairs[2 * x + 1]));
      }
      values[pairs[2 * i]] = (double)tri;
      total += tri;
    }
    i = j;
  }
  st = kgb_graph_add_metric(g, "loveTriangles", KGB_METRIC_COUNT,
                            "love triangles centred on the person or "
                            "character: pairs of distinct dated/marriedTo "
                            "partners (absent when none)",
                            values);
  values = NULL;
  TRY(st, st);
  TRY(st, add_stat(a, "loveTriangles", KGB_METRIC_COUNT,
                   "love triangles: a person or character with two distinct "
                   "dated/marriedTo partners",
                   (double)total));
done:
  free(pairs);
  free(values);
  return st;
}

static size_t uf_find(size_t *parent, size_t x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

typedef struct {
  size_t tree, generation, node;
} Member;

static int cmp_member(const void *a, const void *b) {
  const Member *x = a, *y = b;
  if (x->tree != y->tree) {
    return x->tree < y->tree ? -1 : 1;
  }
  if (x->generation != y->generation) {
    return x->generation < y->generation ? -1 : 1;
  }
  return x->node < y->node ? -1 : (x->node > y->node);
}

/* Family trees over hasParent/hasChild between people and characters: weak
 * components of the parent->child arcs, generations by longest path from the
 * roots (Kahn's order; nodes on a cycle get none). O(V + A log A). */
static KgbStatus family_trees(KgbGraph *g, KgbAnalysis *a) {
  size_t n = kgb_graph_node_count(g), m = kgb_graph_edge_count(g);
  KgbStatus st = KGB_OK;
  size_t *arcs = calloc(2 * m + 1, sizeof *arcs);
  size_t *parent = calloc(n + 1, sizeof *parent);
  size_t *label = calloc(n + 1, sizeof *label);
  size_t *indeg = calloc(n + 1, sizeof *indeg);
  size_t *first = calloc(n + 2, sizeof *first);
  size_t *gen = calloc(n + 1, sizeof *gen);
  size_t *queue = calloc(n + 1, sizeof *queue);
  double *tree = new_values(n, NAN);
  double *generation = new_values(n, NAN);
  Member *members = NULL;
  if (!arcs || !parent || !label || !indeg || !first || !gen || !queue ||
      !tree || !generation) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  size_t k = 0;
  for (size_t i = 0; i < m; i++) {
    const KgbEdge *e = kgb_graph_edge(g, i);
    bool has_parent = strcmp(e->predicate, "hasParent") == 0;
    if (e->kind != KGB_VALUE_ENTITY || e->subject == e->object ||
        (!has_parent && strcmp(e->predicate, "hasChild") != 0) ||
        !is_person(g, e->subject) || !is_person(g, e->object)) {
      continue;
    }
    arcs[2 * k] = has_parent ? e->object : e->subject; /* parent */
    arcs[2 * k + 1] = has_parent ? e->subject : e->object;
    k++;
  }
  k = unique_pairs(arcs, k); /* sorted by parent: the children lists */
  for (size_t i = 0; i < n; i++) {
    parent[i] = i;
    label[i] = SIZE_MAX;
    gen[i] = SIZE_MAX;
  }
  for (size_t i = 0; i < k; i++) {
    size_t x = uf_find(parent, arcs[2 * i]),
           y = uf_find(parent, arcs[2 * i + 1]);
    if (x != y) {
      parent[x < y ? y : x] = x < y ? x : y;
    }
    indeg[arcs[2 * i + 1]]++;
    first[arcs[2 * i] + 1]++;
  }
  for (size_t i = 0; i < n; i++) {
    first[i + 1] += first[i];
  }
  size_t involved = 0;
  for (size_t i = 0; i < k; i++) {
    label[arcs[2 * i]] = 0;
    label[arcs[2 * i + 1]] = 0;
  }
  size_t head = 0, tail = 0;
  for (size_t i = 0; i < n; i++) {
    if (label[i] != SIZE_MAX) {
      label[i] = uf_find(parent, i);
      involved++;
      if (indeg[i] == 0) {
        gen[i] = 0;
        queue[tail++] = i;
      }
    }
  }
  while (head < tail) {
    size_t u = queue[head++];
    for (size_t x = first[u]; x < first[u + 1]; x++) {
      size_t c = arcs[2 * x + 1];
      if (gen[c] == SIZE_MAX || gen[c] < gen[u] + 1) {
        gen[c] = gen[u] + 1;
      }
      if (--indeg[c] == 0) {
        queue[tail++] = c;
      }
    }
  }
  size_t n_trees = 0;
  TRY(st, canonical_ids(label, n, tree, &n_trees));
  members = calloc(involved + 1, sizeof *members);
  if (!members) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  size_t nm = 0;
  for (size_t i = 0; i < n; i++) {
    if (label[i] == SIZE_MAX) {
      continue;
    }
    /* a node on a cycle was never dequeued: no generation */
    bool placed = indeg[i] == 0;
    generation[i] = placed ? (double)gen[i] : NAN;
    members[nm++] = (Member){(size_t)tree[i], placed ? gen[i] : SIZE_MAX, i};
  }
  if (nm > 1) {
    qsort(members, nm, sizeof *members, cmp_member);
  }
  size_t max_depth = 0;
  for (size_t i = 0; i < nm;) {
    TRY(st, add_structure(a, KGB_STRUCTURE_FAMILY_TREE));
    KgbStructure *s = &a->structures[a->n_structures - 1];
    size_t j = i;
    for (; j < nm && members[j].tree == members[i].tree; j++) {
      TRY(st, push_node(a, members[j].node));
      s = &a->structures[a->n_structures - 1];
      if (members[j].generation == 0) {
        s->n_roots++;
      }
      if (members[j].generation != SIZE_MAX &&
          members[j].generation > s->depth) {
        s->depth = members[j].generation;
      }
    }
    if (s->depth > max_depth) {
      max_depth = s->depth;
    }
    i = j;
  }
  st = kgb_graph_add_metric(g, "familyTree", KGB_METRIC_ID,
                            "family tree over hasParent/hasChild, 0 = the "
                            "largest (absent outside one)",
                            tree);
  tree = NULL;
  TRY(st, st);
  st = kgb_graph_add_metric(g, "generation", KGB_METRIC_COUNT,
                            "generation in the family tree, 0 = a root "
                            "(longest parent chain above the node)",
                            generation);
  generation = NULL;
  TRY(st, st);
  TRY(st, add_stat(a, "familyTrees", KGB_METRIC_COUNT,
                   "family trees (hasParent/hasChild groups of two or more)",
                   (double)n_trees));
  TRY(st, add_stat(a, "familyDepth", KGB_METRIC_COUNT,
                   "largest generation in any family tree", (double)max_depth));
done:
  free(arcs);
  free(parent);
  free(label);
  free(indeg);
  free(first);
  free(gen);
  free(queue);
  free(tree);
  free(generation);
  free(members);
  return st;
}

/* ---- all of it ----------------------------------------------------------- */

KgbStatus kgb_graph_analyse(KgbGraph *g, KgbAnalysis **out) {
  KgbStatus st = KGB_OK;
  kgb_igraph_quiet();
  Views v = {0};
  const KgbGraphOptions *o = kgb_graph_options(g);
  size_t n = kgb_graph_node_count(g), m = kgb_graph_edge_count(g);
  KgbAnalysis *a = *out;
  if (!a) {
    a = calloc(1, sizeof *a);
    if (!a) {
      return KGB_ERR_NOMEM;
    }
    *out = a;
  }
  size_t links = 0, inferred = 0;
  for (size_t i = 0; i < m; i++) {
    const KgbEdge *e = kgb_graph_edge(g, i);
    links += e->kind == KGB_VALUE_ENTITY;
    inferred += e->inferred;
  }
  bool exact = n <= o->exact_max_nodes;
  TRY(st, add_stat(a, "entities", KGB_METRIC_COUNT, "nodes", (double)n));
  TRY(st, add_stat(a, "facts", KGB_METRIC_COUNT,
                   "distinct facts, literal ones included", (double)m));
  TRY(st, add_stat(a, "entityFacts", KGB_METRIC_COUNT,
                   "distinct entity-to-entity facts", (double)links));
  TRY(st, add_stat(a, "inferredFacts", KGB_METRIC_COUNT,
                   "facts added by inference (--infer)", (double)inferred));
  TRY(st,
      add_stat(a, "components", KGB_METRIC_COUNT, "weakly connected components",
               (double)kgb_graph_component_count(g)));
  TRY(st, add_stat(a, "centralityExact", KGB_METRIC_COUNT,
                   "1 when betweenness and harmonic centrality are exact, 0 "
                   "when limited to paths of at most pathCutoff facts",
                   exact ? 1 : 0));
  TRY(st, add_stat(a, "exactMaxNodes", KGB_METRIC_COUNT,
                   "largest node count with exact betweenness and harmonic "
                   "centrality",
                   (double)o->exact_max_nodes));
  TRY(st, add_stat(a, "pathCutoff", KGB_METRIC_COUNT,
                   "path-length cutoff used above exactMaxNodes",
                   (double)o->cutoff));
  TRY(st,
      add_stat(a, "randomSeed", KGB_METRIC_COUNT,
               "seed of igraph's RNG for Louvain and Leiden", (double)o->seed));

  double t0 = now_seconds();
  TRY(st, views_build(g, &v));
  kgb_graph_add_timing(g, "simple views", now_seconds() - t0);
  t0 = now_seconds();
  TRY(st, pagerank(g, &v));
  kgb_graph_add_timing(g, "PageRank", now_seconds() - t0);
  TRY(st, centralities(g, &v, exact));
  TRY(st, communities(g, a, &v));
  TRY(st, cohesion(g, a, &v));
  t0 = now_seconds();
  TRY(st, love_triangles(g, a));
  TRY(st, family_trees(g, a));
  kgb_graph_add_timing(g, "love triangles, family trees", now_seconds() - t0);
done:
  seal_structures(a);
  views_destroy(&v);
  return st;
}

/* ---- accessors ----------------------------------------------------------- */

size_t kgb_graph_stat_count(const KgbGraph *g) {
  const KgbAnalysis *a = kgb_graph_analysis(g);
  return a ? a->n_stats : 0;
}

const KgbGraphStat *kgb_graph_stat(const KgbGraph *g, size_t i) {
  const KgbAnalysis *a = kgb_graph_analysis(g);
  return a && i < a->n_stats ? &a->stats[i] : NULL;
}

const KgbGraphStat *kgb_graph_stat_find(const KgbGraph *g, const char *name) {
  const KgbAnalysis *a = kgb_graph_analysis(g);
  for (size_t i = 0; a && i < a->n_stats; i++) {
    if (strcmp(a->stats[i].name, name) == 0) {
      return &a->stats[i];
    }
  }
  return NULL;
}

size_t kgb_graph_structure_count(const KgbGraph *g) {
  const KgbAnalysis *a = kgb_graph_analysis(g);
  return a ? a->n_structures : 0;
}

const KgbStructure *kgb_graph_structure(const KgbGraph *g, size_t i) {
  const KgbAnalysis *a = kgb_graph_analysis(g);
  return a && i < a->n_structures ? &a->structures[i] : NULL;
}
