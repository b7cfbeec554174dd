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

/* a name between commas after a possessive's relative is the relative's
 * own, not the one "his" stands for */
static void apposed_name_is_the_relatives(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "When his brother from Kumasi, Kofi, dies, Yaw returns to Accra.");
  NO(doc, "Kofi", "hasSibling", "Kofi's brother");
  YES(doc, "Yaw", "hasSibling", "Yaw's brother");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("When his wife dies, Yaw, a fisherman, returns "
                          "to Accra.");
  YES(doc, "Yaw", "marriedTo", "Yaw's wife");
  kgb_doc_result_free(doc);
}

/* "and" after a town opens a clause; after a name it joins people */
static void and_after_a_town_opens_a_clause(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Ana moves to Lisbon and Tom marries her there.");
  SYM(doc, "Ana", "marriedTo", "Tom");
  YES(doc, "Ana", "movedTo", "Lisbon");
  kgb_doc_result_free(doc);
}

/* a place opened by a head word keeps its type past "de la"; a person's
 * family name after a particle stays a person's */
static void particles_inside_place_names(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The film premiered at Teatro de la Opera in Lima. Joris van Dam "
      "plays the mayor.");
  YES(doc, "Teatro de la Opera", "locatedIn", "Lima");
  CLASS_IS(doc, "Teatro de la Opera", "Landmark");
  CLASS_IS(doc, "Joris van Dam", "Person");
  kgb_doc_result_free(doc);

  /* at the start of a sentence too: one country, not a town and a
   * province */
  doc = kgb_test_sentence("Carnival Nights is a 2019 drama film. In "
                          "Trinidad and Tobago, the crew worked for six "
                          "weeks.");
  CLASS_IS(doc, "Trinidad and Tobago", "Country");
  YES(doc, "Carnival Nights", "genre", "drama");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_fixes14[] = {
    cmocka_unit_test_setup(limited_is_no_genre, kgb_test_rules_setup),
    cmocka_unit_test_setup(travelled_place_is_no_character,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(apposed_name_is_the_relatives, kgb_test_rules_setup),
    cmocka_unit_test_setup(and_after_a_town_opens_a_clause,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(particles_inside_place_names, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_fixes14_count =
    sizeof kgb_tests_sentences_fixes14 / sizeof kgb_tests_sentences_fixes14[0];
