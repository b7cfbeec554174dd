/* test_sentences_xstory11.c: who a relative noun names (xstory11): a
 * copula with an adverb before the possessor ("later becomes Ingrid's
 * husband", "he also happens to be Agata's ex-husband", "remains Farid's
 * closest friend"), an actor in brackets before the copula ("Losa (Maiava
 * Tuilagi) is Sione's older sister"), a phrase between the relative noun
 * and the name ("his daughter from his first marriage, Simi"), and "her
 * closest ally is her colleague Bisola" (both "her" are the same woman).
 * Each test asserts the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "X later becomes Y's husband", "is now Kwame's boss", "happens to be" */
static void copula_with_adverb(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The drama follows Ingrid Solheim, a fisherwoman in Bodø. Her "
      "neighbour Arvid Lund later becomes Ingrid's husband.");
  SYM(doc, "Arvid Lund", "marriedTo", "Ingrid Solheim");
  CLASS_IS(doc, "Ingrid's husband", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In the series, Lucía Ferreyra runs a bakery in "
                          "Rosario. Tomás, a shy baker, eventually became "
                          "her boyfriend.");
  SYM(doc, "Tomás", "dated", "Lucía Ferreyra");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kwame Mensah is a teacher in Kumasi. Yaw Boateng, "
                          "the new headmaster, is now Kwame's boss.");
  YES(doc, "Yaw Boateng", "bossOf", "Kwame Mensah");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Mei Lin works at a noodle bar in Ipoh. Ah Seng, a "
                          "regular, happens to be Mei Lin's brother.");
  SYM(doc, "Ah Seng", "hasSibling", "Mei Lin");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Dariusz, a taxi driver in Gdańsk, also happens to "
                          "be Agata's ex-husband.");
  SYM(doc, "Dariusz", "marriedTo", "Agata");
  SYM(doc, "Dariusz", "brokeUpWith", "Agata");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Farid Haddad lives in Tunis. Selim Haddad remains "
                          "Farid's closest friend through the war.");
  SYM(doc, "Selim Haddad", "friendOf", "Farid Haddad");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The film follows Mabel Quinn, a drover. Eli "
                          "Hartigan, a stockman, becomes first Mabel's friend "
                          "and then something more.");
  SYM(doc, "Eli Hartigan", "friendOf", "Mabel Quinn");
  CLASS_IS(doc, "Mabel's friend", NULL);
  kgb_doc_result_free(doc);

  /* not: negation, and "his wife" after a copula is not the subject's */
  doc = kgb_test_sentence("The drama follows Ingrid Solheim, a fisherwoman. "
                          "Arvid Lund is not Ingrid's husband.");
  NOSYM(doc, "Arvid Lund", "marriedTo", "Ingrid Solheim");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kwame Mensah is a teacher in Kumasi. He never "
                          "became Ama's boss.");
  NO(doc, "Kwame Mensah", "bossOf", "Ama");
  kgb_doc_result_free(doc);
}

/* "Losa (Maiava Tuilagi) is Sione's older sister": past the actor */
static void actor_before_copula(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The film follows Sione, a fisherman in Apia. Losa (Maiava Tuilagi) is "
      "Sione's older sister and the village nurse.");
  SYM(doc, "Losa", "hasSibling", "Sione");
  NOSYM(doc, "Maiava Tuilagi", "hasSibling", "Sione");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Paulo (Caio Martins) was Beatriz's first husband.");
  SYM(doc, "Paulo", "marriedTo", "Beatriz");
  NOSYM(doc, "Caio Martins", "marriedTo", "Beatriz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Nour Khalil (Yasmin Saad) is also Karim's mother.");
  YES(doc, "Karim", "hasParent", "Nour Khalil");
  NO(doc, "Karim", "hasParent", "Yasmin Saad");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The film follows Meera, an accountant. Zoya (Tanvi "
                          "Rao) is Meera's best friend from school and a "
                          "journalist at the Pune Mirror Daily.");
  SYM(doc, "Zoya", "friendOf", "Meera");
  CLASS_IS(doc, "Meera's friend", NULL);
  kgb_doc_result_free(doc);
}

/* "his daughter from his first marriage, Simi": the name after the phrase */
static void phrase_before_name(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The story follows Tunde Bakare, a banker. Tunde's teenage daughter "
      "from his first marriage, Simi, lives in Ikoyi.");
  YES(doc, "Tunde Bakare", "hasChild", "Simi");
  YES(doc, "Simi", "hasParent", "Tunde Bakare");
  CLASS_IS(doc, "Tunde's daughter", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The story follows Anders Holm, a ferry captain. His "
                          "son from an earlier marriage, Mikkel, turns up in "
                          "Tromsø.");
  YES(doc, "Anders Holm", "hasChild", "Mikkel");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Rosa's boss at the cannery, Héctor Ibarra, fires "
                          "her.");
  YES(doc, "Héctor Ibarra", "bossOf", "Rosa");
  kgb_doc_result_free(doc);
}

/* "her closest ally is her colleague Bisola": one possessor for both */
static void same_possessor_copula(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Simi lives with her grandmother in Ibadan. Adaeze works at Okonjo & "
      "Partners, where her closest ally is her colleague Bisola Ayodele.");
  SYM(doc, "Adaeze", "colleagueOf", "Bisola Ayodele");
  NOSYM(doc, "Simi", "colleagueOf", "Bisola Ayodele");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Mama Nkechi runs the family. Adaeze's closest ally "
                          "is her university friend Funmilayo Adesanya, a "
                          "divorce lawyer.");
  SYM(doc, "Adaeze", "friendOf", "Funmilayo Adesanya");
  NOSYM(doc, "Mama Nkechi", "friendOf", "Funmilayo Adesanya");
  kgb_doc_result_free(doc);

  /* not when the two possessors differ */
  doc = kgb_test_sentence("Ana Silva runs a bar in Perth, and Tom Reyes says "
                          "his best friend is her brother Nuno.");
  YES(doc, "Ana Silva", "hasSibling", "Nuno");
  NOSYM(doc, "Tom Reyes", "hasSibling", "Nuno");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Silva runs a bar in Perth. Tom's closest ally "
                          "is her colleague Bisola.");
  NOSYM(doc, "Tom", "colleagueOf", "Bisola");
  kgb_doc_result_free(doc);
}

/* a dash as an apposition's comma; "her husband of forty years," */
static void dash_and_years_apposition(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Özgür Tan is magnetic as Cem, but it's Hande Yurt's Nazlı — Cem's "
      "sharp-tongued boss at the Istanbul ad agency Mavi Reklam — who steals "
      "every scene.");
  YES(doc, "Nazlı", "bossOf", "Cem");
  CLASS_IS(doc, "Cem's boss", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Halvard Moen – Sigrid's older brother – runs the "
                          "farm near Voss.");
  SYM(doc, "Halvard Moen", "hasSibling", "Sigrid");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The killer is Irena Sowa, Władysław's secretary of "
                          "thirty years, who hides the letters.");
  YES(doc, "Władysław", "bossOf", "Irena Sowa");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The film follows Aroha, a widow. Wiremu, her "
                          "husband of forty years, died in Rotorua.");
  SYM(doc, "Wiremu", "marriedTo", "Aroha");
  CLASS_IS(doc, "Aroha's husband", NULL);
  kgb_doc_result_free(doc);

  /* not a dash with no relative after it */
  doc = kgb_test_sentence("Carmen Ruiz — a nurse from Cádiz — meets Pablo's "
                          "mother in Seville.");
  NO(doc, "Pablo", "hasParent", "Carmen Ruiz");
  kgb_doc_result_free(doc);
}

/* "X is the finance director at Y Holdings"; "had been working for the
 * Nowak family's bank, Vistula Bank" */
static void employer_after_the_trade(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Tunde is the finance director at Oyelaran Holdings, a shipping "
      "conglomerate.");
  YES(doc, "Tunde", "worksFor", "Oyelaran Holdings");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ines Moura, the head chef at Casa Moura Group, "
                          "hires Rui.");
  YES(doc, "Ines Moura", "worksFor", "Casa Moura Group");
  NO(doc, "Rui", "worksFor", "Casa Moura Group");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Oksana was the chief accountant at Dnipro Steel "
                          "Corporation until 2014.");
  YES(doc, "Oksana", "worksFor", "Dnipro Steel Corporation");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Marta had been working as a clerk for the Nowak "
                          "family's bank, Vistula Bank.");
  YES(doc, "Marta", "worksFor", "Vistula Bank");
  NO(doc, "Marta", "worksFor", "Nowak");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kenji has been working for the Tanaka family's "
                          "trading company, Tanaka Shoji Corporation, since "
                          "1990.");
  YES(doc, "Kenji", "worksFor", "Tanaka Shoji Corporation");
  kgb_doc_result_free(doc);

  /* not a kin noun's employer: the daughter is not the director */
  doc = kgb_test_sentence(
      "Lena Holm, a nurse, is the daughter of the director at Nordic "
      "Steel Corporation.");
  NO(doc, "Lena Holm", "worksFor", "Nordic Steel Corporation");
  kgb_doc_result_free(doc);
}

/* "leaves A for B with C", an adjective apposition before the verb,
 * "returns to X to raise …" */
static void moves_and_returns(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In Vendimia, after her divorce from Jorge, Lucía leaves Buenos Aires "
      "for Mendoza with her daughter Sol and takes a job at a winery.");
  YES(doc, "Lucía", "movedTo", "Mendoza");
  YES(doc, "Sol", "movedTo", "Mendoza");
  NO(doc, "Jorge", "movedTo", "Mendoza");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Obinna, humiliated, leaves Lagos for Abuja with "
                          "Halima.");
  YES(doc, "Obinna", "movedTo", "Abuja");
  YES(doc, "Halima", "movedTo", "Abuja");
  NO(doc, "Obinna", "movedTo", "Lagos");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Piotr, disinherited and disgraced, leaves Toruń "
                          "for good and moves to Berlin.");
  YES(doc, "Piotr", "movedTo", "Berlin");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Mirela, exhausted and angry, eventually moved "
                          "back to Cluj.");
  YES(doc, "Mirela", "movedTo", "Cluj");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Rami and Yasmine separate, and Yasmine returns to "
                          "Paris to raise their son, Adam, near her parents.");
  YES(doc, "Yasmine", "movedTo", "Paris");
  NO(doc, "Rami", "movedTo", "Paris");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("It follows Luzia Bezerra, a hydrologist who "
                          "returns from São Paulo to her hometown of "
                          "Petrolina to investigate the poisoning.");
  YES(doc, "Luzia Bezerra", "movedTo", "Petrolina");
  NO(doc, "Luzia Bezerra", "movedTo", "São Paulo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kofi Mensah, a teacher, returns home to Kumasi for "
                          "good.");
  YES(doc, "Kofi Mensah", "movedTo", "Kumasi");
  kgb_doc_result_free(doc);

  /* a visit is no move */
  doc = kgb_test_sentence("Ayesha, a nurse, returns to Karachi to visit her "
                          "mother.");
  NO(doc, "Ayesha", "movedTo", "Karachi");
  kgb_doc_result_free(doc);
}

/* "his twin daughters, Clara and Inés", "her two sons, Obi (actor) and
 * Ike": the two named are siblings, the actors are not */
static void siblings_in_apposition(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Sebastián, a widowed bookshop owner in Valparaíso, is raising his "
      "twin daughters, Clara and Inés, with help from his mother-in-law.");
  SYM(doc, "Clara", "hasSibling", "Inés");
  YES(doc, "Sebastián", "hasChild", "Clara");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ngozi Eze, a widow in Enugu, raises her two sons, "
                          "Obi (Chidi Nwosu) and Ike, alone.");
  SYM(doc, "Obi", "hasSibling", "Ike");
  NOSYM(doc, "Chidi Nwosu", "hasSibling", "Ike");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The drama follows her two sons, Esteban (Matías "
                          "Fuenzalida) and Rodrigo (Diego Luna), as they grow "
                          "up in Iquique.");
  SYM(doc, "Esteban", "hasSibling", "Rodrigo");
  NOSYM(doc, "Matías Fuenzalida", "hasSibling", "Diego Luna");
  kgb_doc_result_free(doc);

  /* colleagues are no siblings */
  doc = kgb_test_sentence("Ingrid Berg, a detective, meets her two "
                          "colleagues, Lars and Siv, in Oslo.");
  NOSYM(doc, "Lars", "hasSibling", "Siv");
  kgb_doc_result_free(doc);
}

/* "finds work at a store owned by Mr. Han" (the owner is the boss),
 * "works alongside Pedro, a fellow nurse", "fellow reporter Burak", "At
 * Vistula Bank, Tomasz …" */
static void bosses_colleagues_employers(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Min-ji leaves Daegu for Seoul, where she moves in with her cousin "
      "Soo-ah and finds work at a convenience store owned by the gruff Mr. "
      "Han.");
  YES(doc, "Han", "bossOf", "Min-ji");
  NO(doc, "Han", "bossOf", "Soo-ah");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Souza works in a bakery run by Mrs. Okafor.");
  YES(doc, "Okafor", "bossOf", "Ana Souza");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Lucía leaves Buenos Aires for Mendoza and takes a "
                          "job at a winery run by her old friend Beatriz.");
  YES(doc, "Beatriz", "bossOf", "Lucía");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kofi Boateng, a nurse in Kumasi, works alongside "
                          "Pedro, a fellow nurse.");
  SYM(doc, "Kofi Boateng", "colleagueOf", "Pedro");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Zeynep finds an ally in fellow reporter Burak.");
  SYM(doc, "Zeynep", "colleagueOf", "Burak");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("At the Hamburg ad agency Kessler & Voss, "
                          "copywriter Jana answers to her demanding boss.");
  YES(doc, "Jana", "worksFor", "Kessler & Voss");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("At Vistula Bank, Tomasz Nowak is the youngest "
                          "analyst.");
  YES(doc, "Tomasz Nowak", "worksFor", "Vistula Bank");
  kgb_doc_result_free(doc);

  /* not: a friend met, a festival */
  doc = kgb_test_sentence("Rui Costa, a fisherman, plays cards with Tomás, an "
                          "old friend.");
  NOSYM(doc, "Rui Costa", "colleagueOf", "Tomás");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("At Cannes, Greta Lind won the jury prize for "
                          "Nordlys, a 2021 drama.");
  NO(doc, "Greta Lind", "worksFor", "Cannes");
  kgb_doc_result_free(doc);
}

/* "marry after years of dating", "A and B, who started dating …, are
 * living together", "is divorced from X", "his wife, Sandra, has left him" */
static void couples(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In Un anno a Torino, Marco and Giulia finally marry after years of "
      "dating, but by the final act they have separated.");
  SYM(doc, "Marco", "dated", "Giulia");
  SYM(doc, "Marco", "marriedTo", "Giulia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tomás and Ana wed in 2019 after six years "
                          "together.");
  SYM(doc, "Tomás", "dated", "Ana");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("And Seo-yeon and Do-hyun, who started dating in "
                          "episode 9, are living together — not in Seoul but "
                          "in Busan.");
  SYM(doc, "Seo-yeon", "dated", "Do-hyun");
  SYM(doc, "Seo-yeon", "livedWith", "Do-hyun");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana and Rui, now engaged, live together in Porto.");
  SYM(doc, "Ana", "livedWith", "Rui");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ji-ho is a mechanic. He is divorced from Yoon "
                          "Seo-yeon (Choi Ha-eun), a pharmacist who has since "
                          "remarried.");
  SYM(doc, "Ji-ho", "marriedTo", "Yoon Seo-yeon");
  SYM(doc, "Ji-ho", "brokeUpWith", "Yoon Seo-yeon");
  NOSYM(doc, "Ji-ho", "marriedTo", "Choi Ha-eun");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Otávio's wife, Sandra, has left him, something he "
                          "hides for an hour.");
  SYM(doc, "Otávio", "brokeUpWith", "Sandra");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The first act revolves around Obinna's lavish "
                          "wedding to Halima, a fashion designer from Kano.");
  SYM(doc, "Obinna", "marriedTo", "Halima");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Eleven years after their wedding in Beirut, Rami "
                          "and Yasmine separate, and Yasmine returns to "
                          "Paris.");
  SYM(doc, "Rami", "marriedTo", "Yasmine");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Marta Nowak, a baker, sees her wedding to Piotr "
                          "Zieliński called off.");
  NOSYM(doc, "Marta Nowak", "marriedTo", "Piotr Zieliński");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Marta Nowak, a baker, plans her upcoming wedding "
                          "to Piotr Zieliński.");
  NOSYM(doc, "Marta Nowak", "marriedTo", "Piotr Zieliński");
  kgb_doc_result_free(doc);

  /* not a couple: "after years of silence" */
  doc = kgb_test_sentence("Kemal Aydın, a tailor, and Nur Demir, his "
                          "neighbour, met after years of silence.");
  NOSYM(doc, "Kemal Aydın", "dated", "Nur Demir");
  kgb_doc_result_free(doc);
}

/* "Luana, the youngest, who is played by Bia Okafor, lives in Salvador":
 * the character lives there, not the actor */
static void lives_past_the_actor(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Luana, the youngest, who is played by Bia Okafor, lives in Salvador "
      "and has quietly married her girlfriend.");
  YES(doc, "Luana", "livesIn", "Salvador");
  NO(doc, "Bia Okafor", "livesIn", "Salvador");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tariq, a baker, who is played by Adil Khan, lives "
                          "in Lahore.");
  YES(doc, "Tariq", "livesIn", "Lahore");
  NO(doc, "Adil Khan", "livesIn", "Lahore");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kerem, who is played by Onur Baysal, lives in "
                          "Izmir.");
  YES(doc, "Kerem", "livesIn", "Izmir");
  NO(doc, "Onur Baysal", "livesIn", "Izmir");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Her ex-husband, Marcin, lives in Berlin.");
  YES(doc, "Marcin", "livesIn", "Berlin");
  kgb_doc_result_free(doc);
}

/* "a customs inspector, Duarte Moniz (actor), who …": the trade of the
 * name that closes the apposition */
static void trade_comma_name(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The story follows a customs inspector, Duarte Moniz (Rui Albergaria), "
      "who comes home.");
  YES(doc, "Duarte Moniz", "occupation", "customs inspector");
  NO(doc, "Rui Albergaria", "occupation", "customs inspector");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("She forms an uneasy alliance with the local "
                          "sheriff, Damião Rocha.");
  YES(doc, "Damião Rocha", "occupation", "local sheriff");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Her neighbour is a retired nurse, Aroha Ngata.");
  YES(doc, "Aroha Ngata", "occupation", "retired nurse");
  kgb_doc_result_free(doc);

  /* a film trade credits, it does not describe */
  doc = kgb_test_sentence(
      "Nordlys (2020) is a Norwegian drama film. It was shot by a "
      "cinematographer, Rodrigo Lima, who also directed.");
  NO(doc, "Rodrigo Lima", "occupation", "cinematographer");
  kgb_doc_result_free(doc);
}

/* "leaves Bodø for Oslo to move in with his daughter Ingrid and her wife,
 * Sunniva", "Sven, a fisherman, and his best friend Erik move in together",
 * "Simi now lives with her" */
static void living_with(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In Nordlys, widowed fisherman Nils Berg leaves Bodø for Oslo to move "
      "in with his daughter Ingrid and her wife, Sunniva.");
  SYM(doc, "Nils Berg", "livedWith", "Ingrid");
  SYM(doc, "Nils Berg", "livedWith", "Sunniva");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In Un anno a Torino, Marco and Giulia finally marry after "
      "years of dating, but by the final act they have "
      "separated and Giulia has moved back to Naples to "
      "live with her mother.");
  YES(doc, "Giulia", "livedWith", "Giulia's mother");
  NOSYM(doc, "Marco", "livedWith", "Giulia's mother");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Havgapet, Sven, a fisherman from Ålesund, and "
                          "his best friend Erik move in together after "
                          "Erik's marriage falls apart.");
  SYM(doc, "Sven", "livedWith", "Erik");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Adaeze moved to Enugu. Simi now lives with her, "
                          "and Ikenna calls from London.");
  SYM(doc, "Simi", "livedWith", "Adaeze");
  NOSYM(doc, "Ikenna", "livedWith", "Adaeze");
  kgb_doc_result_free(doc);

  /* a dinner or a stay is no home */
  doc = kgb_test_sentence(
      "Kwame Asare, a teacher, flies to Accra to stay with his uncle "
      "Kofi.");
  NOSYM(doc, "Kwame Asare", "livedWith", "Kofi");
  kgb_doc_result_free(doc);
}

/* "Meera is the daughter of Vikram", "Sudha, his wife and the mother of
 * Meera and Rohan", "X, who is the son of A and B" */
static void child_and_parent_of(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Meera is the daughter of Vikram Rathore.");
  YES(doc, "Meera", "hasParent", "Vikram Rathore");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Anna Berg is the mother of Lena Berg and Tom "
                          "Berg.");
  YES(doc, "Lena Berg", "hasParent", "Anna Berg");
  YES(doc, "Tom Berg", "hasParent", "Anna Berg");
  NO(doc, "Anna Berg", "hasParent", "Lena Berg");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Veteran actor Sunil Joshi plays the father, Prakash, a stubborn "
      "confectioner. Rekha Nair is Sudha, his wife and the mother of Meera "
      "and Rohan, who quietly handles the bank.");
  YES(doc, "Meera", "hasParent", "Sudha");
  YES(doc, "Rohan", "hasParent", "Sudha");
  NO(doc, "Meera", "hasParent", "Rekha Nair");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tomás Reis, who is the son of Ana Reis and Rui "
                          "Reis, lives in Porto.");
  YES(doc, "Tomás Reis", "hasParent", "Ana Reis");
  YES(doc, "Tomás Reis", "hasParent", "Rui Reis");
  kgb_doc_result_free(doc);

  /* not negated */
  doc = kgb_test_sentence("Ji-ho, a mechanic, is not the father of Eun-soo.");
  NO(doc, "Eun-soo", "hasParent", "Ji-ho");
  kgb_doc_result_free(doc);
}

/* "Nazlı — Cem's boss at the agency Mavi Reklam —": both work there */
static void relative_at_organization(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Özgür Tan is magnetic as Cem, but it's Hande Yurt's Nazlı — Cem's "
      "sharp-tongued boss at the Istanbul ad agency Mavi Reklam — who steals "
      "every scene.");
  YES(doc, "Nazlı", "worksFor", "Mavi Reklam");
  YES(doc, "Cem", "worksFor", "Mavi Reklam");
  NO(doc, "Hande Yurt", "worksFor", "Mavi Reklam");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Min-seo Kang, Ji-hoon's demanding manager at "
                          "Hanbit Securities, fires him.");
  YES(doc, "Min-seo Kang", "worksFor", "Hanbit Securities");
  YES(doc, "Ji-hoon", "worksFor", "Hanbit Securities");
  kgb_doc_result_free(doc);

  /* kin at a company: no employer said */
  doc = kgb_test_sentence("Ingrid Berg, Lars's mother at Statoil Group, "
                          "quits.");
  NO(doc, "Lars", "worksFor", "Statoil Group");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xstory11[] = {
    cmocka_unit_test_setup(copula_with_adverb, kgb_test_rules_setup),
    cmocka_unit_test_setup(actor_before_copula, kgb_test_rules_setup),
    cmocka_unit_test_setup(phrase_before_name, kgb_test_rules_setup),
    cmocka_unit_test_setup(same_possessor_copula, kgb_test_rules_setup),
    cmocka_unit_test_setup(dash_and_years_apposition, kgb_test_rules_setup),
    cmocka_unit_test_setup(employer_after_the_trade, kgb_test_rules_setup),
    cmocka_unit_test_setup(moves_and_returns, kgb_test_rules_setup),
    cmocka_unit_test_setup(siblings_in_apposition, kgb_test_rules_setup),
    cmocka_unit_test_setup(bosses_colleagues_employers, kgb_test_rules_setup),
    cmocka_unit_test_setup(couples, kgb_test_rules_setup),
    cmocka_unit_test_setup(lives_past_the_actor, kgb_test_rules_setup),
    cmocka_unit_test_setup(trade_comma_name, kgb_test_rules_setup),
    cmocka_unit_test_setup(living_with, kgb_test_rules_setup),
    cmocka_unit_test_setup(child_and_parent_of, kgb_test_rules_setup),
    cmocka_unit_test_setup(relative_at_organization, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xstory11_count =
    sizeof kgb_tests_sentences_xstory11 /
    sizeof kgb_tests_sentences_xstory11[0];
