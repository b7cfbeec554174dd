/*
 * export.h: write a finished KgbGraph in the formats users load elsewhere.
 *
 * RDF (Turtle, N-Triples) goes through raptor2, GraphML through libxml2's
 * xmlTextWriter, DOT through Graphviz's cgraph and SVG through its gvc.
 * Every writer is deterministic: the graph's canonical order is the output
 * order, so equal graphs give byte-identical files.
 */
#ifndef KGB_EXPORT_H
#define KGB_EXPORT_H

#include "../graph/graph.h"

typedef enum {
  KGB_FORMAT_TURTLE,
  KGB_FORMAT_NTRIPLES,
  KGB_FORMAT_GRAPHML,
  KGB_FORMAT_DOT,
  KGB_FORMAT_SVG,
} KgbFormat;

typedef struct {
  /// Write each fact's evidence (document, sentence, offsets, rule,
  /// confidence) as RDF reification with PROV-O; default true.
  bool provenance;
  /// Write analysis figures (degree, component) where the format has room.
  bool analysis;
} KgbExportOptions;

/// The defaults: provenance and analysis on.
KgbExportOptions kgb_export_options_default(void);

/// Format from a name ("turtle", "ttl", "ntriples", "nt", "graphml", "dot",
/// "svg"); KGB_ERR_USAGE for an unknown name.
KgbStatus kgb_format_from_name(const char *name, KgbFormat *out);
/// File extension without dot ("ttl").
const char *kgb_format_extension(KgbFormat fmt);
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

#endif
