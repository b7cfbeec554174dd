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

/// The declared attributes, with their defaults.
typedef enum {
  A_LABEL,
  A_SHAPE,
  A_STYLE,
  A_FILLCOLOR,
  A_TOOLTIP,
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

static KgbStatus add_node(Agraph_t *G, Agsym_t *const *sym, const KgbGraph *g,
                          size_t i, size_t *e, KgbBuf *raw, KgbBuf *buf) {
  KgbStatus st = KGB_OK;
  const KgbNode *n = kgb_graph_node(g, i);
  Agnode_t *node = agnode(G, S(n->iri), 1);
  if (!node) {
    return KGB_ERR_LIB;
  }
  TRY(st, set_text(node, sym[A_LABEL], buf, n->label));
  for (size_t k = 0; k < sizeof class_styles / sizeof class_styles[0]; k++) {
    if (kgb_export_class_is_a(n->cls, class_styles[k].cls)) {
      if (agxset(node, sym[A_SHAPE], S(class_styles[k].shape)) != 0 ||
          agxset(node, sym[A_STYLE], S(class_styles[k].style)) != 0 ||
          agxset(node, sym[A_FILLCOLOR], S(class_styles[k].fillcolor)) != 0) {
        st = KGB_ERR_LIB;
        goto done;
      }
      break;
    }
  }
  TRY(st, node_tooltip(g, i, e, raw));
  TRY(st, set_text(node, sym[A_TOOLTIP], buf, raw->data));
done:
  return st;
}

/**
 * Build the cgraph graph of @p g in *out (caller closes with agclose()).
 * On failure *out is NULL.
 */
static KgbStatus build(const KgbGraph *g, Agraph_t **out) {
  KgbStatus st = KGB_OK;
  KgbBuf raw = {0}, buf = {0};
  Agsym_t *sym[A_COUNT];
  Agnode_t **nodes = NULL;
  size_t n_nodes = kgb_graph_node_count(g), n_edges = kgb_graph_edge_count(g);
  Agraph_t *G = agopen(S("kgb"), Agdirected, NULL);
  if (!G) {
    return KGB_ERR_NOMEM;
  }
  if (!agattr(G, AGRAPH, S("charset"), S("UTF-8"))) {
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
  if (!nodes) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  size_t e = 0;
  for (size_t i = 0; i < n_nodes; i++) {
    TRY(st, add_node(G, sym, g, i, &e, &raw, &buf));
    nodes[i] = agnode(G, S(kgb_graph_node(g, i)->iri), 0);
  }
  if (e != n_edges) { /* not in canonical order: the graph is not finished */
    st = KGB_ERR_USAGE;
    goto done;
  }
  for (size_t i = 0; i < n_edges; i++) {
    const KgbEdge *edge = kgb_graph_edge(g, i);
    if (edge->kind != KGB_VALUE_ENTITY) {
      continue;
    }
    if (edge->subject >= n_nodes || edge->object >= n_nodes) {
      st = KGB_ERR_USAGE;
      goto done;
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
done:
  free(nodes);
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
  (void)opts; /* no evidence or figures in the drawing */
  Agraph_t *G = NULL;
  KgbStatus st = build(g, &G);
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
  (void)opts;
  if (!kgb_export_svg_available()) {
    return KGB_ERR_LIB;
  }
  KgbStatus st = KGB_OK;
  Agraph_t *G = NULL;
  bool laid_out = false;
  char *svg = NULL;
  unsigned int len = 0;
  TRY(st, build(g, &G));
  if (gvLayout(shared_gvc, G, "dot") != 0) {
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
