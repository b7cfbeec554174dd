/* test_sentences_xstory6.c: story relations written with extra words: adverbs,
 * auxiliaries, describing words before a relative noun, reciprocal plural
 * subjects and nominalisations, on sentences written for these tests. Each test
 * asserts the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* adverbs before the verb, describing words before the pet noun */
static void modifiers_and_pets(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Wet Paint’ is a 2022 comedy film. Gwilym Price even adopts a scruffy "
      "ginger cat named Pickle. Later Odile Marchand packed her bags and her "
      "golden retriever, Biscuit, and drove east. Rhian Bowen rescues a kitten "
      "named after her grandmother, Edith Bowen.");
  YES(doc, "Gwilym Price", "owns", "Pickle");
  YES(doc, "Odile Marchand", "owns", "Biscuit");
  NO(doc, "Rhian Bowen", "owns", "Edith Bowen");
  kgb_doc_result_free(doc);
}

/* reciprocal and plural subjects with auxiliaries and adverbs */
static void reciprocal_pairs(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Harbour Lights’ is a 2021 drama film. By the finale Signe Aalto and "
      "Owen Pryce had started seeing each other. Ingrid Holm and Tomasz Wrona "
      "have been secretly dating. Hedda Lund and Bram Visser finally get "
      "married in the spring. Kofi Mensah and Lale Yilmaz are married to "
      "other people.");
  SYM(doc, "Signe Aalto", "dated", "Owen Pryce");
  SYM(doc, "Ingrid Holm", "dated", "Tomasz Wrona");
  SYM(doc, "Hedda Lund", "marriedTo", "Bram Visser");
  NOSYM(doc, "Kofi Mensah", "marriedTo", "Lale Yilmaz");
  kgb_doc_result_free(doc);
}

/* "the two of them are inseparable" is no romance; "a date night" no date */
static void no_romance(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Salt Flats’ is a 2020 drama film. Anouk Verhey meets Dario Conti at a "
      "wake. The two of them are practically inseparable. Priya Nair and Jonah "
      "Kessler plan a date night for their parents.");
  NOSYM(doc, "Anouk Verhey", "dated", "Dario Conti");
  NOSYM(doc, "Priya Nair", "dated", "Jonah Kessler");
  kgb_doc_result_free(doc);
}

/* nominalisations: engagement, relationship, marriage, split, a date */
static void nominalisations(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Cold Harbour’ is a 2024 thriller film. Maelle Girard left Lyon after "
      "her engagement to Bastien Roux fell apart. Pilar Ortega is a lawyer. "
      "Her relationship with Kerem Aksoy is tested. Tiago Ramos is a painter. "
      "His marriage to Ana Beltran is failing. Freya Moss is a pilot. After "
      "her split from Jonas Dahl, Freya Moss moves on. Wren Adair goes on a "
      "date with Callum Reid.");
  SYM(doc, "Maelle Girard", "dated", "Bastien Roux");
  SYM(doc, "Maelle Girard", "brokeUpWith", "Bastien Roux");
  SYM(doc, "Pilar Ortega", "dated", "Kerem Aksoy");
  SYM(doc, "Tiago Ramos", "marriedTo", "Ana Beltran");
  SYM(doc, "Freya Moss", "brokeUpWith", "Jonas Dahl");
  SYM(doc, "Wren Adair", "dated", "Callum Reid");
  NOSYM(doc, "Pilar Ortega", "brokeUpWith", "Kerem Aksoy");
  kgb_doc_result_free(doc);
}

/* relatives with age and ordinal words, and a noun that makes another
 * relation ("his tennis partner") */
static void relatives_with_descriptors(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Tannery Road’ is a 2019 drama film. Idris Benali lives in Fez with "
      "his eldest son, Karim Benali. Claire Dufour is a nurse. She raises her "
      "teenage son, Liam, alone. Osman Kaya and Leyla Kaya run a shop with "
      "their youngest daughter Nadia. Emil Varga plays squash with his tennis "
      "partner, Bo Lind. Stellan Ek visits his recently widowed mother, "
      "Agnes Ek.");
  YES(doc, "Stellan Ek", "hasParent", "Agnes Ek");
  YES(doc, "Idris Benali", "hasChild", "Karim Benali");
  YES(doc, "Claire Dufour", "hasChild", "Liam");
  YES(doc, "Osman Kaya", "hasChild", "Nadia");
  YES(doc, "Leyla Kaya", "hasChild", "Nadia");
  NOSYM(doc, "Emil Varga", "dated", "Bo Lind");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xstory6[] = {
    cmocka_unit_test_setup(modifiers_and_pets, kgb_test_rules_setup),
    cmocka_unit_test_setup(reciprocal_pairs, kgb_test_rules_setup),
    cmocka_unit_test_setup(no_romance, kgb_test_rules_setup),
    cmocka_unit_test_setup(nominalisations, kgb_test_rules_setup),
    cmocka_unit_test_setup(relatives_with_descriptors, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xstory6_count =
    sizeof kgb_tests_sentences_xstory6 / sizeof kgb_tests_sentences_xstory6[0];
