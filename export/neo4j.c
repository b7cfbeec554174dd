/*
 * neo4j.c: the graph for property-graph databases: the two CSV files of
 * `neo4j-admin database import full --nodes=nodes.csv
 * --relationships=relationships.csv --multiline-fields=true` (also loaded by
 * Kuzu's COPY FROM, column for column), and a Cypher script that creates the
 * same graph (`cypher-shell -f graph.cypher`).
 *
 * nodes.csv: `iri:ID` (the entity IRI: stable across runs, so imports can be
 * repeated and merged), `:LABEL` ("Entity;Film;Work": the common label, the
 * class and its superclasses), `name`, `class`, `altLabels` (" | "-joined),
 * `mentions:long`, one column per analysis figure (long, int or double, in the
 * graph's metric order; empty where not defined), then one string column per
 * literal relation of the graph (values " | "-joined), sorted by name.
 * relationships.csv: `:START_ID`, `:END_ID`, `:TYPE` (the relation's local
 * name, e.g. "dated"), then with provenance `iri`, `evidence`
 * ("doc:sentence:start-end rule; ...") and `confidence:double` (the best).
 * Symmetric relations are one relationship, in the graph's stored direction:
 * match them undirected.
 *
 * Quoting is RFC 4180: every text field in double quotes, a quote inside
 * doubled, numbers bare; lines end in "\n". A newline inside a name stays (so
 * Neo4j needs --multiline-fields=true, Kuzu reads it as is).
 *
 * Cypher strings are single-quoted with backslash escapes (\\, \', \n, \r,
 * \t, \uXXXX for other control characters); labels, relationship types and
 * property keys are backtick-quoted.
 */
#include "export_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  const KgbGraph *g;
  const KgbExportOptions *opts;
  FILE *out;
  const char **predicates; ///< literal predicates, sorted, unique
  size_t n_predicates;
  KgbBuf line;  ///< the line being built
  KgbBuf value; ///< a value being built
  KgbBuf key;   ///< a property key
} Neo;

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/// Collect the literal predicates (sorted, unique).
static KgbStatus plan_predicates(Neo *x) {
  size_t n_edges = kgb_graph_edge_count(x->g);
  x->predicates = calloc(n_edges ? n_edges : 1, sizeof *x->predicates);
  if (!x->predicates) {
    return KGB_ERR_NOMEM;
  }
  for (size_t i = 0; i < n_edges; i++) {
    const KgbEdge *e = kgb_graph_edge(x->g, i);
    if (e->kind != KGB_VALUE_ENTITY) {
      x->predicates[x->n_predicates++] = e->predicate;
    }
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
  return KGB_OK;
}

static const char *const fixed_keys[] = {"iri",       "name",     "class",
                                         "altLabels", "mentions", "labels"};

/// The property key of literal predicate @p p: its name, prefixed with "kgb_"
/// when a fixed column or a metric has it.
static KgbStatus predicate_key(Neo *x, const char *p) {
  bool taken = kgb_graph_metric_find(x->g, p) != NULL;
  for (size_t i = 0; i < sizeof fixed_keys / sizeof fixed_keys[0]; i++) {
    taken = taken || strcmp(fixed_keys[i], p) == 0;
  }
  kgb_buf_clear(&x->key);
  return kgb_buf_printf(&x->key, "%s%s", taken ? "kgb_" : "", p);
}

/* ---- CSV ------------------------------------------------------------------
 */

/// Append @p s as an RFC 4180 quoted field (invalid UTF-8 as U+FFFD).
static KgbStatus csv_field(KgbBuf *b, const char *s) {
  KgbStatus st = kgb_buf_putc(b, '"');
  for (size_t i = 0; s[i] && st == KGB_OK;) {
    uint32_t cp = kgb_export_utf8_next(s, &i);
    st = cp == '"' ? kgb_buf_puts(b, "\"\"") : kgb_export_utf8_put(b, cp);
  }
  return st == KGB_OK ? kgb_buf_putc(b, '"') : st;
}

/// The text of metric @p mt at node @p i in @p out ("" when not defined).
static void metric_text(const KgbMetric *mt, size_t i, char *out, size_t size) {
  double v = mt->values[i];
  out[0] = '\0';
  if (mt->kind == KGB_METRIC_SCORE) {
    kgb_export_format_double(v, false, out, size);
  } else if (v == v) {
    snprintf(out, size, "%.0f", v);
  }
}

static const char *metric_type(KgbMetricKind kind) {
  return kind == KGB_METRIC_SCORE ? "double"
         : kind == KGB_METRIC_ID  ? "int"
                                  : "long";
}

/// Node @p i's labels "Entity;Film;Work" in x->value.
static KgbStatus labels_text(Neo *x, const char *cls, char sep) {
  kgb_buf_clear(&x->value);
  KgbStatus st = kgb_buf_printf(&x->value, "Entity");
  if (st == KGB_OK) {
    st = kgb_export_class_labels(&x->value, cls); /* ":Film:Work" */
  }
  for (size_t i = 0; st == KGB_OK && i < x->value.len; i++) {
    if (x->value.data[i] == ':') {
      x->value.data[i] = sep;
    }
  }
  return st;
}

/// The alternative labels of @p n, " | "-joined, in x->value.
static KgbStatus alt_text(Neo *x, const KgbNode *n) {
  KgbStatus st = KGB_OK;
  kgb_buf_clear(&x->value);
  TRY(st, kgb_buf_puts(&x->value, ""));
  for (size_t k = 0; k < n->n_alt; k++) {
    TRY(st,
        kgb_buf_printf(&x->value, "%s%s", k ? " | " : "", n->alt_labels[k]));
  }
done:
  return st;
}

/**
 * The values of literal predicate @p p among edges [first, end) (node i's
 * facts, sorted by predicate), " | "-joined, in x->value; false when none.
 */
static bool literal_values(Neo *x, size_t first, size_t end, const char *p,
                           KgbStatus *st) {
  bool any = false;
  kgb_buf_clear(&x->value);
  *st = kgb_buf_puts(&x->value, "");
  for (size_t e = first; e < end && *st == KGB_OK; e++) {
    const KgbEdge *edge = kgb_graph_edge(x->g, e);
    if (edge->kind != KGB_VALUE_ENTITY && strcmp(edge->predicate, p) == 0) {
      *st = kgb_buf_printf(&x->value, "%s%s", any ? " | " : "",
                           edge->literal ? edge->literal : "");
      any = true;
    }
  }
  return any;
}

static KgbStatus flush_line(Neo *x) {
  KgbStatus st = kgb_buf_putc(&x->line, '\n');
  if (st == KGB_OK &&
      fwrite(x->line.data, 1, x->line.len, x->out) != x->line.len) {
    st = KGB_ERR_IO;
  }
  kgb_buf_clear(&x->line);
  return st;
}

static KgbStatus csv_nodes(Neo *x) {
  KgbStatus st = KGB_OK;
  KgbBuf *l = &x->line;
  size_t n_metrics = x->opts->analysis ? kgb_graph_metric_count(x->g) : 0;
  TRY(st, kgb_buf_puts(l, "iri:ID,:LABEL,name,class,altLabels,mentions:long"));
  for (size_t m = 0; m < n_metrics; m++) {
    const KgbMetric *mt = kgb_graph_metric(x->g, m);
    TRY(st, kgb_buf_printf(l, ",%s:%s", mt->name, metric_type(mt->kind)));
  }
  for (size_t k = 0; k < x->n_predicates; k++) {
    TRY(st, predicate_key(x, x->predicates[k]));
    TRY(st, kgb_buf_printf(l, ",%s", x->key.data));
  }
  TRY(st, flush_line(x));
  size_t e = 0, n_edges = kgb_graph_edge_count(x->g);
  for (size_t i = 0; i < kgb_graph_node_count(x->g); i++) {
    const KgbNode *n = kgb_graph_node(x->g, i);
    size_t first = e;
    while (e < n_edges && kgb_graph_edge(x->g, e)->subject == i) {
      e++;
    }
    TRY(st, csv_field(l, n->iri));
    TRY(st, labels_text(x, n->cls, ';'));
    TRY(st, kgb_buf_putc(l, ','));
    TRY(st, csv_field(l, x->value.data));
    TRY(st, kgb_buf_putc(l, ','));
    TRY(st, csv_field(l, n->label));
    TRY(st, kgb_buf_putc(l, ','));
    TRY(st, csv_field(l, n->cls));
    TRY(st, alt_text(x, n));
    TRY(st, kgb_buf_putc(l, ','));
    TRY(st, csv_field(l, x->value.data));
    TRY(st, kgb_buf_printf(l, ",%zu", n->mentions));
    for (size_t m = 0; m < n_metrics; m++) {
      char text[40];
      metric_text(kgb_graph_metric(x->g, m), i, text, sizeof text);
      TRY(st, kgb_buf_printf(l, ",%s", text));
    }
    for (size_t k = 0; k < x->n_predicates; k++) {
      TRY(st, kgb_buf_putc(l, ','));
      if (literal_values(x, first, e, x->predicates[k], &st)) {
        TRY(st, csv_field(l, x->value.data));
      }
      TRY(st, st);
    }
    TRY(st, flush_line(x));
  }
  if (e != n_edges) { /* not in canonical order: the graph is not finished */
    st = KGB_ERR_USAGE;
  }
done:
  return st;
}

/// The evidence of @p e as "doc:sentence:start-end rule; ..." in x->value,
/// and its best confidence in @p best.
static KgbStatus evidence_text(Neo *x, const KgbEdge *e, double *best) {
  KgbStatus st = KGB_OK;
  kgb_buf_clear(&x->value);
  TRY(st, kgb_buf_puts(&x->value, ""));
  *best = e->n_evidence ? e->evidence[0].confidence : 0;
  for (size_t k = 0; k < e->n_evidence; k++) {
    const KgbGraphEvidence *ev = &e->evidence[k];
    TRY(st, kgb_buf_printf(&x->value, "%s%s:%zu:%zu-%zu %s", k ? "; " : "",
                           ev->doc ? ev->doc : "", ev->sentence, ev->start,
                           ev->end, ev->rule ? ev->rule : ""));
    if (ev->confidence > *best) {
      *best = ev->confidence;
    }
  }
done:
  return st;
}

static KgbStatus csv_relationships(Neo *x) {
  KgbStatus st = KGB_OK;
  KgbBuf *l = &x->line;
  bool prov = x->opts->provenance;
  TRY(st, kgb_buf_puts(l, ":START_ID,:END_ID,:TYPE"));
  if (prov) {
    TRY(st, kgb_buf_puts(l, ",iri,evidence,confidence:double"));
  }
  TRY(st, flush_line(x));
  for (size_t i = 0; i < kgb_graph_edge_count(x->g); i++) {
    const KgbEdge *e = kgb_graph_edge(x->g, i);
    if (e->kind != KGB_VALUE_ENTITY) {
      continue;
    }
    const KgbNode *a = kgb_graph_node(x->g, e->subject);
    const KgbNode *b = kgb_graph_node(x->g, e->object);
    if (!a || !b) {
      st = KGB_ERR_USAGE;
      goto done;
    }
    TRY(st, csv_field(l, a->iri));
    TRY(st, kgb_buf_putc(l, ','));
    TRY(st, csv_field(l, b->iri));
    TRY(st, kgb_buf_putc(l, ','));
    TRY(st, csv_field(l, e->predicate));
    if (prov) {
      double best;
      char confidence[32] = "";
      TRY(st, kgb_buf_putc(l, ','));
      TRY(st, csv_field(l, e->iri ? e->iri : ""));
      TRY(st, evidence_text(x, e, &best));
      TRY(st, kgb_buf_putc(l, ','));
      TRY(st, csv_field(l, x->value.data));
      if (e->n_evidence) {
        kgb_export_format_double(best, false, confidence, sizeof confidence);
      }
      TRY(st, kgb_buf_printf(l, ",%s", confidence));
    }
    TRY(st, flush_line(x));
  }
done:
  return st;
}

/* ---- Cypher ---------------------------------------------------------------
 */

/// Append @p s as a Cypher single-quoted string.
static KgbStatus cypher_string(KgbBuf *b, const char *s) {
  KgbStatus st = kgb_buf_putc(b, '\'');
  for (size_t i = 0; s[i] && st == KGB_OK;) {
    uint32_t cp = kgb_export_utf8_next(s, &i);
    switch (cp) {
    case '\\':
      st = kgb_buf_puts(b, "\\\\");
      break;
    case '\'':
      st = kgb_buf_puts(b, "\\'");
      break;
    case '\n':
      st = kgb_buf_puts(b, "\\n");
      break;
    case '\r':
      st = kgb_buf_puts(b, "\\r");
      break;
    case '\t':
      st = kgb_buf_puts(b, "\\t");
      break;
    default:
      st = cp < 0x20 || cp == 0x7F ? kgb_buf_printf(b, "\\u%04X", cp)
                                   : kgb_export_utf8_put(b, cp);
    }
  }
  return st == KGB_OK ? kgb_buf_putc(b, '\'') : st;
}

/// Append @p name as a backtick-quoted Cypher identifier.
static KgbStatus cypher_name(KgbBuf *b, const char *name) {
  KgbStatus st = kgb_buf_putc(b, '`');
  for (size_t i = 0; name[i] && st == KGB_OK; i++) {
    st = name[i] == '`' ? kgb_buf_puts(b, "``") : kgb_buf_putc(b, name[i]);
  }
  return st == KGB_OK ? kgb_buf_putc(b, '`') : st;
}

/// ", `key`: 'value'" (or the bare @p number when @p value is NULL).
static KgbStatus cypher_prop(KgbBuf *b, const char *key, const char *value,
                             const char *number) {
  KgbStatus st = kgb_buf_puts(b, ", ");
  if (st == KGB_OK) {
    st = cypher_name(b, key);
  }
  if (st == KGB_OK) {
    st = kgb_buf_puts(b, ": ");
  }
  if (st == KGB_OK) {
    st = value ? cypher_string(b, value) : kgb_buf_puts(b, number);
  }
  return st;
}

static KgbStatus cypher_node(Neo *x, size_t i, size_t first, size_t end) {
  KgbStatus st = KGB_OK;
  KgbBuf *l = &x->line;
  const KgbNode *n = kgb_graph_node(x->g, i);
  TRY(st, kgb_buf_puts(l, "CREATE (:"));
  TRY(st, labels_text(x, n->cls, ':')); /* Entity:Film:Work */
  for (const char *p = x->value.data; *p;) {
    size_t len = strcspn(p, ":");
    char name[128];
    snprintf(name, sizeof name, "%.*s", (int)len, p);
    TRY(st, kgb_buf_puts(l, p == x->value.data ? "" : ":"));
    TRY(st, cypher_name(l, name));
    p += len;
    p += *p == ':';
  }
  TRY(st, kgb_buf_puts(l, " {`iri`: "));
  TRY(st, cypher_string(l, n->iri));
  TRY(st, cypher_prop(l, "name", n->label, NULL));
  TRY(st, cypher_prop(l, "class", n->cls, NULL));
  if (n->n_alt) {
    TRY(st, alt_text(x, n));
    TRY(st, cypher_prop(l, "altLabels", x->value.data, NULL));
  }
  char text[40];
  snprintf(text, sizeof text, "%zu", n->mentions);
  TRY(st, cypher_prop(l, "mentions", NULL, text));
  for (size_t m = 0; x->opts->analysis && m < kgb_graph_metric_count(x->g);
       m++) {
    const KgbMetric *mt = kgb_graph_metric(x->g, m);
    metric_text(mt, i, text, sizeof text);
    if (text[0]) {
      TRY(st, cypher_prop(l, mt->name, NULL, text));
    }
  }
  for (size_t k = 0; k < x->n_predicates; k++) {
    if (literal_values(x, first, end, x->predicates[k], &st)) {
      TRY(st, predicate_key(x, x->predicates[k]));
      TRY(st, cypher_prop(l, x->key.data, x->value.data, NULL));
    }
    TRY(st, st);
  }
  TRY(st, kgb_buf_puts(l, "});"));
  TRY(st, flush_line(x));
done:
  return st;
}

static KgbStatus cypher_edge(Neo *x, const KgbEdge *e) {
  KgbStatus st = KGB_OK;
  KgbBuf *l = &x->line;
  const KgbNode *a = kgb_graph_node(x->g, e->subject);
  const KgbNode *b = kgb_graph_node(x->g, e->object);
  if (!a || !b) {
    return KGB_ERR_USAGE;
  }
  TRY(st, kgb_buf_puts(l, "MATCH (a:`Entity` {`iri`: "));
  TRY(st, cypher_string(l, a->iri));
  TRY(st, kgb_buf_puts(l, "}), (b:`Entity` {`iri`: "));
  TRY(st, cypher_string(l, b->iri));
  TRY(st, kgb_buf_puts(l, "}) CREATE (a)-[:"));
  TRY(st, cypher_name(l, e->predicate));
  if (x->opts->provenance && e->iri) {
    double best;
    char confidence[32];
    TRY(st, kgb_buf_puts(l, " {`iri`: "));
    TRY(st, cypher_string(l, e->iri));
    TRY(st, evidence_text(x, e, &best));
    TRY(st, cypher_prop(l, "evidence", x->value.data, NULL));
    if (e->n_evidence &&
        kgb_export_format_double(best, false, confidence, sizeof confidence)) {
      TRY(st, cypher_prop(l, "confidence", NULL, confidence));
    }
    TRY(st, kgb_buf_putc(l, '}'));
  }
  TRY(st, kgb_buf_puts(l, "]->(b);"));
  TRY(st, flush_line(x));
done:
  return st;
}

static KgbStatus cypher(Neo *x) {
  KgbStatus st = KGB_OK;
  size_t n_nodes = kgb_graph_node_count(x->g);
  size_t n_edges = kgb_graph_edge_count(x->g);
  TRY(st, kgb_buf_printf(&x->line,
                         "// kgb graph: %zu entities. Load with: cypher-shell "
                         "-f graph.cypher\n"
                         "CREATE CONSTRAINT kgb_entity_iri IF NOT EXISTS FOR "
                         "(n:`Entity`) REQUIRE n.`iri` IS UNIQUE;",
                         n_nodes));
  TRY(st, flush_line(x));
  size_t e = 0;
  for (size_t i = 0; i < n_nodes; i++) {
    size_t first = e;
    while (e < n_edges && kgb_graph_edge(x->g, e)->subject == i) {
      e++;
    }
    TRY(st, cypher_node(x, i, first, e));
  }
  if (e != n_edges) {
    st = KGB_ERR_USAGE;
    goto done;
  }
  for (size_t i = 0; i < n_edges; i++) {
    const KgbEdge *edge = kgb_graph_edge(x->g, i);
    if (edge->kind == KGB_VALUE_ENTITY) {
      TRY(st, cypher_edge(x, edge));
    }
  }
done:
  return st;
}

KgbStatus kgb_export_write_neo4j(const KgbGraph *g, KgbFormat fmt,
                                 const KgbExportOptions *opts, FILE *stream) {
  Neo x = {.g = g, .opts = opts, .out = stream};
  KgbStatus st = KGB_OK;
  TRY(st, plan_predicates(&x));
  switch (fmt) {
  case KGB_FORMAT_CSV_NODES:
    st = csv_nodes(&x);
    break;
  case KGB_FORMAT_CSV_RELATIONSHIPS:
    st = csv_relationships(&x);
    break;
  case KGB_FORMAT_CYPHER:
    st = cypher(&x);
    break;
  default:
    st = KGB_ERR_USAGE;
    break;
  }
done:
  free(x.predicates);
  kgb_buf_free(&x.line);
  kgb_buf_free(&x.value);
  kgb_buf_free(&x.key);
  return st;
}
