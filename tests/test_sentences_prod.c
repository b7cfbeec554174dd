/* test_sentences_prod.c: the production side of the extractor (filming
 * places and dates, cast lists, crew, distribution, numbers, people's births
 * and deaths) through the public header, on sentences written for these tests.
 * Each test asserts the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

#include <stdlib.h>
#include <string.h>

static const char *class_of(const KgbDocResult *doc, const char *label) {
  const KgbEntity *e = kgb_test_entity(doc, label, NULL);
  return e ? e->cls : NULL;
}

/* ---- filming places ------------------------------------------------------ */

static void filmed_in_country_then_city(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Lantern Bay’ was shot in its entirety in Greece, particularly in "
      "Thessaloniki. Principal photography commenced in June 2023 and wrapped "
      "up in September.");
  YES(doc, "Lantern Bay", "filmedIn", "Greece");
  YES(doc, "Lantern Bay", "filmedIn", "Thessaloniki");
  YES(doc, "Lantern Bay", "filmingStart", "2023-06");
  YES(doc, "Lantern Bay", "filmingEnd", "2023-09");
  CLASS(doc, "Thessaloniki", "City");
  kgb_doc_result_free(doc);
}

static void set_in_is_not_filmed_in(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Cold Meridian’ is a 2020 thriller film. Although the story is set in "
      "Vienna, the film was shot in Budapest.");
  YES(doc, "Cold Meridian", "setIn", "Vienna");
  YES(doc, "Cold Meridian", "filmedIn", "Budapest");
  NO(doc, "Cold Meridian", "filmedIn", "Vienna");
  NO(doc, "Cold Meridian", "setIn", "Budapest");
  kgb_doc_result_free(doc);
}

static void negated_filming_place(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Paper Kites’ is a 2019 drama film. It was not filmed in Madrid; "
      "principal photography took place in Valencia. Not a single scene was "
      "shot in Seville.");
  YES(doc, "Paper Kites", "filmedIn", "Valencia");
  NO(doc, "Paper Kites", "filmedIn", "Madrid");
  NO(doc, "Paper Kites", "filmedIn", "Seville");
  kgb_doc_result_free(doc);
}

static void place_hosted_list_same_sentence(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Marseille has hosted productions such as ‘Blue Salt’, ‘The Ferryman’ "
      "and ‘Harbour of Ash’.");
  YES(doc, "Blue Salt", "filmedIn", "Marseille");
  YES(doc, "The Ferryman", "filmedIn", "Marseille");
  YES(doc, "Harbour of Ash", "filmedIn", "Marseille");
  CLASS(doc, "Blue Salt", "Work");
  kgb_doc_result_free(doc);
}

static void place_hosted_list_next_sentence(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Naples has also welcomed a good number of film crews over the years. "
      "Among the best known are ‘Stone Steps,’ ‘The Tailor’ and ‘Vesuvio.’ "
      "Rome is a different story.");
  YES(doc, "Stone Steps", "filmedIn", "Naples");
  YES(doc, "The Tailor", "filmedIn", "Naples");
  YES(doc, "Vesuvio", "filmedIn", "Naples");
  NO(doc, "Stone Steps", "filmedIn", "Rome");
  kgb_doc_result_free(doc);
}

/* "the city", "the town" stand for the last place of that class named */
static void place_nominal_reference(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Copper Tide’ was shot in Bordeaux and Germany. The city has hosted "
      "productions such as ‘Grey Lanterns’ and ‘Wine Road’.");
  YES(doc, "Grey Lanterns", "filmedIn", "Bordeaux");
  YES(doc, "Wine Road", "filmedIn", "Bordeaux");
  NO(doc, "Grey Lanterns", "filmedIn", "Germany");
  kgb_doc_result_free(doc);
  /* the city named last, not the first; a country is no town */
  doc = kgb_test_sentence(
      "The crew flew from Lyon to Norway and then drove to Bergen. "
      "Several scenes of ‘Fjord Lights’ were filmed in the town.");
  YES(doc, "Fjord Lights", "filmedIn", "Bergen");
  NO(doc, "Fjord Lights", "filmedIn", "Lyon");
  NO(doc, "Fjord Lights", "filmedIn", "Norway");
  kgb_doc_result_free(doc);
  /* no place of the class near enough: nothing */
  doc = kgb_test_sentence(
      "‘Paper Moons’ is a drama set in Porto. It stars Ana Belo. "
      "The story is gentle. The pacing is slow. The cast is young. "
      "The ending was shot in the city.");
  NO(doc, "Paper Moons", "filmedIn", "Porto");
  kgb_doc_result_free(doc);
}

/* landmark names: possessives, dotted saints, lower-case heads */
static void landmark_name_shapes(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Tin Crown’ was filmed at Hadrian’s Fountain and St. Anne’s Well in "
      "Nîmes, and at the Hollow Oak district and the Norman walls of Rouen.");
  YES(doc, "Tin Crown", "filmedIn", "Hadrian’s Fountain");
  YES(doc, "Tin Crown", "filmedIn", "St. Anne’s Well");
  YES(doc, "Tin Crown", "filmedIn", "Hollow Oak district");
  YES(doc, "Tin Crown", "filmedIn", "Norman walls of Rouen");
  CLASS(doc, "Hadrian’s Fountain", "Landmark");
  CLASS(doc, "St. Anne’s Well", "Landmark");
  CLASS(doc, "Norman walls of Rouen", "Landmark");
  NO(doc, "Tin Crown", "filmedIn", "Anne");
  kgb_doc_result_free(doc);
  /* a possessive before a person's things, a nationality before a head, and
   * a capitalised word glued to a lower-case one open no name */
  doc = kgb_test_sentence(
      "Keen-eyed critics praised the drama. ‘Salt Lines’ was filmed "
      "in Genoa, at Marta’s house and along the Italian coast.");
  YES(doc, "Salt Lines", "filmedIn", "Genoa");
  NO(doc, "Salt Lines", "filmedIn", "Italian coast");
  assert_null(class_of(doc, "Keen"));
  assert_null(class_of(doc, "Keen-eyed"));
  assert_null(class_of(doc, "Marta’s house"));
  kgb_doc_result_free(doc);
}

/* rivers and small towns the data does not know, typed from context */
static void rivers_and_towns_from_context(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The crew moved to Vellmar, a small fishing town that lies on the "
      "Orbe River. Later they shot in Sion, which also sits on the Sorne. "
      "Straddling the Vrana, the town of Arles hosted the finale.");
  CLASS(doc, "Vellmar", "City");
  YES(doc, "Vellmar", "onRiver", "Orbe River");
  YES(doc, "Sion", "onRiver", "Sorne");
  CLASS(doc, "Sorne", "River");
  YES(doc, "Arles", "onRiver", "Vrana");
  NO(doc, "Vellmar", "onRiver", "Sorne");
  assert_true(class_of(doc, "Vrana") == NULL ||
              strcmp(class_of(doc, "Vrana"), "City") != 0);
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "‘Grey Gulls’ was filmed in Kervel, the walled port town in the "
      "north.");
  CLASS(doc, "Kervel", "City");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "Lyon was the main base. Straddling the Saône, the city "
      "doubled as Paris in ‘Night Bells’. Tomas, a city boy, "
      "grows up in Lyon.");
  YES(doc, "Lyon", "onRiver", "Saône");
  assert_true(class_of(doc, "Tomas") == NULL ||
              strcmp(class_of(doc, "Tomas"), "City") != 0);
  kgb_doc_result_free(doc);
  /* the name without its lower-case head is another name of the district */
  doc = kgb_test_sentence("‘Low Tide’ was filmed in the Ostra district.");
  YES(doc, "Low Tide", "filmedIn", "Ostra district");
  YES(doc, "Low Tide", "filmedIn", "Ostra");
  CLASS(doc, "Ostra", "AdministrativeArea");
  kgb_doc_result_free(doc);
}

/* "X, a town in Y", "Y, the autonomous community in the north of Z" */
static void place_appositions_in_place(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Red Ferns’ was shot in Varda, the mountain region in the east of "
      "Norway. The crew also visited Sommen, a quiet village in the Ostra "
      "district. Some scenes were also filmed at the La Brava Inn.");
  CLASS(doc, "Varda", "AdministrativeArea");
  YES(doc, "Varda", "locatedIn", "Norway");
  CLASS(doc, "Sommen", "City");
  YES(doc, "Sommen", "locatedIn", "Ostra district");
  YES(doc, "Red Ferns", "filmedIn", "La Brava Inn");
  assert_null(class_of(doc, "Brava Inn"));
  kgb_doc_result_free(doc);
  /* a character's apposition is no place; a sentence-opening "In" is no
   * part of a name */
  doc = kgb_test_sentence(
      "In Bergen, Nora, a young pathologist in the city, meets "
      "Jon. ‘Red Ferns’ was shot in Bergen.");
  assert_true(class_of(doc, "Nora") == NULL ||
              strcmp(class_of(doc, "Nora"), "City") != 0);
  NO(doc, "Nora", "locatedIn", "Bergen");
  YES(doc, "Red Ferns", "filmedIn", "Bergen");
  assert_null(class_of(doc, "In Bergen"));
  kgb_doc_result_free(doc);
  /* the most specific container: a town the text puts in a county is not
   * also put in the country by the gazetteer; one it does not place is */
  doc = kgb_test_sentence(
      "‘Red Ferns’ was shot in Norway, mostly in Bergen, a city in "
      "the Vestland county, and in Oslo.");
  YES(doc, "Bergen", "locatedIn", "Vestland county");
  NO(doc, "Bergen", "locatedIn", "Norway");
  YES(doc, "Oslo", "locatedIn", "Norway");
  kgb_doc_result_free(doc);
}

/* a genre noun without "film" or "series" after it */
static void genre_noun_alone(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Salt Marsh’ is a Danish family drama directed by Ida Krogh. "
      "‘Low Sun’ was a gentle, wry comedy about two brothers. "
      "‘Iron Gate’ is a drama teacher’s favourite book.");
  YES(doc, "Salt Marsh", "genre", "family drama");
  YES(doc, "Salt Marsh", "directedBy", "Ida Krogh");
  YES(doc, "Low Sun", "genre", "comedy");
  NO(doc, "Iron Gate", "genre", "drama");
  kgb_doc_result_free(doc);
}

/* review phrasings: an opening "Set … in X, ‘W’", "at N minutes", "opens in
 * cinemas through", the dialogue's languages, "an X-born newcomer", and a
 * profession opening the sentence before a name */
static void review_statements(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Set over one bitter winter in Tromsø, ‘Ice Hours’ is a quiet film. "
      "Director Saga Lind keeps it short, but at 94 minutes the film still "
      "drags. Editor Mona Falk cut it. Ola Berg, a Bergen-born newcomer, "
      "stars. ‘Ice Hours’ opens in cinemas through Northlight Pictures in "
      "May. The dialogue is in Norwegian and Sami.");
  YES(doc, "Ice Hours", "setIn", "Tromsø");
  NO(doc, "Ice Hours", "filmedIn", "Tromsø");
  YES(doc, "Ice Hours", "runtime", "94");
  YES(doc, "Ice Hours", "editedBy", "Mona Falk");
  assert_null(class_of(doc, "Editor Mona Falk"));
  YES(doc, "Ola Berg", "birthPlace", "Bergen");
  YES(doc, "Ice Hours", "distributedBy", "Northlight Pictures");
  YES(doc, "Ice Hours", "inLanguage", "Norwegian");
  kgb_doc_result_free(doc);
  /* minutes into the film are no runtime; a language-adjective is no
   * statement of the dialogue's language */
  doc = kgb_test_sentence(
      "‘Ice Hours’ was shot in Oslo. At 30 minutes in, the plot "
      "turns. It is in English-language markets now.");
  NO(doc, "Ice Hours", "runtime", "30");
  NO(doc, "Ice Hours", "inLanguage", "English");
  kgb_doc_result_free(doc);
}

static void works_shot_in_the_city(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Porto is no stranger to film crews. Films such as ‘Night Ferry’ and "
      "‘The Bridge Keeper’ were also shot in the city.");
  YES(doc, "Night Ferry", "filmedIn", "Porto");
  YES(doc, "The Bridge Keeper", "filmedIn", "Porto");
  kgb_doc_result_free(doc);
}

static void crew_moves_between_cities(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Iron Orchard’ is a 2021 war film. Cameras first rolled in Krakow on "
      "4 October 2021. The crew then moved to Warsaw, before wrapping in "
      "Gdansk on 19 December.");
  YES(doc, "Iron Orchard", "filmedIn", "Krakow");
  YES(doc, "Iron Orchard", "filmedIn", "Warsaw");
  YES(doc, "Iron Orchard", "filmedIn", "Gdansk");
  YES(doc, "Iron Orchard", "filmingStart", "2021-10-04");
  YES(doc, "Iron Orchard", "filmingEnd", "2021-12-19");
  kgb_doc_result_free(doc);
}

static void filming_between_months(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Glass Rain’ is a 2021 film. Principal photography took place "
      "in Prague between June and August 2020.");
  YES(doc, "Glass Rain", "filmedIn", "Prague");
  YES(doc, "Glass Rain", "filmingStart", "2020-06");
  YES(doc, "Glass Rain", "filmingEnd", "2020-08");
  kgb_doc_result_free(doc);
}

static void two_works_two_places(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Salt Moon’ is a 2022 drama film directed by Ana Ruiz. Her earlier "
      "film, ‘Dust Roads’ (2018), starred Leo Marin. That film was shot in "
      "Lima, while ‘Salt Moon’ was filmed in Quito.");
  YES(doc, "Dust Roads", "filmedIn", "Lima");
  YES(doc, "Salt Moon", "filmedIn", "Quito");
  NO(doc, "Salt Moon", "filmedIn", "Lima");
  NO(doc, "Dust Roads", "filmedIn", "Quito");
  kgb_doc_result_free(doc);
}

/* ---- cast --------------------------------------------------------------- */

static void relative_clause_and_parentheses(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Winter Letters’ is a 2021 drama film. Mina, who is played by Ece "
      "Demir, is the sister of Kerem. Ayla (Selin Kaya) runs the café.");
  YES(doc, "Mina", "playedBy", "Ece Demir");
  YES(doc, "Ayla", "playedBy", "Selin Kaya");
  YES(doc, "Winter Letters", "starring", "Ece Demir");
  YES(doc, "Winter Letters", "starring", "Selin Kaya");
  YES(doc, "Winter Letters", "hasCharacter", "Mina");
  CLASS(doc, "Mina", "Character");
  CLASS(doc, "Ece Demir", "Person");
  NO(doc, "Ece Demir", "playedBy", "Mina");
  kgb_doc_result_free(doc);
}

static void plays_and_as(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘The Long Field’ is a 2020 western film. Tom Reyes plays the father, "
      "and Burak Deniz as Semih is a revelation. Idris Cole plays Jonah, a "
      "drifter, and Maya Lin is his estranged wife, Clara. Tessa Moon plays "
      "Jonah’s daughter, June.");
  YES(doc, "The Long Field", "starring", "Tom Reyes");
  YES(doc, "Semih", "playedBy", "Burak Deniz");
  YES(doc, "Jonah", "playedBy", "Idris Cole");
  YES(doc, "Clara", "playedBy", "Maya Lin");
  YES(doc, "June", "playedBy", "Tessa Moon");
  NO(doc, "Jonah", "playedBy", "Tessa Moon");
  CLASS(doc, "June", "Character");
  kgb_doc_result_free(doc);
}

static void cast_lists(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Deep Current’ is a 2024 mystery series. The cast includes Leyla "
      "Erdem, Marco Bellini, Hana Sato, and Oliver Grant. Nina Ward, Ravi Das "
      "and Ola Berg star alongside Jon Voss.");
  const char *cast[] = {"Leyla Erdem",  "Marco Bellini", "Hana Sato",
                        "Oliver Grant", "Nina Ward",     "Ravi Das",
                        "Ola Berg",     "Jon Voss"};
  for (size_t i = 0; i < sizeof cast / sizeof *cast; i++) {
    YES(doc, "Deep Current", "starring", cast[i]);
    CLASS(doc, cast[i], "Person");
  }
  CLASS(doc, "Deep Current", "TVSeries");
  kgb_doc_result_free(doc);
}

static void cast_list_lines(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Harbour Lights’ is a crime series.\n\n"
                        "Cast\n\n"
                        "Sofie Berg as Ida Krogh\n"
                        "Mads Jensen as Henrik Vinter\n");
  YES(doc, "Ida Krogh", "playedBy", "Sofie Berg");
  YES(doc, "Henrik Vinter", "playedBy", "Mads Jensen");
  YES(doc, "Harbour Lights", "starring", "Mads Jensen");
  kgb_doc_result_free(doc);
}

static void filmography_negation(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Ines Duarte is a Portuguese actress. Duarte made her debut in ‘The "
      "River House’ (2009), a drama directed by Paulo Reis. She did not "
      "appear in its sequel, ‘Dark Tide’, which was directed by Ana Lopes.");
  YES(doc, "The River House", "starring", "Ines Duarte");
  YES(doc, "The River House", "directedBy", "Paulo Reis");
  YES(doc, "Dark Tide", "directedBy", "Ana Lopes");
  NO(doc, "Dark Tide", "starring", "Ines Duarte");
  NO(doc, "The River House", "directedBy", "Ana Lopes");
  CLASS(doc, "Ines Duarte", "Person");
  kgb_doc_result_free(doc);
}

/* ---- crew --------------------------------------------------------------- */

static void encyclopedic_lead(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Night Harbor is a 2019 American crime drama film written and directed "
      "by Lena Ortiz. It stars Tom Reyes; it runs 104 minutes, had a budget "
      "of $12 million and its music was composed by Hugo Brandt. The "
      "cinematography was by Keiko Mori, and the film was edited by Sam "
      "Whitfield.");
  CLASS(doc, "Night Harbor", "Film");
  YES(doc, "Night Harbor", "directedBy", "Lena Ortiz");
  YES(doc, "Night Harbor", "writtenBy", "Lena Ortiz");
  YES(doc, "Night Harbor", "starring", "Tom Reyes");
  YES(doc, "Night Harbor", "runtime", "104");
  YES(doc, "Night Harbor", "budget", "12000000");
  YES(doc, "Night Harbor", "musicBy", "Hugo Brandt");
  YES(doc, "Night Harbor", "cinematographyBy", "Keiko Mori");
  YES(doc, "Night Harbor", "editedBy", "Sam Whitfield");
  YES(doc, "Night Harbor", "genre", "crime drama");
  NO(doc, "Night Harbor", "musicBy", "Keiko Mori");
  kgb_doc_result_free(doc);
}

/* An article whose first line is the title its lead repeats; names with a
 * lower-case syllable after a hyphen; a brand with an inner capital. */
static void titled_article_lead(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "La casa del faro\n\n"
      "La casa del faro (English: The Lighthouse House) is a 2017 Chilean "
      "drama film directed by Tomás Arancibia. It stars Lee Ji-woo and "
      "Han Seo-yeon.\n\n"
      "Filming began in May 2016 in Valparaíso. The Paris-based company "
      "sold it to mBox.");
  CLASS(doc, "La casa del faro", "Film");
  YES(doc, "La casa del faro", "directedBy", "Tomás Arancibia");
  YES(doc, "La casa del faro", "starring", "Lee Ji-woo");
  YES(doc, "La casa del faro", "starring", "Han Seo-yeon");
  YES(doc, "La casa del faro", "filmingStart", "2016-05");
  NO(doc, "La casa del faro", "starring", "Lee Ji");
  NO(doc, "La casa del faro", "starring", "Paris-based");
  CLASS(doc, "Han Seo-yeon", "Person");
  kgb_doc_result_free(doc);
}

/* Location-piece phrasings beyond "was filmed in": the place as subject
 * ("doubled as", "features prominently", "can be glimpsed"), "the" before
 * the place, prepositions other than in/at, the crew travelling. */
static void location_piece_phrasings(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Copper Tide’ is a 2020 thriller film. Set in Lisbon, the film was "
      "shot mostly in Porto. Exterior scenes were shot at the Crystal Palace "
      "Gardens, and the rooftop chase was filmed above the Bolhão Market. "
      "The Clérigos Tower doubled as a Lisbon church. The team later drove "
      "north to Braga. The Arrábida Bridge can be glimpsed behind the "
      "hotel. Braga has previously hosted productions such as ‘Stone Bells’. "
      "Not a single scene was shot in Madrid.");
  YES(doc, "Stone Bells", "filmedIn", "Braga");
  YES(doc, "Copper Tide", "setIn", "Lisbon");
  YES(doc, "Copper Tide", "filmedIn", "Porto");
  YES(doc, "Copper Tide", "filmedIn", "Crystal Palace Gardens");
  YES(doc, "Copper Tide", "filmedIn", "Bolhão Market");
  YES(doc, "Copper Tide", "filmedIn", "Clérigos Tower");
  YES(doc, "Copper Tide", "filmedIn", "Braga");
  YES(doc, "Copper Tide", "filmedIn", "Arrábida Bridge");
  NO(doc, "Copper Tide", "filmedIn", "Madrid");
  NO(doc, "Copper Tide", "filmedIn", "Lisbon");
  kgb_doc_result_free(doc);
}

/* Review and cast-list phrasings: "lead the cast", "appearing as the …
 * aunt, X", "is wasted as X", bulleted "- Actor as Character" lines, crew
 * "handled by", a second writer "together with". */
static void review_cast_phrasings(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Glass Orchard’ is a 2022 drama film. Written by Hanne Voss together "
      "with Pieter Daal, it follows Marit, a beekeeper. Sanne Bos and Joris "
      "Kuip lead the cast, with Femke Wolt appearing as the family’s "
      "sharp-eyed aunt, Griet. Daan Mol is wasted as Wouter, the neighbour. "
      "Cinematography was handled by Ruud Peet.\n\n"
      "Cast\n\n"
      "- Sanne Bos as Marit - Joris Kuip as Ties - Lotte Ram as Mrs. Haan\n");
  YES(doc, "Glass Orchard", "writtenBy", "Hanne Voss");
  YES(doc, "Glass Orchard", "writtenBy", "Pieter Daal");
  YES(doc, "Glass Orchard", "starring", "Sanne Bos");
  YES(doc, "Glass Orchard", "starring", "Joris Kuip");
  YES(doc, "Griet", "playedBy", "Femke Wolt");
  YES(doc, "Wouter", "playedBy", "Daan Mol");
  YES(doc, "Marit", "playedBy", "Sanne Bos");
  YES(doc, "Ties", "playedBy", "Joris Kuip");
  YES(doc, "Haan", "playedBy", "Lotte Ram");
  YES(doc, "Glass Orchard", "cinematographyBy", "Ruud Peet");
  NO(doc, "Glass Orchard", "starring", "Hanne Voss");
  NO(doc, "Marit", "playedBy", "Joris Kuip");
  CLASS(doc, "Femke Wolt", "Person");
  kgb_doc_result_free(doc);
}

/* Encyclopedic: titles in other scripts, the English title in parentheses,
 * "aired on X from DATE", streaming "worldwide on", a birth after a
 * relative clause. */
static void encyclopedic_second_round(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Harbor of Stars\n\n"
      "Harbor of Stars (Japanese: 星の港; Hepburn: Hoshi no Minato) is a 2020 "
      "Japanese drama series. The series aired on NHK from 6 April to 29 June "
      "2020 and is available for streaming worldwide on Netflix. Aoi Sato, "
      "who plays the harbour master, was born on 2 March 1988 in Sendai.\n\n"
      "Las Tres Olas\n\n"
      "Las Tres Olas (English: The Three Waves) is a 2015 Chilean film.");
  YES(doc, "Harbor of Stars", "originalTitle", "星の港");
  YES(doc, "Harbor of Stars", "broadcastBy", "NHK");
  YES(doc, "Harbor of Stars", "releaseDate", "2020-04-06");
  YES(doc, "Harbor of Stars", "distributedBy", "Netflix");
  YES(doc, "Aoi Sato", "birthDate", "1988-03-02");
  YES(doc, "Aoi Sato", "birthPlace", "Sendai");
  NO(doc, "Harbor of Stars", "originalTitle", "Hepburn");
  kgb_doc_result_free(doc);
}

static void crew_served_as(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Quiet Hours’ is a 2018 drama film. Petra Novak served as director of "
      "photography. Jan Kowalski composed the score. Mira Holm served as "
      "editor. Diego Ruiz and Ana Torres produced it for Sol Pictures.");
  YES(doc, "Quiet Hours", "cinematographyBy", "Petra Novak");
  YES(doc, "Quiet Hours", "musicBy", "Jan Kowalski");
  YES(doc, "Quiet Hours", "editedBy", "Mira Holm");
  NO(doc, "Quiet Hours", "directedBy", "Petra Novak");
  kgb_doc_result_free(doc);
}

static void producers_and_companies(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Iron Valley’ is a 2023 Spanish-language western. It was produced by "
      "Diego Ruiz and Ana Belén Torres for Sol Pictures, and distributed by "
      "Northlight Pictures.");
  YES(doc, "Iron Valley", "producedBy", "Diego Ruiz");
  YES(doc, "Iron Valley", "producedBy", "Ana Belén Torres");
  YES(doc, "Iron Valley", "producedBy", "Sol Pictures");
  YES(doc, "Iron Valley", "distributedBy", "Northlight Pictures");
  YES(doc, "Iron Valley", "inLanguage", "Spanish");
  YES(doc, "Iron Valley", "genre", "western");
  CLASS(doc, "Sol Pictures", "Organization");
  NO(doc, "Iron Valley", "producedBy", "Northlight Pictures");
  kgb_doc_result_free(doc);
}

static void directors_active_and_possessive(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Klaus Weber is a German filmmaker. Weber directed ‘Winter Lanterns’ in "
      "2020. Rui Matos’s ‘Dark Water’ opened a year later, and ‘Open Sea’ "
      "was his directorial debut. Jonas Keller did not direct ‘Grey Bay’.");
  YES(doc, "Winter Lanterns", "directedBy", "Klaus Weber");
  YES(doc, "Dark Water", "directedBy", "Rui Matos");
  NO(doc, "Grey Bay", "directedBy", "Jonas Keller");
  CLASS(doc, "Klaus Weber", "Person");
  /* "Weber" alone is Klaus Weber, not an entity of its own */
  for (size_t i = 0; i < kgb_doc_result_entity_count(doc); i++) {
    assert_string_not_equal(kgb_doc_result_entity(doc, i)->label, "Weber");
  }
  kgb_doc_result_free(doc);
}

static void series_creator_broadcaster(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The Glass Orchard is a British mystery series created by Ruth Calder. "
      "The series aired on BBC One, and the second season streams on "
      "Netflix. It is based on the novel ‘Orchard Hours’ by Ian Moss.");
  /* a leading "the" is not part of a name */
  CLASS(doc, "Glass Orchard", "TVSeries");
  YES(doc, "Glass Orchard", "createdBy", "Ruth Calder");
  YES(doc, "Glass Orchard", "broadcastBy", "BBC One");
  YES(doc, "Glass Orchard", "distributedBy", "Netflix");
  YES(doc, "Glass Orchard", "basedOn", "Orchard Hours");
  YES(doc, "Glass Orchard", "genre", "mystery");
  NO(doc, "Glass Orchard", "broadcastBy", "Netflix");
  NO(doc, "Glass Orchard", "createdBy", "Ian Moss");
  kgb_doc_result_free(doc);
}

static void original_title_and_language(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Winter Lanterns (German: Winterlaternen) is a 2021 "
                        "German-language drama film by Klaus Weber.");
  YES(doc, "Winter Lanterns", "originalTitle", "Winterlaternen");
  YES(doc, "Winter Lanterns", "inLanguage", "German");
  YES(doc, "Winter Lanterns", "directedBy", "Klaus Weber");
  CLASS(doc, "Winter Lanterns", "Film");
  kgb_doc_result_free(doc);
}

/* ---- numbers and dates ------------------------------------------------- */

static void runtimes(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Short Light’ is a 98-minute comedy film.");
  YES(doc, "Short Light", "runtime", "98");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "‘Long Shadow’ is a drama film. It has a running time of 1 "
      "hour 52 minutes.");
  YES(doc, "Long Shadow", "runtime", "112");
  NO(doc, "Long Shadow", "runtime", "1");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("‘Grey Tide’ is a 2001 film. It runs for 2 hours.");
  YES(doc, "Grey Tide", "runtime", "120");
  kgb_doc_result_free(doc);
}

static void money(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Gold Coast’ is a 2015 adventure film. It had a budget of €5 million "
      "and grossed $30.1 million worldwide.");
  YES(doc, "Gold Coast", "budget", "5000000 EUR");
  YES(doc, "Gold Coast", "grossRevenue", "30100000");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "‘Red Dust’ is a 2010 film. The film earned 2 million dollars "
      "at the box office, and cost £3.5 million.");
  YES(doc, "Red Dust", "grossRevenue", "2000000");
  YES(doc, "Red Dust", "budget", "3500000 GBP");
  NO(doc, "Red Dust", "budget", "2000000");
  kgb_doc_result_free(doc);
}

static void release_dates_with_context_year(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Don’t Wait’ is a 2022 Turkish-language movie. It was released on "
      "Netflix on November 11. Filming began in Izmir in October 2021 and "
      "ended in December.");
  YES(doc, "Don’t Wait", "releaseDate", "2022-11-11");
  YES(doc, "Don’t Wait", "distributedBy", "Netflix");
  YES(doc, "Don’t Wait", "filmingStart", "2021-10");
  YES(doc, "Don’t Wait", "filmingEnd", "2021-12");
  YES(doc, "Don’t Wait", "filmedIn", "Izmir");
  /* one release date, at the precision written */
  NO(doc, "Don’t Wait", "releaseDate", "2022");
  kgb_doc_result_free(doc);
  doc =
      kgb_test_sentence("‘Iron Hill’ is a 2023 western film. Filming ended in "
                        "December 2022. It will be released on 14 February.");
  YES(doc, "Iron Hill", "releaseDate", "2023-02-14");
  NO(doc, "Iron Hill", "releaseDate", "2022-02-14");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "‘Blue Hour’ premiered at a festival in Berlin on September "
      "8, 2019, and was released in cinemas in March of the same "
      "year.");
  YES(doc, "Blue Hour", "releaseDate", "2019-09-08");
  kgb_doc_result_free(doc);
}

/* ---- people ------------------------------------------------------------- */

static void births_and_deaths(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Lena Ortiz (born 3 April 1988 in Izmir) is a Turkish-American "
      "filmmaker. Klaus Weber was born in Lyon in 1975 and died in Munich in "
      "2020. The lead role went to Greta Lind, who was born on 14 July 1990 in "
      "Hamburg.");
  YES(doc, "Lena Ortiz", "birthDate", "1988-04-03");
  YES(doc, "Lena Ortiz", "birthPlace", "Izmir");
  YES(doc, "Klaus Weber", "birthPlace", "Lyon");
  YES(doc, "Klaus Weber", "birthDate", "1975");
  YES(doc, "Klaus Weber", "deathPlace", "Munich");
  YES(doc, "Greta Lind", "birthDate", "1990-07-14");
  YES(doc, "Greta Lind", "birthPlace", "Hamburg");
  NO(doc, "Klaus Weber", "birthPlace", "Munich");
  NO(doc, "Klaus Weber", "deathPlace", "Lyon");
  NO(doc, "Greta Lind", "birthPlace", "Lyon");
  CLASS(doc, "Lena Ortiz", "Person");
  /* a nationality is not a name */
  assert_null(class_of(doc, "Turkish-American"));
  kgb_doc_result_free(doc);
}

static void born_sentence_initial(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Ines Duarte is a Portuguese actress. Born on 2 May 1985 in "
      "Coimbra, she moved to Lisbon at the age of 18.");
  YES(doc, "Ines Duarte", "birthDate", "1985-05-02");
  YES(doc, "Ines Duarte", "birthPlace", "Coimbra");
  NO(doc, "Ines Duarte", "birthPlace", "Lisbon");
  kgb_doc_result_free(doc);
}

static void surname_not_merged_when_ambiguous(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Far Shore’ is a 2022 drama film starring Burak Deniz and Dilan Çiçek "
      "Deniz. Deniz was praised by critics.");
  YES(doc, "Far Shore", "starring", "Burak Deniz");
  YES(doc, "Far Shore", "starring", "Dilan Çiçek Deniz");
  const KgbEntity *e = kgb_test_entity(doc, "Burak Deniz", NULL);
  assert_non_null(e);
  assert_false(kgb_test_named(e, "Dilan Çiçek Deniz"));
  assert_false(kgb_test_named(e, "Deniz"));
  kgb_doc_result_free(doc);
}

/* ---- the rule language: window = 2 ------------------------------------ */

static void window_rules_span_two_sentences(void **state) {
  (void)state;
  char *dir = kgb_test_tmpdir();
  KgbBuf path = {0};
  assert_int_equal(kgb_buf_printf(&path, "%s/w.rules", dir), KGB_OK);
  const char *bad = "[w]\nwindow = 3\nmatch = o:<City> \".\"\nemit = "
                    "WORK filmedIn o\n";
  kgb_test_write(path.data, bad, strlen(bad));
  KgbRules *r = NULL;
  char *err = NULL;
  assert_int_equal(kgb_rules_new_default(&r, &err), KGB_OK);
  assert_int_equal(kgb_rules_load_dir(r, dir, &err), KGB_ERR_PARSE);
  assert_non_null(strstr(err, "w.rules:2:"));
  assert_non_null(strstr(err, "window"));
  free(err);
  err = NULL;
  /* a rule whose match crosses the full stop: only with window = 2 */
  const char *good = "[w]\nwindow = 2\nmatch = o:<City> \"rocks\" \".\" "
                     "s:<Title> \"rolls\"\nemit = s filmedIn o\n"
                     "type = s Work\n";
  kgb_test_write(path.data, good, strlen(good));
  assert_int_equal(kgb_rules_load_dir(r, dir, &err), KGB_OK);
  KgbExtractor *ex = NULL;
  KgbDocResult *doc = NULL;
  const char *text = "Oslo rocks. ‘Blue Fjord’ rolls on.";
  assert_int_equal(kgb_extractor_new(r, &ex), KGB_OK);
  assert_int_equal(kgb_extractor_run(ex, "w.txt", text, strlen(text), &doc),
                   KGB_OK);
  YES(doc, "Blue Fjord", "filmedIn", "Oslo");
  kgb_doc_result_free(doc);
  kgb_extractor_free(ex);
  kgb_rules_free(r);
  kgb_buf_free(&path);
  kgb_test_rmdir(dir);
}

/* ---- towns in a named province; a place that "has hosted" works; filming
 * between dates, then places; soundstages -------------------------------- */

static void provinces_hosts_and_stages(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Salt Roads’ is a drama directed by Nadia Voss. Principal photography "
      "took place between March and May 2021 in Austria, chiefly in "
      "Kellbach and Ostrau in the province of Vennmark. Interiors were built "
      "on soundstages at Nordlicht Studios.");
  YES(doc, "Salt Roads", "filmedIn", "Austria");
  YES(doc, "Salt Roads", "filmedIn", "Kellbach");
  YES(doc, "Kellbach", "locatedIn", "Vennmark");
  YES(doc, "Ostrau", "locatedIn", "Vennmark");
  YES(doc, "Salt Roads", "filmedIn", "Nordlicht Studios");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Glass Harbour’ is a thriller by Ida Brant. Since then Tarnów "
      "has become a busy filming hub and has hosted productions "
      "such as ‘Night Ferry’ and ‘Cold Season’.");
  YES(doc, "Night Ferry", "filmedIn", "Tarnów");
  YES(doc, "Cold Season", "filmedIn", "Tarnów");
  kgb_doc_result_free(doc);

  /* a set built on a soundstage is where the film was shot */
  doc = kgb_test_sentence(
      "‘Glass Harbour’ is a thriller by Ida Brant. Her flat was "
      "built on a soundstage in Lyon.");
  YES(doc, "Glass Harbour", "filmedIn", "Lyon");
  kgb_doc_result_free(doc);
}

/* ---- fourth round: actors in review prose, encyclopedic credits --------- */

static void review_actor_role_shapes(void **state) {
  (void)state;
  /* "X plays their father, Y": "their" is not the actor */
  KgbDocResult *doc = kgb_test_sentence(
      "‘Copper Bells’ is a drama series. Ilka, who is played by Runa Falk, "
      "is Tove’s older sister. Oskar Brandt plays their father, Henrik, a "
      "retired sailor who rarely leaves his flat.");
  YES(doc, "Henrik", "playedBy", "Oskar Brandt");
  YES(doc, "Copper Bells", "starring", "Oskar Brandt");
  CLASS(doc, "Oskar Brandt", "Person");
  NO(doc, "Oskar Brandt", "hasParent", "Henrik");
  NO(doc, "Copper Bells", "hasCharacter", "Oskar Brandt");
  kgb_doc_result_free(doc);

  /* "X, who plays Y, …" and "X, who plays the patriarch, Y, …" */
  doc = kgb_test_sentence(
      "‘Stone Orchard’ is a 2022 drama film. Declan Roe, who plays "
      "Fergal, gives a fine performance. At its centre is Amira "
      "Haddad, who plays the matriarch, Safiya, a baker.");
  YES(doc, "Fergal", "playedBy", "Declan Roe");
  YES(doc, "Safiya", "playedBy", "Amira Haddad");
  YES(doc, "Stone Orchard", "starring", "Amira Haddad");
  CLASS(doc, "Declan Roe", "Person");
  CLASS(doc, "Fergal", "Character");
  NO(doc, "Stone Orchard", "hasCharacter", "Declan Roe");
  kgb_doc_result_free(doc);

  /* "X is excellent as Y's mother, Z"; "X as Y's sharp-tongued aunt, Z";
   * "newcomer X, as A and B's daughter, Z, is …" */
  doc = kgb_test_sentence(
      "‘Wind Mill’ is a 2021 comedy film. Greta Holm is excellent as "
      "Pavel’s mother, Vera, a retired judge. The scene-stealer is Lotte "
      "Varga as Pavel’s sharp-tongued aunt, Irma. Newcomer Mila Sorn, as "
      "Pavel and Vera’s teenage daughter, Nika, is a real discovery.");
  YES(doc, "Vera", "playedBy", "Greta Holm");
  YES(doc, "Irma", "playedBy", "Lotte Varga");
  YES(doc, "Nika", "playedBy", "Mila Sorn");
  YES(doc, "Wind Mill", "starring", "Mila Sorn");
  NO(doc, "Pavel", "playedBy", "Greta Holm");
  NO(doc, "Wind Mill", "starring", "Pavel");
  kgb_doc_result_free(doc);

  /* "X is wasted as Y, the smug record producer …": Y stays a character */
  doc = kgb_test_sentence(
      "‘Blue Hour’ is a 2020 drama series. Teo Marsh is wasted as "
      "Ruben, the smug record producer Lina briefly dates.");
  YES(doc, "Ruben", "playedBy", "Teo Marsh");
  CLASS(doc, "Ruben", "Character");
  CLASS(doc, "Teo Marsh", "Person");
  kgb_doc_result_free(doc);

  /* "Y, a vet played by X" */
  doc =
      kgb_test_sentence("‘Low Field’ is a 2019 drama film. A subplot involving "
                        "Brona, a vet played by Aoife Lane, goes nowhere.");
  YES(doc, "Brona", "playedBy", "Aoife Lane");
  YES(doc, "Low Field", "starring", "Aoife Lane");
  NO(doc, "Aoife Lane", "playedBy", "Brona");
  kgb_doc_result_free(doc);

  /* a cast-list line with seasons in brackets */
  doc = kgb_test_sentence(
      "‘Old Quarter’ is a Polish drama series.\n\nCast\n\nTomasz "
      "Wilk as Jurek (seasons 1–2)\nEwa Lis as Hanka\n");
  YES(doc, "Jurek", "playedBy", "Tomasz Wilk");
  YES(doc, "Old Quarter", "starring", "Tomasz Wilk");
  NO(doc, "Old Quarter", "hasCharacter", "Tomasz Wilk");
  kgb_doc_result_free(doc);
}

static void encyclopedic_credits_fourth_round(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Grey Ferry’ (Polish: Szary prom na rzece) is a Polish drama "
      "television series created by screenwriter Hanna Wolak. It was "
      "produced by Jan Mroz for the Gdańsk-based Morska Film, in "
      "co-production with the Kraków company Wawel Obraz. It was directed "
      "by Adam Kos (season 1) and Lena Bury (season 2). With a reported "
      "budget of 30 million złoty, it is one of the most expensive series "
      "ever made. It was later made available internationally by Netflix.");
  YES(doc, "Grey Ferry", "originalTitle", "Szary prom na rzece");
  NO(doc, "Grey Ferry", "originalTitle", "Szary");
  YES(doc, "Grey Ferry", "createdBy", "Hanna Wolak");
  YES(doc, "Grey Ferry", "producedBy", "Morska Film");
  YES(doc, "Grey Ferry", "producedBy", "Wawel Obraz");
  YES(doc, "Grey Ferry", "directedBy", "Adam Kos");
  YES(doc, "Grey Ferry", "directedBy", "Lena Bury");
  YES(doc, "Grey Ferry", "budget", "30000000 PLN");
  YES(doc, "Grey Ferry", "distributedBy", "Netflix");
  NO(doc, "Grey Ferry", "createdBy", "Jan Mroz");
  NO(doc, "Grey Ferry", "producedBy", "Kraków");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dry Season’ is a 2018 drama film. The film was distributed in "
      "Greece by Argo Verleih and in Cyprus by Kypros Vision. Its sequel is "
      "now streaming on Vidora, and it grossed ₦40 million.");
  YES(doc, "Dry Season", "distributedBy", "Argo Verleih");
  YES(doc, "Dry Season", "distributedBy", "Kypros Vision");
  YES(doc, "Dry Season", "distributedBy", "Vidora");
  YES(doc, "Dry Season", "grossRevenue", "40000000 NGN");
  CLASS(doc, "Vidora", "Organization");
  NO(doc, "Dry Season", "distributedBy", "Greece");
  kgb_doc_result_free(doc);

  /* a network's time slot: broadcast, not distribution */
  doc = kgb_test_sentence(
      "BBC One’s new Sunday-night drama ‘Tidewater’ opens with a "
      "storm. Created by novelist Rhian Pugh, it follows a "
      "lighthouse keeper.");
  YES(doc, "Tidewater", "broadcastBy", "BBC One");
  YES(doc, "Tidewater", "createdBy", "Rhian Pugh");
  NO(doc, "Tidewater", "distributedBy", "BBC One");
  kgb_doc_result_free(doc);
}

static void cast_stars_as_and_gapping(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Red Canyon’ is a 2022 western film. The film stars Tomasz Gil as "
      "Ruben, a miner, and Ada Frey as his daughter Mira. Nils Berg leads "
      "the cast as Corvin, a drifter. Oona Vik stars as Lise. Kai Dor, the "
      "actor, plays Jonas. Petra Lind is played by Eda Sarp, and Jonas by "
      "Ugo Ferri.");
  YES(doc, "Mira", "playedBy", "Ada Frey");
  CLASS(doc, "Ada Frey", "Person");
  NO(doc, "Ada Frey", "hasChild", "Mira");
  YES(doc, "Corvin", "playedBy", "Nils Berg");
  YES(doc, "Lise", "playedBy", "Oona Vik");
  YES(doc, "Red Canyon", "starring", "Oona Vik");
  YES(doc, "Jonas", "playedBy", "Kai Dor");
  YES(doc, "Jonas", "playedBy", "Ugo Ferri");
  YES(doc, "Petra Lind", "playedBy", "Eda Sarp");
  NO(doc, "Red Canyon", "hasCharacter", "Kai Dor");
  NO(doc, "Red Canyon", "starring", "Lise");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Blue Cove’ is a drama series. It stars newcomer Lia Moura alongside "
      "the veteran actor João Pires, with Rui Sal appearing as the "
      "brothers’ sharp-tongued aunt, Odete.");
  YES(doc, "Blue Cove", "starring", "Lia Moura");
  YES(doc, "Blue Cove", "starring", "João Pires");
  YES(doc, "Odete", "playedBy", "Rui Sal");
  NO(doc, "Blue Cove", "starring", "Odete");
  kgb_doc_result_free(doc);
}

static void genre_in_appositions_and_before_titles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Few stories travel as well as ‘Tide Line’ (‘Linha da Maré’), the "
      "Brazilian coming-of-age drama directed by Caio Reis.");
  YES(doc, "Tide Line", "genre", "coming-of-age drama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Critics were kind. ITV’s coastal thriller ‘Salt Flats’ has "
      "been a surprise hit. Make the most of it.");
  YES(doc, "Salt Flats", "genre", "thriller");
  NO(doc, "Salt Flats", "genre", "of");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Cold Water’ (Greek: Krio Nero) is a 2018 Danish-Swedish "
      "crime drama film directed by Eleni Pappas.");
  YES(doc, "Cold Water", "genre", "crime drama");
  YES(doc, "Cold Water", "originalTitle", "Krio Nero");
  kgb_doc_result_free(doc);

  /* the romance between two characters is no genre of a work named later */
  doc = kgb_test_sentence(
      "‘Low Tide’ is a film directed by Eva Lund. The romance "
      "between Ana and Rui "
      "stalls.");
  NO(doc, "Low Tide", "genre", "romance");
  kgb_doc_result_free(doc);
}

static void original_title_the_foreign_one(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Kanal 9’s drama ‘Tuz Değirmeni’ (‘The Salt "
                        "Mill’) is directed by Ayşe Kor.");
  YES(doc, "Tuz Değirmeni", "originalTitle", "Tuz Değirmeni");
  NO(doc, "Tuz Değirmeni", "originalTitle", "The Salt Mill");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Few series are as warm as ‘The Paper Boats’ (‘Umi "
                          "Kaze’), directed by Aiko Sato.");
  YES(doc, "The Paper Boats", "originalTitle", "Umi Kaze");
  NO(doc, "The Paper Boats", "originalTitle", "The Paper Boats");
  kgb_doc_result_free(doc);

  /* two English titles: neither is the original */
  doc = kgb_test_sentence(
      "Fans of ‘Night Birds’ (‘Dark Wings’ in Canada) and of "
      "‘Cold Rooms’ (‘Winter House’), directed by Ian Bell, agree.");
  NO(doc, "Cold Rooms", "originalTitle", "Winter House");
  NO(doc, "Cold Rooms", "originalTitle", "Cold Rooms");
  kgb_doc_result_free(doc);
}

static void review_credit_shapes(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Low Harbour’ has been sitting in Netflix’s top ten for a month. "
      "Writer-director Ana Lind has a good eye. The score, by Ola Berg, is "
      "sparse.");
  YES(doc, "Low Harbour", "distributedBy", "Netflix");
  YES(doc, "Low Harbour", "directedBy", "Ana Lind");
  YES(doc, "Low Harbour", "writtenBy", "Ana Lind");
  YES(doc, "Low Harbour", "musicBy", "Ola Berg");
  NO(doc, "Low Harbour", "musicBy", "Ana Lind");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Quiet films travel well, and ‘Far Shore’ (‘Uzak Kıyı’), "
      "Deniz Ulu’s gentle drama set in a port town, is no "
      "exception. It became one of Hulu’s most-watched films.");
  YES(doc, "Far Shore", "directedBy", "Deniz Ulu");
  YES(doc, "Far Shore", "originalTitle", "Uzak Kıyı");
  YES(doc, "Far Shore", "distributedBy", "Hulu");
  CLASS(doc, "Deniz Ulu", "Person");
  kgb_doc_result_free(doc);

  /* an organisation's drama is not directed by it */
  doc = kgb_test_sentence(
      "‘Cold Bay’, Netflix’s new drama set in Oslo, is directed by "
      "Per Moe.");
  NO(doc, "Cold Bay", "directedBy", "Netflix");
  YES(doc, "Cold Bay", "directedBy", "Per Moe");
  kgb_doc_result_free(doc);
}

static void ensemble_and_crew_types(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Grey Coast’ is a thriller series. Emre Tok leads the cast as Ilyas, "
      "with Dilan Ak and the Georgian actor Levan Beridze rounding out the "
      "ensemble. The production design, by Mona Saad, is superb.");
  YES(doc, "Ilyas", "playedBy", "Emre Tok");
  YES(doc, "Grey Coast", "starring", "Dilan Ak");
  YES(doc, "Grey Coast", "starring", "Levan Beridze");
  CLASS(doc, "Levan Beridze", "Person");
  CLASS(doc, "Mona Saad", "Person");
  NO(doc, "Grey Coast", "starring", "Mona Saad");
  NO(doc, "Grey Coast", "hasCharacter", "Dilan Ak");
  kgb_doc_result_free(doc);

  /* what opens in cinemas is a film */
  doc = kgb_test_sentence(
      "‘Dry Creek’ premiered at a festival in May and opens in "
      "Irish cinemas on 14 March 2025, distributed by Argo Films.");
  CLASS(doc, "Dry Creek", "Film");
  YES(doc, "Dry Creek", "releaseDate", "2025-03-14");
  kgb_doc_result_free(doc);
}

static void release_dates_platforms_and_festivals(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Quiet Rooms’ is a Spanish mystery series that landed on Netflix on "
      "17 May 2023. Ana, its heroine, arrived in Madrid in 1990.");
  YES(doc, "Quiet Rooms", "releaseDate", "2023-05-17");
  NO(doc, "Quiet Rooms", "releaseDate", "1990");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Iron Clock’ is a 2019 drama film directed by Ece Tan. The film "
      "premiered in the Forum section of the 70th Berlin International Film "
      "Festival on 21 February 2020 and was released theatrically in Turkey "
      "on 6 March 2020.");
  YES(doc, "Iron Clock", "releaseDate", "2020-02-21");
  YES(doc, "Iron Clock", "releaseDate", "2020-03-06");
  kgb_doc_result_free(doc);
}

static void births_in_unknown_towns_and_crew_lists(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Glass Bay’ is a drama series. Jolanta Brzęk-Nowy (born 17 May 1975 "
      "in Zgorzelno) is a screenwriter.");
  YES(doc, "Jolanta Brzęk-Nowy", "birthDate", "1975-05-17");
  YES(doc, "Jolanta Brzęk-Nowy", "birthPlace", "Zgorzelno");
  CLASS(doc, "Jolanta Brzęk-Nowy", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Hill’ is a 2012 film. Music for the film was by Ivo "
      "Marr, and Lea Sorn served as director of photography.");
  YES(doc, "Salt Hill", "musicBy", "Ivo Marr");
  NO(doc, "Salt Hill", "musicBy", "Lea Sorn");
  YES(doc, "Salt Hill", "cinematographyBy", "Lea Sorn");
  kgb_doc_result_free(doc);
}

static void based_on_titled_sources(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘The Iron Bell’ (Turkish: Demir Çan) is a 2018 drama film directed by "
      "Ali Cem. Based on the 2011 novel The Bellmaker’s Son (Çancının Oğlu) "
      "by Nur Efe, it stars Ece Gül and Okan Tan.");
  YES(doc, "The Iron Bell", "basedOn", "Çancının Oğlu");
  YES(doc, "Çancının Oğlu", "writtenBy", "Nur Efe");
  CLASS(doc, "Çancının Oğlu", "Work");
  YES(doc, "The Iron Bell", "starring", "Ece Gül");
  YES(doc, "The Iron Bell", "starring", "Okan Tan");
  NO(doc, "Çancının Oğlu", "starring", "Ece Gül");
  NO(doc, "The Iron Bell", "starring", "Çancının Oğlu");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Grey Water’ is a 2015 drama film. It is based on the 2009 "
      "novel ‘Still Water’ by Jan Ek.");
  YES(doc, "Grey Water", "basedOn", "Still Water");
  YES(doc, "Still Water", "writtenBy", "Jan Ek");
  NO(doc, "Grey Water", "writtenBy", "Jan Ek");
  kgb_doc_result_free(doc);
}

static void infobox_field_lines(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Salt Harbour’ is a 2017 thriller film.\n\nDirected by: Mira Hask\n"
      "Written by: Mira Hask, Teo Lund\nStarring: Ola Brek, Ines Vaz\n"
      "Music by: Ivo Marr\nCinematography: Keiko Mori\nEdited by: Sam Orr\n"
      "Production company: Kestrel Films\nDistributed by: Argo Pictures\n"
      "Release date: 12 March 2017\nRunning time: 98 minutes\n"
      "Language: Danish\nBudget: €4 million\nBox office: $9.5 million\n");
  YES(doc, "Salt Harbour", "directedBy", "Mira Hask");
  YES(doc, "Salt Harbour", "writtenBy", "Teo Lund");
  YES(doc, "Salt Harbour", "starring", "Ines Vaz");
  YES(doc, "Salt Harbour", "musicBy", "Ivo Marr");
  YES(doc, "Salt Harbour", "cinematographyBy", "Keiko Mori");
  YES(doc, "Salt Harbour", "editedBy", "Sam Orr");
  YES(doc, "Salt Harbour", "producedBy", "Kestrel Films");
  YES(doc, "Salt Harbour", "distributedBy", "Argo Pictures");
  YES(doc, "Salt Harbour", "releaseDate", "2017-03-12");
  YES(doc, "Salt Harbour", "runtime", "98");
  YES(doc, "Salt Harbour", "inLanguage", "Danish");
  YES(doc, "Salt Harbour", "budget", "4000000 EUR");
  YES(doc, "Salt Harbour", "grossRevenue", "9500000");
  CLASS(doc, "Argo Pictures", "Organization");
  NO(doc, "Salt Harbour", "starring", "Mira Hask");
  NO(doc, "Salt Harbour", "directedBy", "Teo Lund");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Grey Sun’ is a 2020 drama film directed by Ada Kos. Its "
      "original title, Kal, was dropped before release. The "
      "working title, Moss, was worse.");
  YES(doc, "Grey Sun", "originalTitle", "Kal");
  NO(doc, "Grey Sun", "originalTitle", "Moss");
  kgb_doc_result_free(doc);
}

static void review_roles_fifth_round(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Late Apples’ is a 2021 drama film directed by Vera Sand. Mikkel Lund "
      "stars as Anders, a widowed farmer, opposite Rikke Ek as his "
      "sister-in-law, Karen. Lone Dahl turns in a strong performance as "
      "Anders’s mother, Gudrun. The role of Karen’s husband, Niels, went to "
      "Bo Strand. Per Ravn rounds out the cast as the doctor.");
  YES(doc, "Anders", "playedBy", "Mikkel Lund");
  CLASS(doc, "Mikkel Lund", "Person");
  YES(doc, "Karen", "playedBy", "Rikke Ek");
  YES(doc, "Gudrun", "playedBy", "Lone Dahl");
  YES(doc, "Niels", "playedBy", "Bo Strand");
  YES(doc, "Late Apples", "starring", "Per Ravn");
  NO(doc, "Late Apples", "hasCharacter", "Mikkel Lund");
  NO(doc, "Anders", "playedBy", "Lone Dahl");
  NO(doc, "Karen", "playedBy", "Bo Strand");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Cold Orchard’ is a 2019 drama film directed by Ane Vik. It was "
      "released in Danish cinemas on 4 November 2019 by Nordlys "
      "Entertainment. Made for about €3 million, it was adapted from Kasper "
      "Moe’s novel ‘Winter Fruit’.");
  YES(doc, "Cold Orchard", "distributedBy", "Nordlys Entertainment");
  YES(doc, "Cold Orchard", "releaseDate", "2019-11-04");
  YES(doc, "Cold Orchard", "budget", "3000000 EUR");
  YES(doc, "Cold Orchard", "basedOn", "Winter Fruit");
  YES(doc, "Winter Fruit", "writtenBy", "Kasper Moe");
  NO(doc, "Cold Orchard", "writtenBy", "Kasper Moe");
  NO(doc, "Cold Orchard", "distributedBy", "Ane Vik");
  kgb_doc_result_free(doc);
}

static void series_page_credits(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Glass Harbour’ is a Norwegian crime drama television series created "
      "by Siri Lunde. It is distributed internationally by Vidora. The score "
      "was written by Ola Kvern, and the screenplay was written by Eva Strand. "
      "Each episode runs approximately 45 minutes.");
  YES(doc, "Glass Harbour", "distributedBy", "Vidora");
  CLASS(doc, "Vidora", "Organization");
  YES(doc, "Glass Harbour", "musicBy", "Ola Kvern");
  NO(doc, "Glass Harbour", "writtenBy", "Ola Kvern");
  YES(doc, "Glass Harbour", "writtenBy", "Eva Strand");
  YES(doc, "Glass Harbour", "runtime", "45");
  kgb_doc_result_free(doc);
}

static void cast_sixth_round(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Stone Creek’ is a 2022 drama series. Kemal (played by Baran Ok) is a "
      "fisherman. Lale, played by Eda Sur, is his wife. Supporting roles are "
      "played by Tolga Sin and Nur Dal. Selçuk Ak impresses as Murat. Ezgi "
      "Tan, in the role of Defne, is the show’s revelation. Also starring "
      "are Cem Yurt and Mert Dil.");
  YES(doc, "Kemal", "playedBy", "Baran Ok");
  YES(doc, "Lale", "playedBy", "Eda Sur");
  CLASS(doc, "Eda Sur", "Person");
  NO(doc, "Stone Creek", "hasCharacter", "Eda Sur");
  YES(doc, "Stone Creek", "starring", "Tolga Sin");
  YES(doc, "Stone Creek", "starring", "Nur Dal");
  YES(doc, "Murat", "playedBy", "Selçuk Ak");
  YES(doc, "Defne", "playedBy", "Ezgi Tan");
  YES(doc, "Stone Creek", "starring", "Cem Yurt");
  YES(doc, "Stone Creek", "starring", "Mert Dil");
  NO(doc, "Stone Creek", "starring", "Kemal");
  NO(doc, "Stone Creek", "starring", "Defne");
  kgb_doc_result_free(doc);
}

static void money_suffixes_and_lifespans(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Rain Letters’ is a 2019 Indian drama film directed by Anu Rao. It "
      "cost £3m and grossed $1.2bn. Mira Das (1950–2020) was an Indian "
      "actress. Ravi Sen (12 May 1931 – 3 June 2001) wrote the songs.");
  YES(doc, "Rain Letters", "budget", "3000000 GBP");
  YES(doc, "Rain Letters", "grossRevenue", "1200000000");
  YES(doc, "Mira Das", "birthDate", "1950");
  YES(doc, "Ravi Sen", "birthDate", "1931-05-12");
  NO(doc, "Ravi Sen", "birthDate", "2001-06-03");
  kgb_doc_result_free(doc);

  /* a series' run is no one's life */
  doc = kgb_test_sentence(
      "‘Salt Days’ is a drama film directed by Ines Ruiz. Critics "
      "preferred the series Copper Lines (2019–2021).");
  NO(doc, "Copper Lines", "birthDate", "2019");
  kgb_doc_result_free(doc);
}

static void based_on_novel_of_the_same_name(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Grey Shore’ is a Polish drama television series created by Ewa Lis, "
      "based on the 2009 novel of the same name by Jan Ek. It was directed "
      "by Ola Brun.");
  YES(doc, "Grey Shore", "basedOn", "Grey Shore (novel)");
  YES(doc, "Grey Shore (novel)", "writtenBy", "Jan Ek");
  CLASS(doc, "Grey Shore (novel)", "Work");
  NO(doc, "Grey Shore", "writtenBy", "Jan Ek");
  NO(doc, "Grey Shore", "basedOn", "Grey Shore");
  kgb_doc_result_free(doc);

  /* "Veteran X", "Newcomer X" opening a sentence: the word is no part of
   * the name */
  doc = kgb_test_sentence(
      "‘Red Sky’ is a 2020 film. Veteran Tomas Berg plays Hugo, a "
      "miner. Newcomer Ana Vik plays Lise.");
  YES(doc, "Hugo", "playedBy", "Tomas Berg");
  YES(doc, "Lise", "playedBy", "Ana Vik");
  NO(doc, "Hugo", "playedBy", "Veteran Tomas Berg");
  kgb_doc_result_free(doc);
}

static void genre_noun_naming_the_work(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Few films look as Roman as ‘Night Train to Ostia’, yet the thriller "
      "was shot in Budapest. Director Ana Vlk keeps it tight.");
  YES(doc, "Night Train to Ostia", "genre", "thriller");
  kgb_doc_result_free(doc);

  /* a genre noun right before the title it names */
  doc = kgb_test_sentence(
      "Critics agree. The Ghanaian comedy ‘Market Days’ has been "
      "sitting in Netflix’s top ten for a month.");
  YES(doc, "Market Days", "genre", "comedy");
  YES(doc, "Market Days", "distributedBy", "Netflix");
  kgb_doc_result_free(doc);

  /* "the drama between two sisters" is the story's, not the work's kind */
  doc = kgb_test_sentence(
      "‘Summer Lanes’ is a film directed by Ola Berg. The comedy "
      "between the two sisters never lands.");
  NO(doc, "Summer Lanes", "genre", "comedy");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_prod[] = {
    cmocka_unit_test(window_rules_span_two_sentences),
    cmocka_unit_test_setup(filmed_in_country_then_city, kgb_test_rules_setup),
    cmocka_unit_test_setup(set_in_is_not_filmed_in, kgb_test_rules_setup),
    cmocka_unit_test_setup(negated_filming_place, kgb_test_rules_setup),
    cmocka_unit_test_setup(place_hosted_list_same_sentence,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(place_hosted_list_next_sentence,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(place_nominal_reference, kgb_test_rules_setup),
    cmocka_unit_test_setup(landmark_name_shapes, kgb_test_rules_setup),
    cmocka_unit_test_setup(rivers_and_towns_from_context, kgb_test_rules_setup),
    cmocka_unit_test_setup(place_appositions_in_place, kgb_test_rules_setup),
    cmocka_unit_test_setup(genre_noun_alone, kgb_test_rules_setup),
    cmocka_unit_test_setup(review_statements, kgb_test_rules_setup),
    cmocka_unit_test_setup(works_shot_in_the_city, kgb_test_rules_setup),
    cmocka_unit_test_setup(crew_moves_between_cities, kgb_test_rules_setup),
    cmocka_unit_test_setup(filming_between_months, kgb_test_rules_setup),
    cmocka_unit_test_setup(two_works_two_places, kgb_test_rules_setup),
    cmocka_unit_test_setup(relative_clause_and_parentheses,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(plays_and_as, kgb_test_rules_setup),
    cmocka_unit_test_setup(cast_lists, kgb_test_rules_setup),
    cmocka_unit_test_setup(cast_list_lines, kgb_test_rules_setup),
    cmocka_unit_test_setup(filmography_negation, kgb_test_rules_setup),
    cmocka_unit_test_setup(encyclopedic_lead, kgb_test_rules_setup),
    cmocka_unit_test_setup(titled_article_lead, kgb_test_rules_setup),
    cmocka_unit_test_setup(location_piece_phrasings, kgb_test_rules_setup),
    cmocka_unit_test_setup(review_cast_phrasings, kgb_test_rules_setup),
    cmocka_unit_test_setup(encyclopedic_second_round, kgb_test_rules_setup),
    cmocka_unit_test_setup(crew_served_as, kgb_test_rules_setup),
    cmocka_unit_test_setup(producers_and_companies, kgb_test_rules_setup),
    cmocka_unit_test_setup(directors_active_and_possessive,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(series_creator_broadcaster, kgb_test_rules_setup),
    cmocka_unit_test_setup(original_title_and_language, kgb_test_rules_setup),
    cmocka_unit_test_setup(runtimes, kgb_test_rules_setup),
    cmocka_unit_test_setup(money, kgb_test_rules_setup),
    cmocka_unit_test_setup(release_dates_with_context_year,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(births_and_deaths, kgb_test_rules_setup),
    cmocka_unit_test_setup(born_sentence_initial, kgb_test_rules_setup),
    cmocka_unit_test_setup(provinces_hosts_and_stages, kgb_test_rules_setup),
    cmocka_unit_test_setup(surname_not_merged_when_ambiguous,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(review_actor_role_shapes, kgb_test_rules_setup),
    cmocka_unit_test_setup(encyclopedic_credits_fourth_round,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(cast_stars_as_and_gapping, kgb_test_rules_setup),
    cmocka_unit_test_setup(genre_in_appositions_and_before_titles,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(original_title_the_foreign_one,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(review_credit_shapes, kgb_test_rules_setup),
    cmocka_unit_test_setup(ensemble_and_crew_types, kgb_test_rules_setup),
    cmocka_unit_test_setup(release_dates_platforms_and_festivals,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(births_in_unknown_towns_and_crew_lists,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(based_on_titled_sources, kgb_test_rules_setup),
    cmocka_unit_test_setup(infobox_field_lines, kgb_test_rules_setup),
    cmocka_unit_test_setup(review_roles_fifth_round, kgb_test_rules_setup),
    cmocka_unit_test_setup(series_page_credits, kgb_test_rules_setup),
    cmocka_unit_test_setup(cast_sixth_round, kgb_test_rules_setup),
    cmocka_unit_test_setup(money_suffixes_and_lifespans, kgb_test_rules_setup),
    cmocka_unit_test_setup(based_on_novel_of_the_same_name,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(genre_noun_naming_the_work, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_prod_count =
    sizeof kgb_tests_sentences_prod / sizeof kgb_tests_sentences_prod[0];
