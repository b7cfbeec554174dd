/* test_sentences_xcrew14.c: credits, cast and values on unseen text
 * (xcrew14), written from invented sentences rather than dev misses: trades
 * the occupation list lacked and the verbs of earning a living; genres the
 * lists lacked and genres named with their noun ("a road movie"); languages
 * of film dialogue and lists of three of them; a service of no list after
 * "available to stream on"; the actor of "X was cast in ‘W’ alongside Y";
 * "bows on Netflix in May 2024"; "clocks in at 1h 42m"; a craft's duties
 * handed to a person; the trade first, then the work ("The producers of
 * ‘W’ are …"); "Playing Kemal is X"; "25 million pesos" after "Mexican".
 * Each test asserts the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* trades of many fields, in apposition and after "is a" */
static void trades_the_list_lacked(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Dimitri, a retired policeman, lives alone in Thessaloniki.");
  YES(doc, "Dimitri", "occupation", "retired policeman");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kerstin is a rancher in Montana.");
  YES(doc, "Kerstin", "occupation", "rancher");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Inès, a barrister in Paris, takes the case.");
  YES(doc, "Inès", "occupation", "barrister");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Li Na is a flight attendant based in Shanghai.");
  YES(doc, "Li Na", "occupation", "flight attendant");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Camille is a counsellor at a youth centre in Marseille.");
  YES(doc, "Camille", "occupation", "counsellor");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Gustavo, an undertaker in Oaxaca, narrates the "
                          "story of his village.");
  YES(doc, "Gustavo", "occupation", "undertaker");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Hana is a high-school teacher, and her husband "
                          "Kenji is a salaryman.");
  YES(doc, "Kenji", "occupation", "salaryman");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kwame, the village chief, refuses to sell the "
                          "land to Kofi Mensah.");
  YES(doc, "Kwame", "occupation", "village chief");
  kgb_doc_result_free(doc);

  /* "ex-hockey player": no bare "player" */
  doc = kgb_test_sentence("In ‘Second Period’, ex-hockey player Dan Mercier "
                          "returns home to Thunder Bay.");
  NO(doc, "Dan Mercier", "occupation", "player");
  kgb_doc_result_free(doc);
}

/* a verb of earning or working and "as"; a trade opening the sentence */
static void living_as_and_titles(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Farida earns a living as a seamstress in Cairo.");
  YES(doc, "Farida", "occupation", "seamstress");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Lindiwe makes ends meet as a cleaner in Durban.");
  YES(doc, "Lindiwe", "occupation", "cleaner");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ahmed is employed as a security guard at a mall in Dubai.");
  YES(doc, "Ahmed", "occupation", "security guard");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Siosaia works on a fishing boat as a deckhand in Tonga.");
  YES(doc, "Siosaia", "occupation", "deckhand");
  kgb_doc_result_free(doc);

  /* "out on" a person is no service */
  doc = kgb_test_sentence(
      "‘Paper Lanterns’ is a drama. Agnieszka walks out on Piotr.");
  NO(doc, "Paper Lanterns", "distributedBy", "Piotr");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "A former schoolteacher, Agnes now runs the village shop in Kilkee.");
  YES(doc, "Agnes", "occupation", "former schoolteacher");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "A nurse by profession, Wanjiru volunteers at the clinic in Kisumu.");
  YES(doc, "Wanjiru", "occupation", "nurse");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Deadline Lagos’, Obi's work as a journalist puts him in danger.");
  YES(doc, "Obi", "occupation", "journalist");
  kgb_doc_result_free(doc);

  /* a plan, a negation: no trade */
  doc = kgb_test_sentence("‘Vila Nova’ is a Portuguese drama. Ana "
                          "dreams of becoming a doctor.");
  NO(doc, "Ana", "occupation", "doctor");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Amman Nights’ is a Jordanian drama. Tariq is "
                          "not a lawyer, whatever he tells Rania.");
  NO(doc, "Tariq", "occupation", "lawyer");
  kgb_doc_result_free(doc);
}

/* genres the lists lacked; genres whose name ends in the kind of work */
static void genres_in_many_words(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Sea of Glass’ is a 2021 courtroom drama directed by Ana Ruiz.");
  YES(doc, "Sea of Glass", "genre", "courtroom drama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Corazón Salvaje’ is a Mexican telenovela created by Ana Ruiz.");
  YES(doc, "Corazón Salvaje", "genre", "telenovela");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Pale Moon’ is a folk horror film from Wales.");
  YES(doc, "Pale Moon", "genre", "folk horror");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Steel Orbit’ is a space opera with a Brazilian cast.");
  YES(doc, "Steel Orbit", "genre", "space opera");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Courier’ is a Turkish road movie about two sisters.");
  YES(doc, "The Courier", "genre", "road movie");
  NO(doc, "The Courier", "genre", "road");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Ghost Line’ is a Thai ghost story set on a train.");
  YES(doc, "Ghost Line", "genre", "ghost story");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Critics loved Efe Osagie's road movie ‘Harmattan "
                          "Road’, shot in Kano.");
  YES(doc, "Harmattan Road", "genre", "road movie");
  kgb_doc_result_free(doc);

  /* "found" is a verb, no genre */
  doc = kgb_test_sentence("‘Marea Baja’ was shot in Vigo. They found it in "
                          "the old harbour.");
  NO(doc, "Marea Baja", "genre", "found");
  kgb_doc_result_free(doc);
}

/* languages the list lacked; three languages after "in" */
static void languages_of_dialogue(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Border Town’ features dialogue in Spanish, English and Mixtec.");
  YES(doc, "Border Town", "inLanguage", "Spanish");
  YES(doc, "Border Town", "inLanguage", "English");
  YES(doc, "Border Town", "inLanguage", "Mixtec");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Border Town’ was shot in Spanish, English, Mixtec and Zapotec.");
  YES(doc, "Border Town", "inLanguage", "English");
  YES(doc, "Border Town", "inLanguage", "Mixtec");
  YES(doc, "Border Town", "inLanguage", "Zapotec");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Lagos Hustle’ was filmed in Pidgin and Yoruba.");
  YES(doc, "Lagos Hustle", "inLanguage", "Pidgin");
  YES(doc, "Lagos Hustle", "inLanguage", "Yoruba");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Lisbon Story’ is a drama about a Portuguese "
                          "teacher who speaks Spanish with her mother.");
  NO(doc, "Lisbon Story", "inLanguage", "Spanish");
  kgb_doc_result_free(doc);
}

/* a service of no list; no home format */
static void available_on_a_service(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Sauna Club’ is now available on Yle Areena.");
  YES(doc, "Sauna Club", "distributedBy", "Yle Areena");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The Kenyan drama ‘Kilimo’ is available to stream on Kesar Play.");
  YES(doc, "Kilimo", "distributedBy", "Kesar Play");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Kilimo’, a Kenyan drama, is available on Blu-ray from May.");
  NO(doc, "Kilimo", "distributedBy", "Blu-ray");
  kgb_doc_result_free(doc);
}

/* the actor of a casting sentence; "Playing X is Y"; praise in the role */
static void casting_and_roles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Sipho Ndlovu was cast in ‘Township Blues’ alongside Thandiwe Mokoena.");
  YES(doc, "Township Blues", "starring", "Sipho Ndlovu");
  YES(doc, "Township Blues", "starring", "Thandiwe Mokoena");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In 2022, Ana Lúcia Ferreira has been cast in the "
                          "Brazilian drama ‘Maré Alta’.");
  YES(doc, "Maré Alta", "starring", "Ana Lúcia Ferreira");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kış Güneşi’ is a Turkish series. Playing Kemal is "
                          "Haluk Bilginer.");
  YES(doc, "Kemal", "playedBy", "Haluk Bilginer");
  YES(doc, "Kış Güneşi", "starring", "Haluk Bilginer");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kış Güneşi’ is a Turkish series. Haluk Bilginer "
                          "is excellent in the role of Kemal.");
  YES(doc, "Kemal", "playedBy", "Haluk Bilginer");
  kgb_doc_result_free(doc);
}

/* release on a date; a running time in one token per unit, or opening */
static void dates_and_running_times(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Monsoon Wedding Redux’ bows on Netflix in May 2024.");
  YES(doc, "Monsoon Wedding Redux", "releaseDate", "2024-05");
  YES(doc, "Monsoon Wedding Redux", "distributedBy", "Netflix");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Kenyan drama ‘Maji’ bowed at the Durban "
                          "International Film Festival in July 2023.");
  YES(doc, "Maji", "releaseDate", "2023-07");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Paper Boats’ received its world premiere at the "
                          "Venice Film Festival on 2 September 2021.");
  YES(doc, "Paper Boats", "releaseDate", "2021-09-02");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kaya’ is set for a 10 October 2025 release.");
  YES(doc, "Kaya", "releaseDate", "2025-10-10");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The first season of ‘Boda Boda’ dropped on 1 December 2023.");
  YES(doc, "Boda Boda", "releaseDate", "2023-12-01");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kora’ is a Nigerian drama. The prosecutor "
                          "dropped the charges on 3 May 2024.");
  NO(doc, "Kora", "releaseDate", "2024-05-03");
  kgb_doc_result_free(doc);

  /* a plot's bow is no release */
  doc = kgb_test_sentence(
      "‘Kora’ is a Nigerian drama. Kemi bows to her father in May 2024.");
  NO(doc, "Kora", "releaseDate", "2024-05");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Red Savanna’ clocks in at 1h 42m.");
  YES(doc, "Red Savanna", "runtime", "102");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kora’ has a running time of 2hr 5min.");
  YES(doc, "Kora", "runtime", "125");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("At 104 minutes, ‘Kora’ feels short.");
  YES(doc, "Kora", "runtime", "104");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kora’ is a Nigerian drama. At two hours into "
                          "the film, Kemi surprises everyone.");
  NO(doc, "Kora", "runtime", "120");
  kgb_doc_result_free(doc);
}

/* the original title of a work named between */
static void original_title_of_work(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The Hungarian original title of ‘The Bridgekeeper's Daughter’ is ‘A "
      "hídmester lánya’.");
  YES(doc, "The Bridgekeeper's Daughter", "originalTitle", "A hídmester lánya");
  kgb_doc_result_free(doc);
}

/* pesos, dinars, francs: the money of the nationality written before */
static void shared_currency_words(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The Mexican comedy ‘La Fonda’ cost 25 million pesos to make.");
  YES(doc, "La Fonda", "budget", "25000000 MXN");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Viento’ is an Argentine drama. It had a budget "
                          "of 50 million pesos.");
  YES(doc, "Viento", "budget", "50000000 ARS");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kora’ was made for an estimated ₦450 million.");
  YES(doc, "Kora", "budget", "450000000 NGN");
  kgb_doc_result_free(doc);

  /* no nationality: whose pesos? */
  doc = kgb_test_sentence("‘La Fonda’ is a comedy set in a diner. It cost 25 "
                          "million pesos to make.");
  NO(doc, "La Fonda", "budget", "25000000");
  kgb_doc_result_free(doc);
}

/* a craft's duties; the trade, then the work, then the people */
static void crew_duties_and_trades_of(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Editing duties on ‘Salt Flats’ fell to Ingrid Halvorsen.");
  YES(doc, "Salt Flats", "editedBy", "Ingrid Halvorsen");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kora’ is a Nigerian drama. The music duties fell "
                          "to Kenyan composer Aaron Rimbui.");
  YES(doc, "Kora", "musicBy", "Aaron Rimbui");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Camera duties on ‘Steppe Song’ went to Aziz Rahimov.");
  YES(doc, "Steppe Song", "cinematographyBy", "Aziz Rahimov");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The screenplay of ‘Desert Rose’ is by Youssef El "
                          "Amrani and Leila Benali.");
  YES(doc, "Desert Rose", "writtenBy", "Youssef El Amrani");
  YES(doc, "Desert Rose", "writtenBy", "Leila Benali");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The script for ‘Kora’ comes from Ngozi Okafor.");
  YES(doc, "Kora", "writtenBy", "Ngozi Okafor");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("The producers of ‘Kora’ are Amaka Obi and Chidi Eze.");
  YES(doc, "Kora", "producedBy", "Amaka Obi");
  YES(doc, "Kora", "producedBy", "Chidi Eze");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Producers Amaka Obi and Chidi Eze backed ‘Kora’ from the start.");
  YES(doc, "Kora", "producedBy", "Amaka Obi");
  YES(doc, "Kora", "producedBy", "Chidi Eze");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Shaked Productions made ‘Negev Wind’ on a budget of ₪6 million.");
  YES(doc, "Negev Wind", "producedBy", "Shaked Productions");
  YES(doc, "Negev Wind", "budget", "6000000 ILS");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xcrew14[] = {
    cmocka_unit_test_setup(trades_the_list_lacked, kgb_test_rules_setup),
    cmocka_unit_test_setup(living_as_and_titles, kgb_test_rules_setup),
    cmocka_unit_test_setup(genres_in_many_words, kgb_test_rules_setup),
    cmocka_unit_test_setup(languages_of_dialogue, kgb_test_rules_setup),
    cmocka_unit_test_setup(available_on_a_service, kgb_test_rules_setup),
    cmocka_unit_test_setup(casting_and_roles, kgb_test_rules_setup),
    cmocka_unit_test_setup(dates_and_running_times, kgb_test_rules_setup),
    cmocka_unit_test_setup(crew_duties_and_trades_of, kgb_test_rules_setup),
    cmocka_unit_test_setup(shared_currency_words, kgb_test_rules_setup),
    cmocka_unit_test_setup(original_title_of_work, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xcrew14_count =
    sizeof kgb_tests_sentences_xcrew14 / sizeof kgb_tests_sentences_xcrew14[0];
