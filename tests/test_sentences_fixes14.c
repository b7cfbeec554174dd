/* test_sentences_fixes14.c: wrong readings the round-12 sessions reported
 * and left, fixed in the rule data: "limited" is no genre ("a limited
 * series"), and a place a character travels to "along with his brother"
 * is no character. Each test asserts the facts a sentence must give and
 * those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "limited series" is a kind of series, not a genre called "limited" */
static void limited_is_no_genre(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Glass Harbour is a Danish limited series created by Mette Lund.");
  YES(doc, "Glass Harbour", "createdBy", "Mette Lund");
  NO(doc, "Glass Harbour", "genre", "limited");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Stone Pass is a 2021 limited crime series "
                          "directed by Aiko Mori.");
  YES(doc, "Stone Pass", "directedBy", "Aiko Mori");
  NO(doc, "Stone Pass", "genre", "limited");
  kgb_doc_result_free(doc);
}

/* "sails to Oslo along with his brother Erik": Oslo stays a place */
static void travelled_place_is_no_character(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("In Cold Water, Tomas sails to Oslo along with his "
                        "brother Erik after the storm.");
  SYM(doc, "Tomas", "hasSibling", "Erik");
  NO(doc, "Cold Water", "hasCharacter", "Oslo");
  CLASS_IS(doc, "Oslo", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Lucía drives to Porto along with her daughter "
                          "Inés, and Inés tells her mother everything.");
  NO(doc, "Porto", "hasParent", "Lucía");
  CLASS_IS(doc, "Porto", "City");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_fixes14[] = {
    cmocka_unit_test_setup(limited_is_no_genre, kgb_test_rules_setup),
    cmocka_unit_test_setup(travelled_place_is_no_character,
                           kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_fixes14_count =
    sizeof kgb_tests_sentences_fixes14 / sizeof kgb_tests_sentences_fixes14[0];
