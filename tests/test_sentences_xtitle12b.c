/* test_sentences_xtitle12b.c: work titles on unseen text (xtitle12b),
 * written from invented sentences rather than dev misses. The names of a
 * list of works after an actor's or a crew member's cue ("appeared in A, B
 * and C", "shot both A and B"); "of the" inside a title ("Salt of the
 * Earth"); a part played in a work ("stars as Ngozi in X"); a work's
 * trailer or protagonist; a title before an apposition naming a kind of
 * work ("Night over Kampala, her second feature, …"); an actor stars in
 * each work of such a list. Each test asserts
 * the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* every name of a list after a cue only works fill is a work; towns keep
 * their class */
static void titles_in_lists_of_works(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("The Spanish actress Rosa Maris has appeared in Broken "
                        "Wings, The Salt Road and Winter Orchard.");
  YES(doc, "Broken Wings", "starring", "Rosa Maris");
  YES(doc, "The Salt Road", "starring", "Rosa Maris");
  YES(doc, "Winter Orchard", "starring", "Rosa Maris");
  CLASS_IS(doc, "Broken Wings", "Work");
  CLASS_IS(doc, "The Salt Road", "Work");
  CLASS_IS(doc, "Winter Orchard", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Torres is a Mexican actress known for her "
                          "roles in Casa de Flores and Luz de Luna.");
  CLASS_IS(doc, "Casa de Flores", "Work");
  CLASS_IS(doc, "Luz de Luna", "Work");
  CLASS_IS(doc, "Ana Torres", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Cinematographer Rodrigo Prieto shot both Babel and Amores perros.");
  CLASS_IS(doc, "Babel", "Work");
  CLASS_IS(doc, "Amores perros", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "His credits include Iron Lotus, Kites of Kabul and Night Train (2016).");
  CLASS_IS(doc, "Iron Lotus", "Work");
  CLASS_IS(doc, "Kites of Kabul", "Work");
  CLASS_IS(doc, "Night Train", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Editor Yorgos Mavropsaridis cut both Dogtooth and The Favourite.");
  CLASS_IS(doc, "Dogtooth", "Work");
  CLASS_IS(doc, "The Favourite", "Work");
  CLASS_IS(doc, "Yorgos Mavropsaridis", "Person");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Femi Adebayo appeared in Jagun Jagun and Anikulapo.");
  YES(doc, "Anikulapo", "starring", "Femi Adebayo");
  CLASS_IS(doc, "Jagun Jagun", "Work");
  CLASS_IS(doc, "Anikulapo", "Work");
  kgb_doc_result_free(doc);

  /* towns in such a list stay towns */
  doc = kgb_test_sentence(
      "Amara Okafor (born 12 May 1990) has appeared in Lagos, Abuja and "
      "Accra.");
  CLASS_IS(doc, "Lagos", "City");
  CLASS_IS(doc, "Accra", "City");
  NO(doc, "Accra", "starring", "Amara Okafor");
  kgb_doc_result_free(doc);
}

/* "of the" and one name word inside a title; not before a place the data
 * knows or a longer name */
static void titles_with_of_the(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Children of the Harmattan premiered at FESPACO in "
                        "2021.");
  CLASS_IS(doc, "Children of the Harmattan", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The trailer for Salt of the Earth, directed by Ana Duarte, was "
      "released on Tuesday.");
  CLASS_IS(doc, "Salt of the Earth", "Work");
  CLASS_IS(doc, "Salt", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Aoi Miyazaki appears as Haru in Summer of the "
                          "Cranes, opposite Ken Watanabe.");
  CLASS_IS(doc, "Summer of the Cranes", "Work");
  YES(doc, "Summer of the Cranes", "starring", "Aoi Miyazaki");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Filmed in Lyon, Capitaine shows the President of the United States.");
  CLASS_IS(doc, "United States", "Country");
  kgb_doc_result_free(doc);
}

/* a part played in a work; the work's trailer or protagonist */
static void titles_after_parts(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Amara Okafor stars as Ngozi in Children of the Harmattan.");
  YES(doc, "Children of the Harmattan", "starring", "Amara Okafor");
  YES(doc, "Children of the Harmattan", "hasCharacter", "Ngozi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Dev Patel stars as Saroo in Long Way Home.");
  YES(doc, "Long Way Home", "starring", "Dev Patel");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Chen Lin stars as Mei in Beijing.");
  CLASS_IS(doc, "Beijing", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The trailer for Glass Orchard was released by Netflix on Friday.");
  CLASS_IS(doc, "Glass Orchard", "Work");
  kgb_doc_result_free(doc);
}

/* a title before an apposition naming a kind of work; a person before an
 * apposition naming a post stays a person */
static void titles_before_kind_appositions(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Moonlight over Mumbai, the debut of director Priya "
                        "Nair, opened in cinemas in 2022.");
  YES(doc, "Moonlight over Mumbai", "directedBy", "Priya Nair");
  CLASS_IS(doc, "Mumbai", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Night over Kampala, her second feature, premiered in Toronto in 2019.");
  CLASS_IS(doc, "Night over Kampala", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Rain over Tbilisi, a 2020 Georgian drama about "
                          "two sisters, won the top prize.");
  CLASS_IS(doc, "Rain over Tbilisi", "Film");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Nnamdi, the director of the festival, opened the ceremony in Enugu.");
  CLASS_IS(doc, "Nnamdi", "Person");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xtitle12b[] = {
    cmocka_unit_test_setup(titles_in_lists_of_works, kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_with_of_the, kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_after_parts, kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_before_kind_appositions,
                           kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xtitle12b_count =
    sizeof kgb_tests_sentences_xtitle12b /
    sizeof kgb_tests_sentences_xtitle12b[0];
