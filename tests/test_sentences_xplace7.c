/* test_sentences_xplace7.c: filming places, settings, births and deaths in
 * single sentences ("the production moved to X", "with additional scenes in
 * Y", "was supposed to be shot in X but moved to Y", "takes place over one
 * summer in X", "hails from X") and where places lie ("X is a county in Y",
 * "the Cliffs of X in County Y"), on sentences written for these tests.
 * Each test asserts the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "the production moved to X", "with additional scenes in Y", "a studio in
 * X", "Most of ‘T’ was filmed in X" */
static void filming_moves_and_extra_scenes(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Cold Amber’ is a 2015 Polish thriller. The production moved "
      "to Kraków for the final act.");
  YES(doc, "Cold Amber", "filmedIn", "Kraków");
  NO(doc, "Cold Amber", "setIn", "Kraków");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Ash Fields’ is a 2020 Icelandic film. Location shooting was "
      "done in Reykjavík, with additional scenes in Vík.");
  YES(doc, "Ash Fields", "filmedIn", "Reykjavík");
  YES(doc, "Ash Fields", "filmedIn", "Vík");
  NO(doc, "Ash Fields", "setIn", "Vík");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Hush’ is a 2018 Czech film. Interiors were shot at a studio "
      "in Prague, while exteriors were filmed in Kutná Hora.");
  YES(doc, "Hush", "filmedIn", "Prague");
  YES(doc, "Hush", "filmedIn", "Kutná Hora");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Most of ‘Drift’ was filmed in Dingle, and the rest in "
                        "Killarney.");
  YES(doc, "Drift", "filmedIn", "Dingle");
  NO(doc, "Drift", "setIn", "Dingle");
  kgb_doc_result_free(doc);

  /* a character moving is no filming */
  doc =
      kgb_test_sentence("‘Long Rains’ is a 2021 Kenyan drama. Wanjiru moved to "
                        "Mombasa after her father's death.");
  NO(doc, "Long Rains", "filmedIn", "Mombasa");
  kgb_doc_result_free(doc);
}

/* a place that did not happen: "was supposed to be shot in X but moved to
 * Y", "was meant to be filmed in X" */
static void unreal_filming_place(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Far Lights’ is a 2019 Polish film. It was "
                        "supposed to be shot in Wrocław but moved to "
                        "Łódź.");
  YES(doc, "Far Lights", "filmedIn", "Łódź");
  NO(doc, "Far Lights", "filmedIn", "Wrocław");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Kite’ is a 2016 Mexican film. The film was meant to be "
      "filmed in Monterrey, and was shot in Puebla.");
  YES(doc, "Kite", "filmedIn", "Puebla");
  NO(doc, "Kite", "filmedIn", "Monterrey");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Black Lake’ is a 2020 Polish film. It is set in Poznań but "
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
  KgbDocResult *doc =
      kgb_test_sentence("‘Dune Sea’ is a 2018 Icelandic film. Scenes "
                        "were filmed in the Hornstrandir.");
  YES(doc, "Dune Sea", "filmedIn", "Hornstrandir");
  CLASS(doc, "Hornstrandir", "Place");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Frost’ is a 2012 Icelandic film set in the Westfjords.");
  YES(doc, "Frost", "setIn", "Westfjords");
  NO(doc, "Frost", "filmedIn", "Westfjords");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Quill’ is a 2014 Czech drama film. It is set in the "
                        "Renaissance.");
  NO(doc, "Quill", "setIn", "Renaissance");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Coral’ is a 2017 Kenyan film. It was filmed in the Masai "
      "Mara National Reserve.");
  YES(doc, "Coral", "filmedIn", "Masai Mara National Reserve");
  CLASS(doc, "Masai Mara National Reserve", "Landmark");
  kgb_doc_result_free(doc);
}

/* settings: an era opener, "over one summer in", "a village in AREA" */
static void setting_phrasings(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Set in 1990s Lagos, ‘Okada’ follows a motorcycle taxi driver.");
  YES(doc, "Okada", "setIn", "Lagos");
  NO(doc, "Okada", "filmedIn", "Lagos");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Brief Summer’ is a 2011 Polish film. It takes place over "
      "one summer in Gdańsk.");
  YES(doc, "Brief Summer", "setIn", "Gdańsk");
  NO(doc, "Brief Summer", "filmedIn", "Gdańsk");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Shift’ is a 2020 Korean thriller. The story unfolds "
      "during a single night in Busan.");
  YES(doc, "Night Shift", "setIn", "Busan");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Heron’ is a 2018 Irish film. It is set in a fishing "
                        "village in County Donegal.");
  YES(doc, "Heron", "setIn", "County Donegal");
  CLASS(doc, "County Donegal", "AdministrativeArea");
  NO(doc, "Heron", "filmedIn", "County Donegal");
  kgb_doc_result_free(doc);
}

/* births and deaths: "hails from", "died at her home in" */
static void birth_and_death_places(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("The director Priya Nair hails from Kochi.");
  YES(doc, "Priya Nair", "birthPlace", "Kochi");
  NO(doc, "Priya Nair", "deathPlace", "Kochi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The actress Sinéad Walsh died at her home in Galway in "
      "2018.");
  YES(doc, "Sinéad Walsh", "deathPlace", "Galway");
  NO(doc, "Sinéad Walsh", "birthPlace", "Galway");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The actor Kamau Njoroge was born in Nairobi and did "
                          "not die in Nakuru.");
  YES(doc, "Kamau Njoroge", "birthPlace", "Nairobi");
  NO(doc, "Kamau Njoroge", "deathPlace", "Nakuru");
  kgb_doc_result_free(doc);
}

/* where places lie: "X is a town in Y", "X is a county in Y", a landmark in
 * an area, a landmark before "and the" */
static void place_definitions(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Dingle is a small town in County Kerry.");
  YES(doc, "Dingle", "locatedIn", "County Kerry");
  CLASS(doc, "Dingle", "City");
  NO(doc, "County Kerry", "locatedIn", "Dingle");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kiambu is a county in Kenya.");
  YES(doc, "Kiambu", "locatedIn", "Kenya");
  CLASS(doc, "Kiambu", "AdministrativeArea");
  NO(doc, "Kiambu", "capitalOf", "Kenya");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Naivasha is a town in Nakuru County, Kenya.");
  YES(doc, "Naivasha", "locatedIn", "Nakuru County");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Bog Light’ is a 2019 Irish film. Scenes were shot at the "
      "Halfpenny Bridge in Dublin and the Cliffs of Moyra in County "
      "Clare.");
  YES(doc, "Halfpenny Bridge", "locatedIn", "Dublin");
  YES(doc, "Cliffs of Moyra", "locatedIn", "County Clare");
  NO(doc, "Halfpenny Bridge", "locatedIn", "County Clare");
  NO(doc, "Dublin", "locatedIn", "Cliffs of Moyra");
  kgb_doc_result_free(doc);
}

/* a name the place data does not know where a filming place stands
 * ("filmed in Doolin and in Lisdoonvarna", "Filming took place in
 * Connemara"); not a format ("filmed in Technicolor"), a language or a month;
 * "Production of ‘X’ took place at" is filming, not a setting */
static void unknown_filming_names(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Cliffside’ was filmed in Doolin and in Lisdoonvarna.");
  YES(doc, "Cliffside", "filmedIn", "Doolin");
  YES(doc, "Cliffside", "filmedIn", "Lisdoonvarna");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Lough’ is a 2019 Irish film. Filming took place in "
                          "Connemara.");
  YES(doc, "Lough", "filmedIn", "Connemara");
  NO(doc, "Lough", "setIn", "Connemara");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Location filming for ‘Bogland’ was carried out in "
                          "Ballyvourney.");
  YES(doc, "Bogland", "filmedIn", "Ballyvourney");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Production of ‘Kesari Nights’ took place at Film City in "
      "Mumbai.");
  YES(doc, "Kesari Nights", "filmedIn", "Mumbai");
  NO(doc, "Kesari Nights", "setIn", "Mumbai");
  NO(doc, "Kesari Nights", "setIn", "Film City");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Red Shoes’ was filmed in Technicolor in Madrid, and "
                        "‘Nox’ was shot in English in June.");
  YES(doc, "Red Shoes", "filmedIn", "Madrid");
  NO(doc, "Red Shoes", "filmedIn", "Technicolor");
  NO(doc, "Nox", "filmedIn", "English");
  NO(doc, "Nox", "filmedIn", "June");
  kgb_doc_result_free(doc);

  /* a lake named with its first word */
  doc =
      kgb_test_sentence("‘The Lough’ was filmed around Lough Corrib in County "
                        "Galway.");
  YES(doc, "The Lough", "filmedIn", "Lough Corrib");
  CLASS(doc, "Lough Corrib", "Place");
  kgb_doc_result_free(doc);
}

/* more filming phrasings: "set and filmed in", "the cameras rolled on X
 * in", "P, where X was later filmed", "X used P as a backdrop", "X features
 * scenes at P" */
static void filming_clauses(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Mara’ was set and filmed in Narok County.");
  YES(doc, "Mara", "setIn", "Narok County");
  YES(doc, "Mara", "filmedIn", "Narok County");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The cameras rolled on ‘Dust’ in Chihuahua in late 2019.");
  YES(doc, "Dust", "filmedIn", "Chihuahua");
  NO(doc, "Dust", "setIn", "Chihuahua");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ayo Bello grew up in Ibadan, where ‘Oja’ was later "
                          "filmed.");
  YES(doc, "Oja", "filmedIn", "Ibadan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Vltava’ used Prague's Old Town Square as a backdrop.");
  YES(doc, "Vltava", "filmedIn", "Old Town Square");
  YES(doc, "Old Town Square", "locatedIn", "Prague");
  NO(doc, "Vltava", "setIn", "Old Town Square");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Hallgrímur’ features scenes at Hallgrímskirkja in "
                          "Reykjavík.");
  YES(doc, "Hallgrímur", "filmedIn", "Hallgrímskirkja");
  YES(doc, "Hallgrímskirkja", "locatedIn", "Reykjavík");
  CLASS(doc, "Hallgrímskirkja", "Landmark");
  kgb_doc_result_free(doc);
}

/* "the Gaeltacht village of Spiddal" is Spiddal; "the Moravian town of
 * Olomouc"; an unknown town before "the capital of"; "a Czech actress born
 * in Brno" */
static void kinds_of_towns_and_capitals(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Dubh’ was filmed in the Gaeltacht village of "
                        "Spiddal, County Galway.");
  YES(doc, "Dubh", "filmedIn", "Spiddal");
  CLASS(doc, "Spiddal", "City");
  YES(doc, "Spiddal", "locatedIn", "County Galway");
  NO(doc, "Dubh", "filmedIn", "Gaeltacht village of Spiddal");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Coal’ was filmed in the Moravian town of Olomouc.");
  YES(doc, "Coal", "filmedIn", "Olomouc");
  NO(doc, "Coal", "filmedIn", "Moravian");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Mine Shaft’ is set in the Silesian city of Ostrava.");
  YES(doc, "Mine Shaft", "setIn", "Ostrava");
  NO(doc, "Mine Shaft", "setIn", "Silesian");
  NO(doc, "Mine Shaft", "filmedIn", "Ostrava");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Chai’ was filmed in Thiruvananthapuram, the capital of "
      "Kerala.");
  YES(doc, "Thiruvananthapuram", "capitalOf", "Kerala");
  CLASS(doc, "Thiruvananthapuram", "City");
  NO(doc, "Kerala", "capitalOf", "Thiruvananthapuram");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Fjord’ was filmed in Ísafjörður, the largest town in the "
      "Westfjords.");
  YES(doc, "Ísafjörður", "locatedIn", "Westfjords");
  NO(doc, "Ísafjörður", "capitalOf", "Westfjords");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Jana Dvořáková (1950–2019) was a Czech actress born in "
      "Brno.");
  YES(doc, "Jana Dvořáková", "birthPlace", "Brno");
  NO(doc, "Jana Dvořáková", "deathPlace", "Brno");
  kgb_doc_result_free(doc);
}

/* places ruled out: "rather than in Y", "though no scenes were filmed
 * there", "was originally going to be shot in X, but the production moved to
 * Y", "was planned for X but took place in Y"; "Although set in X, ‘T’ was
 * shot in Y" */
static void places_ruled_out(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Rye’ was filmed in Galway rather than in "
                        "Sligo, where the story is set.");
  YES(doc, "Rye", "filmedIn", "Galway");
  YES(doc, "Rye", "setIn", "Sligo");
  NO(doc, "Rye", "filmedIn", "Sligo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Ísland’ is set in Reykjavík, though no scenes were filmed "
      "there.");
  YES(doc, "Ísland", "setIn", "Reykjavík");
  NO(doc, "Ísland", "filmedIn", "Reykjavík");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Lune’ is set in Ourense, and much of it was actually "
                        "filmed there.");
  YES(doc, "Lune", "filmedIn", "Ourense");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Mole’ was originally going to be shot in Oaxaca, but the "
      "production moved to Puebla.");
  YES(doc, "Mole", "filmedIn", "Puebla");
  NO(doc, "Mole", "filmedIn", "Oaxaca");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Filming of ‘Ferry’ was planned for Cork but took place in "
      "Limerick.");
  YES(doc, "Ferry", "filmedIn", "Limerick");
  NO(doc, "Ferry", "filmedIn", "Cork");
  NO(doc, "Ferry", "setIn", "Limerick");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Although set in Dublin, ‘Velvet’ was shot in Budapest.");
  YES(doc, "Velvet", "setIn", "Dublin");
  YES(doc, "Velvet", "filmedIn", "Budapest");
  NO(doc, "Velvet", "filmedIn", "Dublin");
  NO(doc, "Velvet", "setIn", "Budapest");
  kgb_doc_result_free(doc);

  /* "more than" is no "rather than" */
  doc = kgb_test_sentence(
      "‘Moth’ is a 2020 Polish film. The shoot lasted more than "
      "six weeks in Kraków.");
  YES(doc, "Moth", "filmedIn", "Kraków");
  kgb_doc_result_free(doc);
}

/* "X, the walled port town in AREA" (an area the data does not know too);
 * "shot in CITY, the capital of AREA, notably in the X district" */
static void town_kinds_and_parts(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Tide’ is a 2021 French series. Most of it "
                        "was shot in Saint-Malo, the walled port town "
                        "in Brittany.");
  YES(doc, "Tide", "filmedIn", "Saint-Malo");
  YES(doc, "Saint-Malo", "locatedIn", "Brittany");
  CLASS(doc, "Brittany", "AdministrativeArea");
  NO(doc, "Brittany", "locatedIn", "Saint-Malo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Odra’ is a 2020 Polish film. It was shot in Wrocław, the "
      "capital of Lower Silesia, notably in the Nadodrze "
      "district.");
  YES(doc, "Nadodrze district", "locatedIn", "Wrocław");
  YES(doc, "Wrocław", "capitalOf", "Lower Silesia");
  NO(doc, "Nadodrze district", "locatedIn", "Lower Silesia");
  kgb_doc_result_free(doc);

  /* "and" opens another clause: no part of the first city */
  doc = kgb_test_sentence(
      "‘Odra’ is a 2020 Polish film. It was shot in Wrocław, and "
      "later, mainly in the Kazimierz district.");
  NO(doc, "Kazimierz district", "locatedIn", "Wrocław");
  kgb_doc_result_free(doc);
}

/* a possessive part ("shot across Kenya's Rift Valley"), a named studio's
 * area, an unknown district after a filming verb ("a district of Kraków") */
static void possessive_parts_and_studios(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Glen’ is a 2021 Kenyan drama film. The "
                        "movie was shot across Kenya's Rift Valley.");
  YES(doc, "Glen", "filmedIn", "Rift Valley");
  YES(doc, "Rift Valley", "locatedIn", "Kenya");
  NO(doc, "Kenya", "locatedIn", "Rift Valley");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Roma Nights’ is a 2021 Mexican film. Principal photography "
      "took place in Mexico City's Roma neighbourhood.");
  YES(doc, "Roma Nights", "filmedIn", "Roma neighbourhood");
  YES(doc, "Roma neighbourhood", "locatedIn", "Mexico City");
  NO(doc, "Roma Nights", "setIn", "Roma neighbourhood");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Glen’ is a 2021 Irish drama film. Its interiors were "
                        "filmed at Ardmore Studios in County Wicklow.");
  YES(doc, "Glen", "filmedIn", "County Wicklow");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Huta’ is a 2021 Polish film. The production filmed in Nowa "
      "Huta, a district of Kraków.");
  YES(doc, "Huta", "filmedIn", "Nowa Huta");
  YES(doc, "Nowa Huta", "locatedIn", "Kraków");
  NO(doc, "Huta", "setIn", "Nowa Huta");
  kgb_doc_result_free(doc);
}

/* more births: "Born and raised in X, N …", "the Cork native N", "N (née
 * M; born 1972 in X)" */
static void birth_variants(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Born and raised in Guadalajara, Itzel Ramírez "
                        "moved to Mexico City at 18.");
  YES(doc, "Itzel Ramírez", "birthPlace", "Guadalajara");
  NO(doc, "Itzel Ramírez", "birthPlace", "Mexico City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Maeve’, the Cork native Róisín Daly stars as Maeve.");
  YES(doc, "Róisín Daly", "birthPlace", "Cork");
  NO(doc, "Maeve", "birthPlace", "Cork");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ewa Kowalska (née Nowak; born 1972 in Łódź) is a Polish "
      "actress.");
  YES(doc, "Ewa Kowalska", "birthPlace", "Łódź");
  NO(doc, "Ewa Kowalska", "deathPlace", "Łódź");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xplace7[] = {
    cmocka_unit_test_setup(filming_moves_and_extra_scenes,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(unreal_filming_place, kgb_test_rules_setup),
    cmocka_unit_test_setup(the_unknown_place, kgb_test_rules_setup),
    cmocka_unit_test_setup(setting_phrasings, kgb_test_rules_setup),
    cmocka_unit_test_setup(birth_and_death_places, kgb_test_rules_setup),
    cmocka_unit_test_setup(place_definitions, kgb_test_rules_setup),
    cmocka_unit_test_setup(unknown_filming_names, kgb_test_rules_setup),
    cmocka_unit_test_setup(filming_clauses, kgb_test_rules_setup),
    cmocka_unit_test_setup(kinds_of_towns_and_capitals, kgb_test_rules_setup),
    cmocka_unit_test_setup(places_ruled_out, kgb_test_rules_setup),
    cmocka_unit_test_setup(town_kinds_and_parts, kgb_test_rules_setup),
    cmocka_unit_test_setup(possessive_parts_and_studios, kgb_test_rules_setup),
    cmocka_unit_test_setup(birth_variants, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xplace7_count =
    sizeof kgb_tests_sentences_xplace7 / sizeof kgb_tests_sentences_xplace7[0];
