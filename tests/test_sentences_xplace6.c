/* test_sentences_xplace6.c: where a story is set ("unfolds in 1930s X",
 * "takes place in and around X", "set on an island the data does not know")
 * and where places lie (", in AREA", "the province of X", "the village of X
 * on Y", "the largest city in X"), on sentences written for these tests.
 * Each test asserts the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* an era before the place: "1930s Lisbon", "the 1980s Berlin",
 * "post-war Vienna" */
static void era_before_setting(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Harbour Lights’ is a 2021 drama film. The story unfolds in "
      "1930s Lisbon, far from the war.");
  YES(doc, "Harbour Lights", "setIn", "Lisbon");
  NO(doc, "Harbour Lights", "filmedIn", "Lisbon");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Red Winter’ is a 2017 Polish film. It is a spy thriller "
      "set in 1970s Warsaw.");
  YES(doc, "Red Winter", "setIn", "Warsaw");
  NO(doc, "Red Winter", "filmedIn", "Warsaw");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Third Bell’ is a 2012 drama film. The film was set in "
      "post-war Vienna but was shot in Budapest.");
  YES(doc, "Third Bell", "setIn", "Vienna");
  YES(doc, "Third Bell", "filmedIn", "Budapest");
  NO(doc, "Third Bell", "filmedIn", "Vienna");
  kgb_doc_result_free(doc);
}

/* "takes place in and around X", "the action took place mostly in X", "set
 * against the backdrop of X" */
static void in_and_around(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Dust Road’ is a 2018 Indian drama film. The action takes "
      "place in and around Jaipur.");
  YES(doc, "Dust Road", "setIn", "Jaipur");
  NO(doc, "Dust Road", "filmedIn", "Jaipur");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Bright Coast’ is a 2009 comedy. The events took place "
      "mostly in Valencia.");
  YES(doc, "Bright Coast", "setIn", "Valencia");
  kgb_doc_result_free(doc);

  /* the people a work follows live where it is set */
  doc = kgb_test_sentence(
      "‘Glass Hands’ is a 2022 Turkish drama series. The series "
      "follows two sisters who run a glassworks in İzmir's Konak "
      "district.");
  YES(doc, "Glass Hands", "setIn", "İzmir");
  NO(doc, "Glass Hands", "filmedIn", "İzmir");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Shift’ is a 2020 film. The film follows her debut in "
      "2019, and the tour took her to Japan.");
  NO(doc, "Night Shift", "setIn", "Japan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Long Summer’ is a 2015 film. It is a romantic drama set "
      "against the backdrop of Tuscany's hills in Florence.");
  NO(doc, "Long Summer", "filmedIn", "Florence");
  kgb_doc_result_free(doc);
}

/* a name the data does not know in the setting slot is a place; a negated
 * filming in the same sentence stays negated */
static void unknown_setting_place(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Polar Night’ is a 2019 Norwegian film. Although the story is set on "
      "Svalbard, in and around the settlement of Longyearbyen, it was not "
      "filmed there.");
  YES(doc, "Polar Night", "setIn", "Svalbard");
  YES(doc, "Polar Night", "setIn", "Longyearbyen");
  NO(doc, "Polar Night", "filmedIn", "Svalbard");
  NO(doc, "Polar Night", "filmedIn", "Longyearbyen");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Grey Sound’ is a 2014 Scottish film. The series is mostly "
      "set on Eilean Mòr, where Fiona runs the ferry.");
  YES(doc, "Grey Sound", "setIn", "Eilean Mòr");
  kgb_doc_result_free(doc);
}

/* "set in motion" is no setting; a person "born in 1970" gives no place; "the
 * capital of cool" is no capital */
static void no_setting_no_place(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Cold Ledger’ is a 2020 thriller film directed by Tom Weiss. The "
      "murder sets in motion a chain of events. Weiss was born in 1970. "
      "Berlin is the capital of cool, the critic wrote.");
  NO(doc, "Cold Ledger", "setIn", "Motion");
  NO(doc, "Cold Ledger", "setIn", "Berlin");
  NO(doc, "Berlin", "capitalOf", "Cool");
  NO(doc, "Tom Weiss", "bornIn", "1970");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Cold Ledger’ is a 2020 thriller film. The story is set in "
      "the fictional town of Harrowby.");
  NO(doc, "Cold Ledger", "filmedIn", "Harrowby");
  kgb_doc_result_free(doc);
}

/* ", in AREA" after a town: a province, a region named with a nationality, a
 * province with a compass word before it, "the province of X" */
static void comma_in_area(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Paper Lantern’ is a 2019 Vietnamese film. It was shot in Hội An, "
      "in Quảng Nam Province.");
  YES(doc, "Hội An", "locatedIn", "Quảng Nam Province");
  YES(doc, "Paper Lantern", "filmedIn", "Hội An");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Ice Road’ is a 2021 Swedish film. Most scenes were shot "
      "in Kiruna, in Swedish Lapland.");
  YES(doc, "Kiruna", "locatedIn", "Swedish Lapland");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dry Creek’ is a 2015 Australian film. The crew stayed in "
      "Broken Hill, in far-western New South Wales.");
  YES(doc, "Broken Hill", "locatedIn", "New South Wales");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Mountain Road’ is a 2019 Spanish film. It was shot in "
      "Ronda, in the province of Málaga.");
  YES(doc, "Ronda", "locatedIn", "Málaga");
  CLASS(doc, "Málaga", "AdministrativeArea");
  YES(doc, "Mountain Road", "filmedIn", "Ronda");
  kgb_doc_result_free(doc);
}

/* appositions naming an area the data does not know */
static void apposition_unknown_area(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Sea Salt’ is a 2016 Portuguese film "
                        "directed by Anna Costa. Costa was born in "
                        "Funchal, Madeira, in 1970.");
  YES(doc, "Funchal", "locatedIn", "Madeira");
  NO(doc, "Funchal", "locatedIn", "1970");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Northern Lights’ is a 2020 film. It was shot in Tromsø, "
      "the largest city in Troms.");
  YES(doc, "Tromsø", "locatedIn", "Troms");
  YES(doc, "Northern Lights", "filmedIn", "Tromsø");
  NO(doc, "Northern Lights", "filmedIn", "Troms");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Summer Wind’ is a 2014 Greek film. It was shot in the "
      "village of Chora on Naxos.");
  YES(doc, "Chora", "locatedIn", "Naxos");
  YES(doc, "Summer Wind", "filmedIn", "Chora");
  CLASS(doc, "Chora", "City");
  kgb_doc_result_free(doc);
}

/* "the Old Quarter's Hoàn Kiếm Lake": a place in an area named with a
 * possessive; capitals and rivers in one apposition */
static void possessive_area_and_capital(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Paper Lantern’ is a 2019 Vietnamese film. It was shot in "
      "Hanoi. One scene shows the Old Quarter's Hoàn Kiếm Lake.");
  YES(doc, "Hoàn Kiếm Lake", "locatedIn", "Old Quarter");
  NO(doc, "Old Quarter", "locatedIn", "Hoàn Kiếm Lake");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Fire Dance’ is a 2016 Spanish film. It was shot in Seville, the "
      "capital of Andalusia, which stands on the banks of the Guadalquivir "
      "River.");
  YES(doc, "Seville", "capitalOf", "Andalusia");
  YES(doc, "Seville", "onRiver", "Guadalquivir River");
  NO(doc, "Fire Dance", "setIn", "Seville");
  kgb_doc_result_free(doc);
  /* "the Portuguese capital": the last Portuguese city named */
  doc = kgb_test_sentence(
      "‘Harbour Lights’ is a 2021 drama film. It was shot in Madrid "
      "and Lisbon. Almost every scene is set in the Portuguese "
      "capital.");
  YES(doc, "Harbour Lights", "setIn", "Lisbon");
  NO(doc, "Harbour Lights", "setIn", "Madrid");
  kgb_doc_result_free(doc);
}

/* provinces by their English names (libgeonames: "Bavaria", "Tuscany"),
 * the old counties a merged province is named after ("Finnmark"), a town the
 * data does not know before ", in AREA"; a capital's apposition does not
 * reach back over another town */
static void province_names_and_unknown_towns(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Snow Line’ is a 2020 film. It was shot in Hammerfest, in Finnmark, "
      "and in Srinagar, the summer capital of Kashmir.");
  CLASS(doc, "Finnmark", "AdministrativeArea");
  YES(doc, "Hammerfest", "locatedIn", "Finnmark");
  YES(doc, "Snow Line", "filmedIn", "Hammerfest");
  YES(doc, "Srinagar", "capitalOf", "Kashmir");
  NO(doc, "Hammerfest", "capitalOf", "Kashmir");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Alpine Glow’ is a 2018 German film. The story is set in "
      "Bavaria, and the sequel in Tuscany.");
  YES(doc, "Alpine Glow", "setIn", "Bavaria");
  CLASS(doc, "Bavaria", "AdministrativeArea");
  CLASS(doc, "Tuscany", "AdministrativeArea");
  NO(doc, "Alpine Glow", "filmedIn", "Bavaria");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xplace6[] = {
    cmocka_unit_test_setup(era_before_setting, kgb_test_rules_setup),
    cmocka_unit_test_setup(in_and_around, kgb_test_rules_setup),
    cmocka_unit_test_setup(unknown_setting_place, kgb_test_rules_setup),
    cmocka_unit_test_setup(no_setting_no_place, kgb_test_rules_setup),
    cmocka_unit_test_setup(comma_in_area, kgb_test_rules_setup),
    cmocka_unit_test_setup(apposition_unknown_area, kgb_test_rules_setup),
    cmocka_unit_test_setup(possessive_area_and_capital, kgb_test_rules_setup),
    cmocka_unit_test_setup(province_names_and_unknown_towns,
                           kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xplace6_count =
    sizeof kgb_tests_sentences_xplace6 / sizeof kgb_tests_sentences_xplace6[0];
