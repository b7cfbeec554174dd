/*
 * dot.c: DOT through Graphviz's cgraph, SVG through its gvc.
 *
 * One cgraph graph is built from the finished graph in canonical order: a
 * node per entity, named by its IRI and labelled with its name, shaped and
 * coloured by its class (the table below, matched through the superclass
 * chain), and an edge per entity-to-entity fact labelled with the relation;
 * symmetric relations are drawn without arrowheads. Literal facts are not
 * edges: they go into the node's tooltip (shown by SVG viewers).
 *
 * cgraph quotes names and escapes '"' when it writes DOT, and quotes DOT
 * keywords ("node", "graph", "strict"), but labels are escString values that
 * dot interprets: a backslash starts an escape ("\N" is the node name, "\n" a
 * line break). dot_text() therefore doubles backslashes, turns newlines into
 * "\n", and drops control characters, which no renderer shows and which make
 * the SVG output ill-formed XML.
 *
 * SVG is rendered into memory with gvRenderData() and written out here:
 * gvc's writer to a FILE * calls exit() when a write fails.
 *
 * Every attribute is declared with agattr() on the graph before use, so the
 * DOT text does not depend on what gvContext() added to cgraph's global
 * defaults earlier in the process.
 */
#include "export_internal.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <math.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/// Node appearance by class; the first row the class is_a wins.
static const struct {
  const char *cls, *shape, *style, *fillcolor;
} class_styles[] = {
    {"Work", "box", "filled,rounded", "#fde9b6"},
    {"Person", "ellipse", "filled", "#cfe2f3"},
    {"Character", "ellipse", "filled,dashed", "#e8daf4"},
    {"Organization", "hexagon", "filled", "#d9ead3"},
    {"Place", "house", "filled", "#f4d4cc"},
    {"Animal", "egg", "filled", "#eeeeee"},
};

/// Fill colours by community (or component) id, cycled.
static const char *const palette[] = {
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
    "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f",
};
enum { N_PALETTE = sizeof palette / sizeof palette[0] };

/// The declared attributes, with their defaults.
typedef enum {
  A_LABEL,
  A_SHAPE,
  A_STYLE,
  A_FILLCOLOR,
  A_TOOLTIP,
  A_WIDTH,
  A_HEIGHT,
  A_EDGE_LABEL,
  A_DIR,
  A_COUNT
} Attr;

static const struct {
  int kind;
  const char *name, *value;
} attrs[A_COUNT] = {
    [A_LABEL] = {AGNODE, "label", "\\N"},
    [A_SHAPE] = {AGNODE, "shape", "ellipse"},
    [A_STYLE] = {AGNODE, "style", "filled"},
    [A_FILLCOLOR] = {AGNODE, "fillcolor", "#ffffff"},
    [A_TOOLTIP] = {AGNODE, "tooltip", ""},
    [A_WIDTH] = {AGNODE, "width", "0.75"},
    [A_HEIGHT] = {AGNODE, "height", "0.5"},
    [A_EDGE_LABEL] = {AGEDGE, "label", ""},
    [A_DIR] = {AGEDGE, "dir", "forward"},
};

/* C strings to the char * cgraph's API takes (it copies, never writes). */
static char *S(const char *s) {
  return (char *)s;
}

/**
 * Append @p s to @p buf as the text of a DOT escString: backslash doubled,
 * newline as "\n", tab as a space, other control characters (C0, DEL, C1)
 * and non-characters dropped, invalid UTF-8 as U+FFFD.
 */
static KgbStatus dot_text(KgbBuf *buf, const char *s) {
  KgbStatus st = kgb_buf_reserve(buf, strlen(s));
  for (size_t i = 0; s[i] && st == KGB_OK;) {
    uint32_t cp = kgb_export_utf8_next(s, &i);
    if (cp == '\\') {
      st = kgb_buf_puts(buf, "\\\\");
    } else if (cp == '\n') {
      st = kgb_buf_puts(buf, "\\n");
    } else if (cp == '\t') {
      st = kgb_buf_putc(buf, ' ');
    } else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE ||
               cp == 0xFFFF) {
      continue;
    } else {
      st = kgb_export_utf8_put(buf, cp);
    }
  }
  return st;
}

/// Set attribute @p sym of @p obj to @p text escaped with dot_text().
static KgbStatus set_text(void *obj, Agsym_t *sym, KgbBuf *buf,
                          const char *text) {
  kgb_buf_clear(buf);
  KgbStatus st = dot_text(buf, text);
  if (st == KGB_OK) {
    st = kgb_buf_puts(buf, ""); /* never NULL, even when empty */
  }
  if (st == KGB_OK && agxset(obj, sym, buf->data) != 0) {
    st = KGB_ERR_LIB;
  }
  return st;
}

/// The tooltip of node @p i: its class and its literal facts (edges from *e
/// on with subject i, which this advances past), unescaped, in @p raw.
static KgbStatus node_tooltip(const KgbGraph *g, size_t i, size_t *e,
                              KgbBuf *raw) {
  KgbStatus st = KGB_OK;
  kgb_buf_clear(raw);
  TRY(st, kgb_buf_puts(raw, kgb_graph_node(g, i)->cls));
  for (; *e < kgb_graph_edge_count(g) && kgb_graph_edge(g, *e)->subject == i;
       (*e)++) {
    const KgbEdge *edge = kgb_graph_edge(g, *e);
    if (edge->kind != KGB_VALUE_ENTITY) {
      TRY(st, kgb_buf_printf(raw, "\n%s: %s", edge->predicate,
                             edge->literal ? edge->literal : ""));
    }
  }
done:
  return st;
}

/* ---- what a view shows ----------------------------------------------------
 */

/// True when one of the '|'-separated classes of @p spec is_a @p ancestor.
static bool spec_is_a(const char *spec, const char *ancestor) {
  char cls[64];
  for (const char *p = spec; p && *p;) {
    size_t len = strcspn(p, "|");
    snprintf(cls, sizeof cls, "%.*s", (int)len, p);
    if (kgb_export_class_is_a(cls, ancestor)) {
      return true;
    }
    p += len;
    p += *p == '|';
  }
  return false;
}

/**
 * True when view @p v draws facts of relation @p predicate, decided from the
 * vocabulary's domain and range (no relation is named here):
 * story: relations between characters or people, or to an animal;
 * production: from a work to a person, an organisation or another work;
 * places: to a place, from a work or a place.
 */
static bool view_has_relation(KgbView v, const char *predicate) {
  if (v == KGB_VIEW_ALL) {
    return true;
  }
  const KgbVocab *vocab = kgb_vocab_default();
  const KgbVocabTerm *t = vocab ? kgb_vocab_find(vocab, predicate) : NULL;
  if (!t || t->is_class || t->range_kind != KGB_RANGE_ENTITY) {
    return false;
  }
  switch (v) {
  case KGB_VIEW_STORY:
    return spec_is_a(t->domain, "Character") &&
           (spec_is_a(t->range, "Character") || spec_is_a(t->range, "Animal"));
  case KGB_VIEW_PRODUCTION:
    return spec_is_a(t->domain, "Work") &&
           (spec_is_a(t->range, "Person") ||
            spec_is_a(t->range, "Organization") || spec_is_a(t->range, "Work"));
  case KGB_VIEW_PLACES:
    return spec_is_a(t->range, "Place") &&
           (spec_is_a(t->domain, "Work") || spec_is_a(t->domain, "Place"));
  case KGB_VIEW_ALL:
    break;
  }
  return true;
}

/// The class every node of view @p v is drawn for, related or not; NULL:
/// only the ends of the view's facts.
static const char *view_anchor(KgbView v) {
  switch (v) {
  case KGB_VIEW_STORY:
    return "Character";
  case KGB_VIEW_PRODUCTION:
    return "Work";
  case KGB_VIEW_PLACES:
    return "Place";
  case KGB_VIEW_ALL:
    break;
  }
  return NULL;
}

static bool edge_shown(const KgbGraph *g, const KgbExportOptions *opts,
                       const KgbEdge *e) {
  return e->kind == KGB_VALUE_ENTITY && e->object < kgb_graph_node_count(g) &&
         view_has_relation(opts->view, e->predicate);
}

/**
 * Which nodes are drawn (keep[i]): the view's nodes, then, with a focus, only
 * those within opts->depth shown facts of a node whose name folds to the
 * focus. Breadth-first over an adjacency built once: O(V + E).
 */
static KgbStatus plan_nodes(const KgbGraph *g, const KgbExportOptions *opts,
                            bool *keep) {
  KgbStatus st = KGB_OK;
  size_t n = kgb_graph_node_count(g), m = kgb_graph_edge_count(g);
  size_t *first = NULL, *adj = NULL, *dist = NULL, *queue = NULL;
  char *focus = NULL;
  const char *anchor = view_anchor(opts->view);
  for (size_t i = 0; i < n; i++) {
    keep[i] =
        opts->view == KGB_VIEW_ALL ||
        (anchor && kgb_export_class_is_a(kgb_graph_node(g, i)->cls, anchor));
  }
  for (size_t i = 0; i < m; i++) {
    const KgbEdge *e = kgb_graph_edge(g, i);
    if (edge_shown(g, opts, e)) {
      keep[e->subject] = keep[e->object] = true;
    }
  }
  if (!opts->focus) {
    return KGB_OK;
  }
  focus = kgb_normalize(opts->focus, strlen(opts->focus));
  first = calloc(n + 1, sizeof *first);
  adj = calloc(2 * m + 1, sizeof *adj);
  dist = calloc(n + 1, sizeof *dist);
  queue = calloc(n + 1, sizeof *queue);
  if (!focus || !first || !adj || !dist || !queue) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < m; i++) { /* undirected adjacency, counting sort */
    const KgbEdge *e = kgb_graph_edge(g, i);
    if (edge_shown(g, opts, e)) {
      first[e->subject]++, first[e->object]++;
    }
  }
  for (size_t i = 0, sum = 0; i <= n; i++) {
    size_t c = i < n ? first[i] : 0;
    first[i] = sum;
    sum += c;
  }
  for (size_t i = 0; i < m; i++) {
    const KgbEdge *e = kgb_graph_edge(g, i);
    if (edge_shown(g, opts, e)) {
      adj[first[e->subject] + dist[e->subject]++] = e->object;
      adj[first[e->object] + dist[e->object]++] = e->subject;
    }
  }
  size_t head = 0, tail = 0;
  for (size_t i = 0; i < n; i++) {
    const char *label = kgb_graph_node(g, i)->label;
    char *name = kgb_normalize(label, strlen(label));
    dist[i] = SIZE_MAX;
    if (name && keep[i] && strcmp(name, focus) == 0) {
      dist[i] = 0;
      queue[tail++] = i;
    }
    free(name);
  }
  while (head < tail) {
    size_t u = queue[head++];
    if (dist[u] >= (size_t)opts->depth) {
      continue;
    }
    for (size_t k = first[u]; k < first[u + 1]; k++) {
      if (dist[adj[k]] == SIZE_MAX) {
        dist[adj[k]] = dist[u] + 1;
        queue[tail++] = adj[k];
      }
    }
  }
  for (size_t i = 0; i < n; i++) {
    keep[i] = keep[i] && dist[i] != SIZE_MAX;
  }
done:
  free(focus);
  free(first);
  free(adj);
  free(dist);
  free(queue);
  return st;
}

/* ---- nodes ------------------------------------------------------------------
 */

/// The row of class_styles for @p cls, or -1.
static int class_style(const char *cls) {
  for (size_t k = 0; k < sizeof class_styles / sizeof class_styles[0]; k++) {
    if (kgb_export_class_is_a(cls, class_styles[k].cls)) {
      return (int)k;
    }
  }
  return -1;
}

/// The metric nodes are coloured by with --color-by community.
static const KgbMetric *community_metric(const KgbGraph *g) {
  static const char *const names[] = {"communityLeiden", "communityLouvain",
                                      "component"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    const KgbMetric *m = kgb_graph_metric_find(g, names[i]);
    if (m) {
      return m;
    }
  }
  return NULL;
}

/// Node size: PageRank when the graph has it, else the degree, relative to
/// the largest; width and height in inches (minimums: labels still fit).
static void node_size(const KgbGraph *g, size_t i, double max, char *w, char *h,
                      size_t size) {
  const KgbMetric *pr = kgb_graph_metric_find(g, "pageRank");
  double v = pr ? pr->values[i] : (double)kgb_graph_node(g, i)->degree;
  double r = max > 0 && v == v ? v / max : 0;
  snprintf(w, size, "%.2f", 0.75 + 1.25 * sqrt(r));
  snprintf(h, size, "%.2f", 0.5 + 0.75 * sqrt(r));
}

static KgbStatus add_node(Agraph_t *G, Agsym_t *const *sym, const KgbGraph *g,
                          const KgbExportOptions *opts, size_t i, double max,
                          size_t *e, KgbBuf *raw, KgbBuf *buf) {
  KgbStatus st = KGB_OK;
  const KgbNode *n = kgb_graph_node(g, i);
  Agnode_t *node = agnode(G, S(n->iri), 1);
  if (!node) {
    return KGB_ERR_LIB;
  }
  TRY(st, set_text(node, sym[A_LABEL], buf, n->label));
  int k = class_style(n->cls);
  const char *fill = k >= 0 ? class_styles[k].fillcolor : NULL;
  const KgbMetric *cm = community_metric(g);
  if (opts->color_by == KGB_COLOR_COMMUNITY && cm && cm->values[i] >= 0) {
    fill = palette[(size_t)cm->values[i] % N_PALETTE];
  }
  char w[16], h[16];
  node_size(g, i, max, w, h, sizeof w);
  if ((k >= 0 && (agxset(node, sym[A_SHAPE], S(class_styles[k].shape)) != 0 ||
                  agxset(node, sym[A_STYLE], S(class_styles[k].style)) != 0)) ||
      (fill && agxset(node, sym[A_FILLCOLOR], S(fill)) != 0) ||
      agxset(node, sym[A_WIDTH], w) != 0 ||
      agxset(node, sym[A_HEIGHT], h) != 0) {
    st = KGB_ERR_LIB;
    goto done;
  }
  TRY(st, node_tooltip(g, i, e, raw));
  TRY(st, set_text(node, sym[A_TOOLTIP], buf, raw->data));
done:
  return st;
}

/**
 * The legend: a cluster with one node per class style the drawing uses, and
 * what colour and size mean. Its node names ("legend 1"...) are not IRIs, so
 * they never meet an entity's.
 */
static KgbStatus add_legend(Agraph_t *G, Agsym_t *const *sym, const bool *used,
                            const KgbGraph *g, const KgbExportOptions *opts) {
  Agraph_t *L = agsubg(G, S("cluster_legend"), 1);
  if (!L) {
    return KGB_ERR_LIB;
  }
  const KgbMetric *cm = community_metric(g);
  char note[160];
  snprintf(note, sizeof note, "legend\\nsize: %s\\ncolour: %s",
           kgb_graph_metric_find(g, "pageRank") ? "PageRank" : "degree",
           opts->color_by == KGB_COLOR_COMMUNITY && cm ? cm->name : "class");
  if (agsafeset(L, S("label"), note, S("")) != 0 ||
      agsafeset(L, S("style"), S("dashed"), S("")) != 0) {
    return KGB_ERR_LIB;
  }
  for (size_t k = 0; k < sizeof class_styles / sizeof class_styles[0]; k++) {
    if (!used[k]) {
      continue;
    }
    char name[32];
    snprintf(name, sizeof name, "legend %zu", k + 1);
    Agnode_t *node = agnode(L, S(name), 1);
    if (!node || agxset(node, sym[A_LABEL], S(class_styles[k].cls)) != 0 ||
        agxset(node, sym[A_SHAPE], S(class_styles[k].shape)) != 0 ||
        agxset(node, sym[A_STYLE], S(class_styles[k].style)) != 0 ||
        agxset(node, sym[A_FILLCOLOR], S(class_styles[k].fillcolor)) != 0) {
      return KGB_ERR_LIB;
    }
  }
  return KGB_OK;
}

/**
 * Build the cgraph graph of @p g's view in *out (caller closes with
 * agclose()). On failure *out is NULL.
 */
static KgbStatus build(const KgbGraph *g, const KgbExportOptions *opts,
                       Agraph_t **out) {
  KgbStatus st = KGB_OK;
  KgbBuf raw = {0}, buf = {0};
  Agsym_t *sym[A_COUNT];
  Agnode_t **nodes = NULL;
  bool *keep = NULL;
  bool used[sizeof class_styles / sizeof class_styles[0]] = {false};
  size_t n_nodes = kgb_graph_node_count(g), n_edges = kgb_graph_edge_count(g);
  Agraph_t *G = agopen(S("kgb"), Agdirected, NULL);
  if (!G) {
    return KGB_ERR_NOMEM;
  }
  if (!agattr(G, AGRAPH, S("charset"), S("UTF-8")) ||
      !agattr(G, AGRAPH, S("overlap"), S("false")) ||
      !agattr(G, AGRAPH, S("label"), S("")) ||
      !agattr(G, AGRAPH, S("style"), S(""))) {
    st = KGB_ERR_LIB;
    goto done;
  }
  for (size_t a = 0; a < A_COUNT; a++) {
    sym[a] = agattr(G, attrs[a].kind, S(attrs[a].name), S(attrs[a].value));
    if (!sym[a]) {
      st = KGB_ERR_LIB;
      goto done;
    }
  }
  nodes = calloc(n_nodes ? n_nodes : 1, sizeof *nodes);
  keep = calloc(n_nodes ? n_nodes : 1, sizeof *keep);
  if (!nodes || !keep) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  TRY(st, plan_nodes(g, opts, keep));
  const KgbMetric *pr = kgb_graph_metric_find(g, "pageRank");
  double max = 0;
  for (size_t i = 0; i < n_nodes; i++) {
    double v = pr ? pr->values[i] : (double)kgb_graph_node(g, i)->degree;
    if (keep[i] && v > max) {
      max = v;
    }
  }
  size_t e = 0;
  for (size_t i = 0; i < n_nodes; i++) {
    if (!keep[i]) {
      while (e < n_edges && kgb_graph_edge(g, e)->subject == i) {
        e++;
      }
      continue;
    }
    TRY(st, add_node(G, sym, g, opts, i, max, &e, &raw, &buf));
    nodes[i] = agnode(G, S(kgb_graph_node(g, i)->iri), 0);
    int k = class_style(kgb_graph_node(g, i)->cls);
    if (k >= 0) {
      used[k] = true;
    }
  }
  if (e != n_edges) { /* not in canonical order: the graph is not finished */
    st = KGB_ERR_USAGE;
    goto done;
  }
  for (size_t i = 0; i < n_edges; i++) {
    const KgbEdge *edge = kgb_graph_edge(g, i);
    if (!edge_shown(g, opts, edge) || !nodes[edge->subject] ||
        !nodes[edge->object]) {
      continue;
    }
    /* anonymous edges: every fact is drawn, even parallel ones */
    Agedge_t *ed =
        agedge(G, nodes[edge->subject], nodes[edge->object], NULL, 1);
    if (!ed) {
      st = KGB_ERR_LIB;
      goto done;
    }
    TRY(st, set_text(ed, sym[A_EDGE_LABEL], &buf, edge->predicate));
    if (kgb_export_symmetric(edge->predicate) &&
        agxset(ed, sym[A_DIR], S("none")) != 0) {
      st = KGB_ERR_LIB;
      goto done;
    }
  }
  if (agnnodes(G) > 0) {
    TRY(st, add_legend(G, sym, used, g, opts));
  }
done:
  free(nodes);
  free(keep);
  kgb_buf_free(&raw);
  kgb_buf_free(&buf);
  if (st != KGB_OK) {
    agclose(G);
    G = NULL;
  }
  *out = G;
  return st;
}

KgbStatus kgb_export_write_dot(const KgbGraph *g, const KgbExportOptions *opts,
                               FILE *stream) {
  Agraph_t *G = NULL;
  KgbStatus st = build(g, opts, &G);
  if (st == KGB_OK && agwrite(G, stream) != 0) {
    st = KGB_ERR_IO;
  }
  if (G) {
    agclose(G);
  }
  return st;
}

/*
 * The one gvc context of the process, made on first use and never freed.
 * Graphviz 2.43's pango plugin caches the last font name in a static pointer
 * into the context's font dictionary: after gvFreeContext() a second context
 * reads freed memory (AddressSanitizer: heap-use-after-free in
 * textspan_size). Graphviz is not thread-safe, so neither is SVG export.
 */
static GVC_t *shared_gvc;

/* Lay out and render a one-node graph, with Graphviz's messages silenced. */
static bool probe_svg(void) {
  agerrlevel_t level = agseterr(AGMAX);
  bool ok = false;
  if (!shared_gvc) {
    shared_gvc = gvContext();
  }
  Agraph_t *G = shared_gvc ? agopen(S("probe"), Agdirected, NULL) : NULL;
  if (G && agnode(G, S("a"), 1) && gvLayout(shared_gvc, G, "dot") == 0) {
    char *data = NULL;
    unsigned int len = 0;
    ok = gvRenderData(shared_gvc, G, "svg", &data, &len) == 0 && len > 0;
    gvFreeRenderData(data);
    gvFreeLayout(shared_gvc, G);
  }
  if (G) {
    agclose(G);
  }
  agseterr(level);
  return ok;
}

bool kgb_export_svg_available(void) {
  /* 0 = not probed yet, 1 = available, 2 = missing */
  static atomic_int state;
  int s = atomic_load(&state);
  if (s == 0) {
    s = probe_svg() ? 1 : 2;
    atomic_store(&state, s);
  }
  return s == 1;
}

KgbStatus kgb_export_write_svg(const KgbGraph *g, KgbFormat fmt,
                               const KgbExportOptions *opts, FILE *stream) {
  if (!kgb_export_svg_available()) {
    return KGB_ERR_LIB;
  }
  KgbStatus st = KGB_OK;
  Agraph_t *G = NULL;
  bool laid_out = false;
  char *svg = NULL;
  unsigned int len = 0;
  TRY(st, build(g, opts, &G));
  const char *engine = opts->layout;
  if (!engine) {
    engine = (size_t)agnnodes(G) > KGB_DOT_MAX_NODES ? "sfdp" : "dot";
  }
  if (gvLayout(shared_gvc, G, engine) != 0) {
    st = KGB_ERR_LIB;
    goto done;
  }
  laid_out = true;
  /* in memory, then written by us: gvc's own file writer exit()s when a
   * write fails */
  if (gvRenderData(shared_gvc, G, fmt == KGB_FORMAT_PNG ? "png" : "svg", &svg,
                   &len) != 0 ||
      !svg) {
    st = KGB_ERR_LIB;
    goto done;
  }
  if (fwrite(svg, 1, len, stream) != len) {
    st = KGB_ERR_IO;
  }
done:
  gvFreeRenderData(svg);
  if (laid_out) {
    gvFreeLayout(shared_gvc, G);
  }
  if (G) {
    agclose(G);
  }
  return st;
}
