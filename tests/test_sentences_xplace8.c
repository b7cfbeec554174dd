/* test_sentences_xplace8.c: filming places and where places lie in location
 * pieces ("scenes were captured in nearby X and Y", "the crew shot the
 * final duel on X", "interiors were built at X Studios in Y", "viewers will
 * recognise X", "principal photography began on DATE in X", "X, the hillside
 * neighbourhood in Y", "Sitting on the bank of the R, X", "Villar de la
 * Robleda"), on sentences written for these tests. Each test asserts the
 * facts a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "scenes were captured in nearby X and Y", "footage was captured over X" */
static void captured_in_places(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Gorse Hill’ is a 2021 Irish drama. A few scenes were also "
      "captured in nearby Clifden and Westport.");
  YES(doc, "Gorse Hill", "filmedIn", "Clifden");
  YES(doc, "Gorse Hill", "filmedIn", "Westport");
  NO(doc, "Gorse Hill", "setIn", "Clifden");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Tatra Light’ is a 2019 Polish film. Some of the drone "
      "footage was captured over Zakopane.");
  YES(doc, "Tatra Light", "filmedIn", "Zakopane");
  kgb_doc_result_free(doc);

  /* a character capturing a thief is no filming */
  doc = kgb_test_sentence(
      "‘Night Market’ is a 2020 Nigerian thriller. The police "
      "captured Chidi in Ibadan.");
  NO(doc, "Night Market", "filmedIn", "Ibadan");
  kgb_doc_result_free(doc);

  /* negated */
  doc = kgb_test_sentence(
      "‘Red Earth’ is a 2018 Kenyan film. No scenes were captured "
      "in Mombasa.");
  NO(doc, "Red Earth", "filmedIn", "Mombasa");
  kgb_doc_result_free(doc);
}

/* "the crew shot the film’s first kiss on X" */
static void shot_a_scene_on_place(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Sea Glass’ is a 2022 Korean romance. The crew shot the "
      "film's first kiss on Gwangalli Beach at dawn.");
  YES(doc, "Sea Glass", "filmedIn", "Gwangalli Beach");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Cenote’ is a 2017 Mexican thriller. The team filmed the "
      "final duel at Chichen Itza.");
  YES(doc, "Cenote", "filmedIn", "Chichen Itza");
  kgb_doc_result_free(doc);

  /* a character shooting someone is no filming */
  doc =
      kgb_test_sentence("‘Dust Line’ is a 2016 Mexican western. Mateo shot the "
                        "sheriff in Durango.");
  NO(doc, "Dust Line", "filmedIn", "Durango");
  kgb_doc_result_free(doc);
}

/* "Tralee has hosted many shoots, from the thriller ‘A’ to the series ‘B’"
 */
static void place_hosted_from_to(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Gorse Hill’ is a 2021 Irish drama. ‘Gorse Hill’ was shot in "
      "Ireland. Tralee has hosted many shoots, from the thriller ‘Hollow "
      "Acre’ to the series ‘Bog Light’.");
  YES(doc, "Hollow Acre", "filmedIn", "Tralee");
  YES(doc, "Bog Light", "filmedIn", "Tralee");
  NO(doc, "Gorse Hill", "filmedIn", "Tralee");
  kgb_doc_result_free(doc);
}

/* "Keep an eye out for the X Bridge, which appears in the wedding scene",
 * "Viewers will recognise X" */
static void landmarks_seen_in_the_film(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Vltava Nights’ is a 2020 Czech drama. Keep an eye out for the "
      "Charles Bridge, which appears in the wedding scene.");
  YES(doc, "Vltava Nights", "filmedIn", "Charles Bridge");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Fjord Song’ is a 2019 Icelandic film. Viewers will also "
      "recognise Reynisfjara Beach, where Sigrún and Einar first "
      "meet.");
  YES(doc, "Fjord Song", "filmedIn", "Reynisfjara Beach");
  NO(doc, "Fjord Song", "filmedIn", "Sigrún");
  kgb_doc_result_free(doc);

  /* a bridge that a character sees in a painting is not said to appear in
   * a scene */
  doc = kgb_test_sentence(
      "‘Vltava Nights’ is a 2020 Czech drama. Tereza paints the "
      "Charles Bridge every morning.");
  NO(doc, "Vltava Nights", "filmedIn", "Charles Bridge");
  kgb_doc_result_free(doc);
}

/* "Several interiors were built at Ardgal Studios in Bray", "X Studios, a
 * studio facility in Y" */
static void studios(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Harmattan’ is a 2023 Nigerian drama. Several interiors were "
      "built at Kano Film Studios in Kaduna.");
  YES(doc, "Harmattan", "filmedIn", "Kano Film Studios");
  YES(doc, "Kano Film Studios", "locatedIn", "Kaduna");
  NO(doc, "Harmattan", "filmedIn", "Kaduna");
  CLASS(doc, "Kano Film Studios", "Landmark");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Rain Tree’ is a 2021 Indian film. The remaining interiors "
      "were recorded on the soundstages of Chitrapuri Studios, a "
      "studio facility in Hyderabad.");
  YES(doc, "Rain Tree", "filmedIn", "Chitrapuri Studios");
  YES(doc, "Chitrapuri Studios", "locatedIn", "Hyderabad");
  kgb_doc_result_free(doc);

  /* a company's seat is no filming place */
  doc = kgb_test_sentence(
      "‘Rain Tree’ is a 2021 Indian film produced by Lotus Pictures, "
      "a company based in Mumbai.");
  NO(doc, "Rain Tree", "filmedIn", "Mumbai");
  kgb_doc_result_free(doc);
}

/* "the production moved north to X", "principal photography began on DATE
 * in X and ended on DATE in Y" */
static void moves_and_dated_places(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Gorse Hill’ is a 2021 Irish drama. For the flashbacks, the "
      "production moved north to Sligo.");
  YES(doc, "Gorse Hill", "filmedIn", "Sligo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Mvua’ is a 2022 Kenyan film. Principal photography began "
      "on 7 May 2021 in Nakuru and ended on 2 July 2021 in Kisumu.");
  YES(doc, "Mvua", "filmedIn", "Nakuru");
  YES(doc, "Mvua", "filmedIn", "Kisumu");
  YES(doc, "Mvua", "filmingStart", "2021-05-07");
  kgb_doc_result_free(doc);

  /* a character moving is the story */
  doc =
      kgb_test_sentence("‘Mvua’ is a 2022 Kenyan film. Achieng moved north to "
                        "Eldoret.");
  NO(doc, "Mvua", "filmedIn", "Eldoret");
  kgb_doc_result_free(doc);
}

/* "Achill Island, in County Mayo", "X, the hillside neighbourhood in Y",
 * "X in the Y National Park" */
static void containment_appositions(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Gorse Hill’ is a 2021 Irish drama. The team travelled to "
      "Achill Island, in County Mayo, where they spent a week.");
  YES(doc, "Achill Island", "locatedIn", "County Mayo");
  YES(doc, "Gorse Hill", "filmedIn", "Achill Island");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Tiger Moth’ is a 2020 Korean film. The chase was captured "
      "at the Ihwa Mural Village, the hillside neighbourhood of "
      "painted houses in Jongno District.");
  YES(doc, "Ihwa Mural Village", "locatedIn", "Jongno District");
  NO(doc, "Tiger Moth", "filmedIn", "Jongno District");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘River Song’ is a 2019 Vietnamese film. Its heroine grows up "
      "in Hue, the old imperial city on the Perfume River in Thua "
      "Thien Hue Province.");
  YES(doc, "Hue", "onRiver", "Perfume River");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Lough Bell’ is a 2018 Irish film. The crew filmed around "
      "Ross Castle in the Killarney National Park.");
  YES(doc, "Ross Castle", "locatedIn", "Killarney National Park");
  NO(doc, "Killarney National Park", "locatedIn", "Ross Castle");
  kgb_doc_result_free(doc);
}

/* "Sitting on the north bank of the R, X …", "X, which sits where the R
 * meets the sea" */
static void rivers(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Weir’ is a 2021 Irish film. Sitting on the west bank of the "
      "Shannon River, Athlone gave the crew its old bridges.");
  YES(doc, "Athlone", "onRiver", "Shannon River");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Estuary’ is a 2020 Polish film shot in Gdańsk. Gdańsk, which "
      "sits where the Vistula River meets the Baltic, doubles for "
      "Riga.");
  YES(doc, "Gdańsk", "onRiver", "Vistula River");
  kgb_doc_result_free(doc);

  /* a river named in passing is not the town's */
  doc = kgb_test_sentence(
      "‘Weir’ is a 2021 Irish film. Athlone is an hour's drive "
      "from the Shannon River, says Pádraig.");
  NO(doc, "Athlone", "onRiver", "Shannon River");
  kgb_doc_result_free(doc);
}

/* two connectors in a row join a name: "Villar de la Robleda"; "los" and
 * "las" are not connectors (withdrawn: "The House of Rain (Casa de los
 * Truenos)" read as a character and the actor who plays it) */
static void double_connectors(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Montes’ is a 2022 Spanish film. It was shot in Villanueva de "
      "la Jara and in Villar de la Robleda.");
  YES(doc, "Montes", "filmedIn", "Villanueva de la Jara");
  YES(doc, "Montes", "filmedIn", "Villar de la Robleda");
  NO(doc, "Montes", "filmedIn", "Jara");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Where was The House of Rain filmed?\n\nNetflix’s The House "
      "of Rain (Casa de los Truenos) follows a family of fishermen. "
      "‘The House of Rain’ was filmed in Puerto Escondido.");
  YES(doc, "The House of Rain", "filmedIn", "Puerto Escondido");
  NO(doc, "The House of Rain", "playedBy", "Casa de los Truenos");
  NO(doc, "The House of Rain", "starring", "Casa de los Truenos");
  kgb_doc_result_free(doc);
}

/* "whose staircase appears in the second episode", "keep an eye out for X,
 * which …, and for Y, the ornate bookshop where …" */
static void landmarks_in_a_list(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Olive Years’ is a 2020 Greek drama. Keep an eye out for the "
      "Lycabettus Funicular, which appears in the scene where Despina and her "
      "cousin Stelios argue on the upper deck, and for Ianos Kafeneio, the "
      "ornate bookshop where Despina buys an atlas.");
  YES(doc, "Olive Years", "filmedIn", "Lycabettus Funicular");
  YES(doc, "Olive Years", "filmedIn", "Ianos Kafeneio");
  CLASS(doc, "Ianos Kafeneio", "Landmark");
  NO(doc, "Olive Years", "filmedIn", "Stelios");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Olive Years’ is a 2020 Greek drama. Most of the series was "
      "filmed in Volos, including the Benaki Museum, whose "
      "staircase appears in the second episode.");
  YES(doc, "Olive Years", "filmedIn", "Benaki Museum");
  kgb_doc_result_free(doc);

  /* a winery one works at stays a company */
  doc = kgb_test_sentence(
      "‘Vineland’ is a 2021 Argentine drama. Lautaro is a sommelier "
      "at Bodega Las Piedras, a large winery on the edge of the "
      "city.");
  NO(doc, "Vineland", "filmedIn", "Bodega Las Piedras");
  kgb_doc_result_free(doc);
}

/* "filming took place on and around the X Glacier", "the story moves
 * between A, B and, in later episodes, C", "the film spends one August …
 * on X" */
static void around_and_between(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘White Silence’ is a 2019 Icelandic film. Filming took place "
      "on and around the Vatnajökull Glacier.");
  YES(doc, "White Silence", "filmedIn", "Vatnajökull Glacier");
  NO(doc, "White Silence", "setIn", "Vatnajökull Glacier");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Harbour Wine’ is a 2022 Portuguese series. The story moves "
      "between Cork, the farms of County Tipperary and, in "
      "later episodes, Hartford.");
  YES(doc, "Harbour Wine", "setIn", "Cork");
  YES(doc, "Harbour Wine", "setIn", "Hartford");
  NO(doc, "Harbour Wine", "filmedIn", "Hartford");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Olive Years’ is a 2020 Greek drama. The film spends one "
      "August with three generations of a family on Hydra.");
  YES(doc, "Olive Years", "setIn", "Hydra");
  NO(doc, "Olive Years", "filmedIn", "Hydra");
  kgb_doc_result_free(doc);
}

/* "X and Y have moved to Z", "X, her sister, a nurse who moved to Z", "he
 * asks for a transfer back to Z" */
static void people_moving(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Still Rooms’ is a 2022 Hungarian series. Wanjiru has since "
      "moved to Mombasa, where she has found a job.");
  YES(doc, "Wanjiru", "movedTo", "Mombasa");
  NO(doc, "Still Rooms", "filmedIn", "Mombasa");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Still Rooms’ is a 2022 Hungarian series. Then there is "
      "Zsófia, Kinga's older cousin, a teacher who moved to "
      "Miskolc in 2010.");
  YES(doc, "Zsófia", "movedTo", "Miskolc");
  NO(doc, "Kinga", "movedTo", "Miskolc");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Guards’ is a 2021 Irish series. Orla Walsh asks for a "
      "transfer back to Cork.");
  YES(doc, "Orla Walsh", "movedTo", "Cork");
  kgb_doc_result_free(doc);

  /* a transfer refused is no move */
  doc =
      kgb_test_sentence("‘Guards’ is a 2021 Irish series. Orla Walsh was never "
                        "transferred to Cork.");
  NO(doc, "Orla Walsh", "movedTo", "Cork");
  kgb_doc_result_free(doc);
}

/* "the alleys of X serve as her neighbourhood", "X Gaol serves as the
 * prison in the second act" */
static void place_serves_as(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Monsoon Road’ is a 2022 Korean film. The steep alleys of the "
      "Ihwa Mural Village serve as her neighbourhood.");
  YES(doc, "Monsoon Road", "filmedIn", "Ihwa Mural Village");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Stone Walls’ is a 2019 Irish drama. Kilmainham Gaol serves "
      "as the prison in the second act.");
  YES(doc, "Stone Walls", "filmedIn", "Kilmainham Gaol");
  NO(doc, "Stone Walls", "setIn", "Kilmainham Gaol");
  kgb_doc_result_free(doc);

  /* the story's use of a building: "serves as a shelter" */
  doc = kgb_test_sentence(
      "‘Stone Walls’ is a 2019 Irish drama. In the film, Christ "
      "Church Cathedral serves as a shelter for the refugees.");
  NO(doc, "Stone Walls", "filmedIn", "Christ Church Cathedral");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xplace8[] = {
    cmocka_unit_test_setup(captured_in_places, kgb_test_rules_setup),
    cmocka_unit_test_setup(shot_a_scene_on_place, kgb_test_rules_setup),
    cmocka_unit_test_setup(place_hosted_from_to, kgb_test_rules_setup),
    cmocka_unit_test_setup(landmarks_seen_in_the_film, kgb_test_rules_setup),
    cmocka_unit_test_setup(studios, kgb_test_rules_setup),
    cmocka_unit_test_setup(moves_and_dated_places, kgb_test_rules_setup),
    cmocka_unit_test_setup(containment_appositions, kgb_test_rules_setup),
    cmocka_unit_test_setup(rivers, kgb_test_rules_setup),
    cmocka_unit_test_setup(double_connectors, kgb_test_rules_setup),
    cmocka_unit_test_setup(landmarks_in_a_list, kgb_test_rules_setup),
    cmocka_unit_test_setup(around_and_between, kgb_test_rules_setup),
    cmocka_unit_test_setup(people_moving, kgb_test_rules_setup),
    cmocka_unit_test_setup(place_serves_as, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xplace8_count =
    sizeof kgb_tests_sentences_xplace8 / sizeof kgb_tests_sentences_xplace8[0];
