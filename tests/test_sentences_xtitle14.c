/* test_sentences_xtitle14.c: work titles on unseen text (xtitle14), written
 * from invented sentences rather than dev misses. A title with "in", "on"
 * or "of" that opens the sentence before "is a film"; a title before an
 * apposition that "the film" opens; "In X, A and B play …" (actors, not
 * characters); lists under a credited head noun ("Films directed by P
 * include A, B and C"); what audiences watch or judge; titles that open
 * with a number or run on past a colon; what actors star in together.
 * Each test asserts the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* a sentence-opening title runs on through small words before a copula
 * and a kind of work */
static void titles_before_kind(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Death in Venice is a film directed by Luchino Visconti.");
  YES(doc, "Death in Venice", "directedBy", "Luchino Visconti");
  CLASS_IS(doc, "Venice", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Love in Tokyo is a drama series starring Yui Aragaki.");
  YES(doc, "Love in Tokyo", "starring", "Yui Aragaki");
  CLASS_IS(doc, "Love in Tokyo", "TVSeries");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("House of Cards is an American television series "
                          "created by Beau Willimon.");
  YES(doc, "House of Cards", "createdBy", "Beau Willimon");
  CLASS_IS(doc, "House of Cards", "TVSeries");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Summer in Lisbon is a 2019 Portuguese film directed by João Canijo.");
  YES(doc, "Summer in Lisbon", "directedBy", "João Canijo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Life on Earth is a series narrated by David Attenborough. It "
      "was filmed in Kenya.");
  CLASS_IS(doc, "Life on Earth", "TVSeries");
  CLASS_IS(doc, "Earth", NULL);
  kgb_doc_result_free(doc);

  /* a dictionary word opening the lead is the work's name */
  doc = kgb_test_sentence("Tidewater is a miniseries starring Maeve Dermody.");
  YES(doc, "Tidewater", "starring", "Maeve Dermody");
  CLASS_IS(doc, "Tidewater", "TVSeries");
  kgb_doc_result_free(doc);

  /* but not before a noun that "thriller" only describes */
  doc = kgb_test_sentence(
      "Revenge is a thriller staple, and Ana knows it. She lives in Lima.");
  CLASS_IS(doc, "Revenge", NULL);
  kgb_doc_result_free(doc);

  /* a person before "a film director" stays a person */
  doc = kgb_test_sentence(
      "Tomás Rivera is a film director based in Lima. He was born in Cusco.");
  CLASS_IS(doc, "Tomás Rivera", "Person");
  kgb_doc_result_free(doc);
}

/* "X, the TV series starring Y": a "the film"-like mention opens the
 * apposition */
static void titles_before_work_apposition(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Dark Tides, the TV series starring Tom Hardy, was shot in Cornwall.");
  YES(doc, "Dark Tides", "starring", "Tom Hardy");
  CLASS_IS(doc, "Dark Tides", "TVSeries");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Red Mountain, the film starring Priyanka Chopra, "
                          "premiered in Mumbai.");
  YES(doc, "Red Mountain", "starring", "Priyanka Chopra");
  CLASS_IS(doc, "Red Mountain", "Film");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Northern Lights, the series starring Kristofer "
                          "Hivju, returns in March.");
  YES(doc, "Northern Lights", "starring", "Kristofer Hivju");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Red Mountain, the film set in Assam, stars Priyanka Chopra.");
  YES(doc, "Red Mountain", "setIn", "Assam");
  kgb_doc_result_free(doc);

  /* a title that "The" opens runs through "to" before a kind of work */
  doc = kgb_test_sentence("Ji-won Park headlines The Last Train to Busan, a "
                          "thriller from director Kim Min-ho.");
  YES(doc, "The Last Train to Busan", "directedBy", "Kim Min-ho");
  NO(doc, "Busan", "directedBy", "Kim Min-ho");
  kgb_doc_result_free(doc);

  /* a person before "the film set designer" is no work */
  doc = kgb_test_sentence("Ana, the film set designer, moved to Lima. Blue "
                          "Kite was shot in Lima.");
  CLASS_IS(doc, "Ana", NULL);
  kgb_doc_result_free(doc);
}

/* "In X, A and B play …": actors starring in X, not its characters */
static void actors_in_opening_phrase(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In Iron Winter, Chen Wei and Li Na play rival detectives.");
  YES(doc, "Iron Winter", "starring", "Chen Wei");
  YES(doc, "Iron Winter", "starring", "Li Na");
  NO(doc, "Iron Winter", "hasCharacter", "Chen Wei");
  CLASS_IS(doc, "Li Na", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In The Long Road Home, Daniel Kaluuya and Lupita "
                          "Nyong'o play a married couple.");
  YES(doc, "The Long Road Home", "starring", "Daniel Kaluuya");
  CLASS_IS(doc, "The Long Road Home", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In Silent Harbour, Ola Nordmann and Kari Hansen play two sisters.");
  YES(doc, "Silent Harbour", "starring", "Kari Hansen");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In Salt Creek, Maya Lin and Ben Ford play estranged siblings.");
  YES(doc, "Salt Creek", "starring", "Maya Lin");
  kgb_doc_result_free(doc);

  /* a season of the work; joining its cast */
  doc = kgb_test_sentence("In season three of Coastal Lines, Mara Quinn joins "
                          "the cast as Dr. Hale.");
  YES(doc, "Coastal Lines", "starring", "Mara Quinn");
  NO(doc, "Coastal Lines", "hasCharacter", "Mara Quinn");
  CLASS_IS(doc, "Coastal Lines", "TVSeries");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In the second season of Coastal Lines, Mara Quinn "
                          "and Tom Hale play rival surgeons.");
  YES(doc, "Coastal Lines", "starring", "Mara Quinn");
  CLASS_IS(doc, "Mara Quinn", "Person");
  kgb_doc_result_free(doc);

  /* people playing a game are no cast */
  doc = kgb_test_sentence("In Kilbride, Amara and Ben play chess every "
                          "night. Amara lives in Cork.");
  NO(doc, "Kilbride", "starring", "Amara");
  kgb_doc_result_free(doc);
}

/* "Films directed by P include A, B and C" */
static void credited_lists_of_works(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("Films directed by Akira Tanaka "
                                        "include Blue Lantern, Winter Crane "
                                        "and Red Orchard.");
  YES(doc, "Blue Lantern", "directedBy", "Akira Tanaka");
  YES(doc, "Winter Crane", "directedBy", "Akira Tanaka");
  YES(doc, "Red Orchard", "directedBy", "Akira Tanaka");
  CLASS_IS(doc, "Winter Crane", "Film");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Series created by Lena Dunham include Girls and Camping.");
  YES(doc, "Camping", "createdBy", "Lena Dunham");
  CLASS_IS(doc, "Girls", "TVSeries");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Movies written by Ana Ruiz include Sal de Mar, Luz "
                          "Negra and El Puerto.");
  YES(doc, "Luz Negra", "writtenBy", "Ana Ruiz");
  YES(doc, "El Puerto", "writtenBy", "Ana Ruiz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Films starring Penélope Cruz include Volver, "
                          "Broken Embraces and Parallel Mothers.");
  YES(doc, "Parallel Mothers", "starring", "Penélope Cruz");
  CLASS_IS(doc, "Volver", "Film");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Her films include Salt Marsh and Iron Gate. Salt "
                          "Marsh was shot in Oban.");
  CLASS_IS(doc, "Iron Gate", "Film");
  kgb_doc_result_free(doc);

  /* a series that "includes" two people lists characters, not series */
  doc = kgb_test_sentence(
      "The series includes Amara and Chidi, two students in Lagos. Blue "
      "Kite was shot in Lima.");
  CLASS_IS(doc, "Chidi", NULL);
  kgb_doc_result_free(doc);
}

/* what audiences watch or judge is a work */
static void what_audiences_watch(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Most viewers watched Bread and Salt on Netflix. The "
                        "film was directed by Kemal Aydin.");
  YES(doc, "Bread and Salt", "directedBy", "Kemal Aydin");
  CLASS_IS(doc, "Salt", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Fans binge-watched Kingdom of Ash over the holiday. "
                          "It was shot in Tromsø.");
  YES(doc, "Kingdom of Ash", "filmedIn", "Tromsø");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Critics called Ashes of Spring a masterpiece. It "
                          "was shot in Tbilisi.");
  YES(doc, "Ashes of Spring", "filmedIn", "Tbilisi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Critics praised Neon Harbour for its restraint. It "
                          "was filmed in Gothenburg.");
  YES(doc, "Neon Harbour", "filmedIn", "Gothenburg");
  kgb_doc_result_free(doc);

  /* people watched or praised are not works */
  doc = kgb_test_sentence(
      "She watched Kofi leave the house. Kofi lives in Accra.");
  CLASS_IS(doc, "Kofi", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Critics hailed Okafor as a revelation. Okafor was "
                          "born in Enugu.");
  CLASS_IS(doc, "Okafor", "Character");
  kgb_doc_result_free(doc);
}

/* a number opening a title; a subtitle after a colon */
static void numbers_and_subtitles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "13 Reasons Why is an American series created by Brian Yorkey.");
  YES(doc, "13 Reasons Why", "createdBy", "Brian Yorkey");
  CLASS_IS(doc, "Reasons Why", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "28 Days Later is a 2002 horror film directed by Danny Boyle.");
  YES(doc, "28 Days Later", "directedBy", "Danny Boyle");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kill Bill: Volume 1 is a 2003 film directed by Quentin Tarantino.");
  YES(doc, "Kill Bill: Volume 1", "directedBy", "Quentin Tarantino");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Star Wars: The Last Jedi stars Daisy Ridley.");
  YES(doc, "Star Wars: The Last Jedi", "starring", "Daisy Ridley");
  CLASS_IS(doc, "The Last Jedi", NULL);
  kgb_doc_result_free(doc);

  /* a capitalised preposition and an article open a lead's title */
  doc = kgb_test_sentence(
      "After the Storm is a 2016 Japanese film by Hirokazu Kore-eda.");
  YES(doc, "After the Storm", "directedBy", "Hirokazu Kore-eda");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Into the Wild premiered at Telluride. It stars Emile Hirsch.");
  YES(doc, "Into the Wild", "starring", "Emile Hirsch");
  CLASS_IS(doc, "Wild", NULL);
  kgb_doc_result_free(doc);

  /* but not an opening phrase before a comma */
  doc = kgb_test_sentence(
      "In the Philippines, the series was shot in Manila. Blue Kite "
      "stars Ana Lopez.");
  CLASS_IS(doc, "Philippines", "Country");
  kgb_doc_result_free(doc);

  /* a heading's label is no part of a title; nor is a head count */
  doc = kgb_test_sentence(
      "Review: Ama Boateng stars in Quiet Water, a drama set in Accra. "
      "Blue Kite was shot in Lima.");
  CLASS_IS(doc, "Review: Ama Boateng", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("12 Londoners were arrested in Soho. Blue Kite "
                          "was shot in Lima.");
  CLASS_IS(doc, "12 Londoners", NULL);
  kgb_doc_result_free(doc);
}

/* a participle that opens a title stays in it before "is a 2020 thriller" */
static void participles_opening_titles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("Playing Dead Hands Again is a 2020 "
                                        "thriller directed by Jack Reed.");
  YES(doc, "Playing Dead Hands Again", "directedBy", "Jack Reed");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Joining Old Friends is a 2018 comedy starring Kevin Hart.");
  YES(doc, "Joining Old Friends", "starring", "Kevin Hart");
  kgb_doc_result_free(doc);

  /* an opener before the actors is still no part of their names */
  doc = kgb_test_sentence(
      "Starring Ana Lopez and Tom Lee, Blue Kite premiered in Busan.");
  YES(doc, "Blue Kite", "starring", "Ana Lopez");
  kgb_doc_result_free(doc);
}

/* what actors star in together is a work */
static void starring_together_in(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Grace Otieno stars alongside Peter Mwangi in Rift Valley Rising.");
  YES(doc, "Rift Valley Rising", "starring", "Grace Otieno");
  YES(doc, "Rift Valley Rising", "starring", "Peter Mwangi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Maria Santos co-starred with Pedro Alves in Terra Quente.");
  YES(doc, "Terra Quente", "starring", "Pedro Alves");
  kgb_doc_result_free(doc);

  /* where a role came is a work */
  doc = kgb_test_sentence("Mei Lin's breakout role came in Tea House Stories, "
                          "where she played Xiaoyu.");
  YES(doc, "Tea House Stories", "starring", "Mei Lin");
  YES(doc, "Tea House Stories", "hasCharacter", "Xiaoyu");
  kgb_doc_result_free(doc);

  /* a place the data knows stays a place */
  doc =
      kgb_test_sentence("Ama Mensah stars opposite Kofi Boateng in Kumasi, "
                        "where the story unfolds. Blue Kite was shot in Lima.");
  CLASS_IS(doc, "Kumasi", "City");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xtitle14[] = {
    cmocka_unit_test_setup(titles_before_kind, kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_before_work_apposition, kgb_test_rules_setup),
    cmocka_unit_test_setup(actors_in_opening_phrase, kgb_test_rules_setup),
    cmocka_unit_test_setup(credited_lists_of_works, kgb_test_rules_setup),
    cmocka_unit_test_setup(what_audiences_watch, kgb_test_rules_setup),
    cmocka_unit_test_setup(numbers_and_subtitles, kgb_test_rules_setup),
    cmocka_unit_test_setup(participles_opening_titles, kgb_test_rules_setup),
    cmocka_unit_test_setup(starring_together_in, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xtitle14_count =
    sizeof kgb_tests_sentences_xtitle14 /
    sizeof kgb_tests_sentences_xtitle14[0];
