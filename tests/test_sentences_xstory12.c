/* test_sentences_xstory12.c: relations between characters (xstory12):
 * a trade's adjectives left out of it ("a young software engineer" is a
 * software engineer), …
 * Each test asserts the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "a young software engineer", "an ambitious lawyer": the trade alone */
static void trade_without_adjective(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("The drama follows Noura, a young software engineer "
                        "in Riyadh, and her brother Faisal.");
  YES(doc, "Noura", "occupation", "software engineer");
  NO(doc, "Noura", "occupation", "young software engineer");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tomás Ibarra is an ambitious lawyer from Córdoba.");
  YES(doc, "Tomás Ibarra", "occupation", "lawyer");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ji-ho, a struggling musician, moves to Busan.");
  YES(doc, "Ji-ho", "occupation", "musician");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Aditi Rao is a talented chef who runs a café in "
                          "Pune.");
  YES(doc, "Aditi Rao", "occupation", "chef");
  NO(doc, "Aditi Rao", "occupation", "talented chef");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Thandiwe Nkosi plays Lerato, a successful "
                          "architect in Durban.");
  YES(doc, "Lerato", "occupation", "architect");
  NO(doc, "Thandiwe Nkosi", "occupation", "architect");
  kgb_doc_result_free(doc);
}

/* "moves from X to Y", "moves with her son … into a house in Y": the
 * destination, for the people taken along too */
static void moves_from_and_with(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Ruby Ngata moves from Rotorua to Auckland to live with her father.");
  YES(doc, "Ruby Ngata", "movedTo", "Auckland");
  NO(doc, "Ruby Ngata", "movedTo", "Rotorua");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Marisol, newly divorced from Rogelio, moves from "
                          "Havana to Cienfuegos with her teenage son, Pablo.");
  YES(doc, "Marisol", "movedTo", "Cienfuegos");
  YES(doc, "Pablo", "movedTo", "Cienfuegos");
  SYM(doc, "Marisol", "marriedTo", "Rogelio");
  SYM(doc, "Marisol", "brokeUpWith", "Rogelio");
  NO(doc, "Rogelio", "movedTo", "Cienfuegos");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("After the war, Piotr moved from Lviv to Wrocław.");
  YES(doc, "Piotr", "movedTo", "Wrocław");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Elif, a nurse, moved with her son Deniz from Izmir to Berlin.");
  YES(doc, "Elif", "movedTo", "Berlin");
  YES(doc, "Deniz", "movedTo", "Berlin");
  NO(doc, "Elif", "movedTo", "Izmir");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Amaka relocates from Enugu to Lagos with her two daughters.");
  YES(doc, "Amaka", "movedTo", "Lagos");
  kgb_doc_result_free(doc);

  /* the subject is the clause's, not the name before the comma */
  doc = kgb_test_sentence("After divorcing Rodrigo, Camila moves with her "
                          "teenage son Benja into her late father's house in "
                          "Valparaíso.");
  YES(doc, "Camila", "movedTo", "Valparaíso");
  YES(doc, "Benja", "movedTo", "Valparaíso");
  YES(doc, "Benja", "hasParent", "Camila");
  NO(doc, "Rodrigo", "movedTo", "Valparaíso");
  NO(doc, "Benja", "hasParent", "Rodrigo");
  kgb_doc_result_free(doc);

  /* not: a story moving, a negation */
  doc = kgb_test_sentence("Kofi Mensah, a baker, never moves from Accra to "
                          "Kumasi, and "
                          "the story moves from Lagos to London.");
  NO(doc, "Kofi Mensah", "movedTo", "Kumasi");
  NO(doc, "Kofi Mensah", "movedTo", "London");
  kgb_doc_result_free(doc);
}

/* "After divorcing X, Y …", "after separating from X, Y …": the clause's
 * subject and the one left */
static void after_divorcing(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("After divorcing Rodrigo, Camila moves to Valparaíso.");
  SYM(doc, "Camila", "marriedTo", "Rodrigo");
  SYM(doc, "Camila", "brokeUpWith", "Rodrigo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Since divorcing her husband, Ahmet, Leyla has run "
                          "the hotel alone.");
  SYM(doc, "Leyla", "marriedTo", "Ahmet");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "After separating from Kwame, Abena returns to Kumasi.");
  SYM(doc, "Abena", "brokeUpWith", "Kwame");
  NOSYM(doc, "Abena", "marriedTo", "Kwame");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Since splitting with Jae-won, Min-ji has lived alone in Seoul.");
  SYM(doc, "Min-ji", "brokeUpWith", "Jae-won");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("After breaking up with her boyfriend, Tomasz, Ola "
                          "moves to Kraków.");
  SYM(doc, "Ola", "brokeUpWith", "Tomasz");
  kgb_doc_result_free(doc);

  /* not: meeting someone */
  doc = kgb_test_sentence("After meeting Rodrigo, Camila moves to Santiago.");
  NOSYM(doc, "Camila", "brokeUpWith", "Rodrigo");
  NOSYM(doc, "Camila", "marriedTo", "Rodrigo");
  kgb_doc_result_free(doc);
}

/* "…, nurse Carmela Reyes leaves Tacloban …": a trade before a name keeps
 * the name a clause's subject, whom a later "her" stands for (not the town
 * after the verb, nor the object) */
static void trade_before_subject(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In the drama, nurse Carmela Reyes leaves Tacloban for a hospital job "
      "in Dubai, entrusting her two children to her mother, Lola Pacita, and "
      "to her estranged husband, Rommel.");
  YES(doc, "Carmela Reyes", "hasParent", "Lola Pacita");
  SYM(doc, "Carmela Reyes", "marriedTo", "Rommel");
  NO(doc, "Tacloban", "hasParent", "Lola Pacita");
  NOSYM(doc, "Lola Pacita", "marriedTo", "Rommel");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("After meeting Kiri, retired police detective Hemi "
                          "Walker visits his daughter Aroha in Napier.");
  YES(doc, "Aroha", "hasParent", "Hemi Walker");
  NO(doc, "Aroha", "hasParent", "Kiri");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("On Sunday, junior doctor Park Min-jun drives "
                          "Soo-ah to see his grandmother in Busan.");
  NO(doc, "Soo-ah", "hasGrandparent", "Soo-ah's grandmother");
  kgb_doc_result_free(doc);
}

/* "her father, the wealthy contractor Hajj Mahmoud": a relative named past
 * "the" and describing words, when the name closes the apposition */
static void relative_named_past_the(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Nour marries Omar against the wishes of her father, "
                        "the wealthy contractor Hajj Mahmoud.");
  YES(doc, "Nour", "hasParent", "Hajj Mahmoud");
  CLASS_IS(doc, "Nour's father", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Amara Eze runs a salon in Enugu. Amara's mother, "
                          "the formidable Chief Ngozi Eze, owns the building.");
  YES(doc, "Amara Eze", "hasParent", "Chief Ngozi Eze");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Lars lives in Tromsø with his grandfather, the "
                          "retired sea captain Erik Dahl.");
  YES(doc, "Lars", "hasGrandparent", "Erik Dahl");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Inés Vidal is hiding from her husband, the "
                          "powerful judge Álvaro Sanz, in Cádiz.");
  SYM(doc, "Inés Vidal", "marriedTo", "Álvaro Sanz");
  kgb_doc_result_free(doc);

  /* not: a name inside a longer phrase */
  doc = kgb_test_sentence(
      "Ana Lima still trusts her father, the man Rui betrayed.");
  NO(doc, "Ana Lima", "hasParent", "Rui");
  kgb_doc_result_free(doc);
}

/* trades and their fields the lists lacked: "rugby coach", "fisheries
 * inspector", "rickshaw puller", "street vendor", "village headman" */
static void more_trades(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Wiremu Tane, a rugby coach in Hamilton, takes in his nephew Rawiri.");
  YES(doc, "Wiremu Tane", "occupation", "rugby coach");
  NO(doc, "Wiremu Tane", "occupation", "coach");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Sigrún is a fisheries inspector who lives in Húsavík.");
  YES(doc, "Sigrún", "occupation", "fisheries inspector");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Farhan Mahmud plays Karim, a rickshaw puller in Chittagong.");
  YES(doc, "Karim", "occupation", "rickshaw puller");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Thanh, a street vendor in Hue, falls for Minh.");
  YES(doc, "Thanh", "occupation", "street vendor");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Bilal Haddad is a shipping magnate from Tripoli.");
  YES(doc, "Bilal Haddad", "occupation", "shipping magnate");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kofi Asante, a village headman, welcomes the visitors.");
  YES(doc, "Kofi Asante", "occupation", "village headman");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kamla is the widow of the tea baron Raghuvir "
                          "Rathore and still lives in the house.");
  YES(doc, "Raghuvir Rathore", "occupation", "tea baron");
  kgb_doc_result_free(doc);
}

/* "leaves home for Kharkiv", "leaves her family's ger for Ulaanbaatar",
 * "X, who …, has moved to Y", "a job offer takes her to Tokyo", "accepts a
 * posting in Dubai" */
static void more_moves(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Mykola Bondar plays Taras, and Kateryna Lysenko plays his daughter "
      "Halia, who leaves home for Kharkiv to study medicine.");
  YES(doc, "Halia", "movedTo", "Kharkiv");
  NO(doc, "Taras", "movedTo", "Kharkiv");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Blue Sky Bride, Solongo, a herder's daughter "
                          "from Bayankhongor, leaves her family's ger for "
                          "Ulaanbaatar, where she marries Batbayar.");
  YES(doc, "Solongo", "movedTo", "Ulaanbaatar");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Yaw Mensah leaves his village for Accra.");
  YES(doc, "Yaw Mensah", "movedTo", "Accra");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Seo-yeon's younger sister, Yoon Ha-eun, who spent "
                          "the series cramming for the civil-service exam, "
                          "has moved to Busan with her boyfriend.");
  YES(doc, "Yoon Ha-eun", "movedTo", "Busan");
  NO(doc, "Seo-yeon", "movedTo", "Busan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kofi Boateng, a mechanic with big plans, had moved to Kumasi by then.");
  YES(doc, "Kofi Boateng", "movedTo", "Kumasi");
  kgb_doc_result_free(doc);

  /* her is the subject of the main clause, past "until" (and "Emi and
   * Emi's husband" joins people, not clauses) */
  doc = kgb_test_sentence("Yuki, a translator in Kyoto, lives with her sister "
                          "Emi and Emi's husband, Takeshi, until a job offer "
                          "takes her to Tokyo.");
  YES(doc, "Yuki", "movedTo", "Tokyo");
  NO(doc, "Emi", "movedTo", "Tokyo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Otieno Ouma lives in Kisumu. A scholarship takes him to London.");
  YES(doc, "Otieno Ouma", "movedTo", "London");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Lerato Dube lands a job in Cape Town.");
  YES(doc, "Lerato Dube", "movedTo", "Cape Town");
  kgb_doc_result_free(doc);

  /* not: an interview, nor the town left */
  doc = kgb_test_sentence("Ana Ruiz, a nurse, takes a job interview in Madrid "
                          "and leaves Toledo for Sevilla.");
  NO(doc, "Ana Ruiz", "movedTo", "Madrid");
  NO(doc, "Ana Ruiz", "movedTo", "Toledo");
  kgb_doc_result_free(doc);
}

/* "works for his uncle Tesfaye's cab firm, Abay Taxi", "finds work at a
 * trekking agency, Himal Treks", "goes to work for Wasl, a start-up": the
 * name beside a company noun is the employer, an organisation (no one a
 * pronoun stands for) */
static void employer_beside_company_noun(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Dawit, a taxi driver who works for his uncle "
                        "Tesfaye's cab firm, Abay Taxi, secretly dates Hiwot.");
  YES(doc, "Dawit", "worksFor", "Abay Taxi");
  CLASS_IS(doc, "Abay Taxi", "Organization");
  NOSYM(doc, "Abay Taxi", "dated", "Hiwot");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Pemba moves in with his friend Sanjay and finds "
                          "work at a trekking agency, Himal Treks.");
  YES(doc, "Pemba", "worksFor", "Himal Treks");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Noura, a software engineer, secretly goes to work for Wasl, a "
      "start-up competing with her brother Faisal's company, while their "
      "father, Abdulrahman, arranges her engagement.");
  YES(doc, "Noura", "worksFor", "Wasl");
  CLASS_IS(doc, "Wasl", "Organization");
  SYM(doc, "Noura", "hasSibling", "Faisal");
  YES(doc, "Noura", "hasParent", "Abdulrahman");
  NO(doc, "Wasl", "hasParent", "Abdulrahman");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Jon Ellis takes a job with Kestrel, a courier company in Leeds.");
  YES(doc, "Jon Ellis", "worksFor", "Kestrel");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Marisol, newly divorced, moves to Cienfuegos and "
                          "takes a job in the kitchen of Casa Azul, the "
                          "paladar run by her cousin Yamilé.");
  YES(doc, "Marisol", "worksFor", "Casa Azul");
  CLASS_IS(doc, "Casa Azul", "Organization");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Marta Sousa works at Lua Nova, a small chain of cafés in Porto.");
  YES(doc, "Marta Sousa", "worksFor", "Lua Nova");
  kgb_doc_result_free(doc);

  /* not: a person one works for (the boss: xstory13) */
  doc =
      kgb_test_sentence("Ana Lima, a cook, works for Rui, a widower in Braga.");
  NO(doc, "Ana Lima", "worksFor", "Rui");
  YES(doc, "Rui", "bossOf", "Ana Lima");
  CLASS_IS(doc, "Rui", "Character");
  kgb_doc_result_free(doc);
}

/* "who happens to be her boss", "who has been his boss for a decade",
 * "X hires Y", "Y is hired by X", "Y works for her rival, the shipping
 * magnate X": bosses */
static void bosses(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("Valentina dates Mateo while falling "
                                        "for Sebastián, who happens to be "
                                        "her boss.");
  YES(doc, "Sebastián", "bossOf", "Valentina");
  CLASS_IS(doc, "Valentina's boss", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ji-ho answers to Captain Oh Byung-chul, a man who "
                          "has been his boss for over a decade.");
  YES(doc, "Oh Byung-chul", "bossOf", "Ji-ho");
  CLASS_IS(doc, "Oh's boss", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ingrid Berg hires Tomas, who turns out to be her half-brother.");
  SYM(doc, "Ingrid Berg", "hasSibling", "Tomas");
  YES(doc, "Ingrid Berg", "bossOf", "Tomas");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In season two, widowed ferry captain Katerina "
                          "Doukas hires her old friend Yiannis as first mate, "
                          "unaware that he is secretly working for her rival, "
                          "the shipping magnate Petros Lambrakis.");
  YES(doc, "Katerina Doukas", "bossOf", "Yiannis");
  YES(doc, "Petros Lambrakis", "bossOf", "Yiannis");
  NO(doc, "Petros Lambrakis", "bossOf", "Katerina Doukas");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Nok, a bartender, shares a bungalow with Tee until "
                          "Tee's business partner, Khun Somchai, hires her to "
                          "run his new beach bar.");
  YES(doc, "Khun Somchai", "bossOf", "Nok");
  NO(doc, "Khun Somchai", "bossOf", "Tee");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ravi Menon employs his nephew Arjun at the shop.");
  YES(doc, "Ravi Menon", "bossOf", "Arjun");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Amina Haddad, a refugee, gets hired by the chef, Luc Fontaine.");
  YES(doc, "Luc Fontaine", "bossOf", "Amina Haddad");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Akosua Mensah works for her aunt Efua at the market.");
  YES(doc, "Efua", "bossOf", "Akosua Mensah");
  kgb_doc_result_free(doc);

  /* not: "wants to be her boss", a negation, a hired stranger */
  doc = kgb_test_sentence("Ana Lima, a nurse, trusts Rui, who wants to be her "
                          "boss. Rui Costa never hires Ana Lima, and Ana Lima "
                          "hires a lawyer.");
  NO(doc, "Rui", "bossOf", "Ana Lima");
  NO(doc, "Rui Costa", "bossOf", "Ana Lima");
  kgb_doc_result_free(doc);
}

/* "Omar, a young engineer who marries his university sweetheart Nour",
 * "shares a bungalow with her boyfriend Tee", "Karim, a chef, and his
 * business partner Layla have been best friends" */
static void couples_homes_partners(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The drama follows Omar, a young engineer from Alexandria who marries "
      "his university sweetheart Nour against the wishes of her father.");
  SYM(doc, "Omar", "marriedTo", "Nour");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Nok, a bartender, shares a bungalow with her "
                          "boyfriend Tee and his grandmother.");
  SYM(doc, "Nok", "livedWith", "Tee");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ama Owusu shares a cramped flat in Accra with her cousin Esi.");
  SYM(doc, "Ama Owusu", "livedWith", "Esi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Karim, a Beirut chef, and his business partner "
                          "Layla have been best friends since school.");
  SYM(doc, "Karim", "colleagueOf", "Layla");
  SYM(doc, "Karim", "friendOf", "Layla");
  NOSYM(doc, "Karim", "dated", "Layla");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Inspector Sara Holm and her patrol partner Erik "
                          "Lund chase the van.");
  SYM(doc, "Sara Holm", "colleagueOf", "Erik Lund");
  kgb_doc_result_free(doc);

  /* not: a partner alone, a secret shared */
  doc = kgb_test_sentence("Ana Lima and her partner Eva run a café, and Ana "
                          "Lima shares a secret with Rui Costa.");
  NOSYM(doc, "Ana Lima", "colleagueOf", "Eva");
  NOSYM(doc, "Ana Lima", "livedWith", "Rui Costa");
  kgb_doc_result_free(doc);
}

/* "… and is married to Yaw", "Yaw, a loan officer who works for X",
 * "has moved back to Y", "Efua (actor) left for Accra years ago", "for his
 * newspaper, the Ashanti Herald" */
static void carried_subjects_and_workplaces(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The elder, Abena (Adjoa Mensah), runs the business side of the "
      "workshop and is married to Yaw Darko, an ambitious loan officer who "
      "works for Gold Coast Meridian Bank in Kumasi.");
  SYM(doc, "Abena", "marriedTo", "Yaw Darko");
  YES(doc, "Yaw Darko", "worksFor", "Gold Coast Meridian Bank");
  NOSYM(doc, "Adjoa Mensah", "marriedTo", "Yaw Darko");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Chidi Okafor is a mechanic in Enugu. In the last "
                          "episode, Chidi has moved back to Lagos.");
  YES(doc, "Chidi Okafor", "movedTo", "Lagos");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Her younger sister Efua (Naa Ayeley Quaye) left "
                          "for Accra years ago and works as a fashion "
                          "designer there.");
  YES(doc, "Efua", "movedTo", "Accra");
  NO(doc, "Naa Ayeley Quaye", "movedTo", "Accra");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kwesi Mensah, digging into the accounts for his "
                          "newspaper, the Ashanti Herald, finds a paper "
                          "trail.");
  YES(doc, "Kwesi Mensah", "worksFor", "Ashanti Herald");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Thandi Zulu, a DJ, loves her station, Radio Kasi.");
  YES(doc, "Thandi Zulu", "worksFor", "Radio Kasi");
  kgb_doc_result_free(doc);

  /* not: a pupil's school, a name split by "and" */
  doc = kgb_test_sentence("Ana Lima, a nurse, visits her school, the Liceu "
                          "Camões. Dóra now works for the National Tax and "
                          "Customs Administration.");
  NO(doc, "Ana Lima", "worksFor", "Liceu Camões");
  NO(doc, "Dóra", "worksFor", "National Tax");
  kgb_doc_result_free(doc);
}

/* "her German husband, Jonas" (a nationality between possessor and
 * relative), "marries her Nigerian boyfriend Tunde", "lives with his sister
 * Lan (actor) and their grandmother, Bà Sáu" */
static void nationality_and_bracket(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "His sister Nana (Ketevan Dolidze), a doctor who moved to Berlin a "
      "decade ago, arrives late with her German husband, Jonas (Felix "
      "Bremer).");
  SYM(doc, "Nana", "marriedTo", "Jonas");
  NOSYM(doc, "Ketevan Dolidze", "marriedTo", "Jonas");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ama Owusu marries her Nigerian boyfriend Tunde.");
  SYM(doc, "Ama Owusu", "marriedTo", "Tunde");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kenji Mori works in Osaka with his Brazilian "
                          "colleague, Paulo Reis.");
  SYM(doc, "Kenji Mori", "colleagueOf", "Paulo Reis");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Minh lives with his younger sister Lan (Nguyễn Thảo Vy) and their "
      "grandmother, Bà Sáu, in a stilt house near Cần Thơ.");
  SYM(doc, "Minh", "livedWith", "Lan");
  SYM(doc, "Minh", "livedWith", "Bà Sáu");
  NOSYM(doc, "Minh", "livedWith", "Nguyễn Thảo Vy");
  kgb_doc_result_free(doc);
}

/* "… but quickly befriends his sister, Réka" (a subject-carrying "but"),
 * "… while secretly dating Rui", "moves in with her boyfriend Bence's
 * family in Debrecen", "her superior, Major X"; a name between commas is
 * no subject a "but" carries */
static void carried_by_but_and_while(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In the comedy, Zsófi, a Budapest architect, moves in with her "
      "boyfriend Bence's family in Debrecen, where she clashes with his "
      "mother, Ilona, but quickly befriends his sister, Réka.");
  SYM(doc, "Zsófi", "livedWith", "Bence");
  YES(doc, "Zsófi", "movedTo", "Debrecen");
  SYM(doc, "Zsófi", "friendOf", "Réka");
  NOSYM(doc, "Zsófi", "friendOf", "Bence");
  NOSYM(doc, "Ilona", "friendOf", "Réka");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Pemba moves in with his friend Sanjay in Kathmandu.");
  YES(doc, "Pemba", "movedTo", "Kathmandu");
  SYM(doc, "Pemba", "livedWith", "Sanjay");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ana Sousa works at a bakery in Porto while secretly dating Rui.");
  SYM(doc, "Ana Sousa", "dated", "Rui");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("At the paper, Zeynep clashes with her editor, "
                          "Cemal Bey, but finds an ally in fellow reporter "
                          "Burak.");
  SYM(doc, "Zeynep", "colleagueOf", "Burak");
  NOSYM(doc, "Cemal Bey", "colleagueOf", "Burak");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Lima answers to her superior, Major Rui Costa.");
  YES(doc, "Major Rui Costa", "bossOf", "Ana Lima");
  kgb_doc_result_free(doc);

  /* not: a new subject after "but" */
  doc = kgb_test_sentence(
      "Ana Lima, a nurse, hates Rui, but Rui moves to Porto.");
  NO(doc, "Ana Lima", "movedTo", "Porto");
  kgb_doc_result_free(doc);
}

/* "and is married to", "and is preparing" carry the subject, not "and was
 * shot in" (a work's); "the daughter of Tesfaye's bitter rival, Girma" */
static void copula_carry_and_daughter_of(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Adaeze has quit Okonjo & Partners, moved to Enugu into her mother's "
      "old house, and is preparing a case.");
  YES(doc, "Adaeze", "movedTo", "Enugu");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Meera Iyer’s first film, The Salt Pans, cost ₹4 "
                          "crore and was shot in Tuticorin.");
  YES(doc, "Salt Pans", "filmedIn", "Tuticorin");
  NO(doc, "Meera Iyer", "movedTo", "Tuticorin");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Dawit secretly dates Hiwot, the daughter of "
                          "Tesfaye's bitter rival, Girma.");
  YES(doc, "Hiwot", "hasParent", "Girma");
  NO(doc, "Hiwot", "hasParent", "Tesfaye");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Omar Saleh, the son of his business rival, moves to Cairo.");
  NO(doc, "Omar Saleh", "hasParent", "Omar Saleh");
  YES(doc, "Omar Saleh", "movedTo", "Cairo");
  kgb_doc_result_free(doc);
}

/* "as the village priest, Father Vasile", "plays the village headman
 * Siripala" ("the village" is no place here), "Baraka Mwakyusa's
 * fisherman, Juma", "Krista, the town's only schoolteacher" */
static void trades_with_possessors(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In Kandu Yaya, veteran actor Chandana Wickramasinghe plays the village "
      "headman Siripala, whose daughter Nilmini falls for a doctor.");
  YES(doc, "Siripala", "occupation", "village headman");
  NO(doc, "Siripala", "occupation", "headman");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The film stars Ioana Drăgulescu as Maria, with "
                          "Sorin Manolache as the village priest, Father "
                          "Vasile.");
  YES(doc, "Father Vasile", "occupation", "village priest");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Neema Mushi plays Zawadi, a schoolteacher, "
                          "opposite Baraka Mwakyusa's fisherman, Juma.");
  YES(doc, "Juma", "occupation", "fisherman");
  NO(doc, "Baraka Mwakyusa", "occupation", "fisherman");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Lima calls her lawyer, Rui Costa, at once.");
  YES(doc, "Rui Costa", "occupation", "lawyer");
  NO(doc, "Ana Lima", "occupation", "lawyer");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Conor Gillis is married to Krista, the town's only "
                          "schoolteacher.");
  YES(doc, "Krista", "occupation", "schoolteacher");
  NO(doc, "Conor Gillis", "occupation", "schoolteacher");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The transfers came from Viktória Halmi, the "
                          "bank's chief executive.");
  YES(doc, "Viktória Halmi", "occupation", "chief executive");
  NO(doc, "Viktória Halmi", "occupation", "executive");
  kgb_doc_result_free(doc);

  /* not: a film's crew */
  doc = kgb_test_sentence("Neema Mushi plays Zawadi, a schoolteacher. The "
                          "film's director, Ana Lima, cut it in Arusha.");
  NO(doc, "Ana Lima", "occupation", "director");
  kgb_doc_result_free(doc);
}

/* "disgraced Athens prosecutor Stavros Melas", "widowed fisherman Nils
 * Berg", "Lagos banker Tunde Bakare": a trade after describing words or a
 * town */
static void trade_after_town_or_adjective(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In this series, disgraced Athens prosecutor Stavros Melas (Nikos "
      "Karalis) returns to his native Chania.");
  YES(doc, "Stavros Melas", "occupation", "prosecutor");
  NO(doc, "Nikos Karalis", "occupation", "prosecutor");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Widowed fisherman Nils Berg leaves Bodø for Oslo.");
  YES(doc, "Nils Berg", "occupation", "fisherman");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The film follows Lagos banker Tunde Bakare.");
  YES(doc, "Tunde Bakare", "occupation", "banker");
  kgb_doc_result_free(doc);
}

/* "Back in Galway after ten years in Boston, Declan …", "takes a job behind
 * the bar at his uncle's pub, the Salmon Weir", "a primary-school teacher",
 * "follows him to Surabaya" */
static void back_home_pub_and_compounds(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Back in Galway after ten years in Boston, Declan Moran takes a job "
      "behind the bar at his uncle's pub, the Salmon Weir, and starts seeing "
      "Róisín, a primary-school teacher.");
  YES(doc, "Declan Moran", "movedTo", "Galway");
  NO(doc, "Declan Moran", "movedTo", "Boston");
  YES(doc, "Declan Moran", "worksFor", "Salmon Weir");
  YES(doc, "Róisín", "occupation", "primary-school teacher");
  NO(doc, "Róisín", "occupation", "school teacher");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Leyla, a night-shift postal clerk, meets Emre. Ana "
                          "Lima is a 32-year-old nurse.");
  YES(doc, "Leyla", "occupation", "night-shift postal clerk");
  YES(doc, "Ana Lima", "occupation", "nurse");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tomás, the younger, works as a lawyer for a "
                          "real-estate developer called Grupo Altamira.");
  YES(doc, "Tomás", "occupation", "lawyer");
  NO(doc, "Tomás", "occupation", "real-estate developer");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Wulan marries Ratna's former fiancé, Hendra, and "
                          "follows him to Surabaya.");
  YES(doc, "Wulan", "movedTo", "Surabaya");
  NO(doc, "Hendra", "movedTo", "Surabaya");
  kgb_doc_result_free(doc);

  /* not: a chase */
  doc =
      kgb_test_sentence("Ana Lima, a detective, follows the thief to Lisbon.");
  NO(doc, "Ana Lima", "movedTo", "Lisbon");
  kgb_doc_result_free(doc);
}

/* "Fadi, who, it turns out, works as an accountant for …" (a pronoun in the
 * parenthetical), "X is separated from her husband, Rui" */
static void parenthetical_and_separated(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The Orange Grove follows Rania. Rania sides with her brother at "
      "first, but Fadi, who, it turns out, works as an accountant for "
      "Georges's company, Matar Holdings, pushes her to accept the offer.");
  YES(doc, "Fadi", "occupation", "accountant");
  YES(doc, "Fadi", "worksFor", "Matar Holdings");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Lima is separated from her husband, Rui.");
  SYM(doc, "Ana Lima", "brokeUpWith", "Rui");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Lima, separated from her father during the "
                          "war, lives in Porto.");
  NO(doc, "Ana Lima", "brokeUpWith", "Ana's father");
  kgb_doc_result_free(doc);
}

/* "a translator at the Kyoto publishing house Hoshino Shobō", "is Meera's
 * best friend and a journalist at the Pune Mirror Daily", and a town in a
 * birth bracket is no one a pronoun stands for */
static void employers_and_bracketed_towns(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In Hanagumori, Yuki, a translator at the Kyoto publishing house "
      "Hoshino Shobō, lives with her sister Emi.");
  YES(doc, "Yuki", "worksFor", "Hoshino Shobō");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Zoya (Tanvi Rao) is Meera's best friend from "
                          "school and a journalist at the Pune Mirror Daily, "
                          "the local paper.");
  YES(doc, "Zoya", "occupation", "journalist");
  YES(doc, "Zoya", "worksFor", "Pune Mirror Daily");
  NO(doc, "Tanvi Rao", "occupation", "journalist");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Actress Sofía Echeverría (born 30 November 1985, Valparaíso) made her "
      "screen debut in La casa del faro (2006), a film directed by her "
      "father, Ramiro Echeverría.");
  YES(doc, "Sofía Echeverría", "hasParent", "Ramiro Echeverría");
  NO(doc, "Valparaíso", "hasParent", "Ramiro Echeverría");
  kgb_doc_result_free(doc);

  /* not: "and" before no trade */
  doc = kgb_test_sentence(
      "Ana Lima is Rui's cousin and a little lost, and Rui is a baker.");
  NO(doc, "Ana Lima", "occupation", "baker");
  kgb_doc_result_free(doc);
}

/* "renting a rooftop flat in Seoul's Mapo District", "he has married X",
 * "Yu-ri leaves him", "Her co-worker, Kim Na-rae, doubles as her best
 * friend" */
static void homes_marriages_and_doubles_as(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Yoon Seo-yeon (Kang Min-ji) is a pharmacist renting a rooftop flat in "
      "Seoul's Mapo District. Her co-worker at the pharmacy, Kim Na-rae, "
      "doubles as her best friend.");
  YES(doc, "Yoon Seo-yeon", "livesIn", "Mapo District");
  YES(doc, "Yoon Seo-yeon", "livesIn", "Seoul");
  SYM(doc, "Kim Na-rae", "friendOf", "Yoon Seo-yeon");
  CLASS_IS(doc, "Yoon's friend", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Choi Min-ho is a prosecutor. By episode 3 Min-ho "
                          "has married Han Yu-ri, but Yu-ri leaves him in the "
                          "same episode.");
  SYM(doc, "Choi Min-ho", "marriedTo", "Han Yu-ri");
  SYM(doc, "Choi Min-ho", "brokeUpWith", "Han Yu-ri");
  kgb_doc_result_free(doc);

  /* not: leaving someone a note */
  doc = kgb_test_sentence("Ana Lima, a nurse, meets Rui and leaves him a "
                          "note.");
  NOSYM(doc, "Ana Lima", "brokeUpWith", "Rui");
  kgb_doc_result_free(doc);
}

/* "Her partner on the case is police inspector Dawid Kos": a relative named
 * after a copula past a place phrase and a trade */
static void copula_past_place_and_trade(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Zofia Wrona is a prosecutor. Her partner on the case is police "
      "inspector Dawid Kos, played by Oleksandr Marchuk.");
  SYM(doc, "Dawid Kos", "colleagueOf", "Zofia Wrona");
  CLASS_IS(doc, "Zofia's partner", NULL);
  NOSYM(doc, "Oleksandr Marchuk", "colleagueOf", "Zofia Wrona");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ana Lima is a nurse. Her boss at the clinic is Dr. Rui Costa.");
  YES(doc, "Rui Costa", "bossOf", "Ana Lima");
  kgb_doc_result_free(doc);
}

/* "Conor is Maeve's younger brother, a fisherman who never left Trinity" */
static void never_left_past_apposition(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The series is set in Trinity, a town. Conor (Liam Tremblay) is "
      "Maeve's younger brother, a fisherman who never left Trinity.");
  YES(doc, "Conor", "livesIn", "Trinity");
  NO(doc, "Maeve", "livesIn", "Trinity");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Lima, a nurse who never left Porto, meets Rui.");
  YES(doc, "Ana Lima", "livesIn", "Porto");
  kgb_doc_result_free(doc);
}

/* "his new boss is his ex-wife, Claire": a relative after a copula is the
 * other relative's named person */
static void relative_is_named_relative(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In Second Period, ex-hockey player Dan Mercier returns home to "
      "Thunder Bay, only to discover that his new boss is his ex-wife, "
      "Claire.");
  YES(doc, "Claire", "bossOf", "Dan Mercier");
  SYM(doc, "Claire", "marriedTo", "Dan Mercier");
  CLASS_IS(doc, "Dan's boss", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Lima learns that her new neighbour is her old "
                          "friend, Rui Costa.");
  SYM(doc, "Ana Lima", "friendOf", "Rui Costa");
  kgb_doc_result_free(doc);
}

/* "the newlyweds", "the couple" after a verb of marrying or dating: the two
 * it joins, not the last two people named */
static void couple_after_marrying(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The drama follows Omar, a young engineer from Alexandria who marries "
      "his university sweetheart Nour against the wishes of her father, the "
      "wealthy contractor Hajj Mahmoud; the newlyweds move into a cramped "
      "flat in Giza.");
  YES(doc, "Omar", "movedTo", "Giza");
  YES(doc, "Nour", "movedTo", "Giza");
  SYM(doc, "Omar", "livedWith", "Nour");
  NOSYM(doc, "Hajj Mahmoud", "livedWith", "Nour");
  NO(doc, "Hajj Mahmoud", "movedTo", "Giza");
  NO(doc, "Alexandria", "movedTo", "Giza");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Lima moves into a flat in Porto.");
  YES(doc, "Ana Lima", "movedTo", "Porto");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Arjun Rao, a Pune software engineer, marries his "
                          "college sweetheart Priya, but the couple split "
                          "within a year.");
  SYM(doc, "Arjun Rao", "brokeUpWith", "Priya");
  NOSYM(doc, "Arjun Rao", "brokeUpWith", "Pune");
  kgb_doc_result_free(doc);
}

/* "Lebanese actress Rania Haddad, who was born …": a biography's subject is
 * of the film trade it opens with (not an actor credited in a list) */
static void biography_subject_trade(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Lebanese actress Rania Haddad, who was born in Tripoli in 1952, died "
      "in Paris on Sunday.");
  YES(doc, "Rania Haddad", "occupation", "actress");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Born on 2 February 1991 in Kraków, Polish actress "
                          "Zofia Wieczorek rose to fame as Hanna.");
  YES(doc, "Zofia Wieczorek", "occupation", "actress");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Mexican cinematographer Rodrigo Villaseñor, born "
                          "in Oaxaca in 1975, has shot all three of her "
                          "features.");
  YES(doc, "Rodrigo Villaseñor", "occupation", "cinematographer");
  kgb_doc_result_free(doc);

  /* not: a credit in a list */
  doc = kgb_test_sentence("The drama stars Julien Marchand and the Senegalese "
                          "actor Moussa Diallo as Ibrahima.");
  NO(doc, "Moussa Diallo", "occupation", "actor");
  kgb_doc_result_free(doc);
}

/* "as married police inspectors Dragan and Sanja Petrović" */
static void married_trade_pair(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Nemanja Ilić and Milica Stojanović return as married police "
      "inspectors Dragan and Sanja Petrović in the second season.");
  SYM(doc, "Dragan", "marriedTo", "Sanja Petrović");
  SYM(doc, "Dragan", "colleagueOf", "Sanja Petrović");
  YES(doc, "Sanja Petrović", "occupation", "police inspectors");
  NOSYM(doc, "Nemanja Ilić", "marriedTo", "Milica Stojanović");
  kgb_doc_result_free(doc);

  /* not: a married couple */
  doc = kgb_test_sentence("The film follows the married couple Ana and Rui, "
                          "and Ana is a nurse.");
  NOSYM(doc, "Ana", "colleagueOf", "Rui");
  NO(doc, "Ana", "occupation", "couple");
  kgb_doc_result_free(doc);
}

/* "When his older brother Nima dies on Everest, Pemba leaves …": a
 * possessive with no one before it stands for the clause subject after the
 * comma (not the relative's own name) */
static void cataphoric_possessive(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In Himalko Chhaya, when his older brother Nima dies on Everest, Pemba "
      "leaves Namche Bazaar for Kathmandu.");
  SYM(doc, "Pemba", "hasSibling", "Nima");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("After the sudden death of her husband, Ramón "
                          "(Óscar Benavente), Elvira (Clara Villalba) is left "
                          "with a rented flat.");
  SYM(doc, "Elvira", "marriedTo", "Ramón");
  CLASS_IS(doc, "Ramón's husband", NULL);
  kgb_doc_result_free(doc);
}

/* "her sister Ewa is found dead": the name a relative names is a
 * character, though the gazetteer knows a place of that name */
static void relative_names_a_place_name(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Zofia Wrona returns home after her sister Ewa is found dead. Ewa had "
      "been working as a bookkeeper for the family's shipping firm.");
  CLASS_IS(doc, "Ewa", "Character");
  SYM(doc, "Zofia Wrona", "hasSibling", "Ewa");
  YES(doc, "Ewa", "occupation", "bookkeeper");
  kgb_doc_result_free(doc);

  /* a credit's relative stays a person */
  doc = kgb_test_sentence("Ama Mensah stars in 'Salt Lines', which was "
                          "written by her brother, Kofi Mensah.");
  YES(doc, "Salt Lines", "writtenBy", "Kofi Mensah");
  kgb_doc_result_free(doc);

  /* not: "his sister city Porto" */
  doc = kgb_test_sentence("Rui Costa, a mayor, visits his sister city Porto.");
  NO(doc, "Rui Costa", "hasSibling", "Porto");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xstory12[] = {
    cmocka_unit_test_setup(trade_without_adjective, kgb_test_rules_setup),
    cmocka_unit_test_setup(moves_from_and_with, kgb_test_rules_setup),
    cmocka_unit_test_setup(after_divorcing, kgb_test_rules_setup),
    cmocka_unit_test_setup(trade_before_subject, kgb_test_rules_setup),
    cmocka_unit_test_setup(relative_named_past_the, kgb_test_rules_setup),
    cmocka_unit_test_setup(more_trades, kgb_test_rules_setup),
    cmocka_unit_test_setup(more_moves, kgb_test_rules_setup),
    cmocka_unit_test_setup(employer_beside_company_noun, kgb_test_rules_setup),
    cmocka_unit_test_setup(bosses, kgb_test_rules_setup),
    cmocka_unit_test_setup(couples_homes_partners, kgb_test_rules_setup),
    cmocka_unit_test_setup(carried_subjects_and_workplaces,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(nationality_and_bracket, kgb_test_rules_setup),
    cmocka_unit_test_setup(carried_by_but_and_while, kgb_test_rules_setup),
    cmocka_unit_test_setup(copula_carry_and_daughter_of, kgb_test_rules_setup),
    cmocka_unit_test_setup(trades_with_possessors, kgb_test_rules_setup),
    cmocka_unit_test_setup(trade_after_town_or_adjective, kgb_test_rules_setup),
    cmocka_unit_test_setup(back_home_pub_and_compounds, kgb_test_rules_setup),
    cmocka_unit_test_setup(parenthetical_and_separated, kgb_test_rules_setup),
    cmocka_unit_test_setup(employers_and_bracketed_towns, kgb_test_rules_setup),
    cmocka_unit_test_setup(homes_marriages_and_doubles_as,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(copula_past_place_and_trade, kgb_test_rules_setup),
    cmocka_unit_test_setup(never_left_past_apposition, kgb_test_rules_setup),
    cmocka_unit_test_setup(relative_is_named_relative, kgb_test_rules_setup),
    cmocka_unit_test_setup(couple_after_marrying, kgb_test_rules_setup),
    cmocka_unit_test_setup(biography_subject_trade, kgb_test_rules_setup),
    cmocka_unit_test_setup(married_trade_pair, kgb_test_rules_setup),
    cmocka_unit_test_setup(cataphoric_possessive, kgb_test_rules_setup),
    cmocka_unit_test_setup(relative_names_a_place_name, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xstory12_count =
    sizeof kgb_tests_sentences_xstory12 /
    sizeof kgb_tests_sentences_xstory12[0];
