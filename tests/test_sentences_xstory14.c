/* test_sentences_xstory14.c: relations between characters (xstory14), from
 * invented sentences: given names the dictionary also has, opening a
 * sentence; a possessive after a word of love; siblings and couples named as
 * a pair; homes named after those one lives with; moves of a person and a
 * relative. Each test asserts the facts a sentence must give and those it
 * must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* a dictionary word opening a sentence is a given name when a person's verb,
 * a possessive kin noun or "is married to" follows */
static void initial_dictionary_names(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Yaw's twin brother Kofi is a footballer.");
  SYM(doc, "Yaw", "hasSibling", "Kofi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Maria has been married to Stefan for twenty "
                          "years.");
  SYM(doc, "Maria", "marriedTo", "Stefan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Bola marries Tunde in a small church in Ibadan.");
  SYM(doc, "Bola", "marriedTo", "Tunde");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Bola and her sister Funmi open a hair salon.");
  SYM(doc, "Bola", "hasSibling", "Funmi");
  kgb_doc_result_free(doc);

  /* a word that does no person's deed stays a word */
  doc = kgb_test_sentence("Hope dies in the end, and Tunde marries Bola.");
  CLASS_IS(doc, "Hope", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Fate brings Kemal back to Izmir, where he "
                          "marries Elif.");
  CLASS_IS(doc, "Fate", NULL);
  SYM(doc, "Kemal", "marriedTo", "Elif");
  kgb_doc_result_free(doc);
}

/* "falling for his older brother": the lover is not the possessor of the
 * blood relative, when another person may be */
static void love_and_blood_kin(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Lucía dates Mateo while falling for his older brother Diego.");
  SYM(doc, "Lucía", "dated", "Mateo");
  SYM(doc, "Mateo", "hasSibling", "Diego");
  NOSYM(doc, "Lucía", "hasSibling", "Diego");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ingrid, engaged to Tomasz, falls for his brother "
                          "Pavel.");
  SYM(doc, "Tomasz", "hasSibling", "Pavel");
  NOSYM(doc, "Ingrid", "hasSibling", "Pavel");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Leila marries Karim but has an affair with his "
                          "father, Nabil.");
  YES(doc, "Karim", "hasParent", "Nabil");
  NO(doc, "Leila", "hasParent", "Nabil");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Akosua is dating Kweku and secretly kissing his "
                          "twin brother Kojo.");
  SYM(doc, "Kweku", "hasSibling", "Kojo");
  NOSYM(doc, "Akosua", "hasSibling", "Kojo");
  kgb_doc_result_free(doc);

  /* not a blood relative's own possessive: his brother's wife */
  doc = kgb_test_sentence("Kemal meets Orhan at the port. Kemal falls for "
                          "his brother's wife, Aylin.");
  NOSYM(doc, "Orhan", "hasSibling", "Kemal's brother");
  kgb_doc_result_free(doc);

  /* "Tom" (a dictionary word) is a name now: "he" is Tom, so "her" is
   * Sophie's */
  doc = kgb_test_sentence("Tom is engaged to Sophie, but he falls for her "
                          "best friend, Grace.");
  SYM(doc, "Tom", "dated", "Sophie");
  SYM(doc, "Grace", "friendOf", "Sophie");
  NOSYM(doc, "Tom", "friendOf", "Grace");
  kgb_doc_result_free(doc);

  /* no word of love: one's own kin */
  doc = kgb_test_sentence("Ali loves his mother, Zehra, more than "
                          "anything.");
  YES(doc, "Ali", "hasParent", "Zehra");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Sung-min visits his sister Ji-woo in Daegu.");
  SYM(doc, "Sung-min", "hasSibling", "Ji-woo");
  kgb_doc_result_free(doc);
}

/* siblings and couples named as a pair, names the gazetteer knows as towns
 * included */
static void pairs_named(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Pedro and Lucas are brothers who run a bar in Salvador.");
  SYM(doc, "Pedro", "hasSibling", "Lucas");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Neha and Rohan, siblings from Delhi, travel to "
                          "Goa.");
  SYM(doc, "Neha", "hasSibling", "Rohan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana and Iker are twin sisters.");
  SYM(doc, "Ana", "hasSibling", "Iker");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The brothers Farid and Nabil run a garage in "
                          "Oran.");
  SYM(doc, "Farid", "hasSibling", "Nabil");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Rania and Tarek are a married couple.");
  SYM(doc, "Rania", "marriedTo", "Tarek");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Divya and Karan, a couple living in Pune, adopt "
                          "a dog.");
  SYM(doc, "Divya", "dated", "Karan");
  YES(doc, "Divya", "livesIn", "Pune");
  YES(doc, "Karan", "livesIn", "Pune");
  kgb_doc_result_free(doc);

  /* not kin words: "like brothers", "brothers-in-law", "a couple of" */
  doc = kgb_test_sentence("Tom and Ben are like brothers, and Tom marries "
                          "Ana.");
  NOSYM(doc, "Tom", "hasSibling", "Ben");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tom and Ben are brothers-in-law, and Tom marries "
                          "Ana.");
  NOSYM(doc, "Tom", "hasSibling", "Ben");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana and Rui, a couple of old friends, open a "
                          "café with her sister Bia.");
  NOSYM(doc, "Ana", "dated", "Rui");
  kgb_doc_result_free(doc);
}

/* the town of a home named after those one lives or shares it with */
static void homes_after_people(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Ama lives with her boyfriend Kojo in a flat in Accra.");
  YES(doc, "Ama", "livesIn", "Accra");
  SYM(doc, "Ama", "livedWith", "Kojo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Malak lives with her grandmother, Samira, in "
                          "Tangier.");
  YES(doc, "Malak", "livesIn", "Tangier");
  YES(doc, "Malak", "hasGrandparent", "Samira");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Camille shares a flat with her best friend Léa "
                          "in Lyon.");
  YES(doc, "Camille", "livesIn", "Lyon");
  SYM(doc, "Camille", "livedWith", "Léa");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kwame, a taxi driver living in Kumasi, falls for "
                          "Adjoa.");
  YES(doc, "Kwame", "livesIn", "Kumasi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Hugo shares a flat with Nico and works in Lyon.");
  NO(doc, "Hugo", "livesIn", "Lyon");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kwame, a friend of a man living in Kumasi, calls "
                          "his sister Adjoa.");
  NO(doc, "Kwame", "livesIn", "Kumasi");
  kgb_doc_result_free(doc);
}

/* a person and a relative who move together; "engaged to" past a clause */
static void moves_and_engagements(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Santiago and his wife Valentina move to Buenos Aires.");
  YES(doc, "Santiago", "movedTo", "Buenos Aires");
  YES(doc, "Valentina", "movedTo", "Buenos Aires");
  SYM(doc, "Santiago", "marriedTo", "Valentina");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Karin and her husband, Lars, relocate to "
                          "Uppsala.");
  YES(doc, "Karin", "movedTo", "Uppsala");
  YES(doc, "Lars", "movedTo", "Uppsala");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Lena, who lives in Leipzig, is engaged to Felix.");
  SYM(doc, "Lena", "dated", "Felix");
  YES(doc, "Lena", "livesIn", "Leipzig");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Facundo quits his job, tells Ortega what he "
                          "thinks of him, and moves to Mendoza.");
  NO(doc, "Ortega", "movedTo", "Mendoza");
  kgb_doc_result_free(doc);
}

/* kin, love and moves in more shapes: a described parent, "in love with",
 * love and marriage after an apposition, "tie the knot", an affair, a
 * bride, a move in a "who" clause */
static void kin_love_moves_shapes(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Elif, daughter of the village imam Hasan, falls in love with Deniz.");
  YES(doc, "Elif", "hasParent", "Hasan");
  SYM(doc, "Elif", "dated", "Deniz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ikechukwu, the eldest son of a wealthy trader, "
                          "Obi, refuses to marry.");
  YES(doc, "Ikechukwu", "hasParent", "Obi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana, the daughter of a man who knows Rui, marries "
                          "Tiago.");
  SYM(doc, "Ana", "marriedTo", "Tiago");
  NO(doc, "Ana", "hasParent", "Rui");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Viktor is in love with Anya.");
  SYM(doc, "Viktor", "dated", "Anya");
  kgb_doc_result_free(doc);

  /* a love not returned */
  doc = kgb_test_sentence("Dmytro is secretly in love with his friend's "
                          "sister, Sofia, and Sofia marries Ivan.");
  NOSYM(doc, "Dmytro", "dated", "Sofia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Nkechi, a Lagos-based lawyer, marries Chidi.");
  SYM(doc, "Nkechi", "marriedTo", "Chidi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Aryan and Meera tie the knot in Udaipur.");
  SYM(doc, "Aryan", "marriedTo", "Meera");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kai and Mele, a young couple from Apia, marry in "
                          "secret.");
  SYM(doc, "Kai", "marriedTo", "Mele");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Oscar and Frida have been together for ten "
                          "years.");
  SYM(doc, "Oscar", "dated", "Frida");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ji-ho and Seo-yeon begin a secret "
                          "relationship.");
  SYM(doc, "Ji-ho", "dated", "Seo-yeon");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Leon cheats on his wife, Hanna, with Sabine.");
  SYM(doc, "Leon", "marriedTo", "Hanna");
  SYM(doc, "Leon", "dated", "Sabine");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Hamid and his new bride, Shirin, settle in "
                          "Isfahan.");
  SYM(doc, "Hamid", "marriedTo", "Shirin");
  YES(doc, "Hamid", "movedTo", "Isfahan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In 1962, Rachid emigrates from Oran to "
                          "Marseille.");
  YES(doc, "Rachid", "movedTo", "Marseille");
  NO(doc, "Rachid", "movedTo", "Oran");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Laila, who recently moved to Amman, befriends "
                          "Huda.");
  YES(doc, "Laila", "movedTo", "Amman");
  SYM(doc, "Laila", "friendOf", "Huda");
  kgb_doc_result_free(doc);
}

/* colleagues named right after "works with", bosses who own the workplace,
 * and a person verb naming a given name the dictionary has */
static void work_ties(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Hana works with Takeshi at a ramen shop in Osaka.");
  SYM(doc, "Hana", "colleagueOf", "Takeshi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Giorgos is a police officer who works alongside "
                          "Nikos.");
  SYM(doc, "Giorgos", "colleagueOf", "Nikos");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ines works with her father Rui at the port.");
  YES(doc, "Ines", "hasParent", "Rui");
  NOSYM(doc, "Ines", "colleagueOf", "Rui");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Sven works at a sawmill owned by Gunnar.");
  YES(doc, "Gunnar", "bossOf", "Sven");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Bilal works for a law firm run by the ruthless "
                          "Okafor.");
  YES(doc, "Okafor", "bossOf", "Bilal");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Bola quits her job at the bank after a fight "
                          "with her sister Funmi.");
  SYM(doc, "Bola", "hasSibling", "Funmi");
  kgb_doc_result_free(doc);
}

/* a marriage past an actor in brackets; homes in a "who" clause after a
 * pair, and where one is raised */
static void brackets_and_homes(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Jonas (Lars Mikkelsen) is married to Birgit (Sofie Gråbøl).");
  SYM(doc, "Jonas", "marriedTo", "Birgit");
  NOSYM(doc, "Lars Mikkelsen", "marriedTo", "Birgit");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kaveh and Leyla, who live in Shiraz, are "
                          "expecting their first child.");
  YES(doc, "Kaveh", "livesIn", "Shiraz");
  YES(doc, "Leyla", "livesIn", "Shiraz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kiri is raised by her grandparents in Rotorua.");
  YES(doc, "Kiri", "livesIn", "Rotorua");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Hoa, an orphan raised by her grandmother in Huế, "
                          "dreams of becoming a singer.");
  YES(doc, "Hoa", "livesIn", "Huế");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kaveh and Leyla, who met in Shiraz, marry in "
                          "Tehran.");
  NO(doc, "Kaveh", "livesIn", "Shiraz");
  kgb_doc_result_free(doc);
}

/* a trade of a town, a home one has long lived in, a move for work */
static void towns_of_work_and_home(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("Otávio is a São Paulo lawyer.");
  YES(doc, "Otávio", "livesIn", "São Paulo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Arjun, a Pune software engineer, marries Priya.");
  YES(doc, "Arjun", "livesIn", "Pune");
  SYM(doc, "Arjun", "marriedTo", "Priya");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Gabriel is a Lisbon-based architect.");
  YES(doc, "Gabriel", "livesIn", "Lisbon");
  kgb_doc_result_free(doc);

  /* a trade of film says where one works, not lives */
  doc = kgb_test_sentence("Ana Ruiz is a Madrid filmmaker.");
  NO(doc, "Ana Ruiz", "livesIn", "Madrid");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("She calls her grandfather, Stavros, a retired "
                          "fisherman who has lived alone in Chania since his "
                          "wife died.");
  YES(doc, "Stavros", "livesIn", "Chania");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Emma is a nurse who has always lived in Leeds.");
  YES(doc, "Emma", "livesIn", "Leeds");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Later, Priya accepts a posting in Dubai.");
  YES(doc, "Priya", "movedTo", "Dubai");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ilse is transferred to Hamburg.");
  YES(doc, "Ilse", "movedTo", "Hamburg");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Priya turns down a posting in Dubai and marries "
                          "Arjun.");
  NO(doc, "Priya", "movedTo", "Dubai");
  kgb_doc_result_free(doc);
}

/* children born, adopted or shared, and two parents named together */
static void children_and_parents(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Nomvula gives birth to a daughter, Lindiwe.");
  YES(doc, "Lindiwe", "hasParent", "Nomvula");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Bayarmaa adopts an orphan girl, Saraa.");
  YES(doc, "Saraa", "hasParent", "Bayarmaa");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tomás adopts a stray dog, Biscuit, and marries "
                          "Ana.");
  NO(doc, "Biscuit", "hasParent", "Tomás");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ibrahim and Fatma's son, Yusuf, is arrested.");
  YES(doc, "Yusuf", "hasParent", "Ibrahim");
  YES(doc, "Yusuf", "hasParent", "Fatma");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Jun is the father of two girls, Hana and "
                          "Sora.");
  YES(doc, "Hana", "hasParent", "Jun");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Alejandro lives and works in Bogotá.");
  YES(doc, "Alejandro", "livesIn", "Bogotá");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Sina's mother and father, Lagi and Tavita, run a "
                          "store in Apia.");
  YES(doc, "Sina", "hasParent", "Lagi");
  YES(doc, "Sina", "hasParent", "Tavita");
  kgb_doc_result_free(doc);
}

/* sweethearts, courting, love after an apposition, an ended relationship,
 * a move in a "who" clause after a pair */
static void loves_begun_and_ended(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Pooja and Sameer were high-school sweethearts.");
  SYM(doc, "Pooja", "dated", "Sameer");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ahmad courts Leila for years before she agrees "
                          "to marry him.");
  SYM(doc, "Ahmad", "dated", "Leila");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Raúl and Maite, childhood friends, fall in "
                          "love.");
  SYM(doc, "Raúl", "dated", "Maite");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Sophie ends her relationship with Tobias.");
  SYM(doc, "Sophie", "brokeUpWith", "Tobias");
  SYM(doc, "Sophie", "dated", "Tobias");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Sam and Priya, a couple who recently moved to "
                          "Leicester, run a corner shop.");
  YES(doc, "Sam", "movedTo", "Leicester");
  YES(doc, "Priya", "movedTo", "Leicester");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Amira, who had emigrated to Sweden as a child, "
                          "returns to Sarajevo.");
  YES(doc, "Amira", "movedTo", "Sweden");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xstory14[] = {
    cmocka_unit_test_setup(initial_dictionary_names, kgb_test_rules_setup),
    cmocka_unit_test_setup(love_and_blood_kin, kgb_test_rules_setup),
    cmocka_unit_test_setup(pairs_named, kgb_test_rules_setup),
    cmocka_unit_test_setup(homes_after_people, kgb_test_rules_setup),
    cmocka_unit_test_setup(moves_and_engagements, kgb_test_rules_setup),
    cmocka_unit_test_setup(kin_love_moves_shapes, kgb_test_rules_setup),
    cmocka_unit_test_setup(work_ties, kgb_test_rules_setup),
    cmocka_unit_test_setup(brackets_and_homes, kgb_test_rules_setup),
    cmocka_unit_test_setup(towns_of_work_and_home, kgb_test_rules_setup),
    cmocka_unit_test_setup(children_and_parents, kgb_test_rules_setup),
    cmocka_unit_test_setup(loves_begun_and_ended, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xstory14_count =
    sizeof kgb_tests_sentences_xstory14 /
    sizeof kgb_tests_sentences_xstory14[0];
