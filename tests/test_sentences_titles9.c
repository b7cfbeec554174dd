/* test_sentences_titles9.c: how a work's title is found in one sentence:
 * a quoted title with lower-case prepositions ("Dust over Kavala"), an
 * unquoted title with a possessive inside ("The Ferryman's Daughter"), and
 * a title after a kind noun that a language opens ("the Korean-language
 * series Salt Bridge") even when its head word names a landmark or place.
 * Each test asserts the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* prepositions of any length stay lower case in a quoted title */
static void quoted_title_prepositions(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Anton Weiss handled the cinematography on “Snow over Kiruna”.");
  CLASS_IS(doc, "Snow over Kiruna", "Work");
  YES(doc, "Snow over Kiruna", "cinematographyBy", "Anton Weiss");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Rosa Lind composed the score for ‘Letters "
                          "between Harbours’, which opened in 2012.");
  CLASS_IS(doc, "Letters between Harbours", "Work");
  YES(doc, "Letters between Harbours", "musicBy", "Rosa Lind");
  kgb_doc_result_free(doc);

  /* a quoted remark is still no title */
  doc = kgb_test_sentence("Lena Dahl directed Cold Tide. “It was a hard "
                          "shoot for everyone,” she said.");
  YES(doc, "Cold Tide", "directedBy", "Lena Dahl");
  CLASS_IS(doc, "It was a hard shoot for everyone", NULL);
  kgb_doc_result_free(doc);
}

/* "The Ferryman's Daughter": a title that "The" opens runs on past the
 * possessive; a company's possessive before a title does not */
static void possessive_inside_title(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Written and directed by Imogen Clarke, The "
                        "Ferryman’s Daughter stars Ruairí Walsh and "
                        "Beth Connolly.");
  YES(doc, "Ferryman’s Daughter", "directedBy", "Imogen Clarke");
  YES(doc, "Ferryman’s Daughter", "writtenBy", "Imogen Clarke");
  YES(doc, "Ferryman’s Daughter", "starring", "Ruairí Walsh");
  YES(doc, "Ferryman’s Daughter", "starring", "Beth Connolly");
  CLASS_IS(doc, "Daughter", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kemal Arslan directed The Watchmaker's Son "
                          "(2016), which was filmed in Trabzon.");
  YES(doc, "The Watchmaker's Son", "directedBy", "Kemal Arslan");
  YES(doc, "The Watchmaker's Son", "filmedIn", "Trabzon");
  kgb_doc_result_free(doc);

  /* "In The Miller's Wife, Ana (Lucía Prieto) …" */
  doc = kgb_test_sentence("In The Clockmaker’s Garden, Ana (Lucía Prieto) "
                          "leaves her village for Seville.");
  YES(doc, "Clockmaker’s Garden", "hasCharacter", "Ana");
  YES(doc, "Ana", "playedBy", "Lucía Prieto");
  kgb_doc_result_free(doc);
}

/* "the Korean-language series X", "the Spanish-language film X": the name
 * after the kind noun is the work, whatever its head word suggests */
static void language_kind_noun_title(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("The Korean-language series Moon Bridge aired on "
                        "KBS2 in 2019.");
  CLASS_IS(doc, "Moon Bridge", "TVSeries");
  YES(doc, "Moon Bridge", "inLanguage", "Korean");
  YES(doc, "Moon Bridge", "broadcastBy", "KBS2");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("She starred in the Spanish-language film "
                          "Laguna Negra, shot in Soria.");
  CLASS_IS(doc, "Laguna Negra", "Film");
  YES(doc, "Laguna Negra", "filmedIn", "Soria");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The miniseries Silver Lake was filmed in "
                          "Ontario.");
  CLASS_IS(doc, "Silver Lake", "TVSeries");
  YES(doc, "Silver Lake", "filmedIn", "Ontario");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_titles9[] = {
    cmocka_unit_test_setup(quoted_title_prepositions, kgb_test_rules_setup),
    cmocka_unit_test_setup(possessive_inside_title, kgb_test_rules_setup),
    cmocka_unit_test_setup(language_kind_noun_title, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_titles9_count =
    sizeof kgb_tests_sentences_titles9 / sizeof kgb_tests_sentences_titles9[0];
