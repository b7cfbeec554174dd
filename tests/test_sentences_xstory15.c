/* test_sentences_xstory15.c: relations between characters (xstory15), from
 * invented sentences: a plural noun of kin or love before the pair it names;
 * a "their" relative named in apposition before the pair it is the relative
 * of; workplaces whose head word makes them an employer; weddings, proposals
 * and marriages ended; homes past an adverb. Each test asserts the facts a
 * sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "the two sisters, A and B", "the former lovers A and B", "the newlyweds
 * A and B": the noun gives the pair's relation, and the names are people */
static void plural_noun_before_pair(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The two sisters, Mira and Lana, inherit a farm in Iowa.");
  SYM(doc, "Mira", "hasSibling", "Lana");
  CLASS_IS(doc, "Mira", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The three brothers, Ade, Tunde and Sola, fight "
                          "over their father's land.");
  SYM(doc, "Ade", "hasSibling", "Tunde");
  SYM(doc, "Tunde", "hasSibling", "Sola");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The sisters Ayesha and Mahnoor run a dhaba near "
                          "Lahore.");
  SYM(doc, "Ayesha", "hasSibling", "Mahnoor");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The former lovers, Jun and Mei, meet again in Shanghai.");
  SYM(doc, "Jun", "dated", "Mei");
  SYM(doc, "Jun", "brokeUpWith", "Mei");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The estranged couple, Hugo and Camille, meet at "
                          "their daughter's wedding.");
  SYM(doc, "Hugo", "brokeUpWith", "Camille");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Jun and Mei, former lovers, meet again in "
                          "Shanghai.");
  SYM(doc, "Jun", "brokeUpWith", "Mei");
  kgb_doc_result_free(doc);

  /* "the newlyweds" before the pair is its apposition, no reference */
  doc = kgb_test_sentence(
      "After the wedding, the newlyweds Tiago and Inês move to Porto.");
  SYM(doc, "Tiago", "marriedTo", "Inês");
  YES(doc, "Inês", "movedTo", "Porto");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The newlyweds, Chidi and Adaeze, move to Abuja.");
  SYM(doc, "Chidi", "marriedTo", "Adaeze");
  YES(doc, "Chidi", "movedTo", "Abuja");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Elif and Can, roommates in Istanbul, start a band.");
  SYM(doc, "Elif", "livedWith", "Can");
  CLASS_IS(doc, "Can", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Best friends Amir and Dov open a falafel stand in Haifa.");
  SYM(doc, "Amir", "friendOf", "Dov");
  kgb_doc_result_free(doc);

  /* not business partners, nor a family name after "the brothers" */
  doc =
      kgb_test_sentence("Lars and Eva are former partners in a law firm. Lars "
                        "lives in Oslo.");
  NOSYM(doc, "Lars", "brokeUpWith", "Eva");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("The sisters' father, Karl, runs the farm. Karl lives "
                        "in Dublin.");
  NOSYM(doc, "Karl", "hasSibling", "Karl");
  kgb_doc_result_free(doc);
}

/* "Their boss, Mr. Haddad, fires Yusuf and Karim": the relative of each one
 * named right after the verb */
static void their_relative_then_pair(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Their boss, Mr. Haddad, fires Yusuf and Karim.");
  YES(doc, "Haddad", "bossOf", "Yusuf");
  YES(doc, "Haddad", "bossOf", "Karim");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Their manager, Mrs. Okafor, warns Tunde and Chidi "
                          "to stop fighting.");
  YES(doc, "Okafor", "bossOf", "Tunde");
  YES(doc, "Okafor", "bossOf", "Chidi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Their supervisor, Inspector Varga, suspends Bence "
                          "and Lili after the raid.");
  YES(doc, "Varga", "bossOf", "Bence");
  YES(doc, "Varga", "bossOf", "Lili");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Their boss, Mrs. Adeyemi, promotes Funmi, Bisi and Tayo.");
  YES(doc, "Adeyemi", "bossOf", "Funmi");
  YES(doc, "Adeyemi", "bossOf", "Tayo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Their father, Don Aurelio, sends Lucas and Mateo "
                          "to boarding school in Madrid.");
  YES(doc, "Lucas", "hasParent", "Don Aurelio");
  YES(doc, "Mateo", "hasParent", "Don Aurelio");
  CLASS_IS(doc, "Lucas", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Their grandmother, Nonna Rosa, teaches Gianni and Pia to cook.");
  YES(doc, "Gianni", "hasGrandparent", "Nonna Rosa");
  YES(doc, "Pia", "hasGrandparent", "Nonna Rosa");
  kgb_doc_result_free(doc);

  /* a lawyer or a neighbour is no boss */
  doc = kgb_test_sentence(
      "Their lawyer, Mr. Osei, warns Kojo and Ama about the deal.");
  NO(doc, "Osei", "bossOf", "Kojo");
  NO(doc, "Kojo", "hasParent", "Osei");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Their neighbour, Mr. Tanaka, visits Ken and Yumi every "
      "Sunday. Ken lives in Osaka.");
  NO(doc, "Tanaka", "bossOf", "Ken");
  kgb_doc_result_free(doc);
}

/* a hotel, hospital, café or academy one works at is the employer, and an
 * organisation */
static void workplaces(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Lena works as a receptionist at the Grand Hotel.");
  YES(doc, "Lena", "worksFor", "Grand Hotel");
  CLASS_IS(doc, "Grand Hotel", "Organization");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Hana is a nurse at St. Mary's Hospital in Busan.");
  YES(doc, "Hana", "worksFor", "St. Mary's Hospital");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ingrid works at the Hotel Bristol in Oslo.");
  YES(doc, "Ingrid", "worksFor", "Hotel Bristol");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Dilnoza works as a cleaner at the Hotel "
                          "Uzbekistan in Tashkent.");
  YES(doc, "Dilnoza", "worksFor", "Hotel Uzbekistan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Pedro, a waiter at Café Tortoni, dreams of leaving Buenos Aires.");
  YES(doc, "Pedro", "worksFor", "Café Tortoni");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Amina is a teacher at Al-Noor Academy.");
  YES(doc, "Amina", "worksFor", "Al-Noor Academy");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Rosa takes a job at the Hotel Lux in Lisbon.");
  YES(doc, "Rosa", "worksFor", "Hotel Lux");
  kgb_doc_result_free(doc);

  /* a guest or a meeting place is no employer */
  doc = kgb_test_sentence("Yaw stays at the Grand Hotel in Accra.");
  NO(doc, "Yaw", "worksFor", "Grand Hotel");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana meets Rui at the Grand Hotel in Accra.");
  NO(doc, "Ana", "worksFor", "Grand Hotel");
  kgb_doc_result_free(doc);
}

/* weddings and proposals; a marriage ended; homes past an adverb */
static void weddings_and_homes(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Kerem and Selma tie the knot in Bursa.");
  SYM(doc, "Kerem", "marriedTo", "Selma");
  CLASS_IS(doc, "Selma", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Javier proposes to Elena on the beach.");
  SYM(doc, "Javier", "dated", "Elena");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Rafael and Beatriz separate after twenty years of marriage.");
  SYM(doc, "Rafael", "marriedTo", "Beatriz");
  SYM(doc, "Rafael", "brokeUpWith", "Beatriz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Hamid now lives in Tehran with his sister Parisa.");
  SYM(doc, "Hamid", "livedWith", "Parisa");
  YES(doc, "Hamid", "livesIn", "Tehran");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Lucía, a widow, has lived in Valparaíso all her life.");
  YES(doc, "Lucía", "livesIn", "Valparaíso");
  kgb_doc_result_free(doc);

  /* no wedding that does not happen */
  doc = kgb_test_sentence("Nadia refuses to marry Omar. Nadia lives in Cairo.");
  NOSYM(doc, "Nadia", "marriedTo", "Omar");
  kgb_doc_result_free(doc);
}

/* a list before a possessor's kin noun; a move opening the sentence; "now
 * married to" in an apposition; a person's own employee */
static void kin_lists_moves_and_employees(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Karim, Nadia and Amine are Driss's children.");
  YES(doc, "Karim", "hasParent", "Driss");
  YES(doc, "Amine", "hasParent", "Driss");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Driss has three children: Karim, Nadia and Amine.");
  YES(doc, "Karim", "hasParent", "Driss");
  YES(doc, "Amine", "hasParent", "Driss");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Olga and Ivan are Masha's parents.");
  YES(doc, "Masha", "hasParent", "Olga");
  YES(doc, "Masha", "hasParent", "Ivan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("After moving to Dubai, Sherif opens a restaurant.");
  YES(doc, "Sherif", "movedTo", "Dubai");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Having moved to Lisbon in 2015, Ana works as an architect.");
  YES(doc, "Ana", "movedTo", "Lisbon");
  kgb_doc_result_free(doc);

  /* a trip is no move */
  doc = kgb_test_sentence(
      "After flying to Dubai, Sherif opens a restaurant. Sherif "
      "lives in Cairo.");
  NO(doc, "Sherif", "movedTo", "Dubai");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Nadia, now married to Hamza, lives in Marrakesh.");
  SYM(doc, "Nadia", "marriedTo", "Hamza");
  YES(doc, "Nadia", "livesIn", "Marrakesh");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Emeka is Chief Salami's driver.");
  YES(doc, "Chief Salami", "bossOf", "Emeka");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Rosa, the Vidals' housekeeper, finds the letter. Rosa "
                        "lives in Seville.");
  NO(doc, "Rosa", "bossOf", "Vidals");
  kgb_doc_result_free(doc);

  /* a client is no employee */
  doc = kgb_test_sentence(
      "Emeka is Chief Salami's lawyer. Emeka lives in Lagos.");
  NO(doc, "Chief Salami", "bossOf", "Emeka");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Daniela teaches at the University of Magallanes.");
  YES(doc, "Daniela", "worksFor", "University of Magallanes");
  kgb_doc_result_free(doc);
}

/* "her ex, Felix", "his former wife, Lucía": together once, no more */
static void former_partners(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Jana is still in love with her ex, Felix.");
  SYM(doc, "Jana", "brokeUpWith", "Felix");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tomás meets his former wife, Lucía, in Rosario.");
  SYM(doc, "Tomás", "marriedTo", "Lucía");
  SYM(doc, "Tomás", "brokeUpWith", "Lucía");
  kgb_doc_result_free(doc);

  /* a former boss is no former lover */
  doc = kgb_test_sentence("Tomás meets his former boss, Lucía, in Rosario.");
  NOSYM(doc, "Tomás", "brokeUpWith", "Lucía");
  kgb_doc_result_free(doc);

  /* "Leon hires Nadia": a person's verb, not the town */
  doc = kgb_test_sentence("Leon hires Nadia as a waitress.");
  YES(doc, "Leon", "bossOf", "Nadia");
  CLASS_IS(doc, "Leon", "Character");
  kgb_doc_result_free(doc);
}

/* "Ama, the mother of Kofi," (an apposition), "Now living in Melbourne,
 * Dimitra …", "immigrated to"; a possessive after "of" is no parent */
static void appositive_kin_and_homes(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("Ama, the mother of Kofi, sells fish "
                                        "in Accra.");
  YES(doc, "Kofi", "hasParent", "Ama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Khalid, the son of his business partner, "
                          "proposes to Noura in Jeddah.");
  NO(doc, "Khalid", "hasParent", "Noura");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Bao lives with her parents above their noodle shop in Hanoi.");
  YES(doc, "Bao", "livesIn", "Hanoi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Now living in Melbourne, Dimitra rarely calls her mother.");
  YES(doc, "Dimitra", "livesIn", "Melbourne");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Dimitra immigrated to Australia in the 1980s.");
  YES(doc, "Dimitra", "movedTo", "Australia");
  kgb_doc_result_free(doc);
}

/* employers after a trade, "employed at", a job one quits; the owner of the
 * business one works at; one who manages people */
static void employers_and_bosses(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Ravi is a clerk in the Ministry of Finance.");
  YES(doc, "Ravi", "worksFor", "Ministry of Finance");
  CLASS_IS(doc, "Ministry of Finance", "Organization");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ingrid is employed at Nordbank in Oslo.");
  YES(doc, "Ingrid", "worksFor", "Nordbank");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Hugo quits his job at Renault after the accident.");
  YES(doc, "Hugo", "worksFor", "Renault");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Omar works at Hiba's bakery.");
  YES(doc, "Hiba", "bossOf", "Omar");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Aiko works in Sayuri's flower shop.");
  YES(doc, "Sayuri", "bossOf", "Aiko");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Farah manages Omar and Leila at the café.");
  YES(doc, "Farah", "bossOf", "Omar");
  YES(doc, "Farah", "bossOf", "Leila");
  kgb_doc_result_free(doc);

  /* a police force is an organisation, no actor */
  doc = kgb_test_sentence("Tunde joins the Lagos State Police as a constable.");
  YES(doc, "Tunde", "worksFor", "Lagos State Police");
  CLASS_IS(doc, "Lagos State Police", "Organization");
  kgb_doc_result_free(doc);

  /* a town's bakery has no boss in the town */
  doc = kgb_test_sentence(
      "Omar works at Lisbon's oldest bakery. Omar lives in Porto.");
  NO(doc, "Lisbon", "bossOf", "Omar");
  kgb_doc_result_free(doc);
}

/* a name a gazetteer knows as a town, married, dated or lived with, is a
 * person (not a town one falls in love with) */
static void town_names_as_partners(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("Tom marries Adelaide in 1920.");
  SYM(doc, "Tom", "marriedTo", "Adelaide");
  CLASS_IS(doc, "Adelaide", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ahmed lives with Victoria in Leeds.");
  SYM(doc, "Ahmed", "livedWith", "Victoria");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ahmed dates Florence for a year.");
  SYM(doc, "Ahmed", "dated", "Florence");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kerem proposes to Selma.");
  SYM(doc, "Kerem", "dated", "Selma");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ahmed falls in love with Paris in 1999. Ahmed lives "
                          "in Lyon.");
  CLASS_IS(doc, "Paris", "City");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xstory15[] = {
    cmocka_unit_test_setup(plural_noun_before_pair, kgb_test_rules_setup),
    cmocka_unit_test_setup(their_relative_then_pair, kgb_test_rules_setup),
    cmocka_unit_test_setup(workplaces, kgb_test_rules_setup),
    cmocka_unit_test_setup(weddings_and_homes, kgb_test_rules_setup),
    cmocka_unit_test_setup(kin_lists_moves_and_employees, kgb_test_rules_setup),
    cmocka_unit_test_setup(former_partners, kgb_test_rules_setup),
    cmocka_unit_test_setup(appositive_kin_and_homes, kgb_test_rules_setup),
    cmocka_unit_test_setup(employers_and_bosses, kgb_test_rules_setup),
    cmocka_unit_test_setup(town_names_as_partners, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xstory15_count =
    sizeof kgb_tests_sentences_xstory15 /
    sizeof kgb_tests_sentences_xstory15[0];
