/* test_sentences_xloc5.c: filming places in location pieces that do not say
 * "was filmed in X": hedges between verb and place, production vocabulary
 * (a base, a week spent, a shoot, a trip, cameras), places used for scenes,
 * section headings that name places, lists of other works a place hosted,
 * and the negations and contrasts that must give no filmedIn. Sentences
 * written for these tests; each asserts what must come out and what must
 * not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* ---- hedges and lists ---------------------------------------------------- */

/* adverb chains between the verb and the place, a place after ", largely on
 * location in" */
static void hedged_filming_verbs(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Cold Orchard’ is a 2019 Norwegian thriller. It was shot almost "
      "entirely in Norway, largely on location in Bergen. Most of the movie "
      "was filmed, for the most part, in Trondheim.");
  YES(doc, "Cold Orchard", "filmedIn", "Norway");
  YES(doc, "Cold Orchard", "filmedIn", "Bergen");
  YES(doc, "Cold Orchard", "filmedIn", "Trondheim");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dry Season’ is a 2022 Spanish drama film. The picture was "
      "lensed predominantly around Seville and Cádiz.");
  YES(doc, "Dry Season", "filmedIn", "Seville");
  YES(doc, "Dry Season", "filmedIn", "Cádiz");
  kgb_doc_result_free(doc);
}

/* a list after a plural kind of place: "the counties of A and B", "the
 * provinces of A, B and C" */
static void lists_after_plural_place_nouns(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Polder Light’ is a 2020 Dutch drama film. Filming took place "
      "primarily in the provinces of Gelderland, Utrecht and Zeeland.");
  YES(doc, "Polder Light", "filmedIn", "Gelderland");
  YES(doc, "Polder Light", "filmedIn", "Utrecht");
  YES(doc, "Polder Light", "filmedIn", "Zeeland");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Fjord Wind’ is a 2021 drama series. The series was mostly "
      "filmed across the counties of Nordland and Rogaland.");
  YES(doc, "Fjord Wind", "filmedIn", "Nordland");
  YES(doc, "Fjord Wind", "filmedIn", "Rogaland");
  kgb_doc_result_free(doc);
}

/* ---- production vocabulary ---------------------------------------------- */

/* a base, time spent, a shoot somewhere */
static void base_time_and_shoots(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Salt Marsh’ is a 2018 British drama film. The production's main "
      "base was Sunderland. Durham served as the shoot's second hub. A week "
      "was "
      "spent in Scarborough. After a brief shoot in Lancaster, the crew drove "
      "home. Production was largely based in York.");
  YES(doc, "Salt Marsh", "filmedIn", "Sunderland");
  YES(doc, "Salt Marsh", "filmedIn", "Durham");
  YES(doc, "Salt Marsh", "filmedIn", "Scarborough");
  YES(doc, "Salt Marsh", "filmedIn", "Lancaster");
  YES(doc, "Salt Marsh", "filmedIn", "York");
  kgb_doc_result_free(doc);

  /* a shoot that did not happen there */
  doc = kgb_test_sentence(
      "‘Salt Marsh’ is a 2018 British drama film. It was shot in "
      "Harrogate. A planned shoot in Leeds was cancelled, and a "
      "scouting trip to Hull came to nothing. In the story, weeks "
      "were spent in Bradford searching for clues.");
  YES(doc, "Salt Marsh", "filmedIn", "Harrogate");
  NO(doc, "Salt Marsh", "filmedIn", "Leeds");
  NO(doc, "Salt Marsh", "filmedIn", "Hull");
  NO(doc, "Salt Marsh", "filmedIn", "Bradford");
  kgb_doc_result_free(doc);
}

/* the crew taken, sent or travelling somewhere; cameras rolling */
static void trips_and_cameras(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘High Pass’ is a 2021 Swiss thriller. The last leg of the shoot took "
      "the crew to Lugano. The team flew south to Bellinzona. Cameras also "
      "rolled in Chur. The shoot wrapped with three days in Austria.");
  YES(doc, "High Pass", "filmedIn", "Lugano");
  YES(doc, "High Pass", "filmedIn", "Bellinzona");
  YES(doc, "High Pass", "filmedIn", "Chur");
  YES(doc, "High Pass", "filmedIn", "Austria");
  kgb_doc_result_free(doc);

  /* a country after the shoot, across a border */
  doc = kgb_test_sentence(
      "‘High Pass’ is a 2021 Swiss thriller. It was filmed in "
      "Bern. A short second-unit trip across the border to Italy "
      "rounded things off, and a final week in France completed the "
      "shoot.");
  YES(doc, "High Pass", "filmedIn", "Italy");
  YES(doc, "High Pass", "filmedIn", "France");
  kgb_doc_result_free(doc);
}

/* a country after the shoot: crossing a border, a last stop, a detour,
 * pick-up shots, "filmed abroad, in X"; a character's crossing is not */
static void countries_after_the_shoot(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Red Valley’ is a 2022 drama film. It was shot in Seville before "
      "crossing the border into Portugal. Filming wrapped in Cádiz after a "
      "detour to Morocco, with a final stop in Andorra. A few pick-up shots "
      "were done in France. Some scenes were also filmed abroad, in "
      "Tunisia.");
  YES(doc, "Red Valley", "filmedIn", "Portugal");
  YES(doc, "Red Valley", "filmedIn", "Morocco");
  YES(doc, "Red Valley", "filmedIn", "Andorra");
  YES(doc, "Red Valley", "filmedIn", "France");
  YES(doc, "Red Valley", "filmedIn", "Tunisia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Red Valley’ is a 2022 drama film. It was shot in Seville. "
      "After her husband is shot, Ana flees, crossing the border "
      "into Portugal.");
  NO(doc, "Red Valley", "filmedIn", "Portugal");
  kgb_doc_result_free(doc);
}

/* places used for scenes, providing them, standing in for others */
static void places_used_for_scenes(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Grey Coast’ is a 2017 drama film. The harbour of Aberdeen was used "
      "for the fishing scenes. The old quarter of Dundee provided the "
      "exterior of her home. Perth's railway station stood in for Glasgow.");
  YES(doc, "Grey Coast", "filmedIn", "Aberdeen");
  YES(doc, "Grey Coast", "filmedIn", "Dundee");
  YES(doc, "Grey Coast", "filmedIn", "Perth");
  NO(doc, "Grey Coast", "filmedIn", "Glasgow");
  kgb_doc_result_free(doc);

  /* "X doubled as Y": X filmed, Y not; drone footage, a sequence */
  doc = kgb_test_sentence(
      "‘Grey Coast’ is a 2017 drama film. Inverness doubled as "
      "Oslo. The opening titles feature drone footage of Stirling, "
      "and Dundee appears in the funeral sequence.");
  YES(doc, "Grey Coast", "filmedIn", "Inverness");
  NO(doc, "Grey Coast", "filmedIn", "Oslo");
  YES(doc, "Grey Coast", "filmedIn", "Stirling");
  YES(doc, "Grey Coast", "filmedIn", "Dundee");
  kgb_doc_result_free(doc);

  /* a university's campus is a filming place; a broadcaster stays one */
  doc = kgb_test_sentence(
      "‘Grey Coast’ is a 2017 drama film. Scenes at the fictional "
      "hospital were filmed at the University of Stirling's "
      "campus. It aired on the BBC in 2018.");
  YES(doc, "Grey Coast", "filmedIn", "University of Stirling");
  CLASS(doc, "University of Stirling", "Landmark");
  CLASS(doc, "BBC", "Organization");
  kgb_doc_result_free(doc);
}

/* never travelled, recreated, not filmed, set in, scouted, archival footage */
static void negations_and_contrasts(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Night Ferry’ is a 2016 crime drama film. It was shot in Rotterdam, "
      "but the crew never travelled to Antwerp. Brussels was recreated on "
      "a soundstage. The film was not filmed in Ghent at all. Although the "
      "story is set in Bruges, most of it was shot in Utrecht. Leuven was "
      "only scouted. The opening uses archival footage of Namur.");
  YES(doc, "Night Ferry", "filmedIn", "Rotterdam");
  YES(doc, "Night Ferry", "filmedIn", "Utrecht");
  YES(doc, "Night Ferry", "setIn", "Bruges");
  NO(doc, "Night Ferry", "filmedIn", "Antwerp");
  NO(doc, "Night Ferry", "filmedIn", "Brussels");
  NO(doc, "Night Ferry", "filmedIn", "Ghent");
  NO(doc, "Night Ferry", "filmedIn", "Bruges");
  NO(doc, "Night Ferry", "filmedIn", "Leuven");
  NO(doc, "Night Ferry", "filmedIn", "Namur");
  kgb_doc_result_free(doc);
}

/* locations found, settled on, listed after a colon, "one of several
 * locations"; travelling somewhere to shoot; filming for a time */
static void locations_found_and_listed(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Tin Roof’ is a 2019 Australian drama film. Exteriors for the family "
      "farm were found near Ballarat. The team scouted dozens of towns "
      "before settling on Bendigo. Key locations: Geelong and Mildura. "
      "Shepparton is one of several locations used in the film. The "
      "director returned to Wodonga in 2018 to shoot it. The production "
      "filmed for two weeks in Warrnambool, and the crew then set off for "
      "Horsham.");
  YES(doc, "Tin Roof", "filmedIn", "Ballarat");
  YES(doc, "Tin Roof", "filmedIn", "Bendigo");
  YES(doc, "Tin Roof", "filmedIn", "Geelong");
  YES(doc, "Tin Roof", "filmedIn", "Mildura");
  YES(doc, "Tin Roof", "filmedIn", "Shepparton");
  YES(doc, "Tin Roof", "filmedIn", "Wodonga");
  YES(doc, "Tin Roof", "filmedIn", "Warrnambool");
  YES(doc, "Tin Roof", "filmedIn", "Horsham");
  kgb_doc_result_free(doc);

  /* a plot's shooting is no filming */
  doc = kgb_test_sentence(
      "‘Tin Roof’ is a 2019 Australian drama film. It was filmed "
      "in Ballarat. Her brother was shot dead in Geelong.");
  NO(doc, "Tin Roof", "filmedIn", "Geelong");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xloc5[] = {
    cmocka_unit_test_setup(locations_found_and_listed, kgb_test_rules_setup),
    cmocka_unit_test_setup(hedged_filming_verbs, kgb_test_rules_setup),
    cmocka_unit_test_setup(lists_after_plural_place_nouns,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(base_time_and_shoots, kgb_test_rules_setup),
    cmocka_unit_test_setup(trips_and_cameras, kgb_test_rules_setup),
    cmocka_unit_test_setup(places_used_for_scenes, kgb_test_rules_setup),
    cmocka_unit_test_setup(countries_after_the_shoot, kgb_test_rules_setup),
    cmocka_unit_test_setup(negations_and_contrasts, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xloc5_count =
    sizeof kgb_tests_sentences_xloc5 / sizeof kgb_tests_sentences_xloc5[0];

/* ---- headings and other works -------------------------------------------- */

/* a heading that names places heads a section about filming there */
static void section_headings(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Where Was ‘Quiet Harbour’ Filmed?\n\n"
      "‘Quiet Harbour’ is a 2023 drama film directed by Nora Quinlan.\n\n"
      "Galway\n\n"
      "The harbour scenes took two weeks, and the crew came back in spring "
      "for a night sequence.\n\n"
      "Cork, Ireland\n\n"
      "Most of the interiors were built in a warehouse near the docks.\n\n"
      "Sweden\n\n"
      "The director visited Sweden as a student and loved it.\n\n"
      "Belfast\n\n"
      "The crew never went to Belfast; the city is only mentioned.\n");
  YES(doc, "Quiet Harbour", "filmedIn", "Galway");
  YES(doc, "Quiet Harbour", "filmedIn", "Cork");
  YES(doc, "Quiet Harbour", "filmedIn", "Ireland");
  NO(doc, "Quiet Harbour", "filmedIn", "Sweden");
  NO(doc, "Quiet Harbour", "filmedIn", "Belfast");
  kgb_doc_result_free(doc);
}

/* "has hosted", "has welcomed crews from", "has also appeared in": each work
 * was filmed there, is a work, and a genre word before it is its genre */
static void place_hosted_other_works(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Cold Orchard’ is a 2019 thriller shot in Oslo. Lillehammer has "
      "welcomed crews from the British thriller ‘Snow Line’ and ‘White "
      "Ridge’. Tromsø has also appeared in ‘Polar Night’, ‘Aurora Road’ and "
      "the Danish comedy ‘Soft Rain’.");
  YES(doc, "Snow Line", "filmedIn", "Lillehammer");
  YES(doc, "White Ridge", "filmedIn", "Lillehammer");
  YES(doc, "Polar Night", "filmedIn", "Tromsø");
  YES(doc, "Aurora Road", "filmedIn", "Tromsø");
  YES(doc, "Soft Rain", "filmedIn", "Tromsø");
  YES(doc, "Soft Rain", "genre", "comedy");
  YES(doc, "Snow Line", "genre", "thriller");
  CLASS(doc, "Polar Night", "Work");
  NO(doc, "Cold Orchard", "filmedIn", "Lillehammer");
  NO(doc, "Cold Orchard", "filmedIn", "Tromsø");
  kgb_doc_result_free(doc);
}

/* headings joined by "and", an unknown town before a country, and a line
 * without a stop that ends the section before it */
static void more_section_headings(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Winter Station’ Filming Locations\n\n"
      "‘Winter Station’ is a 2022 Swedish thriller series.\n\n"
      "Kiruna and Boden\n\n"
      "The mine scenes took a month.\n\n"
      "Brightholm, Norway\n\n"
      "The harbour sequence in Brightholm was lit by flares.\n\n"
      "Stockholm\n\n"
      "The capital is only mentioned in passing.\n\n"
      "Other productions filmed nearby\n\n"
      "Several crime shows have used the region.\n");
  YES(doc, "Winter Station", "filmedIn", "Kiruna");
  YES(doc, "Winter Station", "filmedIn", "Boden");
  YES(doc, "Winter Station", "filmedIn", "Brightholm");
  YES(doc, "Winter Station", "filmedIn", "Norway");
  CLASS(doc, "Brightholm", "City");
  NO(doc, "Winter Station", "filmedIn", "Stockholm");
  kgb_doc_result_free(doc);
}

/* where a stand-in was built, scenes completed, a site that also hosted
 * scenes; an unknown town a crew spent time in; a reported shoot */
static void recreations_and_studios(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘The Copper Road’ is a 2024 Chilean drama film. It was filmed mostly "
      "in Chile, with a few weeks spent in Argentina. The La Paz street "
      "scenes were recreated in Valparaíso. The remaining interiors were "
      "completed at a studio in Santiago. The ministry offices were built in "
      "a warehouse in Calama, which also hosted the press conference "
      "scenes. The crew spent ten days around Mountvale. A reported shoot "
      "in Lima was never confirmed.");
  YES(doc, "The Copper Road", "filmedIn", "Argentina");
  YES(doc, "The Copper Road", "filmedIn", "Valparaíso");
  NO(doc, "The Copper Road", "filmedIn", "La Paz");
  YES(doc, "The Copper Road", "filmedIn", "Santiago");
  YES(doc, "The Copper Road", "filmedIn", "Calama");
  YES(doc, "The Copper Road", "filmedIn", "Mountvale");
  NO(doc, "The Copper Road", "filmedIn", "Lima");
  kgb_doc_result_free(doc);

  /* time spent in a story is no filming */
  doc = kgb_test_sentence(
      "‘The Copper Road’ is a 2024 Chilean drama film. It was "
      "shot in Santiago. After months spent in Lima, Ana returns "
      "home.");
  NO(doc, "The Copper Road", "filmedIn", "Lima");
  kgb_doc_result_free(doc);
}

/* numbered headings, a country in brackets */
static void numbered_headings(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Every Filming Location in ‘Stone Harbour’\n\n"
      "‘Stone Harbour’ is a 2023 British crime drama.\n\n"
      "1. Dubrovnik, Croatia\n\n"
      "The old town walls were used for the rooftop chase.\n\n"
      "2. Kotor (Montenegro)\n\n"
      "The bay appears in the opening scene.\n\n"
      "3. Zadar\n\n"
      "The director grew up in Zadar and often returns.\n");
  YES(doc, "Stone Harbour", "filmedIn", "Dubrovnik");
  YES(doc, "Stone Harbour", "filmedIn", "Croatia");
  YES(doc, "Stone Harbour", "filmedIn", "Kotor");
  YES(doc, "Stone Harbour", "filmedIn", "Montenegro");
  NO(doc, "Stone Harbour", "filmedIn", "Zadar");
  kgb_doc_result_free(doc);
}

/* "most of it in X" after a filming clause; a quoted title with a name
 * connector in a long hosted list */
static void most_of_it_and_long_lists(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Glass River’ is a 2021 Hungarian thriller. Principal photography "
      "began in May and lasted until August, almost all of it in Budapest. "
      "Over the years Debrecen has hosted the crews of several films and "
      "shows, including ‘Night Bus’, ‘Hijos del Viento’ and the police "
      "series ‘Precinct Nine’.");
  YES(doc, "Glass River", "filmedIn", "Budapest");
  YES(doc, "Hijos del Viento", "filmedIn", "Debrecen");
  YES(doc, "Precinct Nine", "filmedIn", "Debrecen");
  YES(doc, "Night Bus", "filmedIn", "Debrecen");
  NO(doc, "Glass River", "filmedIn", "Debrecen");
  kgb_doc_result_free(doc);
}

/* hosting a production, access granted, "where the scenes were filmed",
 * "the rest in X", chosen places, transformed streets */
static void hosts_choices_and_transformations(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Blue Meridian’ is a 2020 drama film. Cádiz hosted the production "
      "for three weeks, and Toledo played host to the crew in May. The crew "
      "were granted rare access to the Alhambra. The village of Mijas, where "
      "the wedding scenes were filmed, lies inland. The filmmakers chose "
      "Salamanca for the university scenes. Designers transformed a street "
      "in Zaragoza into 1940s Madrid. Shooting then shifted to Bilbao, and "
      "the production moved on to Lisbon in June.");
  YES(doc, "Blue Meridian", "filmedIn", "Cádiz");
  YES(doc, "Blue Meridian", "filmedIn", "Toledo");
  YES(doc, "Blue Meridian", "filmedIn", "Alhambra");
  YES(doc, "Blue Meridian", "filmedIn", "Mijas");
  YES(doc, "Blue Meridian", "filmedIn", "Salamanca");
  YES(doc, "Blue Meridian", "filmedIn", "Zaragoza");
  NO(doc, "Blue Meridian", "filmedIn", "Madrid");
  YES(doc, "Blue Meridian", "filmedIn", "Bilbao");
  YES(doc, "Blue Meridian", "filmedIn", "Lisbon");
  kgb_doc_result_free(doc);

  /* a recap's present tense, hopes and refusals */
  doc = kgb_test_sentence(
      "‘Blue Meridian’ is a 2020 drama film. It was shot in "
      "Seville. The story moves from Madrid to Paris. The crew had "
      "hoped to film in Tangier but permits were refused.");
  NO(doc, "Blue Meridian", "filmedIn", "Madrid");
  NO(doc, "Blue Meridian", "filmedIn", "Paris");
  NO(doc, "Blue Meridian", "filmedIn", "Tangier");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xloc5b[] = {
    cmocka_unit_test_setup(numbered_headings, kgb_test_rules_setup),
    cmocka_unit_test_setup(hosts_choices_and_transformations,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(most_of_it_and_long_lists, kgb_test_rules_setup),
    cmocka_unit_test_setup(section_headings, kgb_test_rules_setup),
    cmocka_unit_test_setup(place_hosted_other_works, kgb_test_rules_setup),
    cmocka_unit_test_setup(more_section_headings, kgb_test_rules_setup),
    cmocka_unit_test_setup(recreations_and_studios, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xloc5b_count =
    sizeof kgb_tests_sentences_xloc5b / sizeof kgb_tests_sentences_xloc5b[0];
