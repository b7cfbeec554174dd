/* test_sentences_titles9.c: how a work's title is found in one sentence
 * (and a few names, cast lines and filming phrasings met on the way):
 * a quoted title with lower-case prepositions ("Dust over Kavala"), an
 * unquoted title with a possessive inside ("The Ferryman's Daughter"), and
 * a title after a kind noun that a language opens ("the Korean-language
 * series Salt Bridge") even when its head word names a landmark or place.
 * Each test asserts the facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* prepositions of any length stay lower case in a quoted title */
static void quoted_title_prepositions(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Anton Weiss handled the cinematography on “Snow over Kiruna”.");
  CLASS_IS(doc, "Snow over Kiruna", "Work");
  YES(doc, "Snow over Kiruna", "cinematographyBy", "Anton Weiss");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Rosa Lind composed the score for ‘Letters "
                          "between Harbours’, which opened in 2012.");
  CLASS_IS(doc, "Letters between Harbours", "Work");
  YES(doc, "Letters between Harbours", "musicBy", "Rosa Lind");
  kgb_doc_result_free(doc);

  /* a quoted remark is still no title */
  doc = kgb_test_sentence("Lena Dahl directed Cold Tide. “It was a hard "
                          "shoot for everyone,” she said.");
  YES(doc, "Cold Tide", "directedBy", "Lena Dahl");
  CLASS_IS(doc, "It was a hard shoot for everyone", NULL);
  kgb_doc_result_free(doc);
}

/* "The Ferryman's Daughter": a title that "The" opens runs on past the
 * possessive; a company's possessive before a title does not */
static void possessive_inside_title(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Written and directed by Imogen Clarke, The "
                        "Ferryman’s Daughter stars Ruairí Walsh and "
                        "Beth Connolly.");
  YES(doc, "Ferryman’s Daughter", "directedBy", "Imogen Clarke");
  YES(doc, "Ferryman’s Daughter", "writtenBy", "Imogen Clarke");
  YES(doc, "Ferryman’s Daughter", "starring", "Ruairí Walsh");
  YES(doc, "Ferryman’s Daughter", "starring", "Beth Connolly");
  CLASS_IS(doc, "Daughter", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kemal Arslan directed The Watchmaker's Son "
                          "(2016), which was filmed in Trabzon.");
  YES(doc, "The Watchmaker's Son", "directedBy", "Kemal Arslan");
  YES(doc, "The Watchmaker's Son", "filmedIn", "Trabzon");
  kgb_doc_result_free(doc);

  /* "In The Miller's Wife, Ana (Lucía Prieto) …": the title keeps its "The" */
  doc = kgb_test_sentence("In The Clockmaker’s Garden, Ana (Lucía Prieto) "
                          "leaves her village for Seville.");
  YES(doc, "The Clockmaker’s Garden", "hasCharacter", "Ana");
  YES(doc, "Ana", "playedBy", "Lucía Prieto");
  kgb_doc_result_free(doc);
}

/* "the Korean-language series X", "the Spanish-language film X": the name
 * after the kind noun is the work, whatever its head word suggests */
static void language_kind_noun_title(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("The Korean-language series Moon Bridge aired on "
                        "KBS2 in 2019.");
  CLASS_IS(doc, "Moon Bridge", "TVSeries");
  YES(doc, "Moon Bridge", "inLanguage", "Korean");
  YES(doc, "Moon Bridge", "broadcastBy", "KBS2");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("She starred in the Spanish-language film "
                          "Laguna Negra, shot in Soria.");
  CLASS_IS(doc, "Laguna Negra", "Film");
  YES(doc, "Laguna Negra", "filmedIn", "Soria");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The miniseries Silver Lake was filmed in "
                          "Ontario.");
  CLASS_IS(doc, "Silver Lake", "TVSeries");
  YES(doc, "Silver Lake", "filmedIn", "Ontario");
  kgb_doc_result_free(doc);
}

/* a title in another language, in sentence case: quoted with no English
 * lower-case word, or unquoted after a capitalised article of that
 * language */
static void foreign_sentence_case_titles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Shot in Lyon in 2012, « La Nuit blanche » was directed by Hélène "
      "Marchetti.");
  YES(doc, "La Nuit blanche", "directedBy", "Hélène Marchetti");
  YES(doc, "La Nuit blanche", "filmedIn", "Lyon");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Ruiz made her debut in El verano largo "
                          "(1999), a film directed by Pablo Vidal.");
  YES(doc, "El verano largo", "directedBy", "Pablo Vidal");
  YES(doc, "El verano largo", "releaseDate", "1999");
  CLASS_IS(doc, "verano largo", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Die kalte Stunde (English: The Cold Hour) is a "
                          "2009 German drama film directed by Jonas "
                          "Kessler.");
  YES(doc, "Die kalte Stunde", "directedBy", "Jonas Kessler");
  YES(doc, "Die kalte Stunde", "genre", "drama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Sicilian director Carla Bruno made Il "
                          "sole di pietra in 1971.");
  CLASS_IS(doc, "Il sole di pietra", "Work");
  YES(doc, "Il sole di pietra", "directedBy", "Carla Bruno");
  kgb_doc_result_free(doc);

  /* Spanish and French place names stay places */
  doc = kgb_test_sentence("Night Harbor was filmed in La Paz, Los Angeles "
                          "and Le Havre.");
  YES(doc, "Night Harbor", "filmedIn", "La Paz");
  YES(doc, "Night Harbor", "filmedIn", "Le Havre");
  CLASS_IS(doc, "Los Angeles", "City");
  CLASS_IS(doc, "Le Havre", "City");
  kgb_doc_result_free(doc);

  /* an English remark in quotes is no title */
  doc = kgb_test_sentence("Lena Dahl directed Cold Tide. “We never stopped "
                          "laughing,” she said.");
  YES(doc, "Cold Tide", "directedBy", "Lena Dahl");
  CLASS_IS(doc, "We never stopped laughing", NULL);
  kgb_doc_result_free(doc);
}

/* "his debut feature, X,", "the four-part series X", "X — originally
 * titled Y — is a 2020 film": the work named in more shapes */
static void kind_noun_shapes(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Meera Iyer’s first film, The Salt Pans, cost "
                        "₹4 crore and was shot in Tuticorin.");
  CLASS_IS(doc, "Salt Pans", "Film");
  YES(doc, "Salt Pans", "filmedIn", "Tuticorin");
  kgb_doc_result_free(doc);

  /* a comma after the noun without a closing one names no work */
  doc = kgb_test_sentence("After the film, Tomas Berg moved to Oslo.");
  CLASS_IS(doc, "Tomas Berg", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The six-part thriller series Harbour Lights "
                          "aired on ITV in 2021.");
  CLASS_IS(doc, "Harbour Lights", "TVSeries");
  YES(doc, "Harbour Lights", "broadcastBy", "ITV");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Stone Garden — released in Japan as Ishi no "
                          "Niwa — is a 2020 Japanese drama film directed "
                          "by Aiko Mori.");
  CLASS_IS(doc, "Stone Garden", "Film");
  YES(doc, "Stone Garden", "directedBy", "Aiko Mori");
  kgb_doc_result_free(doc);
}

/* "the period drama X were built", "Y's thriller X (…)", "the two-part
 * drama X, set in …": a name after a genre noun, when a verb or the end
 * of its clause follows; a capitalised word and a connector opening a
 * foreign title ("Sala de espera") */
static void genre_noun_titles(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Sets for the period drama The Silk Road Inn were "
                        "built at Pinewood Studios.");
  /* a genre noun alone makes a film (xcast10: the x8 gold files) */
  CLASS_IS(doc, "The Silk Road Inn", "Film");
  YES(doc, "The Silk Road Inn", "genre", "period drama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The two-part drama Quiet Meadow, set in Kent, "
                          "was filmed in Bristol.");
  /* a work in parts is a series (xcast10) */
  CLASS_IS(doc, "Quiet Meadow", "TVSeries");
  YES(doc, "Quiet Meadow", "filmedIn", "Bristol");
  YES(doc, "Quiet Meadow", "setIn", "Kent");
  kgb_doc_result_free(doc);

  /* no verb of the list after the name: a character, not a work */
  /* (Ayla named again: the pronoun would be Kerem's as much as hers, the
   * two being objects of one sentence) */
  doc = kgb_test_sentence("The romance Ayla started with Kerem ended "
                          "when Ayla moved to Izmir.");
  CLASS_IS(doc, "Ayla", "Character");
  YES(doc, "Ayla", "movedTo", "Izmir");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Chilean series Sala de espera was filmed in "
                          "Valparaíso.");
  CLASS_IS(doc, "Sala de espera", "TVSeries");
  YES(doc, "Sala de espera", "filmedIn", "Valparaíso");
  kgb_doc_result_free(doc);
}

/* Tomasz "Tomek" Nowak: a quoted nickname inside a name is no title; the
 * name is the person's, the nickname another name of the same person */
static void quoted_nickname(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In “Winter Ledger”, Ewa’s best friend is Tomasz \"Tomek\" Nowak, a "
      "taxi driver. Later Tomek moves to Gdańsk.");
  CLASS_IS(doc, "Tomasz Nowak", "Character");
  YES(doc, "Winter Ledger", "hasCharacter", "Tomasz Nowak");
  YES(doc, "Tomasz Nowak", "movedTo", "Gdańsk");
  YES(doc, "Tomasz Nowak", "occupation", "taxi driver");
  kgb_doc_result_free(doc);
}

/* a cast guide's lines "Character – Actor" and "Character (Actor)" name
 * both even when the body does not; a translated title in brackets after
 * its kind noun is no actor */
static void cast_list_lines(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Salt Bridge is a new drama series on ITV.\n\n"
                        "Nadia Karimi – Leila Hosseini\n\n"
                        "Nadia moves to Leeds.\n\n"
                        "Omar Haddad (Sami Aziz)\n\n"
                        "Omar is her brother. Aziz plays him with warmth.");
  CLASS_IS(doc, "Salt Bridge", "TVSeries"); /* "is a … drama series" */
  YES(doc, "Nadia Karimi", "playedBy", "Leila Hosseini");
  YES(doc, "Omar Haddad", "playedBy", "Sami Aziz");
  YES(doc, "Salt Bridge", "starring", "Leila Hosseini");
  YES(doc, "Salt Bridge", "hasCharacter", "Omar Haddad");
  YES(doc, "Nadia Karimi", "movedTo", "Leeds");
  kgb_doc_result_free(doc);

  /* a section heading with a dash is still a heading */
  doc = kgb_test_sentence("Salt Bridge is a drama series on ITV.\n\n"
                          "Filming Locations – Where Was It Shot\n\n"
                          "The series was filmed in Leeds.");
  YES(doc, "Salt Bridge", "filmedIn", "Leeds");
  CLASS_IS(doc, "Filming Locations", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Netflix’s new Turkish drama series Kırık Ayna "
                          "(Broken Mirror) premiered on 3 May 2024.");
  CLASS_IS(doc, "Kırık Ayna", "TVSeries");
  /* its other name (xcast10), no entity of its own */
  CLASS_IS(doc, "Broken Mirror", "TVSeries");
  NO(doc, "Kırık Ayna", "playedBy", "Broken Mirror");
  kgb_doc_result_free(doc);

  /* "played by the scene-stealing A": a description between */
  doc = kgb_test_sentence("In Copper Sky, Ama, played by the wonderful "
                          "Efua Mensah, runs a bar in Kumasi.");
  YES(doc, "Ama", "playedBy", "Efua Mensah");
  YES(doc, "Copper Sky", "starring", "Efua Mensah");
  kgb_doc_result_free(doc);

  /* nor a place after "the" and its name in another language */
  doc = kgb_test_sentence("Night Harbor was filmed in Porto, mostly at "
                          "the House of Rivers (Casa dos Rios).");
  YES(doc, "Night Harbor", "filmedIn", "Porto");
  NO(doc, "House of Rivers", "playedBy", "Casa dos Rios");
  CLASS_IS(doc, "Casa dos Rios", NULL);
  kgb_doc_result_free(doc);
}

/* how explainers name their work at the start of a plot sentence: "In
 * season two of X, C …", "By the end of X, C …", "In X, C, who is played
 * by A, …", "In X, C, a baker, and her friend D …", and a foreign title
 * with a one-letter word inside ("Un giorno a Bari") */
static void plot_openings(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In season three of Harbour Lights, Inspector Nadia Karimi is "
      "transferred to Leeds.");
  CLASS_IS(doc, "Harbour Lights", "TVSeries");
  YES(doc, "Harbour Lights", "hasCharacter", "Nadia Karimi");
  YES(doc, "Nadia Karimi", "movedTo", "Leeds");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In the final season of The Orchard, Ines "
                          "moves to Porto.");
  CLASS_IS(doc, "The Orchard", "TVSeries");
  YES(doc, "The Orchard", "hasCharacter", "Ines");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("By the end of Copper Sky, Amara has moved to "
                          "Accra.");
  CLASS_IS(doc, "Copper Sky", "Work");
  YES(doc, "Copper Sky", "hasCharacter", "Amara");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Kuru Dallar, Elif, who is played by Ece "
                          "Demir, is the older sister of Kerem.");
  CLASS_IS(doc, "Kuru Dallar", "Work");
  YES(doc, "Kuru Dallar", "hasCharacter", "Elif");
  YES(doc, "Kuru Dallar", "starring", "Ece Demir");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Fjordlys, Nils, a ferryman from Bergen, and "
                          "his old friend Ola open a café.");
  CLASS_IS(doc, "Fjordlys", "Work");
  YES(doc, "Fjordlys", "hasCharacter", "Nils");
  YES(doc, "Nils", "friendOf", "Ola");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Un giorno a Bari, Lucia marries Pietro.");
  CLASS_IS(doc, "Un giorno a Bari", "Work");
  YES(doc, "Lucia", "marriedTo", "Pietro");
  YES(doc, "Un giorno a Bari", "hasCharacter", "Lucia");
  kgb_doc_result_free(doc);

  /* "by" is no part of a foreign title */
  doc = kgb_test_sentence("Based on the novel Campos de sal by Lucía "
                          "Prieto, it was directed by Pablo Vidal.");
  CLASS_IS(doc, "Campos de sal by Lucía Prieto", NULL);
  kgb_doc_result_free(doc);
}

/* "Die Brücke (The Bridge)", "‘Kalt und Klar’ (English title: Cold and
 * Clear)": the English title in brackets is another name of the work, not
 * a landmark or an actor, and the foreign one is the original title */
static void translated_title_in_brackets(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Die graue Brücke (international title: The Grey Bridge) is a 2011 "
      "German drama film directed by Jonas Kessler.");
  YES(doc, "Die graue Brücke", "directedBy", "Jonas Kessler");
  YES(doc, "Die graue Brücke", "originalTitle", "Die graue Brücke");
  CLASS_IS(doc, "Grey Bridge", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Shot in Tallinn, ‘Külm meri’ (The Cold Sea) "
                          "premiered on 2 March 2018.");
  YES(doc, "Külm meri", "filmedIn", "Tallinn");
  YES(doc, "Külm meri", "releaseDate", "2018-03-02");
  CLASS_IS(doc, "Cold Sea", NULL);
  kgb_doc_result_free(doc);

  /* a language label keeps the original-title rules' reading */
  doc = kgb_test_sentence("‘Snow Road’ (Polish: Śnieżna droga) is a 2019 "
                          "film directed by Anna Nowak.");
  YES(doc, "Snow Road", "originalTitle", "Śnieżna droga");
  kgb_doc_result_free(doc);
}

/* "Where was X filmed?", "Filming on X took place in …", "X was not shot
 * in Y": the work named by the filming question or noun, and typed a work
 * even where the filming is denied */
static void filming_names_the_work(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Where was Coral Steps filmed?\n\nCoral Steps was shot in Split, "
      "Croatia.");
  CLASS_IS(doc, "Coral Steps", "Work");
  YES(doc, "Coral Steps", "filmedIn", "Split");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Filming on Nordlys took place in Tromsø in "
                          "2021.");
  CLASS_IS(doc, "Nordlys", "Work");
  YES(doc, "Nordlys", "filmedIn", "Tromsø");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Blue Pines was not shot in Oslo. The film was "
                          "shot in Bergen.");
  YES(doc, "Blue Pines", "filmedIn", "Bergen");
  CLASS_IS(doc, "Blue Pines", "Film");
  NO(doc, "Blue Pines", "filmedIn", "Oslo");
  kgb_doc_result_free(doc);
}

/* filming said with work, staging and building nouns: "the exterior work
 * was done in and around X", "a chase was staged in Y", "the sets were
 * built inside a warehouse in Z" */
static void filming_work_phrases(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Blue Pines is a 2020 Norwegian thriller film. Most of the exterior "
      "work was done in and around Ålesund, a rooftop chase was staged in "
      "Molde, and the interiors were built inside an old fish factory in "
      "Kristiansund.");
  YES(doc, "Blue Pines", "filmedIn", "Ålesund");
  YES(doc, "Blue Pines", "filmedIn", "Molde");
  YES(doc, "Blue Pines", "filmedIn", "Kristiansund");
  kgb_doc_result_free(doc);
}

/* streaming services the lists do not know, named by their noun or their
 * verbs: "landed on the streaming service X", "is streaming now on X",
 * "was picked up for streaming by X", "with X handling distribution" */
static void unknown_streaming_services(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Copper Sky is a 2022 Ghanaian drama film. It landed on the streaming "
      "service Kente Play in May, and was later picked up for European "
      "streaming by Nordflix.");
  YES(doc, "Copper Sky", "distributedBy", "Kente Play");
  YES(doc, "Copper Sky", "distributedBy", "Nordflix");
  CLASS_IS(doc, "Kente Play", "Organization");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Copper Sky is a 2022 Ghanaian drama film, "
                          "produced by Volta Pictures with Sankofa Films "
                          "handling distribution. It is streaming now on "
                          "Akwaaba TV Plus.");
  YES(doc, "Copper Sky", "producedBy", "Volta Pictures");
  YES(doc, "Copper Sky", "distributedBy", "Sankofa Films");
  YES(doc, "Copper Sky", "distributedBy", "Akwaaba TV Plus");
  NO(doc, "Copper Sky", "producedBy", "Sankofa Films");
  kgb_doc_result_free(doc);

  /* a channel of the broadcaster list broadcasts */
  doc = kgb_test_sentence("Copper Sky is a 2022 Ghanaian drama series. It "
                          "is streaming now on BBC One.");
  NO(doc, "Copper Sky", "distributedBy", "BBC One");
  kgb_doc_result_free(doc);
}

/* release dates said another way: "the 2014 series X", "reached Nigerian
 * cinemas on DATE", "was broadcast by Z in 2022" */
static void release_dates_other_ways(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Kim Do-yun first drew attention in the 2016 series Winter Port and "
      "later starred in her 2019 thriller ‘Cold Tide’.");
  YES(doc, "Winter Port", "releaseDate", "2016");
  YES(doc, "Cold Tide", "releaseDate", "2019");
  NO(doc, "Winter Port", "releaseDate", "2019");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Red Earth’ reached Kenyan cinemas on 4 March "
                          "2022 and was later streamed on Showmax.");
  YES(doc, "Red Earth", "releaseDate", "2022-03-04");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The four-part drama series Amber Coast was "
                          "broadcast by TVP in 2021.");
  YES(doc, "Amber Coast", "releaseDate", "2021");
  YES(doc, "Amber Coast", "broadcastBy", "TVP");
  kgb_doc_result_free(doc);
}

/* original titles without quotes: in a script with no capitals in
 * brackets ("Moon Bridge (달다리)"), "originally titled Y" between dashes
 * or commas */
static void original_titles_unquoted(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The Korean-language series Moon Bridge (달다리) aired on KBS2 in "
      "2019.");
  YES(doc, "Moon Bridge", "originalTitle", "달다리");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Salt Roads — originally titled Tuz Yolları — "
                          "is a 2021 Turkish drama film directed by Ece "
                          "Demir.");
  YES(doc, "Salt Roads", "originalTitle", "Tuz Yolları");
  YES(doc, "Salt Roads", "directedBy", "Ece Demir");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Salt Roads, originally titled Tuz Yolları, is "
                          "a 2021 Turkish drama film directed by Ece "
                          "Demir.");
  YES(doc, "Salt Roads", "originalTitle", "Tuz Yolları");
  CLASS_IS(doc, "Salt Roads", "Film");
  kgb_doc_result_free(doc);

  /* a genre after two nationalities joined by a hyphen; "X-language" is
   * no part of the genre */
  doc = kgb_test_sentence("Salt Roads is a 2021 Turkish-German adventure "
                          "film directed by Ece Demir.");
  YES(doc, "Salt Roads", "genre", "adventure");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Salt Roads is a 2021 Turkish-language drama "
                          "film directed by Ece Demir.");
  YES(doc, "Salt Roads", "genre", "drama");
  NO(doc, "Salt Roads", "genre", "language drama");
  kgb_doc_result_free(doc);

  /* an English word in brackets is no original title */
  doc = kgb_test_sentence("‘Salt Roads’ (restored) was screened at the "
                          "Berlinale in 2022 and directed by Ece Demir.");
  NO(doc, "Salt Roads", "originalTitle", "restored");
  kgb_doc_result_free(doc);
}

/* a person's film by its genre noun ("Ana Lis's thriller ‘X’"), a channel's
 * series not; "directed for the most part by B" */
static void possessive_director_and_hedged_credit(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Ana Lis's slow-burn thriller ‘Cold Tide’ premiered in Venice, and "
      "director Kim Do-yun’s Busan-set drama ‘Winter Port’ in Toronto.");
  YES(doc, "Cold Tide", "directedBy", "Ana Lis");
  YES(doc, "Winter Port", "directedBy", "Kim Do-yun");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kente Play's new drama series ‘Gold Coast’ "
                          "arrived in July.");
  NO(doc, "Gold Coast", "directedBy", "Kente Play");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Rain Ledger is a Spanish crime series. Created "
                          "by Iria Costa and directed for the most part by "
                          "Mateo Vidal, the series follows Nuria.");
  YES(doc, "Rain Ledger", "directedBy", "Mateo Vidal");
  YES(doc, "Rain Ledger", "createdBy", "Iria Costa");
  kgb_doc_result_free(doc);
}

/* runtimes: "clocking in at 131 minutes", "an 89-minute French-language
 * comedy-drama"; a walk of ten minutes is no runtime */
static void runtime_phrasings(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Glass Bridge’ is a Polish drama. Clocking in at 131 minutes, it "
      "premiered in Gdynia.");
  YES(doc, "Glass Bridge", "runtime", "131");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Les Nuits claires’ is an 89-minute "
                          "French-language comedy-drama directed by Camille "
                          "Roux.");
  YES(doc, "Les Nuits claires", "runtime", "89");
  YES(doc, "Les Nuits claires", "directedBy", "Camille Roux");
  kgb_doc_result_free(doc);

  /* durations in words */
  doc = kgb_test_sentence("‘Glass Bridge’ is a Polish drama. It clocks in "
                          "at two hours and eleven minutes.");
  YES(doc, "Glass Bridge", "runtime", "131");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("‘Glass Bridge’ is a Polish drama that runs an "
                          "hour and a half.");
  YES(doc, "Glass Bridge", "runtime", "90");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("‘Glass Bridge’ is a Polish drama that runs "
                          "ninety-five minutes.");
  YES(doc, "Glass Bridge", "runtime", "95");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Glass Bridge’ was directed by Anna Lis; the "
                          "set was a 10-minute walk from the station.");
  NO(doc, "Glass Bridge", "runtime", "10");
  kgb_doc_result_free(doc);
}

/* a birth after an apposition: "A, the film's director, was born in X",
 * "Its director, A, was born in X" */
static void birth_after_apposition(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Cold Tide is a 2020 Swedish drama film. Sara Holm, the film’s "
      "director, was born in Malmö in 1975.");
  YES(doc, "Sara Holm", "birthPlace", "Malmö");
  YES(doc, "Sara Holm", "birthDate", "1975");
  YES(doc, "Cold Tide", "directedBy", "Sara Holm");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Cold Tide is a 2020 Swedish drama film. Its "
                          "director, Sara Holm, was born in Malmö.");
  YES(doc, "Sara Holm", "birthPlace", "Malmö");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_titles9[] = {
    cmocka_unit_test_setup(quoted_title_prepositions, kgb_test_rules_setup),
    cmocka_unit_test_setup(possessive_inside_title, kgb_test_rules_setup),
    cmocka_unit_test_setup(language_kind_noun_title, kgb_test_rules_setup),
    cmocka_unit_test_setup(foreign_sentence_case_titles, kgb_test_rules_setup),
    cmocka_unit_test_setup(kind_noun_shapes, kgb_test_rules_setup),
    cmocka_unit_test_setup(genre_noun_titles, kgb_test_rules_setup),
    cmocka_unit_test_setup(quoted_nickname, kgb_test_rules_setup),
    cmocka_unit_test_setup(cast_list_lines, kgb_test_rules_setup),
    cmocka_unit_test_setup(plot_openings, kgb_test_rules_setup),
    cmocka_unit_test_setup(translated_title_in_brackets, kgb_test_rules_setup),
    cmocka_unit_test_setup(filming_names_the_work, kgb_test_rules_setup),
    cmocka_unit_test_setup(filming_work_phrases, kgb_test_rules_setup),
    cmocka_unit_test_setup(unknown_streaming_services, kgb_test_rules_setup),
    cmocka_unit_test_setup(release_dates_other_ways, kgb_test_rules_setup),
    cmocka_unit_test_setup(original_titles_unquoted, kgb_test_rules_setup),
    cmocka_unit_test_setup(possessive_director_and_hedged_credit,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(runtime_phrasings, kgb_test_rules_setup),
    cmocka_unit_test_setup(birth_after_apposition, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_titles9_count =
    sizeof kgb_tests_sentences_titles9 / sizeof kgb_tests_sentences_titles9[0];
