/* test_sentences_xplace14.c: places on unseen text (xplace14), written from
 * invented sentences rather than dev misses. A county, state or province
 * that is only a small town in other countries is the area ("Cornwall",
 * "Kent", "Ontario") unless a comma and its town's province follow
 * ("Cornwall, Ontario"); natural and historical regions and large islands
 * ("Lapland", "Borneo"); heading back to a town; containment after a comma
 * ("on the outskirts of", "a mountain enclave of"). Each test asserts the
 * facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* a province elsewhere beats a small town of the same name */
static void areas_named_like_towns(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The drama ‘Tide Line’ was filmed in Cornwall over the summer of 2021.");
  YES(doc, "Tide Line", "filmedIn", "Cornwall");
  CLASS_IS(doc, "Cornwall", "AdministrativeArea");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Hop Fields’ is set in Kent in the 1950s.");
  CLASS_IS(doc, "Kent", "AdministrativeArea");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Frozen Creek’ is set in Perth, Ontario, during the winter of 1987.");
  YES(doc, "Frozen Creek", "setIn", "Perth");
  YES(doc, "Perth", "locatedIn", "Ontario");
  CLASS_IS(doc, "Ontario", "AdministrativeArea");
  kgb_doc_result_free(doc);

  /* the comma pair picks the town in the province that follows */
  doc =
      kgb_test_sentence("‘Cold Harbour’ is set in Victoria, British Columbia.");
  YES(doc, "Cold Harbour", "setIn", "Victoria");
  YES(doc, "Victoria", "locatedIn", "British Columbia");
  CLASS_IS(doc, "Victoria", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Seaway’ was shot in Cornwall, Ontario, in 2018.");
  CLASS_IS(doc, "Cornwall", "City");
  YES(doc, "Cornwall", "locatedIn", "Ontario");
  kgb_doc_result_free(doc);

  /* a town of the area's own country or a big one keeps the town */
  doc = kgb_test_sentence("‘Snow Opera’ was filmed in Salzburg.");
  CLASS_IS(doc, "Salzburg", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Backwaters’ was shot in Kochi in 2019.");
  CLASS_IS(doc, "Kochi", "City");
  kgb_doc_result_free(doc);

  /* a surname the area shares still joins its person */
  doc = kgb_test_sentence("Ines Duarte is a Portuguese actress. Duarte made "
                          "her debut in ‘The River House’.");
  CLASS_IS(doc, "Duarte", "Person");
  kgb_doc_result_free(doc);
}

/* natural and historical regions, large islands */
static void regions_and_islands(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Cameras rolled in Lapland in February for ‘Northern Hush’.");
  YES(doc, "Northern Hush", "filmedIn", "Lapland");
  CLASS_IS(doc, "Lapland", "Region");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Orangutan Road’ was shot on Borneo and in "
                          "Kuching.");
  CLASS_IS(doc, "Borneo", "Region");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The last scenes were shot in Kiruna, in Swedish Lapland.\n\n"
      "‘Ice Road’ premiered in 2022.");
  YES(doc, "Kiruna", "locatedIn", "Swedish Lapland");
  kgb_doc_result_free(doc);
}

/* heading back to a town to live there */
static void heading_back(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Kwame Mensah heads back to Accra after his father's death.");
  YES(doc, "Kwame Mensah", "movedTo", "Accra");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Priya Raman relocates to Chennai to take over her uncle's shop.");
  YES(doc, "Priya Raman", "movedTo", "Chennai");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Disgraced chef Ayumi Sato flies back to Kyoto, where she grew up.");
  YES(doc, "Ayumi Sato", "movedTo", "Kyoto");
  kgb_doc_result_free(doc);

  /* a trip is no move */
  doc = kgb_test_sentence("Ama Boateng is a nurse. Her brother Kofi heads "
                          "back to Kumasi for the funeral of their aunt.");
  NO(doc, "Kofi", "movedTo", "Kumasi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Lena Ortiz heads back to Seville to visit her mother.");
  NO(doc, "Lena Ortiz", "movedTo", "Seville");
  kgb_doc_result_free(doc);
}

/* where a place lies, after a comma */
static void containment_after_comma(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("The story begins in Nyali, on the outskirts of "
                        "Mombasa.\n\n‘Coral Nights’ is a Kenyan drama.");
  YES(doc, "Nyali", "locatedIn", "Mombasa");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Little Bazaar’ was filmed in Hatta, a mountain enclave of Dubai.");
  YES(doc, "Little Bazaar", "filmedIn", "Hatta");
  YES(doc, "Hatta", "locatedIn", "Dubai");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Gold Reef’ was shot in Soweto, a sprawling township of Johannesburg.");
  YES(doc, "Soweto", "locatedIn", "Johannesburg");
  kgb_doc_result_free(doc);

  /* near, outside, west of: no containment */
  doc = kgb_test_sentence(
      "‘Saffron Dust’ was filmed in Pampore, a town outside Srinagar.");
  YES(doc, "Saffron Dust", "filmedIn", "Pampore");
  NO(doc, "Pampore", "locatedIn", "Srinagar");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Port Lights’ was shot in Incheon, the port city west of Seoul.");
  NO(doc, "Incheon", "locatedIn", "Seoul");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xplace14[] = {
    cmocka_unit_test_setup(areas_named_like_towns, kgb_test_rules_setup),
    cmocka_unit_test_setup(regions_and_islands, kgb_test_rules_setup),
    cmocka_unit_test_setup(heading_back, kgb_test_rules_setup),
    cmocka_unit_test_setup(containment_after_comma, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xplace14_count =
    sizeof kgb_tests_sentences_xplace14 /
    sizeof kgb_tests_sentences_xplace14[0];
