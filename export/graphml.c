/*
 * graphml.c: GraphML 1.1 through libxml2's xmlTextWriter.
 *
 * Entities are nodes ("n<k>", k the node's canonical index); entity-to-entity
 * facts are edges ("e<k>", numbered in canonical order); literal facts become
 * data on their subject node under a key named after the predicate, several
 * values of one predicate joined with " | ". The key ids follow Neo4j APOC's
 * GraphML import: node key "labels" holds ":Film:Work" (the class and its
 * superclasses, which become node labels) and edge key "label" the relation
 * (the relationship type). Only keys some element uses are declared, fixed
 * keys first in the order of the table below, then predicate keys by name.
 *
 * xmlTextWriter escapes markup but does not check that characters are allowed
 * in XML at all: every string goes through kgb_export_xml_text() first.
 */
#include "export_internal.h"

#include <libxml/xmlwriter.h>
#include <stdlib.h>
#include <string.h>

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define GRAPHML_SCHEMA                                                         \
  GRAPHML_NS " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

/// Which elements carry a key, so only used keys are declared.
typedef enum {
  USE_NODES,      ///< every node
  USE_ALT,        ///< nodes with alternative labels
  USE_EDGES,      ///< every edge
  USE_PROVENANCE, ///< every edge, when provenance is on
  USE_EVIDENCE,   ///< edges with evidence, when provenance is on
} KeyUse;

/// The fixed keys, in declaration order; ids are what <data key=""> names.
typedef enum {
  K_LABELS,
  K_NAME,
  K_IRI,
  K_CLASS,
  K_ALT_LABELS,
  K_MENTIONS,
  K_LABEL,
  K_EDGE_IRI,
  K_EVIDENCE,
  K_CONFIDENCE,
  K_COUNT
} KeyId;

static const struct {
  const char *id, *domain, *name, *type;
  KeyUse use;
} keys[K_COUNT] = {
    [K_LABELS] = {"labels", "node", "labels", "string", USE_NODES},
    [K_NAME] = {"name", "node", "name", "string", USE_NODES},
    [K_IRI] = {"iri", "node", "iri", "string", USE_NODES},
    [K_CLASS] = {"class", "node", "class", "string", USE_NODES},
    [K_ALT_LABELS] = {"altLabels", "node", "altLabels", "string", USE_ALT},
    [K_MENTIONS] = {"mentions", "node", "mentions", "long", USE_NODES},
    [K_LABEL] = {"label", "edge", "label", "string", USE_EDGES},
    [K_EDGE_IRI] = {"edgeIri", "edge", "iri", "string", USE_PROVENANCE},
    [K_EVIDENCE] = {"evidence", "edge", "evidence", "string", USE_EVIDENCE},
    [K_CONFIDENCE] = {"confidence", "edge", "confidence", "double",
                      USE_EVIDENCE},
};

typedef struct {
  xmlTextWriterPtr w;
  const KgbGraph *g;
  const KgbExportOptions *opts;
  bool used[K_COUNT];
  bool used_metrics;       ///< analysis on and nodes to carry it
  const char **predicates; ///< literal predicates, sorted, unique
  size_t n_predicates;
  KgbBuf text;  ///< the value being built
  KgbBuf clean; ///< the value with XML-invalid characters dropped
} Graphml;

/* Errors libxml2 raises while we write (a failed write of the stream) are
 * reported by our status, not printed on stderr. */
static void quiet(void *payload, xmlErrorPtr error) {
  (void)payload;
  (void)error;
}

static KgbStatus xw(int rc) {
  return rc < 0 ? KGB_ERR_LIB : KGB_OK;
}

static const xmlChar *X(const char *s) {
  return (const xmlChar *)s;
}

/// True when @p id is one of the fixed key ids or a metric's.
static bool reserved_id(const KgbGraph *g, const char *id) {
  for (size_t k = 0; k < K_COUNT; k++) {
    if (strcmp(keys[k].id, id) == 0) {
      return true;
    }
  }
  return kgb_graph_metric_find(g, id) != NULL;
}

/// The key id of literal predicate @p p: its name, prefixed if that is taken.
static KgbStatus predicate_key(const KgbGraph *g, KgbBuf *buf, const char *p) {
  kgb_buf_clear(buf);
  return kgb_buf_printf(buf, "%s%s", reserved_id(g, p) ? "kgb_" : "", p);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/// Work out which keys are used and collect the literal predicates.
static KgbStatus plan_keys(Graphml *x) {
  const KgbGraph *g = x->g;
  size_t n_nodes = kgb_graph_node_count(g), n_edges = kgb_graph_edge_count(g);
  bool use[USE_EVIDENCE + 1] = {false};
  use[USE_NODES] = n_nodes > 0;
  x->used_metrics = n_nodes > 0 && x->opts->analysis;
  for (size_t i = 0; i < n_nodes; i++) {
    use[USE_ALT] = use[USE_ALT] || kgb_graph_node(g, i)->n_alt > 0;
  }
  x->predicates = calloc(n_edges ? n_edges : 1, sizeof *x->predicates);
  if (!x->predicates) {
    return KGB_ERR_NOMEM;
  }
  for (size_t i = 0; i < n_edges; i++) {
    const KgbEdge *e = kgb_graph_edge(g, i);
    if (e->kind != KGB_VALUE_ENTITY) {
      x->predicates[x->n_predicates++] = e->predicate;
      continue;
    }
    use[USE_EDGES] = true;
    use[USE_PROVENANCE] = x->opts->provenance;
    use[USE_EVIDENCE] =
        use[USE_EVIDENCE] || (x->opts->provenance && e->n_evidence > 0);
  }
  if (x->n_predicates > 1) {
    qsort(x->predicates, x->n_predicates, sizeof *x->predicates, cmp_str);
  }
  size_t unique = 0;
  for (size_t i = 0; i < x->n_predicates; i++) {
    if (unique == 0 || strcmp(x->predicates[unique - 1], x->predicates[i])) {
      x->predicates[unique++] = x->predicates[i];
    }
  }
  x->n_predicates = unique;
  for (size_t k = 0; k < K_COUNT; k++) {
    x->used[k] = use[keys[k].use];
  }
  return KGB_OK;
}

static KgbStatus write_key(Graphml *x, const char *id, const char *domain,
                           const char *name, const char *type) {
  KgbStatus st = KGB_OK;
  TRY(st, xw(xmlTextWriterStartElement(x->w, X("key"))));
  TRY(st, xw(xmlTextWriterWriteAttribute(x->w, X("id"), X(id))));
  TRY(st, xw(xmlTextWriterWriteAttribute(x->w, X("for"), X(domain))));
  TRY(st, xw(xmlTextWriterWriteAttribute(x->w, X("attr.name"), X(name))));
  TRY(st, xw(xmlTextWriterWriteAttribute(x->w, X("attr.type"), X(type))));
  TRY(st, xw(xmlTextWriterEndElement(x->w)));
done:
  return st;
}

static KgbStatus write_keys(Graphml *x) {
  KgbStatus st = KGB_OK;
  KgbBuf id = {0};
  for (size_t k = 0; k < K_COUNT; k++) {
    if (x->used[k] && strcmp(keys[k].domain, "node") == 0) {
      TRY(st,
          write_key(x, keys[k].id, keys[k].domain, keys[k].name, keys[k].type));
    }
  }
  if (x->used_metrics) {
    static const char *const metric_types[] = {
        [KGB_METRIC_COUNT] = "long",
        [KGB_METRIC_ID] = "int",
        [KGB_METRIC_SCORE] = "double",
    };
    for (size_t m = 0; m < kgb_graph_metric_count(x->g); m++) {
      const KgbMetric *mt = kgb_graph_metric(x->g, m);
      TRY(st, write_key(x, mt->name, "node", mt->name, metric_types[mt->kind]));
    }
  }
  for (size_t i = 0; i < x->n_predicates; i++) {
    TRY(st, predicate_key(x->g, &id, x->predicates[i]));
    TRY(st, write_key(x, id.data, "node", id.data, "string"));
  }
  for (size_t k = 0; k < K_COUNT; k++) {
    if (x->used[k] && strcmp(keys[k].domain, "edge") == 0) {
      TRY(st,
          write_key(x, keys[k].id, keys[k].domain, keys[k].name, keys[k].type));
    }
  }
  /* graph-level figures (modularity, bridges, ...): ids "graph_NAME" */
  for (size_t i = 0; x->opts->analysis && i < kgb_graph_stat_count(x->g); i++) {
    const KgbGraphStat *gs = kgb_graph_stat(x->g, i);
    kgb_buf_clear(&id);
    TRY(st, kgb_buf_printf(&id, "graph_%s", gs->name));
    TRY(st, write_key(x, id.data, "graph", gs->name,
                      gs->kind == KGB_METRIC_SCORE ? "double" : "long"));
  }
done:
  kgb_buf_free(&id);
  return st;
}

/// <data key="@p key">@p value</data>, with XML-invalid characters dropped.
static KgbStatus write_data(Graphml *x, const char *key, const char *value) {
  KgbStatus st = KGB_OK;
  kgb_buf_clear(&x->clean);
  TRY(st, kgb_export_xml_text(&x->clean, value));
  TRY(st, kgb_buf_puts(&x->clean, "")); /* never NULL, even when empty */
  TRY(st, xw(xmlTextWriterStartElement(x->w, X("data"))));
  TRY(st, xw(xmlTextWriterWriteAttribute(x->w, X("key"), X(key))));
  TRY(st, xw(xmlTextWriterWriteString(x->w, X(x->clean.data))));
  TRY(st, xw(xmlTextWriterEndElement(x->w)));
done:
  return st;
}

static KgbStatus write_count(Graphml *x, const char *key, size_t n) {
  char text[32];
  snprintf(text, sizeof text, "%zu", n);
  return write_data(x, key, text);
}

/// The analysis figures of node @p i, one data element per defined metric.
static KgbStatus write_metrics(Graphml *x, size_t i) {
  KgbStatus st = KGB_OK;
  for (size_t m = 0; m < kgb_graph_metric_count(x->g); m++) {
    const KgbMetric *mt = kgb_graph_metric(x->g, m);
    double v = mt->values[i];
    char text[40];
    if (mt->kind == KGB_METRIC_SCORE) {
      if (!kgb_export_format_double(v, false, text, sizeof text)) {
        continue; // NaN: not defined here
      }
    } else if (v != v) {
      continue;
    } else {
      snprintf(text, sizeof text, "%.0f", v);
    }
    TRY(st, write_data(x, mt->name, text));
  }
done:
  return st;
}

/// Literal facts of node @p i: edges [*e, ...) with subject i, sorted by
/// predicate; one data element per predicate. Advances *e past them.
static KgbStatus write_literals(Graphml *x, size_t i, size_t *e) {
  KgbStatus st = KGB_OK;
  KgbBuf id = {0};
  size_t n_edges = kgb_graph_edge_count(x->g);
  const char *current = NULL;
  kgb_buf_clear(&x->text);
  for (; *e < n_edges && kgb_graph_edge(x->g, *e)->subject == i; (*e)++) {
    const KgbEdge *edge = kgb_graph_edge(x->g, *e);
    if (edge->kind == KGB_VALUE_ENTITY) {
      continue;
    }
    if (current && strcmp(current, edge->predicate) != 0) {
      TRY(st, predicate_key(x->g, &id, current));
      TRY(st, write_data(x, id.data, x->text.data));
      kgb_buf_clear(&x->text);
    } else if (current) {
      TRY(st, kgb_buf_puts(&x->text, " | "));
    }
    current = edge->predicate;
    TRY(st, kgb_buf_puts(&x->text, edge->literal ? edge->literal : ""));
  }
  if (current) {
    TRY(st, predicate_key(x->g, &id, current));
    TRY(st, write_data(x, id.data, x->text.data));
  }
done:
  kgb_buf_free(&id);
  return st;
}

static KgbStatus write_node(Graphml *x, size_t i, size_t *e) {
  KgbStatus st = KGB_OK;
  const KgbNode *n = kgb_graph_node(x->g, i);
  char id[32];
  snprintf(id, sizeof id, "n%zu", i);
  TRY(st, xw(xmlTextWriterStartElement(x->w, X("node"))));
  TRY(st, xw(xmlTextWriterWriteAttribute(x->w, X("id"), X(id))));
  kgb_buf_clear(&x->text);
  TRY(st, kgb_export_class_labels(&x->text, n->cls));
  TRY(st, write_data(x, keys[K_LABELS].id, x->text.data));
  TRY(st, write_data(x, keys[K_NAME].id, n->label));
  TRY(st, write_data(x, keys[K_IRI].id, n->iri));
  TRY(st, write_data(x, keys[K_CLASS].id, n->cls));
  if (n->n_alt > 0) {
    kgb_buf_clear(&x->text);
    for (size_t k = 0; k < n->n_alt; k++) {
      TRY(st,
          kgb_buf_printf(&x->text, "%s%s", k ? " | " : "", n->alt_labels[k]));
    }
    TRY(st, write_data(x, keys[K_ALT_LABELS].id, x->text.data));
  }
  TRY(st, write_count(x, keys[K_MENTIONS].id, n->mentions));
  if (x->used_metrics) {
    TRY(st, write_metrics(x, i));
  }
  TRY(st, write_literals(x, i, e));
  TRY(st, xw(xmlTextWriterEndElement(x->w)));
done:
  return st;
}

/// The graph-level figures as <data> of the <graph> element.
static KgbStatus write_graph_stats(Graphml *x) {
  KgbStatus st = KGB_OK;
  KgbBuf id = {0};
  for (size_t i = 0; x->opts->analysis && i < kgb_graph_stat_count(x->g); i++) {
    const KgbGraphStat *gs = kgb_graph_stat(x->g, i);
    char text[40];
    if (gs->kind == KGB_METRIC_SCORE) {
      if (!kgb_export_format_double(gs->value, false, text, sizeof text)) {
        continue;
      }
    } else if (gs->value != gs->value) {
      continue;
    } else {
      snprintf(text, sizeof text, "%.0f", gs->value);
    }
    kgb_buf_clear(&id);
    TRY(st, kgb_buf_printf(&id, "graph_%s", gs->name));
    TRY(st, write_data(x, id.data, text));
  }
done:
  kgb_buf_free(&id);
  return st;
}

/// The evidence of @p e as "doc:sentence:start-end rule; ..." in x->text.
static KgbStatus evidence_text(Graphml *x, const KgbEdge *e) {
  KgbStatus st = KGB_OK;
  kgb_buf_clear(&x->text);
  for (size_t k = 0; k < e->n_evidence; k++) {
    const KgbGraphEvidence *ev = &e->evidence[k];
    TRY(st, kgb_buf_printf(&x->text, "%s%s:%zu:%zu-%zu %s", k ? "; " : "",
                           ev->doc ? ev->doc : "", ev->sentence, ev->start,
                           ev->end, ev->rule ? ev->rule : ""));
  }
done:
  return st;
}

static KgbStatus write_edge(Graphml *x, const KgbEdge *e, size_t k) {
  KgbStatus st = KGB_OK;
  char id[32], source[32], target[32];
  snprintf(id, sizeof id, "e%zu", k);
  snprintf(source, sizeof source, "n%zu", e->subject);
  snprintf(target, sizeof target, "n%zu", e->object);
  TRY(st, xw(xmlTextWriterStartElement(x->w, X("edge"))));
  TRY(st, xw(xmlTextWriterWriteAttribute(x->w, X("id"), X(id))));
  TRY(st, xw(xmlTextWriterWriteAttribute(x->w, X("source"), X(source))));
  TRY(st, xw(xmlTextWriterWriteAttribute(x->w, X("target"), X(target))));
  TRY(st, write_data(x, keys[K_LABEL].id, e->predicate));
  if (x->opts->provenance && e->iri) {
    TRY(st, write_data(x, keys[K_EDGE_IRI].id, e->iri));
  }
  if (x->opts->provenance && e->n_evidence > 0) {
    TRY(st, evidence_text(x, e));
    TRY(st, write_data(x, keys[K_EVIDENCE].id, x->text.data));
    double best = e->evidence[0].confidence;
    for (size_t i = 1; i < e->n_evidence; i++) {
      if (e->evidence[i].confidence > best) {
        best = e->evidence[i].confidence;
      }
    }
    char confidence[32];
    if (kgb_export_format_double(best, false, confidence, sizeof confidence)) {
      TRY(st, write_data(x, keys[K_CONFIDENCE].id, confidence));
    }
  }
  TRY(st, xw(xmlTextWriterEndElement(x->w)));
done:
  return st;
}

static KgbStatus write_document(Graphml *x) {
  KgbStatus st = KGB_OK;
  xmlTextWriterPtr w = x->w;
  TRY(st, xw(xmlTextWriterSetIndent(w, 1)));
  TRY(st, xw(xmlTextWriterSetIndentString(w, X("  "))));
  TRY(st, xw(xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL)));
  TRY(st, xw(xmlTextWriterStartElement(w, X("graphml"))));
  TRY(st, xw(xmlTextWriterWriteAttribute(w, X("xmlns"), X(GRAPHML_NS))));
  TRY(st,
      xw(xmlTextWriterWriteAttribute(
          w, X("xmlns:xsi"), X("http://www.w3.org/2001/XMLSchema-instance"))));
  TRY(st, xw(xmlTextWriterWriteAttribute(w, X("xsi:schemaLocation"),
                                         X(GRAPHML_SCHEMA))));
  TRY(st, write_keys(x));
  TRY(st, xw(xmlTextWriterStartElement(w, X("graph"))));
  TRY(st, xw(xmlTextWriterWriteAttribute(w, X("id"), X("kgb"))));
  TRY(st, xw(xmlTextWriterWriteAttribute(w, X("edgedefault"), X("directed"))));
  TRY(st, write_graph_stats(x));
  size_t e = 0, n_edges = kgb_graph_edge_count(x->g);
  for (size_t i = 0; i < kgb_graph_node_count(x->g); i++) {
    TRY(st, write_node(x, i, &e));
  }
  if (e != n_edges) { /* not in canonical order: the graph is not finished */
    st = KGB_ERR_USAGE;
    goto done;
  }
  for (size_t i = 0, k = 0; i < n_edges; i++) {
    const KgbEdge *edge = kgb_graph_edge(x->g, i);
    if (edge->kind == KGB_VALUE_ENTITY) {
      TRY(st, write_edge(x, edge, k++));
    }
  }
  TRY(st, xw(xmlTextWriterEndDocument(w))); /* closes graph and graphml */
  TRY(st, xw(xmlTextWriterFlush(w)));
done:
  return st;
}

KgbStatus kgb_export_write_graphml(const KgbGraph *g,
                                   const KgbExportOptions *opts, FILE *stream) {
  Graphml x = {.g = g, .opts = opts};
  KgbStatus st = KGB_OK;
  xmlStructuredErrorFunc saved = xmlStructuredError;
  void *saved_payload = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc(NULL, quiet);
  /* the buffer writes to the stream and never closes it */
  xmlOutputBufferPtr out = xmlOutputBufferCreateFile(stream, NULL);
  if (!out) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  x.w = xmlNewTextWriter(out); /* owns out from here */
  if (!x.w) {
    xmlOutputBufferClose(out);
    st = KGB_ERR_NOMEM;
    goto done;
  }
  TRY(st, plan_keys(&x));
  TRY(st, write_document(&x));
done:
  if (x.w) {
    xmlFreeTextWriter(x.w);
  }
  xmlSetStructuredErrorFunc(saved_payload, saved);
  free(x.predicates);
  kgb_buf_free(&x.text);
  kgb_buf_free(&x.clean);
  return st;
}
