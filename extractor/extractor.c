/*
 * extractor.c: one document from text to entities and facts with evidence.
 *
 *  1. text.c splits sentences and tokens; each token gets its rules-pool key.
 *  2. Mentions: quoted titles, capitalised name sequences (honorifics
 *     stripped, sentence-initial words only when the document also writes
 *     them capitalised mid-sentence), places from the gazetteer, names typed
 *     by lexicons (organisations, head words such as "Museum" or "River"),
 *     pronouns and "the film"-like references. Headings only name what the
 *     body names.
 *  3. Entity-stage rules type mentions; mentions with one normalised name
 *     form one entity (group). Pronouns are resolved to the last compatible
 *     person or character, "the film" and "it" to the document's main work.
 *  4. Relation-stage rules emit facts; objects and subjects the rule leaves
 *     untyped take their class from the relation's domain or range.
 *  5. Built-in inferences: the main work has every character; a city lies in
 *     the province and the country the gazetteer gives, when the document
 *     names them; a quoted title nobody typed is a Work.
 *  6. A first name alone joins the one full name of the same class that
 *     starts with it; the output lists entities with a class and their facts.
 *
 * Everything is linear in the document except the per-sentence matching,
 * which is bounded by the sentence length cap of text.c.
 */
#include "internal.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { M_NAME, M_TITLE, M_PRONOUN, M_NOMINAL, M_RELATIVE, M_PLACE_REF };

/// The vote of a class read from a name's head word alone.
#define WEAK_VOTE 0.45
/// The most weight the gazetteer gives a name, however often it is named:
/// below an entity-stage rule's vote (twice its confidence).
#define GAZETTEER_VOTE_CAP 1.0

typedef struct {
  uint32_t sent, first, last; ///< sentence; token range [first, last)
  int kind;
  const char *cls;       ///< class from data (gazetteer, lexicon), or NULL
  const KgbPlace *place; ///< gazetteer entry
  const char *surface;   ///< the name as written (doc pool)
  const char *key;       ///< normalised name (doc pool)
  const char *gender;    ///< "male", "female", "neuter", "plural" or NULL
  int group;             ///< entity group, -1 for unresolved pronouns
} Mention;

typedef struct {
  const char *cls;
  double weight;
} Vote;

typedef struct {
  const char *text; ///< interned in the document's pool
  size_t count;
} Surface;

typedef struct {
  const char *key;
  const char *cls; ///< decided class (NULL until decided)
  Vote votes[6];
  size_t n_votes;
  const char *gender;
  size_t mentions;
  int parent; ///< union-find
  const KgbPlace *place;
  Surface *surfaces; ///< spellings, each with how often it was written
  size_t n_surfaces, cap_surfaces;
  bool literal_only; ///< used as a literal (original title), not an entity
  int literal_of;    ///< the work it is the original title of, or -1
  bool referenced;   ///< subject or object of a fact
  bool titled;       ///< has a quoted-title mention
  int first_mention; ///< its first mention in text order (evidence)
  int out_index;     ///< entity index in the result
  bool unnamed;      ///< a relative named after its anchor ("Semih's mother")
  bool learned;      ///< gender learned from pronouns (learn_genders)
  unsigned heard[2]; ///< he/his (0) and she/her (1) pronouns resolved to it
} Group;

typedef struct {
  int subject; ///< group
  const char *predicate;
  KgbValueKind kind;
  int object; ///< group when kind == ENTITY
  const char *literal;
  KgbEvidence ev;
} Fact;

struct KgbDocResult {
  char *id;
  KgbStrPool *pool;
  size_t n_sentences;
  KgbEntity *entities;
  size_t n_entities;
  KgbFact *facts;
  size_t n_facts;
  const char **alt_store; ///< all alt label arrays, one allocation
};

/* The lexicon lists the C code consults, resolved once per extractor. */
enum {
  L_PRONOUN,
  L_WORK_NOUN,
  L_HONORIFIC,
  L_NAME_CONNECTOR,
  L_FUNCTION_WORD,
  L_TITLE_WORD,
  L_LANGUAGE,
  L_MONTH,
  L_WEEKDAY,
  L_DICTIONARY,
  L_ORGANIZATION,
  L_HEAD,
  L_SCALE,
  L_CURRENCY,
  L_HOURS,
  L_RELATIVE,
  L_RELATIVE_MOD,
  L_PLURAL_REF,
  L_POSSESSIVE,
  L_CLAUSE_OPENER,
  L_OBJECT_PRONOUN,
  L_COPULA,
  L_HYPHEN_PREFIX,
  L_HYPHEN_SUFFIX,
  L_AFFIX,
  L_LEAD_HEAD,
  L_PLACE_NOUN,
  L_FILM_PROFESSION,
  L_IRREGULAR,
  L_CARRY_ADVERB,
  L_GENRE_NOUN,
  L_COMPASS,
  L_DEMONYM,
  L_OCCUPATION,
  L_OCCUPATION_MOD,
  L_FILMING_CUE,
  L_GENRE,
  L_BROADCASTER,
  L_STREAMER,
  L_RELATIVE_BLOCK,
  L_UNREAL,
  L_TITLE_ARTICLE,
  L_ROLE_NOUN,
  L_MALE_NOUN,
  L_FEMALE_NOUN,
  L_NUMBER_WORD,
  L_COPULA_PHRASE,
  L_TITLE_END,
  L_TITLE_CUE,
  L_IMPERATIVE,
  L_NAME_OPENER,
  L_ROAD_WORD,
  L_NAME_ARTICLE,
  L_ACTING_VERB,
  L_PERSON_VERB,
  L_ROMANCE_WORD,
  L_COUNT
};
static const char *const list_names[L_COUNT] = {
    "pronoun",        "work_noun",     "honorific",      "name_connector",
    "function_word",  "title_word",    "language",       "month",
    "weekday",        "dictionary",    "organization",   "head",
    "scale",          "currency",      "hours",          "relative",
    "relative_mod",   "plural_ref",    "possessive",     "clause_opener",
    "object_pronoun", "copula",        "hyphen_prefix",  "hyphen_suffix",
    "affix",          "lead_head",     "place_noun",     "film_profession",
    "irregular",      "carry_adverb",  "genre_noun",     "compass",
    "demonym",        "occupation",    "occupation_mod", "filming_cue",
    "genre",          "broadcaster",   "streamer",       "relative_block",
    "unreal",         "title_article", "role_noun",      "male_noun",
    "female_noun",    "number_word",   "copula_phrase",  "title_end",
    "title_cue",      "imperative",    "name_opener",    "road_word",
    "name_article",   "acting_verb",   "person_verb",    "romance_word"};

struct KgbExtractor {
  const KgbRules *rules;
  KgbMatcher *matcher;
  const KgbLexicon *lists[L_COUNT]; ///< NULL when the rules lack a list
  size_t *candidates;               ///< scratch for the trigger index
  uint64_t *seen;
  bool has_window; ///< some rule spans two sentences (window = 2)
  KgbTextBuf text; ///< tokens and sentences, arrays kept between documents
};

typedef struct {
  KgbExtractor *ex;
  const KgbRules *rules;
  const KgbVocab *vocab;
  const char *text;
  KgbStrPool *pool;
  KgbToken *toks;
  size_t n_toks;
  KgbSentence *sents;
  size_t n_sents;
  Mention *ments;
  size_t n_ments, cap_ments;
  Group *groups;
  size_t n_groups, cap_groups;
  KgbMap group_of_key;    ///< key -> 1 + group
  KgbMap cap_midsentence; ///< lower -> 1: written capitalised mid-sentence
  KgbMap quoted;          ///< key of a quoted span -> times quoted
  KgbMap alt_name; ///< name key -> a shorter name ("X" of "the X district")
  KgbMap within;   ///< region key -> its container's name ("Northern Norway")
  int *mention_at; ///< token -> mention starting there, or -1
  int *pair; ///< mention -> 1 + the second group of a plural reference, or 0
  Fact *facts;
  size_t n_facts, cap_facts;
  KgbMap fact_keys;     ///< dedup key (doc pool) -> 1
  int main_work;        ///< group, or -1
  uint32_t title_at[2]; ///< the document title's two spans (line, lead)
  uint32_t title_len;   ///< their length in tokens, or 0: no title
  int context_year;     ///< last 4-digit year seen (for dates without a year)
  int trace; ///< $KGB_TRACE: 1 prints every rule match, 2 every sentence too
  KgbItem *items;
  size_t cap_items;
  KgbBuf scratch;
  struct ClassMemo *class_memo; ///< class_in()'s answers for this document
} Doc;

/* ---- small helpers ------------------------------------------------------- */

static const char *dintern(Doc *d, const char *s, size_t len) {
  return kgb_strpool_intern(d->pool, s, len);
}

static bool in_list(const Doc *d, int list, const KgbToken *t,
                    const char **value) {
  return t->key && kgb_lexicon_get(d->ex->lists[list], t->key, value);
}

/* Is the name with key @p key an entry of list @p l? */
static bool key_in_list(const Doc *d, int l, const char *key) {
  const char *interned = kgb_rules_find_str(d->rules, key, strlen(key));
  return interned && d->ex->lists[l] &&
         kgb_lexicon_get(d->ex->lists[l], interned, NULL);
}

/// Is token @p t the word @p lower? (The first byte rules most words out.)
static inline bool is_tok(const KgbToken *t, const char *lower) {
  return t->lower[0] == lower[0] && !strcmp(t->lower, lower);
}

static int find_group(Doc *d, int g) {
  while (d->groups[g].parent != g) {
    d->groups[g].parent = d->groups[d->groups[g].parent].parent;
    g = d->groups[g].parent;
  }
  return g;
}

static void vote(Doc *d, int g, const char *cls, double w) {
  Group *gr = &d->groups[find_group(d, g)];
  for (size_t i = 0; i < gr->n_votes; i++) {
    if (!strcmp(gr->votes[i].cls, cls)) {
      gr->votes[i].weight += w;
      return;
    }
  }
  if (gr->n_votes < sizeof gr->votes / sizeof *gr->votes) {
    gr->votes[gr->n_votes++] = (Vote){cls, w};
  }
}

/* Add @p w to group @p g's vote for @p cls, never past @p cap in all. */
static void vote_upto(Doc *d, int g, const char *cls, double w, double cap) {
  Group *gr = &d->groups[find_group(d, g)];
  for (size_t i = 0; i < gr->n_votes; i++) {
    if (!strcmp(gr->votes[i].cls, cls)) {
      w = fmin(w, cap - gr->votes[i].weight);
      break;
    }
  }
  if (w > 0) {
    vote(d, g, cls, w);
  }
}

/* The class with the most weight; a quoted title typed only by a head word
 * ("‘Iron Valley’") stays an untyped title. */
static const char *best_class(const Group *g) {
  const Vote *best = NULL;
  for (size_t i = 0; i < g->n_votes; i++) {
    if (!best || g->votes[i].weight > best->weight) {
      best = &g->votes[i];
    }
  }
  if (best && g->titled && best->weight <= WEAK_VOTE) {
    return NULL;
  }
  return best ? best->cls : NULL;
}

/* The text of tokens [first, last) as written, minus the tokens [gap_a,
 * gap_b) and quotation marks at its ends. */
static const char *span_text_gap(Doc *d, uint32_t first, uint32_t last,
                                 uint32_t gap_a, uint32_t gap_b) {
  while (first < last &&
         (d->toks[first].flags & (KGB_TOK_OPENQ | KGB_TOK_CLOSEQ))) {
    first++;
  }
  while (last > first &&
         (d->toks[last - 1].flags & (KGB_TOK_OPENQ | KGB_TOK_CLOSEQ) ||
          is_tok(&d->toks[last - 1], ",") || is_tok(&d->toks[last - 1], "."))) {
    last--;
  }
  if (first >= last) {
    return NULL;
  }
  kgb_buf_clear(&d->scratch);
  for (uint32_t i = first; i < last; i++) {
    const KgbToken *t = &d->toks[i];
    if (i >= gap_a && i < gap_b) {
      continue;
    }
    if (i > first && (t->flags & KGB_TOK_SPACE) &&
        kgb_buf_putc(&d->scratch, ' ') != KGB_OK) {
      return NULL;
    }
    if (kgb_buf_append(&d->scratch, d->text + t->start, t->end - t->start) !=
        KGB_OK) {
      return NULL;
    }
  }
  return dintern(d, d->scratch.data, d->scratch.len);
}

/* Text of tokens [first, last) as written, without surrounding quotes. */
static const char *span_text(Doc *d, uint32_t first, uint32_t last) {
  return span_text_gap(d, first, last, 0, 0);
}

/* Records @p text (tokens [first, last)) as another name of the mention
 * keyed @p key: an alternative label, never its label (group_for). */
static KgbStatus put_alt_name(Doc *d, const char *key, uint32_t first,
                              uint32_t last) {
  const char *alt = span_text(d, first, last);
  return alt ? kgb_map_put(&d->alt_name, key, (intptr_t)alt) : KGB_ERR_NOMEM;
}

static const char *norm_key(Doc *d, const char *s) {
  char *n = kgb_normalize(s, strlen(s));
  const char *k = n ? dintern(d, n, strlen(n)) : NULL;
  free(n);
  return k;
}

/* ---- mentions ------------------------------------------------------------ */

static KgbStatus add_mention(Doc *d, const Mention *m) {
  KgbStatus st =
      kgb_grow(&d->ments, &d->cap_ments, d->n_ments + 1, sizeof *d->ments);
  if (st != KGB_OK) {
    return st;
  }
  d->ments[d->n_ments++] = *m;
  return KGB_OK;
}

/// Is token @p t an article, "the", "a" or "an" (any case)?
static bool is_article(const KgbToken *t) {
  return is_tok(t, "the") || is_tok(t, "a") || is_tok(t, "an");
}

static bool name_token(const KgbToken *t) {
  return (t->flags & KGB_TOK_CAP) && (t->flags & KGB_TOK_WORD);
}

/* A brand written with a capital inside ("tvN", "eBay") is a name: its
 * token counts as capitalised. */
static void mark_mixed_case(Doc *d) {
  for (size_t i = 0; i < d->n_toks; i++) {
    KgbToken *t = &d->toks[i];
    const char *w = d->text + t->start;
    size_t n = t->end - t->start;
    if ((t->flags & (KGB_TOK_CAP | KGB_TOK_WORD | KGB_TOK_NUM)) !=
            KGB_TOK_WORD ||
        n < 3 || n > 12 || w[0] < 'a' || w[0] > 'z') {
      continue;
    }
    for (size_t k = 1; k < n; k++) {
      if (w[k] >= 'A' && w[k] <= 'Z') {
        t->flags |= KGB_TOK_CAP;
        break;
      }
    }
  }
}

/* Is token i a hyphen joining the name before it to a lower-case syllable of
 * a given name ("Ji-woo", "Seo-yeon", "Min-jae") rather than to a word
 * ("Paris-based", "Oscar-winning", "Ex-wife")? Both halves are short, written
 * as one word, and the syllable is not a third part ("Kim-style-..."). Then
 * either it is no dictionary word, affix or function word, or both halves
 * are at most three letters ("Jae-won"), or the halves are name-sized (2-4
 * and 2-5 letters) and neither is in the hyphen_prefix / hyphen_suffix
 * lists, which keep compounds out. */
static bool lower_syllable(const Doc *d, size_t i, size_t last) {
  if (i == 0 || i + 1 >= last || !is_tok(&d->toks[i], "-")) {
    return false;
  }
  const KgbToken *h = &d->toks[i], *prev = &d->toks[i - 1],
                 *next = &d->toks[i + 1];
  size_t n = next->end - next->start, pn = prev->end - prev->start;
  if ((h->flags & KGB_TOK_SPACE) || (next->flags & KGB_TOK_SPACE) ||
      (next->flags & (KGB_TOK_CAP | KGB_TOK_NUM)) ||
      !(next->flags & KGB_TOK_WORD) || !name_token(prev) || n < 2 || n > 5) {
    return false;
  }
  if (i + 2 < last && is_tok(&d->toks[i + 2], "-") &&
      !(d->toks[i + 2].flags & KGB_TOK_SPACE)) {
    return false;
  }
  for (const char *c = d->text + next->start; c < d->text + next->end; c++) {
    if (*c >= '0' && *c <= '9') {
      return false;
    }
  }
  if (pn >= 2 && pn <= 4 && !in_list(d, L_HYPHEN_PREFIX, prev, NULL) &&
      !in_list(d, L_HYPHEN_SUFFIX, next, NULL)) {
    return true;
  }
  if (in_list(d, L_AFFIX, next, NULL) ||
      in_list(d, L_FUNCTION_WORD, next, NULL)) {
    return false;
  }
  return !in_list(d, L_DICTIONARY, next, NULL) || (n <= 3 && pn <= 3);
}

/* Is the word at @p t (before @p last) a lower-case noun that makes the head
 * word before it a modifier: "the Mediterranean island nation of Malta"? */
static bool modifier_head(const Doc *d, size_t t, size_t last) {
  if (t >= last) {
    return false;
  }
  const KgbToken *k = &d->toks[t];
  return (k->flags & KGB_TOK_WORD) &&
         !(k->flags & (KGB_TOK_CAP | KGB_TOK_NUM)) &&
         !in_list(d, L_FUNCTION_WORD, k, NULL) && !(k->flags & KGB_TOK_NEG);
}

/* Is token t a head word of a place (not an organisation): Gate, walls? */
static bool place_head(const Doc *d, const KgbToken *t) {
  const char *value = NULL;
  return in_list(d, L_HEAD, t, &value) && value &&
         strcmp(value, "Organization") != 0;
}

/* Is the one word @p t a place the data knows ("Congo", "Lagos")? */
static bool known_place_word(const Doc *d, const KgbToken *t) {
  char *folded = kgb_normalize(t->lower, strlen(t->lower));
  size_t n = 0;
  bool place =
      folded && kgb_places_find(kgb_rules_places(d->rules), folded, &n);
  free(folded);
  return place;
}

/* The Flint Hills of Kansas, the Black Hills of South Dakota: is "of" at
 * token i, after a head word of a natural place that a name word opens (not
 * "Gulf of Mexico", nor a building, "the Royal Palace of Spain"), followed
 * by a country or province the data knows? Then the name ends before "of"
 * and the province is where it lies. */
static bool area_after_place_head(const Doc *d, size_t i, size_t last) {
  const char *head = NULL;
  if (i < 2 || !in_list(d, L_HEAD, &d->toks[i - 1], &head) || !head ||
      (strcmp(head, "Place") != 0 && strcmp(head, "Region") != 0) ||
      !(d->toks[i - 1].flags & KGB_TOK_CAP) || !name_token(&d->toks[i - 2])) {
    return false;
  }
  char buf[128];
  size_t len = 0;
  for (size_t j = i + 1; j < last && j < i + 4 && name_token(&d->toks[j]);
       j++) {
    size_t n = strlen(d->toks[j].lower);
    if (len + n + 2 > sizeof buf) {
      return false;
    }
    if (len) {
      buf[len++] = ' ';
    }
    memcpy(buf + len, d->toks[j].lower, n);
    len += n;
  }
  if (!len) {
    return false;
  }
  char *folded = kgb_normalize(buf, len);
  size_t n = 0;
  const KgbPlace *pl =
      folded ? kgb_places_find(kgb_rules_places(d->rules), folded, &n) : NULL;
  free(folded);
  return pl && (!strcmp(pl->cls, "Country") ||
                !strcmp(pl->cls, "AdministrativeArea"));
}

/* Does the name run continue at token i (after at least one name token)? */
static size_t name_continues(const Doc *d, size_t i, size_t last) {
  if (i >= last) {
    return 0;
  }
  const KgbToken *t = &d->toks[i];
  if (name_token(t)) {
    return 1;
  }
  if (lower_syllable(d, i, last)) {
    return 2; /* Ji-woo, Hye-rin: a given name of two syllables */
  }
  /* Disney+ Hotstar, Canal+: a plus sign written onto the name */
  if (is_tok(t, "+") && !(t->flags & KGB_TOK_SPACE)) {
    return 1;
  }
  const KgbToken *next = i + 1 < last ? &d->toks[i + 1] : NULL;
  /* Villar de la Robleda, Puerto de los Olivos, Ruud van der Kerkhof: two
   * lower-case connectors in a row before a name word */
  if (next && i + 2 < last && !(t->flags & KGB_TOK_CAP) &&
      !(next->flags & KGB_TOK_CAP) && in_list(d, L_NAME_CONNECTOR, t, NULL) &&
      in_list(d, L_NAME_CONNECTOR, next, NULL) && name_token(&d->toks[i + 2])) {
    return 3;
  }
  /* Valley of the Kings, Temple of the Emerald Buddha, Church of the Holy
   * Sepulchre: "of the" after a place head word, before a name word; Salt
   * of the Earth, Children of the Harmattan, Planet of the Apes: "of the"
   * and one name word no place data knows that ends the name (not "the
   * Andes of the Cusco Region", "Selection of the San Sebastián …");
   * Gardens by the Bay, Hotel by the Sea: "by the" after a place head word
   * only (not "on the": "the Savoy Hotel on the Strand" is two places) */
  bool by = is_tok(t, "by");
  if (next && i + 2 < last && (is_tok(t, "of") || by) && is_tok(next, "the") &&
      !(next->flags & KGB_TOK_CAP) && name_token(&d->toks[i + 2]) &&
      ((i > 0 && place_head(d, &d->toks[i - 1]) &&
        (d->toks[i - 1].flags & KGB_TOK_CAP)) ||
       (!by && !(t->flags & KGB_TOK_CAP) &&
        (i + 3 >= last || !name_token(&d->toks[i + 3])) &&
        !known_place_word(d, &d->toks[i + 2])))) {
    return 3;
  }
  /* Khaneh-ye Bad, Dasht-e Kavir, Naqsh-e Jahan: a Persian ezafe joined by a
   * hyphen to the word before and followed by a name word */
  if (next && i + 2 < last && is_tok(t, "-") && !(t->flags & KGB_TOK_SPACE) &&
      !(next->flags & KGB_TOK_SPACE) && !(next->flags & KGB_TOK_CAP) &&
      (is_tok(next, "e") || is_tok(next, "ye") || is_tok(next, "i") ||
       is_tok(next, "yi")) &&
      (d->toks[i + 2].flags & KGB_TOK_SPACE) && name_token(&d->toks[i + 2])) {
    return 3;
  }
  /* Tariq al-Milh, Bayt al-Yasmin, Umm ad-Dunya, Ha-Bayit ba-Negev: a
   * lower-case Arabic article or Hebrew prefix (list name_article) joined
   * by a hyphen to a name word */
  if (next && i + 2 < last && !(t->flags & KGB_TOK_CAP) &&
      in_list(d, L_NAME_ARTICLE, t, NULL) && is_tok(next, "-") &&
      !(next->flags & KGB_TOK_SPACE) &&
      !(d->toks[i + 2].flags & KGB_TOK_SPACE) && name_token(&d->toks[i + 2])) {
    return 3;
  }
  /* Route 66, Highway 61, Interstate 40: a number after a capitalised road
   * word (list road_word) is part of the road's name (xplace13) */
  if ((t->flags & KGB_TOK_NUM) && i >= 1 && !(t->flags & KGB_TOK_POSS) &&
      (d->toks[i - 1].flags & KGB_TOK_CAP) &&
      in_list(d, L_ROAD_WORD, &d->toks[i - 1], NULL)) {
    return 1;
  }
  /* St. John's, St George's: a saint's possessive that ends the name (the
   * run is a capitalised "St" or "Saint", a dot, one name word; not the
   * street of "Water St. John's brother"); St. Michael's Mount, St Mark's
   * Square: one that a place head word follows goes on */
  if ((t->flags & KGB_TOK_POSS) && i >= 2 &&
      (!next || !name_token(next) || place_head(d, next) ||
       in_list(d, L_LEAD_HEAD, next, NULL)) &&
      (((is_tok(&d->toks[i - 2], "saint") || is_tok(&d->toks[i - 2], "st")) &&
        (d->toks[i - 2].flags & KGB_TOK_CAP)) ||
       (i >= 3 && is_tok(&d->toks[i - 2], ".") &&
        is_tok(&d->toks[i - 3], "st") && (d->toks[i - 3].flags & KGB_TOK_CAP) &&
        !(i >= 4 && (d->toks[i - 4].flags & KGB_TOK_CAP))))) {
    return 1;
  }
  /* Queen's Park Savannah, Fisherman's Wharf, Devil's Bridge: the
   * possessive of one capitalised dictionary word, before a place head word
   * (it or the word after it), is inside the place's name ("Lisbon's
   * Alfama", "Netflix's Night Harbor": no dictionary word; "Turkey's Adana
   * Province": a place the data knows; xplace13) */
  if ((t->flags & KGB_TOK_POSS) && i >= 1 && next && name_token(next) &&
      (d->toks[i - 1].flags & KGB_TOK_CAP) &&
      in_list(d, L_DICTIONARY, &d->toks[i - 1], NULL) &&
      !known_place_word(d, &d->toks[i - 1]) &&
      (i < 2 || !name_token(&d->toks[i - 2])) &&
      (place_head(d, next) || (i + 2 < last && name_token(&d->toks[i + 2]) &&
                               place_head(d, &d->toks[i + 2])))) {
    return 1;
  }
  if (!next || !name_token(next)) {
    return 0;
  }
  /* Jean-Luc; Martyrs’ Museum; Museum of Literature; Lucas & Co */
  if (is_tok(t, "-") && !(t->flags & KGB_TOK_SPACE) &&
      !(next->flags & KGB_TOK_SPACE)) {
    return 2;
  }

  if ((t->flags & KGB_TOK_CLOSEQ) && is_tok(t, "'") && i > 0 &&
      d->text[d->toks[i - 1].end - 1] == 's' && !(t->flags & KGB_TOK_SPACE)) {
    return 2;
  }
  if (is_tok(t, "of") && area_after_place_head(d, i, last)) {
    return 0;
  }
  if (in_list(d, L_NAME_CONNECTOR, t, NULL)) {
    return 2;
  }
  /* Jarkko T. Laine, Mikkel E. G. Nielsen, M. Night Shyamalan: the dot of
   * an initial (one capital letter written onto it), before a name word
   * that is no function word ("Plan B. The …", "World War I. In 1945") */
  if (is_tok(t, ".") && i > 0 && !(t->flags & KGB_TOK_SPACE) &&
      (next->flags & KGB_TOK_SPACE) && (d->toks[i - 1].flags & KGB_TOK_CAP) &&
      d->toks[i - 1].end - d->toks[i - 1].start == 1 &&
      !is_tok(&d->toks[i - 1], "i") &&
      !in_list(d, L_FUNCTION_WORD, next, NULL)) {
    return 2;
  }
  /* St. Paul, Mt. Ida: a dotted saint, mount or fort */
  if (is_tok(t, ".") && i > 0 &&
      (is_tok(&d->toks[i - 1], "st") || is_tok(&d->toks[i - 1], "mt") ||
       is_tok(&d->toks[i - 1], "ft"))) {
    return 2;
  }
  /* Cleopatra's Needle, the Miller's Tower: a possessive before a place
   * head word that ends the name; Peggy's Cove Lighthouse: or before a
   * natural place's head word and another head word that end it (not "Ana's
   * Park Avenue apartment": a building's or street's head first) */
  const char *hv = NULL;
  if ((t->flags & KGB_TOK_POSS) && place_head(d, next) &&
      (!(i + 2 < last && name_token(&d->toks[i + 2])) ||
       (in_list(d, L_HEAD, next, &hv) && strcmp(hv, "Landmark") != 0 &&
        place_head(d, &d->toks[i + 2]) &&
        !(i + 3 < last && name_token(&d->toks[i + 3]))))) {
    return 2;
  }
  /* St. John's Co-Cathedral: the head word after a hyphenated prefix */
  if ((t->flags & KGB_TOK_POSS) && i + 3 < last &&
      is_tok(&d->toks[i + 2], "-") && !(d->toks[i + 2].flags & KGB_TOK_SPACE) &&
      !(d->toks[i + 3].flags & KGB_TOK_SPACE) &&
      place_head(d, &d->toks[i + 3]) &&
      !(i + 4 < last && name_token(&d->toks[i + 4]))) {
    return 4;
  }
  return 0;
}

/* "France 2", "Channel 4", "TV 2": does the number at token b (one or two
 * digits) end the channel or company named by tokens [a, b)? Only when the
 * whole is an entry of the broadcaster, streamer or organization list, so
 * "Season 2" stays a word and a number. Sets *out; fails only for memory. */
static KgbStatus channel_number(Doc *d, size_t a, size_t b, size_t last,
                                bool *out) {
  static const int lists[] = {L_BROADCASTER, L_STREAMER, L_ORGANIZATION};
  *out = false;
  if (b >= last || !(d->toks[b].flags & KGB_TOK_NUM) ||
      !(d->toks[b].flags & KGB_TOK_SPACE) ||
      d->toks[b].end - d->toks[b].start > 2) {
    return KGB_OK;
  }
  const char *surface = span_text(d, (uint32_t)a, (uint32_t)b + 1);
  const char *key = surface ? norm_key(d, surface) : NULL;
  if (!key) {
    return KGB_ERR_NOMEM;
  }
  const char *interned = kgb_rules_find_str(d->rules, key, strlen(key));
  for (size_t i = 0; interned && i < sizeof lists / sizeof *lists; i++) {
    if (d->ex->lists[lists[i]] &&
        kgb_lexicon_get(d->ex->lists[lists[i]], interned, NULL)) {
      *out = true;
    }
  }
  /* "Canal 13", "Kanal 7", "Rai 3", "NHK 2": a channel word opening
   * companies (list lead_head) or a broadcaster the list knows without
   * the number (not "by the Canal 3 years ago": a count) */
  const char *v = NULL;
  const KgbToken *after = b + 1 < last ? &d->toks[b + 1] : NULL;
  if (!*out && b - a == 1 &&
      !(after && (after->flags & KGB_TOK_WORD) &&
        !(after->flags & KGB_TOK_CAP) &&
        !in_list(d, L_FUNCTION_WORD, after, NULL)) &&
      ((in_list(d, L_LEAD_HEAD, &d->toks[a], &v) && v &&
        !strcmp(v, "Organization")) ||
       in_list(d, L_BROADCASTER, &d->toks[a], NULL))) {
    *out = true;
  }
  return KGB_OK;
}

/* "the sequel Lagos Gold 2", "the comedy Jollof Wars 3": a digit from 2 to
 * 9 after a name that a work or genre noun opens is part of the title. */
static bool sequel_number(const Doc *d, size_t a, size_t b, size_t last) {
  const KgbToken *n = b < last ? &d->toks[b] : NULL;
  if (!n || !(n->flags & KGB_TOK_NUM) || !(n->flags & KGB_TOK_SPACE) ||
      n->end - n->start != 1 || n->lower[0] < '2' || n->lower[0] > '9' ||
      a == 0 || (b + 1 < last && (d->toks[b + 1].flags & KGB_TOK_NUM))) {
    return false;
  }
  static const char *const units[] = {"years",  "months",   "weeks",
                                      "days",   "hours",    "minutes",
                                      "people", "episodes", "seasons"};
  for (size_t u = 0; b + 1 < last && u < sizeof units / sizeof *units; u++) {
    if (is_tok(&d->toks[b + 1], units[u])) {
      return false; /* "Amara 2 years later": a count */
    }
  }
  const KgbToken *before = &d->toks[a - 1];
  return is_tok(before, "sequel") || in_list(d, L_WORK_NOUN, before, NULL) ||
         in_list(d, L_GENRE_NOUN, before, NULL);
}

/* Is the phrase that ends in the work or genre noun at token g (after
 * sentence token first) no object of a verb: opening the sentence or a
 * clause, or after a preposition ("the lead in the war drama …", "In the
 * Taiwanese drama …", "N's thriller …")? Not "they shot the drama X in
 * Lisbon", where "in Lisbon" is the shoot's place. */
static bool genre_phrase_free(const Doc *d, size_t first, size_t g) {
  static const char *const dets[] = {"the", "a",     "an",  "his",
                                     "her", "their", "its", "this"};
  static const char *const preps[] = {"in",   "of",    "with", "as",  "for",
                                      "from", "like",  "to",   "and", "on",
                                      "at",   "about", "into", "than"};
  size_t k = g;
  bool found = false;
  while (k > first && k + 8 > g && !found) {
    k--;
    const KgbToken *t = &d->toks[k];
    for (size_t n = 0; n < sizeof dets / sizeof *dets; n++) {
      found |= is_tok(t, dets[n]);
    }
    if (t->flags & KGB_TOK_POSS) {
      found = true;
      while (k > first && name_token(&d->toks[k - 1])) {
        k--;
      }
    }
  }
  if (!found || k == first) {
    return found;
  }
  const KgbToken *before = &d->toks[k - 1];
  bool prep = (before->flags & KGB_TOK_PUNCT) != 0;
  for (size_t n = 0; n < sizeof preps / sizeof *preps; n++) {
    prep |= is_tok(before, preps[n]);
  }
  return prep;
}

/* "the comedy Fars dag, …", "the thriller Ostatni prom, released …": a
 * title in sentence case after a work or genre noun (the run [a, b) opening
 * with a word no dictionary has): one or two lower-case words, none a
 * function word nor shaped like a verb ("-s", "-ed", "-ing") or an adverb,
 * then a comma, bracket or dash. The new end, or b. */
static size_t sentence_case_tail(const Doc *d, size_t a, size_t b,
                                 size_t last) {
  static const char *const verbish[] = {"s", "ed", "ing", "ly"};
  if (in_list(d, L_DICTIONARY, &d->toks[a], NULL) ||
      (d->toks[a].flags & KGB_TOK_NUM)) {
    return b;
  }
  size_t k = b;
  for (; k < last && k < b + 2; k++) {
    const KgbToken *t = &d->toks[k];
    if (!(t->flags & KGB_TOK_WORD) ||
        (t->flags & (KGB_TOK_CAP | KGB_TOK_NUM | KGB_TOK_POSS)) ||
        in_list(d, L_FUNCTION_WORD, t, NULL) || t->end - t->start < 2) {
      break;
    }
    size_t n = strlen(t->lower);
    for (size_t v = 0; v < sizeof verbish / sizeof *verbish; v++) {
      size_t vl = strlen(verbish[v]);
      if (n > vl && !strcmp(t->lower + n - vl, verbish[v])) {
        return b;
      }
    }
  }
  if (k == b || k >= last ||
      !(is_tok(&d->toks[k], ",") || is_tok(&d->toks[k], "(") ||
        is_tok(&d->toks[k], ";") || is_tok(&d->toks[k], "—") ||
        is_tok(&d->toks[k], "–"))) {
    return b;
  }
  return k;
}

/* "Chief Prosecutor Han Dae-sik", "Sergeant Wes Doolan": how many
 * capitalised ranks open the name run [a, b), when two tokens or more of
 * name follow them (the name without them is another name of it), or 0. */
static size_t rank_words(const Doc *d, size_t a, size_t b) {
  static const char *const ranks[] = {
      "chief",    "deputy",         "senior",       "assistant", "prosecutor",
      "sergeant", "superintendent", "commissioner", "constable", "lieutenant",
      "mayor",    "senator",        "inspector",    "detective", "captain",
      "judge",    "officer",        "agent",        "corporal",  "colonel"};
  size_t k = a;
  for (; k < b && (d->toks[k].flags & KGB_TOK_CAP); k++) {
    bool rank = false;
    for (size_t r = 0; r < sizeof ranks / sizeof *ranks; r++) {
      rank |= is_tok(&d->toks[k], ranks[r]);
    }
    if (!rank) {
      break;
    }
  }
  return k > a && k + 2 <= b && name_token(&d->toks[k]) ? k - a : 0;
}

/* "Dom pod lipami (English: The House Under the Lindens)", "Rumah di ujung
 * gang (lit. …)": a name run [a, b) and one to four lower-case words before
 * a bracket that glosses a title (a language or "original" and a colon, or
 * "lit.", "transl.", "literally") is a title in sentence case. Its new end,
 * or b. */
static size_t glossed_title_end(const Doc *d, size_t b, size_t last) {
  size_t k = b;
  while (k < last && k < b + 4 && (d->toks[k].flags & KGB_TOK_WORD) &&
         !(d->toks[k].flags & (KGB_TOK_CAP | KGB_TOK_NUM))) {
    k++;
  }
  if (k == b || k + 2 >= last || !is_tok(&d->toks[k], "(")) {
    return b;
  }
  const KgbToken *g = &d->toks[k + 1];
  bool label = (in_list(d, L_LANGUAGE, g, NULL) || is_tok(g, "english") ||
                is_tok(g, "original") || is_tok(g, "international")) &&
               is_tok(&d->toks[k + 2], ":");
  bool gloss =
      is_tok(g, "lit") || is_tok(g, "transl") || is_tok(g, "literally");
  return label || gloss ? k : b;
}

/* Does the token at @p k open an apposition naming a kind of work: ", the
 * debut of director …", ", a 2019 Kenyan drama …", ", her third feature"?
 * (a comma, an article or a possessive, then up to five lower-case words,
 * numbers or hyphens, one a work or genre noun or "debut"); or a copula
 * before the same, "Death in Venice is a film directed by …", "Love in
 * Tokyo is an American drama series …" (xtitle14) */
static bool work_apposition(const Doc *d, size_t k, size_t last) {
  static const char *const dets[] = {"a",   "an",    "the", "his",
                                     "her", "their", "its"};
  if (k + 2 >= last ||
      !(is_tok(&d->toks[k], ",") || is_tok(&d->toks[k], "is") ||
        is_tok(&d->toks[k], "was"))) {
    return false;
  }
  bool det = false;
  for (size_t n = 0; n < sizeof dets / sizeof *dets; n++) {
    det |= is_tok(&d->toks[k + 1], dets[n]);
  }
  for (size_t j = k + 2; det && j < last && j < k + 8; j++) {
    const KgbToken *t = &d->toks[j];
    if (in_list(d, L_WORK_NOUN, t, NULL) || in_list(d, L_GENRE_NOUN, t, NULL) ||
        is_tok(t, "debut")) {
      return !(t->flags & KGB_TOK_CAP);
    }
    if ((t->flags & KGB_TOK_CAP) && !(t->flags & KGB_TOK_NUM) &&
        !in_list(d, L_DEMONYM, t, NULL)) {
      return false;
    }
    if (!(t->flags & (KGB_TOK_WORD | KGB_TOK_NUM)) && !is_tok(t, "-")) {
      return false;
    }
  }
  return false;
}

/* Is token @p t a verb a title is the subject of (list title_end), of
 * kind @p kind ("work", "made") when that is not NULL? */
static bool title_end_verb(const Doc *d, const KgbToken *t, const char *kind) {
  const char *value = NULL;
  return in_list(d, L_TITLE_END, t, &value) &&
         (!kind || (value && !strcmp(value, kind)));
}

/* Does the token at @p k open a predicate only a work has: "stars",
 * "premiered", "grossed", "shot its …", "runs 97 minutes"? */
static bool slot_title_ends(const Doc *d, size_t k, size_t last) {
  if (k >= last) {
    return false;
  }
  if (title_end_verb(d, &d->toks[k], "work")) {
    return true;
  }
  bool made = title_end_verb(d, &d->toks[k], "made");
  bool runs = is_tok(&d->toks[k], "runs") && k + 1 < last &&
              (d->toks[k + 1].flags & KGB_TOK_NUM);
  /* "Night Train to Lisbon was released in …": a passive of making, then
   * a preposition or "by" */
  static const char *const made_by[] = {"released", "directed",    "produced",
                                        "filmed",   "distributed", "screened",
                                        "remade",   "adapted"};
  bool passive = false;
  for (size_t n = 0; k + 3 < last && n < sizeof made_by / sizeof *made_by &&
                     (is_tok(&d->toks[k], "was") || is_tok(&d->toks[k], "is"));
       n++) {
    passive |= is_tok(&d->toks[k + 1], made_by[n]) &&
               (d->toks[k + 2].flags & KGB_TOK_WORD) &&
               !(d->toks[k + 2].flags & KGB_TOK_CAP) &&
               in_list(d, L_FUNCTION_WORD, &d->toks[k + 2], NULL);
  }
  return runs || passive ||
         (made && k + 1 < last && is_tok(&d->toks[k + 1], "its")) ||
         work_apposition(d, k, last);
}

static bool british_word(const Doc *d, const KgbToken *t);
static size_t opening_title_end(const Doc *d, size_t b, size_t end,
                                size_t last);

/* Is token @p t a lower-case word of another language: no function word,
 * and no English dictionary has it in either spelling ("házban", "ng")? */
static bool foreign_lower(const Doc *d, const KgbToken *t) {
  return (t->flags & KGB_TOK_WORD) &&
         !(t->flags & (KGB_TOK_CAP | KGB_TOK_NUM | KGB_TOK_POSS)) &&
         t->end - t->start >= 2 && !in_list(d, L_DICTIONARY, t, NULL) &&
         !in_list(d, L_FUNCTION_WORD, t, NULL) && !british_word(d, t);
}

/* Does the sentence open with "In" or "For" right before the name run
 * [a, b) (or is that word the run's first), the run's name no place the
 * data knows ("In Paris over Christmas, …")? */
static bool opening_phrase(const Doc *d, size_t first, size_t a, size_t b) {
  if (a == first && b - a >= 2 &&
      (is_tok(&d->toks[a], "in") || is_tok(&d->toks[a], "for"))) {
    a++;
  } else if (!(a == first + 1 && (is_tok(&d->toks[first], "in") ||
                                  is_tok(&d->toks[first], "for")))) {
    return false;
  }
  return b - a != 1 || !known_place_word(d, &d->toks[a]);
}

/* After a cue's title, may the run [a, k) end at token k: the sentence's
 * end, a mark, a verb a title is the subject of (list title_end), a
 * place's or a time's preposition, "for", "alongside" or "opposite", an
 * adverb of place or time ("the trailer for X below", "X tonight"), or what
 * tickets do ("Tickets for X go on sale")? */
static bool cue_title_ends(const Doc *d, size_t k, size_t last) {
  static const char *const enders[] = {
      ".",      ",",         "(",        ")",       ";",     ":",
      "—",      "–",         "in",       "at",      "on",    "from",
      "for",    "alongside", "opposite", "with",    "by",    "and",
      "to",     "near",      "last",     "this",    "next",  "below",
      "above",  "here",      "now",      "tonight", "today", "tomorrow",
      "online", "go",        "went",     "sold",    "are",   "as"};
  if (k >= last) {
    return true;
  }
  for (size_t n = 0; n < sizeof enders / sizeof *enders; n++) {
    if (is_tok(&d->toks[k], enders[n])) {
      return true;
    }
  }
  return title_end_verb(d, &d->toks[k], NULL);
}

/* May the "and" at token @p j join the cue's title [a, k) to the name
 * after it: one word each side ("Bread and Roses"), not both places the
 * data knows ("Lagos and Abuja")? */
static bool cue_and(const Doc *d, size_t a, size_t k, size_t j, size_t last) {
  return k == a + 1 && j == k && j + 1 < last && name_token(&d->toks[j + 1]) &&
         !in_list(d, L_FUNCTION_WORD, &d->toks[j + 1], NULL) &&
         name_continues(d, j + 2, last) == 0 &&
         !(known_place_word(d, &d->toks[a]) &&
           known_place_word(d, &d->toks[j + 1]));
}

/* The "and" at @p j between two single dictionary words, "Salt and
 * Honey", "Rust and Bone": one title where a crew or judging verb or a
 * work's predicate cues it (xtitle14b). */
static bool dictionary_and(const Doc *d, size_t a, size_t k, size_t j,
                           size_t last) {
  return cue_and(d, a, k, j, last) &&
         in_list(d, L_DICTIONARY, &d->toks[a], NULL) &&
         in_list(d, L_DICTIONARY, &d->toks[j + 1], NULL);
}

/* "the war drama Sunflowers in Winter (2019)", "the romance Nights on
 * Zamalek was …", "the drama Kurier z Wilna runs …": after a work or genre
 * noun, a title runs on through the small words of titles (or a one- or
 * two-letter word no dictionary has) into more capitalised words, when
 * what follows ends the title: a bracket, a comma or other mark, or a verb
 * a title is the subject of. The new end of the run [a, b), or b. */
static size_t genre_title_end(const Doc *d, size_t first, size_t a, size_t b,
                              size_t last) {
  static const char *const joiners[] = {
      "in",      "on",      "at",     "to",      "from",   "over",    "under",
      "of",      "and",     "the",    "a",       "an",     "into",    "across",
      "beyond",  "beneath", "below",  "above",   "behind", "between", "through",
      "against", "among",   "within", "without", "near",   "&"};
  /* where a place after these may be the verb's, not the title's */
  static const char *const locatives[] = {"in", "on",   "at",
                                          "to", "from", "near"};
  /* marks that end a title; so does a verb of list title_end */
  static const char *const enders[] = {"(", ",", ")", ";", ":", "—", "–"};
  /* "the emotional core of Night Shift in Enugu is …": what a story's
   * heart, centre or core is of is a work too */
  static const char *const cores[] = {
      "heart",   "centre",     "center",     "core",   "season",
      "seasons", "episode",    "episodes",   "finale", "pilot",
      "series",  "instalment", "installment"};
  /* and what a season, an episode or a finale is of: "The third season of
   * Dust and Honey was filmed …" */
  bool heart = false;
  for (size_t n = 0; a >= first + 2 && n < sizeof cores / sizeof *cores; n++) {
    heart |= is_tok(&d->toks[a - 1], "of") && is_tok(&d->toks[a - 2], cores[n]);
  }
  bool genre = a > first &&
               (in_list(d, L_WORK_NOUN, &d->toks[a - 1], NULL) ||
                in_list(d, L_GENRE_NOUN, &d->toks[a - 1], NULL)) &&
               !(d->toks[a - 1].flags & KGB_TOK_CAP);
  /* "In Sa Ilalim ng Buwan, nurse …", "For Anyós a házban, the crew …":
   * an opening "In" or "For" phrase, up to a comma or a bracket, through
   * small and foreign words (not through "and" or a place's preposition) */
  /* "Filming for Wind over Tana took place …", "Cameras rolled on X from
   * …": what a shoot is on (not through "and" or a place's preposition) */
  static const char *const shoots[] = {"filming",     "shooting", "shoot",
                                       "photography", "rolled",   "production"};
  bool shoot = false;
  /* the run may hold the opening noun: "Shooting of Songs from …" */
  size_t s0 =
      a == first && b - a >= 3 && is_tok(&d->toks[a + 1], "of") ? a + 2 : a;
  for (size_t n = 0; !heart && !genre && s0 >= first + 2 &&
                     n < sizeof shoots / sizeof *shoots;
       n++) {
    shoot |=
        (is_tok(&d->toks[s0 - 1], "on") || is_tok(&d->toks[s0 - 1], "for") ||
         is_tok(&d->toks[s0 - 1], "of")) &&
        is_tok(&d->toks[s0 - 2], shoots[n]);
  }
  bool opening = !heart && !genre && !shoot && opening_phrase(d, first, a, b);
  /* "Pimchanok Srisuk’s The Last Ferry to Koh Mak, a …": a title that a
   * capitalised "The" opens after a name's possessive */
  bool owned = !heart && !genre && !shoot && !opening && a >= first + 2 &&
               (d->toks[a - 1].flags & KGB_TOK_POSS) &&
               name_token(&d->toks[a - 2]) && is_tok(&d->toks[a], "the") &&
               (d->toks[a].flags & KGB_TOK_CAP);
  /* "her role in Salt in the Wound", "the cast of Pride and Sorrow
   * includes …": after a noun or verb whose object is a work (list
   * title_cue) and its preposition, a title runs on through small words
   * and one "and" between two single words (not two works, "Casa de Flores
   * and Luz de Luna", nor two places the data knows) */
  bool cue = !heart && !genre && !shoot && !opening && !owned &&
             a >= first + 2 && in_list(d, L_TITLE_CUE, &d->toks[a - 2], NULL) &&
             (is_tok(&d->toks[a - 1], "in") || is_tok(&d->toks[a - 1], "of") ||
              is_tok(&d->toks[a - 1], "for") || is_tok(&d->toks[a - 1], "on") ||
              is_tok(&d->toks[a - 1], "to"));
  /* "Mizoguchi directed Fire in the Valley in 1952": a verb whose direct
   * object is a work (title_cue, value `verb`) cues the title too, but
   * not through "and" ("edited Cold War and Ida" are two; two single
   * dictionary words are one, "directed Rust and Bone", xtitle14b) nor "at",
   * nor through a place's preposition after a run of two words that may be a
   * person ("directed Amara Okafor in Night Ferry"); a call to watch (value
   * `call`) runs through "and" as the nouns' cues do ("Don't miss Blood
   * and Honey"), not "on" ("… on BBC Two") */
  const char *cue_kind = NULL;
  bool verb_cue =
      !heart && !genre && !shoot && !opening && !owned && !cue && a > first &&
      in_list(d, L_TITLE_CUE, &d->toks[a - 1], &cue_kind) && cue_kind &&
      (!strcmp(cue_kind, "verb") || !strcmp(cue_kind, "call") ||
       !strcmp(cue_kind, "judge"));
  /* a judging verb (value `judge`: "Critics praised Fire and Ice for its
   * …") holds one "and" as a crew verb does, never a place's preposition
   * ("praised Amara in Lagos Nights") (xtitle14b) */
  bool judge = verb_cue && !strcmp(cue_kind, "judge");
  bool verb_and = verb_cue && (judge || !strcmp(cue_kind, "verb"));
  cue |= verb_cue;
  /* "Set in Kandy, Mist over the Hills shot its …": a clause's subject
   * before a verb only a work has (slot_title_ends) */
  bool slot = !heart && !genre && !shoot && !opening && !owned && !cue &&
              (a == first || is_tok(&d->toks[a - 1], ","));
  /* "Ji-won Park headlines The Last Train to Busan, a thriller from …":
   * anywhere, a run that a capitalised article opens runs on the same way
   * when an apposition naming a kind of work follows (xtitle14) */
  bool titled = !heart && !genre && !shoot && !opening && !owned && !cue &&
                !slot && b - a >= 2 && is_article(&d->toks[a]) &&
                (d->toks[a].flags & KGB_TOK_CAP);
  slot |= titled;
  if (!heart && !genre && !slot && !opening && !owned && !shoot && !cue) {
    return b;
  }
  bool unbound = heart || slot || owned || shoot || cue ||
                 (genre && genre_phrase_free(d, first, a - 1));
  size_t end = b, k = b;
  size_t cue_end = b; ///< the longest run a cue's title may end
  bool joined_locative = false;
  while (k < last) {
    size_t j = k;
    bool loc = false;
    for (; j < last && j < k + 2; j++) {
      const KgbToken *t = &d->toks[j];
      bool joiner = false;
      for (size_t n = 0; n < sizeof joiners / sizeof *joiners; n++) {
        joiner |= is_tok(t, joiners[n]);
      }
      /* "Kurier z Wilna", "Dom na wzgórzu": a Slavic or Romance
       * preposition of one or two letters */
      size_t len = t->end - t->start;
      bool short_foreign =
          (t->flags & KGB_TOK_WORD) &&
          !(t->flags & (KGB_TOK_NUM | KGB_TOK_POSS)) &&
          (len == 1 || (len == 2 && !in_list(d, L_DICTIONARY, t, NULL))) &&
          !in_list(d, L_FUNCTION_WORD, t, NULL);
      bool locative = false;
      for (size_t n = 0; n < sizeof locatives / sizeof *locatives; n++) {
        locative |= is_tok(t, locatives[n]);
      }
      /* "Clopotele din Maramureș stars …": before a verb only a work has
       * (or in an opening phrase) a short lower-case word, after a word no
       * dictionary has (not "Season two of …") */
      bool short_word = (slot || opening) && (t->flags & KGB_TOK_WORD) &&
                        !(t->flags & (KGB_TOK_NUM | KGB_TOK_POSS)) &&
                        len <= 3 && !in_list(d, L_FUNCTION_WORD, t, NULL) &&
                        !in_list(d, L_NUMBER_WORD, t, NULL) &&
                        (!in_list(d, L_DICTIONARY, t, NULL) ||
                         !in_list(d, L_DICTIONARY, &d->toks[j - 1], NULL));
      if ((t->flags & KGB_TOK_CAP) ||
          !(joiner || short_foreign || short_word ||
            ((opening || slot) && foreign_lower(d, t))) ||
          (locative && !unbound) ||
          ((slot || opening) && (is_tok(t, "and") || is_tok(t, "&")) &&
           (opening || !dictionary_and(d, a, k, j, last))) ||
          ((cue || shoot) && (is_tok(t, "and") || is_tok(t, "&")) &&
           (!cue_and(d, a, k, j, last) ||
            (verb_and && !dictionary_and(d, a, k, j, last)))) ||
          (verb_cue &&
           (is_tok(t, "at") || (locative && (judge || b - a >= 2)) ||
            (!verb_and && is_tok(t, "on")))) ||
          (shoot && locative && !is_tok(t, "to") && !is_tok(t, "from"))) {
        break;
      }
      loc |= locative;
    }
    /* "Filming on Bondi from May": no date joins a shoot's title */
    if (shoot && j < last && in_list(d, L_MONTH, &d->toks[j], NULL)) {
      break;
    }
    if (j == k || j >= last || !name_token(&d->toks[j]) ||
        in_list(d, L_FUNCTION_WORD, &d->toks[j], NULL)) {
      break;
    }
    size_t step;
    k = j + 1;
    while ((step = name_continues(d, k, last)) > 0) {
      k += step;
    }
    end = k;
    joined_locative |= loc;
    if (cue && cue_title_ends(d, end, last)) {
      cue_end = end;
    }
  }
  if (cue) {
    return cue_end;
  }
  if (opening) {
    return opening_title_end(d, b, end, last);
  }
  if (end == b) {
    return slot ? b : sentence_case_tail(d, a, b, last);
  }
  if (titled) {
    return work_apposition(d, end, last) && is_tok(&d->toks[end], ",") ? end
                                                                       : b;
  }
  if (slot) {
    return slot_title_ends(d, end, last) ? end : b;
  }
  bool ends = end >= last;
  for (size_t n = 0; !ends && n < sizeof enders / sizeof *enders; n++) {
    ends = is_tok(&d->toks[end], enders[n]);
  }
  ends |= !ends && title_end_verb(d, &d->toks[end], NULL);
  /* a shoot's title before its place or time, "… on X from 15 August",
   * when no place's preposition joined it ("Songs from the Delta began") */
  for (size_t n = 0; shoot && !joined_locative && !ends &&
                     n < sizeof locatives / sizeof *locatives;
       n++) {
    ends = is_tok(&d->toks[end], locatives[n]);
  }
  return ends ? end : b;
}

/* The end of an opening phrase's title (genre_title_end ran it on from b
 * to @p end): past up to three small or foreign lower-case words, one of
 * them foreign ("Anyós a házban"), before a comma or a bracket; b when no
 * comma or bracket follows. */
static size_t opening_title_end(const Doc *d, size_t b, size_t end,
                                size_t last) {
  size_t m = end;
  bool alien = false;
  for (; m < last && m < end + 3; m++) {
    const KgbToken *t = &d->toks[m];
    if (foreign_lower(d, t)) {
      alien = true;
    } else if (!is_tok(t, "a") && !is_tok(t, "the") && !is_tok(t, "of")) {
      break;
    }
  }
  if (alien && m < last) {
    end = m;
  }
  bool closed =
      end < last && (is_tok(&d->toks[end], ",") || is_tok(&d->toks[end], "("));
  return closed ? end : b;
}

/* "Lanterns is a 2019 Chilean film", "Frozen (2013) is …", "Glacier
 * (2021), a 104-minute thriller …": a word opening an encyclopedic lead
 * (tokens from @p b: "is" or "was", "a" or "an", then a year; or a year in
 * brackets and a comma) is the work's name even when the dictionary has
 * it. */
static bool lead_of_work(const Doc *d, size_t b, size_t last) {
  if (b + 3 < last && is_tok(&d->toks[b], "(") &&
      (d->toks[b + 1].flags & KGB_TOK_NUM) &&
      strlen(d->toks[b + 1].lower) == 4 && is_tok(&d->toks[b + 2], ")") &&
      is_tok(&d->toks[b + 3], ",")) {
    return true;
  }
  if (b + 3 < last && is_tok(&d->toks[b], "(") &&
      (d->toks[b + 1].flags & KGB_TOK_NUM) && is_tok(&d->toks[b + 2], ")")) {
    b += 3;
  }
  if (b + 2 >= last ||
      !(is_tok(&d->toks[b], "is") || is_tok(&d->toks[b], "was")) ||
      !(is_tok(&d->toks[b + 1], "a") || is_tok(&d->toks[b + 1], "an"))) {
    return false;
  }
  const char *y = d->toks[b + 2].lower;
  return (d->toks[b + 2].flags & KGB_TOK_NUM) && strlen(y) == 4 &&
         (y[0] == '1' || y[0] == '2');
}

/* "13 Reasons Why is an American series", "Kill Bill: Volume 1 is a 2003
 * film", "Mission: Impossible – Fallout was directed by …": a name run [*a,
 * *b) that opens the sentence (or a number of up to three digits before it
 * does) and runs on past a colon or a spaced dash into a subtitle is one
 * title when a predicate only a work has follows it (slot_title_ends,
 * lead_of_work); so is one that a capitalised preposition and an article
 * open ("After the Storm premiered …"). Widens *a and *b in place and
 * returns true; leaves them otherwise. */
static bool lead_title_bounds(const Doc *d, size_t first, size_t *a, size_t *b,
                              size_t last) {
  size_t start = *a, end = *b;
  const KgbToken *f = &d->toks[first];
  /* "After the Storm premiered …", "Under the Jacaranda is a 2020 film":
   * a capitalised preposition and an article before the run, when no comma
   * follows ("At the Berlinale, the film …" opens a clause) */
  bool prep = (*a == first + 2 || (*a == first && *b >= first + 3)) &&
              (f->flags & KGB_TOK_CAP) && !is_article(f) &&
              in_list(d, L_FUNCTION_WORD, f, NULL) &&
              is_article(&d->toks[first + 1]) &&
              !(d->toks[first + 1].flags & KGB_TOK_CAP) &&
              (*b >= last || !is_tok(&d->toks[*b], ","));
  if (*a == first + 1 && (f->flags & KGB_TOK_NUM) &&
      !(f->flags & KGB_TOK_POSS) && strlen(f->lower) <= 3 &&
      strspn(f->lower, "0123456789") == strlen(f->lower)) {
    start = first;
  } else if (prep) {
    start = first;
  } else if (*a != first) {
    return false;
  }
  for (int parts = 0; parts < 2 && end + 1 < last; parts++) {
    const KgbToken *mark = &d->toks[end];
    bool colon = is_tok(mark, ":") && !(mark->flags & KGB_TOK_SPACE);
    bool dash = (is_tok(mark, "–") || is_tok(mark, "—")) &&
                (mark->flags & KGB_TOK_SPACE);
    /* not a heading's label, "Review: Ama Boateng stars in …" (one
     * dictionary word before the colon) */
    bool label = colon && end == start + 1 &&
                 in_list(d, L_DICTIONARY, &d->toks[start], NULL);
    if (!(colon || dash) || label || !name_token(&d->toks[end + 1])) {
      break;
    }
    size_t e = end + 2, step;
    while ((step = name_continues(d, e, last)) > 0) {
      e += step;
    }
    /* "Volume 1", "Part 2": a number closes the subtitle */
    if (e < last && (d->toks[e].flags & KGB_TOK_NUM) &&
        strlen(d->toks[e].lower) <= 2) {
      e++;
    }
    end = e;
  }
  if ((start != *a || end != *b || prep) &&
      (slot_title_ends(d, end, last) || lead_of_work(d, end, last))) {
    *a = start;
    *b = end;
    return true;
  }
  return false;
}

/* "Bola marries …", "Yaw's brother …", "Maria has been married to …", "Efe
 * and her sister …": what follows a word of the dictionary opening a
 * sentence (tokens from @p b) says only a person does it, so the word is a
 * given name (the dictionary has "bola", "yaw", "maria"). */
static bool person_follows(const Doc *d, size_t b, size_t last) {
  if (b >= last) {
    return false;
  }
  if (in_list(d, L_PERSON_VERB, &d->toks[b], NULL)) {
    return true;
  }
  size_t k = b + 1;
  if ((d->toks[b].flags & KGB_TOK_POSS) ||
      (is_tok(&d->toks[b], "and") && k < last &&
       in_list(d, L_POSSESSIVE, &d->toks[k++], NULL))) {
    while (k < last && in_list(d, L_RELATIVE_MOD, &d->toks[k], NULL)) {
      k++;
    }
    return k < last && in_list(d, L_RELATIVE, &d->toks[k], NULL);
  }
  /* "is married to", "has been engaged to" */
  k = b;
  if (is_tok(&d->toks[k], "has") || is_tok(&d->toks[k], "had")) {
    k++;
  }
  if (k < last && (in_list(d, L_COPULA, &d->toks[k], NULL) ||
                   is_tok(&d->toks[k], "been"))) {
    k++;
  }
  return k > b && k + 1 < last &&
         (is_tok(&d->toks[k], "married") || is_tok(&d->toks[k], "engaged")) &&
         is_tok(&d->toks[k + 1], "to");
}

/* Is lower-case word @p t English in British spelling, which the
 * dictionary (American) lacks: "realises", "harbour", "centre"? Tries the
 * American forms of its endings. */
static bool british_word(const Doc *d, const KgbToken *t) {
  static const char *const from[] = {"our",     "ise", "ised", "ises", "ising",
                                     "isation", "yse", "tre",  "lled", "lling"};
  static const char *const to[] = {"or",      "ize", "ized", "izes", "izing",
                                   "ization", "yze", "ter",  "led",  "ling"};
  const KgbLexicon *dict = d->ex->lists[L_DICTIONARY];
  size_t n = strlen(t->lower);
  for (size_t i = 0; dict && i < sizeof from / sizeof *from; i++) {
    size_t f = strlen(from[i]);
    const char *at = n > f ? strstr(t->lower, from[i]) : NULL;
    size_t pre = at ? (size_t)(at - t->lower) : 0, t_len = strlen(to[i]);
    char buf[64];
    if (!at || n - f + t_len >= sizeof buf) {
      continue;
    }
    memcpy(buf, t->lower, pre);
    memcpy(buf + pre, to[i], t_len);
    memcpy(buf + pre + t_len, at + f, n - pre - f + 1);
    const char *key = kgb_rules_find_str(d->rules, buf, strlen(buf));
    if (key && kgb_lexicon_get(dict, key, NULL)) {
      return true;
    }
  }
  return false;
}

/* "Ostatni tramwaj", "Marea alta": a capitalised word no place data knows
 * (nor a language or nationality: "the Filipino rom-com") and a lower-case
 * one after it, neither of which an English dictionary has (in either
 * spelling), nor a function word or a contraction, open a title in sentence
 * case. */
static bool foreign_pair(const Doc *d, size_t a) {
  const KgbToken *t = &d->toks[a], *u = &d->toks[a + 1];
  if (!(t->flags & KGB_TOK_WORD) || (t->flags & KGB_TOK_NUM) ||
      !(u->flags & KGB_TOK_WORD) || (u->flags & KGB_TOK_NUM) ||
      !(u->flags & KGB_TOK_SPACE) || u->end - u->start < 2 ||
      strchr(u->lower, '\'') || strstr(u->lower, "\xe2\x80\x99") ||
      in_list(d, L_DICTIONARY, t, NULL) || in_list(d, L_DICTIONARY, u, NULL) ||
      in_list(d, L_LANGUAGE, t, NULL) || in_list(d, L_FUNCTION_WORD, u, NULL) ||
      british_word(d, u)) {
    return false;
  }
  char *folded = kgb_normalize(t->lower, strlen(t->lower));
  size_t n = 0;
  bool place =
      folded && kgb_places_find(kgb_rules_places(d->rules), folded, &n);
  free(folded);
  return !place;
}

/* "La casa del faro", "Der stille Hafen", "Tango de medianoche": a
 * capitalised article of another language (list title_article), or a
 * capitalised word and a lower-case name connector, opening
 * lower-case words, no fewer of them foreign (no English dictionary has
 * them) than English, with capitalised words and name connectors between
 * them, is a title in sentence case. The end of
 * that run, or 0 when token a opens none (no such lower-case word). */
static size_t foreign_title_end(const Doc *d, size_t a, size_t last) {
  const KgbToken *t = &d->toks[a];
  if (!(t->flags & KGB_TOK_CAP) ||
      !(in_list(d, L_TITLE_ARTICLE, t, NULL) ||
        (a + 1 < last && !(d->toks[a + 1].flags & KGB_TOK_CAP) &&
         (in_list(d, L_NAME_CONNECTOR, &d->toks[a + 1], NULL) ||
          foreign_pair(d, a))))) {
    return 0;
  }
  bool pair = !in_list(d, L_TITLE_ARTICLE, &d->toks[a], NULL) && a + 1 < last &&
              !in_list(d, L_NAME_CONNECTOR, &d->toks[a + 1], NULL);
  size_t k = a + 1, end = 0, foreign = 0, english = 0, cap_end = 0;
  bool small = false, inner = false;
  for (; k < last && k < a + 9; k++) {
    t = &d->toks[k];
    if (!(t->flags & KGB_TOK_WORD) || (t->flags & KGB_TOK_NUM) ||
        (k > a + 1 && !(t->flags & KGB_TOK_SPACE))) {
      break;
    }
    /* "Un anno a Torino", "Sangue e Sol": a one-letter Romance word
     * between a foreign word and a capitalised one (not "by", "in") */
    if (in_list(d, L_FUNCTION_WORD, t, NULL)) {
      if (!foreign || t->end - t->start != 1 || k + 1 >= last ||
          !(d->toks[k + 1].flags & KGB_TOK_CAP)) {
        break;
      }
      continue;
    }
    if ((t->flags & KGB_TOK_CAP) || in_list(d, L_NAME_CONNECTOR, t, NULL) ||
        in_list(d, L_TITLE_ARTICLE, t, NULL)) {
      /* a small word between capitalised ones: "Casa de los Colibríes" */
      if (t->flags & KGB_TOK_CAP) {
        inner |= small;
        cap_end = k + 1;
      } else {
        small = cap_end > 0;
      }
      continue;
    }
    /* a verb a title is the subject of ends it: "Filming on El cóndor
     * ciego began in Cusco" */
    if (title_end_verb(d, t, NULL)) {
      break;
    }
    /* a word English has too ("sole", "largo") among foreign ones; none
     * after two words that are not English ("Ostatni tramwaj follows") */
    if (in_list(d, L_DICTIONARY, t, NULL) || (pair && british_word(d, t))) {
      if (pair) {
        break;
      }
      english++;
    } else {
      foreign++;
    }
    if (foreign && foreign >= english) {
      end = k + 1;
    }
  }
  /* "La Casa de los Colibríes": an article of another language opening
   * capitalised words with its small words between them (no foreign
   * lower-case word) is one title, "los" and all */
  if (!end && inner && cap_end > a + 1 &&
      in_list(d, L_TITLE_ARTICLE, &d->toks[a], NULL) &&
      !(d->toks[cap_end - 1].flags & KGB_TOK_POSS)) {
    return cap_end;
  }
  if (!end) {
    return 0;
  }
  /* capitalised words after the last foreign one, a small word between
   * them: "Der stille Hafen", "Un anno a Torino" */
  while (end < k && ((d->toks[end].flags & KGB_TOK_CAP) ||
                     (end + 1 < k && (d->toks[end + 1].flags & KGB_TOK_CAP)))) {
    end++;
  }
  return end;
}

/* "So-yeon", "Do-hyun": a capitalised word joined by a hyphen to a
 * lower-case syllable no dictionary has in the run [a, b) is a given name,
 * even when the word is a function word alone ("so", "do"; not
 * "So-called"). */
static bool hyphen_syllable(const Doc *d, size_t a, size_t b) {
  return a + 2 < b && (d->toks[a].flags & KGB_TOK_CAP) &&
         is_tok(&d->toks[a + 1], "-") &&
         !(d->toks[a + 1].flags & KGB_TOK_SPACE) &&
         !(d->toks[a + 2].flags & KGB_TOK_SPACE) &&
         (d->toks[a + 2].flags & KGB_TOK_WORD) &&
         !(d->toks[a + 2].flags & KGB_TOK_CAP) &&
         !in_list(d, L_DICTIONARY, &d->toks[a + 2], NULL);
}

/* "Fans of Keller’s film": a dictionary word that starts the sentence and is
 * never capitalised elsewhere, joined by "of" to a name, is not part of it;
 * a particle of another language keeps it, "Maria de Medeiros", "Rose van
 * Dam" (only an English function word parts them). Returns the run's new
 * start. */
static size_t skip_initial_word(const Doc *d, const KgbSentence *sent, size_t a,
                                size_t b) {
  intptr_t seen;
  /* but "Sea of Salt: all six episodes …", "Lovers of Lisbon premiered …":
   * a title before a colon or a verb only a work has */
  if (b < sent->last &&
      (is_tok(&d->toks[b], ":") || slot_title_ends(d, b, sent->last))) {
    return a;
  }
  if (a == sent->first && b - a >= 3 && !(d->toks[a + 1].flags & KGB_TOK_CAP) &&
      in_list(d, L_NAME_CONNECTOR, &d->toks[a + 1], NULL) &&
      in_list(d, L_FUNCTION_WORD, &d->toks[a + 1], NULL) &&
      in_list(d, L_DICTIONARY, &d->toks[a], NULL) &&
      !kgb_map_get(&d->cap_midsentence, d->toks[a].lower, &seen)) {
    return a + 2;
  }
  return a;
}

/* "Sung-min", "Sang-woo": a word of up to four letters and one of up to
 * three that no hyphenated adjective has ("Low-key", "Well-lit",
 * "Paris-based") are the syllables of a given name, though the dictionary
 * knows both */
static bool given_syllables(const Doc *d, size_t a) {
  const KgbToken *p = &d->toks[a], *n = &d->toks[a + 2];
  return p->end - p->start <= 4 && n->end - n->start <= 3 &&
         !in_list(d, L_HYPHEN_PREFIX, p, NULL) &&
         !in_list(d, L_HYPHEN_SUFFIX, n, NULL) &&
         !in_list(d, L_AFFIX, n, NULL) && !in_list(d, L_FUNCTION_WORD, n, NULL);
}

/* Is the month name at token a a date ("in June", "14 July", "June 2020",
 * "June and August") rather than a name ("his daughter, June")? */
static bool month_context(const Doc *d, const KgbSentence *sent, size_t a) {
  static const char *const before[] = {
      "in",    "on",      "of",    "since", "until", "till", "by",   "from",
      "to",    "through", "early", "late",  "mid",   "last", "next", "this",
      "every", "between", "and",   "or",    "-",     "–",    "that", "each"};
  if (a + 1 < sent->last && (d->toks[a + 1].flags & KGB_TOK_NUM)) {
    return true;
  }
  if (a == sent->first) {
    /* "Jan (Bartosz Lewandowski-Rey) admits …", "June (Ana Ruiz) returns":
     * a role and its actor in brackets, not a date */
    return !(a + 1 < sent->last && is_tok(&d->toks[a + 1], "("));
  }
  const KgbToken *p = &d->toks[a - 1];
  if (p->flags & KGB_TOK_NUM) {
    return true;
  }
  for (size_t i = 0; i < sizeof before / sizeof *before; i++) {
    if (is_tok(p, before[i])) {
      return true;
    }
  }
  return false;
}

/* A run of language or nationality words ("Turkish-American", and after a
 * compass word "South Korean") is an adjective, not a name. */
static bool nationality_run(const Doc *d, size_t a, size_t b) {
  if (b - a >= 2 && in_list(d, L_COMPASS, &d->toks[a], NULL)) {
    a++;
  }
  for (size_t i = a; i < b; i++) {
    const KgbToken *t = &d->toks[i];
    if ((t->flags & KGB_TOK_WORD) && !in_list(d, L_LANGUAGE, t, NULL)) {
      return false;
    }
  }
  return true;
}

/* "Mildura, a city in northwestern Victoria": is the name at token @p at
 * after a town's kind, "in" and maybe a compass word? */
static bool town_kind_in(const Doc *d, size_t at) {
  static const char *const kinds[] = {"town",   "city",   "village",
                                      "hamlet", "resort", "port"};
  if (at >= 1 && in_list(d, L_COMPASS, &d->toks[at - 1], NULL)) {
    at--;
  }
  if (at < 2 || !is_tok(&d->toks[at - 1], "in")) {
    return false;
  }
  for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
    if (is_tok(&d->toks[at - 2], kinds[k])) {
      return true;
    }
  }
  return false;
}

/* "the Argentine village of El Chaltén", "the remote Scottish village of
 * Plockton": the country a nationality before a kind of town and "of" names,
 * for the name at token @p a (NULL if none); @p first is the sentence's
 * first token. */
static const char *demonym_town_of(const Doc *d, size_t a, size_t first) {
  static const char *const kinds[] = {"city",    "town",      "village",
                                      "port",    "hamlet",    "resort",
                                      "capital", "settlement"};
  if (a < first + 3 || !is_tok(&d->toks[a - 1], "of")) {
    return NULL;
  }
  size_t k = a - 2;
  bool kind = false;
  for (size_t j = 0; j < sizeof kinds / sizeof *kinds && !kind; j++) {
    kind = is_tok(&d->toks[k], kinds[j]);
  }
  for (int skip = 0;
       kind && skip < 2 && k > first && (d->toks[k - 1].flags & KGB_TOK_WORD) &&
       !(d->toks[k - 1].flags & KGB_TOK_CAP);
       skip++) {
    k--; /* "coastal", "mountain" */
  }
  const char *country = NULL;
  return kind && k > first && in_list(d, L_DEMONYM, &d->toks[k - 1], &country)
             ? country
             : NULL;
}

/* "Thunder Bay, Ontario", "Windsor, Victoria": a name that is both a town
 * and a province, right after another name and a comma and before
 * punctuation, is the province (the gazetteer ranks the town first) when
 * the name before is no town of another country ("London, Paris."); a
 * country's name that is also a province ("Savannah, Georgia") is the
 * province when the name before is a town there and none of the country. Not in
 * a list, "London, Paris, Victoria and Perth": no comma before the first
 * name, nor a name after this one's comma. Returns the reading to use
 * among the @p n places from @p pl. */
static const KgbPlace *area_after_town(Doc *d, const Mention *m,
                                       const KgbPlace *pl, size_t n) {
  if (strcmp(pl->cls, "City") == 0 && town_kind_in(d, m->first)) {
    for (size_t k = 1; k < n; k++) {
      if (!strcmp(pl[k].cls, "AdministrativeArea")) {
        return &pl[k];
      }
    }
  }
  bool country = !strcmp(pl->cls, "Country");
  if ((strcmp(pl->cls, "City") != 0 && !country) || m->first < 2 ||
      !is_tok(&d->toks[m->first - 1], ",") ||
      !name_token(&d->toks[m->first - 2])) {
    return pl;
  }
  size_t a = m->first - 2;
  while (a > 0 && name_token(&d->toks[a - 1])) {
    a--;
  }
  if (a > 0 && is_tok(&d->toks[a - 1], ",")) {
    return pl;
  }
  if (m->last < d->n_toks) {
    const KgbToken *after = &d->toks[m->last];
    bool list = is_tok(after, ",") && m->last + 1 < d->n_toks &&
                name_token(&d->toks[m->last + 1]);
    if (list || (!is_tok(after, ",") && !is_tok(after, ".") &&
                 !is_tok(after, ";") && !is_tok(after, ")"))) {
      return pl;
    }
  }
  const KgbPlace *area = NULL;
  for (size_t k = 1; k < n && !area; k++) {
    if (!strcmp(pl[k].cls, "AdministrativeArea")) {
      area = &pl[k];
    }
  }
  const char *text = area ? span_text(d, (uint32_t)a, m->first - 1) : NULL;
  const char *key = text ? norm_key(d, text) : NULL;
  size_t tn = 0;
  const KgbPlace *town =
      key ? kgb_places_find(kgb_rules_places(d->rules), key, &tn) : NULL;
  bool elsewhere = town != NULL, home = false;
  for (size_t k = 0; k < tn; k++) {
    elsewhere &= strcmp(town[k].country, area->country) != 0;
    home |= !strcmp(town[k].country, pl->country);
  }
  if (country) { /* "Savannah, Georgia": a town of the state, none of the
                    country */
    return area && town && !elsewhere && !home ? area : pl;
  }
  return area && !elsewhere ? area : pl;
}

/* "Victoria, British Columbia", "Cornwall, Ontario": a name the gazetteer
 * reads first as a province elsewhere, right before a comma and a country or
 * province that one of its towns lies in, is that town. Returns the reading
 * to use among the @p n places from @p pl. Linear in the next name. */
static const KgbPlace *town_before_area(Doc *d, const Mention *m,
                                        const KgbPlace *pl, size_t n) {
  if (!strcmp(pl->cls, "City") || m->last + 1 >= d->n_toks ||
      !is_tok(&d->toks[m->last], ",") || !name_token(&d->toks[m->last + 1])) {
    return pl;
  }
  size_t b = m->last + 1;
  while (b < d->n_toks && name_token(&d->toks[b])) {
    b++;
  }
  const char *text = span_text(d, m->last + 1, (uint32_t)b);
  const char *key = text ? norm_key(d, text) : NULL;
  size_t an = 0;
  const KgbPlace *area =
      key ? kgb_places_find(kgb_rules_places(d->rules), key, &an) : NULL;
  if (!area || (strcmp(area->cls, "Country") &&
                strcmp(area->cls, "AdministrativeArea"))) {
    return pl;
  }
  for (size_t k = 0; k < n; k++) {
    if (!strcmp(pl[k].cls, "City") && !strcmp(pl[k].country, area->country)) {
      return &pl[k];
    }
  }
  return pl;
}

/* "set on Okinawa", "filmed on Bali": after "on" a name the gazetteer reads
 * first as a town but also as a province or region is the island's area
 * (not before a possessive: "on Istanbul's Asian side").
 * Returns the reading to use among the @p n places from @p pl. */
static const KgbPlace *area_after_on(const Doc *d, const Mention *m,
                                     const KgbPlace *pl, size_t n) {
  if (strcmp(pl->cls, "City") != 0 || m->first < 1 ||
      !is_tok(&d->toks[m->first - 1], "on") ||
      (m->last < d->n_toks && (d->toks[m->last].flags & KGB_TOK_POSS))) {
    return pl; /* "a district on Istanbul's Asian side": the town's part */
  }
  for (size_t k = 1; k < n; k++) {
    if (!strcmp(pl[k].cls, "AdministrativeArea") ||
        !strcmp(pl[k].cls, "Region")) {
      return &pl[k];
    }
  }
  return pl;
}

/* Classify a capitalised run: gazetteer, organisation list, head words. */
static void type_name(Doc *d, Mention *m) {
  const KgbPlaces *places = kgb_rules_places(d->rules);
  const char *value = NULL;
  if (key_in_list(d, L_ORGANIZATION, m->key)) {
    m->cls = "Organization";
    return;
  }
  size_t n = 0;
  const KgbPlace *pl = kgb_places_find(places, m->key, &n);
  if (pl) {
    pl = town_before_area(
        d, m, area_after_town(d, m, area_after_on(d, m, pl, n), n), n);
    m->place = pl;
    m->cls = pl->cls;
    return;
  }
  /* a leading head word: Studio Kappa, Mount Ida, Pont Neuf */
  if (m->last - m->first > 1 &&
      in_list(d, L_LEAD_HEAD, &d->toks[m->first], &value) && value &&
      !in_list(d, L_HEAD, &d->toks[m->last - 1], NULL)) {
    m->cls = value;
    return;
  }
  /* "US Route 89", "State Highway 1": a numbered road's head word after
   * one qualifier */
  if (m->last - m->first >= 3 && (d->toks[m->last - 1].flags & KGB_TOK_NUM) &&
      in_list(d, L_LEAD_HEAD, &d->toks[m->first + 1], &value) && value &&
      !strcmp(value, "Landmark")) {
    m->cls = value;
    return;
  }
  /* "Hye-jin Park", "Min-seo Park": a given name with a lower-case syllable
   * after its hyphen, then one word, is a person's, whatever that word is */
  if (m->last - m->first == 4 && is_tok(&d->toks[m->first + 1], "-") &&
      (d->toks[m->first + 2].flags & KGB_TOK_WORD) &&
      !(d->toks[m->first + 2].flags & KGB_TOK_CAP)) {
    return;
  }
  /* "Joris van Dam", "Sara de Villa": a family name after a particle of
   * another language is a person's, whatever its last word is; not after a
   * leading head word ("Teatro de la Opera", "Hotel de la Plaza") */
  if (m->last - m->first >= 3 && !(d->toks[m->last - 2].flags & KGB_TOK_CAP) &&
      !in_list(d, L_LEAD_HEAD, &d->toks[m->first], NULL) &&
      in_list(d, L_NAME_CONNECTOR, &d->toks[m->last - 2], NULL) &&
      !in_list(d, L_FUNCTION_WORD, &d->toks[m->last - 2], NULL)) {
    return;
  }
  /* head word: the last word, or the word before "of" (Museum of X) or
   * "by the" (Gardens by the Bay) */
  for (uint32_t i = m->first; i < m->last; i++) {
    const KgbToken *t = &d->toks[i];
    bool head_pos = i + 1 == m->last ||
                    (i + 1 < m->last && is_tok(&d->toks[i + 1], "of")) ||
                    (i + 2 < m->last && is_tok(&d->toks[i + 1], "by") &&
                     is_tok(&d->toks[i + 2], "the"));
    if (head_pos && in_list(d, L_HEAD, t, &value) && value &&
        m->last - m->first > 1) {
      m->cls = value;
      return;
    }
  }
}

/* Was name m typed by its head word alone ("Iron Valley"), not by the
 * gazetteer or the organisation list? A quoted title outweighs that. */
static bool head_typed(const Doc *d, const Mention *m) {
  return m->kind == M_NAME && m->cls && !m->place &&
         !key_in_list(d, L_ORGANIZATION, m->key);
}

/* Is the word run [a, b) written elsewhere in the document with no @p
 * before word in front of it ("pre-war Breslau" beside "German Breslau")? */
static bool written_alone(const Doc *d, size_t a, size_t b,
                          const char *before) {
  size_t n = b - a;
  for (size_t i = 1; i + n <= d->n_toks; i++) {
    if (i == a || is_tok(&d->toks[i - 1], before)) {
      continue;
    }
    size_t k = 0;
    while (k < n && (d->toks[i + k].flags & KGB_TOK_CAP) &&
           !strcmp(d->toks[i + k].lower, d->toks[a + k].lower)) {
      k++;
    }
    if (k == n && !(i + n < d->n_toks && name_token(&d->toks[i + n]))) {
      return true;
    }
  }
  return false;
}

/* "Trinidad and Tobago", "Bosnia and Herzegovina", "Antigua and Barbuda":
 * the name run [a, b) and a second run after a lower-case "and" are one name
 * when the place data knows the whole as a country or a province. Sets *end
 * to the end of the joined name, or to b. Fails only for memory. Linear in
 * the second run. */
static KgbStatus and_joined_place(Doc *d, size_t a, size_t b, size_t last,
                                  size_t *end) {
  *end = b;
  if (b + 1 >= last || !is_tok(&d->toks[b], "and") ||
      (d->toks[b].flags & KGB_TOK_CAP) || !name_token(&d->toks[b + 1])) {
    return KGB_OK;
  }
  size_t c = b + 2;
  size_t step = 0;
  while ((step = name_continues(d, c, last)) > 0) {
    c += step;
  }
  /* "In Trinidad and Tobago, …": the run's leading function words are no
   * part of the place's name */
  while (a < b && in_list(d, L_FUNCTION_WORD, &d->toks[a], NULL)) {
    a++;
  }
  const char *whole = span_text(d, (uint32_t)a, (uint32_t)c);
  const char *key = whole ? norm_key(d, whole) : NULL;
  if (!key) {
    return KGB_ERR_NOMEM;
  }
  size_t n = 0;
  const KgbPlace *pl = kgb_places_find(kgb_rules_places(d->rules), key, &n);
  if (pl &&
      (!strcmp(pl->cls, "Country") || !strcmp(pl->cls, "AdministrativeArea"))) {
    *end = c;
  }
  return KGB_OK;
}

/* A part of a place named by a compass word or a nationality before it:
 * "Northern Norway", "Central Mexico" (a country or province the gazetteer
 * knows), "Swedish Lapland" (one word no dictionary has in lower case, or
 * a province or region the data knows, never written alone). Returns the
 * container's name (doc pool) for such a region, else NULL; a nationality
 * before a known city or country, or before a word the document also writes
 * alone, is no part of the name: *a moves past it
 * ("formerly German Breslau"). A name the gazetteer knows whole ("Northern
 * Ireland", "South Africa") is not taken apart. */
static const char *region_part(Doc *d, size_t *a, size_t b, bool *region) {
  const KgbPlaces *places = kgb_rules_places(d->rules);
  const KgbToken *t0 = &d->toks[*a];
  const char *country = NULL;
  *region = false;
  if (b - *a < 2 || !(t0->flags & KGB_TOK_CAP) ||
      !name_token(&d->toks[*a + 1])) {
    return NULL;
  }
  bool compass = in_list(d, L_COMPASS, t0, NULL);
  bool demonym = in_list(d, L_DEMONYM, t0, &country) && country;
  if (!compass && !demonym) {
    return NULL;
  }
  const char *whole = span_text(d, (uint32_t)*a, (uint32_t)b);
  const char *wkey = whole ? norm_key(d, whole) : NULL;
  size_t n = 0;
  if (!wkey || kgb_places_find(places, wkey, &n) ||
      key_in_list(d, L_ORGANIZATION, wkey)) {
    return NULL;
  }
  const char *rest = span_text(d, (uint32_t)*a + 1, (uint32_t)b);
  const char *rkey = rest ? norm_key(d, rest) : NULL;
  const KgbPlace *pl = rkey ? kgb_places_find(places, rkey, &n) : NULL;
  if (compass) {
    if (pl && (!strcmp(pl->cls, "Country") ||
               !strcmp(pl->cls, "AdministrativeArea") ||
               !strcmp(pl->cls, "Region"))) {
      *region = true;
      return rest;
    }
    return NULL;
  }
  if (pl && (!strcmp(pl->cls, "City") || !strcmp(pl->cls, "Country"))) {
    (*a)++;
    return NULL;
  }
  const char *hv = NULL;
  /* "the Swedish Nordvik Produktion": a nationality before a company's own
   * name (a word no dictionary has) and a company's head word is no part of
   * the name ("the Swedish Film Institute" keeps it) */
  if (!pl && b - *a >= 3 && in_list(d, L_HEAD, &d->toks[b - 1], &hv) && hv &&
      !strcmp(hv, "Organization") &&
      !in_list(d, L_DICTIONARY, &d->toks[*a + 1], NULL)) {
    (*a)++;
    return NULL;
  }
  bool region_head =
      in_list(d, L_HEAD, &d->toks[b - 1], &hv) && hv && !strcmp(hv, "Region");
  bool unknown_word = b - *a == 2 && !pl &&
                      !in_list(d, L_DICTIONARY, &d->toks[*a + 1], NULL) &&
                      !in_list(d, L_LANGUAGE, &d->toks[*a + 1], NULL);
  if (!region_head && !unknown_word &&
      !(pl && (!strcmp(pl->cls, "AdministrativeArea") ||
               !strcmp(pl->cls, "Region")))) {
    return NULL;
  }
  if (!region_head && written_alone(d, *a + 1, b, t0->lower)) {
    (*a)++;
    return NULL;
  }
  *region = true;
  return dintern(d, country, strlen(country));
}

/* Is the quote from token i to its closing quote j where a title stands,
 * in sentence case or not: after a work or genre noun ("the Polish drama
 * ‘Nocny port’") or before a bracket that gives another title or a year
 * ("‘Nocny port’ (English: …)", "‘Nocny port’ (2021)", "‘Nocny port’
 * (‘Night Harbour’)"), after a naming word ("original title ‘Nocny port’",
 * "titled", "called"), or in brackets right after another title? */
/* "“La última cosecha,” the second feature from …", "‘Nocny port’, a
 * Polish drama": after the closing quote at @p j, a comma (inside the
 * quotes or out) and an apposition whose noun is a work or genre noun
 * (up to four describing words, numbers, hyphens or languages first). */
static bool kind_apposition(const Doc *d, size_t j, size_t last) {
  static const char *const dets[] = {"the", "a",   "an",   "its",
                                     "his", "her", "their"};
  size_t k = j + 1;
  bool comma = j > 0 && is_tok(&d->toks[j - 1], ",");
  if (k < last && is_tok(&d->toks[k], ",")) {
    comma = true;
    k++;
  }
  bool det = false;
  for (size_t n = 0; k < last && n < sizeof dets / sizeof *dets; n++) {
    det |= is_tok(&d->toks[k], dets[n]);
  }
  if (!comma || !det) {
    return false;
  }
  for (size_t m = k + 1; m < last && m < k + 6; m++) {
    const KgbToken *t = &d->toks[m];
    if (!(t->flags & KGB_TOK_CAP) && (in_list(d, L_WORK_NOUN, t, NULL) ||
                                      in_list(d, L_GENRE_NOUN, t, NULL))) {
      return true;
    }
    bool word = (t->flags & (KGB_TOK_WORD | KGB_TOK_NUM)) &&
                !(t->flags & KGB_TOK_POSS) &&
                (!(t->flags & KGB_TOK_CAP) || in_list(d, L_LANGUAGE, t, NULL));
    if (!(word || is_tok(t, "-")) || in_list(d, L_FUNCTION_WORD, t, NULL)) {
      return false;
    }
  }
  return false;
}

static bool title_cue(const Doc *d, uint32_t s, size_t i, size_t j,
                      size_t last) {
  static const char *const naming[] = {"title", "titled", "entitled",
                                       "retitled", "called"};
  if (i > d->sents[s].first &&
      (in_list(d, L_WORK_NOUN, &d->toks[i - 1], NULL) ||
       in_list(d, L_GENRE_NOUN, &d->toks[i - 1], NULL))) {
    return true;
  }
  /* "titled ‘…’", "its original title, ‘Nocny port’," */
  size_t before = i;
  if (before > d->sents[s].first + 1 && (is_tok(&d->toks[before - 1], ",") ||
                                         is_tok(&d->toks[before - 1], ":"))) {
    before--;
  }
  for (size_t k = 0;
       before > d->sents[s].first && k < sizeof naming / sizeof *naming; k++) {
    if (is_tok(&d->toks[before - 1], naming[k])) {
      return true;
    }
  }
  if (i >= d->sents[s].first + 2 && is_tok(&d->toks[i - 1], "(") &&
      (d->toks[i - 2].flags & KGB_TOK_CLOSEQ)) {
    return true; /* "‘Kingfisher Summer’ (‘Kawasemi no natsu’)" */
  }
  if (kind_apposition(d, j, last)) {
    return true;
  }
  if (j + 2 >= last || !is_tok(&d->toks[j + 1], "(")) {
    return false;
  }
  const KgbToken *t = &d->toks[j + 2];
  const char *lower = t->lower;
  bool year = (t->flags & KGB_TOK_NUM) && strlen(lower) == 4;
  return year || (t->flags & KGB_TOK_OPENQ) ||
         in_list(d, L_LANGUAGE, t, NULL) || !strcmp(lower, "original") ||
         !strcmp(lower, "originally") || !strcmp(lower, "lit") ||
         !strcmp(lower, "transl") || !strcmp(lower, "literally");
}

/* "‘Szklany most’ (The Glass Bridge)", "Der stille Hafen (international
 * title: The Quiet Harbour)": an English title in brackets right after a
 * title, at token k. Sets [*tf, *tl) to the title's tokens and returns the
 * token after the bracket, or 0: the words must be capitalised or title
 * words, no fewer of them English than not, and any label before a colon
 * English ("English", "international title", "lit.", "transl."). */
static size_t translation_end(const Doc *d, size_t k, size_t last, size_t *tf,
                              size_t *tl) {
  static const char *const labels[] = {
      "english",   "international", "title",      "lit",
      "literally", "transl",        "translated", "."};
  if (k + 2 >= last || !is_tok(&d->toks[k], "(")) {
    return 0;
  }
  size_t a = k + 1, colon = 0;
  for (size_t c = a; c < last && c < a + 4; c++) {
    if (is_tok(&d->toks[c], ":")) {
      colon = c;
      break;
    }
  }
  if (colon) {
    for (size_t c = a; c < colon; c++) {
      bool label = false;
      for (size_t n = 0; n < sizeof labels / sizeof *labels; n++) {
        label |= is_tok(&d->toks[c], labels[n]);
      }
      if (!label) {
        return 0;
      }
    }
    a = colon + 1;
  } else if (a + 1 < last &&
             (is_tok(&d->toks[a], "lit") || is_tok(&d->toks[a], "transl") ||
              is_tok(&d->toks[a], "literally") ||
              is_tok(&d->toks[a], "translated"))) {
    /* "(transl. Dusk)", "(lit. The Gate)": a gloss with no colon */
    a += is_tok(&d->toks[a + 1], ".") ? 2 : 1;
  }
  size_t e = a, english = 0, other = 0;
  for (; e < last && e < a + 8 && !is_tok(&d->toks[e], ")"); e++) {
    const KgbToken *t = &d->toks[e];
    bool small = in_list(d, L_TITLE_WORD, t, NULL);
    if (!(t->flags & KGB_TOK_WORD) || (t->flags & KGB_TOK_NUM) ||
        (!(t->flags & KGB_TOK_CAP) && !small)) {
      return 0;
    }
    if (!small) {
      if (in_list(d, L_DICTIONARY, t, NULL)) {
        english++;
      } else {
        other++;
      }
    }
  }
  if (e >= last || !is_tok(&d->toks[e], ")") || e == a ||
      !(d->toks[a].flags & KGB_TOK_CAP) || english < other || !english) {
    return 0;
  }
  *tf = a;
  *tl = e;
  return e + 1;
}

/* "Kuzey Rüzgârı", "Al-Rakib": capitalised words, none of which an English
 * dictionary has, make up the run [a, b) (hyphens and name connectors
 * between them). */
static bool plain_foreign(const Doc *d, size_t a, size_t b) {
  size_t words = 0;
  for (size_t k = a; k < b; k++) {
    const KgbToken *t = &d->toks[k];
    if (!(t->flags & KGB_TOK_WORD) || in_list(d, L_NAME_CONNECTOR, t, NULL) ||
        (k > a && is_tok(&d->toks[k - 1], "-") &&
         (is_tok(t, "e") || is_tok(t, "ye")))) {
      continue; /* and a Persian ezafe: "Khaneh-ye Bad" */
    }
    if (!(t->flags & KGB_TOK_CAP) || (t->flags & KGB_TOK_NUM) ||
        in_list(d, L_DICTIONARY, t, NULL)) {
      return false;
    }
    words++;
  }
  return words > 0;
}

/* "(Northern Wind)", "(The Passenger)", "(House of Wind)": tokens [a, b)
 * read as an English title, every word but the small ones of titles in the
 * dictionary, and two such words or an article before one, so that a
 * one-word role ("(Blessing)") is not taken for a translation. */
static bool english_title(const Doc *d, size_t a, size_t b) {
  size_t english = 0;
  for (size_t k = a; k < b; k++) {
    const KgbToken *t = &d->toks[k];
    if (in_list(d, L_TITLE_WORD, t, NULL)) {
      continue;
    }
    if (!in_list(d, L_DICTIONARY, t, NULL)) {
      return false;
    }
    english++;
  }
  return english >= 2 || (english == 1 && is_article(&d->toks[a]));
}

static KgbStatus find_title(Doc *d, uint32_t s, size_t i, size_t last,
                            size_t *next) {
  /* an opening quote, a capitalised start, a close within 12 tokens, and no
   * lower-case word but the small ones of titles and name connectors, unless
   * none of them is an English word, a cue says so, or the document quotes
   * the same words again (a title in sentence case: ‘Los días largos’) */
  *next = i + 1;
  if (i + 1 >= last ||
      !((d->toks[i + 1].flags & (KGB_TOK_CAP | KGB_TOK_NUM)))) {
    return KGB_OK;
  }
  size_t j = i + 1;
  bool lower = false, english = false;
  for (; j < last && j < i + 14; j++) {
    const KgbToken *t = &d->toks[j];
    if ((t->flags & KGB_TOK_CLOSEQ) &&
        !(is_tok(t, "'") && j + 1 < last && name_token(&d->toks[j + 1]) &&
          !(d->toks[j + 1].flags & KGB_TOK_SPACE))) {
      break;
    }
    /* a name connector between capitalised words: ‘Capitães do Vento’ */
    bool connector = in_list(d, L_NAME_CONNECTOR, t, NULL) && j + 1 < last &&
                     (d->toks[j + 1].flags & KGB_TOK_CAP);
    if ((t->flags & KGB_TOK_WORD) &&
        !(t->flags & (KGB_TOK_CAP | KGB_TOK_NUM)) &&
        !in_list(d, L_TITLE_WORD, t, NULL) && !connector) {
      lower = true;
      english |= in_list(d, L_DICTIONARY, t, NULL);
    }
    /* the comma of the sentence inside the quotes: “La última cosecha,” */
    bool last_comma = is_tok(t, ",") && j + 1 < last &&
                      (d->toks[j + 1].flags & KGB_TOK_CLOSEQ);
    if ((t->flags & KGB_TOK_OPENQ) ||
        (lower && (t->flags & KGB_TOK_PUNCT) && !is_tok(t, "-") &&
         !is_tok(t, "'") && !last_comma)) {
      return KGB_OK; /* no punctuation in a sentence-case title */
    }
  }
  if (j >= last || j >= i + 14) {
    return KGB_OK;
  }
  /* a cast line's nickname, "Kamla Rathore ("Dadi") — Sharmila Vaid": a
   * quoted name in brackets after a name, before a dash, names no work */
  if (i >= d->sents[s].first + 2 && j + 2 < last &&
      is_tok(&d->toks[i - 1], "(") && name_token(&d->toks[i - 2]) &&
      is_tok(&d->toks[j + 1], ")") &&
      (is_tok(&d->toks[j + 2], "—") || is_tok(&d->toks[j + 2], "–") ||
       is_tok(&d->toks[j + 2], "-"))) {
    *next = j + 1;
    return KGB_OK;
  }
  /* a gloss translates a title and names no work: "(Turkish: Bahçe, lit.
   * ‘The Garden’)", "literally ‘The Garden’" */
  const KgbToken *b1 = i > d->sents[s].first ? &d->toks[i - 1] : NULL;
  const KgbToken *b2 = i > d->sents[s].first + 1 ? &d->toks[i - 2] : NULL;
  if (b1 && (is_tok(b1, "literally") || is_tok(b1, "meaning") ||
             (b2 && is_tok(b1, ".") &&
              (is_tok(b2, "lit") || is_tok(b2, "transl"))))) {
    *next = j + 1;
    return KGB_OK;
  }
  /* the mention covers the quotes; its surface is what they enclose */
  Mention m = {
      s,    (uint32_t)i, (uint32_t)j + 1, M_TITLE, NULL, NULL, NULL, NULL,
      NULL, -1};
  if (!(m.surface = span_text(d, m.first, m.last))) {
    return KGB_OK;
  }
  if (!(m.key = norm_key(d, m.surface))) {
    return KGB_ERR_NOMEM;
  }
  intptr_t times = 0;
  /* sentence case with no English lower-case word is a foreign title:
   * « Les Heures claires », ‘Los días largos’ */
  if (lower &&
      (j - i > 7 || (english && !title_cue(d, s, i, j, last) &&
                     (!kgb_map_get(&d->quoted, m.key, &times) || times < 2)))) {
    return KGB_OK;
  }
  *next = j + 1;
  if (!*m.key) {
    return KGB_OK;
  }
  /* its English title in brackets is another name of it, not a name */
  size_t tf, tl, after = translation_end(d, j + 1, last, &tf, &tl);
  if (after) {
    KgbStatus st = put_alt_name(d, m.key, (uint32_t)tf, (uint32_t)tl);
    if (st != KGB_OK) {
      return st;
    }
    *next = after;
  }
  return add_mention(d, &m);
}

/* An encyclopedic article names its work on its first line and starts its
 * first sentence with the same words: "Rain Over Lisbon\n\nRain Over
 * Lisbon (Portuguese: …) is a 2019 film …". Those two spans are the work's
 * title, lower-case words and all ("El último verano"). */
static void find_doc_title(Doc *d) {
  d->title_len = 0;
  if (d->n_sents < 2) {
    return;
  }
  const KgbSentence *s0 = &d->sents[0], *s1 = &d->sents[1];
  uint32_t n = s0->last - s0->first;
  if (n == 0 || n > 12 || !name_token(&d->toks[s0->first]) ||
      (d->toks[s0->last - 1].flags & KGB_TOK_PUNCT) ||
      !(d->toks[s1->first].flags & KGB_TOK_NEWLINE) ||
      s1->last - s1->first <= n) {
    return;
  }
  for (uint32_t k = 0; k < n; k++) {
    if (d->toks[s0->first + k].lower != d->toks[s1->first + k].lower) {
      return;
    }
  }
  const KgbToken *after = &d->toks[s1->first + n];
  if (!is_tok(after, "(") && !is_tok(after, "is") && !is_tok(after, "was") &&
      !is_tok(after, ",")) {
    return;
  }
  d->title_at[0] = s0->first;
  d->title_at[1] = s1->first;
  d->title_len = n;
}

/* "the opening titles feature drone footage", "the photos show a pier": a
 * work noun right after a lower-case plural (tokens (the, k) hold one) and
 * before a lower-case word is a verb, not "the ... feature"; so is "feature"
 * or "show" before an adverb of appearing ("the railway line feature in several
 * episodes", "the harbour walls feature prominently"). Constant. */
/* "the TVN drama", "the NHK series", "the ABS-CBN teleserye": is a channel
 * (a broadcaster or streamer, or a word in capitals other than "TV") among
 * tokens [a, k)? Then the words are no reference to the work but name the
 * channel, which the rules read (production_crew.rules); not before a
 * quoted title, which the reference joins ("the ViX comedy series
 * ‘Sazón’"). */
static bool channel_before(const Doc *d, size_t a, size_t k) {
  for (size_t j = a; j < k; j++) {
    const KgbToken *t = &d->toks[j];
    if ((t->flags & KGB_TOK_CAP) &&
        (in_list(d, L_BROADCASTER, t, NULL) ||
         in_list(d, L_STREAMER, t, NULL) ||
         ((t->flags & KGB_TOK_ALLCAP) && !is_tok(t, "tv")))) {
      return true;
    }
  }
  return false;
}

/* "the ABS-CBN teleserye", "a 2019 ATV series": a name in capitals (hyphens
 * allowed, not "TV" alone) after an article or a year and before a work
 * noun is the channel of the work */
static bool capitals_channel(const Doc *d, size_t a, size_t b) {
  const KgbToken *p = &d->toks[a - 1], *n = &d->toks[b];
  if (!(is_article(p) || (p->flags & KGB_TOK_NUM)) ||
      (n->flags & KGB_TOK_CAP) || !in_list(d, L_WORK_NOUN, n, NULL) ||
      (b - a == 1 && is_tok(&d->toks[a], "tv"))) {
    return false;
  }
  for (size_t j = a; j < b; j++) {
    const KgbToken *t = &d->toks[j];
    if (!is_tok(t, "-") && !(t->flags & KGB_TOK_ALLCAP)) {
      return false;
    }
  }
  return true;
}

static bool verb_after_plural(const Doc *d, size_t the, size_t k, size_t last) {
  static const char *const appear_adverb[] = {
      "in",         "prominently", "heavily",     "briefly",
      "throughout", "repeatedly",  "extensively", "regularly"};
  if (k < the + 2 || k + 1 >= last) {
    return false;
  }
  const KgbToken *prev = &d->toks[k - 1], *next = &d->toks[k + 1];
  for (size_t i = 0; i < sizeof appear_adverb / sizeof *appear_adverb; i++) {
    if (is_tok(next, appear_adverb[i]) &&
        (is_tok(&d->toks[k], "feature") || is_tok(&d->toks[k], "show"))) {
      return true;
    }
  }
  size_t n = strlen(prev->lower);
  return (prev->flags & KGB_TOK_WORD) && !(prev->flags & KGB_TOK_CAP) &&
         n > 3 && prev->lower[n - 1] == 's' && prev->lower[n - 2] != 's' &&
         (next->flags & KGB_TOK_WORD) && !(next->flags & KGB_TOK_CAP);
}

static KgbStatus find_mentions(Doc *d, uint32_t s, bool headings_pass) {
  KgbStatus st = KGB_OK;
  const KgbSentence *sent = &d->sents[s];
  if (sent->heading != headings_pass) {
    return KGB_OK;
  }
  size_t i = sent->first, last = sent->last;
  while (i < last) {
    const KgbToken *t = &d->toks[i];
    const char *value = NULL;
    if (d->title_len && (i == d->title_at[0] || i == d->title_at[1])) {
      Mention m = {s,       (uint32_t)i, (uint32_t)(i + d->title_len),
                   M_TITLE, NULL,        NULL,
                   NULL,    NULL,        NULL,
                   -1};
      if (!(m.surface = span_text(d, m.first, m.last)) ||
          !(m.key = norm_key(d, m.surface))) {
        return KGB_ERR_NOMEM;
      }
      TRY(st, add_mention(d, &m));
      i += d->title_len;
      continue;
    }
    if (t->flags & KGB_TOK_OPENQ) {
      size_t next;
      TRY(st, find_title(d, s, i, last, &next));
      i = next;
      continue;
    }
    if (!headings_pass && in_list(d, L_PRONOUN, t, &value)) {
      Mention m = {s,    (uint32_t)i, (uint32_t)i + 1, M_PRONOUN, NULL,
                   NULL, t->lower,    t->lower,        value,     -1};
      TRY(st, add_mention(d, &m));
      i++;
      continue;
    }
    /* the film, this movie, the drama film, the Netflix series */
    bool that = is_tok(t, "that");
    if (!headings_pass && (is_tok(t, "the") || is_tok(t, "this") || that)) {
      size_t k = i + 1;
      /* modifiers only: "the creator of the series" is a person, and "the
       * series" after "of" is the work */
      while (k < last && k < i + 4 &&
             !in_list(d, L_WORK_NOUN, &d->toks[k], NULL) &&
             (d->toks[k].flags & KGB_TOK_WORD) && !is_tok(&d->toks[k], "of") &&
             !is_tok(&d->toks[k], "the")) {
        k++;
      }
      while (k + 1 < last && in_list(d, L_WORK_NOUN, &d->toks[k], NULL) &&
             in_list(d, L_WORK_NOUN, &d->toks[k + 1], NULL)) {
        k++; /* the drama film */
      }
      /* a capitalised head closes a company's name, not a work noun: "the
       * Leipzig company Elbsand Film" */
      if (k < last && k < i + (that ? 3 : 5) &&
          in_list(d, L_WORK_NOUN, &d->toks[k], NULL) &&
          !(d->toks[k].flags & KGB_TOK_CAP) &&
          !(k + 1 < last && (d->toks[k + 1].flags & KGB_TOK_CAP)) &&
          !(k + 1 < last && is_tok(&d->toks[k + 1], "to") &&
            (is_tok(&d->toks[k], "sequel") ||
             is_tok(&d->toks[k], "prequel"))) &&
          /* "the second series of Regnbyen": a part of the work named
           * next, whose words title rules read */
          !(k + 2 < last && k > i + 1 && is_tok(&d->toks[k + 1], "of") &&
            (is_tok(&d->toks[k], "series") || is_tok(&d->toks[k], "season")) &&
            name_token(&d->toks[k + 2])) &&
          !verb_after_plural(d, i, k, last) &&
          !(channel_before(d, i + 1, k) &&
            !(k + 1 < last && (d->toks[k + 1].flags & KGB_TOK_OPENQ)))) {
        /* "that film": the last work named, not the main one; "the sequel
         * to X" is another work than X, and X is named right after it */
        const char *name = that ? "that work" : "the work";
        Mention m = {s,    (uint32_t)i, (uint32_t)k + 1, M_NOMINAL, NULL, NULL,
                     name, name,        "neuter",        -1};
        TRY(st, add_mention(d, &m));
        i = k + 1;
        continue;
      }
    }
    /* "the city", "the town's harbour", "in the same province": the last
     * place of that class named (resolve_story); not "the city of X", "the
     * Town Hall", nor "the village priest" (a trade's field) */
    const char *pcls = NULL;
    size_t pn = i + 1; /* the place noun, after "same" too */
    if (pn + 1 < last && is_tok(&d->toks[pn], "same")) {
      pn++;
    }
    if (!headings_pass && is_tok(t, "the") && pn < last &&
        in_list(d, L_PLACE_NOUN, &d->toks[pn], &pcls) && pcls &&
        !(pn + 1 < last &&
          (is_tok(&d->toks[pn + 1], "of") || is_tok(&d->toks[pn + 1], "-") ||
           (d->toks[pn + 1].flags & KGB_TOK_CAP) ||
           in_list(d, L_OCCUPATION, &d->toks[pn + 1], NULL)))) {
      Mention m = {s,    (uint32_t)i, (uint32_t)pn + 1, M_PLACE_REF, pcls,
                   NULL, "the place", "the place",      NULL,        -1};
      TRY(st, add_mention(d, &m));
      i = pn + 1;
      continue;
    }
    /* "the Portuguese capital", "the French capital": the last city named
     * of that country (resolve_story; the country's place in m.place); not
     * an apposition ("Tbilisi, the Georgian capital, which …") */
    const char *dcountry = NULL;
    if (!headings_pass && is_tok(t, "the") && i + 2 < last &&
        !(i > sent->first && is_tok(&d->toks[i - 1], ",")) &&
        in_list(d, L_DEMONYM, &d->toks[i + 1], &dcountry) && dcountry &&
        is_tok(&d->toks[i + 2], "capital") &&
        !(i + 3 < last && (is_tok(&d->toks[i + 3], "of") ||
                           (d->toks[i + 3].flags & KGB_TOK_CAP)))) {
      size_t n = 0;
      const char *ckey = norm_key(d, dcountry);
      const KgbPlace *cpl =
          ckey ? kgb_places_find(kgb_rules_places(d->rules), ckey, &n) : NULL;
      if (cpl && !strcmp(cpl->cls, "Country")) {
        Mention m = {s,   (uint32_t)i, (uint32_t)i + 3, M_PLACE_REF, "City",
                     cpl, "the place", "the place",     NULL,        -1};
        TRY(st, add_mention(d, &m));
        i += 3;
        continue;
      }
    }
    if (!name_token(t)) {
      i++;
      continue;
    }
    /* honorific: Ms. Ceyda, Dr Ortiz */
    size_t a = i;
    const char *gender = NULL;
    if (in_list(d, L_HONORIFIC, t, &gender)) {
      size_t k = i + 1;
      if (k < last && is_tok(&d->toks[k], ".")) {
        k++;
      }
      if (k < last && name_token(&d->toks[k])) {
        a = k;
      } else {
        i++;
        continue;
      }
    }
    size_t b = a + 1, step;
    while ((step = name_continues(d, b, last)) > 0) {
      b += step;
    }
    /* The Handmaid's Tale, The Lighthouse Keeper's Daughter: a name that a
     * capitalised "The" opens goes on past a possessive into more name
     * words (a title; "Netflix's Night Harbor" stays two names) */
    while (b - a >= 2 && b + 1 < last && is_tok(&d->toks[a], "the") &&
           (d->toks[a].flags & KGB_TOK_CAP) &&
           (d->toks[b].flags & KGB_TOK_POSS) && name_token(&d->toks[b + 1]) &&
           !in_list(d, L_FUNCTION_WORD, &d->toks[b + 1], NULL)) {
      b += 2;
      while ((step = name_continues(d, b, last)) > 0) {
        b += step;
      }
    }
    /* Funmilayo "Funmi" Adesanya: a quoted nickname between the parts of
     * a name is no part of it, but another name of the same person */
    size_t nick_a = 0, nick_b = 0;
    if (!headings_pass && b + 3 < last && (d->toks[b].flags & KGB_TOK_OPENQ) &&
        (d->toks[b].flags & KGB_TOK_SPACE) &&
        !in_list(d, L_DICTIONARY, &d->toks[b - 1], NULL) &&
        name_token(&d->toks[b + 1])) {
      size_t c = b + 1;
      while (c < last && c < b + 3 && name_token(&d->toks[c])) {
        c++;
      }
      if (c + 1 < last && (d->toks[c].flags & KGB_TOK_CLOSEQ) &&
          (d->toks[c + 1].flags & KGB_TOK_SPACE) &&
          name_token(&d->toks[c + 1])) {
        nick_a = b;
        nick_b = c + 1;
        b = c + 2;
        while ((step = name_continues(d, b, last)) > 0) {
          b += step;
        }
      }
    }
    size_t foreign_end = foreign_title_end(d, a, last);
    bool foreign = foreign_end > b;
    bool lead = false; ///< a lead's title, "After the Storm is a …"
    if (!foreign && b - a >= 2 &&
        in_list(d, L_FUNCTION_WORD, &d->toks[a], NULL)) {
      /* "In Un giorno a Bari, …": after a capitalised small word */
      foreign_end = foreign_title_end(d, a + 1, last);
      /* but a capitalised article after a lower-case word opens the title:
       * "the heart of A Tisza partján" */
      bool article = a > sent->first &&
                     (is_tok(&d->toks[a], "a") || is_tok(&d->toks[a], "the")) &&
                     (d->toks[a - 1].flags & KGB_TOK_WORD) &&
                     !(d->toks[a - 1].flags & KGB_TOK_CAP);
      if ((foreign = foreign_end > b) && !article) {
        a++;
      }
    }
    if (foreign) {
      b = foreign_end;
    } else if (!headings_pass) {
      b = genre_title_end(d, sent->first, a, b, last);
      b = glossed_title_end(d, b, last);
      lead = lead_title_bounds(d, sent->first, &a, &b, last);
    }
    bool numbered = false;
    TRY(st, channel_number(d, a, b, last, &numbered));
    numbered |= sequel_number(d, a, b, last);
    b += numbered;
    if (!foreign) {
      TRY(st, and_joined_place(d, a, b, last, &b));
    }
    /* no possessive-ending junk; leading function words at sentence start,
     * but "the As Burgas springs", "near El Escorial": a capitalised function
     * word after a lower-case word opens a longer name */
    bool the_title = false;
    while (!foreign && !lead && a < b &&
           in_list(d, L_FUNCTION_WORD, &d->toks[a], NULL) &&
           !hyphen_syllable(d, a, b)) {
      /* "A. R. Rahman": a capital letter and its dot is an initial */
      if (b - a >= 3 && d->toks[a].end - d->toks[a].start == 1 &&
          (d->toks[a].flags & KGB_TOK_CAP) && is_tok(&d->toks[a + 1], ".") &&
          !(d->toks[a + 1].flags & KGB_TOK_SPACE)) {
        break;
      }
      if (!headings_pass && b - a >= 2 && a > sent->first &&
          (d->toks[a - 1].flags & KGB_TOK_WORD) &&
          (!(d->toks[a - 1].flags & KGB_TOK_CAP) ||
           is_tok(&d->toks[a - 1], "the")) &&
          name_token(&d->toks[a + 1]) &&
          !in_list(d, L_FUNCTION_WORD, &d->toks[a + 1], NULL)) {
        break;
      }
      /* "In The Long Drought, Aiyana returns …": a capitalised "The" after
       * the sentence's opening "In" opens the name */
      if (!headings_pass && b - a >= 2 && a == sent->first + 1 &&
          is_tok(&d->toks[a], "the") && (d->toks[a].flags & KGB_TOK_CAP) &&
          is_tok(&d->toks[a - 1], "in") && name_token(&d->toks[a + 1]) &&
          !in_list(d, L_FUNCTION_WORD, &d->toks[a + 1], NULL)) {
        break;
      }
      /* "the film Under the Baobab Tree": after a work or genre noun, a
       * capitalised small word and an article open a title */
      if (!headings_pass && b - a >= 3 && a > sent->first &&
          !(d->toks[a - 1].flags & KGB_TOK_CAP) &&
          (in_list(d, L_WORK_NOUN, &d->toks[a - 1], NULL) ||
           in_list(d, L_GENRE_NOUN, &d->toks[a - 1], NULL)) &&
          !in_list(d, L_FUNCTION_WORD, &d->toks[b - 1], NULL)) {
        break;
      }
      /* "the cast of Under the Skin", "The protagonist of Beyond the
       * Hills": after a noun whose object is a work (title_cue, no verb)
       * and "of" or "in", a capitalised small word and an article open a
       * title too (xtitle14b) */
      const char *cue_kind = NULL;
      if (!headings_pass && b - a >= 3 && a > sent->first + 1 &&
          (d->toks[a].flags & KGB_TOK_CAP) && is_article(&d->toks[a + 1]) &&
          (is_tok(&d->toks[a - 1], "of") || is_tok(&d->toks[a - 1], "in")) &&
          in_list(d, L_TITLE_CUE, &d->toks[a - 2], &cue_kind) &&
          (!cue_kind || !*cue_kind) &&
          !in_list(d, L_FUNCTION_WORD, &d->toks[b - 1], NULL)) {
        break;
      }
      /* "whose debut feature, The Orchard Gate (2008), …": a capitalised
       * "The" after a comma or a dash mid-sentence opens a title */
      if (!headings_pass && b - a >= 2 && a > sent->first + 1 &&
          is_tok(&d->toks[a], "the") &&
          (is_tok(&d->toks[a - 1], ",") || is_tok(&d->toks[a - 1], "—") ||
           is_tok(&d->toks[a - 1], "–")) &&
          name_token(&d->toks[a + 1]) &&
          !in_list(d, L_FUNCTION_WORD, &d->toks[a + 1], NULL)) {
        the_title = true;
        break;
      }
      a++;
    }
    /* "Editor Lena Ortiz, unfortunately, …": a profession opening the
     * sentence, never written capitalised mid-sentence, is no part of it */
    /* "Young Amir Khan plays …", "Talented Ada Lin …": so is a describing
     * word (list occupation_mod) before a name of two words or more, and
     * an imperative that calls readers to a work, "Watch Kings of Accra on
     * …", "Stream Night Market now" (list imperative; not before a
     * function word, "Catch Me If You Can"); a participle (list
     * name_opener) too, and one that is a gerund of acting (list
     * acting_verb) before a one-word role, "Playing Kemal is Haluk
     * Bilginer"; none of them is taken from a title that "is a 2020
     * thriller" ("Playing Dead Hands Again is …", xtitle14) */
    bool opener_title =
        b < last && (is_tok(&d->toks[b], "is") || is_tok(&d->toks[b], "was")) &&
        (slot_title_ends(d, b, last) || lead_of_work(d, b, last));
    if (a == sent->first && b - a >= 2 && name_token(&d->toks[a + 1]) &&
        !opener_title &&
        (in_list(d, L_FILM_PROFESSION, &d->toks[a], NULL) ||
         ((in_list(d, L_IMPERATIVE, &d->toks[a], NULL) ||
           (in_list(d, L_NAME_OPENER, &d->toks[a], NULL) &&
            in_list(d, L_ACTING_VERB, &d->toks[a], NULL))) &&
          !in_list(d, L_FUNCTION_WORD, &d->toks[a + 1], NULL)) ||
         (b - a >= 3 && name_token(&d->toks[a + 2]) &&
          (in_list(d, L_OCCUPATION_MOD, &d->toks[a], NULL) ||
           in_list(d, L_NAME_OPENER, &d->toks[a], NULL)))) &&
        !kgb_map_get(&d->cap_midsentence, d->toks[a].lower, &(intptr_t){0})) {
      a++;
    }
    /* "Kenyan DP Duncan Muchiri", "with Chilean Editor Ana Ruiz": a
     * nationality and a profession before a name are no part of it */
    if (b - a >= 3 && nationality_run(d, a, a + 1) &&
        (in_list(d, L_FILM_PROFESSION, &d->toks[a + 1], NULL) ||
         in_list(d, L_HONORIFIC, &d->toks[a + 1], NULL)) &&
        name_token(&d->toks[a + 2])) {
      a += 2;
    }
    /* "Every Sunday Kaan calls": the weekday is not part of the name */
    while (b - a > 1 && in_list(d, L_WEEKDAY, &d->toks[a], NULL)) {
      a++;
    }
    a = skip_initial_word(d, sent, a, b);
    /* the Ribeira district, the city's Roman walls (of Lugo): a lower-case
     * place head after a name that "the" or a possessive opens; the name
     * alone ("Ribeira") or without its "of" part is an alternative name */
    size_t alt_end = 0;
    const char *within_of = NULL;
    if (a > sent->first && b < last && b > a &&
        (is_tok(&d->toks[a - 1], "the") ||
         (d->toks[a - 1].flags & KGB_TOK_POSS)) &&
        !(d->toks[b].flags & KGB_TOK_CAP) && place_head(d, &d->toks[b]) &&
        !in_list(d, L_FUNCTION_WORD, &d->toks[b], NULL) &&
        !nationality_run(d, a, b) && !modifier_head(d, b + 1, last)) {
      const char *hv = NULL;
      in_list(d, L_HEAD, &d->toks[b], &hv);
      alt_end = strcmp(hv, "Landmark") ? b : 0;
      b++;
      if (b + 1 < last && is_tok(&d->toks[b], "of") &&
          name_token(&d->toks[b + 1]) && !strcmp(hv, "City")) {
        /* "the Gaeltacht village of Spiddal": the town is the name after
         * "of"; the words before the head only describe it */
        a = b + 1;
        b = a + 1;
        alt_end = 0;
        while ((step = name_continues(d, b, last)) > 0) {
          b += step;
        }
      } else if (b + 1 < last && is_tok(&d->toks[b], "of") &&
                 name_token(&d->toks[b + 1])) {
        alt_end = b;
        b += 2;
        while ((step = name_continues(d, b, last)) > 0) {
          b += step;
        }
        /* "the Ernakulam district of Kerala" lies in Kerala */
        if (!headings_pass && strcmp(hv, "Landmark") &&
            !(within_of = span_text(d, (uint32_t)alt_end + 1, (uint32_t)b))) {
          return KGB_ERR_NOMEM;
        }
      }
    }
    i = b;
    if (a >= b) {
      continue;
    }
    /* "Der stille Hafen (The Quiet Harbour)": a foreign title's English
     * one in brackets is another name of it */
    size_t tr_a = 0, tr_b = 0;
    if (foreign && !headings_pass) {
      size_t after = translation_end(d, b, last, &tr_a, &tr_b);
      i = after ? after : b;
    }
    bool region = false;
    const char *within = headings_pass ? NULL : region_part(d, &a, b, &region);
    Mention m = {s,    (uint32_t)a, (uint32_t)b, M_NAME, NULL,
                 NULL, NULL,        NULL,        gender, -1};
    if (!(m.surface = span_text_gap(d, (uint32_t)a, (uint32_t)b,
                                    (uint32_t)nick_a, (uint32_t)nick_b)) ||
        !(m.key = norm_key(d, m.surface))) {
      return KGB_ERR_NOMEM;
    }
    if (!*m.key) {
      continue;
    }
    if (tr_b > tr_a && !alt_end) {
      TRY(st, put_alt_name(d, m.key, (uint32_t)tr_a, (uint32_t)tr_b));
    }
    if (nick_b > a && !alt_end) {
      TRY(st,
          put_alt_name(d, m.key, (uint32_t)nick_a + 1, (uint32_t)nick_b - 1));
    }
    if (alt_end > a) {
      TRY(st, put_alt_name(d, m.key, (uint32_t)a, (uint32_t)alt_end));
    }
    size_t ranks = the_title ? 1 : rank_words(d, a, b);
    if (ranks && !alt_end && tr_b <= tr_a && nick_b <= a) {
      /* and "The Orchard Gate" is "Orchard Gate" too */
      TRY(st, put_alt_name(d, m.key, (uint32_t)(a + ranks), (uint32_t)b));
    }
    type_name(d, &m);
    if (!m.cls && !headings_pass && a > sent->first && b < last &&
        capitals_channel(d, a, b)) {
      m.cls = "Organization";
    }
    /* "Kuzey Rüzgârı (Northern Wind) was …": a foreign name no data knows
     * with an English title in brackets is a title as a quoted one is; the
     * bracket is its other name, no role and actor (not in a cast list:
     * "Mina (Ece Demir) and Kaan (Grace Hill)") */
    bool in_cast_list =
        a >= sent->first + 2 && is_tok(&d->toks[a - 2], ")") &&
        (is_tok(&d->toks[a - 1], ",") || is_tok(&d->toks[a - 1], "and"));
    if (!foreign && !headings_pass && !m.cls && !gender && tr_b <= tr_a &&
        b < last && is_tok(&d->toks[b], "(") && !in_cast_list &&
        plain_foreign(d, a, b)) {
      size_t after = translation_end(d, b, last, &tr_a, &tr_b);
      if (after && english_title(d, tr_a, tr_b)) {
        i = after;
        m.kind = M_TITLE;
        TRY(st, put_alt_name(d, m.key, (uint32_t)tr_a, (uint32_t)tr_b));
      }
    }
    if (region) {
      m.cls = "Region";
      m.place = NULL;
    }
    const char *nation = headings_pass || region || within_of
                             ? NULL
                             : demonym_town_of(d, a, sent->first);
    within = region ? within : within_of ? within_of : nation;
    if (within) {
      TRY(st, kgb_map_put(&d->within, m.key, (intptr_t)within));
    }
    if (gender && m.place) {
      m.place = NULL; /* Mrs. Haan is a person, not the town */
      m.cls = NULL;
    }
    bool initial = a == sent->first ||
                   (d->toks[a - 1].flags & (KGB_TOK_OPENQ | KGB_TOK_PUNCT) &&
                    a - 1 == sent->first);
    bool single = b - a == 1;
    if (single && ((in_list(d, L_MONTH, &d->toks[a], NULL) &&
                    month_context(d, sent, a)) ||
                   in_list(d, L_WEEKDAY, &d->toks[a], NULL))) {
      continue; /* dates, not places: "in March" */
    }
    if (single && in_list(d, L_CURRENCY, &d->toks[a], NULL) &&
        ((a + 1 < last && (d->toks[a + 1].flags & KGB_TOK_NUM)) ||
         /* "Rs. 80 crore" */
         (a + 2 < last && is_tok(&d->toks[a + 1], ".") &&
          (d->toks[a + 2].flags & KGB_TOK_NUM)) ||
         (a > sent->first && ((d->toks[a - 1].flags & KGB_TOK_NUM) ||
                              in_list(d, L_SCALE, &d->toks[a - 1], NULL))))) {
      continue; /* amounts, not names: "ISK 300 million", "40 million Kč" */
    }
    if (!m.cls && nationality_run(d, a, b)) {
      continue; /* Turkish, Turkish-American: adjectives, not names */
    }
    if (headings_pass) {
      /* headings only name what the body names */
      intptr_t g;
      const char *k = m.key;
      if ((!m.cls || head_typed(d, &m)) &&
          !kgb_map_get(&d->group_of_key, k, &g)) {
        /* try each word of the run */
        for (size_t w = a; w < b; w++) {
          if (d->toks[w].flags & KGB_TOK_PUNCT) {
            continue; /* the "." of "St. Nicholas" has no text of its own */
          }
          Mention one = {s,      (uint32_t)w, (uint32_t)w + 1,
                         M_NAME, NULL,        NULL,
                         NULL,   NULL,        NULL,
                         -1};
          if (!(one.surface = span_text(d, (uint32_t)w, (uint32_t)w + 1)) ||
              !(one.key = norm_key(d, one.surface))) {
            return KGB_ERR_NOMEM;
          }
          if (kgb_map_get(&d->group_of_key, one.key, &g)) {
            TRY(st, add_mention(d, &one));
          }
        }
        continue;
      }
    } else if (initial && (single || b - a == 3) && a + 2 < last &&
               is_tok(&d->toks[a + 1], "-") &&
               !(d->toks[a + 1].flags & KGB_TOK_SPACE) &&
               (d->toks[a + 2].flags & KGB_TOK_WORD) &&
               !(d->toks[a + 2].flags & KGB_TOK_CAP) &&
               in_list(d, L_DICTIONARY, &d->toks[a], NULL) &&
               in_list(d, L_DICTIONARY, &d->toks[a + 2], NULL) &&
               !given_syllables(d, a) &&
               !kgb_map_get(&d->cap_midsentence, d->toks[a].lower,
                            &(intptr_t){0})) {
      continue; /* "Eagle-eyed viewers": a compound adjective opening it */
    } else if (initial && single && !m.cls) {
      /* "Puzzled, he ..." vs "Mina (Ece Demir) ...": a word of the
       * dictionary starting a sentence is a name only if the document
       * also writes it capitalised mid-sentence, or it opens a lead ("X is
       * a 2019 film", "Tidewater is a miniseries starring …", xtitle14) */
      intptr_t seen;
      bool kind = b < last &&
                  (is_tok(&d->toks[b], "is") || is_tok(&d->toks[b], "was")) &&
                  work_apposition(d, b, last);
      if (in_list(d, L_DICTIONARY, &d->toks[a], NULL) &&
          !kgb_map_get(&d->cap_midsentence, d->toks[a].lower, &seen) &&
          !lead_of_work(d, b, last) && !kind && !person_follows(d, b, last)) {
        continue;
      }
    }
    if (single && !m.cls && in_list(d, L_FUNCTION_WORD, &d->toks[a], NULL)) {
      continue;
    }
    TRY(st, add_mention(d, &m));
  }
done:
  return st;
}

/* ---- groups -------------------------------------------------------------- */

static KgbStatus group_for(Doc *d, Mention *m) {
  KgbStatus st = KGB_OK;
  intptr_t g;
  if (kgb_map_get(&d->group_of_key, m->key, &g)) {
    m->group = (int)g - 1;
  } else {
    TRY(st, kgb_grow(&d->groups, &d->cap_groups, d->n_groups + 1,
                     sizeof *d->groups));
    Group *gr = &d->groups[d->n_groups];
    memset(gr, 0, sizeof *gr);
    gr->key = m->key;
    gr->parent = (int)d->n_groups;
    gr->first_mention = -1;
    gr->out_index = -1;
    gr->literal_of = -1;
    m->group = (int)d->n_groups++;
    TRY(st, kgb_map_put(&d->group_of_key, m->key, m->group + 1));
  }
  Group *gr = &d->groups[m->group];
  gr->mentions++;
  gr->titled |= m->kind == M_TITLE;
  if (m->cls && m->place && !head_typed(d, m)) {
    /* the gazetteer's word counts once more per mention up to a cap, so a
     * character named like a town ("Amparo", "Mara") and named often
     * still takes the class a rule gives it */
    vote_upto(d, m->group, m->cls, 0.5, GAZETTEER_VOTE_CAP);
  } else if (m->cls) {
    vote(d, m->group, m->cls, head_typed(d, m) ? WEAK_VOTE : 0.5);
  }
  if (m->place && !gr->place) {
    gr->place = m->place;
  }
  if (m->gender && !gr->gender) {
    gr->gender = m->gender;
  }
  bool counted = false;
  for (size_t i = 0; i < gr->n_surfaces && !counted; i++) {
    if (gr->surfaces[i].text == m->surface) {
      gr->surfaces[i].count++;
      counted = true;
    }
  }
  if (!counted) {
    TRY(st, kgb_grow(&gr->surfaces, &gr->cap_surfaces, gr->n_surfaces + 1,
                     sizeof *gr->surfaces));
    gr->surfaces[gr->n_surfaces++] = (Surface){m->surface, 1};
  }
  intptr_t alt = 0;
  if ((m->kind == M_NAME || m->kind == M_TITLE) &&
      kgb_map_get(&d->alt_name, m->key, &alt)) {
    bool have = false;
    for (size_t i = 0; i < gr->n_surfaces; i++) {
      have |= gr->surfaces[i].text == (const char *)alt;
    }
    if (!have) { /* never written alone: no count, never the label */
      TRY(st, kgb_grow(&gr->surfaces, &gr->cap_surfaces, gr->n_surfaces + 1,
                       sizeof *gr->surfaces));
      gr->surfaces[gr->n_surfaces++] = (Surface){(const char *)alt, 0};
    }
  }
done:
  return st;
}

/* ---- items and rule application ------------------------------------------ */

/* Items of tokens [first, last): a sentence, or two (window = 2). */
static KgbStatus build_items(Doc *d, uint32_t first, uint32_t last,
                             size_t *n_items) {
  KgbStatus st =
      kgb_grow(&d->items, &d->cap_items, last - first, sizeof *d->items);
  if (st != KGB_OK) {
    return st;
  }
  size_t n = 0;
  for (uint32_t i = first; i < last;) {
    int mi = d->mention_at[i];
    KgbItem it = {&d->toks[i], NULL, i, i + 1, -1, d->toks[i].key};
    if (mi >= 0) {
      const Mention *m = &d->ments[mi];
      it.tok_last = m->last;
      it.mention = mi;
      it.key =
          m->key ? kgb_rules_find_str(d->rules, m->key, strlen(m->key)) : NULL;
      if (m->group >= 0) {
        const Group *g = &d->groups[find_group(d, m->group)];
        it.cls = g->cls ? g->cls : best_class(g);
        if (!it.cls) {
          /* "the film ‘X’" stands for X, an untyped title too */
          it.cls =
              m->kind == M_TITLE || m->kind == M_NOMINAL ? "Title" : "Name";
        }
      } else if (m->kind == M_NAME) {
        it.cls = "Name";
      }
      i = m->last;
    } else {
      i++;
    }
    d->items[n++] = it;
  }
  *n_items = n;
  return KGB_OK;
}

/* Is token t a negation? "not only" and "none other" are not. */
static bool neg_token(const Doc *d, uint32_t t) {
  return (d->toks[t].flags & KGB_TOK_NEG) &&
         !(t + 1 < d->n_toks && (is_tok(&d->toks[t + 1], "only") ||
                                 is_tok(&d->toks[t + 1], "other")));
}

/* A negation just before a match that has no subject of its own: "the film
 * was not shot in X", "not a single scene was filmed in X", "no scenes were
 * filmed in X", "nothing was filmed in X" ("no" and "nothing" count here
 * only, before the match's own words; "no part of the series": a mention
 * after "of" is passed over). Looks
 * back up to six plain words, stopping at punctuation, a clause word or a
 * mention (the match's subject, whose clause the negation would belong to). */
static bool negated_before(const Doc *d, const KgbItem *items, size_t a) {
  for (size_t i = a, n = 0; i > 0 && n < 6; i--, n++) {
    const KgbItem *it = &items[i - 1];
    const KgbToken *t = it->tok;
    /* "no part of the series was shot in X": a mention after "of" is no
     * subject of its own */
    bool of_before =
        i > 1 && it->mention >= 0 && is_tok(items[i - 2].tok, "of");
    if ((it->mention >= 0 && !of_before) || (t->flags & KGB_TOK_PUNCT) ||
        is_tok(t, "that") || is_tok(t, "which") || is_tok(t, "who") ||
        is_tok(t, "but") || is_tok(t, "while")) {
      return false;
    }
    if (neg_token(d, it->tok_first) || is_tok(t, "no") ||
        is_tok(t, "nothing") || in_list(d, L_UNREAL, t, NULL)) {
      return true;
    }
    /* "was originally going to be shot in X" */
    uint32_t g = it->tok_first;
    if (is_tok(t, "going") && g + 2 < d->n_toks &&
        is_tok(&d->toks[g + 1], "to") && is_tok(&d->toks[g + 2], "be")) {
      return true;
    }
  }
  return false;
}

/* Is item it a person: a character or real person, a relative, a he/she
 * pronoun ("they" may be scenes), or a noun of the role_noun, male_noun,
 * female_noun, occupation or relative list ("the thief", "the young man")? */
static bool person_item(const Doc *d, const KgbItem *it) {
  if (it->mention >= 0) {
    const Mention *m = &d->ments[it->mention];
    return m->kind == M_RELATIVE ||
           (m->kind == M_PRONOUN && m->gender &&
            (!strcmp(m->gender, "male") || !strcmp(m->gender, "female"))) ||
           (it->cls &&
            (!strcmp(it->cls, "Character") || !strcmp(it->cls, "Person")));
  }
  static const int lists[] = {L_ROLE_NOUN, L_MALE_NOUN, L_FEMALE_NOUN,
                              L_OCCUPATION, L_RELATIVE};
  for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
    if (in_list(d, lists[i], it->tok, NULL)) {
      return true;
    }
  }
  return false;
}

/* Is item it a noun for another work than the clause's ("its sequel was
 * filmed in X")? */
static bool other_work_item(const KgbItem *it) {
  static const char *const nouns[] = {"sequel", "prequel", "remake",
                                      "predecessor"};
  for (size_t k = 0; it->mention < 0 && k < sizeof nouns / sizeof nouns[0];
       k++) {
    if (is_tok(it->tok, nouns[k])) {
      return true;
    }
  }
  return false;
}

/* A match that opens on a filming verb in the passive after a person is the
 * story, not a shoot: "The thief was shot in Ibadan", "he was later captured
 * at the border"; after "its sequel" it is another work's. Looks back over up
 * to two plain words ("fatally", "later") and "been"/"being" to an auxiliary,
 * and takes the item before it. */
static bool person_passive_before(const Doc *d, const KgbItem *items,
                                  size_t a) {
  static const char *const verbs[] = {"shot", "filmed", "captured",
                                      "photographed"};
  static const char *const aux[] = {"was", "were", "is",  "are",
                                    "get", "gets", "got", "gotten"};
  const KgbItem *v = &items[a];
  bool verb = false;
  for (size_t k = 0; v->mention < 0 && k < sizeof verbs / sizeof verbs[0];
       k++) {
    verb = verb || is_tok(v->tok, verbs[k]);
  }
  if (!verb) {
    return false;
  }
  size_t i = a, skipped = 0;
  while (i > 0 && items[i - 1].mention < 0 &&
         !(items[i - 1].tok->flags & KGB_TOK_PUNCT) && skipped < 4) {
    const KgbToken *t = items[i - 1].tok;
    for (size_t k = 0; k < sizeof aux / sizeof aux[0]; k++) {
      if (is_tok(t, aux[k])) {
        return i >= 2 && (person_item(d, &items[i - 2]) ||
                          other_work_item(&items[i - 2]));
      }
    }
    i--, skipped++;
  }
  return false;
}

/* A negation word among the plain tokens of the match (not inside a name or
 * a title: "Don't Leave" negates nothing). */
static bool negated(const Doc *d, const KgbItem *items, size_t a, size_t b) {
  if (negated_before(d, items, a) || person_passive_before(d, items, a)) {
    return true;
  }
  for (size_t i = a; i < b; i++) {
    if (items[i].mention >= 0 && d->ments[items[i].mention].kind != M_PRONOUN) {
      continue;
    }
    for (uint32_t t = items[i].tok_first; t < items[i].tok_last; t++) {
      if (neg_token(d, t) || in_list(d, L_UNREAL, &d->toks[t], NULL)) {
        return true;
      }
      /* "filmed in X rather than in Y", "instead of Y": the match reaches
       * over a place ruled out; "though no scenes were filmed there" */
      const KgbToken *nx = t + 1 < d->n_toks ? &d->toks[t + 1] : NULL;
      if (nx && t + 1 < items[b - 1].tok_last &&
          ((is_tok(&d->toks[t], "rather") && is_tok(nx, "than")) ||
           (is_tok(&d->toks[t], "instead") && is_tok(nx, "of")) ||
           (is_tok(&d->toks[t], "no") &&
            in_list(d, L_FILMING_CUE, nx, NULL)))) {
        return true;
      }
    }
  }
  return false;
}

/* Groups named in capture span [a, b) (items) whose class fits @p want
 * ("Person|Character", a class or "-"); up to max. */
static size_t span_groups(Doc *d, const KgbItem *items, int a, int b, int *out,
                          size_t max) {
  size_t n = 0;
  /* the last mention of the span: a possessor before it is not one of the
   * people the span names ("moves in with Folake's brother", "his friend") */
  int lastm = -1;
  for (int i = a; i < b; i++) {
    lastm = items[i].mention >= 0 ? i : lastm;
  }
  for (int i = a; i < b && n < max; i++) {
    if (items[i].mention < 0) {
      continue;
    }
    int g = d->ments[items[i].mention].group;
    if (g < 0) {
      continue;
    }
    if (i + 1 < b && i < lastm &&
        ((d->toks[items[i + 1].tok_first].flags & KGB_TOK_POSS) ||
         (d->ments[items[i].mention].kind == M_PRONOUN &&
          items[i + 1].mention >= 0 &&
          d->ments[items[i + 1].mention].kind == M_RELATIVE))) {
      continue;
    }
    for (int two = 0; two < 2 && n < max; two++) {
      g = find_group(d, g);
      bool dup = false;
      for (size_t k = 0; k < n; k++) {
        dup |= out[k] == g;
      }
      if (!dup) {
        out[n++] = g;
      }
      /* a plural reference stands for two */
      if (!d->pair || !d->pair[items[i].mention]) {
        break;
      }
      g = d->pair[items[i].mention] - 1;
    }
  }
  return n;
}

/* class_in()'s answers, by the addresses of class and spec: both are
 * literals or strings of pools that live as long as the document (the
 * rules', the vocabulary's, the document's), so an address stands for the
 * same text for the whole run. Direct-mapped; a clash replaces. */
#define CLASS_MEMO 256 /* a power of two */

typedef struct ClassMemo {
  struct {
    const char *cls, *spec;
    bool in;
  } slot[CLASS_MEMO];
} ClassMemo;

static bool class_in_spec(const Doc *d, const char *cls, const char *spec);

static bool class_in(const Doc *d, const char *cls, const char *spec) {
  if (!cls) {
    return false;
  }
  uint64_t h = ((uint64_t)(uintptr_t)cls ^ (uint64_t)(uintptr_t)spec * 31u) *
               0x9E3779B97F4A7C15u;
  ClassMemo *cm = d->class_memo;
  size_t j = (size_t)(h >> 56) & (CLASS_MEMO - 1);
  if (cm && cm->slot[j].cls == cls && cm->slot[j].spec == spec) {
    return cm->slot[j].in;
  }
  bool in = class_in_spec(d, cls, spec);
  if (cm) {
    cm->slot[j].cls = cls;
    cm->slot[j].spec = spec;
    cm->slot[j].in = in;
  }
  return in;
}

/// Is class @p cls (not NULL) one of @p spec's ("A|B"; "-": any class)?
static bool class_in_spec(const Doc *d, const char *cls, const char *spec) {
  if (!strcmp(spec, "-")) {
    return true;
  }
  const char *p = spec;
  while (*p) {
    const char *bar = strchr(p, '|');
    size_t n = bar ? (size_t)(bar - p) : strlen(p);
    char want[64];
    if (n < sizeof want) {
      memcpy(want, p, n);
      want[n] = '\0';
      if (kgb_vocab_is_a(d->vocab, cls, want)) {
        return true;
      }
    }
    p = bar ? bar + 1 : p + n;
  }
  return false;
}

/// The first class of a domain or range spec ("Character|Person" -> Character).
static const char *first_class(Doc *d, const char *spec) {
  const char *bar = strchr(spec, '|');
  size_t n = bar ? (size_t)(bar - spec) : strlen(spec);
  return dintern(d, spec, n);
}

/* One fact per (subject, predicate, object, sentence, rule): a rule matching
 * twice in a sentence gives one fact; two rules give two pieces of evidence.
 * O(1) through fact_keys. */
static KgbStatus add_fact(Doc *d, const Fact *f) {
  KgbStatus st = KGB_OK;
  /* the key: the numbers and the literal's pointer as bytes (no printf in
   * this hot path), then predicate, NUL, rule id (a very long one: its
   * prefix keys it) */
  char key[512];
  int nums[3] = {f->subject, (int)f->kind, f->object};
  size_t n = 0, lp = strlen(f->predicate), lr = strlen(f->ev.rule);
  memcpy(key, nums, sizeof nums);
  n += sizeof nums;
  memcpy(key + n, &f->literal, sizeof f->literal);
  n += sizeof f->literal;
  memcpy(key + n, &f->ev.sentence, sizeof f->ev.sentence);
  n += sizeof f->ev.sentence;
  lp = lp < 128 ? lp : 128;
  lr = lr < sizeof key - n - lp - 1 ? lr : sizeof key - n - lp - 1;
  memcpy(key + n, f->predicate, lp);
  key[n + lp] = '\0';
  memcpy(key + n + lp + 1, f->ev.rule, lr);
  n += lp + 1 + lr;
  const char *k = dintern(d, key, n);
  if (!k) {
    return KGB_ERR_NOMEM;
  }
  if (kgb_map_get(&d->fact_keys, k, NULL)) {
    return KGB_OK;
  }
  TRY(st, kgb_map_put(&d->fact_keys, k, 1));
  TRY(st, kgb_grow(&d->facts, &d->cap_facts, d->n_facts + 1, sizeof *d->facts));
  d->facts[d->n_facts++] = *f;
done:
  return st;
}

/* ---- values -------------------------------------------------------------- */

static int month_of(const Doc *d, const KgbToken *t) {
  const char *v = NULL;
  if (in_list(d, L_MONTH, t, &v) && v) {
    return (int)strtol(v, NULL, 10);
  }
  return 0;
}

static int year_of(const KgbToken *t) {
  if (!(t->flags & KGB_TOK_NUM) || strlen(t->lower) != 4) {
    return 0;
  }
  long v = strtol(t->lower, NULL, 10);
  return v >= 1800 && v <= 2100 ? (int)v : 0;
}

/* The year a yearless date shares with the dates written right after it:
 * "between June and August 2020", "from 3 to 9 May 2021", "between late
 * January and mid-April 2018". */
static int year_after(const Doc *d, uint32_t last) {
  for (uint32_t i = last; i < d->n_toks && i < last + 7; i++) {
    const KgbToken *t = &d->toks[i];
    int y = year_of(t);
    if (y) {
      return y;
    }
    bool joins = month_of(d, t) || (t->flags & KGB_TOK_NUM) ||
                 is_tok(t, "and") || is_tok(t, "to") || is_tok(t, "until") ||
                 is_tok(t, "through") || is_tok(t, "into") ||
                 is_tok(t, "early") || is_tok(t, "late") || is_tok(t, "mid") ||
                 is_tok(t, "-") || is_tok(t, "–") || is_tok(t, ",");
    if (!joins || t->flags & KGB_TOK_PARA) {
      break;
    }
  }
  return 0;
}

/* The year of the first @p predicate date already read for group g ("a 2023
 * film" before "will be released on 14 February"), or 0. O(facts); dates
 * are few. */
static int known_year(const Doc *d, int g, const char *predicate) {
  for (size_t i = 0; i < d->n_facts; i++) {
    const Fact *f = &d->facts[i];
    if (f->kind == KGB_VALUE_DATE && f->subject == g &&
        !strcmp(f->predicate, predicate)) {
      return (int)strtol(f->literal, NULL, 10);
    }
  }
  return 0;
}

/* date(c): "November 11", "11 November 2022", "February 2022", "2022",
 * "March of the same year". A missing year is the one written right after
 * ("June and August 2020"), else @p work_year (the year already known for
 * the work, for release dates), else the last one before it in the
 * sentence, else the document's context year. */
static const char *value_date(Doc *d, uint32_t first, uint32_t last,
                              int work_year) {
  int year = 0, month = 0, day = 0;
  for (uint32_t i = first; i < last; i++) {
    const KgbToken *t = &d->toks[i];
    int m = month_of(d, t);
    if (m) {
      month = m;
    } else if (t->flags & KGB_TOK_NUM) {
      long v = strtol(t->lower, NULL, 10);
      if (v >= 1800 && v <= 2100 && strlen(t->lower) == 4) {
        year = (int)v;
      } else if (v >= 1 && v <= 31) {
        day = (int)v;
      }
    }
  }
  if (!year) {
    year = year_after(d, last);
  }
  if (!year) {
    year = work_year;
  }
  /* no year written: the last one before it in the sentence, else the
   * last one of the document so far ("in March of the same year") */
  for (uint32_t i = first; !year && i > 0; i--) {
    const KgbToken *t = &d->toks[i - 1];
    if (is_tok(t, ".") || is_tok(t, "!") || is_tok(t, "?")) {
      break;
    }
    if ((t->flags & KGB_TOK_NUM) && strlen(t->lower) == 4) {
      long v = strtol(t->lower, NULL, 10);
      year = v >= 1800 && v <= 2100 ? (int)v : 0;
    }
  }
  if (!year) {
    year = d->context_year;
  }
  if (!year) {
    return NULL;
  }
  char buf[16];
  if (month && day) {
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  } else if (month) {
    snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    snprintf(buf, sizeof buf, "%04d", year);
  }
  return dintern(d, buf, strlen(buf));
}

/* The value of a number written in words at token i ("eleven",
 * "twenty-five", "an" before "hour"), NAN when there is none; *next is the
 * token after it. */
static double number_words(const Doc *d, uint32_t i, uint32_t last,
                           uint32_t *next) {
  const char *val = NULL;
  const KgbToken *t = &d->toks[i];
  if ((is_tok(t, "a") || is_tok(t, "an")) && i + 1 < last &&
      in_list(d, L_HOURS, &d->toks[i + 1], NULL)) {
    *next = i + 1;
    return 1;
  }
  if (!in_list(d, L_NUMBER_WORD, t, &val) || !val) {
    return NAN;
  }
  double v = strtod(val, NULL);
  *next = i + 1;
  /* "twenty-five" */
  if (i + 2 < last && is_tok(&d->toks[i + 1], "-") &&
      in_list(d, L_NUMBER_WORD, &d->toks[i + 2], &val) && val) {
    v += strtod(val, NULL);
    *next = i + 3;
  }
  return v;
}

/* "and a half hours" at token @p k (before @p last): "two and a half hours",
 * "2 and a half hours". */
static bool and_a_half_hours(Doc *d, uint32_t k, uint32_t last) {
  return k + 3 < last && is_tok(&d->toks[k], "and") &&
         is_tok(&d->toks[k + 1], "a") && is_tok(&d->toks[k + 2], "half") &&
         in_list(d, L_HOURS, &d->toks[k + 3], NULL);
}

/* minutes(c): "104 minutes", "2 hours", "1 hour 52 minutes", "1h 52m", "two
 * hours and eleven minutes", "an hour and a half", "two and a half hours":
 * each number counts in
 * the unit after it (minutes when none). NAN without one. */
static double value_minutes(Doc *d, uint32_t first, uint32_t last) {
  double total = NAN;
  for (uint32_t i = first; i < last; i++) {
    const KgbToken *t = &d->toks[i];
    uint32_t next = i;
    double w = number_words(d, i, last, &next);
    if (!isnan(w)) {
      if (and_a_half_hours(d, next, last)) {
        w += 0.5;
        next += 3;
      }
      bool hours = next < last && in_list(d, L_HOURS, &d->toks[next], NULL);
      w *= hours ? 60 : 1;
      /* "an hour and a half" */
      if (hours && next + 3 < last && is_tok(&d->toks[next + 1], "and") &&
          is_tok(&d->toks[next + 2], "a") &&
          is_tok(&d->toks[next + 3], "half")) {
        w += 30;
      }
      total = isnan(total) ? w : total + w;
      i = next;
      continue;
    }
    if (!(t->flags & KGB_TOK_NUM)) {
      continue;
    }
    char *end;
    double v = strtod(t->lower, &end);
    /* "1h" is one token: its unit follows the digits */
    const char *unit = end;
    if (!*unit && and_a_half_hours(d, i + 1, last)) {
      v = (v + 0.5) * 60;
      i += 4;
    } else if (!*unit && i + 1 < last) {
      const KgbToken *u = &d->toks[i + 1];
      if (in_list(d, L_HOURS, u, NULL)) {
        v *= 60;
      }
    } else if (*unit == 'h') {
      v *= 60;
    }
    total = isnan(total) ? v : total + v;
  }
  return total;
}

/* Tokens @p a and @p b, written together (a space between them when the
 * text has one before @p b), are an entry of list currency: its code. */
static bool joined_words_currency(Doc *d, const char *a, const char *b,
                                  bool space, const char **currency) {
  char joined[48];
  int n = snprintf(joined, sizeof joined, "%s%s%s", a, space ? " " : "", b);
  if (n <= 0 || (size_t)n >= sizeof joined) {
    return false;
  }
  const char *key = kgb_rules_find_str(d->rules, joined, (size_t)n);
  const char *val = NULL;
  if (key && kgb_lexicon_get(d->ex->lists[L_CURRENCY], key, &val) && val) {
    *currency = val;
    return true;
  }
  return false;
}

static bool pair_currency(Doc *d, uint32_t a, uint32_t b,
                          const char **currency) {
  bool space = b != a + 1 || (d->toks[b].flags & KGB_TOK_SPACE);
  return joined_words_currency(d, d->toks[a].lower, d->toks[b].lower, space,
                               currency);
}

/* "US$2 million", "A$5 million", "NZ$", "R$", "S/": a country's letters
 * written onto the currency sign at token i (the capture may start at the
 * sign) name the currency when the two are one entry of the currency list;
 * so do a nationality and a word several countries' money shares, "Tunisian
 * dinars", "Mexican pesos" (an entry with a space). */
static bool joined_currency(Doc *d, uint32_t i, const char **currency) {
  if (i == 0 || !(d->toks[i - 1].flags & KGB_TOK_WORD) ||
      (d->toks[i - 1].flags & KGB_TOK_NUM)) {
    return false;
  }
  return pair_currency(d, i - 1, i, currency);
}

/* "The Mexican comedy ‘La Fonda’ cost 25 million pesos": a word several
 * countries' money shares (value "?" in list currency) at token @p i is the
 * money of the nearest nationality written before it in the document that
 * makes an entry with it ("mexican pesos"); false when none does. */
/// How far back (in tokens) a nationality or a place names the money of a
/// shared currency word: a bound, so that a long document with many such
/// words is not read back to its start for each.
#define CURRENCY_LOOKBACK 600

typedef struct {
  Doc *d;
  const char *country; ///< ISO 3166-1 alpha-2 code wanted
  const char *word;    ///< the currency word, "pesos"
  const char *out;     ///< the currency code found, or NULL
} CountryCurrency;

/* kgb_lexicon_each callback over list demonym: a nationality of country
 * cc->country that makes a currency entry with cc->word. */
static KgbStatus demonym_currency(const char *key, const char *value,
                                  void *payload) {
  CountryCurrency *cc = payload;
  if (cc->out || !value) {
    return KGB_OK;
  }
  const char *folded = norm_key(cc->d, value);
  size_t n = 0;
  const KgbPlace *p =
      folded ? kgb_places_find(kgb_rules_places(cc->d->rules), folded, &n)
             : NULL;
  if (p && n && !strcmp(p->cls, "Country") &&
      !strcmp(p->country, cc->country)) {
    joined_words_currency(cc->d, key, cc->word, true, &cc->out);
  }
  return KGB_OK;
}

/* "The Mexican comedy ‘La Fonda’ cost 25 million pesos": a word several
 * countries' money shares (value "?" in list currency) at token @p i is the
 * money of the nearest nationality written before it that makes an entry
 * with it ("mexican pesos"); else ("Shot in Bogotá, ‘La Ventana’ cost 3.5
 * billion pesos") of the country of the nearest place named before it.
 * Both look back CURRENCY_LOOKBACK tokens at most; false when neither
 * names one. */
static bool nationality_currency(Doc *d, uint32_t i, const char **currency) {
  uint32_t stop = i > CURRENCY_LOOKBACK ? i - CURRENCY_LOOKBACK : 0;
  for (uint32_t k = i; k-- > stop;) {
    const KgbToken *t = &d->toks[k];
    if ((t->flags & KGB_TOK_CAP) && !(t->flags & KGB_TOK_NUM) &&
        pair_currency(d, k, i, currency)) {
      return true;
    }
  }
  for (size_t k = d->n_ments; k-- > 0;) {
    const Mention *m = &d->ments[k];
    if (m->first >= i) {
      continue;
    }
    if (m->first < stop) {
      break;
    }
    if (m->kind != M_NAME || !m->place || !m->place->country[0]) {
      continue;
    }
    CountryCurrency cc = {d, m->place->country, d->toks[i].lower, NULL};
    kgb_lexicon_each(kgb_rules_list(d->rules, "demonym"), demonym_currency,
                     &cc);
    if (cc.out) {
      *currency = cc.out;
      return true;
    }
    return false; /* the nearest place only */
  }
  return false;
}

/* number(c), minutes(c), money(c): digits with separators, a scale word
 * (million, billion, thousand) and, for money, the currency. */
static const char *value_number(Doc *d, uint32_t first, uint32_t last,
                                KgbArgKind kind, KgbValueKind *vk) {
  double v = NAN, scale = 1;
  const char *currency = NULL;
  for (uint32_t i = first; i < last; i++) {
    const KgbToken *t = &d->toks[i];
    const char *val = NULL;
    if ((t->flags & KGB_TOK_NUM) && isnan(v)) {
      char digits[64];
      size_t k = 0;
      for (const char *p = t->lower; *p && k + 1 < sizeof digits; p++) {
        if (*p != ',') {
          digits[k++] = *p;
        }
      }
      digits[k] = '\0';
      char *end;
      v = strtod(digits, &end);
      /* "£3m", "$12M", "€1.2bn": a scale written onto the number */
      const char *suffix = end != digits && *end
                               ? kgb_rules_find_str(d->rules, end, strlen(end))
                               : NULL;
      if (suffix && kgb_lexicon_get(d->ex->lists[L_SCALE], suffix, &val) &&
          val) {
        scale = strtod(val, NULL);
      }
    } else if (in_list(d, L_SCALE, t, &val) && val) {
      scale = strtod(val, NULL);
    } else if (kind == KGB_ARG_MONEY && in_list(d, L_CURRENCY, t, &val)) {
      currency = val;
      joined_currency(d, i, &currency);
      if (!strcmp(currency, "?")) {
        nationality_currency(d, i, &currency);
      }
    } else if (kind == KGB_ARG_MONEY && joined_currency(d, i, &val)) {
      currency = val;
    } else if (kind == KGB_ARG_MINUTES && in_list(d, L_HOURS, t, NULL)) {
      scale = 60;
    }
  }
  if (kind == KGB_ARG_MINUTES) {
    v = value_minutes(d, first, last);
    scale = 1;
  }
  if (isnan(v) || (currency && !strcmp(currency, "?"))) {
    return NULL; /* "2 million pesos": whose pesos? */
  }
  v *= scale;
  if (fabs(v - round(v)) < 1e-6 * fmax(1.0, fabs(v))) {
    v = round(v); /* 30.1 million is 30100000, not 30100000.000000004 */
  }
  char buf[64];
  if (v == floor(v) && fabs(v) < 1e15) {
    snprintf(buf, sizeof buf, "%.0f", v);
    *vk = KGB_VALUE_INTEGER;
  } else {
    snprintf(buf, sizeof buf, "%.6g", v);
    *vk = KGB_VALUE_DECIMAL;
  }
  if (currency && strcmp(currency, "USD") != 0) {
    KgbBuf b = {0};
    const char *r = NULL;
    if (kgb_buf_printf(&b, "%s %s", buf, currency) == KGB_OK) {
      r = dintern(d, b.data, b.len);
    }
    kgb_buf_free(&b);
    *vk = KGB_VALUE_STRING;
    return r;
  }
  return dintern(d, buf, strlen(buf));
}

/* ---- applying rules ------------------------------------------------------ */

static KgbStatus apply_types(Doc *d, const KgbRule *r, const KgbItem *items,
                             const int *caps) {
  for (size_t k = 0; k < r->n_types; k++) {
    const KgbTypeAssign *ta = &r->types[k];
    int a = caps[2 * ta->capture], b = caps[2 * ta->capture + 1];
    if (a < 0 || b < 0) {
      continue;
    }
    int gs[16];
    size_t n = span_groups(d, items, a, b, gs, 16);
    for (size_t i = 0; i < n; i++) {
      if (ta->cls) {
        vote(d, gs[i], ta->cls, 2.0 * r->confidence);
      }
      if (ta->gender) {
        d->groups[gs[i]].gender = ta->gender;
      }
    }
  }
  return KGB_OK;
}

/* WORK of a match starting at item @p start: the work its clause is about,
 * the first work named (or "the film", "it") in the clause before the match,
 * else in the sentence before it, else the document's main work.
 * "Cold Glass starred Cem Toprak" is about Cold Glass, whatever the main work;
 * "A was shot in X, while B was filmed in Y": Y is B's. */
static int topic_work(Doc *d, const KgbItem *items, size_t start) {
  int topic = -1;
  for (size_t i = start; i > 0; i--) {
    const KgbItem *it = &items[i - 1];
    const KgbToken *t = it->tok;
    if (it->mention < 0) {
      if (topic >= 0 && (is_tok(t, ";") || is_tok(t, "while") ||
                         is_tok(t, "whereas") || is_tok(t, "but"))) {
        break;
      }
      continue;
    }
    const Mention *m = &d->ments[it->mention];
    if (m->group < 0 || (m->kind == M_PRONOUN && !is_tok(t, "it"))) {
      continue;
    }
    int g = find_group(d, m->group);
    const char *cls =
        d->groups[g].cls ? d->groups[g].cls : best_class(&d->groups[g]);
    if (cls ? class_in(d, cls, "Work") : m->kind == M_TITLE) {
      topic = g;
      /* "Based on the novel X by Y, it stars …": ", it" opens the main
       * clause, and "it" is its subject */
      if (m->kind == M_PRONOUN && i >= 2 && items[i - 2].mention < 0 &&
          is_tok(items[i - 2].tok, ",")) {
        break;
      }
    }
  }
  return topic >= 0 ? topic : d->main_work;
}

static size_t best_surface(const Group *g);

/* source(c): the work @p work is based on, of the same name ("based on the
 * novel of the same name"): a Work labelled "<the work's name> (<c>)",
 * "El último verano (novel)", one per work and kind. -1 when there is no
 * work or memory runs out. */
static int source_group(Doc *d, int work, const KgbItem *items, int a, int b) {
  if (work < 0 || a < 0 || b <= a) {
    return -1;
  }
  const Group *w = &d->groups[find_group(d, work)];
  if (!w->n_surfaces) {
    return -1;
  }
  const char *kind = span_text(d, items[a].tok_first, items[b - 1].tok_last);
  KgbBuf label = {0};
  Mention u = {0,
               items[a].tok_first,
               items[b - 1].tok_last,
               M_RELATIVE,
               "Work",
               NULL,
               NULL,
               NULL,
               NULL,
               -1};
  if (kind &&
      kgb_buf_printf(&label, "%s (%s)", w->surfaces[best_surface(w)].text,
                     kind) == KGB_OK) {
    u.surface = dintern(d, label.data, label.len);
    u.key = u.surface ? norm_key(d, u.surface) : NULL;
  }
  kgb_buf_free(&label);
  if (!u.key || group_for(d, &u) != KGB_OK) {
    return -1;
  }
  return find_group(d, u.group);
}

/* words(c): an entity the text names only with lower-case words ("an
 * inspector with the financial crimes unit"), labelled with them without a
 * leading article ("financial crimes unit"), of class @p cls; the same words
 * later are the same entity. -1 when the span has no word or memory runs
 * out. */
static int words_group(Doc *d, const KgbItem *items, int a, int b,
                       const char *cls) {
  if (a < 0 || b <= a) {
    return -1;
  }
  uint32_t tf = items[a].tok_first, tl = items[b - 1].tok_last;
  while (tf < tl && is_article(&d->toks[tf])) {
    tf++;
  }
  if (tf >= tl) {
    return -1;
  }
  Mention u = {0, tf, tl, M_RELATIVE, cls, NULL, NULL, NULL, NULL, -1};
  u.surface = span_text(d, tf, tl);
  u.key = u.surface ? norm_key(d, u.surface) : NULL;
  if (!u.key || group_for(d, &u) != KGB_OK) {
    return -1;
  }
  return find_group(d, u.group);
}

/* Resolve one emit argument to groups (entities) or a literal value; WORK is
 * @p work; words(c) takes class @p cls. */
static size_t arg_groups(Doc *d, const KgbArg *arg, int work,
                         const KgbItem *items, const int *caps, const char *cls,
                         int *out, size_t max) {
  if (arg->kind == KGB_ARG_WORK) {
    if (work < 0) {
      return 0;
    }
    out[0] = find_group(d, work);
    return 1;
  }
  int a = caps[2 * arg->capture], b = caps[2 * arg->capture + 1];
  if (a < 0 || b < 0) {
    return 0;
  }
  if (arg->kind == KGB_ARG_SOURCE) {
    out[0] = source_group(d, work, items, a, b);
    return out[0] >= 0;
  }
  if (arg->kind == KGB_ARG_WORDS) {
    out[0] = words_group(d, items, a, b, cls);
    return out[0] >= 0;
  }
  return span_groups(d, items, a, b, out, max);
}

/* foreign(c): fewer than half of the span's words are English ones (the
 * system dictionary's lower-case words): "Kırık Saat", "El Fawanees", not
 * "The Quiet Hours" or "Letters from Trastevere". */
static bool mostly_foreign(Doc *d, uint32_t tf, uint32_t tl) {
  size_t words = 0, known = 0;
  for (uint32_t t = tf; t < tl; t++) {
    const KgbToken *tok = &d->toks[t];
    if (!(tok->flags & KGB_TOK_WORD) || (tok->flags & KGB_TOK_NUM)) {
      continue;
    }
    words++;
    known += in_list(d, L_DICTIONARY, tok, NULL);
  }
  return words > 0 && 2 * known < words;
}

static KgbStatus apply_emits(Doc *d, const KgbRule *r, uint32_t s,
                             const KgbItem *items, size_t start, size_t end,
                             const int *caps) {
  KgbStatus st = KGB_OK;
  KgbEvidence ev = {s, d->toks[items[start].tok_first].cstart,
                    d->toks[items[end - 1].tok_last - 1].cend, r->id,
                    r->confidence};
  int work = topic_work(d, items, start);
  for (size_t k = 0; k < r->n_emits; k++) {
    const KgbEmit *e = &r->emits[k];
    int subs[16], objs[16];
    size_t ns = arg_groups(d, &e->subject, work, items, caps,
                           first_class(d, e->relation->domain), subs, 16);
    size_t no = 0;
    const char *literal = NULL;
    KgbValueKind vk = KGB_VALUE_ENTITY;
    if (e->object.kind == KGB_ARG_CAPTURE || e->object.kind == KGB_ARG_WORK ||
        e->object.kind == KGB_ARG_SOURCE || e->object.kind == KGB_ARG_WORDS) {
      no = arg_groups(d, &e->object, work, items, caps,
                      first_class(d, e->relation->range), objs, 16);
    } else if (e->object.kind == KGB_ARG_CONST) {
      literal = e->object.value;
      vk = KGB_VALUE_STRING;
    } else {
      int a = caps[2 * e->object.capture], b = caps[2 * e->object.capture + 1];
      if (a < 0 || b <= a) {
        continue;
      }
      uint32_t tf = items[a].tok_first, tl = items[b - 1].tok_last;
      switch (e->object.kind) {
      case KGB_ARG_TEXT:
      case KGB_ARG_FOREIGN:
        literal = e->object.kind == KGB_ARG_TEXT || mostly_foreign(d, tf, tl)
                      ? span_text(d, tf, tl)
                      : NULL;
        vk = KGB_VALUE_STRING;
        /* "Retired teacher Olek ..." opening a sentence: "retired
         * teacher"; "Nurse Adaeze Okafor": "nurse" */
        if (literal && e->object.kind == KGB_ARG_TEXT && tf < tl &&
            literal[0] >= 'A' && literal[0] <= 'Z' &&
            (tf + 1 == tl ? in_list(d, L_HONORIFIC, &d->toks[tf], NULL)
                          : (d->toks[tf + 1].flags & KGB_TOK_WORD) &&
                                !(d->toks[tf + 1].flags & KGB_TOK_CAP)) &&
            (in_list(d, L_OCCUPATION_MOD, &d->toks[tf], NULL) ||
             in_list(d, L_OCCUPATION, &d->toks[tf], NULL))) {
          char low[128];
          size_t n = strlen(literal);
          if (n < sizeof low) {
            memcpy(low, literal, n + 1);
            low[0] = (char)(low[0] - 'A' + 'a');
            literal = dintern(d, low, n);
          }
        }
        /* a title used as a value is not an entity of its own, unless it
         * is the subject's own title ("X (English: Y)": X originalTitle X) */
        for (int i = a; i < b; i++) {
          if (items[i].mention >= 0 && d->ments[items[i].mention].group >= 0 &&
              d->ments[items[i].mention].kind == M_TITLE) {
            int tg = find_group(d, d->ments[items[i].mention].group);
            bool own = false;
            for (size_t k2 = 0; k2 < ns; k2++) {
              own |= find_group(d, subs[k2]) == tg;
            }
            d->groups[tg].literal_only |= !own;
            /* "the series, originally titled ‘Y’, premiered …": what the
             * text says of Y is said of the work */
            if (!own && ns > 0 && d->groups[tg].literal_of < 0 &&
                !strcmp(e->relation->name, "originalTitle")) {
              d->groups[tg].literal_of = find_group(d, subs[0]);
            }
          }
        }
        break;
      case KGB_ARG_DATE:
        literal = value_date(
            d, tf, tl, ns ? known_year(d, subs[0], e->relation->name) : 0);
        vk = KGB_VALUE_DATE;
        break;
      default:
        literal = value_number(d, tf, tl, e->object.kind, &vk);
      }
      if (!literal) {
        continue;
      }
    }
    for (size_t i = 0; i < ns; i++) {
      Group *sg = &d->groups[subs[i]];
      const char *scls = sg->cls ? sg->cls : best_class(sg);
      if (scls && !class_in(d, scls, e->relation->domain)) {
        continue;
      }
      if (vk != KGB_VALUE_ENTITY) {
        if (!scls) {
          vote(d, subs[i], first_class(d, e->relation->domain), r->confidence);
        }
        Fact f = {subs[i], e->relation->name, vk, -1, literal, ev};
        sg->referenced = true;
        TRY(st, add_fact(d, &f));
        continue;
      }
      for (size_t j = 0; j < no; j++) {
        if (objs[j] == subs[i]) {
          continue;
        }
        Group *og = &d->groups[objs[j]];
        const char *ocls = og->cls ? og->cls : best_class(og);
        if (ocls && !class_in(d, ocls, e->relation->range)) {
          continue;
        }
        if (!ocls) {
          vote(d, objs[j], first_class(d, e->relation->range), r->confidence);
        }
        if (!scls) {
          vote(d, subs[i], first_class(d, e->relation->domain), r->confidence);
        }
        sg->referenced = og->referenced = true;
        Fact f = {subs[i], e->relation->name, KGB_VALUE_ENTITY, objs[j], NULL,
                  ev};
        TRY(st, add_fact(d, &f));
      }
    }
  }
done:
  return st;
}

/* The head of the relative clause that item @p i (a name) closes, or -1:
 * in "Mara, who is played by Lena Ortiz, is a nurse" the predicate after
 * the clause is Mara's, not the actor's; in "Bruno Salas, who plays Tom,
 * lives in Lisbon" it is the actor's. Not before an apposition ("...,
 * played by Lena Ortiz, a Spanish actress"), which is the actor's. */
static int clause_head(const KgbItem *items, size_t n, size_t i) {
  static const char *const appos[] = {
      "a", "an", "the", "one", "herself", "himself", "who", "whose", "and"};
  if (i < 4 || i + 2 >= n || items[i].mention < 0 ||
      items[i + 1].mention >= 0 || !is_tok(items[i + 1].tok, ",") ||
      items[i + 2].mention >= 0) {
    return -1;
  }
  for (size_t k = 0; k < sizeof appos / sizeof *appos; k++) {
    if (is_tok(items[i + 2].tok, appos[k])) {
      return -1;
    }
  }
  static const char *const plays[] = {"plays",     "played", "portrays",
                                      "portrayed", "voices", "voiced"};
  size_t j = i - 1;
  bool verb = false;
  for (size_t k = 0; k < sizeof plays / sizeof *plays; k++) {
    verb |= items[j].mention < 0 && is_tok(items[j].tok, plays[k]);
  }
  int who = -1; /* "Kemal, who marries his friend Elif, moves to Izmir" */
  for (size_t k = i; k-- > 1 && k + 16 > i;) {
    if (items[k].mention >= 0) {
      continue;
    }
    if (is_tok(items[k].tok, "who")) {
      who = (int)k;
    }
    if (who >= 0 || is_tok(items[k].tok, ",") || is_tok(items[k].tok, ";") ||
        is_tok(items[k].tok, "(") || is_tok(items[k].tok, ")")) {
      break;
    }
  }
  if (verb && items[j - 1].mention < 0 && is_tok(items[j - 1].tok, "who")) {
    j -= 2; /* "Bruno Salas, who plays Tom, ..." */
  } else if (who > 1) {
    j = (size_t)who - 1;
  } else {
    if (items[j].mention < 0 &&
        (is_tok(items[j].tok, "actor") || is_tok(items[j].tok, "actress"))) {
      j--;
    }
    if (items[j].mention >= 0 || !is_tok(items[j].tok, "by") || j < 3) {
      return -1;
    }
    j--;
    if (items[j].mention >= 0 ||
        !(is_tok(items[j].tok, "played") || is_tok(items[j].tok, "portrayed") ||
          is_tok(items[j].tok, "voiced"))) {
      return -1;
    }
    j--;
    if (j >= 2 && items[j].mention < 0 &&
        (is_tok(items[j].tok, "is") || is_tok(items[j].tok, "was")) &&
        is_tok(items[j - 1].tok, "who")) {
      j -= 2;
    }
  }
  /* "Luana, the youngest, who is played by Bia Okafor, lives …": past an
   * apposition of a few words */
  if (j >= 4 && items[j].mention < 0 && is_tok(items[j].tok, ",") &&
      items[j - 1].mention < 0) {
    size_t k = j - 1;
    while (k > 1 && k + 5 > j && items[k].mention < 0 &&
           !is_tok(items[k].tok, ",")) {
      k--;
    }
    if (k + 2 < j && is_tok(items[k].tok, ",") && items[k - 1].mention >= 0 &&
        is_article(items[k + 1].tok)) {
      j = k;
    }
  }
  if (items[j].mention >= 0 || !is_tok(items[j].tok, ",") || j < 1 ||
      items[j - 1].mention < 0) {
    return -1;
  }
  const char *cls = items[j - 1].cls;
  if (!cls || !(!strcmp(cls, "Name") || !strcmp(cls, "Character") ||
                !strcmp(cls, "Person"))) {
    return -1;
  }
  return (int)(j - 1);
}

/* Run rule r over d->items[0..n_items) of sentence s; with @p limit, only
 * matches starting before item @p limit count (a window's first sentence). */
static KgbStatus run_rule(Doc *d, const KgbRule *r, uint32_t s, size_t n_items,
                          size_t limit) {
  KgbStatus st = KGB_OK;
  int caps[2 * KGB_MAX_CAPTURES];
  size_t from = 0, start, end;
  if (!kgb_pattern_classes_present(r->pattern, d->ex->matcher, d->items,
                                   n_items)) {
    return KGB_OK; /* half the rules run on a sentence stop here */
  }
  while (from < limit && kgb_pattern_find(r->pattern, d->ex->matcher, d->items,
                                          n_items, from, &start, &end, caps)) {
    if (start >= limit) {
      break;
    }
    if (end == start) {
      from = start + 1;
      continue;
    }
    from = end;
    bool neg = !r->allow_negation && negated(d, d->items, start, end);
    if (d->trace) {
      uint32_t a = d->toks[d->items[start].tok_first].start;
      uint32_t b = d->toks[d->items[end - 1].tok_last - 1].end;
      fprintf(stderr, "kgb trace: sentence %u: %s%s: %.*s\n", s, r->id,
              neg ? " (negated, dropped)" : "", (int)(b - a), d->text + a);
    }
    if (neg) {
      continue;
    }
    int head = r->stage == KGB_STAGE_RELATION
                   ? clause_head(d->items, n_items, start)
                   : -1;
    for (size_t k = 0; head >= 0 && k < KGB_MAX_CAPTURES; k++) {
      if (caps[2 * k] == (int)start && caps[2 * k + 1] == (int)start + 1) {
        caps[2 * k] = head;
        caps[2 * k + 1] = head + 1;
      }
    }
    TRY(st, apply_types(d, r, d->items, caps));
    if (r->stage == KGB_STAGE_RELATION) {
      TRY(st, apply_emits(d, r, s, d->items, start, end, caps));
    }
  }
done:
  return st;
}

/* Rules with window = 2 over sentence s and the next: "Adana has hosted many
 * productions. Among them are ‘A’ and ‘B’." A match must start in s. */
static KgbStatus run_window(Doc *d, KgbStage stage, uint32_t s) {
  KgbStatus st = KGB_OK;
  size_t *cand = d->ex->candidates;
  size_t n_first, n_items, nc;
  const KgbSentence *sent = &d->sents[s];
  uint32_t last = s + 1 < d->n_sents ? d->sents[s + 1].last : sent->last;
  kgb_rules_candidates(d->rules, stage, true, d->toks + sent->first,
                       last - sent->first, NULL, d->ex->seen, cand, &nc);
  if (nc == 0) {
    goto done;
  }
  TRY(st, build_items(d, sent->first, last, &n_items));
  TRY(st, kgb_matcher_prepare(d->ex->matcher, d->vocab, d->items, n_items));
  for (n_first = 0; n_first < n_items; n_first++) {
    if (d->items[n_first].tok_first >= sent->last) {
      break;
    }
  }
  for (size_t c = 0; c < nc; c++) {
    const KgbRule *r = kgb_rules_at(d->rules, cand[c]);
    if (r->window > 1) {
      TRY(st, run_rule(d, r, s, n_items, n_first));
    }
  }
done:
  return st;
}

static KgbStatus run_stage(Doc *d, KgbStage stage) {
  KgbStatus st = KGB_OK;
  size_t *cand = d->ex->candidates;
  for (uint32_t s = 0; s < d->n_sents; s++) {
    const KgbSentence *sent = &d->sents[s];
    size_t n_items, nc;
    TRY(st, build_items(d, sent->first, sent->last, &n_items));
    TRY(st, kgb_matcher_prepare(d->ex->matcher, d->vocab, d->items, n_items));
    if (d->trace >= 2 && stage == KGB_STAGE_RELATION) {
      fprintf(stderr, "kgb trace: sentence %u%s:", s,
              sent->heading ? " (heading)" : "");
      for (size_t i = 0; i < n_items; i++) {
        const KgbItem *it = &d->items[i];
        uint32_t a = d->toks[it->tok_first].start,
                 b = d->toks[it->tok_last - 1].end;
        fprintf(stderr, it->cls ? " [%.*s/%s]" : " %.*s", (int)(b - a),
                d->text + a, it->cls);
      }
      fputc('\n', stderr);
    }
    kgb_rules_candidates(d->rules, stage, false, d->toks + sent->first,
                         sent->last - sent->first, d->ex->matcher, d->ex->seen,
                         cand, &nc);
    for (size_t c = 0; c < nc; c++) {
      const KgbRule *r = kgb_rules_at(d->rules, cand[c]);
      if (r->window <= 1) {
        TRY(st, run_rule(d, r, s, n_items, n_items));
      }
    }
    if (d->ex->has_window) {
      TRY(st, run_window(d, stage, s));
    }
    /* the context year: the last year written so far */
    for (uint32_t t = sent->first; t < sent->last; t++) {
      const KgbToken *tok = &d->toks[t];
      if ((tok->flags & KGB_TOK_NUM) && strlen(tok->lower) == 4) {
        long y = strtol(tok->lower, NULL, 10);
        if (y >= 1800 && y <= 2100) {
          d->context_year = (int)y;
        }
      }
    }
  }
done:
  return st;
}

/* ---- decisions between stages -------------------------------------------- */

/* Work means "kind unknown" (every rule about a work votes it): any vote for
 * a kind of work ("the film", "a drama series") decides the kind. */
static const char *refine_work(const Doc *d, const Group *g, const char *cls) {
  const Vote *best = NULL;
  if (!cls || strcmp(cls, "Work") != 0) {
    return cls;
  }
  for (size_t i = 0; i < g->n_votes; i++) {
    const Vote *v = &g->votes[i];
    if (strcmp(v->cls, "Work") != 0 &&
        kgb_vocab_is_a(d->vocab, v->cls, "Work") &&
        (!best || v->weight > best->weight)) {
      best = v;
    }
  }
  return best ? best->cls : cls;
}

static void decide_classes(Doc *d) {
  for (size_t g = 0; g < d->n_groups; g++) {
    if (d->groups[g].parent == (int)g) {
      d->groups[g].cls =
          refine_work(d, &d->groups[g], best_class(&d->groups[g]));
    }
  }
}

static void choose_main_work(Doc *d) {
  d->main_work = -1;
  size_t best = 0;
  for (size_t g = 0; g < d->n_groups; g++) {
    const Group *gr = &d->groups[g];
    const char *cls = gr->cls ? gr->cls : best_class(gr);
    bool work = cls ? class_in(d, cls, "Work") : gr->titled;
    if (gr->parent == (int)g && work && gr->mentions > best) {
      best = gr->mentions;
      d->main_work = (int)g;
    }
  }
}

/* ---- story: relatives, plural references, pronouns ----------------------- */
/*
 * Plot writing names people through each other: "his mother", "Defne's boss,
 * Ms. Ceyda", "their son, Oliver", "the couple". A noun of the "relative"
 * list after a possessor (a word of the "possessive" list, or a name and ’s;
 * "relative_mod" words such as "younger" may stand between) is a relative
 * mention. Once its possessor (the anchor) is resolved it becomes the entity
 * named right after it ("her husband, Tarık"), the one a copula names
 * ("Samira is their mother"), or an unnamed entity labelled after the anchor
 * ("Semih's mother"): one per anchor, relation and gender, so "his mom" later
 * is the same woman. The list's value says how the two are related:
 * "hasParent female" (anchor hasParent relative, a woman); "^bossOf" (the
 * relative is the subject: relative bossOf anchor).
 *
 * Pronouns and plural references ("they", "the two", "the couple") are
 * resolved in the same pass in text order, against the people mentioned in
 * this and the two previous sentences: the nearest one whose gender fits,
 * preferring a gender the text gave over an unknown one and a clause subject
 * over an object; an unknown gender then takes the pronoun's. A plural
 * reference stands for the last "A and B" pair of the previous sentence or
 * this one, else for the two people mentioned last. One pass, O(mentions).
 */

enum { N_RECENT = 8 };

typedef struct {
  int group;
  uint32_t sent;
  uint8_t level; ///< clause_level() of the mention
  uint32_t tok;  ///< the mention's first token
} Recent;

typedef struct {
  Recent recent[N_RECENT]; ///< most recent first, distinct groups
  size_t n_recent;
  int pair[2]; ///< the last "A and B" pair
  uint32_t pair_sent;
  int prev_person; ///< the last person-like mention, or -1
  int subject;     ///< the subject of the current clause, or -1
  uint32_t subject_sent;
  uint32_t subject_tok; ///< the subject's first token
  int carry[2]; ///< the clause subject a carrying "and" stands for (or two)
  uint32_t carry_sent;
} StoryState;

/* Could token t describe a relative noun between its possessor and it? A
 * word of the relative_mod list, a hyphen, or any other lower-case word that
 * is no function word, pronoun, possessive, relative noun or word of the
 * relative_block list ("his business partner" is no lover): "her golden
 * retriever", "his ageing sheepdog", "their recently widowed mother"; or
 * a nationality, "her German husband". */
static bool relative_modifier(const Doc *d, const KgbToken *t) {
  /* (and a nationality: "her German husband, Jonas") */
  if (in_list(d, L_RELATIVE_MOD, t, NULL) || is_tok(t, "-") ||
      in_list(d, L_DEMONYM, t, NULL)) {
    return true;
  }
  return (t->flags & KGB_TOK_WORD) &&
         !(t->flags & (KGB_TOK_CAP | KGB_TOK_NUM | KGB_TOK_POSS)) &&
         !in_list(d, L_FUNCTION_WORD, t, NULL) &&
         !in_list(d, L_RELATIVE_BLOCK, t, NULL) &&
         !in_list(d, L_PRONOUN, t, NULL) &&
         !in_list(d, L_POSSESSIVE, t, NULL) && !in_list(d, L_RELATIVE, t, NULL);
}

/* The last token of a relative noun's possessor (a possessive word or the
 * ’s after a name), skipping up to three modifiers; UINT32_MAX when there is
 * none. */
static uint32_t possessor_end(const Doc *d, uint32_t sent_first, uint32_t i) {
  uint32_t p = i;
  /* hyphens are free: "her ten-year-old daughter", "his 8-year-old son" */
  for (int k = 0; k < 3 && p > sent_first;) {
    const KgbToken *t = &d->toks[p - 1];
    bool hyphen = is_tok(t, "-");
    bool age = (t->flags & KGB_TOK_NUM) && p < i && is_tok(&d->toks[p], "-");
    /* "her mentor and boss": a noun and "and" before the relative noun */
    bool and_noun = is_tok(t, "and") && p == i && p >= sent_first + 2 &&
                    relative_modifier(d, &d->toks[p - 2]) &&
                    !in_list(d, L_RELATIVE_MOD, &d->toks[p - 2], NULL);
    if (!hyphen && !age && !and_noun && !relative_modifier(d, t)) {
      break;
    }
    k += !hyphen;
    p--;
  }
  if (p == sent_first) {
    return UINT32_MAX;
  }
  const KgbToken *t = &d->toks[p - 1];
  return in_list(d, L_POSSESSIVE, t, NULL) || (t->flags & KGB_TOK_POSS) ||
                 is_tok(t, "whose")
             ? p - 1
             : UINT32_MAX;
}

/* The token after token @p i past up to two carry_adverb words ("and later
 * moves"); sent->last when the sentence ends first. */
static uint32_t after_carry_adverbs(const Doc *d, const KgbSentence *sent,
                                    uint32_t i) {
  uint32_t j = i + 1;
  while (j < sent->last && j < i + 3 &&
         in_list(d, L_CARRY_ADVERB, &d->toks[j], NULL)) {
    j++;
  }
  return j;
}

/* Does a pair of names, "Ana and Rui", start at token @p j (past a comma)?
 * Then "the newlyweds" before it is the pair's apposition, no reference
 * ("the newlyweds Tiago and Inês move to Porto"). */
static bool pair_named_at(const Doc *d, const KgbSentence *sent, uint32_t j) {
  if (j < sent->last && is_tok(&d->toks[j], ",")) {
    j++;
  }
  if (j >= sent->last || !name_token(&d->toks[j])) {
    return false;
  }
  for (uint32_t k = j + 1; k + 1 < sent->last && k <= j + 3; k++) {
    if (is_tok(&d->toks[k], "and")) {
      return name_token(&d->toks[k + 1]);
    }
  }
  return false;
}

/* Is the word after token @p i (past carry_adverb words) an -ing form,
 * "while secretly dating Hiwot"? */
static bool ing_follows(const Doc *d, const KgbSentence *sent, uint32_t i) {
  uint32_t j = after_carry_adverbs(d, sent, i);
  if (j >= sent->last) {
    return false;
  }
  const KgbToken *v = &d->toks[j];
  size_t n = strlen(v->lower);
  return (v->flags & KGB_TOK_WORD) && !(v->flags & KGB_TOK_CAP) && n >= 5 &&
         !strcmp(v->lower + n - 3, "ing");
}

/* Does the "and" at token i join a second verb phrase to its clause's
 * subject ("Lena quits her job and moves to Oslo")? The next word, after
 * adverbs of the carry_adverb list ("and later moves"), is a lower-case
 * finite verb: an -s or -ed form or a listed irregular form ("left"), or
 * after a plural subject (@p plural: "they", "Ana and Bo") any other
 * lower-case word but an -ing or -ly one ("and move to Oslo"). */
static bool carries_subject(const Doc *d, const KgbSentence *sent, uint32_t i,
                            bool plural) {
  if (i == sent->first) {
    return false;
  }
  uint32_t j = after_carry_adverbs(d, sent, i);
  if (j >= sent->last) {
    return false;
  }
  const KgbToken *v = &d->toks[j];
  if (is_tok(v, "has") || is_tok(v, "had")) {
    return true; /* "and has quietly married her girlfriend" */
  }
  /* "and is married to Yaw", "and was secretly engaged to Mariam", "and is
   * preparing a case" (not "and was shot in Tuticorin": a work's) */
  if (is_tok(v, "is") || is_tok(v, "was")) {
    if (ing_follows(d, sent, j)) {
      return true;
    }
    static const char *const states[] = {"married",  "engaged",  "dating",
                                         "seeing",   "divorced", "separated",
                                         "pregnant", "related"};
    for (uint32_t k = j + 1; k < sent->last && k < j + 4; k++) {
      for (size_t n = 0; n < sizeof states / sizeof *states; n++) {
        if (is_tok(&d->toks[k], states[n])) {
          return true;
        }
      }
    }
    return false;
  }
  if (!(v->flags & KGB_TOK_WORD) || (v->flags & (KGB_TOK_CAP | KGB_TOK_NUM)) ||
      in_list(d, L_FUNCTION_WORD, v, NULL) || in_list(d, L_PRONOUN, v, NULL) ||
      in_list(d, L_POSSESSIVE, v, NULL) || in_list(d, L_RELATIVE, v, NULL)) {
    return false;
  }
  const char *w = v->lower;
  size_t n = strlen(w);
  if (in_list(d, L_IRREGULAR, v, NULL)) {
    return true;
  }
  if (n >= 4 && w[n - 1] == 's' &&
      !strchr("sui", w[n - 2])) { /* not "glass", "bus", "crisis" */
    return true;
  }
  if (n >= 5 && !strcmp(w + n - 2, "ed")) {
    return true;
  }
  return plural && n >= 3 && strcmp(w + n - 2, "ly") &&
         (n < 5 || strcmp(w + n - 3, "ing"));
}

/* The comma at token @p i opens the middle one of a series of verb
 * phrases, "Dana marries Marcus, moves to Atlanta, and reconnects with
 * Elijah": a later "and" carries the subject too. */
static bool serial_verb(const Doc *d, const KgbSentence *sent, uint32_t i) {
  for (uint32_t k = i + 2; k < sent->last; k++) {
    if (is_tok(&d->toks[k], ";") || is_tok(&d->toks[k], ":")) {
      return false;
    }
    if (is_tok(&d->toks[k], "and") && is_tok(&d->toks[k - 1], ",") &&
        carries_subject(d, sent, k, false)) {
      return true;
    }
  }
  return false;
}

/* A name at token @p j, or after a comma that ends a short phrase opening
 * with a function word at @p j ("from a previous marriage, Pihla"). */
static bool name_follows(const Doc *d, const KgbSentence *sent, uint32_t j) {
  for (uint32_t k = j; k < sent->last && k < j + 6; k++) {
    const KgbToken *t = &d->toks[k];
    if (t->flags & KGB_TOK_CAP) {
      return k == j;
    }
    if (is_tok(t, ",")) {
      return k + 1 < sent->last && (d->toks[k + 1].flags & KGB_TOK_CAP);
    }
    if (t->flags & KGB_TOK_PUNCT) {
      return false;
    }
    if (k == j && !in_list(d, L_FUNCTION_WORD, t, NULL)) {
      return false; /* "sister city": a noun the relative word describes */
    }
  }
  return false;
}

/* Token @p i is "worker" in "co-worker" (the list's "co-worker" is three
 * tokens in the text). */
static bool co_worker(const Doc *d, uint32_t i) {
  return i >= 2 &&
         (is_tok(&d->toks[i], "worker") || is_tok(&d->toks[i], "workers")) &&
         is_tok(&d->toks[i - 1], "-") && is_tok(&d->toks[i - 2], "co");
}

/* Token @p t is a kin noun in the plural: "daughters", "brothers". */
static bool kin_plural(const KgbToken *t) {
  static const char *const plural[] = {
      "daughters", "sons",     "brothers", "sisters",
      "children",  "siblings", "kids",     "babies",
      "boys",      "girls",    "parents",  "grandchildren"};
  for (size_t k = 0; k < sizeof plural / sizeof *plural; k++) {
    if (is_tok(t, plural[k])) {
      return true;
    }
  }
  return false;
}

/* Relative nouns with a possessor, and "the two"-like plural references, as
 * mentions (tokens no other mention covers). Linear in the tokens. */
static KgbStatus find_story_mentions(Doc *d) {
  KgbStatus st = KGB_OK;
  unsigned char *covered = calloc(d->n_toks ? d->n_toks : 1, 1);
  if (!covered) {
    return KGB_ERR_NOMEM;
  }
  for (size_t m = 0; m < d->n_ments; m++) {
    memset(covered + d->ments[m].first, 1,
           d->ments[m].last - d->ments[m].first);
  }
  for (uint32_t s = 0; s < d->n_sents; s++) {
    const KgbSentence *sent = &d->sents[s];
    bool plural = false; /* a plural subject so far: "they", "A and B" */
    for (uint32_t i = sent->first; i < sent->last && !sent->heading; i++) {
      const KgbToken *t = &d->toks[i];
      const char *pv = NULL;
      plural |=
          (in_list(d, L_PRONOUN, t, &pv) && pv && !strcmp(pv, "plural")) ||
          in_list(d, L_PLURAL_REF, t, NULL) ||
          (is_tok(t, "and") && i > sent->first && i + 1 < sent->last &&
           (d->toks[i - 1].flags & KGB_TOK_CAP) &&
           (d->toks[i + 1].flags & KGB_TOK_CAP));
      if (covered[i]) {
        continue;
      }
      /* "the two", but not "the two-part drama" */
      if (is_tok(t, "the") && i + 1 < sent->last && !covered[i + 1] &&
          in_list(d, L_PLURAL_REF, &d->toks[i + 1], NULL) &&
          !(i + 2 < sent->last && is_tok(&d->toks[i + 2], "-") &&
            !(d->toks[i + 2].flags & KGB_TOK_SPACE)) &&
          !pair_named_at(d, sent, i + 2)) {
        Mention m = {s,
                     i,
                     i + 2,
                     M_PRONOUN,
                     NULL,
                     NULL,
                     d->toks[i + 1].lower,
                     d->toks[i + 1].lower,
                     "plural",
                     -1};
        TRY(st, add_mention(d, &m));
        i++;
        continue;
      }
      /* "… clashes with Ilona but quickly befriends Réka"; "…, while
       * secretly dating Hiwot" */
      bool and = is_tok(t, "and") || is_tok(t, "but");
      if (((and || is_tok(t, ",")) && carries_subject(d, sent, i, plural) &&
           (and || serial_verb(d, sent, i))) ||
          (is_tok(t, "while") && ing_follows(d, sent, i))) {
        Mention m = {s,    i,        i + 1,    M_PRONOUN, NULL,
                     NULL, t->lower, t->lower, "carry",   -1};
        TRY(st, add_mention(d, &m));
        continue;
      }
      uint32_t pe = UINT32_MAX;
      if (!(in_list(d, L_RELATIVE, t, NULL) || co_worker(d, i)) ||
          ((t->flags & KGB_TOK_CAP) && i > sent->first) ||
          (pe = possessor_end(d, sent->first, i)) == UINT32_MAX) {
        continue;
      }
      /* "Kate, whose husband, Mark, …", "whose son Tom", "whose daughter
       * from a previous marriage, Pihla,": a name follows; not "Lyon, whose
       * sister city, Porto" */
      if (is_tok(&d->toks[pe], "whose") && !name_follows(d, sent, i + 1)) {
        continue;
      }
      /* "her ex-husband": "ex" modifies the noun after the hyphen */
      if (i + 2 < sent->last && is_tok(&d->toks[i + 1], "-") &&
          in_list(d, L_RELATIVE, &d->toks[i + 2], NULL)) {
        continue;
      }
      /* "his mother-in-law": no parent */
      if (i + 3 < sent->last && is_tok(&d->toks[i + 1], "-") &&
          is_tok(&d->toks[i + 2], "in") && is_tok(&d->toks[i + 3], "-")) {
        continue;
      }
      /* "his twin daughters", "her twin sister": "twin" modifies the noun */
      if (i + 1 < sent->last && in_list(d, L_RELATIVE_MOD, t, NULL) &&
          (in_list(d, L_RELATIVE, &d->toks[i + 1], NULL) ||
           kin_plural(&d->toks[i + 1]))) {
        continue;
      }
      Mention m = {s,    i,        i + 1,    M_RELATIVE, NULL,
                   NULL, t->lower, t->lower, NULL,       -1};
      TRY(st, add_mention(d, &m));
    }
  }
done:
  free(covered);
  return st;
}

static bool person_class(const Doc *d, const Group *g, int kind) {
  const char *cls = g->cls ? g->cls : best_class(g);
  return cls ? class_in(d, cls, "Character|Person")
             : kind == M_NAME || kind == M_PRONOUN;
}

/* Does the gazetteer know group @p g's name as a small town (fewer than
 * KGB_SMALL_TOWN people)? Its first reading may be a province of another
 * country the town shares its name with ("Duarte", "Kent"). Linear in the
 * name's places. */
static bool small_town_name(const Doc *d, const Group *g) {
  size_t n = 0;
  const KgbPlace *pl = kgb_places_find(kgb_rules_places(d->rules), g->key, &n);
  if (!pl ||
      (strcmp(pl->cls, "City") && strcmp(pl->cls, "AdministrativeArea"))) {
    return false;
  }
  for (size_t k = 0; k < n; k++) {
    if (!strcmp(pl[k].cls, "City")) {
      return pl[k].population < KGB_SMALL_TOWN;
    }
  }
  return false;
}

/* A one-word name the gazetteer knows only as a town ("Mira", "Lucas") may
 * still be a person when the text treats it as one. */
static bool town_name(const Group *g) {
  const char *cls = g->cls ? g->cls : best_class(g);
  return g->place && cls && !strcmp(cls, "City") && !strchr(g->key, ' ');
}

static bool person_capable(const Doc *d, const Group *g, int kind) {
  return person_class(d, g, kind) || (kind == M_NAME && town_name(g));
}

/* A lower-case word of list @p list ("nurse"; "retired", "police"). */
static bool trade_word(const Doc *d, const KgbToken *t, int list) {
  return (t->flags & KGB_TOK_WORD) && !(t->flags & KGB_TOK_CAP) &&
         in_list(d, list, t, NULL);
}

/* How a person mention at token i stands in its clause: 0 at the start of
 * the sentence or of a main clause (after ";", ":" or ", and"), 1 at the
 * start of another clause (after a comma or a "clause_opener" word such as
 * "when" or "that"; after ", and", whose value is "main", a main one), 2
 * elsewhere (an object). An honorific or a trade before the name counts as
 * the name.
 * Pronouns prefer subjects, main clauses first. */
static uint8_t clause_level(const Doc *d, uint32_t sent_first, uint32_t i) {
  if (i > sent_first && is_tok(&d->toks[i - 1], ".")) {
    i--;
  }
  bool titled = false;
  if (i > sent_first && in_list(d, L_HONORIFIC, &d->toks[i - 1], NULL)) {
    i--;
    titled = true;
  }
  /* "…, nurse Carmela Reyes leaves …", "junior doctor Park": so does a
   * lower-case trade before it, with its describing words */
  if (!titled && i > sent_first &&
      trade_word(d, &d->toks[i - 1], L_OCCUPATION)) {
    i--;
    titled = true;
  }
  for (int n = 0; titled && n < 2 && i > sent_first &&
                  trade_word(d, &d->toks[i - 1], L_OCCUPATION_MOD);
       n++) {
    i--;
  }
  if (i == sent_first || (d->toks[i - 1].flags & KGB_TOK_OPENQ)) {
    return 0;
  }
  const KgbToken *p = &d->toks[i - 1];
  const char *opener = NULL;
  if (is_tok(p, ";") || is_tok(p, ":") ||
      (i - 1 > sent_first && is_tok(&d->toks[i - 2], ",") &&
       in_list(d, L_CLAUSE_OPENER, p, &opener) && opener &&
       !strcmp(opener, "main"))) {
    return 0;
  }
  /* "lives with her sister Emi and Emi's husband": an "and" right after a
   * name or a relative noun joins people, not clauses (not after a town:
   * "Ana moves to Lisbon and Tom follows her") */
  if (is_tok(p, "and") && i - 1 > sent_first) {
    const KgbToken *q = &d->toks[i - 2];
    if (((q->flags & KGB_TOK_CAP) && (q->flags & KGB_TOK_WORD) &&
         !known_place_word(d, q)) ||
        in_list(d, L_RELATIVE, q, NULL)) {
      return 2;
    }
  }
  return is_tok(p, ",") || in_list(d, L_CLAUSE_OPENER, p, NULL) ? 1 : 2;
}

/* An object pronoun: him, them, or "her" not followed by its noun. */
static bool object_pronoun(const Doc *d, const Mention *m) {
  const KgbToken *t = &d->toks[m->first];
  /* "Maya Lin is his wife": a possessive after a copula is not the subject's */
  if (m->first > d->sents[m->sent].first && in_list(d, L_POSSESSIVE, t, NULL) &&
      in_list(d, L_COPULA, &d->toks[m->first - 1], NULL)) {
    /* but "her closest ally is her colleague Bisola": the subject is a
     * relative of the same possessor */
    uint32_t k = m->first - 1;
    while (k > d->sents[m->sent].first && k + 5 > m->first &&
           (d->toks[k - 1].flags & KGB_TOK_WORD) &&
           !(d->toks[k - 1].flags & (KGB_TOK_CAP | KGB_TOK_POSS)) &&
           !in_list(d, L_POSSESSIVE, &d->toks[k - 1], NULL)) {
      k--;
    }
    /* (or a name's: "Adaeze's closest ally is her university friend") */
    return !(k + 1 < m->first && k > d->sents[m->sent].first &&
             ((d->toks[k - 1].flags & KGB_TOK_POSS) ||
              (in_list(d, L_POSSESSIVE, &d->toks[k - 1], NULL) &&
               is_tok(&d->toks[k - 1], t->lower))));
  }
  if (!in_list(d, L_OBJECT_PRONOUN, t, NULL)) {
    return false;
  }
  if (!in_list(d, L_POSSESSIVE, t, NULL)) {
    return true;
  }
  uint32_t last = d->sents[m->sent].last;
  /* "her on-off boyfriend": modifiers, then a relative noun */
  uint32_t j = m->last;
  while (j < last && j < m->last + 3 &&
         (in_list(d, L_RELATIVE_MOD, &d->toks[j], NULL) ||
          is_tok(&d->toks[j], "-"))) {
    j++;
  }
  if (j > m->last && j < last && in_list(d, L_RELATIVE, &d->toks[j], NULL)) {
    return false;
  }
  return m->last >= last || (d->toks[m->last].flags & KGB_TOK_PUNCT) ||
         in_list(d, L_FUNCTION_WORD, &d->toks[m->last], NULL);
}

/* The first token of the subordinate clause ("that", "because", "when" …:
 * list clause_opener, not a "main" one) that token @p i is in, or
 * UINT32_MAX. */
static uint32_t subordinate_start(const Doc *d, uint32_t sent_first,
                                  uint32_t i) {
  for (uint32_t t = i; t-- > sent_first;) {
    const char *opener = NULL;
    if (is_tok(&d->toks[t], ",") || is_tok(&d->toks[t], ";")) {
      return UINT32_MAX;
    }
    if (in_list(d, L_CLAUSE_OPENER, &d->toks[t], &opener)) {
      return opener && !strcmp(opener, "main") ? UINT32_MAX : t + 1;
    }
  }
  return UINT32_MAX;
}

/* The number of tokens (1 to 4) of a copula_phrase entry ("is", "has
 * been", "turns out to be") that ends right before token @p f and starts at
 * or after token @p lo; 0 when none. The longest entry wins. */
static uint32_t copula_phrase_len(const Doc *d, uint32_t lo, uint32_t f) {
  char buf[64];
  for (uint32_t n = 4; n >= 1; n--) {
    if (f < lo + n) {
      continue;
    }
    size_t len = 0;
    bool fits = true;
    for (uint32_t i = f - n; i < f && fits; i++) {
      size_t w = strlen(d->toks[i].lower);
      fits = len + w + 2 <= sizeof buf;
      if (fits) {
        if (len) {
          buf[len++] = ' ';
        }
        memcpy(buf + len, d->toks[i].lower, w);
        len += w;
      }
    }
    buf[len] = '\0';
    if (fits && key_in_list(d, L_COPULA_PHRASE, buf)) {
      return n;
    }
  }
  return 0;
}

/// Is @p t an indefinite article, "a" or "an"?
static bool indefinite(const KgbToken *t) {
  return is_tok(t, "a") || is_tok(t, "an");
}

/* Tokens [t, end) are ", the colleague who eventually becomes" (an
 * article and up to three lower-case words, "who", up to two more, then
 * "is", "was", "becomes" or "became"): a relative clause that says what the
 * name before t is to someone ("Timo, the colleague who eventually becomes
 * her boyfriend"). */
static bool who_becomes(const Doc *d, uint32_t t, uint32_t end) {
  if (t + 3 > end || !is_tok(&d->toks[t], ",")) {
    return false;
  }
  t++;
  if (is_article(&d->toks[t])) {
    for (uint32_t k = 0; k < 4 && t + 1 < end && !is_tok(&d->toks[t], "who");
         k++) {
      t++;
      if (!(d->toks[t].flags & KGB_TOK_WORD) ||
          (d->toks[t].flags & KGB_TOK_CAP)) {
        return false;
      }
    }
  }
  if (!is_tok(&d->toks[t], "who")) {
    return false;
  }
  uint32_t who = t;
  for (uint32_t k = 0; k < 4 && ++t < end; k++) {
    const KgbToken *w = &d->toks[t];
    if (t + 1 == end) {
      /* "who has been his boss", "who happens to be her boss", "who turns
       * out to be his half-brother" (list copula_phrase; not "who wants to
       * be her boss"); "who has long been" */
      const KgbToken *v = &d->toks[t - 1];
      return copula_phrase_len(d, who + 1, end) > 0 ||
             (is_tok(w, "been") && t > who + 2 &&
              (is_tok(&d->toks[t - 2], "has") ||
               is_tok(&d->toks[t - 2], "had")) &&
              (v->flags & KGB_TOK_WORD));
    }
    if (!(w->flags & KGB_TOK_WORD) || (w->flags & KGB_TOK_CAP)) {
      return false;
    }
  }
  return false;
}

/* Tokens [t, end) are ", the new girlfriend of": an apposition whose "of"
 * phrase goes on with a possessive ("Hsiao-mei, the new girlfriend of her
 * ex-husband": her is not Hsiao-mei's). */
static bool the_noun_of(const Doc *d, uint32_t t, uint32_t end) {
  if (t + 4 > end || !is_tok(&d->toks[t], ",") ||
      !is_article(&d->toks[t + 1]) || !is_tok(&d->toks[end - 1], "of") ||
      end > t + 7) {
    return false;
  }
  for (uint32_t k = t + 2; k + 1 < end; k++) {
    if (!(d->toks[k].flags & KGB_TOK_WORD) ||
        (d->toks[k].flags & KGB_TOK_CAP)) {
      return false;
    }
  }
  return true;
}

/* Token @p t is "and" before "the" or "a" ("Sudha, his wife and the
 * mother of Meera": one apposition, not a list of people). */
static bool and_the(const Doc *d, uint32_t t, uint32_t end) {
  return t + 1 < end && is_tok(&d->toks[t], "and") &&
         is_article(&d->toks[t + 1]);
}

/* Mention @p mi is a possessive pronoun opening an apposition to the person
 * named just before it ("Elena, his estranged wife."; "Tom, her brother
 * Jim, …"), whose possessor is someone else; not a list ("Tom, his wife and
 * their children": Tom's). */
static bool appositive_possessive(const Doc *d, const StoryState *ss,
                                  size_t mi) {
  const Mention *m = &d->ments[mi];
  if (ss->prev_person < 0 || m->first == 0 || mi + 1 >= d->n_ments ||
      !in_list(d, L_POSSESSIVE, &d->toks[m->first], NULL)) {
    return false;
  }
  const Mention *p = &d->ments[ss->prev_person];
  const Mention *r = &d->ments[mi + 1];
  if (p->sent != m->sent ||
      ((p->last + 1 != m->first || !is_tok(&d->toks[p->last], ",")) &&
       !who_becomes(d, p->last, m->first) &&
       !the_noun_of(d, p->last, m->first)) ||
      p->kind != M_NAME || r->kind != M_RELATIVE || r->sent != m->sent) {
    return false;
  }
  for (uint32_t t = m->last; t < r->first; t++) {
    if (!in_list(d, L_RELATIVE_MOD, &d->toks[t], NULL) &&
        !is_tok(&d->toks[t], "-") && !(d->toks[t].flags & KGB_TOK_WORD)) {
      return false; /* only modifiers between: "his estranged wife" */
    }
  }
  uint32_t last = d->sents[m->sent].last;
  return r->last >= last ||
         !(is_tok(&d->toks[r->last], "and") ||
           is_tok(&d->toks[r->last], "or") || is_tok(&d->toks[r->last], "&")) ||
         and_the(d, r->last, last);
}

/* The group of the name whose relative clause ("who", or a participle
 * phrase when @p participles) holds the possessive pronoun @p mi, with no
 * one named in the clause before the pronoun; -1 otherwise. *@p open: the
 * clause's first token. */
static int possessive_clause_head(Doc *d, size_t mi, bool participles,
                                  uint32_t *open) {
  const Mention *m = &d->ments[mi];
  uint32_t sf = d->sents[m->sent].first, c = m->first;
  if (!in_list(d, L_POSSESSIVE, &d->toks[m->first], NULL)) {
    return -1;
  }
  while (c > sf && !is_tok(&d->toks[c - 1], ",")) {
    c--;
    if (is_tok(&d->toks[c], ";") || is_tok(&d->toks[c], "(") ||
        is_tok(&d->toks[c], ")")) {
      return -1;
    }
  }
  if (c <= sf + 1 || c >= m->first) {
    return -1;
  }
  const KgbToken *o = &d->toks[c];
  size_t len = o->end - o->start;
  bool participle = participles && len > 4 && (o->flags & KGB_TOK_WORD) &&
                    !memcmp(d->text + o->end - 3, "ing", 3);
  if (!is_tok(o, "who") && !participle) {
    return -1;
  }
  /* no one named in the clause before the pronoun: in "Kwesi, digging into
   * Sarpong's accounts for his newspaper" the pronoun is Kwesi's */
  if (mi > 0 && d->ments[mi - 1].first >= c &&
      d->ments[mi - 1].sent == m->sent) {
    return -1;
  }
  *open = c;
  for (size_t k = mi; k-- > 0 && d->ments[k].sent == m->sent;) {
    if (d->ments[k].last == c - 1) {
      return d->ments[k].kind == M_NAME && d->ments[k].group >= 0
                 ? find_group(d, d->ments[k].group)
                 : -1;
    }
  }
  return -1;
}

/* The group of the name whose relative clause or participle phrase holds
 * the possessive pronoun @p mi ("Valentina, falling for his older brother",
 * "Anya, who grew up with his sister"), when that name has no gender yet
 * and a person the text gave the pronoun's gender (an honorific, a kin noun,
 * pronouns of that gender only) was named before the clause: the pronoun
 * is more likely that person's. -1 otherwise. */
static int genderless_clause_head(Doc *d, const StoryState *ss, size_t mi) {
  const Mention *m = &d->ments[mi];
  bool female = !strcmp(m->gender, "female");
  uint32_t c = 0;
  int head = possessive_clause_head(d, mi, true, &c);
  if (head < 0 || d->groups[head].gender || d->groups[head].heard[female]) {
    return -1;
  }
  for (size_t k = 0; k < ss->n_recent; k++) {
    const Group *g = &d->groups[find_group(d, ss->recent[k].group)];
    /* named before the clause, not in it */
    bool before = ss->recent[k].sent < m->sent || ss->recent[k].tok < c;
    if (ss->recent[k].sent + 2 >= m->sent && before &&
        find_group(d, ss->recent[k].group) != head && !g->unnamed &&
        (g->gender ? !strcmp(g->gender, m->gender)
                   : g->heard[female] && !g->heard[!female])) {
      return head;
    }
  }
  return -1;
}

/* The name whose "who" clause holds the possessive pronoun @p mi, when its
 * gender is the pronoun's or unknown (and no pronoun of the other gender
 * only stood for it): "She meets Kofi, who lost his job" (Kofi's job, not
 * hers). -1 otherwise. */
static int who_clause_owner(Doc *d, size_t mi) {
  const Mention *m = &d->ments[mi];
  bool female = !strcmp(m->gender, "female");
  uint32_t c = 0;
  int head = possessive_clause_head(d, mi, false, &c);
  if (head < 0 || !person_class(d, &d->groups[head], M_NAME)) {
    return -1;
  }
  const Group *g = &d->groups[head];
  return (g->gender ? !strcmp(g->gender, m->gender)
                    : !g->heard[!female] || g->heard[female])
             ? head
             : -1;
}

/* Token @p t is a verb of acting: "plays", "portrayed", "voices" (list
 * acting_verb, cast.rules' ACT_VERB), or "stars" before "as" or "in". */
static bool acting_verb(const Doc *d, uint32_t t) {
  if (t + 1 >= d->n_toks) {
    return false;
  }
  if (in_list(d, L_ACTING_VERB, &d->toks[t], NULL)) {
    return true;
  }
  return (is_tok(&d->toks[t], "stars") || is_tok(&d->toks[t], "starred")) &&
         (is_tok(&d->toks[t + 1], "as") || is_tok(&d->toks[t + 1], "in"));
}

/* Mention @p mi is a possessive pronoun before a relative noun after "as"
 * or a verb of acting in its sentence ("Igor Petrov as her son", "Mette
 * Dahl plays his daughter", "A, B and C star as three siblings who fight
 * over their late father's farm"): when it stands for a real person, the
 * relative is a role's, never the actor's. */
static bool cast_possessive(const Doc *d, size_t mi) {
  const Mention *m = &d->ments[mi];
  uint32_t sf = d->sents[m->sent].first;
  if (mi + 1 >= d->n_ments || d->ments[mi + 1].kind != M_RELATIVE ||
      d->ments[mi + 1].sent != m->sent ||
      !in_list(d, L_POSSESSIVE, &d->toks[m->first], NULL)) {
    return false;
  }
  for (uint32_t t = sf; t < m->first; t++) {
    const KgbToken *v = &d->toks[t];
    if (is_tok(v, "as") || is_tok(v, "play") || is_tok(v, "portray") ||
        is_tok(v, "voice") || acting_verb(d, t)) {
      return true;
    }
  }
  return false;
}

/* Group @p g is a real person (typed so by the entity stage). */
static bool real_person(const Doc *d, int g) {
  const Group *pg = &d->groups[find_group((Doc *)d, g)];
  return pg->cls && !strcmp(pg->cls, "Person");
}

static void story_push(StoryState *ss, int g, uint32_t sent, uint8_t level,
                       uint32_t tok) {
  size_t k = 0;
  while (k < ss->n_recent && ss->recent[k].group != g) {
    k++;
  }
  /* (only a slot that held g: a new one holds nothing yet) */
  if (k < ss->n_recent && ss->recent[k].sent == sent &&
      ss->recent[k].level < level) {
    level = ss->recent[k].level; /* a subject earlier in the sentence */
  }
  if (k == ss->n_recent && ss->n_recent < N_RECENT) {
    ss->n_recent++;
  }
  if (k == N_RECENT) {
    k = N_RECENT - 1;
  }
  memmove(&ss->recent[1], &ss->recent[0], k * sizeof ss->recent[0]);
  ss->recent[0] = (Recent){g, sent, level, tok};
  if (level < 2) {
    ss->subject = g;
    ss->subject_sent = sent;
    ss->subject_tok = tok;
  }
}

/* "When his older brother Nima dies, Pemba leaves …": a possessive with no
 * one before it stands for the first name that opens a clause after the
 * next comma of its sentence; -1 when none. A name between two commas is
 * more likely the relative's own ("When his brother from Kumasi, Kofi,
 * dies, Yaw …"): a later such name is preferred, else it is taken ("When
 * his wife dies, Yaw, a fisherman, …"). */
static int cataphora(Doc *d, size_t mi) {
  const Mention *m = &d->ments[mi];
  uint32_t sf = d->sents[m->sent].first, end = d->sents[m->sent].last;
  int between = -1; /* a name between commas met first */
  if (!in_list(d, L_POSSESSIVE, &d->toks[m->first], NULL)) {
    return -1;
  }
  /* "His boss at the bank, Mr. Tanaka, humiliates Kenji": a relative noun
   * opening the sentence names its own person in apposition; the possessor
   * is the next person named (of no other gender) */
  if (m->first == sf && mi + 1 < d->n_ments &&
      d->ments[mi + 1].kind == M_RELATIVE &&
      d->ments[mi + 1].first >= m->last &&
      d->ments[mi + 1].first <= m->last + 2) {
    uint32_t own = 0; /* past the relative's own name and its comma */
    for (size_t k = mi + 2; k < d->n_ments && d->ments[k].sent == m->sent;
         k++) {
      const Mention *n = &d->ments[k];
      const Group *g =
          n->group >= 0 ? &d->groups[find_group(d, n->group)] : NULL;
      if (n->kind != M_NAME || !g || !person_class(d, g, M_NAME) ||
          town_name(g)) {
        continue;
      }
      if (!own) {
        if (n->last >= end || !is_tok(&d->toks[n->last], ",") ||
            clause_level(d, sf, n->first) > 1) {
          return -1;
        }
        own = n->last + 1;
        continue;
      }
      /* the first name of the clause right after the apposition: "…,
       * fires Bola" (not "…, lives in Ibadan with Funmi") */
      for (uint32_t t = own; t < n->first; t++) {
        if (!(d->toks[t].flags & KGB_TOK_WORD) ||
            (d->toks[t].flags & KGB_TOK_CAP) || is_tok(&d->toks[t], "who")) {
          return -1;
        }
      }
      return !g->gender || !strcmp(g->gender, m->gender)
                 ? find_group(d, n->group)
                 : -1;
    }
    return -1;
  }
  for (size_t k = mi + 1; k < d->n_ments && d->ments[k].sent == m->sent; k++) {
    const Mention *n = &d->ments[k];
    uint32_t c = n->first - 1;
    /* (not the relative's own name: "her husband, Ramón (…), Elvira …") */
    if (n->first <= m->last || c >= end || !is_tok(&d->toks[c], ",") ||
        in_list(d, L_RELATIVE, &d->toks[c - 1], NULL)) {
      continue;
    }
    if (n->kind == M_NAME && n->group >= 0 &&
        person_class(d, &d->groups[find_group(d, n->group)], M_NAME) &&
        !town_name(&d->groups[find_group(d, n->group)]) &&
        clause_level(d, sf, n->first) <= 1) {
      if (between < 0 && n->last < end && is_tok(&d->toks[n->last], ",")) {
        between = find_group(d, n->group);
        continue;
      }
      return find_group(d, n->group);
    }
    return between; /* only the first name after a comma */
  }
  return between;
}

/* Are @p a and @p b pronouns of the two genders, "he … her", "she … his"
 * (list `pronoun`)? */
static bool pronouns_crossed(const Doc *d, const KgbToken *a,
                             const KgbToken *b) {
  const char *ga = NULL, *gb = NULL;
  return in_list(d, L_PRONOUN, a, &ga) && in_list(d, L_PRONOUN, b, &gb) && ga &&
         gb && (!strcmp(ga, "male") || !strcmp(ga, "female")) &&
         (!strcmp(gb, "male") || !strcmp(gb, "female")) && strcmp(ga, gb);
}

/* Is token @p tok inside brackets opened in its sentence (from @p sf)? */
static bool in_brackets(const Doc *d, uint32_t sf, uint32_t tok) {
  for (uint32_t t = tok; t-- > sf;) {
    if (is_tok(&d->toks[t], ")")) {
      return false;
    }
    if (is_tok(&d->toks[t], "(")) {
      return true;
    }
  }
  return false;
}

/* Does a subordinating word ("until", "when"; list clause_opener without
 * the value "main") open a clause between tokens @p from and @p to? "Yuki
 * lives with Emi until a job offer takes her to Tokyo": her may be Yuki. */
static bool subordinate_between(const Doc *d, uint32_t from, uint32_t to) {
  for (uint32_t t = from + 1; t < to; t++) {
    const char *value = NULL;
    if (in_list(d, L_CLAUSE_OPENER, &d->toks[t], &value) && !value) {
      return true;
    }
  }
  return false;
}

/* The mention at token @p tok fills a role's slot: after "as", a verb of
 * acting or "the role of" (past a capitalised title: "as Detective
 * Mori"). */
static bool role_slot(const Doc *d, uint32_t tok) {
  if (tok == 0) {
    return false;
  }
  uint32_t t = tok - 1;
  if (t > 0 && (d->toks[t].flags & KGB_TOK_CAP) &&
      (d->toks[t].flags & KGB_TOK_WORD)) {
    t--; /* "Detective", "Inspector" */
  }
  return is_tok(&d->toks[t], "as") || acting_verb(d, t) ||
         (t > 0 && is_tok(&d->toks[t], "of") &&
          is_tok(&d->toks[t - 1], "role"));
}

/* The antecedent of a he/she pronoun in sentence cur, or -1. A subject
 * named at or after token @p clause (the start of the pronoun's subordinate
 * clause; UINT32_MAX: none) is its clause's own: "Kemal tells Aylin that
 * Orhan still loves his former wife" (Orhan's wife). A pronoun before a verb
 * of acting (@p actor: "she plays Bridget") is about a real person first;
 * the possessor of a role (@p role: "B plays his daughter") is a character. */
static int pick_antecedent(Doc *d, const StoryState *ss, const char *gender,
                           uint32_t cur, int exclude, uint32_t clause,
                           bool actor, bool role) {
  int best = -1;
  uint32_t best_score = UINT32_MAX;
  for (size_t k = 0; k < ss->n_recent; k++) {
    const Recent *r = &ss->recent[k];
    if (r->sent + 2 < cur) {
      continue;
    }
    const Group *g = &d->groups[find_group(d, r->group)];
    bool known = g->gender && !strcmp(g->gender, gender);
    const char *cls = g->cls ? g->cls : best_class(g);
    if ((g->gender && !known && !g->learned) ||
        find_group(d, r->group) == exclude ||
        (role && !(cls && !strcmp(cls, "Character")))) {
      continue;
    }
    /* a gender learned from pronouns, or one only pronouns of the other
     * gender were resolved to (twice), only weighs against the candidate */
    bool female = !strcmp(gender, "female");
    bool against =
        g->gender ? !known : g->heard[!female] >= 2 && !g->heard[female];
    /* the own clause's subject, but not one a pronoun of the other gender
     * already stands for: "Ewa discovers that he has been seeing her sister"
     * (Ewa's) */
    uint32_t own = r->sent == cur && r->tok >= clause && r->level <= 1 &&
                           !(g->heard[!female] && !g->heard[female])
                       ? 2
                       : 0;
    /* plot pronouns are about characters more than about real people, and
     * about named people more than about "his father" */
    bool person = g->cls && !strcmp(g->cls, "Person");
    /* a name of this sentence that pronouns of this gender (only) already
     * stood for counts as one of this gender: "Jana answers to her boss …
     * becomes her boyfriend" */
    bool heard =
        !g->gender && r->sent == cur && g->heard[female] && !g->heard[!female];
    uint32_t score = (cur - r->sent) * 2 + !(known || heard) + r->level + 2 -
                     own + 3 * (role && !role_slot(d, r->tok)) +
                     2 * (actor ? !person : person) + 2 * g->unnamed +
                     2 * town_name(g) + 3 * against;
    if (score < best_score) {
      best_score = score;
      best = find_group(d, r->group);
    }
  }
  return best;
}

/* The two people mentioned last in sentence @p cur or the two before it:
 * pass 0 named characters, pass 1 named people, pass 2 anyone. */
static bool recent_two(Doc *d, const StoryState *ss, uint32_t cur, int pass,
                       int out[2]) {
  size_t n = 0;
  for (size_t k = 0; k < ss->n_recent && n < 2; k++) {
    if (ss->recent[k].sent + 2 >= cur) {
      int g = find_group(d, ss->recent[k].group);
      const char *cls =
          d->groups[g].cls ? d->groups[g].cls : best_class(&d->groups[g]);
      if ((pass < 2 && d->groups[g].unnamed) ||
          (pass == 0 && cls && !strcmp(cls, "Person"))) {
        continue;
      }
      if (n == 0 || out[0] != g) {
        out[n++] = g;
      }
    }
  }
  /* "Maya is played by Hala Nassar. Their father …": a character and
   * an actor are no pair */
  return n == 2 && real_person(d, out[0]) == real_person(d, out[1]);
}

/* "the couple", "the newlyweds", "the lovers" (mention @p mi) after a verb
 * of marrying or dating in its sentence: the person named last before the
 * verb and the first other one after it ("Omar, an engineer who marries his
 * sweetheart Nour against the wishes of her father, Hajj Mahmoud; the
 * newlyweds …": Omar and Nour, not Nour and her father). */
static bool couple_pair(Doc *d, size_t mi, int out[2]) {
  static const char *const verbs[] = {"marries", "married", "weds",
                                      "wed",     "dates",   "dating"};
  const Mention *m = &d->ments[mi];
  const char *value = NULL; /* plural_ref entries of value "couple" */
  if (!in_list(d, L_PLURAL_REF, &d->toks[m->last - 1], &value) || !value ||
      strcmp(value, "couple")) {
    return false;
  }
  uint32_t sf = d->sents[m->sent].first, verb = UINT32_MAX;
  for (uint32_t t = m->first; t-- > sf && verb == UINT32_MAX;) {
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++) {
      if (is_tok(&d->toks[t], verbs[k])) {
        verb = t;
      }
    }
  }
  if (verb == UINT32_MAX) {
    return false;
  }
  out[0] = out[1] = -1;
  size_t first = mi; /* the sentence's first mention */
  while (first > 0 && d->ments[first - 1].sent == m->sent) {
    first--;
  }
  for (size_t k = first; k < mi; k++) {
    const Mention *p = &d->ments[k];
    int g = p->group >= 0 ? find_group(d, p->group) : -1;
    if (g < 0 || !person_class(d, &d->groups[g], p->kind) ||
        town_name(&d->groups[g])) {
      continue; /* (not "an engineer from Alexandria") */
    }
    if (p->first < verb) {
      out[0] = g; /* the last one before the verb */
    } else if (out[0] >= 0 && g != out[0]) {
      out[1] = g; /* the first other one after it */
      break;
    }
  }
  return out[0] >= 0 && out[1] >= 0 && out[0] != out[1];
}

/* The two people a plural reference in sentence cur stands for. */
static bool pick_pair(Doc *d, const StoryState *ss, uint32_t cur, int out[2]) {
  /* "Lily marries Bo's friend Tom, and the two ...": this clause's subject
   * and the last one named after it, over an older pair */
  if (ss->carry[0] >= 0 && ss->carry[1] < 0 && ss->carry_sent == cur &&
      (ss->pair[0] < 0 || ss->pair_sent != cur)) {
    int subject = find_group(d, ss->carry[0]);
    for (size_t k = 0; k < ss->n_recent && ss->recent[k].sent == cur; k++) {
      int g = find_group(d, ss->recent[k].group);
      /* "Samir (Elie Chamoun) … their father": not the actor */
      if (g != subject && (real_person(d, subject) || !real_person(d, g))) {
        out[0] = subject;
        out[1] = g;
        return true;
      }
    }
  }
  if (ss->pair[0] >= 0 && ss->pair_sent + 1 >= cur) {
    out[0] = find_group(d, ss->pair[0]);
    out[1] = find_group(d, ss->pair[1]);
    return out[0] != out[1];
  }
  /* the two people mentioned last: named characters first, then named
   * people, then anyone ("he tells her, Haruka stays where her grandmother
   * is buried. The two ...": Haruka, not her grandmother; in "Oskar Brandt
   * plays their father" the actor is no one's child) */
  for (int pass = 0; pass < 3; pass++) {
    if (recent_two(d, ss, cur, pass, out)) {
      return true;
    }
  }
  return false;
}

/* The short name a relative is labelled and keyed after: a character's first
 * word ("Zeynep" for Zeynep Arslan, who is "Zeynep" later), a real person's
 * whole name. */
static const char *anchor_name(Doc *d, int g) {
  const Group *gr = &d->groups[g];
  const char *label = gr->surfaces[best_surface(gr)].text;
  const char *space = strchr(label, ' ');
  const char *cls = gr->cls ? gr->cls : best_class(gr);
  if (space && !(cls && !strcmp(cls, "Person"))) {
    return dintern(d, label, (size_t)(space - label));
  }
  return label;
}

/* Tokens of a short place phrase before a comma, from token t before
 * @p end: "at the hotel" in "her boss at the hotel, Renata"; 0 when none. */
static uint32_t place_phrase(const Doc *d, uint32_t t, uint32_t end) {
  if (t >= end || !(is_tok(&d->toks[t], "at") || is_tok(&d->toks[t], "from") ||
                    is_tok(&d->toks[t], "in") || is_tok(&d->toks[t], "on"))) {
    return 0;
  }
  for (uint32_t k = t + 1; k < end && k <= t + 4; k++) {
    const KgbToken *w = &d->toks[k];
    if (is_tok(w, ",")) {
      return k > t + 1 ? k - t : 0;
    }
    if (!(w->flags & KGB_TOK_WORD) || (w->flags & KGB_TOK_CAP)) {
      return 0;
    }
  }
  return 0;
}

/* Does a relative noun's list value ("hasParent female", "^hasGrandparent")
 * name blood kin: a parent, child, sibling or grandparent? */
static bool blood_kin(const char *value) {
  static const char *const kin[] = {"hasParent", "hasChild", "hasSibling",
                                    "hasGrandparent", "^hasGrandparent"};
  for (size_t k = 0; k < sizeof kin / sizeof *kin; k++) {
    size_t n = strlen(kin[k]);
    if (!strncmp(value, kin[k], n) && (value[n] == ' ' || !value[n])) {
      return true;
    }
  }
  return false;
}

/* The relation that runs the other way between parent and child
 * ("hasChild": "hasParent"), NULL for any other. */
static const char *kin_inverse(const char *rel) {
  return !strcmp(rel, "hasChild")    ? "hasParent"
         : !strcmp(rel, "hasParent") ? "hasChild"
                                     : NULL;
}

/* Tokens of a second relative noun that names the same person, from token
 * t before @p end: "and flatmate" in "her friend and flatmate Nico"; 0 when
 * there is none or the second noun is kin ("her son and daughter Zofia" are
 * two people). */
static uint32_t second_relative_noun(const Doc *d, uint32_t t, uint32_t end) {
  const char *value = NULL;
  if (t + 2 > end || !is_tok(&d->toks[t], "and") ||
      !in_list(d, L_RELATIVE, &d->toks[t + 1], &value) || !value) {
    return 0;
  }
  return blood_kin(value) || !strcmp(value, "owns") ? 0 : 2;
}

/* The first token of a copula that ends right before token @p f ("is",
 * "was actually", "is revealed to be", "turns out to be"), after a token of
 * the sentence starting at @p sf; UINT32_MAX when there is none. */
static uint32_t copula_before(const Doc *d, uint32_t sf, uint32_t f) {
  /* an adverb between the verb and the noun ("becomes first Mabel's
   * friend", "is now her boss") or before the verb ("he also happens to
   * be") */
  static const char *const adverbs[] = {
      "actually", "really", "secretly",   "also",   "first",
      "now",      "later",  "eventually", "soon",   "still",
      "finally",  "once",   "even",       "quickly"};
  size_t na = sizeof adverbs / sizeof *adverbs;
  for (size_t k = 0; k < na; k++) {
    if (f > sf + 2 && is_tok(&d->toks[f - 1], adverbs[k])) {
      f--;
      break;
    }
  }
  uint32_t n = copula_phrase_len(d, sf + 1, f);
  if (n == 0) {
    return UINT32_MAX;
  }
  uint32_t c = f - n;
  for (size_t j = 0; j < na && c > sf + 1; j++) {
    if (is_tok(&d->toks[c - 1], adverbs[j])) {
      return c - 1;
    }
  }
  return c;
}

/* Tokens of "of eleven years" (of, a number, a unit of time) from token t
 * before @p end: "her husband of eleven years, Tunde"; 0 when none. */
static uint32_t years_phrase(const Doc *d, uint32_t t, uint32_t end) {
  if (t + 3 > end || !is_tok(&d->toks[t], "of") ||
      !((d->toks[t + 1].flags & KGB_TOK_NUM) ||
        in_list(d, L_NUMBER_WORD, &d->toks[t + 1], NULL) ||
        is_tok(&d->toks[t + 1], "many"))) {
    return 0;
  }
  const KgbToken *u = &d->toks[t + 2];
  return is_tok(u, "years") || is_tok(u, "decades") || is_tok(u, "months") ? 3
                                                                           : 0;
}

/* After a possessive, from token @p q: modifiers, a relative noun, a comma
 * and a name ("ex-wife, Claire" in "his new boss is his ex-wife, Claire"):
 * the name's group (mentions searched from @p ni on), or -1. */
static int copula_relative_name(Doc *d, size_t ni, uint32_t q) {
  uint32_t end = d->sents[d->ments[ni].sent].last;
  for (int k = 0; k < 4 && q + 1 < end; k++) {
    if (is_tok(&d->toks[q + 1], "-")) {
      q += 2; /* "ex-", "step-" */
    } else if (relative_modifier(d, &d->toks[q]) &&
               !in_list(d, L_RELATIVE, &d->toks[q], NULL)) {
      q++;
    } else {
      break;
    }
  }
  if (q + 2 >= end || !in_list(d, L_RELATIVE, &d->toks[q], NULL) ||
      !is_tok(&d->toks[q + 1], ",")) {
    return -1;
  }
  for (size_t j = ni + 1; j < d->n_ments && d->ments[j].first <= q + 2; j++) {
    const Mention *p = &d->ments[j];
    if (p->first == q + 2 && p->kind == M_NAME && p->group >= 0 &&
        person_capable(d, &d->groups[find_group(d, p->group)], M_NAME)) {
      return find_group(d, p->group);
    }
  }
  return -1;
}

/* The named person a relative mention stands for: "her husband, Tarık",
 * "his sister Emma", "Samira is their mother"; -1 when unnamed. */
static int relative_named(Doc *d, size_t mi, size_t anchor_mi) {
  const Mention *m = &d->ments[mi];
  size_t ni = mi + 1;
  /* "his daughter from his first marriage, Simi": past the phrase's own
   * mentions */
  uint32_t pp = place_phrase(d, m->last, d->sents[m->sent].last);
  while (pp && ni + 1 < d->n_ments && d->ments[ni].first < m->last + pp) {
    ni++;
  }
  if (ni < d->n_ments) {
    const Mention *n = &d->ments[ni];
    /* "his sister Emma", "her boss, Ms. Ceyda" */
    uint32_t t = m->last;
    t += years_phrase(d, t, n->first);
    t += second_relative_noun(d, t, n->first);
    t += place_phrase(d, t, n->first);
    t += t < n->first && is_tok(&d->toks[t], ",");
    /* "her boss, chief executive Anna Wolska" */
    for (int k = 0; k < 3 && t < n->first &&
                    (in_list(d, L_OCCUPATION_MOD, &d->toks[t], NULL) ||
                     in_list(d, L_OCCUPATION, &d->toks[t], NULL));
         k++) {
      t++;
    }
    t += t < n->first && in_list(d, L_HONORIFIC, &d->toks[t], NULL);
    t += t < n->first && is_tok(&d->toks[t], ".");
    /* "his dog, a hyperactive vizsla named Csoki", "her boss, a man
     * called Viktor" */
    uint32_t a = t;
    if (a < n->first && is_tok(&d->toks[a - 1], ",") &&
        indefinite(&d->toks[a])) {
      a++;
      for (int k = 0;
           k < 3 && a < n->first && (d->toks[a].flags & KGB_TOK_WORD) &&
           !(d->toks[a].flags & KGB_TOK_CAP) && !is_tok(&d->toks[a], "named") &&
           !is_tok(&d->toks[a], "called");
           k++) {
        a++;
      }
      if (a + 1 == n->first &&
          (is_tok(&d->toks[a], "named") || is_tok(&d->toks[a], "called") ||
           is_tok(&d->toks[a], "nicknamed"))) {
        t = n->first;
      }
    }
    /* "her father, the ruthless Chief Adebayo Salami, …", "her rival, the
     * shipping magnate Petros": past "the" and describing words, when the
     * name closes the apposition (not "her father, the man Ana trusts") */
    if (a == t && a < n->first && is_tok(&d->toks[a - 1], ",") &&
        is_tok(&d->toks[a], "the")) {
      a++;
      for (int k = 0;
           k < 3 && a < n->first && (d->toks[a].flags & KGB_TOK_WORD) &&
           !(d->toks[a].flags & KGB_TOK_CAP) &&
           !in_list(d, L_FUNCTION_WORD, &d->toks[a], NULL);
           k++) {
        a++;
      }
      a += a < n->first && in_list(d, L_HONORIFIC, &d->toks[a], NULL);
      a += a < n->first && is_tok(&d->toks[a], ".");
      if (a == n->first && a > t + 1 && n->last < d->sents[m->sent].last &&
          (d->toks[n->last].flags & KGB_TOK_PUNCT) &&
          !is_tok(&d->toks[n->last], "(")) {
        t = n->first;
      }
    }
    /* "Her partner is Bence Varga." (not "her father is Tom's boss"); "Her
     * partner on the case is police inspector Dawid Kos." */
    if (t == m->last && t < n->first &&
        (is_tok(&d->toks[t], "at") || is_tok(&d->toks[t], "on") ||
         is_tok(&d->toks[t], "in"))) {
      uint32_t k = t + 1;
      while (k < n->first && k <= t + 4 && (d->toks[k].flags & KGB_TOK_WORD) &&
             !(d->toks[k].flags & KGB_TOK_CAP) &&
             !in_list(d, L_COPULA, &d->toks[k], NULL)) {
        k++;
      }
      if (k > t + 1 && k < n->first &&
          in_list(d, L_COPULA, &d->toks[k], NULL)) {
        t = k; /* past "on the case" */
      }
    }
    /* "his supervisor there is Mr. Hoàng", "her boss now is Vera" */
    if (t == m->last && t + 1 < n->first &&
        (is_tok(&d->toks[t], "there") || is_tok(&d->toks[t], "here") ||
         is_tok(&d->toks[t], "now") || is_tok(&d->toks[t], "then")) &&
        in_list(d, L_COPULA, &d->toks[t + 1], NULL)) {
      t++;
    }
    /* "Arjun's father is a strict schoolteacher named Prakash" */
    if (t >= m->last && t + 2 < n->first &&
        in_list(d, L_COPULA, &d->toks[t], NULL) &&
        indefinite(&d->toks[t + 1])) {
      uint32_t c = t + 2;
      for (int k = 0;
           k < 3 && c < n->first && (d->toks[c].flags & KGB_TOK_WORD) &&
           !(d->toks[c].flags & KGB_TOK_CAP) && !is_tok(&d->toks[c], "named") &&
           !is_tok(&d->toks[c], "called");
           k++) {
        c++;
      }
      if (c + 1 == n->first &&
          (is_tok(&d->toks[c], "named") || is_tok(&d->toks[c], "called"))) {
        t = n->first;
      }
    }
    if (t >= m->last && t < n->first &&
        in_list(d, L_COPULA, &d->toks[t], NULL)) {
      uint32_t c = t + 1;
      for (int k = 0; k < 3 && c < n->first &&
                      (trade_word(d, &d->toks[c], L_OCCUPATION) ||
                       trade_word(d, &d->toks[c], L_OCCUPATION_MOD));
           k++) {
        c++;
      }
      c += c < n->first && in_list(d, L_HONORIFIC, &d->toks[c], NULL);
      c += c < n->first && is_tok(&d->toks[c], ".");
      if (c == n->first && n->last < d->sents[m->sent].last &&
          !(d->toks[n->last].flags & KGB_TOK_POSS) &&
          (d->toks[n->last].flags & KGB_TOK_PUNCT)) {
        t = n->first;
      } else if (c == n->first && n->kind == M_PRONOUN &&
                 in_list(d, L_POSSESSIVE, &d->toks[c], NULL)) {
        /* "his new boss is his ex-wife, Claire": the other relative's
         * name */
        int named = copula_relative_name(d, ni, c + 1);
        if (named >= 0) {
          return named;
        }
      }
    }
    const char *value = NULL;
    const char *ncls =
        n->group >= 0 ? best_class(&d->groups[find_group(d, n->group)]) : NULL;
    bool pet = ncls && !strcmp(ncls, "Animal") &&
               in_list(d, L_RELATIVE, &d->toks[m->first], &value) && value &&
               !strcmp(value, "owns");
    const Group *ng =
        n->group >= 0 ? &d->groups[find_group(d, n->group)] : NULL;
    /* "her sister Ewa": a one-word name the gazetteer knows as a place
     * ("Ewa District") is a person there too */
    if (ng && n->kind == M_NAME && n->sent == m->sent && t == n->first &&
        (pet || person_capable(d, ng, M_NAME) ||
         (ng->place && !strchr(ng->key, ' ') && t <= m->last + 1))) {
      return find_group(d, n->group);
    }
  }
  const Mention *a = &d->ments[anchor_mi];
  uint32_t f = a->first;
  /* "Tomas (an actor), Lia's brother, ...": a name in apposition before */
  uint32_t end = d->sents[m->sent].last;
  /* "Liam, her ex, ...": a possessive pronoun too, when the apposition is
   * closed (not "Liam, her mother and her sister") */
  /* (past "of forty years": "Wiremu, her husband of forty years,") */
  uint32_t ml = m->last + years_phrase(d, m->last, end);
  bool closed =
      ml == end || and_the(d, ml, end) ||
      ((d->toks[ml].flags & KGB_TOK_PUNCT) &&
       !(is_tok(&d->toks[ml], ",") && ml + 1 < end &&
         (is_tok(&d->toks[ml + 1], "and") || is_tok(&d->toks[ml + 1], "or") ||
          (d->toks[ml + 1].flags & KGB_TOK_CAP))));
  /* past a place phrase: "X, Lia's demanding boss at the Vega Foundation."
   * and a second noun: "X, Lia's best friend and roommate," */
  uint32_t after = ml;
  after += second_relative_noun(d, after, end);
  if (after < end &&
      (is_tok(&d->toks[after], "at") || is_tok(&d->toks[after], "in") ||
       is_tok(&d->toks[after], "from"))) {
    uint32_t k = after + 1;
    while (k < end && k < after + 8 && (d->toks[k].flags & KGB_TOK_WORD)) {
      k++;
    }
    if (k > after + 1 && (k == end || (d->toks[k].flags & KGB_TOK_PUNCT))) {
      after = k;
    }
  }
  /* "Nazlı — Cem's boss at the agency — steals …": a dash as the comma */
  bool dash =
      f >= 2 && (is_tok(&d->toks[f - 1], "—") || is_tok(&d->toks[f - 1], "–"));
  if (anchor_mi > 0 && f >= 2 && (is_tok(&d->toks[f - 1], ",") || dash) &&
      (a->kind == M_NAME || (a->kind == M_PRONOUN && closed)) &&
      (after == end || (d->toks[after].flags & KGB_TOK_PUNCT) ||
       and_the(d, after, end))) {
    uint32_t pe = f - 1, sf = d->sents[m->sent].first;
    if (is_tok(&d->toks[pe - 1], ")")) { /* past "(an actor)" */
      uint32_t k = pe - 1;
      while (k > sf && k + 8 > pe && !is_tok(&d->toks[k], "(")) {
        k--;
      }
      pe = is_tok(&d->toks[k], "(") ? k : sf;
    }
    size_t pi = anchor_mi - 1;
    while (pi > 0 && pi + 4 > anchor_mi && d->ments[pi].last > pe) {
      pi--;
    }
    const Mention *p = &d->ments[pi];
    if (p->kind == M_NAME && p->last == pe && p->sent == m->sent &&
        person_capable(d, &d->groups[find_group(d, p->group)], M_NAME)) {
      return find_group(d, p->group);
    }
  }
  /* "Madame Roux, the pharmacy's owner and Odile's boss,": the second
   * noun of an apposition after "and" */
  if (anchor_mi > 0 && a->kind == M_NAME && f >= 3 &&
      is_tok(&d->toks[f - 1], "and") &&
      (after == end || (d->toks[after].flags & KGB_TOK_PUNCT))) {
    uint32_t sf = d->sents[m->sent].first;
    uint32_t c = f - 1;
    while (c > sf && c + 8 > f && !is_tok(&d->toks[c], ",")) {
      const KgbToken *w = &d->toks[c - 1];
      if ((w->flags & KGB_TOK_PUNCT) && !(w->flags & KGB_TOK_POSS) &&
          !is_tok(w, ",")) {
        break;
      }
      c--;
    }
    if (c > sf && is_tok(&d->toks[c], ",") && c + 1 < f &&
        is_article(&d->toks[c + 1])) {
      for (size_t k = anchor_mi; k-- > 0 && d->ments[k].sent == m->sent;) {
        const Mention *p = &d->ments[k];
        if (p->last <= c) {
          if (p->kind == M_NAME && p->last == c &&
              person_capable(d, &d->groups[find_group(d, p->group)], M_NAME)) {
            return find_group(d, p->group);
          }
          break;
        }
      }
    }
  }
  /* "Timo, the colleague who eventually becomes her boyfriend", "Aurelio,
   * a mine foreman who becomes Rosa's husband" */
  /* ("… who has been his boss for over a decade") */
  bool timed = ml < end &&
               (is_tok(&d->toks[ml], "for") || is_tok(&d->toks[ml], "since"));
  if (anchor_mi > 0 &&
      (a->kind == M_NAME || (a->kind == M_PRONOUN && (closed || timed)))) {
    const Mention *p = &d->ments[anchor_mi - 1];
    if (p->kind == M_NAME && p->sent == m->sent && who_becomes(d, p->last, f) &&
        person_capable(d, &d->groups[find_group(d, p->group)], M_NAME)) {
      return find_group(d, p->group);
    }
  }
  uint32_t sf = d->sents[m->sent].first;
  uint32_t c = copula_before(d, sf, f);
  /* "Her co-worker at the pharmacy, Kim Na-rae, doubles as her best
   * friend": a name in apposition right before the copula */
  if (c != UINT32_MAX && c > sf + 2 && is_tok(&d->toks[c - 1], ",")) {
    for (size_t k = anchor_mi; k-- > 0 && d->ments[k].sent == m->sent;) {
      const Mention *p = &d->ments[k];
      if (p->last + 1 < c) {
        break;
      }
      if (p->kind == M_NAME && p->last + 1 == c && p->first > sf &&
          is_tok(&d->toks[p->first - 1], ",") &&
          person_capable(d, &d->groups[find_group(d, p->group)], M_NAME)) {
        return find_group(d, p->group);
      }
    }
  }
  /* "Wes (Marcus Bright), the town's only police officer, is also Bec's
   * boyfriend": past an apposition and an actor in brackets */
  if (c != UINT32_MAX && c > sf + 2 && is_tok(&d->toks[c - 1], ",")) {
    uint32_t k = c - 2;
    while (k > sf && k + 12 > c && !is_tok(&d->toks[k], ",")) {
      k--;
    }
    if (k > sf && is_tok(&d->toks[k], ",")) {
      c = k;
      if (is_tok(&d->toks[c - 1], ")")) {
        uint32_t o = c - 1;
        while (o > sf && o + 8 > c && !is_tok(&d->toks[o], "(")) {
          o--;
        }
        c = is_tok(&d->toks[o], "(") ? o : c;
      }
    }
  } else if (c != UINT32_MAX && c > sf + 2 && is_tok(&d->toks[c - 1], ")")) {
    /* "Zoya (Tanvi Rao) is Meera's best friend": past the actor */
    uint32_t o = c - 1;
    while (o > sf && o + 8 > c && !is_tok(&d->toks[o], "(")) {
      o--;
    }
    c = is_tok(&d->toks[o], "(") ? o : c;
  }
  size_t pm = anchor_mi;
  while (pm > 0 && pm + 6 > anchor_mi && d->ments[pm - 1].last > c) {
    pm--;
  }
  if (pm > 0 && c != UINT32_MAX) {
    /* "Samira is their mother"; "she is Tom's mother" (a resolved pronoun);
     * not "It is her father who …" (a cleft: "it" names no one) */
    const Mention *p = &d->ments[pm - 1];
    const char *pg = NULL;
    bool neuter = p->kind == M_PRONOUN &&
                  in_list(d, L_PRONOUN, &d->toks[p->first], &pg) && pg &&
                  !strcmp(pg, "neuter");
    if ((p->kind == M_NAME ||
         (p->kind == M_PRONOUN && p->group >= 0 && !neuter &&
          !d->groups[find_group(d, p->group)].unnamed)) &&
        p->last == c && p->sent == m->sent &&
        person_capable(d, &d->groups[find_group(d, p->group)], p->kind)) {
      return find_group(d, p->group);
    }
  }
  return -1;
}

/* The named person already known as @p anchor's @p rel ("his daughter"
 * after "her father, Emeka": the woman whose father he is), from the last
 * facts the relatives gave; -1 when none or more than one. */
static int relative_known(Doc *d, int anchor, const KgbVocabTerm *term,
                          const char *gender) {
  const char *inv = term->symmetric ? term->name : kin_inverse(term->name);
  int found = -1;
  size_t from = d->n_facts > 64 ? d->n_facts - 64 : 0;
  for (size_t k = from; k < d->n_facts; k++) {
    const Fact *f = &d->facts[k];
    if (f->kind != KGB_VALUE_ENTITY) {
      continue;
    }
    int x = -1;
    int fs = find_group(d, f->subject), fo = find_group(d, f->object);
    if (fs == anchor && !strcmp(f->predicate, term->name)) {
      x = fo;
    } else if (inv && fo == anchor && !strcmp(f->predicate, inv)) {
      x = fs;
    }
    if (x < 0 || x == anchor || x == found) {
      continue;
    }
    const Group *g = &d->groups[x];
    /* "his daughter, Ana ... Ana's mother": not the man "his" was */
    const char *known = g->gender                       ? g->gender
                        : g->heard[0] > 2 * g->heard[1] ? "male"
                        : g->heard[1] > 2 * g->heard[0] ? "female"
                                                        : NULL;
    if (g->unnamed || (gender && known && strcmp(known, gender))) {
      continue;
    }
    if (found >= 0) {
      return -1;
    }
    found = x;
  }
  return found;
}

/* The group a relative of @p anchor by @p rel (with @p gender) is: the one
 * met before, @p named (merged with an unnamed one met before), or a new
 * unnamed group labelled after the anchor. -1 on NOMEM. */
/* Relative mention @p m is written with "ex-" before it: "her ex-husband". */
static bool ex_prefix(const Doc *d, const Mention *m) {
  return m->first >= 2 && is_tok(&d->toks[m->first - 1], "-") &&
         is_tok(&d->toks[m->first - 2], "ex");
}

static int relative_group(Doc *d, size_t mi, int anchor, const char *rel,
                          const char *gender, const char *cls, int named) {
  /* the key of this relative, then the genderless one ("his ex" after "his
   * girlfriend"), or a gendered one for a genderless word */
  static const char *const genders[] = {"", "female", "male"};
  const char *k = NULL;
  intptr_t v = 0;
  bool seen = false;
  for (int i = -1; i < 3 && !seen; i++) {
    const char *gi = i < 0 ? (gender ? gender : "") : genders[i];
    if (i >= 0 && (gender ? i > 0 : i == 0)) {
      continue;
    }
    char key[160];
    snprintf(key, sizeof key, "#%s|%s|%s", anchor_name(d, anchor), rel, gi);
    const char *ki = dintern(d, key, strlen(key));
    if (!ki) {
      return -1;
    }
    k = k ? k : ki;
    seen = kgb_map_get(&d->group_of_key, ki, &v);
  }
  int g = seen ? find_group(d, (int)v - 1) : -1;
  if (named >= 0) {
    if (g >= 0 && g != named && d->groups[g].unnamed) {
      d->groups[g].parent = named;
      d->groups[named].mentions += d->groups[g].mentions;
    }
    g = named;
  } else if (g >= 0 && d->groups[g].unnamed) {
    /* one more name for it: "Tarık's ex" after "Tarık's girlfriend" */
    const Mention *m = &d->ments[mi];
    KgbBuf label = {0};
    Mention u = {m->sent, m->first, m->last,          M_RELATIVE, cls,
                 NULL,    NULL,     d->groups[g].key, gender,     -1};
    if (kgb_buf_printf(&label, "%s's %s%s", anchor_name(d, anchor),
                       ex_prefix(d, m) ? "ex-" : "",
                       d->toks[m->first].lower) == KGB_OK) {
      u.surface = dintern(d, label.data, label.len);
    }
    kgb_buf_free(&label);
    if (!u.surface || group_for(d, &u) != KGB_OK) {
      return -1;
    }
  } else if (g < 0) {
    const Mention *m = &d->ments[mi];
    KgbBuf label = {0};
    Mention u = {m->sent, m->first, m->last, M_RELATIVE, cls,
                 NULL,    NULL,     NULL,    gender,     -1};
    if (kgb_buf_printf(&label, "%s's %s%s", anchor_name(d, anchor),
                       ex_prefix(d, m) ? "ex-" : "",
                       d->toks[m->first].lower) == KGB_OK) {
      u.surface = dintern(d, label.data, label.len);
      u.key = u.surface ? norm_key(d, u.surface) : NULL;
    }
    kgb_buf_free(&label);
    if (!u.key || group_for(d, &u) != KGB_OK) {
      return -1;
    }
    g = find_group(d, u.group);
    d->groups[g].unnamed = true;
    if (d->groups[g].first_mention < 0) {
      d->groups[g].first_mention = (int)mi;
    }
  }
  return kgb_map_put(&d->group_of_key, k, g + 1) == KGB_OK ? g : -1;
}

/* Resolve relative mention mi against its possessor; add the facts. */
/* The relation a relative noun's list value names ("hasParent female",
 * "^bossOf"): the vocabulary's entity relation, with *inverse set when it
 * runs from the relative to its anchor (^) and *gender, when asked, the
 * gender given after it (NULL when none); NULL when it names none. */
static const KgbVocabTerm *relative_term(Doc *d, const char *value,
                                         bool *inverse, const char **gender) {
  char rel[64];
  size_t n = strcspn(value, " ");
  if (n >= sizeof rel) {
    return NULL;
  }
  memcpy(rel, value, n);
  rel[n] = '\0';
  if (gender) {
    *gender = value[n] == ' ' ? dintern(d, value + n + 1, strlen(value + n + 1))
                              : NULL;
  }
  *inverse = rel[0] == '^';
  const KgbVocabTerm *term = kgb_vocab_find(d->vocab, rel + *inverse);
  return term && !term->is_class && term->range_kind == KGB_RANGE_ENTITY ? term
                                                                         : NULL;
}

/* Does possessive pronoun @p m name a blood relative (parent, child,
 * sibling, grandparent) right after a word of love ("falling for his older
 * brother"; not "falls for his brother's wife", nor "his cousin": no blood
 * kin here)? Whoever loves is then not the possessor. */
static bool romance_blood_kin(Doc *d, const Mention *m) {
  uint32_t sf = d->sents[m->sent].first, last = d->sents[m->sent].last;
  uint32_t t = m->first, k = m->last;
  if (t == sf || !in_list(d, L_POSSESSIVE, &d->toks[t], NULL)) {
    return false;
  }
  while (k < last && in_list(d, L_RELATIVE_MOD, &d->toks[k], NULL)) {
    k++;
  }
  const char *value = NULL;
  /* (not "falls for his brother's wife") */
  if (k >= last || !in_list(d, L_RELATIVE, &d->toks[k], &value) || !value ||
      !blood_kin(value) ||
      (k + 1 < last && (d->toks[k + 1].flags & KGB_TOK_POSS))) {
    return false;
  }
  t--;
  if (t > sf && (is_tok(&d->toks[t], "for") || is_tok(&d->toks[t], "with"))) {
    t--;
  }
  return in_list(d, L_ROMANCE_WORD, &d->toks[t], NULL);
}

/* Tokens [@p a, @p b) are empty or a short description, "a truck driver":
 * an article and up to five lower-case words or nationalities ("Arvo, a
 * truck driver whose daughter, Aino, …", "a Korean adoptee whose …"). */
static bool described_until(const Doc *d, uint32_t a, uint32_t b) {
  if (a == b) {
    return true;
  }
  if (b - a > 6 || !is_article(&d->toks[a])) {
    return false;
  }
  for (uint32_t t = a + 1; t < b; t++) {
    if ((d->toks[t].flags & (KGB_TOK_CAP | KGB_TOK_PUNCT | KGB_TOK_NUM)) &&
        !is_tok(&d->toks[t], "-") &&
        !in_list(d, L_DEMONYM, &d->toks[t], NULL)) {
      return false;
    }
  }
  return true;
}

static bool cast_pair_line(const Doc *d, const KgbSentence *sent);

/* Under a cast-list line, "Vikram Rathore – Aditya Kohli", a paragraph
 * opening on a relative, "Kamla's elder son, a Delhi property developer
 * …", is about the line's character: that character, or -1. */
static int cast_line_character(Doc *d, size_t mi, size_t am) {
  const Mention *m = &d->ments[mi];
  const KgbSentence *sent = &d->sents[m->sent];
  if (m->sent == 0 || am == mi || d->ments[am].first != sent->first ||
      d->ments[am].kind != M_NAME ||
      !cast_pair_line(d, &d->sents[m->sent - 1])) {
    return -1;
  }
  uint32_t line = d->sents[m->sent - 1].first;
  for (size_t k = am; k-- > 0 && d->ments[k].sent + 1 >= m->sent;) {
    const Mention *c = &d->ments[k];
    if (c->first == line && c->kind == M_NAME && c->group >= 0) {
      int g = find_group(d, c->group);
      return g != find_group(d, d->ments[am].group) &&
                     person_capable(d, &d->groups[g], M_NAME)
                 ? g
                 : -1;
    }
  }
  return -1;
}

/* Relative @p mi, whose possessor @p am stands for no one, is named ("their
 * father, Antoine"): when the document has one unnamed relative of that
 * relation and gender so far ("Samir's father"), that one is the name. */
static void name_unnamed_relative(Doc *d, size_t mi, size_t am,
                                  const char *value) {
  bool inverse = false;
  const char *gender = NULL;
  const KgbVocabTerm *term = relative_term(d, value, &inverse, &gender);
  int named = term ? relative_named(d, mi, am) : -1;
  if (named < 0 || !gender) {
    return;
  }
  int only = -1;
  for (size_t k = 0; k < d->n_facts; k++) {
    const Fact *f = &d->facts[k];
    if (f->kind != KGB_VALUE_ENTITY || strcmp(f->predicate, term->name) ||
        strcmp(f->ev.rule, "builtin:relative")) {
      continue;
    }
    int g = find_group(d, inverse ? f->subject : f->object);
    const Group *gr = &d->groups[g];
    if (!gr->unnamed || !gr->gender || strcmp(gr->gender, gender) ||
        g == only) {
      continue;
    }
    if (only >= 0) {
      return; /* two of them: which one is not said */
    }
    only = g;
  }
  if (only >= 0 && only != named) {
    d->groups[only].parent = named;
    d->groups[named].mentions += d->groups[only].mentions;
  }
}

static KgbStatus resolve_relative(Doc *d, size_t mi) {
  Mention *m = &d->ments[mi];
  const char *value = NULL;
  uint32_t pe = possessor_end(d, d->sents[m->sent].first, m->first);
  if (co_worker(d, m->first)) {
    value = "colleagueOf";
  } else {
    in_list(d, L_RELATIVE, &d->toks[m->first], &value); /* NULL: none */
  }
  if (!value || pe == UINT32_MAX) {
    return KGB_OK;
  }
  /* "Tom is not her father" */
  if (pe > d->sents[m->sent].first &&
      (is_tok(&d->toks[pe - 1], "not") || is_tok(&d->toks[pe - 1], "never"))) {
    return KGB_OK;
  }
  /* the possessor: the mention ending at pe (a pronoun) or just before it;
   * for "whose", the name before its comma ("Kate, whose husband, Mark,") */
  bool whose = is_tok(&d->toks[pe], "whose");
  size_t am = mi;
  for (size_t k = mi; k > 0 && k + 3 > mi; k--) {
    const Mention *p = &d->ments[k - 1];
    if (whose ? p->kind == M_NAME && is_tok(&d->toks[p->last], ",") &&
                    described_until(d, p->last + 1, pe)
              : (p->kind == M_PRONOUN && p->first == pe) ||
                    (p->kind != M_PRONOUN && p->kind != M_NOMINAL &&
                     p->last == pe)) {
      am = k - 1;
      break;
    }
  }
  /* "Ana is not Rui's sister" */
  if (am != mi && d->ments[am].first > d->sents[m->sent].first &&
      (is_tok(&d->toks[d->ments[am].first - 1], "not") ||
       is_tok(&d->toks[d->ments[am].first - 1], "never"))) {
    return KGB_OK;
  }
  if (am != mi && d->ments[am].group < 0 && d->ments[am].kind == M_PRONOUN) {
    /* "Their father, Antoine Khoury, dies" with no pair for "their": the
     * one unnamed father named before ("Samir's father") is Antoine */
    name_unnamed_relative(d, mi, am, value);
  }
  if (am == mi || d->ments[am].group < 0 ||
      (d->ments[am].kind == M_PRONOUN &&
       d->groups[find_group(d, d->ments[am].group)].unnamed)) {
    return KGB_OK; /* no "his father's father" through a pronoun */
  }
  int anchors[2] = {find_group(d, d->ments[am].group), -1};
  if (d->pair[am]) {
    anchors[1] = find_group(d, d->pair[am] - 1);
  }
  /* "her partner on the force, Erik", "his partner at the agency": a
   * colleague, not a lover */
  if (is_tok(&d->toks[m->first], "partner") &&
      m->last + 1 < d->sents[m->sent].last &&
      (is_tok(&d->toks[m->last], "on") || is_tok(&d->toks[m->last], "at")) &&
      is_tok(&d->toks[m->last + 1], "the")) {
    value = "colleagueOf";
  }
  bool inverse = false;
  const char *gender = NULL;
  const KgbVocabTerm *term = relative_term(d, value, &inverse, &gender);
  if (!term) {
    return KGB_OK;
  }
  /* "her employer, Vistula Bank": an organisation named right after the
   * noun is no person (the relation rules give worksFor) */
  if (mi + 1 < d->n_ments && m->last < d->n_toks &&
      is_tok(&d->toks[m->last], ",") && d->ments[mi + 1].first == m->last + 1 &&
      d->ments[mi + 1].group >= 0) {
    const char *ncls =
        best_class(&d->groups[find_group(d, d->ments[mi + 1].group)]);
    if (ncls && class_in(d, ncls, "Organization")) {
      return KGB_OK;
    }
  }
  const char *acls = best_class(&d->groups[anchors[0]]);
  if (acls && !class_in(d, acls, "Character|Person") &&
      !d->groups[anchors[0]].place) {
    return KGB_OK; /* a work's or a company's "family" is not one */
  }
  if (!acls || !class_in(d, acls, "Character|Person")) {
    acls = "Character";
  }
  const char *spec = inverse ? term->domain : term->range;
  const char *cls = class_in(d, acls, spec) ? acls : first_class(d, spec);
  int named = relative_named(d, mi, am);
  if (named < 0) {
    named = cast_line_character(d, mi, am);
  }
  if (named < 0 && !inverse && anchors[1] < 0) {
    named = relative_known(d, anchors[0], term, gender);
  }
  int g = relative_group(d, mi, anchors[0], term->name, gender, cls, named);
  if (g < 0) {
    return KGB_ERR_NOMEM;
  }
  if (anchors[1] >= 0 &&
      relative_group(d, mi, anchors[1], term->name, gender, cls, g) < 0) {
    return KGB_ERR_NOMEM;
  }
  m->group = g;
  vote(d, g, cls, 1.0);
  if (gender && !d->groups[g].gender) {
    d->groups[g].gender = gender;
  }
  /* "her friend and flatmate Nico": the second noun's relation too */
  const KgbVocabTerm *term2 = NULL;
  bool inverse2 = false;
  const char *value2 = NULL;
  if (second_relative_noun(d, m->last, d->sents[m->sent].last) &&
      in_list(d, L_RELATIVE, &d->toks[m->last + 1], &value2) && value2) {
    term2 = relative_term(d, value2, &inverse2, NULL);
  }
  KgbStatus st = KGB_OK;
  for (int k = 0; k < 2 && anchors[k] >= 0; k++) {
    if (anchors[k] == g) {
      continue;
    }
    vote(d, anchors[k], acls, 1.0);
    d->groups[anchors[k]].referenced = d->groups[g].referenced = true;
    KgbEvidence ev = {m->sent, d->toks[d->ments[am].first].cstart,
                      d->toks[m->last - 1].cend, "builtin:relative", 0.8};
    Fact f = {inverse ? g : anchors[k], term->name, KGB_VALUE_ENTITY,
              inverse ? anchors[k] : g, NULL,       ev};
    TRY(st, add_fact(d, &f));
    /* "her ex-husband", "her ex, Felix", "his former wife": married (or
     * together) once, and no more */
    if ((ex_prefix(d, m) || is_tok(&d->toks[m->first], "ex") ||
         (m->first > 0 && is_tok(&d->toks[m->first - 1], "former"))) &&
        term->symmetric &&
        (!strcmp(term->name, "marriedTo") || !strcmp(term->name, "dated"))) {
      Fact b = f;
      b.predicate = "brokeUpWith";
      TRY(st, add_fact(d, &b));
    }
    if (term2 && term2 != term) {
      ev.end = d->toks[m->last + 1].cend;
      Fact f2 = {inverse2 ? g : anchors[k], term2->name, KGB_VALUE_ENTITY,
                 inverse2 ? anchors[k] : g, NULL,        ev};
      TRY(st, add_fact(d, &f2));
    }
  }
done:
  return st;
}

/* The work a nominal mention @p i stands in apposition to: "‘Iron Rain’,
 * the 2019 war drama", "‘Leil El Qahira’ (Cairo Night), the 2020 drama"
 * (a comma before the nominal, a bracket of up to 16 tokens before that,
 * and a title, or a name typed a work, ending right before them); -1 when
 * none. */
static int apposed_work(Doc *d, size_t i) {
  const Mention *m = &d->ments[i];
  if (m->first < 2 || !is_tok(&d->toks[m->first - 1], ",")) {
    return -1;
  }
  uint32_t end = m->first - 1;
  if (is_tok(&d->toks[end - 1], ")")) {
    uint32_t k = end - 1;
    while (k > 0 && end - k < 16 && !is_tok(&d->toks[k], "(")) {
      k--;
    }
    if (!is_tok(&d->toks[k], "(")) {
      return -1;
    }
    end = k;
  }
  for (size_t j = i; j-- > 0;) {
    const Mention *p = &d->ments[j];
    if (p->last < end) {
      break;
    }
    if (p->last != end || p->group < 0 ||
        (p->kind != M_NAME && p->kind != M_TITLE)) {
      continue;
    }
    int g = find_group(d, p->group);
    const char *cls = d->groups[g].cls;
    return (cls ? class_in(d, cls, "Work") : p->kind == M_TITLE) ? g : -1;
  }
  return -1;
}

/* "the film" says its work is a film, "the series" a series (the value of
 * the head noun in the work_noun list); a weak vote, below any rule's. */
static void nominal_kind(Doc *d, const Mention *m) {
  const char *cls = NULL;
  if (m->kind == M_NOMINAL && m->group >= 0 &&
      in_list(d, L_WORK_NOUN, &d->toks[m->last - 1], &cls) && cls) {
    vote(d, m->group, cls, 0.4);
  }
}

/* The group "the city" (a M_PLACE_REF, its class in m->cls) stands for: the
 * last place of that class named in this or the three sentences before (of
 * the country of m->place when it is set: "the Portuguese capital"),
 * looking back from mention @p from (-1: none), or -1. */
static int place_ref(Doc *d, const Mention *m, int from) {
  for (int k = from; k >= 0; k--) {
    const Mention *p = &d->ments[k];
    if (p->sent + 3 < m->sent) {
      break;
    }
    if (p->kind != M_NAME || p->group < 0) {
      continue;
    }
    if (m->place &&
        (!p->place || strcmp(p->place->country, m->place->country) ||
         strcmp(p->place->cls, "City"))) {
      continue; /* "the Portuguese capital": a Portuguese city */
    }
    int g = find_group(d, p->group);
    if (d->groups[g].cls && class_in(d, d->groups[g].cls, m->cls)) {
      return g;
    }
  }
  return -1;
}

/* Genders the pronouns teach: a sentence whose first person is a name of no
 * known gender and whose next person mention is "his", "himself",
 * "herself" (or "he"/"she" when the name opens the sentence) votes that
 * gender for the name ("Kemal sells his boat"); a name takes the gender it
 * won at least twice and more than twice as often as the other, as a learned
 * gender that only weighs against a pronoun of the other one. Linear in the
 * mentions. */
/* The slot of group g's votes: the first group whose key starts with the
 * same word ("Dariusz Wren" and "Dariusz", not linked yet); -1 on NOMEM. */
static int gender_slot(Doc *d, KgbMap *first, int g) {
  const char *key = d->groups[g].key;
  const char *w = dintern(d, key, strcspn(key, " "));
  intptr_t v = 0;
  if (!w) {
    return -1;
  }
  if (kgb_map_get(first, w, &v)) {
    return (int)v;
  }
  return kgb_map_put(first, w, g) == KGB_OK ? g : -1;
}

static KgbStatus learn_genders(Doc *d) {
  KgbStatus st = KGB_OK;
  KgbMap first = {0};
  unsigned(*votes)[2] = calloc(d->n_groups ? d->n_groups : 1, sizeof *votes);
  if (!votes) {
    return KGB_ERR_NOMEM;
  }
  int subject = -1; /* the sentence's first person, while no other came */
  bool opens = false;
  uint32_t sent = UINT32_MAX;
  for (size_t i = 0; i < d->n_ments; i++) {
    const Mention *m = &d->ments[i];
    if (m->sent != sent) {
      sent = m->sent;
      subject = -2; /* none yet */
    }
    if (subject == -1 || m->kind == M_TITLE || m->kind == M_NOMINAL) {
      continue;
    }
    if (m->kind == M_PRONOUN) {
      const KgbToken *t = &d->toks[m->first];
      bool male = m->gender && !strcmp(m->gender, "male");
      bool female = m->gender && !strcmp(m->gender, "female");
      if (subject >= 0 && (male || female) &&
          !in_list(d, L_OBJECT_PRONOUN, t, NULL) &&
          (opens || !(is_tok(t, "he") || is_tok(t, "she")))) {
        int slot = gender_slot(d, &first, subject);
        if (slot < 0) {
          st = KGB_ERR_NOMEM;
          goto done;
        }
        votes[slot][female]++;
      }
      if (m->gender && strcmp(m->gender, "neuter")) {
        subject = -1;
      }
      continue;
    }
    int g = m->group >= 0 ? find_group(d, m->group) : -1;
    if (g < 0 || !person_capable(d, &d->groups[g], m->kind)) {
      continue;
    }
    if (subject == -2 && m->kind == M_NAME && !d->groups[g].gender) {
      subject = g;
      opens = clause_level(d, d->sents[sent].first, m->first) == 0;
    } else if (subject != g) {
      subject = -1;
    }
  }
  for (size_t g = 0; g < d->n_groups; g++) {
    if (d->groups[g].parent != (int)g || d->groups[g].unnamed ||
        d->groups[g].gender) {
      continue;
    }
    int slot = gender_slot(d, &first, (int)g);
    if (slot < 0) {
      st = KGB_ERR_NOMEM;
      goto done;
    }
    unsigned a = votes[slot][0], b = votes[slot][1];
    if (!d->groups[g].gender && a + b >= 2 && (a > 2 * b || b > 2 * a)) {
      d->groups[g].gender = a > b ? "male" : "female";
      d->groups[g].learned = true;
      if (d->trace) {
        fprintf(stderr, "kgb trace: %s is %s (%u/%u)\n", d->groups[g].key,
                d->groups[g].gender, a, b);
      }
    }
  }
done:
  kgb_map_free(&first);
  free(votes);
  return st;
}

/* Does relative mention m end its sentence, alone or with an appositive
 * name ("their daughter, Julieta.")? Only names, commas and hyphens may
 * follow it before the final stop. */
static bool np_ends_sentence(const Doc *d, const Mention *m) {
  uint32_t last = d->sents[m->sent].last;
  uint32_t j = m->last;
  bool name = false;
  while (j < last && (is_tok(&d->toks[j], ",") || is_tok(&d->toks[j], "-") ||
                      (d->toks[j].flags & KGB_TOK_CAP))) {
    name |= (d->toks[j].flags & KGB_TOK_CAP) != 0;
    j++;
  }
  return (name || j == m->last) &&
         (j == last || (j + 1 == last &&
                        (is_tok(&d->toks[j], ".") || is_tok(&d->toks[j], "!") ||
                         is_tok(&d->toks[j], "?"))));
}

/* Pronouns, plural references and relatives, in text order (see above). */
static KgbStatus resolve_story(Doc *d) {
  KgbStatus st = KGB_OK;
  StoryState ss = {
      .pair = {-1, -1}, .prev_person = -1, .subject = -1, .carry = {-1, -1}};
  int last_work = d->main_work; /* the last work named, for "that film" */
  int last_place = -1;          /* the last name typed a place */
  for (size_t i = 0; i < d->n_ments; i++) {
    Mention *m = &d->ments[i];
    if ((m->kind == M_NAME || m->kind == M_TITLE) && m->group >= 0) {
      const Group *wg = &d->groups[find_group(d, m->group)];
      if (wg->cls ? class_in(d, wg->cls, "Work") : m->kind == M_TITLE) {
        last_work = find_group(d, m->group);
      }
      if (m->kind == M_NAME && wg->cls && class_in(d, wg->cls, "Place")) {
        last_place = (int)i;
      }
    }
    if (m->kind == M_PLACE_REF) {
      m->group = place_ref(d, m, last_place);
      if (d->trace) {
        fprintf(stderr, "kgb trace: sentence %u: %s -> %s\n", m->sent,
                m->surface, m->group >= 0 ? d->groups[m->group].key : "?");
      }
      continue;
    }
    uint32_t sf = d->sents[m->sent].first;
    uint8_t level = clause_level(d, sf, m->first);
    if (m->kind == M_RELATIVE) {
      /* the relative's clause position is its possessor's */
      uint32_t pe = possessor_end(d, sf, m->first);
      if (pe != UINT32_MAX) {
        level = clause_level(d, sf,
                             (d->toks[pe].flags & KGB_TOK_POSS) && i > 0
                                 ? d->ments[i - 1].first
                                 : pe);
      }
      /* "... with her husband, Tomás, and their daughter, Julieta.": a
       * relative whose appositive name ends the sentence is no clause's
       * subject, though ", and" opens it */
      if (level == 0 && pe > sf && np_ends_sentence(d, m)) {
        level = 2;
      }
      TRY(st, resolve_relative(d, i));
    } else if (m->kind == M_NOMINAL || (m->kind == M_PRONOUN && m->gender &&
                                        !strcmp(m->gender, "neuter"))) {
      m->group = strcmp(m->key, "that work") ? d->main_work : last_work;
      /* "the Danish comedy ‘Soft Rain’": the title right after it */
      const Mention *n = i + 1 < d->n_ments ? &d->ments[i + 1] : NULL;
      /* "In the sequel, ‘Last Orders Again’, …": in apposition too */
      if (m->kind == M_NOMINAL && n &&
          (n->first == m->last ||
           (n->first == m->last + 1 && is_tok(&d->toks[m->last], ","))) &&
          n->kind == M_TITLE && n->group >= 0) {
        m->group = find_group(d, n->group);
      }
      /* "‘Iron Rain’, the 2019 war drama by …", "X (Cairo Night), the
       * 2020 drama that …": an apposition of the work named right before
       * it (past a bracket) */
      int appos = m->kind == M_NOMINAL ? apposed_work(d, i) : -1;
      if (appos >= 0) {
        m->group = appos;
      }
      nominal_kind(d, m);
      continue;
    } else if (m->kind == M_PRONOUN && m->gender &&
               !strcmp(m->gender, "carry")) {
      /* "Lena quits and moves to Oslo": the clause's subject, or two */
      if (ss.carry[0] >= 0 && ss.carry_sent == m->sent) {
        m->group = find_group(d, ss.carry[0]);
        if (ss.carry[1] >= 0) {
          d->pair[i] = find_group(d, ss.carry[1]) + 1;
        }
      }
      if (d->trace) {
        fprintf(stderr, "kgb trace: sentence %u: and -> %s%s%s\n", m->sent,
                m->group >= 0 ? d->groups[m->group].key : "?",
                d->pair[i] ? " + " : "",
                d->pair[i] ? d->groups[d->pair[i] - 1].key : "");
      }
      continue;
    } else if (m->kind == M_PRONOUN && m->gender &&
               !strcmp(m->gender, "plural")) {
      int two[2];
      bool picked = couple_pair(d, i, two) || pick_pair(d, &ss, m->sent, two);
      /* "A and B star as a couple who lose their son": the actors have no
       * son; "Toni Collette as their mother, Diane": the two characters
       * named last */
      if (picked && (real_person(d, two[0]) || real_person(d, two[1])) &&
          cast_possessive(d, i)) {
        picked = recent_two(d, &ss, m->sent, 0, two);
      }
      if (picked) {
        m->group = two[0];
        d->pair[i] = two[1] + 1;
        for (int k = 0; k < 2; k++) {
          if (town_name(&d->groups[two[k]])) {
            vote(d, two[k], "Character", 1.0);
          }
        }
        /* "their mother ... raised them": the same two */
        memcpy(ss.pair, two, sizeof two);
        ss.pair_sent = m->sent;
        if (level < 2) {
          memcpy(ss.carry, two, sizeof two);
          ss.carry_sent = m->sent;
        }
      }
      if (d->trace) {
        fprintf(stderr, "kgb trace: sentence %u: %s -> %s%s%s\n", m->sent,
                m->surface, m->group >= 0 ? d->groups[m->group].key : "?",
                d->pair[i] ? " + " : "",
                d->pair[i] ? d->groups[d->pair[i] - 1].key : "");
      }
      continue;
    } else if (m->kind == M_PRONOUN && m->gender) {
      /* "she does not recognise him": not the clause's own subject */
      int exclude = object_pronoun(d, m) && ss.subject_sent == m->sent &&
                            !subordinate_between(d, ss.subject_tok, m->first)
                        ? ss.subject
                        : -1;
      /* "Elena, his estranged wife.": not the name it is in apposition to
       * ("Timo, the colleague who becomes her boyfriend": nor the
       * subject of the copula, Timo, rather than the sentence's) */
      bool appositive = appositive_possessive(d, &ss, i);
      if (appositive) {
        exclude = find_group(d, d->ments[ss.prev_person].group);
      } else if (exclude < 0) {
        exclude = genderless_clause_head(d, &ss, i);
      }
      /* "he falls for her best friend": a possessive is not the one the
       * subject pronoun of the other gender of its clause stands for */
      if (exclude < 0 && ss.prev_person >= 0) {
        const Mention *pp = &d->ments[ss.prev_person];
        const KgbToken *pt = &d->toks[pp->first], *mt = &d->toks[m->first];
        bool crossed = pronouns_crossed(d, pt, mt);
        for (uint32_t t = pp->last; crossed && t < m->first; t++) {
          crossed = !(d->toks[t].flags & KGB_TOK_PUNCT);
        }
        if (crossed && pp->sent == m->sent && pp->kind == M_PRONOUN &&
            pp->group >= 0 && !d->groups[find_group(d, pp->group)].gender) {
          exclude = find_group(d, pp->group);
        }
      }
      /* "Lucía dates Mateo while falling for his older brother": not the
       * lover's own brother, when someone else may be meant */
      if (exclude < 0 && ss.subject >= 0 && ss.subject_sent == m->sent &&
          !d->groups[find_group(d, ss.subject)].gender &&
          romance_blood_kin(d, m) &&
          pick_antecedent(d, &ss, m->gender, m->sent, find_group(d, ss.subject),
                          UINT32_MAX, false, false) >= 0) {
        exclude = find_group(d, ss.subject);
      }
      int owner = !appositive && exclude < 0 ? who_clause_owner(d, i) : -1;
      m->group = owner >= 0
                     ? owner
                     : pick_antecedent(d, &ss, m->gender, m->sent, exclude,
                                       object_pronoun(d, m)
                                           ? UINT32_MAX
                                           : subordinate_start(d, sf, m->first),
                                       acting_verb(d, m->last), false);
      if (m->group < 0) {
        m->group = cataphora(d, i);
      }
      /* "A plays Henrik, and B plays his daughter": a role's possessor is
       * a character named before it, when there is one; so is the
       * possessor of a character's relative ("Rekha Nair is Sudha, his
       * wife": not the actress's) */
      const char *picked =
          m->group >= 0 ? best_class(&d->groups[m->group]) : NULL;
      bool cast_poss = cast_possessive(d, i);
      if ((cast_poss && !(picked && !strcmp(picked, "Character"))) ||
          (appositive && !real_person(d, exclude) && m->group >= 0 &&
           real_person(d, m->group))) {
        int role = pick_antecedent(d, &ss, m->gender, m->sent, exclude,
                                   UINT32_MAX, false, true);
        if (role >= 0) {
          m->group = role;
        } else if (m->group >= 0 && m->first > 0 &&
                   (is_tok(&d->toks[m->first - 1], "as") ||
                    acting_verb(d, m->first - 1)) &&
                   !best_class(&d->groups[m->group])) {
          /* "who plays her mentor" with no role named yet: not an
           * untyped name either ("Tom plays chess with his son" is) */
          m->group = -1;
        }
      }
      /* "Igor Petrov as her son, Alyosha": a role's possessor is a
       * character, never the actor just named (nor another real person) */
      if (m->group >= 0 && real_person(d, m->group) && cast_poss) {
        m->group = -1;
      }
      /* "Mina and her husband": the possessor is the one just named */
      const Mention *p = ss.prev_person >= 0 ? &d->ments[ss.prev_person] : NULL;
      if (p && p->last + 1 == m->first && is_tok(&d->toks[p->last], "and") &&
          in_list(d, L_POSSESSIVE, &d->toks[m->first], NULL) &&
          !object_pronoun(d, m)) {
        /* "raised her and her brother": the same one; "her mother and her
         * father": the first relative's possessor, not the relative */
        const Mention *q = p;
        if (p->kind == M_RELATIVE) {
          uint32_t pe = possessor_end(d, sf, p->first);
          const Mention *r = ss.prev_person > 0 && pe != UINT32_MAX
                                 ? &d->ments[ss.prev_person - 1]
                                 : NULL;
          q = r && ((r->kind == M_PRONOUN && r->first == pe) ||
                    (r->kind == M_NAME && r->last == pe))
                  ? r
                  : NULL;
        }
        if (q && q->kind == M_PRONOUN &&
            (!q->gender || strcmp(q->gender, m->gender))) {
          q = NULL;
        }
        const Group *pg =
            q && q->group >= 0 ? &d->groups[find_group(d, q->group)] : NULL;
        if (pg && (!pg->gender || !strcmp(pg->gender, m->gender))) {
          m->group = find_group(d, q->group);
        }
      }
      if (m->group < 0) {
        continue;
      }
      d->groups[find_group(d, m->group)].heard[!strcmp(m->gender, "female")]++;
      if (town_name(&d->groups[m->group])) {
        vote(d, m->group, "Character", 1.0);
      }
    }
    if (level > 1 && m->kind == M_PRONOUN &&
        (ss.prev_person < 0 || d->ments[ss.prev_person].sent != m->sent)) {
      level = 1; /* "Later she ...": the sentence's first person */
    }
    if (d->trace && m->kind != M_NAME && m->kind != M_TITLE) {
      fprintf(stderr, "kgb trace: sentence %u: %s -> %s%s%s\n", m->sent,
              m->surface,
              m->group >= 0 ? d->groups[find_group(d, m->group)].key : "?",
              d->pair[i] ? " + " : "",
              d->pair[i] ? d->groups[d->pair[i] - 1].key : "");
    }
    if (m->group < 0 ||
        !person_capable(d, &d->groups[find_group(d, m->group)], m->kind)) {
      continue;
    }
    int g = find_group(d, m->group);
    if (m->kind == M_NAME && town_name(&d->groups[g]) &&
        (level > 1 || in_brackets(d, sf, m->first))) {
      continue; /* "from Nantes", "(born 1985, Valparaíso)": a town */
    }
    /* "In Paper Lanterns, Amara ...": a name in an opening "In X," phrase is
     * a work or a place, no one a pronoun stands for */
    if (m->kind == M_NAME && m->first == sf + 1 && m->last < d->n_toks &&
        (is_tok(&d->toks[sf], "in") || is_tok(&d->toks[sf], "throughout")) &&
        is_tok(&d->toks[m->last], ",")) {
      continue;
    }
    if (m->kind != M_PRONOUN && ss.prev_person >= 0) {
      const Mention *p = &d->ments[ss.prev_person];
      if (p->kind == M_RELATIVE && p->group >= 0 &&
          find_group(d, p->group) == g && m->first <= p->last + 4) {
        level = ss.recent[0].level; /* "her boss, Ms. Ceyda," */
      }
      if (p->kind != M_PRONOUN && p->last + 1 == m->first &&
          is_tok(&d->toks[p->last], "and")) {
        ss.pair[0] = find_group(d, p->group);
        ss.pair[1] = g;
        ss.pair_sent = m->sent;
        if (ss.carry_sent == m->sent && ss.carry[0] == ss.pair[0] &&
            ss.carry[1] < 0 && g != ss.pair[0]) {
          ss.carry[1] = g; /* "Ana and Bo meet and marry" */
        }
      }
    }
    /* "clashes with her editor, Cemal Bey, but finds …": a name between
     * commas is an apposition, no subject an "and" or "but" carries */
    bool appositive = m->first > sf && is_tok(&d->toks[m->first - 1], ",") &&
                      m->last < d->sents[m->sent].last &&
                      is_tok(&d->toks[m->last], ",") &&
                      ss.carry_sent == m->sent && ss.carry[0] >= 0;
    if (level < 2 && !appositive &&
        !(ss.carry_sent == m->sent && ss.carry[1] == g)) {
      /* before story_push: "him" is no subject here */
      ss.carry[0] = g;
      ss.carry[1] = -1;
      ss.carry_sent = m->sent;
    }
    story_push(&ss, g, m->sent, level, m->first);
    ss.prev_person = (int)i;
  }
done:
  return st;
}

/* A built-in fact about group g, its evidence the first mention of g. */
static KgbStatus infer_fact(Doc *d, int subject, const char *predicate,
                            int object, int g, const char *rule,
                            double confidence) {
  Fact f = {subject, predicate, KGB_VALUE_ENTITY,
            object,  NULL,      {0, 0, 0, rule, confidence}};
  int m = d->groups[g].first_mention;
  if (m >= 0) {
    f.ev.sentence = d->ments[m].sent;
    f.ev.start = d->toks[d->ments[m].first].cstart;
    f.ev.end = d->toks[d->ments[m].last - 1].cend;
  }
  return add_fact(d, &f);
}

/* Each child fact's inverse: "X hasChild Y" gives "Y hasParent X"
 * (builtin:child-parent), the way writers put a family most often. */
static KgbStatus infer_parent_of_child(Doc *d) {
  KgbStatus st = KGB_OK;
  size_t n = d->n_facts;
  for (size_t k = 0; k < n; k++) {
    Fact f = d->facts[k];
    if (f.kind != KGB_VALUE_ENTITY || strcmp(f.predicate, "hasChild")) {
      continue;
    }
    int child = f.object;
    f.object = f.subject;
    f.subject = child;
    f.predicate = kin_inverse(f.predicate);
    f.ev.rule = "builtin:child-parent";
    TRY(st, add_fact(d, &f));
  }
done:
  return st;
}

/* Does the gazetteer put place pl (a @p cls) inside place c (a @p ccls)? */
static bool contains(const KgbPlace *c, const char *ccls, const KgbPlace *pl,
                     const char *cls) {
  if (!strcmp(ccls, "Country")) {
    return strcmp(cls, "Country") && *pl->country &&
           !strcmp(c->country, pl->country);
  }
  return !strcmp(cls, "City") && !strcmp(ccls, "AdministrativeArea") &&
         pl->container && !strcmp(c->name, pl->container);
}

/* Which of the @p n places (group roots) share a sentence: out[i * n + j]
 * is true when places[i] and places[j] are named in one. One pass over the
 * mentions (in text order), pairing each place with those already named in
 * its sentence: O(mentions + n²), the size of the caller's loop over pairs.
 * Caller frees; NULL when out of memory. */
static bool *places_named_together(Doc *d, const int *places, size_t n) {
  bool *out = calloc(n ? n * n : 1, sizeof *out);
  int *index = malloc((d->n_groups ? d->n_groups : 1) * sizeof *index);
  size_t *seen = malloc((n ? n : 1) * sizeof *seen); /* this sentence's */
  long *last = malloc((n ? n : 1) * sizeof *last);   /* sentence of each */
  if (!out || !index || !seen || !last) {
    free(out);
    out = NULL;
    goto done;
  }
  for (size_t g = 0; g < d->n_groups; g++) {
    index[g] = -1;
  }
  for (size_t i = 0; i < n; i++) {
    index[places[i]] = (int)i;
    last[i] = -1;
  }
  size_t n_seen = 0;
  long sent = -1;
  for (size_t i = 0; i < d->n_ments; i++) {
    const Mention *m = &d->ments[i];
    int p = m->group >= 0 ? index[find_group(d, m->group)] : -1;
    if (p < 0) {
      continue;
    }
    if ((long)m->sent != sent) {
      sent = (long)m->sent;
      n_seen = 0;
    }
    if (last[p] == sent) {
      continue;
    }
    for (size_t k = 0; k < n_seen; k++) {
      out[seen[k] * n + (size_t)p] = out[(size_t)p * n + seen[k]] = true;
    }
    last[p] = sent;
    seen[n_seen++] = (size_t)p;
  }
done:
  free(index);
  free(seen);
  free(last);
  return out;
}

/* Does sentence b end a line without a final stop ("Other productions
 * filmed in the region"), a heading the text layer did not mark? */
static bool unstopped_line(const Doc *d, uint32_t b) {
  const KgbSentence *sent = &d->sents[b];
  const KgbToken *last = &d->toks[sent->last - 1];
  return (last->flags & KGB_TOK_WORD) &&
         (sent->last >= d->n_toks ||
          (d->toks[sent->last].flags & KGB_TOK_NEWLINE));
}

/* The places a heading names, when it names nothing else: "Kochi, Kerala",
 * "Kotor (Montenegro)", "Tarsus and Kizkalesi", "Connemara, County Galway", and
 * a name the place data does not know before a place ("Narvik, Norway", kept in
 * @p unknown). Returns how many (at most 8) went to @p out; 0 for any other
 * heading. */
static size_t heading_places(Doc *d, const KgbSentence *h, int *out,
                             bool *unknown) {
  size_t n = 0;
  for (uint32_t t = h->first; t < h->last;) {
    int mi = d->mention_at[t];
    if (mi < 0) {
      /* "Connemara, County Galway": a lead head word of the name too */
      if (!is_tok(&d->toks[t], ",") && !is_tok(&d->toks[t], "and") &&
          !is_tok(&d->toks[t], "&") && !is_tok(&d->toks[t], "(") &&
          !is_tok(&d->toks[t], ")") &&
          !in_list(d, L_LEAD_HEAD, &d->toks[t], NULL)) {
        return 0;
      }
      t++;
      continue;
    }
    const Mention *m = &d->ments[mi];
    if (m->group < 0 || n == 8) {
      return 0;
    }
    const Group *g = &d->groups[find_group(d, m->group)];
    const char *cls = g->cls ? g->cls : best_class(g);
    int next = m->last + 1 < h->last ? d->mention_at[m->last + 1] : -1;
    bool before_place = false;
    if (!cls && m->kind == M_NAME && next >= 0 &&
        is_tok(&d->toks[m->last], ",") && d->ments[next].group >= 0) {
      const Group *ng = &d->groups[find_group(d, d->ments[next].group)];
      before_place = ng->cls && class_in(d, ng->cls, "Place");
    }
    if (!before_place && !(cls && class_in(d, cls, "Place"))) {
      return 0;
    }
    unknown[n] = before_place;
    out[n++] = find_group(d, m->group);
    t = m->last;
  }
  return n;
}

/* Section headings of a location piece: a heading line that names only
 * places (heading_places) heads the sentences up to the next heading or
 * unstopped line; when one of them (at most 15), not negated, has a word of
 * the filming_cue list ("scenes", "crew", "shot"), the main work was filmed
 * in each place of the heading, and a name the place data does not know is
 * a town. Linear. */
static KgbStatus section_places(Doc *d) {
  KgbStatus st = KGB_OK;
  if (d->main_work < 0 || !d->ex->lists[L_FILMING_CUE]) {
    return KGB_OK;
  }
  int w = find_group(d, d->main_work);
  for (uint32_t s = 0; s < d->n_sents; s++) {
    const KgbSentence *h = &d->sents[s];
    int places[8];
    bool unknown[8];
    size_t n = h->heading ? heading_places(d, h, places, unknown) : 0;
    bool cue = false;
    for (uint32_t b = s + 1; n > 0 && b < d->n_sents && b <= s + 15 && !cue &&
                             !d->sents[b].heading && !unstopped_line(d, b);
         b++) {
      bool neg = false, hit = false;
      for (uint32_t t = d->sents[b].first; t < d->sents[b].last; t++) {
        neg |= neg_token(d, t);
        hit |= in_list(d, L_FILMING_CUE, &d->toks[t], NULL);
      }
      cue = hit && !neg;
    }
    for (size_t i = 0; cue && i < n; i++) {
      Fact f = {w,
                "filmedIn",
                KGB_VALUE_ENTITY,
                places[i],
                NULL,
                {s, d->toks[h->first].cstart, d->toks[h->last - 1].cend,
                 "builtin:section-heading", 0.7}};
      if (unknown[i]) {
        vote(d, places[i], "City", 0.7);
      }
      d->groups[w].referenced = d->groups[places[i]].referenced = true;
      TRY(st, add_fact(d, &f));
    }
  }
  decide_classes(d);
done:
  return st;
}

/* A region named after its container ("Northern Norway", "Swedish
 * Lapland", region_part) or an area named with it ("the Ernakulam district
 * of Kerala") lies in it: the container is the document's entity of that
 * name, made from the gazetteer when the text never names it alone. */
static KgbStatus infer_region_containers(Doc *d) {
  KgbStatus st = KGB_OK;
  const KgbPlaces *places = kgb_rules_places(d->rules);
  size_t n_groups = d->n_groups;
  for (size_t g = 0; g < n_groups; g++) {
    intptr_t within = 0;
    const Group *gr = &d->groups[g];
    if (gr->parent != (int)g || !gr->cls || !class_in(d, gr->cls, "Place") ||
        gr->first_mention < 0 || !kgb_map_get(&d->within, gr->key, &within)) {
      continue;
    }
    const char *name = (const char *)within;
    const char *key = norm_key(d, name);
    size_t n = 0;
    const KgbPlace *pl = key ? kgb_places_find(places, key, &n) : NULL;
    const Mention *rm = &d->ments[gr->first_mention];
    intptr_t have = 0;
    int c;
    if (key && kgb_map_get(&d->group_of_key, key, &have)) {
      c = find_group(d, (int)have - 1);
    } else if (!pl) {
      continue;
    } else {
      Mention u = {rm->sent, rm->first, rm->last, M_NAME, pl->cls,
                   pl,       name,      key,      NULL,   -1};
      TRY(st, group_for(d, &u));
      c = find_group(d, u.group);
      d->groups[c].first_mention = gr->first_mention;
    }
    if (!d->groups[c].cls && pl) {
      d->groups[c].cls = pl->cls;
    }
    if (c == (int)g || !class_in(d, d->groups[c].cls, "Place")) {
      continue;
    }
    d->groups[g].referenced = d->groups[c].referenced = true;
    TRY(st,
        infer_fact(d, (int)g, "locatedIn", c, (int)g, "builtin:region", 0.75));
  }
done:
  return st;
}

/* "the Netflix series ‘X’", "the BBC Two drama ‘Y’": a service of the
 * `streamer` list (or a channel of the `broadcaster` list) among the words
 * of a work mention right before a title distributes (airs) that title.
 * The work mention swallows the name, so it is made an entity here
 * (builtin:channel-kind). */
static KgbStatus infer_channel_kind(Doc *d) {
  KgbStatus st = KGB_OK;
  for (size_t i = 0; i + 1 < d->n_ments; i++) {
    const Mention *m = &d->ments[i], *n = &d->ments[i + 1];
    if (m->kind != M_NOMINAL || n->kind != M_TITLE || n->first != m->last ||
        n->group < 0) {
      continue;
    }
    bool found = false;
    for (uint32_t a = m->first + 1; a + 1 < m->last && !found; a++) {
      /* the longest name first, never the head noun: "BBC Two", "BBC" */
      for (uint32_t b = m->last - 1; b > a && !found; b--) {
        const char *surface = NULL, *key = NULL;
        if (!(d->toks[a].flags & KGB_TOK_CAP)) {
          break;
        }
        if (!(surface = span_text(d, a, b)) || !(key = norm_key(d, surface))) {
          return KGB_ERR_NOMEM;
        }
        bool stream = key_in_list(d, L_STREAMER, key);
        if (!stream && !key_in_list(d, L_BROADCASTER, key)) {
          continue;
        }
        found = true;
        Mention u = {m->sent, a,       b,   M_NAME, "Organization",
                     NULL,    surface, key, NULL,   -1};
        TRY(st, group_for(d, &u));
        int c = find_group(d, u.group), w = find_group(d, n->group);
        if (!d->groups[c].cls) {
          d->groups[c].cls = "Organization";
        }
        if (!class_in(d, d->groups[c].cls, "Organization") ||
            !d->groups[w].cls || !class_in(d, d->groups[w].cls, "Work")) {
          continue;
        }
        d->groups[c].referenced = d->groups[w].referenced = true;
        TRY(st, infer_fact(d, w, stream ? "distributedBy" : "broadcastBy", c, w,
                           "builtin:channel-kind", 0.7));
      }
    }
  }
done:
  return st;
}

/* Per sentence, the one city it names (its group), -1 for none, -2 for
 * several; -4 when it names an area (a district may lie in that instead).
 * A heading that names anything but one city (and its country: "Porto,
 * Portugal") is -1: "Stand-ins for Paris" heads no section of Paris. */
static void sentence_cities(Doc *d, int *cities) {
  for (size_t s = 0; s < d->n_sents; s++) {
    cities[s] = -1;
  }
  for (size_t i = 0; i < d->n_ments; i++) {
    const Mention *m = &d->ments[i];
    if (m->group < 0 || m->kind != M_NAME) {
      continue;
    }
    int g = find_group(d, m->group);
    const char *cls = d->groups[g].cls;
    int *c = &cities[m->sent];
    if (cls && !strcmp(cls, "AdministrativeArea") && d->groups[g].place &&
        !d->sents[m->sent].heading && *c != -2) {
      *c = -4;
    }
    if (!cls || strcmp(cls, "City") || *c == -4) {
      continue;
    }
    *c = *c == -1 || *c == g ? g : -2;
  }
  for (size_t s = 0; s < d->n_sents; s++) {
    const KgbSentence *se = &d->sents[s];
    if (!se->heading || cities[s] < 0) {
      continue;
    }
    for (uint32_t t = se->first; t < se->last; t++) {
      int mi = d->mention_at[t];
      const Mention *m = mi >= 0 ? &d->ments[mi] : NULL;
      const char *cls =
          m && m->group >= 0 ? d->groups[find_group(d, m->group)].cls : NULL;
      if (m && cls && class_in(d, cls, "City|Country|AdministrativeArea")) {
        t = m->last - 1;
      } else if (!is_tok(&d->toks[t], ",")) {
        cities[s] = -1;
        break;
      }
    }
  }
}

/* A landmark, or a district the data does not know ("the Ribeira
 * district", "Ribeira"), first named under a heading that is a city's name
 * ("Porto, Portugal" over "The Dom Luís I Bridge and the Ribeira district are
 * easy to spot") lies in that city, unless the text placed it already or the
 * section has named another city or an area by then. Any other heading ends
 * the section. */
static KgbStatus infer_section_places(Doc *d) {
  KgbStatus st = KGB_OK;
  int *cities = malloc((d->n_sents ? d->n_sents : 1) * sizeof *cities);
  bool *placed = calloc(d->n_groups ? d->n_groups : 1, sizeof *placed);
  if (!cities || !placed) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  sentence_cities(d, cities);
  for (size_t f = 0; f < d->n_facts; f++) {
    const Fact *fa = &d->facts[f];
    if (fa->kind == KGB_VALUE_ENTITY && !strcmp(fa->predicate, "locatedIn")) {
      placed[find_group(d, fa->subject)] = true;
    }
  }
  int section = -1;
  for (size_t s = 0; s < d->n_sents; s++) {
    int own = cities[s];
    if (d->sents[s].heading) {
      section = own >= 0 ? own : -1;
      cities[s] = -1; /* no landmark is placed from its heading */
      continue;
    }
    if (own != -1 && own != section) {
      section = -1; /* another city or an area: the section is no guide */
    }
    cities[s] = section;
  }
  for (size_t g = 0; g < d->n_groups; g++) {
    const Group *gr = &d->groups[g];
    const char *last = strrchr(gr->key, ' ');
    if (gr->parent != (int)g || !gr->cls || placed[g] ||
        gr->first_mention < 0 ||
        !(!strcmp(gr->cls, "Landmark") ||
          (!strcmp(gr->cls, "AdministrativeArea") && !gr->place &&
           (!last || !strcmp(last, " district"))))) {
      continue;
    }
    int c = cities[d->ments[gr->first_mention].sent];
    if (c < 0 || c == (int)g) {
      continue;
    }
    d->groups[g].referenced = d->groups[c].referenced = true;
    TRY(st,
        infer_fact(d, (int)g, "locatedIn", c, (int)g, "builtin:section", 0.6));
  }
done:
  free(cities);
  free(placed);
  return st;
}

/* Where the genre of a nominal mention ending in a genre noun starts: the
 * genre words before the noun ("the bittersweet romantic drama" →
 * "romantic drama"), and after a nationality one word that narrows the
 * genre ("the Australian outback noir" → "outback noir"; "the moody
 * drama", "the new thriller": a word of opinion or time, no genre). */
static uint32_t genre_start(const Doc *d, const Mention *m, uint32_t head) {
  uint32_t a = head;
  while (a > m->first && in_list(d, L_GENRE, &d->toks[a - 1], NULL) &&
         !(d->toks[a - 1].flags & KGB_TOK_CAP)) {
    a--;
  }
  while (a < head && (d->toks[a].flags & KGB_TOK_PUNCT)) {
    a++; /* never from a hyphen */
  }
  if (a >= m->first + 2) {
    const KgbToken *w = &d->toks[a - 1];
    if ((w->flags & KGB_TOK_WORD) &&
        !(w->flags & (KGB_TOK_CAP | KGB_TOK_NUM)) &&
        !in_list(d, L_FUNCTION_WORD, w, NULL) &&
        in_list(d, L_LANGUAGE, &d->toks[a - 2], NULL)) {
      a--;
    }
  }
  return a;
}

/* Built-in inferences; each fact names its rule. */
/* The main work @p w stars whoever plays one of its characters, when no rule
 * has said which work the actor is in: "Lena Ortiz plays Amparo" anywhere in
 * the piece. A character another work has is left to that work. */
static KgbStatus infer_cast(Doc *d, int w, const bool *other) {
  KgbStatus st = KGB_OK;
  bool *placed = calloc(d->n_groups ? d->n_groups : 1, sizeof *placed);
  if (!placed) {
    return KGB_ERR_NOMEM;
  }
  size_t n = d->n_facts;
  for (size_t f = 0; f < n; f++) {
    const Fact *fa = &d->facts[f];
    if (fa->kind == KGB_VALUE_ENTITY && !strcmp(fa->predicate, "starring")) {
      placed[find_group(d, fa->object)] = true;
    }
  }
  for (size_t f = 0; f < n; f++) {
    const Fact *fa = &d->facts[f];
    if (fa->kind != KGB_VALUE_ENTITY || strcmp(fa->predicate, "playedBy")) {
      continue;
    }
    int c = find_group(d, fa->subject), p = find_group(d, fa->object);
    const Group *cg = &d->groups[c], *pg = &d->groups[p];
    if (placed[p] || other[c] || !cg->cls || strcmp(cg->cls, "Character") ||
        !pg->cls || strcmp(pg->cls, "Person")) {
      continue;
    }
    placed[p] = true;
    d->groups[p].referenced = true;
    TRY(st, infer_fact(d, w, "starring", p, c, "builtin:work-cast", 0.7));
  }
done:
  free(placed);
  return st;
}

/* For each group, whether a rule made it a character of a work other than
 * @p w; NULL when out of memory. Caller frees. */
static bool *characters_elsewhere(Doc *d, int w) {
  bool *other = calloc(d->n_groups ? d->n_groups : 1, sizeof *other);
  for (size_t f = 0; other && f < d->n_facts; f++) {
    const Fact *fa = &d->facts[f];
    if (fa->kind == KGB_VALUE_ENTITY &&
        !strcmp(fa->predicate, "hasCharacter") &&
        find_group(d, fa->subject) != w) {
      other[find_group(d, fa->object)] = true;
    }
  }
  return other;
}

static KgbStatus infer(Doc *d) {
  KgbStatus st = KGB_OK;
  bool *in_area = NULL, *shown = NULL, *together = NULL;
  int *places = NULL;
  size_t n_places = 0, cap_places = 0;
  /* a quoted title nobody typed is a work */
  for (size_t g = 0; g < d->n_groups; g++) {
    Group *gr = &d->groups[g];
    if (gr->parent == (int)g && gr->titled && !gr->cls && !gr->literal_only) {
      vote(d, (int)g, "Work", 0.3);
      gr->cls = "Work";
    }
  }
  /* "the thriller was shot …", "the drama follows …": a genre noun naming
   * the work (a clause's subject, before a comma or a verb) is its genre */
  static const char *const after_genre_noun[] = {
      ",",       "is",       "was",     "follows",  "followed", "stars",
      "opens",   "has",      "centres", "centers",  "tells",    "premiered",
      "written", "directed", "created", "produced", "starring", "set",
      "about",   "by",       "from",    "that",     "which"};
  for (size_t i = 0; i < d->n_ments; i++) {
    const Mention *m = &d->ments[i];
    const KgbToken *head = &d->toks[m->last - 1];
    bool before_kind = false;
    if (m->kind == M_NOMINAL && m->last - m->first > 2 &&
        !in_list(d, L_GENRE_NOUN, head, NULL) &&
        in_list(d, L_WORK_NOUN, head, NULL)) {
      head--; /* "the 2021 drama film", "the Portuguese crime film" */
      before_kind = true;
    }
    if (m->kind != M_NOMINAL || m->last >= d->n_toks ||
        !(in_list(d, L_GENRE_NOUN, head, NULL) ||
          (before_kind && in_list(d, L_GENRE, head, NULL)))) {
      continue;
    }
    /* "the Nollywood drama ‘A Promise’": the title right after it */
    const Mention *n = i + 1 < d->n_ments ? &d->ments[i + 1] : NULL;
    bool titled =
        n && n->first == m->last && n->kind == M_TITLE && n->group >= 0;
    if (!titled && m->group < 0) {
      continue;
    }
    int g = find_group(d, titled ? n->group : m->group);
    bool before_verb = titled;
    const char *cls = d->groups[g].cls;
    for (size_t k = 0; k < sizeof after_genre_noun / sizeof *after_genre_noun;
         k++) {
      before_verb |= is_tok(&d->toks[m->last], after_genre_noun[k]);
    }
    const char *genre = NULL;
    if (before_verb && cls && class_in(d, cls, "Work")) {
      uint32_t a = genre_start(d, m, (uint32_t)(head - d->toks));
      genre =
          dintern(d, d->text + d->toks[a].start, head->end - d->toks[a].start);
    }
    if (!genre) {
      continue;
    }
    Fact f = {g,
              "genre",
              KGB_VALUE_STRING,
              -1,
              genre,
              {m->sent, d->toks[m->first].cstart, head->cend,
               "builtin:genre-noun", 0.6}};
    TRY(st, add_fact(d, &f));
  }
  /* "Northern Norway" lies in Norway, "Swedish Lapland" in Sweden */
  TRY(st, infer_region_containers(d));
  /* "the Netflix series ‘X’" */
  TRY(st, infer_channel_kind(d));
  /* a landmark named under a heading that names its city */
  TRY(st, infer_section_places(d));
  /* "his daughter, Ida": Ida hasParent him too */
  TRY(st, infer_parent_of_child(d));
  /* containment from the gazetteer, when a sentence names the place and its
   * container ("Guadalajara, Jalisco", "filmed in Tequila and Jalisco"): a
   * town and a province named far apart say nothing of each other, and
   * readers do not take them for a fact of the text */
  for (size_t g = 0; g < d->n_groups; g++) {
    const Group *gr = &d->groups[g];
    if (gr->parent == (int)g && gr->place && gr->cls &&
        class_in(d, gr->cls, "Place")) {
      TRY(st, kgb_grow(&places, &cap_places, n_places + 1, sizeof *places));
      places[n_places++] = (int)g;
    }
  }
  /* the most specific container only: a town the text puts in a province
   * or district is not also put in its country */
  in_area = calloc(d->n_groups ? d->n_groups : 1, sizeof *in_area);
  if (!in_area) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  /* a city is put in its country only when the work was filmed or set there
   * (a city named in passing, a birthplace, is not worth the fact) */
  shown = calloc(d->n_groups ? d->n_groups : 1, sizeof *shown);
  if (!shown) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (size_t f = 0; f < d->n_facts; f++) {
    const Fact *fa = &d->facts[f];
    if (fa->kind == KGB_VALUE_ENTITY && !strcmp(fa->predicate, "locatedIn")) {
      const Group *o = &d->groups[find_group(d, fa->object)];
      if (o->cls && class_in(d, o->cls, "AdministrativeArea")) {
        in_area[find_group(d, fa->subject)] = true;
      }
    }
    if (fa->kind == KGB_VALUE_ENTITY && (!strcmp(fa->predicate, "filmedIn") ||
                                         !strcmp(fa->predicate, "setIn"))) {
      shown[find_group(d, fa->object)] = true;
    }
  }
  together = places_named_together(d, places, n_places);
  if (!together) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (int country = 0; country < 2; country++) {
    for (size_t i = 0; i < n_places; i++) {
      Group *gr = &d->groups[places[i]];
      for (size_t j = 0; j < n_places; j++) {
        Group *c = &d->groups[places[j]];
        if (i == j || (strcmp(c->cls, "Country") == 0) != (country == 1) ||
            (country && in_area[places[i]]) ||
            (country && !strcmp(gr->cls, "City") && !shown[places[i]]) ||
            !contains(c->place, c->cls, gr->place, gr->cls) ||
            !together[i * n_places + j]) {
          continue;
        }
        gr->referenced = c->referenced = true;
        in_area[places[i]] = true;
        TRY(st, infer_fact(d, places[i], "locatedIn", places[j], places[i],
                           "builtin:gazetteer", 0.8));
      }
    }
  }
  /* the main work has every character no rule placed in another work ("In
   * the sequel, ‘Y’, Helen Mirren plays his widow, Amy": Y's, not X's) */
  if (d->main_work >= 0) {
    int w = find_group(d, d->main_work);
    bool *other = characters_elsewhere(d, w);
    if (!other) {
      st = KGB_ERR_NOMEM;
      goto done;
    }
    for (size_t g = 0; g < d->n_groups; g++) {
      const Group *gr = &d->groups[g];
      if (gr->parent == (int)g && gr->cls && !strcmp(gr->cls, "Character") &&
          !gr->unnamed && !other[g]) {
        /* the work is listed even when no rule named it in a fact: "In
         * ‘X’, Nora discovers that Tom is her father" */
        d->groups[w].referenced = true;
        st = infer_fact(d, w, "hasCharacter", (int)g, (int)g,
                        "builtin:work-characters", 0.7);
        if (st != KGB_OK) {
          break;
        }
      }
    }
    if (st == KGB_OK) {
      st = infer_cast(d, w, other);
    }
    free(other);
  }
done:
  free(places);
  free(in_area);
  free(shown);
  free(together);
  return st;
}

/* A first name alone joins the single full name of its class starting with it
 * ("Lena" after "Lena Ortiz"); never when two full names share it. One pass
 * indexes full names by "first word|class", one pass links. */
static KgbStatus link_short_names(Doc *d) {
  KgbStatus st = KGB_OK;
  KgbMap first_word = {0}; /* key -> 1 + group, or -1 when ambiguous */
  KgbBuf k = {0};
  for (int pass = 0; pass < 2; pass++) {
    for (size_t g = 0; g < d->n_groups; g++) {
      Group *gr = &d->groups[g];
      if (gr->parent != (int)g || !gr->cls || gr->unnamed ||
          !class_in(d, gr->cls, "Character|Person")) {
        continue;
      }
      const char *space = strchr(gr->key, ' ');
      bool hyph = gr->n_surfaces && strchr(gr->surfaces[0].text, '-');
      if (pass == 1 && space && hyph) {
        /* "Ji-ho" after "Park Ji-ho": a hyphenated given name after the
         * family name */
        kgb_buf_clear(&k);
        TRY(st, kgb_buf_printf(&k, "+%s|%s", gr->key, gr->cls));
        intptr_t v = 0;
        const char *key = dintern(d, k.data, k.len);
        if (!key) {
          st = KGB_ERR_NOMEM;
          goto done;
        }
        if (kgb_map_get(&first_word, key, &v) && v > 0) {
          Group *l = &d->groups[v - 1];
          gr->parent = (int)v - 1;
          l->mentions += gr->mentions;
          l->referenced |= gr->referenced;
        }
        continue;
      }
      if (pass == 0 && space && hyph && strchr(space + 1, ' ')) {
        kgb_buf_clear(&k);
        TRY(st, kgb_buf_printf(&k, "+%s|%s", space + 1, gr->cls));
        const char *key = dintern(d, k.data, k.len);
        if (!key) {
          st = KGB_ERR_NOMEM;
          goto done;
        }
        intptr_t v = 0;
        bool seen = kgb_map_get(&first_word, key, &v);
        TRY(st, kgb_map_put(&first_word, key, seen ? -1 : (intptr_t)g + 1));
      }
      if ((pass == 0) != (space != NULL)) {
        continue; /* full names first, then single names */
      }
      size_t len = space ? (size_t)(space - gr->key) : strlen(gr->key);
      kgb_buf_clear(&k);
      TRY(st, kgb_buf_printf(&k, "%.*s|%s", (int)len, gr->key, gr->cls));
      const char *key = dintern(d, k.data, k.len);
      if (!key) {
        st = KGB_ERR_NOMEM;
        goto done;
      }
      intptr_t v = 0;
      bool seen = kgb_map_get(&first_word, key, &v);
      if (pass == 1 && !seen && !strcmp(gr->cls, "Person")) {
        /* "Eleni takes her daughter" typed a real person, after the
         * character "Eleni Mavrou": a first name alone is the
         * character's (real people go by their family name) */
        kgb_buf_clear(&k);
        TRY(st, kgb_buf_printf(&k, "%.*s|Character", (int)len, gr->key));
        if (!(key = dintern(d, k.data, k.len))) {
          st = KGB_ERR_NOMEM;
          goto done;
        }
        seen = kgb_map_get(&first_word, key, &v);
      }
      if (pass == 0) {
        TRY(st, kgb_map_put(&first_word, key, seen ? -1 : (intptr_t)g + 1));
        /* Funmilayo "Funmi" Adesanya: a nickname quoted inside the name
         * (a one-word surface never written alone in it) is one more
         * short name of the full name */
        for (size_t si = 0; si < gr->n_surfaces; si++) {
          const Surface *sf = &gr->surfaces[si];
          if (sf->count || strchr(sf->text, ' ')) {
            continue;
          }
          char *nk = kgb_normalize(sf->text, strlen(sf->text));
          kgb_buf_clear(&k);
          st = !nk ? KGB_ERR_NOMEM : kgb_buf_printf(&k, "%s|%s", nk, gr->cls);
          bool empty = nk && !*nk;
          free(nk);
          if (st != KGB_OK) {
            goto done;
          }
          if (empty) {
            continue;
          }
          if (!(key = dintern(d, k.data, k.len))) {
            st = KGB_ERR_NOMEM;
            goto done;
          }
          seen = kgb_map_get(&first_word, key, &v);
          TRY(st, kgb_map_put(&first_word, key, seen ? -1 : (intptr_t)g + 1));
        }
      } else if (seen && v > 0) {
        Group *l = &d->groups[v - 1];
        gr->parent = (int)v - 1;
        l->mentions += gr->mentions;
        l->referenced |= gr->referenced;
      }
    }
  }
  for (size_t i = 0; i < d->n_facts; i++) {
    d->facts[i].subject = find_group(d, d->facts[i].subject);
    if (d->facts[i].kind == KGB_VALUE_ENTITY) {
      d->facts[i].object = find_group(d, d->facts[i].object);
    }
  }
done:
  kgb_map_free(&first_word);
  kgb_buf_free(&k);
  return st;
}

/* A surname alone is the one person of the document whose full name ends
 * with it ("Weber" after "Klaus Weber", "Medina Cortés" after "Raúl Medina
 * Cortés"), even when the gazetteer knows a
 * small town of that name (not a country, a province or a big city); never
 * when two full names end with it (Burak Deniz, Dilan Çiçek Deniz). Runs before
 * the rules, on names the data did not type as places or organisations. One
 * pass indexes last words, one pass links. */
static KgbStatus link_surnames(Doc *d) {
  KgbStatus st = KGB_OK;
  KgbMap last_word = {0}; /* last word (doc pool) -> 1 + group, -1: two */
  for (size_t g = 0; g < d->n_groups; g++) {
    Group *gr = &d->groups[g];
    const char *space = strrchr(gr->key, ' ');
    if (gr->parent != (int)g || !space || gr->titled || gr->place ||
        best_class(gr)) {
      continue;
    }
    const char *w = dintern(d, space + 1, strlen(space + 1));
    if (!w) {
      st = KGB_ERR_NOMEM;
      goto done;
    }
    intptr_t v = 0;
    bool seen = kgb_map_get(&last_word, w, &v);
    TRY(st, kgb_map_put(&last_word, w, seen ? -1 : (intptr_t)g + 1));
    /* the last two words of a longer name: a double surname ("Medina
     * Cortés" of "Raúl Medina Cortés") */
    const char *two = space;
    while (two > gr->key && two[-1] != ' ') {
      two--;
    }
    if (two > gr->key) {
      const char *w2 = dintern(d, two, strlen(two));
      if (!w2) {
        st = KGB_ERR_NOMEM;
        goto done;
      }
      seen = kgb_map_get(&last_word, w2, &v);
      TRY(st, kgb_map_put(&last_word, w2, seen ? -1 : (intptr_t)g + 1));
    }
  }
  for (size_t g = 0; g < d->n_groups; g++) {
    Group *gr = &d->groups[g];
    intptr_t v = 0;
    const char *sp = strchr(gr->key, ' ');
    if (gr->parent != (int)g || (sp && strchr(sp + 1, ' ')) || gr->titled ||
        !kgb_map_get(&last_word, gr->key, &v) || v < 0 ||
        (best_class(gr) && !gr->place) ||
        (gr->place && !small_town_name(d, gr))) {
      continue;
    }
    Group *full = &d->groups[v - 1];
    gr->parent = (int)v - 1;
    gr->n_votes = 0; /* "Keller" the town was a coincidence */
    gr->place = NULL;
    full->mentions += gr->mentions;
    if (!full->gender) {
      full->gender = gr->gender;
    }
  }
done:
  kgb_map_free(&last_word);
  return st;
}

/* Dates at the precision written, once: a year ("a 2019 film") or a month
 * goes when the same subject has a finer date of that relation in it
 * ("September 8, 2019"). Two linear passes over the facts. */
static KgbStatus drop_coarse_dates(Doc *d) {
  KgbStatus st = KGB_OK;
  KgbMap finer = {0}; /* "group predicate prefix" -> 1 */
  KgbBuf k = {0};
  for (int pass = 0; pass < 2; pass++) {
    size_t kept = 0;
    for (size_t i = 0; i < d->n_facts; i++) {
      Fact *f = &d->facts[i];
      bool drop = false;
      if (f->kind == KGB_VALUE_DATE) {
        size_t len = strlen(f->literal);
        for (size_t cut = 4; cut <= len; cut += 3) {
          if (pass == 0 && cut == len) {
            break; /* index the strict prefixes only */
          }
          if (pass == 1 && cut < len) {
            continue; /* look the whole value up */
          }
          kgb_buf_clear(&k);
          TRY(st, kgb_buf_printf(&k, "%d %s %.*s", find_group(d, f->subject),
                                 f->predicate, (int)cut, f->literal));
          const char *key = dintern(d, k.data, k.len);
          if (!key) {
            st = KGB_ERR_NOMEM;
            goto done;
          }
          if (pass == 0) {
            TRY(st, kgb_map_put(&finer, key, 1));
          } else {
            drop = kgb_map_get(&finer, key, NULL);
          }
        }
      }
      if (pass == 1 && !drop) {
        d->facts[kept++] = *f;
      }
    }
    if (pass == 1) {
      d->n_facts = kept;
    }
  }
done:
  kgb_map_free(&finer);
  kgb_buf_free(&k);
  return st;
}

/* Is group g's name an entry of list l? */
static bool group_in_list(Doc *d, int g, int l) {
  int m = d->groups[find_group(d, g)].first_mention;
  return m >= 0 && d->ments[m].key && key_in_list(d, l, d->ments[m].key);
}

/* A name written with a plus sign at its end ("Caravela+", "Nordlicht+")
 * is a streaming service's, unless the `broadcaster` list has it ("Canal+"). */
static bool group_is_plus_service(Doc *d, int g) {
  int m = d->groups[find_group(d, g)].first_mention;
  const char *name = m >= 0 ? d->ments[m].surface : NULL;
  size_t len = name ? strlen(name) : 0;
  return len > 1 && name[len - 1] == '+' && !group_in_list(d, g, L_BROADCASTER);
}

/* A (subject, object) pair of a broadcastBy or distributedBy fact, by
 * their groups. */
typedef struct {
  int s, o;
  bool bc; ///< broadcastBy (else distributedBy)
} ChannelPair;

static int cmp_channel_pair(const void *a, const void *b) {
  const ChannelPair *x = a, *y = b;
  if (x->s != y->s) {
    return x->s < y->s ? -1 : 1;
  }
  if (x->o != y->o) {
    return x->o < y->o ? -1 : 1;
  }
  return (int)x->bc - (int)y->bc;
}

/* A work premiered, aired or streamed on X is broadcast or distributed by
 * it, not both: when rules gave both, a channel of the `broadcaster` list
 * keeps broadcastBy and a service of the `streamer` list (or a name ending
 * in a plus sign) distributedBy.
 * The pairs are sorted once and looked up, so a document with many such
 * facts costs n log n. */
static KgbStatus one_channel_relation(Doc *d) {
  ChannelPair *pairs = malloc((d->n_facts ? d->n_facts : 1) * sizeof *pairs);
  if (!pairs) {
    return KGB_ERR_NOMEM;
  }
  size_t n = 0;
  for (size_t i = 0; i < d->n_facts; i++) {
    const Fact *f = &d->facts[i];
    bool bc = !strcmp(f->predicate, "broadcastBy");
    if (f->kind == KGB_VALUE_ENTITY &&
        (bc || !strcmp(f->predicate, "distributedBy"))) {
      pairs[n++] = (ChannelPair){find_group(d, f->subject),
                                 find_group(d, f->object), bc};
    }
  }
  qsort(pairs, n, sizeof *pairs, cmp_channel_pair);
  size_t kept = 0;
  for (size_t i = 0; i < d->n_facts; i++) {
    const Fact *f = &d->facts[i];
    bool bc = !strcmp(f->predicate, "broadcastBy");
    ChannelPair other = {0, 0, !bc};
    bool drop = n > 0 && f->kind == KGB_VALUE_ENTITY &&
                (bc || !strcmp(f->predicate, "distributedBy")) &&
                (group_in_list(d, f->object, bc ? L_STREAMER : L_BROADCASTER) ||
                 (bc && group_is_plus_service(d, f->object)));
    if (drop) {
      other.s = find_group(d, f->subject);
      other.o = find_group(d, f->object);
      drop = bsearch(&other, pairs, n, sizeof *pairs, cmp_channel_pair);
    }
    if (!drop) {
      d->facts[kept] = *f;
      /* "premiered on Caravela+": a service streams it, whatever the rule */
      if (bc && f->kind == KGB_VALUE_ENTITY &&
          group_is_plus_service(d, f->object)) {
        d->facts[kept].predicate = "distributedBy";
      }
      kept++;
    }
  }
  d->n_facts = kept;
  free(pairs);
  return KGB_OK;
}

/* ---- output -------------------------------------------------------------- */

/* The most written spelling of a group (the first on a tie). */
static size_t best_surface(const Group *g) {
  size_t best = 0;
  for (size_t i = 1; i < g->n_surfaces; i++) {
    if (g->surfaces[i].count > g->surfaces[best].count) {
      best = i;
    }
  }
  return best;
}

/* A work's original title is one of its names: "‘Night Harbor’ (Polish:
 * ‘Nocny port’)" labels the work "Night Harbor" with "Nocny port" as an
 * alternative label (never the label: a count of 0). */
static KgbStatus original_title_labels(Doc *d) {
  KgbStatus st = KGB_OK;
  for (size_t i = 0; i < d->n_facts; i++) {
    const Fact *f = &d->facts[i];
    if (f->kind == KGB_VALUE_ENTITY || !f->literal || !*f->literal ||
        strcmp(f->predicate, "originalTitle") != 0) {
      continue;
    }
    Group *gr = &d->groups[find_group(d, f->subject)];
    bool have = false;
    for (size_t k = 0; k < gr->n_surfaces && !have; k++) {
      have = strcmp(gr->surfaces[k].text, f->literal) == 0;
    }
    if (!have) {
      TRY(st, kgb_grow(&gr->surfaces, &gr->cap_surfaces, gr->n_surfaces + 1,
                       sizeof *gr->surfaces));
      gr->surfaces[gr->n_surfaces++] = (Surface){f->literal, 0};
    }
    /* the original title written again as a name later ("Filming of La
     * Hora de las Campanas began …") is the same work: what the text says
     * of that name is said of the work */
    const char *key = norm_key(d, f->literal);
    intptr_t g2 = -1;
    if (key && kgb_map_get(&d->group_of_key, key, &g2)) {
      int root = find_group(d, (int)g2 - 1);
      Group *other = &d->groups[root];
      int work = find_group(d, f->subject);
      /* not the novel of the same name the work is based on */
      bool related = false;
      for (size_t j = 0; j < d->n_facts && !related; j++) {
        related = d->facts[j].kind == KGB_VALUE_ENTITY &&
                  find_group(d, d->facts[j].subject) == work &&
                  find_group(d, d->facts[j].object) == root;
      }
      if (root != work && !related && other->literal_of < 0 &&
          (!other->cls || class_in(d, other->cls, "Work"))) {
        other->literal_only = true;
        other->literal_of = work;
      }
    }
  }
done:
  return st;
}

/* whether the result already has this fact (a moved one may repeat one) */
static bool have_fact(const KgbFact *facts, size_t n, const char *predicate,
                      size_t subject, size_t object, const char *literal) {
  for (size_t i = 0; i < n; i++) {
    const KgbFact *f = &facts[i];
    if (f->subject == subject && !strcmp(f->predicate, predicate) &&
        (literal ? f->literal && !strcmp(f->literal, literal)
                 : !f->literal && f->object == object)) {
      return true;
    }
  }
  return false;
}

static KgbStatus build_result(Doc *d, KgbDocResult *res) {
  KgbStatus st = original_title_labels(d);
  if (st != KGB_OK) {
    return st;
  }
  /* entities: groups with a class that are typed by data, rules or facts */
  size_t n = 0;
  for (size_t g = 0; g < d->n_groups; g++) {
    Group *gr = &d->groups[g];
    bool typed_by_rule = false;
    for (size_t v = 0; v < gr->n_votes; v++) {
      typed_by_rule |= gr->votes[v].weight > 0.5;
    }
    if (gr->parent == (int)g && gr->cls && !gr->literal_only &&
        (gr->referenced || typed_by_rule || gr->place ||
         !strcmp(gr->cls, "Organization") || class_in(d, gr->cls, "Place"))) {
      gr->out_index = (int)n++;
    }
  }
  res->entities = calloc(n ? n : 1, sizeof *res->entities);
  size_t *n_alt = calloc(n ? n : 1, sizeof *n_alt);
  if (!res->entities || !n_alt) {
    free(n_alt);
    return KGB_ERR_NOMEM;
  }
  /* alternative labels: the entity's other spellings, those of the groups
   * merged into it, and the gazetteer's name. Count, then place. */
  for (size_t g = 0; g < d->n_groups; g++) {
    const Group *root = &d->groups[find_group(d, (int)g)];
    if (root->out_index >= 0) {
      n_alt[root->out_index] += d->groups[g].n_surfaces;
    }
  }
  size_t total = 0;
  for (size_t i = 0; i < n; i++) {
    res->entities[i].n_alt = total; /* offset for now */
    total += n_alt[i];
  }
  free(n_alt);
  res->alt_store = calloc(total ? total : 1, sizeof *res->alt_store);
  if (!res->alt_store) {
    return KGB_ERR_NOMEM;
  }
  for (size_t g = 0; g < d->n_groups; g++) {
    const Group *gr = &d->groups[g];
    if (gr->out_index >= 0) {
      KgbEntity *e = &res->entities[gr->out_index];
      size_t best = best_surface(gr);
      e->label = gr->surfaces[best].text;
      e->cls = gr->cls;
      e->mentions = gr->mentions;
      e->alt_labels = res->alt_store + e->n_alt;
      e->n_alt = 0;
    }
  }
  /* each root counted one slot per spelling, its label included: the spare
   * slot takes the gazetteer name below. The graph sorts the labels. */
  for (size_t g = 0; g < d->n_groups; g++) {
    const Group *gr = &d->groups[g];
    const Group *root = &d->groups[find_group(d, (int)g)];
    if (root->out_index < 0) {
      continue;
    }
    KgbEntity *e = &res->entities[root->out_index];
    const char **alts = (const char **)e->alt_labels;
    for (size_t i = 0; i < gr->n_surfaces; i++) {
      if (gr->surfaces[i].text != e->label) {
        alts[e->n_alt++] = gr->surfaces[i].text;
      }
    }
  }
  for (size_t g = 0; g < d->n_groups; g++) {
    const Group *gr = &d->groups[g];
    if (gr->out_index < 0 || !gr->place) {
      continue;
    }
    KgbEntity *e = &res->entities[gr->out_index];
    if (gr->place->name && strcmp(gr->place->name, e->label) != 0 &&
        (!strcmp(gr->cls, "Country") || !strcmp(gr->cls, gr->place->cls))) {
      ((const char **)e->alt_labels)[e->n_alt++] =
          dintern(d, gr->place->name, strlen(gr->place->name));
    }
  }
  res->n_entities = n;
  res->facts = calloc(d->n_facts ? d->n_facts : 1, sizeof *res->facts);
  if (!res->facts) {
    return KGB_ERR_NOMEM;
  }
  size_t nf = 0;
  for (size_t i = 0; i < d->n_facts; i++) {
    const Fact *f = &d->facts[i];
    const Group *s = &d->groups[f->subject];
    const Group *o = f->kind == KGB_VALUE_ENTITY ? &d->groups[f->object] : NULL;
    /* a fact about an original title used as a value is the work's */
    bool moved = false;
    if (s->literal_only && s->literal_of >= 0) {
      s = &d->groups[find_group(d, s->literal_of)];
      moved = true;
    }
    if (o && o->literal_only && o->literal_of >= 0) {
      o = &d->groups[find_group(d, o->literal_of)];
      moved = true;
    }
    if (s->out_index < 0 || (o && o->out_index < 0) || (o && s == o)) {
      continue;
    }
    if (moved && have_fact(res->facts, nf, f->predicate, (size_t)s->out_index,
                           o ? (size_t)o->out_index : 0, f->literal)) {
      continue;
    }
    const KgbVocabTerm *rel = kgb_vocab_find(d->vocab, f->predicate);
    if (!rel || !class_in(d, s->cls, rel->domain) ||
        (o && !class_in(d, o->cls, rel->range))) {
      continue;
    }
    KgbFact *out = &res->facts[nf++];
    out->subject = (size_t)s->out_index;
    out->predicate = rel->name;
    out->kind = f->kind;
    out->object = o ? (size_t)o->out_index : 0;
    out->literal = f->literal;
    out->evidence = f->ev;
  }
  res->n_facts = nf;
  return KGB_OK;
}

/* ---- public API ---------------------------------------------------------- */

KgbStatus kgb_extractor_new(const KgbRules *rules, KgbExtractor **out) {
  *out = NULL;
  KgbExtractor *ex = calloc(1, sizeof *ex);
  if (!ex || kgb_matcher_new(&ex->matcher) != KGB_OK) {
    free(ex);
    return KGB_ERR_NOMEM;
  }
  ex->rules = rules;
  for (int i = 0; i < L_COUNT; i++) {
    ex->lists[i] = kgb_rules_list(rules, list_names[i]);
  }
  size_t n = kgb_rules_count(rules);
  for (size_t i = 0; i < n; i++) {
    ex->has_window |= kgb_rules_at(rules, i)->window > 1;
  }
  ex->candidates = malloc((n ? n : 1) * sizeof *ex->candidates);
  ex->seen = calloc((n + 63) / 64 + 1, sizeof *ex->seen);
  if (!ex->candidates || !ex->seen) {
    kgb_extractor_free(ex);
    return KGB_ERR_NOMEM;
  }
  *out = ex;
  return KGB_OK;
}

void kgb_extractor_free(KgbExtractor *ex) {
  if (ex) {
    kgb_matcher_free(ex->matcher);
    kgb_text_buf_free(&ex->text);
    free(ex->candidates);
    free(ex->seen);
    free(ex);
  }
}

/* The end of a run of one to four name tokens, none a function word,
 * from token t (t itself when there is none). */
static uint32_t plain_name_run(const Doc *d, uint32_t t, uint32_t last) {
  uint32_t e = t;
  while (e < last && e < t + 4 && name_token(&d->toks[e]) &&
         !in_list(d, L_FUNCTION_WORD, &d->toks[e], NULL)) {
    e++;
  }
  return e;
}

/* "Meera Kulkarni – Ananya Deshpande", "Vikram Rathore (Arjun
 * Malhotra)": a name, a dash, colon or bracket, and a name of two or more
 * words, and nothing else. */
static bool cast_pair_line(const Doc *d, const KgbSentence *sent) {
  uint32_t a = plain_name_run(d, sent->first, sent->last);
  if (a == sent->first || a + 3 > sent->last) {
    return false;
  }
  const KgbToken *sep = &d->toks[a];
  bool paren = is_tok(sep, "(");
  if (!paren && !is_tok(sep, "–") && !is_tok(sep, "—") && !is_tok(sep, ":")) {
    return false;
  }
  uint32_t b = plain_name_run(d, a + 1, sent->last);
  if (b < a + 3) {
    return false;
  }
  return paren ? b + 1 == sent->last && is_tok(&d->toks[b], ")")
               : b == sent->last;
}

/* "Sofie Berg as Detective Ida Krogh", "Meera Kulkarni – Ananya
 * Deshpande": a line of a cast list, not a heading, though it has no verb
 * and no final stop. Linear. */
static void unmark_cast_lines(Doc *d) {
  for (size_t s = 0; s < d->n_sents; s++) {
    KgbSentence *sent = &d->sents[s];
    if (sent->heading && cast_pair_line(d, sent)) {
      sent->heading = false;
    }
    for (uint32_t t = sent->first + 1; sent->heading && t + 1 < sent->last;
         t++) {
      if (is_tok(&d->toks[t], "as") && name_token(&d->toks[t - 1]) &&
          name_token(&d->toks[t + 1])) {
        sent->heading = false;
      }
    }
  }
}

static int cmp_mention(const void *a, const void *b) {
  uint32_t x = ((const Mention *)a)->first, y = ((const Mention *)b)->first;
  return x < y ? -1 : x > y;
}

static void doc_free(Doc *d) {
  /* toks and sents belong to the extractor (ex->text) */
  free(d->ments);
  for (size_t g = 0; g < d->n_groups; g++) {
    free(d->groups[g].surfaces);
  }
  free(d->groups);
  kgb_map_free(&d->group_of_key);
  kgb_map_free(&d->cap_midsentence);
  kgb_map_free(&d->quoted);
  kgb_map_free(&d->alt_name);
  kgb_map_free(&d->within);
  kgb_map_free(&d->fact_keys);
  free(d->mention_at);
  free(d->pair);
  free(d->facts);
  free(d->items);
  kgb_buf_free(&d->scratch);
}

KgbStatus kgb_extractor_run(KgbExtractor *ex, const char *doc_id,
                            const char *text, size_t len, KgbDocResult **out) {
  *out = NULL;
  KgbStatus st = KGB_OK;
  KgbDocResult *res = calloc(1, sizeof *res);
  if (!res || !(res->pool = kgb_strpool_new()) ||
      !(res->id = kgb_strdup(doc_id))) {
    kgb_doc_result_free(res);
    return KGB_ERR_NOMEM;
  }
  Doc d = {0};
  ClassMemo class_memo = {0};
  d.class_memo = &class_memo;
  d.ex = ex;
  d.rules = ex->rules;
  d.vocab = kgb_rules_vocab(ex->rules);
  d.text = text;
  d.pool = res->pool;
  d.main_work = -1;
  const char *trace = getenv("KGB_TRACE");
  d.trace = !trace ? 0 : trace[0] == '2' ? 2 : 1;
  TRY(st, kgb_text_split(d.rules, d.pool, text, len, &ex->text)); /* +keys */
  d.toks = ex->text.toks;
  d.n_toks = ex->text.n_toks;
  d.sents = ex->text.sents;
  d.n_sents = ex->text.n_sents;
  mark_mixed_case(&d);
  find_doc_title(&d);
  /* words the document writes capitalised mid-sentence */
  for (size_t s = 0; s < d.n_sents; s++) {
    if (d.sents[s].heading) {
      continue;
    }
    for (uint32_t t = d.sents[s].first + 1; t < d.sents[s].last; t++) {
      const KgbToken *tok = &d.toks[t];
      if (name_token(tok) && !(d.toks[t - 1].flags & KGB_TOK_OPENQ) &&
          !is_tok(&d.toks[t - 1], ".") && !is_tok(&d.toks[t - 1], ":")) {
        TRY(st, kgb_map_put(&d.cap_midsentence, tok->lower, 1));
      }
    }
  }
  /* quoted spans of a few words, counted (sentence-case titles) */
  for (size_t i = 0; i < d.n_toks; i++) {
    if (!(d.toks[i].flags & KGB_TOK_OPENQ)) {
      continue;
    }
    size_t j = i + 1;
    while (j < d.n_toks && j < i + 8 && !(d.toks[j].flags & KGB_TOK_CLOSEQ) &&
           !(d.toks[j].flags & KGB_TOK_OPENQ)) {
      j++;
    }
    if (j >= d.n_toks || !(d.toks[j].flags & KGB_TOK_CLOSEQ) || j == i + 1) {
      continue;
    }
    const char *surface = span_text(&d, (uint32_t)i, (uint32_t)j + 1);
    const char *key = surface ? norm_key(&d, surface) : NULL;
    if (!key) {
      st = KGB_ERR_NOMEM;
      goto done;
    }
    intptr_t times = 0;
    kgb_map_get(&d.quoted, key, &times);
    TRY(st, kgb_map_put(&d.quoted, key, times + 1));
  }
  unmark_cast_lines(&d);
  /* mentions: the body first, then headings (which only name known names) */
  for (int pass = 0; pass < 2; pass++) {
    size_t before = d.n_ments;
    for (uint32_t s = 0; s < d.n_sents; s++) {
      TRY(st, find_mentions(&d, s, pass == 1));
    }
    for (size_t m = before; m < d.n_ments; m++) {
      if (d.ments[m].kind == M_NAME || d.ments[m].kind == M_TITLE) {
        TRY(st, group_for(&d, &d.ments[m]));
      }
    }
  }
  TRY(st, find_story_mentions(&d));
  /* mentions in text order (no two start at one token), indexed by their
   * first token; each group's first mention is its evidence for inferences */
  if (d.n_ments > 1) {
    qsort(d.ments, d.n_ments, sizeof *d.ments, cmp_mention);
  }
  for (size_t m = 0; m < d.n_ments; m++) {
    int g = d.ments[m].group;
    if (g >= 0 && d.groups[g].first_mention < 0) {
      d.groups[g].first_mention = (int)m;
    }
  }
  d.mention_at = malloc((d.n_toks ? d.n_toks : 1) * sizeof *d.mention_at);
  if (!d.mention_at) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < d.n_toks; i++) {
    d.mention_at[i] = -1;
  }
  for (size_t m = 0; m < d.n_ments; m++) {
    if (d.mention_at[d.ments[m].first] < 0) {
      d.mention_at[d.ments[m].first] = (int)m;
    }
  }
  TRY(st, link_surnames(&d));
  TRY(st, run_stage(&d, KGB_STAGE_ENTITY));
  decide_classes(&d);
  choose_main_work(&d);
  d.pair = calloc(d.n_ments ? d.n_ments : 1, sizeof *d.pair);
  if (!d.pair) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  TRY(st, learn_genders(&d));
  TRY(st, resolve_story(&d));
  decide_classes(&d);
  d.context_year = 0;
  TRY(st, run_stage(&d, KGB_STAGE_RELATION));
  decide_classes(&d);
  TRY(st, section_places(&d));
  TRY(st, infer(&d));
  TRY(st, link_short_names(&d));
  TRY(st, drop_coarse_dates(&d));
  TRY(st, one_channel_relation(&d));
  res->n_sentences = d.n_sents;
  TRY(st, build_result(&d, res));
  *out = res;
  res = NULL;
done:
  doc_free(&d);
  kgb_doc_result_free(res);
  return st;
}

const char *kgb_doc_result_id(const KgbDocResult *doc) {
  return doc->id;
}
size_t kgb_doc_result_sentence_count(const KgbDocResult *doc) {
  return doc->n_sentences;
}
size_t kgb_doc_result_entity_count(const KgbDocResult *doc) {
  return doc->n_entities;
}
const KgbEntity *kgb_doc_result_entity(const KgbDocResult *doc, size_t i) {
  return i < doc->n_entities ? &doc->entities[i] : NULL;
}
size_t kgb_doc_result_fact_count(const KgbDocResult *doc) {
  return doc->n_facts;
}
const KgbFact *kgb_doc_result_fact(const KgbDocResult *doc, size_t i) {
  return i < doc->n_facts ? &doc->facts[i] : NULL;
}

void kgb_doc_result_free(KgbDocResult *doc) {
  if (doc) {
    free(doc->id);
    free(doc->entities);
    free(doc->facts);
    free(doc->alt_store);
    kgb_strpool_free(doc->pool);
    free(doc);
  }
}
