/* test_sentences_xtitle13.c: work titles on unseen text (xtitle13), written
 * from invented sentences rather than dev misses. "and" and "in" inside a
 * title after a cue whose object is a work ("her role in Salt in the
 * Wound", "the cast of Pride and Sorrow"); calls to watch ("Watch X on
 * Netflix"); "one of the main characters of X, played by Y"; what people
 * create is a series; lists of four or more works. Each test asserts the
 * facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* a title runs on through small words and one "and" after a cue */
static void titles_after_cues(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Filming for Salt and Smoke began in Valparaíso in May 2018.");
  YES(doc, "Salt and Smoke", "filmedIn", "Valparaíso");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Principal photography on Bread and Roses took "
                          "place in Glasgow.");
  YES(doc, "Bread and Roses", "filmedIn", "Glasgow");
  CLASS_IS(doc, "Bread", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("She won a BAFTA for her role in Salt in the Wound. "
                          "It was shot in Leeds.");
  CLASS_IS(doc, "Salt in the Wound", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Adaeze Obi stars in Rain and Thunder, which opens on Friday.");
  YES(doc, "Rain and Thunder", "starring", "Adaeze Obi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The cast of Pride and Sorrow includes Meera Nair. It was shot in Pune.");
  CLASS_IS(doc, "Pride and Sorrow", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The music for Ashes and Diamonds was composed by Jan Kowal.");
  YES(doc, "Ashes and Diamonds", "musicBy", "Jan Kowal");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Cameras rolled on Dust and Gold in the Atacama "
      "Desert last spring. It was directed by Pablo Larraín.");
  CLASS_IS(doc, "Dust and Gold", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ingrid Holm was cast in Winter in Bergen alongside Lars Dahl.");
  CLASS_IS(doc, "Winter in Bergen", "Work");
  kgb_doc_result_free(doc);

  /* two works each of two words stay two; two towns stay towns */
  doc = kgb_test_sentence("Ana Torres is a Mexican actress known for her "
                          "roles in Casa de Flores and Luz de Luna.");
  CLASS_IS(doc, "Casa de Flores", "Work");
  CLASS_IS(doc, "Luz de Luna", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("She starred in Lagos and Abuja productions "
                          "of Hamlet in 2019. She was born in Ibadan.");
  CLASS_IS(doc, "Lagos and Abuja", NULL);
  kgb_doc_result_free(doc);
}

/* a sentence-opening call to watch is no part of the title */
static void titles_after_imperatives(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Watch Kings of Accra on Netflix from 12 June.");
  YES(doc, "Kings of Accra", "distributedBy", "Netflix");
  CLASS_IS(doc, "Watch Kings of Accra", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Stream Night Market now on Prime Video.");
  YES(doc, "Night Market", "distributedBy", "Prime Video");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Catch Blue Lagoon Nights on BBC One this Sunday at 9pm.");
  YES(doc, "Blue Lagoon Nights", "broadcastBy", "BBC One");
  kgb_doc_result_free(doc);

  /* not before a function word: the call is the title's own word */
  doc = kgb_test_sentence(
      "Catch Me If You Can was directed by Steven Spielberg.");
  YES(doc, "Catch Me If You Can", "directedBy", "Steven Spielberg");
  kgb_doc_result_free(doc);
}

/* "one of the main characters of X, played by Y": X is the work */
static void characters_of_works(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("Amaka is one of the main characters "
                                        "of Lekki Wives, played by Kate "
                                        "Henshaw.");
  YES(doc, "Lekki Wives", "hasCharacter", "Amaka");
  YES(doc, "Amaka", "playedBy", "Kate Henshaw");
  NO(doc, "Lekki Wives", "playedBy", "Kate Henshaw");
  CLASS_IS(doc, "Lekki Wives", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Nadia is the protagonist of Cairo Station Blues, "
                          "played by Hend Sabry.");
  YES(doc, "Cairo Station Blues", "hasCharacter", "Nadia");
  YES(doc, "Nadia", "playedBy", "Hend Sabry");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tomás is one of the lead characters in Barrio "
                          "Alto, played by Nuno Lopes.");
  YES(doc, "Barrio Alto", "hasCharacter", "Tomás");
  YES(doc, "Barrio Alto", "starring", "Nuno Lopes");
  kgb_doc_result_free(doc);

  /* the daughter of a character is still a character */
  doc = kgb_test_sentence(
      "Tunde, the son of Amaka, played by Ramsey Nouah, returns home.");
  YES(doc, "Tunde", "playedBy", "Ramsey Nouah");
  kgb_doc_result_free(doc);
}

/* what people create is a series */
static void created_series(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("Glass Houses, created by Siobhan "
                                        "Kelly, follows three sisters in "
                                        "Dublin.");
  CLASS_IS(doc, "Glass Houses", "TVSeries");
  YES(doc, "Glass Houses", "createdBy", "Siobhan Kelly");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Created by Hamid Rahimi, Tehran Nights ran for three seasons.");
  CLASS_IS(doc, "Tehran Nights", "TVSeries");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Nomvula Dube created Township Tales, which aired on SABC 1.");
  CLASS_IS(doc, "Township Tales", "TVSeries");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kitchen Wars, co-created by Dan Levy and Amy Chu, "
                          "premiered in 2020.");
  CLASS_IS(doc, "Kitchen Wars", "TVSeries");
  kgb_doc_result_free(doc);
}

/* every name of a list of four or five works */
static void long_lists_of_works(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Her credits include Iron Road, "
                        "Summer Nights, The Quiet Girl, "
                        "Black Sea and Tin Star. Iron Road was shot in Cork.");
  CLASS_IS(doc, "Summer Nights", "Work");
  CLASS_IS(doc, "The Quiet Girl", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Chidi Okoro has starred in Lagos Noir, Dark "
                          "Hearts, Broken Wings, Eko Nights and Last Call.");
  YES(doc, "Dark Hearts", "starring", "Chidi Okoro");
  YES(doc, "Broken Wings", "starring", "Chidi Okoro");
  YES(doc, "Last Call", "starring", "Chidi Okoro");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Films directed by Sofia Brandt include Lost Tide, "
                          "Harvest Moon, North Star and Silent Pine.");
  CLASS_IS(doc, "Harvest Moon", "Film"); /* the list's head noun (xtitle14) */
  CLASS_IS(doc, "Silent Pine", "Film");
  kgb_doc_result_free(doc);
}

/* a part of a series names it: "the finale of X", "the first episode of
 * X drew …"; "a six-part miniseries starring …" */
static void parts_of_series(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("The finale of Hollow Creek aired on 3 May 2022.");
  CLASS_IS(doc, "Hollow Creek", "TVSeries");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The first episode of Snowfall in Kyoto drew four "
                          "million viewers. It was shot in Nara.");
  CLASS_IS(doc, "Snowfall in Kyoto", "TVSeries");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Dark Meridian is a six-part miniseries starring Oona Ryan.");
  YES(doc, "Dark Meridian", "starring", "Oona Ryan");
  kgb_doc_result_free(doc);
}

/* "In The X, CHARACTER does …", "In X, a farmer named C …": X is a work */
static void titles_in_openings(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In The Long Drought, Aiyana returns to her reservation in Montana.");
  YES(doc, "The Long Drought", "hasCharacter", "Aiyana");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In Quiet Harvest, a farmer named Josef hides a refugee.");
  YES(doc, "Quiet Harvest", "hasCharacter", "Josef");
  kgb_doc_result_free(doc);

  /* a place keeps its class */
  doc = kgb_test_sentence("In The Hague, Anna Weiss met her future husband.");
  CLASS_IS(doc, "The Hague", "City");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xtitle13[] = {
    cmocka_unit_test_setup(titles_in_openings, kgb_test_rules_setup),
    cmocka_unit_test_setup(parts_of_series, kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_after_cues, kgb_test_rules_setup),
    cmocka_unit_test_setup(titles_after_imperatives, kgb_test_rules_setup),
    cmocka_unit_test_setup(characters_of_works, kgb_test_rules_setup),
    cmocka_unit_test_setup(created_series, kgb_test_rules_setup),
    cmocka_unit_test_setup(long_lists_of_works, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xtitle13_count =
    sizeof kgb_tests_sentences_xtitle13 /
    sizeof kgb_tests_sentences_xtitle13[0];
