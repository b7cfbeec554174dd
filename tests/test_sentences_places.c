/* test_sentences_places.c: filming places, settings, filming dates and the
 * places themselves (their kinds, what lies in or on what, capitals) through
 * the public header, on sentences written for these tests. Each test asserts
 * the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "the Mexican state of Jalisco", "the backwaters of X": a kind or a part of
 * a place before its name */
static void place_part_before_name(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Copper Rain’ is a 2022 drama film. The film was shot mostly in the "
      "Mexican state of Jalisco, chiefly in Guadalajara and in the old town "
      "of Tequila.");
  YES(doc, "Copper Rain", "filmedIn", "Jalisco");
  YES(doc, "Copper Rain", "filmedIn", "Guadalajara");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Low Tide’ is a 2021 drama film. One scene was filmed on "
      "the banks of the Loire River and in the narrow streets of "
      "Nantes.");
  YES(doc, "Low Tide", "filmedIn", "Loire River");
  YES(doc, "Low Tide", "filmedIn", "Nantes");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Low Tide’ is a 2021 drama film. It was shot in the tiny "
      "island nation of Malta and in the sun-baked port town of "
      "Cádiz.");
  YES(doc, "Low Tide", "filmedIn", "Malta");
  YES(doc, "Low Tide", "filmedIn", "Cádiz");
  kgb_doc_result_free(doc);
}

/* "no scenes were filmed in X" is a negation like "not" */
static void no_scenes_filmed_there(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
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
  KgbDocResult *doc = kgb_test_sentence(
      "‘Iron Coast’ is a 2021 thriller series. Principal photography for the "
      "second season quietly got underway on 3 May 2021, with the crew "
      "working across two countries: Norway and Denmark.");
  YES(doc, "Iron Coast", "filmedIn", "Norway");
  YES(doc, "Iron Coast", "filmedIn", "Denmark");
  YES(doc, "Iron Coast", "filmingStart", "2021-05-03");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Blue Hour’ is a 2020 drama film. Filming began in early "
      "March 2020 and wrapped up in the last week of June 2020.");
  YES(doc, "Blue Hour", "filmingStart", "2020-03");
  YES(doc, "Blue Hour", "filmingEnd", "2020-06");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Blue Hour’ is a 2020 drama film. Shooting started in "
                        "Lyon and moved to Marseille, wrapping in Nice in late "
                        "October 2019.");
  YES(doc, "Blue Hour", "filmedIn", "Nice");
  YES(doc, "Blue Hour", "filmingEnd", "2019-10");
  kgb_doc_result_free(doc);
}

/* other verbs of filming: split a schedule, capture, stage, a studio set */
static void other_filming_verbs(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
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

  doc = kgb_test_sentence(
      "‘Salt Lanterns’ is a 2022 drama film. The opera was never "
      "staged in Vienna, and the crew never worked in Prague.");
  NO(doc, "Salt Lanterns", "filmedIn", "Vienna");
  NO(doc, "Salt Lanterns", "filmedIn", "Prague");
  kgb_doc_result_free(doc);
}

/* a place as the subject: it hosted the scenes, served as the backdrop,
 * makes an appearance, can be seen */
static void place_as_subject(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
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
  KgbDocResult *doc = kgb_test_sentence(
      "‘Amber Road’ is a 2023 drama film. The unit travelled to Split, a "
      "port city on the Adriatic, before heading south by ferry to "
      "Dubrovnik. Later the crew drove north to Zadar and then sailing on "
      "to Vellora, where the story ends.");
  YES(doc, "Amber Road", "filmedIn", "Split");
  YES(doc, "Amber Road", "filmedIn", "Dubrovnik");
  YES(doc, "Amber Road", "filmedIn", "Vellora");
  CLASS(doc, "Vellora", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Amber Road’ is a 2023 drama film. The old harbour "
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
  KgbDocResult *doc =
      kgb_test_sentence("‘Winter Barge’ is a 2018 drama film. It was "
                        "shot in Białystok and Tromsø.");
  YES(doc, "Winter Barge", "filmedIn", "Białystok");
  YES(doc, "Winter Barge", "filmedIn", "Tromsø");
  CLASS(doc, "Białystok", "City");
  CLASS(doc, "Tromsø", "City");
  kgb_doc_result_free(doc);
}

/* what lies where: a city's landmark, a landmark's apposition, a village in
 * a district the data does not know, a capital, a town on a river */
static void places_in_places(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Stone Choir’ is a 2021 drama film. The crew filmed at Seville’s "
      "Alcázar Palace. Kelmar Abbey, the ruined Cistercian abbey in the "
      "Dunmore district, doubles as a prison. Vellin, a hillside village in "
      "the neighbouring Morvanne district, also appears. The production "
      "then moved to Tiraspol, the capital of the Free Territory of Bellavia. "
      "Vidin, a port town on the Danube, hosted the finale.");
  YES(doc, "Alcázar Palace", "locatedIn", "Seville");
  YES(doc, "Kelmar Abbey", "locatedIn", "Dunmore district");
  YES(doc, "Vellin", "locatedIn", "Morvanne");
  CLASS(doc, "Morvanne", "AdministrativeArea");
  YES(doc, "Tiraspol", "capitalOf", "Free Territory of Bellavia");
  CLASS(doc, "Free Territory of Bellavia", "AdministrativeArea");
  YES(doc, "Vidin", "onRiver", "Danube");
  CLASS(doc, "Danube", "River");
  YES(doc, "Stone Choir", "filmedIn", "Vidin");
  NO(doc, "Kelmar Abbey", "locatedIn", "Seville");
  kgb_doc_result_free(doc);

  /* a sea is no river; an island is a place, not a town */
  doc = kgb_test_sentence(
      "‘Stone Choir’ is a 2021 drama film. Budva, a resort town on "
      "the Adriatic, was left out, but the finale was filmed on the "
      "island of Velmora.");
  NO(doc, "Budva", "onRiver", "Adriatic");
  YES(doc, "Stone Choir", "filmedIn", "Velmora");
  CLASS(doc, "Velmora", "Place");
  kgb_doc_result_free(doc);
}

/* where a story is set: "a village called X", "a drama set in the port
 * town of X", "the Lisbon-set thriller", "X, ... where the series is set" */
static void settings(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Tin Bells’ is a 2022 drama film. The story takes place in a "
      "fictional mountain town called Eldermoor, but it was filmed in "
      "Andorra.");
  YES(doc, "Tin Bells", "setIn", "Eldermoor");
  YES(doc, "Tin Bells", "filmedIn", "Andorra");
  NO(doc, "Tin Bells", "filmedIn", "Eldermoor");
  NO(doc, "Tin Bells", "setIn", "Andorra");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ana Lopes’s ‘Cork Harbour’, a quiet drama set in the "
      "harbour town of Nazaré, opens in May. It is the Lisbon-set "
      "sequel to her debut.");
  YES(doc, "Cork Harbour", "setIn", "Nazaré");
  YES(doc, "Cork Harbour", "setIn", "Lisbon");
  NO(doc, "Cork Harbour", "filmedIn", "Nazaré");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Grey Gulls’ is a French crime series. Camille grew up in "
      "Brest, the windswept port city in Brittany where the series "
      "is set.");
  YES(doc, "Grey Gulls", "setIn", "Brest");
  NO(doc, "Grey Gulls", "setIn", "Brittany");
  kgb_doc_result_free(doc);
}

/* "filmed there", towns after "shot the film around", "lasted until", the
 * production relocating, a purpose-built set */
static void there_towns_and_moves(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Ash Meadow’ is a 2021 drama film. The story is set in Salamanca, "
      "and much of it was actually filmed there. Principal photography "
      "began on 3 March 2021 and lasted until June.");
  YES(doc, "Ash Meadow", "setIn", "Salamanca");
  YES(doc, "Ash Meadow", "filmedIn", "Salamanca");
  YES(doc, "Ash Meadow", "filmingEnd", "2021-06");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Ash Meadow’ is a 2021 drama film. The story is set in "
      "Salamanca, but none of it was filmed there.");
  NO(doc, "Ash Meadow", "filmedIn", "Salamanca");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Peat Smoke’ is a 2020 Irish drama film. Nuala Brennock shot "
      "the film around Kilvarra and Dunmoyle during a wet spring. "
      "For two episodes the production briefly relocated to Lyon, "
      "on the Rhône River in France. Most street scenes were shot "
      "on a purpose-built set in Valencia.");
  YES(doc, "Peat Smoke", "filmedIn", "Kilvarra");
  YES(doc, "Peat Smoke", "filmedIn", "Dunmoyle");
  CLASS(doc, "Kilvarra", "City");
  YES(doc, "Peat Smoke", "filmedIn", "Lyon");
  NO(doc, "Peat Smoke", "filmedIn", "Rhône River");
  YES(doc, "Peat Smoke", "filmedIn", "Valencia");
  kgb_doc_result_free(doc);
}

/* a town's landmarks: "A and B, two of the town's landmarks", "X, a village
 * whose famous Y", "the city is the capital of Z" */
static void town_landmarks_and_capitals(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Ash Meadow’ is a 2021 drama film. The team also travelled to "
      "Cordoba. The Mezquita Mosque and the Calahorra Tower, two of the "
      "city’s best-known landmarks, appear in the flashbacks. Zahara, a "
      "white village whose ruined Zahara Castle overlooks a lake, hosted "
      "the finale.");
  YES(doc, "Mezquita Mosque", "locatedIn", "Cordoba");
  YES(doc, "Calahorra Tower", "locatedIn", "Cordoba");
  YES(doc, "Zahara Castle", "locatedIn", "Zahara");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Ash Meadow’ is a 2021 drama film. Lying on the Miño "
      "River, Lugo is the capital of the Province of Lugo. Girona "
      "is not the capital of Spain.");
  YES(doc, "Lugo", "capitalOf", "Province of Lugo");
  NO(doc, "Girona", "capitalOf", "Spain");
  kgb_doc_result_free(doc);
}

/* the gazetteer puts a city in its country when the work was filmed or set
 * there, not a city named in passing; "(born in Graz, Austria)" still does;
 * only when one sentence names both (Seville and Spain are sentences apart) */
static void gazetteer_country_of_shown_cities(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Dry Season’ is a 2019 drama film set in Seville. It was filmed in "
      "Porto, Portugal’s second city. Its star, Lena Vidal (born 1980 in "
      "Graz, Austria), grew up in Madrid and studied in Spain.");
  YES(doc, "Porto", "locatedIn", "Portugal");
  NO(doc, "Seville", "locatedIn", "Spain");
  YES(doc, "Graz", "locatedIn", "Austria");
  NO(doc, "Madrid", "locatedIn", "Spain");
  kgb_doc_result_free(doc);
}

/* a place stood in for is where the story is set; a name after "the streets
 * of" is a place; "and, across the border, in Y"; "the country's capital" */
static void stand_ins_and_capitals(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Paper Moon’ is a 2020 drama film. In Croatia, the old streets of "
      "Zadar, the country’s capital of sailing, stand in for Castellane, the "
      "quarter where Mira lives. Split doubled as Naples. More scenes were "
      "filmed in Sibenik and, across the Bosnian border, in Mostar. A chase "
      "was filmed in the narrow alleys of the Varos.");
  YES(doc, "Paper Moon", "setIn", "Castellane");
  CLASS(doc, "Castellane", "Place");
  YES(doc, "Paper Moon", "setIn", "Naples");
  YES(doc, "Paper Moon", "filmedIn", "Zadar");
  YES(doc, "Paper Moon", "filmedIn", "Split");
  YES(doc, "Paper Moon", "filmedIn", "Varos");
  YES(doc, "Paper Moon", "filmedIn", "Sibenik");
  YES(doc, "Paper Moon", "filmedIn", "Mostar");
  NO(doc, "Paper Moon", "filmedIn", "Naples");
  NO(doc, "Paper Moon", "filmedIn", "Castellane");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Moon’ is a 2020 drama film. The story is set in and "
      "around Lyon. In Malta, the film visits Valletta, the "
      "country’s capital, and Mdina, Malta’s walled former "
      "capital.");
  YES(doc, "Paper Moon", "setIn", "Lyon");
  YES(doc, "Valletta", "capitalOf", "Malta");
  NO(doc, "Mdina", "capitalOf", "Malta");
  kgb_doc_result_free(doc);
}

/* the crew visited a list of places; filming ending on a date; "the capital
 * of X, Y" */
static void visits_endings_capitals(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Cinder Hill’ is a 2022 thriller film. The shoot lasted seven weeks, "
      "ending on 3 May 2022. The crew also visited Sintra and Cascais. The "
      "story begins in the capital of Portugal, Lisbon, and in Norway’s "
      "capital, Oslo.");
  YES(doc, "Cinder Hill", "filmingEnd", "2022-05-03");
  YES(doc, "Cinder Hill", "filmedIn", "Sintra");
  YES(doc, "Cinder Hill", "filmedIn", "Cascais");
  YES(doc, "Lisbon", "capitalOf", "Portugal");
  YES(doc, "Oslo", "capitalOf", "Norway");
  NO(doc, "Cinder Hill", "filmedIn", "Lisbon");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Cinder Hill’ is a 2022 thriller film. The crew never "
                        "visited Porto.");
  NO(doc, "Cinder Hill", "filmedIn", "Porto");
  kgb_doc_result_free(doc);
}

/* a head word used as a modifier is not part of a name: "the Aegean island
 * nation" names no island */
static void head_word_as_modifier(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Olive Light’ is a 2021 drama film. It was shot in Cyprus, the "
      "Levantine island nation, and on the Ribeira district waterfront.");
  YES(doc, "Olive Light", "filmedIn", "Cyprus");
  assert_null(kgb_test_entity(doc, "Levantine island", NULL));
  kgb_doc_result_free(doc);
}

/* the kind of a place from its context: an area the data lists that the
 * text calls a town, a river by its banks, "County X" */
static void place_kinds_from_context(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Salt Bell’ is a 2023 drama film. It was shot in Kotor, a fortified "
      "town on the bay. Some scenes were filmed on the banks of the Ilm, "
      "others in County Mayo.");
  CLASS(doc, "Kotor", "City");
  CLASS(doc, "Ilm", "River");
  CLASS(doc, "County Mayo", "AdministrativeArea");
  YES(doc, "Salt Bell", "filmedIn", "Kotor");
  YES(doc, "Salt Bell", "filmedIn", "Ilm");
  YES(doc, "Salt Bell", "filmedIn", "County Mayo");
  kgb_doc_result_free(doc);
}

/* the town on the river is the one right before it, not an earlier one */
static void river_of_the_nearest_town(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Salt Bell’ is a 2023 drama film. Further scenes were filmed in "
      "Erfurt and, further east, in Weimar, on the Ilm.");
  YES(doc, "Weimar", "onRiver", "Ilm");
  NO(doc, "Erfurt", "onRiver", "Ilm");
  YES(doc, "Salt Bell", "filmedIn", "Weimar");
  NO(doc, "Salt Bell", "filmedIn", "Ilm");
  kgb_doc_result_free(doc);
}

/* plain statements of filming places: "shooting was done in", "used as a
 * location", "returned to", "locations included", "among the locations" */
static void plain_location_statements(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Birch Line’ is a 2022 drama film. Location shooting was done in "
      "Tartu. Riga was used as a filming location for the flashbacks. The "
      "crew later returned to Tallinn. Filming locations included Narva, "
      "Pärnu and Haapsalu. Vilnius and Kaunas were among the locations.");
  YES(doc, "Birch Line", "filmedIn", "Tartu");
  YES(doc, "Birch Line", "filmedIn", "Riga");
  YES(doc, "Birch Line", "filmedIn", "Tallinn");
  YES(doc, "Birch Line", "filmedIn", "Narva");
  YES(doc, "Birch Line", "filmedIn", "Pärnu");
  YES(doc, "Birch Line", "filmedIn", "Haapsalu");
  YES(doc, "Birch Line", "filmedIn", "Vilnius");
  YES(doc, "Birch Line", "filmedIn", "Kaunas");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Birch Line’ is a 2022 drama film. Shooting was not done "
      "in Oslo, and Bergen was never used as a location.");
  NO(doc, "Birch Line", "filmedIn", "Oslo");
  NO(doc, "Birch Line", "filmedIn", "Bergen");
  kgb_doc_result_free(doc);
}

/* more settings: an adverb or a time after "set in", "unfolds in" */
static void more_settings(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Brass Tide’ is a 2021 drama film. The story is set largely in "
      "modern-day Porto. The second half unfolds in Palermo, although the "
      "film was shot in Bari.");
  YES(doc, "Brass Tide", "setIn", "Porto");
  YES(doc, "Brass Tide", "setIn", "Palermo");
  YES(doc, "Brass Tide", "filmedIn", "Bari");
  NO(doc, "Brass Tide", "setIn", "Bari");
  NO(doc, "Brass Tide", "filmedIn", "Porto");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Brass Tide’ is a 2021 drama film. The story is set in the "
      "1970s in Naples. It is not set in Rome.");
  YES(doc, "Brass Tide", "setIn", "Naples");
  NO(doc, "Brass Tide", "setIn", "Rome");
  kgb_doc_result_free(doc);
}

/* "X (Country)", "X, in northern Y", "a village in the south of Y" */
static void place_in_part_of_country(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Hill Choir’ is a 2020 drama film. It was shot in Cuneo, in northern "
      "Italy, in Tulcea (Romania) and in Ronda, a town in the south of "
      "Spain. Later the crew filmed in Lyon, in Marseille and in Nice.");
  YES(doc, "Cuneo", "locatedIn", "Italy");
  YES(doc, "Tulcea", "locatedIn", "Romania");
  YES(doc, "Ronda", "locatedIn", "Spain");
  NO(doc, "Lyon", "locatedIn", "Marseille");
  YES(doc, "Hill Choir", "filmedIn", "Cuneo");
  kgb_doc_result_free(doc);
}

/* a landmark that "was shot" is a filming place, unless it was shot
 * somewhere else */
static void landmark_was_shot(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Iron Kite’ is a 2019 thriller film. The climb up the Belém Tower was "
      "shot at dawn. The Vienna State Opera was shot in Prague.");
  YES(doc, "Iron Kite", "filmedIn", "Belém Tower");
  YES(doc, "Iron Kite", "filmedIn", "Prague");
  NO(doc, "Iron Kite", "filmedIn", "Vienna State Opera");
  kgb_doc_result_free(doc);
}

/* a town on a spit is on no river; a known town stood in for keeps its kind;
 * the production spent time somewhere */
static void spits_stand_ins_and_stays(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Amber Gate’ is a 2022 mystery series set in Gdańsk. The production "
      "spent two weeks in Riga, where the old town stood in for Gdańsk. "
      "Nida, a resort village on the Curonian Spit, hosted the beach "
      "scenes.");
  YES(doc, "Amber Gate", "filmedIn", "Riga");
  YES(doc, "Amber Gate", "filmedIn", "Nida");
  YES(doc, "Amber Gate", "setIn", "Gdańsk");
  CLASS(doc, "Gdańsk", "City");
  NO(doc, "Nida", "onRiver", "Curonian Spit");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_places[] = {
    cmocka_unit_test_setup(place_part_before_name, kgb_test_rules_setup),
    cmocka_unit_test_setup(no_scenes_filmed_there, kgb_test_rules_setup),
    cmocka_unit_test_setup(crew_working_across_and_dates, kgb_test_rules_setup),
    cmocka_unit_test_setup(other_filming_verbs, kgb_test_rules_setup),
    cmocka_unit_test_setup(place_as_subject, kgb_test_rules_setup),
    cmocka_unit_test_setup(next_stop_and_as_do, kgb_test_rules_setup),
    cmocka_unit_test_setup(gazetteer_plain_letters, kgb_test_rules_setup),
    cmocka_unit_test_setup(places_in_places, kgb_test_rules_setup),
    cmocka_unit_test_setup(settings, kgb_test_rules_setup),
    cmocka_unit_test_setup(there_towns_and_moves, kgb_test_rules_setup),
    cmocka_unit_test_setup(town_landmarks_and_capitals, kgb_test_rules_setup),
    cmocka_unit_test_setup(gazetteer_country_of_shown_cities,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(stand_ins_and_capitals, kgb_test_rules_setup),
    cmocka_unit_test_setup(visits_endings_capitals, kgb_test_rules_setup),
    cmocka_unit_test_setup(head_word_as_modifier, kgb_test_rules_setup),
    cmocka_unit_test_setup(place_kinds_from_context, kgb_test_rules_setup),
    cmocka_unit_test_setup(river_of_the_nearest_town, kgb_test_rules_setup),
    cmocka_unit_test_setup(plain_location_statements, kgb_test_rules_setup),
    cmocka_unit_test_setup(more_settings, kgb_test_rules_setup),
    cmocka_unit_test_setup(place_in_part_of_country, kgb_test_rules_setup),
    cmocka_unit_test_setup(landmark_was_shot, kgb_test_rules_setup),
    cmocka_unit_test_setup(spits_stand_ins_and_stays, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_places_count =
    sizeof kgb_tests_sentences_places / sizeof kgb_tests_sentences_places[0];
