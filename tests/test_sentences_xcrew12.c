/* test_sentences_xcrew12.c: credits, cast and values (xcrew12): acting
 * phrases with a modal or the work between ("will play", "returns to the
 * screen in ‘X’ as", "makes her acting debut in ‘X’ as"), a career's role
 * after a description ("is an Indonesian actress best known for playing the
 * widow Sari in X"), pairs of actors and roles after a relative clause,
 * "opposite N’s role", gapped credits, ensembles a work has, names with
 * particles ("Maria de Medeiros", "Joris van Dam"), release dates ahead
 * ("will open in cinemas nationwide on"), brackets of facts ("(2022, 94 min,
 * in Tarifit and Arabic)"), budgets, box office, distributors quoted in news,
 * channels by their kind with no article, credits given by relation ("cut by
 * her longtime editor, N"), scores by musicians, a crew member's films. Each
 * test asserts the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* a modal before the verb of acting, the work between the verb and "as" */
static void acting_phrases(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Oleksandr Bondar has been cast as Taras, a schoolteacher, in "
      "‘Sunflower Field’, and Kateryna Lysenko will play his daughter Halia.");
  YES(doc, "Halia", "playedBy", "Kateryna Lysenko");
  YES(doc, "Sunflower Field", "starring", "Kateryna Lysenko");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Veteran actor Kwame Asante could play Papa Yaw, "
                          "the village chief, in ‘Sankofa’.");
  YES(doc, "Papa Yaw", "playedBy", "Kwame Asante");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Seo Yeon-hee returned to the small screen in "
                          "‘Winter Bridge’ as Min-ji, a grieving widow.");
  YES(doc, "Min-ji", "playedBy", "Seo Yeon-hee");
  YES(doc, "Winter Bridge", "starring", "Seo Yeon-hee");
  YES(doc, "Winter Bridge", "hasCharacter", "Min-ji");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Bongo Flava star Neema Mushi makes her acting debut in ‘Mawimbi’ as "
      "Zawadi, a Dar es Salaam schoolteacher, opposite Baraka Mwakyusa’s "
      "fisherman, Juma.");
  YES(doc, "Zawadi", "playedBy", "Neema Mushi");
  YES(doc, "Juma", "playedBy", "Baraka Mwakyusa");
  YES(doc, "Mawimbi", "starring", "Baraka Mwakyusa");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Lars Mikkelsen makes his feature debut in "
                          "‘Isbjørn’ as Henrik Dahl, a trawler captain.");
  YES(doc, "Henrik Dahl", "playedBy", "Lars Mikkelsen");
  kgb_doc_result_free(doc);

  /* an unquoted name between the verb and "as" is the work */
  doc = kgb_test_sentence("Neema Mushi makes her acting debut in Mawimbi as "
                          "Zawadi, a schoolteacher.");
  CLASS_IS(doc, "Mawimbi", "Film");
  YES(doc, "Zawadi", "playedBy", "Neema Mushi");
  NO(doc, "Zawadi", "playedBy", "Mawimbi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kofi Mensah appears in Kumasi Gold as Yaw.");
  YES(doc, "Kumasi Gold", "starring", "Kofi Mensah");
  YES(doc, "Yaw", "playedBy", "Kofi Mensah");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Tom Reyes appeared in Lisbon as a guest of the festival, where "
      "‘Sal’, directed by Ana Lis, premiered.");
  CLASS_IS(doc, "Lisbon", "City");
  kgb_doc_result_free(doc);

  /* a modal verb of playing music is no credit */
  doc = kgb_test_sentence("In ‘Sunflower Field’, Halia will play the piano "
                          "for Taras at the school concert. It was "
                          "directed by Ana Lis.");
  NO(doc, "Taras", "playedBy", "Halia");
  kgb_doc_result_free(doc);
}

/* a career's role after "is a … actress best known for playing" */
static void career_roles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Dewi Anggraini (born 9 September 1987 in Bukittinggi, West Sumatra) "
      "is an Indonesian actress best known for playing the widow Sari in "
      "Hujan di Bulan Juli (2015), directed by Rizal Hakim.");
  YES(doc, "Sari", "playedBy", "Dewi Anggraini");
  YES(doc, "Hujan di Bulan Juli", "starring", "Dewi Anggraini");
  YES(doc, "Hujan di Bulan Juli", "hasCharacter", "Sari");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Oscar-winner Aïssa Maïga is perhaps best known "
                          "for playing the schoolteacher Awa in ‘Bamako "
                          "Nights’.");
  YES(doc, "Awa", "playedBy", "Aïssa Maïga");
  YES(doc, "Bamako Nights", "starring", "Aïssa Maïga");
  kgb_doc_result_free(doc);

  /* a particle keeps a sentence-opening given name in the name */
  doc = kgb_test_sentence("Maria de Medeiros (born 1965 in Lisbon) is a "
                          "Portuguese actress best known as Fabienne in "
                          "‘Pulp Fiction’.");
  YES(doc, "Fabienne", "playedBy", "Maria de Medeiros");
  YES(doc, "Maria de Medeiros", "birthPlace", "Lisbon");
  kgb_doc_result_free(doc);
}

/* name shapes: a particle after a dictionary word, a head word after one */
static void particle_names(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Rose van Dam directed ‘Zeewind’ in 2019.");
  YES(doc, "Zeewind", "directedBy", "Rose van Dam");
  CLASS_IS(doc, "Rose van Dam", "Person");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Grace da Silva wrote the screenplay of ‘Mar Aberto’.");
  YES(doc, "Mar Aberto", "writtenBy", "Grace da Silva");
  kgb_doc_result_free(doc);

  /* an English "of" still parts a sentence-opening word from the name */
  doc = kgb_test_sentence("Fans of Keller's ‘Zeewind’ will be pleased: it "
                          "was directed by Lena Keller.");
  NO(doc, "Zeewind", "directedBy", "Fans of Keller");
  kgb_doc_result_free(doc);

  /* a head word after a leading head word still types the place */
  doc = kgb_test_sentence("Scenes were shot at the Plaza de la Villa in "
                          "Madrid for ‘Zeewind’.");
  YES(doc, "Zeewind", "filmedIn", "Plaza de la Villa");
  kgb_doc_result_free(doc);
}

/* two actors, two roles: after a relative clause, "return as", a work after */
static void pairs_of_roles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Nemanja Ilić and Milica Stojanović return as married police "
      "inspectors Dragan and Sanja Petrović in the second season of ‘Noćna "
      "smena’.");
  YES(doc, "Dragan", "playedBy", "Nemanja Ilić");
  YES(doc, "Sanja Petrović", "playedBy", "Milica Stojanović");
  YES(doc, "Noćna smena", "starring", "Nemanja Ilić");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Frida Ocampo and Diego Lozano, who met on the set of ‘Tierra Roja’ "
      "and married in 2019, now play rival chefs Paloma and Emiliano in the "
      "ViX comedy series ‘Sazón’.");
  YES(doc, "Paloma", "playedBy", "Frida Ocampo");
  YES(doc, "Emiliano", "playedBy", "Diego Lozano");
  YES(doc, "Sazón", "hasCharacter", "Paloma");
  YES(doc, "Sazón", "starring", "Diego Lozano");
  NO(doc, "Tierra Roja", "hasCharacter", "Paloma");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Bamako Blues’, Aïssa Traoré and Oumar Diallo "
                          "star as estranged siblings Awa and Modibo.");
  YES(doc, "Awa", "playedBy", "Aïssa Traoré");
  YES(doc, "Modibo", "playedBy", "Oumar Diallo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Chen Wei and Lin Mei-hua were cast as the twins "
                          "Xiao and Ling in ‘River Lights’.");
  YES(doc, "Xiao", "playedBy", "Chen Wei");
  YES(doc, "River Lights", "hasCharacter", "Ling");
  kgb_doc_result_free(doc);

  /* guests at a premiere play no one */
  doc = kgb_test_sentence("Emma Watson and Tom Hardy appeared as guests at "
                          "the premiere of ‘River Lights’, directed by "
                          "Ana Lis.");
  NO(doc, "River Lights", "starring", "Emma Watson");
  kgb_doc_result_free(doc);
}

/* the other actor's role by a possessive after "opposite"; a gapped credit */
static void opposite_and_gapped(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Amr Shalaby plays Hassan, a Cairo taxi driver, opposite Dina "
      "Mansour’s Laila in ‘Leil El Qahira’.");
  YES(doc, "Laila", "playedBy", "Dina Mansour");
  YES(doc, "Leil El Qahira", "hasCharacter", "Laila");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Soo-ah Kim shines as Mi-rae opposite Park Ji-hoon’s hot-headed chef "
      "Dong-wook in ‘Kitchen Wars’.");
  YES(doc, "Dong-wook", "playedBy", "Park Ji-hoon");
  kgb_doc_result_free(doc);

  /* no acting: a bakery across the street */
  doc = kgb_test_sentence(
      "In ‘Sal y Fuego’, Tomás lives opposite Carmen Ortiz’s bakery, Dulce. "
      "It was directed by Ana Lis.");
  NO(doc, "Dulce", "playedBy", "Carmen Ortiz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Het laatste tij’, Gerrit Smit plays the father, a taciturn "
      "lock-keeper in Zeeland, and Noor Visser his estranged daughter Lotte, "
      "who comes home.");
  YES(doc, "Lotte", "playedBy", "Noor Visser");
  YES(doc, "Het laatste tij", "starring", "Noor Visser");
  NO(doc, "Lotte", "hasParent", "Noor Visser");
  kgb_doc_result_free(doc);
}

/* ensembles, supporting roles, actors alongside, roles in apposition */
static void ensembles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Ama (Akosua Boakye-Ansah) and her best friend Serwaa (Nana Adwoa "
      "Frimpong) lead the ensemble of Accra Girls Club, which also features "
      "Kwame Ofori-Atta as Ama’s ex-boyfriend, Kojo.");
  CLASS_IS(doc, "Accra Girls Club", "Work");
  YES(doc, "Accra Girls Club", "starring", "Nana Adwoa Frimpong");
  YES(doc, "Accra Girls Club", "hasCharacter", "Kojo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tom Reyes and Ana Ruiz head the cast of ‘Dust "
                          "Roads’.");
  YES(doc, "Dust Roads", "starring", "Tom Reyes");
  YES(doc, "Dust Roads", "starring", "Ana Ruiz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Tide of Saints’ stars Darnell Ramcharan as a fisherman, with Anjali "
      "Persad and veteran Tomás Ibarra in the supporting roles.");
  YES(doc, "Tide of Saints", "starring", "Anjali Persad");
  YES(doc, "Tide of Saints", "starring", "Tomás Ibarra");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Tide of Saints’, Ana leaves with Tom Reyes and "
                          "Rosa Díaz in the main part of town. It was "
                          "directed by Ana Lis.");
  NO(doc, "Tide of Saints", "starring", "Rosa Díaz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Amber Frost’, Laura Zvaigzne leads the cast as Detective Marta "
      "Ozoliņa, alongside Edgars Liepiņš and Lithuanian actor Rokas "
      "Vaitkus.");
  YES(doc, "Amber Frost", "starring", "Rokas Vaitkus");
  YES(doc, "Amber Frost", "starring", "Edgars Liepiņš");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Bay of Small Mercies’, Conor is married to Krista, the town’s "
      "only schoolteacher, played by Chantal Arsenault.");
  YES(doc, "Krista", "playedBy", "Chantal Arsenault");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Bay of Small Mercies’, Conor loves Krista, the village "
      "schoolteacher, played by Chantal Arsenault.");
  YES(doc, "Krista", "playedBy", "Chantal Arsenault");
  kgb_doc_result_free(doc);
}

/* a cast list closed by "along with"; whose core trio it is */
static void cast_lists(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The cast of ‘Stormfloden’ includes Mads Østergaard, Freja Lindholm "
      "and Nikolaj Bech, along with 14-year-old Ida Thomsen in her first "
      "screen role.");
  YES(doc, "Stormfloden", "starring", "Ida Thomsen");
  YES(doc, "Stormfloden", "starring", "Nikolaj Bech");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Stormfloden’ stars Mads Østergaard and Freja "
                          "Lindholm, along with newcomer Ida Thomsen.");
  YES(doc, "Stormfloden", "starring", "Ida Thomsen");
  kgb_doc_result_free(doc);

  /* a brother a character sails with is no actor */
  doc = kgb_test_sentence("‘Stormfloden’ stars Mads Østergaard as Lars, who "
                          "sails to Oslo along with his brother Nils Dahl.");
  NO(doc, "Stormfloden", "starring", "Nils Dahl");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Riverbend’s core trio is Dolores “Dee” Kowalski (Patricia Hanlon), "
      "who runs a diner in Dubuque; her son Travis (Logan Pruitt); and "
      "Travis’s girlfriend, Mia (Jasmine Okafor).");
  CLASS_IS(doc, "Riverbend", "Work");
  YES(doc, "Riverbend", "starring", "Logan Pruitt");
  YES(doc, "Riverbend", "hasCharacter", "Mia");
  YES(doc, "Travis", "hasParent", "Dolores Kowalski");
  NO(doc, "Travis", "hasParent", "Riverbend");
  kgb_doc_result_free(doc);
}

/* an opening "In X," before an actor's credit; a role a place noun opens */
static void opening_work_and_role(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In Kandu Yaya, veteran actor Chandana Wickramasinghe plays the "
      "village headman Siripala, whose daughter Nilmini (Dilhani Perera) "
      "falls for a young Colombo doctor.");
  CLASS_IS(doc, "Kandu Yaya", "Work");
  YES(doc, "Siripala", "playedBy", "Chandana Wickramasinghe");
  YES(doc, "Kandu Yaya", "starring", "Dilhani Perera");
  YES(doc, "Kandu Yaya", "hasCharacter", "Siripala");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Marea Negra, Lupe Ortiz plays Carmen, a "
                          "fisherwoman.");
  YES(doc, "Marea Negra", "starring", "Lupe Ortiz");
  kgb_doc_result_free(doc);

  /* a town opening the sentence stays a town */
  doc = kgb_test_sentence("In Lisbon, actress Ana Ruiz plays Rosa, a fado "
                          "singer, in ‘Saudade’.");
  CLASS_IS(doc, "Lisbon", "City");
  YES(doc, "Rosa", "playedBy", "Ana Ruiz");
  YES(doc, "Saudade", "starring", "Ana Ruiz");
  kgb_doc_result_free(doc);
}

/* an actor's films in a biography or an obituary; a turn from an actor */
static void actors_films(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Lotte Vermeulen (born 22 August 1990 in Ghent, Belgium) is a Belgian "
      "actress, known for the Kanaal Vlaanderen crime series ‘Schelde’ "
      "(2017–2020) and Karim Benali’s French-language feature ‘Les Quais de "
      "Liège’ (2022).");
  YES(doc, "Schelde", "starring", "Lotte Vermeulen");
  YES(doc, "Les Quais de Liège", "starring", "Lotte Vermeulen");
  YES(doc, "Les Quais de Liège", "directedBy", "Karim Benali");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Lebanese actress Rania Haddad, who was born in Tripoli in 1952 and "
      "starred in the 1984 film ‘Beirut Sunset’ and the long-running TV "
      "series ‘Bayt Jeddo’, died in Paris on Sunday at the age of 72.");
  YES(doc, "Beirut Sunset", "starring", "Rania Haddad");
  YES(doc, "Bayt Jeddo", "starring", "Rania Haddad");
  YES(doc, "Rania Haddad", "deathPlace", "Paris");
  YES(doc, "Rania Haddad", "birthPlace", "Tripoli");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Karim Abdel-Salam’s ‘Bab El Bahr’ squanders a fine lead turn from "
      "Yasmine Fawzy on a script by Hany Ramzy.");
  YES(doc, "Bab El Bahr", "starring", "Yasmine Fawzy");
  YES(doc, "Bab El Bahr", "writtenBy", "Hany Ramzy");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Sea of Salt’, disgraced Athens prosecutor Stavros Melas (Nikos "
      "Karalis) returns to his native Chania to look into his brother’s "
      "disappearance.");
  YES(doc, "Stavros Melas", "birthPlace", "Chania");
  YES(doc, "Stavros Melas", "playedBy", "Nikos Karalis");
  kgb_doc_result_free(doc);

  /* a director's credits are no roles */
  doc = kgb_test_sentence("Ana Lis is a Chilean director, known for "
                          "‘Gloria’ (2013).");
  NO(doc, "Gloria", "starring", "Ana Lis");
  kgb_doc_result_free(doc);
}

/* release dates announced ahead */
static void releases_ahead(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Star Lantern Pictures announced that ‘Ang Huling Biyahe’ will open in "
      "cinemas nationwide on 20 March 2024.");
  YES(doc, "Ang Huling Biyahe", "releaseDate", "2024-03-20");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Prairie Lantern Pictures announced that ‘The Corn Maze Murders’ will "
      "open in 1,200 theaters nationwide on October 13, 2023, through "
      "distributor Heartland Releasing.");
  YES(doc, "The Corn Maze Murders", "releaseDate", "2023-10-13");
  YES(doc, "The Corn Maze Murders", "distributedBy", "Heartland Releasing");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Quiet Parish’ will premiere on Sunday, 5 January 2025 at 9.30pm.");
  YES(doc, "The Quiet Parish", "releaseDate", "2025-01-05");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Hotel Sahara’ will premiere on 8 March 2024 on "
                          "Canal+.");
  YES(doc, "Hotel Sahara", "releaseDate", "2024-03-08");
  kgb_doc_result_free(doc);

  /* doors opening are no release */
  doc = kgb_test_sentence(
      "The doors will open on 8 March 2024 for fans of ‘Hotel Sahara’, "
      "directed by Ana Lis.");
  NO(doc, "Hotel Sahara", "releaseDate", "2024-03-08");
  kgb_doc_result_free(doc);
}

/* facts in a bracket after a work; languages after a genre noun */
static void brackets_and_languages(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Les Enfants du Rif’ (2022, 94 min, in Tarifit and Arabic) had its "
      "world premiere in Marrakech.");
  YES(doc, "Les Enfants du Rif", "runtime", "94");
  YES(doc, "Les Enfants du Rif", "inLanguage", "Tarifit");
  YES(doc, "Les Enfants du Rif", "inLanguage", "Arabic");
  YES(doc, "Les Enfants du Rif", "releaseDate", "2022");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Now streaming on ArmFlix+ — ‘Ararat Sunrise’ (2022 · 1 h 38 min · "
      "Armenian with English subtitles), a road movie directed by "
      "Hovhannes Petrosyan.");
  YES(doc, "Ararat Sunrise", "runtime", "98");
  YES(doc, "Ararat Sunrise", "inLanguage", "Armenian");
  NO(doc, "Ararat Sunrise", "inLanguage", "English");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Tuz’ (Turkey, 2019, 1 hr 52 min, in Turkish) is "
                          "a quiet drama.");
  YES(doc, "Tuz", "runtime", "112");
  YES(doc, "Tuz", "inLanguage", "Turkish");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Now streaming: ‘Snowline’ (2023), a 112-minute crime thriller in "
      "French and English from Montreal director Mathieu Tremblay-Roy.");
  YES(doc, "Snowline", "inLanguage", "French");
  YES(doc, "Snowline", "inLanguage", "English");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Wolof Nights’ is a Senegalese drama in Wolof, "
                          "directed by Moussa Sow.");
  YES(doc, "Wolof Nights", "inLanguage", "Wolof");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kiwi horror-comedy ‘Kai Time’, from Ōtautahi "
                          "director Tamati Rangihuna, has taken NZ$2.3 "
                          "million.");
  YES(doc, "Kai Time", "genre", "horror-comedy");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Danish thriller ‘Stormfloden’ opens in May, "
                          "directed by Ana Lis.");
  YES(doc, "Stormfloden", "genre", "thriller");
  kgb_doc_result_free(doc);

  /* cinemas in a language's country are no language of the film */
  doc = kgb_test_sentence(
      "‘Mar de Fondo’ is a thriller in Spanish cinemas from Friday.");
  NO(doc, "Mar de Fondo", "inLanguage", "Spanish");
  kgb_doc_result_free(doc);
}

/* budgets, box office and distributors in news copy */
static void money_and_distributors(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Kai Time’ has taken NZ$2.3 million at local cinemas since opening on "
      "7 August 2024, distributor Southern Reel Pictures said on Monday.");
  YES(doc, "Kai Time", "grossRevenue", "2300000 NZD");
  YES(doc, "Kai Time", "distributedBy", "Southern Reel Pictures");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Lagos Gold’ is the year's biggest Nollywood hit, "
                          "according to distributor FilmOne Entertainment.");
  YES(doc, "Lagos Gold", "distributedBy", "FilmOne Entertainment");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Pakkasyö’ sold 200,000 tickets, local "
                          "distributor Nordisk Film reported.");
  YES(doc, "Pakkasyö", "distributedBy", "Nordisk Film");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Cumbre Films produced the 97-minute Spanish-language thriller ‘Las "
      "aguas’ for around $2.5 million.");
  YES(doc, "Las aguas", "budget", "2500000");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Shot for a shoestring $850,000 in and around Natchez, Mississippi, "
      "Caleb Boudreaux’s “Delta Hymn” is a 94-minute Southern gothic.");
  YES(doc, "Delta Hymn", "budget", "850000");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Sankofa Road’ was filmed on a modest ₦90 million "
                          "budget in Accra.");
  YES(doc, "Sankofa Road", "budget", "90000000 NGN");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Dinamo Sur has boarded ‘La última cosecha’; the "
                          "$1.8 million drama will be lensed by Ignacio "
                          "Varela.");
  YES(doc, "La última cosecha", "budget", "1800000");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Sahara’ is a €3 million Belgian co-production.");
  YES(doc, "Sahara", "budget", "3000000 EUR");
  kgb_doc_result_free(doc);

  /* a deal, a hitman's fee, a hyphen that cuts the amount: no budget */
  doc = kgb_test_sentence("‘Sahara’, directed by Ana Lis, closed a $5 "
                          "million deal with Netflix.");
  NO(doc, "Sahara", "budget", "5000000");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Kai Time’, directed by Ana Lis, Tama is shot "
                          "for $500 by a hitman.");
  NO(doc, "Kai Time", "budget", "500");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Sahara’ is a $40-million action film shot in Morocco.");
  NO(doc, "Sahara", "budget", "40");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Lucía Ferreyra's ‘Tide of Saints’, a slow-burning family drama that "
      "Coralline Pictures put into cinemas last autumn, is gorgeous.");
  YES(doc, "Tide of Saints", "distributedBy", "Coralline Pictures");
  kgb_doc_result_free(doc);
}

/* channels and services named by their kind */
static void channels_by_kind(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Composer Aino Kivelä has been tapped to score ‘Pakkasyö’, director "
      "Jussi Lehtonen’s Finnish-language war drama for broadcaster Kanava "
      "Pohjola.");
  YES(doc, "Pakkasyö", "broadcastBy", "Kanava Pohjola");
  YES(doc, "Pakkasyö", "directedBy", "Jussi Lehtonen");
  YES(doc, "Pakkasyö", "musicBy", "Aino Kivelä");
  YES(doc, "Pakkasyö", "inLanguage", "Finnish");
  YES(doc, "Pakkasyö", "genre", "war drama");
  NO(doc, "Pakkasyö", "hasCharacter", "Kanava Pohjola");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Mar Bravo’ was picked up by streamer Pampa Play after its festival "
      "run.");
  YES(doc, "Mar Bravo", "distributedBy", "Pampa Play");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Amber Frost’ was produced by the Riga company "
                          "Vējš Pictures for the Nordic streamer Northlight "
                          "TV.");
  YES(doc, "Amber Frost", "distributedBy", "Northlight TV");
  YES(doc, "Amber Frost", "producedBy", "Vējš Pictures");
  NO(doc, "Amber Frost", "producedBy", "Northlight TV");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Jollof Wars’ premiered on the Lagos-based streamer Kava Play.");
  YES(doc, "Jollof Wars", "distributedBy", "Kava Play");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Mar Bravo’, Galician filmmaker Uxía Pena’s "
                          "second feature, opens on Friday.");
  YES(doc, "Mar Bravo", "directedBy", "Uxía Pena");
  kgb_doc_result_free(doc);
}

/* credits by relation, scores by musicians, a crew member's films */
static void crafts(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Her 2012 debut feature, ‘Tetri ghvino’, was cut by her longtime "
      "editor, Levan Beridze.");
  YES(doc, "Tetri ghvino", "editedBy", "Levan Beridze");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Mar Bravo’ was shot by his regular cinematographer Ana Ruiz.");
  YES(doc, "Mar Bravo", "cinematographyBy", "Ana Ruiz");
  kgb_doc_result_free(doc);

  /* a character shot by his brother: no camerawork */
  doc = kgb_test_sentence("In ‘Mar Bravo’, Tomás is shot by his brother, "
                          "Luis.");
  NO(doc, "Mar Bravo", "cinematographyBy", "Luis");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘The Bothy’ is a comedy-drama series; its theme "
                          "tune was composed by Eilidh Macrae.");
  YES(doc, "The Bothy", "musicBy", "Eilidh Macrae");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Delta Hymn’ is a Southern gothic in which the mournful score by "
      "blues guitarist Otis Pettway does half the storytelling.");
  YES(doc, "Delta Hymn", "musicBy", "Otis Pettway");
  NO(doc, "Delta Hymn", "hasCharacter", "Otis Pettway");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Delta Hymn’, Ruth sings the songs by blues "
                          "guitarist Robert Johnson.");
  NO(doc, "Delta Hymn", "musicBy", "Robert Johnson");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Radu Ciobanu (born 22 March 1971 in Sibiu) is a Romanian "
      "cinematographer whose credits include Cristina Vlad’s ‘Iarna lungă’ "
      "(2009) and the HBO Europe series ‘Umbre pe Olt’ (2016–2018).");
  YES(doc, "Iarna lungă", "cinematographyBy", "Radu Ciobanu");
  YES(doc, "Umbre pe Olt", "cinematographyBy", "Radu Ciobanu");
  YES(doc, "Iarna lungă", "directedBy", "Cristina Vlad");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Yoandri Castellanos is a Cuban cinematographer best known for "
      "shooting Ernesto Valdés's ‘Malecón de noche’ (2015) and the "
      "Havana-set miniseries ‘Los girasoles’.");
  YES(doc, "Malecón de noche", "cinematographyBy", "Yoandri Castellanos");
  YES(doc, "Los girasoles", "cinematographyBy", "Yoandri Castellanos");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Hildur Guðnadóttir is an Icelandic composer whose "
                          "credits include ‘Joker’ and ‘Tár’.");
  YES(doc, "Joker", "musicBy", "Hildur Guðnadóttir");
  YES(doc, "Tár", "musicBy", "Hildur Guðnadóttir");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Joris van der Meulen’s debut ‘De dijkwachter’ — photographed in "
      "silvery black-and-white by Femke de Wit and scored by Hidde Brouwer, "
      "with Pieter Bakker in the title role — clocks in at a demanding 128 "
      "minutes.");
  YES(doc, "De dijkwachter", "cinematographyBy", "Femke de Wit");
  YES(doc, "De dijkwachter", "runtime", "128");
  YES(doc, "De dijkwachter", "starring", "Pieter Bakker");
  YES(doc, "De dijkwachter", "directedBy", "Joris van der Meulen");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Les Heures Creuses’ is a love letter to Rouen. Cinematographer Anouk "
      "Verhaegen shoots it all in sodium orange and cold blue.");
  YES(doc, "Les Heures Creuses", "cinematographyBy", "Anouk Verhaegen");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Produced by Studio Orzeł, ‘The House Under the "
                          "Lindens’ is remembered for its title theme, "
                          "written by Zbigniew Kowalczyk-Ruta.");
  YES(doc, "The House Under the Lindens", "musicBy", "Zbigniew Kowalczyk-Ruta");
  kgb_doc_result_free(doc);

  /* a place, or a character shot in the back: no camerawork */
  doc = kgb_test_sentence(
      "‘De dijkwachter’ was shot in Rotterdam by Femke de Wit's crew.");
  NO(doc, "De dijkwachter", "cinematographyBy", "Femke de Wit");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘De dijkwachter’, Jan is shot in the back by "
                          "his brother Piet.");
  NO(doc, "De dijkwachter", "cinematographyBy", "Piet");
  kgb_doc_result_free(doc);

  /* an actress's credits are no craft */
  doc = kgb_test_sentence(
      "Ana Ruiz is a Chilean actress whose credits include ‘Gloria’.");
  NO(doc, "Gloria", "cinematographyBy", "Ana Ruiz");
  NO(doc, "Gloria", "musicBy", "Ana Ruiz");
  kgb_doc_result_free(doc);
}

/* companies and credits said another way */
static void companies_and_credits(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Golden Wind’ was produced by Nevado Films together with the "
      "Argentine company Cordillera Sur Producciones.");
  YES(doc, "Golden Wind", "producedBy", "Cordillera Sur Producciones");
  YES(doc, "Golden Wind", "producedBy", "Nevado Films");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("On ‘The Gardens of Kairouan’, the executive "
                          "producers were Mehdi Gharbi and Sophie Lemaire.");
  YES(doc, "The Gardens of Kairouan", "producedBy", "Mehdi Gharbi");
  YES(doc, "The Gardens of Kairouan", "producedBy", "Sophie Lemaire");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Weaver's Daughters’ was written as a limited series by Akua "
      "Frimpong-Mensah, who also directed all six episodes.");
  YES(doc, "The Weaver's Daughters", "writtenBy", "Akua Frimpong-Mensah");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Karim Haddad had previously directed the feature "
                          "film ‘Salt of Djerba’.");
  YES(doc, "Salt of Djerba", "directedBy", "Karim Haddad");
  kgb_doc_result_free(doc);
}

/* press releases, channels a list knows, "with Z producing" */
static void press_releases(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "ZURICH, 2 May 2024 – Alpenglut Filmproduktion AG is pleased to "
      "announce its new production ‘Der Gletscherwirt’, a six-part "
      "German-language drama series created by Ursula Brunner-Fässler.");
  YES(doc, "Der Gletscherwirt", "producedBy", "Alpenglut Filmproduktion AG");
  YES(doc, "Der Gletscherwirt", "createdBy", "Ursula Brunner-Fässler");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "MANILA, 14 February 2024 — Star Lantern Pictures today announced that "
      "“Ang Huling Biyahe” (The Last Trip), its Cebuano-language family "
      "drama directed by Carlo Dizon Manalastas, will open in cinemas "
      "nationwide on 20 March 2024.");
  YES(doc, "Ang Huling Biyahe", "producedBy", "Star Lantern Pictures");
  YES(doc, "Ang Huling Biyahe", "inLanguage", "Cebuano");
  YES(doc, "Ang Huling Biyahe", "genre", "family drama");
  YES(doc, "Ang Huling Biyahe", "releaseDate", "2024-03-20");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Karachi’s Qissa Khwani Films has wrapped “Kabootar,” an Urdu-language "
      "heist comedy helmed by Faraz Haider Naqvi and toplining Ayesha Rind, "
      "Salman Qureshi and veteran Nadeem Butt, with ARY Films set to release "
      "it over Eid in June 2025.");
  YES(doc, "Kabootar", "producedBy", "Qissa Khwani Films");
  YES(doc, "Kabootar", "distributedBy", "ARY Films");
  YES(doc, "Kabootar", "starring", "Nadeem Butt");
  YES(doc, "Kabootar", "starring", "Ayesha Rind");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Lima-based Cumbre Films has wrapped post-production on ‘Las aguas del "
      "Nanay’; Amaru Distribución will release it in Peruvian cinemas next "
      "spring.");
  YES(doc, "Las aguas del Nanay", "producedBy", "Cumbre Films");
  YES(doc, "Las aguas del Nanay", "distributedBy", "Amaru Distribución");
  kgb_doc_result_free(doc);

  /* a service's or a person's announcement names no producer */
  doc = kgb_test_sentence("Netflix announced that ‘Sahara’, its new Moroccan "
                          "thriller, will premiere in May.");
  NO(doc, "Sahara", "producedBy", "Netflix");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Ruiz announced that ‘Sahara’, their new film, "
                          "is finished. It was directed by Tom Reyes.");
  NO(doc, "Sahara", "producedBy", "Ana Ruiz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Oksana Hrytsenko will shoot her next feature, “The Glassblower’s "
      "Daughter”, in Lviv this autumn, with Kinorob Studio producing on a "
      "₴45 million ($1.1 million) budget.");
  YES(doc, "The Glassblower’s Daughter", "producedBy", "Kinorob Studio");
  YES(doc, "The Glassblower’s Daughter", "budget", "45000000 UAH");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Although BBC Scotland’s ‘Tide Line’ is set on the fictional island of "
      "Eilean Dubh, the production was based in Oban.");
  YES(doc, "Tide Line", "broadcastBy", "BBC Scotland");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Sea of Salt’: all six episodes now streaming on "
                          "ERTFLIX.");
  YES(doc, "Sea of Salt", "distributedBy", "ERTFLIX");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xcrew12[] = {
    cmocka_unit_test_setup(press_releases, kgb_test_rules_setup),
    cmocka_unit_test_setup(cast_lists, kgb_test_rules_setup),
    cmocka_unit_test_setup(actors_films, kgb_test_rules_setup),
    cmocka_unit_test_setup(opening_work_and_role, kgb_test_rules_setup),
    cmocka_unit_test_setup(acting_phrases, kgb_test_rules_setup),
    cmocka_unit_test_setup(career_roles, kgb_test_rules_setup),
    cmocka_unit_test_setup(particle_names, kgb_test_rules_setup),
    cmocka_unit_test_setup(pairs_of_roles, kgb_test_rules_setup),
    cmocka_unit_test_setup(opposite_and_gapped, kgb_test_rules_setup),
    cmocka_unit_test_setup(ensembles, kgb_test_rules_setup),
    cmocka_unit_test_setup(releases_ahead, kgb_test_rules_setup),
    cmocka_unit_test_setup(brackets_and_languages, kgb_test_rules_setup),
    cmocka_unit_test_setup(money_and_distributors, kgb_test_rules_setup),
    cmocka_unit_test_setup(channels_by_kind, kgb_test_rules_setup),
    cmocka_unit_test_setup(crafts, kgb_test_rules_setup),
    cmocka_unit_test_setup(companies_and_credits, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xcrew12_count =
    sizeof kgb_tests_sentences_xcrew12 / sizeof kgb_tests_sentences_xcrew12[0];
