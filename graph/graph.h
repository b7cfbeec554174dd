/*
 * graph.h: the resolved knowledge graph.
 *
 * Documents' entities are merged into one node per real-world thing: the node
 * key is (IRI group of the class, kgb_slug(name)), so the IRI is stable across
 * runs, input order and shards. Facts are deduplicated (symmetric relations
 * stored once, in the direction of the smaller IRI) and keep every piece of
 * evidence. kgb_graph_finish() sorts everything into canonical order, applies
 * the inference asked for (KgbGraphOptions) and runs the igraph projection and
 * analyses (graph/analysis.c: degree, components, PageRank, betweenness,
 * harmonic centrality, Louvain and Leiden communities, coreness, articulation
 * points, bridges, love triangles, family trees); after it the graph is
 * read-only and all accessors return the canonical order.
 *
 * No igraph type appears here: graph.c is the only file that includes igraph.
 */
#ifndef KGB_GRAPH_H
#define KGB_GRAPH_H

#include "../extractor/extractor.h"

/// Namespaces of everything kgb mints.
#define KGB_NS_VOCAB "https://w3id.org/kgb/vocab#"
#define KGB_NS_ID "https://w3id.org/kgb/id/"
#define KGB_NS_ANALYSIS "https://w3id.org/kgb/analysis#"
#define KGB_NS_EVIDENCE "https://w3id.org/kgb/evidence/"
#define KGB_NS_DOC "https://w3id.org/kgb/doc/"

typedef struct KgbGraph KgbGraph;

/// One piece of evidence for a fact; strings borrowed from the graph.
typedef struct {
  const char *doc;   ///< document id (its path, or "stdin")
  size_t sentence;   ///< 0-based sentence index
  size_t start, end; ///< character offsets in the document text
  const char *rule;  ///< rule id
  double confidence;
} KgbGraphEvidence;

/// A node: one resolved entity. Strings borrowed from the graph.
typedef struct {
  const char *iri;               ///< full IRI
  const char *label;             ///< rdfs:label (best name)
  const char *cls;               ///< vocabulary class local name
  const char *const *alt_labels; ///< skos:altLabel values, sorted, n_alt
  size_t n_alt;
  size_t mentions;   ///< mentions over all documents
  size_t degree_in;  ///< distinct entity-to-entity facts ending here
  size_t degree_out; ///< distinct entity-to-entity facts starting here
  size_t degree;     ///< degree_in + degree_out
  size_t component;  ///< weak component id, 0 = largest (ties: smallest IRI)
} KgbNode;

/// How an analysis figure is typed by the exporters.
typedef enum {
  KGB_METRIC_COUNT, ///< a count: xsd:integer, GraphML long
  KGB_METRIC_ID,    ///< an id (component, community): xsd:integer, GraphML int
  KGB_METRIC_SCORE, ///< a real score: xsd:double (with exponent), GraphML
                    ///< double
} KgbMetricKind;

/**
 * A per-node analysis figure, computed by kgb_graph_finish(). Exporters write
 * every metric in the order of kgb_graph_metric(), under its @c name in the
 * analysis namespace (RDF) or as a GraphML key of that id. Strings and values
 * are owned by the graph.
 */
typedef struct {
  const char *name;     ///< local name in KGB_NS_ANALYSIS ("pageRank")
  KgbMetricKind kind;   ///< how it is typed
  const char *comment;  ///< one line for people (ontology, legends)
  const double *values; ///< one per node, in node order; NaN = not defined
} KgbMetric;

/// A fact between a node and a node or a literal.
typedef struct {
  size_t subject;        ///< node index
  const char *predicate; ///< relation local name
  KgbValueKind kind;
  size_t object;       ///< node index when kind == KGB_VALUE_ENTITY
  const char *literal; ///< lexical form otherwise
  const KgbGraphEvidence *evidence; ///< n_evidence items, sorted
  size_t n_evidence;
  const char *iri; ///< IRI naming this fact for provenance (hash-based)
  bool inferred;   ///< added by inference (KgbGraphOptions.infer), no evidence
} KgbEdge;

/**
 * How kgb_graph_finish() completes the graph. The exact conventions of every
 * analysis are in README.md ("Analyses").
 */
typedef struct {
  /// Make symmetric relations explicit in both directions and close
  /// transitive relations (locatedIn) before the analyses. Default false.
  bool infer;
  /// Run the analyses beyond degree and weak components. Default true.
  bool analyses;
  /// Project to igraph for degree and weak components even with the
  /// analyses off. Default true; off (and analyses off): no metrics at all,
  /// for a caller that writes the facts alone (`kgb extract`).
  bool metrics;
  /// Betweenness and harmonic centrality are exact up to this many nodes and
  /// limited to paths of at most @c cutoff facts above it. Default 50000.
  size_t exact_max_nodes;
  /// The path-length cutoff used above @c exact_max_nodes. Default 3.
  size_t cutoff;
  /// Seed of igraph's random number generator for Louvain and Leiden.
  /// Default 20240501.
  unsigned long seed;
} KgbGraphOptions;

/// The defaults described in KgbGraphOptions.
KgbGraphOptions kgb_graph_options_default(void);

/// Set the options kgb_graph_finish() uses (copied). KGB_ERR_USAGE after
/// finish. O(1).
KgbStatus kgb_graph_set_options(KgbGraph *g, const KgbGraphOptions *opts);

/// A graph-level analysis figure (after finish); strings owned by the graph.
typedef struct {
  const char *name;    ///< local name in KGB_NS_ANALYSIS ("modularityLeiden")
  KgbMetricKind kind;  ///< COUNT and ID are whole numbers
  const char *comment; ///< one line for people
  double value;        ///< NaN = not defined (e.g. modularity with no edges)
} KgbGraphStat;

/// The subject IRI of the graph-level figures in RDF.
#define KGB_ANALYSIS_GRAPH KGB_NS_ANALYSIS "graph"

/// Kinds of relationship structure found by the analyses.
typedef enum {
  /// An edge of the undirected simple view whose removal disconnects its
  /// component: nodes = {a, b}, a < b.
  KGB_STRUCTURE_BRIDGE,
  /// A person or character with dated/marriedTo relations to two or more
  /// others: nodes[0] is the centre, then the partners in node order;
  /// @c triangles = C(partners, 2) love triangles centred there.
  KGB_STRUCTURE_LOVE_TRIANGLE,
  /// A family tree: a weakly connected group of two or more people or
  /// characters over hasParent/hasChild. nodes[0..n_roots) are the roots (no
  /// parent in the tree), the rest follow by generation then node order;
  /// @c depth is the largest generation (0 = roots).
  KGB_STRUCTURE_FAMILY_TREE,
} KgbStructureKind;

/// A structure found in the graph; arrays owned by the graph.
typedef struct {
  KgbStructureKind kind;
  const size_t *nodes; ///< node indices, n_nodes of them
  size_t n_nodes;
  size_t n_roots;   ///< family tree: how many of nodes are roots
  size_t depth;     ///< family tree: generations below the roots
  size_t triangles; ///< love triangle: triangles centred on nodes[0]
} KgbStructure;

/// Wall time of one step of kgb_graph_finish() (for benchmarks; never
/// exported: it differs from run to run).
typedef struct {
  const char *name; ///< "projection", "pageRank", ... (static)
  double seconds;
} KgbGraphTiming;

/// A new, empty graph; caller frees with kgb_graph_free().
KgbStatus kgb_graph_new(KgbGraph **out);
void kgb_graph_free(KgbGraph *g);

/**
 * Merge a document's entities and facts. O(entities + facts) amortised.
 * Fails with KGB_ERR_USAGE after kgb_graph_finish().
 */
KgbStatus kgb_graph_add_document(KgbGraph *g, const KgbDocResult *doc);

/**
 * Add (or find) the node of an entity of class @p cls (a vocabulary class local
 * name) named @p label; *out receives its index, valid until kgb_graph_finish()
 * renumbers nodes. A label differing from the node's label becomes an
 * alternative label. Amortised O(1). Strings are copied (interned).
 */
KgbStatus kgb_graph_add_entity(KgbGraph *g, const char *cls, const char *label,
                               size_t *out);

/// Record another spelling of node @p node (skos:altLabel). Copied.
KgbStatus kgb_graph_add_alt_label(KgbGraph *g, size_t node, const char *label);

/**
 * Add a fact (or one more piece of evidence for an existing one). @p literal is
 * used unless @p kind is KGB_VALUE_ENTITY, then @p object is a node index.
 * @p ev may be NULL (a fact with no evidence, e.g. merged from RDF).
 * Symmetric relations are stored once. Amortised O(1). Strings are copied.
 */
KgbStatus kgb_graph_add_fact(KgbGraph *g, size_t subject, const char *predicate,
                             KgbValueKind kind, size_t object,
                             const char *literal, const KgbGraphEvidence *ev);

/**
 * Sort nodes by IRI and edges by (subject, predicate, object), apply inference
 * when asked, then project to igraph and compute degrees, weak components and
 * (unless options.analyses is off) the other analyses (none of it when
 * options.metrics and options.analyses are both off).
 * O((V + E) log(V + E) + I) plus the analyses' own costs (README), I the
 * inferred facts. Idempotent.
 */
KgbStatus kgb_graph_finish(KgbGraph *g);

size_t kgb_graph_document_count(const KgbGraph *g);
size_t kgb_graph_node_count(const KgbGraph *g);
const KgbNode *kgb_graph_node(const KgbGraph *g, size_t i);
size_t kgb_graph_edge_count(const KgbGraph *g);
const KgbEdge *kgb_graph_edge(const KgbGraph *g, size_t i);
/// Number of weak components (after finish).
size_t kgb_graph_component_count(const KgbGraph *g);

/// Number of per-node metrics (after finish); at least degree, inDegree,
/// outDegree and component; with the analyses on also pageRank, betweenness,
/// harmonicCentrality, coreness, articulationPoint, communityLouvain,
/// communityLeiden, loveTriangles, familyTree and generation.
size_t kgb_graph_metric_count(const KgbGraph *g);
/// Metric @p i (0 <= i < kgb_graph_metric_count), or NULL.
const KgbMetric *kgb_graph_metric(const KgbGraph *g, size_t i);
/// The metric named @p name, or NULL when it was not computed.
const KgbMetric *kgb_graph_metric_find(const KgbGraph *g, const char *name);

/// Number of graph-level figures (after finish), in a fixed order.
size_t kgb_graph_stat_count(const KgbGraph *g);
/// Figure @p i, or NULL.
const KgbGraphStat *kgb_graph_stat(const KgbGraph *g, size_t i);
/// The figure named @p name, or NULL.
const KgbGraphStat *kgb_graph_stat_find(const KgbGraph *g, const char *name);

/// Number of structures found (after finish): bridges, then love triangles,
/// then family trees, each kind in canonical order (family trees numbered
/// as the familyTree metric: largest first).
size_t kgb_graph_structure_count(const KgbGraph *g);
/// Structure @p i, or NULL.
const KgbStructure *kgb_graph_structure(const KgbGraph *g, size_t i);

/// Number of timed steps of the last kgb_graph_finish().
size_t kgb_graph_timing_count(const KgbGraph *g);
/// Timed step @p i, or NULL.
const KgbGraphTiming *kgb_graph_timing(const KgbGraph *g, size_t i);

/// The IRI an entity of @p cls named @p name gets (caller frees).
char *kgb_entity_iri(const char *cls, const char *name);

#endif
