/*
 * text.c: Unicode tokenising and sentence splitting, in one linear pass each.
 *
 * Tokens are words (letters, digits, marks, inner apostrophes: "Don’t"),
 * numbers with separators ("2,000,000", "30.1"), dotted abbreviations
 * ("U.S."), the possessive "’s" as its own token, and single punctuation
 * marks (hyphens included, so "Turkish-language" is three tokens with no
 * space between). Character classes come from utf8proc. Sentences end at
 * . ! ? … unless the word before is an abbreviation of the rules' "abbrev"
 * list or an initial, at blank lines, and at line breaks before a line that
 * starts like a sentence (headings are their own sentences).
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define MAX_SENTENCE_TOKENS 200

typedef struct {
  const uint8_t *s;
  size_t len, pos, cp; ///< byte position and code point index
} Cursor;

/* Character classes. ASCII (most of any English article) is answered by a
 * table; the rest by utf8proc's categories. */
enum { C_LETTER = 1, C_DIGIT = 2, C_UPPER = 4, C_SPACE = 8 };

static const uint8_t ascii_class[128] = {
    ['\t'] = C_SPACE, ['\n'] = C_SPACE, ['\v'] = C_SPACE, ['\f'] = C_SPACE,
    ['\r'] = C_SPACE, [' '] = C_SPACE,  ['0'] = C_DIGIT,  ['1'] = C_DIGIT,
    ['2'] = C_DIGIT,  ['3'] = C_DIGIT,  ['4'] = C_DIGIT,  ['5'] = C_DIGIT,
    ['6'] = C_DIGIT,  ['7'] = C_DIGIT,  ['8'] = C_DIGIT,  ['9'] = C_DIGIT,
#define U(c) [c] = C_LETTER | C_UPPER
#define L(c) [c] = C_LETTER
    U('A'),           U('B'),           U('C'),           U('D'),
    U('E'),           U('F'),           U('G'),           U('H'),
    U('I'),           U('J'),           U('K'),           U('L'),
    U('M'),           U('N'),           U('O'),           U('P'),
    U('Q'),           U('R'),           U('S'),           U('T'),
    U('U'),           U('V'),           U('W'),           U('X'),
    U('Y'),           U('Z'),           L('a'),           L('b'),
    L('c'),           L('d'),           L('e'),           L('f'),
    L('g'),           L('h'),           L('i'),           L('j'),
    L('k'),           L('l'),           L('m'),           L('n'),
    L('o'),           L('p'),           L('q'),           L('r'),
    L('s'),           L('t'),           L('u'),           L('v'),
    L('w'),           L('x'),           L('y'),           L('z'),
#undef U
#undef L
};

static unsigned unicode_class(int32_t u) {
  utf8proc_category_t k = utf8proc_category(u);
  if (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_ME) {
    return C_LETTER |
           (k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT ? C_UPPER
                                                                   : 0);
  }
  if (k == UTF8PROC_CATEGORY_ND) {
    return C_DIGIT;
  }
  if (k == UTF8PROC_CATEGORY_ZS || k == UTF8PROC_CATEGORY_ZL ||
      k == UTF8PROC_CATEGORY_ZP) {
    return C_SPACE;
  }
  return 0;
}

static inline unsigned char_class(int32_t u) {
  return u >= 0 && u < 0x80 ? ascii_class[u] : unicode_class(u);
}

static inline int32_t peek(const Cursor *c, size_t at, size_t *bytes) {
  if (c->s[at] < 0x80) {
    *bytes = 1;
    return c->s[at];
  }
  utf8proc_int32_t u = -1;
  utf8proc_ssize_t n =
      utf8proc_iterate(c->s + at, (utf8proc_ssize_t)(c->len - at), &u);
  if (n <= 0) {
    *bytes = 1;
    return 0xFFFD;
  }
  *bytes = (size_t)n;
  return u;
}

static inline bool is_letter(int32_t u) {
  return char_class(u) & C_LETTER;
}
static inline bool is_digit(int32_t u) {
  return char_class(u) & C_DIGIT;
}
static inline bool is_upper(int32_t u) {
  return char_class(u) & C_UPPER;
}
static inline bool is_space(int32_t u) {
  return char_class(u) & C_SPACE;
}
static bool is_apostrophe(int32_t u) {
  return u == '\'' || u == 0x2019;
}

typedef struct {
  KgbToken *v;
  size_t n, cap;
} TokVec;

/* An apostrophe right after a capitalised word ending in "s", before a
 * space and a capital, is the possessive of a plural-looking name
 * ("Naples' Spanish Quarter", "Athens' Plaka"): no quotation of the
 * sentence is open (the nearest quotation mark among the last tokens no
 * opening one: "In 'The Others' Nicole Kidman …" closes a title). */
static bool possessive_s_apostrophe(const TokVec *tv, const uint8_t *s,
                                    size_t len, size_t at, size_t bytes) {
  if (tv->n == 0 || at + bytes + 1 >= len || s[at + bytes] != ' ') {
    return false;
  }
  const KgbToken *prev = &tv->v[tv->n - 1];
  if (!(prev->flags & KGB_TOK_CAP) || (prev->flags & KGB_TOK_ALLCAP) ||
      prev->end != at || s[at - 1] != 's') {
    return false;
  }
  unsigned char next = s[at + bytes + 1];
  if (!(next >= 'A' && next <= 'Z')) {
    return false;
  }
  for (size_t k = tv->n, seen = 0; k > 0 && seen < 40; k--, seen++) {
    const KgbToken *t = &tv->v[k - 1];
    if (t->flags & KGB_TOK_OPENQ) {
      return false;
    }
    if (t->flags & (KGB_TOK_CLOSEQ | KGB_TOK_POSS)) {
      return true;
    }
  }
  return true;
}

static KgbStatus push_tok(TokVec *tv, const KgbToken *t) {
  if (tv->n == tv->cap) {
    KgbStatus st = kgb_grow(&tv->v, &tv->cap, tv->n + 1, sizeof *tv->v);
    if (st != KGB_OK) {
      return st;
    }
  }
  tv->v[tv->n++] = *t;
  return KGB_OK;
}

KgbStatus kgb_lower_into(KgbBuf *out, const char *s, size_t len) {
  kgb_buf_clear(out);
  if (kgb_buf_reserve(out, len) != KGB_OK) {
    return KGB_ERR_NOMEM;
  }
  size_t i = 0;
  while (i < len) {
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) { /* ASCII: a byte for a byte */
      out->data[out->len++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
      i++;
      continue;
    }
    utf8proc_int32_t u;
    utf8proc_ssize_t n = utf8proc_iterate((const uint8_t *)s + i,
                                          (utf8proc_ssize_t)(len - i), &u);
    if (n <= 0) {
      out->data[out->len] = '\0';
      return KGB_ERR_ENCODING;
    }
    i += (size_t)n;
    if (u == 0x2019 || u == 0x2018) {
      u = '\'';
    }
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(u), enc);
    if (kgb_buf_reserve(out, (size_t)m + (len - i)) != KGB_OK) {
      out->data[out->len] = '\0';
      return KGB_ERR_NOMEM;
    }
    memcpy(out->data + out->len, enc, (size_t)m);
    out->len += (size_t)m;
  }
  out->data[out->len] = '\0';
  return KGB_OK;
}

/* The token's lower-case form and key: the rules' copy when a rule or list
 * mentions the word (so lower == key), else the document's. One hash serves
 * both lookups; an ASCII token is lowered and hashed in one pass. */
/* Recent token forms, by hash: most tokens of a text are words it has used
 * before, and this skips both pool lookups for them. An entry with a key
 * (a rules' string) stays good from document to document; one without
 * points into a document's pool and is good for that document only. */
#define CACHE_SIZE 4096

struct KgbTokCache {
  uint64_t hash;
  const char *lower;
  const char *key;
  uint32_t len;
  uint32_t doc; ///< KgbTextBuf.doc when made
};

static bool token_forms(const KgbRules *rules, KgbStrPool *pool,
                        KgbBuf *scratch, KgbTextBuf *out, const uint8_t *s,
                        KgbToken *t) {
  const uint8_t *w = s + t->start;
  size_t len = t->end - t->start;
  char small[64];
  const char *lower = small;
  uint64_t h = 1469598103934665603ULL; /* kgb_hash, inline */
  size_t i = 0;
  if (len < sizeof small) {
    for (; i < len && w[i] < 0x80; i++) {
      uint8_t b = w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i];
      small[i] = (char)b;
      h = (h ^ b) * 1099511628211ULL;
    }
  }
  if (i < len) {
    if (kgb_lower_into(scratch, (const char *)w, len) != KGB_OK) {
      return false;
    }
    lower = scratch->data;
    len = scratch->len;
    h = kgb_hash(lower, len);
  }
  struct KgbTokCache *e = out->cache ? &out->cache[h & (CACHE_SIZE - 1)] : NULL;
  if (e && e->hash == h && e->len == len && e->lower &&
      (e->key || e->doc == out->doc) && memcmp(e->lower, lower, len) == 0) {
    t->key = e->key;
    t->lower = e->lower;
    return true;
  }
  t->key = kgb_rules_find_hashed(rules, lower, len, h);
  t->lower = t->key ? t->key : kgb_strpool_intern_hashed(pool, lower, len, h);
  if (e && t->lower && len <= UINT32_MAX) {
    *e = (struct KgbTokCache){h, t->lower, t->key, (uint32_t)len, out->doc};
  }
  return t->lower != NULL;
}

void kgb_text_buf_free(KgbTextBuf *buf) {
  if (buf) {
    free(buf->toks);
    free(buf->sents);
    free(buf->cache);
    memset(buf, 0, sizeof *buf);
  }
}

/* not, never, cannot, and every n't word */
static bool is_negation(const char *lower) {
  size_t n = strlen(lower);
  return (n == 3 && memcmp(lower, "not", 3) == 0) ||
         (n == 5 && memcmp(lower, "never", 5) == 0) ||
         (n == 6 && memcmp(lower, "cannot", 6) == 0) ||
         (n == 4 && memcmp(lower, "none", 4) == 0) ||
         (n >= 3 && memcmp(lower + n - 3, "n't", 3) == 0);
}

/* Scan one word starting at c->pos (a letter or digit); returns its end. */
static size_t scan_word(const Cursor *c, size_t *cps, bool *possessive_next) {
  size_t pos = c->pos, n = 0, bytes;
  bool numeric = is_digit(peek(c, pos, &bytes));
  *possessive_next = false;
  while (pos < c->len) {
    unsigned char b = c->s[pos];
    if (b < 0x80 && (ascii_class[b] & (C_LETTER | C_DIGIT))) {
      pos++;
      n++;
      continue;
    }
    int32_t u = peek(c, pos, &bytes);
    if (is_letter(u) || is_digit(u)) {
      pos += bytes;
      n++;
      continue;
    }
    size_t b2 = 0;
    int32_t next = pos + bytes < c->len ? peek(c, pos + bytes, &b2) : 0;
    if (is_apostrophe(u) && is_letter(next) && (!numeric || n <= 2)) {
      /* possessive: ’s followed by a non-letter (also after a channel's
       * number, "France 2’s"; not after a decade, "the 1980’s") */
      if (next == 's' || next == 'S') {
        size_t b3;
        size_t after = pos + bytes + b2;
        int32_t after_u = after < c->len ? peek(c, after, &b3) : 0;
        if (!is_letter(after_u)) {
          *possessive_next = true;
          break;
        }
      }
      if (numeric) {
        break;
      }
      pos += bytes;
      n++;
      continue;
    }
    if (numeric && (u == ',' || u == '.') && is_digit(next)) {
      pos += bytes;
      n++;
      continue;
    }
    break;
  }
  *cps = n;
  return pos;
}

KgbStatus kgb_text_split(const KgbRules *rules, KgbStrPool *pool,
                         const char *text, size_t len, KgbTextBuf *out) {
  KgbStatus st = KGB_OK;
  TokVec tv = {out->toks, 0, out->cap_toks}; /* reused: no page faults */
  out->n_toks = out->n_sents = 0;
  if (!out->cache) { /* no cache (out of memory) only costs time */
    out->cache = calloc(CACHE_SIZE, sizeof *out->cache);
  }
  if (++out->doc == 0) { /* 2^32 documents: forget the old pointers */
    if (out->cache) {
      memset(out->cache, 0, CACHE_SIZE * sizeof *out->cache);
    }
    out->doc = 1;
  }
  KgbSentence **sents = &out->sents;
  KgbBuf scratch = {0};
  Cursor c = {(const uint8_t *)text, len, 0, 0};
  uint32_t pending = 0; /* flags for the next token: space, newline, para */
  int newlines = 0;
  while (c.pos < len) {
    size_t bytes;
    int32_t u = peek(&c, c.pos, &bytes);
    if (char_class(u) & C_SPACE) {
      pending |= KGB_TOK_SPACE;
      if (u == '\n') {
        newlines++;
        pending |=
            newlines >= 2 ? KGB_TOK_NEWLINE | KGB_TOK_PARA : KGB_TOK_NEWLINE;
      }
      c.pos += bytes;
      c.cp++;
      continue;
    }
    newlines = 0;
    KgbToken t = {0};
    t.start = (uint32_t)c.pos;
    t.cstart = (uint32_t)c.cp;
    t.flags = pending;
    pending = 0;
    bool poss_next = false;
    if (is_letter(u) || is_digit(u)) {
      size_t cps;
      size_t end = scan_word(&c, &cps, &poss_next);
      /* dotted abbreviation: U.S. / e.g. */
      if (cps == 1 && end < len && text[end] == '.' && end + 1 < len) {
        size_t b2;
        int32_t after = peek(&c, end + 1, &b2);
        if (is_letter(after) && end + 1 + b2 < len &&
            text[end + 1 + b2] == '.') {
          end = end + 1 + b2 + 1;
          cps = 4; /* letter, dot, letter, dot */
        }
      }
      t.end = (uint32_t)end;
      t.cend = (uint32_t)(c.cp + cps);
      t.flags |= KGB_TOK_WORD;
      if (is_digit(u)) {
        t.flags |= KGB_TOK_NUM;
      }
      if (is_upper(u)) {
        t.flags |= KGB_TOK_CAP;
        size_t letters = 0, uppers = 0, p = c.pos, b;
        while (p < end) {
          int32_t v = peek(&c, p, &b);
          if (is_letter(v)) {
            letters++;
            uppers += is_upper(v);
          }
          p += b;
        }
        if (letters >= 2 && letters == uppers) {
          t.flags |= KGB_TOK_ALLCAP;
        }
      }
      c.pos = end;
      c.cp = t.cend;
    } else {
      c.pos += bytes;
      c.cp++;
      t.end = (uint32_t)c.pos;
      t.cend = (uint32_t)c.cp;
      t.flags |= KGB_TOK_PUNCT;
      size_t b2;
      int32_t next = c.pos < len ? peek(&c, c.pos, &b2) : ' ';
      bool space_before = (t.flags & KGB_TOK_SPACE) || tv.n == 0 ||
                          (tv.v[tv.n - 1].flags & KGB_TOK_OPENQ) ||
                          text[t.start - (t.start ? 1 : 0)] == '(';
      if (is_apostrophe(u) &&
          possessive_s_apostrophe(&tv, c.s, len, t.start, bytes)) {
        t.flags = (t.flags & ~KGB_TOK_PUNCT) | KGB_TOK_POSS | KGB_TOK_WORD;
      } else if (u == 0x201C || u == 0x2018 || u == 0xAB) {
        t.flags |= KGB_TOK_OPENQ;
      } else if (u == 0x201D || u == 0x2019 || u == 0xBB) {
        t.flags |= KGB_TOK_CLOSEQ;
      } else if (u == '"' || u == '\'') {
        t.flags |=
            space_before && !is_space(next) ? KGB_TOK_OPENQ : KGB_TOK_CLOSEQ;
      }
    }
    if (!token_forms(rules, pool, &scratch, out, c.s, &t)) {
      st = KGB_ERR_NOMEM;
      goto done;
    }
    if ((t.flags & KGB_TOK_WORD) && is_negation(t.lower)) {
      t.flags |= KGB_TOK_NEG;
    }
    TRY(st, push_tok(&tv, &t));
    if (poss_next) {
      KgbToken p = {0};
      size_t b1, b2;
      peek(&c, c.pos, &b1);
      peek(&c, c.pos + b1, &b2);
      p.start = (uint32_t)c.pos;
      p.end = (uint32_t)(c.pos + b1 + b2);
      p.cstart = (uint32_t)c.cp;
      p.cend = (uint32_t)(c.cp + 2);
      p.flags = KGB_TOK_POSS | KGB_TOK_WORD;
      if (!token_forms(rules, pool, &scratch, out, c.s, &p)) {
        st = KGB_ERR_NOMEM;
        goto done;
      }
      TRY(st, push_tok(&tv, &p));
      c.pos = p.end;
      c.cp = p.cend;
    }
  }

  /* sentences */
  size_t ns = 0;
  size_t first = 0;
  for (size_t i = 0; i <= tv.n; i++) {
    bool cut = i == tv.n;
    if (!cut && i > first) {
      const KgbToken *t = &tv.v[i];
      const KgbToken *prev = &tv.v[i - 1];
      if (t->flags & KGB_TOK_PARA) {
        cut = true;
      } else if ((t->flags & KGB_TOK_NEWLINE) &&
                 (t->flags & (KGB_TOK_CAP | KGB_TOK_OPENQ | KGB_TOK_NUM)) &&
                 strcmp(prev->lower, ",") != 0) {
        cut = true;
      } else if ((t->flags & KGB_TOK_SPACE) &&
                 (t->flags & (KGB_TOK_CAP | KGB_TOK_OPENQ | KGB_TOK_NUM))) {
        /* after . ! ? … possibly followed by closing quotes/brackets */
        size_t k = i - 1;
        while (k > first && ((tv.v[k].flags & KGB_TOK_CLOSEQ) ||
                             strcmp(tv.v[k].lower, ")") == 0)) {
          k--;
        }
        const char *e = tv.v[k].lower;
        if (strcmp(e, ".") == 0 || strcmp(e, "!") == 0 || strcmp(e, "?") == 0 ||
            strcmp(e, "\xe2\x80\xa6") == 0) {
          cut = true;
          if (strcmp(e, ".") == 0 && k > first) {
            const KgbToken *w = &tv.v[k - 1];
            bool initial = (w->flags & KGB_TOK_CAP) && w->cend - w->cstart == 1;
            const char *key =
                kgb_rules_find_str(rules, w->lower, strlen(w->lower));
            /* "Park Min-jun." ends a name: a lower-case word after a
             * hyphen is no abbreviation ("Jun." for June) */
            bool name_end = k >= first + 2 &&
                            strcmp(tv.v[k - 2].lower, "-") == 0 &&
                            !(w->flags & KGB_TOK_CAP);
            /* "(Turkish: Bahçe, lit. ‘The Garden’)", "Saanjh (transl.
             * Dusk)" gloss a title; "the candles were lit." ends a sentence */
            bool gloss = (strcmp(w->lower, "lit") == 0 ||
                          strcmp(w->lower, "transl") == 0) &&
                         k >= first + 2 &&
                         (strcmp(tv.v[k - 2].lower, "(") == 0 ||
                          strcmp(tv.v[k - 2].lower, ",") == 0 ||
                          strcmp(tv.v[k - 2].lower, ";") == 0);
            if (initial || gloss ||
                (!name_end && kgb_rules_lexicon(rules, "abbrev", key, NULL))) {
              cut = false;
            }
          }
        }
      }
      if (i - first >= MAX_SENTENCE_TOKENS) {
        cut = true;
      }
    }
    if (!cut || i == first) {
      continue;
    }
    TRY(st, kgb_grow(sents, &out->cap_sents, ns + 1, sizeof **sents));
    KgbSentence s = {(uint32_t)first, (uint32_t)i, false};
    /* a heading: a line of its own, no final stop, mostly capitalised */
    const char *last = tv.v[i - 1].lower;
    bool ends_line = i == tv.n || (tv.v[i].flags & KGB_TOK_NEWLINE);
    if (ends_line && strcmp(last, ".") != 0 && strcmp(last, "!") != 0 &&
        strcmp(last, ",") != 0) {
      size_t words = 0, caps = 0;
      for (size_t k = first; k < i; k++) {
        /* "Sligo and Donegal", "Isle of Skye": "and" and a lower-case
         * name connector do not count */
        if ((tv.v[k].flags & KGB_TOK_WORD) && !(tv.v[k].flags & KGB_TOK_POSS) &&
            ((tv.v[k].flags & KGB_TOK_CAP) ||
             (strcmp(tv.v[k].lower, "and") != 0 &&
              !kgb_rules_lexicon(rules, "name_connector", tv.v[k].lower,
                                 NULL)))) {
          words++;
          caps += (tv.v[k].flags & (KGB_TOK_CAP | KGB_TOK_NUM)) != 0;
        }
      }
      /* a numbered line, "2. Kotor (Montenegro)", starts after "2 ." */
      bool numbered = first >= 2 && !strcmp(tv.v[first - 1].lower, ".") &&
                      (tv.v[first - 2].flags & KGB_TOK_NUM) &&
                      (first == 2 || (tv.v[first - 2].flags & KGB_TOK_NEWLINE));
      s.heading =
          words > 0 && caps * 4 >= words * 3 &&
          (first == 0 || (tv.v[first].flags & KGB_TOK_NEWLINE) || numbered);
      /* an infobox-like field, "Directed by: Lena Ortiz", "Production
       * company: Sol Films" (a label of up to three words, lower-case after
       * the first), is a line of text, not a heading; the first line stays
       * one ("Review: …") */
      for (size_t k = first + 1; s.heading && first > 0 && k < first + 4 &&
                                 k + 1 < i && (tv.v[k].flags & KGB_TOK_WORD);
           k++) {
        if (!strcmp(tv.v[k + 1].lower, ":")) {
          s.heading = false;
        } else if (tv.v[k + 1].flags & KGB_TOK_CAP) {
          break;
        }
      }
      if (s.heading && first > 0 && i - first > 2 &&
          !strcmp(tv.v[first + 1].lower, ":")) {
        s.heading = false;
      }
    }
    (*sents)[ns++] = s;
    first = i;
  }
  out->n_sents = ns;
done:
  kgb_buf_free(&scratch);
  out->toks = tv.v;
  out->cap_toks = tv.cap;
  out->n_toks = tv.n;
  return st;
}
