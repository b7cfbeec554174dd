/* test_sentences_xplace7.c: filming places, settings, births and deaths in
 * single sentences ("the production moved to X", "with additional scenes in
 * Y", "was supposed to be shot in X but moved to Y", "takes place over one
 * summer in X", "hails from X") and where places lie ("X is a county in Y",
 * "the Cliffs of X in County Y"), on sentences written for these tests.
 * Each test asserts the facts a sentence must give and those it must not. */
#include "kgb_test.h"

#include "../extractor/extractor.h"

static int setup(void **state) {
  return kgb_test_rules_setup(state);
}

static KgbDocResult *extract(const char *text) {
  KgbDocResult *doc = kgb_test_extract(kgb_test_rules(), "xplace7.txt", text);
  assert_true(kgb_doc_result_fact_count(doc) > 0);
  return doc;
}

#define YES(doc, s, p, o)                                                      \
  kgb_test_check_fact(doc, s, p, o, 0, __FILE__, __LINE__)
#define NO(doc, s, p, o)                                                       \
  kgb_test_check_fact(doc, s, p, o, KGB_TEST_ABSENT, __FILE__, __LINE__)
#define CLASS(doc, label, cls)                                                 \
  kgb_test_check_class(doc, label, cls, __FILE__, __LINE__)

/* "the production moved to X", "with additional scenes in Y", "a studio in
 * X", "Most of ‘T’ was filmed in X" */
static void filming_moves_and_extra_scenes(void **state) {
  (void)state;
  KgbDocResult *doc =
      extract("‘Cold Amber’ is a 2015 Polish thriller. The production moved "
              "to Kraków for the final act.");
  YES(doc, "Cold Amber", "filmedIn", "Kraków");
  NO(doc, "Cold Amber", "setIn", "Kraków");
  kgb_doc_result_free(doc);

  doc = extract("‘Ash Fields’ is a 2020 Icelandic film. Location shooting was "
                "done in Reykjavík, with additional scenes in Vík.");
  YES(doc, "Ash Fields", "filmedIn", "Reykjavík");
  YES(doc, "Ash Fields", "filmedIn", "Vík");
  NO(doc, "Ash Fields", "setIn", "Vík");
  kgb_doc_result_free(doc);

  doc = extract("‘Hush’ is a 2018 Czech film. Interiors were shot at a studio "
                "in Prague, while exteriors were filmed in Kutná Hora.");
  YES(doc, "Hush", "filmedIn", "Prague");
  YES(doc, "Hush", "filmedIn", "Kutná Hora");
  kgb_doc_result_free(doc);

  doc = extract("Most of ‘Drift’ was filmed in Dingle, and the rest in "
                "Killarney.");
  YES(doc, "Drift", "filmedIn", "Dingle");
  NO(doc, "Drift", "setIn", "Dingle");
  kgb_doc_result_free(doc);

  /* a character moving is no filming */
  doc = extract("‘Long Rains’ is a 2021 Kenyan drama. Wanjiru moved to "
                "Mombasa after her father's death.");
  NO(doc, "Long Rains", "filmedIn", "Mombasa");
  kgb_doc_result_free(doc);
}

/* a place that did not happen: "was supposed to be shot in X but moved to
 * Y", "was meant to be filmed in X" */
static void unreal_filming_place(void **state) {
  (void)state;
  KgbDocResult *doc = extract("‘Far Lights’ is a 2019 Polish film. It was "
                              "supposed to be shot in Wrocław but moved to "
                              "Łódź.");
  YES(doc, "Far Lights", "filmedIn", "Łódź");
  NO(doc, "Far Lights", "filmedIn", "Wrocław");
  kgb_doc_result_free(doc);

  doc = extract("‘Kite’ is a 2016 Mexican film. The film was meant to be "
                "filmed in Monterrey, and was shot in Puebla.");
  YES(doc, "Kite", "filmedIn", "Puebla");
  NO(doc, "Kite", "filmedIn", "Monterrey");
  kgb_doc_result_free(doc);

  doc = extract("‘Black Lake’ is a 2020 Polish film. It is set in Poznań but "
                "was filmed in Gdynia.");
  YES(doc, "Black Lake", "setIn", "Poznań");
  YES(doc, "Black Lake", "filmedIn", "Gdynia");
  NO(doc, "Black Lake", "filmedIn", "Poznań");
  NO(doc, "Black Lake", "setIn", "Gdynia");
  kgb_doc_result_free(doc);
}

/* a name the place data does not know after "filmed in the", "set in the";
 * not a period ("set in the Renaissance") */
static void the_unknown_place(void **state) {
  (void)state;
  KgbDocResult *doc = extract("‘Dune Sea’ is a 2018 Icelandic film. Scenes "
                              "were filmed in the Hornstrandir.");
  YES(doc, "Dune Sea", "filmedIn", "Hornstrandir");
  CLASS(doc, "Hornstrandir", "Place");
  kgb_doc_result_free(doc);

  doc = extract("‘Frost’ is a 2012 Icelandic film set in the Westfjords.");
  YES(doc, "Frost", "setIn", "Westfjords");
  NO(doc, "Frost", "filmedIn", "Westfjords");
  kgb_doc_result_free(doc);

  doc = extract("‘Quill’ is a 2014 Czech drama film. It is set in the "
                "Renaissance.");
  NO(doc, "Quill", "setIn", "Renaissance");
  kgb_doc_result_free(doc);

  doc = extract("‘Coral’ is a 2017 Kenyan film. It was filmed in the Masai "
                "Mara National Reserve.");
  YES(doc, "Coral", "filmedIn", "Masai Mara National Reserve");
  CLASS(doc, "Masai Mara National Reserve", "Landmark");
  kgb_doc_result_free(doc);
}

/* settings: an era opener, "over one summer in", "a village in AREA" */
static void setting_phrasings(void **state) {
  (void)state;
  KgbDocResult *doc =
      extract("Set in 1990s Lagos, ‘Okada’ follows a motorcycle taxi driver.");
  YES(doc, "Okada", "setIn", "Lagos");
  NO(doc, "Okada", "filmedIn", "Lagos");
  kgb_doc_result_free(doc);

  doc = extract("‘Brief Summer’ is a 2011 Polish film. It takes place over "
                "one summer in Gdańsk.");
  YES(doc, "Brief Summer", "setIn", "Gdańsk");
  NO(doc, "Brief Summer", "filmedIn", "Gdańsk");
  kgb_doc_result_free(doc);

  doc = extract("‘Night Shift’ is a 2020 Korean thriller. The story unfolds "
                "during a single night in Busan.");
  YES(doc, "Night Shift", "setIn", "Busan");
  kgb_doc_result_free(doc);

  doc = extract("‘Heron’ is a 2018 Irish film. It is set in a fishing "
                "village in County Donegal.");
  YES(doc, "Heron", "setIn", "County Donegal");
  CLASS(doc, "County Donegal", "AdministrativeArea");
  NO(doc, "Heron", "filmedIn", "County Donegal");
  kgb_doc_result_free(doc);
}

/* births and deaths: "hails from", "died at her home in" */
static void birth_and_death_places(void **state) {
  (void)state;
  KgbDocResult *doc = extract("The director Priya Nair hails from Kochi.");
  YES(doc, "Priya Nair", "birthPlace", "Kochi");
  NO(doc, "Priya Nair", "deathPlace", "Kochi");
  kgb_doc_result_free(doc);

  doc = extract("The actress Sinéad Walsh died at her home in Galway in "
                "2018.");
  YES(doc, "Sinéad Walsh", "deathPlace", "Galway");
  NO(doc, "Sinéad Walsh", "birthPlace", "Galway");
  kgb_doc_result_free(doc);

  doc = extract("The actor Kamau Njoroge was born in Nairobi and did "
                "not die in Nakuru.");
  YES(doc, "Kamau Njoroge", "birthPlace", "Nairobi");
  NO(doc, "Kamau Njoroge", "deathPlace", "Nakuru");
  kgb_doc_result_free(doc);
}

/* where places lie: "X is a town in Y", "X is a county in Y", a landmark in
 * an area, a landmark before "and the" */
static void place_definitions(void **state) {
  (void)state;
  KgbDocResult *doc = extract("Dingle is a small town in County Kerry.");
  YES(doc, "Dingle", "locatedIn", "County Kerry");
  CLASS(doc, "Dingle", "City");
  NO(doc, "County Kerry", "locatedIn", "Dingle");
  kgb_doc_result_free(doc);

  doc = extract("Kiambu is a county in Kenya.");
  YES(doc, "Kiambu", "locatedIn", "Kenya");
  CLASS(doc, "Kiambu", "AdministrativeArea");
  NO(doc, "Kiambu", "capitalOf", "Kenya");
  kgb_doc_result_free(doc);

  doc = extract("Naivasha is a town in Nakuru County, Kenya.");
  YES(doc, "Naivasha", "locatedIn", "Nakuru County");
  kgb_doc_result_free(doc);

  doc = extract("‘Bog Light’ is a 2019 Irish film. Scenes were shot at the "
                "Halfpenny Bridge in Dublin and the Cliffs of Moyra in County "
                "Clare.");
  YES(doc, "Halfpenny Bridge", "locatedIn", "Dublin");
  YES(doc, "Cliffs of Moyra", "locatedIn", "County Clare");
  NO(doc, "Halfpenny Bridge", "locatedIn", "County Clare");
  NO(doc, "Dublin", "locatedIn", "Cliffs of Moyra");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xplace7[] = {
    cmocka_unit_test_setup(filming_moves_and_extra_scenes, setup),
    cmocka_unit_test_setup(unreal_filming_place, setup),
    cmocka_unit_test_setup(the_unknown_place, setup),
    cmocka_unit_test_setup(setting_phrasings, setup),
    cmocka_unit_test_setup(birth_and_death_places, setup),
    cmocka_unit_test_setup(place_definitions, setup),
};
const size_t kgb_tests_sentences_xplace7_count =
    sizeof kgb_tests_sentences_xplace7 / sizeof kgb_tests_sentences_xplace7[0];
