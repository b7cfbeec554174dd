/*
 * export_internal.h: what the writers of export/ share; nothing outside
 * export/ includes it but the module's own tests: one entry point per format
 * family and the small text helpers (IRI escaping, number formatting, character
 * filtering) that several of them need.
 */
#ifndef KGB_EXPORT_INTERNAL_H
#define KGB_EXPORT_INTERNAL_H

#include "export.h"

/* ---- writers ----------------------------------------------------------------
 * Each writes the finished graph @p g to @p stream in canonical order and
 * returns KGB_ERR_LIB when the library reported an error, KGB_ERR_NOMEM when
 * memory ran out. Write errors of @p stream itself are checked by the caller
 * (kgb_export_stream) after a flush; a writer may also report KGB_ERR_IO.
 */

/// Turtle, N-Triples, N-Quads, RDF/XML or JSON-LD (rdf.c, through a sink).
KgbStatus kgb_export_write_rdf(const KgbGraph *g, KgbFormat fmt,
                               const KgbExportOptions *opts, FILE *stream);
/// neo4j-admin CSV (nodes or relationships) or a Cypher script (neo4j.c).
KgbStatus kgb_export_write_neo4j(const KgbGraph *g, KgbFormat fmt,
                                 const KgbExportOptions *opts, FILE *stream);
/// GraphML through libxml2's xmlTextWriter (graphml.c).
KgbStatus kgb_export_write_graphml(const KgbGraph *g,
                                   const KgbExportOptions *opts, FILE *stream);
/// DOT through cgraph's agwrite (dot.c).
KgbStatus kgb_export_write_dot(const KgbGraph *g, const KgbExportOptions *opts,
                               FILE *stream);
/// SVG or PNG (@p fmt) laid out and rendered in process by gvc (dot.c).
KgbStatus kgb_export_write_svg(const KgbGraph *g, KgbFormat fmt,
                               const KgbExportOptions *opts, FILE *stream);
/// True when gvc can lay out with "dot" and render "svg" (checked once).
bool kgb_export_svg_available(void);

/* ---- RDF sink (rdfsink.c) ---------------------------------------------------
 * One triple (or quad) at a time to a writer: serd for Turtle, N-Triples and
 * N-Quads (streamed; Turtle groups consecutive statements of a subject, so
 * callers emit each subject's statements together), raptor2 for RDF/XML,
 * json-c for JSON-LD (one node object per run of statements with the same
 * subject). Terms are borrowed for the call only.
 */

#define KGB_NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define KGB_NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define KGB_NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define KGB_NS_SKOS "http://www.w3.org/2004/02/skos/core#"
#define KGB_NS_SCHEMA "http://schema.org/"
#define KGB_NS_PROV "http://www.w3.org/ns/prov#"
#define KGB_NS_OWL "http://www.w3.org/2002/07/owl#"
#define KGB_NS_WDT "http://www.wikidata.org/prop/direct/"

typedef enum { KGB_RDF_IRI, KGB_RDF_BLANK, KGB_RDF_LITERAL } KgbRdfKind;

/// An RDF term: an IRI (already percent-encoded), a blank node label, or a
/// literal with an optional datatype IRI or language tag.
typedef struct {
  KgbRdfKind kind;
  const char *value;
  const char *datatype; ///< literals: full datatype IRI, NULL = xsd:string
  const char *lang;     ///< literals: language tag, NULL = none
} KgbRdfTerm;

typedef struct KgbRdfSink KgbRdfSink;

/// A namespace prefix to declare ("kgb", KGB_NS_VOCAB).
typedef struct {
  const char *prefix, *ns;
} KgbRdfPrefix;

/**
 * A sink writing RDF syntax @p fmt to @p stream, declaring the @p n prefixes
 * (Turtle, RDF/XML, JSON-LD's @context; copied). Caller frees with
 * kgb_rdf_sink_free() after kgb_rdf_sink_finish().
 */
KgbStatus kgb_rdf_sink_new(KgbFormat fmt, FILE *stream,
                           const KgbRdfPrefix *prefixes, size_t n,
                           KgbRdfSink **out);
/// Write one statement; @p graph (NULL: default graph) is used by N-Quads
/// only.
KgbStatus kgb_rdf_sink_emit(KgbRdfSink *k, const KgbRdfTerm *s,
                            const KgbRdfTerm *p, const KgbRdfTerm *o,
                            const KgbRdfTerm *graph);
/// End the document (closing brackets, the last abbreviated statement).
KgbStatus kgb_rdf_sink_finish(KgbRdfSink *k);
void kgb_rdf_sink_free(KgbRdfSink *k);

/* ---- text helpers -------------------------------------------------------- */

/**
 * Append @p s to @p buf with every byte that may not appear raw in an IRI
 * written as %XX (upper-case hex): anything but ASCII letters, digits,
 * "-._~" and the bytes in @p keep (may be NULL). With @p keep_utf8, valid
 * UTF-8 sequences of characters from U+00A0 on stay raw (IRIs allow them,
 * and the graph mints entity IRIs from Hebrew or Arabic names); without it
 * the result is ASCII, as for document ids. O(strlen(s)).
 */
KgbStatus kgb_export_iri_escape(KgbBuf *buf, const char *s, const char *keep,
                                bool keep_utf8);

/**
 * The shortest decimal text of @p x that reads back (strtod) as the same
 * double, written to @p out (at least 32 bytes).
 *
 * With @p exponent, the form is xsd:double's scientific notation with an
 * upper-case E, at least one fraction digit and no '+' or leading zeros in
 * the exponent: 0.9 -> "9.0E-1", 1 -> "1.0E0", -2500 -> "-2.5E3". This is the
 * form for RDF: raptor 2.0.15's Turtle writer prints a double literal bare,
 * and a bare "0.9" reads back as xsd:decimal; the exponent keeps it a double.
 * Without @p exponent it is positional ("0.9", "-2500", "0.0000001") for
 * decimal exponents -7..15 and printf's %g beyond, for GraphML. The decimal
 * point is always '.', whatever the locale.
 *
 * Returns false (and writes "") for NaN and infinities, which neither form
 * can carry portably.
 */
bool kgb_export_format_double(double x, bool exponent, char *out, size_t size);

/**
 * Decode the UTF-8 sequence at s[*i] (s NUL-terminated), advance *i past it
 * and return the code point; an invalid or truncated sequence (overlong,
 * surrogate, beyond U+10FFFF) advances one byte and returns U+FFFD.
 */
uint32_t kgb_export_utf8_next(const char *s, size_t *i);

/// Append code point @p cp (<= U+10FFFF) to @p buf as UTF-8.
KgbStatus kgb_export_utf8_put(KgbBuf *buf, uint32_t cp);

/**
 * Append @p s to @p buf keeping only characters XML 1.0 allows (tab, newline,
 * carriage return, U+0020..U+D7FF, U+E000..U+FFFD, U+10000..U+10FFFF). Other
 * control characters are dropped; invalid UTF-8 becomes U+FFFD. xmlTextWriter
 * does not check this, and one stray U+0001 makes the whole file unreadable.
 */
KgbStatus kgb_export_xml_text(KgbBuf *buf, const char *s);

/**
 * Append the Neo4j APOC label list of class @p cls: ":Film:Work", the class
 * followed by its superclass chain from the default vocabulary.
 */
KgbStatus kgb_export_class_labels(KgbBuf *buf, const char *cls);

/// True when @p cls is @p ancestor or one of its subclasses.
bool kgb_export_class_is_a(const char *cls, const char *ancestor);

/// True when @p predicate is a symmetric relation of the default vocabulary.
bool kgb_export_symmetric(const char *predicate);

#endif
