/* test_sentences_xplace13.c: places on unseen text (xplace13), written from
 * invented sentences rather than dev misses. A camera is no filming place;
 * a name the place data knows only as a town is a site after "at the" or
 * before "in" another town; historical regions are no towns; containment
 * with a compass word and a nationality ("in the northern Spanish region of
 * Asturias"), "the Nova Scotia town of Lunenburg", "Wadi Rum, Jordan"; a
 * place name with "and her husband" is a character; names shaped by a
 * possessive ("Naples' Spanish Quarter", "Queen's Park Savannah"), "by the"
 * ("Gardens by the Bay") or a number ("Route 66"); "Thunder Bay, Ontario"
 * names the province. Each test asserts the facts a sentence must give and
 * those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* the camera a work was shot on is no place; the town after it is */
static void cameras_are_no_places(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Harmattan’ was shot on the Arri Alexa in Lagos over five weeks.");
  YES(doc, "Harmattan", "filmedIn", "Lagos");
  NO(doc, "Harmattan", "filmedIn", "Arri Alexa");
  CLASS_IS(doc, "Arri Alexa", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Cinematographer Lol Crawley shot ‘Lowland’ on the "
                          "Sony Venice in Rotterdam.");
  YES(doc, "Lowland", "filmedIn", "Rotterdam");
  NO(doc, "Lowland", "filmedIn", "Sony Venice");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Cold Harbour’ was shot on a Blackmagic camera in Halifax.");
  YES(doc, "Cold Harbour", "filmedIn", "Halifax");
  kgb_doc_result_free(doc);

  /* a film stock or format still names no place */
  doc = kgb_test_sentence("‘Blue Hour’ was filmed on 35mm film in Hanoi.");
  YES(doc, "Blue Hour", "filmedIn", "Hanoi");
  kgb_doc_result_free(doc);
}

/* a name the data knows as a town, after "at/inside the" or before "in"
 * another town, is a site */
static void town_names_of_sites(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("The palace sequences of ‘The Moor's Daughter’ were "
                        "shot inside the Alhambra in Granada.");
  CLASS_IS(doc, "Alhambra", "Landmark");
  YES(doc, "Alhambra", "locatedIn", "Granada");
  YES(doc, "The Moor's Daughter", "filmedIn", "Alhambra");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Scenes were shot at the Rialto in Venice and at the Alamo.");
  CLASS_IS(doc, "Rialto", "Landmark");
  CLASS_IS(doc, "Alamo", "Landmark");
  CLASS_IS(doc, "Venice", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Gold Coast’ was shot at the Savoy in London and at the Ritz in Paris.");
  YES(doc, "Gold Coast", "filmedIn", "Savoy");
  YES(doc, "Gold Coast", "filmedIn", "Ritz");
  YES(doc, "Savoy", "locatedIn", "London");
  YES(doc, "Ritz", "locatedIn", "Paris");
  kgb_doc_result_free(doc);

  /* a town before a noun, or in a country, stays a town */
  doc = kgb_test_sentence("Cem works as a copywriter at the Istanbul ad "
                          "agency Mavi Reklam in ‘Mesai’.");
  CLASS_IS(doc, "Istanbul", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dutch Courage’ was filmed in the Hague in the Netherlands.");
  CLASS_IS(doc, "Hague", "City");
  kgb_doc_result_free(doc);
}

/* historical regions are no towns, whatever a filming vote says */
static void regions_are_no_towns(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Wolves of Ash’ was filmed in Transylvania, in "
                        "central Romania.");
  CLASS_IS(doc, "Transylvania", "Region");
  YES(doc, "Transylvania", "locatedIn", "Romania");
  YES(doc, "Wolves of Ash", "filmedIn", "Transylvania");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Director Emre Kaya shot ‘Balloon Season’ across "
                          "Cappadocia over six weeks.");
  CLASS_IS(doc, "Cappadocia", "Region");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Copper Sky’ was filmed in Patagonia and in Ushuaia.");
  CLASS_IS(doc, "Patagonia", "Region");
  CLASS_IS(doc, "Ushuaia", "City");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Mistral’ is set in Provence and was shot in Arles.");
  CLASS_IS(doc, "Provence", "Region");
  YES(doc, "Mistral", "setIn", "Provence");
  YES(doc, "Mistral", "filmedIn", "Arles");
  NO(doc, "Mistral", "filmedIn", "Provence");
  kgb_doc_result_free(doc);
}

/* where a town lies: compass words, nationalities, "the AREA town of X" */
static void containment_phrasings(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Green Hollow’ was filmed in Cangas de Onís, in the "
                        "northern Spanish region of Asturias.");
  YES(doc, "Cangas de Onís", "locatedIn", "Asturias");
  CLASS_IS(doc, "Asturias", "AdministrativeArea");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Filming of ‘Jade River’ took place in Yangshuo, in "
                          "the southern Chinese region of Guangxi.");
  YES(doc, "Yangshuo", "locatedIn", "Guangxi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘The Olive Press’ was filmed in Deià, a village in "
                          "northwestern Mallorca.");
  YES(doc, "Deià", "locatedIn", "Mallorca");
  CLASS_IS(doc, "Deià", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Fog Bell’ was filmed in the Nova Scotia town of Lunenburg.");
  YES(doc, "Lunenburg", "locatedIn", "Nova Scotia");
  YES(doc, "Fog Bell", "filmedIn", "Lunenburg");
  CLASS_IS(doc, "Lunenburg", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Redwood’ was filmed in Eureka, California, and in "
                          "the Oregon town of Astoria.");
  YES(doc, "Astoria", "locatedIn", "Oregon");
  CLASS_IS(doc, "Oregon", "AdministrativeArea");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Desert Bloom’ was filmed in Wadi Rum, Jordan.");
  YES(doc, "Wadi Rum", "locatedIn", "Jordan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Much of ‘Savanna Song’ was shot in the Serengeti, "
                          "in northern Tanzania.");
  YES(doc, "Serengeti", "locatedIn", "Tanzania");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Tall Grass’ was filmed in the Flint Hills of Kansas.");
  YES(doc, "Tall Grass", "filmedIn", "Flint Hills");
  YES(doc, "Flint Hills", "locatedIn", "Kansas");
  kgb_doc_result_free(doc);

  /* a building's "of" stays in its name */
  doc = kgb_test_sentence("The Royal Palace of Spain appears in ‘Crown’.");
  CLASS_IS(doc, "Royal Palace of Spain", "Landmark");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Most of ‘Cider Road’ was shot in Lunenburg, Nova "
                          "Scotia, in the autumn of 2021.");
  YES(doc, "Lunenburg", "locatedIn", "Nova Scotia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Rye’ was shot at the Globe Theatre in London and "
                          "at Hampton Court Palace.");
  YES(doc, "Globe Theatre", "locatedIn", "London");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Parade’ was filmed along the Malecón in Havana.");
  YES(doc, "Parade", "filmedIn", "Malecón");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Filming for ‘Night Bus’ took place on the "
                          "Trans-Canada Highway near Kenora.");
  YES(doc, "Night Bus", "filmedIn", "Trans-Canada Highway");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Winter Light’ was shot in the Engadine and in St. Moritz.");
  YES(doc, "Winter Light", "filmedIn", "St. Moritz");
  CLASS_IS(doc, "St. Moritz", "City");
  kgb_doc_result_free(doc);

  /* a suburb of a town: the town stays one */
  doc = kgb_test_sentence(
      "‘Danfo’ was filmed in the Lagos suburb of Ikeja in 2019.");
  CLASS_IS(doc, "Lagos", "City");
  kgb_doc_result_free(doc);
}

/* a name the place data knows, with kin, is a character */
static void place_names_of_people(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("In ‘Winter Orchard’, Ewa and her "
                                        "husband Tomasz run a farm outside "
                                        "Lublin.");
  CLASS_IS(doc, "Ewa", "Character");
  SYM(doc, "Ewa", "marriedTo", "Tomasz");
  CLASS_IS(doc, "Lublin", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Years later, Ewa's daughter returns to Gdańsk.");
  CLASS_IS(doc, "Ewa", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The couple honeymoon at the Savoy, where Mara "
                          "meets her old lover.");
  CLASS_IS(doc, "Mara", "Character");
  kgb_doc_result_free(doc);

  /* a town before a verb that is no person's stays a town */
  doc = kgb_test_sentence("In ‘Tides’, Ana leaves Sydney to visit her mother "
                          "in Perth.");
  CLASS_IS(doc, "Sydney", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Twin Towns’ was filmed in Lagos and its sister "
                          "city Accra.");
  CLASS_IS(doc, "Lagos", "City");
  kgb_doc_result_free(doc);
}

/* names a possessive, "by the" or a number shapes */
static void place_name_shapes(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Set in Naples' Spanish Quarter, ‘Scugnizzi’ follows "
                        "a boy who joins a gang.");
  YES(doc, "Scugnizzi", "setIn", "Spanish Quarter");
  YES(doc, "Spanish Quarter", "locatedIn", "Naples");
  CLASS_IS(doc, "Naples", "City");
  kgb_doc_result_free(doc);

  /* a closing quotation mark after a title is no possessive */
  doc = kgb_test_sentence("In 'The Others' Nicole Kidman plays a mother.");
  YES(doc, "The Others", "starring", "Nicole Kidman");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Scenes for ‘Orchid Hour’ were filmed at Gardens by "
                          "the Bay in Singapore.");
  CLASS_IS(doc, "Gardens by the Bay", "Landmark");
  YES(doc, "Orchid Hour", "filmedIn", "Gardens by the Bay");
  CLASS_IS(doc, "Bay", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The carnival finale of ‘Steelpan’ was shot at "
                          "Queen's Park Savannah in Port of Spain.");
  YES(doc, "Steelpan", "filmedIn", "Queen's Park Savannah");
  YES(doc, "Queen's Park Savannah", "locatedIn", "Port of Spain");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Crab Pots’ was filmed at Fisherman's Wharf in San Francisco.");
  CLASS_IS(doc, "Fisherman's Wharf", "Landmark");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The finale of ‘Lantern Bay’ was filmed at St. "
                          "Michael's Mount in Cornwall.");
  YES(doc, "Lantern Bay", "filmedIn", "St. Michael's Mount");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The crew of ‘Dry Creek’ spent a month filming "
                          "along Route 66 in Arizona.");
  YES(doc, "Dry Creek", "filmedIn", "Route 66");
  CLASS_IS(doc, "Route 66", "Landmark");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Harbour Lights’ was filmed largely at Grand "
                          "Central Terminal in Manhattan.");
  CLASS_IS(doc, "Grand Central Terminal", "Landmark");
  kgb_doc_result_free(doc);

  /* a known place's possessive stays apart */
  doc = kgb_test_sentence(
      "Adana, the administrative seat of Turkey's Adana Province, lies on the "
      "Seyhan River.");
  CLASS_IS(doc, "Turkey", "Country");
  CLASS_IS(doc, "Adana Province", "AdministrativeArea");
  kgb_doc_result_free(doc);
}

/* a town, then a name that is both a town and a province: the province */
static void town_comma_province(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("‘Iron Lake’ was filmed in Ely, "
                                        "Minnesota, and Thunder Bay, Ontario.");
  YES(doc, "Thunder Bay", "locatedIn", "Ontario");
  CLASS_IS(doc, "Ontario", "AdministrativeArea");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Ash Road’ was filmed in Mildura, a city in northwestern Victoria.");
  YES(doc, "Mildura", "locatedIn", "Victoria");
  CLASS_IS(doc, "Victoria", "AdministrativeArea");
  kgb_doc_result_free(doc);

  /* a list of towns stays one */
  doc = kgb_test_sentence(
      "‘Iron Lake’ was filmed in London, Paris, Victoria and Perth.");
  CLASS_IS(doc, "Paris", "City");
  CLASS_IS(doc, "Victoria", "City");
  NO(doc, "London", "locatedIn", "Paris");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xplace13[] = {
    cmocka_unit_test_setup(cameras_are_no_places, kgb_test_rules_setup),
    cmocka_unit_test_setup(town_names_of_sites, kgb_test_rules_setup),
    cmocka_unit_test_setup(regions_are_no_towns, kgb_test_rules_setup),
    cmocka_unit_test_setup(containment_phrasings, kgb_test_rules_setup),
    cmocka_unit_test_setup(place_names_of_people, kgb_test_rules_setup),
    cmocka_unit_test_setup(place_name_shapes, kgb_test_rules_setup),
    cmocka_unit_test_setup(town_comma_province, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xplace13_count =
    sizeof kgb_tests_sentences_xplace13 /
    sizeof kgb_tests_sentences_xplace13[0];
