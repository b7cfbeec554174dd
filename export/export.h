/*
 * export.h: write a finished KgbGraph in the formats users load elsewhere, and
 * read RDF back into a graph.
 *
 * Turtle, N-Triples and N-Quads are streamed through serd (measured several
 * times faster than raptor2's Turtle writer, which holds the whole graph:
 * README "Measured"), RDF/XML through raptor2, JSON-LD through json-c,
 * GraphML through libxml2's xmlTextWriter, DOT through Graphviz's cgraph,
 * SVG and PNG through its gvc, and the neo4j-admin CSV files and the Cypher
 * script through stdio with RFC 4180 / Cypher quoting. Every writer is
 * deterministic: the graph's canonical order is the output order, so equal
 * graphs give byte-identical files.
 */
#ifndef KGB_EXPORT_H
#define KGB_EXPORT_H

#include "../graph/graph.h"

typedef enum {
  KGB_FORMAT_TURTLE,
  KGB_FORMAT_NTRIPLES,
  KGB_FORMAT_NQUADS,  ///< one named graph per source document
  KGB_FORMAT_RDFXML,  ///< RDF/XML (raptor2)
  KGB_FORMAT_JSONLD,  ///< JSON-LD with a compact @context (json-c)
  KGB_FORMAT_GRAPHML, ///< GraphML 1.1, Neo4j APOC keys
  KGB_FORMAT_DOT,
  KGB_FORMAT_SVG,
  KGB_FORMAT_PNG,
  KGB_FORMAT_CSV_NODES,         ///< neo4j-admin import: nodes.csv
  KGB_FORMAT_CSV_RELATIONSHIPS, ///< neo4j-admin import: relationships.csv
  KGB_FORMAT_CYPHER,            ///< a Cypher script creating the graph
  KGB_FORMAT_ONTOLOGY, ///< the vocabulary as OWL, in Turtle (the graph's
                       ///< metric table is the only part of it used)
  KGB_FORMAT_COUNT
} KgbFormat;

/// Which part of the graph a diagram (DOT, SVG, PNG) shows.
typedef enum {
  KGB_VIEW_ALL,        ///< every entity and entity-to-entity fact
  KGB_VIEW_STORY,      ///< characters and the relations between them
  KGB_VIEW_PRODUCTION, ///< works, their cast, crew and companies
  KGB_VIEW_PLACES,     ///< places, their containment, and what was filmed
                       ///< or set there
} KgbView;

/// What fills a diagram's nodes.
typedef enum {
  KGB_COLOR_CLASS,     ///< the class (default)
  KGB_COLOR_COMMUNITY, ///< the community metric when the graph has one
                       ///< ("communityLeiden", "communityLouvain"), else
                       ///< the weak component
} KgbColorBy;

typedef struct {
  /// Write each fact's evidence (document, sentence, offsets, rule,
  /// confidence) as RDF reification with PROV-O; default true.
  bool provenance;
  /// Write analysis figures (degree, component) where the format has room.
  bool analysis;
  /* diagrams only (DOT, SVG, PNG) */
  KgbView view;        ///< default KGB_VIEW_ALL
  const char *focus;   ///< keep only what lies within @c depth facts of the
                       ///< entities with this name (folded match); NULL: all
  long depth;          ///< for @c focus; default 1
  KgbColorBy color_by; ///< default KGB_COLOR_CLASS
  const char *layout;  ///< Graphviz engine for SVG/PNG; NULL: "dot" up to
                       ///< KGB_DOT_MAX_NODES nodes, "sfdp" above
} KgbExportOptions;

/// Above this many nodes a diagram is laid out with sfdp instead of dot.
#define KGB_DOT_MAX_NODES 300

/// The defaults: provenance and analysis on.
KgbExportOptions kgb_export_options_default(void);

/// Format from a name ("turtle", "ttl", "ntriples", "nt", "nquads", "nq",
/// "rdfxml", "rdf", "jsonld", "graphml", "dot", "svg", "png", "cypher",
/// "ontology"); KGB_ERR_USAGE for an unknown name (and for "csv", which is
/// two formats: see kgb_formats_parse).
KgbStatus kgb_format_from_name(const char *name, KgbFormat *out);

/**
 * A comma-separated list of format names into out[0..*n) (at most
 * KGB_FORMAT_COUNT, duplicates dropped, in the order given): the names of
 * kgb_format_from_name(), "csv" or "neo4j" for both CSV files, "rdf" for the
 * five RDF syntaxes, "all" for every format. KGB_ERR_USAGE names nothing
 * else; *bad (if not NULL) then points at the offending name in @p list.
 */
KgbStatus kgb_formats_parse(const char *list, KgbFormat out[KGB_FORMAT_COUNT],
                            size_t *n, const char **bad);

/// File extension without dot ("ttl").
const char *kgb_format_extension(KgbFormat fmt);
/// File name kgb build writes the format to ("graph.ttl", "nodes.csv",
/// "kgb.ttl" for the ontology).
const char *kgb_format_filename(KgbFormat fmt);
/// True for the formats written as RDF (Turtle, N-Triples, N-Quads,
/// RDF/XML, JSON-LD).
bool kgb_format_is_rdf(KgbFormat fmt);
/// False when the format's library is missing at run time (SVG without a
/// Graphviz dot layout plugin).
bool kgb_format_available(KgbFormat fmt);

/**
 * Write @p g (finished) to @p stream in @p fmt. The stream stays open.
 * Returns KGB_ERR_IO when a write fails (full disk, closed pipe).
 */
KgbStatus kgb_export_stream(const KgbGraph *g, KgbFormat fmt,
                            const KgbExportOptions *opts, FILE *stream);

/**
 * Write @p g to @p path atomically: a temporary beside it, renamed into place
 * only when complete. On failure nothing is left at @p path (a file already
 * there is left untouched).
 */
KgbStatus kgb_export_file(const KgbGraph *g, KgbFormat fmt,
                          const KgbExportOptions *opts, const char *path);

/**
 * The ontology of the built-in vocabulary (classes, relations, evidence
 * terms, alignments to schema.org and Wikidata) and of @p g's analysis
 * figures (its metric table; NULL: the figures of an empty finished graph),
 * written to @p stream in RDF syntax @p fmt (Turtle, N-Triples, N-Quads,
 * RDF/XML or JSON-LD).
 */
KgbStatus kgb_export_ontology(const KgbGraph *g, KgbFormat fmt, FILE *stream);

/* ---- RDF in (rdfin.c) -----------------------------------------------------
 */

/**
 * Read the RDF file @p path (any syntax raptor2 parses: Turtle, N-Triples,
 * N-Quads, TriG, RDF/XML; chosen by the file name, "-" is standard input read
 * as Turtle) into the unfinished graph @p g:
 *   - every subject typed (rdf:type) with a class of the vocabulary becomes
 *     an entity of that class (the most specific when there are several),
 *     named by its rdfs:label (else skos:prefLabel, schema:name, else the
 *     IRI's last segment), with its skos:altLabel values as other names;
 *   - every triple whose predicate is a vocabulary relation becomes a fact
 *     (objects that are not typed entities become literals for literal
 *     relations, and are skipped for entity relations);
 *   - kgb's own reified evidence (rdf:Statement + kgb:evidence with
 *     prov:wasDerivedFrom, sentence, offsets, rule, confidence) is read back
 *     as the facts' evidence, so a kgb export converts without loss;
 *   - every other triple (analysis figures, which are recomputed, and
 *     foreign vocabularies) is ignored; named graphs are merged.
 * Entity IRIs are minted anew from class and name, as for extracted
 * entities, so kgb's own files round-trip to the same IRIs.
 * Memory is linear in the file's kgb triples. On KGB_ERR_PARSE, *err (if not
 * NULL) names the file, line and byte of the first error (caller frees);
 * KGB_ERR_IO when the file cannot be opened. On error @p g may hold part of
 * the file.
 */
KgbStatus kgb_import_rdf(KgbGraph *g, const char *path, char **err);

#endif
