/* test_sentences_xcast6.c: cast sentences on sentences written for these
 * tests: characters whose first names a gazetteer also knows as towns or
 * regions (Amparo, Mara, Florence, Jordan, Adelaide, Victoria, Lourdes), the
 * predicate after a relative clause about the actor, and people who act in
 * the work without a named character ("play the two leads", "round out the
 * trio", "a fine performance from X"). Each test asserts the facts a
 * sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "PERSON plays X" where X is also a town or region */
static void plays_a_town_name(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Copper Sky’ is a drama. Lena Ortiz plays Amparo.");
  YES(doc, "Amparo", "playedBy", "Lena Ortiz");
  YES(doc, "Copper Sky", "hasCharacter", "Amparo");
  YES(doc, "Copper Sky", "starring", "Lena Ortiz");
  CLASS_IS(doc, "Amparo", "Character");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Copper Sky’ is a drama. Lena Ortiz plays Mara, while "
                        "Bruno Salas plays Tom.");
  YES(doc, "Mara", "playedBy", "Lena Ortiz");
  YES(doc, "Tom", "playedBy", "Bruno Salas");
  NO(doc, "Mara", "playedBy", "Bruno Salas");
  CLASS_IS(doc, "Mara", "Character");
  kgb_doc_result_free(doc);

  /* named often in the plot, still a character */
  doc = kgb_test_sentence(
      "‘Salt Hours’ is a 2021 Chilean film. Inés Varga portrayed "
      "Lourdes. Lourdes works at a bakery. Lourdes meets Pablo. "
      "Later Lourdes leaves the village.");
  YES(doc, "Lourdes", "playedBy", "Inés Varga");
  CLASS_IS(doc, "Lourdes", "Character");
  kgb_doc_result_free(doc);
}

/* "as X", "X (PERSON)", "X, who is played by PERSON" */
static void other_cast_slots(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Copper Sky’ is a drama starring Lena Ortiz "
                        "as Florence and Bruno Salas as Jordan.");
  YES(doc, "Florence", "playedBy", "Lena Ortiz");
  YES(doc, "Jordan", "playedBy", "Bruno Salas");
  NO(doc, "Florence", "playedBy", "Bruno Salas");
  CLASS_IS(doc, "Jordan", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Ferry’ is a thriller. Victoria (Ada Pike) meets Tom "
      "(Bruno Salas) on the boat.");
  YES(doc, "Victoria", "playedBy", "Ada Pike");
  YES(doc, "Night Ferry", "starring", "Ada Pike");
  CLASS_IS(doc, "Victoria", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Ferry’ is a thriller. Adelaide, who is played by "
      "Sun Hee-jin, runs a small hotel.");
  YES(doc, "Adelaide", "playedBy", "Sun Hee-jin");
  CLASS_IS(doc, "Adelaide", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Ferry’ is a thriller. Amparo, a night-shift nurse, "
      "is played by Lena Ortiz.");
  YES(doc, "Amparo", "playedBy", "Lena Ortiz");
  YES(doc, "Night Ferry", "starring", "Lena Ortiz");
  YES(doc, "Amparo", "occupation", "night-shift nurse");
  kgb_doc_result_free(doc);
}

/* "X's husband", "X tells her mother": a relative makes a character; not "a
 * farm in Kent with his daughter", not a real filming place */
static void kin_slots_and_real_places(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Copper Sky’ is a drama. Adelaide's husband, "
                        "Tom, is a pilot. Florence tells her mother.");
  YES(doc, "Adelaide", "marriedTo", "Tom");
  CLASS_IS(doc, "Adelaide", "Character");
  CLASS_IS(doc, "Florence", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Copper Sky’ is a drama. It was filmed in Paris and "
      "Florence. Lena Ortiz plays Mara. Mara moves to Florence.");
  YES(doc, "Copper Sky", "filmedIn", "Florence");
  YES(doc, "Copper Sky", "filmedIn", "Paris");
  CLASS_IS(doc, "Florence", "City");
  CLASS_IS(doc, "Mara", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Cider Days’ is a British drama film. Walter Hume lives on "
      "a farm in Kent with his daughter Rose.");
  CLASS_IS(doc, "Kent", "AdministrativeArea");
  NO(doc, "Kent", "hasChild", "Rose");
  kgb_doc_result_free(doc);
}

/* the predicate after a relative clause or apposition is the head's */
static void relative_clause_attachment(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Copper Sky’ is a drama. Mara, who is played "
                        "by Lena Ortiz, is a nurse.");
  YES(doc, "Mara", "occupation", "nurse");
  YES(doc, "Mara", "playedBy", "Lena Ortiz");
  NO(doc, "Lena Ortiz", "occupation", "nurse");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Harbour Lights’ is a 2019 drama film. Georgia, played by "
      "Maren Lund, lives in Oslo with her son Per.");
  YES(doc, "Georgia", "livesIn", "Oslo");
  YES(doc, "Georgia", "hasChild", "Per");
  NO(doc, "Maren Lund", "livesIn", "Oslo");
  CLASS_IS(doc, "Georgia", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Harbour Lights’ is a 2019 drama film. Jonas Berg, who "
      "plays Tomas, lives in Bergen.");
  YES(doc, "Jonas Berg", "livesIn", "Bergen");
  NO(doc, "Tomas", "livesIn", "Bergen");
  kgb_doc_result_free(doc);

  /* an apposition after the actor is the actor's */
  doc = kgb_test_sentence(
      "‘Copper Sky’ is a drama. Mara, played by Lena Ortiz, a "
      "Spanish actress, is a nurse.");
  YES(doc, "Mara", "playedBy", "Lena Ortiz");
  CLASS_IS(doc, "Lena Ortiz", "Person");
  NO(doc, "Mara", "occupation", "actress");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Harbour Lights’ is a 2019 drama film. Mara (Lena Ortiz) "
      "is a nurse.");
  YES(doc, "Mara", "occupation", "nurse");
  NO(doc, "Lena Ortiz", "occupation", "nurse");
  kgb_doc_result_free(doc);
}

/* people who act in the work without a named character */
static void acting_without_a_character(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Copper Sky’ is a drama. Han Mi-rae and Tom Reyes play the two leads.");
  YES(doc, "Copper Sky", "starring", "Han Mi-rae");
  YES(doc, "Copper Sky", "starring", "Tom Reyes");
  NO(doc, "Copper Sky", "hasCharacter", "the two leads");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Copper Sky’ is a drama. Lena Ortiz, Bruno Salas and Ada "
      "Pike round out the central trio.");
  YES(doc, "Copper Sky", "starring", "Lena Ortiz");
  YES(doc, "Copper Sky", "starring", "Bruno Salas");
  YES(doc, "Copper Sky", "starring", "Ada Pike");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Dry Season’ is a 2022 Kenyan drama film. The cast is "
                        "rounded out by Wanjiru Kamau and Otieno Odhiambo.");
  YES(doc, "Dry Season", "starring", "Wanjiru Kamau");
  YES(doc, "Dry Season", "starring", "Otieno Odhiambo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dry Season’ is a 2022 Kenyan drama film. Wanjiru Kamau "
      "and Otieno Odhiambo turn in understated performances.");
  YES(doc, "Dry Season", "starring", "Wanjiru Kamau");
  YES(doc, "Dry Season", "starring", "Otieno Odhiambo");
  kgb_doc_result_free(doc);
}

static void performances_praised(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Dry Season’ is a 2022 Kenyan drama film. "
                        "It boasts a fine performance from Achieng "
                        "Atieno.");
  YES(doc, "Dry Season", "starring", "Achieng Atieno");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dry Season’ is a 2022 Kenyan drama film. Otieno Odhiambo "
      "is superb as the father.");
  YES(doc, "Dry Season", "starring", "Otieno Odhiambo");
  kgb_doc_result_free(doc);

  /* a critic praising, someone known as a father of something: no acting */
  doc = kgb_test_sentence(
      "‘Dry Season’ is a 2022 Kenyan drama film directed by Amina "
      "Said. Critic Ruth Mwangi praised the performances. Joseph "
      "Kariuki is known as the father of Kenyan cinema.");
  NO(doc, "Dry Season", "starring", "Ruth Mwangi");
  NO(doc, "Dry Season", "starring", "Joseph Kariuki");
  kgb_doc_result_free(doc);

  /* a named character and two more actors in one sentence */
  doc = kgb_test_sentence(
      "‘Copper Sky’ is a drama. Lena Ortiz plays Amparo, while "
      "Bruno Salas and Ada Pike round out the trio.");
  YES(doc, "Amparo", "playedBy", "Lena Ortiz");
  YES(doc, "Copper Sky", "starring", "Lena Ortiz");
  YES(doc, "Copper Sky", "starring", "Bruno Salas");
  YES(doc, "Copper Sky", "starring", "Ada Pike");
  NO(doc, "Amparo", "playedBy", "Ada Pike");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xcast6[] = {
    cmocka_unit_test_setup(plays_a_town_name, kgb_test_rules_setup),
    cmocka_unit_test_setup(other_cast_slots, kgb_test_rules_setup),
    cmocka_unit_test_setup(kin_slots_and_real_places, kgb_test_rules_setup),
    cmocka_unit_test_setup(relative_clause_attachment, kgb_test_rules_setup),
    cmocka_unit_test_setup(acting_without_a_character, kgb_test_rules_setup),
    cmocka_unit_test_setup(performances_praised, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xcast6_count =
    sizeof kgb_tests_sentences_xcast6 / sizeof kgb_tests_sentences_xcast6[0];
