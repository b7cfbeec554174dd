/*
 * rules.c: rule files, lexicons and the trigger index.
 *
 * A rule set is the vocabulary, the lexicons (*.tsv: list, entry, value) and
 * the rules (*.rules, an INI-like format documented in docs/rules.md). The
 * built-in set is the files of rules/ compiled into the binary; --rules DIR
 * adds more. Rules are indexed by their trigger words, so a sentence only
 * runs the rules whose words it contains (plus the few with none).
 */
#include "internal.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct KgbLexicon {
  const char *name; ///< interned list name
  size_t id;        ///< its place among the rules' lists
  KgbMap entries;   ///< key (interned) -> value (interned string or NULL)
  uint64_t bloom[KGB_LEXICON_BLOOM]; ///< kgb_lexicon_bloom_bit() of each key
};
typedef KgbLexicon Lexicon;

/* A trigger index: the rules of one stage and window by trigger word.
 * Rules are listed by rank (their place in the order they run in), so the
 * candidates of a sentence come out in that order without a sort. */
typedef struct {
  KgbMap map;          ///< key -> 1 + index into lists
  size_t **lists;      ///< each: count, then rule ranks
  size_t n, cap;       ///< lists
  size_t *untriggered; ///< rules with no trigger word: count, then ranks
  size_t *poss;        ///< of those, the ones a [poss] item triggers
  uint64_t bloom[16];  ///< index_bit() of every key of the map
} RuleIndex;

/* A group of words a rule requires (kgb_pattern_group()), with a one-word
 * Bloom filter of them (key_bit()): a sentence none of whose keys has a bit
 * of it has none of the words, one AND instead of a probe per word. */
typedef struct {
  const char *const *keys;
  const uint8_t *hash; ///< kgb_key_hash() of each key (in group_hashes)
  size_t n;
  uint64_t bloom;
} WordGroup;

/* The mentions every match of a rule has (kgb_pattern_class_needs()), for
 * ruling the rule out on a sentence's classes before its words. */
typedef struct {
  uint64_t bits[KGB_CLASS_NEEDS];
  uint8_t n;
  uint8_t any; ///< bit i: need i takes a mention of any class
} ClassNeeds;

struct KgbRules {
  KgbStrPool *pool;
  KgbVocab *vocab;
  Lexicon **lists; ///< each allocated alone: handles stay valid
  size_t n_lists, cap_lists;
  KgbRule *rules;
  size_t n_rules, cap_rules;
  /* trigger indexes, one per stage and window (one sentence or two) */
  RuleIndex index[2 * 2];
  size_t *by_rank;       ///< rule indices in the order rules run
  ClassNeeds *needs;     ///< each rule's
  WordGroup *groups;     ///< every rule's required word groups
  size_t *groups_at;     ///< rule i's: groups[groups_at[i] .. groups_at[i+1])
  uint8_t *group_hashes; ///< the groups' kgb_key_hash() arrays, one block
  KgbPlaces *places;
  char **macro_names, **macro_texts; ///< `define NAME = pattern`
  KgbTemplate **macro_parses;        ///< each text parsed once used (else NULL)
  size_t n_macros;
  KgbMap macro_at;   ///< interned name -> 1 + its first definition's index
  KgbMacroUse *uses; ///< where expand_macros() put the macros of a rule
  size_t n_uses, cap_uses;
};

const char *kgb_rules_intern(KgbRules *rules, const char *s, size_t len) {
  return kgb_strpool_intern(rules->pool, s, len);
}

const char *kgb_rules_find_str(const KgbRules *rules, const char *s,
                               size_t len) {
  return kgb_strpool_find(rules->pool, s, len);
}

const char *kgb_rules_find_hashed(const KgbRules *rules, const char *s,
                                  size_t len, uint64_t hash) {
  return kgb_strpool_find_hashed(rules->pool, s, len, hash);
}

const KgbVocab *kgb_rules_vocab(const KgbRules *rules) {
  return rules->vocab;
}

const KgbPlaces *kgb_rules_places(const KgbRules *rules) {
  return rules->places;
}

size_t kgb_rules_count(const KgbRules *rules) {
  return rules->n_rules;
}

const KgbRule *kgb_rules_at(const KgbRules *rules, size_t i) {
  return &rules->rules[i];
}

/* ---- lexicons ------------------------------------------------------------ */

static Lexicon *find_list(const KgbRules *rules, const char *list) {
  const char *key = kgb_strpool_find(rules->pool, list, strlen(list));
  for (size_t i = 0; key && i < rules->n_lists; i++) {
    if (rules->lists[i]->name == key) {
      return rules->lists[i];
    }
  }
  return NULL;
}

/// The list named @p list, created empty if no file defined it yet.
static KgbStatus list_for(KgbRules *rules, const char *list, Lexicon **out) {
  if ((*out = find_list(rules, list))) {
    return KGB_OK;
  }
  const char *name = kgb_rules_intern(rules, list, strlen(list));
  Lexicon *lx = calloc(1, sizeof *lx);
  if (!name || !lx ||
      kgb_grow(&rules->lists, &rules->cap_lists, rules->n_lists + 1,
               sizeof *rules->lists) != KGB_OK) {
    free(lx);
    return KGB_ERR_NOMEM;
  }
  lx->name = name;
  lx->id = rules->n_lists;
  rules->lists[rules->n_lists++] = lx;
  *out = lx;
  return KGB_OK;
}

/// Put @p key (-> @p value) into @p lx and its Bloom filter.
static KgbStatus lexicon_put(Lexicon *lx, const char *key, intptr_t value) {
  size_t b = kgb_lexicon_bloom_bit(key);
  lx->bloom[b / 64] |= (uint64_t)1 << (b % 64);
  return kgb_map_put(&lx->entries, key, value);
}

size_t kgb_lexicon_id(const KgbLexicon *lx) {
  return lx->id;
}

const uint64_t *kgb_lexicon_bloom(const KgbLexicon *lx) {
  return lx->bloom;
}

const KgbLexicon *kgb_rules_list(const KgbRules *rules, const char *name) {
  return find_list(rules, name);
}

bool kgb_lexicon_get(const KgbLexicon *lx, const char *key,
                     const char **value) {
  intptr_t v = 0;
  if (!lx || !key) {
    return false;
  }
  size_t b = kgb_lexicon_bloom_bit(key); /* most words are in no list */
  if (!(lx->bloom[b / 64] >> (b % 64) & 1) ||
      !kgb_map_get(&lx->entries, key, &v)) {
    return false;
  }
  if (value) {
    *value = (const char *)v;
  }
  return true;
}

KgbStatus kgb_lexicon_each(const KgbLexicon *lx,
                           KgbStatus (*fn)(const char *key, const char *value,
                                           void *payload),
                           void *payload) {
  KgbStatus st = KGB_OK;
  for (size_t i = 0; lx && i < lx->entries.cap && st == KGB_OK; i++) {
    const KgbMapSlot *slot = &lx->entries.slots[i];
    if (slot->key) {
      st = fn(slot->key, (const char *)slot->value, payload);
    }
  }
  return st;
}

bool kgb_rules_lexicon(const KgbRules *rules, const char *list, const char *key,
                       const char **value) {
  return kgb_lexicon_get(find_list(rules, list), key, value);
}

size_t kgb_rules_irregular(const KgbRules *rules, const char *lemma,
                           const char **forms, size_t max) {
  const Lexicon *lx = find_list(rules, "irregular");
  size_t n = 0;
  for (size_t i = 0; lx && i < lx->entries.cap && n < max; i++) {
    const KgbMapSlot *s = &lx->entries.slots[i];
    if (s->key && (const char *)s->value == lemma) {
      forms[n++] = s->key;
    }
  }
  return n;
}

static char *errorf_at(const char *file, size_t line, size_t col,
                       const char *what) {
  KgbBuf b = {0};
  if (kgb_buf_printf(&b, "%s:%zu:%zu: %s", file, line, col, what) != KGB_OK) {
    kgb_buf_free(&b);
    return kgb_strdup("out of memory");
  }
  return b.data;
}

/// Intern the lower-case form of s[0..len) (kgb_lower_into).
static const char *lower_intern(KgbRules *rules, const char *s, size_t len) {
  KgbBuf b = {0};
  const char *key = NULL;
  if (kgb_lower_into(&b, s, len) == KGB_OK) {
    key = kgb_rules_intern(rules, b.data ? b.data : "", b.len);
  }
  kgb_buf_free(&b);
  return key;
}

/// Intern the kgb_normalize() form of s[0..len) (names: "western asia").
static const char *norm_intern(KgbRules *rules, const char *s, size_t len) {
  char *norm = kgb_normalize(s, len);
  const char *key = norm ? kgb_rules_intern(rules, norm, strlen(norm)) : NULL;
  free(norm);
  return key;
}

static KgbStatus load_lexicon(KgbRules *rules, const char *file,
                              const char *data, size_t len, char **err) {
  KgbStatus st = KGB_OK;
  size_t line_no = 0;
  const char *p = data, *end = data + len;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *le = nl ? nl : end;
    const char *line = p;
    p = nl ? nl + 1 : end;
    line_no++;
    size_t ll = (size_t)(le - line);
    if (ll && line[ll - 1] == '\r') {
      ll--;
    }
    if (ll == 0 || line[0] == '#') {
      continue;
    }
    const char *f[3] = {line, NULL, NULL};
    size_t fl[3] = {ll, 0, 0};
    size_t nf = 1;
    for (size_t i = 0; i < ll && nf < 3; i++) {
      if (line[i] == '\t') {
        fl[nf - 1] = (size_t)(line + i - f[nf - 1]);
        f[nf] = line + i + 1;
        fl[nf] = (size_t)(line + ll - f[nf]);
        nf++;
      }
    }
    if (nf < 2 || fl[0] == 0 || fl[1] == 0) {
      *err = errorf_at(file, line_no, 1, "expected LIST<TAB>ENTRY[<TAB>VALUE]");
      return KGB_ERR_PARSE;
    }
    const char *list = kgb_rules_intern(rules, f[0], fl[0]);
    /* an entry is found by its lower-case form (as tokens are) and by its
     * normalised form (as names are) */
    const char *key = lower_intern(rules, f[1], fl[1]);
    const char *norm = norm_intern(rules, f[1], fl[1]);
    const char *value = nf == 3 ? kgb_rules_intern(rules, f[2], fl[2]) : NULL;
    if (nf == 3 && list && !strcmp(list, "irregular")) {
      value = lower_intern(rules, f[2], fl[2]);
    }
    if (!list || !key || !norm || (nf == 3 && !value)) {
      return KGB_ERR_NOMEM;
    }
    Lexicon *lx = NULL;
    TRY(st, list_for(rules, list, &lx));
    TRY(st, lexicon_put(lx, key, (intptr_t)value));
    if (norm != key && strcmp(list, "irregular") != 0) {
      TRY(st, lexicon_put(lx, norm, (intptr_t)value));
    }
  }
done:
  return st;
}

/* ---- rule files ---------------------------------------------------------- */

static void rule_clear(KgbRule *r) {
  kgb_pattern_free(r->pattern);
  free(r->emits);
  free(r->types);
  memset(r, 0, sizeof *r);
}

static const char *trim(char *s, char **end_out) {
  while (*s == ' ' || *s == '\t') {
    s++;
  }
  char *e = s + strlen(s);
  while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) {
    *--e = '\0';
  }
  if (end_out) {
    *end_out = e;
  }
  return s;
}

static int capture_index(const KgbRule *r, const char *name, size_t len) {
  for (size_t i = 0; i < kgb_pattern_capture_count(r->pattern); i++) {
    const char *c = kgb_pattern_capture_name(r->pattern, i);
    if (strlen(c) == len && !memcmp(c, name, len)) {
      return (int)i;
    }
  }
  return -1;
}

/// Parse one emit argument; returns NULL on success or an error message.
static const char *parse_arg(KgbRules *rules, const KgbRule *r, char *s,
                             KgbArg *out) {
  memset(out, 0, sizeof *out);
  out->capture = -1;
  size_t n = strlen(s);
  if (!strcmp(s, "WORK")) {
    out->kind = KGB_ARG_WORK;
    return NULL;
  }
  if (n >= 2 && s[0] == '"' && s[n - 1] == '"') {
    out->kind = KGB_ARG_CONST;
    out->value = kgb_rules_intern(rules, s + 1, n - 2);
    return out->value ? NULL : "out of memory";
  }
  static const struct {
    const char *fn;
    KgbArgKind kind;
  } fns[] = {{"text", KGB_ARG_TEXT},       {"foreign", KGB_ARG_FOREIGN},
             {"date", KGB_ARG_DATE},       {"number", KGB_ARG_NUMBER},
             {"minutes", KGB_ARG_MINUTES}, {"money", KGB_ARG_MONEY},
             {"source", KGB_ARG_SOURCE},   {"words", KGB_ARG_WORDS}};
  char *paren = strchr(s, '(');
  if (paren) {
    if (s[n - 1] != ')') {
      return "expected ) after the capture name";
    }
    for (size_t i = 0; i < sizeof fns / sizeof *fns; i++) {
      if ((size_t)(paren - s) == strlen(fns[i].fn) &&
          !memcmp(s, fns[i].fn, strlen(fns[i].fn))) {
        out->kind = fns[i].kind;
        out->capture =
            capture_index(r, paren + 1, (size_t)(s + n - 1 - paren - 1));
        return out->capture < 0 ? "unknown capture name" : NULL;
      }
    }
    return "unknown function (text, foreign, date, number, minutes, money, "
           "source, words)";
  }
  out->kind = KGB_ARG_CAPTURE;
  out->capture = capture_index(r, s, n);
  return out->capture < 0 ? "unknown capture name (or WORK, or \"text\")"
                          : NULL;
}

static const char *parse_emit(KgbRules *rules, KgbRule *r, char *v) {
  char *parts[3];
  size_t np = 0;
  char *save = v;
  while (np < 3) {
    while (*save == ' ' || *save == '\t') {
      save++;
    }
    if (!*save) {
      break;
    }
    parts[np++] = save;
    if (np == 3) {
      break;
    }
    while (*save && *save != ' ' && *save != '\t') {
      save++;
    }
    if (*save) {
      *save++ = '\0';
    }
  }
  if (np != 3) {
    return "expected: emit = SUBJECT relation OBJECT";
  }
  KgbEmit e;
  const char *msg = parse_arg(rules, r, parts[0], &e.subject);
  if (msg) {
    return msg;
  }
  if (e.subject.kind != KGB_ARG_CAPTURE && e.subject.kind != KGB_ARG_WORK &&
      e.subject.kind != KGB_ARG_SOURCE && e.subject.kind != KGB_ARG_WORDS) {
    return "the subject must be a capture, WORK, source() or words()";
  }
  e.relation = kgb_vocab_find(rules->vocab, parts[1]);
  if (!e.relation || e.relation->is_class) {
    return "unknown relation (not in vocabulary.tsv)";
  }
  if ((msg = parse_arg(rules, r, parts[2], &e.object))) {
    return msg;
  }
  bool entity_arg =
      e.object.kind == KGB_ARG_CAPTURE || e.object.kind == KGB_ARG_WORK ||
      e.object.kind == KGB_ARG_SOURCE || e.object.kind == KGB_ARG_WORDS;
  switch (e.relation->range_kind) {
  case KGB_RANGE_ENTITY:
    if (!entity_arg) {
      return "this relation's object is an entity: use a capture or WORK";
    }
    break;
  case KGB_RANGE_DATE:
    if (e.object.kind != KGB_ARG_DATE) {
      return "this relation's object is a date: use date(capture)";
    }
    break;
  case KGB_RANGE_LITERAL:
    if (entity_arg || e.object.kind == KGB_ARG_DATE) {
      return "this relation's object is a literal: use text(), foreign(), "
             "number(), minutes(), money() or \"text\"";
    }
    break;
  }
  KgbEmit *grown = realloc(r->emits, (r->n_emits + 1) * sizeof *grown);
  if (!grown) {
    return "out of memory";
  }
  r->emits = grown;
  r->emits[r->n_emits++] = e;
  return NULL;
}

static const char *parse_type(KgbRules *rules, KgbRule *r, char *v,
                              bool gender) {
  char *sp = strpbrk(v, " \t");
  if (!sp) {
    return gender ? "expected: gender = CAPTURE male|female"
                  : "expected: type = CAPTURE Class";
  }
  *sp = '\0';
  char *what = (char *)trim(sp + 1, NULL);
  KgbTypeAssign t = {capture_index(r, v, strlen(v)), NULL, NULL};
  if (t.capture < 0) {
    return "unknown capture name";
  }
  if (gender) {
    if (strcmp(what, "male") && strcmp(what, "female")) {
      return "gender is male or female";
    }
    t.gender = kgb_rules_intern(rules, what, strlen(what));
  } else {
    const KgbVocabTerm *term = kgb_vocab_find(rules->vocab, what);
    if (!term || !term->is_class) {
      return "unknown class (not in vocabulary.tsv)";
    }
    t.cls = term->name;
  }
  KgbTypeAssign *grown = realloc(r->types, (r->n_types + 1) * sizeof *grown);
  if (!grown) {
    return "out of memory";
  }
  r->types = grown;
  r->types[r->n_types++] = t;
  return NULL;
}

static KgbStatus finish_rule(KgbRules *rules, KgbRule *r, const char *file,
                             size_t line, char **err) {
  if (!r->id) {
    return KGB_OK;
  }
  if (!r->pattern) {
    *err = errorf_at(file, line, 1, "rule has no 'match ='");
    return KGB_ERR_PARSE;
  }
  if (r->n_emits == 0 && r->n_types == 0) {
    *err = errorf_at(file, line, 1,
                     "rule has no 'emit =', 'type =' or "
                     "'gender ='");
    return KGB_ERR_PARSE;
  }
  if (kgb_grow(&rules->rules, &rules->cap_rules, rules->n_rules + 1,
               sizeof *rules->rules) != KGB_OK) {
    return KGB_ERR_NOMEM;
  }
  rules->rules[rules->n_rules++] = *r;
  memset(r, 0, sizeof *r);
  return KGB_OK;
}

/* Expand $NAME macros (wrapped in parentheses) into @p out. With @p uses,
 * where each one is, and its text parsed (a template), into rules->uses. */
static const char *expand_macros(KgbRules *rules, const char *v, KgbBuf *out,
                                 bool uses) {
  kgb_buf_clear(out);
  rules->n_uses = 0;
  for (const char *p = v; *p;) {
    const char *dollar = strchr(p, '$');
    size_t run = dollar ? (size_t)(dollar - p) : strlen(p);
    if (run > 0) { /* the text up to the next '$', at once */
      if (kgb_buf_append(out, p, run) != KGB_OK) {
        return "out of memory";
      }
      p += run;
      continue;
    }
    if (*p == '$' && isupper((unsigned char)p[1])) {
      size_t n = 1;
      while (isupper((unsigned char)p[n]) || isdigit((unsigned char)p[n]) ||
             p[n] == '_') {
        n++;
      }
      const char *key = kgb_rules_find_str(rules, p + 1, n - 1);
      intptr_t at = 0;
      if (!key || !kgb_map_get(&rules->macro_at, key, &at)) {
        return "unknown macro (define NAME = pattern before its use)";
      }
      size_t k = (size_t)at - 1;
      size_t start = out->len;
      if (kgb_buf_putc(out, '(') != KGB_OK ||
          kgb_buf_puts(out, rules->macro_texts[k]) != KGB_OK ||
          kgb_buf_putc(out, ')') != KGB_OK) {
        return "out of memory";
      }
      p += n;
      if (uses) {
        if ((!rules->macro_parses[k] &&
             kgb_template_new(rules, rules->macro_texts[k],
                              &rules->macro_parses[k]) != KGB_OK) ||
            kgb_grow(&rules->uses, &rules->cap_uses, rules->n_uses + 1,
                     sizeof *rules->uses) != KGB_OK) {
          return "out of memory";
        }
        rules->uses[rules->n_uses++] =
            (KgbMacroUse){start, out->len, rules->macro_parses[k]};
      }
      continue;
    }
    if (kgb_buf_putc(out, *p++) != KGB_OK) {
      return "out of memory";
    }
  }
  if (kgb_buf_putc(out, '\0') != KGB_OK) {
    return "out of memory";
  }
  return NULL;
}

static const char *define_macro(KgbRules *rules, char *s) {
  char *eq = strchr(s, '=');
  if (!eq) {
    return "expected: define NAME = pattern";
  }
  *eq = '\0';
  char *name = (char *)trim(s, NULL);
  for (const char *c = name; *c; c++) {
    if (!isupper((unsigned char)*c) && !isdigit((unsigned char)*c) &&
        *c != '_') {
      return "a macro name is upper case: A-Z, 0-9, _";
    }
  }
  if (!*name) {
    return "expected: define NAME = pattern";
  }
  KgbBuf text = {0};
  const char *msg = expand_macros(rules, trim(eq + 1, NULL), &text, false);
  if (msg) {
    kgb_buf_free(&text);
    return msg;
  }
  char **names =
      realloc(rules->macro_names, (rules->n_macros + 1) * sizeof *names);
  if (names) {
    rules->macro_names = names;
  }
  char **texts =
      realloc(rules->macro_texts, (rules->n_macros + 1) * sizeof *texts);
  if (texts) {
    rules->macro_texts = texts;
  }
  KgbTemplate **parses =
      realloc(rules->macro_parses, (rules->n_macros + 1) * sizeof *parses);
  if (parses) {
    rules->macro_parses = parses;
    parses[rules->n_macros] = NULL;
  }
  char *n = kgb_strdup(name);
  const char *key = kgb_rules_intern(rules, name, strlen(name));
  intptr_t at = 0;
  if (!names || !texts || !parses || !n || !key ||
      (!kgb_map_get(&rules->macro_at, key, &at) && /* the first one counts */
       kgb_map_put(&rules->macro_at, key, (intptr_t)rules->n_macros + 1) !=
           KGB_OK)) {
    free(n);
    kgb_buf_free(&text);
    return "out of memory";
  }
  rules->macro_names[rules->n_macros] = n;
  rules->macro_texts[rules->n_macros++] = text.data;
  return NULL;
}

static KgbStatus load_rule_file(KgbRules *rules, const char *file,
                                const char *data, size_t len, char **err) {
  KgbStatus st = KGB_OK;
  char *copy = kgb_strndup(data, len);
  if (!copy) {
    return KGB_ERR_NOMEM;
  }
  KgbRule r = {0};
  size_t line_no = 0, rule_line = 0;
  char *p = copy;
  while (*p) {
    char *line = p;
    char *nl = strchr(p, '\n');
    p = nl ? nl + 1 : p + strlen(p);
    if (nl) {
      *nl = '\0';
    }
    line_no++;
    char *end;
    char *s = (char *)trim(line, &end);
    if (*s == '\0' || *s == '#') {
      continue;
    }
    size_t col = (size_t)(s - line) + 1;
    if (!strncmp(s, "define ", 7)) {
      const char *msg = define_macro(rules, s + 7);
      if (msg) {
        *err = errorf_at(file, line_no, col, msg);
        st = KGB_ERR_PARSE;
        goto done;
      }
      continue;
    }
    if (*s == '[') {
      TRY(st, finish_rule(rules, &r, file, rule_line, err));
      if (end[-1] != ']' || end - s < 3) {
        *err = errorf_at(file, line_no, col, "expected [rule_name]");
        st = KGB_ERR_PARSE;
        goto done;
      }
      KgbBuf id = {0}; /* "file:name", as "%s:%.*s" would write it */
      size_t n = (size_t)(end - s - 2);
      const char *nul = memchr(s + 1, '\0', n);
      n = nul ? (size_t)(nul - (s + 1)) : n;
      st = kgb_buf_puts(&id, file);
      st = st == KGB_OK ? kgb_buf_putc(&id, ':') : st;
      st = st == KGB_OK ? kgb_buf_append(&id, s + 1, n) : st;
      r.id = st == KGB_OK ? kgb_rules_intern(rules, id.data, id.len) : NULL;
      kgb_buf_free(&id);
      if (!r.id) {
        st = KGB_ERR_NOMEM;
        goto done;
      }
      r.stage = KGB_STAGE_RELATION;
      r.confidence = 0.9;
      r.window = 1;
      rule_line = line_no;
      continue;
    }
    char *eq = strchr(s, '=');
    if (!eq) {
      *err = errorf_at(file, line_no, col, "expected KEY = VALUE or [rule]");
      st = KGB_ERR_PARSE;
      goto done;
    }
    if (!r.id) {
      *err = errorf_at(file, line_no, col, "KEY = VALUE before any [rule]");
      st = KGB_ERR_PARSE;
      goto done;
    }
    *eq = '\0';
    const char *key = trim(s, NULL);
    char *v = eq + 1;
    while (*v == ' ' || *v == '\t') {
      v++;
    }
    size_t vcol = (size_t)(v - line) + 1;
    const char *msg = NULL;
    if (!strcmp(key, "match")) {
      if (r.pattern) {
        msg = "a rule has one 'match ='";
      } else {
        KgbBuf expanded = {0};
        msg = expand_macros(rules, v, &expanded, true);
        if (!msg) {
          /* columns past a macro are approximate */
          st = kgb_pattern_compile_uses(rules, expanded.data, rules->uses,
                                        rules->n_uses, file, line_no, vcol,
                                        &r.pattern, err);
          kgb_buf_free(&expanded);
          if (st != KGB_OK) {
            goto done;
          }
        }
        kgb_buf_free(&expanded);
      }
    } else if (!strcmp(key, "emit") || !strcmp(key, "type") ||
               !strcmp(key, "gender")) {
      if (!r.pattern) {
        msg = "'match =' must come before emit, type and gender";
      } else if (key[0] == 'e') {
        msg = parse_emit(rules, &r, v);
      } else {
        msg = parse_type(rules, &r, v, key[0] == 'g');
      }
    } else if (!strcmp(key, "stage")) {
      if (!strcmp(v, "entity")) {
        r.stage = KGB_STAGE_ENTITY;
      } else if (!strcmp(v, "relation")) {
        r.stage = KGB_STAGE_RELATION;
      } else {
        msg = "stage is entity or relation";
      }
    } else if (!strcmp(key, "priority")) {
      char *e;
      long pr = strtol(v, &e, 10);
      if (e == v || *e || pr < -1000 || pr > 1000) {
        msg = "priority is an integer from -1000 to 1000";
      }
      r.priority = (int)pr;
    } else if (!strcmp(key, "confidence")) {
      char *e;
      double c = strtod(v, &e);
      if (e == v || *e || !(c > 0.0 && c <= 1.0)) {
        msg = "confidence is a number in (0, 1]";
      }
      r.confidence = c;
    } else if (!strcmp(key, "negation")) {
      if (!strcmp(v, "allow")) {
        r.allow_negation = true;
      } else if (!strcmp(v, "block")) {
        r.allow_negation = false;
      } else {
        msg = "negation is allow or block";
      }
    } else if (!strcmp(key, "window")) {
      if (!strcmp(v, "1") || !strcmp(v, "2")) {
        r.window = v[0] - '0';
      } else {
        msg = "window is 1 or 2 (sentences)";
      }
    } else {
      col = (size_t)(key - line) + 1;
      msg = "unknown key (match, emit, type, gender, stage, priority, "
            "confidence, negation, window)";
      vcol = col;
    }
    if (msg) {
      *err = errorf_at(file, line_no, vcol, msg);
      st = KGB_ERR_PARSE;
      goto done;
    }
  }
  TRY(st, finish_rule(rules, &r, file, rule_line, err));
done:
  rule_clear(&r);
  free(copy);
  return st;
}

/* ---- the trigger index --------------------------------------------------- */

/* 1024-bit Bloom filter of the index's keys: most words skip the map. */
static inline size_t index_bit(const char *key) {
  return (size_t)(((uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15u) >> 54);
}

/* Appends @p v to the count-prefixed @p list (NULL: empty). The array holds
 * the smallest power of two of slots that fits the count and the values, so
 * it grows by doubling when those slots are full, with no capacity field. */
static KgbStatus list_push(size_t **list, size_t v) {
  size_t n = *list ? (*list)[0] : 0;
  size_t used = n + 1; /* slots in use: the count and n values */
  if (!*list || (used & (used - 1)) == 0) {
    size_t *grown = realloc(*list, 2 * used * sizeof *grown);
    if (!grown) {
      return KGB_ERR_NOMEM;
    }
    *list = grown;
  }
  (*list)[0] = n + 1;
  (*list)[n + 1] = v;
  return KGB_OK;
}

static void index_clear(KgbRules *rules) {
  free(rules->group_hashes);
  rules->group_hashes = NULL;
  free(rules->by_rank);
  free(rules->needs);
  rules->needs = NULL;
  free(rules->groups);
  free(rules->groups_at);
  rules->by_rank = rules->groups_at = NULL;
  rules->groups = NULL;
  for (size_t c = 0; c < sizeof rules->index / sizeof *rules->index; c++) {
    RuleIndex *ix = &rules->index[c];
    for (size_t i = 0; i < ix->n; i++) {
      free(ix->lists[i]);
    }
    free(ix->lists);
    kgb_map_free(&ix->map);
    free(ix->untriggered);
    free(ix->poss);
    memset(ix, 0, sizeof *ix);
  }
}

static size_t index_of(KgbStage stage, bool window) {
  return (size_t)stage * 2 + (window ? 1 : 0);
}

/* The bit of @p key in a word group's or a sentence's one-word filter. */
static inline uint64_t key_bit(const char *key) {
  return (uint64_t)1 << (((uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15u) >>
                         58);
}

typedef struct {
  int priority;
  size_t rule;
} RankKey;

/// The order rules run in: higher priority first, then file order.
static int cmp_rank(const void *a, const void *b) {
  const RankKey *x = a, *y = b;
  if (x->priority != y->priority) {
    return x->priority > y->priority ? -1 : 1;
  }
  return x->rule < y->rule ? -1 : x->rule > y->rule;
}

/* by_rank (rules in the order they run) and the word groups of each rule. */
static KgbStatus rank_build(KgbRules *rules, size_t *rank) {
  size_t n = rules->n_rules, n_groups = 0;
  rules->by_rank = malloc((n ? n : 1) * sizeof *rules->by_rank);
  rules->groups_at = malloc((n + 1) * sizeof *rules->groups_at);
  rules->needs = malloc((n ? n : 1) * sizeof *rules->needs);
  if (!rules->by_rank || !rules->groups_at || !rules->needs) {
    return KGB_ERR_NOMEM;
  }
  for (size_t i = 0; i < n; i++) {
    ClassNeeds *cn = &rules->needs[i];
    bool any[KGB_CLASS_NEEDS];
    cn->n = (uint8_t)kgb_pattern_class_needs(rules->rules[i].pattern, cn->bits,
                                             any);
    cn->any = 0;
    for (size_t k = 0; k < cn->n; k++) {
      cn->any |= (uint8_t)(any[k] ? 1u << k : 0);
    }
    rules->by_rank[i] = i;
    rules->groups_at[i] = n_groups;
    n_groups += kgb_pattern_group_count(rules->rules[i].pattern);
  }
  rules->groups_at[n] = n_groups;
  RankKey *keys = malloc((n ? n : 1) * sizeof *keys);
  if (!keys) {
    return KGB_ERR_NOMEM;
  }
  for (size_t i = 0; i < n; i++) {
    keys[i] = (RankKey){rules->rules[i].priority, i};
  }
  qsort(keys, n, sizeof *keys, cmp_rank);
  for (size_t k = 0; k < n; k++) {
    rules->by_rank[k] = keys[k].rule;
  }
  free(keys);
  for (size_t k = 0; k < n; k++) {
    rank[rules->by_rank[k]] = k;
  }
  rules->groups = malloc((n_groups ? n_groups : 1) * sizeof *rules->groups);
  size_t n_keys = 0;
  for (size_t i = 0; i < n; i++) {
    const KgbPattern *p = rules->rules[i].pattern;
    for (size_t g = 0; g < kgb_pattern_group_count(p); g++) {
      size_t n_g, n_lists;
      const KgbLexicon *const *lists;
      kgb_pattern_group(p, g, &n_g, &lists, &n_lists);
      n_keys += n_g;
    }
  }
  rules->group_hashes = malloc(n_keys ? n_keys : 1);
  if (!rules->groups || !rules->group_hashes) {
    return KGB_ERR_NOMEM;
  }
  uint8_t *hash = rules->group_hashes;
  for (size_t i = 0; i < n; i++) {
    const KgbPattern *p = rules->rules[i].pattern;
    for (size_t g = 0; g < kgb_pattern_group_count(p); g++) {
      WordGroup *wg = &rules->groups[rules->groups_at[i] + g];
      const KgbLexicon *const *lists;
      size_t n_lists;
      wg->keys = kgb_pattern_group(p, g, &wg->n, &lists, &n_lists);
      wg->bloom = 0;
      wg->hash = hash;
      for (size_t k = 0; k < wg->n; k++) {
        wg->bloom |= key_bit(wg->keys[k]);
        hash[k] = kgb_key_hash(wg->keys[k]);
      }
      hash += wg->n;
      if (n_lists > 0) { /* not checked here: the matcher's lists are */
        wg->bloom = ~(uint64_t)0;
        wg->n = 0;
      }
    }
  }
  return KGB_OK;
}

/* The keys a sentence must have one of for group @p g of @p p (its words
 * and the words of its lists) into @p out (cleared first); false when
 * there are more than TRIGGER_KEYS (a group too common to index by). */
#define TRIGGER_KEYS 2048

typedef struct {
  const char **v;
  size_t n, cap;
} KeyList;

static KgbStatus keylist_push(const char *key, const char *value,
                              void *payload) {
  KeyList *kl = payload;
  (void)value;
  KgbStatus st = kgb_grow(&kl->v, &kl->cap, kl->n + 1, sizeof *kl->v);
  if (st == KGB_OK) {
    kl->v[kl->n++] = key;
  }
  return st;
}

static KgbStatus group_keys(const KgbPattern *p, size_t g, KeyList *out,
                            bool *fits) {
  KgbStatus st = KGB_OK;
  size_t n, n_lists;
  const KgbLexicon *const *lists;
  const char *const *keys = kgb_pattern_group(p, g, &n, &lists, &n_lists);
  size_t total = n;
  for (size_t l = 0; l < n_lists; l++) {
    total += lists[l]->entries.len;
  }
  out->n = 0;
  *fits = total <= TRIGGER_KEYS;
  for (size_t k = 0; k < n && *fits && st == KGB_OK; k++) {
    st = keylist_push(keys[k], NULL, out);
  }
  for (size_t l = 0; l < n_lists && *fits && st == KGB_OK; l++) {
    st = kgb_lexicon_each(lists[l], keylist_push, out);
  }
  return st;
}

/* The group a rule is indexed by: the one whose shortest word is longest
 * (short words such as "in" or "by" are in most sentences), then the one
 * with fewer words, of those with at most TRIGGER_KEYS words. Any group is
 * correct; a rare one selects fewer sentences. Into @p out; n == 0 when
 * the rule has none. */
static KgbStatus choose_triggers(const KgbPattern *p, KeyList *out,
                                 KeyList *tmp, size_t *group) {
  KgbStatus st = KGB_OK;
  size_t best_min = 0;
  out->n = 0;
  *group = SIZE_MAX;
  for (size_t g = 0; g < kgb_pattern_group_count(p) && st == KGB_OK; g++) {
    bool fits;
    st = group_keys(p, g, tmp, &fits);
    if (st != KGB_OK || !fits || tmp->n == 0) {
      continue;
    }
    size_t shortest = SIZE_MAX;
    for (size_t k = 0; k < tmp->n; k++) {
      size_t len = strlen(tmp->v[k]);
      shortest = len < shortest ? len : shortest;
    }
    if (out->n == 0 || shortest > best_min ||
        (shortest == best_min && tmp->n < out->n)) {
      KeyList swap = *out;
      *out = *tmp;
      *tmp = swap;
      best_min = shortest;
      *group = g;
    }
  }
  return st;
}

/// Where has_groups() checks a group: fewer words first (a sentence is
/// likelier to miss all of them), groups it skips last.
static size_t check_rank(const WordGroup *g) {
  return g->n ? g->n : SIZE_MAX;
}

static KgbStatus index_build(KgbRules *rules) {
  KgbStatus st = KGB_OK;
  index_clear(rules);
  KeyList trig = {0}, tmp = {0};
  size_t *rank = malloc((rules->n_rules ? rules->n_rules : 1) * sizeof *rank);
  if (!rank) {
    return KGB_ERR_NOMEM;
  }
  TRY(st, rank_build(rules, rank));
  for (size_t i = 0; i < rules->n_rules; i++) {
    const KgbRule *r = &rules->rules[i];
    RuleIndex *ix = &rules->index[index_of(r->stage, r->window > 1)];
    size_t g;
    TRY(st, choose_triggers(r->pattern, &trig, &tmp, &g));
    if (g != SIZE_MAX) { /* the index finds it: has_groups() need not */
      WordGroup *wg = &rules->groups[rules->groups_at[i] + g];
      wg->bloom = ~(uint64_t)0;
      wg->n = 0;
    }
    /* insertion sort by check_rank(): a rule has a few groups */
    WordGroup *wg = rules->groups + rules->groups_at[i];
    size_t n_wg = rules->groups_at[i + 1] - rules->groups_at[i];
    for (size_t a = 1; a < n_wg; a++) {
      WordGroup v = wg[a];
      size_t b = a;
      for (; b > 0 && check_rank(&v) < check_rank(&wg[b - 1]); b--) {
        wg[b] = wg[b - 1];
      }
      wg[b] = v;
    }
    if (trig.n == 0) {
      TRY(st, list_push(kgb_pattern_needs_poss(r->pattern) ? &ix->poss
                                                           : &ix->untriggered,
                        rank[i]));
    }
    for (size_t k = 0; k < trig.n; k++) {
      intptr_t slot = 0;
      if (!kgb_map_get(&ix->map, trig.v[k], &slot)) {
        TRY(st, kgb_grow(&ix->lists, &ix->cap, ix->n + 1, sizeof *ix->lists));
        ix->lists[ix->n++] = NULL;
        slot = (intptr_t)ix->n;
        TRY(st, kgb_map_put(&ix->map, trig.v[k], slot));
      }
      size_t b = index_bit(trig.v[k]);
      ix->bloom[b / 64] |= (uint64_t)1 << (b % 64);
      size_t *l = ix->lists[slot - 1];
      if (!l || l[l[0]] != rank[i]) {
        TRY(st, list_push(&ix->lists[slot - 1], rank[i]));
      }
    }
  }
done:
  free(trig.v);
  free(tmp.v);
  free(rank);
  return st;
}

/* The distinct keys of a sentence, for exact membership tests: an open
 * addressing set of KEY_SET slots on the stack, for sentences of up to
 * KEY_SET / 2 tokens (longer ones are searched word by word), and a
 * one-word Bloom filter of them (key_bit()). */
#define KEY_SET 256

typedef struct {
  const char *slot[KEY_SET];
  const KgbToken *toks; ///< the sentence, when too long for the set
  size_t n;
  uint64_t bloom;
  uint64_t bloom256[4]; ///< kgb_key_hash() of each key
} KeySet;

static inline size_t key_slot(const char *key) {
  return (size_t)(((uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15u) >> 56);
}

static void keyset_fill(KeySet *ks, const KgbToken *toks, size_t n) {
  ks->toks = toks;
  ks->n = n;
  ks->bloom = 0;
  memset(ks->bloom256, 0, sizeof ks->bloom256);
  if (n > KEY_SET / 2) {
    for (size_t t = 0; t < n; t++) {
      if (toks[t].key) {
        uint8_t h = kgb_key_hash(toks[t].key);
        ks->bloom |= key_bit(toks[t].key);
        ks->bloom256[h / 64] |= (uint64_t)1 << (h % 64);
      }
    }
    return;
  }
  memset(ks->slot, 0, sizeof ks->slot);
  for (size_t t = 0; t < n; t++) {
    const char *key = toks[t].key;
    if (!key) {
      continue;
    }
    uint8_t h = kgb_key_hash(key);
    ks->bloom |= key_bit(key);
    ks->bloom256[h / 64] |= (uint64_t)1 << (h % 64);
    size_t j = key_slot(key);
    while (ks->slot[j] && ks->slot[j] != key) {
      j = (j + 1) % KEY_SET;
    }
    ks->slot[j] = key;
  }
}

/// Has the sentence @p key, whose kgb_key_hash() is @p h?
static bool keyset_has(const KeySet *ks, const char *key, uint8_t h) {
  if (!(ks->bloom256[h / 64] >> (h % 64) & 1)) {
    return false;
  }
  if (ks->n > KEY_SET / 2) {
    for (size_t t = 0; t < ks->n; t++) {
      if (ks->toks[t].key == key) {
        return true;
      }
    }
    return false;
  }
  for (size_t j = key_slot(key); ks->slot[j]; j = (j + 1) % KEY_SET) {
    if (ks->slot[j] == key) {
      return true;
    }
  }
  return false;
}

/* Has the sentence (class bits @p used, a mention when @p any) a mention
 * of the classes each of rule @p r's needs takes? */
static bool has_classes(const KgbRules *rules, size_t r, uint64_t used,
                        bool any) {
  const ClassNeeds *cn = &rules->needs[r];
  for (size_t i = 0; i < cn->n; i++) {
    if (!(cn->bits[i] & used) && !(any && (cn->any >> i & 1))) {
      return false;
    }
  }
  return true;
}

/* Does the sentence have a word of every group rule @p r requires? */
static bool has_groups(const KgbRules *rules, size_t r, const KeySet *ks) {
  const WordGroup *g = rules->groups + rules->groups_at[r];
  const WordGroup *end = rules->groups + rules->groups_at[r + 1];
  for (; g < end; g++) {
    if (!(g->bloom & ks->bloom)) {
      return false;
    }
    if (g->n == 0) { /* the trigger group, or a group of lists: left to
                        the index and to kgb_pattern_find() */
      continue;
    }
    bool found = false;
    for (size_t k = 0; k < g->n && !found; k++) {
      found = keyset_has(ks, g->keys[k], g->hash[k]);
    }
    if (!found) {
      return false;
    }
  }
  return true;
}

void kgb_rules_candidates(const KgbRules *rules, KgbStage stage, bool window,
                          const KgbToken *toks, size_t n, KgbMatcher *m,
                          uint64_t *seen, size_t *out, size_t *n_out) {
  const RuleIndex *ix = &rules->index[index_of(stage, window)];
  *n_out = 0;
  if (ix->n == 0 && !ix->untriggered && !ix->poss) { /* no rule here */
    return;
  }
  /* the ranks of the rules the sentence's words trigger, as bits of seen */
  size_t lo = SIZE_MAX, hi = 0; /* the words of seen with a bit set */
  bool poss = false;            /* a possessive 's among the tokens */
  for (size_t t = 0; t <= n + 1; t++) {
    const size_t *l = NULL;
    if (t == n) {
      l = ix->untriggered;
    } else if (t == n + 1) {
      l = poss ? ix->poss : NULL;
    } else {
      intptr_t slot;
      const char *key = toks[t].key;
      size_t b = key ? index_bit(key) : 0;
      poss |= (toks[t].flags & KGB_TOK_POSS) != 0;
      if (key && (ix->bloom[b / 64] >> (b % 64) & 1) &&
          kgb_map_get(&ix->map, key, &slot)) {
        l = ix->lists[slot - 1];
      }
    }
    for (size_t j = 0; l && j < l[0]; j++) {
      size_t w = l[j + 1] / 64;
      seen[w] |= (uint64_t)1 << (l[j + 1] % 64);
      lo = w < lo ? w : lo;
      hi = w > hi ? w : hi;
    }
  }
  /* in rank order, the rules that find a word of each group they require;
   * @p seen is left zeroed for the next call */
  size_t k = 0;
  if (lo <= hi) {
    uint64_t used = ~(uint64_t)0; /* the sentence's classes: all unknown */
    bool any = true;
    if (m && !kgb_matcher_classes(m, &used, &any)) {
      used = ~(uint64_t)0;
      any = true;
    }
    KeySet ks;
    keyset_fill(&ks, toks, n);
    for (size_t w = lo; w <= hi; w++) {
      for (uint64_t bits = seen[w]; bits; bits &= bits - 1) {
        size_t r = rules->by_rank[w * 64 + (size_t)kgb_ctz64(bits)];
        if (has_classes(rules, r, used, any) && has_groups(rules, r, &ks)) {
          out[k++] = r;
        }
      }
      seen[w] = 0;
    }
  }
  *n_out = k;
}

/* ---- building ------------------------------------------------------------ */

static bool has_suffix(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && !strcmp(s + a - b, suffix);
}

/* The macros' templates dropped: made again when next used (a lexicon
 * loaded later may change what a text parses to). */
static void macro_parses_clear(KgbRules *rules) {
  for (size_t i = 0; i < rules->n_macros; i++) {
    kgb_template_free(rules->macro_parses[i]);
    rules->macro_parses[i] = NULL;
  }
}

/* Lexicons first (patterns refer to lists and irregular verbs), then rules. */
static KgbStatus load_files(KgbRules *rules, const char *const *names,
                            const char *const *datas, const size_t *lens,
                            size_t n, char **err) {
  KgbStatus st = KGB_OK;
  for (int pass = 0; pass < 2; pass++) {
    for (size_t i = 0; i < n; i++) {
      if (!strcmp(names[i], "vocabulary.tsv")) {
        continue;
      }
      if (pass == 0 && has_suffix(names[i], ".tsv")) {
        TRY(st, load_lexicon(rules, names[i], datas[i], lens[i], err));
      } else if (pass == 1 && has_suffix(names[i], ".rules")) {
        TRY(st, load_rule_file(rules, names[i], datas[i], lens[i], err));
      }
    }
  }
  st = index_build(rules);
done:
  macro_parses_clear(rules);
  return st;
}

static KgbStatus rules_new_empty(KgbRules **out, char **err) {
  KgbRules *r = calloc(1, sizeof *r);
  if (!r || !(r->pool = kgb_strpool_new())) {
    free(r);
    return KGB_ERR_NOMEM;
  }
  for (size_t i = 0; i < kgb_embedded_count; i++) {
    if (!strcmp(kgb_embedded[i].name, "vocabulary.tsv")) {
      KgbStatus st = kgb_vocab_parse("vocabulary.tsv", kgb_embedded[i].data,
                                     kgb_embedded[i].len, &r->vocab, err);
      if (st != KGB_OK) {
        kgb_rules_free(r);
        return st;
      }
    }
  }
  if (!r->vocab) {
    if (err) {
      *err = kgb_strdup("vocabulary.tsv is not compiled in");
    }
    kgb_rules_free(r);
    return KGB_ERR_PARSE;
  }
  *out = r;
  return KGB_OK;
}

#ifndef KGB_DICT_WORDS
#define KGB_DICT_WORDS "/usr/share/dict/words"
#endif

/* The system word list (Debian's wamerican) as the lexicon "dictionary":
 * its lower-case words tell a sentence-initial "Puzzled" (a word) from a
 * sentence-initial "Mina" (a name). Missing file: an empty list. */
static KgbStatus load_dictionary(KgbRules *rules) {
  KgbBuf words = {0};
  if (kgb_buf_read_file(&words, KGB_DICT_WORDS) != KGB_OK || !words.data) {
    kgb_buf_free(&words);
    return KGB_OK;
  }
  Lexicon *lx = NULL;
  KgbStatus st = list_for(rules, "dictionary", &lx);
  const char *p = words.data, *end = words.data + words.len;
  size_t lines = 1; /* an upper bound of the words: size the tables once */
  for (const char *q = p; (q = memchr(q, '\n', (size_t)(end - q))); q++) {
    lines++;
  }
  if (st == KGB_OK) {
    st = kgb_strpool_reserve(rules->pool, lines);
  }
  if (st == KGB_OK) {
    st = kgb_map_reserve(&lx->entries, lines);
  }
  while (st == KGB_OK && p < end) {
    /* the line up to \r, \n or NUL, as fgets and strcspn, and whether it
     * is all a-z (islower() in the C locale), in one pass */
    const char *q = p;
    bool lower = true;
    for (; q < end && *q != '\n' && *q != '\r' && *q != '\0'; q++) {
      lower = lower && *q >= 'a' && *q <= 'z';
    }
    size_t n = (size_t)(q - p);
    const char *nl = NULL;
    if (q < end) {
      nl = *q == '\n' ? q : memchr(q, '\n', (size_t)(end - q));
    }
    if (lower && n > 0 && n < 127) { /* no word is that long */
      const char *key = kgb_rules_intern(rules, p, n);
      st = key ? lexicon_put(lx, key, 0) : KGB_ERR_NOMEM;
    }
    p = nl ? nl + 1 : end;
  }
  kgb_buf_free(&words);
  return st;
}

/* The compiled-in files and the system word list. */
static KgbStatus load_builtin(KgbRules *r, char **err) {
  const char *names[64], *datas[64];
  size_t lens[64], n = 0;
  for (size_t i = 0; i < kgb_embedded_count && n < 64; i++) {
    names[n] = kgb_embedded[i].name;
    datas[n] = kgb_embedded[i].data;
    lens[n++] = kgb_embedded[i].len;
  }
  char *e = NULL;
  KgbStatus st = load_dictionary(r); /* before rules: they may use it */
  if (st == KGB_OK) {
    st = load_files(r, names, datas, lens, n, &e);
  }
  if (err) {
    *err = e;
  } else {
    free(e);
  }
  return st;
}

KgbStatus kgb_rules_new_default(KgbRules **out, char **err) {
  *out = NULL;
  if (err) {
    *err = NULL;
  }
  KgbRules *r = NULL;
  KgbStatus st = rules_new_empty(&r, err);
  if (st != KGB_OK) {
    return st;
  }
  st = load_builtin(r, err);
  if (st == KGB_OK) {
    st = kgb_places_new(r, &r->places);
  }
  if (st != KGB_OK) {
    kgb_rules_free(r);
    return st;
  }
  *out = r;
  return KGB_OK;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static KgbStatus read_dir_files(const char *dir, char ***names, char ***datas,
                                size_t **lens, size_t *n, char **err) {
  KgbStatus st = KGB_OK;
  DIR *d = opendir(dir);
  if (!d) {
    KgbBuf b = {0};
    (void)kgb_buf_printf(&b, "%s: %s", dir, strerror(errno));
    *err = b.data;
    return KGB_ERR_IO;
  }
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.' ||
        !(has_suffix(e->d_name, ".rules") || has_suffix(e->d_name, ".tsv"))) {
      continue;
    }
    char **grown = realloc(*names, (*n + 1) * sizeof *grown);
    if (!grown) {
      st = KGB_ERR_NOMEM;
      break;
    }
    *names = grown;
    if (!((*names)[*n] = kgb_strdup(e->d_name))) {
      st = KGB_ERR_NOMEM;
      break;
    }
    (*n)++;
  }
  closedir(d);
  if (st != KGB_OK) {
    return st;
  }
  if (*n > 1) {
    qsort(*names, *n, sizeof **names, cmp_str);
  }
  *datas = calloc(*n ? *n : 1, sizeof **datas);
  *lens = calloc(*n ? *n : 1, sizeof **lens);
  if (!*datas || !*lens) {
    return KGB_ERR_NOMEM;
  }
  for (size_t i = 0; i < *n && st == KGB_OK; i++) {
    KgbBuf path = {0}, content = {0};
    st = kgb_buf_printf(&path, "%s/%s", dir, (*names)[i]);
    if (st == KGB_OK) {
      st = kgb_buf_read_file(&content, path.data);
    }
    if (st == KGB_OK && !content.data) {
      st = kgb_buf_puts(&content, "");
    }
    KgbBuf msg = {0};
    size_t bad =
        content.data ? kgb_utf8_invalid_at(content.data, content.len) : 0;
    if (st == KGB_ERR_IO) {
      (void)kgb_buf_printf(&msg, "%s: %s", path.data, strerror(errno));
    } else if (st == KGB_OK && bad != content.len) {
      (void)kgb_buf_printf(&msg, "%s: invalid UTF-8 at byte %zu", path.data,
                           bad);
      st = KGB_ERR_PARSE;
    }
    *err = msg.data;
    kgb_buf_free(&path);
    if (st != KGB_OK) {
      kgb_buf_free(&content);
      break;
    }
    (*lens)[i] = content.len;
    (*datas)[i] = content.data;
  }
  return st;
}

KgbStatus kgb_rules_load_dir(KgbRules *rules, const char *dir, char **err) {
  if (err) {
    *err = NULL;
  }
  char **names = NULL, **datas = NULL;
  size_t *lens = NULL, n = 0;
  char *e = NULL;
  KgbStatus st = read_dir_files(dir, &names, &datas, &lens, &n, &e);
  KgbRules *scratch = NULL;
  if (st == KGB_OK && n == 0) {
    KgbBuf b = {0};
    (void)kgb_buf_printf(&b, "%s: no .rules or .tsv files", dir);
    e = b.data;
    st = KGB_ERR_PARSE;
  }
  /* validate on a scratch copy, so a bad file leaves @p rules unchanged */
  if (st == KGB_OK && (st = rules_new_empty(&scratch, &e)) == KGB_OK &&
      (st = load_builtin(scratch, &e)) == KGB_OK) {
    st = load_files(scratch, (const char *const *)names,
                    (const char *const *)datas, lens, n, &e);
  }
  kgb_rules_free(scratch);
  if (st == KGB_OK) {
    st = load_files(rules, (const char *const *)names,
                    (const char *const *)datas, lens, n, &e);
  }
  if (st == KGB_ERR_PARSE && e && strncmp(e, dir, strlen(dir)) != 0) {
    /* name the file with its folder: "DIR/x.rules:3:9: ..." */
    KgbBuf b = {0};
    if (kgb_buf_printf(&b, "%s/%s", dir, e) == KGB_OK) {
      free(e);
      e = b.data;
    } else {
      kgb_buf_free(&b);
    }
  }
  for (size_t i = 0; i < n; i++) {
    free(names[i]);
    if (datas) {
      free(datas[i]);
    }
  }
  free(names);
  free(datas);
  free(lens);
  if (err) {
    *err = e;
  } else {
    free(e);
  }
  return st;
}

void kgb_rules_free(KgbRules *rules) {
  if (!rules) {
    return;
  }
  for (size_t i = 0; i < rules->n_rules; i++) {
    rule_clear(&rules->rules[i]);
  }
  free(rules->rules);
  for (size_t i = 0; i < rules->n_lists; i++) {
    kgb_map_free(&rules->lists[i]->entries);
    free(rules->lists[i]);
  }
  free(rules->lists);
  index_clear(rules);
  kgb_places_free(rules->places);
  macro_parses_clear(rules);
  for (size_t i = 0; i < rules->n_macros; i++) {
    free(rules->macro_names[i]);
    free(rules->macro_texts[i]);
  }
  free(rules->macro_names);
  free(rules->macro_texts);
  free(rules->macro_parses);
  kgb_map_free(&rules->macro_at);
  free(rules->uses);
  kgb_vocab_free(rules->vocab);
  kgb_strpool_free(rules->pool);
  free(rules);
}
