/*
 * pattern.c: the token pattern language of rule files, compiled to a Pike VM.
 *
 * A pattern is a sequence of items, each an atom with an optional capture
 * name (`s:<Work>`) and quantifier (`?` `*` `+` `{m,n}`):
 *
 *   "directed by"   words, case-insensitive (one token per word)
 *   ~shoot          any inflection of a verb (shoots, shot, shooting...)
 *   @genre          a word of a lexicon list (the .tsv files)
 *   <Person|Name>   a mention of one of these classes (subclasses count;
 *                   Name = an untyped proper name, Title = an untyped quoted
 *                   title, Entity = any mention)
 *   [cap] [num] [year] [punct] [lower] [poss] [lower=x] [list=x]
 *                   token tests, comma-separated, all must hold; ! negates
 *   _               any one token or mention
 *   ^  $            the start, the end of the sentence
 *   $NAME           a macro: `define NAME = pattern` earlier in a rule file
 *   ( a b | c )     groups and alternatives
 *   !atom           one token or mention that does not match atom
 *
 * The compiled program is run as a Pike VM (Thompson NFA simulation with
 * capture slots): every match is found in O(items x program) time, so no
 * rule can backtrack exponentially. Alternatives are leftmost-first and
 * quantifiers greedy, as in Perl.
 */
#include "internal.h"

#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

enum {
  T_ANY,
  T_LOWER,
  T_SET,
  T_LIST,
  T_CAP,
  T_LOWERCASE,
  T_NUM,
  T_YEAR,
  T_PUNCT,
  T_POSS,
  T_OPENQ,
  T_CLOSEQ,
  T_IN,
  T_FIRST,
  T_LAST,
  T_FULLNAME,
  T_FIRSTNAME,
  T_MENTION
};

typedef struct {
  int kind;
  bool negate;
  const char *str; ///< T_LOWER key, T_LIST / T_IN / T_FIRST / T_LAST list
  const KgbLexicon *list; ///< T_LIST / T_IN / T_FIRST / T_LAST, when compiled
  const uint64_t *bloom;  ///< T_LIST: kgb_lexicon_bloom(list)
  const char **set;       ///< T_SET keys
  size_t n_set;
  const char *classes[6]; ///< T_MENTION
  size_t n_classes;
  bool any_class;     ///< T_MENTION: Entity is among the classes
  uint64_t want_bits; ///< T_MENTION: kgb_vocab_class_bits of the classes
  bool by_name;       ///< T_MENTION: a class has no bit; compare names
} Test;

typedef struct {
  Test *tests; ///< all must hold: &one for a set of one test, else owned
  size_t n;
  bool negate; ///< !atom: the item must fail the conjunction
  /* set when compiled, for the commonest set, one plain "word": the key
   * a one-token item must have (the set then holds nothing else) */
  const char *word;
  Test one; ///< the test of a set of one (no allocation of its own)
} TestSet;

enum { I_TEST, I_SPLIT, I_JMP, I_SAVE, I_MATCH, I_BOL, I_EOL };

typedef struct {
  int op;
  int x, y; ///< TEST: test set; SPLIT: targets; JMP: x; SAVE: slot
} Inst;

enum { N_SEQ, N_ALT, N_REP, N_TEST, N_CAP, N_BOL, N_EOL };

typedef struct Node {
  int kind;
  struct Node **kids;
  size_t n_kids, cap_kids;
  int min, max; ///< N_REP; max -1 = unbounded
  int index;    ///< N_TEST: test set; N_CAP: capture
  /* node_len() + 1, fewest and most, once worked out, else 0 */
  size_t min1, max1;
} Node;

/// A TEST or MATCH reached from a thread's pc without consuming an item, and
/// the capture slots set to the position on the way (bit k: slot k).
typedef struct {
  int pc;
  uint32_t saves;
} Reach;

/// Tests sorted by how a sentence's masks find the items they hold for:
/// plain word tests by key, plain mention tests by class bits, the others
/// (sets) checked item by item.
typedef struct {
  const char **keys; ///< T_LOWER / T_SET keys
  size_t n_keys, cap_keys;
  uint8_t *key_hash; ///< kgb_key_hash() of each key, after keys[n_keys]
  uint64_t bits;     ///< T_MENTION class bits
  bool any_class;    ///< a mention test takes any mention
  int *other;        ///< other test sets
  size_t n_other, cap_other;
} TestSort;

/// A first test of a pattern (a TEST reached from pc 0 without consuming an
/// item) and the tests that can come right after it: a match that starts
/// with an item passing it has a next item passing one of those (unless
/// open: MATCH or $ can follow it), so a start where none does is dropped.
typedef struct {
  int set;       ///< the first test's set
  bool open;     ///< MATCH or $ reachable right after it: no filter
  TestSort next; ///< the tests right after it
} FirstStep;

#define FIRST_STEPS 8 /* more first tests: no filter */

#define REQ_LISTS 4
#define REQ_NEEDS KGB_CLASS_NEEDS /* class-only required items kept */

/// One item every match has: a one-token item whose key is one of keys[],
/// a mention whose class bits meet bits (any: any mention), or a word of
/// one of lists[] (as a @list test takes it).
typedef struct {
  const char **keys;
  size_t n_keys, cap_keys;
  uint64_t key_bloom; ///< key_bit() of each key (closures())
  uint8_t *key_hash;  ///< kgb_key_hash() of each key, after keys[n_keys]
  uint64_t bits;
  bool any;
  const KgbLexicon *lists[REQ_LISTS];
  size_t n_lists;
  /* the fewest items a match has before this one (at most 63), and the
   * most, or -1 (no bound below 64): a match starting at item p has it at
   * one of items p + least .. p + reach */
  int least, reach;
} Req;

#define GROUP_LISTS 8

/// Words one of which every match contains: a one-token item whose key
/// (rules pool) is one of keys[] or in one of lists[] (as @list takes it).
typedef struct {
  const char **keys;
  size_t n, cap;
  const KgbLexicon *lists[GROUP_LISTS];
  size_t n_lists;
} Group;

struct KgbPattern {
  Inst *prog;
  size_t n_prog;
  TestSet *sets;
  size_t n_sets, cap_sets;
  const char *names[KGB_MAX_CAPTURES];
  size_t n_names;
  Group *groups; ///< every group of words the pattern requires
  size_t n_groups;
  const KgbVocab *vocab;
  /* Where a match can start: the tests reachable from pc 0 without
   * consuming an item, split by kind so most items are ruled out by a key
   * compare or a class bit test. Unused when the pattern can match empty. */
  bool nullable;
  const char **first_keys; ///< T_LOWER / T_SET keys, sorted by address
  size_t n_first_keys;
  uint64_t first_key_bloom; ///< key_bit() of each first key
  bool first_any_class;
  uint64_t first_bits; ///< T_MENTION class bits
  int *first_other;    ///< other test sets, checked in full
  size_t n_first_other;
  FirstStep *steps; ///< each first test and what follows it (first_steps())
  size_t n_steps;   ///< 0: no such filter
  /* The epsilon closures of pc 0 and of every pc after a TEST, worked out
   * when compiled: reach[reach_at[v][2 pc] .. reach_at[v][2 pc + 1]), in
   * the order the VM adds threads. A program with ^ or $ has one closure
   * per place where they decide: v = AT_MIDDLE, AT_START (item 0: ^ holds)
   * and AT_END (past the last item: $ holds), the three ranges the same
   * where the closure meets no ^ or $; one without has only AT_MIDDLE.
   * NULL when a closure is too deep, and at the start of an empty sentence
   * (^ and $ both hold): the VM then follows JMP/SPLIT/SAVE as it goes. */
  int *reach_at[3];
  Reach *reach;
  size_t n_reach;
  bool anchored; ///< the program has ^ or $
  /* Items every match has, in the order the match has them (each at a
   * later item than the one before): a sentence without them in that order
   * is rejected before the VM runs (reqs_check()). */
  Req *reqs;
  size_t n_reqs;
  /* Of those, the ones that are only a mention of some classes (no word):
   * a sentence without such a mention has no match anywhere. */
  struct {
    uint64_t bits;
    bool any;
  } needs[REQ_NEEDS];
  size_t n_needs;
  bool needs_poss; ///< every match has a [poss] item (a possessive 's)
};

/* ---- parser -------------------------------------------------------------- */

typedef struct {
  KgbRules *rules;
  KgbPattern *p;
  const char *src;
  size_t pos;
  const char *file;
  size_t line, col0;
  char *err;
  int depth;
  KgbBuf lower;             ///< lower_key()'s, kept from word to word
  struct ArenaBlock *arena; ///< the nodes (node_new())
  const KgbMacroUse *uses;  ///< macro expansions in src, by start
  size_t n_uses, next_use;  ///< uses[next_use]: the next at or after pos
  int max_depth;            ///< the deepest depth reached
} Parser;

static Node *fail(Parser *ps, const char *what) {
  if (!ps->err) {
    KgbBuf b = {0};
    if (kgb_buf_printf(&b, "%s:%zu:%zu: %s", ps->file, ps->line,
                       ps->col0 + ps->pos, what) == KGB_OK) {
      ps->err = b.data;
    } else {
      kgb_buf_free(&b);
      ps->err = kgb_strdup("out of memory");
    }
  }
  return NULL;
}

/* Nodes live in an arena of the parse, freed at once when the pattern is
 * compiled (a tree of a few hundred nodes was a malloc and a free each). */
typedef struct ArenaBlock {
  struct ArenaBlock *next;
  size_t used, cap;
  max_align_t data[];
} ArenaBlock;

#define ARENA_BLOCK 16384

static void *arena_alloc(Parser *ps, size_t size) {
  size_t units = (size + sizeof(max_align_t) - 1) / sizeof(max_align_t);
  ArenaBlock *b = ps->arena;
  if (!b || b->cap - b->used < units) {
    size_t cap = units > ARENA_BLOCK / sizeof(max_align_t)
                     ? units
                     : ARENA_BLOCK / sizeof(max_align_t);
    b = malloc(sizeof *b + cap * sizeof(max_align_t));
    if (!b) {
      return NULL;
    }
    *b = (ArenaBlock){ps->arena, 0, cap};
    ps->arena = b;
  }
  void *v = &b->data[b->used];
  b->used += units;
  return v;
}

static void arena_free(Parser *ps) {
  while (ps->arena) {
    ArenaBlock *next = ps->arena->next;
    free(ps->arena);
    ps->arena = next;
  }
}

static Node *node_new(Parser *ps, int kind) {
  Node *n = arena_alloc(ps, sizeof *n);
  if (n) {
    *n = (Node){.kind = kind};
  }
  return n;
}

static bool node_add(Parser *ps, Node *n, Node *kid) {
  if (n->n_kids == n->cap_kids) {
    size_t cap = n->cap_kids ? 2 * n->cap_kids : 4;
    Node **kids = arena_alloc(ps, cap * sizeof *kids);
    if (!kids) {
      return false;
    }
    if (n->n_kids) {
      memcpy(kids, n->kids, n->n_kids * sizeof *kids);
    }
    n->kids = kids;
    n->cap_kids = cap;
  }
  n->kids[n->n_kids++] = kid;
  return true;
}

static void skip_space(Parser *ps) {
  while (ps->src[ps->pos] == ' ' || ps->src[ps->pos] == '\t') {
    ps->pos++;
  }
}

static int add_set(Parser *ps, const Test *tests, size_t n, bool negate) {
  KgbPattern *p = ps->p;
  if (kgb_grow(&p->sets, &p->cap_sets, p->n_sets + 1, sizeof *p->sets) !=
      KGB_OK) {
    return -1;
  }
  TestSet *ts = &p->sets[p->n_sets];
  *ts = (TestSet){.n = n, .negate = negate};
  if (n == 1) { /* tests = &one once the sets stop moving (set_fixup()) */
    ts->one = tests[0];
  } else {
    Test *copy = malloc((n ? n : 1) * sizeof *copy);
    if (!copy) {
      return -1;
    }
    memcpy(copy, tests, n * sizeof *copy);
    ts->tests = copy;
  }
  return (int)p->n_sets++;
}

/// Point the sets of one test at their own (the array no longer grows).
static void set_fixup(KgbPattern *p) {
  for (size_t i = 0; i < p->n_sets; i++) {
    if (p->sets[i].n == 1) {
      p->sets[i].tests = &p->sets[i].one;
    }
  }
}

static Node *test_node(Parser *ps, const Test *tests, size_t n, bool negate) {
  int idx = add_set(ps, tests, n, negate);
  Node *node = idx < 0 ? NULL : node_new(ps, N_TEST);
  if (!node) {
    return fail(ps, "out of memory");
  }
  node->index = idx;
  return node;
}

/// Lower-case @p s[0..len), interned in the rules' pool.
static const char *lower_key(Parser *ps, const char *s, size_t len) {
  const char *k = NULL;
  if (kgb_lower_into(&ps->lower, s, len) == KGB_OK) {
    k = kgb_rules_intern(ps->rules, ps->lower.data ? ps->lower.data : "",
                         ps->lower.len);
  }
  return k;
}

static size_t ident_len(const char *s) {
  size_t n = 0;
  while (isalnum((unsigned char)s[n]) || s[n] == '_' || s[n] == '-' ||
         (unsigned char)s[n] >= 0x80) {
    n++;
  }
  return n;
}

static bool is_consonant(char c) {
  return c && !strchr("aeiouy", c);
}

/// All inflections of verb @p w: regular endings and the irregular list.
static Node *lemma_node(Parser *ps, const char *w, size_t len) {
  char buf[160];
  if (len >= 64) {
    return fail(ps, "word too long");
  }
  const char *forms[32];
  size_t n = 0;
  char stem[64];
  memcpy(stem, w, len);
  stem[len] = '\0';
  static const char *const endings[] = {"", "s", "es", "ed", "d", "ing"};
  for (size_t i = 0; i < sizeof endings / sizeof *endings; i++) {
    snprintf(buf, sizeof buf, "%s%s", stem, endings[i]);
    forms[n++] = lower_key(ps, buf, strlen(buf));
  }
  char last = stem[len - 1];
  if (last == 'e' && len > 1) {
    snprintf(buf, sizeof buf, "%.*sing", (int)len - 1, stem);
    forms[n++] = lower_key(ps, buf, strlen(buf));
  }
  if (last == 'y' && len > 1 && is_consonant(stem[len - 2])) {
    snprintf(buf, sizeof buf, "%.*sies", (int)len - 1, stem);
    forms[n++] = lower_key(ps, buf, strlen(buf));
    snprintf(buf, sizeof buf, "%.*sied", (int)len - 1, stem);
    forms[n++] = lower_key(ps, buf, strlen(buf));
  }
  if (len >= 3 && is_consonant(last) && !strchr("wxy", last) &&
      !is_consonant(stem[len - 2]) && is_consonant(stem[len - 3])) {
    snprintf(buf, sizeof buf, "%s%ced", stem, last);
    forms[n++] = lower_key(ps, buf, strlen(buf));
    snprintf(buf, sizeof buf, "%s%cing", stem, last);
    forms[n++] = lower_key(ps, buf, strlen(buf));
  }
  const char *lemma = lower_key(ps, stem, len);
  n += kgb_rules_irregular(ps->rules, lemma, forms + n, 32 - n);
  for (size_t i = 0; i < n; i++) {
    if (!forms[i]) {
      return fail(ps, "out of memory");
    }
  }
  const char **set = malloc(n * sizeof *set);
  if (!set) {
    return fail(ps, "out of memory");
  }
  memcpy(set, forms, n * sizeof *set);
  Test t = {.kind = T_SET, .set = set, .n_set = n};
  Node *node = test_node(ps, &t, 1, false);
  if (!node) {
    free(set);
  }
  return node;
}

static Node *parse_alt(Parser *ps);

/// A mention test, <Class|Class> (Name, Title and Entity too), at the
/// parser's position; also one test of a [...] conjunction:
/// "[<Organization>,!in=streamer]".
static bool parse_mention_test(Parser *ps, Test *t) {
  memset(t, 0, sizeof *t);
  t->kind = T_MENTION;
  const char *s = ps->src + ps->pos;
  size_t i = 1;
  for (;;) {
    size_t n = ident_len(s + i);
    if (n == 0) {
      ps->pos += i;
      fail(ps, "expected a class name in <...>");
      return false;
    }
    const char *cls = kgb_rules_intern(ps->rules, s + i, n);
    bool special =
        !strcmp(cls, "Name") || !strcmp(cls, "Title") || !strcmp(cls, "Entity");
    const KgbVocabTerm *term = kgb_vocab_find(ps->p->vocab, cls);
    if (!special && !(term && term->is_class)) {
      ps->pos += i;
      fail(ps, "unknown class in <...> (not in the vocabulary, and not "
               "Name, Title or Entity)");
      return false;
    }
    if (t->n_classes == sizeof t->classes / sizeof *t->classes) {
      ps->pos += i;
      fail(ps, "too many classes in <...>");
      return false;
    }
    t->classes[t->n_classes++] = cls;
    i += n;
    if (s[i] == '|') {
      i++;
      continue;
    }
    if (s[i] != '>') {
      ps->pos += i;
      fail(ps, "expected | or > in <...>");
      return false;
    }
    ps->pos += i + 1;
    for (size_t k = 0; k < t->n_classes; k++) {
      uint64_t bits = 0;
      if (!strcmp(t->classes[k], "Entity")) {
        t->any_class = true;
      } else if (!strcmp(t->classes[k], "Name")) {
        bits = (uint64_t)1 << KGB_CLASS_BIT_NAME;
      } else if (!strcmp(t->classes[k], "Title")) {
        bits = (uint64_t)1 << KGB_CLASS_BIT_TITLE;
      } else {
        int bit = kgb_vocab_class_bit(ps->p->vocab, t->classes[k]);
        bits = bit >= 0 ? (uint64_t)1 << bit : 0;
        t->by_name |= bit < 0;
      }
      t->want_bits |= bits;
    }
    return true;
  }
}

/// One bracket test: cap, num, year, punct, lower, poss, openq, closeq,
/// lower=x, list=x, in=x, <Class|Class>.
static bool parse_bracket_test(Parser *ps, Test *t) {
  memset(t, 0, sizeof *t);
  skip_space(ps);
  if (ps->src[ps->pos] == '!') {
    t->negate = true;
    ps->pos++;
  }
  if (ps->src[ps->pos] == '<') {
    bool negate = t->negate;
    bool ok = parse_mention_test(ps, t);
    t->negate = negate;
    return ok;
  }
  const char *s = ps->src + ps->pos;
  size_t n = ident_len(s);
  static const struct {
    const char *name;
    int kind;
  } simple[] = {{"cap", T_CAP},
                {"num", T_NUM},
                {"year", T_YEAR},
                {"punct", T_PUNCT},
                {"lower", T_LOWERCASE},
                {"poss", T_POSS},
                {"any", T_ANY},
                {"openq", T_OPENQ},
                {"closeq", T_CLOSEQ},
                {"fullname", T_FULLNAME},
                {"firstname", T_FIRSTNAME}};
  if (s[n] != '=') {
    for (size_t i = 0; i < sizeof simple / sizeof *simple; i++) {
      if (strlen(simple[i].name) == n && memcmp(s, simple[i].name, n) == 0) {
        t->kind = simple[i].kind;
        ps->pos += n;
        return true;
      }
    }
    fail(ps, "unknown token test (expected cap, num, year, punct, lower, "
             "poss, any, openq, closeq, fullname, firstname, lower=WORD, "
             "list=NAME or in=NAME)");
    return false;
  }
  const char *v = s + n + 1;
  size_t vn = 0;
  while (v[vn] && v[vn] != ',' && v[vn] != ']' && v[vn] != ' ') {
    vn++;
  }
  if (vn == 0) {
    fail(ps, "empty value in token test");
    return false;
  }
  if (n == 5 && memcmp(s, "lower", 5) == 0) {
    t->kind = T_LOWER;
    t->str = lower_key(ps, v, vn);
  } else if ((n == 4 && memcmp(s, "list", 4) == 0) ||
             (n == 2 && memcmp(s, "in", 2) == 0) ||
             (n == 5 && memcmp(s, "first", 5) == 0) ||
             (n == 4 && memcmp(s, "last", 4) == 0)) {
    t->kind = n == 2                      ? T_IN
              : n == 5                    ? T_FIRST
              : memcmp(s, "last", 4) == 0 ? T_LAST
                                          : T_LIST;
    t->str = kgb_rules_intern(ps->rules, v, vn);
    if (t->str && !(t->list = kgb_rules_list(ps->rules, t->str))) {
      fail(ps, "unknown list (no .tsv file defines it)");
      return false;
    }
  } else {
    fail(ps, "unknown token test (expected lower=WORD, list=NAME, "
             "in=NAME, first=NAME or last=NAME)");
    return false;
  }
  ps->pos += (size_t)(v + vn - s);
  return t->str != NULL;
}

/* ---- macro templates ----------------------------------------------------- */

struct KgbTemplate {
  KgbPattern *p;            ///< the test sets and capture names of the parse
  struct ArenaBlock *arena; ///< the tree's nodes
  Node *root;               ///< NULL when the text does not parse on its own
  int depth;                ///< the deepest nesting of (...) in the text
  size_t n_nodes, n_kids;   ///< the tree's nodes and their kids, in all
};

/* Count the nodes under @p n (itself too) and their kids into @p t. */
static void template_count(KgbTemplate *t, const Node *n) {
  t->n_nodes++;
  t->n_kids += n->n_kids;
  for (size_t i = 0; i < n->n_kids; i++) {
    template_count(t, n->kids[i]);
  }
}

KgbStatus kgb_template_new(KgbRules *rules, const char *text,
                           KgbTemplate **out) {
  KgbTemplate *t = calloc(1, sizeof *t);
  KgbPattern *p = calloc(1, sizeof *p);
  if (!t || !p) {
    free(t);
    free(p);
    return KGB_ERR_NOMEM;
  }
  p->vocab = kgb_rules_vocab(rules);
  Parser ps = {.rules = rules, .p = p, .src = text, .file = ""};
  Node *root = parse_alt(&ps);
  kgb_buf_free(&ps.lower);
  free(ps.err);
  if (root) { /* the whole text, as "(" text ")" takes it */
    skip_space(&ps);
    root = ps.src[ps.pos] == '\0' ? root : NULL;
  }
  *t = (KgbTemplate){p, ps.arena, root, ps.max_depth, 0, 0};
  if (root) {
    template_count(t, root);
  }
  *out = t;
  return KGB_OK;
}

void kgb_template_free(KgbTemplate *t) {
  if (t) {
    Parser ps = {.arena = t->arena};
    arena_free(&ps);
    set_fixup(t->p);
    kgb_pattern_free(t->p);
    free(t);
  }
}

/* The capture named @p name of the pattern being parsed, added if new (as
 * parse_item() does); -1 when there is no room. */
static int capture_of(Parser *ps, const char *name) {
  for (size_t i = 0; i < ps->p->n_names; i++) {
    if (ps->p->names[i] == name) {
      return (int)i;
    }
  }
  if (ps->p->n_names == KGB_MAX_CAPTURES) {
    return -1;
  }
  ps->p->names[ps->p->n_names] = name;
  return (int)ps->p->n_names++;
}

/// Where node_copy() takes the nodes and kid arrays of a copy from.
typedef struct {
  Node *nodes;
  Node **kids;
} CopyRoom;

/* A copy of template node @p n (of @p t) in the pattern being parsed, its
 * sets' indices moved by @p set0: in the order parsing makes them (a
 * capture's name before what it holds), in @p room. */
static Node *node_copy(Parser *ps, const KgbTemplate *t, const Node *n,
                       size_t set0, CopyRoom *room) {
  Node *c = room->nodes++;
  *c = (Node){.kind = n->kind, .min = n->min, .max = n->max, .index = n->index};
  if (n->kind == N_TEST) {
    c->index = n->index + (int)set0;
  } else if (n->kind == N_CAP) {
    c->index = capture_of(ps, t->p->names[n->index]);
  }
  c->kids = room->kids;
  c->n_kids = c->cap_kids = n->n_kids;
  room->kids += n->n_kids;
  for (size_t i = 0; i < n->n_kids; i++) {
    c->kids[i] = node_copy(ps, t, n->kids[i], set0, room);
  }
  return c;
}

/* Append template @p t's test sets to the pattern being parsed, each with
 * arrays of its own; false when out of memory. */
static bool sets_copy(Parser *ps, const KgbTemplate *t) {
  KgbPattern *p = ps->p;
  if (kgb_grow(&p->sets, &p->cap_sets, p->n_sets + t->p->n_sets,
               sizeof *p->sets) != KGB_OK) {
    return false;
  }
  for (size_t i = 0; i < t->p->n_sets; i++) {
    TestSet *to = &p->sets[p->n_sets];
    *to = t->p->sets[i]; /* a set of one has tests NULL until set_fixup() */
    bool ok = true;
    if (to->n > 1) {
      Test *copy = malloc(to->n * sizeof *copy);
      if (copy) {
        memcpy(copy, to->tests, to->n * sizeof *copy);
      }
      to->tests = copy;
      to->n = copy ? to->n : 0;
      ok = copy != NULL;
    }
    Test *tests = to->n == 1 ? &to->one : to->tests;
    for (size_t j = 0; j < to->n; j++) { /* a word set's own array */
      if (tests[j].kind == T_SET) {
        const char **set = ok ? malloc(tests[j].n_set * sizeof *set) : NULL;
        if (set) {
          memcpy(set, tests[j].set, tests[j].n_set * sizeof *set);
        }
        tests[j].set = set;
        ok = ok && set;
      }
    }
    p->n_sets++;
    if (!ok) {
      return false;
    }
  }
  return true;
}

/* At a "(" where a macro's expansion starts: its template copied into *out
 * (NULL on failure, the error set), past its ")"; true. False when there is
 * no expansion here, or its copy could differ from parsing it here (its
 * text does not parse alone, it would nest too deep, or its captures
 * would not fit): it is then parsed. */
static bool macro_copy(Parser *ps, Node **out) {
  while (ps->next_use < ps->n_uses && ps->uses[ps->next_use].start < ps->pos) {
    ps->next_use++;
  }
  if (ps->next_use == ps->n_uses || ps->uses[ps->next_use].start != ps->pos) {
    return false;
  }
  const KgbMacroUse *u = &ps->uses[ps->next_use];
  const KgbTemplate *t = u->tmpl;
  if (!t || !t->root || ps->depth + 1 + t->depth > 32) {
    return false;
  }
  size_t new_names = 0;
  for (size_t i = 0; i < t->p->n_names; i++) {
    size_t j = 0;
    while (j < ps->p->n_names && ps->p->names[j] != t->p->names[i]) {
      j++;
    }
    new_names += j == ps->p->n_names;
  }
  if (ps->p->n_names + new_names > KGB_MAX_CAPTURES) {
    return false;
  }
  size_t set0 = ps->p->n_sets;
  CopyRoom room = {
      arena_alloc(ps, t->n_nodes * sizeof *room.nodes),
      arena_alloc(ps, (t->n_kids ? t->n_kids : 1) * sizeof *room.kids)};
  if (!room.nodes || !room.kids || !sets_copy(ps, t)) {
    *out = fail(ps, "out of memory");
    return true;
  }
  *out = node_copy(ps, t, t->root, set0, &room);
  ps->pos = u->end;
  ps->next_use++;
  return true;
}

static Node *parse_atom(Parser *ps) {
  skip_space(ps);
  const char *s = ps->src + ps->pos;
  char c = *s;
  if (c == '"') {
    const char *end = strchr(s + 1, '"');
    if (!end) {
      return fail(ps, "unterminated \"...\"");
    }
    Node *seq = node_new(ps, N_SEQ);
    if (!seq) {
      return fail(ps, "out of memory");
    }
    const char *w = s + 1;
    while (w < end) {
      while (w < end && *w == ' ') {
        w++;
      }
      /* a hyphen is a token of its own, as in the text ("co-production"
       * is co, -, production) */
      const char *we = w;
      if (w < end && *w == '-') {
        we++;
      } else {
        while (we < end && *we != ' ' && *we != '-') {
          we++;
        }
      }
      if (we > w) {
        Test t = {.kind = T_LOWER, .str = lower_key(ps, w, (size_t)(we - w))};
        Node *n = t.str ? test_node(ps, &t, 1, false) : NULL;
        if (!n || !node_add(ps, seq, n)) {
          return fail(ps, "out of memory");
        }
      }
      w = we;
    }
    if (seq->n_kids == 0) {
      return fail(ps, "empty \"\"");
    }
    ps->pos = (size_t)(end + 1 - ps->src);
    return seq;
  }
  if (c == '~' || c == '@') {
    size_t n = ident_len(s + 1);
    if (n == 0) {
      return fail(ps, c == '~' ? "expected a verb after ~"
                               : "expected a list name after @");
    }
    ps->pos += n + 1;
    if (c == '~') {
      return lemma_node(ps, s + 1, n);
    }
    Test t = {.kind = T_LIST, .str = kgb_rules_intern(ps->rules, s + 1, n)};
    if (t.str && !(t.list = kgb_rules_list(ps->rules, t.str))) {
      ps->pos -= n + 1;
      return fail(ps, "unknown list (no .tsv file defines it)");
    }
    return test_node(ps, &t, 1, false);
  }
  if (c == '<') {
    Test t;
    return parse_mention_test(ps, &t) ? test_node(ps, &t, 1, false) : NULL;
  }
  if (c == '[') {
    Test *tests = NULL;
    size_t n = 0;
    Node *node = NULL;
    ps->pos++;
    for (;;) {
      Test *grown = realloc(tests, (n + 1) * sizeof *tests);
      if (!grown) {
        node = fail(ps, "out of memory");
        break;
      }
      tests = grown;
      if (!parse_bracket_test(ps, &tests[n++])) {
        break;
      }
      skip_space(ps);
      if (ps->src[ps->pos] == ',') {
        ps->pos++;
        continue;
      }
      if (ps->src[ps->pos] != ']') {
        node = fail(ps, "expected , or ] in [...]");
        break;
      }
      ps->pos++;
      node = test_node(ps, tests, n, false);
      break;
    }
    free(tests);
    return node;
  }
  if (c == '^' || c == '$') {
    ps->pos++;
    Node *n = node_new(ps, c == '^' ? N_BOL : N_EOL);
    return n ? n : fail(ps, "out of memory");
  }
  if (c == '_') {
    ps->pos++;
    Test t = {.kind = T_ANY};
    return test_node(ps, &t, 1, false);
  }
  if (c == '!') {
    ps->pos++;
    Node *inner = parse_atom(ps);
    if (!inner) {
      return NULL;
    }
    while (inner->kind == N_SEQ && inner->n_kids == 1) { /* !"word" */
      Node *only = inner->kids[0];
      inner->n_kids = 0;
      inner = only;
    }
    if (inner->kind != N_TEST) {
      return fail(ps, "! applies to one token test, not a group or phrase");
    }
    ps->p->sets[inner->index].negate = !ps->p->sets[inner->index].negate;
    return inner;
  }
  if (c == '(') {
    Node *copy;
    if (ps->n_uses && macro_copy(ps, &copy)) {
      return copy;
    }
    if (++ps->depth > 32) {
      return fail(ps, "groups nested too deeply");
    }
    ps->max_depth = ps->depth > ps->max_depth ? ps->depth : ps->max_depth;
    ps->pos++;
    Node *inner = parse_alt(ps);
    ps->depth--;
    if (!inner) {
      return NULL;
    }
    skip_space(ps);
    if (ps->src[ps->pos] != ')') {
      return fail(ps, "expected )");
    }
    ps->pos++;
    return inner;
  }
  return fail(ps, "expected a pattern item: \"words\", ~verb, @list, "
                  "<Class>, [tests], _, ^, $, (group) or !item");
}

static Node *parse_item(Parser *ps) {
  skip_space(ps);
  const char *s = ps->src + ps->pos;
  int cap = -1;
  size_t n = ident_len(s);
  if (n > 0 && s[n] == ':' && isalpha((unsigned char)s[0])) {
    const char *name = kgb_rules_intern(ps->rules, s, n);
    for (size_t i = 0; i < ps->p->n_names; i++) {
      if (ps->p->names[i] == name) {
        cap = (int)i;
      }
    }
    if (cap < 0) {
      if (ps->p->n_names == KGB_MAX_CAPTURES) {
        return fail(ps, "too many captures (at most 8)");
      }
      cap = (int)ps->p->n_names;
      ps->p->names[ps->p->n_names++] = name;
    }
    ps->pos += n + 1;
  }
  Node *atom = parse_atom(ps);
  if (!atom) {
    return NULL;
  }
  const char *q = ps->src + ps->pos;
  int min = 1, max = 1;
  if (*q == '?') {
    min = 0;
    ps->pos++;
  } else if (*q == '*') {
    min = 0;
    max = -1;
    ps->pos++;
  } else if (*q == '+') {
    max = -1;
    ps->pos++;
  } else if (*q == '{') {
    char *end;
    long a = strtol(q + 1, &end, 10);
    long b = a;
    if (*end == ',') {
      b = strtol(end + 1, &end, 10);
    }
    if (*end != '}' || a < 0 || b < a || b > 20 || b == 0) {
      return fail(ps, "bad {m,n} (0 <= m <= n <= 20, n >= 1)");
    }
    min = (int)a;
    max = (int)b;
    ps->pos = (size_t)(end + 1 - ps->src);
  }
  if (min != 1 || max != 1) {
    Node *rep = node_new(ps, N_REP);
    if (!rep || !node_add(ps, rep, atom)) {
      free(rep);
      return fail(ps, "out of memory");
    }
    rep->min = min;
    rep->max = max;
    atom = rep;
  }
  if (cap >= 0) {
    Node *c = node_new(ps, N_CAP);
    if (!c || !node_add(ps, c, atom)) {
      free(c);
      return fail(ps, "out of memory");
    }
    c->index = cap;
    atom = c;
  }
  return atom;
}

static Node *parse_seq(Parser *ps) {
  Node *seq = node_new(ps, N_SEQ);
  if (!seq) {
    return fail(ps, "out of memory");
  }
  for (;;) {
    skip_space(ps);
    char c = ps->src[ps->pos];
    if (c == '\0' || c == '|' || c == ')') {
      break;
    }
    Node *item = parse_item(ps);
    if (!item || !node_add(ps, seq, item)) {
      return item ? fail(ps, "out of memory") : NULL;
    }
  }
  if (seq->n_kids == 0) {
    return fail(ps, "empty pattern or alternative");
  }
  return seq;
}

static Node *parse_alt(Parser *ps) {
  Node *first = parse_seq(ps);
  if (!first || ps->src[ps->pos] != '|') {
    return first;
  }
  Node *alt = node_new(ps, N_ALT);
  if (!alt || !node_add(ps, alt, first)) {
    free(alt);
    return fail(ps, "out of memory");
  }
  while (ps->src[ps->pos] == '|') {
    ps->pos++;
    Node *next = parse_seq(ps);
    if (!next || !node_add(ps, alt, next)) {
      return next ? fail(ps, "out of memory") : NULL;
    }
  }
  return alt;
}

/* ---- code generation ----------------------------------------------------- */

typedef struct {
  Inst *v;
  size_t n, cap;
  bool oom;
} Code;

static int emit(Code *c, int op, int x, int y) {
  if (c->n == c->cap) {
    size_t cap = c->cap ? c->cap * 2 : 32;
    Inst *v = realloc(c->v, cap * sizeof *v);
    if (!v) {
      c->oom = true;
      return 0;
    }
    c->v = v;
    c->cap = cap;
  }
  c->v[c->n] = (Inst){op, x, y};
  return (int)c->n++;
}

static void gen(Code *c, const Node *n) {
  switch (n->kind) {
  case N_TEST:
    emit(c, I_TEST, n->index, 0);
    break;
  case N_SEQ:
    for (size_t i = 0; i < n->n_kids; i++) {
      gen(c, n->kids[i]);
    }
    break;
  case N_BOL:
    emit(c, I_BOL, 0, 0);
    break;
  case N_EOL:
    emit(c, I_EOL, 0, 0);
    break;
  case N_CAP:
    emit(c, I_SAVE, 2 * n->index, 0);
    gen(c, n->kids[0]);
    emit(c, I_SAVE, 2 * n->index + 1, 0);
    break;
  case N_ALT: {
    int jumps[64];
    size_t nj = 0;
    for (size_t i = 0; i < n->n_kids; i++) {
      if (i + 1 < n->n_kids) {
        int split = emit(c, I_SPLIT, 0, 0);
        if (c->oom) {
          return;
        }
        c->v[split].x = (int)c->n;
        gen(c, n->kids[i]);
        int j = emit(c, I_JMP, 0, 0);
        if (nj < 64) {
          jumps[nj++] = j;
        }
        if (c->oom) {
          return;
        }
        c->v[split].y = (int)c->n;
      } else {
        gen(c, n->kids[i]);
      }
    }
    for (size_t i = 0; i < nj && !c->oom; i++) {
      c->v[jumps[i]].x = (int)c->n;
    }
    break;
  }
  case N_REP: {
    for (int i = 0; i < n->min; i++) {
      gen(c, n->kids[0]);
    }
    if (n->max < 0) {
      int split = emit(c, I_SPLIT, 0, 0);
      if (c->oom) {
        return;
      }
      c->v[split].x = (int)c->n;
      gen(c, n->kids[0]);
      emit(c, I_JMP, split, 0);
      if (!c->oom) {
        c->v[split].y = (int)c->n;
      }
    } else {
      int splits[20];
      int k = 0;
      for (int i = n->min; i < n->max; i++) {
        splits[k] = emit(c, I_SPLIT, 0, 0);
        if (c->oom) {
          return;
        }
        c->v[splits[k]].x = (int)c->n;
        k++;
        gen(c, n->kids[0]);
      }
      for (int i = 0; i < k && !c->oom; i++) {
        c->v[splits[i]].y = (int)c->n;
      }
    }
    break;
  }
  }
}

/* What every item matching test set @p ts has, by the set's tests that are
 * not negated (all NULL when the set is): its first word or word set test,
 * or its first class test by bits, whichever comes first (the other NULL),
 * and the first @list test before it (or of all, when there is neither). */
typedef struct {
  const Test *word, *mention, *list;
} SetTests;

static SetTests set_tests(const TestSet *ts) {
  SetTests st = {NULL, NULL, NULL};
  for (size_t i = 0; !ts->negate && i < ts->n && !st.word && !st.mention; i++) {
    const Test *t = &ts->tests[i];
    if (t->negate) {
      continue;
    }
    if (t->kind == T_LOWER || t->kind == T_SET) {
      st.word = t;
    } else if (t->kind == T_MENTION && !t->by_name) {
      st.mention = t;
    } else if (t->kind == T_LIST && !st.list) {
      st.list = t;
    }
  }
  return st;
}

/* Add @p part's words and lists to @p g; false when out of memory or lists. */
static bool group_add(Group *g, const Group *part) {
  if (g->n_lists + part->n_lists > GROUP_LISTS) {
    return false;
  }
  if (part->n) {
    if (kgb_grow(&g->keys, &g->cap, g->n + part->n, sizeof *g->keys) !=
        KGB_OK) {
      return false;
    }
    memcpy(g->keys + g->n, part->keys, part->n * sizeof *g->keys);
    g->n += part->n;
  }
  memcpy(g->lists + g->n_lists, part->lists,
         part->n_lists * sizeof *part->lists);
  g->n_lists += part->n_lists;
  return true;
}

/* How rare a group's words are likely to be, for choosing among the parts
 * of a sequence: longer shortest words first (short words such as "in" or
 * "by" are in most sentences), then fewer words; a list's words (genres,
 * occupations, kin) count as five letters, a list as fifty words. */
static bool group_rarer(const Group *a, const Group *b) {
  size_t sa = a->n_lists ? 5 : SIZE_MAX, sb = b->n_lists ? 5 : SIZE_MAX;
  for (size_t k = 0; k < a->n; k++) {
    size_t len = strlen(a->keys[k]);
    sa = len < sa ? len : sa;
  }
  for (size_t k = 0; k < b->n; k++) {
    size_t len = strlen(b->keys[k]);
    sb = len < sb ? len : sb;
  }
  if (sa != sb) {
    return sa > sb;
  }
  return a->n + 50 * a->n_lists < b->n + 50 * b->n_lists;
}

/* Trigger words: the words (keys and lists) one of which every match of
 * node @p n must contain, into @p out (zeroed; the caller frees
 * out->keys); false when there are none to name. Of a sequence, the rarest
 * part's (group_rarer()); of an alternative, the union of its branches'. */
static bool triggers_of(const KgbPattern *p, const Node *n, Group *out) {
  switch (n->kind) {
  case N_TEST: {
    SetTests first = set_tests(&p->sets[n->index]);
    const Test *t = first.word;
    if (t) {
      size_t k = t->kind == T_LOWER ? 1 : t->n_set;
      out->keys = malloc(k * sizeof *out->keys);
      if (!out->keys) {
        return false;
      }
      if (t->kind == T_LOWER) {
        out->keys[0] = t->str;
      } else {
        memcpy(out->keys, t->set, k * sizeof *out->keys);
      }
      out->n = out->cap = k;
      return true;
    }
    if (first.list && first.list->list) {
      out->lists[out->n_lists++] = first.list->list;
      return true;
    }
    return false;
  }
  case N_CAP:
    return triggers_of(p, n->kids[0], out);
  case N_REP:
    return n->min > 0 && triggers_of(p, n->kids[0], out);
  case N_SEQ: {
    bool found = false;
    for (size_t i = 0; i < n->n_kids; i++) {
      Group part = {0};
      if (!triggers_of(p, n->kids[i], &part)) {
        free(part.keys);
        continue;
      }
      if (!found || group_rarer(&part, out)) {
        free(out->keys);
        *out = part;
        found = true;
      } else {
        free(part.keys);
      }
    }
    return found;
  }
  case N_ALT: {
    Group all = {0};
    for (size_t i = 0; i < n->n_kids; i++) {
      Group part = {0};
      bool ok = triggers_of(p, n->kids[i], &part) && group_add(&all, &part);
      free(part.keys);
      if (!ok) {
        free(all.keys);
        return false;
      }
    }
    *out = all;
    return n->n_kids > 0;
  }
  }
  return false;
}

static KgbStatus first_tests(KgbPattern *p);
static KgbStatus first_steps(KgbPattern *p);
static KgbStatus closures(KgbPattern *p);

/* Add to @p r what an item matching test set @p ts has (a key of a word or
 * word set, a class of a mention test); false when nothing is known. */
static bool req_of_set(const TestSet *ts, Req *r) {
  SetTests first = set_tests(ts);
  const Test *t = first.word;
  if (t) {
    size_t n = t->kind == T_LOWER ? 1 : t->n_set;
    if (kgb_grow(&r->keys, &r->cap_keys, r->n_keys + n, sizeof *r->keys) !=
        KGB_OK) {
      return false;
    }
    for (size_t k = 0; k < n; k++) {
      r->keys[r->n_keys++] = t->kind == T_LOWER ? t->str : t->set[k];
    }
    return true;
  }
  if (first.mention) {
    r->any |= first.mention->any_class;
    r->bits |= first.mention->want_bits;
    return true;
  }
  if (first.list && r->n_lists < REQ_LISTS) { /* word or class: cheaper */
    r->lists[r->n_lists++] = first.list->list;
    return true;
  }
  return false;
}

/* Add to @p r the items one of which every match of node @p n has (of an
 * alternative, the union of one required item of each branch); @p lists is
 * &r->n_lists. With @p r NULL, only whether it would, for a Req with
 * *lists lists (counted on), so a sequence's parts are tried without
 * building (and freeing) an item of their own. */
static bool req_of(const KgbPattern *p, const Node *n, Req *r, size_t *lists) {
  switch (n->kind) {
  case N_TEST: {
    if (r) {
      return req_of_set(&p->sets[n->index], r);
    }
    SetTests first = set_tests(&p->sets[n->index]);
    if (first.word || first.mention) {
      return true;
    }
    if (first.list && *lists < REQ_LISTS) {
      ++*lists;
      return true;
    }
    return false;
  }
  case N_CAP:
    return req_of(p, n->kids[0], r, lists);
  case N_REP:
    return n->min > 0 && req_of(p, n->kids[0], r, lists);
  case N_SEQ: /* the first part that has one */
    for (size_t i = 0; i < n->n_kids; i++) {
      size_t one = 0;
      if (req_of(p, n->kids[i], NULL, &one)) {
        if (*lists + one > REQ_LISTS) {
          return false;
        }
        if (!r) {
          *lists += one;
          return true;
        }
        return req_of(p, n->kids[i], r, lists);
      }
    }
    return false;
  case N_ALT:
    for (size_t i = 0; i < n->n_kids; i++) {
      if (!req_of(p, n->kids[i], r, lists)) {
        return false;
      }
    }
    return n->n_kids > 0;
  }
  return false;
}

#define REACH_MAX 64 /* longer (or unbounded): no reach (Req) */

/* The most items node @p n matches (@p most), or REACH_MAX when that is as
 * many or more (or has no bound); else the fewest, at most REACH_MAX.
 * Worked out once a node (Node max1, min1). */
static size_t node_len(Node *n, bool most) {
  size_t *memo = most ? &n->max1 : &n->min1;
  size_t len = 0;
  if (*memo) {
    return *memo - 1;
  }
  switch (n->kind) {
  case N_TEST:
    return 1;
  case N_SEQ:
    for (size_t i = 0; i < n->n_kids && len < REACH_MAX; i++) {
      len += node_len(n->kids[i], most);
    }
    break;
  case N_ALT:
    for (size_t i = 0; i < n->n_kids && (!most || len < REACH_MAX); i++) {
      size_t k = node_len(n->kids[i], most);
      len = i == 0 || (most ? k > len : k < len) ? k : len;
    }
    break;
  case N_CAP:
    len = node_len(n->kids[0], most);
    break;
  case N_REP: {
    int times = most ? n->max : n->min;
    len = most && times < 0 ? REACH_MAX
          : times > 0       ? (size_t)times * node_len(n->kids[0], most)
                            : 0;
    break;
  }
  }
  len = len < REACH_MAX ? len : REACH_MAX;
  *memo = len + 1;
  return len;
}

/* The required items of a sequence, in order: its required parts (through
 * captures and repetitions of at least one) each give one. @p least and
 * @p before: the fewest and the most items a match has before node @p n
 * (REACH_MAX: no bound). */
static bool reqs_of(KgbPattern *p, Node *n, size_t *cap, size_t least,
                    size_t before) {
  if (n->kind == N_SEQ || n->kind == N_CAP ||
      (n->kind == N_REP && n->min > 0)) {
    for (size_t i = 0; i < n->n_kids; i++) {
      if (!reqs_of(p, n->kids[i], cap, least, before)) {
        return false;
      }
      before += before < REACH_MAX && i + 1 < n->n_kids
                    ? node_len(n->kids[i], true)
                    : 0;
      least += least < REACH_MAX && i + 1 < n->n_kids
                   ? node_len(n->kids[i], false)
                   : 0;
    }
    return true;
  }
  if (n->kind != N_TEST && n->kind != N_ALT) {
    return true;
  }
  Req r = {0};
  if (!req_of(p, n, &r, &r.n_lists)) {
    free(r.keys);
    return true; /* no particular item */
  }
  size_t last = before < REACH_MAX ? before + node_len(n, true) : REACH_MAX;
  r.reach = last > 0 && last < REACH_MAX ? (int)last - 1 : -1;
  r.least = least < REACH_MAX ? (int)least : REACH_MAX - 1;
  if (kgb_grow(&p->reqs, cap, p->n_reqs + 1, sizeof *p->reqs) != KGB_OK) {
    free(r.keys);
    return false;
  }
  p->reqs[p->n_reqs++] = r;
  return true;
}

/* Every group of words a match must contain: one per required item of the
 * top-level sequence (through captures and repetitions of at least one);
 * an alternative or a single test gives one group (triggers_of). */
static bool groups_of(KgbPattern *p, const Node *n, size_t *cap) {
  if (n->kind == N_SEQ || n->kind == N_CAP ||
      (n->kind == N_REP && n->min > 0)) {
    for (size_t i = 0; i < n->n_kids; i++) {
      if (!groups_of(p, n->kids[i], cap)) {
        return false;
      }
    }
    return true;
  }
  if (n->kind != N_TEST && n->kind != N_ALT) {
    return true;
  }
  Group g = {0};
  if (!triggers_of(p, n, &g)) {
    free(g.keys);
    return true; /* requires no particular word */
  }
  if (kgb_grow(&p->groups, cap, p->n_groups + 1, sizeof *p->groups) != KGB_OK) {
    free(g.keys);
    return false;
  }
  p->groups[p->n_groups++] = g;
  return true;
}

/* Does every match of node @p n have an item a [poss] test holds for (the
 * set holds only where its plain [poss] does)? */
static bool needs_poss(const KgbPattern *p, const Node *n) {
  switch (n->kind) {
  case N_TEST: {
    const TestSet *ts = &p->sets[n->index];
    for (size_t i = 0; !ts->negate && i < ts->n; i++) {
      if (ts->tests[i].kind == T_POSS && !ts->tests[i].negate) {
        return true;
      }
    }
    return false;
  }
  case N_CAP:
    return needs_poss(p, n->kids[0]);
  case N_REP:
    return n->min > 0 && needs_poss(p, n->kids[0]);
  case N_SEQ:
    for (size_t i = 0; i < n->n_kids; i++) {
      if (needs_poss(p, n->kids[i])) {
        return true;
      }
    }
    return false;
  case N_ALT:
    for (size_t i = 0; i < n->n_kids; i++) {
      if (!needs_poss(p, n->kids[i])) {
        return false;
      }
    }
    return n->n_kids > 0;
  }
  return false;
}

KgbStatus kgb_pattern_compile(KgbRules *rules, const char *src,
                              const char *file, size_t line, size_t col0,
                              KgbPattern **out, char **err) {
  return kgb_pattern_compile_uses(rules, src, NULL, 0, file, line, col0, out,
                                  err);
}

KgbStatus kgb_pattern_compile_uses(KgbRules *rules, const char *src,
                                   const KgbMacroUse *uses, size_t n_uses,
                                   const char *file, size_t line, size_t col0,
                                   KgbPattern **out, char **err) {
  *out = NULL;
  KgbPattern *p = calloc(1, sizeof *p);
  if (!p) {
    return KGB_ERR_NOMEM;
  }
  p->vocab = kgb_rules_vocab(rules);
  Parser ps = {.rules = rules,
               .p = p,
               .src = src,
               .file = file,
               .line = line,
               .col0 = col0,
               .uses = uses,
               .n_uses = n_uses};
  Node *root = parse_alt(&ps);
  set_fixup(p);
  kgb_buf_free(&ps.lower);
  if (root && ps.src[ps.pos] != '\0') {
    root = fail(&ps, "unbalanced )");
  }
  if (!root) {
    arena_free(&ps);
    if (err) {
      *err = ps.err;
    } else {
      free(ps.err);
    }
    kgb_pattern_free(p);
    return KGB_ERR_PARSE;
  }
  Code c = {0};
  gen(&c, root);
  emit(&c, I_MATCH, 0, 0);
  size_t cap_groups = 0, cap_reqs = 0;
  if (!groups_of(p, root, &cap_groups) || !reqs_of(p, root, &cap_reqs, 0, 0)) {
    c.oom = true;
  }
  p->needs_poss = needs_poss(p, root);
  for (size_t i = 0; i < p->n_reqs && p->n_needs < REQ_NEEDS; i++) {
    const Req *r = &p->reqs[i];
    if (r->n_keys == 0 && r->n_lists == 0) {
      p->needs[p->n_needs].bits = r->bits;
      p->needs[p->n_needs++].any = r->any;
    }
  }
  arena_free(&ps); /* the tree */
  if (c.oom) {
    free(c.v);
    kgb_pattern_free(p);
    return KGB_ERR_NOMEM;
  }
  p->prog = c.v;
  p->n_prog = c.n;
  if (first_tests(p) != KGB_OK || first_steps(p) != KGB_OK ||
      closures(p) != KGB_OK) {
    kgb_pattern_free(p);
    return KGB_ERR_NOMEM;
  }
  *out = p;
  return KGB_OK;
}

void kgb_pattern_free(KgbPattern *p) {
  if (!p) {
    return;
  }
  for (size_t i = 0; i < p->n_sets; i++) {
    for (size_t j = 0; j < p->sets[i].n; j++) {
      if (p->sets[i].tests[j].kind == T_SET) {
        free(p->sets[i].tests[j].set);
      }
    }
    if (p->sets[i].tests != &p->sets[i].one) {
      free(p->sets[i].tests);
    }
  }
  free(p->sets);
  free(p->prog);
  for (size_t i = 0; i < p->n_groups; i++) {
    free(p->groups[i].keys);
  }
  free(p->groups);
  free(p->first_keys);
  free(p->first_other);
  for (size_t i = 0; i < p->n_steps; i++) {
    free(p->steps[i].next.keys);
    free(p->steps[i].next.other);
  }
  free(p->steps);
  for (size_t v = 0; v < 3; v++) {
    if (v == 0 || p->reach_at[v] != p->reach_at[0]) {
      free(p->reach_at[v]);
    }
  }
  free(p->reach);
  for (size_t i = 0; i < p->n_reqs; i++) {
    free(p->reqs[i].keys);
  }
  free(p->reqs);
  free(p);
}

size_t kgb_pattern_capture_count(const KgbPattern *p) {
  return p->n_names;
}

const char *kgb_pattern_capture_name(const KgbPattern *p, size_t i) {
  return i < p->n_names ? p->names[i] : NULL;
}

bool kgb_pattern_needs_poss(const KgbPattern *p) {
  return p->needs_poss;
}

size_t kgb_pattern_group_count(const KgbPattern *p) {
  return p->n_groups;
}

const char *const *kgb_pattern_group(const KgbPattern *p, size_t i, size_t *n,
                                     const KgbLexicon *const **lists,
                                     size_t *n_lists) {
  *n = p->groups[i].n;
  *lists = p->groups[i].lists;
  *n_lists = p->groups[i].n_lists;
  return p->groups[i].keys;
}

/* ---- matching ------------------------------------------------------------ */

/* Class bits of mention classes, memoised per matcher: the class strings of
 * items come from several pools (a document's among them), so an entry is
 * keyed by the pointer and checked against a copy of the name. */
#define CLASS_CACHE 64
#define CLASS_NAME_MAX 32

typedef struct {
  const char *ptr;
  char name[CLASS_NAME_MAX];
  uint64_t bits;
} ClassEntry;

#define SLOTS (2 * KGB_MAX_CAPTURES + 1) /* captures, then the match start */

typedef struct {
  int pc;
  int caps[SLOTS];
} Thread;

/// What every pattern asks of an item, computed once per sentence.
typedef struct {
  const char *cls;     ///< the item's class when prepared (a check)
  const KgbToken *tok; ///< the item's token when prepared (a check)
  uint64_t cls_bits;   ///< kgb_vocab_class_bits(cls), 0 without a class
  uint64_t key_bit;    ///< key_bit() of a one-token item's key, else 0
} ItemInfo;

#define KEY_SLOTS 128  /* a power of two, twice the items */
#define LIST_SLOTS 256 /* a power of two; a slot by kgb_lexicon_id() */
#define REQ_MEMO 16    /* required items remembered (KgbMatcher req_at) */

typedef struct {
  const char *key;
  uint64_t pos;
} KeyPos;

static size_t key_slot(const char *key) {
  return (size_t)(((uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15u) >> 57) &
         (KEY_SLOTS - 1);
}

struct KgbMatcher {
  Thread *a, *b;
  unsigned *mark;
  size_t cap;
  unsigned gen;
  const KgbVocab *vocab; ///< of the cached class bits
  ClassEntry classes[CLASS_CACHE];
  ItemInfo *info; ///< kgb_matcher_prepare(): for prep_items[0..prep_n)
  size_t cap_info, prep_n;
  const KgbItem *prep_items;
  const KgbVocab *prep_vocab;
  bool prep_done;
  const ItemInfo *cur_info; ///< info for cur_items, or NULL: this call
  const KgbItem *cur_items;
  /* Where each item is, for sentences of up to 64 prepared items (bit i:
   * item i), so a pattern's start positions are a few ORs: set up with
   * the item facts (prep_done), valid when masks_ok. */
  bool masks_ok;
  uint64_t key_bloom;       ///< key_bit() of every one-token item's key
  uint64_t key_bloom256[4]; ///< kgb_key_hash() of every one-token item's key
  uint64_t with_class;      ///< the items with a class
  uint64_t class_used;      ///< the class bits set in some by_class[]
  uint64_t by_class[64];    ///< by_class[b]: the items whose class has bit b
  KeyPos keys[KEY_SLOTS];   ///< one-token items by key (open addressing)
  unsigned char used[64];   ///< the slots of keys[] in use
  size_t n_used;
  /* The start positions of pattern starts_of in the prepared items, worked
   * out by the first kgb_pattern_find of it there (starts_prep: prep_id). */
  const KgbPattern *starts_of;
  unsigned starts_prep, prep_id;
  uint64_t starts;
  bool cur_starts; ///< this call uses starts (every item is the prepared)
  /* The prepared items that pass a @list test of list lx, worked out when a
   * pattern's required items first ask (valid while prep == prep_id). */
  struct {
    const KgbLexicon *lx;
    unsigned prep;
    uint64_t pos;
  } lists[LIST_SLOTS];
  /* The prepared items a token test ([cap], [num], ...) holds for, by test
   * kind, worked out when first asked (valid while flags_prep == prep_id). */
  unsigned flags_prep;
  uint64_t flags[T_MENTION + 1];
  /* The prepared items each required item of pattern req_at_of can be
   * (req_positions()), as the last reqs_check() found them, for
   * starts_of() right after it (valid while req_at_prep == prep_id). */
  const KgbPattern *req_at_of;
  unsigned req_at_prep;
  size_t req_at_n; ///< the entries of req_at[] set (up to the first missing)
  uint64_t req_at[REQ_MEMO];
};

static uint64_t class_bits(KgbMatcher *m, const KgbVocab *v, const char *cls) {
  if (m->vocab != v) {
    memset(m->classes, 0, sizeof m->classes);
    m->vocab = v;
  }
  uintptr_t h = (uintptr_t)cls;
  ClassEntry *e = &m->classes[(h ^ (h >> 6) ^ (h >> 12)) % CLASS_CACHE];
  if (e->ptr == cls && strcmp(e->name, cls) == 0) {
    return e->bits;
  }
  uint64_t bits = kgb_vocab_class_bits(v, cls);
  size_t len = strlen(cls);
  if (len < CLASS_NAME_MAX) {
    e->ptr = cls;
    memcpy(e->name, cls, len + 1);
    e->bits = bits;
  }
  return bits;
}

/* A one-word Bloom filter of keys: most words are ruled out by one AND. */
static inline uint64_t key_bit(const char *key) {
  if (!key) {
    return 0;
  }
  return (uint64_t)1 << (((uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15u) >>
                         58);
}

/* The class bits of item @p it (which has a class): prepared, or looked up. */
static inline uint64_t item_bits(KgbMatcher *m, const KgbVocab *v,
                                 const KgbItem *it) {
  if (m->cur_info) {
    const ItemInfo *in = &m->cur_info[it - m->cur_items];
    if (in->cls == it->cls && in->tok == it->tok) {
      return in->cls_bits;
    }
  }
  return class_bits(m, v, it->cls);
}

static inline uint64_t item_key_bit(const KgbMatcher *m, const KgbItem *it) {
  if (m->cur_info) {
    const ItemInfo *in = &m->cur_info[it - m->cur_items];
    if (in->cls == it->cls && in->tok == it->tok) {
      return in->key_bit;
    }
  }
  return it->tok_last - it->tok_first == 1 ? key_bit(it->tok->key) : 0;
}

KgbStatus kgb_matcher_prepare(KgbMatcher *m, const KgbVocab *vocab,
                              const KgbItem *items, size_t n) {
  m->prep_items = NULL;
  m->prep_n = 0;
  KgbStatus st = kgb_grow(&m->info, &m->cap_info, n, sizeof *m->info);
  if (st != KGB_OK) {
    return st;
  }
  m->prep_items = items;
  m->prep_n = n;
  m->prep_vocab = vocab;
  m->prep_done = false; /* worked out by the first kgb_pattern_find */
  m->prep_id++;
  return KGB_OK;
}

static void prepare_now(KgbMatcher *m) {
  for (size_t i = 0; i < m->prep_n; i++) {
    const KgbItem *it = &m->prep_items[i];
    m->info[i] = (ItemInfo){
        it->cls, it->tok, it->cls ? class_bits(m, m->prep_vocab, it->cls) : 0,
        it->tok_last - it->tok_first == 1 ? key_bit(it->tok->key) : 0};
  }
  m->prep_done = true;
  /* the position masks: cleared where the last sentence set them */
  for (size_t i = 0; i < m->n_used; i++) {
    m->keys[m->used[i]].key = NULL;
  }
  for (uint64_t bits = m->class_used; bits; bits &= bits - 1) {
    m->by_class[kgb_ctz64(bits)] = 0;
  }
  m->n_used = 0;
  m->key_bloom = m->with_class = m->class_used = 0;
  memset(m->key_bloom256, 0, sizeof m->key_bloom256);
  m->masks_ok = m->prep_n <= 64;
  for (size_t i = 0; i < m->prep_n && m->masks_ok; i++) {
    const ItemInfo *in = &m->info[i];
    uint64_t bit = (uint64_t)1 << i;
    if (in->cls) {
      m->with_class |= bit;
      m->class_used |= in->cls_bits;
      for (uint64_t bits = in->cls_bits; bits; bits &= bits - 1) {
        m->by_class[kgb_ctz64(bits)] |= bit;
      }
    }
    const char *key = in->tok->key;
    if (in->key_bit) { /* a one-token item with a key */
      m->key_bloom |= in->key_bit;
      uint8_t h = kgb_key_hash(key);
      m->key_bloom256[h / 64] |= (uint64_t)1 << (h % 64);
      size_t j = key_slot(key);
      while (m->keys[j].key && m->keys[j].key != key) {
        j = (j + 1) & (KEY_SLOTS - 1);
      }
      if (!m->keys[j].key) {
        m->keys[j] = (KeyPos){key, 0};
        m->used[m->n_used++] = (unsigned char)j;
      }
      m->keys[j].pos |= bit;
    }
  }
}

/// The items whose key is @p key (a one-token item with that key).
static uint64_t key_positions(const KgbMatcher *m, const char *key) {
  for (size_t j = key_slot(key); m->keys[j].key;
       j = (j + 1) & (KEY_SLOTS - 1)) {
    if (m->keys[j].key == key) {
      return m->keys[j].pos;
    }
  }
  return 0;
}

static bool class_fits(const KgbVocab *v, const char *cls, const Test *t) {
  for (size_t i = 0; i < t->n_classes; i++) {
    const char *want = t->classes[i];
    if (!strcmp(want, "Entity") || !strcmp(cls, want) ||
        kgb_vocab_is_a(v, cls, want)) {
      return true;
    }
  }
  return false;
}

static bool test_one(const KgbPattern *p, KgbMatcher *m, const Test *t,
                     const KgbItem *it) {
  const KgbToken *tok = it->tok;
  bool single = it->tok_last - it->tok_first == 1;
  bool r = false;
  switch (t->kind) {
  case T_ANY:
    r = true;
    break;
  case T_MENTION:
    if (!it->cls) {
      r = false;
    } else if (t->by_name) {
      r = class_fits(p->vocab, it->cls, t);
    } else {
      r = t->any_class || (item_bits(m, p->vocab, it) & t->want_bits);
    }
    break;
  case T_IN: /* the whole name of a mention, or a word no mention holds */
    r = it->key && kgb_lexicon_get(t->list, it->key, NULL);
    break;
  case T_FIRST: /* the first word of a name of two or more: "Madame Roux" */
    r = it->tok_last - it->tok_first > 1 && it->tok[0].key &&
        kgb_lexicon_get(t->list, it->tok[0].key, NULL);
    break;
  case T_LAST: /* the last word of a name of two or more: "Grand Hotel" */
    r = it->tok_last - it->tok_first > 1 &&
        it->tok[it->tok_last - it->tok_first - 1].key &&
        kgb_lexicon_get(t->list, it->tok[it->tok_last - it->tok_first - 1].key,
                        NULL);
    break;
  case T_FULLNAME:  /* a name or person of words apart: "Ece Demir" */
  case T_FIRSTNAME: /* a name or character of one word: "Mina", "Ji-woo" */
    if (it->cls && it->mention >= 0 &&
        (!strcmp(it->cls, "Name") ||
         !strcmp(it->cls, t->kind == T_FULLNAME ? "Person" : "Character"))) {
      bool apart = false;
      for (uint32_t k = 1; k < it->tok_last - it->tok_first && !apart; k++) {
        apart = (it->tok[k].flags & KGB_TOK_SPACE) != 0;
      }
      r = apart == (t->kind == T_FULLNAME);
    }
    break;
  default:
    /* a typed name is not a word, but a typed common noun ("his wife",
     * resolved to the woman) still is one for word and list tests */
    if (!single || (it->cls && it->mention >= 0 && t->kind != T_LOWER &&
                    t->kind != T_SET &&
                    (t->kind != T_LIST || (tok->flags & KGB_TOK_CAP)))) {
      r = false;
      break;
    }
    switch (t->kind) {
    case T_LOWER:
      r = tok->key == t->str;
      break;
    case T_SET:
      for (size_t i = 0; i < t->n_set && !r; i++) {
        r = tok->key == t->set[i];
      }
      break;
    case T_LIST: {
      size_t b = kgb_lexicon_bloom_bit(tok->key);
      r = (t->bloom[b / 64] >> (b % 64) & 1) &&
          kgb_lexicon_get(t->list, tok->key, NULL);
      break;
    }
    case T_CAP:
      r = (tok->flags & KGB_TOK_CAP) != 0;
      break;
    case T_LOWERCASE:
      r = (tok->flags & KGB_TOK_WORD) &&
          !(tok->flags & (KGB_TOK_CAP | KGB_TOK_NUM));
      break;
    case T_NUM:
      r = (tok->flags & KGB_TOK_NUM) != 0;
      break;
    case T_YEAR: {
      const char *s = tok->lower;
      r = (tok->flags & KGB_TOK_NUM) && s[0] && s[1] && s[2] && s[3] && !s[4] &&
          isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) &&
          isdigit((unsigned char)s[2]) && isdigit((unsigned char)s[3]) &&
          (s[0] == '1' || s[0] == '2');
      break;
    }
    case T_PUNCT:
      r = (tok->flags & KGB_TOK_PUNCT) != 0;
      break;
    case T_POSS:
      r = (tok->flags & KGB_TOK_POSS) != 0;
      break;
    case T_OPENQ:
      r = (tok->flags & KGB_TOK_OPENQ) != 0;
      break;
    case T_CLOSEQ:
      r = (tok->flags & KGB_TOK_CLOSEQ) != 0;
      break;
    }
  }
  return t->negate ? !r : r;
}

static inline bool test_set(const KgbPattern *p, KgbMatcher *m,
                            const TestSet *ts, const KgbItem *it) {
  if (ts->word) { /* test_one() of T_LOWER, inline */
    return it->tok_last - it->tok_first == 1 && it->tok->key == ts->word;
  }
  bool all = true;
  for (size_t i = 0; i < ts->n && all; i++) {
    all = test_one(p, m, &ts->tests[i], it);
  }
  return ts->negate ? !all : all;
}

/* ---- where matches can start --------------------------------------------- */

static int cmp_ptr(const void *a, const void *b) {
  uintptr_t x = (uintptr_t) * (const char *const *)a;
  uintptr_t y = (uintptr_t) * (const char *const *)b;
  return x < y ? -1 : x > y;
}

/* The TEST pcs reached from @p pc0 without consuming an item into @p out
 * (at most @p max; false when more), and whether MATCH is reached, or $
 * unless @p past_eol (@p open). Through ^, and $ with @p past_eol, as if
 * they held: a superset. @p seen: scratch of n_prog entries marked with
 * @p gen; @p stack: of 2 n_prog. */
static bool tests_from(const KgbPattern *p, int pc0, bool past_eol,
                       unsigned *seen, unsigned gen, int *stack, int *out,
                       size_t max, size_t *n_out, bool *open) {
  size_t sp = 0;
  *n_out = 0;
  *open = false;
  stack[sp++] = pc0;
  while (sp > 0) {
    int pc = stack[--sp];
    if (seen[pc] == gen) {
      continue;
    }
    seen[pc] = gen;
    const Inst *in = &p->prog[pc];
    switch (in->op) {
    case I_JMP:
      stack[sp++] = in->x;
      break;
    case I_SPLIT:
      stack[sp++] = in->y;
      stack[sp++] = in->x;
      break;
    case I_EOL:
      if (!past_eol) {
        *open = true;
        break;
      }
      stack[sp++] = pc + 1;
      break;
    case I_SAVE:
    case I_BOL:
      stack[sp++] = pc + 1;
      break;
    case I_MATCH:
      *open = true;
      break;
    default:
      if (*n_out == max) {
        return false;
      }
      out[(*n_out)++] = pc;
    }
  }
  return true;
}

/// Sort test set @p set into @p ts (TestSort).
static KgbStatus sort_test(const KgbPattern *p, int set, TestSort *ts) {
  KgbStatus st = KGB_OK;
  const TestSet *s = &p->sets[set];
  const Test *t = &s->tests[0];
  bool plain = !s->negate && s->n == 1 && !t->negate;
  if (plain && (t->kind == T_LOWER || t->kind == T_SET)) {
    size_t n = t->kind == T_LOWER ? 1 : t->n_set;
    TRY(st,
        kgb_grow(&ts->keys, &ts->cap_keys, ts->n_keys + n, sizeof *ts->keys));
    for (size_t k = 0; k < n; k++) {
      ts->keys[ts->n_keys++] = t->kind == T_LOWER ? t->str : t->set[k];
    }
  } else if (plain && t->kind == T_MENTION && !t->by_name) {
    ts->any_class |= t->any_class;
    ts->bits |= t->want_bits;
  } else {
    TRY(st, kgb_grow(&ts->other, &ts->cap_other, ts->n_other + 1,
                     sizeof *ts->other));
    ts->other[ts->n_other++] = set;
  }
done:
  return st;
}

/* Scratch for walks of a program (tests_from()). */
typedef struct {
  unsigned *seen, gen;
  int *stack, *pcs;
} Walk;

static bool walk_new(Walk *w, size_t n_prog) {
  *w = (Walk){calloc(n_prog, sizeof *w->seen), 0,
              malloc(2 * n_prog * sizeof *w->stack),
              malloc(n_prog * sizeof *w->pcs)};
  return w->seen && w->stack && w->pcs;
}

static void walk_free(Walk *w) {
  free(w->seen);
  free(w->stack);
  free(w->pcs);
}

/* The tests reachable from pc 0 without consuming an item (through BOL and
 * EOL too: a superset is safe), sorted into keys, class bits and the rest. */
static KgbStatus first_tests(KgbPattern *p) {
  KgbStatus st = KGB_OK;
  Walk w;
  TestSort ts = {0};
  size_t n;
  if (!walk_new(&w, p->n_prog)) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  tests_from(p, 0, true, w.seen, ++w.gen, w.stack, w.pcs, p->n_prog, &n,
             &p->nullable);
  for (size_t i = 0; i < n; i++) {
    TRY(st, sort_test(p, p->prog[w.pcs[i]].x, &ts));
  }
  if (ts.n_keys > 1) {
    qsort(ts.keys, ts.n_keys, sizeof *ts.keys, cmp_ptr);
  }
  for (size_t i = 0; i < ts.n_keys; i++) {
    p->first_key_bloom |= key_bit(ts.keys[i]);
  }
done:
  p->first_keys = ts.keys;
  p->n_first_keys = ts.n_keys;
  p->first_bits = ts.bits;
  p->first_any_class = ts.any_class;
  p->first_other = ts.other;
  p->n_first_other = ts.n_other;
  walk_free(&w);
  return st;
}

/// The kgb_key_hash() of each of (*keys)[0..n) into @p out, in the keys'
/// allocation (grown for it), right after the n keys.
static KgbStatus key_hashes(const char ***keys, size_t n, uint8_t **out) {
  const char **grown = realloc(*keys, n * sizeof *grown + (n ? n : 1));
  if (!grown) {
    return KGB_ERR_NOMEM;
  }
  *keys = grown;
  *out = (uint8_t *)(grown + n);
  for (size_t k = 0; k < n; k++) {
    (*out)[k] = kgb_key_hash(grown[k]);
  }
  return KGB_OK;
}

/* p->steps: each first test and the tests that can follow it (FirstStep),
 * for patterns with at most FIRST_STEPS first tests that cannot match
 * empty; none otherwise. */
static KgbStatus first_steps(KgbPattern *p) {
  KgbStatus st = KGB_OK;
  Walk w;
  int firsts[FIRST_STEPS];
  size_t n_firsts, n_next;
  bool open;
  if (!walk_new(&w, p->n_prog)) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  if (p->nullable ||
      !tests_from(p, 0, false, w.seen, ++w.gen, w.stack, firsts, FIRST_STEPS,
                  &n_firsts, &open) ||
      open || n_firsts == 0) {
    goto done;
  }
  p->steps = calloc(n_firsts, sizeof *p->steps);
  if (!p->steps) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  p->n_steps = n_firsts;
  for (size_t f = 0; f < n_firsts; f++) {
    FirstStep *fs = &p->steps[f];
    fs->set = p->prog[firsts[f]].x;
    tests_from(p, firsts[f] + 1, false, w.seen, ++w.gen, w.stack, w.pcs,
               p->n_prog, &n_next, &fs->open);
    for (size_t k = 0; k < n_next && !fs->open; k++) {
      TRY(st, sort_test(p, p->prog[w.pcs[k]].x, &fs->next));
    }
    TRY(st, key_hashes(&fs->next.keys, fs->next.n_keys, &fs->next.key_hash));
    fs->next.cap_keys = fs->next.n_keys; /* what the keys' allocation holds */
  }
done:
  walk_free(&w);
  return st;
}

/* Can a match start at item @p it? False only when no first test holds. */
static bool has_first_key(const KgbPattern *p, const char *key);

static inline bool may_start(const KgbPattern *p, KgbMatcher *m,
                             const KgbItem *it) {
  if ((p->first_key_bloom & item_key_bit(m, it)) &&
      has_first_key(p, it->tok->key)) {
    return true;
  }
  if (it->cls &&
      (p->first_any_class ||
       (p->first_bits && (item_bits(m, p->vocab, it) & p->first_bits)))) {
    return true;
  }
  for (size_t i = 0; i < p->n_first_other; i++) {
    if (test_set(p, m, &p->sets[p->first_other[i]], it)) {
      return true;
    }
  }
  return false;
}

static bool has_first_key(const KgbPattern *p, const char *key) {
  size_t lo = 0, hi = p->n_first_keys;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (p->first_keys[mid] == key) {
      return true;
    }
    if ((uintptr_t)p->first_keys[mid] < (uintptr_t)key) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return false;
}

/* The prepared items (masks_ok) that are a mention (@p any) or one whose
 * class has a bit of @p bits, or a one-token item whose key is one of
 * @p keys. */
static inline uint64_t mask_of(const KgbMatcher *m, bool any, uint64_t bits,
                               const char *const *keys, size_t n_keys) {
  uint64_t at = any ? m->with_class : 0;
  for (bits &= m->class_used; bits; bits &= bits - 1) {
    at |= m->by_class[kgb_ctz64(bits)];
  }
  for (size_t k = 0; k < n_keys; k++) {
    if (key_bit(keys[k]) & m->key_bloom) {
      at |= key_positions(m, keys[k]);
    }
  }
  return at;
}

/* mask_of() of keys whose kgb_key_hash() are @p hash[0..n_keys). */
static inline uint64_t mask_of_hashed(const KgbMatcher *m, bool any,
                                      uint64_t bits, const char *const *keys,
                                      const uint8_t *hash, size_t n_keys) {
  uint64_t at = mask_of(m, any, bits, NULL, 0);
  for (size_t k = 0; k < n_keys; k++) {
    if (m->key_bloom256[hash[k] / 64] >> (hash[k] % 64) & 1) {
      at |= key_positions(m, keys[k]);
    }
  }
  return at;
}

static uint64_t set_holds(const KgbPattern *p, KgbMatcher *m, const TestSet *ts,
                          uint64_t cand);
static uint64_t req_positions(KgbMatcher *m, const Req *r);

/* The prepared items (the n items of masks_ok) where a match of @p p can
 * start: the positions of its first keys and classes from the masks, and
 * those where one of its other first tests holds (set_holds()). */
static uint64_t starts_of(const KgbPattern *p, KgbMatcher *m, size_t n) {
  uint64_t starts = 0;
  for (size_t i = 0; i < p->n_first_keys; i++) {
    const char *key = p->first_keys[i];
    if (key_bit(key) & m->key_bloom) {
      starts |= key_positions(m, key);
    }
  }
  if (p->first_any_class) {
    starts |= m->with_class;
  } else {
    for (uint64_t bits = p->first_bits & m->class_used; bits;
         bits &= bits - 1) {
      starts |= m->by_class[kgb_ctz64(bits)];
    }
  }
  uint64_t all = n < 64 ? ((uint64_t)1 << n) - 1 : ~(uint64_t)0;
  for (size_t i = 0; i < p->n_first_other && starts != all; i++) {
    starts |= set_holds(p, m, &p->sets[p->first_other[i]], all & ~starts);
  }
  /* a match has each required item from least to reach items after its
   * start: near, the starts that have one there */
  bool memo = m->req_at_of == p && m->req_at_prep == m->prep_id;
  for (size_t i = 0; i < p->n_reqs && starts; i++) {
    const Req *r = &p->reqs[i];
    uint64_t at = memo && i < m->req_at_n ? m->req_at[i] : req_positions(m, r);
    uint64_t near = at >> r->least;
    int width = r->reach < 0 ? 64 : r->reach - r->least + 1;
    for (int span = 1; span < width;) { /* near >> 0 .. width - 1 */
      int shift = span <= width - span ? span : width - span;
      near |= near >> shift;
      span += shift;
    }
    starts &= near;
  }
  if (p->n_steps == 0 || !starts) {
    return starts;
  }
  /* keep the starts whose next item can go on the match (FirstStep) */
  uint64_t keep = 0;
  for (size_t s = 0; s < p->n_steps; s++) {
    const FirstStep *fs = &p->steps[s];
    /* the starts where this first test holds */
    uint64_t first = set_holds(p, m, &p->sets[fs->set], starts & ~keep);
    if (fs->open) {
      keep |= first;
      continue;
    }
    const TestSort *ts = &fs->next;
    uint64_t next = mask_of_hashed(m, ts->any_class, ts->bits, ts->keys,
                                   ts->key_hash, ts->n_keys);
    keep |= first & (next >> 1);
    /* the items after the others, where one of the other tests may hold */
    uint64_t after = ((first & ~keep) << 1) & all, held = 0;
    for (size_t k = 0; after & ~held && k < ts->n_other; k++) {
      held |= set_holds(p, m, &p->sets[ts->other[k]], after & ~held);
    }
    keep |= held >> 1;
  }
  return keep;
}

/* The prepared items (masks_ok) a @list test of @p lx holds for, as
 * test_one() decides it, memoised for the sentence. */
static uint64_t list_positions(KgbMatcher *m, const KgbLexicon *lx) {
  size_t j = lx ? kgb_lexicon_id(lx) & (LIST_SLOTS - 1) : 0;
  if (m->lists[j].lx == lx && m->lists[j].prep == m->prep_id) {
    return m->lists[j].pos;
  }
  uint64_t pos = 0;
  const uint64_t *bloom = lx ? kgb_lexicon_bloom(lx) : NULL;
  for (size_t i = 0; bloom && i < m->prep_n; i++) {
    const KgbItem *it = &m->prep_items[i];
    const char *key = it->tok->key;
    size_t b = kgb_lexicon_bloom_bit(key);
    if (it->tok_last - it->tok_first == 1 && key &&
        !(it->cls && it->mention >= 0 && (it->tok->flags & KGB_TOK_CAP)) &&
        (bloom[b / 64] >> (b % 64) & 1) && kgb_lexicon_get(lx, key, NULL)) {
      pos |= (uint64_t)1 << i;
    }
  }
  m->lists[j].lx = lx;
  m->lists[j].prep = m->prep_id;
  m->lists[j].pos = pos;
  return pos;
}

/* The flag masks of the prepared items (masks_ok): flags[kind] holds the
 * items a token test of that kind holds for, as test_one() decides it (a
 * one-token item that is no typed name). */
static void flag_masks(KgbMatcher *m) {
  memset(m->flags, 0, sizeof m->flags);
  for (size_t i = 0; i < m->prep_n; i++) {
    const KgbItem *it = &m->prep_items[i];
    if (it->tok_last - it->tok_first != 1 || (it->cls && it->mention >= 0)) {
      continue;
    }
    const KgbToken *tok = it->tok;
    unsigned f = tok->flags;
    const char *s = tok->lower;
    uint64_t bit = (uint64_t)1 << i;
    m->flags[T_CAP] |= f & KGB_TOK_CAP ? bit : 0;
    m->flags[T_LOWERCASE] |=
        (f & KGB_TOK_WORD) && !(f & (KGB_TOK_CAP | KGB_TOK_NUM)) ? bit : 0;
    m->flags[T_NUM] |= f & KGB_TOK_NUM ? bit : 0;
    m->flags[T_YEAR] |=
        (f & KGB_TOK_NUM) && s[0] && s[1] && s[2] && s[3] && !s[4] &&
                isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) &&
                isdigit((unsigned char)s[2]) && isdigit((unsigned char)s[3]) &&
                (s[0] == '1' || s[0] == '2')
            ? bit
            : 0;
    m->flags[T_PUNCT] |= f & KGB_TOK_PUNCT ? bit : 0;
    m->flags[T_POSS] |= f & KGB_TOK_POSS ? bit : 0;
    m->flags[T_OPENQ] |= f & KGB_TOK_OPENQ ? bit : 0;
    m->flags[T_CLOSEQ] |= f & KGB_TOK_CLOSEQ ? bit : 0;
  }
  m->flags_prep = m->prep_id;
}

/* Of the prepared items @p cand (masks_ok), those test @p t holds for, as
 * test_one() decides it: from the sentence's masks where the test is one
 * of words, classes, a list or a token flag, else item by item. */
static uint64_t test_holds(const KgbPattern *p, KgbMatcher *m, const Test *t,
                           uint64_t cand) {
  uint64_t at = 0;
  switch (t->kind) {
  case T_ANY:
    at = cand;
    break;
  case T_MENTION:
    if (t->by_name) {
      goto one_by_one;
    }
    at = mask_of(m, t->any_class, t->want_bits, NULL, 0);
    break;
  case T_LOWER:
    at = mask_of(m, false, 0, &t->str, 1);
    break;
  case T_SET:
    at = mask_of(m, false, 0, t->set, t->n_set);
    break;
  case T_LIST:
    at = list_positions(m, t->list);
    break;
  case T_CAP:
  case T_LOWERCASE:
  case T_NUM:
  case T_YEAR:
  case T_PUNCT:
  case T_POSS:
  case T_OPENQ:
  case T_CLOSEQ:
    if (m->flags_prep != m->prep_id) {
      flag_masks(m);
    }
    at = m->flags[t->kind];
    break;
  default:
    goto one_by_one;
  }
  return (t->negate ? ~at : at) & cand;
one_by_one:
  for (uint64_t c = cand; c; c &= c - 1) {
    size_t pos = (size_t)kgb_ctz64(c);
    if (!test_one(p, m, t, &m->prep_items[pos])) {
      cand &= ~((uint64_t)1 << pos);
    }
  }
  return cand;
}

/* Of the prepared items @p cand (masks_ok), those test set @p ts holds for,
 * as test_set() decides it. */
static uint64_t set_holds(const KgbPattern *p, KgbMatcher *m, const TestSet *ts,
                          uint64_t cand) {
  if (ts->word) {
    return mask_of(m, false, 0, &ts->word, 1) & cand;
  }
  uint64_t all = cand;
  for (size_t i = 0; i < ts->n && all; i++) {
    all = test_holds(p, m, &ts->tests[i], all);
  }
  return ts->negate ? cand & ~all : all;
}

/* The prepared items (masks_ok) that can be required item @p r. */
static uint64_t req_positions(KgbMatcher *m, const Req *r) {
  bool keys = (r->key_bloom & m->key_bloom) != 0; /* one may be there */
  uint64_t at = mask_of_hashed(m, r->any, r->bits, r->keys, r->key_hash,
                               keys ? r->n_keys : 0);
  for (size_t k = 0; k < r->n_lists; k++) {
    at |= list_positions(m, r->lists[k]);
  }
  return at;
}

/* False when the prepared items (masks_ok) from @p from on do not have the
 * required items of @p p in order, so no match starts there. */
static bool reqs_check(const KgbPattern *p, KgbMatcher *m, size_t from) {
  m->req_at_of = NULL;
  if (from >= 64) {
    return p->n_reqs == 0;
  }
  m->req_at_of = p; /* req_at[] holds the reqs up to the first missing */
  m->req_at_prep = m->prep_id;
  m->req_at_n = 0;
  uint64_t after = ~(uint64_t)0 << from; /* the items left to use */
  for (size_t i = 0; i < p->n_reqs; i++) {
    uint64_t at = req_positions(m, &p->reqs[i]);
    if (i < REQ_MEMO) {
      m->req_at[i] = at;
      m->req_at_n = i + 1;
    }
    at &= after;
    if (!at) {
      return false;
    }
    int first = kgb_ctz64(at);
    if (first == 63) {
      return i + 1 == p->n_reqs;
    }
    after = ~(uint64_t)0 << (first + 1);
  }
  return true;
}

bool kgb_pattern_classes_present(const KgbPattern *p, KgbMatcher *m,
                                 const KgbItem *items, size_t n) {
  if (p->n_needs == 0 || items != m->prep_items || n != m->prep_n) {
    return true;
  }
  if (!m->prep_done) {
    prepare_now(m);
  }
  if (!m->masks_ok) {
    return true; /* no class_used: reqs_check() is not made either */
  }
  /* as reqs_check() finds a class-only item nowhere in the sentence */
  for (size_t i = 0; i < p->n_needs; i++) {
    if (!(p->needs[i].bits & m->class_used) &&
        !(p->needs[i].any && m->with_class)) {
      return false;
    }
  }
  return true;
}

bool kgb_matcher_classes(KgbMatcher *m, uint64_t *used, bool *any) {
  if (!m->prep_done) {
    prepare_now(m);
  }
  *used = m->class_used;
  *any = m->with_class != 0;
  return m->masks_ok;
}

size_t kgb_pattern_class_needs(const KgbPattern *p, uint64_t *bits, bool *any) {
  for (size_t i = 0; i < p->n_needs; i++) {
    bits[i] = p->needs[i].bits;
    any[i] = p->needs[i].any;
  }
  return p->n_needs;
}

/* The first item at or after @p pos where a match can start, or n. With
 * prepared items the common case is two ANDs an item. */
static size_t next_start(const KgbPattern *p, KgbMatcher *m,
                         const KgbItem *items, size_t n, size_t pos) {
  if (p->nullable) {
    return pos;
  }
  if (m->cur_starts) {
    uint64_t later = pos < 64 ? m->starts >> pos << pos : 0;
    return later ? (size_t)kgb_ctz64(later) : n;
  }
  const ItemInfo *info = m->cur_info;
  if (info) {
    uint64_t bloom = p->first_key_bloom, bits = p->first_bits;
    bool any = p->first_any_class;
    for (; pos < n; pos++) {
      const ItemInfo *in = &info[pos];
      const KgbItem *it = &items[pos];
      if (in->cls != it->cls || in->tok != it->tok) {
        if (may_start(p, m, it)) {
          return pos;
        }
        continue;
      }
      if (((in->key_bit & bloom) && has_first_key(p, it->tok->key)) ||
          (in->cls && (any || (in->cls_bits & bits)))) {
        return pos;
      }
      for (size_t i = 0; i < p->n_first_other; i++) {
        if (test_set(p, m, &p->sets[p->first_other[i]], it)) {
          return pos;
        }
      }
    }
    return n;
  }
  while (pos < n && !may_start(p, m, &items[pos])) {
    pos++;
  }
  return pos;
}

/* ---- the Pike VM --------------------------------------------------------- */

KgbStatus kgb_matcher_new(KgbMatcher **out) {
  *out = calloc(1, sizeof **out);
  return *out ? KGB_OK : KGB_ERR_NOMEM;
}

void kgb_matcher_free(KgbMatcher *m) {
  if (m) {
    free(m->a);
    free(m->b);
    free(m->mark);
    free(m->info);
    free(m);
  }
}

static bool matcher_fit(KgbMatcher *m, size_t n_prog) {
  if (m->cap >= n_prog) {
    return true;
  }
  Thread *a = realloc(m->a, n_prog * sizeof *a);
  if (a) {
    m->a = a;
  }
  Thread *b = realloc(m->b, n_prog * sizeof *b);
  if (b) {
    m->b = b;
  }
  unsigned *mark = realloc(m->mark, n_prog * sizeof *mark);
  if (mark) {
    m->mark = mark;
  }
  if (!a || !b || !mark) {
    return false;
  }
  memset(m->mark, 0, n_prog * sizeof *mark);
  m->gen = 0;
  m->cap = n_prog;
  return true;
}

/* Follow JMP/SPLIT/SAVE from pc, adding TEST/MATCH threads in priority order.
 * An explicit stack keeps deep programs off the C stack. */
typedef struct {
  int pc;
  int slot, old; /* when slot >= 0: restore caps[slot] = old */
} Frame;

#define STACK 512

/* Does a thread at @p pc survive item @p pos of m->cur_items? A MATCH
 * does; a TEST must hold there. A thread that would fail its test when the
 * VM steps is never added (its pc is still marked, which blocks no thread
 * that could live: any other thread there fails the same test). */
static inline bool thread_lives(const KgbPattern *p, KgbMatcher *m, int pc,
                                int pos, int n_items) {
  const Inst *in = &p->prog[pc];
  return in->op == I_MATCH ||
         (pos < n_items && test_set(p, m, &p->sets[in->x], &m->cur_items[pos]));
}

static size_t add_thread_slow(const KgbPattern *p, KgbMatcher *m, Thread *list,
                              size_t *n, int pc0, const int *caps0, int pos,
                              int n_items) {
  size_t dead = 0;
  Frame stack[STACK];
  int caps[SLOTS];
  memcpy(caps, caps0, sizeof caps);
  size_t sp = 0;
  stack[sp++] = (Frame){pc0, -1, 0};
  while (sp > 0) {
    Frame fr = stack[--sp];
    if (fr.slot >= 0) {
      caps[fr.slot] = fr.old;
      continue;
    }
    int pc = fr.pc;
    if (m->mark[pc] == m->gen) {
      continue;
    }
    m->mark[pc] = m->gen;
    const Inst *in = &p->prog[pc];
    switch (in->op) {
    case I_JMP:
      stack[sp++] = (Frame){in->x, -1, 0};
      break;
    case I_BOL:
    case I_EOL:
      if (pos == (in->op == I_BOL ? 0 : n_items)) {
        stack[sp++] = (Frame){pc + 1, -1, 0};
      }
      break;
    case I_SPLIT:
      if (sp + 2 <= STACK) {
        stack[sp++] = (Frame){in->y, -1, 0};
        stack[sp++] = (Frame){in->x, -1, 0};
      }
      break;
    case I_SAVE:
      if (sp + 2 <= STACK) {
        stack[sp++] = (Frame){0, in->x, caps[in->x]};
        caps[in->x] = pos;
        stack[sp++] = (Frame){pc + 1, -1, 0};
      }
      break;
    default:
      if (!thread_lives(p, m, pc, pos, n_items)) {
        dead++;
        break;
      }
      list[*n].pc = pc;
      memcpy(list[*n].caps, caps, sizeof caps);
      (*n)++;
    }
  }
  return dead;
}

typedef struct {
  int pc;
  int slot; /* when slot >= 0: restore saves = old */
  uint32_t old;
} ClosureFrame;

enum { AT_MIDDLE, AT_START, AT_END };

/* The closure of @p pc0 as add_thread_slow() would follow it with no pc
 * marked at a place @p at (where ^ or $ holds or not), appended to
 * p->reach; false when it meets the stack limit (then add_thread_slow()
 * must be used). */
static bool closure_of(KgbPattern *p, int pc0, int at, unsigned *seen,
                       unsigned gen, size_t *cap, bool *anchors) {
  ClosureFrame stack[STACK];
  uint32_t saves = 0;
  size_t sp = 0;
  stack[sp++] = (ClosureFrame){pc0, -1, 0};
  while (sp > 0) {
    ClosureFrame fr = stack[--sp];
    if (fr.slot >= 0) {
      saves = fr.old;
      continue;
    }
    int pc = fr.pc;
    if (seen[pc] == gen) {
      continue;
    }
    seen[pc] = gen;
    const Inst *in = &p->prog[pc];
    switch (in->op) {
    case I_JMP:
      stack[sp++] = (ClosureFrame){in->x, -1, 0};
      break;
    case I_BOL:
    case I_EOL:
      *anchors = true;
      if (at == (in->op == I_BOL ? AT_START : AT_END)) {
        stack[sp++] = (ClosureFrame){pc + 1, -1, 0};
      }
      break;
    case I_SPLIT:
      if (sp + 2 > STACK) {
        return false;
      }
      stack[sp++] = (ClosureFrame){in->y, -1, 0};
      stack[sp++] = (ClosureFrame){in->x, -1, 0};
      break;
    case I_SAVE:
      if (sp + 2 > STACK) {
        return false;
      }
      stack[sp++] = (ClosureFrame){0, in->x, saves};
      saves |= (uint32_t)1 << in->x;
      stack[sp++] = (ClosureFrame){pc + 1, -1, 0};
      break;
    default:
      if (p->n_reach == *cap && kgb_grow(&p->reach, cap, p->n_reach + 1,
                                         sizeof *p->reach) != KGB_OK) {
        return false;
      }
      p->reach[p->n_reach++] = (Reach){pc, saves};
    }
  }
  return true;
}

static KgbStatus closures(KgbPattern *p) {
  for (size_t i = 0; i < p->n_sets; i++) {
    TestSet *ts = &p->sets[i];
    if (!ts->negate && ts->n == 1 && !ts->tests[0].negate &&
        ts->tests[0].kind == T_LOWER) {
      ts->word = ts->tests[0].str;
    }
    for (size_t k = 0; k < ts->n; k++) {
      if (ts->tests[k].kind == T_LIST) {
        ts->tests[k].bloom = kgb_lexicon_bloom(ts->tests[k].list);
      }
    }
  }
  for (size_t i = 0; i < p->n_reqs; i++) {
    for (size_t k = 0; k < p->reqs[i].n_keys; k++) {
      p->reqs[i].key_bloom |= key_bit(p->reqs[i].keys[k]);
    }
    if (key_hashes(&p->reqs[i].keys, p->reqs[i].n_keys, &p->reqs[i].key_hash) !=
        KGB_OK) {
      return KGB_ERR_NOMEM;
    }
    p->reqs[i].cap_keys = p->reqs[i].n_keys;
  }
  for (size_t pc = 0; pc < p->n_prog; pc++) {
    p->anchored |= p->prog[pc].op == I_BOL || p->prog[pc].op == I_EOL;
  }
  size_t n_at = p->anchored ? 3 : 1;
  /* seen[pc] == gen: pc is in the closure being worked out (no clearing
   * per closure, which made this quadratic in the program's size) */
  unsigned *seen = calloc(p->n_prog, sizeof *seen), gen = 0;
  bool ok = seen != NULL;
  for (size_t v = 0; v < n_at && ok; v++) {
    p->reach_at[v] = calloc(2 * p->n_prog, sizeof *p->reach_at[v]);
    ok = p->reach_at[v] != NULL;
  }
  for (size_t v = n_at; v < 3 && ok; v++) {
    p->reach_at[v] = p->reach_at[0];
  }
  if (!ok) {
    free(seen);
    return KGB_ERR_NOMEM;
  }
  /* done[pc]: the closure of pc is worked out (its ranges set); a JMP's is
   * that of where it jumps to, shared (the words of an alternative all
   * jump to its end) */
  bool *done = calloc(p->n_prog, sizeof *done);
  ok = done != NULL;
  size_t cap = 0;
  for (size_t pc = 0; pc < p->n_prog && ok; pc++) {
    if (pc > 0 && p->prog[pc - 1].op != I_TEST) {
      continue; /* no thread starts here: an empty range */
    }
    size_t to = pc;
    for (size_t k = 0; k < p->n_prog && p->prog[to].op == I_JMP; k++) {
      to = (size_t)p->prog[to].x;
    }
    if (p->prog[to].op == I_JMP) {
      to = pc; /* a loop of jumps: worked out as it is */
    }
    bool anchors = false;
    for (size_t v = 0; v < n_at && ok && !done[to]; v++) {
      if (v > 0 && !anchors) { /* ^ and $ not met: the same closure */
        p->reach_at[v][2 * to] = p->reach_at[0][2 * to];
        p->reach_at[v][2 * to + 1] = p->reach_at[0][2 * to + 1];
        continue;
      }
      p->reach_at[v][2 * to] = (int)p->n_reach;
      ok = closure_of(p, (int)to, (int)v, seen, ++gen, &cap, &anchors);
      p->reach_at[v][2 * to + 1] = (int)p->n_reach;
    }
    done[to] = true;
    for (size_t v = 0; v < n_at && to != pc; v++) {
      p->reach_at[v][2 * pc] = p->reach_at[v][2 * to];
      p->reach_at[v][2 * pc + 1] = p->reach_at[v][2 * to + 1];
    }
  }
  free(done);
  free(seen);
  if (!ok) {
    for (size_t v = 0; v < n_at; v++) {
      free(p->reach_at[v]);
    }
    memset(p->reach_at, 0, sizeof p->reach_at);
    free(p->reach);
    p->reach = NULL;
  }
  return KGB_OK;
}

/* add_thread_slow() from the closure worked out when compiled. Returns
 * the threads not added because they fail their test at @p pos. */
static inline size_t add_thread(const KgbPattern *p, KgbMatcher *m,
                                Thread *list, size_t *n, int pc0,
                                const int *caps0, int pos, int n_items) {
  const int *at = p->reach_at[0];
  if (p->anchored) {
    at = pos == 0         ? (n_items == 0 ? NULL : p->reach_at[AT_START])
         : pos == n_items ? p->reach_at[AT_END]
                          : at;
  }
  if (!at) {
    return add_thread_slow(p, m, list, n, pc0, caps0, pos, n_items);
  }
  size_t dead = 0;
  const Reach *r = p->reach + at[2 * pc0];
  const Reach *end = p->reach + at[2 * pc0 + 1];
  for (; r < end; r++) {
    if (m->mark[r->pc] == m->gen) {
      continue;
    }
    m->mark[r->pc] = m->gen;
    if (!thread_lives(p, m, r->pc, pos, n_items)) {
      dead++;
      continue;
    }
    Thread *t = &list[(*n)++];
    t->pc = r->pc;
    memcpy(t->caps, caps0, sizeof t->caps);
    for (int k = 0; r->saves >> k; k++) {
      if (r->saves >> k & 1) {
        t->caps[k] = pos;
      }
    }
  }
  return dead;
}

static void next_gen(KgbMatcher *m) {
  if (++m->gen == 0) {
    memset(m->mark, 0, m->cap * sizeof *m->mark);
    m->gen = 1;
  }
}

/* Threads start at every position where a first test holds (a match cannot
 * start elsewhere); when no thread is alive the scan jumps to the next such
 * position. Starting nowhere else changes no result: a thread started where
 * every first test fails dies on its first item, and it has the lowest
 * priority of its generation, so it blocks no other thread. */
bool kgb_pattern_find(const KgbPattern *p, KgbMatcher *m, const KgbItem *items,
                      size_t n, size_t from, size_t *start, size_t *end,
                      int *caps) {
  if (from > n || !matcher_fit(m, p->n_prog)) {
    return false;
  }
  m->cur_items = items;
  m->cur_info = NULL;
  m->cur_starts = false;
  if (items == m->prep_items && n == m->prep_n) {
    if (!m->prep_done) {
      prepare_now(m);
    }
    m->cur_info = m->info;
    m->cur_starts = m->masks_ok && !p->nullable;
    if (m->masks_ok && !reqs_check(p, m, from)) {
      return false;
    }
    if (m->cur_starts && (m->starts_of != p || m->starts_prep != m->prep_id)) {
      m->starts = starts_of(p, m, n);
      m->starts_of = p;
      m->starts_prep = m->prep_id;
    }
  }
  size_t pos = next_start(p, m, items, n, from);
  if (pos >= n && !p->nullable) {
    return false;
  }
  Thread *cur = m->a, *next = m->b;
  size_t n_cur = 0;
  bool matched = false;
  int init[SLOTS];
  for (int i = 0; i < SLOTS; i++) {
    init[i] = -1;
  }
  next_gen(m);
  init[SLOTS - 1] = (int)pos;
  if (add_thread(p, m, cur, &n_cur, 0, init, (int)pos, (int)n) + n_cur == 0) {
    return false; /* no thread at all (^ or $ fails here) */
  }
  /* the threads of cur all hold at pos (or MATCH); a step with none left
   * jumps to the next start */
  for (;;) {
    next_gen(m);
    size_t n_next = 0;
    for (size_t i = 0; i < n_cur; i++) {
      const Thread *t = &cur[i];
      const Inst *in = &p->prog[t->pc];
      if (in->op == I_MATCH) {
        matched = true;
        *start = (size_t)t->caps[SLOTS - 1];
        *end = pos;
        memcpy(caps, t->caps, 2 * KGB_MAX_CAPTURES * sizeof *caps);
        break; /* lower-priority threads die */
      }
      add_thread(p, m, next, &n_next, t->pc + 1, t->caps, (int)pos + 1, (int)n);
    }
    if (!matched && pos < n) {
      size_t at = pos + 1;
      if (n_next == 0) {
        /* jump to the next start; past one whose threads all fail there,
         * as the step after it would */
        for (;;) {
          at = next_start(p, m, items, n, at);
          next_gen(m); /* fresh marks for the thread at the new position */
          if (!(at < n || (at == n && p->nullable))) {
            break;
          }
          init[SLOTS - 1] = (int)at;
          size_t dead =
              add_thread(p, m, next, &n_next, 0, init, (int)at, (int)n);
          pos = at - 1;
          if (n_next > 0 || dead == 0 || at >= n) {
            break;
          }
          at++;
        }
      } else if (p->nullable ||
                 (at < n && (m->cur_starts ? (m->starts >> at & 1)
                                           : may_start(p, m, &items[at])))) {
        init[SLOTS - 1] = (int)at;
        add_thread(p, m, next, &n_next, 0, init, (int)at, (int)n);
      }
    }
    Thread *tmp = cur;
    cur = next;
    next = tmp;
    n_cur = n_next;
    if (pos >= n || n_cur == 0) {
      break;
    }
    pos++;
  }
  return matched;
}
