/* test_sentences_fixes13.c: known wrong readings fixed in one sentence or
 * two: an occupation named with a noun before it ("a credit analyst"), a
 * company that buys a thing that is no work ("The hotel was acquired by
 * …"), and a game one character plays against another ("plays Tom at
 * chess"). Each test asserts the facts a sentence must give and those it
 * must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* a noun before the trade is part of it: "a credit analyst", not
 * "analyst" besides */
static void occupation_with_noun_before(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Dana Whitlock works as a credit analyst in Leeds.");
  YES(doc, "Dana Whitlock", "occupation", "credit analyst");
  NO(doc, "Dana Whitlock", "occupation", "analyst");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Her brother, Tomasz, is a warehouse manager "
                          "who hates his job.");
  YES(doc, "Tomasz", "occupation", "warehouse manager");
  NO(doc, "Tomasz", "occupation", "manager");
  kgb_doc_result_free(doc);
}

/* "acquired by" names a distributor only when a work was acquired */
static void acquired_thing_is_no_work(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Salt Lanterns is a 2019 Norwegian thriller film directed by Kari "
      "Moe. In the film, the old hotel was acquired by Marriott in 2010.");
  YES(doc, "Salt Lanterns", "directedBy", "Kari Moe");
  NO(doc, "Salt Lanterns", "distributedBy", "Marriott");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Salt Lanterns premiered at Haugesund in 2019 "
                          "and was later acquired by Nordflix.");
  YES(doc, "Salt Lanterns", "distributedBy", "Nordflix");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Salt Lanterns premiered in Bergen. After its festival run, the "
      "drama was picked up by Cinéfolk for release in France.");
  YES(doc, "Salt Lanterns", "distributedBy", "Cinéfolk");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Quiet Orchard (2021) follows two sisters. Its "
                          "farm was bought by Agrivest in the first act.");
  NO(doc, "Quiet Orchard", "distributedBy", "Agrivest");
  kgb_doc_result_free(doc);
}

/* "plays Tom at chess" is a game, not a credit */
static void plays_someone_at_a_game(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In Harbour Kings, Milo Brandt plays Jonah. Every Sunday Jonah plays "
      "Tom at chess.");
  YES(doc, "Jonah", "playedBy", "Milo Brandt");
  NO(doc, "Tom", "playedBy", "Jonah");
  kgb_doc_result_free(doc);

  /* a single-word name that is no character yet (the rule once read this
   * as a credit) */
  doc = kgb_test_sentence(
      "Night Harbor is a 2019 film. Lena plays Tom at chess every Sunday.");
  YES(doc, "Night Harbor", "releaseDate", "2019");
  NO(doc, "Tom", "playedBy", "Lena");
  kgb_doc_result_free(doc);
}

/* a nationality any country has is an adjective, not a name: "the
 * Taiwanese drama X", "Samoan cinematographer Y" */
static void nationalities_are_no_names(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Harbour Lights is a Taiwanese drama directed by Lin Pei-chen.");
  YES(doc, "Harbour Lights", "directedBy", "Lin Pei-chen");
  CLASS_IS(doc, "Taiwanese", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Fijian thriller Reef Song was shot on "
                          "Taveuni by Samoan cinematographer Iosefa Leota.");
  YES(doc, "Reef Song", "cinematographyBy", "Iosefa Leota");
  CLASS_IS(doc, "Samoan", NULL);
  CLASS_IS(doc, "Fijian", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In the Mongolian drama Steppe Song, Saraa, a young herder, falls for "
      "Bat, the new boyfriend of her sister.");
  CLASS_IS(doc, "Mongolian", NULL);
  YES(doc, "Steppe Song", "hasCharacter", "Saraa");
  YES(doc, "Steppe Song", "genre", "drama");
  kgb_doc_result_free(doc);
}

/* a company named in another language, or a channel by "TV" or "Kanal",
 * is an organisation whatever its other words are */
static void company_words_of_other_languages(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Salt Road is a 2019 Turkish drama film produced by Mavi Dalga Yapım "
      "and Nordvik Produktion.");
  YES(doc, "Salt Road", "producedBy", "Mavi Dalga Yapım");
  YES(doc, "Salt Road", "producedBy", "Nordvik Produktion");
  CLASS_IS(doc, "Mavi Dalga Yapım", "Organization");
  CLASS_IS(doc, "Nordvik Produktion", "Organization");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Polish series Grey Hills aired on Kanał Orzeł "
                          "in 2021.");
  CLASS_IS(doc, "Kanał Orzeł", "Organization");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Winter Tenant, a Korean thriller series, "
                          "premiered on Haneul TV in March 2022.");
  CLASS_IS(doc, "Haneul TV", "Organization");
  kgb_doc_result_free(doc);
}

/* every company of a list after "aired on" or "distributed by" */
static void company_lists(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Salt Road is a 2019 Turkish drama series. It aired on Kanal Ege and "
      "Haneul TV, and was distributed by Kino Świt, Vireo Films and Kanał "
      "Orzeł.");
  YES(doc, "Salt Road", "broadcastBy", "Kanal Ege");
  YES(doc, "Salt Road", "broadcastBy", "Haneul TV");
  YES(doc, "Salt Road", "distributedBy", "Kino Świt");
  YES(doc, "Salt Road", "distributedBy", "Vireo Films");
  YES(doc, "Salt Road", "distributedBy", "Kanał Orzeł");
  kgb_doc_result_free(doc);

  /* "and" before a verb ends the list */
  doc = kgb_test_sentence("Grey Hills is a Polish series. It aired on TVP2 "
                          "and Ola Nowak called it a triumph.");
  YES(doc, "Grey Hills", "broadcastBy", "TVP2");
  NO(doc, "Grey Hills", "broadcastBy", "Ola Nowak");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_fixes13[] = {
    cmocka_unit_test_setup(occupation_with_noun_before, kgb_test_rules_setup),
    cmocka_unit_test_setup(acquired_thing_is_no_work, kgb_test_rules_setup),
    cmocka_unit_test_setup(plays_someone_at_a_game, kgb_test_rules_setup),
    cmocka_unit_test_setup(nationalities_are_no_names, kgb_test_rules_setup),
    cmocka_unit_test_setup(company_words_of_other_languages,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(company_lists, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_fixes13_count =
    sizeof kgb_tests_sentences_fixes13 / sizeof kgb_tests_sentences_fixes13[0];
