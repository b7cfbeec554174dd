/* test_sentences_xenc5.c: credits, titles, genres, languages, sources,
 * settings, cast, distribution and birth places as encyclopedic pages and
 * reviews write them, on sentences written for these tests. Each test
 * asserts the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "X wrote and directed the film", "X's debut feature", an actor's screen
 * debut is no direction, "did not write and direct" */
static void wrote_and_directed(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Salt Bells’ is a 2018 Chilean drama film. "
                        "Ines Rojas wrote and directed the film.");
  YES(doc, "Salt Bells", "directedBy", "Ines Rojas");
  YES(doc, "Salt Bells", "writtenBy", "Ines Rojas");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Bells’ is a 2018 drama film. Pablo Ferrer directed "
      "and co-wrote it. It is also Ferrer's debut feature.");
  YES(doc, "Salt Bells", "directedBy", "Pablo Ferrer");
  YES(doc, "Salt Bells", "writtenBy", "Pablo Ferrer");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Bells’ is a 2018 drama series. Ines Rojas writes and "
      "directs all six episodes.");
  YES(doc, "Salt Bells", "directedBy", "Ines Rojas");
  YES(doc, "Salt Bells", "writtenBy", "Ines Rojas");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Bells’ is a 2018 drama film directed by Ines Rojas. "
      "It marked Tomás Vidal's screen debut.");
  YES(doc, "Salt Bells", "directedBy", "Ines Rojas");
  NO(doc, "Salt Bells", "directedBy", "Tomás Vidal");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Bells’ is a 2018 drama film. It was not directed by "
      "Ines Rojas. Its heroine, Rojas, is a baker.");
  NO(doc, "Salt Bells", "directedBy", "Ines Rojas");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Salt Bells’ is a 2018 drama film. Ines Rojas did not "
                        "write and direct the film.");
  NO(doc, "Salt Bells", "directedBy", "Ines Rojas");
  NO(doc, "Salt Bells", "writtenBy", "Ines Rojas");
  kgb_doc_result_free(doc);
}

/* screenplays by two, scripts written together, episodes split between
 * directors */
static void shared_credits(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Harbour Ghosts’ is a 2020 thriller film. The screenplay, by "
      "Oona Virtanen and Mikko Laine, won an award.");
  YES(doc, "Harbour Ghosts", "writtenBy", "Oona Virtanen");
  YES(doc, "Harbour Ghosts", "writtenBy", "Mikko Laine");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Harbour Ghosts’ is a 2020 thriller series. Oona Virtanen "
      "and Mikko Laine wrote the scripts together.");
  YES(doc, "Harbour Ghosts", "writtenBy", "Oona Virtanen");
  YES(doc, "Harbour Ghosts", "writtenBy", "Mikko Laine");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Harbour Ghosts’ is a 2020 thriller series. Oona Virtanen "
      "directed the first four episodes and Mikko Laine the rest.");
  YES(doc, "Harbour Ghosts", "directedBy", "Oona Virtanen");
  YES(doc, "Harbour Ghosts", "directedBy", "Mikko Laine");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Harbour Ghosts’ is a 2020 thriller series. Mikko Laine "
      "helmed episodes 1 to 3, while Oona Virtanen directed the "
      "finale.");
  YES(doc, "Harbour Ghosts", "directedBy", "Oona Virtanen");
  YES(doc, "Harbour Ghosts", "directedBy", "Mikko Laine");
  kgb_doc_result_free(doc);
}

/* companies of a co-production; a producer working for a company */
static void co_productions(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Harbour Ghosts’ is a 2020 thriller film. It is a co-production "
      "between Kettle Films and Marea Cine, with support from the state.");
  YES(doc, "Harbour Ghosts", "producedBy", "Kettle Films");
  YES(doc, "Harbour Ghosts", "producedBy", "Marea Cine");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Harbour Ghosts’ is a 2020 thriller film produced by Ada "
      "Kovac for Kettle Films in association with Marea Cine.");
  YES(doc, "Harbour Ghosts", "producedBy", "Ada Kovac");
  YES(doc, "Harbour Ghosts", "producedBy", "Kettle Films");
  YES(doc, "Harbour Ghosts", "producedBy", "Marea Cine");
  kgb_doc_result_free(doc);
}

/* is the work's original title @p title among its labels? */
static void has_label(KgbDocResult *doc, const char *work, const char *alt) {
  const KgbEntity *e = kgb_test_entity(doc, alt, NULL);
  assert_non_null(e);
  assert_string_equal(e->label, work);
}

/* an original title in brackets, in sentence case and quoted once: a value
 * and another name of the work */
static void original_titles_in_brackets(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘The Quiet Pier’ (Polish: ‘Cichy pomost’) "
                        "is a 2019 drama film.");
  YES(doc, "The Quiet Pier", "originalTitle", "Cichy pomost");
  has_label(doc, "The Quiet Pier", "Cichy pomost");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Quiet Pier’ (original title: ‘Cichy pomost’) is a "
      "2019 drama film.");
  YES(doc, "The Quiet Pier", "originalTitle", "Cichy pomost");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Quiet Pier’ (in Polish, ‘Cichy pomost’) is a 2019 "
      "drama film.");
  YES(doc, "The Quiet Pier", "originalTitle", "Cichy pomost");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Winter Bees’ (‘Le api d’inverno’ in the original Italian) "
      "is a 2022 comedy film.");
  YES(doc, "Winter Bees", "originalTitle", "Le api d’inverno");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The 2022 comedy film ‘Le api d’inverno’ (English: ‘Winter "
      "Bees’) opened in Turin.");
  YES(doc, "Le api d’inverno", "originalTitle", "Le api d’inverno");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Vinterbier’ (in English, ‘Winter Bees’) is a 2022 "
                          "comedy film.");
  YES(doc, "Vinterbier", "originalTitle", "Vinterbier");
  NO(doc, "Vinterbier", "originalTitle", "Winter Bees");
  kgb_doc_result_free(doc);
}

/* a title the work has abroad, when it is no English one */
static void titles_abroad(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Winter Bees’ is a 2022 comedy film. It was "
                        "released in Italy as ‘Le api d’inverno’.");
  YES(doc, "Winter Bees", "originalTitle", "Le api d’inverno");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Winter Bees’ is a 2022 comedy film. In Spain it is known "
      "as ‘Abejas de invierno’.");
  YES(doc, "Winter Bees", "originalTitle", "Abejas de invierno");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Winter Bees’ is a 2022 comedy film. It was released in "
      "the United States as ‘Bees in Winter’.");
  NO(doc, "Winter Bees", "originalTitle", "Bees in Winter");
  kgb_doc_result_free(doc);
}

/* a genre noun with the words that narrow it, without the nationality,
 * the year or the writer's opinion */
static void genres_as_written(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Red Dust’ is an Australian outback noir "
                        "from 2017, directed by Cole Barker.");
  YES(doc, "Red Dust", "genre", "outback noir");
  NO(doc, "Red Dust", "genre", "noir");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Red Dust’ is a gripping, slow-burning psychological horror "
      "film directed by Cole Barker.");
  YES(doc, "Red Dust", "genre", "psychological horror");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Red Dust’ is a 2017 South Korean fantasy romance "
                          "television series.");
  YES(doc, "Red Dust", "genre", "fantasy romance");
  NO(doc, "Red Dust", "genre", "South Korean fantasy romance");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Cole Barker's ‘Red Dust’ is a moody coming-of-age drama "
      "set in Perth.");
  YES(doc, "Red Dust", "genre", "coming-of-age drama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Critics liked it, but ‘Red Dust’, the bittersweet romantic "
      "drama written by Cole Barker, flopped.");
  YES(doc, "Red Dust", "genre", "romantic drama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The 2017 Danish feel-good comedy ‘Red Dust’ opened in "
      "Aarhus. The 2018 mystery film ‘Blue Ash’ was directed by Cole "
      "Barker.");
  YES(doc, "Red Dust", "genre", "feel-good comedy");
  YES(doc, "Blue Ash", "genre", "mystery");
  kgb_doc_result_free(doc);
}

/* the language of the dialogue, not of the subtitles or the locations */
static void languages_spoken(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Dry Wells’ is a 2016 film in Spanish with "
                        "English subtitles.");
  YES(doc, "Dry Wells", "inLanguage", "Spanish");
  NO(doc, "Dry Wells", "inLanguage", "English");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dry Wells’ is a 2016 drama film. It was shot mostly in "
      "Moroccan Arabic and Tamazight.");
  YES(doc, "Dry Wells", "inLanguage", "Moroccan Arabic");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dry Wells’ is a 2016 drama series. The series, in Welsh "
      "and English, was a hit. The film is in Welsh.");
  YES(doc, "Dry Wells", "inLanguage", "Welsh");
  YES(doc, "Dry Wells", "inLanguage", "English");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dry Wells’ is a 2016 drama film. It was filmed in Irish "
      "pubs and in French Guiana.");
  NO(doc, "Dry Wells", "inLanguage", "Irish");
  NO(doc, "Dry Wells", "inLanguage", "French");
  kgb_doc_result_free(doc);
}

/* the source a work is inspired by or adapts, and its writer */
static void sources(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Dry Wells’ is a 2016 drama film inspired by "
                        "the 2004 book The Salt Year.");
  YES(doc, "Dry Wells", "basedOn", "The Salt Year");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dry Wells’ is a 2016 drama film. It is an adaptation of "
      "Hugo Baez's 2004 novel ‘The Salt Year’.");
  YES(doc, "Dry Wells", "basedOn", "The Salt Year");
  YES(doc, "The Salt Year", "writtenBy", "Hugo Baez");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dry Wells’ is a 2016 drama film inspired by the life of "
      "Frida Kahlo.");
  NO(doc, "Dry Wells", "basedOn", "Frida Kahlo");
  kgb_doc_result_free(doc);
}

/* where the story is set, places the gazetteer knows or not */
static void settings(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Dry Wells’ is a 2016 drama film. The story is set on Svalbard. The "
      "film takes place in and around Tromsø.");
  YES(doc, "Dry Wells", "setIn", "Svalbard");
  YES(doc, "Dry Wells", "setIn", "Tromsø");
  NO(doc, "Dry Wells", "filmedIn", "Tromsø");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dry Wells’ is a 2016 drama film set against the backdrop "
      "of Valparaíso.");
  YES(doc, "Dry Wells", "setIn", "Valparaíso");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dry Wells’ is a 2016 western set in the fictional town of "
      "Copper Gulch in Nevada.");
  YES(doc, "Dry Wells", "setIn", "Copper Gulch");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Dry Wells’ is a 2016 drama film. It is not set on "
                          "Svalbard.");
  NO(doc, "Dry Wells", "setIn", "Svalbard");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xenc5[] = {
    cmocka_unit_test_setup(wrote_and_directed, kgb_test_rules_setup),
    cmocka_unit_test_setup(shared_credits, kgb_test_rules_setup),
    cmocka_unit_test_setup(co_productions, kgb_test_rules_setup),
    cmocka_unit_test_setup(original_titles_in_brackets, kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_abroad, kgb_test_rules_setup),
    cmocka_unit_test_setup(genres_as_written, kgb_test_rules_setup),
    cmocka_unit_test_setup(languages_spoken, kgb_test_rules_setup),
    cmocka_unit_test_setup(sources, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xenc5_count =
    sizeof kgb_tests_sentences_xenc5 / sizeof kgb_tests_sentences_xenc5[0];

/* actors beside the lead, and actors with their characters */
static void cast_members(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Lamp Street’ is a 2015 comedy film. Rosa "
                        "Vidal leads the cast, alongside Emil Brandt.");
  YES(doc, "Lamp Street", "starring", "Rosa Vidal");
  YES(doc, "Lamp Street", "starring", "Emil Brandt");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Lamp Street’ is a 2015 comedy film. Rosa Vidal stars as "
      "Nena opposite Emil Brandt.");
  YES(doc, "Nena", "playedBy", "Rosa Vidal");
  YES(doc, "Lamp Street", "starring", "Emil Brandt");
  NO(doc, "Nena", "playedBy", "Emil Brandt");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Lamp Street’ is a 2015 comedy film. The film stars Rosa "
      "Vidal, with Emil Brandt in a small but vital role.");
  YES(doc, "Lamp Street", "starring", "Emil Brandt");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Lamp Street’ is a 2015 comedy film. Nena works alongside "
      "Tomas at the bakery.");
  NO(doc, "Lamp Street", "starring", "Tomas");
  kgb_doc_result_free(doc);
}

static void actors_and_characters(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Lamp Street’ is a 2015 comedy film starring Rosa Vidal. Rosa Vidal's "
      "Nena is a lonely baker. Emil Brandt brings Tomas to life.");
  YES(doc, "Nena", "playedBy", "Rosa Vidal");
  YES(doc, "Tomas", "playedBy", "Emil Brandt");
  YES(doc, "Lamp Street", "starring", "Emil Brandt");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Lamp Street’ is a 2015 comedy film. Emil Brandt, as "
                        "Tomas, is superb.");
  YES(doc, "Tomas", "playedBy", "Emil Brandt");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Lamp Street’ is a 2015 comedy film starring Rosa Vidal. "
      "Vidal's Oscar nomination came later.");
  NO(doc, "Oscar", "playedBy", "Rosa Vidal");
  kgb_doc_result_free(doc);
}

/* a channel airs, a streaming service distributes; one relation each */
static void channels_and_streamers(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Lamp Street’ is a 2015 comedy series. It "
                        "premiered on BBC Two in May 2015.");
  YES(doc, "Lamp Street", "broadcastBy", "BBC Two");
  NO(doc, "Lamp Street", "distributedBy", "BBC Two");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Lamp Street’ is a 2015 comedy series. It premiered on "
      "Hulu and airs on RTÉ One.");
  YES(doc, "Lamp Street", "distributedBy", "Hulu");
  NO(doc, "Lamp Street", "broadcastBy", "Hulu");
  YES(doc, "Lamp Street", "broadcastBy", "RTÉ One");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Lamp Street’ is a 2015 comedy film distributed by Nordlys "
      "Film in Norway and by Mubi internationally.");
  YES(doc, "Lamp Street", "distributedBy", "Nordlys Film");
  YES(doc, "Lamp Street", "distributedBy", "Mubi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Lamp Street’ is a 2015 comedy series. It premiered on "
      "Kinora, a new streaming platform, in May.");
  YES(doc, "Lamp Street", "distributedBy", "Kinora");
  NO(doc, "Lamp Street", "broadcastBy", "Kinora");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Lamp Street’ is a 2015 comedy series. It premiered on 4 "
      "May 2015.");
  YES(doc, "Lamp Street", "releaseDate", "2015-05-04");
  kgb_doc_result_free(doc);
}

/* birth places in biographies */
static void birth_places(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Rosa Vidal is a Peruvian actress. A native "
                        "of Cusco, she moved to Lima in 2010.");
  YES(doc, "Rosa Vidal", "birthPlace", "Cusco");
  NO(doc, "Rosa Vidal", "birthPlace", "Lima");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Emil Brandt, a native of Bergen, plays Tomas. Rosa Vidal "
      "was born and raised in Arequipa.");
  YES(doc, "Emil Brandt", "birthPlace", "Bergen");
  YES(doc, "Rosa Vidal", "birthPlace", "Arequipa");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("The Lima-born actress Rosa Vidal plays Nena in ‘Lamp "
                        "Street’.");
  YES(doc, "Rosa Vidal", "birthPlace", "Lima");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xenc5b[] = {
    cmocka_unit_test_setup(settings, kgb_test_rules_setup),
    cmocka_unit_test_setup(cast_members, kgb_test_rules_setup),
    cmocka_unit_test_setup(actors_and_characters, kgb_test_rules_setup),
    cmocka_unit_test_setup(channels_and_streamers, kgb_test_rules_setup),
    cmocka_unit_test_setup(birth_places, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xenc5b_count =
    sizeof kgb_tests_sentences_xenc5b / sizeof kgb_tests_sentences_xenc5b[0];
