/*
 * rdf.c: the graph as RDF statements, in Turtle, N-Triples, N-Quads, RDF/XML
 * or JSON-LD through the sink of rdfsink.c.
 *
 * The graph is walked in canonical order, one subject at a time, so Turtle
 * and JSON-LD group every subject's statements in one block: each node's own
 * statements (type, labels, analysis figures) and the facts it is the subject
 * of; then, with provenance, each of those facts as a reified rdf:Statement
 * (its documents and its evidence items), and each evidence item with its
 * document, sentence, offsets, rule and confidence.
 *
 * N-Quads puts each fact in the named graph of every document with evidence
 * for it (the document's IRI, as in prov:wasDerivedFrom), so sources stay
 * apart and a fact read in two documents is in both graphs; each evidence
 * item goes into its document's graph too. What belongs to no one document is
 * in the default graph: entities' types, labels and analysis figures, the
 * rdf:Statement descriptions, and facts without evidence (merged from RDF).
 *
 * Typed literals are written only in a valid lexical form of their datatype,
 * so every consumer reads back the same value: decimals always carry a '.',
 * doubles always an exponent (kgb_export_format_double), dates are
 * xsd:date, xsd:gYearMonth or xsd:gYear by their shape; a value that is not
 * valid for its kind is written as a plain string. Every IRI is
 * percent-encoded where a byte is not safe in one. Turtle declares a prefix
 * per entity group ("person:", "work:") so entity IRIs read as names.
 */
#include "export_internal.h"

#include <string.h>

/// Bytes kept raw when re-escaping a full IRI: the RFC 3987 delimiters and '%'.
#define IRI_KEEP ":/?#[]@!$&'()*+,;=%"

/// The prefixes of every data file, in declaration order.
static const KgbRdfPrefix fixed_prefixes[] = {
    {"rdf", KGB_NS_RDF},       {"rdfs", KGB_NS_RDFS},
    {"xsd", KGB_NS_XSD},       {"skos", KGB_NS_SKOS},
    {"prov", KGB_NS_PROV},     {"kgb", KGB_NS_VOCAB},
    {"kgba", KGB_NS_ANALYSIS}, {"kgbe", KGB_NS_EVIDENCE},
    {"kgbdoc", KGB_NS_DOC},    {"kgbid", KGB_NS_ID},
};
enum { N_FIXED = sizeof fixed_prefixes / sizeof fixed_prefixes[0] };
/// At most this many entity-group prefixes (the vocabulary has a dozen).
enum { MAX_GROUPS = 48 };

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

static const char *const term_iris[T_COUNT] = {
    [T_TYPE] = KGB_NS_RDF "type",
    [T_LABEL] = KGB_NS_RDFS "label",
    [T_ALT_LABEL] = KGB_NS_SKOS "altLabel",
    [T_STATEMENT] = KGB_NS_RDF "Statement",
    [T_SUBJECT] = KGB_NS_RDF "subject",
    [T_PREDICATE] = KGB_NS_RDF "predicate",
    [T_OBJECT] = KGB_NS_RDF "object",
    [T_DERIVED_FROM] = KGB_NS_PROV "wasDerivedFrom",
    [T_EVIDENCE] = KGB_NS_VOCAB "evidence",
    [T_SENTENCE] = KGB_NS_VOCAB "sentence",
    [T_START] = KGB_NS_VOCAB "startOffset",
    [T_END] = KGB_NS_VOCAB "endOffset",
    [T_RULE] = KGB_NS_VOCAB "rule",
    [T_CONFIDENCE] = KGB_NS_VOCAB "confidence",
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

static const char *const datatype_iris[D_COUNT] = {
    [D_INTEGER] = KGB_NS_XSD "integer",
    [D_DECIMAL] = KGB_NS_XSD "decimal",
    [D_DOUBLE] = KGB_NS_XSD "double",
    [D_GYEAR] = KGB_NS_XSD "gYear",
    [D_GYEARMONTH] = KGB_NS_XSD "gYearMonth",
    [D_DATE] = KGB_NS_XSD "date",
};

typedef struct {
  KgbRdfSink *sink;
  KgbFormat fmt;
  const KgbGraph *g;
  const KgbExportOptions *opts;
  KgbBuf subject;        ///< the current node's IRI
  KgbBuf fact;           ///< the current fact's IRI
  KgbBuf evidence;       ///< the current evidence item's IRI
  KgbBuf object;         ///< an object IRI
  KgbBuf graph;          ///< a document IRI (graph_doc_into())
  const char *graph_doc; ///< the document id in graph, or NULL
  const char *object_of; ///< the entity IRI escaped in object, or NULL
  const char *iri_of;    ///< the predicate escaped in iri, or NULL
  KgbBuf lexical;        ///< a literal's lexical form
  KgbBuf iri;            ///< scratch
  /* confidences written and their lexical forms, by the bits of the value:
     confidences repeat (a few per rule), and the shortest exact form takes
     a few printf calls */
  struct {
    uint64_t bits;
    bool ok, set;
    char text[32];
  } conf[64];
} Rdf;

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
 * a valid lexical form of its datatype (see the file comment), or
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

static KgbRdfTerm iri(const char *value) {
  return (KgbRdfTerm){KGB_RDF_IRI, value, NULL, NULL};
}

static KgbRdfTerm literal(const char *value, Datatype dt) {
  return (KgbRdfTerm){KGB_RDF_LITERAL, value,
                      dt == D_NONE ? NULL : datatype_iris[dt], NULL};
}

/// @p ns and @p local escaped into @p buf: keeping @p keep and non-ASCII
/// characters when @p keep is not NULL, else ASCII-only.
static KgbStatus iri_into(KgbBuf *buf, const char *ns, const char *local,
                          const char *keep) {
  kgb_buf_clear(buf);
  KgbStatus st = kgb_buf_puts(buf, ns);
  if (st == KGB_OK) {
    st = kgb_export_iri_escape(buf, local, keep, keep != NULL);
  }
  if (st == KGB_OK) {
    st = kgb_buf_puts(buf, ""); /* never NULL */
  }
  return st;
}

/// An IRI minted by the graph, re-escaped defensively.
static KgbStatus full_iri_into(KgbBuf *buf, const char *full) {
  return iri_into(buf, "", full, IRI_KEEP);
}

/// The document's IRI: KGB_NS_DOC and the percent-encoded document id.
static KgbStatus doc_into(KgbBuf *buf, const char *doc) {
  return iri_into(buf, KGB_NS_DOC, doc, NULL);
}

/// The IRI of document @p doc into r->graph: escaped again only for another
/// id (a fact's evidence is mostly from one document, asked for again and
/// again; the graph's strings do not change while it is written).
static KgbStatus graph_doc_into(Rdf *r, const char *doc) {
  if (doc && doc == r->graph_doc) {
    return KGB_OK;
  }
  KgbStatus st = doc_into(&r->graph, doc);
  r->graph_doc = st == KGB_OK ? doc : NULL;
  return st;
}

/// The IRI of predicate @p name into r->iri, escaped again only for another.
static KgbStatus predicate_into(Rdf *r, const char *name) {
  if (name && name == r->iri_of) {
    return KGB_OK;
  }
  KgbStatus st = iri_into(&r->iri, KGB_NS_VOCAB, name, NULL);
  r->iri_of = st == KGB_OK ? name : NULL;
  return st;
}

static KgbStatus emit(Rdf *r, const char *s, const char *p, const KgbRdfTerm *o,
                      const char *graph) {
  KgbRdfTerm st = iri(s), pt = iri(p), gt = iri(graph ? graph : "");
  return kgb_rdf_sink_emit(r->sink, &st, &pt, o, graph ? &gt : NULL);
}

static KgbStatus emit_iri(Rdf *r, const char *s, const char *p, const char *o,
                          const char *graph) {
  KgbRdfTerm ot = iri(o);
  return emit(r, s, p, &ot, graph);
}

static KgbStatus emit_count(Rdf *r, const char *s, const char *p, size_t n,
                            const char *graph) {
  char text[32], *t = text + sizeof text; /* "%zu" without printf */
  *--t = '\0';
  do {
    *--t = (char)('0' + n % 10);
    n /= 10;
  } while (n);
  KgbRdfTerm ot = literal(t, D_INTEGER);
  return emit(r, s, p, &ot, graph);
}

/// Documents of an edge's evidence, each once (evidence is sorted by doc).
static bool new_doc(const KgbEdge *e, size_t k) {
  const char *doc = e->evidence[k].doc;
  return doc && (k == 0 || !e->evidence[k - 1].doc ||
                 strcmp(e->evidence[k - 1].doc, doc) != 0);
}

/* ---- the graph ----------------------------------------------------------- */

static KgbStatus write_node(Rdf *r, size_t i) {
  const KgbNode *n = kgb_graph_node(r->g, i);
  const char *s = r->subject.data;
  KgbStatus st = KGB_OK;
  r->object_of = NULL;
  TRY(st, iri_into(&r->object, KGB_NS_VOCAB, n->cls, NULL));
  TRY(st, emit_iri(r, s, term_iris[T_TYPE], r->object.data, NULL));
  KgbRdfTerm label = literal(n->label, D_NONE);
  TRY(st, emit(r, s, term_iris[T_LABEL], &label, NULL));
  for (size_t k = 0; k < n->n_alt; k++) {
    KgbRdfTerm alt = literal(n->alt_labels[k], D_NONE);
    TRY(st, emit(r, s, term_iris[T_ALT_LABEL], &alt, NULL));
  }
  if (!r->opts->analysis) {
    goto done;
  }
  for (size_t m = 0; m < kgb_graph_metric_count(r->g); m++) {
    const KgbMetric *mt = kgb_graph_metric(r->g, m);
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
    r->iri_of = NULL;
    TRY(st, iri_into(&r->iri, KGB_NS_ANALYSIS, mt->name, NULL));
    KgbRdfTerm value =
        literal(text, mt->kind == KGB_METRIC_SCORE ? D_DOUBLE : D_INTEGER);
    TRY(st, emit(r, s, r->iri.data, &value, NULL));
  }
done:
  return st;
}

/// The object of edge @p e: an IRI in r->object or a literal in r->lexical.
static KgbStatus edge_object(Rdf *r, const KgbEdge *e, KgbRdfTerm *out) {
  KgbStatus st = KGB_OK;
  if (e->kind == KGB_VALUE_ENTITY) {
    const KgbNode *object = kgb_graph_node(r->g, e->object);
    if (!object) {
      return KGB_ERR_USAGE;
    }
    if (object->iri != r->object_of) { /* written twice with provenance */
      r->object_of = NULL;
      TRY(st, full_iri_into(&r->object, object->iri));
      r->object_of = object->iri;
    }
    *out = iri(r->object.data);
  } else {
    Datatype dt;
    TRY(st, literal_form(r, e->kind, e->literal ? e->literal : "", &dt));
    *out = literal(r->lexical.data, dt);
  }
done:
  return st;
}

/// The fact itself: once, or (N-Quads) in the graph of each of its documents.
static KgbStatus write_fact(Rdf *r, const KgbEdge *e) {
  KgbStatus st = KGB_OK;
  KgbRdfTerm o;
  TRY(st, predicate_into(r, e->predicate));
  TRY(st, edge_object(r, e, &o));
  bool in_graphs = false;
  for (size_t k = 0; r->fmt == KGB_FORMAT_NQUADS && k < e->n_evidence; k++) {
    if (new_doc(e, k)) {
      TRY(st, graph_doc_into(r, e->evidence[k].doc));
      TRY(st, emit(r, r->subject.data, r->iri.data, &o, r->graph.data));
      in_graphs = true;
    }
  }
  if (!in_graphs) {
    TRY(st, emit(r, r->subject.data, r->iri.data, &o, NULL));
  }
done:
  return st;
}

/// Evidence item @p k of fact @p e (its IRI in r->evidence): in its
/// document's graph for N-Quads.
static KgbStatus write_evidence(Rdf *r, const KgbEdge *e, size_t k) {
  KgbStatus st = KGB_OK;
  const KgbGraphEvidence *ev = &e->evidence[k];
  const char *s = r->evidence.data;
  const char *graph = NULL;
  if (ev->doc) {
    TRY(st, graph_doc_into(r, ev->doc));
    graph = r->fmt == KGB_FORMAT_NQUADS ? r->graph.data : NULL;
    TRY(st, emit_iri(r, s, term_iris[T_DERIVED_FROM], r->graph.data, graph));
  }
  TRY(st, emit_count(r, s, term_iris[T_SENTENCE], ev->sentence, graph));
  TRY(st, emit_count(r, s, term_iris[T_START], ev->start, graph));
  TRY(st, emit_count(r, s, term_iris[T_END], ev->end, graph));
  if (ev->rule) {
    KgbRdfTerm rule = literal(ev->rule, D_NONE);
    TRY(st, emit(r, s, term_iris[T_RULE], &rule, graph));
  }
  uint64_t bits; /* the exact value: -0.0 and NaNs too */
  memcpy(&bits, &ev->confidence, sizeof bits);
  size_t slot = (size_t)((bits * 0x9E3779B97F4A7C15u) >> 58);
  if (!r->conf[slot].set || r->conf[slot].bits != bits) {
    r->conf[slot].ok = kgb_export_format_double(
        ev->confidence, true, r->conf[slot].text, sizeof r->conf[slot].text);
    r->conf[slot].bits = bits;
    r->conf[slot].set = true;
  }
  if (r->conf[slot].ok) {
    KgbRdfTerm c = literal(r->conf[slot].text, D_DOUBLE);
    TRY(st, emit(r, s, term_iris[T_CONFIDENCE], &c, graph));
  }
done:
  return st;
}

static KgbStatus evidence_iri(Rdf *r, size_t k) {
  char num[32], *t = num + sizeof num; /* "%s-%zu" without printf */
  size_t n = k + 1;
  *--t = '\0';
  do {
    *--t = (char)('0' + n % 10);
    n /= 10;
  } while (n);
  *--t = '-';
  kgb_buf_clear(&r->evidence);
  KgbStatus st = kgb_buf_puts(&r->evidence, r->fact.data);
  return st == KGB_OK ? kgb_buf_puts(&r->evidence, t) : st;
}

/// The fact as a reified rdf:Statement with its documents, then its evidence.
static KgbStatus write_provenance(Rdf *r, const KgbEdge *e) {
  KgbStatus st = KGB_OK;
  const char *f;
  KgbRdfTerm o;
  TRY(st, full_iri_into(&r->fact, e->iri));
  f = r->fact.data;
  TRY(st, emit_iri(r, f, term_iris[T_TYPE], term_iris[T_STATEMENT], NULL));
  TRY(st, emit_iri(r, f, term_iris[T_SUBJECT], r->subject.data, NULL));
  TRY(st, predicate_into(r, e->predicate));
  TRY(st, emit_iri(r, f, term_iris[T_PREDICATE], r->iri.data, NULL));
  TRY(st, edge_object(r, e, &o));
  TRY(st, emit(r, f, term_iris[T_OBJECT], &o, NULL));
  for (size_t k = 0; k < e->n_evidence; k++) {
    if (new_doc(e, k)) {
      TRY(st, graph_doc_into(r, e->evidence[k].doc));
      TRY(st, emit_iri(r, f, term_iris[T_DERIVED_FROM], r->graph.data, NULL));
    }
  }
  for (size_t k = 0; k < e->n_evidence; k++) {
    TRY(st, evidence_iri(r, k));
    TRY(st, emit_iri(r, f, term_iris[T_EVIDENCE], r->evidence.data, NULL));
  }
  for (size_t k = 0; k < e->n_evidence; k++) {
    TRY(st, evidence_iri(r, k));
    TRY(st, write_evidence(r, e, k));
  }
done:
  return st;
}

static KgbStatus write_graph(Rdf *r) {
  KgbStatus st = KGB_OK;
  const KgbGraph *g = r->g;
  size_t e = 0, n_edges = kgb_graph_edge_count(g);
  for (size_t i = 0; i < kgb_graph_node_count(g); i++) {
    TRY(st, full_iri_into(&r->subject, kgb_graph_node(g, i)->iri));
    TRY(st, write_node(r, i));
    /* edges are sorted by subject: this node's facts come next */
    size_t first = e;
    for (; e < n_edges && kgb_graph_edge(g, e)->subject == i; e++) {
      TRY(st, write_fact(r, kgb_graph_edge(g, e)));
    }
    for (size_t k = first; r->opts->provenance && k < e; k++) {
      const KgbEdge *edge = kgb_graph_edge(g, k);
      if (edge->iri) {
        TRY(st, write_provenance(r, edge));
      }
    }
  }
  if (e != n_edges) { /* not in canonical order: the graph is not finished */
    st = KGB_ERR_USAGE;
  }
done:
  return st;
}

/// The graph-level analysis figures, as triples about KGB_ANALYSIS_GRAPH.
static KgbStatus write_stats(Rdf *r) {
  KgbStatus st = KGB_OK;
  for (size_t i = 0; i < kgb_graph_stat_count(r->g); i++) {
    const KgbGraphStat *s = kgb_graph_stat(r->g, i);
    char text[40];
    bool score = s->kind == KGB_METRIC_SCORE;
    if (score ? !kgb_export_format_double(s->value, true, text, sizeof text)
              : s->value != s->value) {
      continue; // NaN: not defined for this graph
    }
    if (!score) {
      snprintf(text, sizeof text, "%.0f", s->value);
    }
    r->iri_of = NULL;
    TRY(st, iri_into(&r->iri, KGB_NS_ANALYSIS, s->name, NULL));
    KgbRdfTerm value = literal(text, score ? D_DOUBLE : D_INTEGER);
    TRY(st, emit(r, KGB_ANALYSIS_GRAPH, r->iri.data, &value, NULL));
  }
done:
  return st;
}

/* ---- prefixes ------------------------------------------------------------ */

/// True when @p s[0..n) can be a Turtle prefix name and is not a fixed one.
static bool group_prefix_ok(const char *s, size_t n) {
  if (n == 0 || n > 32 || !(s[0] >= 'a' && s[0] <= 'z')) {
    return false;
  }
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
      return false;
    }
  }
  for (size_t i = 0; i < N_FIXED; i++) {
    if (strlen(fixed_prefixes[i].prefix) == n &&
        strncmp(fixed_prefixes[i].prefix, s, n) == 0) {
      return false;
    }
  }
  return true;
}

/**
 * The prefixes to declare: the fixed ones the options use, then one per
 * entity group ("person" for KGB_NS_ID "person/"), in node order (which is
 * IRI order, so alphabetical). Names and namespaces go to @p names (one
 * buffer, NUL-separated, so pointers are set after it stops growing).
 */
static KgbStatus plan_prefixes(const KgbGraph *g, const KgbExportOptions *opts,
                               KgbRdfPrefix *out, size_t *n, KgbBuf *names) {
  KgbStatus st = KGB_OK;
  size_t n_groups = 0;
  size_t offsets[MAX_GROUPS][2];
  *n = 0;
  for (size_t i = 0; i < N_FIXED; i++) {
    const char *ns = fixed_prefixes[i].ns;
    bool prov = strcmp(ns, KGB_NS_PROV) == 0 ||
                strcmp(ns, KGB_NS_EVIDENCE) == 0 || strcmp(ns, KGB_NS_DOC) == 0;
    if ((prov && !opts->provenance) ||
        (strcmp(ns, KGB_NS_ANALYSIS) == 0 && !opts->analysis)) {
      continue;
    }
    out[(*n)++] = fixed_prefixes[i];
  }
  size_t ns_len = strlen(KGB_NS_ID);
  for (size_t i = 0; i < kgb_graph_node_count(g) && n_groups < MAX_GROUPS;
       i++) {
    const char *iri = kgb_graph_node(g, i)->iri;
    if (strncmp(iri, KGB_NS_ID, ns_len) != 0) {
      continue;
    }
    const char *group = iri + ns_len, *slash = strchr(group, '/');
    size_t len = slash ? (size_t)(slash - group) : 0;
    if (!group_prefix_ok(group, len)) {
      continue;
    }
    bool seen = false;
    for (size_t k = 0; k < n_groups && !seen; k++) {
      seen = strlen(names->data + offsets[k][0]) == len &&
             strncmp(names->data + offsets[k][0], group, len) == 0;
    }
    if (seen) {
      continue;
    }
    offsets[n_groups][0] = names->len;
    TRY(st, kgb_buf_append(names, group, len));
    TRY(st, kgb_buf_putc(names, '\0'));
    offsets[n_groups][1] = names->len;
    TRY(st, kgb_buf_printf(names, "%s%.*s/", KGB_NS_ID, (int)len, group));
    TRY(st, kgb_buf_putc(names, '\0'));
    n_groups++;
  }
  for (size_t k = 0; k < n_groups; k++) {
    out[(*n)++] = (KgbRdfPrefix){names->data + offsets[k][0],
                                 names->data + offsets[k][1]};
  }
done:
  return st;
}

KgbStatus kgb_export_write_rdf(const KgbGraph *g, KgbFormat fmt,
                               const KgbExportOptions *opts, FILE *stream) {
  Rdf r = {.fmt = fmt, .g = g, .opts = opts};
  KgbRdfPrefix prefixes[N_FIXED + MAX_GROUPS];
  size_t n_prefixes = 0;
  KgbBuf names = {0};
  KgbStatus st = KGB_OK;
  TRY(st, plan_prefixes(g, opts, prefixes, &n_prefixes, &names));
  TRY(st, kgb_rdf_sink_new(fmt, stream, prefixes, n_prefixes, &r.sink));
  TRY(st, write_graph(&r));
  if (opts->analysis) {
    TRY(st, write_stats(&r));
  }
  TRY(st, kgb_rdf_sink_finish(r.sink));
done:
  kgb_rdf_sink_free(r.sink);
  kgb_buf_free(&names);
  KgbBuf *bufs[] = {&r.subject, &r.fact,    &r.evidence, &r.object,
                    &r.graph,   &r.lexical, &r.iri};
  for (size_t i = 0; i < sizeof bufs / sizeof bufs[0]; i++) {
    kgb_buf_free(bufs[i]);
  }
  return st;
}
