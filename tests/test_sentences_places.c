/* test_sentences_places.c: filming places, settings, filming dates and the
 * places themselves (their kinds, what lies in or on what, capitals) through
 * the public header, on sentences written for these tests. Each test asserts
 * the facts a sentence must give and those it must not. */
#include "kgb_test.h"

#include "../extractor/extractor.h"

static int setup(void **state) {
  return kgb_test_rules_setup(state);
}

static KgbDocResult *extract(const char *text) {
  KgbDocResult *doc = kgb_test_extract(kgb_test_rules(), "places.txt", text);
  assert_true(kgb_doc_result_fact_count(doc) > 0);
  return doc;
}

#define YES(doc, s, p, o)                                                      \
  kgb_test_check_fact(doc, s, p, o, 0, __FILE__, __LINE__)
#define NO(doc, s, p, o)                                                       \
  kgb_test_check_fact(doc, s, p, o, KGB_TEST_ABSENT, __FILE__, __LINE__)
#define CLASS(doc, label, cls)                                                 \
  kgb_test_check_class(doc, label, cls, __FILE__, __LINE__)

/* "the Mexican state of Jalisco", "the backwaters of X": a kind or a part of
 * a place before its name */
static void place_part_before_name(void **state) {
  (void)state;
  KgbDocResult *doc = extract(
      "‘Copper Rain’ is a 2022 drama film. The film was shot mostly in the "
      "Mexican state of Jalisco, chiefly in Guadalajara and in the old town "
      "of Tequila.");
  YES(doc, "Copper Rain", "filmedIn", "Jalisco");
  YES(doc, "Copper Rain", "filmedIn", "Guadalajara");
  kgb_doc_result_free(doc);

  doc = extract("‘Low Tide’ is a 2021 drama film. One scene was filmed on "
                "the banks of the Loire River and in the narrow streets of "
                "Nantes.");
  YES(doc, "Low Tide", "filmedIn", "Loire River");
  YES(doc, "Low Tide", "filmedIn", "Nantes");
  kgb_doc_result_free(doc);
}

/* "no scenes were filmed in X" is a negation like "not" */
static void no_scenes_filmed_there(void **state) {
  (void)state;
  KgbDocResult *doc = extract(
      "‘Grey Orchard’ is a 2020 drama film. It was shot in Lisbon. No scenes "
      "were filmed on the island of Madeira, despite rumours.");
  YES(doc, "Grey Orchard", "filmedIn", "Lisbon");
  NO(doc, "Grey Orchard", "filmedIn", "Madeira");
  kgb_doc_result_free(doc);
}

/* a crew working across a list of places; dates with "early", "late" and
 * "the last week of" */
static void crew_working_across_and_dates(void **state) {
  (void)state;
  KgbDocResult *doc = extract(
      "‘Iron Coast’ is a 2021 thriller series. Principal photography for the "
      "second season quietly got underway on 3 May 2021, with the crew "
      "working across two countries: Norway and Denmark.");
  YES(doc, "Iron Coast", "filmedIn", "Norway");
  YES(doc, "Iron Coast", "filmedIn", "Denmark");
  YES(doc, "Iron Coast", "filmingStart", "2021-05-03");
  kgb_doc_result_free(doc);

  doc = extract("‘Blue Hour’ is a 2020 drama film. Filming began in early "
                "March 2020 and wrapped up in the last week of June 2020.");
  YES(doc, "Blue Hour", "filmingStart", "2020-03");
  YES(doc, "Blue Hour", "filmingEnd", "2020-06");
  kgb_doc_result_free(doc);

  doc = extract("‘Blue Hour’ is a 2020 drama film. Shooting started in "
                "Lyon and moved to Marseille, wrapping in Nice in late "
                "October 2019.");
  YES(doc, "Blue Hour", "filmedIn", "Nice");
  YES(doc, "Blue Hour", "filmingEnd", "2019-10");
  kgb_doc_result_free(doc);
}

/* other verbs of filming: split a schedule, capture, stage, a studio set */
static void other_filming_verbs(void **state) {
  (void)state;
  KgbDocResult *doc = extract(
      "‘Salt Lanterns’ is a 2022 drama film. The production split its "
      "schedule between Austria and Naples. A rooftop chase was captured in "
      "and around Palermo, and the duel was staged at Hyde Park. The "
      "interiors were shot on a studio set in Bucharest.");
  YES(doc, "Salt Lanterns", "filmedIn", "Austria");
  YES(doc, "Salt Lanterns", "filmedIn", "Naples");
  YES(doc, "Salt Lanterns", "filmedIn", "Palermo");
  YES(doc, "Salt Lanterns", "filmedIn", "Hyde Park");
  YES(doc, "Salt Lanterns", "filmedIn", "Bucharest");
  kgb_doc_result_free(doc);

  doc = extract("‘Salt Lanterns’ is a 2022 drama film. The opera was never "
                "staged in Vienna, and the crew never worked in Prague.");
  NO(doc, "Salt Lanterns", "filmedIn", "Vienna");
  NO(doc, "Salt Lanterns", "filmedIn", "Prague");
  kgb_doc_result_free(doc);
}

/* a place as the subject: it hosted the scenes, served as the backdrop,
 * makes an appearance, can be seen */
static void place_as_subject(void **state) {
  (void)state;
  KgbDocResult *doc = extract(
      "‘Night Ferry’ is a 2019 thriller film. Toledo, a walled city south of "
      "Madrid, hosted the opening scenes. Porto, the second city of "
      "Portugal, served as the main backdrop. Bled, a lakeside town in "
      "Slovenia, also makes a short but striking appearance. The Eiffel "
      "Tower and the riverside Louvre Museum can both be glimpsed in the "
      "chase.");
  YES(doc, "Night Ferry", "filmedIn", "Toledo");
  YES(doc, "Night Ferry", "filmedIn", "Porto");
  YES(doc, "Night Ferry", "filmedIn", "Bled");
  YES(doc, "Night Ferry", "filmedIn", "Eiffel Tower");
  YES(doc, "Night Ferry", "filmedIn", "Louvre Museum");
  NO(doc, "Night Ferry", "filmedIn", "Madrid");
  NO(doc, "Night Ferry", "filmedIn", "Portugal");
  NO(doc, "Night Ferry", "filmedIn", "Slovenia");
  kgb_doc_result_free(doc);
}

/* the next stop of a trip: "before heading ... to X"; "as do the X and Y" */
static void next_stop_and_as_do(void **state) {
  (void)state;
  KgbDocResult *doc = extract(
      "‘Amber Road’ is a 2023 drama film. The unit travelled to Split, a "
      "port city on the Adriatic, before heading south by ferry to "
      "Dubrovnik. Later the crew drove north to Zadar and then sailing on "
      "to Vellora, where the story ends.");
  YES(doc, "Amber Road", "filmedIn", "Split");
  YES(doc, "Amber Road", "filmedIn", "Dubrovnik");
  YES(doc, "Amber Road", "filmedIn", "Vellora");
  CLASS(doc, "Vellora", "City");
  kgb_doc_result_free(doc);

  doc = extract("‘Amber Road’ is a 2023 drama film. The old harbour "
                "features heavily in the flashbacks, as do the Rialto Bridge "
                "and Palazzo Grassi.");
  YES(doc, "Amber Road", "filmedIn", "Rialto Bridge");
  YES(doc, "Amber Road", "filmedIn", "Palazzo Grassi");
  kgb_doc_result_free(doc);
}

/* letters without a decomposition ("ł", "ø") still find the gazetteer's
 * ASCII spelling */
static void gazetteer_plain_letters(void **state) {
  (void)state;
  KgbDocResult *doc = extract("‘Winter Barge’ is a 2018 drama film. It was "
                              "shot in Białystok and Tromsø.");
  YES(doc, "Winter Barge", "filmedIn", "Białystok");
  YES(doc, "Winter Barge", "filmedIn", "Tromsø");
  CLASS(doc, "Białystok", "City");
  CLASS(doc, "Tromsø", "City");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_places[] = {
    cmocka_unit_test_setup(place_part_before_name, setup),
    cmocka_unit_test_setup(no_scenes_filmed_there, setup),
    cmocka_unit_test_setup(crew_working_across_and_dates, setup),
    cmocka_unit_test_setup(other_filming_verbs, setup),
    cmocka_unit_test_setup(place_as_subject, setup),
    cmocka_unit_test_setup(next_stop_and_as_do, setup),
    cmocka_unit_test_setup(gazetteer_plain_letters, setup),
};
const size_t kgb_tests_sentences_places_count =
    sizeof kgb_tests_sentences_places / sizeof kgb_tests_sentences_places[0];
