/* test_sentences_xplace15.c: places on unseen text (xplace15), written from
 * invented sentences rather than dev misses. Subdivisions of a city kind
 * are cities ("Tainan"); a country's name after a town of its namesake
 * state is the state ("Savannah, Georgia"); an island after "on" is the
 * area ("set on Okinawa"); a nickname before a district is a town; natural
 * places after "along the"; filming as a journey in more shapes; scenes set
 * somewhere; containment after a comma and a possessive. Each test asserts
 * the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* which reading of a name the gazetteer has in several kinds */
static void readings_of_names(void **state) {
  (void)state;
  /* a special municipality or metropolitan city is a city */
  KgbDocResult *doc =
      kgb_test_sentence("The drama ‘Midnight Bento’ is set in Tainan.");
  YES(doc, "Midnight Bento", "setIn", "Tainan");
  CLASS_IS(doc, "Tainan", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The crime drama ‘Harbour City’ was filmed in Kaohsiung in 2019.");
  YES(doc, "Harbour City", "filmedIn", "Kaohsiung");
  CLASS_IS(doc, "Kaohsiung", "City");
  kgb_doc_result_free(doc);

  /* a US state that shares a country's name, after one of its towns */
  doc = kgb_test_sentence("‘Savannah Blues’ is set in Savannah, Georgia.");
  YES(doc, "Savannah Blues", "setIn", "Savannah");
  YES(doc, "Savannah", "locatedIn", "Georgia");
  CLASS_IS(doc, "Georgia", "AdministrativeArea");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The drama ‘Peach State’ was filmed in Athens, Georgia.");
  CLASS_IS(doc, "Georgia", "AdministrativeArea");
  YES(doc, "Athens", "locatedIn", "Georgia");
  kgb_doc_result_free(doc);

  /* the country after one of its own towns stays the country */
  doc = kgb_test_sentence("‘Supra’ was shot in Tbilisi, Georgia.");
  CLASS_IS(doc, "Georgia", "Country");
  YES(doc, "Tbilisi", "locatedIn", "Georgia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Vineyard’ was shot in Batumi, Georgia, in 2020.");
  CLASS_IS(doc, "Georgia", "Country");
  kgb_doc_result_free(doc);

  /* after "on", an island that is also a town is the area */
  doc = kgb_test_sentence("The thriller ‘Blue Hour’ is set on Okinawa, "
                          "where a retired diver runs a bar.");
  YES(doc, "Blue Hour", "setIn", "Okinawa");
  CLASS_IS(doc, "Okinawa", "AdministrativeArea");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Offerings’ was filmed on Bali in 2017.");
  YES(doc, "Offerings", "filmedIn", "Bali");
  CLASS_IS(doc, "Bali", "AdministrativeArea");
  kgb_doc_result_free(doc);

  /* a town's part after "on" keeps the town */
  doc = kgb_test_sentence(
      "‘Kite’ was filmed in Kadıköy, a district on Istanbul's Asian side.");
  CLASS_IS(doc, "Istanbul", "City");
  kgb_doc_result_free(doc);

  /* "in" keeps the town reading */
  doc = kgb_test_sentence("‘Karate Kid Returns’ was filmed in Okinawa City.");
  NO(doc, "Karate Kid Returns", "filmedIn", "Okinawa Prefecture");
  kgb_doc_result_free(doc);
}

/* a nickname before a possessive district names a town */
static void nickname_districts(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The comedy ‘Samba Street’ is set in Sampa's Liberdade district.");
  YES(doc, "Samba Street", "setIn", "Liberdade district");
  YES(doc, "Liberdade district", "locatedIn", "Sampa");
  CLASS_IS(doc, "Sampa", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Gold Rush’ was shot in Jozi’s Maboneng neighbourhood.");
  YES(doc, "Gold Rush", "filmedIn", "Maboneng neighbourhood");
  CLASS_IS(doc, "Jozi", "City");
  kgb_doc_result_free(doc);

  /* a person's lower-case district is no place */
  doc = kgb_test_sentence(
      "‘Canal Street’ was filmed in Istanbul, in Kemal's old district.");
  YES(doc, "Canal Street", "filmedIn", "Istanbul");
  NO(doc, "Canal Street", "filmedIn", "Kemal");
  kgb_doc_result_free(doc);
}

/* the shoot as a journey, in more shapes */
static void filming_journeys(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Kite Summer’ is a 2021 drama film. Shooting took "
                        "the production to Oaxaca and Chiapas.");
  YES(doc, "Kite Summer", "filmedIn", "Oaxaca");
  YES(doc, "Kite Summer", "filmedIn", "Chiapas");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kite Summer’ is a 2021 drama film. Filming took "
                          "the team from Nairobi to Mombasa.");
  YES(doc, "Kite Summer", "filmedIn", "Nairobi");
  YES(doc, "Kite Summer", "filmedIn", "Mombasa");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kite Summer’ is a 2021 drama film. The second "
                          "schedule was completed in Hyderabad.");
  YES(doc, "Kite Summer", "filmedIn", "Hyderabad");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kite Summer’ is a 2021 drama film. The "
                          "production was supposed to shoot in Cairo but "
                          "moved to Amman.");
  YES(doc, "Kite Summer", "filmedIn", "Amman");
  NO(doc, "Kite Summer", "filmedIn", "Cairo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kite Summer’ is a 2021 drama film. The "
                          "production used locations in Seville and Córdoba.");
  YES(doc, "Kite Summer", "filmedIn", "Seville");
  YES(doc, "Kite Summer", "filmedIn", "Córdoba");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Gozo Nights’ is a 2020 drama series. The series "
                          "was produced on location in Malta.");
  YES(doc, "Gozo Nights", "filmedIn", "Malta");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Shipyard’ is a British crime series. The series films in Belfast.");
  YES(doc, "Shipyard", "filmedIn", "Belfast");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kite Summer’ is a 2021 drama film. Shooting "
                          "began in Lagos and concluded in Accra.");
  YES(doc, "Kite Summer", "filmedIn", "Lagos");
  YES(doc, "Kite Summer", "filmedIn", "Accra");
  kgb_doc_result_free(doc);

  /* a shoot that ends in no place */
  doc = kgb_test_sentence("‘Kite Summer’ is a 2021 drama film. Shooting "
                          "began in Lagos and ended in disaster.");
  YES(doc, "Kite Summer", "filmedIn", "Lagos");
  NO(doc, "Kite Summer", "filmedIn", "disaster");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Iron Bridge’ was filmed in both Budapest and Bratislava.");
  YES(doc, "Iron Bridge", "filmedIn", "Budapest");
  YES(doc, "Iron Bridge", "filmedIn", "Bratislava");
  kgb_doc_result_free(doc);

  /* stand-ins */
  doc = kgb_test_sentence(
      "In ‘Cold War Kids’, Vilnius stands in for 1980s Moscow.");
  YES(doc, "Cold War Kids", "filmedIn", "Vilnius");
  YES(doc, "Cold War Kids", "setIn", "Moscow");
  NO(doc, "Cold War Kids", "filmedIn", "Moscow");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kite Summer’ is a 2021 drama film. Sofia "
                          "substituted for Athens during the shoot.");
  YES(doc, "Kite Summer", "filmedIn", "Sofia");
  YES(doc, "Kite Summer", "setIn", "Athens");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Korean series ‘Harbour Nights’ was filmed "
                          "largely in Mokpo. The production also spent ten "
                          "days on Jeju, where the finale was staged.");
  YES(doc, "Harbour Nights", "filmedIn", "Jeju");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Fjord’ was filmed from Bergen to Ålesund.");
  YES(doc, "Fjord", "filmedIn", "Bergen");
  YES(doc, "Fjord", "filmedIn", "Ålesund");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘The Crossing’ was filmed aboard a ferry between "
                          "Helsinki and Tallinn.");
  YES(doc, "The Crossing", "filmedIn", "Helsinki");
  YES(doc, "The Crossing", "filmedIn", "Tallinn");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The bulk of ‘Arctic Light’ was filmed in Tromsø, "
                          "with pick-ups in Oslo.");
  YES(doc, "Arctic Light", "filmedIn", "Oslo");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Skyline’ was filmed atop the Burj Khalifa in Dubai.");
  YES(doc, "Skyline", "filmedIn", "Burj Khalifa");
  YES(doc, "Skyline", "filmedIn", "Dubai");
  YES(doc, "Burj Khalifa", "locatedIn", "Dubai");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kurosawa chose to shoot ‘Rain’ in Kyoto rather than Tokyo.");
  YES(doc, "Rain", "filmedIn", "Kyoto");
  NO(doc, "Rain", "filmedIn", "Tokyo");
  kgb_doc_result_free(doc);

  /* scenes set in one place, shot in another */
  doc = kgb_test_sentence("‘Kite Summer’ is a 2021 drama film. Scenes set in "
                          "Havana were actually shot in Cartagena.");
  YES(doc, "Kite Summer", "setIn", "Havana");
  YES(doc, "Kite Summer", "filmedIn", "Cartagena");
  NO(doc, "Kite Summer", "filmedIn", "Havana");
  kgb_doc_result_free(doc);

  /* a place near the filming place is none */
  doc = kgb_test_sentence("‘Kite Summer’ is a 2021 drama film. The film was "
                          "shot in Nafplio, near Argos.");
  YES(doc, "Kite Summer", "filmedIn", "Nafplio");
  NO(doc, "Kite Summer", "filmedIn", "Argos");
  kgb_doc_result_free(doc);

  /* a bracketed country goes on the list */
  doc = kgb_test_sentence("‘Kite Summer’ is a 2021 drama film. Scenes were "
                          "shot in Sintra (Portugal) and Seville (Spain).");
  YES(doc, "Kite Summer", "filmedIn", "Sintra");
  YES(doc, "Kite Summer", "filmedIn", "Seville");
  YES(doc, "Seville", "locatedIn", "Spain");
  kgb_doc_result_free(doc);
}

/* natural places and homes the data does not know */
static void unknown_places(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Nile Song’ was filmed along the Nile near Aswan.");
  YES(doc, "Nile Song", "filmedIn", "Nile");
  NO(doc, "Nile Song", "filmedIn", "Aswan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Thames Mist’ is set along the Thames near Oxford.");
  YES(doc, "Thames Mist", "setIn", "Thames");
  kgb_doc_result_free(doc);

  /* an unknown name after a filming place and "and in" */
  doc = kgb_test_sentence("Most exteriors of ‘Mainland’ were captured on "
                          "Lagos Island and in Ikoyi.");
  YES(doc, "Mainland", "filmedIn", "Ikoyi");
  YES(doc, "Mainland", "filmedIn", "Lagos Island");
  kgb_doc_result_free(doc);

  /* "in X and in Y" keeps its town */
  doc = kgb_test_sentence("‘Salt’ was shot in Cádiz and in Jerez, as well as "
                          "at the Doñana National Park.");
  YES(doc, "Salt", "filmedIn", "Jerez");
  CLASS_IS(doc, "Jerez", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Mainland’ was filmed in Lagos and in Technicolor.");
  NO(doc, "Mainland", "filmedIn", "Technicolor");
  kgb_doc_result_free(doc);

  /* head words of natural places: Alps, Plain, Massif */
  doc = kgb_test_sentence("‘Echo’ is set in a village in the Julian Alps.");
  YES(doc, "Echo", "setIn", "Julian Alps");
  CLASS_IS(doc, "Julian Alps", "Place");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Echo’ was shot in the Pyrenees and the Massif Central.");
  YES(doc, "Echo", "filmedIn", "Massif Central");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Tide’, Ana lives on Chiloé with her father.");
  YES(doc, "Ana", "livesIn", "Chiloé");
  CLASS_IS(doc, "Chiloé", "Place");
  kgb_doc_result_free(doc);

  /* a person after "lives with" is no place */
  doc = kgb_test_sentence("In ‘Tide’, Ana lives with Tomás in Valdivia.");
  NO(doc, "Ana", "livesIn", "Tomás");
  kgb_doc_result_free(doc);
}

/* a given name's possessive before a natural place's head and another head
 * word is inside the name */
static void possessive_names(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Harbour Lights’ was filmed at Peggy's Cove Lighthouse.");
  YES(doc, "Harbour Lights", "filmedIn", "Peggy's Cove Lighthouse");
  NO(doc, "Harbour Lights", "filmedIn", "Peggy");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Surf’ was filmed at Smuggler's Cove Beach in Barbados.");
  YES(doc, "Surf", "filmedIn", "Smuggler's Cove Beach");
  kgb_doc_result_free(doc);

  /* a building's or street's head first: the possessor stays apart */
  doc = kgb_test_sentence("‘Rain’ is a 2020 drama film. Mira moves into "
                          "Ana's Park Avenue apartment.");
  CLASS_IS(doc, "Ana's Park Avenue", NULL);
  kgb_doc_result_free(doc);
}

/* where people live and move: flights, islands, appositions */
static void homes_and_moves_xplace15(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("In ‘Tide’, Mariam flees to Amman with her daughter.");
  YES(doc, "Mariam", "movedTo", "Amman");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Tide’, Marco settles on Ischia with his new wife.");
  YES(doc, "Marco", "livesIn", "Ischia");
  YES(doc, "Marco", "movedTo", "Ischia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Tide’, Kwame, a Ghanaian nurse living in "
                          "Manchester, meets Sarah.");
  YES(doc, "Kwame", "livesIn", "Manchester");
  kgb_doc_result_free(doc);

  /* a trip for a reason is no move */
  doc = kgb_test_sentence(
      "In ‘Tide’, Mariam flees to Amman for the weekend, then returns home.");
  NO(doc, "Mariam", "movedTo", "Amman");
  kgb_doc_result_free(doc);
}

/* containment after a comma and a possessive */
static void containment_possessive_part(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Kite Summer’ is a 2021 drama film. The village of Hallstatt, in "
      "Austria's north, stood in for the fictional town.");
  YES(doc, "Hallstatt", "locatedIn", "Austria");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Coffee’ was shot in Salento, in Colombia's coffee region.");
  YES(doc, "Coffee", "filmedIn", "Salento");
  YES(doc, "Salento", "locatedIn", "Colombia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Rice Terraces’ was filmed in Ubud, in Bali's central highlands.");
  YES(doc, "Ubud", "locatedIn", "Bali");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kite’ was filmed in Kadıköy, a district on "
                          "Istanbul's Asian side.");
  YES(doc, "Kadıköy", "locatedIn", "Istanbul");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kite’ was filmed in Paraty, which lies on the "
                          "coast of Rio de Janeiro state.");
  YES(doc, "Paraty", "locatedIn", "Rio de Janeiro");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kite’ is a 2021 drama film shot in Sapa. The "
                          "town of Sapa lies in Vietnam's far north.");
  YES(doc, "Sapa", "locatedIn", "Vietnam");
  kgb_doc_result_free(doc);

  /* a nationality before a kind of town names its country */
  doc = kgb_test_sentence("‘Kite’ was filmed in the Moroccan city of Fez.");
  YES(doc, "Kite", "filmedIn", "Fez");
  YES(doc, "Fez", "locatedIn", "Morocco");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Kite’ was filmed in the remote Scottish village of Plockton.");
  YES(doc, "Plockton", "locatedIn", "Scotland");
  kgb_doc_result_free(doc);

  /* "south-west of": no containment */
  doc = kgb_test_sentence("‘Kite’ was filmed in Soweto, a township "
                          "south-west of Johannesburg.");
  NO(doc, "Soweto", "locatedIn", "Johannesburg");
  kgb_doc_result_free(doc);

  /* a named part is a place of its own */
  doc = kgb_test_sentence(
      "‘The Fort’ was filmed in Jaisalmer, deep in Rajasthan's Thar Desert.");
  NO(doc, "Jaisalmer", "locatedIn", "Thar Desert");
  kgb_doc_result_free(doc);
}

/* settings in more shapes */
static void settings_xplace15(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Monsoon Hotel’ takes place in a crumbling hotel in Goa.");
  YES(doc, "Monsoon Hotel", "setIn", "Goa");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Set against the backdrop of Nairobi's tech boom, "
                          "‘Silicon Savannah’ follows two founders.");
  YES(doc, "Silicon Savannah", "setIn", "Nairobi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Unfolding in 1980s Seoul, ‘Neon’ tracks a union organiser.");
  YES(doc, "Neon", "setIn", "Seoul");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Ashes’ is a story of love and loss set in post-war Dresden.");
  YES(doc, "Ashes", "setIn", "Dresden");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The action of ‘Heat’ moves from Lagos to London.");
  YES(doc, "Heat", "setIn", "Lagos");
  YES(doc, "Heat", "setIn", "London");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Paper Moon Two’ is set between Havana and Miami.");
  YES(doc, "Paper Moon Two", "setIn", "Havana");
  YES(doc, "Paper Moon Two", "setIn", "Miami");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tokyo is the setting for ‘Neon Rain’.");
  YES(doc, "Neon Rain", "setIn", "Tokyo");
  kgb_doc_result_free(doc);

  /* a backdrop one films against is no setting */
  doc = kgb_test_sentence(
      "The Atlas Mountains provided the backdrop for ‘The Caravan’.");
  YES(doc, "The Caravan", "filmedIn", "Atlas Mountains");
  NO(doc, "The Caravan", "setIn", "Atlas Mountains");
  kgb_doc_result_free(doc);
}

/* plot sentences that look like the new constructions */
static void plot_lookalikes(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Tide’ is a 2019 crime series. In ‘Tide’, the "
                        "detective's story takes him from Oslo to Bergen.");
  NO(doc, "Tide", "setIn", "Oslo");
  NO(doc, "Tide", "filmedIn", "Bergen");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Tide’ is a 2019 crime series. In ‘Tide’, the gang "
                          "takes the money to Marseille after the heist.");
  NO(doc, "Tide", "filmedIn", "Marseille");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Tide’ is a 2019 crime series. In ‘Tide’, Ali lives "
                          "in Fear of his father, a fisherman.");
  NO(doc, "Ali", "livesIn", "Fear");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xplace15[] = {
    cmocka_unit_test_setup(plot_lookalikes, kgb_test_rules_setup),
    cmocka_unit_test_setup(settings_xplace15, kgb_test_rules_setup),
    cmocka_unit_test_setup(readings_of_names, kgb_test_rules_setup),
    cmocka_unit_test_setup(nickname_districts, kgb_test_rules_setup),
    cmocka_unit_test_setup(filming_journeys, kgb_test_rules_setup),
    cmocka_unit_test_setup(unknown_places, kgb_test_rules_setup),
    cmocka_unit_test_setup(containment_possessive_part, kgb_test_rules_setup),
    cmocka_unit_test_setup(possessive_names, kgb_test_rules_setup),
    cmocka_unit_test_setup(homes_and_moves_xplace15, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xplace15_count =
    sizeof kgb_tests_sentences_xplace15 /
    sizeof kgb_tests_sentences_xplace15[0];
