/*
 * graph_internal.h: what the files of graph/ share; nothing outside graph/
 * includes it. graph.c owns the graph and its canonical order; analysis.c
 * computes inference and the analyses through these hooks.
 */
#ifndef KGB_GRAPH_INTERNAL_H
#define KGB_GRAPH_INTERNAL_H

#include "graph.h"

/**
 * Append a per-node metric to finished-or-finishing graph @p g. @p name and
 * @p comment are copied; @p values (kgb_graph_node_count(g) doubles, malloc'd)
 * is taken over, also on failure. A name already present is replaced in place,
 * so recomputing keeps the order. O(number of metrics).
 */
KgbStatus kgb_graph_add_metric(KgbGraph *g, const char *name,
                               KgbMetricKind kind, const char *comment,
                               double *values);

/// The options kgb_graph_finish() runs with (borrowed).
const KgbGraphOptions *kgb_graph_options(const KgbGraph *g);

/// Record the wall time of a step of finish (@p name static). O(1); at most
/// 32 steps are kept.
void kgb_graph_add_timing(KgbGraph *g, const char *name, double seconds);

/// One inferred entity-to-entity fact (predicate interned by the graph:
/// taken from an existing edge).
typedef struct {
  size_t subject, object;
  const char *predicate;
} KgbInferred;

/**
 * During finish, after the edges are in canonical order: append @p n inferred
 * facts (not already present, checked by the caller) with no evidence, then
 * restore the canonical order and the public edge records.
 * O((E + n) log(E + n)).
 */
KgbStatus kgb_graph_append_inferred(KgbGraph *g, const KgbInferred *facts,
                                    size_t n);

/* ---- analysis.c ---------------------------------------------------------- */

/// Graph-level results of the analyses; owned by the graph.
typedef struct KgbAnalysis KgbAnalysis;

void kgb_analysis_free(KgbAnalysis *a);

/// The analysis results of @p g (NULL before finish or with analyses off).
const KgbAnalysis *kgb_graph_analysis(const KgbGraph *g);

/**
 * Inference (options.infer): symmetric relations in both directions,
 * transitive relations closed. Edges must be in canonical order.
 * O(E + V + C), C the size of the transitive closure.
 */
KgbStatus kgb_graph_infer(KgbGraph *g);

/**
 * Run the analyses on finished-edges graph @p g: per-node metrics through
 * kgb_graph_add_metric(), graph-level figures and structures into *out
 * (caller frees with kgb_analysis_free(), also filled on failure).
 */
KgbStatus kgb_graph_analyse(KgbGraph *g, KgbAnalysis **out);

/**
 * Sets igraph's error and warning handlers to ones that neither abort nor
 * print, so its errors come back as codes. Called before the first igraph
 * call of each projection and analysis (not when a graph is made: igraph is
 * opened on its first call, graph/igraph_load.c, and `kgb extract` never
 * calls it).
 */
void kgb_igraph_quiet(void);

#endif
