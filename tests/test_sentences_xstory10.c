/* test_sentences_xstory10.c: relations between characters in plot and cast
 * sentences (xstory10): the possessor of a role is a character named before
 * it ("B plays his daughter, Ida"), no pair of a character and an actor for
 * "their", "X hasChild Y" also gives "Y hasParent X", "Timo, the colleague
 * who eventually becomes her boyfriend", dating after "has been", couples
 * ("marries her longtime boyfriend, Marcus", "after her divorce from Jorge,
 * Lucía …", "a divorced couple"), trades with a noun before them ("river
 * pilot", "finance director"), homes and moves ("leaves Daegu for Seoul",
 * "living in Berlin with Nur", "grow up in Brno"), "answers to her …,
 * Superintendent X" and "befriends her elderly neighbour, X". Each test
 * asserts the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "A plays X, and B plays his daughter, Y": his is X's, not the director's
 * or the actor's; an actor after a character is no half of "their" */
static void cast_possessives(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In Hamid Rezaei's Tehran drama Shab, Reza Kiani plays Davoud, a "
      "retired pilot, and Leila Hatami plays his grown daughter, Nasrin.");
  YES(doc, "Davoud", "hasChild", "Nasrin");
  YES(doc, "Nasrin", "hasParent", "Davoud");
  NO(doc, "Hamid Rezaei", "hasChild", "Nasrin");
  NO(doc, "Davoud", "playedBy", "Leila Hatami");
  YES(doc, "Nasrin", "playedBy", "Leila Hatami");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Nordic Light's Fjordhus (2019), Sven Lund takes "
                          "on the role of Captain Berg, with Ida Moe as his "
                          "estranged son, Olav.");
  YES(doc, "Berg", "hasChild", "Olav");
  NO(doc, "Nordic Light", "hasChild", "Olav");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ravi Shankar plays the widowed father, Gopal, and "
                          "Meena Iyer his stubborn daughter Lakshmi in Rain "
                          "Songs.");
  YES(doc, "Lakshmi", "hasParent", "Gopal");
  NO(doc, "Meena Iyer", "hasChild", "Lakshmi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kenji is the youngest of four children. His older sister Hana (Mei "
      "Nagano) never left Sapporo; she has cared for their mother since the "
      "accident.");
  YES(doc, "Kenji", "hasSibling", "Hana");
  NO(doc, "Mei Nagano", "hasParent", "Hana's mother");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tomás is played by Diego Luna, who also produced "
                          "the film. Their father, Ernesto Vidal, dies in the "
                          "first scene.");
  NO(doc, "Diego Luna", "hasParent", "Ernesto Vidal");
  NO(doc, "Tomás", "hasParent", "Ernesto Vidal");
  kgb_doc_result_free(doc);
}

/* a relative after "who eventually becomes": the name before is the
 * relative, the possessor someone else; "his twin daughters" */
static void who_becomes_relative(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "At the agency, Jana answers to her demanding boss, Dr. Ulrich Brandt, "
      "and shares a desk with Timo, the colleague who eventually becomes her "
      "boyfriend.");
  SYM(doc, "Jana", "dated", "Timo");
  NOSYM(doc, "Timo", "dated", "Ulrich Brandt");
  YES(doc, "Ulrich Brandt", "bossOf", "Jana");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Peruvian actor Diego Huamán co-stars as Aurelio "
                          "Quispe, a mine foreman who becomes Rosa's husband.");
  SYM(doc, "Aurelio Quispe", "marriedTo", "Rosa");
  YES(doc, "Aurelio Quispe", "occupation", "mine foreman");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In the house she finds Johann Weber, an elderly pharmacist, and his "
      "granddaughter Liese. Across the landing live Bronisław Gajewski, a "
      "former partisan who now works for the militia, and his wife, Wanda.");
  SYM(doc, "Bronisław Gajewski", "marriedTo", "Wanda");
  NOSYM(doc, "Johann Weber", "marriedTo", "Wanda");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Zofia Wrona (Agnieszka Borowiec) is a prosecutor "
                          "who returns home after her sister Ewa is found "
                          "dead in the river.");
  SYM(doc, "Zofia Wrona", "hasSibling", "Ewa");
  NO(doc, "Zofia Wrona", "hasSibling", "Zofia's sister");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Sabine Ollivier is Madame Roux, the pharmacy's "
                          "owner and Odile's boss, who appears only by phone.");
  YES(doc, "Madame Roux", "bossOf", "Odile");
  NO(doc, "Odile's boss", "bossOf", "Odile");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tomasz, Ana and Rui's sister drive to Porto.");
  NOSYM(doc, "Ana", "hasSibling", "Rui");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Rosa meets Aurelio, who later becomes her husband.");
  SYM(doc, "Aurelio", "marriedTo", "Rosa");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Sebastián, a widowed bookshop owner in Valparaíso, is raising his twin "
      "daughters, Clara and Inés, with help from his mother-in-law, Teresa, "
      "until his old university friend Hugo moves into the flat upstairs.");
  YES(doc, "Sebastián", "occupation", "bookshop owner");
  YES(doc, "Clara", "hasParent", "Sebastián");
  SYM(doc, "Hugo", "friendOf", "Sebastián");
  NOSYM(doc, "Hugo", "friendOf", "Inés");
  NO(doc, "Sebastián", "hasSibling", "Sebastián's twin");
  NO(doc, "Inés", "hasParent", "Inés's mother");
  kgb_doc_result_free(doc);
}

/* a relative named later, or by the cast-list line above its paragraph */
static void relatives_named_elsewhere(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Salma is the eldest of three siblings. Her younger brother Tarek (Omar "
      "Saleh) never left Tripoli; he has "
      "worked alongside their father for twenty years. The youngest, Dina, "
      "moved to Lyon. Dina is played by Rana Haddad, whose scenes are the "
      "funniest. Their father, Fouad Haddad, dies in the opening minutes.");
  YES(doc, "Tarek", "hasParent", "Fouad Haddad");
  YES(doc, "Salma", "hasParent", "Fouad Haddad");
  NO(doc, "Rana Haddad", "hasParent", "Fouad Haddad");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Vikram Rathore – Aditya Kohli\n"
                          "Kamla's elder son, a Delhi property developer who "
                          "wants to sell the mansion.\n\n"
                          "Ayesha Qureshi – Zoya Mirza\n"
                          "Kabir's girlfriend, a journalist at The Tribune, "
                          "who starts digging.\n");
  YES(doc, "Kamla", "hasChild", "Vikram Rathore");
  YES(doc, "Vikram Rathore", "occupation", "property developer");
  SYM(doc, "Kabir", "dated", "Ayesha Qureshi");
  NO(doc, "Kamla", "hasChild", "Kamla's son");
  kgb_doc_result_free(doc);
}

/* kin in a second predicate after "and the"; an apposition that goes on
 * after "and the" ("Sudha, his wife and the mother of …") */
static void kin_second_predicate(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Noor, who is played by Hiba Tawaji, is the sister of Karim and the "
      "daughter of Walid.");
  YES(doc, "Noor", "hasParent", "Walid");
  SYM(doc, "Noor", "hasSibling", "Karim");
  NO(doc, "Hiba Tawaji", "hasParent", "Walid");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Agnes, a former teacher, is the widow of a miner "
                          "and the mother of two girls, Ruth and Esther.");
  YES(doc, "Agnes", "hasChild", "Ruth");
  YES(doc, "Esther", "hasParent", "Agnes");
  SYM(doc, "Ruth", "hasSibling", "Esther");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ingrid is a nurse and the sister of Pia.");
  SYM(doc, "Ingrid", "hasSibling", "Pia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tomasz is a friend of Ana and the father of a "
                          "newborn.");
  NO(doc, "Tomasz", "hasChild", "Ana");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Veteran actor Sunil Joshi plays the father, Prakash, a stubborn "
      "confectioner. Rekha Nair is Sudha, his wife and the mother of Meera and "
      "Rohan.");
  SYM(doc, "Prakash", "marriedTo", "Sudha");
  NOSYM(doc, "Rekha Nair", "marriedTo", "Sudha");
  kgb_doc_result_free(doc);
}

/* dating after "has been", adverbs, a parenthetical and possessors */
static void dating_phrasings(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("Lina reveals that she has been dating "
                                        "Georges's son, Nabil, for months.");
  SYM(doc, "Lina", "dated", "Nabil");
  NOSYM(doc, "Lina", "dated", "Georges");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Chidi, a young Enugu banker, has been secretly "
                          "dating his boss's daughter Adaora.");
  SYM(doc, "Chidi", "dated", "Adaora");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Dawid, it turns out, once dated Kasia Nowak himself.");
  SYM(doc, "Dawid", "dated", "Kasia Nowak");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Zeynep finds an ally in fellow reporter Burak, "
                          "whom she starts dating in the second season.");
  SYM(doc, "Zeynep", "dated", "Burak");
  YES(doc, "Burak", "occupation", "reporter");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kemal learns that Orhan lives with Nur, the woman "
                          "Kemal was once engaged to.");
  SYM(doc, "Kemal", "dated", "Nur");
  NOSYM(doc, "Orhan", "dated", "Kemal");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tomasz meets Ana, who once dated his brother Rui.");
  SYM(doc, "Ana", "dated", "Rui");
  NOSYM(doc, "Ana", "dated", "Tomasz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Mateus, a tailor, never dated Carla.");
  NOSYM(doc, "Mateus", "dated", "Carla");
  kgb_doc_result_free(doc);
}

/* couples: marrying one's partner, a divorce before the subject, a
 * described couple, "the couple split within a year" */
static void couples(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Dana Whitfield marries her longtime boyfriend, Marcus, moves to "
      "Atlanta to join a law firm, and reconnects with her half-brother.");
  SYM(doc, "Dana Whitfield", "marriedTo", "Marcus");
  YES(doc, "Dana Whitfield", "movedTo", "Atlanta");
  NO(doc, "Marcus", "movedTo", "Atlanta");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Don Kinare, Arjun, a Pune software engineer, "
                          "marries his college sweetheart Priya, but the "
                          "couple split within a year.");
  SYM(doc, "Arjun", "marriedTo", "Priya");
  SYM(doc, "Arjun", "dated", "Priya");
  SYM(doc, "Arjun", "brokeUpWith", "Priya");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Vendimia, after his divorce from Ana, Tomás "
                          "moves back to Porto.");
  SYM(doc, "Tomás", "marriedTo", "Ana");
  SYM(doc, "Tomás", "brokeUpWith", "Ana");
  YES(doc, "Tomás", "movedTo", "Porto");
  NO(doc, "Ana", "movedTo", "Porto");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Following her break-up with Ruth, Mei sells the "
                          "flat in Leeds.");
  SYM(doc, "Mei", "brokeUpWith", "Ruth");
  NOSYM(doc, "Mei", "marriedTo", "Ruth");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The series reunites Greta Conti and Paolo Ricci as "
                          "Elena and Stefano, a divorced couple who inherit a "
                          "vineyard.");
  SYM(doc, "Elena", "marriedTo", "Stefano");
  SYM(doc, "Elena", "brokeUpWith", "Stefano");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Funke Adeyemi is a corporate lawyer who lives in "
                          "Abuja with her husband of eleven years, Segun "
                          "Bello.");
  SYM(doc, "Funke Adeyemi", "marriedTo", "Segun Bello");
  SYM(doc, "Funke Adeyemi", "livedWith", "Segun Bello");
  NOSYM(doc, "Funke Adeyemi", "marriedTo", "Funke Adeyemi's husband");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kamla, played by the veteran stage actress Sharmila "
                          "Vaid, is the widow of the tea baron Raghuvir "
                          "Rathore.");
  SYM(doc, "Kamla", "marriedTo", "Raghuvir Rathore");
  NOSYM(doc, "Sharmila Vaid", "marriedTo", "Raghuvir Rathore");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Luana, the youngest, lives in Salvador and has "
                          "quietly married her girlfriend, Jaque, without "
                          "telling anyone.");
  SYM(doc, "Luana", "marriedTo", "Jaque");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana and Rui, a married couple from Porto, buy a "
                          "boat.");
  SYM(doc, "Ana", "marriedTo", "Rui");
  NOSYM(doc, "Ana", "brokeUpWith", "Rui");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kwame marries his brother's widow, Esi.");
  NOSYM(doc, "Kwame", "marriedTo", "Kwame's brother");
  kgb_doc_result_free(doc);
}

/* trades: a noun before the trade, "works there as", "had been working
 * as", "who, it turns out, works as"; "X, a drover named Y" */
static void trades(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Chioma, a retired river pilot, still lives in "
                        "Onitsha.");
  YES(doc, "Chioma", "occupation", "retired river pilot");
  NO(doc, "Chioma", "occupation", "pilot");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The youngest, Bogdan, moved to Cluj and works there "
                          "as a bookkeeper.");
  YES(doc, "Bogdan", "occupation", "bookkeeper");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Mirela had been working as a telegraph operator for "
                          "the post office in Iasi.");
  YES(doc, "Mirela", "occupation", "telegraph operator");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Anders, who, as it happens, works as a ferryman on "
                          "the fjord, takes her across.");
  YES(doc, "Anders", "occupation", "ferryman");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Hiroshi is the finance director at Kato Shipping.");
  YES(doc, "Hiroshi", "occupation", "finance director");
  NO(doc, "Hiroshi", "occupation", "director");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("About halfway into Ana Ruiz's The Long Road, a "
                          "farmhand named Pedro Gil finds the body.");
  YES(doc, "Pedro Gil", "occupation", "farmhand");
  NO(doc, "The Long Road", "occupation", "farmhand");
  CLASS_IS(doc, "Pedro Gil", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Directed by Ewa Lis, Nocny Kurs follows tram "
                          "driver Marek through one winter night in Lodz.");
  YES(doc, "Marek", "occupation", "tram driver");
  NO(doc, "Ewa Lis", "occupation", "tram driver");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Her partner on the case is police inspector Dawid "
                          "Kos, and she rents a room from the elderly landlord "
                          "Baek Man-sik.");
  YES(doc, "Dawid Kos", "occupation", "police inspector");
  YES(doc, "Baek Man-sik", "occupation", "landlord");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The thriller Upepo was shot by cinematographer Lars Eklund "
      "in Mombasa.");
  NO(doc, "Lars Eklund", "occupation", "cinematographer");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Broadcast on Kanal Orzel, the six-part series "
                          "follows police inspector Zofia Marczak.");
  YES(doc, "Zofia Marczak", "occupation", "police inspector");
  NO(doc, "Kanal Orzel", "occupation", "police inspector");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Chinedu, a young Enugu banker, meets Ada.");
  YES(doc, "Chinedu", "occupation", "banker");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Naseer Khan plays the caretaker, Bahadur, who has "
                          "worked for Kamla for forty years.");
  YES(doc, "Bahadur", "occupation", "caretaker");
  NO(doc, "Naseer Khan", "occupation", "caretaker");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Jarrah Wilson plays Eli, an Aboriginal stockman "
                          "from Bourke.");
  YES(doc, "Eli", "occupation", "stockman");
  NO(doc, "Eli", "worksFor", "Aboriginal");
  kgb_doc_result_free(doc);
}

/* homes and moves */
static void homes_and_moves(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Desperate to escape her father's debts, Min-ji leaves Daegu for Seoul, "
      "where she moves in with her cousin.");
  YES(doc, "Min-ji", "movedTo", "Seoul");
  NO(doc, "Min-ji", "movedTo", "Daegu");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Recently divorced, Clara leaves Lyon for a small "
                          "flat in Marseille.");
  YES(doc, "Clara", "movedTo", "Marseille");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Giorgos, a fisherman, leaves the party for a walk "
                          "by the sea with Eleni.");
  NO(doc, "Giorgos", "movedTo", "Eleni");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kemal learns that his estranged brother Orhan has "
                          "spent the last decade living in Berlin with Nur.");
  YES(doc, "Orhan", "livesIn", "Berlin");
  YES(doc, "Nur", "livesIn", "Berlin");
  SYM(doc, "Orhan", "livedWith", "Nur");
  NO(doc, "Kemal", "livesIn", "Berlin");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Marisol, now living in Lima with her sister Rocío, "
                          "opens a bakery.");
  YES(doc, "Marisol", "livesIn", "Lima");
  SYM(doc, "Marisol", "livedWith", "Rocío");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "His sister, Aunt Josephine, a retired schoolteacher played by the "
      "veteran Nawal Sfeir, still lives in the family house in Sidon.");
  YES(doc, "Josephine", "livesIn", "Sidon");
  NO(doc, "Nawal Sfeir", "livesIn", "Sidon");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The siblings fall out, and Ikenna flies back to "
                          "London, where he has lived since university.");
  YES(doc, "Ikenna", "livesIn", "London");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kim Ji-ho stars as Min-jun, a chef who moves to "
                          "Busan after his divorce.");
  YES(doc, "Min-jun", "movedTo", "Busan");
  NO(doc, "Kim Ji-ho", "movedTo", "Busan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tariq, an out-of-work engineer who relocates to "
                          "Doha, meets Hana.");
  YES(doc, "Tariq", "movedTo", "Doha");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Dvojcata, twins Lukas and Jana grow up in Brno "
                          "with their grandmother.");
  SYM(doc, "Lukas", "hasSibling", "Jana");
  YES(doc, "Jana", "livesIn", "Brno");
  YES(doc, "Lukas", "livesIn", "Brno");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Her younger brother Karim (Ali Haddad) never left "
                          "Tripoli; he has run the shop for twenty years.");
  YES(doc, "Karim", "livesIn", "Tripoli");
  NO(doc, "Ali Haddad", "livesIn", "Tripoli");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Aoife, a nurse, never left the party early.");
  NO(doc, "Aoife", "livesIn", "party");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Nazli lives with her grandmother above a bakery in "
                          "the Kemeralti quarter of Izmir.");
  YES(doc, "Nazli", "livedWith", "Nazli's grandmother");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Min-seo and her younger brother Jun-ho are raised "
                          "by their grandmother in Tongyeong.");
  YES(doc, "Min-seo", "livesIn", "Tongyeong");
  YES(doc, "Jun-ho", "livesIn", "Tongyeong");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Rania finds out that night, leaves her husband and "
                          "moves back into her childhood room in Sidon.");
  YES(doc, "Rania", "movedTo", "Sidon");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ama grew up in Kumasi with her aunt Efua.");
  YES(doc, "Ama", "livesIn", "Kumasi");
  SYM(doc, "Ama", "livedWith", "Efua");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Michał Nowak and Piotr Lis play the feuding "
                          "brothers Adam and Tomasz Wrona in the thriller "
                          "Zimny Brzeg.");
  SYM(doc, "Adam", "hasSibling", "Tomasz Wrona");
  CLASS_IS(doc, "Adam", "Character");
  kgb_doc_result_free(doc);
}

/* bosses and friends */
static void bosses_and_friends(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Detective Amara Okafor is transferred to Lagos, where she answers to "
      "her old academy classmate, Superintendent Tunde Bakare.");
  YES(doc, "Superintendent Tunde Bakare", "bossOf", "Amara Okafor");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ingrid, a police officer in Bergen, discovers that her partner on the "
      "force, Erik, has secretly been dating her younger sister, Maja.");
  SYM(doc, "Ingrid", "colleagueOf", "Erik");
  NOSYM(doc, "Ingrid", "dated", "Erik");
  SYM(doc, "Erik", "dated", "Maja");
  YES(doc, "Ingrid", "occupation", "police officer");
  CLASS_IS(doc, "Ingrid", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Yoon Seo-yeon is a pharmacist in Seoul. Her "
                          "co-worker at the pharmacy, Kim Na-rae, is the "
                          "show's comic relief.");
  SYM(doc, "Yoon Seo-yeon", "colleagueOf", "Kim Na-rae");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kofi, a social worker, visits Ama in Tema.");
  YES(doc, "Kofi", "occupation", "social worker");
  NOSYM(doc, "Kofi", "colleagueOf", "Ama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tomasz moves in with his partner, Rui, in Porto.");
  SYM(doc, "Tomasz", "dated", "Rui");
  NOSYM(doc, "Tomasz", "colleagueOf", "Rui");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Mia Kovač plays Lana, a junior architect in "
                          "Zagreb, opposite Ivo Perić as her mentor and boss, "
                          "chief architect Davor Horvat.");
  YES(doc, "Davor Horvat", "bossOf", "Lana");
  NO(doc, "Davor Horvat", "bossOf", "Mia Kovač");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Karim, a chef in Tunis, learns the trade from his "
                          "uncle and boss, Hedi.");
  YES(doc, "Hedi", "bossOf", "Karim");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Marseille, Clara befriends her elderly "
                          "neighbour, Madame Roussel.");
  SYM(doc, "Clara", "friendOf", "Madame Roussel");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Clara, a nurse, never befriends her neighbour, "
                          "Madame Roussel.");
  NOSYM(doc, "Clara", "friendOf", "Madame Roussel");
  kgb_doc_result_free(doc);
}

/* employers after "works as … for", "works for the family firm, X", "to
 * join the law firm X"; a company owned is no employer */
static void employers(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Rania sides with her brother, but Fadi, who, it turns out, works as an "
      "accountant for Georges's company, Matar Holdings, pushes her to "
      "accept.");
  YES(doc, "Fadi", "worksFor", "Matar Holdings");
  NO(doc, "Georges", "worksFor", "Matar Holdings");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kabir, Meera's younger brother, works for the "
                          "family firm, Rathore Estates, where his father "
                          "signs every cheque.");
  YES(doc, "Kabir", "worksFor", "Rathore Estates");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Wanjiru learns of a half-brother, Baraka, who now "
                          "works as a tour guide for Coastline Safaris.");
  YES(doc, "Baraka", "worksFor", "Coastline Safaris");
  YES(doc, "Baraka", "occupation", "tour guide");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Years later, Jun-ho moves to Seoul to work for the "
                          "game developer Nexa Soft.");
  YES(doc, "Jun-ho", "worksFor", "Nexa Soft");
  YES(doc, "Jun-ho", "movedTo", "Seoul");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Dana moves to Atlanta to join the law firm Greer & "
                          "Holt.");
  YES(doc, "Dana", "worksFor", "Greer & Holt");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Dana Whitfield marries her longtime boyfriend, Marcus, moves to "
      "Atlanta to join the law firm Greer & Holt, and reconnects with her "
      "half-brother.");
  YES(doc, "Dana Whitfield", "worksFor", "Greer & Holt");
  NO(doc, "Marcus", "worksFor", "Greer & Holt");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Mira Tan stars as Lien. For the flashbacks, production "
      "designer Kim Oanh rebuilt a Marseille cafe there.");
  NO(doc, "Kim Oanh", "occupation", "designer");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Aoife's employer, Vistula Bank, is failing.");
  YES(doc, "Aoife", "worksFor", "Vistula Bank");
  kgb_doc_result_free(doc);
}

/* friendships named by a noun; "X, the new girlfriend of her ex-husband"
 * (her is not X's; an ex-husband was a husband, and is no more) */
static void friendships(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The emotional core of the film is the friendship between Ngozi, a "
      "nurse at the city's teaching hospital, and Amaka, her neighbour.");
  SYM(doc, "Ngozi", "friendOf", "Amaka");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In Tainan, Wei-ling, a divorced café owner, strikes up an unlikely "
      "friendship with Hsiao-mei, the new girlfriend of her ex-husband.");
  SYM(doc, "Wei-ling", "friendOf", "Hsiao-mei");
  SYM(doc, "Wei-ling", "marriedTo", "Wei-ling's ex-husband");
  SYM(doc, "Wei-ling", "brokeUpWith", "Wei-ling's ex-husband");
  NOSYM(doc, "Hsiao-mei", "marriedTo", "Hsiao-mei's ex-husband");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kofi, a retired teacher, ends his friendship with "
                          "Yaw.");
  NOSYM(doc, "Kofi", "dated", "Yaw");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xstory10[] = {
    cmocka_unit_test_setup(cast_possessives, kgb_test_rules_setup),
    cmocka_unit_test_setup(who_becomes_relative, kgb_test_rules_setup),
    cmocka_unit_test_setup(relatives_named_elsewhere, kgb_test_rules_setup),
    cmocka_unit_test_setup(kin_second_predicate, kgb_test_rules_setup),
    cmocka_unit_test_setup(dating_phrasings, kgb_test_rules_setup),
    cmocka_unit_test_setup(couples, kgb_test_rules_setup),
    cmocka_unit_test_setup(trades, kgb_test_rules_setup),
    cmocka_unit_test_setup(homes_and_moves, kgb_test_rules_setup),
    cmocka_unit_test_setup(bosses_and_friends, kgb_test_rules_setup),
    cmocka_unit_test_setup(employers, kgb_test_rules_setup),
    cmocka_unit_test_setup(friendships, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xstory10_count =
    sizeof kgb_tests_sentences_xstory10 /
    sizeof kgb_tests_sentences_xstory10[0];
