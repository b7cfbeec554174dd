/* test_sentences_xstory5.c: relations between characters as plot and ending
 * explainers write them (romance, families written as lists, work, pets,
 * moves, friends), on sentences written for these tests. Each test asserts
 * the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "starts seeing", "has been going out with", "get together", "become an
 * item", "rekindle their romance" */
static void romance_begins(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Low Season’ is a 2023 drama film. Nora Lindqvist, a bored bank clerk, "
      "starts seeing Tariq Mansour after a storm.");
  SYM(doc, "Nora Lindqvist", "dated", "Tariq Mansour");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Low Season’ is a 2023 drama film. By the winter, Keanu "
      "Alapai has been going out with Marisol Reyes for a year.");
  SYM(doc, "Keanu Alapai", "dated", "Marisol Reyes");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Low Season’ is a 2023 drama film. Ama Owusu and Kwame "
      "Boateng finally get together in the end.");
  SYM(doc, "Ama Owusu", "dated", "Kwame Boateng");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Low Season’ is a 2023 drama film. Ingrid Holm and Pavel "
      "Novak become an item. Years later, Sofie Berg rekindles her "
      "romance with Jonas Aalto.");
  SYM(doc, "Ingrid Holm", "dated", "Pavel Novak");
  SYM(doc, "Sofie Berg", "dated", "Jonas Aalto");
  NOSYM(doc, "Pavel Novak", "dated", "Jonas Aalto");
  kgb_doc_result_free(doc);

  /* "get together" for a meal is no romance; "never" is a negation */
  doc = kgb_test_sentence(
      "‘Low Season’ is a 2023 drama film. Ingrid Holm and Pavel "
      "Novak get together for dinner. Rafael Ortiz never went out "
      "with Lucía Pardo.");
  NOSYM(doc, "Ingrid Holm", "dated", "Pavel Novak");
  NOSYM(doc, "Rafael Ortiz", "dated", "Lucía Pardo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Low Season’ is a 2023 drama film. Mira Kovač meets her "
      "on-off boyfriend Dario on the ferry.");
  SYM(doc, "Mira Kovač", "dated", "Dario");
  kgb_doc_result_free(doc);
}

/* "breaks things off with", "ends her engagement to", "leaves X for Y",
 * "his divorce from" */
static void romance_ends(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Cold Spring’ is a 2022 drama film. After the wedding, Chloé Martin "
      "breaks things off with Hamid Rahimi.");
  SYM(doc, "Chloé Martin", "brokeUpWith", "Hamid Rahimi");
  SYM(doc, "Chloé Martin", "dated", "Hamid Rahimi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Cold Spring’ is a 2022 drama film. Later, Aiko Tanabe ends "
      "her engagement to Kenji Mori.");
  SYM(doc, "Aiko Tanabe", "brokeUpWith", "Kenji Mori");
  SYM(doc, "Aiko Tanabe", "dated", "Kenji Mori");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Cold Spring’ is a 2022 drama film. Eventually Dmitri "
                        "Volkov leaves Olga Petrova for Irina Sokolova.");
  SYM(doc, "Dmitri Volkov", "brokeUpWith", "Olga Petrova");
  SYM(doc, "Dmitri Volkov", "dated", "Irina Sokolova");
  NOSYM(doc, "Dmitri Volkov", "brokeUpWith", "Irina Sokolova");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Cold Spring’ is a 2022 drama film. Bruno Alves is a "
      "lonely ferryman. His divorce from Leticia Gomes left him "
      "broke.");
  SYM(doc, "Bruno Alves", "marriedTo", "Leticia Gomes");
  SYM(doc, "Bruno Alves", "brokeUpWith", "Leticia Gomes");
  kgb_doc_result_free(doc);

  /* leaving a person at a place is no break-up */
  doc = kgb_test_sentence(
      "‘Cold Spring’ is a 2022 drama film. Dmitri Volkov leaves "
      "Olga Petrova at the station.");
  NOSYM(doc, "Dmitri Volkov", "brokeUpWith", "Olga Petrova");
  kgb_doc_result_free(doc);
}

/* "move in with", "the flat she shares with her sister", "friend and
 * flatmate" */
static void living_together(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Two Rooms’ is a 2021 comedy film. Eun-ji Park lives in the flat she "
      "shares with her sister Ye-jin.");
  SYM(doc, "Eun-ji Park", "livedWith", "Ye-jin");
  SYM(doc, "Eun-ji Park", "hasSibling", "Ye-jin");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Two Rooms’ is a 2021 comedy film. Tomás Rey shares an "
      "apartment with his cousin Beto. Tomás Rey shares a secret "
      "with Lola Vidal.");
  SYM(doc, "Tomás Rey", "livedWith", "Beto");
  NOSYM(doc, "Tomás Rey", "livedWith", "Lola Vidal");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Two Rooms’ is a 2021 comedy film. Leila Haddad spends "
      "the summer with her friend and flatmate Nico Berger.");
  SYM(doc, "Leila Haddad", "friendOf", "Nico Berger");
  SYM(doc, "Leila Haddad", "livedWith", "Nico Berger");
  NO(doc, "Leila Haddad", "friendOf", "Leila's friend");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Two Rooms’ is a 2021 comedy film. Dana Weiss moves in "
      "with Pavel Horák. She refuses to move in with Igor Sobol.");
  SYM(doc, "Dana Weiss", "livedWith", "Pavel Horák");
  NOSYM(doc, "Dana Weiss", "livedWith", "Igor Sobol");
  kgb_doc_result_free(doc);
}

/* "X and his three children, A, B and C"; "her son X and daughter Y";
 * "the widow of X" */
static void families_listed(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Quiet Rooms’ is a 2021 drama film. Tomasz Wrona and his three "
      "children, Ola, Piotr and Kasia, live above a bakery.");
  YES(doc, "Tomasz Wrona", "hasChild", "Ola");
  YES(doc, "Tomasz Wrona", "hasChild", "Piotr");
  YES(doc, "Tomasz Wrona", "hasChild", "Kasia");
  SYM(doc, "Ola", "hasSibling", "Piotr");
  SYM(doc, "Piotr", "hasSibling", "Kasia");
  SYM(doc, "Ola", "hasSibling", "Kasia");
  NO(doc, "Ola", "hasChild", "Piotr");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Quiet Rooms’ is a 2021 drama film. Ngozi Eze and her two "
      "sons, Obi and Chidi, run a shop.");
  YES(doc, "Ngozi Eze", "hasChild", "Obi");
  YES(doc, "Ngozi Eze", "hasChild", "Chidi");
  SYM(doc, "Obi", "hasSibling", "Chidi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Quiet Rooms’ is a 2021 drama film. Agata Nowak visits her "
      "son Kuba and daughter Zofia every Sunday.");
  YES(doc, "Agata Nowak", "hasChild", "Kuba");
  YES(doc, "Agata Nowak", "hasChild", "Zofia");
  NO(doc, "Kuba", "hasChild", "Zofia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Quiet Rooms’ is a 2021 drama film. Hamza Idrissi visits "
      "his brother Yassine and sister Salma.");
  SYM(doc, "Hamza Idrissi", "hasSibling", "Yassine");
  SYM(doc, "Hamza Idrissi", "hasSibling", "Salma");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Quiet Rooms’ is a 2021 drama film. Marta Lind, the widow "
      "of Jonas Lind, runs the inn. Ruth Abara, the widow of a "
      "fisherman, lives nearby.");
  SYM(doc, "Marta Lind", "marriedTo", "Jonas Lind");
  NO(doc, "Ruth Abara", "occupation", "fisherman");
  kgb_doc_result_free(doc);
}

/* compound occupations, jobs with employers, bosses named with their job,
 * colleagues */
static void work_and_roles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Cold Ledger’ is a 2022 thriller film. Marek Zielinski, a systems "
      "administrator at Baltic Bank, finds the leak. Amara Diallo is a "
      "helicopter pilot. Yusuf Kaya, a former paramedic, drives a taxi.");
  YES(doc, "Marek Zielinski", "occupation", "systems administrator");
  YES(doc, "Marek Zielinski", "worksFor", "Baltic Bank");
  YES(doc, "Amara Diallo", "occupation", "helicopter pilot");
  YES(doc, "Yusuf Kaya", "occupation", "former paramedic");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Cold Ledger’ is a 2022 thriller film. Kofi Mensah is a "
      "sommelier at Bodega Lumen. Grace Ortiz works as a "
      "glass-collector. Lena Brandt is a park ranger.");
  YES(doc, "Kofi Mensah", "occupation", "sommelier");
  YES(doc, "Kofi Mensah", "worksFor", "Bodega Lumen");
  YES(doc, "Grace Ortiz", "occupation", "glass-collector");
  YES(doc, "Lena Brandt", "occupation", "park ranger");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Cold Ledger’ is a 2022 thriller film. Bruno Keller is a "
      "clerk at Vesta Bank. Bruno's boss, chief executive Anna "
      "Wolska, ignores him. The bank's head of compliance, Piet "
      "de Vries, does not.");
  YES(doc, "Anna Wolska", "bossOf", "Bruno Keller");
  YES(doc, "Anna Wolska", "occupation", "chief executive");
  YES(doc, "Piet de Vries", "occupation", "head of compliance");
  NO(doc, "Bruno Keller", "bossOf", "Anna Wolska");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Cold Ledger’ is a 2022 thriller film. Ewa Sowa, who works "
      "at the same bakery as Rashid Malik, hides the note. Anna "
      "Petit runs the café, where Ola Berg works.");
  SYM(doc, "Ewa Sowa", "colleagueOf", "Rashid Malik");
  YES(doc, "Anna Petit", "bossOf", "Ola Berg");
  NO(doc, "Ola Berg", "bossOf", "Anna Petit");
  kgb_doc_result_free(doc);

  /* a developer called X is the employer, not a person's job */
  doc = kgb_test_sentence(
      "‘Cold Ledger’ is a 2022 thriller film. Tiago Reis works as "
      "a lawyer for a property developer called Vela Partners.");
  YES(doc, "Tiago Reis", "occupation", "lawyer");
  NO(doc, "Vela Partners", "occupation", "property developer");
  kgb_doc_result_free(doc);
}

/* pets named on adoption or after their owner; the neighbour's pet */
static void pets(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Paws’ is a 2020 comedy film. Marek Nowicki adopts a stray called "
      "Burek. Later, Fatima Zahra rescues a greyhound named Comet.");
  YES(doc, "Marek Nowicki", "owns", "Burek");
  YES(doc, "Fatima Zahra", "owns", "Comet");
  CLASS_IS(doc, "Burek", "Animal");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paws’ is a 2020 comedy film. Nadia Berg walks her dog, "
      "Biscuit, every day. Sam Cole's cat Pickle hates the rain. "
      "Nadia Berg hates the neighbour's parrot, Kiwi.");
  YES(doc, "Nadia Berg", "owns", "Biscuit");
  YES(doc, "Sam Cole", "owns", "Pickle");
  NO(doc, "Nadia Berg", "owns", "Kiwi");
  kgb_doc_result_free(doc);
}

/* relocating, leaving for, returning to a home town, a job with a move;
 * "who lives in", "based in" */
static void moves_and_homes(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘North Line’ is a 2019 drama film. Hana Dvořák relocates to Kraków. "
      "Later Tom Weber and Hana Dvořák leave for Vienna.");
  YES(doc, "Hana Dvořák", "movedTo", "Kraków");
  YES(doc, "Hana Dvořák", "movedTo", "Vienna");
  YES(doc, "Tom Weber", "movedTo", "Vienna");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘North Line’ is a 2019 drama film. Ola Berg takes a job in "
      "Gdańsk and moves there with her daughter Mila.");
  YES(doc, "Ola Berg", "movedTo", "Gdańsk");
  YES(doc, "Mila", "movedTo", "Gdańsk");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘North Line’ is a 2019 drama film. Anouk Visser returns to "
      "her home town of Utrecht. Chidi Okeke refuses to move to "
      "Lagos.");
  YES(doc, "Anouk Visser", "movedTo", "Utrecht");
  NO(doc, "Chidi Okeke", "movedTo", "Lagos");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘North Line’ is a 2019 drama film. Piotr Mazur, who lives "
      "in Łódź, calls her. Kenji Sato is now based in Osaka.");
  YES(doc, "Piotr Mazur", "livesIn", "Łódź");
  YES(doc, "Kenji Sato", "livesIn", "Osaka");
  NO(doc, "Kenji Sato", "movedTo", "Osaka");
  kgb_doc_result_free(doc);
}

/* best friends, closest friends, childhood friends */
static void friends(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Old Friends’ is a 2018 drama film. Leila Aziz spends the summer with "
      "her best friend Jess Moore.");
  SYM(doc, "Leila Aziz", "friendOf", "Jess Moore");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Old Friends’ is a 2018 drama film. Omar Said and Bilal "
      "Khan are childhood friends. Ana Ruiz and Eva Gil become best "
      "friends. Ivo Horvat and Luka Babić were never friends.");
  SYM(doc, "Omar Said", "friendOf", "Bilal Khan");
  SYM(doc, "Ana Ruiz", "friendOf", "Eva Gil");
  NOSYM(doc, "Ivo Horvat", "friendOf", "Luka Babić");
  kgb_doc_result_free(doc);
}

/* "Liam, her ex,": a relative in apposition to a name after a pronoun
 * possessor; "not her father" names no relative; look-alikes ("leaves Sara
 * for dead") */
static void appositions_and_negation(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Glass Tide’ is a 2022 drama film. Nora Quist meets Liam Doyle, her "
      "ex, at a party.");
  SYM(doc, "Nora Quist", "dated", "Liam Doyle");
  NO(doc, "Nora Quist", "dated", "Nora's ex");
  kgb_doc_result_free(doc);

  /* a list, not an apposition */
  doc = kgb_test_sentence(
      "‘Glass Tide’ is a 2022 drama film. Ines Falk invites Omar "
      "Said, her mother and her aunt.");
  NO(doc, "Ines Falk", "hasParent", "Omar Said");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Glass Tide’ is a 2022 drama film. Ines Falk is a nurse. "
      "Tom Hale is not her father.");
  NO(doc, "Ines Falk", "hasParent", "Tom Hale");
  NO(doc, "Ines Falk", "hasParent", "Ines's father");
  NO(doc, "Tom Hale", "hasParent", "Tom's father");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Glass Tide’ is a 2022 drama film. Aditya Rao, who never "
      "dated Priya Nair, leaves. They never started seeing each "
      "other.");
  NOSYM(doc, "Aditya Rao", "dated", "Priya Nair");
  kgb_doc_result_free(doc);

  /* look-alikes */
  doc = kgb_test_sentence(
      "‘Border Lines’ is a 2021 thriller film. Leo Marx leaves Sara Vidal for "
      "dead in the desert. Ana Costa is not Rui Lopes's sister. Rui Lopes "
      "starts seeing things in the dark.");
  NOSYM(doc, "Leo Marx", "brokeUpWith", "Sara Vidal");
  NOSYM(doc, "Ana Costa", "hasSibling", "Rui Lopes");
  NO(doc, "Rui Lopes", "hasSibling", "Rui's sister");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Border Lines’ is a 2021 thriller film. Leo Marx leaves "
      "Sara Vidal for a younger woman. Sara Vidal refuses to move "
      "in with Leo Marx.");
  SYM(doc, "Leo Marx", "brokeUpWith", "Sara Vidal");
  NOSYM(doc, "Sara Vidal", "livedWith", "Leo Marx");
  kgb_doc_result_free(doc);
}

/* people taken along on a move, a job taken "as a ...", a relative
 * befriended, a named person who runs a workplace */
static void jobs_moves_along(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Harbour Lights’ is a 2024 drama film. Siobhan Kelly relocates to "
      "Dublin with her son Rory. There she takes a job as a ferry captain "
      "with Irish Ferries.");
  YES(doc, "Siobhan Kelly", "movedTo", "Dublin");
  YES(doc, "Rory", "movedTo", "Dublin");
  YES(doc, "Siobhan Kelly", "occupation", "ferry captain");
  YES(doc, "Siobhan Kelly", "worksFor", "Irish Ferries");
  NO(doc, "Siobhan Kelly", "occupation", "captain");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Harbour Lights’ is a 2024 drama film. Nuno Vaz found work "
      "as a night porter at the Hotel Miramar. Later he moved to "
      "Faro with his savings.");
  YES(doc, "Nuno Vaz", "occupation", "night porter");
  YES(doc, "Nuno Vaz", "movedTo", "Faro");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Harbour Lights’ is a 2024 drama film. Rory Kelly befriends "
      "Conor Walsh's daughter, Niamh. Siobhan's best friend, Aoife "
      "Byrne, runs the pub where Rory Kelly works.");
  SYM(doc, "Rory Kelly", "friendOf", "Niamh");
  NOSYM(doc, "Rory Kelly", "friendOf", "Conor Walsh");
  YES(doc, "Aoife Byrne", "bossOf", "Rory Kelly");
  kgb_doc_result_free(doc);
}

/* "X, a friend of Y", "the boss of", "an employee of", "employed by ... as",
 * "later married", "divorced her husband, X" */
static void relations_with_of(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Paper Boats’ is a 2020 drama film. Jonas Weber, a friend of Elif "
      "Şahin, owns a bakery. Marcus Lee, an old colleague of Jonas Weber, "
      "calls. Sara Nilsson is the girlfriend of Erik Dahl.");
  SYM(doc, "Jonas Weber", "friendOf", "Elif Şahin");
  SYM(doc, "Marcus Lee", "colleagueOf", "Jonas Weber");
  SYM(doc, "Sara Nilsson", "dated", "Erik Dahl");
  NOSYM(doc, "Marcus Lee", "friendOf", "Jonas Weber");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Boats’ is a 2020 drama film. Chen Wei is the boss of "
      "Zhao Lin. Ali Demir, the assistant of Dr. Rahn, lies.");
  YES(doc, "Chen Wei", "bossOf", "Zhao Lin");
  YES(doc, "Rahn", "bossOf", "Ali Demir");
  NO(doc, "Zhao Lin", "bossOf", "Chen Wei");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Boats’ is a 2020 drama film. Yuki Tanaka, an "
      "employee of Mori Logistics, lives in Kobe. Olu Adebayo is "
      "employed by Zenith Bank as an analyst.");
  YES(doc, "Yuki Tanaka", "worksFor", "Mori Logistics");
  NO(doc, "Mori Logistics", "bossOf", "Yuki Tanaka");
  YES(doc, "Olu Adebayo", "worksFor", "Zenith Bank");
  YES(doc, "Olu Adebayo", "occupation", "analyst");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Boats’ is a 2020 drama film. Kavya Rao later married "
      "Rohan Iyer. Nadia Petrov divorced her husband, Sergei.");
  SYM(doc, "Kavya Rao", "marriedTo", "Rohan Iyer");
  SYM(doc, "Nadia Petrov", "brokeUpWith", "Sergei");
  SYM(doc, "Nadia Petrov", "marriedTo", "Sergei");
  kgb_doc_result_free(doc);
}

/* an employer named only by lower-case words: words(c) makes it an entity */
static void unnamed_employers(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Fraud’ is a 2021 crime film. Rafael Costa is an inspector with the "
      "financial crimes unit. Ines Lobo works at a small publishing house in "
      "Porto.");
  YES(doc, "Rafael Costa", "occupation", "inspector");
  YES(doc, "Rafael Costa", "worksFor", "financial crimes unit");
  CLASS_IS(doc, "financial crimes unit", "Organization");
  YES(doc, "Ines Lobo", "worksFor", "small publishing house");
  kgb_doc_result_free(doc);

  /* too vague: "a firm", "a large firm" */
  doc = kgb_test_sentence(
      "‘Fraud’ is a 2021 crime film. Zehra Kaya is an architect at "
      "a firm in Izmir. Her brother Can works for a large firm.");
  NO(doc, "Zehra Kaya", "worksFor", "firm");
  NO(doc, "Can", "worksFor", "large firm");
  CLASS_IS(doc, "firm", NULL);
  kgb_doc_result_free(doc);
}

/* living with people after an apposition, a pet one has, a job one had */
static void homes_pets_jobs(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Night Shift’ is a 2019 thriller film. Hans Vogel, a retired tram "
      "driver, lives with his granddaughter Ella in Bremen.");
  SYM(doc, "Hans Vogel", "livedWith", "Ella");
  YES(doc, "Hans Vogel", "livesIn", "Bremen");
  YES(doc, "Hans Vogel", "occupation", "retired tram driver");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Shift’ is a 2019 thriller film. Pedro Alves has a dog "
      "named Trufa. Sofia Moreno quit her job as a waitress at "
      "Café Luz.");
  YES(doc, "Pedro Alves", "owns", "Trufa");
  YES(doc, "Sofia Moreno", "occupation", "waitress");
  kgb_doc_result_free(doc);

  /* a business partner is no lover */
  doc = kgb_test_sentence(
      "‘Night Shift’ is a 2019 thriller film. Ahmed Karimi meets "
      "his business partner, Lars Berg, at the docks.");
  NOSYM(doc, "Ahmed Karimi", "dated", "Lars Berg");
  kgb_doc_result_free(doc);
}

/* revelations with a copula: "she is Tom's mother", "is revealed to be X's
 * half-brother"; couples in a relative clause */
static void revealed_kin_and_pasts(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘The Last Tide’ is a 2022 mystery film. Greta Holm is a quiet "
      "florist. Later, Greta Holm reveals that she is Tom Berger's mother.");
  YES(doc, "Tom Berger", "hasParent", "Greta Holm");
  NO(doc, "Tom Berger", "hasParent", "Tom's mother");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Last Tide’ is a 2022 mystery film. Jonah Price is "
      "revealed to be Elsa Price's half-brother. Anton Weiss turns "
      "out to be Lena Weiss's father.");
  SYM(doc, "Jonah Price", "hasSibling", "Elsa Price");
  YES(doc, "Lena Weiss", "hasParent", "Anton Weiss");
  NO(doc, "Lena Weiss", "hasParent", "Lena's father");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Last Tide’ is a 2022 mystery film. Ben Ortiz and Clara "
      "Diaz, who dated in college, meet again. Ines Sousa and Paulo "
      "Reis, who never married, run a hotel.");
  SYM(doc, "Ben Ortiz", "dated", "Clara Diaz");
  NOSYM(doc, "Ines Sousa", "marriedTo", "Paulo Reis");
  kgb_doc_result_free(doc);
}

/* a family after a move: children named after "her children", an
 * ex-husband named after a comma, a boss named after "at the hotel", a
 * friendship through "becomes" */
static void family_after_a_move(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Winter Orchard’ is a 2023 drama film. Katarzyna Nowak works as a "
      "cleaner. Her children, Janek and Basia, attend the local school. Her "
      "ex-husband, Marcin, lives in Berlin with his new wife, Heike.");
  YES(doc, "Katarzyna Nowak", "hasChild", "Janek");
  YES(doc, "Katarzyna Nowak", "hasChild", "Basia");
  SYM(doc, "Janek", "hasSibling", "Basia");
  SYM(doc, "Katarzyna Nowak", "marriedTo", "Marcin");
  NO(doc, "Katarzyna Nowak", "dated", "Katarzyna's ex");
  YES(doc, "Marcin", "livesIn", "Berlin");
  SYM(doc, "Marcin", "marriedTo", "Heike");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Winter Orchard’ is a 2023 drama film. Katarzyna Nowak and "
      "her children move to the seaside town of Sopot. There she "
      "starts a relationship with Tomasz, a widowed carpenter.");
  YES(doc, "Katarzyna Nowak", "movedTo", "Sopot");
  SYM(doc, "Katarzyna Nowak", "dated", "Tomasz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Winter Orchard’ is a 2023 drama film. Tomasz Lis's "
      "daughter Hania becomes Basia's best friend. Katarzyna's boss "
      "at the hotel, Renata Kowal, fires her. Janek befriends a "
      "boy named Felix.");
  SYM(doc, "Hania", "friendOf", "Basia");
  NO(doc, "Basia", "friendOf", "Basia's friend");
  YES(doc, "Renata Kowal", "bossOf", "Katarzyna");
  SYM(doc, "Janek", "friendOf", "Felix");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Winter Orchard’ is a 2023 drama film. Katarzyna's "
                          "neighbour, Mr. Olek, owns a parrot called Kiwi.");
  YES(doc, "Olek", "owns", "Kiwi");
  NO(doc, "Katarzyna", "owns", "Kiwi");
  kgb_doc_result_free(doc);
}

/* an affair with a relative of a relative, an employer by its head word,
 * a move after an apposition, "is now engaged to" */
static void affairs_and_cooperatives(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Quiet Harbour’ is a 2020 drama film. Years ago, Elena Petrova had an "
      "affair with her husband's brother, Mikhail. Elena's husband, Ivan, "
      "works as a fisherman for the Kolsky Fishing Cooperative. Their son, "
      "Sasha, moved to Moscow after school.");
  SYM(doc, "Elena Petrova", "dated", "Mikhail");
  NOSYM(doc, "Elena Petrova", "dated", "Ivan");
  YES(doc, "Ivan", "worksFor", "Kolsky Fishing Cooperative");
  CLASS_IS(doc, "Kolsky Fishing Cooperative", "Organization");
  NO(doc, "Kolsky Fishing Cooperative", "hasChild", "Sasha");
  YES(doc, "Sasha", "movedTo", "Moscow");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Quiet Harbour’ is a 2020 drama film. Mikhail Orlov is now "
      "engaged to Vera Sokolova, a schoolteacher from Tver.");
  SYM(doc, "Mikhail Orlov", "dated", "Vera Sokolova");
  YES(doc, "Vera Sokolova", "occupation", "schoolteacher");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xstory5[] = {
    cmocka_unit_test_setup(romance_begins, kgb_test_rules_setup),
    cmocka_unit_test_setup(romance_ends, kgb_test_rules_setup),
    cmocka_unit_test_setup(living_together, kgb_test_rules_setup),
    cmocka_unit_test_setup(families_listed, kgb_test_rules_setup),
    cmocka_unit_test_setup(work_and_roles, kgb_test_rules_setup),
    cmocka_unit_test_setup(pets, kgb_test_rules_setup),
    cmocka_unit_test_setup(moves_and_homes, kgb_test_rules_setup),
    cmocka_unit_test_setup(friends, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xstory5_count =
    sizeof kgb_tests_sentences_xstory5 / sizeof kgb_tests_sentences_xstory5[0];

const struct CMUnitTest kgb_tests_sentences_xstory5_more[] = {
    cmocka_unit_test_setup(appositions_and_negation, kgb_test_rules_setup),
    cmocka_unit_test_setup(jobs_moves_along, kgb_test_rules_setup),
    cmocka_unit_test_setup(relations_with_of, kgb_test_rules_setup),
    cmocka_unit_test_setup(unnamed_employers, kgb_test_rules_setup),
    cmocka_unit_test_setup(homes_pets_jobs, kgb_test_rules_setup),
    cmocka_unit_test_setup(revealed_kin_and_pasts, kgb_test_rules_setup),
    cmocka_unit_test_setup(family_after_a_move, kgb_test_rules_setup),
    cmocka_unit_test_setup(affairs_and_cooperatives, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xstory5_more_count =
    sizeof kgb_tests_sentences_xstory5_more /
    sizeof kgb_tests_sentences_xstory5_more[0];
