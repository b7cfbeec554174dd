/*
 * rdfsink.c: one statement at a time to the RDF writers.
 *
 *   - Turtle, N-Triples, N-Quads: serd's streaming writer. Nothing is held:
 *     Turtle groups statements only while the subject (and predicate) stay
 *     the same, so the callers emit each subject's statements together.
 *     serd writes a prefixed name only when the local part is a safe name
 *     (else the full IRI), integers and decimals bare, other typed literals
 *     with their datatype. Literals are always written in the short quoted
 *     form with escapes: serdi 0.30 itself rejects a long ("""...""")
 *     literal that ends with a quote, which serd's writer would produce.
 *     For N-Triples serd writes into a buffer of ours; a statement whose terms
 *     need no escape other than \uXXXX (nearly all) is written into the
 *     same buffer directly, as serd would write it, skipping serd's byte by
 *     byte escaping.
 *   - RDF/XML: raptor2's streaming "rdfxml" serializer. XML 1.0 cannot carry
 *     most control characters, so they are dropped from literals there.
 *   - JSON-LD: a node object per run of statements with the same subject,
 *     built with json-c and printed by it; the document around them is
 *     {"@context": {prefixes}, "@graph": [node, node, ...]}. IRIs are
 *     compacted with the longest declared namespace; typed literals keep
 *     their lexical form as {"@value", "@type"}, so nothing is re-typed by a
 *     JSON number. N-Quads' graph names have no place here and are dropped.
 */
#include "export_internal.h"

#include <json-c/json.h>
#include <raptor2.h>
#include <serd/serd.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  json_object *node; ///< the subject being collected, or NULL
  KgbBuf subject;    ///< its IRI or blank label
  KgbRdfKind subject_kind;
  size_t written; ///< node objects printed so far
} JsonLd;

/// An IRI written without escapes, and where it was (see plain_iris).
typedef struct {
  const char *ptr;
  size_t len;
  char text[160];
} PlainIri;

struct KgbRdfSink {
  KgbFormat fmt;
  FILE *stream;
  KgbRdfPrefix *prefixes; ///< copies of the declared prefixes
  size_t n_prefixes;
  /* serd */
  SerdEnv *env;
  SerdWriter *serd;
  size_t serd_errors;
  KgbBuf out; ///< serd's output and the direct N-Triples, not yet written
  bool out_failed;
  unsigned char plain[256]; ///< IRI_PLAIN, LIT_PLAIN of each byte
  /* IRIs found plain lately (the same few predicates, subjects and types
   * recur statement after statement), by address and checked by content:
   * a memcmp instead of a table lookup per byte */
  PlainIri plain_iris[64]; /* a power of two */
  /* raptor */
  raptor_world *world;
  raptor_serializer *ser;
  size_t raptor_errors;
  /* json-c */
  JsonLd jl;
  KgbBuf scratch[3];
};

/* ---- serd -----------------------------------------------------------------
 */

static SerdNode serd_term(const KgbRdfTerm *t);

/// A node over @p s, like serd_node_from_string() but without its scan of
/// the string (code points and quote/newline flags, which the writer does not
/// need: flags 0 is the short quoted form with escapes, see the file comment;
/// n_chars is only an upper bound).
static SerdNode shallow_node(SerdType type, const char *s) {
  size_t n = strlen(s);
  return (SerdNode){(const uint8_t *)s, n, n, 0, type};
}

static SerdStatus serd_error(void *handle, const SerdError *error) {
  (void)error;
  ((KgbRdfSink *)handle)->serd_errors++;
  return SERD_SUCCESS;
}

/// True when @p s can be written after "prefix:" in Turtle without escapes
/// (serd writes any CURIE it is given, valid or not): ASCII letters, digits,
/// '_', and '-' or '.' after the first character, not ending with '.'.
static bool plain_local(const char *s) {
  size_t i = 0;
  for (; s[i]; i++) {
    char c = s[i];
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                 (c >= '0' && c <= '9') || c == '_';
    if (!alnum && (i == 0 || (c != '-' && c != '.'))) {
      return false;
    }
  }
  return i > 0 && s[i - 1] != '.';
}

/// The longest declared namespace @p iri starts with, or NULL.
static const KgbRdfPrefix *find_prefix(const KgbRdfSink *k, const char *iri,
                                       size_t *ns_len) {
  const KgbRdfPrefix *best = NULL;
  *ns_len = 0;
  for (size_t i = 0; i < k->n_prefixes; i++) {
    const char *ns = k->prefixes[i].ns;
    if (ns[0] != iri[0]) {
      continue;
    }
    size_t n = strlen(ns);
    if (n > *ns_len && strncmp(iri, ns, n) == 0) {
      best = &k->prefixes[i];
      *ns_len = n;
    }
  }
  return best;
}

/**
 * The serd node of @p t; for Turtle an IRI under a declared namespace with a
 * plain local part becomes a prefixed name built in @p buf (serd itself only
 * abbreviates purely alphanumeric local parts, so "person:ozan-aciktan"
 * would stay a full IRI).
 */
static SerdNode serd_term_abbrev(KgbRdfSink *k, const KgbRdfTerm *t,
                                 KgbBuf *buf) {
  size_t ns_len;
  const KgbRdfPrefix *pre;
  if (k->fmt == KGB_FORMAT_TURTLE && t->kind == KGB_RDF_IRI &&
      strcmp(t->value, KGB_NS_RDF "type") != 0 &&
      (pre = find_prefix(k, t->value, &ns_len)) != NULL &&
      plain_local(t->value + ns_len)) {
    kgb_buf_clear(buf);
    if (kgb_buf_printf(buf, "%s:%s", pre->prefix, t->value + ns_len) ==
        KGB_OK) {
      return shallow_node(SERD_CURIE, buf->data);
    }
  }
  return serd_term(t);
}

static SerdNode serd_term(const KgbRdfTerm *t) {
  SerdType type = t->kind == KGB_RDF_IRI     ? SERD_URI
                  : t->kind == KGB_RDF_BLANK ? SERD_BLANK
                                             : SERD_LITERAL;
  return shallow_node(type, t->value);
}

/* The output buffer to the stream, when full and when done. A failed
 * write leaves the stream's error flag set, as serd's own sink did. */
static void out_flush(KgbRdfSink *k) {
  if (k->out.len > 0 && !k->out_failed &&
      fwrite(k->out.data, 1, k->out.len, k->stream) != k->out.len) {
    k->out_failed = true;
  }
  kgb_buf_clear(&k->out);
}

static size_t out_sink(const void *buf, size_t len, void *stream) {
  KgbRdfSink *k = stream;
  if (kgb_buf_append(&k->out, buf, len) != KGB_OK) {
    return 0;
  }
  if (k->out.len >= 1 << 16) {
    out_flush(k);
  }
  return len;
}

/* ---- N-Triples without serd ----------------------------------------------
 * Exactly what serd 0.30 writes (ASCII style) for the terms it writes with
 * no escape but \uXXXX; anything else (a quote, a backslash, a control
 * character, a code point above U+FFFF, malformed UTF-8, blank nodes,
 * language tags, IRIs without "http") is left to serd. */

enum { IRI_PLAIN = 1, LIT_PLAIN = 2 };

/* The bytes written as they are: in an IRI, '!'..'~' but " < > \ ^ ` { | };
 * in a literal, ' '..'~' but " and \. */
static void nt_table(unsigned char plain[256]) {
  for (int c = 0; c < 256; c++) {
    bool print = c >= 0x20 && c <= 0x7E;
    bool iri = print && c != ' ' && !strchr("\"<>\\^`{|}", c);
    bool lit = print && c != '"' && c != '\\';
    plain[c] = (unsigned char)((iri ? IRI_PLAIN : 0) | (lit ? LIT_PLAIN : 0));
  }
}

/// True when every byte of @p s[0..n) has @p flag.
static bool all_plain(const unsigned char plain[256], const char *s, size_t n,
                      unsigned char flag) {
  const unsigned char *p = (const unsigned char *)s;
  unsigned char all = flag;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) { /* eight at a time: one branch for eight */
    all &= plain[p[i]] & plain[p[i + 1]] & plain[p[i + 2]] & plain[p[i + 3]] &
           plain[p[i + 4]] & plain[p[i + 5]] & plain[p[i + 6]] &
           plain[p[i + 7]];
  }
  for (; i < n; i++) {
    all &= plain[p[i]];
  }
  return all != 0;
}

/// Write <iri> (@p n bytes) at @p w; NULL if serd must write it.
static char *nt_iri(KgbRdfSink *k, char *w, const char *iri, size_t n) {
  /* the address's bits mixed by a multiply, the slot from the top bits:
   * heap addresses step by 16 or more and fell into few slots */
  uint64_t h = (uint64_t)(uintptr_t)iri * 0x9E3779B97F4A7C15u;
  size_t slot =
      (size_t)(h >> 58) & (sizeof k->plain_iris / sizeof *k->plain_iris - 1);
  PlainIri *c = &k->plain_iris[slot];
  if (c->ptr != iri || c->len != n || memcmp(c->text, iri, n) != 0) {
    if (n < 4 || memcmp(iri, "http", 4) != 0 ||
        !all_plain(k->plain, iri, n, IRI_PLAIN)) {
      return NULL;
    }
    if (n <= sizeof c->text) {
      c->ptr = iri;
      c->len = n;
      memcpy(c->text, iri, n);
    }
  }
  *w++ = '<';
  memcpy(w, iri, n);
  w += n;
  *w++ = '>';
  return w;
}

/// Write "literal" (@p s, @p n bytes) at @p w with \uXXXX for each non-ASCII
/// code point up to U+FFFF (at most 3 bytes out for each byte in, and 2);
/// NULL if serd must.
static char *nt_literal(const unsigned char plain[256], char *w, const char *s,
                        size_t n) {
  static const char hex[] = "0123456789ABCDEF";
  *w++ = '"';
  if (all_plain(plain, s, n, LIT_PLAIN)) {
    memcpy(w, s, n);
    w += n;
    *w++ = '"';
    return w;
  }
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    if (plain[*p] & LIT_PLAIN) {
      *w++ = (char)*p++;
      continue;
    }
    uint32_t cp;
    if (p[0] >= 0xC2 && p[0] <= 0xDF && (p[1] & 0xC0) == 0x80) {
      cp = (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
      p += 2;
    } else if (p[0] >= 0xE0 && p[0] <= 0xEF && (p[1] & 0xC0) == 0x80 &&
               (p[2] & 0xC0) == 0x80 && (p[0] != 0xE0 || p[1] >= 0xA0) &&
               (p[0] != 0xED || p[1] < 0xA0)) {
      cp = (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 |
           (p[2] & 0x3F);
      p += 3;
    } else {
      return NULL;
    }
    w[0] = '\\';
    w[1] = 'u';
    w[2] = hex[cp >> 12];
    w[3] = hex[cp >> 8 & 15];
    w[4] = hex[cp >> 4 & 15];
    w[5] = hex[cp & 15];
    w += 6;
  }
  *w++ = '"';
  return w;
}

/// Write term @p t (its value @p len bytes; its datatype @p dt_len) at
/// @p w; NULL if serd must.
static char *nt_term(KgbRdfSink *k, char *w, const KgbRdfTerm *t, size_t len,
                     size_t dt_len) {
  if (t->kind == KGB_RDF_IRI) {
    return nt_iri(k, w, t->value, len);
  }
  if (t->kind != KGB_RDF_LITERAL || t->lang) {
    return NULL;
  }
  w = nt_literal(k->plain, w, t->value, len);
  if (w && t->datatype) {
    *w++ = '^';
    *w++ = '^';
    w = nt_iri(k, w, t->datatype, dt_len);
  }
  return w;
}

/// The statement written directly, or false (nothing written) for serd.
static bool nt_statement(KgbRdfSink *k, const KgbRdfTerm *s,
                         const KgbRdfTerm *p, const KgbRdfTerm *o) {
  const KgbRdfTerm *terms[3] = {s, p, o};
  size_t len[3] = {strlen(s->value), strlen(p->value), strlen(o->value)};
  size_t dt_len = o->datatype ? strlen(o->datatype) : 0;
  size_t room = 3 * (len[0] + len[1] + len[2] + dt_len) + 32;
  if (kgb_buf_reserve(&k->out, room) != KGB_OK) {
    return false;
  }
  char *w = k->out.data + k->out.len;
  for (int i = 0; i < 3 && w; i++) {
    w = nt_term(k, w, terms[i], len[i], i == 2 ? dt_len : 0);
    if (w) {
      *w++ = ' ';
    }
  }
  if (!w) {
    return false;
  }
  memcpy(w, ".\n", 2);
  k->out.len = (size_t)(w + 2 - k->out.data);
  if (k->out.len >= 1 << 16) {
    out_flush(k);
  }
  return true;
}

static KgbStatus serd_open(KgbRdfSink *k) {
  SerdSyntax syntax = k->fmt == KGB_FORMAT_TURTLE   ? SERD_TURTLE
                      : k->fmt == KGB_FORMAT_NQUADS ? SERD_NQUADS
                                                    : SERD_NTRIPLES;
  /* N-Triples and N-Quads in ASCII with \u escapes, as raptor wrote them
     (line-oriented tools and the golden files compare them byte for byte) */
  /* BULK: serd collects its many small writes into pages (flushed by
     serd_writer_finish) instead of calling fwrite for each piece. For
     N-Triples they go to out_sink instead, which collects them with the
     statements written directly (BULK would hold serd's back from those) */
  bool direct = k->fmt == KGB_FORMAT_NTRIPLES;
  SerdStyle style =
      k->fmt == KGB_FORMAT_TURTLE
          ? (SerdStyle)(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED |
                        SERD_STYLE_BULK)
          : (SerdStyle)(SERD_STYLE_ASCII | (direct ? 0 : SERD_STYLE_BULK));
  nt_table(k->plain);
  /* out is flushed past 64 KiB: its whole size at once, not grown (and
   * copied) step by step for every document */
  if (direct && kgb_buf_reserve(&k->out, (1 << 16) + (1 << 12)) != KGB_OK) {
    return KGB_ERR_NOMEM;
  }
  k->env = serd_env_new(NULL);
  if (!k->env) {
    return KGB_ERR_NOMEM;
  }
  k->serd = direct ? serd_writer_new(syntax, style, k->env, NULL, out_sink, k)
                   : serd_writer_new(syntax, style, k->env, NULL,
                                     serd_file_sink, k->stream);
  if (!k->serd) {
    return KGB_ERR_NOMEM;
  }
  serd_writer_set_error_sink(k->serd, serd_error, k);
  for (size_t i = 0; i < k->n_prefixes; i++) {
    SerdNode name = serd_node_from_string(
        SERD_LITERAL, (const uint8_t *)k->prefixes[i].prefix);
    SerdNode uri =
        serd_node_from_string(SERD_URI, (const uint8_t *)k->prefixes[i].ns);
    if (k->fmt == KGB_FORMAT_TURTLE) {
      if (serd_writer_set_prefix(k->serd, &name, &uri) != SERD_SUCCESS) {
        return KGB_ERR_LIB;
      }
    }
  }
  return KGB_OK;
}

static KgbStatus serd_emit(KgbRdfSink *k, const KgbRdfTerm *s,
                           const KgbRdfTerm *p, const KgbRdfTerm *o,
                           const KgbRdfTerm *graph) {
  if (k->fmt == KGB_FORMAT_NTRIPLES && nt_statement(k, s, p, o)) {
    return k->serd_errors ? KGB_ERR_LIB : KGB_OK;
  }
  SerdNode sn = serd_term_abbrev(k, s, &k->scratch[0]);
  SerdNode pn = serd_term_abbrev(k, p, &k->scratch[1]);
  SerdNode on = serd_term_abbrev(k, o, &k->scratch[2]);
  SerdNode dt = SERD_NODE_NULL, lang = SERD_NODE_NULL, gn = SERD_NODE_NULL;
  if (o->kind == KGB_RDF_LITERAL && o->datatype) {
    dt = shallow_node(SERD_URI, o->datatype);
  }
  if (o->kind == KGB_RDF_LITERAL && o->lang) {
    lang = shallow_node(SERD_LITERAL, o->lang);
  }
  if (graph && k->fmt == KGB_FORMAT_NQUADS) {
    gn = serd_term(graph);
  }
  SerdStatus rc = serd_writer_write_statement(
      k->serd, 0, graph && k->fmt == KGB_FORMAT_NQUADS ? &gn : NULL, &sn, &pn,
      &on, dt.buf ? &dt : NULL, lang.buf ? &lang : NULL);
  return rc == SERD_SUCCESS && !k->serd_errors ? KGB_OK : KGB_ERR_LIB;
}

/* ---- raptor ---------------------------------------------------------------
 */

static void raptor_log(void *user_data, raptor_log_message *message) {
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR) {
    ((KgbRdfSink *)user_data)->raptor_errors++;
  }
}

static KgbStatus raptor_open(KgbRdfSink *k) {
  k->world = raptor_new_world();
  if (!k->world) {
    return KGB_ERR_NOMEM;
  }
  raptor_world_set_log_handler(k->world, k, raptor_log);
  if (raptor_world_open(k->world) != 0) {
    return KGB_ERR_LIB;
  }
  k->ser = raptor_new_serializer(k->world, "rdfxml");
  if (!k->ser) {
    return KGB_ERR_LIB;
  }
  /* no base URI: raptor would write xml:base="file:///..." */
  if (raptor_serializer_start_to_file_handle(k->ser, NULL, k->stream) != 0) {
    return KGB_ERR_LIB;
  }
  for (size_t i = 0; i < k->n_prefixes; i++) {
    if (strcmp(k->prefixes[i].prefix, "rdf") == 0) {
      continue; /* raptor declares it itself, and refuses it twice */
    }
    raptor_uri *ns =
        raptor_new_uri(k->world, (const unsigned char *)k->prefixes[i].ns);
    int rc = ns ? raptor_serializer_set_namespace(
                      k->ser, ns, (const unsigned char *)k->prefixes[i].prefix)
                : -1;
    if (ns) {
      raptor_free_uri(ns);
    }
    if (rc != 0) {
      return ns ? KGB_ERR_LIB : KGB_ERR_NOMEM;
    }
  }
  return k->raptor_errors ? KGB_ERR_LIB : KGB_OK;
}

/// A new raptor term for @p t (NULL when out of memory); literal text in
/// @p buf with XML-invalid characters dropped.
static raptor_term *raptor_term_of(KgbRdfSink *k, const KgbRdfTerm *t,
                                   KgbBuf *buf) {
  const unsigned char *v = (const unsigned char *)t->value;
  if (t->kind == KGB_RDF_IRI) {
    return raptor_new_term_from_uri_string(k->world, v);
  }
  if (t->kind == KGB_RDF_BLANK) {
    return raptor_new_term_from_blank(k->world, v);
  }
  kgb_buf_clear(buf);
  if (kgb_export_xml_text(buf, t->value) != KGB_OK ||
      kgb_buf_puts(buf, "") != KGB_OK) {
    return NULL;
  }
  raptor_uri *dt =
      t->datatype ? raptor_new_uri(k->world, (const unsigned char *)t->datatype)
                  : NULL;
  if (t->datatype && !dt) {
    return NULL;
  }
  raptor_term *term =
      raptor_new_term_from_literal(k->world, (const unsigned char *)buf->data,
                                   dt, (const unsigned char *)t->lang);
  if (dt) {
    raptor_free_uri(dt);
  }
  return term;
}

static KgbStatus raptor_emit(KgbRdfSink *k, const KgbRdfTerm *s,
                             const KgbRdfTerm *p, const KgbRdfTerm *o) {
  raptor_statement stmt;
  raptor_statement_init(&stmt, k->world);
  stmt.subject = raptor_term_of(k, s, &k->scratch[0]);
  stmt.predicate = raptor_term_of(k, p, &k->scratch[1]);
  stmt.object = raptor_term_of(k, o, &k->scratch[2]);
  KgbStatus st = KGB_OK;
  if (!stmt.subject || !stmt.predicate || !stmt.object) {
    st = KGB_ERR_NOMEM;
  } else if (raptor_serializer_serialize_statement(k->ser, &stmt) != 0 ||
             k->raptor_errors) {
    st = KGB_ERR_LIB;
  }
  raptor_statement_clear(&stmt); /* frees the three terms, NULL or not */
  return st;
}

/* ---- JSON-LD --------------------------------------------------------------
 */

/// @p iri compacted with the longest declared namespace, in @p buf.
static KgbStatus compact_iri(const KgbRdfSink *k, const char *iri,
                             KgbBuf *buf) {
  const KgbRdfPrefix *best = NULL;
  size_t best_len = 0;
  for (size_t i = 0; i < k->n_prefixes; i++) {
    size_t n = strlen(k->prefixes[i].ns);
    if (n > best_len && strncmp(iri, k->prefixes[i].ns, n) == 0 &&
        strncmp(iri + n, "//", 2) != 0) {
      best = &k->prefixes[i];
      best_len = n;
    }
  }
  kgb_buf_clear(buf);
  if (best) {
    return kgb_buf_printf(buf, "%s:%s", best->prefix, iri + best_len);
  }
  return kgb_buf_puts(buf, iri);
}

static json_object *json_str(const char *s) {
  return json_object_new_string(s);
}

/// The JSON-LD id of an IRI or blank node term.
static json_object *jsonld_id(KgbRdfSink *k, const KgbRdfTerm *t, KgbBuf *buf) {
  kgb_buf_clear(buf);
  KgbStatus st = t->kind == KGB_RDF_BLANK
                     ? kgb_buf_printf(buf, "_:%s", t->value)
                     : compact_iri(k, t->value, buf);
  return st == KGB_OK ? json_str(buf->data) : NULL;
}

/// The JSON-LD value of object @p o.
static json_object *jsonld_value(KgbRdfSink *k, const KgbRdfTerm *o,
                                 KgbBuf *buf) {
  if (o->kind != KGB_RDF_LITERAL) {
    json_object *obj = json_object_new_object();
    json_object *id = jsonld_id(k, o, buf);
    if (!obj || !id || json_object_object_add(obj, "@id", id) != 0) {
      json_object_put(obj);
      json_object_put(id);
      return NULL;
    }
    return obj;
  }
  if (!o->datatype && !o->lang) {
    return json_str(o->value);
  }
  json_object *obj = json_object_new_object();
  json_object *value = json_str(o->value);
  json_object *extra = NULL;
  const char *key = o->lang ? "@language" : "@type";
  if (o->lang) {
    extra = json_str(o->lang);
  } else if (compact_iri(k, o->datatype, buf) == KGB_OK) {
    extra = json_str(buf->data);
  }
  if (!obj || !value || !extra ||
      json_object_object_add(obj, "@value", value) != 0) {
    json_object_put(obj);
    json_object_put(value);
    json_object_put(extra);
    return NULL;
  }
  if (json_object_object_add(obj, key, extra) != 0) {
    json_object_put(obj);
    json_object_put(extra);
    return NULL;
  }
  return obj;
}

/// Add @p value under @p key of @p node, turning a single value into an array
/// when the key repeats. Takes ownership of @p value.
static KgbStatus jsonld_add(json_object *node, const char *key,
                            json_object *value) {
  if (!value) {
    return KGB_ERR_NOMEM;
  }
  json_object *old = NULL;
  if (!json_object_object_get_ex(node, key, &old)) {
    if (json_object_object_add(node, key, value) != 0) {
      json_object_put(value);
      return KGB_ERR_NOMEM;
    }
    return KGB_OK;
  }
  if (!json_object_is_type(old, json_type_array)) {
    json_object *arr = json_object_new_array();
    if (!arr || json_object_array_add(arr, json_object_get(old)) != 0 ||
        json_object_object_add(node, key, arr) != 0) {
      json_object_put(arr);
      json_object_put(value);
      return KGB_ERR_NOMEM;
    }
    old = arr;
  }
  if (json_object_array_add(old, value) != 0) {
    json_object_put(value);
    return KGB_ERR_NOMEM;
  }
  return KGB_OK;
}

static const int JSON_FLAGS =
    JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE;

static KgbStatus jsonld_flush(KgbRdfSink *k) {
  JsonLd *jl = &k->jl;
  if (!jl->node) {
    return KGB_OK;
  }
  const char *text = json_object_to_json_string_ext(jl->node, JSON_FLAGS);
  KgbStatus st = KGB_OK;
  if (!text) {
    st = KGB_ERR_NOMEM;
  } else if (fputs(jl->written ? ",\n" : "\n", k->stream) == EOF ||
             fputs(text, k->stream) == EOF) {
    st = KGB_ERR_IO;
  }
  jl->written++;
  json_object_put(jl->node);
  jl->node = NULL;
  return st;
}

static KgbStatus jsonld_open(KgbRdfSink *k) {
  json_object *ctx = json_object_new_object();
  KgbStatus st = ctx ? KGB_OK : KGB_ERR_NOMEM;
  for (size_t i = 0; st == KGB_OK && i < k->n_prefixes; i++) {
    json_object *ns = json_str(k->prefixes[i].ns);
    if (!ns || json_object_object_add(ctx, k->prefixes[i].prefix, ns) != 0) {
      json_object_put(ns);
      st = KGB_ERR_NOMEM;
    }
  }
  const char *text =
      st == KGB_OK ? json_object_to_json_string_ext(ctx, JSON_FLAGS) : NULL;
  if (st == KGB_OK && !text) {
    st = KGB_ERR_NOMEM;
  }
  /* the frame around the node objects, which are printed one by one */
  if (st == KGB_OK &&
      fprintf(k->stream, "{\n\"@context\": %s,\n\"@graph\": [", text) < 0) {
    st = KGB_ERR_IO;
  }
  json_object_put(ctx);
  return st;
}

static KgbStatus jsonld_emit(KgbRdfSink *k, const KgbRdfTerm *s,
                             const KgbRdfTerm *p, const KgbRdfTerm *o) {
  JsonLd *jl = &k->jl;
  KgbStatus st = KGB_OK;
  if (jl->node && (jl->subject_kind != s->kind ||
                   strcmp(jl->subject.data, s->value) != 0)) {
    TRY(st, jsonld_flush(k));
  }
  if (!jl->node) {
    jl->node = json_object_new_object();
    if (!jl->node) {
      return KGB_ERR_NOMEM;
    }
    kgb_buf_clear(&jl->subject);
    TRY(st, kgb_buf_puts(&jl->subject, s->value));
    jl->subject_kind = s->kind;
    TRY(st, jsonld_add(jl->node, "@id", jsonld_id(k, s, &k->scratch[0])));
  }
  if (p->kind == KGB_RDF_IRI && strcmp(p->value, KGB_NS_RDF "type") == 0 &&
      o->kind == KGB_RDF_IRI) {
    TRY(st, compact_iri(k, o->value, &k->scratch[1]));
    TRY(st, jsonld_add(jl->node, "@type", json_str(k->scratch[1].data)));
  } else {
    TRY(st, compact_iri(k, p->value, &k->scratch[1]));
    TRY(st, jsonld_add(jl->node, k->scratch[1].data,
                       jsonld_value(k, o, &k->scratch[2])));
  }
done:
  return st;
}

/* ---- the sink -------------------------------------------------------------
 */

KgbStatus kgb_rdf_sink_new(KgbFormat fmt, FILE *stream,
                           const KgbRdfPrefix *prefixes, size_t n,
                           KgbRdfSink **out) {
  *out = NULL;
  if (!kgb_format_is_rdf(fmt) || !stream) {
    return KGB_ERR_USAGE;
  }
  KgbRdfSink *k = calloc(1, sizeof *k);
  KgbStatus st = KGB_OK;
  if (!k) {
    return KGB_ERR_NOMEM;
  }
  k->fmt = fmt;
  k->stream = stream;
  k->prefixes = calloc(n ? n : 1, sizeof *k->prefixes);
  if (!k->prefixes) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < n; i++) {
    k->prefixes[i].prefix = kgb_strdup(prefixes[i].prefix);
    k->prefixes[i].ns = kgb_strdup(prefixes[i].ns);
    k->n_prefixes++;
    if (!k->prefixes[i].prefix || !k->prefixes[i].ns) {
      st = KGB_ERR_NOMEM;
      goto done;
    }
  }
  switch (fmt) {
  case KGB_FORMAT_RDFXML:
    st = raptor_open(k);
    break;
  case KGB_FORMAT_JSONLD:
    st = jsonld_open(k);
    break;
  default:
    st = serd_open(k);
    break;
  }
done:
  if (st != KGB_OK) {
    kgb_rdf_sink_free(k);
    k = NULL;
  }
  *out = k;
  return st;
}

KgbStatus kgb_rdf_sink_emit(KgbRdfSink *k, const KgbRdfTerm *s,
                            const KgbRdfTerm *p, const KgbRdfTerm *o,
                            const KgbRdfTerm *graph) {
  switch (k->fmt) {
  case KGB_FORMAT_RDFXML:
    return raptor_emit(k, s, p, o);
  case KGB_FORMAT_JSONLD:
    return jsonld_emit(k, s, p, o);
  default:
    return serd_emit(k, s, p, o, graph);
  }
}

KgbStatus kgb_rdf_sink_finish(KgbRdfSink *k) {
  KgbStatus st = KGB_OK;
  switch (k->fmt) {
  case KGB_FORMAT_RDFXML:
    if (raptor_serializer_serialize_end(k->ser) != 0 || k->raptor_errors) {
      st = KGB_ERR_LIB;
    }
    break;
  case KGB_FORMAT_JSONLD:
    st = jsonld_flush(k);
    if (st == KGB_OK && fputs("\n]\n}\n", k->stream) == EOF) {
      st = KGB_ERR_IO;
    }
    break;
  default:
    if (serd_writer_finish(k->serd) != SERD_SUCCESS || k->serd_errors) {
      st = KGB_ERR_LIB;
    }
    out_flush(k);
    break;
  }
  return st;
}

void kgb_rdf_sink_free(KgbRdfSink *k) {
  if (!k) {
    return;
  }
  if (k->serd) {
    serd_writer_free(k->serd);
    out_flush(k);
  }
  kgb_buf_free(&k->out);
  if (k->env) {
    serd_env_free(k->env);
  }
  if (k->ser) {
    raptor_free_serializer(k->ser);
  }
  if (k->world) {
    raptor_free_world(k->world);
  }
  json_object_put(k->jl.node);
  kgb_buf_free(&k->jl.subject);
  for (size_t i = 0; i < 3; i++) {
    kgb_buf_free(&k->scratch[i]);
  }
  for (size_t i = 0; i < k->n_prefixes; i++) {
    free((char *)k->prefixes[i].prefix);
    free((char *)k->prefixes[i].ns);
  }
  free(k->prefixes);
  free(k);
}
