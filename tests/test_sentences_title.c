/* test_sentences_title.c: works named without quotes (encyclopedic writing
 * sets titles in italics), one-sentence biographies and crew credits in
 * sentence form, on one- and two-sentence documents written for these tests.
 * Each test asserts the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

static KgbDocResult *extract(const char *text) {
  /* some documents here must give types only, or nothing */
  KgbDocResult *doc = kgb_test_extract(kgb_test_rules(), "title.txt", text);
  assert_non_null(doc);
  return doc;
}

/* the name as the subject of a verb only a work takes */
static void title_as_subject(void **state) {
  (void)state;
  KgbDocResult *doc = extract("Harbour of Ash grossed €2.1 million in France "
                              "against a budget of €900,000.");
  CLASS(doc, "Harbour of Ash", "Work");
  YES(doc, "Harbour of Ash", "grossRevenue", "2100000 EUR");
  YES(doc, "Harbour of Ash", "budget", "900000 EUR");
  kgb_doc_result_free(doc);

  doc = extract("Salt Lanterns premiered at the Locarno Film Festival on 4 "
                "August 2018 and was released by Mubi.");
  YES(doc, "Salt Lanterns", "releaseDate", "2018-08-04");
  YES(doc, "Salt Lanterns", "distributedBy", "Mubi");
  kgb_doc_result_free(doc);

  doc = extract("Blue Orchard runs 97 minutes.");
  YES(doc, "Blue Orchard", "runtime", "97");
  kgb_doc_result_free(doc);

  doc = extract("Paper Moons stars Lia Moura and Tomás Reis. It was released "
                "by Netflix in 2020.");
  YES(doc, "Paper Moons", "starring", "Lia Moura");
  YES(doc, "Paper Moons", "starring", "Tomás Reis");
  YES(doc, "Paper Moons", "distributedBy", "Netflix");
  YES(doc, "Paper Moons", "releaseDate", "2020");
  CLASS(doc, "Lia Moura", "Person");
  kgb_doc_result_free(doc);
}

/* a person is never a work: "stars in", a possessive title cut in two */
static void people_are_not_titles(void **state) {
  (void)state;
  KgbDocResult *doc =
      extract("Lia Moura stars in Paper Moons, which was shot in Porto.");
  CLASS(doc, "Lia Moura", "Person");
  CLASS(doc, "Paper Moons", "Work");
  YES(doc, "Paper Moons", "starring", "Lia Moura");
  kgb_doc_result_free(doc);

  doc = extract("Copper Sky is a 2019 drama film. Marta's Last Winter runs "
                "88 minutes.");
  CLASS(doc, "Last Winter", NULL);
  NO(doc, "Last Winter", "runtime", "88");
  kgb_doc_result_free(doc);

  doc = extract("She directed Ximena Torres in Copper Sky.");
  CLASS(doc, "Copper Sky", "Work");
  CLASS(doc, "Ximena Torres", "Person");
  kgb_doc_result_free(doc);
}

/* the name as the object of a phrase only a work completes */
static void title_as_object(void **state) {
  (void)state;
  KgbDocResult *doc =
      extract("The score for Copper Sky was composed by Paul Grady, who had "
              "previously worked with director Anna Berg.");
  YES(doc, "Copper Sky", "musicBy", "Paul Grady");
  NO(doc, "Copper Sky", "directedBy", "Anna Berg");
  CLASS(doc, "Copper Sky", "Work");
  kgb_doc_result_free(doc);

  doc = extract("Principal photography on Northern Glass began in Tromsø in "
                "March 2021 and ended in June.");
  YES(doc, "Northern Glass", "filmedIn", "Tromsø");
  YES(doc, "Northern Glass", "filmingStart", "2021-03");
  YES(doc, "Northern Glass", "filmingEnd", "2021-06");
  kgb_doc_result_free(doc);

  doc = extract("Greta Holm composed the score for Quiet Water.");
  YES(doc, "Quiet Water", "musicBy", "Greta Holm");
  kgb_doc_result_free(doc);

  doc = extract("The sequel to Copper Sky was announced in 2022.");
  CLASS(doc, "Copper Sky", "Work");
  NO(doc, "Copper Sky", "releaseDate", "2022");
  kgb_doc_result_free(doc);
}

/* "X (2008)", "the 2017 film X", "in the series X", "Y directed X" */
static void title_with_year_or_noun(void **state) {
  (void)state;
  KgbDocResult *doc = extract("Born in Oaxaca in 1984, Ximena Torres made her "
                              "film debut in Copper Sky (2008), directed by "
                              "Anna Berg.");
  CLASS(doc, "Copper Sky", "Film");
  YES(doc, "Copper Sky", "releaseDate", "2008");
  YES(doc, "Copper Sky", "directedBy", "Anna Berg");
  YES(doc, "Copper Sky", "starring", "Ximena Torres");
  YES(doc, "Ximena Torres", "birthPlace", "Oaxaca");
  YES(doc, "Ximena Torres", "birthDate", "1984");
  NO(doc, "Copper Sky", "directedBy", "Ximena Torres");
  kgb_doc_result_free(doc);

  doc = extract("The 2017 film Silver Lake Road was shot in Quebec.");
  CLASS(doc, "Silver Lake Road", "Film");
  YES(doc, "Silver Lake Road", "filmedIn", "Quebec");
  kgb_doc_result_free(doc);

  doc = extract("The series Night Shift was created by Selin Kaya.");
  CLASS(doc, "Night Shift", "TVSeries");
  YES(doc, "Night Shift", "createdBy", "Selin Kaya");
  kgb_doc_result_free(doc);

  doc = extract("Anna Berg directed Copper Sky (2019), a drama about two "
                "sisters.");
  YES(doc, "Copper Sky", "directedBy", "Anna Berg");
  YES(doc, "Copper Sky", "releaseDate", "2019");
  CLASS(doc, "Anna Berg", "Person");
  kgb_doc_result_free(doc);

  doc = extract("The jury of the Venice Film Festival (2019) met in Rome.");
  CLASS(doc, "Venice Film Festival", "Organization");
  kgb_doc_result_free(doc);
}

/* one-sentence biographies */
static void bio_sentences(void **state) {
  (void)state;
  KgbDocResult *doc =
      extract("Marta Kowalczyk (born 3 March 1984) is a Polish actress.");
  CLASS(doc, "Marta Kowalczyk", "Person");
  YES(doc, "Marta Kowalczyk", "birthDate", "1984-03-03");
  kgb_doc_result_free(doc);

  doc = extract("Lena Ortiz, born in 1979 in Izmir, studied film in Berlin.");
  CLASS(doc, "Lena Ortiz", "Person");
  YES(doc, "Lena Ortiz", "birthDate", "1979");
  YES(doc, "Lena Ortiz", "birthPlace", "Izmir");
  NO(doc, "Lena Ortiz", "birthPlace", "Berlin");
  kgb_doc_result_free(doc);

  doc = extract("The Lagos-born director Chidi Okafor made his debut with "
                "Red Earth (2015).");
  YES(doc, "Chidi Okafor", "birthPlace", "Lagos");
  YES(doc, "Red Earth", "releaseDate", "2015");
  kgb_doc_result_free(doc);

  doc = extract("Hana Novak died in Prague in 2011.");
  CLASS(doc, "Hana Novak", "Person");
  YES(doc, "Hana Novak", "deathPlace", "Prague");
  NO(doc, "Hana Novak", "birthPlace", "Prague");
  kgb_doc_result_free(doc);

  doc = extract("Born on 4 June 1979 in Porto, Rui Matos studied law.");
  YES(doc, "Rui Matos", "birthDate", "1979-06-04");
  YES(doc, "Rui Matos", "birthPlace", "Porto");
  kgb_doc_result_free(doc);
}

/* crew credits in sentence form, "the film" standing for the one work */
static void crew_sentences(void **state) {
  (void)state;
  KgbDocResult *doc = extract("Copper Sky was released in 2019. Tom Reyes and "
                              "Ana Ruiz produced the film for Lumen Pictures.");
  YES(doc, "Copper Sky", "producedBy", "Tom Reyes");
  YES(doc, "Copper Sky", "producedBy", "Ana Ruiz");
  YES(doc, "Copper Sky", "producedBy", "Lumen Pictures");
  CLASS(doc, "Lumen Pictures", "Organization");
  kgb_doc_result_free(doc);

  doc = extract("Copper Sky runs 94 minutes. Ivo Mares was the film's "
                "editor.");
  YES(doc, "Copper Sky", "editedBy", "Ivo Mares");
  NO(doc, "Copper Sky", "cinematographyBy", "Ivo Mares");
  kgb_doc_result_free(doc);

  doc = extract("Copper Sky runs 94 minutes. Jan Kral served as the film's "
                "cinematographer.");
  YES(doc, "Copper Sky", "cinematographyBy", "Jan Kral");
  NO(doc, "Copper Sky", "editedBy", "Jan Kral");
  kgb_doc_result_free(doc);

  doc = extract("Greta Holm scored Quiet Water (2014).");
  YES(doc, "Quiet Water", "musicBy", "Greta Holm");
  kgb_doc_result_free(doc);

  doc = extract("Copper Sky was shot in Oslo. The screenplay was written by "
                "Ana Ruiz, based on Tom Reyes's novel Winter Birds.");
  YES(doc, "Copper Sky", "writtenBy", "Ana Ruiz");
  YES(doc, "Copper Sky", "basedOn", "Winter Birds");
  NO(doc, "Copper Sky", "writtenBy", "Tom Reyes");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_title[] = {
    cmocka_unit_test_setup(title_as_subject, kgb_test_rules_setup),
    cmocka_unit_test_setup(people_are_not_titles, kgb_test_rules_setup),
    cmocka_unit_test_setup(title_as_object, kgb_test_rules_setup),
    cmocka_unit_test_setup(title_with_year_or_noun, kgb_test_rules_setup),
    cmocka_unit_test_setup(bio_sentences, kgb_test_rules_setup),
    cmocka_unit_test_setup(crew_sentences, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_title_count =
    sizeof kgb_tests_sentences_title / sizeof kgb_tests_sentences_title[0];
