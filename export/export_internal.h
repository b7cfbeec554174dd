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

/// Turtle or N-Triples through raptor2 (rdf.c).
KgbStatus kgb_export_write_rdf(const KgbGraph *g, KgbFormat fmt,
                               const KgbExportOptions *opts, FILE *stream);
/// GraphML through libxml2's xmlTextWriter (graphml.c).
KgbStatus kgb_export_write_graphml(const KgbGraph *g,
                                   const KgbExportOptions *opts, FILE *stream);
/// DOT through cgraph's agwrite (dot.c).
KgbStatus kgb_export_write_dot(const KgbGraph *g, const KgbExportOptions *opts,
                               FILE *stream);
/// SVG laid out and rendered in process by gvc (dot.c).
KgbStatus kgb_export_write_svg(const KgbGraph *g, const KgbExportOptions *opts,
                               FILE *stream);
/// True when gvc can lay out with "dot" and render "svg" (checked once).
bool kgb_export_svg_available(void);

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
