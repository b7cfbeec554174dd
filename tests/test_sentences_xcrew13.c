/* test_sentences_xcrew13.c: credits, cast and values on unseen text
 * (xcrew13), written from invented sentences rather than dev misses: a
 * character "one of the main characters of X, played by Y"; money in many
 * forms ("S/ 2 million", "1.5 million Tunisian dinars"); a runner's minutes
 * are no running time; companies with a nationality, a company noun or an
 * acronym around the name; crew nouns on a named work and "DP X"; gapped
 * credits ("the unnamed fisherman is played by A, and his daughter Clara by
 * B": "his" is not the actor's). Each test asserts the facts a sentence
 * must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* a character "one of the main characters of X, played by Y", the lead of the
 * clause's work */
static void one_of_the_characters(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Tendai is one of the main characters of ‘Harare "
                        "Nights’, played by Rutendo Moyo.");
  YES(doc, "Harare Nights", "hasCharacter", "Tendai");
  YES(doc, "Tendai", "playedBy", "Rutendo Moyo");
  YES(doc, "Harare Nights", "starring", "Rutendo Moyo");
  NO(doc, "Harare Nights", "playedBy", "Rutendo Moyo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In the Chilean drama ‘La Quebrada’, Ignacio is one "
                          "of the two leads, played by Benjamín Vicuña.");
  YES(doc, "La Quebrada", "hasCharacter", "Ignacio");
  YES(doc, "Ignacio", "playedBy", "Benjamín Vicuña");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Mariam, one of the central characters of ‘Sahel "
                          "Blues’, is played by Aïssa Maïga.");
  YES(doc, "Sahel Blues", "hasCharacter", "Mariam");
  YES(doc, "Mariam", "playedBy", "Aïssa Maïga");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kofi is one of the protagonists of the Ghanaian series ‘Osu Lights’ and "
      "is portrayed by Kwame Boateng.");
  YES(doc, "Osu Lights", "hasCharacter", "Kofi");
  YES(doc, "Kofi", "playedBy", "Kwame Boateng");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ignacio is the protagonist, played by Benjamín "
                          "Vicuña, of the film ‘Cerro Alto’.");
  YES(doc, "Ignacio", "playedBy", "Benjamín Vicuña");
  kgb_doc_result_free(doc);
}

/* "S/ 2 million", "Tunisian dinars", "Swiss francs"; "pesos" alone names no
 * currency */
static void money_in_many_forms(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Los Andes de Plata’ was made on a budget of S/ 2 million.");
  YES(doc, "Los Andes de Plata", "budget", "2000000 PEN");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Tunisian film ‘Jasmin Noir’ cost 1.5 million "
                          "Tunisian dinars to produce.");
  YES(doc, "Jasmin Noir", "budget", "1500000 TND");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Monsoon Wedding Redux’ was made on a budget of ₹40 "
                          "crore and grossed ₹120 crore worldwide.");
  YES(doc, "Monsoon Wedding Redux", "budget", "400000000 INR");
  YES(doc, "Monsoon Wedding Redux", "grossRevenue", "1200000000 INR");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Chilean thriller ‘Cerro Negro’ was made for 900 "
                          "million Chilean pesos.");
  YES(doc, "Cerro Negro", "budget", "900000000 CLP");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Atlas Nights’ grossed more than 12 million Moroccan dirhams at home.");
  YES(doc, "Atlas Nights", "grossRevenue", "12000000 MAD");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Zurich Noir’ cost an estimated 6 million Swiss francs.");
  YES(doc, "Zurich Noir", "budget", "6000000 CHF");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Peruvian comedy ‘Chicha’ grossed S/ 15.2 "
                          "million in its opening month.");
  YES(doc, "Chicha", "grossRevenue", "15200000 PEN");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Egyptian drama ‘Nile Hours’ was produced for 20 "
                          "million Egyptian pounds.");
  YES(doc, "Nile Hours", "budget", "20000000 EGP");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Lalibela’ had a budget of 5 million Ethiopian birr.");
  YES(doc, "Lalibela", "budget", "5000000 ETB");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Quiet Valley’ grossed 2 million pounds in Britain.");
  YES(doc, "The Quiet Valley", "grossRevenue", "2000000 GBP");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("The comedy ‘Tacos al Pastor’, directed by Luis Rosas, "
                        "grossed 150 million pesos in its first month.");
  YES(doc, "Tacos al Pastor", "directedBy", "Luis Rosas");
  NO(doc, "Tacos al Pastor", "grossRevenue", "150000000");
  NO(doc, "Tacos al Pastor", "grossRevenue", "150000000 ?");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Atlantique Nord’ earned $3.4 million worldwide "
                          "against a $1.2 million budget.");
  YES(doc, "Atlantique Nord", "grossRevenue", "3400000");
  YES(doc, "Atlantique Nord", "budget", "1200000");
  kgb_doc_result_free(doc);
}

/* a runner's minutes are no running time */
static void runtime_of_works_only(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In ‘Quiet Rivers’, Ama (Akosua Busia) runs for 20 minutes every morning "
      "before she opens the shop in Kumasi.");
  YES(doc, "Ama", "playedBy", "Akosua Busia");
  NO(doc, "Ama", "runtime", "20");
  NO(doc, "Quiet Rivers", "runtime", "20");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Quiet Rivers’, Joseph (Kofi Bucknor) runs for "
                          "two hours through the forest to escape.");
  YES(doc, "Joseph", "playedBy", "Kofi Bucknor");
  NO(doc, "Quiet Rivers", "runtime", "120");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Coastline’, Bongani (Thabo Rametsi) runs for an "
                          "hour along the beach at Durban before school.");
  YES(doc, "Bongani", "playedBy", "Thabo Rametsi");
  NO(doc, "Coastline", "runtime", "60");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Thunder Road’ runs for 104 minutes and was shot in Cape Town.");
  YES(doc, "Thunder Road", "runtime", "104");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Finnish drama ‘Pakkasyö’ runs 97 minutes.");
  YES(doc, "Pakkasyö", "runtime", "97");
  kgb_doc_result_free(doc);
}

/* a nationality, a company noun or an acronym around a company's name */
static void companies_described(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Kabul Kitchen’ was co-produced by the Argentine "
                        "Institute of Cinema (INCAA) and Rei Pictures.");
  YES(doc, "Kabul Kitchen", "producedBy", "Argentine Institute of Cinema");
  YES(doc, "Kabul Kitchen", "producedBy", "Rei Pictures");
  NO(doc, "Kabul Kitchen", "producedBy", "INCAA");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Dimma’ was produced by the Swedish Nordvik "
                          "Produktion and distributed by SF Studios.");
  YES(doc, "Dimma", "producedBy", "Nordvik Produktion");
  NO(doc, "Dimma", "producedBy", "Swedish Nordvik Produktion");
  YES(doc, "Dimma", "distributedBy", "SF Studios");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Havets Dotter’ is a production of the Norwegian "
                          "company Fjellheim Film.");
  YES(doc, "Havets Dotter", "producedBy", "Fjellheim Film");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Sabar’ was produced under the banner of Excel Entertainment.");
  YES(doc, "Sabar", "producedBy", "Excel Entertainment");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Aurora Boreal’ was co-produced with the French company Haut et Court.");
  YES(doc, "Aurora Boreal", "producedBy", "Haut et Court");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Ghost Tide’ was produced by the Swedish Film "
                          "Institute and Film i Väst.");
  YES(doc, "Ghost Tide", "producedBy", "Swedish Film Institute");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Cobalt’ is a co-production of the Danish Zentropa "
                          "Entertainments and the German Komplizen Film.");
  YES(doc, "Cobalt", "producedBy", "Zentropa Entertainments");
  YES(doc, "Cobalt", "producedBy", "Komplizen Film");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Ferry’ was made through the Kenyan outfit Baraka Pictures.");
  YES(doc, "Night Ferry", "producedBy", "Baraka Pictures");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The film ‘Pampa Roja’ was produced with support from the Instituto "
      "Nacional de Cine y Artes Audiovisuales (INCAA).");
  NO(doc, "Pampa Roja", "producedBy", "INCAA");
  NO(doc, "Pampa Roja", "producedBy",
     "Instituto Nacional de Cine y Artes Audiovisuales");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Iron Hill’ is available to stream on the platform Viu.");
  YES(doc, "Iron Hill", "distributedBy", "Viu");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Tokyo Sonata 2’ is distributed in Japan by Toho "
                          "and internationally by The Match Factory.");
  YES(doc, "Tokyo Sonata 2", "distributedBy", "Toho");
  YES(doc, "Tokyo Sonata 2", "distributedBy", "The Match Factory");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Boat People 2’ is released in Hong Kong by Edko "
                          "Films and in mainland China by Bona Film Group.");
  YES(doc, "Boat People 2", "distributedBy", "Edko Films");
  YES(doc, "Boat People 2", "distributedBy", "Bona Film Group");
  kgb_doc_result_free(doc);
}

/* crew nouns on a named work, DP, a genre noun by its director, births */
static void crew_in_many_shapes(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("The cinematographer on ‘Copper Sky’ was Lol Crawley, "
                        "and the editor was Joe Bini.");
  YES(doc, "Copper Sky", "cinematographyBy", "Lol Crawley");
  YES(doc, "Copper Sky", "editedBy", "Joe Bini");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Hoyte van Hoytema was the cinematographer on ‘Northern Lights’.");
  YES(doc, "Northern Lights", "cinematographyBy", "Hoyte van Hoytema");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Nadia Ben Rachid served as editor on ‘Timbuktu Dawn’.");
  YES(doc, "Timbuktu Dawn", "editedBy", "Nadia Ben Rachid");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("The composer for ‘Lisbon Story 2’ was Rodrigo Leão.");
  YES(doc, "Lisbon Story 2", "musicBy", "Rodrigo Leão");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The editor of ‘Cairo Station’ is Dina Farouk.");
  YES(doc, "Cairo Station", "editedBy", "Dina Farouk");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Harbour Ink’, directed by Hala Lotfy, follows "
                          "Karim, who is the editor of a local newspaper.");
  YES(doc, "Harbour Ink", "directedBy", "Hala Lotfy");
  NO(doc, "Harbour Ink", "editedBy", "Karim");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "DP Natasha Braier gives ‘The Salt Flats’ a dreamy, washed-out look.");
  YES(doc, "The Salt Flats", "cinematographyBy", "Natasha Braier");
  NO(doc, "The Salt Flats", "cinematographyBy", "DP Natasha Braier");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Yellow Cat’ is a Kazakh-language crime comedy by Adilkhan Yerzhanov.");
  YES(doc, "Yellow Cat", "directedBy", "Adilkhan Yerzhanov");
  YES(doc, "Yellow Cat", "inLanguage", "Kazakh");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘The Servant’s Comedy’, directed by Marco Bellini, "
                          "is adapted from a comedy by Carlo Goldoni.");
  YES(doc, "The Servant’s Comedy", "directedBy", "Marco Bellini");
  NO(doc, "The Servant’s Comedy", "directedBy", "Carlo Goldoni");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Born in Valparaíso, Chile, in 1975, Andrés Wood studied in New York.");
  YES(doc, "Andrés Wood", "birthPlace", "Valparaíso");
  YES(doc, "Andrés Wood", "birthDate", "1975");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Winter Crows’ was directed by Kaisa Rastimo, with cinematography by "
      "Jarkko Laine and music by Panu Aaltio.");
  YES(doc, "Winter Crows", "directedBy", "Kaisa Rastimo");
  YES(doc, "Winter Crows", "cinematographyBy", "Jarkko Laine");
  YES(doc, "Winter Crows", "musicBy", "Panu Aaltio");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Ciudad de Polvo’ was shot in Oaxaca and Mexico City.");
  NO(doc, "Ciudad de Polvo", "cinematographyBy", "Oaxaca");
  YES(doc, "Ciudad de Polvo", "filmedIn", "Oaxaca");
  kgb_doc_result_free(doc);
}

/* a gapped passive credit; the actor after "and"; a bare trade before a role */
static void gapped_and_listed_credits(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("In ‘Marea’, the unnamed fisherman is played by Luis "
                        "Tosar, and his daughter Clara by Ester Expósito.");
  YES(doc, "Clara", "playedBy", "Ester Expósito");
  YES(doc, "Marea", "starring", "Luis Tosar");
  NO(doc, "Luis Tosar", "hasChild", "Clara");
  NO(doc, "Clara", "hasParent", "Luis Tosar");
  CLASS_IS(doc, "Luis Tosar", "Person");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("The old lighthouse keeper is portrayed by Bill Nighy, "
                        "and his granddaughter Elsie by Florence Pugh.");
  YES(doc, "Elsie", "playedBy", "Florence Pugh");
  NO(doc, "Elsie", "hasGrandparent", "Bill Nighy");
  CLASS_IS(doc, "Bill Nighy", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ana is played by Lucía Ruiz, and her brother Mateo by Diego Calva.");
  YES(doc, "Ana", "playedBy", "Lucía Ruiz");
  YES(doc, "Mateo", "playedBy", "Diego Calva");
  SYM(doc, "Mateo", "hasSibling", "Ana");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The cast of ‘Salt Lake’ includes Pilar Castro as an "
                          "unnamed widow and Ramón Barea as her father.");
  YES(doc, "Salt Lake", "starring", "Pilar Castro");
  YES(doc, "Salt Lake", "starring", "Ramón Barea");
  NO(doc, "Pilar Castro", "hasParent", "Ramón Barea");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Newcomer Zahra Amir Ebrahimi anchors ‘Holy Spider "
                          "Redux’ as journalist Rahimi.");
  YES(doc, "Rahimi", "playedBy", "Zahra Amir Ebrahimi");
  YES(doc, "Holy Spider Redux", "starring", "Zahra Amir Ebrahimi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Song Kang-ho plays taxi driver Kim Man-seob in ‘A Taxi Driver 2’.");
  YES(doc, "Kim Man-seob", "playedBy", "Song Kang-ho");
  YES(doc, "A Taxi Driver 2", "starring", "Song Kang-ho");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Ward 9’, Hanna plays cards with nurse Olga every night.");
  NO(doc, "Olga", "playedBy", "Hanna");
  NO(doc, "Ward 9", "starring", "Hanna");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xcrew13[] = {
    cmocka_unit_test_setup(one_of_the_characters, kgb_test_rules_setup),
    cmocka_unit_test_setup(money_in_many_forms, kgb_test_rules_setup),
    cmocka_unit_test_setup(runtime_of_works_only, kgb_test_rules_setup),
    cmocka_unit_test_setup(companies_described, kgb_test_rules_setup),
    cmocka_unit_test_setup(crew_in_many_shapes, kgb_test_rules_setup),
    cmocka_unit_test_setup(gapped_and_listed_credits, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xcrew13_count =
    sizeof kgb_tests_sentences_xcrew13 / sizeof kgb_tests_sentences_xcrew13[0];
