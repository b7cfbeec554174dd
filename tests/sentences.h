/* sentences.h: what the test_sentences_*.c groups share. Each test
 * extracts invented sentences with the default rules (the setup
 * kgb_test_rules_setup loads them) and checks, at the caller's line, the
 * facts and classes they must and must not give. */
#ifndef KGB_TESTS_SENTENCES_H
#define KGB_TESTS_SENTENCES_H

#include "kgb_test.h"

/// @p text extracted with the default rules; asserts it gave at least one
/// fact, so a check of absent facts cannot pass on an empty result. Caller
/// frees with kgb_doc_result_free.
KgbDocResult *kgb_test_sentence(const char *text);

/// The fact must be there.
#define YES(doc, s, p, o)                                                      \
  kgb_test_check_fact(doc, s, p, o, 0, __FILE__, __LINE__)
/// The fact must not be there (in this direction).
#define NO(doc, s, p, o)                                                       \
  kgb_test_check_fact(doc, s, p, o, KGB_TEST_ABSENT, __FILE__, __LINE__)
/// A symmetric relation, in either direction.
#define SYM(doc, s, p, o)                                                      \
  kgb_test_check_fact(doc, s, p, o, KGB_TEST_EITHER_WAY, __FILE__, __LINE__)
/// Not there in either direction.
#define NOSYM(doc, s, p, o)                                                    \
  kgb_test_check_fact(doc, s, p, o, KGB_TEST_ABSENT | KGB_TEST_EITHER_WAY,     \
                      __FILE__, __LINE__)
/// The entity @p label has class @p cls (NULL: there is no such entity).
#define CLASS_IS(doc, label, cls)                                              \
  kgb_test_check_class(doc, label, cls, __FILE__, __LINE__)
#define CLASS(doc, label, cls) CLASS_IS(doc, label, cls)

#endif
