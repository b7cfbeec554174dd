/* test_sentences_xtitle12.c: work titles on unseen text (xtitle12). A title
 * after a person's, a company's or a channel's possessive ("Valeria
 * Montes's Quiet Rivers was shot in …"), after a kind noun that a company
 * or a channel opens ("the HBO Europe series …"), opening a sentence ("For
 * Harbour Lights, scenes were shot at …"). Each test asserts the facts a
 * sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* a title after a full name's, a company's or a channel's possessive fills
 * the slots a title fills; a one-word possessor's name stays whole */
static void titles_after_owners(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Valeria Montes's Quiet Rivers was shot in Valparaíso.");
  YES(doc, "Quiet Rivers", "filmedIn", "Valparaíso");
  NO(doc, "Valeria Montes", "filmedIn", "Valparaíso");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Channel 4's Fenland Hours is set in Ely.");
  YES(doc, "Fenland Hours", "setIn", "Ely");
  YES(doc, "Fenland Hours", "broadcastBy", "Channel 4");
  NO(doc, "Fenland Hours", "directedBy", "Channel 4");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Haruki Mori’s Winter Lanterns stars Aoi Sato as a lighthouse keeper.");
  YES(doc, "Winter Lanterns", "starring", "Aoi Sato");
  YES(doc, "Winter Lanterns", "directedBy", "Haruki Mori");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Scenes for Ahmed Zaki's Desert Bloom were shot at "
                          "the old railway station in Luxor.");
  YES(doc, "Desert Bloom", "filmedIn", "Luxor");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Studio Ghibli's Wind Over Lakes runs 104 minutes.");
  YES(doc, "Wind Over Lakes", "runtime", "104");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Although BBC Wales's Slate Songs is set in "
                          "Blaenau Ffestiniog, it was filmed in Bethesda.");
  YES(doc, "Slate Songs", "setIn", "Blaenau Ffestiniog");
  NO(doc, "Slate Songs", "directedBy", "BBC Wales");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Emeka Obi's lavishly staged Kingmaker, which reportedly cost ₦500 "
      "million, premiered in Lagos.");
  YES(doc, "Kingmaker", "directedBy", "Emeka Obi");
  YES(doc, "Kingmaker", "budget", "500000000 NGN");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ingrid Dahl's debut Small Hours, shot in Bergen, premiered in 2019.");
  YES(doc, "Small Hours", "filmedIn", "Bergen");
  YES(doc, "Small Hours", "directedBy", "Ingrid Dahl");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Critics liked the ending of Kofi Mensah's "
                          "comedy-drama Jollof Nights (2021).");
  YES(doc, "Jollof Nights", "releaseDate", "2021");
  kgb_doc_result_free(doc);

  /* a title a capitalised "The" opens after a name's possessive runs on
   * through the small words of titles */
  doc = kgb_test_sentence(
      "Farah Nazari’s The Orchard Behind the Mosque, a quiet 96-minute "
      "Persian drama shot in Kashan, is her best film.");
  CLASS_IS(doc, "The Orchard Behind the Mosque", "Film");
  YES(doc, "The Orchard Behind the Mosque", "directedBy", "Farah Nazari");
  YES(doc, "The Orchard Behind the Mosque", "runtime", "96");
  YES(doc, "The Orchard Behind the Mosque", "filmedIn", "Kashan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kwame Boateng's The Road to Tamale was shot in "
                          "Ghana.");
  YES(doc, "The Road to Tamale", "filmedIn", "Ghana");
  NO(doc, "Tamale", "filmedIn", "Ghana");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Lena Ortiz's The Last Tram to Porto (2019) stars Ana Ruiz.");
  YES(doc, "The Last Tram to Porto", "starring", "Ana Ruiz");
  YES(doc, "The Last Tram to Porto", "releaseDate", "2019");
  kgb_doc_result_free(doc);
}

/* a kind noun that a channel, a company, "TV" or a nationality opens, or a
 * production noun, before a title; a span of years after a series */
static void titles_after_kind_nouns(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "She is best known for the Netflix series Casa de Vidro (2019–2021), "
      "which she also produced.");
  CLASS_IS(doc, "Casa de Vidro", "TVSeries");
  YES(doc, "Casa de Vidro", "releaseDate", "2019");
  NO(doc, "Casa de Vidro", "releaseDate", "2021");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Filming for the ABS-CBN teleserye Hiraya ng Dagat "
                          "took place in Palawan.");
  CLASS_IS(doc, "Hiraya ng Dagat", "TVSeries");
  YES(doc, "Hiraya ng Dagat", "filmedIn", "Palawan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("He starred in the long-running TV series Bab "
                          "al-Hara, which was filmed in Damascus.");
  CLASS_IS(doc, "Bab al-Hara", "TVSeries");
  YES(doc, "Bab al-Hara", "filmedIn", "Damascus");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Nordkapp Film is proud to announce its new production Die Letzte "
      "Fähre, a six-part German-language drama series directed by Jonas "
      "Keller.");
  CLASS_IS(doc, "Die Letzte Fähre", "TVSeries");
  YES(doc, "Die Letzte Fähre", "directedBy", "Jonas Keller");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Scenes were filmed in Matera for the Franco-Italian "
                          "co-production La Città Sepolta, which wrapped in "
                          "May.");
  YES(doc, "La Città Sepolta", "filmedIn", "Matera");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The ZDF drama series Vento Sul (2020–2023) stars Joana Ribeiro.");
  CLASS_IS(doc, "Vento Sul", "TVSeries");
  YES(doc, "Vento Sul", "starring", "Joana Ribeiro");
  YES(doc, "Vento Sul", "releaseDate", "2020");
  kgb_doc_result_free(doc);
}

/* a title in an opening "For X," before a shoot's crew or scenes, and in
 * an opening "In X," before described characters */
static void titles_in_openings(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("For Salt Roads, the crew spent six "
                                        "weeks in Essaouira, filming in the "
                                        "medina.");
  YES(doc, "Salt Roads", "filmedIn", "Essaouira");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("For Copper Rain (Polish: Miedziany deszcz), most of "
                          "the scenes were shot in Gdańsk.");
  YES(doc, "Copper Rain", "filmedIn", "Gdańsk");
  YES(doc, "Copper Rain", "originalTitle", "Miedziany deszcz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In Dry Season, brothers Kofi and Yaw, who inherit their late father's "
      "cocoa farm near Kumasi, fall out over money.");
  YES(doc, "Dry Season", "hasCharacter", "Kofi");
  YES(doc, "Dry Season", "hasCharacter", "Yaw");
  NO(doc, "Dry Season", "hasCharacter", "Kumasi");
  kgb_doc_result_free(doc);

  /* an opening title runs through small and foreign lower-case words */
  doc = kgb_test_sentence("In Bituin ng Dagat, fisherman Ramon Cruz loses his "
                          "boat in a typhoon.");
  YES(doc, "Bituin ng Dagat", "hasCharacter", "Ramon Cruz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Marea de otoño, Lucía returns to Valparaíso.");
  YES(doc, "Marea de otoño", "hasCharacter", "Lucía");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Anyám a kertben, Eszter, a young teacher, moves "
                          "in with her aunt in Szeged.");
  YES(doc, "Anyám a kertben", "hasCharacter", "Eszter");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("For Hoa sen trắng, the crew spent a month in Hue, "
                          "filming on the Perfume River.");
  YES(doc, "Hoa sen trắng", "filmedIn", "Hue");
  kgb_doc_result_free(doc);

  /* a town the data knows, a time after it: no title */
  doc = kgb_test_sentence(
      "In Paris over Christmas, Ana tells Tom that she is his mother.");
  NO(doc, "Paris over Christmas", "hasCharacter", "Ana");
  YES(doc, "Tom", "hasParent", "Ana");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Night Ferry, former rugby player Tane Wiremu "
                          "returns to Napier to run a motel.");
  YES(doc, "Night Ferry", "hasCharacter", "Tane Wiremu");
  kgb_doc_result_free(doc);
}

/* a title in sentence case ends before a verb a work is the subject of */
static void sentence_case_titles_before_verbs(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Filming on La noche larga began in Rosario in March 2020.");
  YES(doc, "La noche larga", "filmedIn", "Rosario");
  YES(doc, "La noche larga", "filmingStart", "2020-03");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Shooting on Il treno lento moved to Bari in June.");
  YES(doc, "Il treno lento", "filmedIn", "Bari");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Principal photography on El perro flaco started in Quito.");
  YES(doc, "El perro flaco", "filmedIn", "Quito");
  kgb_doc_result_free(doc);

  /* an article of another language and capitalised words with "de los",
   * "de las" between them */
  doc = kgb_test_sentence("Principal photography on La Casa de las Flores "
                          "Rojas began in Seville.");
  YES(doc, "La Casa de las Flores Rojas", "filmedIn", "Seville");
  NO(doc, "La Casa", "filmedIn", "Seville");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "El Camino de los Muertos premiered in Guadalajara in 2019.");
  YES(doc, "El Camino de los Muertos", "releaseDate", "2019");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Os Dias de las Águas stars Joana Lima as a fisherwoman.");
  YES(doc, "Os Dias de las Águas", "starring", "Joana Lima");
  kgb_doc_result_free(doc);

  /* a town's article is no title's */
  doc = kgb_test_sentence(
      "She moved to Los Angeles in 2010 and directed Blue Hour (2015).");
  YES(doc, "Blue Hour", "releaseDate", "2015");
  NO(doc, "Los Angeles", "releaseDate", "2010");
  kgb_doc_result_free(doc);
}

/* an opening title through a short lower-case word before a verb only a
 * work has; "was shot around / across / near" a place */
static void opening_titles_before_work_verbs(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Clopotele din Maramureș stars Ioana Drăgulescu as Maria.");
  YES(doc, "Clopotele din Maramureș", "starring", "Ioana Drăgulescu");
  YES(doc, "Clopotele din Maramureș", "hasCharacter", "Maria");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Sol na Praia premiered in Fortaleza in 2022.");
  YES(doc, "Sol na Praia", "releaseDate", "2022");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Most of Kilimanjaro Blues was shot around Moshi.");
  YES(doc, "Kilimanjaro Blues", "filmedIn", "Moshi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Dust Roads was filmed across the Karoo in 2018.");
  YES(doc, "Dust Roads", "filmedIn", "Karoo");
  kgb_doc_result_free(doc);
}

/* a year and a running time in brackets after a name; two pre-posed
 * credits before the title; a name's span of years is a lifespan */
static void titles_with_brackets_and_credits(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Now showing at the Lumière — Quiet Orchard (2021 · 1 h 52 min · "
      "Danish with English subtitles), a drama directed by Mette Holm.");
  CLASS_IS(doc, "Quiet Orchard", "Film");
  YES(doc, "Quiet Orchard", "releaseDate", "2021");
  YES(doc, "Quiet Orchard", "directedBy", "Mette Holm");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Produced by Lagos-based Ebony Reel and directed by Kunle Afolayan, "
      "Harmattan Roads (2019, 104 min, in Yoruba) premiered at the Toronto "
      "International Film Festival.");
  CLASS_IS(doc, "Harmattan Roads", "Film");
  YES(doc, "Harmattan Roads", "directedBy", "Kunle Afolayan");
  YES(doc, "Harmattan Roads", "producedBy", "Ebony Reel");
  YES(doc, "Harmattan Roads", "releaseDate", "2019");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Written by Ana Duarte and directed by Rui Matos, "
                          "Maré Alta (2018) was shot in Nazaré.");
  YES(doc, "Maré Alta", "directedBy", "Rui Matos");
  YES(doc, "Maré Alta", "writtenBy", "Ana Duarte");
  NO(doc, "Maré Alta", "directedBy", "Ana Duarte");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Wild Strawberries (1957) was directed by Ingmar "
                          "Bergman (1918–2007).");
  YES(doc, "Wild Strawberries", "directedBy", "Ingmar Bergman");
  NO(doc, "Ingmar Bergman", "releaseDate", "1918");
  CLASS_IS(doc, "Ingmar Bergman", "Person");
  kgb_doc_result_free(doc);
}

/* a quoted title in sentence case with the sentence's comma inside the
 * quotes, or before an apposition that names a kind of work */
static void quoted_sentence_case_titles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("Mubi picked up “Noche de lobos,” the "
                                        "second feature from director Ana "
                                        "Ruiz.");
  YES(doc, "Noche de lobos", "directedBy", "Ana Ruiz");
  CLASS_IS(doc, "Noche de lobos", "Film");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Vértigo Films has boarded “La casa vacía,” the "
                          "third feature from Lima-born director Rosa "
                          "Quispe.");
  YES(doc, "La casa vacía", "directedBy", "Rosa Quispe");
  NO(doc, "La casa vacía", "directedBy", "Lima");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Lumen Films has acquired “The house by the sea,” a "
                          "Danish drama directed by Mette Holm.");
  YES(doc, "The house by the sea", "directedBy", "Mette Holm");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Critics loved “The quiet ones”, the new thriller from Tom Reyes.");
  YES(doc, "The quiet ones", "directedBy", "Tom Reyes");
  kgb_doc_result_free(doc);

  /* quoted speech is no title */
  doc = kgb_test_sentence("Lumen Films released Blue Hour in 2019; “we will "
                          "go home,” the driver says in it.");
  NO(doc, "we will go home", "directedBy", "Lumen Films");
  YES(doc, "Blue Hour", "distributedBy", "Lumen Films");
  kgb_doc_result_free(doc);
}

/* the kind of work a title is: a genre apposition (after a quoted title
 * holding its comma, a bracketed translation, "its"), a genre noun opening
 * the sentence, "whose 2015 debut feature, X (…)," */
static void kinds_of_works(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Lahore's Sunehri Films has wrapped “Patang,” a Punjabi-language road "
      "comedy helmed by Asim Raza.");
  CLASS_IS(doc, "Patang", "Film");
  YES(doc, "Patang", "directedBy", "Asim Raza");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kiwi horror-comedy ‘Bush Tucker’, from Perth "
                          "director Kylie Moss, opened in August.");
  CLASS_IS(doc, "Bush Tucker", "Film");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Tomás searches the Andes for his sister in Altiplano, a 98-minute "
      "Spanish-language survival thriller from director Inés Mamani.");
  CLASS_IS(doc, "Altiplano", "Film");
  YES(doc, "Altiplano", "runtime", "98");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Sampaguita” (The Jasmine), its Tagalog-language family drama directed "
      "by Paolo Reyes, opens in May.");
  CLASS_IS(doc, "Sampaguita", "Film");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Sofia Moreau is a French director whose 2015 debut feature, Les Vagues "
      "(The Waves), was shot in Brittany.");
  CLASS_IS(doc, "Les Vagues", "Film");
  YES(doc, "Les Vagues", "releaseDate", "2015");
  YES(doc, "Les Vagues", "filmedIn", "Brittany");
  kgb_doc_result_free(doc);

  /* a dictionary word opening a lead with its year in brackets */
  doc = kgb_test_sentence(
      "Glacier (2021), a 104-minute crime thriller in Icelandic from "
      "Reykjavík director Einar Jónsson, stars Ólafur Darri.");
  CLASS_IS(doc, "Glacier", "Film");
  YES(doc, "Glacier", "runtime", "104");
  YES(doc, "Glacier", "directedBy", "Einar Jónsson");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Bayou Psalm” is a Southern gothic directed by Caleb Fontenot.");
  CLASS_IS(doc, "Bayou Psalm", "Film");
  YES(doc, "Bayou Psalm", "directedBy", "Caleb Fontenot");
  kgb_doc_result_free(doc);
}

/* a lower-case Arabic article or Hebrew prefix joined by a hyphen stays
 * in the title; a translation in brackets after a pre-posed credit's title */
static void hyphen_prefixed_titles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Written and directed by Avi Cohen, Beit ha-Shita (The Orchard House) "
      "is a 98-minute Hebrew-language drama.");
  CLASS_IS(doc, "Beit ha-Shita", "Film");
  YES(doc, "Beit ha-Shita", "directedBy", "Avi Cohen");
  YES(doc, "Beit ha-Shita", "runtime", "98");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Umm ad-Dunya stars Hend Sabry as a seamstress.");
  YES(doc, "Umm ad-Dunya", "starring", "Hend Sabry");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Directed by Noa Levi and produced by Tel Aviv's "
                          "Gefen Films, Kfar be-Galil (2020) premiered in "
                          "Haifa.");
  YES(doc, "Kfar be-Galil", "directedBy", "Noa Levi");
  YES(doc, "Kfar be-Galil", "producedBy", "Gefen Films");
  NO(doc, "Kfar be-Galil", "directedBy", "Gefen Films");
  kgb_doc_result_free(doc);
}

/* what a season, an episode or a finale is of is a series, its title
 * run on through the small words of titles; "X season 2" */
static void season_and_episode_references(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The third season of Dust and Honey was filmed in Marrakesh.");
  CLASS_IS(doc, "Dust and Honey", "TVSeries");
  YES(doc, "Dust and Honey", "filmedIn", "Marrakesh");
  NO(doc, "Honey", "filmedIn", "Marrakesh");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Season two of Copper Lane premiered on BBC One in March 2021.");
  YES(doc, "Copper Lane", "broadcastBy", "BBC One");
  NO(doc, "two of Copper Lane", "broadcastBy", "BBC One");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Copper Lane season 2 was shot in Belfast.");
  CLASS_IS(doc, "Copper Lane", "TVSeries");
  YES(doc, "Copper Lane", "filmedIn", "Belfast");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The pilot episode of Lanterns over Lagos was "
                          "directed by Sam Okafor.");
  CLASS_IS(doc, "Lanterns over Lagos", "TVSeries");
  YES(doc, "Lanterns over Lagos", "directedBy", "Sam Okafor");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The season finale of Northern Lights was filmed in Tromsø.");
  CLASS_IS(doc, "Northern Lights", "TVSeries");
  YES(doc, "Northern Lights", "filmedIn", "Tromsø");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In the second series of Rain on Skye, Morag opens a café in Portree.");
  CLASS_IS(doc, "Rain on Skye", "TVSeries");
  YES(doc, "Rain on Skye", "hasCharacter", "Morag");
  kgb_doc_result_free(doc);
}

/* what one watches on a service, what is streaming now; a title that a
 * dictionary word opens before a colon or a verb only a work has */
static void watched_and_streaming_titles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "I finally binged Harbour Girls on Netflix and loved it.");
  YES(doc, "Harbour Girls", "distributedBy", "Netflix");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Last night we watched Jollof Wars on Showmax.");
  YES(doc, "Jollof Wars", "distributedBy", "Showmax");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tide Pools is now streaming on Netflix.");
  YES(doc, "Tide Pools", "distributedBy", "Netflix");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Blue Monsoon: all eight episodes are now "
                          "streaming on Disney+ Hotstar.");
  CLASS_IS(doc, "Blue Monsoon", "TVSeries");
  YES(doc, "Blue Monsoon", "distributedBy", "Disney+ Hotstar");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Lovers of Lisbon premiered at Cannes in 2019.");
  YES(doc, "Lovers of Lisbon", "releaseDate", "2019");
  NO(doc, "Lisbon", "releaseDate", "2019");
  kgb_doc_result_free(doc);
}

/* a bracket with a title, its country and its year after a plot */
static void titles_in_country_year_brackets(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Ana (Lucía Paz) returns home to Valdivia after her mother's death "
      "(Tierra de nadie, Chile, 2021).");
  YES(doc, "Tierra de nadie", "hasCharacter", "Ana");
  YES(doc, "Tierra de nadie", "releaseDate", "2021");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Two brothers run a hotel in Galway (The Quiet "
                          "Season, Ireland/UK, 2019).");
  YES(doc, "Quiet Season", "releaseDate", "2019");
  NO(doc, "Galway", "releaseDate", "2019");
  kgb_doc_result_free(doc);
}

/* a person's kind of work in apposition, a company's genre noun in
 * apposition; what opens in cinemas or is based on a novel */
static void titles_by_appositions_and_releases(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Harbour Girls, Ana Ruiz's third feature, was shot in Cádiz.");
  YES(doc, "Harbour Girls", "filmedIn", "Cádiz");
  YES(doc, "Harbour Girls", "directedBy", "Ana Ruiz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Salt Wives, Tunde Kelani's latest feature, "
                          "premiered in Lagos in 2020.");
  YES(doc, "Salt Wives", "releaseDate", "2020");
  CLASS_IS(doc, "Tunde Kelani", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Copper Roads opens in cinemas on 12 May 2023.");
  YES(doc, "Copper Roads", "releaseDate", "2023-05-12");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Mercy Lane opened in cinemas across Nigeria on 4 June 2021.");
  YES(doc, "Mercy Lane", "releaseDate", "2021-06-04");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ruth Negga plays a nurse in Harbour Girls, a Netflix drama.");
  YES(doc, "Harbour Girls", "starring", "Ruth Negga");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Red Dust, a Showmax drama, stars Thuso Mbedu.");
  YES(doc, "Red Dust", "starring", "Thuso Mbedu");
  kgb_doc_result_free(doc);
}

/* what a shoot is on runs on through the small words of titles (not a
 * place's preposition but "to" and "from", not into a date); a capitalised
 * small word after a work noun opens the title */
static void titles_of_shoots(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Filming for Wind over Tana took place in Nairobi.");
  YES(doc, "Wind over Tana", "filmedIn", "Nairobi");
  NO(doc, "Wind", "filmedIn", "Nairobi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Filming on Letter to Ama began in Accra.");
  YES(doc, "Letter to Ama", "filmedIn", "Accra");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Principal photography on Ashes under Snow took place in Tromsø.");
  YES(doc, "Ashes under Snow", "filmedIn", "Tromsø");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("The film Under the Baobab Tree was shot in Senegal.");
  YES(doc, "Under the Baobab Tree", "filmedIn", "Senegal");
  NO(doc, "Baobab Tree", "filmedIn", "Senegal");
  kgb_doc_result_free(doc);

  /* a month after the shoot's place is no part of a title */
  doc = kgb_test_sentence(
      "Filming on Blue Hour began in Porto, from May to July.");
  NO(doc, "Blue Hour from May", "filmedIn", "Porto");
  YES(doc, "Blue Hour", "filmedIn", "Porto");
  kgb_doc_result_free(doc);
}

/* an actor's part in a work; a relative clause whose subject made it */
static void titles_of_parts_and_makers(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Pedro Alonso played the lead in Winter Wolves.");
  YES(doc, "Winter Wolves", "starring", "Pedro Alonso");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Iron Harbor, which Netflix released in 2022, stars "
                          "Tom Hardy.");
  YES(doc, "Iron Harbor", "starring", "Tom Hardy");
  YES(doc, "Iron Harbor", "distributedBy", "Netflix");
  YES(doc, "Iron Harbor", "releaseDate", "2022");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Her performance in Quiet Fields, which Ama Boateng "
                          "directed, earned her a nomination.");
  YES(doc, "Quiet Fields", "directedBy", "Ama Boateng");
  kgb_doc_result_free(doc);
}

/* a title in sentence case opening a sentence before a verb only a work
 * has; a name anywhere before "which" and a work's verb */
static void foreign_titles_in_slots(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Mi vida en Tijuana premiered at Morelia in 2020.");
  YES(doc, "Mi vida en Tijuana", "releaseDate", "2020");
  NO(doc, "Tijuana", "releaseDate", "2020");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Audiences loved Kuzey Yıldızı, which premiered on "
                          "Netflix in 2021.");
  YES(doc, "Kuzey Yıldızı", "releaseDate", "2021");
  YES(doc, "Kuzey Yıldızı", "distributedBy", "Netflix");
  kgb_doc_result_free(doc);

  /* a town before "which" is no work */
  doc = kgb_test_sentence("The crew of Blue Hour stayed in Lagos, which was "
                          "shot by many crews before.");
  CLASS_IS(doc, "Lagos", "City");
  YES(doc, "Blue Hour", "filmedIn", "Lagos");
  kgb_doc_result_free(doc);
}

/* a title's other name where else it is known: "known in English as" */
static void titles_known_elsewhere(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Kuzey Rüzgârı, known in English as Northern Wind, was shot in Kars.");
  YES(doc, "Northern Wind", "filmedIn", "Kars");
  YES(doc, "Northern Wind", "originalTitle", "Kuzey Rüzgârı");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Deniz Yıldızı, released in English-speaking "
                          "markets as Starfish, stars Ece Demir.");
  YES(doc, "Starfish", "starring", "Ece Demir");
  YES(doc, "Starfish", "originalTitle", "Deniz Yıldızı");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xtitle12[] = {
    cmocka_unit_test_setup(titles_after_owners, kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_after_kind_nouns, kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_in_openings, kgb_test_rules_setup),
    cmocka_unit_test_setup(sentence_case_titles_before_verbs,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(opening_titles_before_work_verbs,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_with_brackets_and_credits,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(quoted_sentence_case_titles, kgb_test_rules_setup),
    cmocka_unit_test_setup(kinds_of_works, kgb_test_rules_setup),
    cmocka_unit_test_setup(hyphen_prefixed_titles, kgb_test_rules_setup),
    cmocka_unit_test_setup(season_and_episode_references, kgb_test_rules_setup),
    cmocka_unit_test_setup(watched_and_streaming_titles, kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_in_country_year_brackets,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_by_appositions_and_releases,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_of_shoots, kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_of_parts_and_makers, kgb_test_rules_setup),
    cmocka_unit_test_setup(foreign_titles_in_slots, kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_known_elsewhere, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xtitle12_count =
    sizeof kgb_tests_sentences_xtitle12 /
    sizeof kgb_tests_sentences_xtitle12[0];
