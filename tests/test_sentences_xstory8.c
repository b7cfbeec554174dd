/* test_sentences_xstory8.c: people in plot explainers and reviews, on
 * sentences written for these tests: an age before a kin noun ("her
 * twelve-year-old son, Oisin"), a relative whose appositive name closes the
 * sentence ("... and their daughter, Paloma.") standing for no subject, a
 * first name a review types as a real person joining the character's full
 * name, "as X, and veteran actor Y" typing no one a person, pets named
 * and owned, "Her partner is X", and occupations of reviews. Each test
 * asserts the facts a text must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "her twelve-year-old son, Oisin", "his 8-year-old daughter, Wanjiru" */
static void age_before_kin_noun(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Siobhan Keane is a nurse in Cork. Siobhan takes her twelve-year-old "
      "son, Oisin, to the coast.\n\nHer older brother, Declan, arrives a day "
      "later.\n\nAoife Daly gives a fine performance as Siobhan, and veteran "
      "actor Cathal Byrne plays Padraig.");
  YES(doc, "Siobhan Keane", "hasChild", "Oisin");
  YES(doc, "Siobhan Keane", "hasSibling", "Declan");
  NO(doc, "Oisin", "hasSibling", "Declan");
  NO(doc, "Oisin", "hasChild", "Siobhan Keane");
  CLASS_IS(doc, "Siobhan Keane", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Otieno Mwangi is a mechanic in Kisumu. He raises his "
      "8-year-old daughter, Wanjiru, alone. His sister, Akinyi, "
      "helps.");
  YES(doc, "Otieno Mwangi", "hasChild", "Wanjiru");
  YES(doc, "Otieno Mwangi", "hasSibling", "Akinyi");
  NO(doc, "Wanjiru", "hasSibling", "Akinyi");
  NO(doc, "Wanjiru", "hasChild", "Otieno Mwangi");
  kgb_doc_result_free(doc);
}

/* "... with her husband, Rodrigo, and their daughter, Paloma. Her younger
 * sister ...": the sister is the subject's, not the daughter's */
static void closing_apposition_is_no_subject(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Ximena Ortega is a teacher who lives in Puebla with her "
      "husband, Rodrigo, and their daughter, Paloma. Her younger "
      "sister, Itzel, is a baker.");
  YES(doc, "Ximena Ortega", "hasChild", "Paloma");
  YES(doc, "Rodrigo", "hasChild", "Paloma");
  YES(doc, "Ximena Ortega", "hasSibling", "Itzel");
  NO(doc, "Paloma", "hasSibling", "Itzel");
  NO(doc, "Rodrigo", "hasSibling", "Itzel");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ragnar Einarsson is a fisherman in Husavik who lives with "
      "his wife, Sigrun, and their son, Bjarki. His elder brother, "
      "Gunnar, runs a hotel.");
  YES(doc, "Ragnar Einarsson", "hasChild", "Bjarki");
  YES(doc, "Ragnar Einarsson", "hasSibling", "Gunnar");
  NO(doc, "Bjarki", "hasSibling", "Gunnar");
  NO(doc, "Sigrun", "hasSibling", "Gunnar");
  kgb_doc_result_free(doc);

  /* a relative that opens its clause is still its subject */
  doc = kgb_test_sentence(
      "Ngozi Eze is a lawyer in Enugu. Her husband, Chidi, is a "
      "pilot, and her son, Emeka, is a student. His best friend, "
      "Tobenna, lives next door.");
  YES(doc, "Ngozi Eze", "hasChild", "Emeka");
  YES(doc, "Emeka", "friendOf", "Tobenna");
  NO(doc, "Chidi", "friendOf", "Tobenna");
  kgb_doc_result_free(doc);
}

/* "gives a fine performance as Halina, and veteran actor Marek Wróbel": no
 * one is typed a real person across the "and" */
static void performance_and_veteran_actor(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Halina Nowak is a translator in Gdansk. Halina takes her daughter, "
      "Ola, to the sea.\n\nHer brother, Jerzy, follows.\n\nWiktoria "
      "Zielinska gives a fine performance as Halina, and veteran actor Marek "
      "Wrobel is superb as Tadeusz.");
  YES(doc, "Halina Nowak", "hasChild", "Ola");
  YES(doc, "Halina Nowak", "hasSibling", "Jerzy");
  YES(doc, "Halina Nowak", "playedBy", "Wiktoria Zielinska");
  YES(doc, "Tadeusz", "playedBy", "Marek Wrobel");
  CLASS_IS(doc, "Halina Nowak", "Character");
  CLASS_IS(doc, "Marek Wrobel", "Person");
  NO(doc, "Ola", "hasSibling", "Jerzy");
  NO(doc, "Tadeusz", "playedBy", "Wiktoria Zielinska");
  kgb_doc_result_free(doc);

  /* a real actor named "Name, a veteran actor" is still typed */
  doc = kgb_test_sentence(
      "‘Dust Roads’ is a Czech drama. Jan Novak, a veteran actor, "
      "plays Karel.");
  CLASS_IS(doc, "Jan Novak", "Person");
  YES(doc, "Karel", "playedBy", "Jan Novak");
  kgb_doc_result_free(doc);
}

/* pets: "his dog, a hyperactive vizsla named Koko", "shares his house with
 * an old sheepdog named Bruno", "Burek, the old shepherd dog that ...",
 * "adopts Burek"; a pet is no person and has no occupation */
static void pets_named_and_owned(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Tadeusz Wrona is a detective in Lodz who cannot stop talking "
      "about his dog, a hyperactive vizsla named Koko.");
  YES(doc, "Tadeusz Wrona", "owns", "Koko");
  CLASS_IS(doc, "Koko", "Animal");
  NO(doc, "Koko", "owns", "Tadeusz Wrona");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Seamus Keogh lives on Achill. He shares his crumbling cottage "
      "with an elderly sheepdog named Bruno, and he teaches his "
      "grandson to fish.");
  YES(doc, "Seamus Keogh", "owns", "Bruno");
  CLASS_IS(doc, "Bruno", "Animal");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Caring for Burek, the old shepherd dog that follows Janusz "
      "around the farm, Piotr finds peace. In the closing shot, "
      "Piotr adopts Burek.");
  YES(doc, "Piotr", "owns", "Burek");
  CLASS_IS(doc, "Burek", "Animal");
  NO(doc, "Burek", "occupation", "shepherd");
  NO(doc, "Janusz", "owns", "Burek");
  kgb_doc_result_free(doc);

  /* a person after "adopts" is no pet; "a top dog in the firm" is a person */
  doc = kgb_test_sentence(
      "Wanjiku Kamau is a lawyer in Nairobi. Wanjiku adopts Amani, "
      "a shy orphan. Her rival, Otieno, is the top dog in the firm.");
  NO(doc, "Wanjiku Kamau", "owns", "Amani");
  CLASS_IS(doc, "Otieno", "Character");
  kgb_doc_result_free(doc);
}

/* "Her partner is Bence Varga.": the relative a copula names */
static void relative_named_by_copula(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Eszter Toth is a detective in Pecs. Her "
                        "husband is Laszlo Kiss, a surgeon.");
  YES(doc, "Eszter Toth", "marriedTo", "Laszlo Kiss");
  YES(doc, "Laszlo Kiss", "occupation", "surgeon");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Priya Nair is a teacher in Kochi. Her father is Raghav "
      "Menon.");
  YES(doc, "Priya Nair", "hasParent", "Raghav Menon");
  NO(doc, "Raghav Menon", "hasParent", "Priya Nair");
  kgb_doc_result_free(doc);

  /* not a possessive name, not a negated copula */
  doc = kgb_test_sentence(
      "Priya Nair is a teacher in Kochi. Her father is not Raghav "
      "Menon.");
  NO(doc, "Priya Nair", "hasParent", "Raghav Menon");
  kgb_doc_result_free(doc);
}

/* occupations: describing words before "named", "employs X as a Y", "has
 * worked as", crafts and "master", "civil", "government" modifiers */
static void occupations_in_reviews(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Fatou Diallo is a schoolteacher, married to a kind but "
      "ineffectual baker named Moussa.");
  YES(doc, "Moussa", "occupation", "baker");
  NO(doc, "Fatou Diallo", "occupation", "baker");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Aisling Byrne, who runs the pub across the road, employs "
      "Ciaran as a glass-collector.");
  YES(doc, "Ciaran", "occupation", "glass-collector");
  YES(doc, "Aisling Byrne", "bossOf", "Ciaran");
  NO(doc, "Ciaran", "bossOf", "Aisling Byrne");
  NO(doc, "Aisling Byrne", "occupation", "glass-collector");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Tomasz Lis (Jan Kowal) has worked as a ranger in the Tatra "
      "mountains for thirty years. His father, Bogdan, is a master "
      "tanner, and his cousin Ewa married a civil engineer named "
      "Marek.");
  YES(doc, "Tomasz Lis", "occupation", "ranger");
  YES(doc, "Bogdan", "occupation", "master tanner");
  YES(doc, "Marek", "occupation", "civil engineer");
  NO(doc, "Jan Kowal", "occupation", "ranger");
  NO(doc, "Bogdan", "occupation", "master");
  kgb_doc_result_free(doc);

  /* "works for a small developer called X" is no occupation of X */
  doc = kgb_test_sentence(
      "Kofi Mensah is a lawyer. He works for a small developer called Ashanti "
      "Homes.");
  NO(doc, "Ashanti Homes", "occupation", "developer");
  kgb_doc_result_free(doc);
}

/* "X, the town's only police officer, is also Bec's boyfriend": the copula's
 * subject past an apposition and an actor in brackets */
static void copula_past_apposition(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Mwajuma is a nurse. Sergeant Baraka Otieno (Juma Said), the "
      "town's only police officer, is also Mwajuma's high-school "
      "boyfriend.");
  YES(doc, "Mwajuma", "dated", "Sergeant Baraka Otieno");
  NO(doc, "Juma Said", "dated", "Mwajuma");
  NO(doc, "Mwajuma", "dated", "Juma Said");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Gudrun is a pilot. Einar Olafsson is also Gudrun's "
                          "brother.");
  YES(doc, "Gudrun", "hasSibling", "Einar Olafsson");
  kgb_doc_result_free(doc);

  /* a negated copula names no one */
  doc = kgb_test_sentence(
      "Gudrun is a pilot. Einar Olafsson is not Gudrun's brother.");
  NO(doc, "Gudrun", "hasSibling", "Einar Olafsson");
  kgb_doc_result_free(doc);
}

/* "A and B have moved to X": an auxiliary before the verb of a pair */
static void pair_has_moved(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Dorota Kowalska is a clerk in Lodz. Tadhg and Niamh have "
      "moved to Vienna, where he has found a job. Bartek had never "
      "moved to Gdansk.");
  YES(doc, "Tadhg", "movedTo", "Vienna");
  YES(doc, "Niamh", "movedTo", "Vienna");
  NO(doc, "Bartek", "movedTo", "Gdansk");
  NO(doc, "Dorota Kowalska", "movedTo", "Vienna");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xstory8[] = {
    cmocka_unit_test_setup(age_before_kin_noun, kgb_test_rules_setup),
    cmocka_unit_test_setup(closing_apposition_is_no_subject,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(performance_and_veteran_actor, kgb_test_rules_setup),
    cmocka_unit_test_setup(pets_named_and_owned, kgb_test_rules_setup),
    cmocka_unit_test_setup(relative_named_by_copula, kgb_test_rules_setup),
    cmocka_unit_test_setup(occupations_in_reviews, kgb_test_rules_setup),
    cmocka_unit_test_setup(copula_past_apposition, kgb_test_rules_setup),
    cmocka_unit_test_setup(pair_has_moved, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xstory8_count =
    sizeof kgb_tests_sentences_xstory8 / sizeof kgb_tests_sentences_xstory8[0];
