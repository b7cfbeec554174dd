/* test_sentences_xtitle14b.c: work titles joined by "and" (xtitle14b),
 * written from invented sentences rather than dev misses. Two or more works
 * after a crew verb (a side of two words, a comma list, "both" or "the
 * films"), each with the credit; one title of two dictionary words after a
 * crew or judging verb or before a work's predicate ("directed Rust and
 * Bone", "Critics praised Fire and Ice for its …", "Salt and Honey is a
 * 2021 drama"). Each test asserts the facts a sentence must give and those
 * it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* two works after a crew verb each get the credit */
static void two_works_after_crew_verb(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Kasia Nowak edited Cold War and Ida for Pawel Pawlikowski.");
  YES(doc, "Cold War", "editedBy", "Kasia Nowak");
  YES(doc, "Ida", "editedBy", "Kasia Nowak");
  CLASS_IS(doc, "Ida", "Work");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Pablo Larraín directed Tony Manero and Post Mortem.");
  YES(doc, "Tony Manero", "directedBy", "Pablo Larraín");
  YES(doc, "Post Mortem", "directedBy", "Pablo Larraín");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Hirokazu Kore-eda directed both Nobody Knows and Shoplifters.");
  YES(doc, "Nobody Knows", "directedBy", "Hirokazu Kore-eda");
  YES(doc, "Shoplifters", "directedBy", "Hirokazu Kore-eda");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Aisha Bello wrote the films Lagos Nights and Harmattan.");
  YES(doc, "Lagos Nights", "writtenBy", "Aisha Bello");
  YES(doc, "Harmattan", "writtenBy", "Aisha Bello");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Kenji Ito edited Tokyo Story and Late Spring (1949).");
  YES(doc, "Tokyo Story", "editedBy", "Kenji Ito");
  YES(doc, "Late Spring", "editedBy", "Kenji Ito");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kwame Mensah produced Harmattan and Dust Road for Ebony Pictures.");
  YES(doc, "Harmattan", "producedBy", "Kwame Mensah");
  YES(doc, "Dust Road", "producedBy", "Kwame Mensah");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ruth Mbeki directed Winter Orchard, Blue Kite and Iron Lotus.");
  YES(doc, "Winter Orchard", "directedBy", "Ruth Mbeki");
  YES(doc, "Blue Kite", "directedBy", "Ruth Mbeki");
  YES(doc, "Iron Lotus", "directedBy", "Ruth Mbeki");
  kgb_doc_result_free(doc);

  /* an actor's works under a plural kind noun, a town's name too */
  doc = kgb_test_sentence(
      "Tilda Swinton appeared in the films Orlando and Suspiria.");
  YES(doc, "Orlando", "starring", "Tilda Swinton");
  YES(doc, "Suspiria", "starring", "Tilda Swinton");
  CLASS_IS(doc, "Orlando", "Work");
  kgb_doc_result_free(doc);

  /* two single dictionary words are one title */
  doc = kgb_test_sentence("Jacques Audiard directed Rust and Bone.");
  YES(doc, "Rust and Bone", "directedBy", "Jacques Audiard");
  CLASS_IS(doc, "Bone", NULL);
  kgb_doc_result_free(doc);

  /* the actors a director directs in a film are no works */
  doc = kgb_test_sentence("Lucia Puenzo directed Ana Torres and Luis Gomez in "
                          "Night Ferry. Night Ferry is a 2015 drama.");
  NO(doc, "Ana Torres", "directedBy", "Lucia Puenzo");
  NO(doc, "Luis Gomez", "directedBy", "Lucia Puenzo");
  CLASS_IS(doc, "Ana Torres and Luis Gomez", NULL);
  kgb_doc_result_free(doc);
}

/* what an audience judges may hold one "and" between dictionary words */
static void judged_and_titles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Critics praised Fire and Ice for its lush animation, directed by "
      "Ana Lima.");
  YES(doc, "Fire and Ice", "directedBy", "Ana Lima");
  CLASS_IS(doc, "Ice", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Reviewers panned Smoke and Mirrors for its clumsy plotting. "
      "Smoke and Mirrors was directed by Jonas Berg.");
  CLASS_IS(doc, "Smoke and Mirrors", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Critics hailed Bread and Roses as a masterpiece. Bread and "
      "Roses was directed by Ken Loach.");
  CLASS_IS(doc, "Bread and Roses", "Work");
  CLASS_IS(doc, "Roses", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Fans adored Salt and Honey, which premiered on Netflix.");
  CLASS_IS(doc, "Salt and Honey", "Work");
  CLASS_IS(doc, "Salt", NULL);
  kgb_doc_result_free(doc);

  /* people praised together stay two names */
  doc = kgb_test_sentence("Critics praised Chiara Rossi and Marco Bellini for "
                          "their chemistry in Blue Kite, a 2019 drama.");
  CLASS_IS(doc, "Chiara Rossi and Marco Bellini", NULL);
  kgb_doc_result_free(doc);
}

/* a clause-opening "X and Y" before a work's predicate is one title */
static void opening_and_titles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Salt and Honey is a 2021 drama directed by Lina Haddad.");
  YES(doc, "Salt and Honey", "directedBy", "Lina Haddad");
  CLASS_IS(doc, "Salt", NULL);
  CLASS_IS(doc, "Honey", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Bread and Roses premiered at the Venice Film Festival in 2000.");
  CLASS_IS(doc, "Bread and Roses", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Salt and Pepper stars Ama Mensah as a chef.");
  YES(doc, "Salt and Pepper", "starring", "Ama Mensah");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Rust and Bone is a 2012 French film directed by "
                          "Jacques Audiard.");
  YES(doc, "Rust and Bone", "directedBy", "Jacques Audiard");
  kgb_doc_result_free(doc);

  /* two towns stay towns */
  doc = kgb_test_sentence("Ana Lima lives in Paris. Paris and London are "
                          "expensive cities.");
  CLASS_IS(doc, "Paris", "City");
  CLASS_IS(doc, "London", "City");
  kgb_doc_result_free(doc);
}

/* a capitalised preposition and an article open a title after a work's
 * noun and "of" or "in" */
static void preposition_opened_titles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The cast of Under the Skin includes Scarlett Johansson.");
  YES(doc, "Under the Skin", "starring", "Scarlett Johansson");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The protagonist of Under the Jacaranda is a "
                          "retired teacher named Thandiwe.");
  YES(doc, "Under the Jacaranda", "hasCharacter", "Thandiwe");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The hero of Across the River is a ferryman named Tomasz.");
  YES(doc, "Across the River", "hasCharacter", "Tomasz");
  CLASS_IS(doc, "Across the River", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The villain of Into the Night is a hitman called Ruben.");
  YES(doc, "Into the Night", "hasCharacter", "Ruben");
  kgb_doc_result_free(doc);

  /* a town the data knows stays a town */
  doc = kgb_test_sentence("The hero of Lagos is a taxi driver named Femi.");
  CLASS_IS(doc, "Lagos", "City");
  NO(doc, "Lagos", "hasCharacter", "Femi");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xtitle14b[] = {
    cmocka_unit_test_setup(two_works_after_crew_verb, kgb_test_rules_setup),
    cmocka_unit_test_setup(judged_and_titles, kgb_test_rules_setup),
    cmocka_unit_test_setup(opening_and_titles, kgb_test_rules_setup),
    cmocka_unit_test_setup(preposition_opened_titles, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xtitle14b_count =
    sizeof kgb_tests_sentences_xtitle14b /
    sizeof kgb_tests_sentences_xtitle14b[0];
