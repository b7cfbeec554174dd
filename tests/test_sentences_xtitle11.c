/* test_sentences_xtitle11.c: work titles (xtitle11). After a work or genre
 * noun a title runs on through the small words of titles into more
 * capitalised words ("the war drama Sunflowers in Winter (2019)", "the
 * Polish comedy Wesele w Krakowie runs …"), when what follows ends a title;
 * a place after "in" stays the verb's when the phrase is a verb's object
 * ("they shot the drama Lanterns in Lisbon"). Each test asserts the facts a
 * sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* a title with a preposition, a conjunction or an article inside, after a
 * genre noun, before a bracket, a comma or a verb */
static void titles_after_genre_nouns(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Kenyan actor Otieno Wafula won praise for the lead in the crime drama "
      "Night Train to Kisumu (2021), scored by Amina Njeri.");
  YES(doc, "Night Train to Kisumu", "releaseDate", "2021");
  NO(doc, "Kisumu", "releaseDate", "2021");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In the Filipino romance Letters from Baguio, Mara, "
                          "a schoolteacher, falls for a jeepney driver.");
  YES(doc, "Letters from Baguio", "hasCharacter", "Mara");
  CLASS_IS(doc, "Letters from Baguio", "Film");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Lagos-set thriller Shadows over the Lagoon was "
                          "shot mostly in Accra.");
  YES(doc, "Shadows over the Lagoon", "filmedIn", "Accra");
  NO(doc, "Lagos", "filmedIn", "Accra");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Directed by Tomasz Lis, the Polish comedy Wesele w "
                          "Krakowie runs 104 minutes.");
  YES(doc, "Wesele w Krakowie", "directedBy", "Tomasz Lis");
  YES(doc, "Wesele w Krakowie", "runtime", "104");
  NO(doc, "Krakowie", "runtime", "104");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Her breakthrough came with the Mexican melodrama "
                          "Lluvia and Ceniza, which premiered in 2019.");
  YES(doc, "Lluvia and Ceniza", "releaseDate", "2019");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Turkish series Winds of the Bosphorus stars Ece "
                          "Demir as a ferry captain.");
  YES(doc, "Winds of the Bosphorus", "starring", "Ece Demir");
  CLASS_IS(doc, "Winds of the Bosphorus", "TVSeries");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Reviewers loved Ana Ortiz's thriller Sand over Lima (2019).");
  YES(doc, "Sand over Lima", "releaseDate", "2019");
  kgb_doc_result_free(doc);
}

/* a place after a genre noun's title that the verb before it owns */
static void places_after_titles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Kemal Aydin shot the thriller Night Harbor in Lisbon, where the crew "
      "stayed for a month.");
  NO(doc, "Night Harbor in Lisbon", "type", "Film");
  NO(doc, "Night Harbor in Lisbon", "directedBy", "Kemal Aydin");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Alejandro Ruiz, born in Cusco, filmed the drama Lanterns in Lima in "
      "2018.");
  NO(doc, "Lanterns in Lima", "type", "Film");
  kgb_doc_result_free(doc);
}

/* a title in sentence case after a genre noun, before a comma or a
 * bracket ("the comedy Fars dag, …"); a place as the genre's modifier ("the
 * Lisbon thriller X"); a name before a comma is no actor of a list when the
 * verb after the next name is singular ("…, Lena Berg plays …") */
static void sentence_case_titles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In the Swedish drama Sista dansen, Lena Berg plays a retired dancer.");
  YES(doc, "Sista dansen", "starring", "Lena Berg");
  CLASS_IS(doc, "Sista dansen", "Film");
  NO(doc, "Sista dansen", "type", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The Romanian comedy Nunta mută (2008) follows a village wedding.");
  YES(doc, "Nunta mută", "releaseDate", "2008");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Rui Costa stars in the Lisbon thriller Noite longa, set in 1975.");
  YES(doc, "Noite longa", "starring", "Rui Costa");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Niels Brandt's Aarhus comedy Mors køkken, Ida "
                          "Holm plays a retired gardener.");
  YES(doc, "Mors køkken", "starring", "Ida Holm");
  YES(doc, "Mors køkken", "directedBy", "Niels Brandt");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ana Ortiz, Lena Berg and Kemal Aydin play three sisters who run a "
      "hotel in the comedy Lagos Nights.");
  YES(doc, "Lagos Nights", "starring", "Lena Berg");
  CLASS_IS(doc, "Ana Ortiz", "Person");
  CLASS_IS(doc, "Kemal Aydin", "Person");
  kgb_doc_result_free(doc);

  /* a verb after the name is no part of a title */
  doc = kgb_test_sentence("In the thriller Kemal vanished, the police chief "
                          "hesitates, and Ana Ortiz plays him.");
  NO(doc, "Kemal vanished", "type", "Film");
  kgb_doc_result_free(doc);
}

/* a name that ranks open ("Chief Prosecutor Han Dae-sik", "Sergeant Wes
 * Doolan") keeps them, and is also known without them: "Han Dae-sik" alone
 * later is the same character */
static void ranks_before_names(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In the legal thriller Glass Court, Park Ji-ho plays Chief Prosecutor "
      "Han Dae-sik, a ruthless careerist. Han Dae-sik later hires Kim Ji-won "
      "as his secretary.");
  YES(doc, "Han Dae-sik", "playedBy", "Park Ji-ho");
  YES(doc, "Chief Prosecutor Han Dae-sik", "playedBy", "Park Ji-ho");
  YES(doc, "Glass Court", "hasCharacter", "Han Dae-sik");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Annika Sjöberg stars as Detective Inspector Margit "
                          "Holmberg in the Swedish series Skärgård.");
  YES(doc, "Margit Holmberg", "playedBy", "Annika Sjöberg");
  YES(doc, "Skärgård", "hasCharacter", "Margit Holmberg");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Puerto Claro, Deputy Mayor Tomás Varela, played "
                          "by Diego Ruiz, blocks the harbour project.");
  YES(doc, "Tomás Varela", "playedBy", "Diego Ruiz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Red Dust, Marcus Bright plays Sergeant Wes "
                          "Doolan, a weary small-town cop.");
  YES(doc, "Wes Doolan", "playedBy", "Marcus Bright");
  YES(doc, "Sergeant Wes Doolan", "playedBy", "Marcus Bright");
  kgb_doc_result_free(doc);

  /* one word of name after a rank: no other name ("Captain America") */
  doc = kgb_test_sentence("Ireti Oladipo plays Adaeze, with veteran actor "
                          "Olumide Fashola as Chief Emeka.");
  YES(doc, "Chief Emeka", "playedBy", "Olumide Fashola");
  NO(doc, "Emeka", "playedBy", "Olumide Fashola");
  kgb_doc_result_free(doc);
}

/* "ACTOR is ROLE, description": a role named with a word of address in
 * another language ("Madame Roux", "Dona Zezé"), a description without an
 * article ("matriarch of …"), and the work after it ("…, in Maré Cheia;") */
static void actor_is_role(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Rita Andrade is Dona Zezé, matriarch of a fishing family in Salvador, "
      "in Maré Cheia; her sons are played by Caio Prado and Diego Lins.");
  YES(doc, "Dona Zezé", "playedBy", "Rita Andrade");
  YES(doc, "Maré Cheia", "hasCharacter", "Dona Zezé");
  YES(doc, "Maré Cheia", "starring", "Rita Andrade");
  CLASS_IS(doc, "Rita Andrade", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Lucía Méndez is Doña Rosa, mother of the bride, in Casa de Rosas.");
  YES(doc, "Doña Rosa", "playedBy", "Lucía Méndez");
  YES(doc, "Casa de Rosas", "hasCharacter", "Doña Rosa");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Claire Martin is Madame Lefèvre, a retired teacher "
                          "who spies on her neighbours.");
  YES(doc, "Madame Lefèvre", "playedBy", "Claire Martin");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Friedrich Maier was Herr Bauer, the stern village schoolmaster, in "
      "Dorfschule; he died in 2004.");
  YES(doc, "Herr Bauer", "playedBy", "Friedrich Maier");
  YES(doc, "Dorfschule", "starring", "Friedrich Maier");
  kgb_doc_result_free(doc);

  /* a place after the description is no work; a possessive is kin */
  doc = kgb_test_sentence("Rita Andrade is Dona Zezé, matriarch of a fishing "
                          "family, in Salvador.");
  YES(doc, "Dona Zezé", "playedBy", "Rita Andrade");
  NO(doc, "Salvador", "hasCharacter", "Dona Zezé");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Maria Souza is Dona Ana's daughter, a nurse in Recife.");
  NO(doc, "Dona Ana", "playedBy", "Maria Souza");
  YES(doc, "Maria Souza", "hasParent", "Dona Ana");
  kgb_doc_result_free(doc);
}

/* "In the second series of X, C, …": the part of a series named by a
 * series or season noun before "of" is no mention of the work; the name
 * after it is the series */
static void seasons_of_series(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In the second series of Regnbyen, Ingrid, a police officer in Bergen, "
      "discovers that her partner, Erik, has been dating her sister, Maja.");
  CLASS_IS(doc, "Regnbyen", "TVSeries");
  YES(doc, "Regnbyen", "hasCharacter", "Ingrid");
  NO(doc, "Maja", "hasSibling", "Regnbyen");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In the third season of Kuzey Yıldızı, Elif, a "
                          "young lawyer in Izmir, returns home.");
  YES(doc, "Kuzey Yıldızı", "hasCharacter", "Elif");
  CLASS_IS(doc, "Kuzey Yıldızı", "TVSeries");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In the final series of Harbour Lights, Moira, a "
                          "ferry pilot on Skye, sells her boat.");
  YES(doc, "Harbour Lights", "hasCharacter", "Moira");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("During the first season of Casa Verde, Lucía, a "
                          "cook from Oaxaca, opens a restaurant.");
  YES(doc, "Casa Verde", "hasCharacter", "Lucía");
  kgb_doc_result_free(doc);

  /* "the second season of X began …": a verb after the series */
  doc = kgb_test_sentence("Production on the third season of Kar Tanesi began "
                          "in Erzurum in March 2023.");
  CLASS_IS(doc, "Kar Tanesi", "TVSeries");
  YES(doc, "Kar Tanesi", "filmingStart", "2023-03");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The final season of Harbour Lights premiered on BBC "
                          "Scotland on 4 May 2022.");
  CLASS_IS(doc, "Harbour Lights", "TVSeries");
  YES(doc, "Harbour Lights", "releaseDate", "2022-05-04");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Shooting for season two of Tierra Brava started in "
                          "Salta in 2021.");
  CLASS_IS(doc, "Tierra Brava", "TVSeries");
  kgb_doc_result_free(doc);

  /* without "of" the series noun is still the work */
  doc = kgb_test_sentence("Harbour Lights is a Scottish drama series. The "
                          "second series was filmed in Glasgow.");
  YES(doc, "Harbour Lights", "filmedIn", "Glasgow");
  kgb_doc_result_free(doc);
}

/* what characters or a bond are the heart, centre or core of is a work:
 * "are the heart of A Tisza partján, a quiet Hungarian film", "at the
 * centre of X, ACTOR gives …", "The emotional core of X is the friendship
 * between …"; not a place ("At the heart of Lisbon, …") */
static void heart_of_works(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Marta (Ana Ruiz) and her son Pablo (Leo Gil) are the heart of A Casa "
      "do Rio, a gentle Galician film about a ferry family.");
  CLASS_IS(doc, "A Casa do Rio", "Film");
  YES(doc, "A Casa do Rio", "hasCharacter", "Pablo");
  YES(doc, "A Casa do Rio", "starring", "Ana Ruiz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("As Kofi, the reluctant fisherman at the centre of "
                          "Accra Tides, Kwame Mensah gives the film its "
                          "warmth.");
  YES(doc, "Accra Tides", "hasCharacter", "Kofi");
  YES(doc, "Accra Tides", "starring", "Kwame Mensah");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The emotional core of Winter in Almaty is the bond "
                          "between Aruzhan, a violinist, and her grandmother.");
  YES(doc, "Winter in Almaty", "hasCharacter", "Aruzhan");
  NO(doc, "Winter", "hasCharacter", "Aruzhan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Sione (Tavita Leota) and Mele (Lagi Faleolo) are "
                          "the beating heart of Malaga Tasi, a Samoan series "
                          "about a village school.");
  CLASS_IS(doc, "Malaga Tasi", "TVSeries");
  YES(doc, "Malaga Tasi", "hasCharacter", "Mele");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "At the heart of Lisbon, Ana Ortiz runs a café with her brother, Pedro.");
  CLASS_IS(doc, "Lisbon", "City");
  kgb_doc_result_free(doc);
}

/* "the thriller", "the comedy" naming the work is a weak vote for a film;
 * a series noun elsewhere outweighs it */
static void genre_nouns_vote_film(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "“Desert Cedar”, the Jordanian action thriller starring Rami Haddad "
      "and Lina Saleh, has now grossed $9.1 million worldwide.");
  CLASS_IS(doc, "Desert Cedar", "Film");
  YES(doc, "Desert Cedar", "starring", "Lina Saleh");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kampala Nights’ premiered in Kampala in 2019; the "
                          "romantic comedy stars Grace Akello.");
  CLASS_IS(doc, "Kampala Nights", "Film");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Yalı Bahçesi is a Turkish television series. The "
                          "comedy airs on Star TV and stars Deniz Can.");
  CLASS_IS(doc, "Yalı Bahçesi", "TVSeries");
  YES(doc, "Yalı Bahçesi", "starring", "Deniz Can");
  kgb_doc_result_free(doc);
}

/* "whose debut feature, The Orchard Gate (2008), …": a capitalised "The"
 * after a comma opens a title; "the biblical epic X" (more genre nouns);
 * "X — directed by N — …" (a credit in dashes) */
static void titles_after_commas_and_dashes(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Wanjiru Kamau is a Kenyan film director whose debut feature, The Salt "
      "Road (2014), was shot in Lamu.");
  YES(doc, "The Salt Road", "filmedIn", "Lamu");
  YES(doc, "The Salt Road", "releaseDate", "2014");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The sprawling epic Sands of Nubia was filmed near Aswan in 2019.");
  CLASS_IS(doc, "Sands of Nubia", "Film");
  YES(doc, "Sands of Nubia", "filmedIn", "Aswan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Running a brisk 88 minutes, Harbour of Saints — directed by Niamh "
      "Gallagher — opens in Irish cinemas on Friday.");
  YES(doc, "Harbour of Saints", "directedBy", "Niamh Gallagher");
  NO(doc, "Harbour of Saints", "type", "Landmark");
  kgb_doc_result_free(doc);
}

/* "X, a six-part German miniseries broadcast by Y, …": a count of parts or
 * episodes before the series noun in an apposition; not when the series
 * noun only modifies another noun */
static void part_series_appositions(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Kalte Wasser, a four-part Austrian crime miniseries shown by ORF in "
      "2019, stars Lena Huber as a border guard.");
  CLASS_IS(doc, "Kalte Wasser", "TVSeries");
  YES(doc, "Kalte Wasser", "starring", "Lena Huber");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Sangre Dulce, an eight-episode Colombian "
                          "telenovela, was created by Andrés Mejía and stars "
                          "Laura Gil.");
  CLASS_IS(doc, "Sangre Dulce", "TVSeries");
  YES(doc, "Sangre Dulce", "createdBy", "Andrés Mejía");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Mika Sato, a two-part documentary series subject, "
                          "lives in Osaka with her husband, Kenji.");
  NO(doc, "Mika Sato", "type", "TVSeries");
  kgb_doc_result_free(doc);
}

/* a sentence that opens with the name and a film in apposition, the
 * nationalities and "coming-of-age" between ("Tusitala’s Reef, a 2015 New
 * Zealand–Samoan coming-of-age film directed by …", over a head word); a
 * long gloss in brackets before "is a … film" */
static void lead_appositions(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Cedar Bay, a 2018 Canadian–Irish coming-of-age film directed by "
      "Siobhán Walsh, opened in Halifax.");
  CLASS_IS(doc, "Cedar Bay", "Film");
  YES(doc, "Cedar Bay", "directedBy", "Siobhán Walsh");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kampung Baru (lit. ‘The New Village on the Hill by the River’) is a "
      "Malaysian drama film directed by Aziz Rahman.");
  CLASS_IS(doc, "Kampung Baru", "Film");
  YES(doc, "Kampung Baru", "directedBy", "Aziz Rahman");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Lake Bled, a favourite backdrop of film crews, was "
                          "where Ana Novak and her brother Luka grew up.");
  NO(doc, "Lake Bled", "type", "Film");
  kgb_doc_result_free(doc);
}

/* "Dom pod lipami (English: The House Under the Lindens) is …": a name and
 * lower-case words before a bracket that glosses a title are a title */
static void glossed_titles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Casa de papel azul (English: The Blue Paper House) is a Chilean film "
      "directed by Tomás Vera.");
  CLASS_IS(doc, "Casa de papel azul", "Film");
  YES(doc, "Casa de papel azul", "directedBy", "Tomás Vera");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Dom pod lipami (English: The House Under the "
                          "Lindens) is a Polish series which aired on Kanał "
                          "Wisła from 4 October 1998.");
  YES(doc, "Dom pod lipami", "releaseDate", "1998-10-04");
  kgb_doc_result_free(doc);
}

/* a clause's subject with small words inside before a verb only a work has
 * ("shot its …", "stars", "premiered"), over a head word ("Hills") */
static void titles_as_subjects(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Set in Kandy, Mist over the Hills shot its tea-estate scenes near "
      "Nuwara Eliya in March 2018.");
  CLASS_IS(doc, "Mist over the Hills", "Work");
  YES(doc, "Mist over the Hills", "setIn", "Kandy");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Set in Cusco, Rain over the Andes shot its market "
                          "scenes in Pisac in 2019.");
  YES(doc, "Rain over the Andes", "setIn", "Cusco");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Night Shift in Enugu stars Adaeze Obi as a nurse.");
  YES(doc, "Night Shift in Enugu", "starring", "Adaeze Obi");
  NO(doc, "Enugu", "starring", "Adaeze Obi");
  kgb_doc_result_free(doc);

  /* people who shoot are no title, "and" joins none */
  doc = kgb_test_sentence("Set in Lagos, Kemi and Tunde shot their wedding "
                          "video in Ikeja with their friend Bola.");
  NO(doc, "Kemi and Tunde", "type", "Work");
  kgb_doc_result_free(doc);
}

/* a Persian ezafe joins a name: "Bagh-e Fin", "Naqsh-e Jahan Square" */
static void ezafe_names(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The Iranian drama Bagh-e Fin was shot in Kashan in 2016.");
  YES(doc, "Bagh-e Fin", "filmedIn", "Kashan");
  NO(doc, "Fin", "filmedIn", "Kashan");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("The crew filmed at Naqsh-e Jahan Square in Isfahan.");
  YES(doc, "Naqsh-e Jahan Square", "locatedIn", "Isfahan");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xtitle11[] = {
    cmocka_unit_test_setup(titles_after_genre_nouns, kgb_test_rules_setup),
    cmocka_unit_test_setup(places_after_titles, kgb_test_rules_setup),
    cmocka_unit_test_setup(sentence_case_titles, kgb_test_rules_setup),
    cmocka_unit_test_setup(ranks_before_names, kgb_test_rules_setup),
    cmocka_unit_test_setup(actor_is_role, kgb_test_rules_setup),
    cmocka_unit_test_setup(seasons_of_series, kgb_test_rules_setup),
    cmocka_unit_test_setup(heart_of_works, kgb_test_rules_setup),
    cmocka_unit_test_setup(genre_nouns_vote_film, kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_after_commas_and_dashes,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(part_series_appositions, kgb_test_rules_setup),
    cmocka_unit_test_setup(lead_appositions, kgb_test_rules_setup),
    cmocka_unit_test_setup(glossed_titles, kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_as_subjects, kgb_test_rules_setup),
    cmocka_unit_test_setup(ezafe_names, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xtitle11_count =
    sizeof kgb_tests_sentences_xtitle11 /
    sizeof kgb_tests_sentences_xtitle11[0];
