/* test_sentences_xplace12b.c: places of many kinds and countries in
 * invented filming and setting sentences (xplace12b), written before the
 * rules: beaches, islands, lakes, deserts, deltas, valleys, parks,
 * studios, streets, squares, temples, markets, districts after a town's
 * possessive ("Zanzibar's Stone Town"), names with "of the" inside ("the
 * Valley of the Kings"), names with diacritics; and what must not be read
 * as a place or a setting ("Principal photography for X took place in
 * the Douro Valley", "shot for Netflix"). Each test asserts the facts a
 * sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* A lead that makes "the film" of the next sentence a work. */
#define LEAD "Kingfisher is a 2019 drama film directed by Ana Ruiz. "

/* natural places named by a head word: beaches, islands, lakes, deserts */
static void natural_places(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Much of the thriller Red Ledger was filmed on Bondi Beach in Sydney.");
  YES(doc, "Red Ledger", "filmedIn", "Bondi Beach");
  YES(doc, "Bondi Beach", "locatedIn", "Sydney");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The crew of Night Tide shot on Phi Phi Island and in Krabi.");
  YES(doc, "Night Tide", "filmedIn", "Phi Phi Island");
  YES(doc, "Night Tide", "filmedIn", "Krabi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Parts of Dust Road were shot in the Atacama "
                          "Desert in Chile.");
  YES(doc, "Dust Road", "filmedIn", "Atacama Desert");
  YES(doc, "Atacama Desert", "locatedIn", "Chile");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The thriller Deep Water was shot on Lake Titicaca.");
  YES(doc, "Deep Water", "filmedIn", "Lake Titicaca");
  CLASS_IS(doc, "Lake Titicaca", "Place");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "The documentary was shot in the Okavango "
                               "Delta.");
  YES(doc, "Kingfisher", "filmedIn", "Okavango Delta");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "Filming moved to Bora Bora in French "
                               "Polynesia.");
  YES(doc, "Kingfisher", "filmedIn", "Bora Bora");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The mystery Salt Flats was shot on the Salar de "
                          "Uyuni in Bolivia.");
  YES(doc, "Salt Flats", "filmedIn", "Salar de Uyuni");
  YES(doc, "Salar de Uyuni", "locatedIn", "Bolivia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The biopic Desert Song was shot in Wadi Rum in Jordan.");
  YES(doc, "Desert Song", "filmedIn", "Wadi Rum");
  YES(doc, "Wadi Rum", "locatedIn", "Jordan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The drama Crossing was filmed on the Charles "
                          "Bridge in Prague.");
  YES(doc, "Crossing", "filmedIn", "Charles Bridge");
  YES(doc, "Charles Bridge", "locatedIn", "Prague");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The drama Night Ferry was shot along the Bay of "
                          "Kotor in Montenegro.");
  YES(doc, "Night Ferry", "filmedIn", "Bay of Kotor");
  YES(doc, "Bay of Kotor", "locatedIn", "Montenegro");
  kgb_doc_result_free(doc);
}

/* landmarks, parks, streets, squares, temples, markets, valleys */
static void landmarks_and_sites(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("Golden Hour was filmed at Wat Arun "
                                        "in Bangkok.");
  YES(doc, "Golden Hour", "filmedIn", "Wat Arun");
  YES(doc, "Wat Arun", "locatedIn", "Bangkok");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The comedy Market Day was shot in Chatuchak "
                          "Market.");
  YES(doc, "Market Day", "filmedIn", "Chatuchak Market");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The heist film Glass Vault was shot on Wall "
                          "Street in Manhattan.");
  YES(doc, "Glass Vault", "filmedIn", "Wall Street");
  YES(doc, "Wall Street", "locatedIn", "Manhattan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "Scenes were filmed in Plaza Mayor in Madrid.");
  YES(doc, "Kingfisher", "filmedIn", "Plaza Mayor");
  YES(doc, "Plaza Mayor", "locatedIn", "Madrid");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The horror film Hollow Pines was shot in Yosemite "
                          "National Park.");
  YES(doc, "Hollow Pines", "filmedIn", "Yosemite National Park");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "Exteriors were shot at Neuschwanstein Castle "
                               "in Bavaria.");
  YES(doc, "Kingfisher", "filmedIn", "Neuschwanstein Castle");
  YES(doc, "Neuschwanstein Castle", "locatedIn", "Bavaria");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "The film was shot on Piazza Navona.");
  YES(doc, "Kingfisher", "filmedIn", "Piazza Navona");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The thriller Stone Bay was filmed at the Cliffs "
                          "of Moher in County Clare.");
  YES(doc, "Stone Bay", "filmedIn", "Cliffs of Moher");
  YES(doc, "Cliffs of Moher", "locatedIn", "County Clare");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The comedy Market Street was filmed on Portobello "
                          "Road in London.");
  YES(doc, "Market Street", "filmedIn", "Portobello Road");
  YES(doc, "Portobello Road", "locatedIn", "London");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The war film Frontline was filmed at Fort "
                          "Zeelandia in Tainan.");
  YES(doc, "Frontline", "filmedIn", "Fort Zeelandia");
  YES(doc, "Fort Zeelandia", "locatedIn", "Tainan");
  kgb_doc_result_free(doc);

  /* an untyped name after a filming place's "the" */
  doc = kgb_test_sentence("Scenes of The Last Monsoon were filmed at the Taj "
                          "Mahal in Agra.");
  YES(doc, "The Last Monsoon", "filmedIn", "Taj Mahal");
  YES(doc, "Taj Mahal", "locatedIn", "Agra");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "Some scenes were shot at the Hagia Sophia.");
  YES(doc, "Kingfisher", "filmedIn", "Hagia Sophia");
  kgb_doc_result_free(doc);

  /* "of the" inside a name after a place head word */
  doc = kgb_test_sentence("The epic Sand Kings was filmed in the Valley of "
                          "the Kings near Luxor.");
  YES(doc, "Sand Kings", "filmedIn", "Valley of the Kings");
  NO(doc, "Sand Kings", "filmedIn", "Valley");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "Exteriors were shot at the Temple of the "
                               "Emerald Buddha in Bangkok.");
  YES(doc, "Kingfisher", "filmedIn", "Temple of the Emerald Buddha");
  YES(doc, "Temple of the Emerald Buddha", "locatedIn", "Bangkok");
  kgb_doc_result_free(doc);
}

/* studios one films at are places (and lie in the town after them) */
static void studios(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("Dark Orchard was shot at Pinewood "
                                        "Studios in Buckinghamshire.");
  YES(doc, "Dark Orchard", "filmedIn", "Pinewood Studios");
  YES(doc, "Pinewood Studios", "locatedIn", "Buckinghamshire");
  CLASS_IS(doc, "Pinewood Studios", "Landmark");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "The film was shot at Cinecittà Studios in "
                               "Rome.");
  YES(doc, "Kingfisher", "filmedIn", "Cinecittà Studios");
  YES(doc, "Cinecittà Studios", "locatedIn", "Rome");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "Some scenes were shot at Shepperton Studios.");
  YES(doc, "Kingfisher", "filmedIn", "Shepperton Studios");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "Shooting took place at Babelsberg Studios "
                               "near Potsdam.");
  YES(doc, "Kingfisher", "filmedIn", "Babelsberg Studios");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "Production then moved to Ealing Studios in "
                               "London.");
  YES(doc, "Kingfisher", "filmedIn", "Ealing Studios");
  YES(doc, "Ealing Studios", "locatedIn", "London");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "Shooting began in Queenstown in January but "
                               "was halted in March; it resumed at Stone "
                               "Street Studios in Wellington that October.");
  YES(doc, "Kingfisher", "filmedIn", "Queenstown");
  YES(doc, "Kingfisher", "filmedIn", "Stone Street Studios");
  YES(doc, "Stone Street Studios", "locatedIn", "Wellington");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Shooting on Dry Season resumed at Mafilm Studios "
                          "near Budapest.");
  YES(doc, "Dry Season", "filmedIn", "Mafilm Studios");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The heist comedy Copper Jack was shot at Ealing "
                          "Studios and in Soho.");
  YES(doc, "Copper Jack", "filmedIn", "Ealing Studios");
  YES(doc, "Copper Jack", "filmedIn", "Soho");
  kgb_doc_result_free(doc);

  /* a studio that produces is a company, not a filming place */
  doc = kgb_test_sentence("Dust Road was produced by Pinewood Studios in "
                          "London and filmed in Kenya.");
  YES(doc, "Dust Road", "filmedIn", "Kenya");
  NO(doc, "Dust Road", "filmedIn", "Pinewood Studios");
  CLASS_IS(doc, "Pinewood Studios", "Organization");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "It was shot for Netflix in Lagos.");
  YES(doc, "Kingfisher", "filmedIn", "Lagos");
  NO(doc, "Kingfisher", "filmedIn", "Netflix");
  CLASS_IS(doc, "Netflix", "Organization");
  kgb_doc_result_free(doc);
}

/* a part of a town after the town's possessive */
static void possessive_parts(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence(LEAD "The series was shot in Zanzibar's Stone Town.");
  YES(doc, "Kingfisher", "filmedIn", "Stone Town");
  YES(doc, "Stone Town", "locatedIn", "Zanzibar");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "The sequel was shot in Dubrovnik's Old Town.");
  YES(doc, "Kingfisher", "filmedIn", "Old Town");
  YES(doc, "Old Town", "locatedIn", "Dubrovnik");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "The comedy was filmed in Kraków's Kazimierz "
                               "district.");
  YES(doc, "Kingfisher", "filmedIn", "Kazimierz district");
  YES(doc, "Kingfisher", "filmedIn", "Kraków");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The romance Lantern Days is set in Hội An's Old "
                          "Quarter.");
  YES(doc, "Lantern Days", "setIn", "Old Quarter");
  YES(doc, "Old Quarter", "locatedIn", "Hội An");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The drama Tin Roofs is set in Nairobi's Kibera "
                          "slum.");
  YES(doc, "Tin Roofs", "setIn", "Kibera");
  YES(doc, "Kibera", "locatedIn", "Nairobi");
  CLASS_IS(doc, "Kibera", "Place");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The thriller Night Bus was filmed in Lisbon's "
                          "Alfama and in Porto.");
  YES(doc, "Night Bus", "filmedIn", "Alfama");
  YES(doc, "Night Bus", "filmedIn", "Porto");
  YES(doc, "Alfama", "locatedIn", "Lisbon");
  kgb_doc_result_free(doc);

  /* a person after a country's possessive is no place */
  doc = kgb_test_sentence("The thriller Cold Front was shot in Tromsø and "
                          "stars Norway's Anders Baasmo Christiansen.");
  YES(doc, "Cold Front", "filmedIn", "Tromsø");
  NO(doc, "Cold Front", "filmedIn", "Anders Baasmo Christiansen");
  kgb_doc_result_free(doc);
}

/* towns and districts with diacritics, settings of many kinds */
static void towns_and_settings(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence(LEAD "The film was shot in Hội An and Hạ Long Bay.");
  YES(doc, "Kingfisher", "filmedIn", "Hội An");
  YES(doc, "Kingfisher", "filmedIn", "Hạ Long Bay");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Winter Crossing was filmed in Łódź and Kraków.");
  YES(doc, "Winter Crossing", "filmedIn", "Łódź");
  YES(doc, "Winter Crossing", "filmedIn", "Kraków");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The comedy Sunny Side was shot in Ölüdeniz and "
                          "Fethiye.");
  YES(doc, "Sunny Side", "filmedIn", "Ölüdeniz");
  YES(doc, "Sunny Side", "filmedIn", "Fethiye");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "Filming took place in Shibuya and Shinjuku in "
                               "Tokyo.");
  YES(doc, "Kingfisher", "filmedIn", "Shibuya");
  YES(doc, "Kingfisher", "filmedIn", "Shinjuku");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "Director Ana Ruiz has set the story in "
                               "Liepāja itself.");
  YES(doc, "Kingfisher", "setIn", "Liepāja");
  NO(doc, "Kingfisher", "filmedIn", "Liepāja");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "The writers set the action in 1970s Beirut.");
  YES(doc, "Kingfisher", "setIn", "Beirut");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "Okafor sets his tale on the island of Lamu.");
  YES(doc, "Kingfisher", "setIn", "Lamu");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "The writers set the drama in Mumbai's "
                               "Dharavi.");
  YES(doc, "Kingfisher", "setIn", "Dharavi");
  YES(doc, "Dharavi", "locatedIn", "Mumbai");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "Ruiz chose to set the film in Valparaíso "
                               "rather than Santiago.");
  YES(doc, "Kingfisher", "setIn", "Valparaíso");
  NO(doc, "Kingfisher", "setIn", "Santiago");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The series River Kings is set along the Mekong "
                          "River.");
  YES(doc, "River Kings", "setIn", "Mekong River");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "The story unfolds on the banks of the Niger "
                               "River.");
  YES(doc, "Kingfisher", "setIn", "Niger River");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "It was filmed along the Mekong River.");
  NO(doc, "Kingfisher", "setIn", "Mekong River");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "Ruiz did not set the story in Lima.");
  NO(doc, "Kingfisher", "setIn", "Lima");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The drama Saltwater was set in the Mekong Delta.");
  YES(doc, "Saltwater", "setIn", "Mekong Delta");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The mystery Harbour Lights is set on the Isle of Skye.");
  YES(doc, "Harbour Lights", "setIn", "Isle of Skye");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The drama Lake House is set on the shores of Lake "
                          "Victoria in Uganda.");
  YES(doc, "Lake House", "setIn", "Lake Victoria");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "The drama is set in the Sundarbans.");
  YES(doc, "Kingfisher", "setIn", "Sundarbans");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The fantasy film Mistwood was filmed in the Black "
                          "Forest.");
  YES(doc, "Mistwood", "filmedIn", "Black Forest");
  NO(doc, "Mistwood", "setIn", "Black Forest");
  kgb_doc_result_free(doc);
}

/* a name before a lower-case kind of site */
static void named_sites(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      LEAD "Filmed entirely on location in Yogyakarta and around the "
           "Borobudur temple compound in Magelang, it follows a monk.");
  YES(doc, "Kingfisher", "filmedIn", "Yogyakarta");
  YES(doc, "Kingfisher", "filmedIn", "Borobudur");
  YES(doc, "Borobudur", "locatedIn", "Magelang");
  CLASS_IS(doc, "Borobudur", "Landmark");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "Filming took place at the Humberstone "
                               "saltpeter mine near Iquique.");
  YES(doc, "Kingfisher", "filmedIn", "Humberstone");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "Scenes were filmed at the Jama mosque and in "
                               "Old Delhi.");
  YES(doc, "Kingfisher", "filmedIn", "Jama mosque");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The drama Salt Pans was filmed at the Ras Al Khor "
                          "wildlife sanctuary.");
  YES(doc, "Salt Pans", "filmedIn", "Ras Al Khor");
  kgb_doc_result_free(doc);

  /* "the Black Sea town of Amasra": the town is the place */
  doc = kgb_test_sentence("The series Kervan was filmed in Safranbolu and in "
                          "the Black Sea town of Amasra.");
  YES(doc, "Kervan", "filmedIn", "Amasra");
  NO(doc, "Kervan", "filmedIn", "Black Sea");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "It was shot in the Kenyan countryside and in "
                               "Nairobi.");
  YES(doc, "Kingfisher", "filmedIn", "Nairobi");
  NO(doc, "Kingfisher", "filmedIn", "Kenyan");
  kgb_doc_result_free(doc);
}

/* filming is no setting; a place filmed "rather than" in is none */
static void not_places(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("Principal photography for River "
                                        "Song took place in the Douro Valley.");
  YES(doc, "River Song", "filmedIn", "Douro Valley");
  NO(doc, "River Song", "setIn", "Douro Valley");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "Filming took place in the summer of 2018 in "
                               "Accra.");
  YES(doc, "Kingfisher", "filmedIn", "Accra");
  NO(doc, "Kingfisher", "setIn", "Accra");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "It was shot at Pinewood Studios in "
                               "Buckinghamshire rather than in Malta.");
  YES(doc, "Kingfisher", "filmedIn", "Pinewood Studios");
  NO(doc, "Kingfisher", "filmedIn", "Malta");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(LEAD "The story takes place over one summer in "
                               "Gdańsk.");
  YES(doc, "Kingfisher", "setIn", "Gdańsk");
  NO(doc, "Kingfisher", "filmedIn", "Gdańsk");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xplace12b[] = {
    cmocka_unit_test_setup(natural_places, kgb_test_rules_setup),
    cmocka_unit_test_setup(landmarks_and_sites, kgb_test_rules_setup),
    cmocka_unit_test_setup(studios, kgb_test_rules_setup),
    cmocka_unit_test_setup(possessive_parts, kgb_test_rules_setup),
    cmocka_unit_test_setup(towns_and_settings, kgb_test_rules_setup),
    cmocka_unit_test_setup(named_sites, kgb_test_rules_setup),
    cmocka_unit_test_setup(not_places, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xplace12b_count =
    sizeof kgb_tests_sentences_xplace12b /
    sizeof kgb_tests_sentences_xplace12b[0];
