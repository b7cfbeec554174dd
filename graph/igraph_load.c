/*
 * igraph_load.c: igraph opened on its first call (util/dynlib.h).
 *
 * igraph and the libraries it pulls in (BLAS, LAPACK, ARPACK, GLPK, ...)
 * cost every start of kgb about 6 M instructions of loading and relocation,
 * while only the metrics and analyses of a whole graph call it; `kgb
 * extract` never does. kgb_igraph_quiet() sets its error handlers before
 * each projection and analysis.
 */
#include "../util/dynlib.h"

#include <igraph.h>

#ifndef KGB_IGRAPH_SONAME
#define KGB_IGRAPH_SONAME "libigraph.so.3"
#endif

#define IGRAPH_FUNCTIONS(F, P)                                                 \
  F(igraph_error_t, igraph_articulation_points,                                \
    (const igraph_t *graph, igraph_vector_int_t *res), (graph, res))           \
  F(igraph_error_t, igraph_betweenness,                                        \
    (const igraph_t *graph, igraph_vector_t *res, const igraph_vs_t vids,      \
     igraph_bool_t directed, const igraph_vector_t *weights),                  \
    (graph, res, vids, directed, weights))                                     \
  F(igraph_error_t, igraph_betweenness_cutoff,                                 \
    (const igraph_t *graph, igraph_vector_t *res, const igraph_vs_t vids,      \
     igraph_bool_t directed, const igraph_vector_t *weights,                   \
     igraph_real_t cutoff),                                                    \
    (graph, res, vids, directed, weights, cutoff))                             \
  F(igraph_error_t, igraph_bridges,                                            \
    (const igraph_t *graph, igraph_vector_int_t *bridges), (graph, bridges))   \
  F(igraph_error_t, igraph_community_leiden,                                   \
    (const igraph_t *graph, const igraph_vector_t *edge_weights,               \
     const igraph_vector_t *node_weights,                                      \
     const igraph_real_t resolution_parameter, const igraph_real_t beta,       \
     const igraph_bool_t start, const igraph_integer_t n_iterations,           \
     igraph_vector_int_t *membership, igraph_integer_t *nb_clusters,           \
     igraph_real_t *quality),                                                  \
    (graph, edge_weights, node_weights, resolution_parameter, beta, start,     \
     n_iterations, membership, nb_clusters, quality))                          \
  F(igraph_error_t, igraph_community_multilevel,                               \
    (const igraph_t *graph, const igraph_vector_t *weights,                    \
     const igraph_real_t resolution, igraph_vector_int_t *membership,          \
     igraph_matrix_int_t *memberships, igraph_vector_t *modularity),           \
    (graph, weights, resolution, membership, memberships, modularity))         \
  F(igraph_error_t, igraph_connected_components,                               \
    (const igraph_t *graph, igraph_vector_int_t *membership,                   \
     igraph_vector_int_t *csize, igraph_integer_t *no,                         \
     igraph_connectedness_t mode),                                             \
    (graph, membership, csize, no, mode))                                      \
  F(igraph_error_t, igraph_copy, (igraph_t * to, const igraph_t *from),        \
    (to, from))                                                                \
  F(igraph_error_t, igraph_coreness,                                           \
    (const igraph_t *graph, igraph_vector_int_t *cores,                        \
     igraph_neimode_t mode),                                                   \
    (graph, cores, mode))                                                      \
  F(igraph_error_t, igraph_create,                                             \
    (igraph_t * graph, const igraph_vector_int_t *edges, igraph_integer_t n,   \
     igraph_bool_t directed),                                                  \
    (graph, edges, n, directed))                                               \
  F(igraph_error_t, igraph_degree,                                             \
    (const igraph_t *graph, igraph_vector_int_t *res, const igraph_vs_t vids,  \
     igraph_neimode_t mode, igraph_bool_t loops),                              \
    (graph, res, vids, mode, loops))                                           \
  P(igraph_destroy, (igraph_t * graph), (graph))                               \
  F(igraph_integer_t, igraph_ecount, (const igraph_t *graph), (graph))         \
  P(igraph_error_handler_ignore,                                               \
    (const char *reason, const char *file, int line,                           \
     igraph_error_t igraph_errno),                                             \
    (reason, file, line, igraph_errno))                                        \
  F(igraph_error_t, igraph_harmonic_centrality,                                \
    (const igraph_t *graph, igraph_vector_t *res, const igraph_vs_t vids,      \
     igraph_neimode_t mode, const igraph_vector_t *weights,                    \
     igraph_bool_t normalized),                                                \
    (graph, res, vids, mode, weights, normalized))                             \
  F(igraph_error_t, igraph_harmonic_centrality_cutoff,                         \
    (const igraph_t *graph, igraph_vector_t *res, const igraph_vs_t vids,      \
     igraph_neimode_t mode, const igraph_vector_t *weights,                    \
     igraph_bool_t normalized, igraph_real_t cutoff),                          \
    (graph, res, vids, mode, weights, normalized, cutoff))                     \
  F(igraph_error_t, igraph_modularity,                                         \
    (const igraph_t *graph, const igraph_vector_int_t *membership,             \
     const igraph_vector_t *weights, const igraph_real_t resolution,           \
     const igraph_bool_t directed, igraph_real_t *modularity),                 \
    (graph, membership, weights, resolution, directed, modularity))            \
  F(igraph_error_t, igraph_pagerank,                                           \
    (const igraph_t *graph, igraph_pagerank_algo_t algo,                       \
     igraph_vector_t *vector, igraph_real_t *value, const igraph_vs_t vids,    \
     igraph_bool_t directed, igraph_real_t damping,                            \
     const igraph_vector_t *weights, igraph_arpack_options_t *options),        \
    (graph, algo, vector, value, vids, directed, damping, weights, options))   \
  F(igraph_rng_t *, igraph_rng_default, (void), ())                            \
  F(igraph_error_t, igraph_rng_seed, (igraph_rng_t * rng, igraph_uint_t seed), \
    (rng, seed))                                                               \
  F(igraph_error_handler_t *, igraph_set_error_handler,                        \
    (igraph_error_handler_t * new_handler), (new_handler))                     \
  F(igraph_warning_handler_t *, igraph_set_warning_handler,                    \
    (igraph_warning_handler_t * new_handler), (new_handler))                   \
  F(igraph_error_t, igraph_simplify,                                           \
    (igraph_t * graph, igraph_bool_t multiple, igraph_bool_t loops,            \
     const igraph_attribute_combination_t *edge_comb),                         \
    (graph, multiple, loops, edge_comb))                                       \
  F(igraph_error_t, igraph_to_undirected,                                      \
    (igraph_t * graph, igraph_to_undirected_t mode,                            \
     const igraph_attribute_combination_t *edge_comb),                         \
    (graph, mode, edge_comb))                                                  \
  P(igraph_vector_destroy, (igraph_vector_t * v), (v))                         \
  F(igraph_error_t, igraph_vector_init,                                        \
    (igraph_vector_t * v, igraph_integer_t size), (v, size))                   \
  P(igraph_vector_int_destroy, (igraph_vector_int_t * v), (v))                 \
  F(igraph_error_t, igraph_vector_int_init,                                    \
    (igraph_vector_int_t * v, igraph_integer_t size), (v, size))               \
  F(igraph_integer_t, igraph_vector_int_size, (const igraph_vector_int_t *v),  \
    (v))                                                                       \
  F(igraph_error_t, igraph_vector_resize,                                      \
    (igraph_vector_t * v, igraph_integer_t new_size), (v, new_size))           \
  F(igraph_vs_t, igraph_vss_all, (void), ())                                   \
  P(igraph_warning_handler_ignore,                                             \
    (const char *reason, const char *file, int line), (reason, file, line))

KGB_DYNLIB(IGRAPH_FUNCTIONS, KGB_IGRAPH_SONAME)
