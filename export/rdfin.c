/*
 * rdfin.c: RDF in (kgb_import_rdf, export.h): any file raptor2 parses into a
 * KgbGraph, so `kgb build --merge kg.ttl` and `kgb export kg.ttl --format
 * graphml` serve people who already have RDF.
 *
 * raptor streams the statements; what matters is kept in arrays and looked up
 * through interned strings (one pointer per distinct IRI or text), so the pass
 * is linear in the file: subjects with their vocabulary class and names,
 * relation triples, reified statements (rdf:Statement with rdf:subject,
 * rdf:predicate, rdf:object), kgb:evidence links and the evidence items'
 * document, sentence, offsets, rule and confidence. When the file ends the
 * entities are added to the graph, then every relation triple between them
 * (or to a literal) with the evidence of its reified statement, if any.
 * Everything else is ignored, analysis figures included (they are
 * recomputed by kgb_graph_finish).
 */
#include "export_internal.h"

#include <errno.h>
#include <raptor2.h>
#include <stdlib.h>
#include <string.h>

/* ---- a pointer-keyed map (keys are interned strings) ----------------------
 */

typedef struct {
  const char **keys;
  size_t *values;
  size_t cap, used;
} PtrMap;

static size_t ptr_hash(const char *p) {
  uintptr_t v = (uintptr_t)p;
  return (size_t)kgb_hash((const char *)&v, sizeof v);
}

static size_t *ptrmap_find(const PtrMap *m, const char *key) {
  if (!m->cap) {
    return NULL;
  }
  for (size_t i = ptr_hash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
    if (!m->keys[i]) {
      return NULL;
    }
    if (m->keys[i] == key) {
      return &m->values[i];
    }
  }
}

/// Set key -> value unless key is there; *out receives the stored value.
static KgbStatus ptrmap_put(PtrMap *m, const char *key, size_t value,
                            size_t *out) {
  if ((m->used + 1) * 2 > m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 64;
    PtrMap n = {calloc(cap, sizeof *n.keys), calloc(cap, sizeof *n.values), cap,
                0};
    if (!n.keys || !n.values) {
      free(n.keys);
      free(n.values);
      return KGB_ERR_NOMEM;
    }
    for (size_t i = 0; i < m->cap; i++) {
      if (m->keys[i]) {
        size_t j = ptr_hash(m->keys[i]) & (cap - 1);
        while (n.keys[j]) {
          j = (j + 1) & (cap - 1);
        }
        n.keys[j] = m->keys[i];
        n.values[j] = m->values[i];
        n.used++;
      }
    }
    free(m->keys);
    free(m->values);
    *m = n;
  }
  size_t i = ptr_hash(key) & (m->cap - 1);
  while (m->keys[i] && m->keys[i] != key) {
    i = (i + 1) & (m->cap - 1);
  }
  if (!m->keys[i]) {
    m->keys[i] = key;
    m->values[i] = value;
    m->used++;
  }
  *out = m->values[i];
  return KGB_OK;
}

static void ptrmap_free(PtrMap *m) {
  free(m->keys);
  free(m->values);
}

/* ---- what is collected -----------------------------------------------------
 */

typedef struct {
  const char *iri;
  const char *cls; ///< most specific vocabulary class, or NULL
  size_t node;     ///< graph node once added
} Subject;

/// A name of a subject: rank 0 rdfs:label, 1 skos:prefLabel, 2 schema:name,
/// 3 skos:altLabel.
typedef struct {
  size_t subject;
  int rank;
  const char *text;
} Name;

typedef struct {
  size_t subject;
  const KgbVocabTerm *term;
  bool object_iri;
  const char *object;   ///< interned IRI or literal text
  const char *datatype; ///< interned datatype IRI or NULL
  const char *key;      ///< interned "s p o" key
} Rel;

typedef struct {
  const char *s, *p, *o; ///< interned; o is an IRI or a literal
  bool o_iri;
} Stmt;

typedef struct {
  const char *doc;
  size_t sentence, start, end;
  const char *rule;
  double confidence;
} Ev;

typedef struct {
  const char *fact, *ev; ///< interned IRIs
} Link;

typedef struct {
  KgbStrPool *pool;
  const KgbVocab *vocab;
  PtrMap subject_ix; ///< IRI -> subjects[]
  Subject *subjects;
  size_t n_subjects, cap_subjects;
  Name *names;
  size_t n_names, cap_names;
  Rel *rels;
  size_t n_rels, cap_rels;
  PtrMap stmt_ix; ///< fact IRI -> stmts[]
  Stmt *stmts;
  size_t n_stmts, cap_stmts;
  PtrMap ev_ix; ///< evidence IRI -> evs[]
  Ev *evs;
  size_t n_evs, cap_evs;
  Link *links;
  size_t n_links, cap_links;
  KgbBuf key, text;
  KgbStatus st;
  /* parse errors */
  const char *path;
  char *err;
  bool failed;
} In;

static const char *intern(In *in, const char *s) {
  const char *p = kgb_strpool_intern(in->pool, s, strlen(s));
  if (!p && in->st == KGB_OK) {
    in->st = KGB_ERR_NOMEM;
  }
  return p;
}

/// Index of the subject @p iri (interned), created when new.
static KgbStatus subject_of(In *in, const char *iri, size_t *out) {
  KgbStatus st = ptrmap_put(&in->subject_ix, iri, in->n_subjects, out);
  if (st == KGB_OK && *out == in->n_subjects) {
    st = kgb_grow(&in->subjects, &in->cap_subjects, in->n_subjects + 1,
                  sizeof *in->subjects);
    if (st == KGB_OK) {
      in->subjects[in->n_subjects++] = (Subject){iri, NULL, 0};
    }
  }
  return st;
}

static Stmt *stmt_of(In *in, const char *fact) {
  size_t ix;
  if (ptrmap_put(&in->stmt_ix, fact, in->n_stmts, &ix) != KGB_OK) {
    in->st = KGB_ERR_NOMEM;
    return NULL;
  }
  if (ix == in->n_stmts) {
    if (kgb_grow(&in->stmts, &in->cap_stmts, in->n_stmts + 1,
                 sizeof *in->stmts) != KGB_OK) {
      in->st = KGB_ERR_NOMEM;
      return NULL;
    }
    in->stmts[in->n_stmts++] = (Stmt){0};
  }
  return &in->stmts[ix];
}

static Ev *ev_of(In *in, const char *iri) {
  size_t ix;
  if (ptrmap_put(&in->ev_ix, iri, in->n_evs, &ix) != KGB_OK) {
    in->st = KGB_ERR_NOMEM;
    return NULL;
  }
  if (ix == in->n_evs) {
    if (kgb_grow(&in->evs, &in->cap_evs, in->n_evs + 1, sizeof *in->evs) !=
        KGB_OK) {
      in->st = KGB_ERR_NOMEM;
      return NULL;
    }
    in->evs[in->n_evs++] = (Ev){NULL, 0, 0, 0, NULL, 1.0};
  }
  return &in->evs[ix];
}

/// The "s p o" key of a triple (for matching a reified statement).
static const char *triple_key(In *in, const char *s, const char *p,
                              const char *o, bool o_iri) {
  kgb_buf_clear(&in->key);
  if (kgb_buf_printf(&in->key, "%s\x1f%s\x1f%c%s", s, p, o_iri ? 'I' : 'L',
                     o) != KGB_OK) {
    in->st = KGB_ERR_NOMEM;
    return NULL;
  }
  return intern(in, in->key.data);
}

/* ---- statements ------------------------------------------------------------
 */

static const char *term_text(raptor_term *t) {
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    return (const char *)raptor_uri_as_string(t->value.uri);
  case RAPTOR_TERM_TYPE_LITERAL:
    return (const char *)t->value.literal.string;
  case RAPTOR_TERM_TYPE_BLANK:
    return (const char *)t->value.blank.string;
  default:
    return "";
  }
}

/// The local name of @p iri in namespace @p ns, or NULL.
static const char *local_in(const char *iri, const char *ns) {
  size_t n = strlen(ns);
  return strncmp(iri, ns, n) == 0 ? iri + n : NULL;
}

static size_t to_size(const char *s) {
  char *end = NULL;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  return errno || end == s ? 0 : (size_t)v;
}

static void on_type(In *in, const char *s, const char *o) {
  const char *local = local_in(o, KGB_NS_VOCAB);
  const KgbVocabTerm *t = local ? kgb_vocab_find(in->vocab, local) : NULL;
  size_t ix;
  if (!t || !t->is_class || !s || (in->st = subject_of(in, s, &ix)) != KGB_OK) {
    return;
  }
  Subject *sub = &in->subjects[ix];
  /* the most specific class wins; ties: the first seen */
  if (!sub->cls || (kgb_export_class_is_a(t->name, sub->cls) &&
                    strcmp(t->name, sub->cls) != 0)) {
    sub->cls = t->name;
  }
}

static void on_name(In *in, const char *s, int rank, const char *text) {
  size_t ix;
  if (!s || !text || (in->st = subject_of(in, s, &ix)) != KGB_OK) {
    return;
  }
  in->st =
      kgb_grow(&in->names, &in->cap_names, in->n_names + 1, sizeof *in->names);
  if (in->st == KGB_OK) {
    in->names[in->n_names++] = (Name){ix, rank, text};
  }
}

static void statement(void *user, raptor_statement *triple) {
  In *in = user;
  if (in->st != KGB_OK || !triple->subject || !triple->predicate ||
      !triple->object || triple->predicate->type != RAPTOR_TERM_TYPE_URI) {
    return;
  }
  bool s_iri = triple->subject->type == RAPTOR_TERM_TYPE_URI;
  bool o_iri = triple->object->type == RAPTOR_TERM_TYPE_URI;
  bool o_lit = triple->object->type == RAPTOR_TERM_TYPE_LITERAL;
  const char *p = term_text(triple->predicate);
  const char *o = term_text(triple->object);
  if (!s_iri) {
    return; /* blank subjects carry nothing kgb reads */
  }
  const char *s = intern(in, term_text(triple->subject));
  const char *local;
  if (strcmp(p, KGB_NS_RDF "type") == 0 && o_iri) {
    on_type(in, s, o);
  } else if (o_lit && strcmp(p, KGB_NS_RDFS "label") == 0) {
    on_name(in, s, 0, intern(in, o));
  } else if (o_lit && strcmp(p, KGB_NS_SKOS "prefLabel") == 0) {
    on_name(in, s, 1, intern(in, o));
  } else if (o_lit && strcmp(p, KGB_NS_SCHEMA "name") == 0) {
    on_name(in, s, 2, intern(in, o));
  } else if (o_lit && strcmp(p, KGB_NS_SKOS "altLabel") == 0) {
    on_name(in, s, 3, intern(in, o));
  } else if ((local = local_in(p, KGB_NS_RDF)) != NULL &&
             (strcmp(local, "subject") == 0 ||
              strcmp(local, "predicate") == 0 ||
              strcmp(local, "object") == 0) &&
             (o_iri || o_lit)) {
    Stmt *st = stmt_of(in, s);
    const char *v = intern(in, o);
    if (!st || !v) {
      return;
    }
    if (local[0] == 's') {
      st->s = v;
    } else if (local[0] == 'p') {
      st->p = v;
    } else {
      st->o = v;
      st->o_iri = o_iri;
    }
  } else if (o_iri && strcmp(p, KGB_NS_PROV "wasDerivedFrom") == 0) {
    Ev *ev = ev_of(in, s);
    if (ev) {
      /* the document id back from its IRI (percent-decoded) */
      const char *doc = local_in(o, KGB_NS_DOC);
      kgb_buf_clear(&in->text);
      for (const char *c = doc ? doc : o; *c; c++) {
        unsigned v;
        if (doc && c[0] == '%' && c[1] && c[2] &&
            sscanf(c + 1, "%2x", &v) == 1) {
          in->st = kgb_buf_putc(&in->text, (char)v);
          c += 2;
        } else {
          in->st = kgb_buf_putc(&in->text, *c);
        }
      }
      if (in->st == KGB_OK && kgb_buf_puts(&in->text, "") == KGB_OK) {
        ev->doc = intern(in, in->text.data);
      }
    }
  } else if ((local = local_in(p, KGB_NS_VOCAB)) != NULL) {
    const KgbVocabTerm *t = kgb_vocab_find(in->vocab, local);
    if (t && !t->is_class && (o_iri || o_lit)) {
      size_t ix;
      if ((in->st = subject_of(in, s, &ix)) != KGB_OK) {
        return;
      }
      const char *ov = intern(in, o);
      raptor_uri *dt = o_lit ? triple->object->value.literal.datatype : NULL;
      const char *dtv =
          dt ? intern(in, (const char *)raptor_uri_as_string(dt)) : NULL;
      const char *key = triple_key(in, s, p, ov, o_iri);
      in->st =
          kgb_grow(&in->rels, &in->cap_rels, in->n_rels + 1, sizeof *in->rels);
      if (in->st == KGB_OK && key && ov) {
        in->rels[in->n_rels++] = (Rel){ix, t, o_iri, ov, dtv, key};
      }
    } else if (strcmp(local, "evidence") == 0 && o_iri) {
      in->st = kgb_grow(&in->links, &in->cap_links, in->n_links + 1,
                        sizeof *in->links);
      if (in->st == KGB_OK) {
        in->links[in->n_links++] = (Link){s, intern(in, o)};
      }
    } else if (o_lit) {
      Ev *ev = NULL;
      if (strcmp(local, "sentence") == 0 && (ev = ev_of(in, s))) {
        ev->sentence = to_size(o);
      } else if (strcmp(local, "startOffset") == 0 && (ev = ev_of(in, s))) {
        ev->start = to_size(o);
      } else if (strcmp(local, "endOffset") == 0 && (ev = ev_of(in, s))) {
        ev->end = to_size(o);
      } else if (strcmp(local, "rule") == 0 && (ev = ev_of(in, s))) {
        ev->rule = intern(in, o);
      } else if (strcmp(local, "confidence") == 0 && (ev = ev_of(in, s))) {
        ev->confidence = strtod(o, NULL);
      }
    }
  }
}

static void on_log(void *user, raptor_log_message *m) {
  In *in = user;
  if (m->level < RAPTOR_LOG_LEVEL_ERROR || in->failed) {
    return;
  }
  in->failed = true;
  KgbBuf b = {0};
  int line = m->locator ? raptor_locator_line(m->locator) : -1;
  int byte = m->locator ? raptor_locator_byte(m->locator) : -1;
  if (kgb_buf_printf(&b, "%s", in->path) == KGB_OK && line > 0) {
    kgb_buf_printf(&b, ":%d", line);
  }
  if (byte >= 0) {
    kgb_buf_printf(&b, " (byte %d)", byte);
  }
  kgb_buf_printf(&b, ": %s", m->text ? m->text : "parse error");
  in->err = b.data;
}

/* ---- into the graph --------------------------------------------------------
 */

static int cmp_name(const void *a, const void *b) {
  const Name *x = a, *y = b;
  if (x->subject != y->subject) {
    return x->subject < y->subject ? -1 : 1;
  }
  if (x->rank != y->rank) {
    return x->rank < y->rank ? -1 : 1;
  }
  return strcmp(x->text, y->text);
}

/// The last segment of an IRI, for entities that have no name.
static const char *iri_tail(const char *iri) {
  const char *slash = strrchr(iri, '/'), *hash = strrchr(iri, '#');
  const char *t = hash > slash ? hash : slash;
  return t && t[1] ? t + 1 : iri;
}

static KgbStatus add_entities(In *in, KgbGraph *g) {
  KgbStatus st = KGB_OK;
  if (in->n_names > 1) {
    qsort(in->names, in->n_names, sizeof *in->names, cmp_name);
  }
  size_t k = 0;
  for (size_t i = 0; i < in->n_subjects; i++) {
    Subject *sub = &in->subjects[i];
    size_t first = k;
    while (k < in->n_names && in->names[k].subject == i) {
      k++;
    }
    if (!sub->cls) {
      continue;
    }
    const char *label = first < k ? in->names[first].text : iri_tail(sub->iri);
    TRY(st, kgb_graph_add_entity(g, sub->cls, label, &sub->node));
    for (size_t n = first + 1; n < k; n++) {
      if (strcmp(in->names[n].text, label) != 0) {
        TRY(st, kgb_graph_add_alt_label(g, sub->node, in->names[n].text));
      }
    }
  }
done:
  return st;
}

static KgbValueKind literal_kind(const Rel *r) {
  if (r->term->range_kind == KGB_RANGE_DATE) {
    return KGB_VALUE_DATE;
  }
  if (r->datatype) {
    const char *local = local_in(r->datatype, KGB_NS_XSD);
    if (local && (strcmp(local, "integer") == 0 || strcmp(local, "int") == 0 ||
                  strcmp(local, "long") == 0)) {
      return KGB_VALUE_INTEGER;
    }
    if (local && strcmp(local, "decimal") == 0) {
      return KGB_VALUE_DECIMAL;
    }
  }
  return KGB_VALUE_STRING;
}

static KgbStatus add_facts(In *in, KgbGraph *g) {
  KgbStatus st = KGB_OK;
  /* reified statements by their "s p o" key; evidence items by fact */
  PtrMap by_key = {0};
  size_t *first_link = calloc(in->n_stmts + 1, sizeof *first_link);
  Link *links = calloc(in->n_links ? in->n_links : 1, sizeof *links);
  if (!first_link || !links) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < in->n_stmts; i++) {
    const Stmt *s = &in->stmts[i];
    if (s->s && s->p && s->o) {
      const char *key = triple_key(in, s->s, s->p, s->o, s->o_iri);
      size_t ix;
      TRY(st, in->st);
      TRY(st, ptrmap_put(&by_key, key, i, &ix));
    }
  }
  /* counting sort of the links by statement index */
  for (size_t i = 0; i < in->n_links; i++) {
    size_t *ix = ptrmap_find(&in->stmt_ix, in->links[i].fact);
    if (ix) {
      first_link[*ix + 1]++;
    }
  }
  for (size_t i = 0; i < in->n_stmts; i++) {
    first_link[i + 1] += first_link[i];
  }
  {
    size_t *fill = calloc(in->n_stmts + 1, sizeof *fill);
    if (!fill) {
      st = KGB_ERR_NOMEM;
      goto done;
    }
    for (size_t i = 0; i < in->n_links; i++) {
      size_t *ix = ptrmap_find(&in->stmt_ix, in->links[i].fact);
      if (ix) {
        links[first_link[*ix] + fill[*ix]++] = in->links[i];
      }
    }
    free(fill);
  }
  for (size_t i = 0; i < in->n_rels; i++) {
    const Rel *r = &in->rels[i];
    const Subject *sub = &in->subjects[r->subject];
    if (!sub->cls) {
      continue;
    }
    size_t object = 0;
    KgbValueKind kind = KGB_VALUE_ENTITY;
    if (r->term->range_kind == KGB_RANGE_ENTITY) {
      size_t *ox =
          r->object_iri ? ptrmap_find(&in->subject_ix, r->object) : NULL;
      if (!ox || !in->subjects[*ox].cls) {
        continue; /* not an entity of ours */
      }
      object = in->subjects[*ox].node;
    } else if (r->object_iri) {
      continue;
    } else {
      kind = literal_kind(r);
    }
    const char *literal = kind == KGB_VALUE_ENTITY ? NULL : r->object;
    size_t *sx = ptrmap_find(&by_key, r->key);
    size_t added = 0;
    for (size_t l = sx ? first_link[*sx] : 0; sx && l < first_link[*sx + 1];
         l++) {
      size_t *ex = ptrmap_find(&in->ev_ix, links[l].ev);
      if (!ex) {
        continue;
      }
      const Ev *e = &in->evs[*ex];
      KgbGraphEvidence ev = {e->doc, e->sentence, e->start,
                             e->end, e->rule,     e->confidence};
      TRY(st, kgb_graph_add_fact(g, sub->node, r->term->name, kind, object,
                                 literal, &ev));
      added++;
    }
    if (!added) {
      TRY(st, kgb_graph_add_fact(g, sub->node, r->term->name, kind, object,
                                 literal, NULL));
    }
  }
done:
  ptrmap_free(&by_key);
  free(first_link);
  free(links);
  return st;
}

/* ---- the entry point --------------------------------------------------------
 */

/// The raptor parser for a file name's extension (raptor's own guess takes
/// ".nq" for Turtle), or NULL.
static const char *parser_for(const char *path) {
  static const struct {
    const char *ext, *parser;
  } map[] = {/* raptor 2.0.15's N-Triples parser leaks the datatype IRIs of
              typed literals; N-Triples is a subset of Turtle */
             {".ttl", "turtle"}, {".turtle", "turtle"},
             {".nt", "turtle"},  {".ntriples", "turtle"},
             {".nq", "nquads"},  {".nquads", "nquads"},
             {".trig", "trig"},  {".rdf", "rdfxml"},
             {".owl", "rdfxml"}, {".xml", "rdfxml"}};
  const char *dot = strrchr(path, '.');
  for (size_t i = 0; dot && i < sizeof map / sizeof map[0]; i++) {
    if (strcmp(dot, map[i].ext) == 0) {
      return map[i].parser;
    }
  }
  return NULL;
}

static void in_free(In *in) {
  kgb_strpool_free(in->pool);
  ptrmap_free(&in->subject_ix);
  ptrmap_free(&in->stmt_ix);
  ptrmap_free(&in->ev_ix);
  free(in->subjects);
  free(in->names);
  free(in->rels);
  free(in->stmts);
  free(in->evs);
  free(in->links);
  kgb_buf_free(&in->key);
  kgb_buf_free(&in->text);
  free(in->err);
}

KgbStatus kgb_import_rdf(KgbGraph *g, const char *path, char **err) {
  In in = {.path = path};
  KgbStatus st = KGB_OK;
  raptor_world *world = NULL;
  raptor_parser *parser = NULL;
  raptor_uri *base = NULL;
  FILE *f = NULL;
  bool is_stdin = strcmp(path, "-") == 0;
  if (err) {
    *err = NULL;
  }
  in.vocab = kgb_vocab_default();
  in.pool = kgb_strpool_new();
  if (!in.pool || !in.vocab) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  f = is_stdin ? stdin : fopen(path, "rb");
  if (!f) {
    st = KGB_ERR_IO;
    goto done;
  }
  world = raptor_new_world();
  if (!world || raptor_world_open(world) != 0) {
    st = KGB_ERR_LIB;
    goto done;
  }
  raptor_world_set_log_handler(world, &in, on_log);
  const char *name = is_stdin ? "turtle" : parser_for(path);
  if (!name) {
    name = raptor_world_guess_parser_name(world, NULL, NULL, NULL, 0,
                                          (const unsigned char *)path);
  }
  parser = raptor_new_parser(world, name ? name : "turtle");
  unsigned char *file_uri =
      is_stdin ? NULL : raptor_uri_filename_to_uri_string((const char *)path);
  base = raptor_new_uri(world, file_uri ? file_uri
                                        : (const unsigned char *)"file:///dev/"
                                                                 "stdin");
  raptor_free_memory(file_uri);
  if (!parser || !base) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  raptor_parser_set_statement_handler(parser, &in, statement);
  int rc = raptor_parser_parse_file_stream(parser, f, path, base);
  if (in.st != KGB_OK) {
    st = in.st;
  } else if (rc != 0 || in.failed) {
    st = KGB_ERR_PARSE;
    if (err && !in.err) {
      KgbBuf b = {0};
      kgb_buf_printf(&b, "%s: not RDF that raptor2 can read", path);
      in.err = b.data;
    }
  }
  if (st == KGB_OK) {
    st = add_entities(&in, g);
  }
  if (st == KGB_OK) {
    st = add_facts(&in, g);
  }
done:
  if (st == KGB_ERR_PARSE && err) {
    *err = in.err;
    in.err = NULL;
  }
  if (parser) {
    raptor_free_parser(parser);
  }
  if (base) {
    raptor_free_uri(base);
  }
  if (world) {
    raptor_free_world(world);
  }
  if (f && !is_stdin) {
    fclose(f);
  }
  in_free(&in);
  return st;
}
