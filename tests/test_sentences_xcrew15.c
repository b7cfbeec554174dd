/* test_sentences_xcrew15.c: credits, cast and values on unseen text
 * (xcrew15), written from invented sentences rather than dev misses: genres
 * named by a person's genre noun, a dash apposition or a verb of describing;
 * a trade before a name as an honorific, an age between commas; roles got or
 * taken ("the role of X was taken by Y", "X landed the part of Y"), inline
 * cast lists, the story's people named; money with no nationality near,
 * "two and a half hours"; "known in Spanish as"; channels that aired a
 * season; writers named by a copula. Each test asserts the facts a sentence
 * must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* a genre noun standing for the work, as a subject or an apposition */
static void genres_standing_for_the_work(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Blue Smoke’ premiered in Busan. Director Park "
                        "Ji-ho's quiet thriller was shot in Incheon.");
  YES(doc, "Blue Smoke", "genre", "thriller");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Harvest Moon’ screened at Toronto. Arjun Mehta's "
                          "bittersweet comedy-drama is set in Kochi.");
  YES(doc, "Harvest Moon", "genre", "comedy-drama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Palm Shadows’ is streaming now. The film – a sharp crime thriller "
      "about a Manila cop – runs 104 minutes.");
  YES(doc, "Palm Shadows", "genre", "crime thriller");
  YES(doc, "Palm Shadows", "runtime", "104");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Critics loved ‘Iron Rain’, the 2019 war drama by Bogdan Petrov.");
  YES(doc, "Iron Rain", "genre", "war drama");
  YES(doc, "Iron Rain", "directedBy", "Bogdan Petrov");
  kgb_doc_result_free(doc);

  /* an apposition is of the work just named, not the main one */
  doc = kgb_test_sentence(
      "‘Cedar Hill’ opens in Beirut. ‘Cedar Hill’ was shot in Byblos. "
      "Its director also made ‘Iron Rain’, the 2019 war drama.");
  NO(doc, "Cedar Hill", "genre", "war drama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Pearl Coast’ is a 2019 film. It is best "
                          "described as a coming-of-age comedy.");
  YES(doc, "Pearl Coast", "genre", "coming-of-age comedy");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Pearl Coast’ is a 2019 film. It was billed as a "
                          "supernatural thriller when it opened.");
  YES(doc, "Pearl Coast", "genre", "supernatural thriller");
  kgb_doc_result_free(doc);

  /* a person described is no genre */
  doc = kgb_test_sentence("‘Pearl Coast’ is a 2019 film. In it, Ana was "
                          "described as a drama queen by her mother.");
  NO(doc, "Pearl Coast", "genre", "drama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Pearl Coast’ is a 2019 thriller with Spanish dialogue.");
  YES(doc, "Pearl Coast", "inLanguage", "Spanish");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Pearl Coast’ is a 2019 thriller with English subtitles.");
  NO(doc, "Pearl Coast", "inLanguage", "English");
  kgb_doc_result_free(doc);
}

/* a trade before a name; an age between commas */
static void occupations_around_names(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In ‘Tidewater’, Nurse Adaeze Okafor treats the wounded in Port "
      "Harcourt.");
  YES(doc, "Adaeze Okafor", "occupation", "nurse");
  YES(doc, "Tidewater", "hasCharacter", "Adaeze Okafor");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Quiet Rooms’, Pastor Emmanuel Boateng hides a "
                          "secret from his church.");
  YES(doc, "Emmanuel Boateng", "occupation", "pastor");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Chef Rahul Kapoor opens a restaurant in ‘Masala Lane’.");
  YES(doc, "Rahul Kapoor", "occupation", "chef");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Night Shift’, Sara works nights at a hospice as a nurse.");
  YES(doc, "Sara", "occupation", "nurse");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Night Shift’, Sara (a paramedic) meets Jonas.");
  YES(doc, "Sara", "occupation", "paramedic");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("In ‘Night Shift’, Sara – a paramedic – meets Jonas.");
  YES(doc, "Sara", "occupation", "paramedic");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Night Shift’, Sara Lind, formerly a paramedic, meets Jonas.");
  YES(doc, "Sara Lind", "occupation", "paramedic");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Night Shift’, Sara spent twenty years as a paramedic.");
  YES(doc, "Sara", "occupation", "paramedic");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Sea Wall’, Kofi Mensah, 52, a fisherman, loses his boat.");
  YES(doc, "Kofi Mensah", "occupation", "fisherman");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Tidewater’, Adaeze Okafor, 52, a nurse, treats the wounded.");
  YES(doc, "Adaeze Okafor", "occupation", "nurse");
  kgb_doc_result_free(doc);

  /* the second comma is still there for a copula's rule */
  doc = kgb_test_sentence("In ‘Sea Wall’, Kofi Mensah, 52, is a fisherman.");
  YES(doc, "Kofi Mensah", "occupation", "fisherman");
  kgb_doc_result_free(doc);
}

/* roles got, taken or brought; inline cast lists */
static void roles_got_and_cast_lists(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In ‘Cold Harbour’, the role of Father Tomás was taken by Diego Luna.");
  YES(doc, "Father Tomás", "playedBy", "Diego Luna");
  YES(doc, "Cold Harbour", "starring", "Diego Luna");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Olive Season’ centres on Ines, a role taken by Carla Mendes.");
  YES(doc, "Ines", "playedBy", "Carla Mendes");
  kgb_doc_result_free(doc);

  /* taken by someone in the plot is no casting */
  doc = kgb_test_sentence(
      "‘Olive Season’ is a 2020 film. In it, Ines was taken by the soldiers "
      "to Ana Ruiz.");
  NO(doc, "Ines", "playedBy", "Ana Ruiz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Salt Road’ is a 2021 film. Ana Ruiz brings quiet "
                          "fury to the role of Marta.");
  YES(doc, "Marta", "playedBy", "Ana Ruiz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Salt Road’ is a 2021 film. Ana Ruiz landed the "
                          "role of Marta after three auditions.");
  YES(doc, "Marta", "playedBy", "Ana Ruiz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Road’ is a 2021 film. Ana Ruiz stars in the role of Marta.");
  YES(doc, "Marta", "playedBy", "Ana Ruiz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Road’ is a 2021 film. Ana Ruiz went to the house of Marta.");
  NO(doc, "Marta", "playedBy", "Ana Ruiz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Tokyo Rain’ cast: Aiko Mori – Hana; Kenji Sato – "
                          "Ryo; Yumi Ito – Mrs. Tanaka.");
  YES(doc, "Hana", "playedBy", "Aiko Mori");
  YES(doc, "Ryo", "playedBy", "Kenji Sato");
  YES(doc, "Tanaka", "playedBy", "Yumi Ito");
  YES(doc, "Tokyo Rain", "starring", "Kenji Sato");
  kgb_doc_result_free(doc);

  /* a streaming service before a dash is no role */
  doc = kgb_test_sentence("Now streaming on ArmFlix+ — Ararat Sunrise (2022), "
                          "a road movie directed by Hovhannes Petrosyan.");
  NO(doc, "Ararat Sunrise", "hasCharacter", "ArmFlix+");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Road’ is a 2021 film. Supporting turns come from Ivo Sousa and "
      "Lena Ortiz.");
  YES(doc, "Salt Road", "starring", "Ivo Sousa");
  YES(doc, "Salt Road", "starring", "Lena Ortiz");
  kgb_doc_result_free(doc);
}

/* the story's people, named by a noun of story or a story told */
static void the_storys_people(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Salt Road’ is a 2021 film. Its protagonist, Marta, runs a café in "
      "Porto.");
  YES(doc, "Salt Road", "hasCharacter", "Marta");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Road’ is a 2021 film. The main characters are Marta and Rui.");
  YES(doc, "Salt Road", "hasCharacter", "Marta");
  YES(doc, "Salt Road", "hasCharacter", "Rui");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Salt Road’ is a 2021 film. It tells the story of "
                          "Marta, a widow in Porto.");
  YES(doc, "Salt Road", "hasCharacter", "Marta");
  kgb_doc_result_free(doc);
}

/* money, lengths and other titles */
static void values_and_other_titles(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Shot in Bogotá, ‘La Ventana’ cost 3.5 billion pesos.");
  YES(doc, "La Ventana", "budget", "3500000000 COP");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Patria’ is set in Buenos Aires. It grossed 900 million pesos.");
  YES(doc, "Patria", "grossRevenue", "900000000 ARS");
  kgb_doc_result_free(doc);

  /* no country named: whose pesos? */
  doc = kgb_test_sentence(
      "‘Sable’ is a 2019 film. It cost 2 million dinars to make.");
  NO(doc, "Sable", "budget", "2000000");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Hujan Malam’ was produced on a budget of Rp 30 billion.");
  YES(doc, "Hujan Malam", "budget", "30000000000 IDR");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Nocturno’ runs two and a half hours.");
  YES(doc, "Nocturno", "runtime", "150");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Nocturno’ runs for 2 and a half hours.");
  YES(doc, "Nocturno", "runtime", "150");
  NO(doc, "Nocturno", "runtime", "2");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘The Last Orchard’, known in Spanish as ‘El Último "
                          "Huerto’, opened in March.");
  YES(doc, "The Last Orchard", "originalTitle", "El Último Huerto");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbour’ (known in Polish as ‘Nocny port’) is a 2019 thriller.");
  YES(doc, "Night Harbour", "originalTitle", "Nocny port");
  kgb_doc_result_free(doc);

  /* the English name abroad: the first is the original */
  doc = kgb_test_sentence("Barsaat Mahal (sold abroad as \"Monsoon House\") "
                          "was shot in Jaipur.");
  YES(doc, "Monsoon House", "originalTitle", "Barsaat Mahal");
  NO(doc, "Monsoon House", "originalTitle", "Monsoon House");
  kgb_doc_result_free(doc);
}

/* channels, rights, writers, dates */
static void channels_writers_and_dates(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Les Ombres’ is a French series. Canal+ broadcast all eight episodes "
      "in 2019.");
  YES(doc, "Les Ombres", "broadcastBy", "Canal+");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Les Ombres’ is a French series. RTÉ One aired the "
                          "first season in 2019.");
  YES(doc, "Les Ombres", "broadcastBy", "RTÉ One");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Sun Dogs’ is a 2016 film. Neon acquired the US rights to the film.");
  YES(doc, "Sun Dogs", "distributedBy", "Neon");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Road’ is a 2021 film. It was written by director Ana Lis and "
      "Tomás Pires.");
  YES(doc, "Salt Road", "writtenBy", "Ana Lis");
  YES(doc, "Salt Road", "writtenBy", "Tomás Pires");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Road’ is a 2021 film. The screenwriter is Tomás Pires.");
  YES(doc, "Salt Road", "writtenBy", "Tomás Pires");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Road’ is a 2021 film. Tomás Pires adapted the screenplay from "
      "his novel.");
  YES(doc, "Salt Road", "writtenBy", "Tomás Pires");
  kgb_doc_result_free(doc);

  /* a writer in the plot is no credit */
  doc = kgb_test_sentence(
      "In ‘Salt Road’, the writer is Marta, who lives in Porto.");
  NO(doc, "Salt Road", "writtenBy", "Marta");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Pearl Coast’ is a 2019 film. Cameras rolled in March 2018 in Porto.");
  YES(doc, "Pearl Coast", "filmingStart", "2018-03");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Road’ arrived in Portuguese cinemas in October 2021.");
  YES(doc, "Salt Road", "releaseDate", "2021-10");
  kgb_doc_result_free(doc);
}

/* later rounds of invented sentences: appositions past brackets, blended
 * genres, a person's trade, money and dates said another way */
static void second_round(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Karim plays Hassan opposite Dina in ‘Leil El Qahira’ (Cairo Night), "
      "the 2020 drama that reunited the pair.");
  YES(doc, "Leil El Qahira", "genre", "drama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Harbour’ (original title: ‘Porto de Sal’), the brooding "
      "Portuguese crime film from director Inês Valadares, arrived on "
      "Netflix.");
  YES(doc, "Salt Harbour", "genre", "crime");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Tusitala’s Reef’, a 2015 New Zealand–Samoan coming-of-age film "
      "directed by Leilani Faleolo, earned NZ$3 million.");
  YES(doc, "Tusitala’s Reef", "genre", "coming-of-age");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Orange Grove’ looks like a quiet family drama, but it hides "
      "secrets.");
  YES(doc, "The Orange Grove", "genre", "family drama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Olive Press’ is a 2020 comedy. The cast feels like a real "
      "family, warm and loud.");
  NO(doc, "The Olive Press", "genre", "family");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Harbor’ blends crime thriller and family drama.");
  YES(doc, "Harbor", "genre", "crime thriller");
  YES(doc, "Harbor", "genre", "family drama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Amber’, the killer is Irena Sowa, Władysław's secretary of "
      "thirty years.");
  YES(doc, "Irena Sowa", "occupation", "secretary");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Amber’, Irena Sowa is Tom's best friend.");
  NO(doc, "Irena Sowa", "occupation", "best friend");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Harbor’, the young journalist Naledi Khumalo "
                          "exposes the scheme.");
  YES(doc, "Naledi Khumalo", "occupation", "journalist");
  NO(doc, "Naledi Khumalo", "occupation", "young journalist");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘The Ferry’, Lan has been seeing Đức (Kim Jae-won in a rare "
      "Vietnamese-language role), a Korean-Vietnamese engineer.");
  YES(doc, "Đức", "occupation", "engineer");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Monsoon’ is a 2019 film. Its release date was 4 October 2019.");
  YES(doc, "Monsoon", "releaseDate", "2019-10-04");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Monsoon’ is a 2019 film. It collected Rs. 80 crore worldwide.");
  YES(doc, "Monsoon", "grossRevenue", "800000000 INR");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Monsoon’ is a 2019 film. It made a modest €2 "
                          "million at the box office.");
  YES(doc, "Monsoon", "grossRevenue", "2000000 EUR");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Harbor’ is a 2022 film. Its box-office take was $15 million.");
  YES(doc, "Harbor", "grossRevenue", "15000000");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Monsoon’ — Barsaat in the original Hindi — is a 2019 drama.");
  YES(doc, "Monsoon", "originalTitle", "Barsaat");
  kgb_doc_result_free(doc);
}

/* companies and writers said another way */
static void companies_and_writers(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Dune Sea’ is a 2020 film. Olive Tree Pictures is behind the film.");
  YES(doc, "Dune Sea", "producedBy", "Olive Tree Pictures");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Dune Sea’ is a 2020 film. In it, Marta learns "
                          "that the Syndicate is behind it.");
  NO(doc, "Dune Sea", "producedBy", "Syndicate");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Dune Sea’ is a 2020 film, a Tunisian-French "
                          "co-production by Nomadis Images and Les Films du "
                          "Losange.");
  YES(doc, "Dune Sea", "producedBy", "Nomadis Images");
  YES(doc, "Dune Sea", "producedBy", "Les Films du Losange");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Dune Sea’ is a 2020 film. It was produced for "
                          "Arte by Olive Tree Pictures.");
  YES(doc, "Dune Sea", "producedBy", "Olive Tree Pictures");
  NO(doc, "Dune Sea", "producedBy", "Arte");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dune Sea’ is a 2020 series. It was made for the BBC.");
  YES(doc, "Dune Sea", "broadcastBy", "BBC");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Dune Sea’ is a 2020 series that aired on the BBC.");
  YES(doc, "Dune Sea", "broadcastBy", "BBC");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dune Sea’ is a 2020 film. MUBI will stream it from March.");
  YES(doc, "Dune Sea", "distributedBy", "MUBI");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dune Sea’ is a 2020 series. TV5Monde picked it up for broadcast.");
  YES(doc, "Dune Sea", "broadcastBy", "TV5Monde");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Dune Sea’ is a 2020 film. MAD Solutions will "
                          "handle its Arab-world release.");
  YES(doc, "Dune Sea", "distributedBy", "MAD Solutions");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Dune Sea’ is a 2020 film. The film was "
                          "co-written by its director and Sami Ben Ali.");
  YES(doc, "Dune Sea", "writtenBy", "Sami Ben Ali");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Dune Sea’ is a 2020 film. Its screenplay, "
                          "co-written with Sami Ben Ali, won a prize.");
  YES(doc, "Dune Sea", "writtenBy", "Sami Ben Ali");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dune Sea’ is a 2020 film. Sami Ben Ali wrote the original screenplay.");
  YES(doc, "Dune Sea", "writtenBy", "Sami Ben Ali");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Der Wirt’ is a 2024 series. It will premiere on "
                          "Helvetia TV this autumn.");
  YES(doc, "Der Wirt", "broadcastBy", "Helvetia TV");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Filming for the GMA Network teleserye ‘Bituin ng "
                          "Batanes’ took place over four months.");
  YES(doc, "Bituin ng Batanes", "broadcastBy", "GMA Network");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The setup of RTÉ’s comedy-drama ‘Tidewater’ is simple.");
  YES(doc, "Tidewater", "broadcastBy", "RTÉ");
  kgb_doc_result_free(doc);

  /* a producer's company is no channel */
  doc = kgb_test_sentence("‘Iron Valley’ is a 2023 western. It was produced "
                          "by Diego Ruiz for Sol Pictures.");
  NO(doc, "Iron Valley", "broadcastBy", "Sol Pictures");
  kgb_doc_result_free(doc);
}

/* producers who board, produce alongside or make; actors praised in
 * unnamed roles or met on a set */
static void producers_and_praised_actors(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Bogotá-based Dinamo Sur has boarded ‘La última cosecha’ as co-producer "
      "alongside France’s Les Films du Tamarin.");
  YES(doc, "La última cosecha", "producedBy", "Dinamo Sur");
  YES(doc, "La última cosecha", "producedBy", "Les Films du Tamarin");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Oksana will shoot her next feature, ‘The "
                          "Glassblower’s Daughter’, in Lviv this autumn, with "
                          "Kinorob Studio producing.");
  YES(doc, "The Glassblower’s Daughter", "producedBy", "Kinorob Studio");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Dune Sea’ is a 2020 film. Rania Haddad produced, "
                          "with Karim Aziz co-producing.");
  YES(doc, "Dune Sea", "producedBy", "Rania Haddad");
  YES(doc, "Dune Sea", "producedBy", "Karim Aziz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Ha-Bayit’ is a family drama that Shaked "
                          "Productions made on a budget of ₪6 million.");
  YES(doc, "Ha-Bayit", "producedBy", "Shaked Productions");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "I watched ‘Kwaku’s Kitchen’ and Efua Mensah and Yaw Darko-Quaye are "
      "hilarious as the feuding cousins.");
  YES(doc, "Kwaku’s Kitchen", "starring", "Efua Mensah");
  YES(doc, "Kwaku’s Kitchen", "starring", "Yaw Darko-Quaye");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Kitchen’ is a 2021 film. In it, Ama Boateng and "
                          "Kojo Mensah are happy as a couple.");
  NO(doc, "Kitchen", "starring", "Ama Boateng");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Frida Ocampo and Diego Lozano, who met on the set "
                          "of ‘Tierra Roja’, married in 2019.");
  YES(doc, "Tierra Roja", "starring", "Frida Ocampo");
  YES(doc, "Tierra Roja", "starring", "Diego Lozano");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xcrew15[] = {
    cmocka_unit_test_setup(genres_standing_for_the_work, kgb_test_rules_setup),
    cmocka_unit_test_setup(occupations_around_names, kgb_test_rules_setup),
    cmocka_unit_test_setup(roles_got_and_cast_lists, kgb_test_rules_setup),
    cmocka_unit_test_setup(the_storys_people, kgb_test_rules_setup),
    cmocka_unit_test_setup(values_and_other_titles, kgb_test_rules_setup),
    cmocka_unit_test_setup(channels_writers_and_dates, kgb_test_rules_setup),
    cmocka_unit_test_setup(second_round, kgb_test_rules_setup),
    cmocka_unit_test_setup(companies_and_writers, kgb_test_rules_setup),
    cmocka_unit_test_setup(producers_and_praised_actors, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xcrew15_count =
    sizeof kgb_tests_sentences_xcrew15 / sizeof kgb_tests_sentences_xcrew15[0];
