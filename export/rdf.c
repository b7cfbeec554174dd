/*
 * rdf.c: Turtle and N-Triples through raptor2.
 *
 * The graph is walked in canonical order: each node's own triples (type,
 * labels, analysis figures), then the facts it is the subject of, each
 * followed by its reification and evidence when provenance is on. raptor's
 * N-Triples writer keeps that order; its Turtle writer regroups statements by
 * subject in IRI order, which is just as deterministic.
 *
 * raptor 2.0.15 is fed only what it writes back faithfully:
 *   - no base URI, so no "@base <file:///...>" line;
 *   - IRIs everywhere, never blank nodes (its Turtle writer merges blank-node
 *     labels that differ only in punctuation);
 *   - typed literals only in a valid lexical form of their datatype: its
 *     Turtle writer prints xsd:integer, xsd:decimal and xsd:double literals
 *     bare, so "12"^^xsd:decimal would read back as an integer, "5." or "NaN"
 *     would not parse, and "0.9"^^xsd:double would become a decimal. Values
 *     that are not valid are written as plain strings, decimals always carry
 *     a '.', doubles always an exponent (kgb_export_format_double).
 * Every IRI is percent-encoded where a byte is not safe in one.
 */
#include "export_internal.h"

#include <raptor2.h>
#include <string.h>

#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define NS_SKOS "http://www.w3.org/2004/02/skos/core#"
#define NS_SCHEMA "http://schema.org/"
#define NS_PROV "http://www.w3.org/ns/prov#"

/// Bytes kept raw when re-escaping a full IRI: the RFC 3987 delimiters and '%'.
#define IRI_KEEP ":/?#[]@!$&'()*+,;=%"

/// Turtle prefixes, in the order they are declared after "rdf", which
/// raptor's Turtle writer declares itself (and refuses to declare twice).
static const struct {
  const char *prefix, *ns;
} prefixes[] = {
    {"rdfs", NS_RDFS},         {"xsd", NS_XSD},
    {"skos", NS_SKOS},         {"schema", NS_SCHEMA},
    {"prov", NS_PROV},         {"kgb", KGB_NS_VOCAB},
    {"kgbid", KGB_NS_ID},      {"kgba", KGB_NS_ANALYSIS},
    {"kgbe", KGB_NS_EVIDENCE}, {"kgbdoc", KGB_NS_DOC},
};

/// The fixed predicates and classes the writer uses.
typedef enum {
  T_TYPE,
  T_LABEL,
  T_ALT_LABEL,
  T_STATEMENT,
  T_SUBJECT,
  T_PREDICATE,
  T_OBJECT,
  T_DERIVED_FROM,
  T_EVIDENCE,
  T_SENTENCE,
  T_START,
  T_END,
  T_RULE,
  T_CONFIDENCE,
  T_COUNT
} Term;

static const struct {
  const char *ns, *local;
} term_iris[T_COUNT] = {
    [T_TYPE] = {NS_RDF, "type"},
    [T_LABEL] = {NS_RDFS, "label"},
    [T_ALT_LABEL] = {NS_SKOS, "altLabel"},
    [T_STATEMENT] = {NS_RDF, "Statement"},
    [T_SUBJECT] = {NS_RDF, "subject"},
    [T_PREDICATE] = {NS_RDF, "predicate"},
    [T_OBJECT] = {NS_RDF, "object"},
    [T_DERIVED_FROM] = {NS_PROV, "wasDerivedFrom"},
    [T_EVIDENCE] = {KGB_NS_VOCAB, "evidence"},
    [T_SENTENCE] = {KGB_NS_VOCAB, "sentence"},
    [T_START] = {KGB_NS_VOCAB, "startOffset"},
    [T_END] = {KGB_NS_VOCAB, "endOffset"},
    [T_RULE] = {KGB_NS_VOCAB, "rule"},
    [T_CONFIDENCE] = {KGB_NS_VOCAB, "confidence"},
};

/// Literal datatypes; D_NONE is a plain (xsd:string) literal.
typedef enum {
  D_INTEGER,
  D_DECIMAL,
  D_DOUBLE,
  D_GYEAR,
  D_GYEARMONTH,
  D_DATE,
  D_COUNT,
  D_NONE = D_COUNT
} Datatype;

static const char *const datatype_names[D_COUNT] = {
    [D_INTEGER] = "integer",       [D_DECIMAL] = "decimal",
    [D_DOUBLE] = "double",         [D_GYEAR] = "gYear",
    [D_GYEARMONTH] = "gYearMonth", [D_DATE] = "date",
};

typedef struct {
  raptor_world *world;
  raptor_serializer *ser;
  raptor_term *terms[T_COUNT];
  raptor_uri *datatypes[D_COUNT];
  KgbBuf iri;     ///< scratch for building IRIs
  KgbBuf lexical; ///< scratch for literal forms
  size_t errors;  ///< error messages raptor logged
} Rdf;

static void rdf_log(void *user_data, raptor_log_message *message) {
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR) {
    ((Rdf *)user_data)->errors++;
  }
}

/* ---- literal forms ------------------------------------------------------- */

static size_t count_digits(const char *s) {
  size_t n = 0;
  while (s[n] >= '0' && s[n] <= '9') {
    n++;
  }
  return n;
}

/// Two digits at @p s forming a number in [lo, hi].
static bool two_digits_in(const char *s, int lo, int hi) {
  if (count_digits(s) < 2) {
    return false;
  }
  int v = (s[0] - '0') * 10 + (s[1] - '0');
  return v >= lo && v <= hi;
}

/// ISO 8601 "YYYY", "YYYY-MM" or "YYYY-MM-DD" to its xsd type, else D_NONE.
static Datatype date_type(const char *s) {
  size_t len = strlen(s);
  if (count_digits(s) != 4) {
    return D_NONE;
  }
  if (len == 4) {
    return D_GYEAR;
  }
  if (s[4] != '-' || !two_digits_in(s + 5, 1, 12)) {
    return D_NONE;
  }
  if (len == 7) {
    return D_GYEARMONTH;
  }
  if (len == 10 && s[7] == '-' && two_digits_in(s + 8, 1, 31)) {
    return D_DATE;
  }
  return D_NONE;
}

/**
 * The datatype and lexical form (in r->lexical) of a literal fact's object:
 * a form that raptor's Turtle writer keeps typed (see the file comment), or
 * the text as a plain string when it is not a valid value of its kind.
 */
static KgbStatus literal_form(Rdf *r, KgbValueKind kind, const char *text,
                              Datatype *out) {
  kgb_buf_clear(&r->lexical);
  *out = D_NONE;
  const char *s = text + (text[0] == '+' || text[0] == '-');
  size_t int_digits = count_digits(s);
  switch (kind) {
  case KGB_VALUE_INTEGER:
    if (int_digits > 0 && s[int_digits] == '\0') {
      *out = D_INTEGER;
    }
    break;
  case KGB_VALUE_DECIMAL: {
    bool point = s[int_digits] == '.';
    const char *frac = s + int_digits + point;
    size_t frac_digits = point ? count_digits(frac) : 0;
    if (int_digits + frac_digits > 0 && frac[frac_digits] == '\0') {
      /* "12" -> "12.0", ".5" -> "0.5", "5." -> "5.0" */
      KgbStatus st =
          kgb_buf_printf(&r->lexical, "%.*s%.*s%s.%.*s%s", (int)(s - text),
                         text, (int)int_digits, s, int_digits ? "" : "0",
                         (int)frac_digits, frac, frac_digits ? "" : "0");
      *out = D_DECIMAL;
      return st;
    }
    break;
  }
  case KGB_VALUE_DATE:
    *out = date_type(text);
    break;
  case KGB_VALUE_STRING:
  case KGB_VALUE_ENTITY:
    break;
  }
  return kgb_buf_puts(&r->lexical, text);
}

/* ---- terms and statements ------------------------------------------------ */

/// A new IRI term for @p ns followed by @p local escaped: keeping @p keep and
/// non-ASCII characters when @p keep is not NULL, else ASCII-only.
static raptor_term *iri_term(Rdf *r, const char *ns, const char *local,
                             const char *keep) {
  kgb_buf_clear(&r->iri);
  if (kgb_buf_puts(&r->iri, ns) != KGB_OK ||
      kgb_export_iri_escape(&r->iri, local, keep, keep != NULL) != KGB_OK) {
    return NULL;
  }
  return raptor_new_term_from_uri_string(r->world,
                                         (const unsigned char *)r->iri.data);
}

/// A new IRI term for an IRI minted by the graph (re-escaped defensively).
static raptor_term *full_iri_term(Rdf *r, const char *iri) {
  return iri_term(r, "", iri, IRI_KEEP);
}

/// The document's IRI: KGB_NS_DOC and the percent-encoded document id.
static raptor_term *doc_term(Rdf *r, const char *doc) {
  return iri_term(r, KGB_NS_DOC, doc, NULL);
}

/// The IRI of the k-th (1-based) piece of evidence of fact @p fact_iri.
static raptor_term *evidence_term(Rdf *r, const char *fact_iri, size_t k) {
  kgb_buf_clear(&r->iri);
  if (kgb_export_iri_escape(&r->iri, fact_iri, IRI_KEEP, true) != KGB_OK ||
      kgb_buf_printf(&r->iri, "-%zu", k) != KGB_OK) {
    return NULL;
  }
  return raptor_new_term_from_uri_string(r->world,
                                         (const unsigned char *)r->iri.data);
}

static raptor_term *literal_term(Rdf *r, const char *text, Datatype dt) {
  return raptor_new_term_from_literal(r->world, (const unsigned char *)text,
                                      dt == D_NONE ? NULL : r->datatypes[dt],
                                      NULL);
}

static raptor_term *count_term(Rdf *r, size_t n) {
  char text[32];
  snprintf(text, sizeof text, "%zu", n);
  return literal_term(r, text, D_INTEGER);
}

/// raptor_free_term() that accepts NULL (raptor complains on stderr).
static void term_free(raptor_term *t) {
  if (t) {
    raptor_free_term(t);
  }
}

/// A new reference to fixed term @p t.
static raptor_term *fixed(Rdf *r, Term t) {
  return raptor_term_copy(r->terms[t]);
}

/**
 * Serialize one triple. Takes ownership of the three terms, any of which may
 * be NULL (an allocation that failed upstream): then KGB_ERR_NOMEM.
 */
static KgbStatus emit(Rdf *r, raptor_term *s, raptor_term *p, raptor_term *o) {
  raptor_statement stmt;
  raptor_statement_init(&stmt, r->world);
  stmt.subject = s;
  stmt.predicate = p;
  stmt.object = o;
  KgbStatus st = KGB_OK;
  if (!s || !p || !o) {
    st = KGB_ERR_NOMEM;
  } else if (raptor_serializer_serialize_statement(r->ser, &stmt) != 0 ||
             r->errors) {
    st = KGB_ERR_LIB;
  }
  raptor_statement_clear(&stmt);
  return st;
}

/* ---- the graph ----------------------------------------------------------- */

static KgbStatus write_node(Rdf *r, const KgbGraph *g, size_t i,
                            raptor_term *subject,
                            const KgbExportOptions *opts) {
  const KgbNode *n = kgb_graph_node(g, i);
  KgbStatus st = KGB_OK;
  TRY(st, emit(r, raptor_term_copy(subject), fixed(r, T_TYPE),
               iri_term(r, KGB_NS_VOCAB, n->cls, NULL)));
  TRY(st, emit(r, raptor_term_copy(subject), fixed(r, T_LABEL),
               literal_term(r, n->label, D_NONE)));
  for (size_t k = 0; k < n->n_alt; k++) {
    TRY(st, emit(r, raptor_term_copy(subject), fixed(r, T_ALT_LABEL),
                 literal_term(r, n->alt_labels[k], D_NONE)));
  }
  if (opts->analysis) {
    for (size_t m = 0; m < kgb_graph_metric_count(g); m++) {
      const KgbMetric *mt = kgb_graph_metric(g, m);
      double v = mt->values[i];
      char text[40];
      if (mt->kind == KGB_METRIC_SCORE) {
        if (!kgb_export_format_double(v, true, text, sizeof text)) {
          continue; // NaN: not defined for this node
        }
      } else if (v != v) {
        continue;
      } else {
        snprintf(text, sizeof text, "%.0f", v);
      }
      TRY(st, emit(r, raptor_term_copy(subject),
                   iri_term(r, KGB_NS_ANALYSIS, mt->name, NULL),
                   literal_term(r, text,
                                mt->kind == KGB_METRIC_SCORE ? D_DOUBLE
                                                             : D_INTEGER)));
    }
  }
done:
  return st;
}

/// One piece of evidence: its own IRI, linked from the fact.
static KgbStatus write_evidence(Rdf *r, raptor_term *fact, const KgbEdge *e,
                                size_t k) {
  KgbStatus st = KGB_OK;
  const KgbGraphEvidence *ev = &e->evidence[k];
  raptor_term *node = evidence_term(r, e->iri, k + 1);
  if (!node) {
    return KGB_ERR_NOMEM;
  }
  TRY(st, emit(r, raptor_term_copy(fact), fixed(r, T_EVIDENCE),
               raptor_term_copy(node)));
  if (ev->doc) {
    TRY(st, emit(r, raptor_term_copy(node), fixed(r, T_DERIVED_FROM),
                 doc_term(r, ev->doc)));
  }
  const struct {
    Term predicate;
    size_t value;
  } offsets[] = {
      {T_SENTENCE, ev->sentence},
      {T_START, ev->start},
      {T_END, ev->end},
  };
  for (size_t i = 0; i < sizeof offsets / sizeof offsets[0]; i++) {
    TRY(st, emit(r, raptor_term_copy(node), fixed(r, offsets[i].predicate),
                 count_term(r, offsets[i].value)));
  }
  if (ev->rule) {
    TRY(st, emit(r, raptor_term_copy(node), fixed(r, T_RULE),
                 literal_term(r, ev->rule, D_NONE)));
  }
  char confidence[32];
  if (kgb_export_format_double(ev->confidence, true, confidence,
                               sizeof confidence)) {
    TRY(st, emit(r, raptor_term_copy(node), fixed(r, T_CONFIDENCE),
                 literal_term(r, confidence, D_DOUBLE)));
  }
done:
  term_free(node);
  return st;
}

/// The fact as a reified rdf:Statement with its documents and evidence.
static KgbStatus write_provenance(Rdf *r, const KgbEdge *e, raptor_term *s,
                                  raptor_term *p, raptor_term *o) {
  KgbStatus st = KGB_OK;
  raptor_term *fact = full_iri_term(r, e->iri);
  if (!fact) {
    return KGB_ERR_NOMEM;
  }
  TRY(st,
      emit(r, raptor_term_copy(fact), fixed(r, T_TYPE), fixed(r, T_STATEMENT)));
  TRY(st, emit(r, raptor_term_copy(fact), fixed(r, T_SUBJECT),
               raptor_term_copy(s)));
  TRY(st, emit(r, raptor_term_copy(fact), fixed(r, T_PREDICATE),
               raptor_term_copy(p)));
  TRY(st,
      emit(r, raptor_term_copy(fact), fixed(r, T_OBJECT), raptor_term_copy(o)));
  for (size_t k = 0; k < e->n_evidence; k++) {
    const char *doc = e->evidence[k].doc;
    /* evidence is sorted by document: name each document once */
    if (doc && (k == 0 || !e->evidence[k - 1].doc ||
                strcmp(e->evidence[k - 1].doc, doc) != 0)) {
      TRY(st, emit(r, raptor_term_copy(fact), fixed(r, T_DERIVED_FROM),
                   doc_term(r, doc)));
    }
  }
  for (size_t k = 0; k < e->n_evidence; k++) {
    TRY(st, write_evidence(r, fact, e, k));
  }
done:
  term_free(fact);
  return st;
}

static KgbStatus write_edge(Rdf *r, const KgbGraph *g, const KgbEdge *e,
                            raptor_term *subject,
                            const KgbExportOptions *opts) {
  KgbStatus st = KGB_OK;
  raptor_term *p = iri_term(r, KGB_NS_VOCAB, e->predicate, NULL);
  raptor_term *o = NULL;
  if (e->kind == KGB_VALUE_ENTITY) {
    const KgbNode *object = kgb_graph_node(g, e->object);
    if (!object) {
      st = KGB_ERR_USAGE;
      goto done;
    }
    o = full_iri_term(r, object->iri);
  } else {
    Datatype dt;
    TRY(st, literal_form(r, e->kind, e->literal ? e->literal : "", &dt));
    o = literal_term(r, r->lexical.data, dt);
  }
  if (!p || !o) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  TRY(st, emit(r, raptor_term_copy(subject), raptor_term_copy(p),
               raptor_term_copy(o)));
  if (opts->provenance && e->iri) {
    TRY(st, write_provenance(r, e, subject, p, o));
  }
done:
  term_free(p);
  term_free(o);
  return st;
}

static KgbStatus write_graph(Rdf *r, const KgbGraph *g,
                             const KgbExportOptions *opts) {
  KgbStatus st = KGB_OK;
  raptor_term *subject = NULL;
  size_t e = 0, n_edges = kgb_graph_edge_count(g);
  for (size_t i = 0; i < kgb_graph_node_count(g); i++) {
    const KgbNode *n = kgb_graph_node(g, i);
    subject = full_iri_term(r, n->iri);
    if (!subject) {
      st = KGB_ERR_NOMEM;
      goto done;
    }
    TRY(st, write_node(r, g, i, subject, opts));
    /* edges are sorted by subject: this node's facts come next */
    for (; e < n_edges && kgb_graph_edge(g, e)->subject == i; e++) {
      TRY(st, write_edge(r, g, kgb_graph_edge(g, e), subject, opts));
    }
    term_free(subject);
    subject = NULL;
  }
  if (e != n_edges) { /* not in canonical order: the graph is not finished */
    st = KGB_ERR_USAGE;
  }
done:
  term_free(subject);
  return st;
}

/// The graph-level analysis figures, as triples about KGB_ANALYSIS_GRAPH.
static KgbStatus write_stats(Rdf *r, const KgbGraph *g) {
  KgbStatus st = KGB_OK;
  raptor_term *subject = NULL;
  for (size_t i = 0; i < kgb_graph_stat_count(g); i++) {
    const KgbGraphStat *s = kgb_graph_stat(g, i);
    char text[40];
    bool score = s->kind == KGB_METRIC_SCORE;
    if (score ? !kgb_export_format_double(s->value, true, text, sizeof text)
              : s->value != s->value) {
      continue; // NaN: not defined for this graph
    }
    if (!score) {
      snprintf(text, sizeof text, "%.0f", s->value);
    }
    if (!subject && !(subject = full_iri_term(r, KGB_ANALYSIS_GRAPH))) {
      return KGB_ERR_NOMEM;
    }
    TRY(st, emit(r, raptor_term_copy(subject),
                 iri_term(r, KGB_NS_ANALYSIS, s->name, NULL),
                 literal_term(r, text, score ? D_DOUBLE : D_INTEGER)));
  }
done:
  term_free(subject);
  return st;
}

static KgbStatus rdf_open(Rdf *r, KgbFormat fmt, FILE *stream) {
  r->world = raptor_new_world();
  if (!r->world) {
    return KGB_ERR_NOMEM;
  }
  raptor_world_set_log_handler(r->world, r, rdf_log);
  if (raptor_world_open(r->world) != 0) {
    return KGB_ERR_LIB;
  }
  for (size_t t = 0; t < T_COUNT; t++) {
    r->terms[t] = iri_term(r, term_iris[t].ns, term_iris[t].local, NULL);
    if (!r->terms[t]) {
      return KGB_ERR_NOMEM;
    }
  }
  for (size_t d = 0; d < D_COUNT; d++) {
    kgb_buf_clear(&r->iri);
    if (kgb_buf_printf(&r->iri, NS_XSD "%s", datatype_names[d]) != KGB_OK) {
      return KGB_ERR_NOMEM;
    }
    r->datatypes[d] =
        raptor_new_uri(r->world, (const unsigned char *)r->iri.data);
    if (!r->datatypes[d]) {
      return KGB_ERR_NOMEM;
    }
  }
  bool turtle = fmt == KGB_FORMAT_TURTLE;
  r->ser = raptor_new_serializer(r->world, turtle ? "turtle" : "ntriples");
  if (!r->ser) {
    return KGB_ERR_LIB;
  }
  /* no base URI: raptor would write "@base <file:///...>" */
  if (raptor_serializer_start_to_file_handle(r->ser, NULL, stream) != 0) {
    return KGB_ERR_LIB;
  }
  for (size_t i = 0; turtle && i < sizeof prefixes / sizeof prefixes[0]; i++) {
    raptor_uri *ns =
        raptor_new_uri(r->world, (const unsigned char *)prefixes[i].ns);
    int rc = ns ? raptor_serializer_set_namespace(
                      r->ser, ns, (const unsigned char *)prefixes[i].prefix)
                : -1;
    if (ns) {
      raptor_free_uri(ns);
    }
    if (rc != 0) {
      return ns ? KGB_ERR_LIB : KGB_ERR_NOMEM;
    }
  }
  return r->errors ? KGB_ERR_LIB : KGB_OK;
}

static void rdf_close(Rdf *r) {
  if (r->ser) {
    raptor_free_serializer(r->ser);
  }
  for (size_t t = 0; t < T_COUNT; t++) {
    term_free(r->terms[t]);
  }
  for (size_t d = 0; d < D_COUNT; d++) {
    if (r->datatypes[d]) {
      raptor_free_uri(r->datatypes[d]);
    }
  }
  if (r->world) {
    raptor_free_world(r->world);
  }
  kgb_buf_free(&r->iri);
  kgb_buf_free(&r->lexical);
}

KgbStatus kgb_export_write_rdf(const KgbGraph *g, KgbFormat fmt,
                               const KgbExportOptions *opts, FILE *stream) {
  Rdf r = {0};
  KgbStatus st = KGB_OK;
  TRY(st, rdf_open(&r, fmt, stream));
  TRY(st, write_graph(&r, g, opts));
  if (opts->analysis) {
    TRY(st, write_stats(&r, g));
  }
  if (raptor_serializer_serialize_end(r.ser) != 0 || r.errors) {
    st = KGB_ERR_LIB;
  }
done:
  rdf_close(&r);
  return st;
}
