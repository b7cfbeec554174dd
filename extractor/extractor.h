/*
 * extractor.h: text in, entities and facts with evidence out.
 *
 * Pipeline per document: sentences -> tokens -> entity mentions (typed with
 * the vocabulary's classes) -> relation rules from data files -> facts.
 * The vocabulary and the rules are data (the .tsv and .rules files of rules/),
 * compiled into the binary as the default set; more can be loaded from a
 * directory.
 *
 * Ownership: a KgbRules is immutable once built and may be shared by many
 * extractors; a KgbExtractor is not thread-safe (one per thread); a
 * KgbDocResult owns every string it hands out.
 */
#ifndef KGB_EXTRACTOR_H
#define KGB_EXTRACTOR_H

#include "../util/util.h"

/* ---- vocabulary ---------------------------------------------------------- */

/// The classes and relations an extracted graph may use (vocabulary.tsv).
typedef struct KgbVocab KgbVocab;

typedef enum {
  KGB_RANGE_ENTITY,  ///< object is an entity
  KGB_RANGE_LITERAL, ///< object is a plain literal (xsd:string, or a number)
  KGB_RANGE_DATE,    ///< object is an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD
} KgbRangeKind;

/// One vocabulary row; borrowed from the KgbVocab, valid while it lives.
typedef struct {
  bool is_class;
  const char *name;    ///< local name ("Film", "directedBy")
  const char *domain;  ///< "Work", "Character|Person", or "-"
  const char *range;   ///< "Person", "literal", "date", or "-"
  const char *traits;  ///< "symmetric", "transitive", "subclass of Work", "-"
  const char *aligned; ///< "schema:Movie", "wikidata:P915", or "-"
  const char *meaning; ///< one-line definition
  const char *superclass;  ///< classes: parent class local name, or NULL
  bool symmetric;          ///< relations: traits say symmetric
  bool transitive;         ///< relations: traits say transitive
  KgbRangeKind range_kind; ///< relations only
} KgbVocabTerm;

/// The built-in vocabulary (rules/vocabulary.tsv compiled in). Never NULL after
/// kgb_rules_new_default() succeeded once; static lifetime.
const KgbVocab *kgb_vocab_default(void);
size_t kgb_vocab_count(const KgbVocab *vocab);
const KgbVocabTerm *kgb_vocab_at(const KgbVocab *vocab, size_t i);
/// Term by local name, or NULL.
const KgbVocabTerm *kgb_vocab_find(const KgbVocab *vocab, const char *name);

/* ---- rules --------------------------------------------------------------- */

/// A compiled, indexed rule set (entity lexicons + relation patterns).
typedef struct KgbRules KgbRules;

/**
 * Build the default rule set (the files under rules/, compiled in).
 * On KGB_ERR_PARSE, *err (if err is not NULL) receives a message naming the
 * file, line and column; the caller frees it with free().
 */
KgbStatus kgb_rules_new_default(KgbRules **out, char **err);

/// Add every *.rules / *.tsv rule file of @p dir to @p rules. On failure the
/// rule set is unchanged and *err names file:line:col (caller frees).
KgbStatus kgb_rules_load_dir(KgbRules *rules, const char *dir, char **err);

void kgb_rules_free(KgbRules *rules);

/// The vocabulary the rules were checked against (borrowed).
const KgbVocab *kgb_rules_vocab(const KgbRules *rules);

/* ---- extraction ---------------------------------------------------------- */

typedef struct KgbExtractor KgbExtractor;

/// @p rules is borrowed and must outlive the extractor.
KgbStatus kgb_extractor_new(const KgbRules *rules, KgbExtractor **out);
void kgb_extractor_free(KgbExtractor *ex);

/// Kind of a fact's object.
typedef enum {
  KGB_VALUE_ENTITY,  ///< `object` indexes the document's entities
  KGB_VALUE_STRING,  ///< `literal` is a string (title, genre, occupation...)
  KGB_VALUE_DATE,    ///< `literal` is ISO 8601: "2022", "2022-02", "2022-11-11"
  KGB_VALUE_INTEGER, ///< `literal` is a decimal integer ("104", "12000000")
  KGB_VALUE_DECIMAL, ///< `literal` is a decimal number ("30.1")
} KgbValueKind;

/// An entity of one document, resolved within the document (one per thing).
/// Strings are borrowed from the KgbDocResult.
typedef struct {
  const char *label;             ///< best name as written ("Ozan Açiktan")
  const char *cls;               ///< vocabulary class local name ("Person")
  const char *const *alt_labels; ///< other spellings seen, n_alt of them
  size_t n_alt;
  size_t mentions; ///< how often it was mentioned
} KgbEntity;

/// Where a fact was read: the document, sentence and character span.
typedef struct {
  size_t sentence; ///< 0-based sentence index within the document
  size_t start;    ///< character (code point) offset of the evidence start
  size_t end;      ///< character offset one past the evidence end
  const char
      *rule; ///< id of the rule that fired ("relations.rules:directed_by")
  double confidence; ///< 0..1, from the rule
} KgbEvidence;

/// One fact. Types are not facts here: every entity's class is in KgbEntity.
typedef struct {
  size_t subject;        ///< index into the document's entities
  const char *predicate; ///< relation local name ("directedBy")
  KgbValueKind kind;
  size_t object;       ///< entity index when kind == KGB_VALUE_ENTITY
  const char *literal; ///< lexical value otherwise, else NULL
  KgbEvidence evidence;
} KgbFact;

/// The entities and facts of one document (opaque; read with accessors).
typedef struct KgbDocResult KgbDocResult;

/**
 * Extract one document. @p text must be valid UTF-8 (the input module checks);
 * @p doc_id is copied and names the document in evidence.
 * Linear in @p len. On failure *out is NULL.
 */
KgbStatus kgb_extractor_run(KgbExtractor *ex, const char *doc_id,
                            const char *text, size_t len, KgbDocResult **out);

const char *kgb_doc_result_id(const KgbDocResult *doc);
size_t kgb_doc_result_sentence_count(const KgbDocResult *doc);
size_t kgb_doc_result_entity_count(const KgbDocResult *doc);
const KgbEntity *kgb_doc_result_entity(const KgbDocResult *doc, size_t i);
size_t kgb_doc_result_fact_count(const KgbDocResult *doc);
const KgbFact *kgb_doc_result_fact(const KgbDocResult *doc, size_t i);
void kgb_doc_result_free(KgbDocResult *doc);

#endif
