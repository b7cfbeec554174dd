/*
 * export.c: the export module's front: format names and extensions, the
 * dispatch to the writers (rdf.c, graphml.c, dot.c), the stream and atomic
 * file entry points, and the text helpers the writers share.
 *
 * Every writer walks the finished graph in its canonical order (nodes by IRI,
 * edges by subject, predicate, object) and formats numbers without the
 * locale, so equal graphs give byte-identical files. Write errors are caught
 * once, here: after the writer returns, the stream is flushed and ferror()
 * checked, so a full disk or a closed pipe is KGB_ERR_IO whatever the library
 * did with the failed write.
 */
#include "export_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- formats ------------------------------------------------------------- */

typedef struct {
  KgbFormat fmt;
  const char *names[3]; ///< accepted names, NULL-padded
  const char *extension;
  const char *filename; ///< what kgb build writes
} FormatInfo;

static const FormatInfo formats[] = {
    {KGB_FORMAT_TURTLE, {"turtle", "ttl", NULL}, "ttl", "graph.ttl"},
    {KGB_FORMAT_NTRIPLES, {"ntriples", "nt", "n-triples"}, "nt", "graph.nt"},
    {KGB_FORMAT_NQUADS, {"nquads", "nq", "n-quads"}, "nq", "graph.nq"},
    {KGB_FORMAT_RDFXML, {"rdfxml", "rdf", "xml"}, "rdf", "graph.rdf"},
    {KGB_FORMAT_JSONLD, {"jsonld", "json-ld", NULL}, "jsonld", "graph.jsonld"},
    {KGB_FORMAT_GRAPHML, {"graphml", NULL, NULL}, "graphml", "graph.graphml"},
    {KGB_FORMAT_DOT, {"dot", "gv", NULL}, "dot", "graph.dot"},
    {KGB_FORMAT_SVG, {"svg", NULL, NULL}, "svg", "graph.svg"},
    {KGB_FORMAT_PNG, {"png", NULL, NULL}, "png", "graph.png"},
    {KGB_FORMAT_CSV_NODES, {"csv-nodes", "nodes", NULL}, "csv", "nodes.csv"},
    {KGB_FORMAT_CSV_RELATIONSHIPS,
     {"csv-relationships", "relationships", NULL},
     "csv",
     "relationships.csv"},
    {KGB_FORMAT_CYPHER, {"cypher", "cql", NULL}, "cypher", "graph.cypher"},
    {KGB_FORMAT_ONTOLOGY, {"ontology", "owl", NULL}, "ttl", "kgb.ttl"},
};

static const FormatInfo *format_info(KgbFormat fmt) {
  for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
    if (formats[i].fmt == fmt) {
      return &formats[i];
    }
  }
  return NULL;
}

KgbExportOptions kgb_export_options_default(void) {
  return (KgbExportOptions){.provenance = true,
                            .analysis = true,
                            .view = KGB_VIEW_ALL,
                            .depth = 1,
                            .color_by = KGB_COLOR_CLASS};
}

KgbStatus kgb_format_from_name(const char *name, KgbFormat *out) {
  if (!name) {
    return KGB_ERR_USAGE;
  }
  for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
    for (size_t k = 0; k < 3 && formats[i].names[k]; k++) {
      if (strcasecmp(name, formats[i].names[k]) == 0) {
        *out = formats[i].fmt;
        return KGB_OK;
      }
    }
  }
  return KGB_ERR_USAGE;
}

/// Add @p fmt to out[0..*n) unless it is there.
static void add_format(KgbFormat *out, size_t *n, KgbFormat fmt) {
  for (size_t i = 0; i < *n; i++) {
    if (out[i] == fmt) {
      return;
    }
  }
  if (*n < KGB_FORMAT_COUNT) {
    out[(*n)++] = fmt;
  }
}

KgbStatus kgb_formats_parse(const char *list, KgbFormat out[KGB_FORMAT_COUNT],
                            size_t *n, const char **bad) {
  static const KgbFormat rdf[] = {KGB_FORMAT_TURTLE, KGB_FORMAT_NTRIPLES,
                                  KGB_FORMAT_NQUADS, KGB_FORMAT_RDFXML,
                                  KGB_FORMAT_JSONLD};
  *n = 0;
  if (bad) {
    *bad = list;
  }
  if (!list || !*list) {
    return KGB_ERR_USAGE;
  }
  for (const char *p = list; *p;) {
    size_t len = strcspn(p, ",");
    char name[32];
    if (len == 0 || len >= sizeof name) {
      if (bad) {
        *bad = p;
      }
      return KGB_ERR_USAGE;
    }
    memcpy(name, p, len);
    name[len] = '\0';
    KgbFormat fmt;
    if (strcasecmp(name, "csv") == 0 || strcasecmp(name, "neo4j") == 0) {
      add_format(out, n, KGB_FORMAT_CSV_NODES);
      add_format(out, n, KGB_FORMAT_CSV_RELATIONSHIPS);
    } else if (strcasecmp(name, "rdf") == 0) {
      for (size_t i = 0; i < sizeof rdf / sizeof rdf[0]; i++) {
        add_format(out, n, rdf[i]);
      }
    } else if (strcasecmp(name, "all") == 0) {
      for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        add_format(out, n, formats[i].fmt);
      }
    } else if (kgb_format_from_name(name, &fmt) == KGB_OK) {
      add_format(out, n, fmt);
    } else {
      if (bad) {
        *bad = p;
      }
      return KGB_ERR_USAGE;
    }
    p += len;
    p += *p == ',';
  }
  return KGB_OK;
}

const char *kgb_format_extension(KgbFormat fmt) {
  const FormatInfo *info = format_info(fmt);
  return info ? info->extension : "";
}

const char *kgb_format_filename(KgbFormat fmt) {
  const FormatInfo *info = format_info(fmt);
  return info ? info->filename : "";
}

bool kgb_format_is_rdf(KgbFormat fmt) {
  return fmt == KGB_FORMAT_TURTLE || fmt == KGB_FORMAT_NTRIPLES ||
         fmt == KGB_FORMAT_NQUADS || fmt == KGB_FORMAT_RDFXML ||
         fmt == KGB_FORMAT_JSONLD;
}

bool kgb_format_available(KgbFormat fmt) {
  switch (fmt) {
  case KGB_FORMAT_SVG:
  case KGB_FORMAT_PNG:
    return kgb_export_svg_available();
  case KGB_FORMAT_COUNT:
    return false;
  default:
    return true; /* linked in: present whenever kgb runs */
  }
}

/* ---- entry points -------------------------------------------------------- */

KgbStatus kgb_export_stream(const KgbGraph *g, KgbFormat fmt,
                            const KgbExportOptions *opts, FILE *stream) {
  if (!g || !stream) {
    return KGB_ERR_USAGE;
  }
  KgbExportOptions defaults = kgb_export_options_default();
  if (!opts) {
    opts = &defaults;
  }
  KgbStatus st = KGB_ERR_USAGE;
  switch (fmt) {
  case KGB_FORMAT_TURTLE:
  case KGB_FORMAT_NTRIPLES:
  case KGB_FORMAT_NQUADS:
  case KGB_FORMAT_RDFXML:
  case KGB_FORMAT_JSONLD:
    st = kgb_export_write_rdf(g, fmt, opts, stream);
    break;
  case KGB_FORMAT_GRAPHML:
    st = kgb_export_write_graphml(g, opts, stream);
    break;
  case KGB_FORMAT_DOT:
    st = kgb_export_write_dot(g, opts, stream);
    break;
  case KGB_FORMAT_SVG:
  case KGB_FORMAT_PNG:
    st = kgb_export_write_svg(g, fmt, opts, stream);
    break;
  case KGB_FORMAT_CSV_NODES:
  case KGB_FORMAT_CSV_RELATIONSHIPS:
  case KGB_FORMAT_CYPHER:
    st = kgb_export_write_neo4j(g, fmt, opts, stream);
    break;
  case KGB_FORMAT_ONTOLOGY:
    st = kgb_export_ontology(g, KGB_FORMAT_TURTLE, stream);
    break;
  case KGB_FORMAT_COUNT:
    break;
  }
  /* a failed write may have been swallowed by the library's own buffering */
  if (fflush(stream) != 0 || ferror(stream)) {
    st = KGB_ERR_IO;
  }
  return st;
}

KgbStatus kgb_export_file(const KgbGraph *g, KgbFormat fmt,
                          const KgbExportOptions *opts, const char *path) {
  if (!g || !path) {
    return KGB_ERR_USAGE;
  }
  KgbOutFile *file = NULL;
  KgbStatus st = kgb_outfile_open(path, &file);
  if (st != KGB_OK) {
    return st;
  }
  st = kgb_export_stream(g, fmt, opts, kgb_outfile_stream(file));
  if (st != KGB_OK) {
    kgb_outfile_abort(file);
    return st;
  }
  return kgb_outfile_commit(file);
}

/* ---- text helpers -------------------------------------------------------- */

/* An IRI character written as it is: unreserved, or one of @p keep. */
static inline bool iri_safe(unsigned char c, const char *keep) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
         c == '~' || (c && keep && strchr(keep, c));
}

KgbStatus kgb_export_iri_escape(KgbBuf *buf, const char *s, const char *keep,
                                bool keep_utf8) {
  static const char hex[] = "0123456789ABCDEF";
  KgbStatus st = kgb_buf_reserve(buf, strlen(s));
  for (size_t i = 0; s[i] && st == KGB_OK;) {
    size_t run = i; /* a run of safe characters, appended at once */
    while (iri_safe((unsigned char)s[run], keep)) {
      run++;
    }
    if (run > i) {
      st = kgb_buf_append(buf, s + i, run - i);
      i = run;
      continue;
    }
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80 && keep_utf8) {
      size_t next = i;
      uint32_t cp = kgb_export_utf8_next(s, &next);
      if (next - i > 1 && cp >= 0xA0 && cp != 0xFFFE && cp != 0xFFFF) {
        st = kgb_buf_append(buf, s + i, next - i);
        i = next;
        continue;
      }
    }
    bool safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                (c >= '0' && c <= '9') || (c && strchr("-._~", c)) ||
                (c && keep && strchr(keep, c));
    if (safe) {
      st = kgb_buf_putc(buf, (char)c);
    } else {
      char esc[3] = {'%', hex[c >> 4], hex[c & 15]};
      st = kgb_buf_append(buf, esc, 3);
    }
    i++;
  }
  return st;
}

/* Replace the locale's decimal separator, whatever it is, by '.'. */
static void dot_decimal(char *s) {
  for (; *s; s++) {
    if (*s == ',') {
      *s = '.';
    }
  }
}

static bool format_double_now(double x, bool exponent, char *out, size_t size);

/* The numbers formatted last, by value and form, per thread: the scores and
 * weights of a document repeat, and each costs up to 17 snprintf/strtod
 * rounds. Direct-mapped by the value's bits. */
#define DOUBLE_MEMO 16 /* a power of two */

static _Thread_local struct {
  double x;
  bool exponent, used;
  char text[40];
} double_memo[DOUBLE_MEMO];

bool kgb_export_format_double(double x, bool exponent, char *out, size_t size) {
  if (size < 32) {
    return false;
  }
  out[0] = '\0';
  if (!isfinite(x)) {
    return false;
  }
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  size_t j = (size_t)((bits * 0x9E3779B97F4A7C15u) >> 60) & (DOUBLE_MEMO - 1);
  if (double_memo[j].used && double_memo[j].exponent == exponent &&
      memcmp(&double_memo[j].x, &x, sizeof x) == 0) {
    size_t len = strlen(double_memo[j].text);
    if (len < size) {
      memcpy(out, double_memo[j].text, len + 1);
      return true;
    }
  }
  if (!format_double_now(x, exponent, out, size)) {
    return false;
  }
  size_t len = strlen(out);
  if (len < sizeof double_memo[j].text) {
    double_memo[j].x = x;
    double_memo[j].exponent = exponent;
    double_memo[j].used = true;
    memcpy(double_memo[j].text, out, len + 1);
  }
  return true;
}

static bool format_double_now(double x, bool exponent, char *out, size_t size) {
  /* the fewest significant digits (1..17) that read back exactly */
  char sci[40];
  int digits = 1;
  for (; digits < 17; digits++) {
    snprintf(sci, sizeof sci, "%.*e", digits - 1, x);
    if (strtod(sci, NULL) == x) {
      break;
    }
  }
  snprintf(sci, sizeof sci, "%.*e", digits - 1, x);
  dot_decimal(sci);
  /* "9e-01" -> mantissa "9", exponent -1 */
  char *e = strchr(sci, 'e');
  if (!e) {
    return false;
  }
  *e = '\0';
  long exp10 = strtol(e + 1, NULL, 10);
  if (exponent) {
    snprintf(out, size, "%s%sE%ld", sci, strchr(sci, '.') ? "" : ".0", exp10);
  } else if (exp10 >= -7 && exp10 <= 15) {
    /* positional, with just the digits that matter: "0.9", "-2500" */
    long decimals = digits - 1 - exp10;
    snprintf(out, size, "%.*f", decimals > 0 ? (int)decimals : 0, x);
  } else {
    snprintf(out, size, "%.*g", digits, x);
  }
  dot_decimal(out);
  return true;
}

uint32_t kgb_export_utf8_next(const char *s, size_t *i) {
  const unsigned char *p = (const unsigned char *)s + *i;
  uint32_t cp;
  size_t n;
  uint32_t min;
  if (p[0] < 0x80) {
    *i += 1;
    return p[0];
  } else if ((p[0] & 0xE0) == 0xC0) {
    cp = p[0] & 0x1F, n = 2, min = 0x80;
  } else if ((p[0] & 0xF0) == 0xE0) {
    cp = p[0] & 0x0F, n = 3, min = 0x800;
  } else if ((p[0] & 0xF8) == 0xF0) {
    cp = p[0] & 0x07, n = 4, min = 0x10000;
  } else {
    *i += 1;
    return 0xFFFD;
  }
  for (size_t k = 1; k < n; k++) {
    if ((p[k] & 0xC0) != 0x80) { /* also stops at the terminating NUL */
      *i += 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (p[k] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *i += 1;
    return 0xFFFD;
  }
  *i += n;
  return cp;
}

KgbStatus kgb_export_utf8_put(KgbBuf *buf, uint32_t cp) {
  char b[4];
  size_t n;
  if (cp < 0x80) {
    b[0] = (char)cp, n = 1;
  } else if (cp < 0x800) {
    b[0] = (char)(0xC0 | (cp >> 6)), b[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
  } else if (cp < 0x10000) {
    b[0] = (char)(0xE0 | (cp >> 12));
    b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[2] = (char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    b[0] = (char)(0xF0 | (cp >> 18));
    b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  return kgb_buf_append(buf, b, n);
}

static bool xml_char(uint32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

KgbStatus kgb_export_xml_text(KgbBuf *buf, const char *s) {
  KgbStatus st = kgb_buf_reserve(buf, strlen(s));
  for (size_t i = 0; s[i] && st == KGB_OK;) {
    uint32_t cp = kgb_export_utf8_next(s, &i);
    if (xml_char(cp)) {
      st = kgb_export_utf8_put(buf, cp);
    }
  }
  return st;
}

/* Bounded, so a cycle in a broken vocabulary cannot loop forever. */
enum { MAX_CLASS_DEPTH = 16 };

KgbStatus kgb_export_class_labels(KgbBuf *buf, const char *cls) {
  KgbStatus st = KGB_OK;
  const KgbVocab *vocab = kgb_vocab_default();
  for (int depth = 0; cls && depth < MAX_CLASS_DEPTH; depth++) {
    TRY(st, kgb_buf_putc(buf, ':'));
    TRY(st, kgb_buf_puts(buf, cls));
    const KgbVocabTerm *t = vocab ? kgb_vocab_find(vocab, cls) : NULL;
    cls = t && t->is_class ? t->superclass : NULL;
  }
done:
  return st;
}

bool kgb_export_class_is_a(const char *cls, const char *ancestor) {
  const KgbVocab *vocab = kgb_vocab_default();
  for (int depth = 0; cls && depth < MAX_CLASS_DEPTH; depth++) {
    if (strcmp(cls, ancestor) == 0) {
      return true;
    }
    const KgbVocabTerm *t = vocab ? kgb_vocab_find(vocab, cls) : NULL;
    cls = t && t->is_class ? t->superclass : NULL;
  }
  return false;
}

bool kgb_export_symmetric(const char *predicate) {
  const KgbVocab *vocab = kgb_vocab_default();
  const KgbVocabTerm *t = vocab ? kgb_vocab_find(vocab, predicate) : NULL;
  return t && !t->is_class && t->symmetric;
}
