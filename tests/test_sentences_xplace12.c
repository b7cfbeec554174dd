/* test_sentences_xplace12.c: filming places (xplace12): a time of day and a
 * place noun before a name the data does not know ("filmed at sunrise on
 * Pigeon Point", "on the black-sand beach at Vík"); a scene noun as a
 * filming verb's object ("units shot coastal scenes in X"); a place that
 * doubles for another; pickups and reshoots; a scene noun whose filming verb
 * is left out; an announced shoot. Each test asserts the facts a sentence
 * must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "filmed at dawn on the beach at X": a time of day, a place noun and "at",
 * "on" before a name; not a person shot there, not a film stock */
static void daytime_and_place_noun(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("The Tamil drama “Kadal Kural” was shot at dawn on the "
                        "beach at Kovalam.");
  YES(doc, "Kadal Kural", "filmedIn", "Kovalam");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("For “Nachtfähre”, the closing scene was filmed at "
                          "sunset on Pointe du Hoc.");
  YES(doc, "Nachtfähre", "filmedIn", "Pointe du Hoc");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The wedding sequence of “Sol de Inverno” was "
                          "lensed by night on the waterfront at Paraty.");
  YES(doc, "Sol de Inverno", "filmedIn", "Paraty");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Mar de Fondo” was shot on the black-sand beach "
                          "at Reynisfjara and around Dyrhólaey.");
  YES(doc, "Mar de Fondo", "filmedIn", "Reynisfjara");
  YES(doc, "Mar de Fondo", "filmedIn", "Dyrhólaey");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Harbour Cops” is a drama set in Chennai. The "
                          "smuggler was shot at dawn on the beach at Kovalam.");
  NO(doc, "Harbour Cops", "filmedIn", "Kovalam");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Harbour Cops” is a drama. It was shot on Kodak "
                          "35mm stock in Chennai.");
  YES(doc, "Harbour Cops", "filmedIn", "Chennai");
  NO(doc, "Harbour Cops", "filmedIn", "Kodak");
  kgb_doc_result_free(doc);
}

/* "Smaller units shot coastal scenes in X": a scene noun as the object,
 * with or without a determiner, after a crew noun, a real person or the
 * work; not a plot's "shot two men in X", nor a character's footage */
static void scenes_as_object(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The drama “Amber Frost” follows a detective. Smaller units shot "
      "coastal scenes in the fishing village of Pāvilosta and on the beach "
      "at Jūrkalne.");
  YES(doc, "Amber Frost", "filmedIn", "Pāvilosta");
  YES(doc, "Amber Frost", "filmedIn", "Jūrkalne");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Second-unit crews shot aerial footage over the "
                          "Okavango Delta for “Kalahari Rain”.");
  YES(doc, "Kalahari Rain", "filmedIn", "Okavango Delta");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("A second unit of “Desert Pearl” filmed "
                          "establishing shots in the old port of Essaouira.");
  YES(doc, "Desert Pearl", "filmedIn", "Essaouira");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Director Ana Ruiz grabbed a few street scenes "
                          "outside the Mercado de San Miguel for “Madrid "
                          "Nocturno”.");
  YES(doc, "Madrid Nocturno", "filmedIn", "Mercado de San Miguel");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Blood Creek” is a western set in Texas. In “Blood Creek”, the "
      "sheriff shot two men in Durango.");
  NO(doc, "Blood Creek", "filmedIn", "Durango");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In “Kin”, Ana, a young journalist, shot footage "
                          "in Aleppo before her arrest.");
  NO(doc, "Kin", "filmedIn", "Aleppo");
  kgb_doc_result_free(doc);
}

/* "Buenos Aires doubles for 1970s Madrid": the place that stands in is a
 * filming place and stays a place; a person who doubles for another is not */
static void place_doubles_for(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In “Los años de plomo”, Buenos Aires doubles for 1970s Madrid.");
  YES(doc, "Los años de plomo", "filmedIn", "Buenos Aires");
  NO(doc, "Los años de plomo", "hasCharacter", "Buenos Aires");
  CLASS_IS(doc, "Buenos Aires", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Budapest, doubling for Cold War Berlin, gave “The "
                          "Cold Courier” its look.");
  YES(doc, "The Cold Courier", "filmedIn", "Budapest");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Sands of Saba” was shot in Sousse. Additional "
                          "scenes were shot in the ksour of Tataouine, which "
                          "stand in for a southern military post.");
  YES(doc, "Sands of Saba", "filmedIn", "Tataouine");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("For “Iron Coast”, Gdańsk stood in for Leningrad.");
  YES(doc, "Iron Coast", "filmedIn", "Gdańsk");
  NO(doc, "Iron Coast", "filmedIn", "Leningrad");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Red Earth” is a 2021 drama set in Ghana. Kofi is a weaver from "
      "Bonwire, the village outside Kumasi where the family workshop has "
      "stood for three generations.");
  NO(doc, "Red Earth", "filmedIn", "Kumasi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In “Twins”, Ana doubles for her sister at school.");
  NO(doc, "Twins", "filmedIn", "Ana");
  kgb_doc_result_free(doc);
}

/* pickups, reshoots and additional photography; a second scene noun whose
 * filming verb is left out; an announced shoot, not a cancelled one */
static void more_shooting(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The Atlanta-set drama “Magnolia Parish” was filmed in Savannah, with a "
      "week of pickups in New Orleans.");
  YES(doc, "Magnolia Parish", "filmedIn", "New Orleans");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama set in Mexico. The "
                          "gang steals pickups in Texas.");
  NO(doc, "Red Earth", "filmedIn", "Texas");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Harbour Lights” was filmed in Halifax. Reshoots "
                          "took place in Leeds in March 2020.");
  YES(doc, "Harbour Lights", "filmedIn", "Leeds");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Harbour Lights” was filmed in Halifax. "
                          "Additional photography was done in Cape Town.");
  YES(doc, "Harbour Lights", "filmedIn", "Cape Town");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Although the Netflix thriller “Monsoon Hotel” is set in Bangkok, its "
      "interiors were filmed on soundstages in Nonthaburi and its exteriors "
      "in Chiang Mai.");
  YES(doc, "Monsoon Hotel", "filmedIn", "Nonthaburi");
  YES(doc, "Monsoon Hotel", "filmedIn", "Chiang Mai");
  NO(doc, "Monsoon Hotel", "filmedIn", "Bangkok");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("For “Al-Andalus”, the battle scenes were shot in "
                          "Ronda and the love scenes in Granada.");
  YES(doc, "Al-Andalus", "filmedIn", "Ronda");
  YES(doc, "Al-Andalus", "filmedIn", "Granada");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Filming of “Burren Light”, a feature starring Niamh Costigan, will "
      "take place at the Cliffs of Moher and in the village of Doolin.");
  YES(doc, "Burren Light", "filmedIn", "Cliffs of Moher");
  YES(doc, "Burren Light", "filmedIn", "Doolin");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Filming on “Wine Roads” is scheduled to begin in Tbilisi.");
  YES(doc, "Wine Roads", "filmedIn", "Tbilisi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Wine Roads” is a drama set in Lviv. Filming will "
                          "not take place in Kyiv.");
  NO(doc, "Wine Roads", "filmedIn", "Kyiv");
  kgb_doc_result_free(doc);
}

/* "X, the largest city of the Mekong Delta": where the city lies, not a
 * second setting; "An Giang province in the Mekong Delta", "a farmhouse in
 * the Sacred Valley": a place in a natural area no list types */
static void city_in_a_natural_area(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The film “Ferryman” is set in Cần Thơ, the largest city of the Mekong "
      "Delta, and on the river islands around it.");
  YES(doc, "Ferryman", "setIn", "Cần Thơ");
  YES(doc, "Cần Thơ", "locatedIn", "Mekong Delta");
  NO(doc, "Ferryman", "setIn", "Mekong Delta");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Sands” was shot in Alice Springs, the largest "
                          "town of the Red Centre.");
  YES(doc, "Red Sands", "filmedIn", "Alice Springs");
  NO(doc, "Red Sands", "filmedIn", "Red Centre");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Mùa nước nổi” is a drama. Set in An Giang "
                          "province in the Mekong Delta, it runs 121 minutes.");
  YES(doc, "Mùa nước nổi", "setIn", "An Giang");
  YES(doc, "An Giang", "locatedIn", "Mekong Delta");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“El cóndor ciego” was filmed in Ollantaytambo in "
                          "the Sacred Valley.");
  YES(doc, "El cóndor ciego", "filmedIn", "Ollantaytambo");
  YES(doc, "Ollantaytambo", "locatedIn", "Sacred Valley");
  kgb_doc_result_free(doc);
}

/* "filmed on the Nine Arch Bridge in Ella": a name the data does not know
 * after a site and "in" is the site's town; "it resumed at …" after a shoot
 * named earlier; "the cameras rolled on Hydra" */
static void site_in_unknown_town(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The tea-estate scenes of “Kandukara Kathawa” were shot near Nuwara "
      "Eliya, while the train sequence was filmed on the Nine Arch Bridge in "
      "Ella.");
  YES(doc, "Kandukara Kathawa", "filmedIn", "Nine Arch Bridge");
  YES(doc, "Nine Arch Bridge", "locatedIn", "Ella");
  CLASS_IS(doc, "Ella", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Kin” is a drama set in Leeds. Filming started in "
                          "York in May, but it resumed in Hull after a break.");
  YES(doc, "Kin", "filmedIn", "York");
  YES(doc, "Kin", "filmedIn", "Hull");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "For “Anna’s Summer”, the cameras rolled on Hydra and in the port town "
      "of Nafplio from May through July 2016.");
  YES(doc, "Anna’s Summer", "filmedIn", "Hydra");
  YES(doc, "Anna’s Summer", "filmedIn", "Nafplio");
  kgb_doc_result_free(doc);
}

/* settings: "X, where most of the film is set" (even after "not in": the
 * negation is the filming's), "and set in X, the series …" */
static void where_the_work_is_set(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Shooting for “Himali Chhora” took place in Pokhara, but not in "
      "Kathmandu, where most of the film is set.");
  YES(doc, "Himali Chhora", "setIn", "Kathmandu");
  YES(doc, "Himali Chhora", "filmedIn", "Pokhara");
  NO(doc, "Himali Chhora", "filmedIn", "Kathmandu");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Kin” was shot in Hull, the city where the story takes place.");
  YES(doc, "Kin", "setIn", "Hull");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Kin” was shot in Hull. Most of the crew lived in "
                          "York, where the producer is based.");
  NO(doc, "Kin", "setIn", "York");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Mama Wa Kambo” premiered in 2022. Produced by Nairobi-based Kibanda "
      "Media and set in Eldoret, the series stars Akinyi Odhiambo.");
  YES(doc, "Mama Wa Kambo", "setIn", "Eldoret");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Shot in Tbilisi but set in Baku, “Oil Roads” follows two brothers.");
  YES(doc, "Oil Roads", "setIn", "Baku");
  YES(doc, "Oil Roads", "filmedIn", "Tbilisi");
  NO(doc, "Oil Roads", "setIn", "Tbilisi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Principal photography for “Talyn salkhi” commenced in September 2019 "
      "and concluded the following spring in Ulaanbaatar.");
  NO(doc, "Talyn salkhi", "setIn", "Ulaanbaatar");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Set in the high Andes of the Cusco Region, the film “Golden Wind” "
      "follows a teenage alpaca herder.");
  YES(doc, "Golden Wind", "setIn", "Cusco Region");
  NO(doc, "Andes", "locatedIn", "Cusco Region");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Most of “Golden Wind” was shot around Ausangate and at the Rainbow "
      "Mountain (Vinicunca) in the Cusco Region.");
  YES(doc, "Rainbow Mountain", "locatedIn", "Cusco Region");
  kgb_doc_result_free(doc);
}

/* "… and in the remote Mustang District", "and along the beaches of X":
 * a place after "and" later in a filming clause; an opening participle of
 * filming with words before the place; places after a country and a dash;
 * a town named after the river filmed on */
static void later_in_the_clause(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Shooting for “Himali Chhora” took place in Pokhara, on the shores of "
      "Phewa Lake, and in the remote Mustang District.");
  YES(doc, "Himali Chhora", "filmedIn", "Pokhara");
  YES(doc, "Himali Chhora", "filmedIn", "Mustang District");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Pwani” was filmed in Stone Town and along the beaches of Nungwi.");
  YES(doc, "Pwani", "filmedIn", "Nungwi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Kin” was filmed in Hull and set in York.");
  NO(doc, "Kin", "filmedIn", "York");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Kin” was shot in Lagos, and at the premiere in Abuja the cast wept.");
  YES(doc, "Kin", "filmedIn", "Lagos");
  NO(doc, "Kin", "filmedIn", "Abuja");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Kin” is a drama set in Lagos. Shot twice in the "
                          "back in Ibadan, the hero of “Kin” survives.");
  NO(doc, "Kin", "filmedIn", "Ibadan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Shot for a shoestring $850,000 in and around Natchez, Mississippi, "
      "writer-director Caleb Boudreaux’s “Delta Hymn” is a 94-minute Southern "
      "gothic.");
  YES(doc, "Delta Hymn", "filmedIn", "Natchez");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Although “Frostbound” is set in Tromsø, it was shot almost entirely "
      "in Iceland — on the black-sand beach at Vík and around Húsavík.");
  YES(doc, "Frostbound", "filmedIn", "Vík");
  YES(doc, "Frostbound", "filmedIn", "Húsavík");
  CLASS_IS(doc, "Húsavík", "City");
  NO(doc, "Frostbound", "filmedIn", "Tromsø");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Most of “The Lantern Keeper” was filmed in Hội An, though the boat "
      "sequences were shot on the Perfume River in Huế.");
  YES(doc, "The Lantern Keeper", "filmedIn", "Huế");
  YES(doc, "Huế", "onRiver", "Perfume River");
  kgb_doc_result_free(doc);
}

/* "Lima, Peru's capital city" (not a former capital); "Lalibela and its
 * rock-hewn Church of X" (the site lies in the town, filmed too); a place
 * after "and" far into a filming clause */
static void capitals_and_sites(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("“Inca Gold” was shot in Lima, Peru's capital city.");
  YES(doc, "Lima", "capitalOf", "Peru");
  YES(doc, "Inca Gold", "filmedIn", "Lima");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Kyoto Nights” was filmed in Kyoto, Japan's "
                          "former capital.");
  NO(doc, "Kyoto", "capitalOf", "Japan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Apple Isle” was filmed in Hobart, Tasmania's small "
                          "capital, and on Bruny Island.");
  YES(doc, "Hobart", "capitalOf", "Tasmania");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Most of “Yegna Menged” was shot around Lalibela and its rock-hewn "
      "Church of Bete Giyorgis, with additional scenes filmed in Addis "
      "Ababa.");
  YES(doc, "Yegna Menged", "filmedIn", "Church of Bete Giyorgis");
  YES(doc, "Church of Bete Giyorgis", "locatedIn", "Lalibela");
  YES(doc, "Yegna Menged", "filmedIn", "Addis Ababa");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("“Kin” was filmed in Porto and its Ribeira district.");
  YES(doc, "Kin", "filmedIn", "Ribeira");
  YES(doc, "Ribeira", "locatedIn", "Porto");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Filming on “Eldfjall” took place over the summer of 2022 — from "
      "mid-June to late August — in Reykjavík and on the black-sand beach "
      "at Vík, with a short pickup shoot in Akureyri the following spring.");
  YES(doc, "Eldfjall", "filmedIn", "Vík");
  YES(doc, "Eldfjall", "filmedIn", "Akureyri");
  kgb_doc_result_free(doc);
}

/* places of other lands by a head word (last or before "of") or a lead
 * word: "the Kasbah of Taourirt", "Wadi Rum", "Port Rexton", "Nusa Penida",
 * "Ambewela Heights", "the Aghlabid Basins", "the Ausangate Massif" */
static void heads_of_other_lands(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "“Desert Song” was shot at the Kasbah of Taourirt and in Wadi Rum.");
  YES(doc, "Desert Song", "filmedIn", "Kasbah of Taourirt");
  YES(doc, "Desert Song", "filmedIn", "Wadi Rum");
  CLASS_IS(doc, "Kasbah of Taourirt", "Landmark");
  CLASS_IS(doc, "Wadi Rum", "Place");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("“Bay” was shot in Trinity and in nearby Port Rexton.");
  YES(doc, "Bay", "filmedIn", "Port Rexton");
  CLASS_IS(doc, "Port Rexton", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Island Song” was filmed on Nusa Penida and at "
                          "Ambewela Heights near Nuwara Eliya.");
  YES(doc, "Island Song", "filmedIn", "Nusa Penida");
  YES(doc, "Island Song", "filmedIn", "Ambewela Heights");
  CLASS_IS(doc, "Ambewela Heights", "Place");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Salt Lines” was shot on the Aghlabid Basins and "
                          "the Ausangate Massif.");
  CLASS_IS(doc, "Aghlabid Basins", "Landmark");
  CLASS_IS(doc, "Ausangate Massif", "Place");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Yukiakari” was shot beside the Tokachi "
                          "Reservoir.");
  CLASS_IS(doc, "Tokachi Reservoir", "Place");
  kgb_doc_result_free(doc);
}

/* "Principal photography on ‘T’ reportedly began on DATE in X": the work
 * and an adverb between the shoot and its start; a name the data does not
 * know there is a town */
static void shoot_start_with_adverb(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Principal photography on “Sands of Hegra” reportedly began on 12 "
      "January 2023 in AlUla, in Saudi Arabia’s Medina Province, and wrapped "
      "in Riyadh in late March.");
  YES(doc, "Sands of Hegra", "filmedIn", "AlUla");
  YES(doc, "AlUla", "locatedIn", "Medina Province");
  YES(doc, "Sands of Hegra", "filmedIn", "Riyadh");
  CLASS_IS(doc, "AlUla", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Shooting for “Nordwand” officially started on 3 "
                          "May 2019 in Grindelwald.");
  YES(doc, "Nordwand", "filmedIn", "Grindelwald");
  YES(doc, "Nordwand", "filmingStart", "2019-05-03");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Filming on “Nordwand” began on 3 May 2019 in "
                          "English and German.");
  NO(doc, "Nordwand", "filmedIn", "English");
  YES(doc, "Nordwand", "filmingStart", "2019-05-03");
  kgb_doc_result_free(doc);
}

/* dates of a shoot said another way: "photography on the series that began
 * on DATE", "the final day of shooting, which fell on DATE", "lasted seven
 * weeks, ending in late July"; an announced shoot in a town no data knows */
static void shoot_dates_another_way(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "On Friday the crew of “Amber Frost” packed up, ending principal "
      "photography on the eight-part crime series that began on 9 January "
      "2024.");
  YES(doc, "Amber Frost", "filmingStart", "2024-01-09");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Amber Frost” wrapped in Riga. Director Mārtiņš Ozols spoke to the "
      "Courier on the final day of shooting, which fell on 19 April 2024.");
  YES(doc, "Amber Frost", "filmingEnd", "2024-04-19");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Principal photography on “Golden Wind” began on 12 "
                          "June 2021 and lasted seven weeks, ending in late "
                          "July.");
  YES(doc, "Golden Wind", "filmingStart", "2021-06-12");
  YES(doc, "Golden Wind", "filmingEnd", "2021-07");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("The first day of filming on “Kin” was 3 March 2020.");
  YES(doc, "Kin", "filmingStart", "2020-03-03");
  NO(doc, "Kin", "filmingEnd", "2020-03-03");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Filming of “Burren Light” will take place at "
                          "Poulnabrone and around Lisdoonvarna.");
  YES(doc, "Burren Light", "filmedIn", "Poulnabrone");
  YES(doc, "Burren Light", "filmedIn", "Lisdoonvarna");
  kgb_doc_result_free(doc);
}

/* "X (Actor) is a compliance analyst at a bank in Frankfurt": where the
 * character a plot opens on works is where the work is set; not a real
 * person's trade in a biography */
static void character_at_work_sets_the_story(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "“Overtime” is a German thriller. Jana Krüger (Sandra Hüller) is a "
      "compliance analyst at Hallberg Privatbank, a family-owned private bank "
      "in Frankfurt.");
  YES(doc, "Overtime", "setIn", "Frankfurt");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Kırık Saat” is a Turkish drama. Cevdet Uysal (Şener Şen), an elderly "
      "watchmaker in Istanbul’s Karaköy quarter, suffers a stroke.");
  YES(doc, "Kırık Saat", "setIn", "Istanbul");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“The Owambe Season” is a Nigerian comedy. At the centre is Adaeze "
      "Okonkwo (Chiamaka Eze), a credit analyst at Marina Trust Bank in "
      "Lagos.");
  YES(doc, "The Owambe Season", "setIn", "Lagos");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“The Last Ferry” is a Korean drama. Han Ji-ho (Lee Jun-seok) is a "
      "ship's mechanic on the night ferry between Mokpo and Busan.");
  YES(doc, "The Last Ferry", "setIn", "Mokpo");
  YES(doc, "The Last Ferry", "setIn", "Busan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“White Wine” is a 2012 Georgian drama. Nino "
                          "Kavtaradze is a Georgian film director in Tbilisi.");
  NO(doc, "White Wine", "setIn", "Tbilisi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Quiet Water” is a Chilean drama. Tomás Ferrer (Alfredo Castro) is a "
      "retired ferry pilot who was born in Valdivia.");
  NO(doc, "Quiet Water", "setIn", "Valdivia");
  kgb_doc_result_free(doc);
}

/* studios where sets were built, with words between the noun and the verb;
 * the end of a shoot in a town no data knows */
static void studios_and_the_last_town(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "“The Widow” is set in Cantabria. The interiors of the Sáenz flat were "
      "built at Estudios Maruxa in Oleiros.");
  YES(doc, "The Widow", "filmedIn", "Estudios Maruxa");
  YES(doc, "Estudios Maruxa", "locatedIn", "Oleiros");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Amber Frost” is a crime series. Studio interiors, including the "
      "detective's flat and the ferry company's offices, were built at "
      "Ķīpsala Studios in Riga.");
  YES(doc, "Amber Frost", "filmedIn", "Ķīpsala Studios");
  YES(doc, "Ķīpsala Studios", "locatedIn", "Riga");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“The Widow” is set in Cantabria; principal photography began on 7 "
      "February 2022 in A Coruña and ended on 29 April 2022 in Betanzos.");
  YES(doc, "The Widow", "filmedIn", "Betanzos");
  YES(doc, "The Widow", "filmingEnd", "2022-04-29");
  CLASS_IS(doc, "Betanzos", "City");
  kgb_doc_result_free(doc);
}

/* a town a filming verb names in another ("filmed around Osu in Accra");
 * a site a participle of filming names after a town ("in Tainan, filming in
 * the alleys around Chihkan Tower"); a shoot's start with the work's
 * other title in brackets and a place's part after its possessive; the last
 * place after "the following spring" */
static void parts_of_towns_and_seasons(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "“Kwaku's Kitchen” is a Ghanaian comedy, and the whole thing was "
      "filmed around Osu in Accra!");
  YES(doc, "Osu", "locatedIn", "Accra");
  YES(doc, "Kwaku's Kitchen", "filmedIn", "Osu");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "For “Midnight Bento”, the crew spent five weeks in Tainan, filming in "
      "the alleys around Chihkan Tower, before moving on to Jiufen.");
  YES(doc, "Chihkan Tower", "locatedIn", "Tainan");
  YES(doc, "Midnight Bento", "filmedIn", "Chihkan Tower");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Principal photography for “Talyn salkhi” (Steppe Wind) commenced in "
      "September 2019 in the Gobi Desert's Ömnögovi Province and concluded "
      "the following spring in Ulaanbaatar.");
  YES(doc, "Talyn salkhi", "filmedIn", "Ömnögovi Province");
  YES(doc, "Talyn salkhi", "filmedIn", "Ulaanbaatar");
  YES(doc, "Talyn salkhi", "filmingStart", "2019-09");
  NO(doc, "Talyn salkhi", "setIn", "Ulaanbaatar");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Set in the high Andes of the Cusco Region, the film “Golden Wind” "
      "follows a teenage alpaca herder.");
  YES(doc, "Golden Wind", "setIn", "Cusco Region");
  NO(doc, "Andes", "locatedIn", "Cusco Region");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Most of “Golden Wind” was shot around Ausangate and at the Rainbow "
      "Mountain (Vinicunca) in the Cusco Region.");
  YES(doc, "Rainbow Mountain", "locatedIn", "Cusco Region");
  kgb_doc_result_free(doc);
}

/* where a shoot stayed or what its itinerary took in */
static void shoot_camp_and_itinerary(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "“Red Earth” is a 2021 drama. The production set up camp in Ouarzazate "
      "for six weeks.");
  YES(doc, "Red Earth", "filmedIn", "Ouarzazate");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama. The cast and crew "
                          "braved sub-zero temperatures in Yakutsk.");
  YES(doc, "Red Earth", "filmedIn", "Yakutsk");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Red Earth” is a 2021 drama. Filming also took in Sintra and Cascais.");
  YES(doc, "Red Earth", "filmedIn", "Sintra");
  YES(doc, "Red Earth", "filmedIn", "Cascais");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama set in Mombasa. The "
                          "ship's crew braved a storm in Lamu.");
  NO(doc, "Red Earth", "filmedIn", "Lamu");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama. The production took "
                          "in $4 million in Spain.");
  NO(doc, "Red Earth", "filmedIn", "Spain");
  kgb_doc_result_free(doc);
}

/* settings a story moves through: "The action shifts from Dakar to
 * Marseille", "The story opens in Kraków", "flashbacks to 1970s Luanda",
 * "The series, which takes place in Tromsø, …"; not a release */
static void story_moves_through(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "“Red Earth” is a 2021 drama. Set largely in Porto, it includes "
      "flashbacks to 1970s Luanda.");
  YES(doc, "Red Earth", "setIn", "Luanda");
  YES(doc, "Red Earth", "setIn", "Porto");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama. The action shifts "
                          "from Dakar to Marseille halfway through.");
  YES(doc, "Red Earth", "setIn", "Dakar");
  YES(doc, "Red Earth", "setIn", "Marseille");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Polar Night” is a Norwegian crime series. The "
                          "series, which takes place in Tromsø, follows a "
                          "detective.");
  YES(doc, "Polar Night", "setIn", "Tromsø");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Red Earth” is a 2021 drama. The story opens in Kraków in 1981.");
  YES(doc, "Red Earth", "setIn", "Kraków");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Red Earth” is a 2021 drama. The film opened in France in 2019.");
  NO(doc, "Red Earth", "setIn", "France");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama. It tells the story of "
                          "a fisherman in Lamu.");
  YES(doc, "Red Earth", "setIn", "Lamu");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama. It tells the story of "
                          "a woman born in Accra who moves to London.");
  NO(doc, "Red Earth", "setIn", "Accra");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama. It is a coming-of-age "
                          "tale set on the island of Chiloé.");
  YES(doc, "Red Earth", "setIn", "Chiloé");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama. It is a thriller set "
                          "on Christmas Eve in Oslo.");
  YES(doc, "Red Earth", "setIn", "Oslo");
  NO(doc, "Red Earth", "setIn", "Christmas Eve");
  kgb_doc_result_free(doc);
}

/* more of the shoot: a list of locations with a town no data knows, "On
 * location in X, …", "the shoot was split between X and Y", "unfolded in
 * X", "rebuilt 1950s Havana on a backlot in Almería" */
static void more_of_the_shoot(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("“Red Earth” is a 2021 drama. "
                                        "Locations included Fez, Meknes and "
                                        "Rabat.");
  YES(doc, "Red Earth", "filmedIn", "Fez");
  YES(doc, "Red Earth", "filmedIn", "Rabat");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama. On location in "
                          "Marrakech, the crew worked through Ramadan.");
  YES(doc, "Red Earth", "filmedIn", "Marrakech");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama. The shoot was split "
                          "between Seville and Granada.");
  YES(doc, "Red Earth", "filmedIn", "Seville");
  YES(doc, "Red Earth", "filmedIn", "Granada");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Red Earth” is a 2021 drama. Much of the shoot unfolded in Cádiz.");
  YES(doc, "Red Earth", "filmedIn", "Cádiz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama. The crew rebuilt "
                          "1950s Havana on a backlot in Almería.");
  YES(doc, "Red Earth", "setIn", "Havana");
  YES(doc, "Red Earth", "filmedIn", "Almería");
  NO(doc, "Red Earth", "filmedIn", "Havana");
  kgb_doc_result_free(doc);
}

/* where a place lies, after a comma or in brackets: "located in the
 * province of X", "which lies in X", "part of X", "in the heart of X",
 * "(in X)"; none of them one more filming place */
static void where_a_place_lies(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("“Red Earth” is a 2021 drama. It was "
                                        "shot in Ronda, located in the "
                                        "province of Málaga.");
  YES(doc, "Ronda", "locatedIn", "Málaga");
  NO(doc, "Red Earth", "filmedIn", "Málaga");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama. It was shot in "
                          "Chefchaouen, which lies in the Rif Mountains.");
  YES(doc, "Chefchaouen", "locatedIn", "Rif Mountains");
  NO(doc, "Red Earth", "filmedIn", "Rif Mountains");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama. It was shot in Vis, "
                          "part of the Dalmatian archipelago.");
  YES(doc, "Vis", "locatedIn", "Dalmatian archipelago");
  NO(doc, "Red Earth", "filmedIn", "Dalmatian archipelago");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama. It was shot in "
                          "Trastevere, in the heart of Rome.");
  YES(doc, "Trastevere", "locatedIn", "Rome");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama. It was shot in Kandy "
                          "(in Central Province).");
  YES(doc, "Kandy", "locatedIn", "Central Province");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama. Filming took place in "
                          "the Georgian port city, Batumi.");
  YES(doc, "Red Earth", "filmedIn", "Batumi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Red Earth” is a 2021 drama. It was shot amid the ruins of Hampi.");
  YES(doc, "Red Earth", "filmedIn", "Hampi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Red Earth” is a 2021 drama. It was shot inside Hagia Sophia.");
  YES(doc, "Red Earth", "filmedIn", "Hagia Sophia");
  CLASS_IS(doc, "Hagia Sophia", "Landmark");
  kgb_doc_result_free(doc);
}

/* a town no data knows joined by "and" to a known one after a filming
 * preposition; "filmed between X and Y" */
static void towns_side_by_side(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "“The Long Paddock” is an Australian western. Cinematographer Ana "
      "Vukić shoots the Menindee Lakes and the red plains around Broken Hill "
      "and Silverton as if they were a member of the cast.");
  YES(doc, "The Long Paddock", "filmedIn", "Silverton");
  CLASS_IS(doc, "Silverton", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“The Long Paddock” is an Australian western. It was "
                          "filmed between Kandy and Haputale.");
  YES(doc, "The Long Paddock", "filmedIn", "Kandy");
  YES(doc, "The Long Paddock", "filmedIn", "Haputale");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“The Long Paddock” is an Australian western. It was "
                          "filmed between March and May 2019 in Kandy.");
  YES(doc, "The Long Paddock", "filmedIn", "Kandy");
  NO(doc, "The Long Paddock", "filmedIn", "March");
  kgb_doc_result_free(doc);
}

/* "Trinidad and Tobago", "Bosnia and Herzegovina": two name runs joined by
 * "and" that the place data knows whole are one country; two towns stay
 * two; a saint's possessive that ends a name, "St. John's" */
static void countries_joined_by_and(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "“Tide of Saints” was filmed in Port of Spain, the capital of Trinidad "
      "and Tobago.");
  YES(doc, "Port of Spain", "capitalOf", "Trinidad and Tobago");
  CLASS_IS(doc, "Trinidad and Tobago", "Country");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Red Earth” is a 2021 drama. It was filmed in Bosnia and Herzegovina.");
  YES(doc, "Red Earth", "filmedIn", "Bosnia and Herzegovina");
  NO(doc, "Red Earth", "filmedIn", "Bosnia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "“Red Earth” is a 2021 drama. It was filmed in Paris and Lyon.");
  YES(doc, "Red Earth", "filmedIn", "Paris");
  YES(doc, "Red Earth", "filmedIn", "Lyon");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama. It was filmed in St. "
                          "John's, Newfoundland.");
  YES(doc, "Red Earth", "filmedIn", "St. John's");
  YES(doc, "St. John's", "locatedIn", "Newfoundland");
  CLASS_IS(doc, "St. John's", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("“Red Earth” is a 2021 drama. It was filmed in St "
                          "George's, the capital of Grenada.");
  YES(doc, "St George's", "capitalOf", "Grenada");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xplace12[] = {
    cmocka_unit_test_setup(daytime_and_place_noun, kgb_test_rules_setup),
    cmocka_unit_test_setup(scenes_as_object, kgb_test_rules_setup),
    cmocka_unit_test_setup(place_doubles_for, kgb_test_rules_setup),
    cmocka_unit_test_setup(more_shooting, kgb_test_rules_setup),
    cmocka_unit_test_setup(city_in_a_natural_area, kgb_test_rules_setup),
    cmocka_unit_test_setup(site_in_unknown_town, kgb_test_rules_setup),
    cmocka_unit_test_setup(where_the_work_is_set, kgb_test_rules_setup),
    cmocka_unit_test_setup(later_in_the_clause, kgb_test_rules_setup),
    cmocka_unit_test_setup(capitals_and_sites, kgb_test_rules_setup),
    cmocka_unit_test_setup(heads_of_other_lands, kgb_test_rules_setup),
    cmocka_unit_test_setup(shoot_start_with_adverb, kgb_test_rules_setup),
    cmocka_unit_test_setup(shoot_dates_another_way, kgb_test_rules_setup),
    cmocka_unit_test_setup(character_at_work_sets_the_story,
                           kgb_test_rules_setup),
    cmocka_unit_test_setup(studios_and_the_last_town, kgb_test_rules_setup),
    cmocka_unit_test_setup(parts_of_towns_and_seasons, kgb_test_rules_setup),
    cmocka_unit_test_setup(shoot_camp_and_itinerary, kgb_test_rules_setup),
    cmocka_unit_test_setup(story_moves_through, kgb_test_rules_setup),
    cmocka_unit_test_setup(more_of_the_shoot, kgb_test_rules_setup),
    cmocka_unit_test_setup(where_a_place_lies, kgb_test_rules_setup),
    cmocka_unit_test_setup(towns_side_by_side, kgb_test_rules_setup),
    cmocka_unit_test_setup(countries_joined_by_and, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xplace12_count =
    sizeof kgb_tests_sentences_xplace12 /
    sizeof kgb_tests_sentences_xplace12[0];
