/*
 * input.c: documents from files, folders and standard input.
 *
 * How it works. kgb_input_next() is a small state machine over the paths it
 * was given. A file (or "-") is read whole into one growable buffer, checked
 * and handed out; a folder pushes a frame holding that one directory's entry
 * names, read with readdir and sorted with strcmp (bytewise) so every run sees
 * the same order. Each call pops names off the top frame until it meets an
 * article (*.txt, *.html, *.htm, any case) or a subfolder (pushed in turn).
 * So memory holds the current document plus one sorted listing per open
 * folder level, never the whole tree. Hidden entries (leading '.') are
 * skipped. Symbolic links are followed, but a folder whose (device, inode) is
 * already on the stack is skipped, so a link back to an ancestor cannot loop.
 *
 * Checks, in order, each a per-input error after which the walk goes on:
 * unreadable (KGB_ERR_IO, "cannot open: " or "cannot read: " + strerror), no
 * bytes (KGB_ERR_EMPTY "empty"), a NUL byte (KGB_ERR_ENCODING "binary file
 * (NUL byte at byte N)"), invalid UTF-8 (KGB_ERR_ENCODING "invalid UTF-8 at
 * byte N", the 0-based offset in the file as read, BOM included), nothing but
 * whitespace (KGB_ERR_EMPTY "empty"; "no article text" for HTML). A folder
 * that holds no article at any depth is KGB_ERR_EMPTY "no .txt, .html or .htm
 * files".
 *
 * Text decisions: a UTF-8 byte order mark is stripped, and line ends are
 * normalised to LF (CRLF and a lone CR both become LF), so the extractor
 * sees one convention. Offsets in evidence therefore refer to the
 * normalised text, not to the bytes on disk. Encoding errors are reported with
 * offsets into the bytes on disk, which is what a user can look up.
 *
 * HTML (by extension; for "-" and explicitly named files with other
 * extensions by sniffing for `<!doctype html` or `<html` at the start) goes
 * through libxml2's HTML parser, network off, in recovery mode, and only
 * article text is kept (see the HTML section below). Its encoding is the one
 * its <meta> charset (or XML declaration) names when iconv knows it, else
 * UTF-8. The bytes are checked (UTF-8) or converted with iconv (any other
 * charset) before parsing, so a bad byte is reported with its offset either
 * way, nothing is silently cut, and libxml2 only ever sees UTF-8.
 */
#include "input.h"

#include <dirent.h>
#include <errno.h>
#include <iconv.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/* ---- HTML to text ---------------------------------------------------------
 *
 * The DOM is walked iteratively (no recursion, so deep nesting cannot
 * overflow the stack). Dropped elements (the table below, and any element
 * marked hidden: the `hidden` attribute, aria-hidden="true", or an inline
 * style with display:none or visibility:hidden) are never entered. If the
 * document has an <article> element outside dropped ones, text is kept only
 * inside <article> elements (all of them, in document order); else the same
 * for <main>; otherwise the whole body is kept. A <header> inside an <article>
 * is the article's own heading and is kept; every other header is page chrome
 * and is dropped. Entering or leaving a block element ends the paragraph: the
 * next text starts after "\n\n". Inside a paragraph every run of whitespace
 * (including U+00A0) becomes one space.
 */

static const char *const html_dropped[] = {
    "script", "style",  "noscript", "nav",      "header",   "footer",
    "aside",  "form",   "iframe",   "svg",      "template", "button",
    "select", "head",   "title",    "textarea", "object",   "canvas",
    "math",   "dialog", "video",    "audio",    "map",
};

static const char *const html_blocks[] = {
    "p",       "div",   "h1",       "h2",         "h3",      "h4",
    "h5",      "h6",    "li",       "br",         "tr",      "section",
    "article", "main",  "header",   "blockquote", "pre",     "dd",
    "dt",      "td",    "th",       "ul",         "ol",      "dl",
    "table",   "hr",    "figure",   "figcaption", "address", "details",
    "summary", "body",  "caption",  "center",     "hgroup",  "thead",
    "tbody",   "tfoot", "fieldset", "legend",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static bool name_in(const xmlChar *name, const char *const *list, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (xmlStrcasecmp(name, (const xmlChar *)list[i]) == 0) {
      return true;
    }
  }
  return false;
}

static bool is_named(const xmlNode *node, const char *name) {
  return node->type == XML_ELEMENT_NODE &&
         xmlStrcasecmp(node->name, (const xmlChar *)name) == 0;
}

static bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

/// The value of attribute @p name of @p node (borrowed from the tree), "" when
/// it has no plain text value, NULL when it is absent.
static const char *attr_text(const xmlNode *node, const char *name) {
  const xmlAttr *a = xmlHasProp(node, (const xmlChar *)name);
  if (!a) {
    return NULL;
  }
  if (a->children && a->children->type == XML_TEXT_NODE &&
      a->children->content) {
    return (const char *)a->children->content;
  }
  return "";
}

/// True if the CSS declarations in @p css contain @p decl (lower case, no
/// spaces), compared ignoring case and whitespace. Quadratic in the length of
/// @p css, which is an inline style attribute.
static bool css_has(const char *css, const char *decl) {
  for (const char *s = css; *s; s++) {
    const char *a = s;
    const char *b = decl;
    while (*b) {
      while (is_space(*a)) {
        a++;
      }
      if (*a == '\0' || (*a | 0x20) != *b) {
        break;
      }
      a++;
      b++;
    }
    if (*b == '\0') {
      return true;
    }
  }
  return false;
}

static bool html_hidden(const xmlNode *node) {
  if (xmlHasProp(node, (const xmlChar *)"hidden")) {
    return true;
  }
  const char *aria = attr_text(node, "aria-hidden");
  if (aria && strcasecmp(aria, "true") == 0) {
    return true;
  }
  const char *style = attr_text(node, "style");
  return style && (css_has(style, "display:none") ||
                   css_has(style, "visibility:hidden"));
}

/// True if @p node is an element whose content is never kept; @p in_article
/// is the number of open <article> elements around it.
static bool html_dropped_element(const xmlNode *node, size_t in_article) {
  if (node->type != XML_ELEMENT_NODE) {
    return false;
  }
  if (is_named(node, "header") && in_article > 0) {
    return html_hidden(node);
  }
  return name_in(node->name, html_dropped, COUNT(html_dropped)) ||
         html_hidden(node);
}

/// Accumulates the text of blocks with collapsed whitespace.
typedef struct {
  KgbBuf out;
  bool pending_space; ///< whitespace seen since the last word
  bool pending_break; ///< a block began or ended since the last word
} TextSink;

/// Length of the whitespace at s[0..len) (ASCII or U+00A0), 0 if none.
static size_t space_len(const char *s, size_t len) {
  if (is_space(s[0])) {
    return 1;
  }
  if (len >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0) {
    return 2;
  }
  return 0;
}

static KgbStatus sink_text(TextSink *sink, const char *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    size_t sp = space_len(s + i, len - i);
    if (sp > 0) {
      sink->pending_space = true;
      i += sp;
      continue;
    }
    size_t start = i;
    while (i < len && space_len(s + i, len - i) == 0) {
      i++;
    }
    KgbStatus st = KGB_OK;
    if (sink->out.len > 0 && sink->pending_break) {
      st = kgb_buf_append(&sink->out, "\n\n", 2);
    } else if (sink->out.len > 0 && sink->pending_space) {
      st = kgb_buf_putc(&sink->out, ' ');
    }
    if (st == KGB_OK) {
      st = kgb_buf_append(&sink->out, s + start, i - start);
    }
    if (st != KGB_OK) {
      return st;
    }
    sink->pending_space = false;
    sink->pending_break = false;
  }
  return KGB_OK;
}

/// True if the tree under @p root has an element named @p name outside
/// dropped elements. Linear in the number of nodes.
static bool html_find(xmlNode *root, const char *name) {
  xmlNode *n = root;
  while (n) {
    if (is_named(n, name)) {
      return true;
    }
    if (n->type == XML_ELEMENT_NODE && n->children &&
        !html_dropped_element(n, 0)) {
      n = n->children;
      continue;
    }
    while (n != root && !n->next) {
      n = n->parent;
    }
    if (n == root) {
      break;
    }
    n = n->next;
  }
  return false;
}

/**
 * Walk the tree under @p root into @p sink (see the section comment). When
 * @p only is not NULL, text is kept only inside elements of that name.
 */
static KgbStatus html_walk(xmlNode *root, const char *only, TextSink *sink) {
  size_t in_only = 0;    /* open elements named @p only */
  size_t in_article = 0; /* open <article> elements */
  xmlNode *n = root;
  while (n) {
    bool entered = false;
    if (n->type == XML_ELEMENT_NODE) {
      if (!html_dropped_element(n, in_article)) {
        entered = true;
        in_only += only && is_named(n, only);
        in_article += is_named(n, "article");
        if (name_in(n->name, html_blocks, COUNT(html_blocks))) {
          sink->pending_break = true;
        }
      }
    } else if ((n->type == XML_TEXT_NODE ||
                n->type == XML_CDATA_SECTION_NODE) &&
               n->content && (!only || in_only > 0)) {
      KgbStatus st = sink_text(sink, (const char *)n->content,
                               strlen((const char *)n->content));
      if (st != KGB_OK) {
        return st;
      }
    }
    if (entered && n->children) {
      n = n->children;
      continue;
    }
    /* leave n, and every ancestor that has no next sibling */
    for (;;) {
      if (entered) {
        if (name_in(n->name, html_blocks, COUNT(html_blocks))) {
          sink->pending_break = true;
        }
        in_only -= only && is_named(n, only);
        in_article -= is_named(n, "article");
      }
      if (n == root) {
        return KGB_OK;
      }
      if (n->next) {
        n = n->next;
        break;
      }
      n = n->parent;
      entered = true; /* a parent we climb back to was entered */
      if (!n) {
        return KGB_OK;
      }
    }
  }
  return KGB_OK;
}

/**
 * Copy into @p name (at most @p cap - 1 bytes, NUL-terminated) the value of
 * `key=value` found in s[i..end) before the next '>', quotes and spaces
 * skipped; leave it "" when there is none.
 */
static void scan_pseudo_attr(const char *s, size_t i, size_t end,
                             const char *key, char *name, size_t cap) {
  size_t klen = strlen(key);
  name[0] = '\0';
  for (size_t j = i; j < end && s[j] != '>'; j++) {
    if (j + klen > end || strncasecmp(s + j, key, klen) != 0) {
      continue;
    }
    size_t k = j + klen;
    while (k < end && is_space(s[k])) {
      k++;
    }
    if (k == end || s[k] != '=') {
      continue;
    }
    k++;
    while (k < end && (is_space(s[k]) || s[k] == '"' || s[k] == '\'')) {
      k++;
    }
    size_t n = 0;
    while (k < end && n + 1 < cap &&
           ((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= 'a' && s[k] <= 'z') ||
            (s[k] >= '0' && s[k] <= '9') || s[k] == '-' || s[k] == '_' ||
            s[k] == '.' || s[k] == ':')) {
      name[n++] = s[k++];
    }
    name[n] = '\0';
    if (n > 0) {
      return;
    }
  }
}

/**
 * The charset the document declares, by `<meta charset=X>`,
 * `<meta http-equiv=... content="text/html; charset=X">` or an XML
 * declaration's encoding, copied into @p name ("" when there is none). Scans
 * up to the first <body (or 64 KiB): linear in that prefix.
 */
static void html_declared_charset(const char *s, size_t len, char *name,
                                  size_t cap) {
  name[0] = '\0';
  size_t end = len < 65536 ? len : 65536;
  for (size_t i = 0; i + 5 <= end; i++) {
    if (s[i] != '<') {
      continue;
    }
    if (strncasecmp(s + i, "<body", 5) == 0) {
      return;
    }
    if (strncasecmp(s + i, "<meta", 5) == 0) {
      scan_pseudo_attr(s, i + 5, end, "charset", name, cap);
    } else if (strncasecmp(s + i, "<?xml", 5) == 0) {
      scan_pseudo_attr(s, i + 5, end, "encoding", name, cap);
    }
    if (name[0] != '\0') {
      return;
    }
  }
}

/// Labels that browsers read as windows-1252 (WHATWG Encoding Standard), so
/// the curly quotes of such pages (bytes 0x80-0x9F) survive. iconv leaves
/// five of those bytes undefined, so a page holding one is read as latin-1.
static const char *const latin1_labels[] = {
    "ascii",       "us-ascii", "iso-8859-1", "iso8859-1", "iso_8859-1",
    "latin1",      "l1",       "cp819",      "ibm819",    "iso-ir-100",
    "csisolatin1", "iso88591", "cp1252",     "x-cp1252",  "windows-1252",
};

static bool encoding_known(const char *name) {
  iconv_t cd = iconv_open("UTF-8", name);
  if (cd == (iconv_t)-1) {
    return false;
  }
  iconv_close(cd);
  return true;
}

/**
 * The encoding of the HTML s[0..len): "UTF-8" when it starts with a UTF-8
 * BOM, declares no charset, declares UTF-16 or UTF-32 (we could read its
 * <meta>, so it is not: browsers then use UTF-8 too) or a charset iconv does
 * not know; else the declared one, latin-1 labels read as windows-1252.
 * Borrowed: a literal or @p name (scratch space of @p cap bytes).
 */
static const char *html_encoding(const char *s, size_t len, char *name,
                                 size_t cap) {
  if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
    return "UTF-8";
  }
  html_declared_charset(s, len, name, cap);
  if (name[0] == '\0' || strcasecmp(name, "utf-8") == 0 ||
      strcasecmp(name, "utf8") == 0 || strncasecmp(name, "utf-16", 6) == 0 ||
      strncasecmp(name, "utf-32", 6) == 0) {
    return "UTF-8";
  }
  if (name_in((const xmlChar *)name, latin1_labels, COUNT(latin1_labels))) {
    bool holes = false;
    for (size_t i = 0; i < len && !holes; i++) {
      unsigned char c = (unsigned char)s[i];
      holes = c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D;
    }
    return !holes && encoding_known("WINDOWS-1252") ? "windows-1252"
                                                    : "ISO-8859-1";
  }
  return encoding_known(name) ? name : "UTF-8";
}

/**
 * The HTML s[0..len) as UTF-8 with no BOM, in *out: borrowed from @p s when
 * @p enc is UTF-8, else converted with iconv into @p conv (cleared first).
 * KGB_ERR_ENCODING with *bad set to the 0-based offset in @p s of the first
 * byte that is not valid in @p enc; KGB_ERR_NOMEM. Linear in @p len.
 */
static KgbStatus html_decode(const char *s, size_t len, const char *enc,
                             KgbBuf *conv, const char **out, size_t *out_len,
                             size_t *bad) {
  KgbStatus st = KGB_OK;
  iconv_t cd = (iconv_t)-1;
  if (strcmp(enc, "UTF-8") == 0) {
    *bad = kgb_utf8_invalid_at(s, len);
    if (*bad < len) {
      return KGB_ERR_ENCODING;
    }
    size_t skip = len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    *out = s + skip;
    *out_len = len - skip;
    return KGB_OK;
  }
  cd = iconv_open("UTF-8", enc);
  if (cd == (iconv_t)-1) {
    return KGB_ERR_USAGE; /* html_encoding() only names known encodings */
  }
  kgb_buf_clear(conv);
  char *in = (char *)s; /* iconv's prototype; it does not write there */
  size_t in_left = len;
  while (in_left > 0) {
    TRY(st, kgb_buf_reserve(conv, in_left * 2 + 64));
    char *o = conv->data + conv->len;
    size_t o_left = conv->cap - conv->len - 1;
    size_t r = iconv(cd, &in, &in_left, &o, &o_left);
    int e = errno;
    conv->len = (size_t)(o - conv->data);
    if (r == (size_t)-1 && e != E2BIG) { /* EILSEQ, or EINVAL: cut short */
      *bad = len - in_left;
      st = KGB_ERR_ENCODING;
      goto done;
    }
  }
  for (;;) { /* end in the initial shift state (ISO-2022-JP and the like) */
    TRY(st, kgb_buf_reserve(conv, 64));
    char *o = conv->data + conv->len;
    size_t o_left = conv->cap - conv->len - 1;
    size_t r = iconv(cd, NULL, NULL, &o, &o_left);
    int e = errno;
    conv->len = (size_t)(o - conv->data);
    if (r != (size_t)-1) {
      break;
    }
    if (e != E2BIG) {
      *bad = len;
      st = KGB_ERR_ENCODING;
      goto done;
    }
  }
  conv->data[conv->len] = '\0';
  *out = conv->data;
  *out_len = conv->len;
done:
  iconv_close(cd);
  return st;
}

/**
 * Parse the UTF-8 HTML s[0..len) and append its article text to @p text.
 * KGB_ERR_PARSE when it is too large for libxml2 (2 GiB), KGB_ERR_NOMEM.
 */
static KgbStatus html_extract(const char *s, size_t len, KgbBuf *text) {
  KgbStatus st = KGB_OK;
  TextSink sink = {.out = *text};
  htmlDocPtr doc = NULL;
  if (len > INT_MAX) {
    return KGB_ERR_PARSE;
  }
  xmlInitParser();
  /* The input is UTF-8 by now, so the parser is told to ignore the
   * document's own charset hint rather than switch half-way through.
   * XML_PARSE_HUGE lifts libxml2's nesting limit of 256 elements, past which
   * it silently drops the rest of the page (a page of unclosed <font> tags
   * gets there); the parse and our walk are iterative, so depth is safe. */
  doc = htmlReadMemory(s, (int)len, NULL, "UTF-8",
                       HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                           HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
                           HTML_PARSE_IGNORE_ENC | (int)XML_PARSE_HUGE);
  xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
  if (root) {
    const char *only = html_find(root, "article") ? "article"
                       : html_find(root, "main")  ? "main"
                                                  : NULL;
    TRY(st, html_walk(root, only, &sink));
  }
  if (!sink.out.data) {
    TRY(st, kgb_buf_puts(&sink.out, ""));
  }
done:
  *text = sink.out;
  xmlFreeDoc(doc);
  return st;
}

KgbStatus kgb_html_to_text(const char *html, size_t len, char **out,
                           size_t *out_len) {
  KgbStatus st = KGB_OK;
  KgbBuf conv = {0};
  KgbBuf text = {0};
  char charset[64];
  const char *utf8 = NULL;
  size_t utf8_len = 0;
  size_t bad = 0;
  if (!out) {
    return KGB_ERR_USAGE;
  }
  *out = NULL;
  if (out_len) {
    *out_len = 0;
  }
  if (!html) {
    return KGB_ERR_USAGE;
  }
  const char *enc = html_encoding(html, len, charset, sizeof charset);
  TRY(st, html_decode(html, len, enc, &conv, &utf8, &utf8_len, &bad));
  TRY(st, html_extract(utf8, utf8_len, &text));
  *out = text.data;
  if (out_len) {
    *out_len = text.len;
  }
  text.data = NULL;
done:
  kgb_buf_free(&conv);
  kgb_buf_free(&text);
  return st;
}

/* ---- the reader ---------------------------------------------------------- */

/// One open folder level: its sorted entry names and where we are in them.
typedef struct {
  char *path;   ///< as it will prefix ids ("samples", "samples/sub")
  char **names; ///< sorted with strcmp, hidden entries left out
  size_t n;
  size_t next;
  dev_t dev;
  ino_t ino;
} Frame;

struct KgbInput {
  char **paths;
  size_t n_paths;
  size_t next_path;

  Frame *stack; ///< open folder levels, [0] is a top-level input
  size_t depth;
  size_t stack_cap;
  size_t articles; ///< article files met under the current top-level folder

  KgbBuf id;   ///< current document id or failing path
  KgbBuf msg;  ///< current error message
  KgbBuf raw;  ///< current document's bytes (text documents are cut in place)
  KgbBuf conv; ///< current HTML document converted to UTF-8, if it was not
  KgbBuf html; ///< current HTML document's article text

  size_t documents;
  size_t failures;
  uint64_t bytes;
};

/// Buffers larger than this are released between documents, so one huge
/// document does not pin its memory for the rest of the walk.
#define KEEP_CAP ((size_t)16 << 20)

KgbStatus kgb_input_new(const char *const *paths, size_t n, KgbInput **out) {
  KgbStatus st = KGB_OK;
  KgbInput *in = NULL;
  if (!out) {
    return KGB_ERR_USAGE;
  }
  *out = NULL;
  if (!paths || n == 0) {
    return KGB_ERR_USAGE;
  }
  in = calloc(1, sizeof *in);
  if (!in) {
    return KGB_ERR_NOMEM;
  }
  in->paths = calloc(n, sizeof *in->paths);
  if (!in->paths) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < n; i++) {
    if (!paths[i] || !paths[i][0]) {
      st = KGB_ERR_USAGE;
      goto done;
    }
    in->paths[i] = kgb_strdup(paths[i]);
    in->n_paths = i + 1;
    if (!in->paths[i]) {
      st = KGB_ERR_NOMEM;
      goto done;
    }
  }
  *out = in;
  in = NULL;
done:
  kgb_input_free(in);
  return st;
}

static void frame_free(Frame *f) {
  for (size_t i = 0; i < f->n; i++) {
    free(f->names[i]);
  }
  free(f->names);
  free(f->path);
  memset(f, 0, sizeof *f);
}

void kgb_input_free(KgbInput *in) {
  if (!in) {
    return;
  }
  for (size_t i = 0; i < in->n_paths; i++) {
    free(in->paths[i]);
  }
  free(in->paths);
  for (size_t i = 0; i < in->depth; i++) {
    frame_free(&in->stack[i]);
  }
  free(in->stack);
  kgb_buf_free(&in->id);
  kgb_buf_free(&in->msg);
  kgb_buf_free(&in->raw);
  kgb_buf_free(&in->conv);
  kgb_buf_free(&in->html);
  free(in);
}

size_t kgb_input_documents(const KgbInput *in) {
  return in ? in->documents : 0;
}

size_t kgb_input_failures(const KgbInput *in) {
  return in ? in->failures : 0;
}

uint64_t kgb_input_bytes(const KgbInput *in) {
  return in ? in->bytes : 0;
}

/// Record a failure of the current input (in->id) and return @p st.
static KgbStatus fail(KgbInput *in, KgbInputError *err, KgbStatus st,
                      const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static KgbStatus fail(KgbInput *in, KgbInputError *err, KgbStatus st,
                      const char *fmt, ...) {
  va_list ap;
  kgb_buf_clear(&in->msg);
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0 || kgb_buf_reserve(&in->msg, (size_t)n) != KGB_OK) {
    return KGB_ERR_NOMEM;
  }
  va_start(ap, fmt);
  vsnprintf(in->msg.data, (size_t)n + 1, fmt, ap);
  va_end(ap);
  in->msg.len = (size_t)n;
  in->failures++;
  if (err) {
    err->path = in->id.data;
    err->status = st;
    err->message = in->msg.data;
  }
  return st;
}

static bool has_ext(const char *name, const char *ext) {
  size_t n = strlen(name);
  size_t e = strlen(ext);
  return n > e && strcasecmp(name + n - e, ext) == 0;
}

static bool is_html_name(const char *name) {
  return has_ext(name, ".html") || has_ext(name, ".htm");
}

static bool is_article_name(const char *name) {
  return has_ext(name, ".txt") || is_html_name(name);
}

/// True if @p s starts (after whitespace and a BOM) with `<!doctype html` or
/// `<html`, in any case.
static bool sniff_html(const char *s, size_t len) {
  size_t i = 0;
  if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
    i = 3;
  }
  while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
                     s[i] == '\r' || s[i] == '\f')) {
    i++;
  }
  return (len - i >= 14 && strncasecmp(s + i, "<!doctype html", 14) == 0) ||
         (len - i >= 5 && strncasecmp(s + i, "<html", 5) == 0);
}

/// Read all of @p f into in->raw, counting bytes. KGB_ERR_IO leaves errno.
static KgbStatus read_all(KgbInput *in, FILE *f) {
  KgbStatus st = KGB_OK;
  struct stat sb;
  if (fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0) {
    TRY(st, kgb_buf_reserve(&in->raw, (size_t)sb.st_size));
  }
  for (;;) {
    TRY(st, kgb_buf_reserve(&in->raw, 65536));
    size_t room = in->raw.cap - in->raw.len - 1;
    size_t got = fread(in->raw.data + in->raw.len, 1, room, f);
    in->raw.len += got;
    in->raw.data[in->raw.len] = '\0';
    in->bytes += got;
    if (got < room) {
      if (ferror(f)) {
        st = KGB_ERR_IO;
      }
      break;
    }
  }
done:
  return st;
}

static bool all_space(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    if (!is_space(s[i])) {
      return false;
    }
  }
  return true;
}

/// Check in->raw (the bytes of in->id) and turn it into *doc.
static KgbStatus make_document(KgbInput *in, bool html, KgbDocument *doc,
                               KgbInputError *err) {
  char *s = in->raw.data;
  size_t len = in->raw.len;
  if (len == 0) {
    return fail(in, err, KGB_ERR_EMPTY, "empty");
  }
  const char *nul = memchr(s, '\0', len);
  if (nul) {
    return fail(in, err, KGB_ERR_ENCODING, "binary file (NUL byte at byte %zu)",
                (size_t)(nul - s));
  }
  const char *text = NULL;
  size_t text_len = 0;
  if (html) {
    char charset[64];
    const char *enc = html_encoding(s, len, charset, sizeof charset);
    const char *utf8 = NULL;
    size_t utf8_len = 0;
    size_t bad = 0;
    KgbStatus st = html_decode(s, len, enc, &in->conv, &utf8, &utf8_len, &bad);
    if (st == KGB_ERR_ENCODING) {
      return fail(in, err, st, "invalid %s at byte %zu", enc, bad);
    }
    if (st == KGB_OK) {
      st = html_extract(utf8, utf8_len, &in->html);
    }
    if (st == KGB_ERR_NOMEM) {
      return st;
    }
    if (st != KGB_OK) {
      return fail(in, err, KGB_ERR_PARSE, "HTML could not be parsed: %s",
                  kgb_strerror(st));
    }
    text = in->html.data;
    text_len = in->html.len;
  } else {
    size_t bad = kgb_utf8_invalid_at(s, len);
    if (bad < len) {
      return fail(in, err, KGB_ERR_ENCODING, "invalid UTF-8 at byte %zu", bad);
    }
    size_t start = 0;
    if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
      start = 3;
    }
    /* normalise CRLF and lone CR to LF, in place */
    size_t w = start;
    for (size_t r = start; r < len; r++) {
      if (s[r] == '\r') {
        s[w++] = '\n';
        if (r + 1 < len && s[r + 1] == '\n') {
          r++;
        }
      } else {
        s[w++] = s[r];
      }
    }
    s[w] = '\0';
    in->raw.len = w;
    text = s + start;
    text_len = w - start;
  }
  if (all_space(text, text_len)) {
    return fail(in, err, KGB_ERR_EMPTY, html ? "no article text" : "empty");
  }
  doc->id = in->id.data;
  doc->text = text;
  doc->len = text_len;
  doc->raw_bytes = len;
  doc->is_html = html;
  in->documents++;
  return KGB_OK;
}

/// Read the file in->id (or standard input when @p is_stdin) as a document.
static KgbStatus read_document(KgbInput *in, bool is_stdin, KgbDocument *doc,
                               KgbInputError *err) {
  FILE *f = is_stdin ? stdin : fopen(in->id.data, "rb");
  if (!f) {
    return fail(in, err, KGB_ERR_IO, "cannot open: %s", strerror(errno));
  }
  KgbStatus st = read_all(in, f);
  int saved = errno;
  if (!is_stdin) {
    fclose(f);
  } else {
    clearerr(stdin);
  }
  if (st == KGB_ERR_IO) {
    return fail(in, err, KGB_ERR_IO, "cannot read: %s", strerror(saved));
  }
  if (st != KGB_OK) {
    return st;
  }
  bool html = is_stdin || !has_ext(in->id.data, ".txt")
                  ? sniff_html(in->raw.data, in->raw.len)
                  : false;
  if (!is_stdin && is_html_name(in->id.data)) {
    html = true;
  }
  return make_document(in, html, doc, err);
}

static int cmp_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/**
 * Push the folder in->id (already stat'ed as @p sb). Reads its one listing,
 * sorted. KGB_ERR_IO when it cannot be listed (errno kept in *saved_errno).
 */
static KgbStatus push_folder(KgbInput *in, const struct stat *sb,
                             int *saved_errno) {
  KgbStatus st = KGB_OK;
  Frame f = {0};
  size_t cap = 0;
  DIR *dir = opendir(in->id.data);
  if (!dir) {
    *saved_errno = errno;
    return KGB_ERR_IO;
  }
  f.dev = sb->st_dev;
  f.ino = sb->st_ino;
  f.path = kgb_strdup(in->id.data);
  if (!f.path) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (;;) {
    errno = 0;
    struct dirent *e = readdir(dir);
    if (!e) {
      if (errno != 0) {
        *saved_errno = errno;
        st = KGB_ERR_IO;
        goto done;
      }
      break;
    }
    if (e->d_name[0] == '.') {
      continue;
    }
    if (f.n == cap) {
      size_t ncap = cap ? cap * 2 : 32;
      char **names = realloc(f.names, ncap * sizeof *names);
      if (!names) {
        st = KGB_ERR_NOMEM;
        goto done;
      }
      f.names = names;
      cap = ncap;
    }
    f.names[f.n] = kgb_strdup(e->d_name);
    if (!f.names[f.n]) {
      st = KGB_ERR_NOMEM;
      goto done;
    }
    f.n++;
  }
  if (f.n > 1) {
    qsort(f.names, f.n, sizeof *f.names, cmp_names);
  }
  if (in->depth == in->stack_cap) {
    size_t ncap = in->stack_cap ? in->stack_cap * 2 : 8;
    Frame *stack = realloc(in->stack, ncap * sizeof *stack);
    if (!stack) {
      st = KGB_ERR_NOMEM;
      goto done;
    }
    in->stack = stack;
    in->stack_cap = ncap;
  }
  in->stack[in->depth++] = f;
  memset(&f, 0, sizeof f);
done:
  closedir(dir);
  frame_free(&f);
  return st;
}

static bool on_stack(const KgbInput *in, const struct stat *sb) {
  for (size_t i = 0; i < in->depth; i++) {
    if (in->stack[i].dev == sb->st_dev && in->stack[i].ino == sb->st_ino) {
      return true;
    }
  }
  return false;
}

/// Release what the previous document held.
static void reset_current(KgbInput *in) {
  KgbBuf *bufs[] = {&in->raw, &in->conv, &in->html, &in->msg};
  for (size_t i = 0; i < COUNT(bufs); i++) {
    if (bufs[i]->cap > KEEP_CAP) {
      kgb_buf_free(bufs[i]);
    }
    kgb_buf_clear(bufs[i]);
  }
}

/// Set in->id to @p dir joined with @p name.
static KgbStatus set_child_id(KgbInput *in, const char *dir, const char *name) {
  kgb_buf_clear(&in->id);
  KgbStatus st = kgb_buf_puts(&in->id, dir);
  size_t n = strlen(dir);
  if (st == KGB_OK && (n == 0 || dir[n - 1] != '/')) {
    st = kgb_buf_putc(&in->id, '/');
  }
  if (st == KGB_OK) {
    st = kgb_buf_puts(&in->id, name);
  }
  return st;
}

/// One step inside the open folders: KGB_NOT_FOUND when the top-level folder
/// is done, KGB_OK with a document, or a per-input error.
static KgbStatus next_in_folder(KgbInput *in, KgbDocument *doc,
                                KgbInputError *err) {
  while (in->depth > 0) {
    Frame *top = &in->stack[in->depth - 1];
    if (top->next == top->n) {
      bool last = in->depth == 1;
      if (last) {
        kgb_buf_clear(&in->id);
        KgbStatus st = kgb_buf_puts(&in->id, top->path);
        frame_free(top);
        in->depth--;
        if (st != KGB_OK) {
          return st;
        }
        if (in->articles == 0) {
          return fail(in, err, KGB_ERR_EMPTY, "no .txt, .html or .htm files");
        }
        return KGB_NOT_FOUND;
      }
      frame_free(top);
      in->depth--;
      continue;
    }
    const char *name = top->names[top->next++];
    KgbStatus st = set_child_id(in, top->path, name);
    if (st != KGB_OK) {
      return st;
    }
    struct stat sb;
    if (stat(in->id.data, &sb) != 0) {
      if (is_article_name(name)) {
        in->articles++;
        return fail(in, err, KGB_ERR_IO, "cannot open: %s", strerror(errno));
      }
      continue; /* a dangling link that is no article: not ours */
    }
    if (S_ISDIR(sb.st_mode)) {
      if (on_stack(in, &sb)) {
        continue; /* a link back to an enclosing folder */
      }
      int saved = 0;
      st = push_folder(in, &sb, &saved);
      if (st == KGB_ERR_IO) {
        in->articles++; /* reported here: not again as an empty top folder */
        return fail(in, err, KGB_ERR_IO, "cannot open folder: %s",
                    strerror(saved));
      }
      if (st != KGB_OK) {
        return st;
      }
      continue;
    }
    if (!S_ISREG(sb.st_mode) || !is_article_name(name)) {
      continue;
    }
    in->articles++;
    return read_document(in, false, doc, err);
  }
  return KGB_NOT_FOUND;
}

KgbStatus kgb_input_next(KgbInput *in, KgbDocument *doc, KgbInputError *err) {
  if (!in || !doc) {
    return KGB_ERR_USAGE;
  }
  memset(doc, 0, sizeof *doc);
  if (err) {
    memset(err, 0, sizeof *err);
  }
  reset_current(in);
  for (;;) {
    if (in->depth > 0) {
      KgbStatus st = next_in_folder(in, doc, err);
      if (st != KGB_NOT_FOUND) {
        return st;
      }
    }
    if (in->next_path == in->n_paths) {
      return KGB_NOT_FOUND;
    }
    const char *path = in->paths[in->next_path++];
    kgb_buf_clear(&in->id);
    KgbStatus st = kgb_buf_puts(&in->id, path);
    if (st != KGB_OK) {
      return st;
    }
    if (strcmp(path, "-") == 0) {
      return read_document(in, true, doc, err);
    }
    struct stat sb;
    if (stat(path, &sb) != 0) {
      return fail(in, err, KGB_ERR_IO, "cannot open: %s", strerror(errno));
    }
    if (!S_ISDIR(sb.st_mode)) {
      return read_document(in, false, doc, err);
    }
    in->articles = 0;
    int saved = 0;
    st = push_folder(in, &sb, &saved);
    if (st == KGB_ERR_IO) {
      return fail(in, err, KGB_ERR_IO, "cannot open folder: %s",
                  strerror(saved));
    }
    if (st != KGB_OK) {
      return st;
    }
  }
}
