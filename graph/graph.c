/*
 * graph.c: entity resolution across documents, fact deduplication and the
 * igraph projection.
 *
 * A node is keyed by "<group>/<slug>" where the group comes from the class
 * (all works share "work"; every other class is its own group) and the slug is
 * kgb_slug() of the name, so spellings that fold alike ("Açiktan"/"Açıktan")
 * meet and the IRI never depends on input order. Keys, labels and predicates
 * are interned; nodes and facts are found through open-addressing hash tables
 * keyed by interned pointers, so adding a document is linear in its size.
 *
 * The label of a node is chosen at finish time from all spellings seen:
 * most weight (mentions), then most non-ASCII letters (the accented form is the
 * better one), then byte order, so the choice is independent of input order.
 *
 * igraph is used only here, behind a non-aborting error handler.
 */
#include "graph.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "graph_internal.h"

#include <igraph.h>

/* ---- small pointer-keyed hash table -------------------------------------- */

typedef struct {
  uint64_t *hashes; // 0 = empty
  size_t *values;
  size_t cap; // power of two
  size_t used;
} Index;

static void index_free(Index *ix) {
  free(ix->hashes);
  free(ix->values);
  memset(ix, 0, sizeof *ix);
}

static KgbStatus index_grow(Index *ix, uint64_t (*rehash)(size_t, void *),
                            void *payload) {
  size_t cap = ix->cap ? ix->cap * 2 : 64;
  uint64_t *hashes = calloc(cap, sizeof *hashes);
  size_t *values = calloc(cap, sizeof *values);
  if (!hashes || !values) {
    free(hashes);
    free(values);
    return KGB_ERR_NOMEM;
  }
  for (size_t i = 0; i < ix->cap; i++) {
    if (ix->hashes[i]) {
      uint64_t h = rehash ? rehash(ix->values[i], payload) : ix->hashes[i];
      size_t j = (size_t)h & (cap - 1);
      while (hashes[j]) {
        j = (j + 1) & (cap - 1);
      }
      hashes[j] = h;
      values[j] = ix->values[i];
    }
  }
  free(ix->hashes);
  free(ix->values);
  ix->hashes = hashes;
  ix->values = values;
  ix->cap = cap;
  return KGB_OK;
}

/* ---- the graph
 * --------------------------------------------------------------- */

typedef struct {
  const char *text; // interned
  size_t weight;
} Spelling;

typedef struct {
  const char *key; // interned "group/slug"
  const char *iri; // interned
  const char *cls; // interned
  Spelling *spellings;
  size_t n_spellings, cap_spellings;
  KgbNode pub; // filled at finish
} Node;

typedef struct {
  size_t subject;
  const char *predicate; // interned
  KgbValueKind kind;
  size_t object;
  const char *literal; // interned or NULL
  KgbGraphEvidence *evidence;
  size_t n_evidence, cap_evidence;
  bool inferred; // added by kgb_graph_append_inferred()
  KgbEdge pub;   // filled at finish
} Edge;

struct KgbGraph {
  KgbStrPool *pool;
  Node *nodes;
  size_t n_nodes, cap_nodes;
  Edge *edges;
  size_t n_edges, cap_edges;
  Index node_index; // hash of key pointer -> node
  Index edge_index; // hash of fact -> edge
  size_t documents;
  size_t components;
  bool finished;
  const char **alt_storage; // all nodes' alt label arrays, one block
  KgbMetric *metrics;       // values owned (malloc'd), strings interned
  size_t n_metrics, cap_metrics;
  KgbGraphOptions opts;
  KgbAnalysis *analysis; // graph-level results of analysis.c
  KgbGraphTiming timings[32];
  size_t n_timings;
};

static uint64_t ptr_hash(const void *p) {
  uint64_t x = (uint64_t)(uintptr_t)p;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return x | 1;
}

static uint64_t edge_hash(size_t subject, const char *predicate,
                          KgbValueKind kind, size_t object,
                          const char *literal) {
  uint64_t h = ptr_hash(predicate);
  h = h * 31 + subject;
  h = h * 31 + (uint64_t)kind;
  h = h * 31 + (literal ? ptr_hash(literal) : object);
  return h | 1;
}

KgbStatus kgb_graph_new(KgbGraph **out) {
  *out = NULL;
  KgbGraph *g = calloc(1, sizeof *g);
  if (!g) {
    return KGB_ERR_NOMEM;
  }
  g->pool = kgb_strpool_new();
  if (!g->pool) {
    free(g);
    return KGB_ERR_NOMEM;
  }
  g->opts = kgb_graph_options_default();
  *out = g;
  return KGB_OK;
}

void kgb_graph_free(KgbGraph *g) {
  if (!g) {
    return;
  }
  for (size_t i = 0; i < g->n_nodes; i++) {
    free(g->nodes[i].spellings);
  }
  for (size_t i = 0; i < g->n_edges; i++) {
    free(g->edges[i].evidence);
  }
  free(g->nodes);
  free(g->edges);
  free(g->alt_storage);
  for (size_t i = 0; i < g->n_metrics; i++) {
    free((double *)g->metrics[i].values);
  }
  free(g->metrics);
  kgb_analysis_free(g->analysis);
  index_free(&g->node_index);
  index_free(&g->edge_index);
  kgb_strpool_free(g->pool);
  free(g);
}

/// IRI group of a class: every kind of work shares one, so a title typed Film
/// in one article and Work in another is one node.
static const char *class_group(const char *cls) {
  if (strcmp(cls, "Film") == 0 || strcmp(cls, "TVSeries") == 0 ||
      strcmp(cls, "Work") == 0) {
    return "work";
  }
  return NULL;
}

static KgbStatus entity_key(const char *cls, const char *name, KgbBuf *out) {
  char *slug = kgb_slug(name, strlen(name));
  if (!slug) {
    return KGB_ERR_USAGE;
  }
  kgb_buf_clear(out);
  KgbStatus st = KGB_OK;
  const char *group = class_group(cls);
  if (group) {
    st = kgb_buf_puts(out, group);
  } else {
    for (const char *c = cls; *c && st == KGB_OK; c++) {
      char lower = (*c >= 'A' && *c <= 'Z') ? (char)(*c - 'A' + 'a') : *c;
      st = kgb_buf_putc(out, lower);
    }
  }
  if (st == KGB_OK) {
    st = kgb_buf_putc(out, '/');
  }
  if (st == KGB_OK) {
    st = kgb_buf_puts(out, slug);
  }
  free(slug);
  return st;
}

char *kgb_entity_iri(const char *cls, const char *name) {
  KgbBuf key = {0};
  KgbBuf iri = {0};
  if (entity_key(cls, name, &key) != KGB_OK ||
      kgb_buf_printf(&iri, "%s%s", KGB_NS_ID, key.data) != KGB_OK) {
    kgb_buf_free(&key);
    kgb_buf_free(&iri);
    return NULL;
  }
  kgb_buf_free(&key);
  return iri.data;
}

static KgbStatus add_spelling(KgbGraph *g, Node *n, const char *text,
                              size_t weight) {
  const char *s = kgb_strpool_intern(g->pool, text, strlen(text));
  if (!s) {
    return KGB_ERR_NOMEM;
  }
  for (size_t i = 0; i < n->n_spellings; i++) {
    if (n->spellings[i].text == s) {
      n->spellings[i].weight += weight;
      return KGB_OK;
    }
  }
  KgbStatus st = kgb_grow(&n->spellings, &n->cap_spellings, n->n_spellings + 1,
                          sizeof *n->spellings);
  if (st != KGB_OK) {
    return st;
  }
  n->spellings[n->n_spellings++] = (Spelling){s, weight};
  return KGB_OK;
}

static uint64_t node_rehash(size_t value, void *payload) {
  const KgbGraph *g = payload;
  return ptr_hash(g->nodes[value].key);
}

static KgbStatus find_or_add_node(KgbGraph *g, const char *cls,
                                  const char *label, size_t weight,
                                  size_t *out) {
  if (g->finished) {
    return KGB_ERR_USAGE;
  }
  if (!kgb_vocab_find(kgb_vocab_default(), cls)) {
    return KGB_ERR_USAGE;
  }
  KgbStatus st = KGB_OK;
  KgbBuf key = {0};
  KgbBuf iri = {0};
  TRY(st, entity_key(cls, label, &key));
  const char *k = kgb_strpool_intern(g->pool, key.data, key.len);
  if (!k) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  uint64_t h = ptr_hash(k);
  if (g->node_index.cap) {
    size_t mask = g->node_index.cap - 1;
    for (size_t i = (size_t)h & mask; g->node_index.hashes[i];
         i = (i + 1) & mask) {
      if (g->node_index.hashes[i] == h &&
          g->nodes[g->node_index.values[i]].key == k) {
        *out = g->node_index.values[i];
        st = add_spelling(g, &g->nodes[*out], label, weight);
        goto done;
      }
    }
  }
  if ((g->node_index.used + 1) * 4 > g->node_index.cap * 3) {
    TRY(st, index_grow(&g->node_index, node_rehash, g));
  }
  TRY(st, kgb_grow(&g->nodes, &g->cap_nodes, g->n_nodes + 1, sizeof *g->nodes));
  TRY(st, kgb_buf_puts(&iri, KGB_NS_ID));
  TRY(st, kgb_buf_puts(&iri, k));
  Node *n = &g->nodes[g->n_nodes];
  memset(n, 0, sizeof *n);
  n->key = k;
  n->iri = kgb_strpool_intern(g->pool, iri.data, iri.len);
  n->cls = kgb_strpool_intern(g->pool, cls, strlen(cls));
  if (!n->iri || !n->cls) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  TRY(st, add_spelling(g, n, label, weight));
  size_t mask = g->node_index.cap - 1;
  size_t i = (size_t)h & mask;
  while (g->node_index.hashes[i]) {
    i = (i + 1) & mask;
  }
  g->node_index.hashes[i] = h;
  g->node_index.values[i] = g->n_nodes;
  g->node_index.used++;
  *out = g->n_nodes++;
done:
  kgb_buf_free(&key);
  kgb_buf_free(&iri);
  return st;
}

KgbStatus kgb_graph_add_entity(KgbGraph *g, const char *cls, const char *label,
                               size_t *out) {
  return find_or_add_node(g, cls, label, 1, out);
}

KgbStatus kgb_graph_add_alt_label(KgbGraph *g, size_t node, const char *label) {
  if (g->finished || node >= g->n_nodes) {
    return KGB_ERR_USAGE;
  }
  return add_spelling(g, &g->nodes[node], label, 0);
}

static uint64_t edge_rehash(size_t value, void *payload) {
  const KgbGraph *g = payload;
  const Edge *e = &g->edges[value];
  return edge_hash(e->subject, e->predicate, e->kind, e->object, e->literal);
}

static KgbStatus add_evidence(KgbGraph *g, Edge *e,
                              const KgbGraphEvidence *ev) {
  if (!ev) {
    return KGB_OK;
  }
  KgbGraphEvidence copy = *ev;
  copy.doc = kgb_strpool_intern(g->pool, ev->doc, strlen(ev->doc));
  copy.rule = kgb_strpool_intern(g->pool, ev->rule, strlen(ev->rule));
  if (!copy.doc || !copy.rule) {
    return KGB_ERR_NOMEM;
  }
  /* duplicates go in kgb_graph_finish (sort, then drop equal neighbours):
   * a scan here would be quadratic in a fact read in many documents */
  KgbStatus st = kgb_grow(&e->evidence, &e->cap_evidence, e->n_evidence + 1,
                          sizeof *e->evidence);
  if (st != KGB_OK) {
    return st;
  }
  e->evidence[e->n_evidence++] = copy;
  return KGB_OK;
}

KgbStatus kgb_graph_add_fact(KgbGraph *g, size_t subject, const char *predicate,
                             KgbValueKind kind, size_t object,
                             const char *literal, const KgbGraphEvidence *ev) {
  if (g->finished || subject >= g->n_nodes ||
      (kind == KGB_VALUE_ENTITY && object >= g->n_nodes) ||
      (kind != KGB_VALUE_ENTITY && !literal)) {
    return KGB_ERR_USAGE;
  }
  const KgbVocabTerm *term = kgb_vocab_find(kgb_vocab_default(), predicate);
  if (!term || term->is_class) {
    return KGB_ERR_USAGE;
  }
  const char *p = kgb_strpool_intern(g->pool, predicate, strlen(predicate));
  const char *lit = NULL;
  if (kind == KGB_VALUE_ENTITY) {
    if (term->symmetric &&
        strcmp(g->nodes[subject].iri, g->nodes[object].iri) > 0) {
      size_t t = subject;
      subject = object;
      object = t;
    }
  } else {
    lit = kgb_strpool_intern(g->pool, literal, strlen(literal));
    object = 0;
    if (!lit) {
      return KGB_ERR_NOMEM;
    }
  }
  if (!p) {
    return KGB_ERR_NOMEM;
  }
  uint64_t h = edge_hash(subject, p, kind, object, lit);
  if (g->edge_index.cap) {
    size_t mask = g->edge_index.cap - 1;
    for (size_t i = (size_t)h & mask; g->edge_index.hashes[i];
         i = (i + 1) & mask) {
      Edge *e = &g->edges[g->edge_index.values[i]];
      if (g->edge_index.hashes[i] == h && e->subject == subject &&
          e->predicate == p && e->kind == kind && e->object == object &&
          e->literal == lit) {
        return add_evidence(g, e, ev);
      }
    }
  }
  KgbStatus st = KGB_OK;
  if ((g->edge_index.used + 1) * 4 > g->edge_index.cap * 3) {
    st = index_grow(&g->edge_index, edge_rehash, g);
    if (st != KGB_OK) {
      return st;
    }
  }
  KgbStatus grown =
      kgb_grow(&g->edges, &g->cap_edges, g->n_edges + 1, sizeof *g->edges);
  if (grown != KGB_OK) {
    return grown;
  }
  Edge *e = &g->edges[g->n_edges];
  memset(e, 0, sizeof *e);
  e->subject = subject;
  e->predicate = p;
  e->kind = kind;
  e->object = object;
  e->literal = lit;
  size_t mask = g->edge_index.cap - 1;
  size_t i = (size_t)h & mask;
  while (g->edge_index.hashes[i]) {
    i = (i + 1) & mask;
  }
  g->edge_index.hashes[i] = h;
  g->edge_index.values[i] = g->n_edges;
  g->edge_index.used++;
  g->n_edges++;
  return add_evidence(g, e, ev);
}

KgbStatus kgb_graph_add_document(KgbGraph *g, const KgbDocResult *doc) {
  if (g->finished) {
    return KGB_ERR_USAGE;
  }
  KgbStatus st = KGB_OK;
  size_t n = kgb_doc_result_entity_count(doc);
  size_t *map = calloc(n ? n : 1, sizeof *map);
  if (!map) {
    return KGB_ERR_NOMEM;
  }
  for (size_t i = 0; i < n; i++) {
    const KgbEntity *ent = kgb_doc_result_entity(doc, i);
    size_t w = ent->mentions ? ent->mentions : 1;
    TRY(st, find_or_add_node(g, ent->cls, ent->label, w, &map[i]));
    for (size_t k = 0; k < ent->n_alt; k++) {
      TRY(st, kgb_graph_add_alt_label(g, map[i], ent->alt_labels[k]));
    }
  }
  size_t nf = kgb_doc_result_fact_count(doc);
  for (size_t i = 0; i < nf; i++) {
    const KgbFact *f = kgb_doc_result_fact(doc, i);
    KgbGraphEvidence ev = {
        .doc = kgb_doc_result_id(doc),
        .sentence = f->evidence.sentence,
        .start = f->evidence.start,
        .end = f->evidence.end,
        .rule = f->evidence.rule ? f->evidence.rule : "",
        .confidence = f->evidence.confidence,
    };
    size_t obj = f->kind == KGB_VALUE_ENTITY ? map[f->object] : 0;
    TRY(st, kgb_graph_add_fact(g, map[f->subject], f->predicate, f->kind, obj,
                               f->literal, &ev));
  }
  g->documents++;
done:
  free(map);
  return st;
}

/* ---- finishing: canonical order and the igraph projection ---------------- */

static size_t non_ascii(const char *s) {
  size_t n = 0;
  for (; *s; s++) {
    if ((unsigned char)*s >= 0xC0) {
      n++;
    }
  }
  return n;
}

/// True when spelling a is a better label than b.
static bool better_spelling(const Spelling *a, const Spelling *b) {
  if (a->weight != b->weight) {
    return a->weight > b->weight;
  }
  size_t na = non_ascii(a->text), nb = non_ascii(b->text);
  if (na != nb) {
    return na > nb;
  }
  return strcmp(a->text, b->text) < 0;
}

static int cmp_str_ptr(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_node(const void *a, const void *b) {
  return strcmp(((const Node *)a)->iri, ((const Node *)b)->iri);
}

static int cmp_edge(const void *a, const void *b) {
  const Edge *x = a, *y = b;
  if (x->subject != y->subject) {
    return x->subject < y->subject ? -1 : 1;
  }
  int c = strcmp(x->predicate, y->predicate);
  if (c) {
    return c;
  }
  if (x->kind != y->kind) {
    return (int)x->kind < (int)y->kind ? -1 : 1;
  }
  if (x->kind == KGB_VALUE_ENTITY) {
    return x->object == y->object ? 0 : (x->object < y->object ? -1 : 1);
  }
  return strcmp(x->literal, y->literal);
}

static int cmp_evidence(const void *a, const void *b) {
  const KgbGraphEvidence *x = a, *y = b;
  int c = strcmp(x->doc, y->doc);
  if (c) {
    return c;
  }
  if (x->sentence != y->sentence) {
    return x->sentence < y->sentence ? -1 : 1;
  }
  if (x->start != y->start) {
    return x->start < y->start ? -1 : 1;
  }
  if (x->end != y->end) {
    return x->end < y->end ? -1 : 1;
  }
  return strcmp(x->rule, y->rule);
}

static KgbStatus finish_labels(KgbGraph *g) {
  size_t total_alt = 0;
  for (size_t i = 0; i < g->n_nodes; i++) {
    total_alt += g->nodes[i].n_spellings - 1;
  }
  free(g->alt_storage);
  g->alt_storage = calloc(total_alt ? total_alt : 1, sizeof *g->alt_storage);
  if (!g->alt_storage) {
    return KGB_ERR_NOMEM;
  }
  size_t at = 0;
  for (size_t i = 0; i < g->n_nodes; i++) {
    Node *n = &g->nodes[i];
    size_t best = 0;
    size_t mentions = 0;
    for (size_t k = 0; k < n->n_spellings; k++) {
      mentions += n->spellings[k].weight;
      if (k && better_spelling(&n->spellings[k], &n->spellings[best])) {
        best = k;
      }
    }
    const char **alts = g->alt_storage + at;
    size_t n_alt = 0;
    for (size_t k = 0; k < n->n_spellings; k++) {
      if (k != best) {
        alts[n_alt++] = n->spellings[k].text;
      }
    }
    if (n_alt > 1) {
      qsort(alts, n_alt, sizeof *alts, cmp_str_ptr);
    }
    at += n_alt;
    n->pub = (KgbNode){
        .iri = n->iri,
        .label = n->spellings[best].text,
        .cls = n->cls,
        .alt_labels = alts,
        .n_alt = n_alt,
        .mentions = mentions,
    };
  }
  return KGB_OK;
}

static const igraph_vector_int_t *comp_sizes; // qsort has no payload

/// Larger component first; equal sizes keep igraph's order (by first vertex).
static int cmp_component(const void *a, const void *b) {
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  igraph_integer_t sx = VECTOR(*comp_sizes)[x], sy = VECTOR(*comp_sizes)[y];
  if (sx != sy) {
    return sx > sy ? -1 : 1;
  }
  return x < y ? -1 : (x > y);
}

static KgbStatus from_igraph(igraph_error_t err) {
  if (err == IGRAPH_SUCCESS) {
    return KGB_OK;
  }
  return err == IGRAPH_ENOMEM ? KGB_ERR_NOMEM : KGB_ERR_LIB;
}

KgbStatus kgb_graph_add_metric(KgbGraph *g, const char *name,
                               KgbMetricKind kind, const char *comment,
                               double *values) {
  const char *n = kgb_strpool_intern(g->pool, name, strlen(name));
  const char *c = kgb_strpool_intern(g->pool, comment, strlen(comment));
  if (!n || !c) {
    free(values);
    return KGB_ERR_NOMEM;
  }
  KgbMetric m = {.name = n, .kind = kind, .comment = c, .values = values};
  for (size_t i = 0; i < g->n_metrics; i++) {
    if (g->metrics[i].name == n) { // interned: pointer equality
      free((double *)g->metrics[i].values);
      g->metrics[i] = m;
      return KGB_OK;
    }
  }
  if (kgb_grow((void **)&g->metrics, &g->cap_metrics, g->n_metrics + 1,
               sizeof *g->metrics) != KGB_OK) {
    free(values);
    return KGB_ERR_NOMEM;
  }
  g->metrics[g->n_metrics++] = m;
  return KGB_OK;
}

/// The degree and component figures of the nodes as metrics.
static KgbStatus node_metrics(KgbGraph *g) {
  static const struct {
    const char *name, *comment;
    KgbMetricKind kind;
  } defs[] = {
      {"degree", "distinct entity-to-entity facts at the node",
       KGB_METRIC_COUNT},
      {"inDegree", "distinct entity-to-entity facts ending at the node",
       KGB_METRIC_COUNT},
      {"outDegree", "distinct entity-to-entity facts starting at the node",
       KGB_METRIC_COUNT},
      {"component", "weakly connected component, 0 = the largest",
       KGB_METRIC_ID},
  };
  KgbStatus st = KGB_OK;
  for (size_t d = 0; d < sizeof defs / sizeof defs[0]; d++) {
    double *v = malloc((g->n_nodes ? g->n_nodes : 1) * sizeof *v);
    if (!v) {
      return KGB_ERR_NOMEM;
    }
    for (size_t i = 0; i < g->n_nodes; i++) {
      const KgbNode *n = &g->nodes[i].pub;
      size_t x = d == 0   ? n->degree
                 : d == 1 ? n->degree_in
                 : d == 2 ? n->degree_out
                          : n->component;
      v[i] = (double)x;
    }
    TRY(st, kgb_graph_add_metric(g, defs[d].name, defs[d].kind, defs[d].comment,
                                 v));
  }
done:
  return st;
}

/* Degrees and weak components over entity-to-entity facts.
 * O(V + E) plus igraph's own linear algorithms. */
void kgb_igraph_quiet(void) {
  igraph_set_error_handler(igraph_error_handler_ignore);
  igraph_set_warning_handler(igraph_warning_handler_ignore);
}

static KgbStatus project(KgbGraph *g) {
  KgbStatus st = KGB_OK;
  kgb_igraph_quiet();
  igraph_t ig;
  bool have_graph = false;
  igraph_vector_int_t ends, membership, csize, deg;
  bool have_ends = false, have_memb = false, have_csize = false,
       have_deg = false;
  size_t n_links = 0;
  for (size_t i = 0; i < g->n_edges; i++) {
    n_links += g->edges[i].kind == KGB_VALUE_ENTITY;
  }
  TRY(st, from_igraph(
              igraph_vector_int_init(&ends, (igraph_integer_t)(2 * n_links))));
  have_ends = true;
  size_t k = 0;
  for (size_t i = 0; i < g->n_edges; i++) {
    if (g->edges[i].kind == KGB_VALUE_ENTITY) {
      VECTOR(ends)[k++] = (igraph_integer_t)g->edges[i].subject;
      VECTOR(ends)[k++] = (igraph_integer_t)g->edges[i].object;
    }
  }
  TRY(st, from_igraph(igraph_create(&ig, &ends, (igraph_integer_t)g->n_nodes,
                                    IGRAPH_DIRECTED)));
  have_graph = true;
  TRY(st, from_igraph(igraph_vector_int_init(&deg, 0)));
  have_deg = true;
  TRY(st, from_igraph(igraph_degree(&ig, &deg, igraph_vss_all(), IGRAPH_IN,
                                    IGRAPH_LOOPS)));
  for (size_t i = 0; i < g->n_nodes; i++) {
    g->nodes[i].pub.degree_in = (size_t)VECTOR(deg)[i];
  }
  TRY(st, from_igraph(igraph_degree(&ig, &deg, igraph_vss_all(), IGRAPH_OUT,
                                    IGRAPH_LOOPS)));
  for (size_t i = 0; i < g->n_nodes; i++) {
    g->nodes[i].pub.degree_out = (size_t)VECTOR(deg)[i];
    g->nodes[i].pub.degree =
        g->nodes[i].pub.degree_in + g->nodes[i].pub.degree_out;
  }
  TRY(st, from_igraph(igraph_vector_int_init(&membership, 0)));
  have_memb = true;
  TRY(st, from_igraph(igraph_vector_int_init(&csize, 0)));
  have_csize = true;
  igraph_integer_t ncomp = 0;
  TRY(st, from_igraph(igraph_connected_components(&ig, &membership, &csize,
                                                  &ncomp, IGRAPH_WEAK)));
  /* Renumber: largest first, ties by the smallest node index (= IRI order)
   * of the component (igraph numbers components by first vertex). */
  size_t nc = (size_t)ncomp;
  size_t *order = calloc(nc ? nc : 1, sizeof *order);
  size_t *rank = calloc(nc ? nc : 1, sizeof *rank);
  if (!order || !rank) {
    free(order);
    free(rank);
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < nc; i++) {
    order[i] = i;
  }
  comp_sizes = &csize;
  if (nc > 1) {
    qsort(order, nc, sizeof *order, cmp_component);
  }
  for (size_t i = 0; i < nc; i++) {
    rank[order[i]] = i;
  }
  for (size_t i = 0; i < g->n_nodes; i++) {
    g->nodes[i].pub.component = rank[VECTOR(membership)[i]];
  }
  g->components = nc;
  free(order);
  free(rank);
  TRY(st, node_metrics(g));
done:
  if (have_graph) {
    igraph_destroy(&ig);
  }
  if (have_ends) {
    igraph_vector_int_destroy(&ends);
  }
  if (have_deg) {
    igraph_vector_int_destroy(&deg);
  }
  if (have_memb) {
    igraph_vector_int_destroy(&membership);
  }
  if (have_csize) {
    igraph_vector_int_destroy(&csize);
  }
  return st;
}

static KgbStatus finish_edges(KgbGraph *g);

static double now_seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

KgbStatus kgb_graph_finish(KgbGraph *g) {
  if (g->finished) {
    return KGB_OK;
  }
  KgbStatus st = KGB_OK;
  size_t *newpos = NULL;
  /* sort nodes by IRI, remember where each went */
  for (size_t i = 0; i < g->n_nodes; i++) {
    g->nodes[i].pub.degree = i; // old index, temporarily
  }
  if (g->n_nodes > 1) {
    qsort(g->nodes, g->n_nodes, sizeof *g->nodes, cmp_node);
  }
  newpos = calloc(g->n_nodes ? g->n_nodes : 1, sizeof *newpos);
  if (!newpos) {
    return KGB_ERR_NOMEM;
  }
  for (size_t i = 0; i < g->n_nodes; i++) {
    newpos[g->nodes[i].pub.degree] = i;
  }
  for (size_t i = 0; i < g->n_edges; i++) {
    Edge *e = &g->edges[i];
    e->subject = newpos[e->subject];
    if (e->kind == KGB_VALUE_ENTITY) {
      e->object = newpos[e->object];
    }
  }
  free(newpos);
  index_free(&g->node_index);
  index_free(&g->edge_index);
  if (g->n_edges > 1) {
    qsort(g->edges, g->n_edges, sizeof *g->edges, cmp_edge);
  }
  TRY(st, finish_labels(g));
  TRY(st, finish_edges(g));
  if (g->opts.infer) {
    TRY(st, kgb_graph_infer(g));
  }
  if (g->opts.metrics || g->opts.analyses) {
    double t0 = now_seconds();
    TRY(st, project(g));
    kgb_graph_add_timing(g, "projection", now_seconds() - t0);
  }
  if (g->opts.analyses) {
    TRY(st, kgb_graph_analyse(g, &g->analysis));
  }
  g->finished = true;
done:
  return st;
}

/* Evidence sorted and deduplicated, fact IRIs and the public records, for
 * edges in canonical order. O(E + evidence log evidence). */
static KgbStatus finish_edges(KgbGraph *g) {
  KgbStatus st = KGB_OK;
  KgbBuf iri = {0};
  for (size_t i = 0; i < g->n_edges; i++) {
    Edge *e = &g->edges[i];
    if (e->n_evidence > 1) {
      qsort(e->evidence, e->n_evidence, sizeof *e->evidence, cmp_evidence);
      size_t kept = 1; /* equal keys are equal evidence: keep one */
      for (size_t k = 1; k < e->n_evidence; k++) {
        if (cmp_evidence(&e->evidence[kept - 1], &e->evidence[k]) != 0) {
          e->evidence[kept++] = e->evidence[k];
        }
      }
      e->n_evidence = kept;
    }
    const char *obj =
        e->kind == KGB_VALUE_ENTITY ? g->nodes[e->object].iri : e->literal;
    /* "%s %s %d %s" and "%sf%016llx" without printf: one per fact */
    char kind[16], hex[17];
    if ((int)e->kind >= 0 && (int)e->kind <= 9) {
      kind[0] = ' ';
      kind[1] = (char)('0' + (int)e->kind);
      kind[2] = ' ';
      kind[3] = '\0';
    } else {
      snprintf(kind, sizeof kind, " %d ", (int)e->kind);
    }
    kgb_buf_clear(&iri);
    TRY(st, kgb_buf_puts(&iri, g->nodes[e->subject].iri));
    TRY(st, kgb_buf_putc(&iri, ' '));
    TRY(st, kgb_buf_puts(&iri, e->predicate));
    TRY(st, kgb_buf_puts(&iri, kind));
    TRY(st, kgb_buf_puts(&iri, obj));
    uint64_t h = kgb_hash(iri.data, iri.len);
    for (int k = 15; k >= 0; k--, h >>= 4) {
      hex[k] = "0123456789abcdef"[h & 15];
    }
    hex[16] = '\0';
    kgb_buf_clear(&iri);
    TRY(st, kgb_buf_puts(&iri, KGB_NS_EVIDENCE "f"));
    TRY(st, kgb_buf_puts(&iri, hex));
    const char *fact_iri = kgb_strpool_intern(g->pool, iri.data, iri.len);
    if (!fact_iri) {
      st = KGB_ERR_NOMEM;
      goto done;
    }
    e->pub = (KgbEdge){
        .subject = e->subject,
        .predicate = e->predicate,
        .kind = e->kind,
        .object = e->object,
        .literal = e->literal,
        .evidence = e->evidence,
        .n_evidence = e->n_evidence,
        .iri = fact_iri,
        .inferred = e->inferred,
    };
  }
done:
  kgb_buf_free(&iri);
  return st;
}

KgbStatus kgb_graph_append_inferred(KgbGraph *g, const KgbInferred *facts,
                                    size_t n) {
  if (n == 0) {
    return KGB_OK;
  }
  KgbStatus st =
      kgb_grow(&g->edges, &g->cap_edges, g->n_edges + n, sizeof *g->edges);
  if (st != KGB_OK) {
    return st;
  }
  for (size_t i = 0; i < n; i++) {
    Edge *e = &g->edges[g->n_edges++];
    memset(e, 0, sizeof *e);
    e->subject = facts[i].subject;
    e->predicate = facts[i].predicate;
    e->kind = KGB_VALUE_ENTITY;
    e->object = facts[i].object;
    e->inferred = true;
  }
  qsort(g->edges, g->n_edges, sizeof *g->edges, cmp_edge);
  return finish_edges(g);
}

KgbGraphOptions kgb_graph_options_default(void) {
  return (KgbGraphOptions){
      .infer = false,
      .analyses = true,
      .metrics = true,
      .exact_max_nodes = 50000,
      .cutoff = 3,
      .seed = 20240501UL,
  };
}

KgbStatus kgb_graph_set_options(KgbGraph *g, const KgbGraphOptions *opts) {
  if (g->finished) {
    return KGB_ERR_USAGE;
  }
  g->opts = *opts;
  return KGB_OK;
}

const KgbGraphOptions *kgb_graph_options(const KgbGraph *g) {
  return &g->opts;
}

const KgbAnalysis *kgb_graph_analysis(const KgbGraph *g) {
  return g->analysis;
}

void kgb_graph_add_timing(KgbGraph *g, const char *name, double seconds) {
  if (g->n_timings < sizeof g->timings / sizeof g->timings[0]) {
    g->timings[g->n_timings++] = (KgbGraphTiming){name, seconds};
  }
}

size_t kgb_graph_timing_count(const KgbGraph *g) {
  return g->n_timings;
}

const KgbGraphTiming *kgb_graph_timing(const KgbGraph *g, size_t i) {
  return i < g->n_timings ? &g->timings[i] : NULL;
}

size_t kgb_graph_document_count(const KgbGraph *g) {
  return g->documents;
}
size_t kgb_graph_node_count(const KgbGraph *g) {
  return g->n_nodes;
}
size_t kgb_graph_edge_count(const KgbGraph *g) {
  return g->n_edges;
}
size_t kgb_graph_component_count(const KgbGraph *g) {
  return g->components;
}

size_t kgb_graph_metric_count(const KgbGraph *g) {
  return g->n_metrics;
}

const KgbMetric *kgb_graph_metric(const KgbGraph *g, size_t i) {
  return i < g->n_metrics ? &g->metrics[i] : NULL;
}

const KgbMetric *kgb_graph_metric_find(const KgbGraph *g, const char *name) {
  for (size_t i = 0; i < g->n_metrics; i++) {
    if (strcmp(g->metrics[i].name, name) == 0) {
      return &g->metrics[i];
    }
  }
  return NULL;
}

const KgbNode *kgb_graph_node(const KgbGraph *g, size_t i) {
  return i < g->n_nodes ? &g->nodes[i].pub : NULL;
}

const KgbEdge *kgb_graph_edge(const KgbGraph *g, size_t i) {
  return i < g->n_edges ? &g->edges[i].pub : NULL;
}
