/*
 * kgb_test.h: the one cmocka suite. Each tests/test_NAME.c defines
 * `const struct CMUnitTest kgb_tests_NAME[]` and `kgb_tests_NAME_count`;
 * tests/main.c runs them all as one group, so the run ends with one cmocka
 * summary. Helpers for driving the real ./kgb and real consumers are here.
 */
#ifndef KGB_TEST_H
#define KGB_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "../extractor/extractor.h"
#include "../util/util.h"

#define KGB_TEST_GROUP(name)                                                   \
  extern const struct CMUnitTest kgb_tests_##name[];                           \
  extern const size_t kgb_tests_##name##_count

KGB_TEST_GROUP(util);
KGB_TEST_GROUP(input);
KGB_TEST_GROUP(extractor);
KGB_TEST_GROUP(sentences_prod);
KGB_TEST_GROUP(sentences_places);
KGB_TEST_GROUP(sentences_xloc5);
KGB_TEST_GROUP(sentences_xloc5b);
KGB_TEST_GROUP(sentences_xplace5);
KGB_TEST_GROUP(sentences_xplace5b);
KGB_TEST_GROUP(sentences_xplace6);
KGB_TEST_GROUP(sentences_title);
KGB_TEST_GROUP(sentences_xstory5);
KGB_TEST_GROUP(sentences_xstory5_more);
KGB_TEST_GROUP(sentences_xenc5);
KGB_TEST_GROUP(sentences_xenc5b);
KGB_TEST_GROUP(sentences_xstory6);
KGB_TEST_GROUP(sentences_xcast6);
KGB_TEST_GROUP(sentences_xwork7);
KGB_TEST_GROUP(sentences_xplace7);
KGB_TEST_GROUP(sentences_xcrew7);
KGB_TEST_GROUP(sentences_xcrew8);
KGB_TEST_GROUP(sentences_xcrew9);
KGB_TEST_GROUP(sentences_xstory10);
KGB_TEST_GROUP(sentences_xstory11);
KGB_TEST_GROUP(sentences_xstory12);
KGB_TEST_GROUP(sentences_xstory13);
KGB_TEST_GROUP(sentences_xstory13b);
KGB_TEST_GROUP(sentences_xstory14);
KGB_TEST_GROUP(sentences_xstory15);
KGB_TEST_GROUP(sentences_xcrew10);
KGB_TEST_GROUP(sentences_xtitle11);
KGB_TEST_GROUP(sentences_xtitle12);
KGB_TEST_GROUP(sentences_xtitle12b);
KGB_TEST_GROUP(sentences_xcrew13);
KGB_TEST_GROUP(sentences_xcrew14);
KGB_TEST_GROUP(sentences_xcrew15);
KGB_TEST_GROUP(sentences_xplace13);
KGB_TEST_GROUP(sentences_xplace14);
KGB_TEST_GROUP(sentences_xplace15);
KGB_TEST_GROUP(sentences_xtitle13);
KGB_TEST_GROUP(sentences_xnames13b);
KGB_TEST_GROUP(sentences_xtitle13b);
KGB_TEST_GROUP(sentences_xtitle14);
KGB_TEST_GROUP(sentences_xtitle14b);
KGB_TEST_GROUP(sentences_xcrew11);
KGB_TEST_GROUP(sentences_xcrew12);
KGB_TEST_GROUP(sentences_titles9);
KGB_TEST_GROUP(sentences_fixes13);
KGB_TEST_GROUP(sentences_fixes14);
KGB_TEST_GROUP(sentences_xstory7);
KGB_TEST_GROUP(sentences_xcast7);
KGB_TEST_GROUP(sentences_xplace8);
KGB_TEST_GROUP(sentences_xplace9);
KGB_TEST_GROUP(sentences_xplace10);
KGB_TEST_GROUP(sentences_xstory8);
KGB_TEST_GROUP(sentences_xcast9);
KGB_TEST_GROUP(sentences_xcast10);
KGB_TEST_GROUP(sentences_xplace11);
KGB_TEST_GROUP(sentences_xplace12);
KGB_TEST_GROUP(sentences_xplace12b);
KGB_TEST_GROUP(graph);
KGB_TEST_GROUP(export);
KGB_TEST_GROUP(eval);
KGB_TEST_GROUP(cli);
KGB_TEST_GROUP(analysis);
KGB_TEST_GROUP(story);
KGB_TEST_GROUP(db);
KGB_TEST_GROUP(speed);

/// Path of the kgb binary under test ($KGB_BIN, else ./kgb). Borrowed.
const char *kgb_test_bin(void);

/// Run a shell command; return its exit status (or -1); when @p out is not
/// NULL it receives stdout+stderr merged, caller frees.
int kgb_test_sh(char **out, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/// A fresh temporary directory (caller frees the string; removed by
/// kgb_test_rmdir).
char *kgb_test_tmpdir(void);
void kgb_test_rmdir(char *dir);

/// Whole file as a NUL-terminated string (caller frees), NULL if unreadable.
char *kgb_test_slurp(const char *path, size_t *len);

/// Write @p len bytes to @p path; asserts on failure.
void kgb_test_write(const char *path, const char *data, size_t len);

/// True if a command is on PATH. Consumers missing are failures in CI.
int kgb_test_have(const char *cmd);

/// Fail the test (in CI, or always) because @p tool is missing.
void kgb_test_require(const char *tool);

/// Fail unless node and the npm consumers of tests/js are installed.
void kgb_test_require_js(void);

/* ---- extractor results (doc_facts.c) -------------------------------- */

/// The default rules, loaded on first use and kept for the run (NULL, with
/// the error printed, if they do not load); freed by kgb_test_rules_free.
KgbRules *kgb_test_rules(void);
/// A cmocka setup that loads the default rules.
int kgb_test_rules_setup(void **state);
void kgb_test_rules_free(void);

/// @p text extracted with @p rules as a document named @p name; asserts it
/// ran. Caller frees with kgb_doc_result_free.
KgbDocResult *kgb_test_extract(const KgbRules *rules, const char *name,
                               const char *text);

/// True if @p label is the entity's label or one of its alternative labels.
bool kgb_test_named(const KgbEntity *e, const char *label);

/// The entity with @p label as its label or an alternative label (its index
/// in @p index when not NULL), or NULL.
const KgbEntity *kgb_test_entity(const KgbDocResult *doc, const char *label,
                                 size_t *index);

/// The fact (subject, predicate, object): subject an entity's label, object
/// an entity's label or a literal's value; NULL when absent.
const KgbFact *kgb_test_fact(const KgbDocResult *doc, const char *subject,
                             const char *predicate, const char *object);

/// Every fact of @p doc on standard error, a line each.
void kgb_test_dump(const KgbDocResult *doc);

enum {
  KGB_TEST_ABSENT = 1,    ///< the fact must not be there
  KGB_TEST_EITHER_WAY = 2 ///< (object, predicate, subject) counts too
};

/// Fail at @p file:@p line, with the document's facts, unless the fact is
/// there (or absent, with KGB_TEST_ABSENT).
void kgb_test_check_fact(const KgbDocResult *doc, const char *subject,
                         const char *predicate, const char *object,
                         unsigned flags, const char *file, int line);

/// Fail unless the entity @p label has class @p cls (NULL: no such entity).
void kgb_test_check_class(const KgbDocResult *doc, const char *label,
                          const char *cls, const char *file, int line);

#endif
