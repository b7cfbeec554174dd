/* test_sentences_xcrew11.c: credits and values (xcrew11): a genre noun
 * right before a work's name ("the Polish thriller X"); a work's kind and
 * language in an apposition or after a copula past a long bracket and
 * several modifiers ("X, the eight-episode Spanish crime thriller that …");
 * a person's films named in an apposition ("N's second film, X (2016)",
 * "a director whose latest feature, X (2023), …"); a run on a channel with
 * its length or time around "on" ("ran for three seasons on Kanal Ege
 * between 2017 and 2020"); births after a described apposition ("N, a
 * Swedish cinematographer born in Malmö in 1968") or "who was born in P,
 * C, in Y"; a co-writer after "co-wrote the screenplay with". The sentences
 * are new, written for these constructions; each test asserts the facts a
 * sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "the Finnish comedy X", "the Nollywood thriller X", "The six-part drama
 * X"; a genre noun with no name after it gives no genre to another work */
static void genre_before_name(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Critics adored the Finnish comedy 'Kesäkuu', which opened in Helsinki "
      "in 2019.");
  YES(doc, "Kesäkuu", "genre", "comedy");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Shot in Lagos over five weeks, the Nollywood "
                          "thriller 'Blood Money' was released in 2021.");
  YES(doc, "Blood Money", "genre", "thriller");
  YES(doc, "Blood Money", "filmedIn", "Lagos");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The documentary Rivers of Clay was produced by "
                          "Amara Okafor for Lagos Films.");
  YES(doc, "Rivers of Clay", "genre", "documentary");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Filming for the Georgian-French drama Mountain "
                          "Bread took place over seven weeks in Mestia.");
  YES(doc, "Mountain Bread", "genre", "drama");
  NO(doc, "Mountain Bread", "genre", "Georgian-French drama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The six-part drama The Crofter's Widow, set in a "
                          "fictional village, was filmed in Plockton.");
  YES(doc, "The Crofter's Widow", "genre", "drama");
  kgb_doc_result_free(doc);

  /* a hyphenated genre compound as the clause's subject is the work's
   * genre; a single "mystery" in the plot is none */
  doc = kgb_test_sentence("'Blue Salt' premiered in Accra. The horror-comedy "
                          "follows two sisters.");
  YES(doc, "Blue Salt", "genre", "horror-comedy");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Blue Salt', directed by Ana Lis, premiered in "
                          "Accra, and the mystery is who killed Kofi.");
  NO(doc, "Blue Salt", "genre", "mystery");
  kgb_doc_result_free(doc);

  /* a length or nationality before a genre standing for the work */
  doc = kgb_test_sentence("'Viento Sur' is set in Patagonia. The eight-part "
                          "Argentine drama, created by Matías Etchebarne, "
                          "premiered in 2020.");
  YES(doc, "Viento Sur", "genre", "drama");
  YES(doc, "Viento Sur", "createdBy", "Matías Etchebarne");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Paper Moons' opened in Lyon. The 98-minute comedy "
                          "arrives in cinemas on Friday.");
  YES(doc, "Paper Moons", "genre", "comedy");
  kgb_doc_result_free(doc);

  /* no name after the genre noun: nothing of the kind */
  doc = kgb_test_sentence("'Salt Lake', directed by Ben Cole, won the prize, "
                          "although nobody had expected the thriller to win.");
  NO(doc, "Salt Lake", "genre", "thriller");
  kgb_doc_result_free(doc);
}

/* an apposition or a copula: a long bracket, a length, a nationality and a
 * language before the genre; a word after a nationality stays in it */
static void kind_in_apposition(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "'Hora Zero', the six-part Brazilian crime series that premiered on "
      "Globoplay in 2022, was created by Ana Lima.");
  YES(doc, "Hora Zero", "genre", "crime");
  YES(doc, "Hora Zero", "createdBy", "Ana Lima");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Kaze no Oka', a two-hour Japanese animated "
                          "fantasy film from Studio Ghibli, opened in 2008.");
  YES(doc, "Kaze no Oka", "genre", "animated fantasy");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "'Lumière d'hiver' is a 95-minute Belgian French-language romantic "
      "comedy written by Claire Dubois.");
  YES(doc, "Lumière d'hiver", "genre", "romantic comedy");
  YES(doc, "Lumière d'hiver", "inLanguage", "French");
  YES(doc, "Lumière d'hiver", "writtenBy", "Claire Dubois");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "'Sangre de Mayo' (Spanish for \"May Blood\"; released in English as "
      "Mayday) is an Argentine historical drama series created by Tomás "
      "Ibarra.");
  YES(doc, "Sangre de Mayo", "genre", "historical drama");
  YES(doc, "Sangre de Mayo", "createdBy", "Tomás Ibarra");
  kgb_doc_result_free(doc);

  /* "caper", "saga" and "farce" are genre nouns */
  doc = kgb_test_sentence("Ana Lis's 'Blue Salt' is a crime caper set in "
                          "Accra.");
  YES(doc, "Blue Salt", "genre", "crime caper");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Casa Grande' is a Brazilian family saga directed "
                          "by Rui Costa.");
  YES(doc, "Casa Grande", "genre", "family saga");
  kgb_doc_result_free(doc);

  /* after a nationality a word narrows the genre: one genre, not two */
  doc = kgb_test_sentence("'Kuzey' was a Turkish television drama produced "
                          "by Mavi Dalga Yapım.");
  YES(doc, "Kuzey", "genre", "television drama");
  NO(doc, "Kuzey", "genre", "drama");
  kgb_doc_result_free(doc);

  /* an apposition about a person is no work's kind */
  doc = kgb_test_sentence("'Iron Lake' stars Ola Berg, a drama teacher, "
                          "who moved to Bergen.");
  NO(doc, "Iron Lake", "genre", "drama");
  kgb_doc_result_free(doc);
}

/* "N's second film, X (2016)", "both of N's documentaries, A and B", "a
 * filmmaker whose latest feature, X (2023), …" */
static void own_films_in_apposition(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Olu Adeyemi's second film, Market Day (2016), was shot in Ibadan.");
  YES(doc, "Market Day", "directedBy", "Olu Adeyemi");
  YES(doc, "Market Day", "releaseDate", "2016");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Chloé Martin filmed both of Ingrid Olsen's "
                          "documentaries, Fjord Children and Ice Road.");
  YES(doc, "Fjord Children", "directedBy", "Ingrid Olsen");
  YES(doc, "Ice Road", "directedBy", "Ingrid Olsen");
  NO(doc, "Fjord Children", "directedBy", "Chloé Martin");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Rodrigo Villaseñor has shot all three of Elena Márquez's features, "
      "most memorably the drought drama Tierra quemada (2012).");
  YES(doc, "Tierra quemada", "directedBy", "Elena Márquez");
  NO(doc, "Tierra quemada", "directedBy", "Rodrigo Villaseñor");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Carlos Mendes is a Portuguese filmmaker whose latest feature, Maré "
      "Alta (2023), premiered in Venice.");
  YES(doc, "Maré Alta", "directedBy", "Carlos Mendes");
  kgb_doc_result_free(doc);

  /* the head word of a landmark does not win over the slot */
  doc = kgb_test_sentence(
      "Hamid Karimi (born 14 March 1979 in Shiraz, Iran) is an Iranian film "
      "director whose debut feature, The Orchard Gate (2008), was shot "
      "almost entirely in Kashan.");
  YES(doc, "Orchard Gate", "directedBy", "Hamid Karimi");
  CLASS_IS(doc, "Orchard Gate", "Work");
  kgb_doc_result_free(doc);

  /* the crew member before them worked on each of them */
  doc = kgb_test_sentence("Lea Roth has edited all three of Jonas Keller's "
                          "films, Nachtzug (2011) and Grenzland (2015).");
  YES(doc, "Nachtzug", "editedBy", "Lea Roth");
  YES(doc, "Grenzland", "editedBy", "Lea Roth");
  YES(doc, "Grenzland", "directedBy", "Jonas Keller");
  NO(doc, "Grenzland", "directedBy", "Lea Roth");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Aiyana Redcloud, born in 1979 in Rapid City, photographed both of "
      "Tomasz Wrona's features, Cold Prairie (2014) and Hollow Bells (2019).");
  YES(doc, "Cold Prairie", "cinematographyBy", "Aiyana Redcloud");
  YES(doc, "Hollow Bells", "cinematographyBy", "Aiyana Redcloud");
  YES(doc, "Hollow Bells", "directedBy", "Tomasz Wrona");
  kgb_doc_result_free(doc);

  /* a director who made a named work in a year: the name is a work */
  doc = kgb_test_sentence(
      "The Italian director Lucio Ferrante (Matera, 1932 – Bologna, 2004) "
      "made Il vento di marzo in 1968, with music by Armando Pellegrini.");
  YES(doc, "Il vento di marzo", "directedBy", "Lucio Ferrante");
  YES(doc, "Il vento di marzo", "releaseDate", "1968");
  YES(doc, "Il vento di marzo", "musicBy", "Armando Pellegrini");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Nigerian filmmaker Kunle Afolayan, then only 30, shot Irapada in 2006.");
  YES(doc, "Irapada", "directedBy", "Kunle Afolayan");
  kgb_doc_result_free(doc);

  /* a place made a home is no work */
  doc = kgb_test_sentence("The director Kim Ji-woo, who shot 'Rain' in 2004, "
                          "made Seoul her home in 2010.");
  NO(doc, "Seoul", "directedBy", "Kim Ji-woo");
  kgb_doc_result_free(doc);

  /* a relative in apposition is no film */
  doc = kgb_test_sentence("Ana Costa's daughter, Maria, lives in Porto.");
  NO(doc, "Maria", "directedBy", "Ana Costa");
  kgb_doc_result_free(doc);
}

/* "wrapped up on X this weekend", "ran for two seasons on X from DATE",
 * "concluded last week on X"; a streaming service distributes */
static void runs_on_channels(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "'Harbour Lights' concluded last week on Dubai One after thirty "
      "episodes.");
  YES(doc, "Harbour Lights", "broadcastBy", "Dubai One");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Chilean telenovela 'Amor de Puerto' ran for "
                          "two seasons on Canal Sur from March 2015.");
  YES(doc, "Amor de Puerto", "broadcastBy", "Canal Sur");
  YES(doc, "Amor de Puerto", "releaseDate", "2015-03");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kuzey Rüzgârı (Northern Wind) was a Turkish television drama produced "
      "by Mavi Dalga Yapım that ran for three seasons on Kanal Ege between "
      "2017 and 2020.");
  YES(doc, "Kuzey Rüzgârı", "broadcastBy", "Kanal Ege");
  YES(doc, "Kuzey Rüzgârı", "releaseDate", "2017");
  NO(doc, "Kuzey Rüzgârı", "releaseDate", "2020");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Morning Tide' wrapped up on Netflix this weekend.");
  YES(doc, "Morning Tide", "distributedBy", "Netflix");
  NO(doc, "Morning Tide", "broadcastBy", "Netflix");
  kgb_doc_result_free(doc);

  /* a name that an apposition calls a series, and its broadcast there */
  doc = kgb_test_sentence(
      "Das Erbe der Altmanns, a six-part German miniseries broadcast by ZDF "
      "in the spring of 2021, was created by Jonas Wendler and Petra Kühn.");
  YES(doc, "Das Erbe der Altmanns", "broadcastBy", "ZDF");
  YES(doc, "Das Erbe der Altmanns", "releaseDate", "2021");
  YES(doc, "Das Erbe der Altmanns", "createdBy", "Petra Kühn");
  CLASS_IS(doc, "Das Erbe der Altmanns", "TVSeries");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kalle Blom, a Swedish sitcom shown on SVT in March "
                          "2015, was written by Ola Ek.");
  YES(doc, "Kalle Blom", "releaseDate", "2015-03");
  YES(doc, "Kalle Blom", "writtenBy", "Ola Ek");
  CLASS_IS(doc, "Kalle Blom", "TVSeries");
  kgb_doc_result_free(doc);

  /* a place is no channel */
  doc = kgb_test_sentence("'Sea Glass' ran for three weeks on Long Island "
                          "and was directed by Ben Cole.");
  NO(doc, "Sea Glass", "broadcastBy", "Long Island");
  kgb_doc_result_free(doc);
}

/* births after a described apposition or "who was born"; a co-writer */
static void births_and_cowriters(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Sven Berg, a Swedish cinematographer born in Malmö in 1968, shot the "
      "film.");
  YES(doc, "Sven Berg", "birthPlace", "Malmö");
  YES(doc, "Sven Berg", "birthDate", "1968");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The score was composed by Tomás Achterberg, a "
                          "Dutch-Mexican composer born in Utrecht.");
  YES(doc, "Tomás Achterberg", "birthPlace", "Utrecht");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Lina Haddad, who was born in Beirut, Lebanon, in "
                          "1982, wrote the script.");
  YES(doc, "Lina Haddad", "birthPlace", "Beirut");
  YES(doc, "Lina Haddad", "birthDate", "1982");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Upepo is a 2022 Kenyan drama film directed by Wanjiru Kamau, who "
      "co-wrote the screenplay with Otieno Odhiambo.");
  YES(doc, "Upepo", "writtenBy", "Otieno Odhiambo");
  NO(doc, "Upepo", "hasCharacter", "Otieno Odhiambo");
  CLASS_IS(doc, "Otieno Odhiambo", "Person");
  kgb_doc_result_free(doc);

  /* a comma between the place and the date */
  doc = kgb_test_sentence("Director Ana Lis was born in Cusco, Peru, on 3 May "
                          "1981.");
  YES(doc, "Ana Lis", "birthDate", "1981-05-03");
  YES(doc, "Ana Lis", "birthPlace", "Cusco");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kwame Mensah, the film's composer, was born in "
                          "Kumasi, Ghana, in 1985.");
  YES(doc, "Kwame Mensah", "birthDate", "1985");
  kgb_doc_result_free(doc);

  /* a birth in brackets with the place first; an age before the verb */
  doc = kgb_test_sentence("Ana Lis (b. Accra, 3 May 1980) directed 'Blue "
                          "Salt'.");
  YES(doc, "Ana Lis", "birthPlace", "Accra");
  YES(doc, "Ana Lis", "birthDate", "1980-05-03");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Lis, 45, was born and raised in Accra.");
  YES(doc, "Ana Lis", "birthPlace", "Accra");
  kgb_doc_result_free(doc);

  /* deaths after a place and at home */
  doc = kgb_test_sentence("Ana Lis spent her final years in Lisbon, where she "
                          "died in 2020.");
  YES(doc, "Ana Lis", "deathPlace", "Lisbon");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Lis died in 2020 at her home in Lisbon.");
  YES(doc, "Ana Lis", "deathPlace", "Lisbon");
  kgb_doc_result_free(doc);

  /* a character described in the plot is no real person's birth */
  doc = kgb_test_sentence(
      "In the series, Marta, a nurse born in Lima, falls for Diego.");
  NO(doc, "Marta", "birthPlace", "Lima");
  kgb_doc_result_free(doc);
}

/* money after an infinitive ("went on to earn"), a reported budget, a
 * currency's own name ("150 billion đồng") */
static void money_said_otherwise(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "'Fenland' cost £6.5m to make and went on to earn $31.2 million "
      "worldwide.");
  YES(doc, "Fenland", "grossRevenue", "31200000");
  YES(doc, "Fenland", "budget", "6500000 GBP");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Viento Norte' premiered on 7 September 2017 and "
                          "went on to gross roughly ARS 310 million.");
  YES(doc, "Viento Norte", "grossRevenue", "310000000 ARS");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Mắt Bão' opened on 29 April 2022 and took in "
                          "more than 150 billion đồng.");
  YES(doc, "Mắt Bão", "grossRevenue", "150000000000 VND");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Los Hijos' was directed by Ana Pino. The budget "
                          "was reported as CLP 3.2 billion.");
  YES(doc, "Los Hijos", "budget", "3200000000 CLP");
  NO(doc, "Los Hijos", "grossRevenue", "3200000000 CLP");
  kgb_doc_result_free(doc);

  /* what it cost "to make" is no takings */
  doc = kgb_test_sentence("'Salt Pans' cost $2 million to make, directed by "
                          "Efua Mensah.");
  NO(doc, "Salt Pans", "grossRevenue", "2000000");
  kgb_doc_result_free(doc);
}

/* "is mostly in Arabic, with some French", "the dialogue is in Wolof and
 * French", "a film in Arabic and Tamazight" (languages the list now has) */
static void languages_spoken(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "\"The Orange Grove\" opened in Lebanese cinemas in October 2023 and is "
      "mostly in Arabic, with some French.");
  YES(doc, "The Orange Grove", "inLanguage", "Arabic");
  YES(doc, "The Orange Grove", "inLanguage", "French");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Dakar Nights' was directed by Moussa Diop; the "
                          "dialogue is in Wolof and French.");
  YES(doc, "Dakar Nights", "inLanguage", "Wolof");
  YES(doc, "Dakar Nights", "inLanguage", "French");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Last Caravan is a 2008 Moroccan-French "
                          "adventure film in Arabic and Tamazight, directed "
                          "by Youssef Benali.");
  YES(doc, "Last Caravan", "inLanguage", "Tamazight");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Umama Wami (My Mother), a South African "
                          "isiZulu-language drama directed by Thandeka "
                          "Mkhize, premiered on 16 June 2021.");
  YES(doc, "Umama Wami", "inLanguage", "isiZulu");
  YES(doc, "Umama Wami", "genre", "drama");
  kgb_doc_result_free(doc);

  /* a language that is no nationality after a possessive or modifiers */
  doc = kgb_test_sentence(
      "Kesar Play's new Hindi drama series Baarish Ka Hisaab (Monsoon "
      "Accounts) dropped all six episodes on 19 July 2024.");
  YES(doc, "Baarish Ka Hisaab", "inLanguage", "Hindi");
  YES(doc, "Baarish Ka Hisaab", "releaseDate", "2024-07-19");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Audiences finally saw the long-awaited two-part Tamil thriller "
      "'Kaaval' when Sun Pictures released both parts on 3 May 2023.");
  YES(doc, "Kaaval", "inLanguage", "Tamil");
  YES(doc, "Kaaval", "releaseDate", "2023-05-03");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Les Voisins' took €41 million at the box office "
                          "after opening on 12 February 2020.");
  YES(doc, "Les Voisins", "releaseDate", "2020-02-12");
  kgb_doc_result_free(doc);

  /* a person fluent in a language says nothing of the work */
  doc = kgb_test_sentence("'Sea Fog' is a thriller. Its director, Ana Ruiz, "
                          "was born in Spain and is fluent in Basque.");
  NO(doc, "Sea Fog", "inLanguage", "Basque");
  kgb_doc_result_free(doc);
}

/* a company in a relative clause: "Z, which produced the picture", "Z,
 * which also distributed it"; another work after "which" is not this one */
static void companies_which(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "'The Cartographer's Daughter' was shot in Cádiz. Principal "
      "photography wrapped up in August, according to Almadraba Films, "
      "which produced the picture.");
  YES(doc, "The Cartographer's Daughter", "producedBy", "Almadraba Films");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Night Bus' was shot in Lagos. The film was "
                          "financed by Ebony Reels, which also distributed "
                          "it.");
  YES(doc, "Night Bus", "distributedBy", "Ebony Reels");
  CLASS_IS(doc, "Ebony Reels", "Organization");
  kgb_doc_result_free(doc);

  /* the company as the subject of a relative clause about the work */
  doc = kgb_test_sentence("Ana Lis wrote and directed 'Blue Salt', which Kino "
                          "Lorber released in the US in 2021.");
  YES(doc, "Blue Salt", "distributedBy", "Kino Lorber");
  YES(doc, "Blue Salt", "directedBy", "Ana Lis");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Rui Costa created 'Mar Alto' (2019), which RTP "
                          "commissioned for its autumn schedule.");
  YES(doc, "Mar Alto", "broadcastBy", "RTP");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Rui Costa starred in 'Mar Alto', which Ana Lis "
                          "produced in Porto.");
  YES(doc, "Mar Alto", "producedBy", "Ana Lis");
  CLASS_IS(doc, "Ana Lis", "Person");
  kgb_doc_result_free(doc);

  /* a release "courtesy of" a company; "bows on" a streaming service; a
   * score that comes courtesy of a composer is no release */
  doc = kgb_test_sentence("'Blue Salt' arrives in UK cinemas on 12 May 2025 "
                          "courtesy of Curzon.");
  YES(doc, "Blue Salt", "distributedBy", "Curzon");
  YES(doc, "Blue Salt", "releaseDate", "2025-05-12");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Blue Salt' bows on Prime Video on 3 June 2025.");
  YES(doc, "Blue Salt", "distributedBy", "Prime Video");
  YES(doc, "Blue Salt", "releaseDate", "2025-06-03");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Blue Salt' was directed by Ana Lis; its score "
                          "comes courtesy of Hiro Tanaka.");
  NO(doc, "Blue Salt", "distributedBy", "Hiro Tanaka");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Night Bus' was shot in Lagos for Ebony Reels, "
                          "which produced 'Day Bus' in 2010.");
  NO(doc, "Night Bus", "producedBy", "Ebony Reels");
  kgb_doc_result_free(doc);
}

/* "runs for just 78 minutes" */
static void runs_for(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("'Blue Salt' runs for just 78 minutes.");
  YES(doc, "Blue Salt", "runtime", "78");
  kgb_doc_result_free(doc);
}

/* "with N on camera and M on music", a year before a kind and a name, a
 * directorial debut in an apposition */
static void crafts_and_years(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "'Blue Salt' was directed by Ana Lis, with Kenji Ito on camera and Lea "
      "Roth on music.");
  YES(doc, "Blue Salt", "cinematographyBy", "Kenji Ito");
  YES(doc, "Blue Salt", "musicBy", "Lea Roth");
  NO(doc, "Blue Salt", "musicBy", "Kenji Ito");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Shot in Tema, 'Blue Salt' is a drama, with Maria "
                          "Ortiz on editing duties.");
  YES(doc, "Blue Salt", "editedBy", "Maria Ortiz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The 2019 Ghanaian film Blue Salt, helmed by Kofi "
                          "Boateng, was picked up by Netflix in 2020.");
  YES(doc, "Blue Salt", "releaseDate", "2019");
  NO(doc, "Blue Salt", "releaseDate", "2020");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kofi met Ama after the 2015 drama Ghost Pier "
                          "premiered.");
  YES(doc, "Ghost Pier", "releaseDate", "2015");
  kgb_doc_result_free(doc);

  /* a camera credit in active voice; plain "shot" only after a camera
   * trade (a director shoots a film too); "from her own script" */
  doc = kgb_test_sentence("'Blue Salt' was directed by Ana Lis. Kenji Ito "
                          "lensed the film, and Lea Roth cut it.");
  YES(doc, "Blue Salt", "cinematographyBy", "Kenji Ito");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Blue Salt' was directed by Ana Lis. "
                          "Cinematographer Kenji Ito shot the film in Lagos.");
  YES(doc, "Blue Salt", "cinematographyBy", "Kenji Ito");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Blue Salt' was directed by Ana Lis. She shot the "
                          "film in 20 days.");
  NO(doc, "Blue Salt", "cinematographyBy", "Ana Lis");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "'Blue Salt' features striking cinematography from Kenji Ito.");
  YES(doc, "Blue Salt", "cinematographyBy", "Kenji Ito");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "'Blue Salt' was directed by Ana Lis from her own script.");
  YES(doc, "Blue Salt", "writtenBy", "Ana Lis");
  kgb_doc_result_free(doc);

  /* credits with "credited to" and "credited as"; a rescue credited to
   * the coast guard is no credit */
  doc = kgb_test_sentence("The screenplay for 'Blue Salt' is credited to "
                          "Kofi Boateng and Ama Owusu.");
  YES(doc, "Blue Salt", "writtenBy", "Kofi Boateng");
  YES(doc, "Blue Salt", "writtenBy", "Ama Owusu");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Lea Roth was credited as the film's editor on "
                          "'Blue Salt'.");
  YES(doc, "Blue Salt", "editedBy", "Lea Roth");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Blue Salt' was directed by Ana Lis. The rescue "
                          "is credited to Ama Owusu.");
  NO(doc, "Blue Salt", "writtenBy", "Ama Owusu");
  NO(doc, "Blue Salt", "directedBy", "Ama Owusu");
  kgb_doc_result_free(doc);

  /* a novel's year is no film's release */
  doc = kgb_test_sentence("'Red Sand', directed by Ana Lis, is based on the "
                          "1998 novel Dry Wells by Wole Ojo.");
  NO(doc, "Dry Wells", "releaseDate", "1998");
  NO(doc, "Red Sand", "releaseDate", "1998");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Lis's 2018 directorial debut, 'Blue Salt', was "
                          "produced by Lis Films.");
  YES(doc, "Blue Salt", "directedBy", "Ana Lis");
  kgb_doc_result_free(doc);

  /* an actor's screen debut is not theirs to direct */
  doc = kgb_test_sentence("Ama Owusu's screen debut, 'Blue Salt', was "
                          "produced by Lis Films.");
  NO(doc, "Blue Salt", "directedBy", "Ama Owusu");
  kgb_doc_result_free(doc);
}

/* creators and sources said another way: "conceived by", "the brainchild
 * of", "adapted by N from M's memoir X", "draws on the 1998 novel X by M" */
static void creators_and_sources(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "'Blue Salt' was conceived by showrunner Ana Lis, who also serves as "
      "head writer.");
  YES(doc, "Blue Salt", "createdBy", "Ana Lis");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The series 'Blue Salt' is the brainchild of Ana "
                          "Lis and Kofi Boateng.");
  YES(doc, "Blue Salt", "createdBy", "Ana Lis");
  YES(doc, "Blue Salt", "createdBy", "Kofi Boateng");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Blue Salt' was adapted by Ana Lis from Wole Ojo's "
                          "memoir Dry Wells.");
  YES(doc, "Blue Salt", "writtenBy", "Ana Lis");
  YES(doc, "Blue Salt", "basedOn", "Dry Wells");
  YES(doc, "Dry Wells", "writtenBy", "Wole Ojo");
  NO(doc, "Blue Salt", "writtenBy", "Wole Ojo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "'Blue Salt' draws on the 1998 novel Dry Wells by Wole Ojo.");
  YES(doc, "Blue Salt", "basedOn", "Dry Wells");
  YES(doc, "Dry Wells", "writtenBy", "Wole Ojo");
  kgb_doc_result_free(doc);

  /* the title at home is the original one; abroad it need not be */
  doc = kgb_test_sentence("'Blue Salt' — titled 'Sal Azul' in its native "
                          "Portugal — was directed by Ana Lis.");
  YES(doc, "Blue Salt", "originalTitle", "Sal Azul");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Paper Moon', known in its home country as Kağıt "
                          "Ay, was directed by Elif Sarı.");
  YES(doc, "Paper Moon", "originalTitle", "Kağıt Ay");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Blue Salt', known in Italy as 'Sale blu', was "
                          "directed by Ana Lis.");
  NO(doc, "Blue Salt", "originalTitle", "Sale blu");
  kgb_doc_result_free(doc);

  /* children conceived in the plot are no creation either */
  doc = kgb_test_sentence("In 'Blue Salt', directed by Ana Lis, the twins "
                          "were conceived by Maria Ortiz and Kenji Ito.");
  NO(doc, "Blue Salt", "createdBy", "Maria Ortiz");
  kgb_doc_result_free(doc);

  /* a plan conceived in the plot is no creation */
  doc = kgb_test_sentence("Ana conceived a plan to escape in 'Blue Salt', "
                          "directed by Kofi Boateng.");
  NO(doc, "Blue Salt", "createdBy", "Ana");
  kgb_doc_result_free(doc);
}

/* series and their channels and creators said another way */
static void series_channels_creators(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Showrunner Ana Lis developed 'Blue Salt' for HBO.");
  YES(doc, "Blue Salt", "broadcastBy", "HBO");
  YES(doc, "Blue Salt", "createdBy", "Ana Lis");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("'Blue Salt' airs Sundays on HBO.");
  YES(doc, "Blue Salt", "broadcastBy", "HBO");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "'Blue Salt' returns to BBC One for a second season in 2025.");
  YES(doc, "Blue Salt", "broadcastBy", "BBC One");
  NO(doc, "Blue Salt", "releaseDate", "2025");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "'Blue Salt' was renewed by Netflix for a third season.");
  YES(doc, "Blue Salt", "distributedBy", "Netflix");
  NO(doc, "Blue Salt", "broadcastBy", "Netflix");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "'Blue Salt' comes from creators Ana Lis and Kofi Boateng.");
  YES(doc, "Blue Salt", "createdBy", "Ana Lis");
  YES(doc, "Blue Salt", "createdBy", "Kofi Boateng");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Lis and Kofi Boateng, the creators of 'Blue "
                          "Salt', also wrote every episode.");
  YES(doc, "Blue Salt", "createdBy", "Ana Lis");
  kgb_doc_result_free(doc);

  /* a channel's possessive before a series cue */
  doc = kgb_test_sentence("Tisza TV’s six-part Hungarian thriller ‘The Night "
                          "Ledger’ has been the surprise hit of the autumn.");
  YES(doc, "The Night Ledger", "broadcastBy", "Tisza TV");
  kgb_doc_result_free(doc);

  /* a studio's film is not broadcast by it */
  doc = kgb_test_sentence(
      "Lagos Films' thriller 'Blood Money' was shot in Lagos.");
  NO(doc, "Blood Money", "broadcastBy", "Lagos Films");
  kgb_doc_result_free(doc);

  /* a character returning to a town for a summer is no channel */
  doc = kgb_test_sentence("In 'Blue Salt', directed by Ana Lis, Ama returns "
                          "to Accra for a second summer.");
  NO(doc, "Blue Salt", "broadcastBy", "Accra");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xcrew11[] = {
    cmocka_unit_test_setup(genre_before_name, kgb_test_rules_setup),
    cmocka_unit_test_setup(kind_in_apposition, kgb_test_rules_setup),
    cmocka_unit_test_setup(own_films_in_apposition, kgb_test_rules_setup),
    cmocka_unit_test_setup(runs_on_channels, kgb_test_rules_setup),
    cmocka_unit_test_setup(births_and_cowriters, kgb_test_rules_setup),
    cmocka_unit_test_setup(money_said_otherwise, kgb_test_rules_setup),
    cmocka_unit_test_setup(languages_spoken, kgb_test_rules_setup),
    cmocka_unit_test_setup(companies_which, kgb_test_rules_setup),
    cmocka_unit_test_setup(crafts_and_years, kgb_test_rules_setup),
    cmocka_unit_test_setup(runs_for, kgb_test_rules_setup),
    cmocka_unit_test_setup(creators_and_sources, kgb_test_rules_setup),
    cmocka_unit_test_setup(series_channels_creators, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xcrew11_count =
    sizeof kgb_tests_sentences_xcrew11 / sizeof kgb_tests_sentences_xcrew11[0];
