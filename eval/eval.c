/*
 * eval.c: gold files, extracted graphs read as RDF, and their scores.
 *
 * A gold file becomes an array of lines, each with its subject's names
 * normalised (kgb_normalize), sorted and deduplicated, and its object as
 * class names, normalised entity names or literal values. An RDF graph is
 * streamed through raptor2: rdfs:label / skos:altLabel values are collected
 * per subject term and the scored facts are copied (raptor's statement is
 * shared); then the facts are sorted and deduplicated (an RDF graph is a set)
 * and their terms resolved to named entities.
 *
 * Scoring lists, for each gold line, the facts it matches (only facts of the
 * same predicate are compared) and runs Kuhn's augmenting-path algorithm over
 * that bipartite graph: core lines first, then optional lines. An augmenting
 * path never unmatches a gold line, so the core count stays the maximum while
 * the optional lines take what is left, and the whole is a maximum matching.
 */
#include "eval.h"

#include "../export/export.h"
#include "../input/input.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <raptor2.h>

#define NONE SIZE_MAX
#define RDF_NS "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDF_TYPE RDF_NS "type"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
#define SKOS_ALT_LABEL "http://www.w3.org/2004/02/skos/core#altLabel"

/// The pseudo-predicate of class membership, in gold files and results.
static const char type_pred[] = "type";

/* ---- small helpers ------------------------------------------------------- */

static void set_err(char **err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/// Format a message into *err (when err is not NULL and holds none yet).
static void set_err(char **err, const char *fmt, ...) {
  if (!err || *err) {
    return;
  }
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) {
    return;
  }
  char *msg = malloc((size_t)n + 1);
  if (!msg) {
    return;
  }
  va_start(ap, fmt);
  vsnprintf(msg, (size_t)n + 1, fmt, ap);
  va_end(ap);
  *err = msg;
}

/// A growable array of borrowed strings.
typedef struct {
  const char **v;
  size_t n;
  size_t cap;
} StrVec;

static KgbStatus strvec_push(StrVec *sv, const char *s) {
  KgbStatus st = kgb_grow(&sv->v, &sv->cap, sv->n + 1, sizeof *sv->v);
  if (st == KGB_OK) {
    sv->v[sv->n++] = s;
  }
  return st;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/// Sort v[0..n) and drop duplicates; returns the new count.
static size_t sort_unique(const char **v, size_t n) {
  if (n == 0) {
    return 0;
  }
  if (n > 1) {
    qsort(v, n, sizeof *v, cmp_str);
  }
  size_t k = 1;
  for (size_t i = 1; i < n; i++) {
    if (strcmp(v[i], v[k - 1]) != 0) {
      v[k++] = v[i];
    }
  }
  return k;
}

/// True when the sorted sets a[0..na) and b[0..nb) share a string. O(na + nb).
static bool names_meet(const char *const *a, size_t na, const char *const *b,
                       size_t nb) {
  size_t i = 0, k = 0;
  while (i < na && k < nb) {
    int c = strcmp(a[i], b[k]);
    if (c == 0) {
      return true;
    }
    if (c < 0) {
      i++;
    } else {
      k++;
    }
  }
  return false;
}

/// kgb_normalize() interned in @p pool; NOMEM or ENCODING on failure.
static KgbStatus normalize_into(KgbStrPool *pool, const char *s, size_t len,
                                const char **out) {
  *out = NULL;
  if (kgb_utf8_invalid_at(s, len) != len) {
    return KGB_ERR_ENCODING;
  }
  char *norm = kgb_normalize(s, len);
  if (!norm) {
    return KGB_ERR_NOMEM;
  }
  *out = kgb_strpool_intern(pool, norm, strlen(norm));
  free(norm);
  return *out ? KGB_OK : KGB_ERR_NOMEM;
}

/// The built-in vocabulary; builds the default rules once if nothing has.
static const KgbVocab *vocab_or_default(const KgbVocab *vocab) {
  if (vocab) {
    return vocab;
  }
  if (!kgb_vocab_default()) {
    KgbRules *rules = NULL;
    char *err = NULL;
    (void)kgb_rules_new_default(&rules, &err);
    free(err);
    kgb_rules_free(rules);
  }
  return kgb_vocab_default();
}

/* ---- literal values ------------------------------------------------------ */

/**
 * Read a number at the start of @p s: optional sign, digits (optionally in
 * comma-separated groups of three: "2,000,000"), optional ".digits", then the
 * end or a space. *value gets the number, *rest what follows.
 */
static bool parse_number(const char *s, double *value, const char **rest) {
  char digits[64];
  size_t n = 0;
  const char *p = s;
  while (*p == ' ') {
    p++;
  }
  if (*p == '+' || *p == '-') {
    digits[n++] = *p++;
  }
  size_t run = 0;
  bool grouped = false;
  while ((*p >= '0' && *p <= '9') || *p == ',') {
    if (*p == ',') {
      if (run == 0 || (grouped && run != 3) || (!grouped && run > 3)) {
        return false;
      }
      grouped = true;
      run = 0;
    } else {
      if (n + 1 >= sizeof digits) {
        return false;
      }
      digits[n++] = *p;
      run++;
    }
    p++;
  }
  if (run == 0 || (grouped && run != 3)) {
    return false;
  }
  if (*p == '.' && p[1] >= '0' && p[1] <= '9') {
    if (n + 2 >= sizeof digits) {
      return false;
    }
    digits[n++] = *p++;
    while (*p >= '0' && *p <= '9') {
      if (n + 1 >= sizeof digits) {
        return false;
      }
      digits[n++] = *p++;
    }
  }
  if (*p != '\0' && *p != ' ') {
    return false;
  }
  digits[n] = '\0';
  char *end = NULL;
  *value = strtod(digits, &end);
  *rest = p;
  return end && *end == '\0';
}

/// Numbers compare as numbers, with what follows them (a currency code)
/// compared normalised.
static bool numbers_equal(const char *a, const char *b) {
  double x, y;
  const char *ra, *rb;
  if (!parse_number(a, &x, &ra) || !parse_number(b, &y, &rb) || x != y) {
    return false;
  }
  char *na = kgb_normalize(ra, strlen(ra));
  char *nb = kgb_normalize(rb, strlen(rb));
  bool eq = na && nb && strcmp(na, nb) == 0;
  free(na);
  free(nb);
  return eq;
}

/// s[0..len) trimmed of spaces equals t trimmed of spaces.
static bool trimmed_equal(const char *s, const char *t) {
  while (*s == ' ') {
    s++;
  }
  while (*t == ' ') {
    t++;
  }
  size_t ls = strlen(s), lt = strlen(t);
  while (ls && s[ls - 1] == ' ') {
    ls--;
  }
  while (lt && t[lt - 1] == ' ') {
    lt--;
  }
  return ls == lt && memcmp(s, t, ls) == 0;
}

/// YYYY, YYYY-MM or YYYY-MM-DD.
static bool is_iso_date(const char *s) {
  size_t len = strlen(s);
  if (len != 4 && len != 7 && len != 10) {
    return false;
  }
  for (size_t i = 0; i < len; i++) {
    bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) {
      return false;
    }
  }
  int month = len >= 7 ? (s[5] - '0') * 10 + (s[6] - '0') : 1;
  int day = len == 10 ? (s[8] - '0') * 10 + (s[9] - '0') : 1;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/* ---- gold files ---------------------------------------------------------- */

typedef enum {
  OBJ_CLASS,   ///< a vocabulary class (type facts)
  OBJ_ENTITY,  ///< an entity, matched by name
  OBJ_LITERAL, ///< a literal value
} ObjKind;

typedef struct {
  KgbGoldLine pub;
  const KgbVocabTerm *term; ///< the relation; NULL for type
  ObjKind kind;
  StrVec subj;     ///< normalised subject names, sorted, unique
  StrVec obj;      ///< class names, normalised names (sorted), or raw values
  StrVec obj_norm; ///< literals: normalised values, parallel to obj
} GoldLine;

struct KgbGold {
  char *name;
  KgbStrPool *pool;
  GoldLine *lines;
  size_t n;
  size_t cap;
};

/// A slice of the gold text.
typedef struct {
  const char *s;
  size_t len;
} Slice;

static Slice trim(Slice x) {
  while (x.len && (x.s[0] == ' ' || x.s[0] == '\r')) {
    x.s++;
    x.len--;
  }
  while (x.len && (x.s[x.len - 1] == ' ' || x.s[x.len - 1] == '\r')) {
    x.len--;
  }
  return x;
}

/// Parsing state of one gold line, for messages.
typedef struct {
  KgbGold *gold;
  size_t line;
  char **err;
} GoldCtx;

static KgbStatus gold_fail(GoldCtx *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/// Report "NAME:LINE: message" and return KGB_ERR_PARSE.
static KgbStatus gold_fail(GoldCtx *c, const char *fmt, ...) {
  KgbBuf msg = {0};
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n >= 0 && kgb_buf_reserve(&msg, (size_t)n) == KGB_OK) {
    va_start(ap, fmt);
    vsnprintf(msg.data, (size_t)n + 1, fmt, ap);
    va_end(ap);
    set_err(c->err, "%s:%zu: %s", c->gold->name, c->line, msg.data);
  }
  kgb_buf_free(&msg);
  return KGB_ERR_PARSE;
}

static const char *gold_intern(GoldCtx *c, Slice x) {
  return kgb_strpool_intern(c->gold->pool, x.s, x.len);
}

/// Split @p field on '|' into normalised names (sorted, unique) in @p out.
static KgbStatus gold_names(GoldCtx *c, Slice field, StrVec *out) {
  const char *p = field.s, *end = field.s + field.len;
  while (p <= end) {
    const char *bar = memchr(p, '|', (size_t)(end - p));
    Slice name = trim((Slice){p, (size_t)((bar ? bar : end) - p)});
    const char *norm = NULL;
    KgbStatus st = normalize_into(c->gold->pool, name.s, name.len, &norm);
    if (st == KGB_ERR_NOMEM) {
      return st;
    }
    if (st != KGB_OK || norm[0] == '\0') {
      return gold_fail(c, "name '%.*s' in '%.*s' has no letter or digit",
                       (int)name.len, name.s, (int)field.len, field.s);
    }
    if (strvec_push(out, norm) != KGB_OK) {
      return KGB_ERR_NOMEM;
    }
    p = bar ? bar + 1 : end + 1;
  }
  out->n = sort_unique(out->v, out->n);
  return KGB_OK;
}

/// `Work|Film|TVSeries`: every alternative must be a vocabulary class.
static KgbStatus gold_classes(GoldCtx *c, const KgbVocab *vocab, Slice field,
                              GoldLine *gl) {
  const char *p = field.s, *end = field.s + field.len;
  while (p <= end) {
    const char *bar = memchr(p, '|', (size_t)(end - p));
    Slice name = trim((Slice){p, (size_t)((bar ? bar : end) - p)});
    const char *cls = gold_intern(c, name);
    if (!cls) {
      return KGB_ERR_NOMEM;
    }
    const KgbVocabTerm *t = kgb_vocab_find(vocab, cls);
    if (!t || !t->is_class) {
      return gold_fail(c, "unknown class '%s'", cls);
    }
    if (strvec_push(&gl->obj, t->name) != KGB_OK) {
      return KGB_ERR_NOMEM;
    }
    p = bar ? bar + 1 : end + 1;
  }
  return KGB_OK;
}

/// `"romantic drama"|"romantic drama film"`: values in double quotes.
static KgbStatus gold_literals(GoldCtx *c, Slice field, GoldLine *gl) {
  const char *pred = gl->term->name;
  if (field.len < 2 || field.s[0] != '"' || field.s[field.len - 1] != '"') {
    return gold_fail(c, "%s takes a literal value in double quotes, not '%.*s'",
                     pred, (int)field.len, field.s);
  }
  const char *p = field.s + 1, *end = field.s + field.len - 1;
  while (p <= end) {
    const char *sep = NULL;
    for (const char *q = p; q + 3 <= end && !sep; q++) {
      if (memcmp(q, "\"|\"", 3) == 0) {
        sep = q;
      }
    }
    Slice value = {p, (size_t)((sep ? sep : end) - p)};
    const char *raw = gold_intern(c, value);
    const char *norm = NULL;
    if (!raw) {
      return KGB_ERR_NOMEM;
    }
    KgbStatus st = normalize_into(c->gold->pool, value.s, value.len, &norm);
    if (st == KGB_ERR_NOMEM) {
      return st;
    }
    if (st != KGB_OK || trim(value).len == 0) {
      return gold_fail(c, "empty or invalid value in '%.*s'", (int)field.len,
                       field.s);
    }
    if (gl->term->range_kind == KGB_RANGE_DATE && !is_iso_date(raw)) {
      return gold_fail(c,
                       "%s takes an ISO 8601 date (YYYY, YYYY-MM or "
                       "YYYY-MM-DD), not \"%s\"",
                       pred, raw);
    }
    if (strvec_push(&gl->obj, raw) != KGB_OK ||
        strvec_push(&gl->obj_norm, norm) != KGB_OK) {
      return KGB_ERR_NOMEM;
    }
    p = sep ? sep + 3 : end + 1;
  }
  return KGB_OK;
}

/// Parse one fact line (already known not to be blank or a comment).
static KgbStatus gold_line(GoldCtx *c, const KgbVocab *vocab, Slice line) {
  Slice f[4];
  size_t nf = 0;
  const char *p = line.s, *end = line.s + line.len;
  for (;;) {
    const char *tab = memchr(p, '\t', (size_t)(end - p));
    if (nf < 4) {
      f[nf] = trim((Slice){p, (size_t)((tab ? tab : end) - p)});
    }
    nf++;
    if (!tab) {
      break;
    }
    p = tab + 1;
  }
  if (nf != 4) {
    return gold_fail(c,
                     "expected 4 tab-separated fields (subject, predicate, "
                     "object, status), found %zu",
                     nf);
  }
  KgbStatus st = kgb_grow(&c->gold->lines, &c->gold->cap, c->gold->n + 1,
                          sizeof *c->gold->lines);
  if (st != KGB_OK) {
    return st;
  }
  GoldLine *gl = &c->gold->lines[c->gold->n++];
  memset(gl, 0, sizeof *gl);
  gl->pub.line = c->line;
  gl->pub.subject = gold_intern(c, f[0]);
  gl->pub.predicate = gold_intern(c, f[1]);
  gl->pub.object = gold_intern(c, f[2]);
  const char *status = gold_intern(c, f[3]);
  if (!gl->pub.subject || !gl->pub.predicate || !gl->pub.object || !status) {
    return KGB_ERR_NOMEM;
  }
  if (strcmp(status, "core") != 0 && strcmp(status, "optional") != 0) {
    return gold_fail(c, "bad status '%s' (core or optional)", status);
  }
  gl->pub.core = strcmp(status, "core") == 0;
  if (strcmp(gl->pub.predicate, type_pred) == 0) {
    gl->pub.predicate = type_pred;
    gl->kind = OBJ_CLASS;
  } else {
    gl->term = kgb_vocab_find(vocab, gl->pub.predicate);
    if (!gl->term || gl->term->is_class) {
      return gold_fail(c,
                       "unknown predicate '%s' (type or a relation of the "
                       "vocabulary)",
                       gl->pub.predicate);
    }
    gl->kind =
        gl->term->range_kind == KGB_RANGE_ENTITY ? OBJ_ENTITY : OBJ_LITERAL;
  }
  TRY(st, gold_names(c, f[0], &gl->subj));
  if (gl->kind == OBJ_CLASS) {
    TRY(st, gold_classes(c, vocab, f[2], gl));
  } else if (gl->kind == OBJ_LITERAL) {
    TRY(st, gold_literals(c, f[2], gl));
  } else if (f[2].len && f[2].s[0] == '"') {
    st = gold_fail(c, "%s takes an entity, not the literal %s",
                   gl->pub.predicate, gl->pub.object);
  } else {
    TRY(st, gold_names(c, f[2], &gl->obj));
  }
done:
  return st;
}

void kgb_gold_free(KgbGold *gold) {
  if (!gold) {
    return;
  }
  for (size_t i = 0; i < gold->n; i++) {
    free(gold->lines[i].subj.v);
    free(gold->lines[i].obj.v);
    free(gold->lines[i].obj_norm.v);
  }
  free(gold->lines);
  kgb_strpool_free(gold->pool);
  free(gold->name);
  free(gold);
}

KgbStatus kgb_gold_parse(const char *name, const char *text, size_t len,
                         const KgbVocab *vocab, KgbGold **out, char **err) {
  *out = NULL;
  KgbStatus st = KGB_OK;
  KgbGold *gold = calloc(1, sizeof *gold);
  if (!gold || !(gold->name = kgb_strdup(name)) ||
      !(gold->pool = kgb_strpool_new())) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  vocab = vocab_or_default(vocab);
  if (!vocab) {
    set_err(err, "%s: the built-in vocabulary is not available", name);
    st = KGB_ERR_LIB;
    goto done;
  }
  GoldCtx c = {gold, 0, err};
  const char *p = text, *end = text + len;
  if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
    p += 3; /* a byte-order mark */
  }
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    Slice line = {p, (size_t)((nl ? nl : end) - p)};
    p = nl ? nl + 1 : end;
    c.line++;
    if (kgb_utf8_invalid_at(line.s, line.len) != line.len) {
      st = gold_fail(&c, "invalid UTF-8 at byte %zu of the line",
                     kgb_utf8_invalid_at(line.s, line.len));
      goto done;
    }
    Slice body = line;
    while (body.len && (body.s[0] == ' ' || body.s[0] == '\t')) {
      body.s++;
      body.len--;
    }
    if (trim(body).len == 0 || body.s[0] == '#') {
      continue;
    }
    TRY(st, gold_line(&c, vocab, line));
  }
done:
  if (st == KGB_ERR_NOMEM) {
    set_err(err, "%s: %s", name, kgb_strerror(st));
  }
  if (st != KGB_OK) {
    kgb_gold_free(gold);
    gold = NULL;
  }
  *out = gold;
  return st;
}

/// Whole file into memory (caller frees *out); on failure *err names the file.
static KgbStatus slurp(const char *path, char **out, size_t *out_len,
                       char **err) {
  *out = NULL;
  KgbBuf buf = {0};
  KgbStatus st = kgb_buf_read_file(&buf, path);
  if (st == KGB_OK && !buf.data) {
    st = kgb_buf_puts(&buf, "");
  }
  if (st != KGB_OK) {
    set_err(err, "%s: %s", path,
            st == KGB_ERR_IO ? strerror(errno) : kgb_strerror(st));
    kgb_buf_free(&buf);
    return st;
  }
  *out = buf.data;
  *out_len = buf.len;
  return KGB_OK;
}

KgbStatus kgb_gold_load(const char *path, const KgbVocab *vocab, KgbGold **out,
                        char **err) {
  *out = NULL;
  char *text = NULL;
  size_t len = 0;
  KgbStatus st = slurp(path, &text, &len, err);
  if (st == KGB_OK) {
    st = kgb_gold_parse(path, text, len, vocab, out, err);
  }
  free(text);
  return st;
}

size_t kgb_gold_count(const KgbGold *gold) {
  return gold->n;
}

const KgbGoldLine *kgb_gold_line(const KgbGold *gold, size_t i) {
  return i < gold->n ? &gold->lines[i].pub : NULL;
}

/* ---- extracted graphs ---------------------------------------------------- */

/// An rdfs:label or skos:altLabel value of a term.
typedef struct {
  const char *key; ///< term key: the IRI, or "_:" and the blank node id
  const char *raw; ///< the label as written
  bool pref;       ///< rdfs:label (true) or skos:altLabel
} LabelRec;

/// A subject or object with at least one name.
typedef struct {
  const char *key;
  const char *display; ///< smallest rdfs:label, else smallest altLabel
  size_t first;        ///< its normalised names: names[first..first+n)
  size_t n;
} Entity;

typedef struct {
  KgbEvalFact pub;
  const char *subj;     ///< term key
  ObjKind kind;         ///< class, entity or literal object
  const char *obj;      ///< class name, term key or lexical form
  const char *tag;      ///< literals: datatype IRI or "@lang"; else ""
  const char *obj_norm; ///< literals: normalised lexical form
  const Entity *s;      ///< the subject's names, or NULL
  const Entity *o;      ///< the object's names (entity objects), or NULL
} Fact;

struct KgbEvalGraph {
  KgbStrPool *pool;
  LabelRec *labels;
  size_t n_labels, cap_labels;
  Fact *facts;
  size_t n_facts, cap_facts;
  Entity *ents;
  size_t n_ents, cap_ents;
  StrVec names; ///< every entity's normalised names, entity after entity
};

void kgb_eval_graph_free(KgbEvalGraph *graph) {
  if (!graph) {
    return;
  }
  free(graph->labels);
  free(graph->facts);
  free(graph->ents);
  free(graph->names.v);
  kgb_strpool_free(graph->pool);
  free(graph);
}

size_t kgb_eval_graph_fact_count(const KgbEvalGraph *graph) {
  return graph->n_facts;
}

const KgbEvalFact *kgb_eval_graph_fact(const KgbEvalGraph *graph, size_t i) {
  return i < graph->n_facts ? &graph->facts[i].pub : NULL;
}

static const char *const rdf_syntaxes[][2] = {
    {".ttl", "turtle"}, {".nt", "ntriples"}, {".nq", "nquads"},
    {".rdf", "rdfxml"}, {".xml", "rdfxml"},  {".owl", "rdfxml"},
};

static bool has_suffix(const char *s, const char *suffix) {
  size_t ls = strlen(s), lx = strlen(suffix);
  return ls > lx && strcasecmp(s + ls - lx, suffix) == 0;
}

const char *kgb_eval_rdf_syntax(const char *path) {
  for (size_t i = 0; i < sizeof rdf_syntaxes / sizeof rdf_syntaxes[0]; i++) {
    if (has_suffix(path, rdf_syntaxes[i][0])) {
      return rdf_syntaxes[i][1];
    }
  }
  return NULL;
}

bool kgb_eval_is_article(const char *path) {
  return has_suffix(path, ".txt") || has_suffix(path, ".html") ||
         has_suffix(path, ".htm");
}

/// Namespaces whose terms are never scored, even when a local name is ours;
/// http://www.w3.org/ covers RDF, RDFS, OWL, SKOS, PROV, W3C geo and XSD.
static const char *const foreign_ns[] = {
    "http://schema.org/",       "https://schema.org/",
    "http://www.wikidata.org/", "https://www.wikidata.org/",
    "http://wikiba.se/",        "http://xmlns.com/foaf/",
    "http://dbpedia.org/",      "https://dbpedia.org/",
    "http://purl.org/dc/",      "http://www.w3.org/",
};

static bool is_foreign(const char *iri) {
  for (size_t i = 0; i < sizeof foreign_ns / sizeof foreign_ns[0]; i++) {
    if (strncmp(iri, foreign_ns[i], strlen(foreign_ns[i])) == 0) {
      return true;
    }
  }
  return false;
}

/// The part of @p iri after its last '#' or '/'.
static const char *local_name(const char *iri) {
  const char *local = iri;
  for (const char *p = iri; *p; p++) {
    if (*p == '#' || *p == '/') {
      local = p + 1;
    }
  }
  return local;
}

/// Streaming state of one RDF read.
typedef struct {
  KgbEvalGraph *g;
  const KgbVocab *vocab;
  const char *name;
  raptor_parser *parser;
  KgbStatus st;
  char *err;
  KgbBuf scratch;
} Loader;

/// The key of an IRI or blank node term (interned), or NULL for a literal
/// (and on NOMEM, with ld->st set).
static const char *term_key(Loader *ld, const raptor_term *t) {
  const char *key = NULL;
  if (t->type == RAPTOR_TERM_TYPE_URI) {
    size_t len = 0;
    const unsigned char *s = raptor_uri_as_counted_string(t->value.uri, &len);
    key = kgb_strpool_intern(ld->g->pool, (const char *)s, len);
  } else if (t->type == RAPTOR_TERM_TYPE_BLANK) {
    kgb_buf_clear(&ld->scratch);
    if (kgb_buf_puts(&ld->scratch, "_:") == KGB_OK &&
        kgb_buf_append(&ld->scratch, (const char *)t->value.blank.string,
                       t->value.blank.string_len) == KGB_OK) {
      key = kgb_strpool_intern(ld->g->pool, ld->scratch.data, ld->scratch.len);
    }
  } else {
    return NULL;
  }
  if (!key) {
    ld->st = KGB_ERR_NOMEM;
  }
  return key;
}

static KgbStatus add_label(Loader *ld, const char *key, const raptor_term *o,
                           bool pref) {
  KgbEvalGraph *g = ld->g;
  const char *raw =
      kgb_strpool_intern(g->pool, (const char *)o->value.literal.string,
                         o->value.literal.string_len);
  if (!raw || kgb_grow(&g->labels, &g->cap_labels, g->n_labels + 1,
                       sizeof *g->labels) != KGB_OK) {
    return KGB_ERR_NOMEM;
  }
  g->labels[g->n_labels++] = (LabelRec){key, raw, pref};
  return KGB_OK;
}

/// Copy a literal's lexical form and its datatype or language tag.
static KgbStatus literal_parts(Loader *ld, const raptor_term *o,
                               const char **lex, const char **tag) {
  const raptor_term_literal_value *lit = &o->value.literal;
  *lex = kgb_strpool_intern(ld->g->pool, (const char *)lit->string,
                            lit->string_len);
  kgb_buf_clear(&ld->scratch);
  KgbStatus st = kgb_buf_puts(&ld->scratch, "");
  if (st == KGB_OK && lit->datatype) {
    st = kgb_buf_puts(&ld->scratch,
                      (const char *)raptor_uri_as_string(lit->datatype));
  } else if (st == KGB_OK && lit->language) {
    st = kgb_buf_putc(&ld->scratch, '@');
    if (st == KGB_OK) {
      st = kgb_buf_append(&ld->scratch, (const char *)lit->language,
                          lit->language_len);
    }
  }
  *tag = st == KGB_OK ? kgb_strpool_intern(ld->g->pool, ld->scratch.data,
                                           ld->scratch.len)
                      : NULL;
  return *lex && *tag ? KGB_OK : KGB_ERR_NOMEM;
}

/// Keep what scoring needs of one triple: a label, or a scored fact.
static KgbStatus take_statement(Loader *ld, const raptor_statement *t) {
  if (t->predicate->type != RAPTOR_TERM_TYPE_URI) {
    return KGB_OK;
  }
  const char *p = (const char *)raptor_uri_as_string(t->predicate->value.uri);
  const raptor_term *o = t->object;
  bool label = strcmp(p, RDFS_LABEL) == 0;
  if (label || strcmp(p, SKOS_ALT_LABEL) == 0) {
    if (o->type != RAPTOR_TERM_TYPE_LITERAL) {
      return KGB_OK;
    }
    const char *key = term_key(ld, t->subject);
    return key ? add_label(ld, key, o, label) : ld->st;
  }
  Fact f = {.tag = ""};
  if (strcmp(p, RDF_TYPE) == 0) {
    if (o->type != RAPTOR_TERM_TYPE_URI) {
      return KGB_OK;
    }
    const char *cls = (const char *)raptor_uri_as_string(o->value.uri);
    const KgbVocabTerm *term =
        is_foreign(cls) ? NULL : kgb_vocab_find(ld->vocab, local_name(cls));
    if (!term || !term->is_class) {
      return KGB_OK;
    }
    f.pub.predicate = type_pred;
    f.kind = OBJ_CLASS;
    f.obj = kgb_strpool_intern(ld->g->pool, term->name, strlen(term->name));
  } else {
    const KgbVocabTerm *term =
        is_foreign(p) ? NULL : kgb_vocab_find(ld->vocab, local_name(p));
    if (!term || term->is_class) {
      return KGB_OK;
    }
    f.pub.predicate =
        kgb_strpool_intern(ld->g->pool, term->name, strlen(term->name));
    if (o->type == RAPTOR_TERM_TYPE_LITERAL) {
      f.kind = OBJ_LITERAL;
      if (literal_parts(ld, o, &f.obj, &f.tag) != KGB_OK) {
        return KGB_ERR_NOMEM;
      }
    } else {
      f.kind = OBJ_ENTITY;
      f.obj = term_key(ld, o);
    }
  }
  f.subj = term_key(ld, t->subject);
  if (!f.subj || !f.obj || !f.pub.predicate) {
    return KGB_ERR_NOMEM;
  }
  KgbEvalGraph *g = ld->g;
  if (kgb_grow(&g->facts, &g->cap_facts, g->n_facts + 1, sizeof *g->facts) !=
      KGB_OK) {
    return KGB_ERR_NOMEM;
  }
  g->facts[g->n_facts++] = f;
  return KGB_OK;
}

static void on_statement(void *payload, raptor_statement *t) {
  Loader *ld = payload;
  if (ld->st != KGB_OK) {
    return;
  }
  KgbStatus st = take_statement(ld, t);
  if (st != KGB_OK) {
    ld->st = st;
    set_err(&ld->err, "%s: %s", ld->name, kgb_strerror(st));
    raptor_parser_parse_abort(ld->parser);
  }
}

/// raptor's errors become KGB_ERR_PARSE naming the file, line and column.
static void on_log(void *payload, raptor_log_message *msg) {
  Loader *ld = payload;
  if (msg->level < RAPTOR_LOG_LEVEL_ERROR) {
    return;
  }
  const raptor_locator *at = msg->locator;
  if (at && at->line >= 0 && at->column >= 0) {
    set_err(&ld->err, "%s:%d:%d: %s", ld->name, at->line, at->column,
            msg->text);
  } else if (at && at->line >= 0) {
    set_err(&ld->err, "%s:%d: %s", ld->name, at->line, msg->text);
  } else {
    set_err(&ld->err, "%s: %s", ld->name, msg->text);
  }
  if (ld->st == KGB_OK) {
    ld->st = KGB_ERR_PARSE;
  }
}

static int cmp_label(const void *a, const void *b) {
  const LabelRec *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  if (c == 0 && x->pref != y->pref) {
    c = x->pref ? -1 : 1;
  }
  return c ? c : strcmp(x->raw, y->raw);
}

static int cmp_fact(const void *a, const void *b) {
  const Fact *x = a, *y = b;
  int c = strcmp(x->subj, y->subj);
  if (c == 0) {
    c = strcmp(x->pub.predicate, y->pub.predicate);
  }
  if (c == 0 && x->kind != y->kind) {
    c = x->kind < y->kind ? -1 : 1;
  }
  if (c == 0) {
    c = strcmp(x->obj, y->obj);
  }
  return c ? c : strcmp(x->tag, y->tag);
}

static int cmp_entity_key(const void *key, const void *ent) {
  return strcmp(key, ((const Entity *)ent)->key);
}

static const Entity *find_entity(const KgbEvalGraph *g, const char *key) {
  if (g->n_ents == 0) {
    return NULL;
  }
  return bsearch(key, g->ents, g->n_ents, sizeof *g->ents, cmp_entity_key);
}

/// Group labels into entities, sort and deduplicate facts, resolve names.
static KgbStatus graph_finish(Loader *ld) {
  KgbEvalGraph *g = ld->g;
  KgbStatus st = KGB_OK;
  if (g->n_labels) {
    qsort(g->labels, g->n_labels, sizeof *g->labels, cmp_label);
  }
  for (size_t i = 0; i < g->n_labels; i++) {
    const LabelRec *l = &g->labels[i];
    if (i == 0 || strcmp(l->key, g->labels[i - 1].key) != 0) {
      TRY(st, kgb_grow(&g->ents, &g->cap_ents, g->n_ents + 1, sizeof *g->ents));
      g->ents[g->n_ents++] = (Entity){l->key, l->raw, g->names.n, 0};
    }
    const char *norm = NULL;
    st = normalize_into(g->pool, l->raw, strlen(l->raw), &norm);
    if (st == KGB_ERR_ENCODING) {
      set_err(&ld->err, "%s: the label of %s is not valid UTF-8", ld->name,
              l->key);
      st = KGB_ERR_PARSE;
    }
    if (st != KGB_OK) {
      goto done;
    }
    if (norm[0] != '\0') {
      TRY(st, strvec_push(&g->names, norm));
    }
  }
  for (size_t e = 0; e < g->n_ents; e++) {
    Entity *ent = &g->ents[e];
    size_t end = e + 1 < g->n_ents ? g->ents[e + 1].first : g->names.n;
    ent->n = sort_unique(g->names.v + ent->first, end - ent->first);
  }
  if (g->n_facts) {
    qsort(g->facts, g->n_facts, sizeof *g->facts, cmp_fact);
  }
  size_t kept = 0;
  for (size_t i = 0; i < g->n_facts; i++) {
    if (kept && cmp_fact(&g->facts[i], &g->facts[kept - 1]) == 0) {
      continue;
    }
    Fact *f = &g->facts[kept++];
    *f = g->facts[i];
    f->s = find_entity(g, f->subj);
    f->pub.subject = f->s ? f->s->display : f->subj;
    f->pub.object = f->obj;
    if (f->kind == OBJ_ENTITY) {
      f->o = find_entity(g, f->obj);
      f->pub.object = f->o ? f->o->display : f->obj;
    } else if (f->kind == OBJ_LITERAL) {
      f->pub.literal = true;
      st = normalize_into(g->pool, f->obj, strlen(f->obj), &f->obj_norm);
      if (st == KGB_ERR_ENCODING) {
        set_err(&ld->err, "%s: a %s value of %s is not valid UTF-8", ld->name,
                f->pub.predicate, f->subj);
        st = KGB_ERR_PARSE;
      }
      if (st != KGB_OK) {
        goto done;
      }
    }
  }
  g->n_facts = kept;
done:
  return st;
}

/// Parse @p data[0..len) or, when @p file is not NULL, the whole stream.
static KgbStatus rdf_read(const char *name, const char *syntax, FILE *file,
                          const char *data, size_t len, const KgbVocab *vocab,
                          KgbEvalGraph **out, char **err) {
  *out = NULL;
  Loader ld = {.name = name, .st = KGB_OK};
  raptor_world *world = NULL;
  raptor_uri *base = NULL;
  unsigned char *base_str = NULL;
  KgbStatus st = KGB_OK;
  ld.vocab = vocab_or_default(vocab);
  ld.g = calloc(1, sizeof *ld.g);
  if (!ld.g || !(ld.g->pool = kgb_strpool_new())) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  if (!ld.vocab) {
    set_err(&ld.err, "%s: the built-in vocabulary is not available", name);
    st = KGB_ERR_LIB;
    goto done;
  }
  world = raptor_new_world();
  if (!world) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  raptor_world_set_log_handler(world, &ld, on_log);
  if (raptor_world_open(world) != 0) {
    st = KGB_ERR_LIB;
    goto done;
  }
  /* raptor 2.0.15's N-Triples parser leaks the datatype IRI of every typed
   * literal; N-Triples is a subset of Turtle, so its Turtle parser reads it */
  ld.parser = raptor_new_parser(
      world, strcmp(syntax, "ntriples") == 0 ? "turtle" : syntax);
  if (!ld.parser) {
    set_err(&ld.err, "%s: unknown RDF syntax '%s'", name, syntax);
    st = KGB_ERR_USAGE;
    goto done;
  }
  raptor_parser_set_option(ld.parser, RAPTOR_OPTION_NO_NET, NULL, 1);
  raptor_parser_set_option(ld.parser, RAPTOR_OPTION_NO_FILE, NULL, 1);
  raptor_parser_set_statement_handler(ld.parser, &ld, on_statement);
  base_str = raptor_uri_filename_to_uri_string(name);
  base = raptor_new_uri(world, base_str ? base_str
                                        : (const unsigned char *)KGB_NS_DOC);
  if (!base || raptor_parser_parse_start(ld.parser, base) != 0) {
    st = ld.st != KGB_OK ? ld.st : KGB_ERR_LIB;
    goto done;
  }
  int rc = 0;
  if (file) {
    unsigned char chunk[65536];
    size_t got;
    while (rc == 0 && ld.st == KGB_OK &&
           (got = fread(chunk, 1, sizeof chunk, file)) > 0) {
      rc = raptor_parser_parse_chunk(ld.parser, chunk, got, 0);
    }
    if (ferror(file)) {
      set_err(&ld.err, "%s: %s", name, strerror(errno));
      st = KGB_ERR_IO;
      goto done;
    }
  } else if (len) {
    rc = raptor_parser_parse_chunk(ld.parser, (const unsigned char *)data, len,
                                   0);
  }
  if (rc == 0 && ld.st == KGB_OK) {
    rc = raptor_parser_parse_chunk(ld.parser, NULL, 0, 1);
  }
  if (ld.st != KGB_OK) {
    st = ld.st;
    goto done;
  }
  if (rc != 0) {
    set_err(&ld.err, "%s: not valid %s", name, syntax);
    st = KGB_ERR_PARSE;
    goto done;
  }
  st = graph_finish(&ld);
done:
  if (st != KGB_OK) {
    set_err(&ld.err, "%s: %s", name, kgb_strerror(st));
    kgb_eval_graph_free(ld.g);
    ld.g = NULL;
  }
  if (err) {
    *err = ld.err;
  } else {
    free(ld.err);
  }
  raptor_free_uri(base);
  raptor_free_memory(base_str);
  raptor_free_parser(ld.parser);
  raptor_free_world(world);
  kgb_buf_free(&ld.scratch);
  *out = ld.g;
  return st;
}

KgbStatus kgb_eval_graph_parse_rdf(const char *name, const char *syntax,
                                   const char *data, size_t len,
                                   const KgbVocab *vocab, KgbEvalGraph **out,
                                   char **err) {
  return rdf_read(name, syntax, NULL, data, len, vocab, out, err);
}

KgbStatus kgb_eval_graph_load_rdf(const char *path, const KgbVocab *vocab,
                                  KgbEvalGraph **out, char **err) {
  *out = NULL;
  const char *syntax = kgb_eval_rdf_syntax(path);
  if (!syntax) {
    set_err(err, "%s: unknown RDF file type (.ttl, .nt, .nq, .rdf, .xml)",
            path);
    return KGB_ERR_USAGE;
  }
  FILE *f = fopen(path, "rb");
  if (!f) {
    set_err(err, "%s: %s", path, strerror(errno));
    return KGB_ERR_IO;
  }
  KgbStatus st = rdf_read(path, syntax, f, NULL, 0, vocab, out, err);
  fclose(f);
  return st;
}

KgbStatus kgb_eval_graph_extract(const char *path, const KgbRules *rules,
                                 KgbEvalGraph **out, char **err) {
  *out = NULL;
  KgbRules *own_rules = NULL;
  KgbInput *in = NULL;
  KgbExtractor *ex = NULL;
  KgbDocResult *res = NULL;
  KgbGraph *g = NULL;
  char *nt = NULL;
  size_t nt_len = 0;
  FILE *mem = NULL;
  char *rules_err = NULL;
  KgbStatus st = KGB_OK;
  if (!rules) {
    st = kgb_rules_new_default(&own_rules, &rules_err);
    if (st != KGB_OK) {
      set_err(err, "built-in rules: %s",
              rules_err ? rules_err : kgb_strerror(st));
      goto done;
    }
    rules = own_rules;
  }
  const char *paths[] = {path};
  KgbDocument doc;
  KgbInputError in_err = {0};
  TRY(st, kgb_input_new(paths, 1, &in));
  st = kgb_input_next(in, &doc, &in_err);
  if (st == KGB_NOT_FOUND) {
    st = KGB_ERR_EMPTY;
  }
  if (st != KGB_OK) {
    set_err(err, "%s: %s", path,
            in_err.message ? in_err.message : kgb_strerror(st));
    goto done;
  }
  TRY(st, kgb_extractor_new(rules, &ex));
  TRY(st, kgb_extractor_run(ex, doc.id, doc.text, doc.len, &res));
  TRY(st, kgb_graph_new(&g));
  TRY(st, kgb_graph_add_document(g, res));
  TRY(st, kgb_graph_finish(g));
  mem = open_memstream(&nt, &nt_len);
  if (!mem) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  KgbExportOptions eo = kgb_export_options_default();
  eo.provenance = false; /* evidence is never scored */
  eo.analysis = false;
  st = kgb_export_stream(g, KGB_FORMAT_NTRIPLES, &eo, mem);
  if (fclose(mem) != 0 && st == KGB_OK) {
    st = KGB_ERR_IO;
  }
  mem = NULL;
  if (st != KGB_OK) {
    goto done;
  }
  st = rdf_read(path, "ntriples", NULL, nt, nt_len, kgb_rules_vocab(rules), out,
                err);
done:
  if (st != KGB_OK) {
    set_err(err, "%s: %s", path, kgb_strerror(st));
  }
  if (mem) {
    fclose(mem);
  }
  free(nt);
  free(rules_err);
  kgb_graph_free(g);
  kgb_doc_result_free(res);
  kgb_extractor_free(ex);
  kgb_input_free(in);
  kgb_rules_free(own_rules);
  return st;
}

/* ---- scores -------------------------------------------------------------- */

struct KgbEvalResult {
  KgbStrPool *pool;
  KgbEvalCounts total;
  KgbEvalCounts *rel; ///< sorted by relation
  size_t n_rel, cap_rel;
  KgbGoldLine *missed;
  size_t n_missed;
  KgbEvalFact *unexpected;
  size_t n_unexpected;
};

double kgb_eval_precision(const KgbEvalCounts *c) {
  return c->extracted ? (double)c->matched / (double)c->extracted : 0.0;
}

double kgb_eval_recall(const KgbEvalCounts *c) {
  return c->core ? (double)c->core_matched / (double)c->core : 0.0;
}

double kgb_eval_f1(const KgbEvalCounts *c) {
  double p = kgb_eval_precision(c), r = kgb_eval_recall(c);
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

KgbStatus kgb_eval_result_new(KgbEvalResult **out) {
  *out = calloc(1, sizeof **out);
  if (!*out) {
    return KGB_ERR_NOMEM;
  }
  (*out)->pool = kgb_strpool_new();
  if (!(*out)->pool) {
    free(*out);
    *out = NULL;
    return KGB_ERR_NOMEM;
  }
  return KGB_OK;
}

void kgb_eval_result_free(KgbEvalResult *r) {
  if (!r) {
    return;
  }
  kgb_strpool_free(r->pool);
  free(r->rel);
  free(r->missed);
  free(r->unexpected);
  free(r);
}

/// Index of the first row whose relation is >= @p name.
static size_t row_lower_bound(const KgbEvalResult *r, const char *name) {
  size_t lo = 0, hi = r->n_rel;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(r->rel[mid].relation, name) < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/// The row of @p name, inserted in order when new; NULL when out of memory.
static KgbEvalCounts *result_row(KgbEvalResult *r, const char *name) {
  size_t i = row_lower_bound(r, name);
  if (i < r->n_rel && strcmp(r->rel[i].relation, name) == 0) {
    return &r->rel[i];
  }
  const char *copy = kgb_strpool_intern(r->pool, name, strlen(name));
  if (!copy ||
      kgb_grow(&r->rel, &r->cap_rel, r->n_rel + 1, sizeof *r->rel) != KGB_OK) {
    return NULL;
  }
  memmove(&r->rel[i + 1], &r->rel[i], (r->n_rel - i) * sizeof *r->rel);
  r->rel[i] = (KgbEvalCounts){.relation = copy};
  r->n_rel++;
  return &r->rel[i];
}

static void counts_add(KgbEvalCounts *to, const KgbEvalCounts *from) {
  to->extracted += from->extracted;
  to->matched += from->matched;
  to->core += from->core;
  to->core_matched += from->core_matched;
}

KgbStatus kgb_eval_result_add(KgbEvalResult *sum, const KgbEvalResult *part) {
  for (size_t i = 0; i < part->n_rel; i++) {
    KgbEvalCounts *row = result_row(sum, part->rel[i].relation);
    if (!row) {
      return KGB_ERR_NOMEM;
    }
    counts_add(row, &part->rel[i]);
  }
  counts_add(&sum->total, &part->total);
  return KGB_OK;
}

const KgbEvalCounts *kgb_eval_result_total(const KgbEvalResult *r) {
  return &r->total;
}

size_t kgb_eval_result_relation_count(const KgbEvalResult *r) {
  return r->n_rel;
}

const KgbEvalCounts *kgb_eval_result_relation(const KgbEvalResult *r,
                                              size_t i) {
  return i < r->n_rel ? &r->rel[i] : NULL;
}

const KgbEvalCounts *kgb_eval_result_find(const KgbEvalResult *r,
                                          const char *relation) {
  size_t i = row_lower_bound(r, relation);
  return i < r->n_rel && strcmp(r->rel[i].relation, relation) == 0 ? &r->rel[i]
                                                                   : NULL;
}

size_t kgb_eval_result_missed_count(const KgbEvalResult *r) {
  return r->n_missed;
}

const KgbGoldLine *kgb_eval_result_missed(const KgbEvalResult *r, size_t i) {
  return i < r->n_missed ? &r->missed[i] : NULL;
}

size_t kgb_eval_result_unexpected_count(const KgbEvalResult *r) {
  return r->n_unexpected;
}

const KgbEvalFact *kgb_eval_result_unexpected(const KgbEvalResult *r,
                                              size_t i) {
  return i < r->n_unexpected ? &r->unexpected[i] : NULL;
}

/// A gold literal value matches the fact's: dates exactly as written, numbers
/// as numbers, anything else normalised.
static bool literal_matches(const GoldLine *gl, const Fact *f) {
  for (size_t i = 0; i < gl->obj.n; i++) {
    if (gl->term->range_kind == KGB_RANGE_DATE) {
      if (trimmed_equal(gl->obj.v[i], f->obj)) {
        return true;
      }
    } else if (strcmp(gl->obj_norm.v[i], f->obj_norm) == 0 ||
               numbers_equal(gl->obj.v[i], f->obj)) {
      return true;
    }
  }
  return false;
}

static bool names_of(const KgbEvalGraph *g, const Entity *e,
                     const StrVec *gold_names) {
  return e && names_meet(gold_names->v, gold_names->n,
                         (const char *const *)g->names.v + e->first, e->n);
}

/// Does fact @p f (of the gold line's predicate) match gold line @p gl?
static bool fact_matches(const KgbEvalGraph *g, const GoldLine *gl,
                         const Fact *f) {
  if (f->kind != gl->kind) {
    return false;
  }
  switch (gl->kind) {
  case OBJ_CLASS:
    for (size_t i = 0; i < gl->obj.n; i++) {
      if (strcmp(gl->obj.v[i], f->obj) == 0) {
        return names_of(g, f->s, &gl->subj);
      }
    }
    return false;
  case OBJ_LITERAL:
    return names_of(g, f->s, &gl->subj) && literal_matches(gl, f);
  case OBJ_ENTITY:
    if (names_of(g, f->s, &gl->subj) && names_of(g, f->o, &gl->obj)) {
      return true;
    }
    return gl->term->symmetric && names_of(g, f->o, &gl->subj) &&
           names_of(g, f->s, &gl->obj);
  }
  return false;
}

/// The bipartite graph gold lines -> facts and the matching being built.
typedef struct {
  size_t *adj;   ///< facts matched by gold line i: adj[start[i]..start[i+1])
  size_t *start; ///< n_gold + 1 offsets
  size_t *fact_gold; ///< gold line matched to each fact, or NONE
  size_t *gold_fact; ///< fact matched to each gold line, or NONE
  size_t *seen;      ///< per fact: the stamp of the last search that saw it
  size_t stamp;
} Matching;

/// Kuhn's step: find an augmenting path from gold line @p i. O(E).
static bool augment(Matching *m, size_t i) {
  for (size_t k = m->start[i]; k < m->start[i + 1]; k++) {
    size_t f = m->adj[k];
    if (m->seen[f] == m->stamp) {
      continue;
    }
    m->seen[f] = m->stamp;
    if (m->fact_gold[f] == NONE || augment(m, m->fact_gold[f])) {
      m->fact_gold[f] = i;
      m->gold_fact[i] = f;
      return true;
    }
  }
  return false;
}

/// A fact's predicate and index, to sort facts by predicate.
typedef struct {
  const char *pred;
  size_t fact;
} PredIndex;

static int cmp_pred_index(const void *a, const void *b) {
  const PredIndex *x = a, *y = b;
  int c = strcmp(x->pred, y->pred);
  return c ? c : (x->fact > y->fact) - (x->fact < y->fact);
}

/// Build the edges: for each gold line, the facts of its predicate it matches.
static KgbStatus build_edges(const KgbGold *gold, const KgbEvalGraph *g,
                             Matching *m) {
  KgbStatus st = KGB_OK;
  PredIndex *by_pred = malloc((g->n_facts + 1) * sizeof *by_pred);
  size_t n_adj = 0, cap_adj = 0;
  if (!by_pred) {
    return KGB_ERR_NOMEM;
  }
  for (size_t i = 0; i < g->n_facts; i++) {
    by_pred[i] = (PredIndex){g->facts[i].pub.predicate, i};
  }
  if (g->n_facts) {
    qsort(by_pred, g->n_facts, sizeof *by_pred, cmp_pred_index);
  }
  for (size_t i = 0; i < gold->n; i++) {
    const GoldLine *gl = &gold->lines[i];
    m->start[i] = n_adj;
    size_t lo = 0, hi = g->n_facts;
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (strcmp(by_pred[mid].pred, gl->pub.predicate) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (size_t k = lo;
         k < g->n_facts && strcmp(by_pred[k].pred, gl->pub.predicate) == 0;
         k++) {
      if (fact_matches(g, gl, &g->facts[by_pred[k].fact])) {
        TRY(st, kgb_grow(&m->adj, &cap_adj, n_adj + 1, sizeof *m->adj));
        m->adj[n_adj++] = by_pred[k].fact;
      }
    }
  }
  m->start[gold->n] = n_adj;
done:
  free(by_pred);
  return st;
}

static int cmp_unexpected(const void *a, const void *b) {
  const KgbEvalFact *x = a, *y = b;
  int c = strcmp(x->subject, y->subject);
  if (c == 0) {
    c = strcmp(x->predicate, y->predicate);
  }
  if (c == 0) {
    c = strcmp(x->object, y->object);
  }
  return c ? c : (int)x->literal - (int)y->literal;
}

static const char *copy_str(KgbEvalResult *r, const char *s) {
  return kgb_strpool_intern(r->pool, s, strlen(s));
}

/// Fill @p r from the finished matching @p m.
static KgbStatus collect(const KgbGold *gold, const KgbEvalGraph *g,
                         const Matching *m, KgbEvalResult *r) {
  for (size_t i = 0; i < gold->n; i++) {
    const KgbGoldLine *gl = &gold->lines[i].pub;
    KgbEvalCounts *row = result_row(r, gl->predicate);
    if (!row) {
      return KGB_ERR_NOMEM;
    }
    if (gl->core) {
      row->core++;
      row->core_matched += m->gold_fact[i] != NONE;
    }
  }
  for (size_t f = 0; f < g->n_facts; f++) {
    KgbEvalCounts *row = result_row(r, g->facts[f].pub.predicate);
    if (!row) {
      return KGB_ERR_NOMEM;
    }
    row->extracted++;
    row->matched += m->fact_gold[f] != NONE;
  }
  for (size_t i = 0; i < r->n_rel; i++) {
    counts_add(&r->total, &r->rel[i]);
  }
  r->missed = calloc(gold->n + 1, sizeof *r->missed);
  r->unexpected = calloc(g->n_facts + 1, sizeof *r->unexpected);
  if (!r->missed || !r->unexpected) {
    return KGB_ERR_NOMEM;
  }
  for (size_t i = 0; i < gold->n; i++) {
    const KgbGoldLine *gl = &gold->lines[i].pub;
    if (!gl->core || m->gold_fact[i] != NONE) {
      continue;
    }
    KgbGoldLine *c = &r->missed[r->n_missed++];
    *c = (KgbGoldLine){gl->line, copy_str(r, gl->subject),
                       copy_str(r, gl->predicate), copy_str(r, gl->object),
                       true};
    if (!c->subject || !c->predicate || !c->object) {
      return KGB_ERR_NOMEM;
    }
  }
  for (size_t f = 0; f < g->n_facts; f++) {
    const KgbEvalFact *ef = &g->facts[f].pub;
    if (m->fact_gold[f] != NONE) {
      continue;
    }
    KgbEvalFact *c = &r->unexpected[r->n_unexpected++];
    *c = (KgbEvalFact){copy_str(r, ef->subject), copy_str(r, ef->predicate),
                       copy_str(r, ef->object), ef->literal};
    if (!c->subject || !c->predicate || !c->object) {
      return KGB_ERR_NOMEM;
    }
  }
  if (r->n_unexpected) {
    qsort(r->unexpected, r->n_unexpected, sizeof *r->unexpected,
          cmp_unexpected);
  }
  return KGB_OK;
}

KgbStatus kgb_eval_score(const KgbGold *gold, const KgbEvalGraph *graph,
                         KgbEvalResult **out) {
  *out = NULL;
  KgbEvalResult *r = NULL;
  Matching m = {0};
  KgbStatus st = KGB_OK;
  TRY(st, kgb_eval_result_new(&r));
  m.start = malloc((gold->n + 1) * sizeof *m.start);
  m.gold_fact = malloc((gold->n + 1) * sizeof *m.gold_fact);
  m.fact_gold = malloc((graph->n_facts + 1) * sizeof *m.fact_gold);
  m.seen = calloc(graph->n_facts + 1, sizeof *m.seen);
  if (!m.start || !m.gold_fact || !m.fact_gold || !m.seen) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < gold->n; i++) {
    m.gold_fact[i] = NONE;
  }
  for (size_t f = 0; f < graph->n_facts; f++) {
    m.fact_gold[f] = NONE;
  }
  TRY(st, build_edges(gold, graph, &m));
  /* core lines first: the optional ones can then only take what is left */
  for (int pass = 0; pass < 2; pass++) {
    for (size_t i = 0; i < gold->n; i++) {
      if (gold->lines[i].pub.core == (pass == 0)) {
        m.stamp++;
        (void)augment(&m, i);
      }
    }
  }
  TRY(st, collect(gold, graph, &m, r));
done:
  free(m.adj);
  free(m.start);
  free(m.gold_fact);
  free(m.fact_gold);
  free(m.seen);
  if (st != KGB_OK) {
    kgb_eval_result_free(r);
    r = NULL;
  }
  *out = r;
  return st;
}
