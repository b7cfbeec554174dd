/* test_sentences_xwork7.c: bare (unquoted) titles in one- and two-sentence
 * inputs, on sentences written for these tests: the slot a name fills makes
 * it the work ("X, written and directed by", "Directed by A, X was shot
 * in", "In X, CHARACTER (ACTOR) ...", "X follows a young widow", "X is the
 * third film in"), even when a head word or the gazetteer took it for a
 * landmark, a place or a person; the work is then the document's work, so
 * "it", "its music" and the crew of the sentence attach to it. Each test
 * asserts the facts a sentence must give and those it must not, and that
 * real people, towns and companies in ordinary sentences stay what they
 * are. */
#include "sentences.h"

#include <string.h>

#include "../extractor/extractor.h"

/* some sentences here must give nothing, so no fact count is asserted */
static KgbDocResult *extract(const char *text) {
  return kgb_test_extract(kgb_test_rules(), "work.txt", text);
}

#define WORK(doc, label) check_work(doc, label, true, __FILE__, __LINE__)
#define NOT_WORK(doc, label) check_work(doc, label, false, __FILE__, __LINE__)

/* Fail unless @p label is (or, with !want, is not) a work of any kind. */
static void check_work(const KgbDocResult *doc, const char *label, bool want,
                       const char *file, int line) {
  const KgbEntity *e = kgb_test_entity(doc, label, NULL);
  bool work = e && (!strcmp(e->cls, "Work") || !strcmp(e->cls, "Film") ||
                    !strcmp(e->cls, "TVSeries"));
  if (work != want) {
    kgb_test_dump(doc);
    print_error("ERROR: %s is %s, %s a work\n", label, e ? e->cls : "absent",
                want ? "not" : "but");
    _fail(file, line);
  }
}

/* "X, written and directed by A, stars B; it runs …": the landmark head
 * ("Harbor") gives way to the slot, and "it", "its music" are the work */
static void title_before_crew_participle(void **state) {
  (void)state;
  KgbDocResult *doc = extract(
      "Night Harbor, written and directed by Lena Ortiz, stars Tom Reyes; it "
      "runs 104 minutes, had a budget of $12 million and its music was "
      "composed by Aki Sato.");
  WORK(doc, "Night Harbor");
  YES(doc, "Night Harbor", "writtenBy", "Lena Ortiz");
  YES(doc, "Night Harbor", "directedBy", "Lena Ortiz");
  YES(doc, "Night Harbor", "starring", "Tom Reyes");
  YES(doc, "Night Harbor", "runtime", "104");
  YES(doc, "Night Harbor", "budget", "12000000");
  YES(doc, "Night Harbor", "musicBy", "Aki Sato");
  NO(doc, "Night Harbor", "starring", "Aki Sato");
  NO(doc, "Night Harbor", "directedBy", "Tom Reyes");
  CLASS_IS(doc, "Lena Ortiz", "Person");
  kgb_doc_result_free(doc);

  doc = extract("The Long Winter, directed by Jan Novák, was shot in Brno and "
                "Olomouc.");
  WORK(doc, "Long Winter");
  YES(doc, "Long Winter", "directedBy", "Jan Novák");
  YES(doc, "Long Winter", "filmedIn", "Brno");
  YES(doc, "Long Winter", "filmedIn", "Olomouc");
  kgb_doc_result_free(doc);

  doc = extract("Silent Creek, produced by Magnolia Films, premiered at "
                "Sundance in 2020.");
  WORK(doc, "Silent Creek");
  YES(doc, "Silent Creek", "producedBy", "Magnolia Films");
  kgb_doc_result_free(doc);

  /* a town's name in the slot: a film named after a place */
  doc = extract("Casablanca, directed by Michael Curtiz, stars Ingrid "
                "Bergman.");
  WORK(doc, "Casablanca");
  YES(doc, "Casablanca", "directedBy", "Michael Curtiz");
  YES(doc, "Casablanca", "starring", "Ingrid Bergman");
  kgb_doc_result_free(doc);

  /* a character "played by" someone stays a character */
  doc = extract("‘Dry Season’ is a 2022 Kenyan drama film. Amina, played by "
                "Wanjiru Kamau, runs a shop.");
  CLASS_IS(doc, "Amina", "Character");
  NOT_WORK(doc, "Amina");
  kgb_doc_result_free(doc);
}

/* "Directed by A, X was shot in …": X is no second director */
static void preposed_credit(void **state) {
  (void)state;
  KgbDocResult *doc =
      extract("Directed by Tomasz Wolski, Winter Ledger was shot in Gdańsk "
              "and Sopot over six weeks in early 2021.");
  WORK(doc, "Winter Ledger");
  YES(doc, "Winter Ledger", "directedBy", "Tomasz Wolski");
  YES(doc, "Winter Ledger", "filmedIn", "Gdańsk");
  YES(doc, "Winter Ledger", "filmedIn", "Sopot");
  NO(doc, "Winter Ledger", "directedBy", "Winter Ledger");
  kgb_doc_result_free(doc);

  doc = extract("Written and directed by Aoife Brennan, Salt Road follows two "
                "sisters who inherit a farm in Mayo.");
  WORK(doc, "Salt Road");
  YES(doc, "Salt Road", "writtenBy", "Aoife Brennan");
  YES(doc, "Salt Road", "directedBy", "Aoife Brennan");
  kgb_doc_result_free(doc);

  doc = extract("Starring Chioma Eze and Tunde Bakare, Paper Lanterns was "
                "shot in Lagos.");
  WORK(doc, "Paper Lanterns");
  YES(doc, "Paper Lanterns", "starring", "Chioma Eze");
  YES(doc, "Paper Lanterns", "starring", "Tunde Bakare");
  YES(doc, "Paper Lanterns", "filmedIn", "Lagos");
  CLASS_IS(doc, "Lagos", "City");
  kgb_doc_result_free(doc);

  doc = extract("Produced by Wambui Njoroge, Long Rains was filmed in "
                "Nakuru.");
  WORK(doc, "Long Rains");
  YES(doc, "Long Rains", "producedBy", "Wambui Njoroge");
  YES(doc, "Long Rains", "filmedIn", "Nakuru");
  CLASS_IS(doc, "Wambui Njoroge", "Person");
  kgb_doc_result_free(doc);

  /* two directors in the credit: both people, neither the work */
  doc = extract("Directed by Ravi Menon and Priya Nair, Monsoon Letters is "
                "set in Kerala.");
  WORK(doc, "Monsoon Letters");
  YES(doc, "Monsoon Letters", "directedBy", "Ravi Menon");
  YES(doc, "Monsoon Letters", "directedBy", "Priya Nair");
  YES(doc, "Monsoon Letters", "setIn", "Kerala");
  NOT_WORK(doc, "Priya Nair");
  kgb_doc_result_free(doc);
}

/* "In X, CHARACTER (ACTOR) …": X is the work, her relatives are hers */
static void in_title_character(void **state) {
  (void)state;
  KgbDocResult *doc =
      extract("In Paper Lanterns, Amara (Chioma Eze) discovers that her "
              "grandmother Ada once ran a bakery in Enugu.");
  WORK(doc, "Paper Lanterns");
  YES(doc, "Paper Lanterns", "hasCharacter", "Amara");
  YES(doc, "Paper Lanterns", "starring", "Chioma Eze");
  YES(doc, "Amara", "playedBy", "Chioma Eze");
  YES(doc, "Amara", "hasGrandparent", "Ada");
  NO(doc, "Paper Lanterns", "hasGrandparent", "Ada");
  CLASS_IS(doc, "Amara", "Character");
  kgb_doc_result_free(doc);

  doc = extract("In Monsoon Letters, Meera (Priya Nair) writes to her father "
                "in Kochi.");
  WORK(doc, "Monsoon Letters");
  YES(doc, "Meera", "playedBy", "Priya Nair");
  YES(doc, "Monsoon Letters", "starring", "Priya Nair");
  kgb_doc_result_free(doc);

  doc = extract("In Quiet Storm, Ana Torres plays Lupe, a boxer from "
                "Tijuana.");
  WORK(doc, "Quiet Storm");
  YES(doc, "Lupe", "playedBy", "Ana Torres");
  YES(doc, "Quiet Storm", "starring", "Ana Torres");
  kgb_doc_result_free(doc);

  /* a town the data knows, a month: no work */
  doc = extract("In Dublin, Siobhán runs a bakery with her sister.");
  CLASS_IS(doc, "Dublin", "City");
  NOT_WORK(doc, "Dublin");
  kgb_doc_result_free(doc);

  doc = extract("In March, Siobhán Kelly moved to Cork.");
  NOT_WORK(doc, "March");
  NOT_WORK(doc, "Siobhán Kelly");
  kgb_doc_result_free(doc);
}

/* "X follows …", "X centres on …", "X tells the story of …", "X is set in" */
static void what_the_title_is_about(void **state) {
  (void)state;
  KgbDocResult *doc =
      extract("Copper Sky follows a young widow who returns to Galway.");
  WORK(doc, "Copper Sky");
  kgb_doc_result_free(doc);

  doc = extract("Red Dust follows Ngozi, a young lawyer in Abuja, as she "
                "fights for her brother.");
  WORK(doc, "Red Dust");
  YES(doc, "Red Dust", "hasCharacter", "Ngozi");
  YES(doc, "Ngozi", "occupation", "lawyer"); /* "young": trade_adjective */
  NO(doc, "Red Dust", "hasSibling", "Red Dust's brother");
  kgb_doc_result_free(doc);

  doc = extract("Cold Morning centres on Jakub, a miner in Ostrava, and his "
                "daughter Ema.");
  WORK(doc, "Cold Morning");
  YES(doc, "Cold Morning", "hasCharacter", "Jakub");
  YES(doc, "Jakub", "hasChild", "Ema");
  kgb_doc_result_free(doc);

  doc = extract("Quiet Storm centres on a Mexican boxer; it was produced by "
                "Ana Torres.");
  WORK(doc, "Quiet Storm");
  YES(doc, "Quiet Storm", "producedBy", "Ana Torres");
  kgb_doc_result_free(doc);

  doc = extract("Salt Road tells the story of a widow in Connemara who opens "
                "a pub.");
  WORK(doc, "Salt Road");
  kgb_doc_result_free(doc);

  doc = extract("Lagos Nights follows three friends in Lagos over one "
                "weekend.");
  WORK(doc, "Lagos Nights");
  CLASS_IS(doc, "Lagos", "City");
  kgb_doc_result_free(doc);

  doc = extract("Mumbai Nights, directed by Ravi Menon, is set in Mumbai.");
  WORK(doc, "Mumbai Nights");
  YES(doc, "Mumbai Nights", "setIn", "Mumbai");
  YES(doc, "Mumbai Nights", "directedBy", "Ravi Menon");
  kgb_doc_result_free(doc);

  /* people following people, a town following a town: no work */
  doc = extract("Amara follows a stranger into the woods.");
  NOT_WORK(doc, "Amara");
  kgb_doc_result_free(doc);

  doc = extract("Amara follows Tom, a stranger, into the woods.");
  NOT_WORK(doc, "Amara");
  kgb_doc_result_free(doc);

  doc = extract("Lagos follows Abuja in population.");
  NOT_WORK(doc, "Lagos");
  NOT_WORK(doc, "Abuja");
  kgb_doc_result_free(doc);

  doc = extract("Kofi Mensah tells Ama about the fire in Kumasi.");
  NOT_WORK(doc, "Kofi Mensah");
  kgb_doc_result_free(doc);
}

/* "X is the third film in", "X, the debut feature of Y", "X is a 2021 South
 * Korean thriller film" */
static void what_kind_of_work(void **state) {
  (void)state;
  KgbDocResult *doc =
      extract("Copper Sky is the third film in the Harbor trilogy.");
  WORK(doc, "Copper Sky");
  kgb_doc_result_free(doc);

  doc = extract("Dust Wind, the debut feature of Wanjiru Kamau, was shot in "
                "Nairobi.");
  WORK(doc, "Dust Wind");
  YES(doc, "Dust Wind", "directedBy", "Wanjiru Kamau");
  YES(doc, "Dust Wind", "filmedIn", "Nairobi");
  kgb_doc_result_free(doc);

  doc = extract("Night Harbor is the second feature by Lena Ortiz.");
  WORK(doc, "Night Harbor");
  YES(doc, "Night Harbor", "directedBy", "Lena Ortiz");
  kgb_doc_result_free(doc);

  doc = extract("Night Harbor is the latest film from Netflix.");
  NO(doc, "Night Harbor", "directedBy", "Netflix");
  kgb_doc_result_free(doc);

  doc = extract("Blue Hour is a 2021 South Korean thriller film directed by "
                "Park Min-jun.");
  WORK(doc, "Blue Hour");
  YES(doc, "Blue Hour", "directedBy", "Park Min-jun");
  YES(doc, "Blue Hour", "releaseDate", "2021");
  YES(doc, "Blue Hour", "genre", "thriller");
  CLASS_IS(doc, "South Korean", NULL);
  kgb_doc_result_free(doc);

  /* "Min-jun." ends the sentence ("Jun." is no month here), and "it" is
   * the work */
  doc = extract("Blue Hour is a 2021 South Korean thriller film directed by "
                "Park Min-jun. It was shot in Busan.");
  YES(doc, "Blue Hour", "directedBy", "Park Min-jun");
  YES(doc, "Blue Hour", "filmedIn", "Busan");
  assert_int_equal(kgb_doc_result_sentence_count(doc), 2);
  kgb_doc_result_free(doc);

  /* a film director is a person, and "he" is him */
  doc = extract("Jun Seo-yeon is a South Korean film director. She was born "
                "in Busan.");
  CLASS_IS(doc, "Jun Seo-yeon", "Person");
  YES(doc, "Jun Seo-yeon", "birthPlace", "Busan");
  CLASS_IS(doc, "South Korean", NULL);
  kgb_doc_result_free(doc);

  doc = extract("Tomás Ruiz is a Hollywood film producer.");
  NOT_WORK(doc, "Tomás Ruiz");
  kgb_doc_result_free(doc);

  doc = extract("Tom Reyes is the star of the film.");
  NOT_WORK(doc, "Tom Reyes");
  kgb_doc_result_free(doc);
}

/* the object of a company's release, of "stars in … as", of "he directed" */
static void title_as_object(void **state) {
  (void)state;
  KgbDocResult *doc =
      extract("Netflix released Golden Fjord in 2021. It was shot in "
              "Reykjavík.");
  WORK(doc, "Golden Fjord");
  YES(doc, "Golden Fjord", "filmedIn", "Reykjavík");
  CLASS_IS(doc, "Netflix", "Organization");
  kgb_doc_result_free(doc);

  doc = extract("Golden Fjord was shot in Reykjavík; its score was composed "
                "by Jóhann Einarsson.");
  WORK(doc, "Golden Fjord");
  YES(doc, "Golden Fjord", "filmedIn", "Reykjavík");
  YES(doc, "Golden Fjord", "musicBy", "Jóhann Einarsson");
  kgb_doc_result_free(doc);

  doc = extract("Ana Torres stars in Quiet Storm as Lupe, a boxer from "
                "Tijuana.");
  WORK(doc, "Quiet Storm");
  YES(doc, "Lupe", "playedBy", "Ana Torres");
  YES(doc, "Quiet Storm", "starring", "Ana Torres");
  YES(doc, "Quiet Storm", "hasCharacter", "Lupe");
  NO(doc, "Lupe", "playedBy", "Quiet Storm");
  kgb_doc_result_free(doc);

  doc = extract("Siobhán Kelly wrote and directed Salt Road, which was shot "
                "in Donegal.");
  WORK(doc, "Salt Road");
  YES(doc, "Salt Road", "directedBy", "Siobhán Kelly");
  YES(doc, "Salt Road", "writtenBy", "Siobhán Kelly");
  YES(doc, "Salt Road", "filmedIn", "Donegal");
  CLASS_IS(doc, "Siobhán Kelly", "Person");
  kgb_doc_result_free(doc);

  doc = extract("Lena Ortiz plays Ana in Night Harbor.");
  WORK(doc, "Night Harbor");
  YES(doc, "Night Harbor", "hasCharacter", "Ana");
  YES(doc, "Night Harbor", "starring", "Lena Ortiz");
  YES(doc, "Ana", "playedBy", "Lena Ortiz");
  kgb_doc_result_free(doc);

  doc = extract("Lena Ortiz plays Ana in Porto, a city she loves.");
  CLASS_IS(doc, "Porto", "City");
  kgb_doc_result_free(doc);

  /* a name a head word or the gazetteer typed, as the subject */
  doc = extract("Golden Fjord stars Sigrid Jónsdóttir and runs 98 minutes.");
  WORK(doc, "Golden Fjord");
  YES(doc, "Golden Fjord", "starring", "Sigrid Jónsdóttir");
  YES(doc, "Golden Fjord", "runtime", "98");
  kgb_doc_result_free(doc);

  doc = extract("Night Harbor was released on 5 May 2020 by Mubi.");
  WORK(doc, "Night Harbor");
  YES(doc, "Night Harbor", "releaseDate", "2020-05-05");
  YES(doc, "Night Harbor", "distributedBy", "Mubi");
  kgb_doc_result_free(doc);

  doc = extract("The Vienna State Opera was filmed in Prague.");
  NOT_WORK(doc, "Vienna State Opera");
  kgb_doc_result_free(doc);

  doc = extract("Amara is a 2020 Nigerian drama film directed by Tunde "
                "Kelani.");
  WORK(doc, "Amara");
  YES(doc, "Amara", "directedBy", "Tunde Kelani");
  kgb_doc_result_free(doc);

  doc = extract("He directed Dark Waters in 2019.");
  WORK(doc, "Dark Waters");
  NOT_WORK(doc, "He");
  kgb_doc_result_free(doc);
}

/* ordinary sentences: people, towns and companies stay what they are, and
 * he/she find their person */
static void ordinary_sentences(void **state) {
  (void)state;
  KgbDocResult *doc = extract("Lagos is a city in Nigeria.");
  CLASS_IS(doc, "Lagos", "City");
  kgb_doc_result_free(doc);

  doc = extract("Dublin was shaken by the news of the fire.");
  CLASS_IS(doc, "Dublin", "City");
  kgb_doc_result_free(doc);

  doc = extract("Netflix released the film in 2020.");
  CLASS_IS(doc, "Netflix", "Organization");
  kgb_doc_result_free(doc);

  doc = extract("Tom Reyes directed the film. He was born in Dublin.");
  CLASS_IS(doc, "Tom Reyes", "Person");
  YES(doc, "Tom Reyes", "birthPlace", "Dublin");
  NOT_WORK(doc, "Tom Reyes");
  kgb_doc_result_free(doc);

  doc = extract("Amara Obi was born in Enugu in 1988. She moved to Lagos in "
                "2010.");
  YES(doc, "Amara Obi", "birthPlace", "Enugu");
  YES(doc, "Amara Obi", "movedTo", "Lagos");
  NOT_WORK(doc, "Amara Obi");
  kgb_doc_result_free(doc);

  doc = extract("Salt Road premiered at the Toronto International Film "
                "Festival in 2019. She directed it on a budget of €2 "
                "million.");
  WORK(doc, "Salt Road");
  CLASS_IS(doc, "Toronto International Film Festival", "Organization");
  NO(doc, "Salt Road", "directedBy", "Toronto International Film Festival");
  YES(doc, "Salt Road", "budget", "2000000 EUR");
  kgb_doc_result_free(doc);

  doc = extract("Anna Wolska is a Polish actress. She starred in Winter "
                "Ledger.");
  CLASS_IS(doc, "Anna Wolska", "Person");
  WORK(doc, "Winter Ledger");
  YES(doc, "Winter Ledger", "starring", "Anna Wolska");
  kgb_doc_result_free(doc);
}

/* "Shot in P, X …", "Set in ERA P, X …", "X, which stars …", "X's cast" */
static void places_and_clauses_around_the_title(void **state) {
  (void)state;
  KgbDocResult *doc = extract("Shot in Gdańsk and Sopot, Winter Ledger "
                              "follows a retired judge.");
  WORK(doc, "Winter Ledger");
  YES(doc, "Winter Ledger", "filmedIn", "Gdańsk");
  YES(doc, "Winter Ledger", "filmedIn", "Sopot");
  kgb_doc_result_free(doc);

  doc = extract("Set in 1970s Lagos, Paper Lanterns follows a young baker.");
  WORK(doc, "Paper Lanterns");
  YES(doc, "Paper Lanterns", "setIn", "Lagos");
  NO(doc, "Paper Lanterns", "filmedIn", "Lagos");
  kgb_doc_result_free(doc);

  doc = extract("Winter Ledger, which stars Marta Nowak, was shot in "
                "Gdańsk.");
  WORK(doc, "Winter Ledger");
  YES(doc, "Winter Ledger", "starring", "Marta Nowak");
  YES(doc, "Winter Ledger", "filmedIn", "Gdańsk");
  kgb_doc_result_free(doc);

  doc = extract("Winter Ledger (Polish: Zimowa księga) is a 2021 Polish "
                "thriller directed by Tomasz Wolski.");
  WORK(doc, "Winter Ledger");
  YES(doc, "Winter Ledger", "directedBy", "Tomasz Wolski");
  YES(doc, "Winter Ledger", "releaseDate", "2021");
  kgb_doc_result_free(doc);

  doc = extract("Winter Ledger's cast includes Marta Nowak and Piotr "
                "Zieliński.");
  WORK(doc, "Winter Ledger");
  YES(doc, "Winter Ledger", "starring", "Marta Nowak");
  YES(doc, "Winter Ledger", "starring", "Piotr Zieliński");
  kgb_doc_result_free(doc);

  doc = extract("Long Rains, a Kenyan drama about a herder, was shot in "
                "Narok.");
  WORK(doc, "Long Rains");
  YES(doc, "Long Rains", "filmedIn", "Narok");
  kgb_doc_result_free(doc);

  /* a birthplace before a person, a setting before a character: no work */
  doc = extract("Born in Lagos, Chioma Eze moved to London.");
  NOT_WORK(doc, "Chioma Eze");
  kgb_doc_result_free(doc);

  doc = extract("Set in Lagos, Amara runs a bakery.");
  NOT_WORK(doc, "Amara");
  kgb_doc_result_free(doc);

  /* a person's screenplay is no work's */
  doc = extract("‘Dry Season’ is a 2022 Kenyan drama film. Amina Said's "
                "screenplay was praised.");
  NOT_WORK(doc, "Amina Said");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xwork7[] = {
    cmocka_unit_test_setup(title_before_crew_participle, kgb_test_rules_setup),
    cmocka_unit_test_setup(preposed_credit, kgb_test_rules_setup),
    cmocka_unit_test_setup(in_title_character, kgb_test_rules_setup),
    cmocka_unit_test_setup(what_the_title_is_about, kgb_test_rules_setup),
    cmocka_unit_test_setup(what_kind_of_work, kgb_test_rules_setup),
    cmocka_unit_test_setup(title_as_object, kgb_test_rules_setup),
    cmocka_unit_test_setup(ordinary_sentences, kgb_test_rules_setup),
    cmocka_unit_test_setup(places_and_clauses_around_the_title,
                           kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xwork7_count =
    sizeof kgb_tests_sentences_xwork7 / sizeof kgb_tests_sentences_xwork7[0];
