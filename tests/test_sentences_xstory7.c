/* test_sentences_xstory7.c: relations between characters in plot and ending
 * explainers, on sentences written for these tests: employers ("joins X as",
 * "is hired by X", "X's newest recruit", "her employer, X"), colleagues
 * ("fellow nurse X", "works alongside X", "two detectives at the same
 * precinct"), friends ("has been friends with X"), break-ups ("dumps",
 * "walks out on", "splits from", "their relationship ends"), homes ("her flat
 * in X", "a X-based lawyer", "at home in X", "settled in X"), and the
 * precision of relatives: the person after a possessor ("the wife of his
 * friend Tunde"), an opening "In Title," phrase. Each test asserts the facts
 * a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* joins, is hired by, newest recruit, gets a job at, her employer */
static void employers(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Paper Lanterns’ is a drama. Tomasz joins "
                        "Vistula Bank as a junior analyst.");
  YES(doc, "Tomasz", "worksFor", "Vistula Bank");
  YES(doc, "Tomasz", "occupation", "junior analyst");
  CLASS_IS(doc, "Vistula Bank", "Organization");
  kgb_doc_result_free(doc);

  /* a person joined is no employer */
  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Aoife joins Niamh at the bar.");
  NO(doc, "Aoife", "worksFor", "Niamh");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Road’ is a thriller. Wanjiru is hired by Savanna "
      "Freight. Later Kofi is recruited by Hanbit Securities.");
  YES(doc, "Wanjiru", "worksFor", "Savanna Freight");
  YES(doc, "Kofi", "worksFor", "Hanbit Securities");
  kgb_doc_result_free(doc);

  /* hired by a person, or not hired at all */
  doc =
      kgb_test_sentence("‘Salt Road’ is a thriller. Marisol is hired by Tunde. "
                        "Emeka is not hired by Vistula Bank.");
  NO(doc, "Marisol", "worksFor", "Tunde");
  NO(doc, "Emeka", "worksFor", "Vistula Bank");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Road’ is a thriller. Jin-ho is Hanbit Securities' "
      "newest recruit.");
  YES(doc, "Jin-ho", "worksFor", "Hanbit Securities");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Salt Road’ is a thriller. Chiamaka gets a job at Eko "
                        "Media.");
  YES(doc, "Chiamaka", "worksFor", "Eko Media");
  kgb_doc_result_free(doc);

  /* her employer, an organisation: no boss, no person */
  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Aoife's employer, Kestrel "
      "Logistics, is failing.");
  YES(doc, "Aoife", "worksFor", "Kestrel Logistics");
  NO(doc, "Kestrel Logistics", "bossOf", "Aoife");
  CLASS_IS(doc, "Kestrel Logistics", "Organization");
  kgb_doc_result_free(doc);

  /* her employer, a person: the boss */
  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Aoife's employer, Mrs. Byrne, "
      "is cruel.");
  YES(doc, "Byrne", "bossOf", "Aoife");
  NO(doc, "Aoife", "worksFor", "Byrne");
  kgb_doc_result_free(doc);

  /* "works as a cook at X": the job is "cook", not "cook at" */
  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Sigrún works as a cook at "
      "Hótel Borg.");
  YES(doc, "Sigrún", "occupation", "cook");
  NO(doc, "Sigrún", "occupation", "cook at");
  YES(doc, "Sigrún", "worksFor", "Hótel Borg");
  kgb_doc_result_free(doc);
}

/* fellow nurse, works alongside, the same precinct, are colleagues */
static void colleagues(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Paper Lanterns’ is a drama. Aoife and "
                        "fellow nurse Niamh Kelly find the body.");
  SYM(doc, "Aoife", "colleagueOf", "Niamh Kelly");
  NOSYM(doc, "Aoife", "friendOf", "Niamh Kelly");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Aoife works alongside Niamh "
      "Kelly at the clinic.");
  SYM(doc, "Aoife", "colleagueOf", "Niamh Kelly");
  kgb_doc_result_free(doc);

  /* alongside her husband: the husband, not herself */
  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Aoife works alongside her "
      "husband, Cathal.");
  SYM(doc, "Aoife", "colleagueOf", "Cathal");
  SYM(doc, "Aoife", "marriedTo", "Cathal");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Dust Roads’ is a crime drama. Kamau and Otieno, two "
                        "detectives at the same precinct, investigate.");
  SYM(doc, "Kamau", "colleagueOf", "Otieno");
  kgb_doc_result_free(doc);

  /* two boys from the same village are no colleagues */
  doc = kgb_test_sentence(
      "‘Dust Roads’ is a crime drama. Kamau and Otieno, two boys "
      "from the same village, meet again.");
  NOSYM(doc, "Kamau", "colleagueOf", "Otieno");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dust Roads’ is a crime drama. Pavel and Jiří work at the "
      "same hospital. Marek and Zdeněk are colleagues.");
  SYM(doc, "Pavel", "colleagueOf", "Jiří");
  SYM(doc, "Marek", "colleagueOf", "Zdeněk");
  NOSYM(doc, "Jiří", "colleagueOf", "Marek");
  kgb_doc_result_free(doc);
}

/* has been friends with, becomes friends with; not friends */
static void friends(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Paper Lanterns’ is a drama. Aoife has been "
                        "friends with Siobhan since school.");
  SYM(doc, "Aoife", "friendOf", "Siobhan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Seo-yeon becomes friends with "
      "Ha-eun.");
  SYM(doc, "Seo-yeon", "friendOf", "Ha-eun");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Marisol is not friends with "
      "Lupe.");
  NOSYM(doc, "Marisol", "friendOf", "Lupe");
  kgb_doc_result_free(doc);
}

/* dumps, walks out on, splits from, their relationship ends, breaks up with
 * her boyfriend */
static void break_ups(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Paper Lanterns’ is a drama. Marisol dumps "
                        "Joaquín at the airport.");
  SYM(doc, "Marisol", "brokeUpWith", "Joaquín");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Marisol dumps the letters in "
      "the river. Then she walks out on the meeting.");
  NO(doc, "Marisol", "brokeUpWith", "Marisol");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Agnieszka walks out on Piotr.");
  SYM(doc, "Agnieszka", "brokeUpWith", "Piotr");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Agnieszka splits from Piotr. "
      "Hanna does not split from Bartek.");
  SYM(doc, "Agnieszka", "brokeUpWith", "Piotr");
  NOSYM(doc, "Hanna", "brokeUpWith", "Bartek");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Paper Lanterns’ is a drama. Marisol and Joaquín's "
                          "relationship ends when he lies.");
  SYM(doc, "Marisol", "brokeUpWith", "Joaquín");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Paper Lanterns’ is a drama. Marisol and Joaquín's "
                          "relationship deepens.");
  NOSYM(doc, "Marisol", "brokeUpWith", "Joaquín");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Marisol breaks up with her "
      "boyfriend, Joaquín.");
  SYM(doc, "Marisol", "brokeUpWith", "Joaquín");
  SYM(doc, "Marisol", "dated", "Joaquín");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Marisol never breaks up with "
      "Joaquín.");
  NOSYM(doc, "Marisol", "brokeUpWith", "Joaquín");
  kgb_doc_result_free(doc);
}

/* her flat in X, a X-based lawyer, at home in X, settled in X */
static void homes(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Paper Lanterns’ is a drama. Marisol returns "
                        "to her flat in Guadalajara.");
  YES(doc, "Marisol", "livesIn", "Guadalajara");
  kgb_doc_result_free(doc);

  /* the flat is the possessor's */
  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Aoife visits Niamh's flat in "
      "Galway.");
  YES(doc, "Niamh", "livesIn", "Galway");
  NO(doc, "Aoife", "livesIn", "Galway");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dust Roads’ is a crime drama. Otieno, a Nairobi-based "
      "lawyer, takes the case.");
  YES(doc, "Otieno", "livesIn", "Nairobi");
  YES(doc, "Otieno", "occupation", "lawyer");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dust Roads’ is a crime drama. The Mumbai-based architect "
      "Kavya Menon designs a tower.");
  YES(doc, "Kavya Menon", "livesIn", "Mumbai");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Back at home in Guadalajara, "
      "Marisol cries.");
  YES(doc, "Marisol", "livesIn", "Guadalajara");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Paper Lanterns’ is a drama. Guðrún has settled in "
                          "Reykjavík. Einar has not settled in Akureyri.");
  YES(doc, "Guðrún", "livesIn", "Reykjavík");
  NO(doc, "Einar", "livesIn", "Akureyri");
  kgb_doc_result_free(doc);
}

/* the person after a possessor is the object: "the wife of his friend
 * Tunde" */
static void relatives_of_possessors(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Paper Lanterns’ is a drama. Kunle falls "
                        "for Folake, the wife of his friend Tunde.");
  SYM(doc, "Folake", "marriedTo", "Tunde");
  NOSYM(doc, "Folake", "marriedTo", "Kunle");
  SYM(doc, "Kunle", "friendOf", "Tunde");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Kunle meets Bisi, the daughter "
      "of his friend Tunde.");
  YES(doc, "Bisi", "hasParent", "Tunde");
  NO(doc, "Bisi", "hasParent", "Kunle");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Kunle meets Bisi, the sister "
      "of Tunde's wife.");
  NOSYM(doc, "Bisi", "hasSibling", "Tunde");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Bisi, the widow of Tunde, "
      "runs a shop. Kunle is the brother of Tunde.");
  SYM(doc, "Bisi", "marriedTo", "Tunde");
  SYM(doc, "Kunle", "hasSibling", "Tunde");
  kgb_doc_result_free(doc);

  /* a chain of possessors: the son of the friend, not of "her" */
  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Chioma meets Tunde, the son of "
      "her mother's friend.");
  NO(doc, "Tunde", "hasParent", "Chioma");
  NO(doc, "Tunde", "hasParent", "Chioma's mother");
  YES(doc, "Chioma", "hasParent", "Chioma's mother");
  kgb_doc_result_free(doc);

  /* her grandmother: the possessor has the grandparent */
  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Amara visits her grandmother "
      "Adaeze in Enugu.");
  YES(doc, "Amara", "hasGrandparent", "Adaeze");
  NO(doc, "Adaeze", "hasGrandparent", "Amara");
  kgb_doc_result_free(doc);

  /* negation */
  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Tunde is not her father, Amara "
      "learns.");
  NO(doc, "Amara", "hasParent", "Tunde");
  kgb_doc_result_free(doc);
}

/* two relative nouns for one person: both relations, named before or after */
static void two_relative_nouns(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Paper Lanterns’ is a drama. Clíodhna, "
                        "Aoife's best friend and roommate, cheers her "
                        "on.");
  SYM(doc, "Aoife", "friendOf", "Clíodhna");
  SYM(doc, "Aoife", "livedWith", "Clíodhna");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Aoife's friend and flatmate, "
      "Niamh, is a nurse.");
  SYM(doc, "Aoife", "friendOf", "Niamh");
  SYM(doc, "Aoife", "livedWith", "Niamh");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Aoife meets her friend and "
      "colleague Niamh.");
  SYM(doc, "Aoife", "colleagueOf", "Niamh");
  SYM(doc, "Aoife", "friendOf", "Niamh");
  NOSYM(doc, "Aoife", "livedWith", "Niamh");
  kgb_doc_result_free(doc);

  /* kin nouns are two people: "her son and daughter Zofia" */
  doc = kgb_test_sentence("‘Paper Lanterns’ is a drama. Ewa calls her son and "
                          "daughter Zofia.");
  NOSYM(doc, "Ewa", "livedWith", "Zofia");
  NOSYM(doc, "Ewa", "friendOf", "Zofia");
  kgb_doc_result_free(doc);
}

/* jobs and homes in other words: "earns a living as", "trained as",
 * "Retired teacher X", "has lived in", "X and his wife Y live in", "live
 * together in", "returns to X for good", "rents a room from" */
static void jobs_and_homes_more(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Paper Lanterns’ is a drama. Olek earns a "
                        "living as a translator. Ayodele trained as a "
                        "nurse.");
  YES(doc, "Olek", "occupation", "translator");
  YES(doc, "Ayodele", "occupation", "nurse");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Retired teacher Olek Nowak "
      "meets Zofia.");
  YES(doc, "Olek Nowak", "occupation", "retired teacher");
  NO(doc, "Zofia", "occupation", "retired teacher");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Olek has lived in Gdańsk all "
      "his life.");
  YES(doc, "Olek", "livesIn", "Gdańsk");
  kgb_doc_result_free(doc);

  /* a former home is not where she lives */
  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Their grandmother Halina had "
      "once lived in Gdańsk.");
  NO(doc, "Halina", "livesIn", "Gdańsk");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Olek and his wife Zofia live "
      "in Gdańsk.");
  YES(doc, "Olek", "livesIn", "Gdańsk");
  YES(doc, "Zofia", "livesIn", "Gdańsk");
  SYM(doc, "Olek", "marriedTo", "Zofia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Olek and Zofia live together "
      "in Gdańsk.");
  YES(doc, "Olek", "livesIn", "Gdańsk");
  YES(doc, "Zofia", "livesIn", "Gdańsk");
  SYM(doc, "Olek", "livedWith", "Zofia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Olek returns to Gdańsk for "
      "good. Zofia returns to Warsaw for a week.");
  YES(doc, "Olek", "movedTo", "Gdańsk");
  NO(doc, "Zofia", "movedTo", "Warsaw");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Aoife and Siobhan share a "
      "house in Galway. Bronagh shares a flat in Belfast with her "
      "cousin Clodagh.");
  YES(doc, "Aoife", "livesIn", "Galway");
  YES(doc, "Siobhan", "livesIn", "Galway");
  YES(doc, "Bronagh", "livesIn", "Belfast");
  SYM(doc, "Bronagh", "livedWith", "Clodagh");
  NO(doc, "Clodagh", "livesIn", "Galway");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Paper Lanterns’ is a drama. Olek rents a room from "
                          "Zofia.");
  SYM(doc, "Olek", "livedWith", "Zofia");
  kgb_doc_result_free(doc);
}

/* a possessor before the object is not the object: "is engaged to Folake's
 * cousin", "divorces Folake's sister", "moves in with Folake's brother" */
static void possessor_is_not_the_object(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("‘Paper Lanterns’ is a drama. Tunde is "
                                        "engaged to Folake's cousin.");
  NOSYM(doc, "Tunde", "dated", "Folake");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Paper Lanterns’ is a drama. Tunde divorces Folake's "
                        "sister.");
  NOSYM(doc, "Tunde", "marriedTo", "Folake");
  NOSYM(doc, "Tunde", "brokeUpWith", "Folake");
  SYM(doc, "Tunde", "brokeUpWith", "Folake's sister");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Tunde moves in with Folake's "
      "brother.");
  NOSYM(doc, "Tunde", "livedWith", "Folake");
  SYM(doc, "Tunde", "livedWith", "Folake's brother");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Tunde befriends Folake's son. "
      "Kofi is married to Esi.");
  NOSYM(doc, "Tunde", "friendOf", "Folake");
  SYM(doc, "Kofi", "marriedTo", "Esi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Tunde is married to his job.");
  NO(doc, "Tunde", "marriedTo", "Tunde");
  kgb_doc_result_free(doc);
}

/* pairs in apposition, "a friend of X's", flatmates, a described partner */
static void pairs_and_partners(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Paper Lanterns’ is a drama. Aoife and "
                        "Siobhan, best friends since school, open a "
                        "café.");
  SYM(doc, "Aoife", "friendOf", "Siobhan");
  kgb_doc_result_free(doc);

  /* friends of a third person, not of each other */
  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Aoife and Siobhan, friends of "
      "Cathal, open a café.");
  NOSYM(doc, "Aoife", "friendOf", "Siobhan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Jakub, a friend of Tereza's, "
      "opens a café. Lucie and Hana are flatmates.");
  SYM(doc, "Jakub", "friendOf", "Tereza");
  SYM(doc, "Lucie", "livedWith", "Hana");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Wambui finally leaves her "
      "abusive husband, Njoroge.");
  SYM(doc, "Wambui", "brokeUpWith", "Njoroge");
  SYM(doc, "Wambui", "marriedTo", "Njoroge");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Wambui leaves her sleeping "
      "daughter with Njoroge.");
  NO(doc, "Wambui", "brokeUpWith", "Wambui's daughter");
  NOSYM(doc, "Wambui", "brokeUpWith", "Njoroge");
  kgb_doc_result_free(doc);
}

/* "In Paper Lanterns, Amara ...": the title is no one's relative */
static void opening_in_phrase(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In Paper Lanterns, Amara Obi mourns her father, Tunde.");
  YES(doc, "Amara Obi", "hasParent", "Tunde");
  NO(doc, "Paper Lanterns", "hasParent", "Tunde");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. In Kowloon, Mei-ling Chan "
      "calls her brother, Wing.");
  YES(doc, "Mei-ling Chan", "hasSibling", "Wing");
  NO(doc, "Kowloon", "hasSibling", "Wing");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xstory7[] = {
    cmocka_unit_test_setup(employers, kgb_test_rules_setup),
    cmocka_unit_test_setup(colleagues, kgb_test_rules_setup),
    cmocka_unit_test_setup(friends, kgb_test_rules_setup),
    cmocka_unit_test_setup(break_ups, kgb_test_rules_setup),
    cmocka_unit_test_setup(homes, kgb_test_rules_setup),
    cmocka_unit_test_setup(relatives_of_possessors, kgb_test_rules_setup),
    cmocka_unit_test_setup(opening_in_phrase, kgb_test_rules_setup),
    cmocka_unit_test_setup(two_relative_nouns, kgb_test_rules_setup),
    cmocka_unit_test_setup(jobs_and_homes_more, kgb_test_rules_setup),
    cmocka_unit_test_setup(possessor_is_not_the_object, kgb_test_rules_setup),
    cmocka_unit_test_setup(pairs_and_partners, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xstory7_count =
    sizeof kgb_tests_sentences_xstory7 / sizeof kgb_tests_sentences_xstory7[0];
