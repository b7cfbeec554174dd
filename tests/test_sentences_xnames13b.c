/* test_sentences_xnames13b.c: people's and channels' names on unseen text
 * (xnames13b), written from invented sentences rather than dev misses.
 * Initials inside a name ("Jarkko T. Laine", "A. R. Rahman"); a
 * nationality and a profession, or a participle, before a name; a
 * hyphenated given name opening a sentence ("Sung-min"); a channel word and
 * a number ("Canal 13"); a channel before a word for a series ("the TVN
 * drama", "the ABS-CBN teleserye"). Each test asserts the facts a sentence
 * must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* the dot of an initial does not end a name */
static void initials(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Borders is a 2019 Finnish drama film directed by Jarkko T. Laine.");
  YES(doc, "Borders", "directedBy", "Jarkko T. Laine");
  NO(doc, "Borders", "directedBy", "Jarkko T");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The music of Roja Nights was composed by A. R. Rahman.");
  YES(doc, "Roja Nights", "musicBy", "A. R. Rahman");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Cold Harbour is a Danish thriller written and "
                          "directed by Mikkel E. G. Nielsen.");
  YES(doc, "Cold Harbour", "directedBy", "Mikkel E. G. Nielsen");
  YES(doc, "Cold Harbour", "writtenBy", "Mikkel E. G. Nielsen");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Hollow Pines is a 2024 mystery film written "
                          "and directed by M. Night Shyamalan.");
  YES(doc, "Hollow Pines", "directedBy", "M. Night Shyamalan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Orchid Keeper was directed by Kwame N. Asante "
                          "and stars Yaw Mensah.");
  YES(doc, "Orchid Keeper", "directedBy", "Kwame N. Asante");
  YES(doc, "Orchid Keeper", "starring", "Yaw Mensah");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Brazilian actress Fernanda M. Souza stars in Morro "
                          "Alto, directed by W. S. Ferreira.");
  YES(doc, "Morro Alto", "starring", "Fernanda M. Souza");
  YES(doc, "Morro Alto", "directedBy", "W. S. Ferreira");
  kgb_doc_result_free(doc);
}

/* a nationality and a profession, or a participle, opening a name */
static void words_before_names(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Red Soil is a 2021 drama film directed by Wanjiru Kamau. Kenyan DP "
      "Duncan Muchiri shot the film in Nairobi.");
  CLASS_IS(doc, "Duncan Muchiri", "Person");
  CLASS_IS(doc, "Kenyan DP Duncan Muchiri", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The Club is a 2015 Chilean drama film. Chilean DoP "
                          "Sergio Armstrong lit it in Valparaíso.");
  CLASS_IS(doc, "Chilean DoP Sergio Armstrong", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Joining Song Kang-ho in the cast of The Fisherman's "
                          "Debt is Bae Doona. It was shot in Busan.");
  CLASS_IS(doc, "Joining Song Kang-ho", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Starring Tom Hardy and Ana Torrent, Dark Tides opens on Friday.");
  YES(doc, "Dark Tides", "starring", "Tom Hardy");
  YES(doc, "Dark Tides", "starring", "Ana Torrent");
  NO(doc, "Dark Tides", "starring", "Starring Tom Hardy");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Featuring Adaeze Obi as a nurse, Rain Country was "
                          "shot in Enugu.");
  CLASS_IS(doc, "Featuring Adaeze Obi", NULL);
  kgb_doc_result_free(doc);
}

/* "Sung-min", "Kyung-soo" open a sentence; "Low-key", "Sun-dried" do not
 * make names */
static void hyphenated_given_names(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The Dark Lane is a 2020 Korean film. Sung-min plays a detective in it.");
  CLASS_IS(doc, "Sung-min", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Night Market is a 2021 Korean series. Kyung-soo "
                          "plays the brother.");
  CLASS_IS(doc, "Kyung-soo", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Low-key and warm, The Dark Lane is a 2020 film directed by Park "
      "Ji-hoon.");
  CLASS_IS(doc, "Low-key", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Lumen Road is a 2019 Italian film directed by Ana Ruiz. Sun-dried "
      "tomatoes are sold in Bari.");
  CLASS_IS(doc, "Sun-dried", NULL);
  kgb_doc_result_free(doc);
}

/* a channel word or a broadcaster and a number */
static void numbered_channels(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Los Patios is a Chilean telenovela that aired on Canal 13 in 2015.");
  YES(doc, "Los Patios", "broadcastBy", "Canal 13");
  NO(doc, "Los Patios", "broadcastBy", "Canal");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "La Vigna is an Italian miniseries broadcast on Rai 3 in 2017.");
  YES(doc, "La Vigna", "broadcastBy", "Rai 3");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Nordlys is a Danish drama series that premiered on TV 3.");
  YES(doc, "Nordlys", "broadcastBy", "TV 3");
  kgb_doc_result_free(doc);

  /* a count after the word is no channel's number */
  doc = kgb_test_sentence(
      "Lumen Road is a 2019 film directed by Ana Ruiz. She lived by the Canal "
      "3 years ago.");
  CLASS_IS(doc, "Canal 3", NULL);
  kgb_doc_result_free(doc);
}

/* a channel before a word for a series names the title's channel */
static void channels_before_series_nouns(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Second Spring, the TVN drama starring Kim Soo-ah, ended in March.");
  YES(doc, "Second Spring", "broadcastBy", "TVN");
  YES(doc, "Second Spring", "starring", "Kim Soo-ah");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Akai Kawa, the NHK series directed by Takeshi Ono, "
                          "was filmed in Kyoto.");
  YES(doc, "Akai Kawa", "broadcastBy", "NHK");
  YES(doc, "Akai Kawa", "directedBy", "Takeshi Ono");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Bituin ng Gabi is the ABS-CBN teleserye that made "
                          "Liza Ramos a star.");
  YES(doc, "Bituin ng Gabi", "broadcastBy", "ABS-CBN");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kuzey Rüzgarı is a 2019 Show TV drama starring Ali Demir.");
  YES(doc, "Kuzey Rüzgarı", "broadcastBy", "Show TV");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In the SBS drama Hidden Hearts, Lee Min-ji plays a lawyer.");
  YES(doc, "Hidden Hearts", "broadcastBy", "SBS");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Dark Harbor is a 2019 film directed by Ana Ruiz. The HBO documentary "
      "Jane Fonda appears in was shot in Paris.");
  NO(doc, "Jane Fonda", "broadcastBy", "HBO");
  kgb_doc_result_free(doc);

  /* a company before a film noun releases it, no broadcast; "the TV
   * series" names no channel */
  doc = kgb_test_sentence("Lumen Road is the A24 film directed by Ana Ruiz.");
  NO(doc, "Lumen Road", "broadcastBy", "A24");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Dark Tides, the TV series directed by Ana Ruiz, was shot in Cardiff.");
  NO(doc, "Dark Tides", "broadcastBy", "TV");
  YES(doc, "Dark Tides", "directedBy", "Ana Ruiz");
  kgb_doc_result_free(doc);
}

/* languages of film the list knows in their common spellings */
static void languages(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Ishumar is a 2021 film in Tamasheq directed by Ahmed Ag Ibrahim.");
  YES(doc, "Ishumar", "inLanguage", "Tamasheq");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Asmara Letters is an Eritrean film in Tigrinya "
                          "directed by Senait Tesfaye.");
  YES(doc, "Asmara Letters", "inLanguage", "Tigrinya");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Lake Tales is a Bolivian film in Aymara directed by "
                          "Juan Mamani.");
  YES(doc, "Lake Tales", "inLanguage", "Aymara");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xnames13b[] = {
    cmocka_unit_test_setup(languages, kgb_test_rules_setup),
    cmocka_unit_test_setup(initials, kgb_test_rules_setup),
    cmocka_unit_test_setup(words_before_names, kgb_test_rules_setup),
    cmocka_unit_test_setup(hyphenated_given_names, kgb_test_rules_setup),
    cmocka_unit_test_setup(numbered_channels, kgb_test_rules_setup),
    cmocka_unit_test_setup(channels_before_series_nouns, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xnames13b_count =
    sizeof kgb_tests_sentences_xnames13b /
    sizeof kgb_tests_sentences_xnames13b[0];
