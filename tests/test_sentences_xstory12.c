/* test_sentences_xstory12.c: relations between characters (xstory12):
 * a trade's adjectives left out of it ("a young software engineer" is a
 * software engineer), …
 * Each test asserts the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "a young software engineer", "an ambitious lawyer": the trade alone */
static void trade_without_adjective(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("The drama follows Noura, a young software engineer "
                        "in Riyadh, and her brother Faisal.");
  YES(doc, "Noura", "occupation", "software engineer");
  NO(doc, "Noura", "occupation", "young software engineer");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tomás Ibarra is an ambitious lawyer from Córdoba.");
  YES(doc, "Tomás Ibarra", "occupation", "lawyer");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ji-ho, a struggling musician, moves to Busan.");
  YES(doc, "Ji-ho", "occupation", "musician");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Aditi Rao is a talented chef who runs a café in "
                          "Pune.");
  YES(doc, "Aditi Rao", "occupation", "chef");
  NO(doc, "Aditi Rao", "occupation", "talented chef");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Thandiwe Nkosi plays Lerato, a successful "
                          "architect in Durban.");
  YES(doc, "Lerato", "occupation", "architect");
  NO(doc, "Thandiwe Nkosi", "occupation", "architect");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xstory12[] = {
    cmocka_unit_test_setup(trade_without_adjective, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xstory12_count =
    sizeof kgb_tests_sentences_xstory12 /
    sizeof kgb_tests_sentences_xstory12[0];
