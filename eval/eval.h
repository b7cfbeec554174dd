/*
 * eval.h: score an extracted graph against a gold file (GOLD-FORMAT.md).
 *
 * A KgbGold is one gold TSV file, checked against the vocabulary when loaded.
 * A KgbEvalGraph is the scored part of an extracted graph, read as RDF
 * (raptor2): every entity's names (rdfs:label, skos:altLabel) and the facts
 * whose predicate is rdf:type with a vocabulary class, or a vocabulary
 * relation, matched by local name. Terms of well-known vocabularies
 * (schema.org, Wikidata, FOAF, DBpedia, Dublin Core and every W3C namespace:
 * RDF, RDFS, OWL, SKOS, PROV, geo) are never scored, so alignments, labels,
 * provenance and reification cost nothing.
 *
 * kgb_eval_score() pairs gold lines and extracted facts by a maximum
 * bipartite matching (each gold line and each fact matched at most once),
 * core lines first, and counts per relation. Results can be summed for a
 * micro-average. Everything comes out in a deterministic order.
 */
#ifndef KGB_EVAL_H
#define KGB_EVAL_H

#include "../extractor/extractor.h"

/* ---- gold files ---------------------------------------------------------- */

/// A parsed gold file (opaque).
typedef struct KgbGold KgbGold;

/// One fact line of a gold file; strings borrowed from their owner (the
/// KgbGold, or the KgbEvalResult that lists it as missed).
typedef struct {
  size_t line;           ///< 1-based line number in the file
  const char *subject;   ///< subject field as written ("Ozan Açıktan|...")
  const char *predicate; ///< "type" or a relation local name
  const char *object;    ///< object field as written, quotes kept
  bool core;             ///< status core (true) or optional (false)
} KgbGoldLine;

/**
 * Read and check the gold file @p path against @p vocab (NULL: the built-in
 * vocabulary; another one must outlive the KgbGold). O(lines).
 *
 * @return KGB_OK with *out owning the gold (free with kgb_gold_free());
 * KGB_ERR_IO when the file cannot be read; KGB_ERR_PARSE for a malformed line
 * (wrong field count, unknown predicate or class, bad status, a literal where
 * an entity belongs or the reverse, a bad date, invalid UTF-8, a name with no
 * letter or digit). On failure *out is NULL and *err (when @p err is not
 * NULL) receives "PATH:LINE: what is wrong" (caller frees with free()).
 */
KgbStatus kgb_gold_load(const char *path, const KgbVocab *vocab, KgbGold **out,
                        char **err);

/// As kgb_gold_load() on the bytes text[0..len); @p name (copied) stands for
/// the file in messages.
KgbStatus kgb_gold_parse(const char *name, const char *text, size_t len,
                         const KgbVocab *vocab, KgbGold **out, char **err);

/// Number of fact lines, and line @p i in file order (borrowed).
size_t kgb_gold_count(const KgbGold *gold);
const KgbGoldLine *kgb_gold_line(const KgbGold *gold, size_t i);
void kgb_gold_free(KgbGold *gold);

/* ---- extracted graphs ---------------------------------------------------- */

/// The scored facts of an extracted graph (opaque).
typedef struct KgbEvalGraph KgbEvalGraph;

/// A scored fact, readable: strings borrowed from their owner.
typedef struct {
  const char *subject;   ///< best name (smallest rdfs:label, else altLabel),
                         ///< else the IRI or "_:blank" id
  const char *predicate; ///< "type" or a relation local name
  const char *object;    ///< class local name, object's best name (as for
                         ///< subject), or the literal's lexical form
  bool literal;          ///< object is a literal
} KgbEvalFact;

/// raptor2 parser name for @p path's extension: "turtle" (.ttl), "ntriples"
/// (.nt), "nquads" (.nq), "rdfxml" (.rdf, .xml, .owl); NULL otherwise.
const char *kgb_eval_rdf_syntax(const char *path);

/// True when @p path names an article (.txt, .html, .htm), any case.
bool kgb_eval_is_article(const char *path);

/**
 * Read the RDF file @p path, syntax guessed from its extension
 * (kgb_eval_rdf_syntax()). @p vocab as for kgb_gold_load(). Linear in the
 * file, then O(n log n) to sort the facts.
 *
 * @return KGB_OK with *out (free with kgb_eval_graph_free()); KGB_ERR_USAGE
 * for an unknown extension; KGB_ERR_IO when it cannot be read; KGB_ERR_PARSE
 * when raptor rejects it. On failure *out is NULL and *err (if @p err is not
 * NULL) names the file, and the line and column raptor reports (caller frees).
 */
KgbStatus kgb_eval_graph_load_rdf(const char *path, const KgbVocab *vocab,
                                  KgbEvalGraph **out, char **err);

/// As kgb_eval_graph_load_rdf() on data[0..len) in raptor syntax @p syntax
/// ("turtle", "ntriples", "nquads", "rdfxml"); @p name stands for the file in
/// messages and gives the base IRI.
KgbStatus kgb_eval_graph_parse_rdf(const char *name, const char *syntax,
                                   const char *data, size_t len,
                                   const KgbVocab *vocab, KgbEvalGraph **out,
                                   char **err);

/**
 * Extract the article @p path on its own with @p rules (NULL: the built-in
 * rules), export it as N-Triples into memory and read that as RDF with the
 * rules' vocabulary. Errors as kgb_eval_graph_load_rdf(), plus those of the
 * input, extractor, graph and export modules; *err names the file.
 */
KgbStatus kgb_eval_graph_extract(const char *path, const KgbRules *rules,
                                 KgbEvalGraph **out, char **err);

/// Number of scored facts (distinct triples), and fact @p i in canonical
/// order (borrowed from the graph).
size_t kgb_eval_graph_fact_count(const KgbEvalGraph *graph);
const KgbEvalFact *kgb_eval_graph_fact(const KgbEvalGraph *graph, size_t i);
void kgb_eval_graph_free(KgbEvalGraph *graph);

/* ---- scores -------------------------------------------------------------- */

/// Counts for one relation ("type" included) or for everything.
typedef struct {
  const char *relation; ///< local name; NULL for the total
  size_t extracted;     ///< scored facts in the graph
  size_t matched;       ///< of those, matched to a gold line (core or optional)
  size_t core;          ///< core gold lines
  size_t core_matched;  ///< of those, matched to a fact
} KgbEvalCounts;

/// matched / extracted, core_matched / core, and their harmonic mean; 0 when
/// the denominator is 0.
double kgb_eval_precision(const KgbEvalCounts *c);
double kgb_eval_recall(const KgbEvalCounts *c);
double kgb_eval_f1(const KgbEvalCounts *c);

/// The score of one graph against one gold file, or a sum of such (opaque).
typedef struct KgbEvalResult KgbEvalResult;

/**
 * Score @p graph against @p gold: a maximum matching between gold lines and
 * facts that also matches as many core lines as possible. Matching rules in
 * GOLD-FORMAT.md and docs/eval.md. O(G * F_p) comparisons, G gold lines and
 * F_p facts of the same predicate, plus the matching's O(G * E).
 *
 * @return KGB_OK with *out independent of @p gold and @p graph (free with
 * kgb_eval_result_free()), or KGB_ERR_NOMEM with *out NULL.
 */
KgbStatus kgb_eval_score(const KgbGold *gold, const KgbEvalGraph *graph,
                         KgbEvalResult **out);

/// An empty result, to sum others into with kgb_eval_result_add().
KgbStatus kgb_eval_result_new(KgbEvalResult **out);

/// Add @p part's counts (total and per relation) to @p sum; the lists of
/// missed and unexpected facts of @p sum are left as they are. On
/// KGB_ERR_NOMEM @p sum may hold part of the counts.
KgbStatus kgb_eval_result_add(KgbEvalResult *sum, const KgbEvalResult *part);

/// The counts over every relation (borrowed).
const KgbEvalCounts *kgb_eval_result_total(const KgbEvalResult *r);
/// Per-relation counts, sorted by relation name (strcmp), borrowed.
size_t kgb_eval_result_relation_count(const KgbEvalResult *r);
const KgbEvalCounts *kgb_eval_result_relation(const KgbEvalResult *r, size_t i);
/// The counts of @p relation, or NULL when neither side has it.
const KgbEvalCounts *kgb_eval_result_find(const KgbEvalResult *r,
                                          const char *relation);

/// Core gold lines no fact matched, in file order (borrowed).
size_t kgb_eval_result_missed_count(const KgbEvalResult *r);
const KgbGoldLine *kgb_eval_result_missed(const KgbEvalResult *r, size_t i);

/// Facts no gold line matched, sorted by subject, predicate, object
/// (borrowed).
size_t kgb_eval_result_unexpected_count(const KgbEvalResult *r);
const KgbEvalFact *kgb_eval_result_unexpected(const KgbEvalResult *r, size_t i);

void kgb_eval_result_free(KgbEvalResult *r);

#endif
