/* test_sentences_xstory13.c: relations between characters (xstory13),
 * from invented sentences: a name closing a "who" clause is not the subject
 * of what follows it; bosses named by untyped names; lists of relatives;
 * gender from the text's own cues; married pairs; moves and homes.
 * Each test asserts the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* a name closing a 'who' clause is not the subject of the predicate after it;
 * verbs read past 'who' */
static void who_clause_head(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Kemal, who marries his childhood friend Elif, moves to "
      "Izmir.");
  YES(doc, "Kemal", "movedTo", "Izmir");
  SYM(doc, "Kemal", "marriedTo", "Elif");
  NO(doc, "Elif", "movedTo", "Izmir");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Priya, who falls for her neighbour Arjun, moves to Chennai "
      "in the second act.");
  YES(doc, "Priya", "movedTo", "Chennai");
  NO(doc, "Arjun", "movedTo", "Chennai");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Hamid, who has just married Leila, relocates to Tabriz.");
  YES(doc, "Hamid", "movedTo", "Tabriz");
  SYM(doc, "Hamid", "marriedTo", "Leila");
  NO(doc, "Leila", "movedTo", "Tabriz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Farid, who loves his sister Yasmin, relocates to Tunis.");
  YES(doc, "Farid", "movedTo", "Tunis");
  SYM(doc, "Farid", "hasSibling", "Yasmin");
  NO(doc, "Yasmin", "movedTo", "Tunis");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ana, who has been married to Rui for years, moves to Braga.");
  SYM(doc, "Ana", "marriedTo", "Rui");
  YES(doc, "Ana", "movedTo", "Braga");
  NO(doc, "Rui", "movedTo", "Braga");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Omar, who is married to Salma, falls for his neighbour Rana.");
  SYM(doc, "Omar", "marriedTo", "Salma");
  NOSYM(doc, "Salma", "dated", "Rana");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ahmed is a taxi driver in Cairo. Nour, who is engaged to his "
      "cousin Karim, asks him for a favour.");
  SYM(doc, "Nour", "dated", "Karim");
  NOSYM(doc, "Nour", "hasSibling", "Karim");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Thabo, who grew up in Soweto, is now a lawyer in "
                          "Johannesburg.");
  YES(doc, "Thabo", "livesIn", "Soweto");
  kgb_doc_result_free(doc);
}

/* 'works for X' with a person's cues: a boss, not an employer */
static void bosses_named_by_untyped_name(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Ines works for Ricardo Ferreira at the bakery.");
  YES(doc, "Ricardo Ferreira", "bossOf", "Ines");
  NO(doc, "Ines", "worksFor", "Ricardo Ferreira");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Carmen's friend Lola works for Javier Ruiz at the pharmacy.");
  YES(doc, "Javier Ruiz", "bossOf", "Lola");
  NO(doc, "Carmen", "bossOf", "Lola");
  NO(doc, "Lola", "worksFor", "Javier Ruiz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Sara takes a job with Henrik Dahl, a reclusive art "
                          "collector.");
  YES(doc, "Henrik Dahl", "bossOf", "Sara");
  NO(doc, "Sara", "worksFor", "Henrik Dahl");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Sipho now works for Thandeka Dlamini, a wealthy widow.");
  YES(doc, "Thandeka Dlamini", "bossOf", "Sipho");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Hyun-woo now works for Mrs. Baek at her flower shop in "
      "Daegu.");
  YES(doc, "Baek", "bossOf", "Hyun-woo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Since the accident, Mateus has been working for Dona Célia "
      "Ramos at her bakery.");
  YES(doc, "Dona Célia Ramos", "bossOf", "Mateus");
  NO(doc, "Mateus", "worksFor", "Dona Célia Ramos");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Yerlan works under Aigerim Bekova, the head of the mining "
      "company.");
  YES(doc, "Aigerim Bekova", "bossOf", "Yerlan");
  NO(doc, "Yerlan", "worksFor", "Aigerim Bekova");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Hugo is employed by his uncle Armand as a night porter.");
  YES(doc, "Armand", "bossOf", "Hugo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kasia becomes the personal assistant of Marek Nowak, a rich "
      "developer.");
  YES(doc, "Marek Nowak", "bossOf", "Kasia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Dev works for Vesta Media in Lagos.");
  YES(doc, "Dev", "worksFor", "Vesta Media");
  NO(doc, "Vesta Media", "bossOf", "Dev");
  kgb_doc_result_free(doc);
}

/* newspapers, jobs taken at a typed organisation, working together */
static void employers_and_colleagues(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Zanele joins the Cape Times as a junior reporter.");
  YES(doc, "Zanele", "worksFor", "Cape Times");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Bilal gets a job at the Karachi Tribune as a crime reporter.");
  YES(doc, "Bilal", "worksFor", "Karachi Tribune");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Gustavo and Paula work together at a hospital in Recife.");
  SYM(doc, "Gustavo", "colleagueOf", "Paula");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Lena, a detective, and Jonas work together to find the "
      "missing girl.");
  NOSYM(doc, "Lena", "colleagueOf", "Jonas");
  kgb_doc_result_free(doc);
}

/* each name of a list of relatives; 'has three brothers' */
static void plural_relatives_listed(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Maya lives with her siblings Ana, Luis and Marta in a flat "
      "in Valencia.");
  SYM(doc, "Maya", "hasSibling", "Ana");
  SYM(doc, "Maya", "hasSibling", "Luis");
  SYM(doc, "Maya", "hasSibling", "Marta");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Jonas has three brothers, Erik, Lars and Nils, who run the "
      "family farm.");
  SYM(doc, "Jonas", "hasSibling", "Erik");
  SYM(doc, "Jonas", "hasSibling", "Lars");
  SYM(doc, "Jonas", "hasSibling", "Nils");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kalani's brothers, Keoni, Makoa and Ikaika, run a surf "
      "school.");
  SYM(doc, "Kalani", "hasSibling", "Keoni");
  SYM(doc, "Kalani", "hasSibling", "Makoa");
  SYM(doc, "Kalani", "hasSibling", "Ikaika");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Babajide has three children, Tolu, Kemi and Dayo.");
  YES(doc, "Babajide", "hasChild", "Tolu");
  YES(doc, "Babajide", "hasChild", "Kemi");
  YES(doc, "Babajide", "hasChild", "Dayo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Priya's sisters, Anjali, Meera and Kavya, plan the wedding.");
  SYM(doc, "Priya", "hasSibling", "Anjali");
  SYM(doc, "Priya", "hasSibling", "Meera");
  SYM(doc, "Priya", "hasSibling", "Kavya");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Arjun's father is a strict schoolteacher named Prakash.");
  YES(doc, "Arjun", "hasParent", "Prakash");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Mehdi's father is a retired pilot called Reza.");
  YES(doc, "Mehdi", "hasParent", "Reza");
  kgb_doc_result_free(doc);
}

/* a possessive in a genderless name's clause goes to the person the text gave
 * its gender */
static void gender_from_the_text(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Mateo is a shy violinist. He lives in Bogotá. Valentina, "
      "falling for his older brother Sebastián, stops answering his "
      "calls.");
  SYM(doc, "Mateo", "hasSibling", "Sebastián");
  NOSYM(doc, "Valentina", "hasSibling", "Sebastián");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Dmitri is the eldest son of a fisherman. Anya, who grew up "
      "with his sister Katya, comes back to the village.");
  SYM(doc, "Dmitri", "hasSibling", "Katya");
  NOSYM(doc, "Anya", "hasSibling", "Katya");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Erik, a former soldier, is the eldest son of a Bergen "
      "shipowner. Sofie, who adores his little brother Nils, visits "
      "the farm.");
  SYM(doc, "Erik", "hasSibling", "Nils");
  NOSYM(doc, "Sofie", "hasSibling", "Nils");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Pedro, a fisherman, returns to Lisbon after his father's "
      "death. Inês, who has always loved his younger brother Rui, "
      "avoids him.");
  SYM(doc, "Pedro", "hasSibling", "Rui");
  NOSYM(doc, "Inês", "hasSibling", "Rui");
  kgb_doc_result_free(doc);
}

/* married pairs, and people named like towns */
static void married_pairs(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Nils and Astrid, married for thirty years, run a bakery in "
      "Uppsala.");
  SYM(doc, "Nils", "marriedTo", "Astrid");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kwesi and Abena, who have been married for a decade, move to "
      "Kumasi.");
  SYM(doc, "Kwesi", "marriedTo", "Abena");
  YES(doc, "Kwesi", "movedTo", "Kumasi");
  YES(doc, "Abena", "movedTo", "Kumasi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Leon and Mira, a married couple from Zagreb, buy a vineyard.");
  SYM(doc, "Leon", "marriedTo", "Mira");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Florence and Adelaide, a married couple, open a bookshop.");
  SYM(doc, "Florence", "marriedTo", "Adelaide");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Sofía is married to a wealthy banker, Ignacio Varela.");
  SYM(doc, "Sofía", "marriedTo", "Ignacio Varela");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Oskar, a carpenter, plans to marry Frida in the spring.");
  NOSYM(doc, "Oskar", "marriedTo", "Frida");
  kgb_doc_result_free(doc);
}

/* settling, growing up, living in a place phrase, moving in with */
static void moves_and_homes(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Wanjiru settles in Mombasa, where she opens a small hotel.");
  YES(doc, "Wanjiru", "movedTo", "Mombasa");
  YES(doc, "Wanjiru", "livesIn", "Mombasa");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Giorgos and his wife settle in Thessaloniki after the war.");
  YES(doc, "Giorgos", "movedTo", "Thessaloniki");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Dilnoza and her husband Rustam emigrate to Germany in 1992.");
  YES(doc, "Dilnoza", "movedTo", "Germany");
  YES(doc, "Rustam", "movedTo", "Germany");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Nour eventually moves in with her aunt in Amman.");
  YES(doc, "Nour", "movedTo", "Amman");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Lars, a widowed fisherman, lives alone on the outskirts of "
      "Bergen.");
  YES(doc, "Lars", "livesIn", "Bergen");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Siobhan lives in a caravan outside Cork with her son.");
  YES(doc, "Siobhan", "livesIn", "Cork");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Born and raised in Naples, Gennaro now runs a pizzeria in "
      "Turin.");
  YES(doc, "Gennaro", "livesIn", "Naples");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Raised in Valparaíso by her aunt, Camila now teaches in "
      "Santiago.");
  YES(doc, "Camila", "livesIn", "Valparaíso");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kenji (Hiroshi Abe) grew up in Kobe, where his father ran a "
      "bakery.");
  YES(doc, "Kenji", "livesIn", "Kobe");
  NO(doc, "Hiroshi Abe", "livesIn", "Kobe");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ivan, a refugee from Kharkiv, is resettled in Kraków with "
      "his mother.");
  YES(doc, "Ivan", "movedTo", "Kraków");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Nkechi takes a job at a bank in Abuja.");
  YES(doc, "Nkechi", "movedTo", "Abuja");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Zainab lives with her father, a fisherman called Idris, in "
      "Lamu.");
  YES(doc, "Zainab", "livesIn", "Lamu");
  YES(doc, "Zainab", "hasParent", "Idris");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kasia, a nurse, dreams of moving to Paris.");
  NO(doc, "Kasia", "movedTo", "Paris");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Selin, a teacher, never lived in Ankara.");
  NO(doc, "Selin", "livesIn", "Ankara");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xstory13[] = {
    cmocka_unit_test_setup(who_clause_head, kgb_test_rules_setup),
    cmocka_unit_test_setup(bosses_named_by_untyped_name, kgb_test_rules_setup),
    cmocka_unit_test_setup(employers_and_colleagues, kgb_test_rules_setup),
    cmocka_unit_test_setup(plural_relatives_listed, kgb_test_rules_setup),
    cmocka_unit_test_setup(gender_from_the_text, kgb_test_rules_setup),
    cmocka_unit_test_setup(married_pairs, kgb_test_rules_setup),
    cmocka_unit_test_setup(moves_and_homes, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xstory13_count =
    sizeof kgb_tests_sentences_xstory13 /
    sizeof kgb_tests_sentences_xstory13[0];
