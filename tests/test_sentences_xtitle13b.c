/* test_sentences_xtitle13b.c: work titles on unseen text (xtitle13b), from
 * invented sentences: a title right after a verb of making ("directed Fire
 * in the Valley in 1952"); a title whose run ends at an adverb or at what
 * tickets do ("the trailer for X below", "Tickets for X go on sale"); a
 * debut, tickets or episodes of a name; calls not to miss a work; a title
 * with a preposition before a passive of making ("Night Train to Lisbon
 * was released …"). Each test asserts the facts a sentence must give and
 * those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* a verb of making's direct object is a work, its title run on */
static void titles_after_making_verbs(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Kenji Mizoguchi directed Fire in the Valley in 1952.");
  YES(doc, "Fire in the Valley", "directedBy", "Kenji Mizoguchi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ritwik Ghatak directed Meghe Dhaka Tara in 1960.");
  YES(doc, "Meghe Dhaka Tara", "directedBy", "Ritwik Ghatak");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Thelma Schoonmaker edited Cold War for Pawel Pawlikowski.");
  YES(doc, "Cold War", "editedBy", "Thelma Schoonmaker");
  kgb_doc_result_free(doc);

  /* two one-word names after "directed" may be two actors */
  doc = kgb_test_sentence("He directed Mensah and Ama in 2019. He was born "
                          "in Accra.");
  CLASS_IS(doc, "Mensah", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Walter Murch edited The Conversation for Francis "
                          "Ford Coppola. It was shot in Porto.");
  CLASS_IS(doc, "The Conversation", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In 2004 she directed Salt of the Earth for "
                          "Channel 4. It was shot in Porto.");
  CLASS_IS(doc, "Salt of the Earth", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "She co-wrote Letters to Juliet with her husband. It was shot in Porto.");
  CLASS_IS(doc, "Letters to Juliet", "Work");
  kgb_doc_result_free(doc);

  /* a person directed in a work is no part of its title */
  doc = kgb_test_sentence(
      "She directed Amara Okafor in Night Ferry. It was shot in Porto.");
  CLASS_IS(doc, "Amara Okafor in Night Ferry", NULL);
  CLASS_IS(doc, "Night Ferry", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Sam Okoro directed Hamlet at the Globe in 2011. He was born in Enugu.");
  CLASS_IS(doc, "Hamlet at the Globe", NULL);
  kgb_doc_result_free(doc);
}

/* a cue's title ends at an adverb or at what tickets do */
static void titles_after_cues_end(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Watch the trailer for Midnight in Marrakech below. It "
                        "was shot in Porto.");
  CLASS_IS(doc, "Midnight in Marrakech", "Work");
  CLASS_IS(doc, "Midnight", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Check out the trailer for Kings of the Sahel here. "
                          "It was shot in Porto.");
  CLASS_IS(doc, "Kings of the Sahel", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tickets for Wolves in Winter go on sale on Friday. "
                          "It was shot in Porto.");
  CLASS_IS(doc, "Wolves in Winter", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "She made her debut in Sun and Sand in 1998. It was shot in Porto.");
  CLASS_IS(doc, "Sun and Sand", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("All six episodes of Tides of Mombasa are now "
                          "streaming on Showmax. It was shot in Porto.");
  CLASS_IS(doc, "Tides of Mombasa", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Binge all eight episodes of The Salt Road on "
                          "Netflix. It was shot in Porto.");
  CLASS_IS(doc, "The Salt Road", "Work");
  kgb_doc_result_free(doc);

  /* a debut in a town stays in the town */
  doc = kgb_test_sentence(
      "Yuki Tanaka made her debut in London in 1998. She was born in Osaka.");
  CLASS_IS(doc, "London", "City");
  kgb_doc_result_free(doc);
}

/* what a reader is told not to miss is a work, its channel apart */
static void calls_not_to_miss(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Don't miss Blood and Honey on BBC Two tonight. It was shot in Porto.");
  CLASS_IS(doc, "Blood and Honey", "Work");
  CLASS_IS(doc, "Blood and Honey on BBC Two", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Do not miss Children of the Dust on ARTE this week. "
                          "It was shot in Porto.");
  CLASS_IS(doc, "Children of the Dust", "Work");
  kgb_doc_result_free(doc);
}

/* a title with a preposition before a passive of making */
static void titles_before_passives(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Night Train to Lisbon was released in Portugal in "
                        "2013. It was shot in Porto.");
  CLASS_IS(doc, "Night Train to Lisbon", "Work");
  CLASS_IS(doc, "Lisbon", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Songs from the Delta was directed by Kwame Mensah.");
  YES(doc, "Songs from the Delta", "directedBy", "Kwame Mensah");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Bridge over the Drina was filmed in Višegrad.");
  YES(doc, "Bridge over the Drina", "filmedIn", "Višegrad");
  kgb_doc_result_free(doc);
}

/* what is a series of parts or episodes is a series */
static void parts_of_series(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The Night Manager is a six-part miniseries starring Tom Hiddleston.");
  YES(doc, "Night Manager", "starring", "Tom Hiddleston");
  CLASS_IS(doc, "Night Manager", "TVSeries");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Sacred Games is an eight-episode Indian thriller "
                          "series. It was shot in Mumbai.");
  CLASS_IS(doc, "Sacred Games", "TVSeries");
  kgb_doc_result_free(doc);

  /* a person who is a part of a series stays a person */
  doc = kgb_test_sentence(
      "Amara Okafor is a Nigerian actress who starred in the series.");
  CLASS_IS(doc, "Amara Okafor", "Person");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xtitle13b[] = {
    cmocka_unit_test_setup(parts_of_series, kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_after_making_verbs, kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_after_cues_end, kgb_test_rules_setup),
    cmocka_unit_test_setup(calls_not_to_miss, kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_before_passives, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xtitle13b_count =
    sizeof kgb_tests_sentences_xtitle13b /
    sizeof kgb_tests_sentences_xtitle13b[0];
