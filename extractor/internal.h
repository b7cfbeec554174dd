/*
 * internal.h: what the extractor's files share; not a public header.
 *
 * The extractor is five parts: vocab.c (vocabulary.tsv), text.c (tokens and
 * sentences), pattern.c (the rule pattern language, compiled to a Pike VM so
 * no pattern backtracks), rules.c (rule files, lexicons, the trigger index)
 * and places.c (countries and subdivisions from iso-codes, cities from
 * libgeonames); extractor.c runs them over a document.
 */
#ifndef KGB_EXTRACTOR_INTERNAL_H
#define KGB_EXTRACTOR_INTERNAL_H

#include "extractor.h"

#include <stdint.h>

/// The number of trailing zero bits of @p x (not 0): de Bruijn.
static inline int kgb_ctz64(uint64_t x) {
  static const unsigned char pos[64] = {
      0,  1,  2,  53, 3,  7,  54, 27, 4,  38, 41, 8,  34, 55, 48, 28,
      62, 5,  39, 46, 44, 42, 22, 9,  24, 35, 59, 56, 49, 18, 29, 11,
      63, 52, 6,  26, 37, 40, 33, 47, 61, 45, 43, 21, 23, 58, 17, 10,
      51, 25, 36, 32, 60, 20, 57, 16, 50, 31, 19, 15, 30, 14, 13, 12};
  return pos[((x & -x) * 0x022FDD63CC95386Du) >> 58];
}

/* ---- embedded data files (build/gen/embedded.c) -------------------------- */

typedef struct {
  const char *name;
  const char *data;
  size_t len;
} KgbEmbeddedFile;
extern const KgbEmbeddedFile kgb_embedded[];
extern const size_t kgb_embedded_count;

/* ---- a string -> value map (open addressing, interned keys) -------------- */

typedef struct {
  const char *key; ///< interned pointer; NULL = empty slot
  intptr_t value;
} KgbMapSlot;

typedef struct {
  KgbMapSlot *slots;
  size_t cap, len;
} KgbMap;

/// Keys are compared by pointer: intern them in one KgbStrPool first.
KgbStatus kgb_map_put(KgbMap *m, const char *key, intptr_t value);
/// Make room for @p n more keys without rehashing (a hint).
KgbStatus kgb_map_reserve(KgbMap *m, size_t n);
/// True and *value when present.
bool kgb_map_get(const KgbMap *m, const char *key, intptr_t *value);
void kgb_map_free(KgbMap *m);

/* ---- vocabulary ---------------------------------------------------------- */

/// Parse a vocabulary.tsv; *err names name:line on KGB_ERR_PARSE.
KgbStatus kgb_vocab_parse(const char *name, const char *data, size_t len,
                          KgbVocab **out, char **err);
void kgb_vocab_free(KgbVocab *v);
/// True when class @p cls is @p ancestor or one of its subclasses.
/// O(depth of the class tree).
bool kgb_vocab_is_a(const KgbVocab *v, const char *cls, const char *ancestor);

/// Bits of the pseudo-classes of patterns in kgb_vocab_class_bits() sets.
#define KGB_CLASS_BIT_NAME 62
#define KGB_CLASS_BIT_TITLE 63
/**
 * The classes @p cls is (itself and its superclasses) as a bit set: the
 * vocabulary's first 62 classes in file order have bits 0..61, "Name" and
 * "Title" bits 62 and 63; 0 for an unknown name. kgb_vocab_is_a(v, cls, a)
 * holds exactly when the bits of a (a class with a bit) are in this set.
 * Depends on the string only, not on the pointer.
 */
uint64_t kgb_vocab_class_bits(const KgbVocab *v, const char *cls);
/// The bit of class @p cls in those sets, or -1 (not a class, or past 62).
int kgb_vocab_class_bit(const KgbVocab *v, const char *cls);

/* ---- tokens and sentences ------------------------------------------------ */

enum {
  KGB_TOK_CAP = 1 << 0,     ///< first letter upper case
  KGB_TOK_ALLCAP = 1 << 1,  ///< letters all upper case (2+ letters)
  KGB_TOK_NUM = 1 << 2,     ///< starts with a digit
  KGB_TOK_PUNCT = 1 << 3,   ///< no letter or digit
  KGB_TOK_SPACE = 1 << 4,   ///< whitespace before it
  KGB_TOK_OPENQ = 1 << 5,   ///< an opening quotation mark
  KGB_TOK_CLOSEQ = 1 << 6,  ///< a closing quotation mark
  KGB_TOK_NEG = 1 << 7,     ///< a negation (not, never, n't)
  KGB_TOK_NEWLINE = 1 << 8, ///< a line break before it
  KGB_TOK_PARA = 1 << 9,    ///< a blank line before it
  KGB_TOK_WORD = 1 << 10,   ///< has a letter
  KGB_TOK_POSS = 1 << 11,   ///< the possessive 's
};

typedef struct {
  uint32_t start, end;   ///< byte offsets in the document
  uint32_t cstart, cend; ///< code point offsets
  const char *lower; ///< interned lower-case form (’ as '): the key when there
                     ///< is one, else in the document's pool; equal forms
                     ///< have equal pointers within a document
  const char *key; ///< the same string in the rules' pool, or NULL when
                   ///< no rule or list mentions it (pointer-compared)
  uint32_t flags;
} KgbToken;

typedef struct {
  uint32_t first, last; ///< token range [first, last)
  bool heading;         ///< a title-case line without a verb-like word
} KgbSentence;

/// Tokens and sentences of one document, in arrays kept from document to
/// document, and a cache of token forms (zero-initialise; release with
/// kgb_text_buf_free()).
typedef struct {
  KgbToken *toks;
  size_t n_toks, cap_toks;
  KgbSentence *sents;
  size_t n_sents, cap_sents;
  struct KgbTokCache *cache; ///< recent token forms (text.c)
  uint32_t doc;              ///< documents split so far (mod 2^32)
} KgbTextBuf;

/// Free the arrays and cache of @p buf (accepts NULL).
void kgb_text_buf_free(KgbTextBuf *buf);

/**
 * Tokenise @p text (valid UTF-8) and split it into sentences, into @p out
 * (its arrays are reused and grown; their old contents are replaced).
 * Abbreviations (a lexicon of the rules) do not end sentences; line breaks
 * before a capitalised line and blank lines do. Linear in len. Token keys
 * are set (kgb_rules_find_str of the lower form). On failure the counts are
 * 0 or partial and the arrays still belong to @p out.
 */
typedef struct KgbRules KgbRules;
KgbStatus kgb_text_split(const KgbRules *rules, KgbStrPool *pool,
                         const char *text, size_t len, KgbTextBuf *out);

/// Lower-case s[0..len) with utf8proc, ’ and ‘ as ' (the form tokens and
/// lexicon entries are keyed by) into @p out (cleared first).
KgbStatus kgb_lower_into(KgbBuf *out, const char *s, size_t len);

/* ---- lexicons ------------------------------------------------------------ */

/// One word or name list of the rules (borrowed from the KgbRules).
typedef struct KgbLexicon KgbLexicon;

/// The list named @p name, or NULL when no file defines it.
const KgbLexicon *kgb_rules_list(const KgbRules *rules, const char *name);
/// True when @p key (a rules-pool key) is in @p lx (NULL: an empty list);
/// *value (if not NULL) receives the entry's value or NULL. O(1).
bool kgb_lexicon_get(const KgbLexicon *lx, const char *key, const char **value);

/// Words of the Bloom filter of a list's keys: a key whose bit is not set
/// is not in the list (one AND where kgb_lexicon_get() hashes and probes).
#define KGB_LEXICON_BLOOM 64
/* The bit of interned key @p key (not NULL) in a sentence's 256-bit filter
 * of keys: the matcher (key_bloom256) and the trigger index (KeySet) test
 * the same filter, so they share this. */
static inline uint8_t kgb_key_hash(const char *key) {
  return (uint8_t)(((uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15u) >> 56);
}

/// The bit of @p key (a rules-pool key, or NULL) in a list's Bloom filter.
static inline size_t kgb_lexicon_bloom_bit(const char *key) {
  return (size_t)(((uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15u) >> 52) %
         (KGB_LEXICON_BLOOM * 64);
}
/// A small number of @p lx, its own among the lists of its rules (0, 1, ...
/// in the order the lists were made).
size_t kgb_lexicon_id(const KgbLexicon *lx);
/// The Bloom filter of @p lx's keys, KGB_LEXICON_BLOOM words (borrowed,
/// valid and kept up to date while the rules live).
const uint64_t *kgb_lexicon_bloom(const KgbLexicon *lx);
/// Call @p fn for every key of @p lx (a word's lower-case and normalised
/// forms are both keys), in no particular order; stops at the first error.
KgbStatus kgb_lexicon_each(const KgbLexicon *lx,
                           KgbStatus (*fn)(const char *key, const char *value,
                                           void *payload),
                           void *payload);
/// kgb_lexicon_get(kgb_rules_list(rules, list), lower, value).
bool kgb_rules_lexicon(const KgbRules *rules, const char *list,
                       const char *lower, const char **value);
/// Intern into the rules' pool (rules are immutable after load; lookups use
/// kgb_strpool_find so tokens not in any rule or list stay unknown).
const char *kgb_rules_find_str(const KgbRules *rules, const char *s,
                               size_t len);
/// kgb_rules_find_str() with @p hash == kgb_hash(s, len) given.
const char *kgb_rules_find_hashed(const KgbRules *rules, const char *s,
                                  size_t len, uint64_t hash);

/* ---- patterns ------------------------------------------------------------ */

/// A unit the pattern matches: one token, or one mention covering tokens.
typedef struct {
  const KgbToken *tok; ///< the (first) token
  const char *cls;     ///< mention class (vocabulary class, "Name", "Title"),
                       ///< NULL for a plain token
  uint32_t tok_first, tok_last; ///< token range [first, last)
  int32_t mention;              ///< mention index or -1
  const char *key; ///< rules-pool key of the mention's name or the token's
                   ///< word (NULL when no rule or list has it): in=LIST
} KgbItem;

typedef struct KgbPattern KgbPattern;

#define KGB_MAX_CAPTURES 8

/**
 * Compile @p src (the text after "match =") of rule file @p file at @p line;
 * @p col0 is the 1-based column of src[0]. On KGB_ERR_PARSE *err says
 * "file:line:col: what" (caller frees).
 */
KgbStatus kgb_pattern_compile(KgbRules *rules, const char *src,
                              const char *file, size_t line, size_t col0,
                              KgbPattern **out, char **err);

/// A macro's text parsed once (kgb_template_new()), copied into each pattern
/// that uses it instead of being parsed again there.
typedef struct KgbTemplate KgbTemplate;

/// Where the expansion of a macro is in a pattern's text: src[start, end) is
/// "(" text ")", and @p tmpl the text's kgb_template_new() (borrowed).
typedef struct {
  size_t start, end;
  const KgbTemplate *tmpl;
} KgbMacroUse;

/// kgb_pattern_compile() of @p src where @p uses[0..n_uses) (by start) are
/// macro expansions: each is copied from its template when that gives what
/// parsing its text there would (else parsed). O(pattern size).
KgbStatus kgb_pattern_compile_uses(KgbRules *rules, const char *src,
                                   const KgbMacroUse *uses, size_t n_uses,
                                   const char *file, size_t line, size_t col0,
                                   KgbPattern **out, char **err);
/// Parse macro text @p text of @p rules into *out (caller frees with
/// kgb_template_free(); valid while the rules' lists stay as they are). A
/// text that does not parse on its own gives a template that is never used.
/// KGB_ERR_NOMEM only.
KgbStatus kgb_template_new(KgbRules *rules, const char *text,
                           KgbTemplate **out);
void kgb_template_free(KgbTemplate *t);
void kgb_pattern_free(KgbPattern *p);
size_t kgb_pattern_capture_count(const KgbPattern *p);
const char *kgb_pattern_capture_name(const KgbPattern *p, size_t i);
/// Every group of words the pattern requires (a match contains one word of
/// each group: a one-token item whose rules-pool key is one of the group's
/// keys, or in one of its lists as a @list test takes it): the trigger
/// index is keyed by one group and checks the others before running a rule.
/// Groups and keys are borrowed from the pattern.
size_t kgb_pattern_group_count(const KgbPattern *p);
/// True when every match has an item a [poss] test holds for, so only a
/// sentence with a possessive token (KGB_TOK_POSS) can have one: the
/// trigger index of a rule with no trigger word.
bool kgb_pattern_needs_poss(const KgbPattern *p);
const char *const *kgb_pattern_group(const KgbPattern *p, size_t i, size_t *n,
                                     const KgbLexicon *const **lists,
                                     size_t *n_lists);

/**
 * Find the leftmost match starting at or after item @p from.
 * caps[2k], caps[2k+1] are the item range of capture k (-1 if unset);
 * *start and *end: the whole match. Returns false when there is none.
 * O(items x pattern size): a Pike VM, no backtracking. On prepared items
 * (up to 64) the items every match must have, in order (words, classes,
 * list words), are looked up in the sentence's masks first, and a sentence
 * without them is rejected before the VM runs.
 */
typedef struct KgbMatcher KgbMatcher;
KgbStatus kgb_matcher_new(KgbMatcher **out);
void kgb_matcher_free(KgbMatcher *m);
bool kgb_pattern_find(const KgbPattern *p, KgbMatcher *m, const KgbItem *items,
                      size_t n, size_t from, size_t *start, size_t *end,
                      int *caps);
/// False when items[0..n), prepared (kgb_matcher_prepare()), lack a mention
/// of a class every match of @p p has, so kgb_pattern_find() finds nothing
/// there from any item; true otherwise (also when not prepared). O(1).
bool kgb_pattern_classes_present(const KgbPattern *p, KgbMatcher *m,
                                 const KgbItem *items, size_t n);
/// The classes of the items last prepared: *used the class bits some item
/// has, *any whether some item is a mention. False (nothing known) for a
/// sentence too long for the matcher's masks. O(n) once a sentence.
bool kgb_matcher_classes(KgbMatcher *m, uint64_t *used, bool *any);
#define KGB_CLASS_NEEDS 4
/// The mentions every match of @p p has (at most KGB_CLASS_NEEDS): each
/// one of class bits bits[i] (any[i]: of any class), into the arrays;
/// kgb_pattern_classes_present() is false when some item has none of them.
size_t kgb_pattern_class_needs(const KgbPattern *p, uint64_t *bits, bool *any);
/**
 * Work out once what every pattern asks of items[0..n) (class bit sets, key
 * filters), so the rules run over one sentence share it: call after building
 * a sentence's items, before kgb_pattern_find() on them. The items must
 * stay as they are (same tokens and classes) until the next prepare: where
 * each word and class is in them is worked out once and trusted. A call on
 * another array or count looks at its items afresh; prepare every new
 * sentence's items. O(n).
 */
KgbStatus kgb_matcher_prepare(KgbMatcher *m, const KgbVocab *vocab,
                              const KgbItem *items, size_t n);

/* ---- rules --------------------------------------------------------------- */

typedef enum { KGB_STAGE_ENTITY, KGB_STAGE_RELATION } KgbStage;

typedef enum {
  KGB_ARG_CAPTURE, ///< a capture's mentions
  KGB_ARG_WORK,    ///< the document's main work
  KGB_ARG_TEXT,    ///< text(c): the capture's text as a string
  KGB_ARG_FOREIGN, ///< foreign(c): text(c) if most words are no English ones
  KGB_ARG_DATE,    ///< date(c)
  KGB_ARG_NUMBER,  ///< number(c): a plain number
  KGB_ARG_MINUTES, ///< minutes(c): a duration in minutes
  KGB_ARG_MONEY,   ///< money(c): an amount, with the currency code unless USD
  KGB_ARG_CONST,   ///< "a fixed string"
  KGB_ARG_SOURCE,  ///< source(c): "X (novel)", the work's source of its name
  KGB_ARG_WORDS,   ///< words(c): an entity named by lower-case words
} KgbArgKind;

typedef struct {
  KgbArgKind kind;
  int capture;       ///< capture index, or -1
  const char *value; ///< KGB_ARG_CONST
} KgbArg;

typedef struct {
  KgbArg subject;
  const KgbVocabTerm *relation;
  KgbArg object;
} KgbEmit;

typedef struct {
  int capture;
  const char *cls;    ///< vocabulary class, or NULL with gender
  const char *gender; ///< "male", "female" or NULL
} KgbTypeAssign;

typedef struct {
  const char *id; ///< "relations.rules:directed_by"
  KgbStage stage;
  int priority;
  double confidence;
  bool allow_negation;
  int window; ///< sentences a match may span: 1, or 2 (this and the next)
  KgbPattern *pattern;
  KgbEmit *emits;
  size_t n_emits;
  KgbTypeAssign *types;
  size_t n_types;
} KgbRule;

size_t kgb_rules_count(const KgbRules *rules);
const KgbRule *kgb_rules_at(const KgbRules *rules, size_t i);
/// Rules of @p stage that could match a sentence whose tokens are @p toks,
/// from the trigger index, into out[0..*n_out) in priority order: with
/// @p window the rules spanning two sentences (window > 1), else the
/// others. @p seen
/// holds kgb_rules_count() / 64 + 1 zeroed words and is left zeroed; @p out
/// holds kgb_rules_count() indices. With @p m (else NULL), the sentence's
/// items prepared in it, a rule that kgb_pattern_classes_present() rules
/// out is left out before its words are checked. O(tokens + candidates +
/// rules / 64): the index lists rules in the order they run.
void kgb_rules_candidates(const KgbRules *rules, KgbStage stage, bool window,
                          const KgbToken *toks, size_t n, KgbMatcher *m,
                          uint64_t *seen, size_t *out, size_t *n_out);

/* ---- places -------------------------------------------------------------- */

typedef struct KgbPlaces KgbPlaces;

/// A town of fewer people than this is a small town: a province or a person's
/// name that it shares is read first ("Cornwall", "Kent", "Duarte").
#define KGB_SMALL_TOWN 250000

typedef struct {
  const char *name;      ///< as the data writes it ("Adana", "Türkiye");
                         ///< NULL for regions (the text's spelling stands)
  const char *cls;       ///< "Country", "AdministrativeArea", "City", "Region"
  const char *container; ///< a city's province or state, else NULL
  char country[3];       ///< ISO 3166-1 alpha-2 ("TR"), "" for regions
  double population;     ///< cities; 0 otherwise
} KgbPlace;

/// The gazetteer: iso-codes countries and subdivisions, libgeonames cities,
/// regions from the rules' lexicon. Built once per rule set, lazily.
KgbStatus kgb_places_new(const KgbRules *rules, KgbPlaces **out);
void kgb_places_free(KgbPlaces *p);
/// The places named @p folded (a kgb_normalize() form): *n of them,
/// countries first, then cities by falling population, then the rest.
/// NULL when none.
const KgbPlace *kgb_places_find(const KgbPlaces *p, const char *folded,
                                size_t *n);
/// The rules' gazetteer (built with the rules).
const KgbPlaces *kgb_rules_places(const KgbRules *rules);

/// Irregular forms of verb @p lemma from the "irregular" list (form, lemma),
/// up to @p max into forms[]; returns how many.
size_t kgb_rules_irregular(const KgbRules *rules, const char *lemma,
                           const char **forms, size_t max);
/// Intern @p s into the rules' pool while loading (rules not yet shared).
const char *kgb_rules_intern(KgbRules *rules, const char *s, size_t len);

#endif
