/* test_sentences_xenc5.c: credits, titles, genres, languages, sources,
 * settings, cast, distribution and birth places as encyclopedic pages and
 * reviews write them, on sentences written for these tests. Each test
 * asserts the facts a sentence must give and those it must not. */
#include "kgb_test.h"

#include "../extractor/extractor.h"

static int setup(void **state) {
  return kgb_test_rules_setup(state);
}

static KgbDocResult *extract(const char *text) {
  KgbDocResult *doc = kgb_test_extract(kgb_test_rules(), "enc.txt", text);
  assert_true(kgb_doc_result_fact_count(doc) > 0);
  return doc;
}

#define YES(doc, s, p, o)                                                      \
  kgb_test_check_fact(doc, s, p, o, 0, __FILE__, __LINE__)
#define NO(doc, s, p, o)                                                       \
  kgb_test_check_fact(doc, s, p, o, KGB_TEST_ABSENT, __FILE__, __LINE__)

/* "X wrote and directed the film", "X's debut feature", an actor's screen
 * debut is no direction, "did not write and direct" */
static void wrote_and_directed(void **state) {
  (void)state;
  KgbDocResult *doc = extract("‘Salt Bells’ is a 2018 Chilean drama film. "
                              "Ines Rojas wrote and directed the film.");
  YES(doc, "Salt Bells", "directedBy", "Ines Rojas");
  YES(doc, "Salt Bells", "writtenBy", "Ines Rojas");
  kgb_doc_result_free(doc);

  doc = extract("‘Salt Bells’ is a 2018 drama film. Pablo Ferrer directed "
                "and co-wrote it. It is also Ferrer's debut feature.");
  YES(doc, "Salt Bells", "directedBy", "Pablo Ferrer");
  YES(doc, "Salt Bells", "writtenBy", "Pablo Ferrer");
  kgb_doc_result_free(doc);

  doc = extract("‘Salt Bells’ is a 2018 drama film directed by Ines Rojas. "
                "It marked Tomás Vidal's screen debut.");
  YES(doc, "Salt Bells", "directedBy", "Ines Rojas");
  NO(doc, "Salt Bells", "directedBy", "Tomás Vidal");
  kgb_doc_result_free(doc);

  doc = extract("‘Salt Bells’ is a 2018 drama film. Ines Rojas did not "
                "write and direct the film.");
  NO(doc, "Salt Bells", "directedBy", "Ines Rojas");
  NO(doc, "Salt Bells", "writtenBy", "Ines Rojas");
  kgb_doc_result_free(doc);
}

/* screenplays by two, scripts written together, episodes split between
 * directors */
static void shared_credits(void **state) {
  (void)state;
  KgbDocResult *doc =
      extract("‘Harbour Ghosts’ is a 2020 thriller film. The screenplay, by "
              "Oona Virtanen and Mikko Laine, won an award.");
  YES(doc, "Harbour Ghosts", "writtenBy", "Oona Virtanen");
  YES(doc, "Harbour Ghosts", "writtenBy", "Mikko Laine");
  kgb_doc_result_free(doc);

  doc = extract("‘Harbour Ghosts’ is a 2020 thriller series. Oona Virtanen "
                "and Mikko Laine wrote the scripts together.");
  YES(doc, "Harbour Ghosts", "writtenBy", "Oona Virtanen");
  YES(doc, "Harbour Ghosts", "writtenBy", "Mikko Laine");
  kgb_doc_result_free(doc);

  doc = extract("‘Harbour Ghosts’ is a 2020 thriller series. Oona Virtanen "
                "directed the first four episodes and Mikko Laine the rest.");
  YES(doc, "Harbour Ghosts", "directedBy", "Oona Virtanen");
  YES(doc, "Harbour Ghosts", "directedBy", "Mikko Laine");
  kgb_doc_result_free(doc);

  doc = extract("‘Harbour Ghosts’ is a 2020 thriller series. Mikko Laine "
                "helmed episodes 1 to 3, while Oona Virtanen directed the "
                "finale.");
  YES(doc, "Harbour Ghosts", "directedBy", "Oona Virtanen");
  YES(doc, "Harbour Ghosts", "directedBy", "Mikko Laine");
  kgb_doc_result_free(doc);
}

/* companies of a co-production; a producer working for a company */
static void co_productions(void **state) {
  (void)state;
  KgbDocResult *doc = extract(
      "‘Harbour Ghosts’ is a 2020 thriller film. It is a co-production "
      "between Kettle Films and Marea Cine, with support from the state.");
  YES(doc, "Harbour Ghosts", "producedBy", "Kettle Films");
  YES(doc, "Harbour Ghosts", "producedBy", "Marea Cine");
  kgb_doc_result_free(doc);

  doc = extract("‘Harbour Ghosts’ is a 2020 thriller film produced by Ada "
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
  KgbDocResult *doc = extract("‘The Quiet Pier’ (Polish: ‘Cichy pomost’) "
                              "is a 2019 drama film.");
  YES(doc, "The Quiet Pier", "originalTitle", "Cichy pomost");
  has_label(doc, "The Quiet Pier", "Cichy pomost");
  kgb_doc_result_free(doc);

  doc = extract("‘The Quiet Pier’ (original title: ‘Cichy pomost’) is a "
                "2019 drama film.");
  YES(doc, "The Quiet Pier", "originalTitle", "Cichy pomost");
  kgb_doc_result_free(doc);

  doc = extract("‘The Quiet Pier’ (in Polish, ‘Cichy pomost’) is a 2019 "
                "drama film.");
  YES(doc, "The Quiet Pier", "originalTitle", "Cichy pomost");
  kgb_doc_result_free(doc);

  doc = extract("‘Winter Bees’ (‘Le api d’inverno’ in the original Italian) "
                "is a 2022 comedy film.");
  YES(doc, "Winter Bees", "originalTitle", "Le api d’inverno");
  kgb_doc_result_free(doc);

  doc = extract("The 2022 comedy film ‘Le api d’inverno’ (English: ‘Winter "
                "Bees’) opened in Turin.");
  YES(doc, "Le api d’inverno", "originalTitle", "Le api d’inverno");
  kgb_doc_result_free(doc);

  doc = extract("‘Vinterbier’ (in English, ‘Winter Bees’) is a 2022 "
                "comedy film.");
  YES(doc, "Vinterbier", "originalTitle", "Vinterbier");
  NO(doc, "Vinterbier", "originalTitle", "Winter Bees");
  kgb_doc_result_free(doc);
}

/* a title the work has abroad, when it is no English one */
static void titles_abroad(void **state) {
  (void)state;
  KgbDocResult *doc = extract("‘Winter Bees’ is a 2022 comedy film. It was "
                              "released in Italy as ‘Le api d’inverno’.");
  YES(doc, "Winter Bees", "originalTitle", "Le api d’inverno");
  kgb_doc_result_free(doc);

  doc = extract("‘Winter Bees’ is a 2022 comedy film. In Spain it is known "
                "as ‘Abejas de invierno’.");
  YES(doc, "Winter Bees", "originalTitle", "Abejas de invierno");
  kgb_doc_result_free(doc);

  doc = extract("‘Winter Bees’ is a 2022 comedy film. It was released in "
                "the United States as ‘Bees in Winter’.");
  NO(doc, "Winter Bees", "originalTitle", "Bees in Winter");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xenc5[] = {
    cmocka_unit_test_setup(wrote_and_directed, setup),
    cmocka_unit_test_setup(shared_credits, setup),
    cmocka_unit_test_setup(co_productions, setup),
    cmocka_unit_test_setup(original_titles_in_brackets, setup),
    cmocka_unit_test_setup(titles_abroad, setup),
};
const size_t kgb_tests_sentences_xenc5_count =
    sizeof kgb_tests_sentences_xenc5 / sizeof kgb_tests_sentences_xenc5[0];
