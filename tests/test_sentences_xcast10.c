/* test_sentences_xcast10.c: cast, characters and titles (xcast10). A
 * foreign title with its English one in brackets, unquoted ("Kök Tengri
 * (Blue Sky) follows …"), is a work, not a character and its actor; the
 * cast of a work described before its title ("the cast of the
 * Danish-language series X includes …"), people named before it
 * ("Alongside A, the cast of X includes B"); pairs written actor first
 * ("A (Nneka), B (Chief Ade)") and roles named like towns after a casting
 * verb ("stars A (Florence)"). Each test asserts the facts a sentence must
 * give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "Foreign Title (English Title)" with no quotes: the bracket is the work's
 * other name; a one-word English role or a pair in a cast list is no
 * translation */
static void translated_titles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Nyota Ya Bahari (Star of the Sea) premiered on Showmax in 2021.");
  CLASS_IS(doc, "Nyota Ya Bahari", "Work");
  YES(doc, "Star of the Sea", "releaseDate", "2021");
  CLASS_IS(doc, "Star of the Sea", "Work");
  NO(doc, "Nyota Ya Bahari", "playedBy", "Star of the Sea");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Starring Aigerim Nurlanova, Kök Tengri (Blue Sky) "
                          "follows a shepherd who loses his flock.");
  YES(doc, "Kök Tengri", "starring", "Aigerim Nurlanova");
  CLASS_IS(doc, "Blue Sky", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Set in Hanoi, Mùa Hè Xanh (The Green Summer) "
                          "tells the story of two sisters.");
  YES(doc, "Mùa Hè Xanh", "setIn", "Hanoi");
  YES(doc, "The Green Summer", "originalTitle", "Mùa Hè Xanh");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "For Baharak (The Spring Bud), the crew spent a month in Shiraz.");
  YES(doc, "Baharak", "filmedIn", "Shiraz");
  CLASS_IS(doc, "Baharak", "Work");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Mẹ Tôi (My Mother) was directed by Nguyễn Thanh Hà.");
  YES(doc, "My Mother", "directedBy", "Nguyễn Thanh Hà");
  NO(doc, "Mẹ Tôi", "playedBy", "My Mother");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ama Mensah (Blessing) leads the cast of the drama.");
  YES(doc, "Blessing", "playedBy", "Ama Mensah");
  CLASS_IS(doc, "Ama Mensah", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kwabena (Kofi Boateng) and Efua (Grace Hill) are superb in the film.");
  YES(doc, "Efua", "playedBy", "Grace Hill");
  CLASS_IS(doc, "Efua", "Character");
  kgb_doc_result_free(doc);
}

/* the cast of a work whose kind is described before its title; people
 * with a trade before their names; people named before the cast noun */
static void cast_of_described_work(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("The ensemble of Harbour Nights includes Kwame Asante, "
                        "Lila Moreau and newcomer Tariq Aziz.");
  CLASS_IS(doc, "Harbour Nights", "Work");
  YES(doc, "Harbour Nights", "starring", "Kwame Asante");
  YES(doc, "Harbour Nights", "starring", "Lila Moreau");
  YES(doc, "Harbour Nights", "starring", "Tariq Aziz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The cast of the Danish-language series Mørke Vande "
                          "includes Sofie Lund and veteran actor Henrik Bach.");
  YES(doc, "Mørke Vande", "starring", "Sofie Lund");
  YES(doc, "Mørke Vande", "starring", "Henrik Bach");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The line-up of the 2019 comedy Pink Ribbons "
                          "includes Aya Tanaka and Jun Mori.");
  YES(doc, "Pink Ribbons", "starring", "Aya Tanaka");
  YES(doc, "Pink Ribbons", "starring", "Jun Mori");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Alongside Kemi Adetiba, the cast of the thriller "
                          "Broken Oars includes Femi Jacobs.");
  YES(doc, "Broken Oars", "starring", "Kemi Adetiba");
  YES(doc, "Broken Oars", "starring", "Femi Jacobs");
  CLASS_IS(doc, "Alongside Kemi Adetiba", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Besides leads Marta Nowak and Piotr Kos, the ensemble of the Polish "
      "comedy Zimowy Las includes Ewa Lis.");
  YES(doc, "Zimowy Las", "starring", "Marta Nowak");
  YES(doc, "Zimowy Las", "starring", "Piotr Kos");
  YES(doc, "Zimowy Las", "starring", "Ewa Lis");
  kgb_doc_result_free(doc);

  /* a crew of a ship is no cast; a cast with no title names no work */
  doc = kgb_test_sentence(
      "Shot in Porto, ‘Mar Alto’ follows a trawler; the crew of the Santa "
      "Luzia includes Rui Costa and Ana Lopes.");
  YES(doc, "Mar Alto", "filmedIn", "Porto");
  NO(doc, "Santa Luzia", "starring", "Rui Costa");
  kgb_doc_result_free(doc);
}

/* pairs written actor first: the next pair follows the first whatever its
 * role's name looks like; a role named like a town after a casting verb */
static void actor_first_pairs(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The cast of the Kenyan drama Mwangaza is led by Wanjiru Kamau "
      "(Achieng) and Otieno Omondi (Baraka).");
  YES(doc, "Achieng", "playedBy", "Wanjiru Kamau");
  YES(doc, "Baraka", "playedBy", "Otieno Omondi");
  YES(doc, "Mwangaza", "hasCharacter", "Achieng");
  YES(doc, "Mwangaza", "starring", "Otieno Omondi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Ọjà Ọba, Amaka Igwe (Nneka), Olu Jacobs (Chief "
                          "Ade) and Bimbo Akintola (Tola) share the screen.");
  YES(doc, "Chief Ade", "playedBy", "Olu Jacobs");
  NO(doc, "Olu Jacobs", "playedBy", "Chief Ade");
  CLASS_IS(doc, "Olu Jacobs", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The series ‘Casa Grande’ stars Lucía Méndez "
                          "(Florence) and Pablo Ruiz (Tomás).");
  YES(doc, "Florence", "playedBy", "Lucía Méndez");
  YES(doc, "Tomás", "playedBy", "Pablo Ruiz");
  CLASS_IS(doc, "Florence", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The documentary ‘Rio’ was directed by Ana Ruiz (Lisbon) and edited by "
      "Pedro Sá.");
  YES(doc, "Rio", "directedBy", "Ana Ruiz");
  NO(doc, "Lisbon", "playedBy", "Ana Ruiz");
  kgb_doc_result_free(doc);
}

/* a title in sentence case whose two first words no English dictionary
 * has ("Tichá voda"), ending before the first English word; a British
 * spelling is English ("realises") */
static void sentence_case_titles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Directed by Jiří Novák, Tichá voda follows a lock keeper on the "
      "Vltava.");
  YES(doc, "Tichá voda", "directedBy", "Jiří Novák");
  CLASS_IS(doc, "Tichá voda follows", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Starring Ana Torres, Noche oscura was shot in Valparaíso.");
  YES(doc, "Noche oscura", "filmedIn", "Valparaíso");
  YES(doc, "Noche oscura", "starring", "Ana Torres");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Kingfisher Days’, Ren realises that his father "
                          "has left the harbour town.");
  YES(doc, "Kingfisher Days", "hasCharacter", "Ren");
  CLASS_IS(doc, "Ren realises", NULL);
  kgb_doc_result_free(doc);
}

/* the kind of an unquoted work from the noun before it: a genre noun alone
 * makes a film, a work "in parts" or a series noun (after "Ottoman-era",
 * "police") a series */
static void kinds_of_works(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Principal photography on the Icelandic thriller Hafís commenced in "
      "March 2022 in Ísafjörður.");
  CLASS_IS(doc, "Hafís", "Film");
  YES(doc, "Hafís", "filmingStart", "2022-03");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The indie western Red Mesa shot for 30 days in Moab, Utah.");
  CLASS_IS(doc, "Red Mesa", "Film");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("The six-part drama Lowland Rain was filmed in Fife.");
  CLASS_IS(doc, "Lowland Rain", "TVSeries");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Ottoman-era series Saray was filmed in Bursa.");
  CLASS_IS(doc, "Saray", "TVSeries");
  YES(doc, "Saray", "filmedIn", "Bursa");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Although the police series Grey Tide is set in a "
                          "fictional port, it was shot in Cork.");
  CLASS_IS(doc, "Grey Tide", "TVSeries");
  YES(doc, "Grey Tide", "filmedIn", "Cork");
  kgb_doc_result_free(doc);
}

/* two actors and two roles in order: "A and B play the feuding twins C and
 * D, respectively", "X reunites A and B as C and D" (B does not play C), a
 * role named like a town; two credits joined by "and" stay two credits */
static void pairs_in_order(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Kwame Asante and Efua Mensah play the squabbling twins Kofi and "
      "Adwoa, respectively, in the Ghanaian comedy ‘Twin Trouble’.");
  YES(doc, "Kofi", "playedBy", "Kwame Asante");
  YES(doc, "Adwoa", "playedBy", "Efua Mensah");
  NO(doc, "Kofi", "playedBy", "Efua Mensah");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Danish series ‘Havet’ reunites Sofie Lund and "
                          "Henrik Bach as Karen and Jens, two estranged "
                          "spouses.");
  YES(doc, "Karen", "playedBy", "Sofie Lund");
  YES(doc, "Jens", "playedBy", "Henrik Bach");
  NO(doc, "Karen", "playedBy", "Henrik Bach");
  YES(doc, "Havet", "hasCharacter", "Jens");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Kuyu’ stars Zeynep Kaya and Emre Aksoy as Florence and Adam.");
  YES(doc, "Florence", "playedBy", "Zeynep Kaya");
  YES(doc, "Adam", "playedBy", "Emre Aksoy");
  NO(doc, "Florence", "playedBy", "Emre Aksoy");
  CLASS_IS(doc, "Florence", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "It stars Verónica Lanús as Lucía and Joaquín Dalmasso as Facundo.");
  YES(doc, "Lucía", "playedBy", "Verónica Lanús");
  YES(doc, "Facundo", "playedBy", "Joaquín Dalmasso");
  kgb_doc_result_free(doc);
}

/* a work named after a described kind ("stars in the Mexican crime series
 * X as Y"), after its season ("in the third season of X") or opening a plot
 * with a described character ("In X, retired fisherman Y moves …"); a
 * newspaper described after its name is a company, and "a police officer"
 * makes no work of the name before it */
static void works_around_the_cast(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Lupita Reyes (born 1990) stars in the Mexican crime series Sombra "
      "Norte as Inés Vidal, a rookie detective.");
  CLASS_IS(doc, "Sombra Norte", "TVSeries");
  YES(doc, "Inés Vidal", "playedBy", "Lupita Reyes");
  YES(doc, "Sombra Norte", "starring", "Lupita Reyes");
  YES(doc, "Sombra Norte", "hasCharacter", "Inés Vidal");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Havsbris, retired fisherman Anders Holm moves to "
                          "Gothenburg to live with his son Erik.");
  YES(doc, "Havsbris", "hasCharacter", "Anders Holm");
  CLASS_IS(doc, "Havsbris", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kemal falls for his colleague Aylin in the third season of Karagöz.");
  CLASS_IS(doc, "Karagöz", "TVSeries");
  YES(doc, "Karagöz", "hasCharacter", "Kemal");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("At Gazeta Nowa, the Gdańsk daily where she works, "
                          "Ola meets her sister Ewa.");
  CLASS_IS(doc, "Gazeta Nowa", "Organization");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ingrid, a police officer in Bergen, arrests ‘Nordkapp’ star Erik Dahl.");
  CLASS_IS(doc, "Ingrid", "Character");
  NO(doc, "Ingrid", "genre", "police");
  kgb_doc_result_free(doc);
}

/* roles and actors around a passive: praise before the actor in the role's
 * brackets, two roles played by one actor or by two in order, a describing
 * word before the actor ("the veteran", "the Swedish-born"), a described
 * role before "played"; a month's name opening a sentence before a bracket
 * is a role */
static void passives_and_brackets(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In ‘Casa Velha’, Nadia (a luminous Ana Ruiz) returns to her village.");
  YES(doc, "Nadia", "playedBy", "Ana Ruiz");
  CLASS_IS(doc, "Ana Ruiz", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Lowlands’, the twins Kofi and Kwame are both "
                          "played by Kwesi Boateng, who is superb.");
  YES(doc, "Kofi", "playedBy", "Kwesi Boateng");
  YES(doc, "Kwame", "playedBy", "Kwesi Boateng");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Salt Creek’, her daughters, Mia and Lou, are "
                          "played by Ava Stone and Ruby Hale.");
  YES(doc, "Mia", "playedBy", "Ava Stone");
  YES(doc, "Lou", "playedBy", "Ruby Hale");
  NO(doc, "Lou", "playedBy", "Ava Stone");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Her boss is inspector Kalle Berg, played by the "
                          "Swedish-born Nils Ek, in ‘Frost’.");
  YES(doc, "Kalle Berg", "playedBy", "Nils Ek");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Frost’, Kalle is a Malmö detective played with "
                          "quiet menace by Nils Ek.");
  YES(doc, "Kalle", "playedBy", "Nils Ek");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Jorge is played by the veteran Luis Tosar in ‘Mar’.");
  YES(doc, "Jorge", "playedBy", "Luis Tosar");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Jan (Piotr Nowak) returns to Gdańsk in ‘Tides’.");
  YES(doc, "Jan", "playedBy", "Piotr Nowak");
  CLASS_IS(doc, "Piotr Nowak", "Person");
  kgb_doc_result_free(doc);
}

/* "A plays R, and B his daughter S in X.": the second credit's verb left
 * out; the name after the last role and "in" closing the sentence is the
 * work; a town after a verb of living is none */
static void gapped_credits(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Kwame Asante plays the grieving widower, Kojo, and Ama Serwaa his "
      "estranged daughter Efua in Harmattan Nights.");
  YES(doc, "Efua", "playedBy", "Ama Serwaa");
  YES(doc, "Kojo", "playedBy", "Kwame Asante");
  YES(doc, "Harmattan Nights", "starring", "Ama Serwaa");
  YES(doc, "Harmattan Nights", "hasCharacter", "Kojo");
  CLASS_IS(doc, "Ama Serwaa", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Lena Ortiz plays Amparo and Tom Reyes her brother, "
                          "Jaime, in Dust Road.");
  YES(doc, "Jaime", "playedBy", "Tom Reyes");
  YES(doc, "Dust Road", "hasCharacter", "Jaime");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Ruiz plays a nurse, Lupe, who lives in Kibera.");
  YES(doc, "Lupe", "playedBy", "Ana Ruiz");
  NO(doc, "Kibera", "hasCharacter", "Lupe");
  kgb_doc_result_free(doc);
}

/* "A is R, his wife …" (the description a relative by now), "…, and
 * veteran actor A is R." */
static void actor_is_role(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In ‘Monsoon Accounts’, Leela Iyer is Gauri, his sister and the "
      "keeper of the family ledger.");
  YES(doc, "Gauri", "playedBy", "Leela Iyer");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Aiko Mori plays Hana, and veteran actor Takeshi "
                          "Ono is Genzō.");
  YES(doc, "Genzō", "playedBy", "Takeshi Ono");
  YES(doc, "Hana", "playedBy", "Aiko Mori");
  kgb_doc_result_free(doc);
}

/* "In X, twins A and B grow up …", "In X, A and B finally marry …": a
 * work; not before a verb of living or working there ("In Kilbride, Amara
 * and Tom run a bakery"); a Korean given name whose first syllable is an
 * English function word ("So-yeon") */
static void plot_openings(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In Kalinka, twins Olga and Vera grow up in Minsk with their aunt.");
  YES(doc, "Kalinka", "hasCharacter", "Olga");
  YES(doc, "Kalinka", "hasCharacter", "Vera");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Sol de Invierno, Mateo and Inés finally marry "
                          "after years of dating.");
  YES(doc, "Sol de Invierno", "hasCharacter", "Mateo");
  CLASS_IS(doc, "Sol de Invierno", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In Kilbride, Nora and Tom run a bakery with her brother Kofi.");
  NO(doc, "Kilbride", "hasCharacter", "Nora");
  CLASS_IS(doc, "Kilbride", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Yoon Hye-rin plays So-yeon in ‘Salt Wind Kitchen’.");
  YES(doc, "So-yeon", "playedBy", "Yoon Hye-rin");
  kgb_doc_result_free(doc);
}

/* "A plays him as …": the actor of a role a pronoun stands for; "A turns up
 * as Odile's father, Armand" */
static void pronoun_and_relative_roles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Her ex-husband, Bruno, is a taxi driver. Karim Haddad plays him as a "
      "man who has lost the argument.");
  YES(doc, "Bruno", "playedBy", "Karim Haddad");
  CLASS_IS(doc, "Karim Haddad", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Jean-Pierre Mallet turns up as Odile's father, "
                          "Armand, a retired railwayman.");
  YES(doc, "Armand", "playedBy", "Jean-Pierre Mallet");
  NO(doc, "Odile", "playedBy", "Jean-Pierre Mallet");
  kgb_doc_result_free(doc);
}

/* companies named by a head word at their end ("Sahil TV", "Nusantara
 * Talkies", "Savanna Safaris") or their start ("Canal Patagonia", "Kino
 * Polonia"); "Grand Canal" stays a landmark */
static void company_heads(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Blue Harbour’ aired on Sahil TV in 2019.");
  CLASS_IS(doc, "Sahil TV", "Organization");
  YES(doc, "Blue Harbour", "broadcastBy", "Sahil TV");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Doa Ibu’ was produced by Nusantara Talkies.");
  CLASS_IS(doc, "Nusantara Talkies", "Organization");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Canal Patagonia broadcast ‘Viento’ in 2018.");
  CLASS_IS(doc, "Canal Patagonia", "Organization");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Miasto’ was distributed by Kino Polonia.");
  YES(doc, "Miasto", "distributedBy", "Kino Polonia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Dust Road’, Amina works for Savanna Safaris in Arusha.");
  YES(doc, "Amina", "worksFor", "Savanna Safaris");
  CLASS_IS(doc, "Savanna Safaris", "Organization");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Sombra’ was produced by Nordlys Animation and Kaya Production.");
  CLASS_IS(doc, "Nordlys Animation", "Organization");
  CLASS_IS(doc, "Kaya Production", "Organization");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Venice Nights’ was filmed along the Grand Canal.");
  CLASS_IS(doc, "Grand Canal", "Landmark");
  kgb_doc_result_free(doc);
}

/* "transl." and "lit." end no sentence; the gloss after them is the work's
 * other name */
static void glosses(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Lalehzar (transl. Tulip Field) is a 2014 Iranian drama film directed "
      "by Reza Amini and starring Leila Ahmadi.");
  YES(doc, "Lalehzar", "directedBy", "Reza Amini");
  YES(doc, "Tulip Field", "starring", "Leila Ahmadi");
  CLASS_IS(doc, "Lalehzar", "Film");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ghar Wapsi (lit. Homecoming) is a 2019 Hindi web "
                          "series created by Neha Rao.");
  YES(doc, "Ghar Wapsi", "createdBy", "Neha Rao");
  CLASS_IS(doc, "Ghar Wapsi", "TVSeries");
  kgb_doc_result_free(doc);
}

/* a career's role: "rose to fame as N, …, in the 2015 series X", "is best
 * known for playing N in X", "became a household name as N in X" */
static void career_roles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Born in Gdynia in 1990, Polish actress Maja Nowak rose to fame as "
      "Kasia, the youngest of the Lis sisters, in the 2015 series Pod "
      "Niebem.");
  YES(doc, "Kasia", "playedBy", "Maja Nowak");
  YES(doc, "Pod Niebem", "starring", "Maja Nowak");
  CLASS_IS(doc, "Pod Niebem", "TVSeries");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kofi Boateng is best known for playing Kwame in "
                          "the Ghanaian drama Sika.");
  YES(doc, "Kwame", "playedBy", "Kofi Boateng");
  YES(doc, "Sika", "hasCharacter", "Kwame");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Leyla Demir became a household name as Zehra in "
                          "Gurbet.");
  YES(doc, "Gurbet", "starring", "Leyla Demir");
  kgb_doc_result_free(doc);
}

/* a trade before a name of a "stars" list; a described role running into
 * "played by"; "the novel The Clockmaker (Saatçi)" is no actor and role */
static void described_lists_and_sources(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Sombras’ stars Ana Torres, Luis Vega and the Argentine actor Tomás "
      "Ferro.");
  YES(doc, "Sombras", "starring", "Tomás Ferro");
  YES(doc, "Sombras", "starring", "Luis Vega");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "His sister, Aunt Rosa, a retired nurse played by the veteran Carmen "
      "Díaz, lives in Cádiz in ‘Sombras’.");
  YES(doc, "Rosa", "playedBy", "Carmen Díaz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Based on the novel The Clockmaker (Saatçi) by "
                          "Nermin Kaya, it stars Ece Tan and Okan Er.");
  NO(doc, "Saatçi", "playedBy", "The Clockmaker");
  CLASS_IS(doc, "The Clockmaker", "Work");
  kgb_doc_result_free(doc);
}

/* a full name owning a kind of work is a real person ("Tamar Levi's
 * features"); a streamer named "… Play" is a company */
static void makers_by_possessive(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Cinematographer Ana Vukić shot both of Tamar Levi’s features, ‘Dust’ "
      "(2012) and ‘Ash’ (2017).");
  CLASS_IS(doc, "Tamar Levi", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Released by Kino Polonia in 2016, Piotr "
                          "Zieliński’s historical drama ‘Kurier’ runs 141 "
                          "minutes.");
  CLASS_IS(doc, "Piotr Zieliński", "Person");
  YES(doc, "Kurier", "distributedBy", "Kino Polonia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Blue Tide’ is streaming now on Sahil Play.");
  CLASS_IS(doc, "Sahil Play", "Organization");
  kgb_doc_result_free(doc);
}

/* "her editor, X" in a plot is no film credit; "her cinematographer, X"
 * is */
static void possessed_trades(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In ‘Ink’, Zeynep discovers that her editor, Cemal Bey, has lied to "
      "her.");
  YES(doc, "Ink", "hasCharacter", "Zeynep");
  NO(doc, "Ink", "editedBy", "Cemal Bey");
  CLASS_IS(doc, "Cemal Bey", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Lê and her cinematographer, Park Ji-hoon, shot ‘Rain’ in Hội An.");
  CLASS_IS(doc, "Park Ji-hoon", "Person");
  kgb_doc_result_free(doc);
}

/* "A is wonderful as Y, but it is B's Ama … who steals every scene in X":
 * an actor's role by a possessive in a sentence of acting; a possessive in
 * a plot sentence is no credit */
static void possessive_credits(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Kofi Mensah is wonderful as Yaw, but it is Abena Osei's Ama — Yaw's "
      "fierce older sister — who steals every scene in Harmattan Days.");
  YES(doc, "Ama", "playedBy", "Abena Osei");
  YES(doc, "Harmattan Days", "starring", "Abena Osei");
  YES(doc, "Harmattan Days", "hasCharacter", "Yaw");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Tom Reyes's Jaime grows up in Lagos with his mother.");
  NO(doc, "Jaime", "playedBy", "Tom Reyes");
  kgb_doc_result_free(doc);
}

/* a sequel's number after a name a work noun opens is part of its title */
static void sequel_numbers(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Alongside Funke Akindele, the cast of the sequel Jollof Wars 3 "
      "includes Bisola Aiyeola and Toyin Abraham.");
  YES(doc, "Jollof Wars 3", "starring", "Toyin Abraham");
  YES(doc, "Jollof Wars 3", "starring", "Funke Akindele");
  CLASS_IS(doc, "Jollof Wars", NULL);
  kgb_doc_result_free(doc);
}

/* "X (sold abroad as "Y")": X is Y's original title and another name of
 * it; a cast line's quoted nickname names no work */
static void sold_abroad_as(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Kofi Boateng's Sika Fie (sold abroad as \"Money House\") dropped on "
      "Showmax in 2023; Ama Osei plays Efua, the matriarch.");
  YES(doc, "Money House", "originalTitle", "Sika Fie");
  YES(doc, "Sika Fie", "hasCharacter", "Efua");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Barsaat’ cast guide\n\nKamla Rathore (\"Dadi\") — Sharmila Vaid\n\n"
      "The matriarch. Kamla, played by Sharmila Vaid, still lives in the "
      "house.");
  CLASS_IS(doc, "Dadi", NULL);
  YES(doc, "Barsaat", "starring", "Sharmila Vaid");
  kgb_doc_result_free(doc);
}

/* a birth bracket or apposition between actor and verb; "was cast as N
 * after …"; "and starring A, B and the Senegalese actor C"; "made her
 * screen debut in X" */
static void credits_with_births(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Mirela Ionescu, born on 4 May 2003 in Iași, was cast as Ioana after "
      "an open call in ‘Vară’.");
  YES(doc, "Ioana", "playedBy", "Mirela Ionescu");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Tudor Pop (born 3 March 2001, Cluj) plays Radu in ‘Vară’.");
  YES(doc, "Radu", "playedBy", "Tudor Pop");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Les Jours clairs’ is a 2018 French comedy directed by Anne Roy and "
      "starring Luc Mar, Ève Sol and the Senegalese actor Omar Ba.");
  YES(doc, "Les Jours clairs", "starring", "Omar Ba");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Actress Inés Roca (born 30 November 1985, Valparaíso) made her screen "
      "debut in ‘La casa azul’ (2006).");
  YES(doc, "La casa azul", "starring", "Inés Roca");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ana Ruiz made her directorial debut with ‘Sal’ "
                          "(2019).");
  NO(doc, "Sal", "starring", "Ana Ruiz");
  kgb_doc_result_free(doc);
}

/* "As N, Swedish actress A anchors ‘X’": a trade before the actor and a
 * verb of leading; the role after "As" is no real person */
static void as_role_opening(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "As Inspector Karin Lund, Danish actress Mette Holm anchors ‘Havn’.");
  YES(doc, "Inspector Karin Lund", "playedBy", "Mette Holm");
  YES(doc, "Havn", "starring", "Mette Holm");
  CLASS_IS(doc, "Inspector Karin Lund", "Character");
  kgb_doc_result_free(doc);
}

/* films by their kind noun: "X is a 2011 … adventure film", "the
 * Twi-language road movie X (2010)", "the Amazigh-language feature X"; an
 * Arabic article joined by a hyphen stays in the name ("Bayt al-Rih"), and
 * "X, from Jordanian director Y" makes no person of X */
static void film_kind_nouns(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The Red Dunes is a 2011 Algerian-French adventure film directed by "
      "Karim Ait.");
  CLASS_IS(doc, "Red Dunes", "Film");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Born in Accra, Kofi Mensah made his directorial "
                          "debut with the Twi-language road movie Dusty Path "
                          "(2010).");
  CLASS_IS(doc, "Dusty Path", "Film");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The Arabic-language road movie Bayt al-Rih, from Jordanian director "
      "Sami Aziz, runs 90 minutes.");
  CLASS_IS(doc, "Bayt al-Rih", "Film");
  YES(doc, "Bayt al-Rih", "directedBy", "Sami Aziz");
  CLASS_IS(doc, "Rih", NULL);
  kgb_doc_result_free(doc);
}

/* a genre noun alone after "is a" or in an apposition makes a film; a
 * television drama does not */
static void genre_kinds_are_films(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Las Horas, a Spanish-language period drama from Argentine director Ana "
      "Paz, premiered in 2017.");
  CLASS_IS(doc, "Las Horas", "Film");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("« Les Nuits claires » is an 89-minute "
                          "French-language comedy-drama directed by Anne Roy.");
  CLASS_IS(doc, "Les Nuits claires", "Film");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Yaz Yağmuru was a Turkish television drama produced by Ege Yapım.");
  CLASS_IS(doc, "Yaz Yağmuru", "Work");
  CLASS_IS(doc, "Ege Yapım", "Organization");
  kgb_doc_result_free(doc);
}

/* "N, played by the scene-stealing A": the actor is a person; a relative
 * or a pronoun before an apposition is no role */
static void played_by_after_comma(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In ‘Owambe’, Chike's mother, the formidable Mama Nkechi, played by the "
      "scene-stealing Ngozi Uduaghan, rules over them all.");
  YES(doc, "Mama Nkechi", "playedBy", "Ngozi Uduaghan");
  CLASS_IS(doc, "Ngozi Uduaghan", "Person");
  NO(doc, "Chike's mother", "playedBy", "Ngozi Uduaghan");
  kgb_doc_result_free(doc);
}

/* "In X, after …, C leaves …": a clause of time between the work and the
 * character; a verb of living or working there keeps a town */
static void opening_after_clause(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In Marisma, after the death of her father, Rocío returns to Huelva "
      "with her son Pablo.");
  YES(doc, "Marisma", "hasCharacter", "Rocío");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Kilbride, after the storm, Nora runs the bakery "
                          "with her brother Kofi.");
  CLASS_IS(doc, "Kilbride", NULL);
  kgb_doc_result_free(doc);
}

/* "his mother-in-law, Teresa —": a relative named before a dash is a
 * character, even when a town has the name */
static void relative_before_dash(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In ‘Brisa’, Sebastián raises his daughters with help from his "
      "mother-in-law, Teresa — until his friend Hugo moves in.");
  CLASS_IS(doc, "Teresa", "Character");
  YES(doc, "Brisa", "hasCharacter", "Teresa");
  kgb_doc_result_free(doc);
}

/* a sentence-case title with its English one in brackets before "stars";
 * a nationality opens no title ("the Filipino rom-com") */
static void translated_title_stars(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Directed by Lito Cruz, the Filipino rom-com Bukas na Lang (Maybe "
      "Tomorrow) stars Ana Reyes and Jun Santos.");
  YES(doc, "Bukas na Lang", "starring", "Ana Reyes");
  YES(doc, "Maybe Tomorrow", "directedBy", "Lito Cruz");
  CLASS_IS(doc, "Filipino rom", NULL);
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xcast10[] = {
    cmocka_unit_test_setup(translated_titles, kgb_test_rules_setup),
    cmocka_unit_test_setup(cast_of_described_work, kgb_test_rules_setup),
    cmocka_unit_test_setup(actor_first_pairs, kgb_test_rules_setup),
    cmocka_unit_test_setup(sentence_case_titles, kgb_test_rules_setup),
    cmocka_unit_test_setup(kinds_of_works, kgb_test_rules_setup),
    cmocka_unit_test_setup(pairs_in_order, kgb_test_rules_setup),
    cmocka_unit_test_setup(works_around_the_cast, kgb_test_rules_setup),
    cmocka_unit_test_setup(passives_and_brackets, kgb_test_rules_setup),
    cmocka_unit_test_setup(gapped_credits, kgb_test_rules_setup),
    cmocka_unit_test_setup(actor_is_role, kgb_test_rules_setup),
    cmocka_unit_test_setup(plot_openings, kgb_test_rules_setup),
    cmocka_unit_test_setup(pronoun_and_relative_roles, kgb_test_rules_setup),
    cmocka_unit_test_setup(company_heads, kgb_test_rules_setup),
    cmocka_unit_test_setup(glosses, kgb_test_rules_setup),
    cmocka_unit_test_setup(career_roles, kgb_test_rules_setup),
    cmocka_unit_test_setup(described_lists_and_sources, kgb_test_rules_setup),
    cmocka_unit_test_setup(makers_by_possessive, kgb_test_rules_setup),
    cmocka_unit_test_setup(possessed_trades, kgb_test_rules_setup),
    cmocka_unit_test_setup(possessive_credits, kgb_test_rules_setup),
    cmocka_unit_test_setup(sequel_numbers, kgb_test_rules_setup),
    cmocka_unit_test_setup(sold_abroad_as, kgb_test_rules_setup),
    cmocka_unit_test_setup(credits_with_births, kgb_test_rules_setup),
    cmocka_unit_test_setup(as_role_opening, kgb_test_rules_setup),
    cmocka_unit_test_setup(film_kind_nouns, kgb_test_rules_setup),
    cmocka_unit_test_setup(genre_kinds_are_films, kgb_test_rules_setup),
    cmocka_unit_test_setup(played_by_after_comma, kgb_test_rules_setup),
    cmocka_unit_test_setup(opening_after_clause, kgb_test_rules_setup),
    cmocka_unit_test_setup(relative_before_dash, kgb_test_rules_setup),
    cmocka_unit_test_setup(translated_title_stars, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xcast10_count =
    sizeof kgb_tests_sentences_xcast10 / sizeof kgb_tests_sentences_xcast10[0];
