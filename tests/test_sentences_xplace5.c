/* test_sentences_xplace5.c: place names and what contains them, on
 * sentences written for these tests: regions named by a compass word or a
 * nationality, landmarks, venues and studios named by a head word, name
 * spans, a landmark's city (in the sentence or from a section heading),
 * capitals and rivers. Each test asserts the facts a sentence must give and
 * those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "Northern Norway", "Central Mexico": a compass word before a country or a
 * province names a region of it */
static void compass_regions(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Polar Hours’ is a 2021 thriller film. The film was shot in Northern "
      "Norway and later moved to Central Mexico for the finale.");
  CLASS(doc, "Northern Norway", "Region");
  YES(doc, "Northern Norway", "locatedIn", "Norway");
  YES(doc, "Central Mexico", "locatedIn", "Mexico");
  YES(doc, "Polar Hours", "filmedIn", "Northern Norway");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dry Season’ is a 2019 drama film. Most of it was filmed in "
      "Southwestern Spain, though the story is set in Eastern "
      "Poland.");
  YES(doc, "Southwestern Spain", "locatedIn", "Spain");
  YES(doc, "Eastern Poland", "locatedIn", "Poland");
  kgb_doc_result_free(doc);

  /* a name the gazetteer knows whole is not taken apart */
  doc = kgb_test_sentence(
      "‘Border Town’ is a 2020 drama film. It was shot in Northern "
      "Ireland and in South Africa.");
  NO(doc, "Northern Ireland", "locatedIn", "Ireland");
  NO(doc, "South Africa", "locatedIn", "Africa");
  CLASS(doc, "Ireland", NULL);
  kgb_doc_result_free(doc);
}

/* "Swedish Lapland", "the French Riviera": a nationality before a region
 * names the part of that country; not a crew's nationality, not "north of" */
static void nationality_regions(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Snowblind’ is a 2022 thriller film. Exteriors were filmed in Finnish "
      "Karelia and along the Italian Riviera. The Swedish crew worked north "
      "of Kiruna for two weeks.");
  CLASS(doc, "Finnish Karelia", "Region");
  YES(doc, "Finnish Karelia", "locatedIn", "Finland");
  YES(doc, "Italian Riviera", "locatedIn", "Italy");
  CLASS(doc, "Swedish", NULL);
  CLASS(doc, "North", NULL);
  NO(doc, "Snowblind", "filmedIn", "Sweden");
  kgb_doc_result_free(doc);

  /* a head word that makes a region: the Highlands, a valley, a coast */
  doc = kgb_test_sentence(
      "‘Stone Wind’ is a 2018 drama film. It was shot in the "
      "Scottish Highlands, the Douro Valley and on the Amalfi "
      "Coast.");
  CLASS(doc, "Scottish Highlands", "Region");
  YES(doc, "Scottish Highlands", "locatedIn", "Scotland");
  CLASS(doc, "Douro Valley", "Region");
  CLASS(doc, "Amalfi Coast", "Region");
  kgb_doc_result_free(doc);
}

/* a nationality before a known city, or before a name the text also writes
 * alone, is no part of the name; an organisation keeps it */
static void nationality_is_no_part(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Old Ferry’ is a 2020 drama film. The story moves from pre-war Kessau "
      "to the city, formerly German Kessau, after 1945. It was shot in "
      "French Lyon.");
  CLASS(doc, "German Kessau", NULL);
  CLASS(doc, "French Lyon", NULL);
  CLASS(doc, "Lyon", "City");
  NO(doc, "Kessau", "locatedIn", "Germany");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Old Ferry’ is a 2020 drama film. It was restored by the "
      "Swedish Film Institute in 2021. Lisbon Smith plays the "
      "father.");
  CLASS(doc, "Swedish Film Institute", "Organization");
  CLASS(doc, "Lisbon Smith", "Person");
  CLASS(doc, "Lisbon", NULL);
  kgb_doc_result_free(doc);
}

/* landmarks, venues and studios by a head word, first or last, with
 * lower-case particles inside */
static void landmark_names(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Harbour Lights’ is a 2023 drama film. The film was shot at the Museu "
      "do Vinho, the Palácio das Artes and the Torre dos Sinos. The crew also "
      "filmed at the Kvitfjell Glacier and at the Chouara Tannery.");
  CLASS(doc, "Museu do Vinho", "Landmark");
  CLASS(doc, "Palácio das Artes", "Landmark");
  CLASS(doc, "Torre dos Sinos", "Landmark");
  CLASS(doc, "Kvitfjell Glacier", "Place");
  CLASS(doc, "Chouara Tannery", "Landmark");
  YES(doc, "Harbour Lights", "filmedIn", "Museu do Vinho");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Harbour Lights’ is a 2023 drama film. Interiors were shot "
      "at Estúdios Atlântico and at Filmparken Nordvik. Other "
      "locations were Quinta da Serra and Castle Dunmore.");
  /* a studio one is filmed at is a place as well (xplace12b) */
  CLASS(doc, "Estúdios Atlântico", "Landmark");
  CLASS(doc, "Filmparken Nordvik", "Organization");
  CLASS(doc, "Quinta da Serra", "Landmark");
  CLASS(doc, "Castle Dunmore", "Landmark");
  kgb_doc_result_free(doc);
}

/* name spans: a plus sign written onto a name, a head after a hyphenated
 * prefix, a double surname alone */
static void name_spans(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Quiet Bay’ is a 2021 drama film. It streams on Disney+ Hotstar. The "
      "crew filmed around St. Peter's Co-Cathedral in Valletta.");
  YES(doc, "Quiet Bay", "distributedBy", "Disney+ Hotstar");
  NO(doc, "Quiet Bay", "distributedBy", "Disney");
  CLASS(doc, "St. Peter's Co-Cathedral", "Landmark");
  YES(doc, "St. Peter's Co-Cathedral", "locatedIn", "Valletta");
  CLASS(doc, "Co-Cathedral", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Quiet Bay’ is a 2021 drama film. It stars Carmen Ruiz "
      "Salgado and Tomás Vidal. Mateo (Ruiz Salgado) runs the "
      "family bakery.");
  YES(doc, "Mateo", "playedBy", "Carmen Ruiz Salgado");
  kgb_doc_result_free(doc);
}

/* a landmark or district in a city: "the X Bridge in Y", "Y's X district" */
static void landmark_in_city(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘River Lights’ is a 2022 drama film. The chase was filmed on the "
      "Arrábida Bridge in Porto. The crew then moved to the Vesterbro "
      "district in Copenhagen's inner city, and to Lisbon's Alfama "
      "district.");
  YES(doc, "Arrábida Bridge", "locatedIn", "Porto");
  YES(doc, "Vesterbro district", "locatedIn", "Copenhagen");
  YES(doc, "Alfama district", "locatedIn", "Lisbon");
  NO(doc, "Arrábida Bridge", "locatedIn", "Copenhagen");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘River Lights’ is a 2022 drama film. The chase was filmed "
      "on the Galata Bridge in March.");
  NO(doc, "Galata Bridge", "locatedIn", "March");
  kgb_doc_result_free(doc);
}

/* "X, a village on the island of Y", "X, the largest city in Y", "the
 * administrative centre of Y", "the river X runs through Y" */
static void towns_capitals_rivers(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Sea Glass’ is a 2020 drama film. It was shot in Marvella, a fishing "
      "village on the Greek island of Naxos. Bergen, the second-largest city "
      "in Norway, hosted the premiere.");
  YES(doc, "Marvella", "locatedIn", "Naxos");
  YES(doc, "Bergen", "locatedIn", "Norway");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Sea Glass’ is a 2020 drama film. Kiruna is the "
      "administrative centre of Norrbotten County. The river Vltava "
      "runs through Prague, where the finale was shot.");
  YES(doc, "Kiruna", "capitalOf", "Norrbotten County");
  YES(doc, "Prague", "onRiver", "Vltava");
  kgb_doc_result_free(doc);

  /* a train is no river */
  doc = kgb_test_sentence(
      "‘Sea Glass’ is a 2020 drama film. The Orient Express runs "
      "through Vienna in the second act.");
  NO(doc, "Vienna", "onRiver", "Orient Express");
  kgb_doc_result_free(doc);
}

/* a landmark named under a heading that is its city's name; not under a
 * heading that only mentions a city */
static void landmark_under_city_heading(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Night Ferry’ is a 2021 thriller film.\n\n"
      "Gdańsk, Poland\n\n"
      "The crew spent two weeks in Gdańsk. The Green Gate and the Długa "
      "district appear in the opening chase.\n\n"
      "Stand-ins for Vienna\n\n"
      "The Market Hall of Sopot doubled for a Viennese arcade.");
  YES(doc, "Green Gate", "locatedIn", "Gdańsk");
  YES(doc, "Długa", "locatedIn", "Gdańsk");
  NO(doc, "Market Hall of Sopot", "locatedIn", "Vienna");
  NO(doc, "Market Hall of Sopot", "locatedIn", "Gdańsk");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Ferry’ is a 2021 thriller film.\n\n"
      "Gdańsk\n\n"
      "The crew started in Gdańsk, then drove to Toruń. The Copper "
      "Gate appears in the finale.");
  NO(doc, "Copper Gate", "locatedIn", "Gdańsk");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xplace5[] = {
    cmocka_unit_test_setup(compass_regions, kgb_test_rules_setup),
    cmocka_unit_test_setup(nationality_regions, kgb_test_rules_setup),
    cmocka_unit_test_setup(nationality_is_no_part, kgb_test_rules_setup),
    cmocka_unit_test_setup(landmark_names, kgb_test_rules_setup),
    cmocka_unit_test_setup(name_spans, kgb_test_rules_setup),
    cmocka_unit_test_setup(landmark_in_city, kgb_test_rules_setup),
    cmocka_unit_test_setup(towns_capitals_rivers, kgb_test_rules_setup),
    cmocka_unit_test_setup(landmark_under_city_heading, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xplace5_count =
    sizeof kgb_tests_sentences_xplace5 / sizeof kgb_tests_sentences_xplace5[0];

/* an area named with its container: "the X district of Y" */
static void district_of_a_place(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Monsoon Letters’ is a 2024 drama film. It was shot in Kochi, a port "
      "city in the Ernakulam district of Kerala, and in the Vesterbro "
      "district of Copenhagen.");
  YES(doc, "Ernakulam district", "locatedIn", "Kerala");
  YES(doc, "Vesterbro district", "locatedIn", "Copenhagen");
  NO(doc, "Kochi", "locatedIn", "Copenhagen");
  kgb_doc_result_free(doc);
}

/* "X, the oldest part of the city", "X, a UNESCO World Heritage Site in
 * Y", "a city on the edge of the Black Forest in Y" */
static void appositions_of_parts(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Stone Choir’ is a 2019 drama film. Most of it was shot in Kraków, "
      "notably on Wawel Hill, the oldest part of the city.");
  YES(doc, "Wawel Hill", "locatedIn", "Kraków");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Stone Choir’ is a 2019 drama film. Exteriors were shot at "
      "the Kalwaria Monastery, a UNESCO World Heritage Site in "
      "Kraków, and in Tübingen, a town on the edge of the Swabian "
      "Jura in Baden-Württemberg.");
  YES(doc, "Kalwaria Monastery", "locatedIn", "Kraków");
  YES(doc, "Tübingen", "locatedIn", "Baden-Württemberg");
  kgb_doc_result_free(doc);
}

/* "X, a town in Y" with an area no data knows; a venue's head word */
static void towns_in_unknown_areas(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Cold Light’ is a 2020 drama film. The crew stayed in Esquel, a small "
      "town in Patagonia. The bar scenes used the Sjøbod Pub in "
      "Kristiansand.");
  YES(doc, "Esquel", "locatedIn", "Patagonia");
  CLASS(doc, "Sjøbod Pub", "Landmark");
  YES(doc, "Sjøbod Pub", "locatedIn", "Kristiansand");
  kgb_doc_result_free(doc);

  /* no comma after the unknown name: no fact */
  doc =
      kgb_test_sentence("‘Cold Light’ is a 2020 drama film. The crew stayed in "
                        "Esquel, a small town in Patagonia Sur province.");
  NO(doc, "Esquel", "locatedIn", "Patagonia Sur");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xplace5b[] = {
    cmocka_unit_test_setup(district_of_a_place, kgb_test_rules_setup),
    cmocka_unit_test_setup(appositions_of_parts, kgb_test_rules_setup),
    cmocka_unit_test_setup(towns_in_unknown_areas, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xplace5b_count =
    sizeof kgb_tests_sentences_xplace5b /
    sizeof kgb_tests_sentences_xplace5b[0];
