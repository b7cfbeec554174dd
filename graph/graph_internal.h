/*
 * graph_internal.h: what the files of graph/ share; nothing outside graph/
 * includes it.
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

#endif
