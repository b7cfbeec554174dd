/* test_sentences_xcrew10.c: credits, companies and values (xcrew10), each
 * construction in sentences written for it with other words, names and
 * orders than the dev documents it was found in: channels and services named
 * by their kind, credits given to a relative ("directed by her father, N"),
 * a director named by the trade after a work, debuts and best-known works,
 * credits in relative clauses, described companies, releases through a
 * distributor, and deaths. Each test asserts the facts a sentence must give
 * and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* a channel or a streaming service named by its kind after a preposition:
 * "premiered on the cable channel X" (broadcastBy), "picked up by the
 * streamer Y" (distributedBy); not a job at a broadcaster */
static void channels_by_kind(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("'Kaveri' premiered on the Tamil-language channel Sun "
                        "Tharang on 4 May 2019.");
  YES(doc, "Kaveri", "broadcastBy", "Sun Tharang");
  CLASS_IS(doc, "Sun Tharang", "Organization");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Produced for the regional network Telemadrid Norte, "
                          "'La Frontera' ran for two seasons.");
  YES(doc, "La Frontera", "broadcastBy", "Telemadrid Norte");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Harbour Nights' returned on the Irish broadcaster "
                          "Ardán TV in September.");
  YES(doc, "Harbour Nights", "broadcastBy", "Ardán TV");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Kijiji' was shown on the Kenyan free-to-air "
                          "station Citizen Plus from 2020.");
  YES(doc, "Kijiji", "broadcastBy", "Citizen Plus");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("The show 'Dom', which aired at home on the "
                          "broadcaster TVK Polska, is set in Toruń.");
  YES(doc, "Dom", "broadcastBy", "TVK Polska");
  CLASS_IS(doc, "TVK Polska", "Organization");
  NO(doc, "Dom", "hasCharacter", "TVK Polska");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Los Hijos' is a Chilean miniseries created by Catalina Urrutia for the "
      "television channel Canal Andino.");
  YES(doc, "Los Hijos", "broadcastBy", "Canal Andino");
  YES(doc, "Los Hijos", "createdBy", "Catalina Urrutia");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "Lena works as a producer for the broadcaster NRK in 'Fjord'.");
  NO(doc, "Fjord", "broadcastBy", "NRK");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Sauda' was picked up internationally by the streamer Kesar Play.");
  YES(doc, "Sauda", "distributedBy", "Kesar Play");
  NO(doc, "Sauda", "broadcastBy", "Kesar Play");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("The drama 'Eko Nights' later landed on the Nigerian "
                          "streaming platform Ebonylife Go.");
  YES(doc, "Eko Nights", "distributedBy", "Ebonylife Go");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Nordlys' is available worldwide on the streaming service Frostflix.");
  YES(doc, "Nordlys", "distributedBy", "Frostflix");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Maré' premiered on Oceano+ on 2 June 2023.");
  YES(doc, "Maré", "distributedBy", "Oceano+");
  NO(doc, "Maré", "broadcastBy", "Oceano+");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Die Fährfrau' aired on MDK Fernsehen; the series was later made "
      "available worldwide by the streaming service Strombach.");
  YES(doc, "Die Fährfrau", "distributedBy", "Strombach");
  YES(doc, "Die Fährfrau", "broadcastBy", "MDK Fernsehen");
  kgb_doc_result_free(doc);
}

/* a credit given to a relative or partner named after it: the one named, not
 * the owner of "his"/"her" */
static void credits_by_relatives(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Actress Sofía Echeverría made her screen debut in La casa del faro "
      "(2006), a film directed by her father, Ramiro Echeverría.");
  YES(doc, "La casa del faro", "directedBy", "Ramiro Echeverría");
  NO(doc, "La casa del faro", "directedBy", "Sofía Echeverría");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "Actor Tomás Vidal made his debut in 'El Puerto' (1999), a drama "
      "directed by his mother, Carmen Vidal.");
  YES(doc, "El Puerto", "directedBy", "Carmen Vidal");
  NO(doc, "El Puerto", "directedBy", "Tomás Vidal");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Ama Mensah stars in 'Salt Lines', which was written "
                          "by her brother, Kofi Mensah.");
  YES(doc, "Salt Lines", "writtenBy", "Kofi Mensah");
  NO(doc, "Salt Lines", "writtenBy", "Ama Mensah");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Hana Kim's first film, 'Paper Moon' (2004), was "
                          "produced by her husband Lee Jun-ho.");
  YES(doc, "Paper Moon", "producedBy", "Lee Jun-ho");
  NO(doc, "Paper Moon", "producedBy", "Hana Kim");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Tomás Ortega's first role was in 'Rio Seco' (1994), "
                          "directed by his uncle Luis Ortega.");
  YES(doc, "Rio Seco", "directedBy", "Luis Ortega");
  NO(doc, "Rio Seco", "directedBy", "Tomás Ortega");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'The Bridge' (2011) was directed by her longtime "
                          "collaborator, Kim Dae-ho.");
  YES(doc, "The Bridge", "directedBy", "Kim Dae-ho");
  kgb_doc_result_free(doc);
}

/* a director named by the trade after a work ("the crime film from director
 * X", "from Lebanese writer-director Y"); a director's debut, best-known and
 * later works; a share of a series' episodes */
static void directors_by_trade(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "'Salt Harbour', the brooding Portuguese crime film from director Inês "
      "Valadares, arrived in cinemas in May.");
  YES(doc, "Salt Harbour", "directedBy", "Inês Valadares");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Kite Season', the new comedy from Nigerian "
                          "filmmaker Kemi Adetiba, opens on Friday.");
  YES(doc, "Kite Season", "directedBy", "Kemi Adetiba");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("The documentary 'Ice Roads' comes from first-time "
                          "director Aputi Kunuk.");
  YES(doc, "Ice Roads", "directedBy", "Aputi Kunuk");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Dar al-Hana', from Lebanese writer-director Rana "
                          "Eid, runs 88 minutes.");
  YES(doc, "Dar al-Hana", "directedBy", "Rana Eid");
  YES(doc, "Dar al-Hana", "writtenBy", "Rana Eid");
  YES(doc, "Dar al-Hana", "runtime", "88");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "Hamid Karimi (born 1979) is an Iranian director whose debut feature, "
      "'The Orchard Gate' (2008), was shot in Kashan.");
  YES(doc, "The Orchard Gate", "directedBy", "Hamid Karimi");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Lucía Benítez, whose first film, 'Polvo', premiered "
                          "at Cannes, is now shooting in Chile.");
  YES(doc, "Polvo", "directedBy", "Lucía Benítez");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Ngozi Eze is a Nigerian filmmaker whose latest film "
                          "'Oja' opens in March.");
  YES(doc, "Oja", "directedBy", "Ngozi Eze");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Aino Virtanen is a Finnish director whose second "
                          "feature, Talvi (2016), won a Jussi award.");
  YES(doc, "Talvi", "directedBy", "Aino Virtanen");
  CLASS_IS(doc, "Talvi", "Work");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "Chidi Okafor (born 1978 in Enugu) is a Nigerian filmmaker, best known "
      "for directing 'The Kola Road' (2011).");
  YES(doc, "The Kola Road", "directedBy", "Chidi Okafor");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "Marta Nowak is perhaps best remembered for helming 'Zimna Woda'.");
  YES(doc, "Zimna Woda", "directedBy", "Marta Nowak");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "Kenji Sato was widely known for writing and directing 'Blue Lantern'.");
  YES(doc, "Blue Lantern", "directedBy", "Kenji Sato");
  YES(doc, "Blue Lantern", "writtenBy", "Kenji Sato");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Ana Lis loves 'Fog Line', and she is known for "
                          "quoting 'Fog Line' at parties.");
  NO(doc, "Fog Line", "directedBy", "Ana Lis");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "The directors of the first season of 'Sertão' are Gabriel Santos, who "
      "directed six episodes, and Ana Okada, who directed four.");
  YES(doc, "Sertão", "directedBy", "Gabriel Santos");
  YES(doc, "Sertão", "directedBy", "Ana Okada");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "Directing 'Tide' was shared between Lars Holm, who directed the first "
      "three episodes, and Eva Berg, who directed the rest.");
  YES(doc, "Tide", "directedBy", "Lars Holm");
  YES(doc, "Tide", "directedBy", "Eva Berg");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("In 'Curtain Call', Karin Berg, who directed the "
                          "school play, falls for Jonas.");
  NO(doc, "Curtain Call", "directedBy", "Karin Berg");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Mar Adentro' was shot in Galicia, with Ana Ruiz as "
                          "director and Tomás Vidal as cinematographer.");
  YES(doc, "Mar Adentro", "directedBy", "Ana Ruiz");
  YES(doc, "Mar Adentro", "cinematographyBy", "Tomás Vidal");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Mar' was cut in Lisbon, with Ana Ruiz as editor "
                          "and Tomás Vidal as composer.");
  YES(doc, "Mar", "editedBy", "Ana Ruiz");
  YES(doc, "Mar", "musicBy", "Tomás Vidal");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("In 'Tide', Lena, a journalist, works with Tomás "
                          "Berg as editor at a small paper.");
  NO(doc, "Tide", "editedBy", "Tomás Berg");
  kgb_doc_result_free(doc);
}

/* credits in a relative clause after the work ("T (2008), which he also
 * wrote and edited") or after the person ("N, who co-wrote the screenplay
 * with M"); writers after "from a screenplay by" */
static void credits_in_relative_clauses(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Kwame Boateng made his directorial debut with the Twi-language road "
      "movie 'Harmattan Road' (2008), which he also wrote and edited.");
  YES(doc, "Harmattan Road", "directedBy", "Kwame Boateng");
  YES(doc, "Harmattan Road", "writtenBy", "Kwame Boateng");
  YES(doc, "Harmattan Road", "editedBy", "Kwame Boateng");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Ana Lis found success with 'Mara' (2015), which she "
                          "directed and produced.");
  YES(doc, "Mara", "directedBy", "Ana Lis");
  YES(doc, "Mara", "producedBy", "Ana Lis");
  kgb_doc_result_free(doc);
  doc =
      kgb_test_sentence("'Fog Line', which Jonas Berg wrote, is set in Oslo.");
  YES(doc, "Fog Line", "writtenBy", "Jonas Berg");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Ana Lis loves 'Fog Line', which she watched twice.");
  NO(doc, "Fog Line", "writtenBy", "Ana Lis");
  NO(doc, "Fog Line", "directedBy", "Ana Lis");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Directed by Paolo Reyes from a screenplay by Ria "
                          "Santos, 'Ulan' stars Bea Cruz.");
  YES(doc, "Ulan", "directedBy", "Paolo Reyes");
  YES(doc, "Ulan", "writtenBy", "Ria Santos");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("The period drama 'Mektup', directed by Emre Kaya "
                          "from scripts by Zehra Aydın, premiered in 2023.");
  YES(doc, "Mektup", "writtenBy", "Zehra Aydın");
  NO(doc, "Mektup", "writtenBy", "Emre Kaya");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Kranich' was directed by Jonas Wehr from a "
                          "screenplay he co-wrote with Agnieszka Wolska.");
  YES(doc, "Kranich", "writtenBy", "Agnieszka Wolska");
  YES(doc, "Kranich", "writtenBy", "Jonas Wehr");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Helmed by Olu Jacobs working from an original "
                          "script by Tolu Ade, 'Eko' is a heist film.");
  YES(doc, "Eko", "writtenBy", "Tolu Ade");
  NO(doc, "Eko", "writtenBy", "Olu Jacobs");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Upepo' is a 2022 Kenyan drama directed by Wanjiru Kamau, who co-wrote "
      "the screenplay with Otieno Odhiambo.");
  YES(doc, "Upepo", "writtenBy", "Otieno Odhiambo");
  YES(doc, "Upepo", "writtenBy", "Wanjiru Kamau");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Henrike Vogel (born 1981 in Rostock) co-wrote all "
                          "six episodes of 'Die Fähre' with Deniz Aksoy.");
  YES(doc, "Die Fähre", "writtenBy", "Deniz Aksoy");
  YES(doc, "Die Fähre", "writtenBy", "Henrike Vogel");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Baarish' was created by Nandini Iyer, who also "
                          "wrote the series alongside Aditya Menon.");
  YES(doc, "Baarish", "writtenBy", "Aditya Menon");
  YES(doc, "Baarish", "writtenBy", "Nandini Iyer");
  kgb_doc_result_free(doc);
  doc =
      kgb_test_sentence("Written by Ciarán Costello with the Māori playwright "
                        "Rangi Tawhai, 'The Long Paddock' is a slow drama.");
  YES(doc, "The Long Paddock", "writtenBy", "Rangi Tawhai");
  YES(doc, "The Long Paddock", "writtenBy", "Ciarán Costello");
  kgb_doc_result_free(doc);
}

/* companies described before their names, producers and distributors in
 * releases ("released in French cinemas on DATE by Z", "for distributor Z",
 * "dropped all eight episodes on Z") */
static void companies_described(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("'Sertão' was produced by Cajueiro Filmes, with Lúcia "
                        "Tavares and Otávio Braga as executive producers.");
  YES(doc, "Sertão", "producedBy", "Lúcia Tavares");
  YES(doc, "Sertão", "producedBy", "Otávio Braga");
  YES(doc, "Sertão", "producedBy", "Cajueiro Filmes");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Die Fähre' was produced by the Leipzig company Elbsand Film together "
      "with the Swedish studio Nordvik Produktion.");
  YES(doc, "Die Fähre", "producedBy", "Elbsand Film");
  YES(doc, "Die Fähre", "producedBy", "Nordvik Produktion");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'La última cosecha' was produced by Ruvalcaba's own "
                          "company, Tres Magueyes Films.");
  YES(doc, "La última cosecha", "producedBy", "Tres Magueyes Films");
  NO(doc, "La última cosecha", "producedBy", "Ruvalcaba");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Tariq' was produced by Amman-based Wadi Pictures.");
  YES(doc, "Tariq", "producedBy", "Wadi Pictures");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Kora' was distributed by the Dakar-based company Sahel Screen.");
  YES(doc, "Kora", "distributedBy", "Sahel Screen");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Kora' was distributed by the Senegalese company Sahel Screen.");
  YES(doc, "Kora", "distributedBy", "Sahel Screen");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Les Heures creuses' was released in French cinemas "
                          "on 11 October 2023 by Distribution Pomme de Pin.");
  YES(doc, "Les Heures creuses", "distributedBy", "Distribution Pomme de Pin");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Harbour of Saints' was released in Irish cinemas "
                          "by Shamrock Pictures on 3 March 2024.");
  YES(doc, "Harbour of Saints", "distributedBy", "Shamrock Pictures");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'The Long Paddock' opens in Australian cinemas on "
                          "March 7, 2024, through Southern Cross Pictures.");
  YES(doc, "The Long Paddock", "distributedBy", "Southern Cross Pictures");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "Released by Kino Świt on 11 November 2016, 'Kurier' runs 141 minutes.");
  YES(doc, "Kurier", "distributedBy", "Kino Świt");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Tusitala's Reef' earned NZ$3.4 million for "
                          "distributor Kōwhai Pictures.");
  YES(doc, "Tusitala's Reef", "distributedBy", "Kōwhai Pictures");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Ostrov' was a hit for the Polish distributor Kino Świat.");
  YES(doc, "Ostrov", "distributedBy", "Kino Świat");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Barsaat' dropped all eight episodes on StreamDesh on 15 August 2024.");
  YES(doc, "Barsaat", "distributedBy", "StreamDesh");
  YES(doc, "Barsaat", "releaseDate", "2024-08-15");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("The series 'Jua Kali' released its first season on "
                          "Showmax in March 2023.");
  YES(doc, "Jua Kali", "distributedBy", "Showmax");
  kgb_doc_result_free(doc);
}

/* deaths in plot and biography: "N dies in P", "is found dead in … in P",
 "(P1, 1932 – P2, 2004)"; no place in a year or an event */
static void deaths(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In 'Harmattan', Nkechi dies in Enugu and leaves Adaeze the locked box.");
  YES(doc, "Nkechi", "deathPlace", "Enugu");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "In 'Harmattan', Tunde is found dead in his hotel room in Abuja.");
  YES(doc, "Tunde", "deathPlace", "Abuja");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("In 'Tenant', Man-sik dies in what police call a "
                          "fall at a building site in Incheon.");
  YES(doc, "Man-sik", "deathPlace", "Incheon");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("The poet Ana Lis died in Lisbon in 1999.");
  YES(doc, "Ana Lis", "deathPlace", "Lisbon");
  kgb_doc_result_free(doc);
  doc =
      kgb_test_sentence("In 'Ash', Kemi died in 2004, and Ade moved to Lagos.");
  NO(doc, "Kemi", "deathPlace", "Lagos");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "In 'Ash', Ade's father died in the war, and Ade moved to Lagos.");
  NO(doc, "Ade's father", "deathPlace", "Lagos");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("The Italian director Lucio Ferri (Matera, 1932 – "
                          "Bologna, 2004) made 'Il vento' in 1968.");
  YES(doc, "Lucio Ferri", "birthPlace", "Matera");
  YES(doc, "Lucio Ferri", "deathPlace", "Bologna");
  YES(doc, "Lucio Ferri", "birthDate", "1932");
  kgb_doc_result_free(doc);
}

/* original titles glossed or renamed abroad ("T (transl. G)", "T (lit.
 * ‘G’)", "T (夜の海, "G")", "T, released abroad as E"); "transl." ends no
 * sentence */
static void original_titles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("Pather Dabi (transl. The Claim of the "
                                        "Road) is a 1998 Bengali drama film.");
  YES(doc, "Pather Dabi", "originalTitle", "Pather Dabi");
  YES(doc, "Pather Dabi", "releaseDate", "1998");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Ghar Wapsi (transl. Homecoming) is a 2019 Hindi "
                          "film directed by Anil Rao.");
  YES(doc, "Ghar Wapsi", "directedBy", "Anil Rao");
  YES(doc, "Ghar Wapsi", "originalTitle", "Ghar Wapsi");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "Kuzey Işığı (lit. ‘Northern Light’) is a Turkish television series.");
  YES(doc, "Kuzey Işığı", "originalTitle", "Kuzey Işığı");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "Yoru no Umi (夜の海, \"Night Sea\") is a 2021 Japanese drama film.");
  YES(doc, "Yoru no Umi", "originalTitle", "夜の海");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("The Polish comedy 'Ostatni dzwonek', released "
                          "abroad as 'The Last Bell', opened in 2015.");
  YES(doc, "Ostatni dzwonek", "originalTitle", "Ostatni dzwonek");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'The Long Night', released in France as 'La Longue "
                          "Nuit', is a thriller.");
  NO(doc, "The Long Night", "originalTitle", "The Long Night");
  kgb_doc_result_free(doc);
}

/* 'its distributor, Z'; crafts by a gerund or handled by someone; a score
 * with a clause or a described composer; companies in a partnership; running
 * times and grosses said another way */
static void distributors_crafts_and_values(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("The drama 'Baridi' became the surprise hit of 2019 "
                        "for its distributor, Savanna Films.");
  YES(doc, "Baridi", "distributedBy", "Savanna Films");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Okno' has grossed 12 million złoty, its "
                          "distributor Kino Mazowsze said on Monday.");
  YES(doc, "Okno", "distributedBy", "Kino Mazowsze");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Lars Nyberg shot 'Frostnatt', with Eva Lind editing "
                          "and Tor Berg composing the score.");
  YES(doc, "Frostnatt", "editedBy", "Eva Lind");
  YES(doc, "Frostnatt", "musicBy", "Tor Berg");
  NO(doc, "Frostnatt", "editedBy", "Tor Berg");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Casa Azul' was made on a shoestring, with Ana "
                          "Reyes handling the cinematography.");
  YES(doc, "Casa Azul", "cinematographyBy", "Ana Reyes");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("In 'Draft', Mina keeps editing her novel while her "
                          "husband Jonas sleeps.");
  NO(doc, "Draft", "editedBy", "Mina");
  kgb_doc_result_free(doc);
  doc =
      kgb_test_sentence("Cinematography on 'Sand Lines' was handled by Youssef "
                        "Amrani, and the editing was done by Leila Haddad.");
  YES(doc, "Sand Lines", "cinematographyBy", "Youssef Amrani");
  YES(doc, "Sand Lines", "editedBy", "Leila Haddad");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Mali Blues' is a drama. The score, which leans heavily on the kora, "
      "was composed by the Malian musician Ablaye Cissé.");
  YES(doc, "Mali Blues", "musicBy", "Ablaye Cissé");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("In 'Okno', the title theme is composed by Jan Kos.");
  YES(doc, "Okno", "musicBy", "Jan Kos");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "Arjun Menon composed the songs and the background score for 'Vaanam'.");
  YES(doc, "Vaanam", "musicBy", "Arjun Menon");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Bahr' premiered in 2020, and composer Lina Haddad wrote its score.");
  YES(doc, "Bahr", "musicBy", "Lina Haddad");
  NO(doc, "Bahr", "writtenBy", "Lina Haddad");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Sahara Blue' was produced by Atlas Pictures in partnership with the "
      "Rabat-based studio Maghreb Lumière.");
  YES(doc, "Sahara Blue", "producedBy", "Maghreb Lumière");
  YES(doc, "Sahara Blue", "producedBy", "Atlas Pictures");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "A co-production between the Danish outfit Nordlys Film and Germany's "
      "Wolke Pictures, 'Havet' opened in 2020.");
  YES(doc, "Havet", "producedBy", "Nordlys Film");
  YES(doc, "Havet", "producedBy", "Wolke Pictures");
  NO(doc, "Havet", "producedBy", "Germany");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Ana Duarte produced 'Maré' for her Porto-based "
                          "company, Atlântico Filmes.");
  YES(doc, "Maré", "producedBy", "Atlântico Filmes");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Pesa' runs a brisk 94 minutes.");
  YES(doc, "Pesa", "runtime", "94");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Running 101 minutes, the Swahili-language drama "
                          "'Pesa' premiered in Nairobi.");
  YES(doc, "Pesa", "runtime", "101");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("The four episodes of 'Hanna', each lasting about 50 "
                          "minutes, aired in 2021.");
  YES(doc, "Hanna", "runtime", "50");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("In 'Marathon', Kip runs a gruelling 42 kilometres.");
  NO(doc, "Marathon", "runtime", "42");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Okno' took 12.5 million złoty at the Polish box office.");
  YES(doc, "Okno", "grossRevenue", "12500000 PLN");
  kgb_doc_result_free(doc);
}

/* directing said another way: "helms", "with N directing", "at the helm",
 * "behind the camera", "the director's chair", "directing duties", "under the
 * direction of", "T is N's third feature", "co-directed T with M"; not a
 * school play's director, nor an orchestra's */
static void directing_said_otherwise(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Kofi Mensah helms 'Tro Tro', a brisk Accra comedy.");
  YES(doc, "Tro Tro", "directedBy", "Kofi Mensah");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Sisu' is Aino Laakso's second feature.");
  YES(doc, "Sisu", "directedBy", "Aino Laakso");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("The Faroese drama 'Dimma' was shot in Tórshavn in "
                          "2021, with Jóna Olsen directing.");
  YES(doc, "Dimma", "directedBy", "Jóna Olsen");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Filmed on Jeju, 'Haenyeo' reached cinemas in 2020 "
                          "with Park Min-ji at the helm.");
  YES(doc, "Haenyeo", "directedBy", "Park Min-ji");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Rafael Moura was behind the camera for 'Sertanejo', "
                          "which opened in 2018.");
  YES(doc, "Sertanejo", "directedBy", "Rafael Moura");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("After a decade away, Lena Vogt returns to the "
                          "director's chair with 'Nebel'.");
  YES(doc, "Nebel", "directedBy", "Lena Vogt");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Amira Saleh took over directing duties on 'Zaman' "
                          "after the first week.");
  YES(doc, "Zaman", "directedBy", "Amira Saleh");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Kanal' was completed under the direction of "
                          "Turkish filmmaker Ece Yıldız.");
  YES(doc, "Kanal", "directedBy", "Ece Yıldız");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Marta Ruiz co-directed the 2019 documentary 'Olas' "
                          "together with Peruvian filmmaker Pedro Gil.");
  YES(doc, "Olas", "directedBy", "Marta Ruiz");
  YES(doc, "Olas", "directedBy", "Pedro Gil");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "In 'Stage', the teacher Mina Gil falls for Tom, and with Mina Gil "
      "directing the school play, chaos follows.");
  NO(doc, "Stage", "directedBy", "Mina Gil");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("In 'Olas', the teacher Mina Gil directed the school "
                          "play with Pedro Gil.");
  NO(doc, "Olas", "directedBy", "Pedro Gil");
  NO(doc, "Olas", "directedBy", "Mina Gil");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Olas' is a drama. The Berlin Philharmonic, under "
                          "the direction of Simon Rattle, recorded its score.");
  NO(doc, "Olas", "directedBy", "Simon Rattle");
  kgb_doc_result_free(doc);
}

/* genres before a title with more modifiers than a work mention takes, in
 * an opening apposition, "a coming-of-age tale", "a feature-length
 * documentary"; no writer for a letter or a pronoun after a bare
 * screenplay noun */
static void genres_and_writers(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The new six-part crime drama 'Olas' premiered on 3 May 2021.");
  YES(doc, "Olas", "genre", "crime drama");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "Netflix's eight-episode mystery thriller 'Kalt' drops in March.");
  YES(doc, "Kalt", "genre", "mystery thriller");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "A darkly comic thriller, 'Nunca Más' follows two sisters in Rosario.");
  YES(doc, "Nunca Más", "genre", "comic thriller");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "A tender coming-of-age drama, 'Pasifika' was shot in Apia.");
  YES(doc, "Pasifika", "genre", "coming-of-age drama");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Mbira' is a coming-of-age tale set in Harare.");
  YES(doc, "Mbira", "genre", "coming-of-age");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Ice Roads' is a feature-length documentary about truckers in Yakutsk.");
  YES(doc, "Ice Roads", "genre", "documentary");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Okno' is a drama. The closing shot shows a letter "
                          "written by Irena Sowa.");
  NO(doc, "Okno", "writtenBy", "Irena Sowa");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "Kranichsommer is a 2022 drama film directed by Jonas Wehrhahn from a "
      "screenplay he co-wrote with Agnieszka Wolska.");
  YES(doc, "Kranichsommer", "writtenBy", "Jonas Wehrhahn");
  YES(doc, "Kranichsommer", "writtenBy", "Agnieszka Wolska");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Kranich' was directed by Jonas Wehr from a script "
                          "he adapted from his own novel.");
  YES(doc, "Kranich", "writtenBy", "Jonas Wehr");
  kgb_doc_result_free(doc);
}

/* a source owned by its author ("based on N's 1995 novel of the same
 * name", "adapted from N's 1998 novel T": the novel, not N); "ran on X for
 * three seasons" */
static void sources_and_channels(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("Set in Accra, 'Sika' is based on Ama "
                                        "Darko's 1995 novel of the same name.");
  YES(doc, "Sika", "basedOn", "Sika (novel)");
  YES(doc, "Sika (novel)", "writtenBy", "Ama Darko");
  NO(doc, "Sika", "basedOn", "Ama Darko");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Nebel' was adapted from Ulrich Brandt's 1998 novel Nebelzeit.");
  YES(doc, "Nebel", "basedOn", "Nebelzeit");
  YES(doc, "Nebelzeit", "writtenBy", "Ulrich Brandt");
  NO(doc, "Nebel", "basedOn", "Ulrich Brandt");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("The Korean drama 'Haneul' is loosely based on Kim "
                          "Ji-won's webtoon 'Sky Bridge'.");
  YES(doc, "Haneul", "basedOn", "Sky Bridge");
  YES(doc, "Sky Bridge", "writtenBy", "Kim Ji-won");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Vento' ran on Canal Sur until 2019.");
  YES(doc, "Vento", "broadcastBy", "Canal Sur");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Ilha' ran on TV Brava for three seasons.");
  YES(doc, "Ilha", "broadcastBy", "TV Brava");
  kgb_doc_result_free(doc);
}

/* birth and death places with full dates in a life span's brackets; a work
 * and a clause naming its maker ("T, the series N created for Netflix") */
static void lives_and_makers(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Carmen Vidal (Seville, 3 May 1932 – Madrid, 9 June "
                        "2004) was a Spanish director.");
  YES(doc, "Carmen Vidal", "birthPlace", "Seville");
  YES(doc, "Carmen Vidal", "deathPlace", "Madrid");
  YES(doc, "Carmen Vidal", "birthDate", "1932-05-03");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Olas', the series Ana Ruiz created for Netflix, premiered in 2021.");
  YES(doc, "Olas", "createdBy", "Ana Ruiz");
  YES(doc, "Olas", "distributedBy", "Netflix");
  NO(doc, "Ana Ruiz", "type", "TVSeries");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Tunde Kelani's breakthrough was 'Saworo', the drama "
                          "he directed in 1999 in Ibadan.");
  YES(doc, "Saworo", "directedBy", "Tunde Kelani");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Kemi's favourite is 'Sal' (2009), the film that "
                          "Tunde Bello watched twice.");
  NO(doc, "Sal", "directedBy", "Tunde Bello");
  kgb_doc_result_free(doc);
}

/* a creator or a cinematographer named by the trade ("Series creator X
 * told reporters", "The show's creator, X,", "her cinematographer, X,");
 * not a plot's "her editor, X" */
static void creators_and_cinematographers(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("'Vidas' is a telenovela. Series creator Lucía Paredes "
                        "told reporters that a second season is planned.");
  YES(doc, "Vidas", "createdBy", "Lucía Paredes");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Vidas' is a telenovela. The show's creator, Lucía "
                          "Paredes, grew up in Lima.");
  YES(doc, "Vidas", "createdBy", "Lucía Paredes");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Hanoi Rain' is a drama. Trần Mai and her cinematographer, Lee "
      "Dong-wook, shot the market scenes at dawn.");
  YES(doc, "Hanoi Rain", "cinematographyBy", "Lee Dong-wook");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("'Deadline' is a drama. Mina, a journalist, argues "
                          "with her editor, Tom Berg, about the story.");
  NO(doc, "Deadline", "editedBy", "Tom Berg");
  NO(doc, "Deadline", "cinematographyBy", "Tom Berg");
  kgb_doc_result_free(doc);
}

/* trades after a copula ("A and B are the producers of T"), "shot by" in
 * a list of credits, a weekday before a release date */
static void trades_after_copula(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Grace Mwangi and Otieno Were are the producers of 'Soko'.");
  YES(doc, "Soko", "producedBy", "Grace Mwangi");
  YES(doc, "Soko", "producedBy", "Otieno Were");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Ilse Kramer was the editor of 'Watt'.");
  YES(doc, "Watt", "editedBy", "Ilse Kramer");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Watt' was edited by Ilse Kramer and shot by Jonas Hahn.");
  YES(doc, "Watt", "cinematographyBy", "Jonas Hahn");
  YES(doc, "Watt", "editedBy", "Ilse Kramer");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "In 'Watt', the sheriff Emil was shot by Jonas Hahn, his brother.");
  NO(doc, "Watt", "cinematographyBy", "Jonas Hahn");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "'Watt' opened in German cinemas on Thursday, 9 March 2023.");
  YES(doc, "Watt", "releaseDate", "2023-03-09");
  kgb_doc_result_free(doc);
}

/* births with a trade between the date and the name, or in an apposition
 * after it ("N, born in P in 1975,"; a town the data does not know there) */
static void births_with_trades(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Born on 14 July 1988 in Gdańsk, Polish actor Piotr "
                        "Zając rose to fame in 'Molo'.");
  YES(doc, "Piotr Zając", "birthDate", "1988-07-14");
  YES(doc, "Piotr Zając", "birthPlace", "Gdańsk");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "Born in 1980 in Lagos, Nigerian director Kemi Adeyemi made 'Oja'.");
  YES(doc, "Kemi Adeyemi", "birthPlace", "Lagos");
  YES(doc, "Kemi Adeyemi", "birthDate", "1980");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Peruvian composer Lucho Quispe, born in "
                          "Huancavelica in 1969, scored 'Inti'.");
  YES(doc, "Lucho Quispe", "birthPlace", "Huancavelica");
  YES(doc, "Lucho Quispe", "birthDate", "1969");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence(
      "Cinematographer Ana Lis, born in Porto in 1975, shot 'Mar'.");
  YES(doc, "Ana Lis", "birthPlace", "Porto");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xcrew10[] = {
    cmocka_unit_test_setup(channels_by_kind, kgb_test_rules_setup),
    cmocka_unit_test_setup(credits_by_relatives, kgb_test_rules_setup),
    cmocka_unit_test_setup(directors_by_trade, kgb_test_rules_setup),
    cmocka_unit_test_setup(credits_in_relative_clauses, kgb_test_rules_setup),
    cmocka_unit_test_setup(companies_described, kgb_test_rules_setup),
    cmocka_unit_test_setup(deaths, kgb_test_rules_setup),
    cmocka_unit_test_setup(original_titles, kgb_test_rules_setup),
    cmocka_unit_test_setup(distributors_crafts_and_values,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(directing_said_otherwise, kgb_test_rules_setup),
    cmocka_unit_test_setup(genres_and_writers, kgb_test_rules_setup),
    cmocka_unit_test_setup(sources_and_channels, kgb_test_rules_setup),
    cmocka_unit_test_setup(lives_and_makers, kgb_test_rules_setup),
    cmocka_unit_test_setup(creators_and_cinematographers, kgb_test_rules_setup),
    cmocka_unit_test_setup(trades_after_copula, kgb_test_rules_setup),
    cmocka_unit_test_setup(births_with_trades, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xcrew10_count =
    sizeof kgb_tests_sentences_xcrew10 / sizeof kgb_tests_sentences_xcrew10[0];
