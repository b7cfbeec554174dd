/* test_sentences_xstory13b.c: plot relations and places in plots
 * (xstory13b), from invented sentences: a possessive that opens a sentence
 * before its relative's name; a "who" clause's possessive; pairs who work
 * together; falling for a described person; going home; numbered roads,
 * unknown towns owning a place, aerials. Each test asserts the facts a
 * sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "Her supervisor, Mrs. Adeyemi, threatens to fire Bola": the possessor is
 * the first person of the clause after the apposition */
static void forward_possessive(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "His boss at the bank, Mr. Tanaka, humiliates Kenji in front of "
      "everyone.");
  YES(doc, "Tanaka", "bossOf", "Kenji");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Her supervisor at the factory, Mrs. Adeyemi, threatens to fire "
      "Bola.");
  YES(doc, "Adeyemi", "bossOf", "Bola");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Her mother, Grace, forbids Thandiwe from seeing the boy.");
  YES(doc, "Thandiwe", "hasParent", "Grace");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("His older brother, Rahul, bullies Vikram at school.");
  SYM(doc, "Rahul", "hasSibling", "Vikram");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "His manager at the garage, Dmitri Volkov, cheats Alexei out of his "
      "wages.");
  YES(doc, "Dmitri Volkov", "bossOf", "Alexei");
  kgb_doc_result_free(doc);

  /* the first name after the apposition only, in its own clause */
  doc = kgb_test_sentence(
      "Her supervisor, Mrs. Adeyemi, lives in Ibadan with Funmi.");
  NO(doc, "Adeyemi", "bossOf", "Funmi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Her sister, Ana Costa, moves to Porto.");
  YES(doc, "Ana Costa", "movedTo", "Porto");
  kgb_doc_result_free(doc);
}

/* "her boss there is Mr. Eze": an adverb between the relative and the
 * copula */
static void relative_adverb_copula(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Ngozi is a teller at a bank in Abuja. Her boss there is Mr. Eze.");
  YES(doc, "Eze", "bossOf", "Ngozi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Lena left the firm. Her boss now is Vera Klein, a former rival.");
  YES(doc, "Vera Klein", "bossOf", "Lena");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Pablo works in a kitchen; his boss there is Chef Moreau.");
  NO(doc, "Pablo's boss", "bossOf", "Pablo");
  kgb_doc_result_free(doc);
}

/* "She meets Kofi, who lost his job": the clause's head, when its gender
 * agrees or is unknown */
static void who_clause_possessive(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Sofia is a teacher. She meets Diego, who misses his brother.");
  NOSYM(doc, "Sofia", "hasSibling", "Sofia's brother");
  YES(doc, "Diego", "hasSibling", "Diego's brother");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ama is a nurse. She meets Kofi, who lost his father in the war.");
  NO(doc, "Ama", "hasParent", "Ama's father");
  YES(doc, "Kofi", "hasParent", "Kofi's father");
  kgb_doc_result_free(doc);

  /* a head of the other gender: the pronoun is not its */
  doc = kgb_test_sentence(
      "Tomasz is a widower. He hires Mrs. Nowak, who looks after his "
      "son.");
  NO(doc, "Nowak", "hasChild", "Nowak's son");
  kgb_doc_result_free(doc);
}

/* pairs who work together, past an apposition or a "who" clause */
static void pairs_working_together(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Kiri and Tama, two fishermen from Napier, work together on a "
      "trawler.");
  SYM(doc, "Kiri", "colleagueOf", "Tama");
  CLASS_IS(doc, "Tama", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Lena and Marco, two nurses at a Milan hospital, work the night "
      "shift together.");
  SYM(doc, "Lena", "colleagueOf", "Marco");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Jun and Mei Lin work together as paramedics in "
                          "Taipei.");
  SYM(doc, "Jun", "colleagueOf", "Mei Lin");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Olu and Chidi, fellow cooks at a Lagos restaurant, plan a heist.");
  SYM(doc, "Olu", "colleagueOf", "Chidi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Aroha and Wiremu, who have worked together for years, fall out over "
      "money.");
  SYM(doc, "Aroha", "colleagueOf", "Wiremu");
  kgb_doc_result_free(doc);

  /* a common aim, a town: no common work */
  doc = kgb_test_sentence(
      "Nadia is a detective. Nadia and Pavel work together to solve the "
      "murder in Minsk.");
  NOSYM(doc, "Nadia", "colleagueOf", "Pavel");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ines is a nurse. Ines and Duarte, two teachers in Lisbon, marry.");
  NOSYM(doc, "Ines", "colleagueOf", "Duarte");
  kgb_doc_result_free(doc);
}

/* falling for a person described before the name */
static void falls_for_described(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Priya, who falls for her neighbour Arjun, hides the truth from her "
      "parents.");
  SYM(doc, "Priya", "dated", "Arjun");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ines falls for her brother's best friend, Tiago.");
  SYM(doc, "Ines", "dated", "Tiago");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ama falls in love with Kofi's cousin Yaw.");
  SYM(doc, "Ama", "dated", "Yaw");
  NOSYM(doc, "Ama", "dated", "Kofi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Hiroshi slowly falls for his tutor Keiko.");
  SYM(doc, "Hiroshi", "dated", "Keiko");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Dmitri falls for his best friend's wife, Olga, and leaves Moscow.");
  SYM(doc, "Dmitri", "dated", "Olga");
  kgb_doc_result_free(doc);

  /* a participle after "while": not the finite verb */
  doc = kgb_test_sentence(
      "Valeria secretly dates Mateo while falling for his older brother "
      "Sebastián.");
  NOSYM(doc, "Valeria", "dated", "Sebastián");
  kgb_doc_result_free(doc);
}

/* going home to a town is a move */
static void going_home(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("After the war, Sean goes home to Sligo.");
  YES(doc, "Sean", "movedTo", "Sligo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Tomás returns home to Oaxaca for his sister's wedding.");
  YES(doc, "Tomás", "movedTo", "Oaxaca");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kwame Mensah heads back home to Accra.");
  YES(doc, "Kwame Mensah", "movedTo", "Accra");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Maeve returns to her native Cork to bury her father.");
  YES(doc, "Maeve", "movedTo", "Cork");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Dan Mercier, a former hockey player, comes back "
                          "to his hometown of Kamloops.");
  YES(doc, "Dan Mercier", "movedTo", "Kamloops");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Leila flies back home to Tunis after her divorce.");
  YES(doc, "Leila", "movedTo", "Tunis");
  kgb_doc_result_free(doc);

  /* a trip, not going home */
  doc = kgb_test_sentence("Sean is a sailor. He flies to Sligo for a funeral.");
  NO(doc, "Sean", "movedTo", "Sligo");
  kgb_doc_result_free(doc);
}

/* places in plots: numbered roads, unknown towns owning a place, aerials */
static void places_in_plots(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Dust Roads is a 2019 American drama film. It was shot along US "
      "Route 89 in Utah.");
  CLASS_IS(doc, "US Route 89", "Landmark");
  YES(doc, "Dust Roads", "filmedIn", "US Route 89");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Scenes were shot on State Route 1 in California.");
  CLASS_IS(doc, "State Route 1", "Landmark");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Batucada is a 2017 Brazilian drama film. Set in Rio's Rocinha, the "
      "film follows a young drummer.");
  YES(doc, "Batucada", "setIn", "Rocinha");
  YES(doc, "Rocinha", "locatedIn", "Rio");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Wild Water is a 2021 documentary. The crew shot aerials over the "
      "Okavango Delta.");
  YES(doc, "Wild Water", "filmedIn", "Okavango Delta");
  kgb_doc_result_free(doc);

  /* a person's possession, lower-case: no place */
  doc = kgb_test_sentence(
      "Batucada is a 2017 Brazilian drama film. Set in Rio's house, it "
      "follows Ana.");
  NO(doc, "Batucada", "setIn", "house");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xstory13b[] = {
    cmocka_unit_test_setup(forward_possessive, kgb_test_rules_setup),
    cmocka_unit_test_setup(relative_adverb_copula, kgb_test_rules_setup),
    cmocka_unit_test_setup(who_clause_possessive, kgb_test_rules_setup),
    cmocka_unit_test_setup(pairs_working_together, kgb_test_rules_setup),
    cmocka_unit_test_setup(falls_for_described, kgb_test_rules_setup),
    cmocka_unit_test_setup(going_home, kgb_test_rules_setup),
    cmocka_unit_test_setup(places_in_plots, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xstory13b_count =
    sizeof kgb_tests_sentences_xstory13b /
    sizeof kgb_tests_sentences_xstory13b[0];
