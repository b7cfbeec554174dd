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

const struct CMUnitTest kgb_tests_sentences_places[] = {
    cmocka_unit_test_setup(place_part_before_name, setup),
    cmocka_unit_test_setup(no_scenes_filmed_there, setup),
};
const size_t kgb_tests_sentences_places_count =
    sizeof kgb_tests_sentences_places / sizeof kgb_tests_sentences_places[0];
