/* test_sentences_xplace11.c: filming places (xplace11): the work being shot
 * behind a noun ("Filming on the second season of X began in P", "Shooting
 * for the final season of X"); names after the time a shoot spent ("the
 * production spent April to June 2019 in Positano, Ravello and …", "The
 * film spent six weeks in Mestia and Ushguli"); every town of a list before
 * ", in AREA"; a town the data does not know before a landmark's possessive
 * ("recorded at Kashan's Tabatabaei House"). Each test asserts the facts
 * a sentence must give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "Filming on the second season of X began …": the work behind a noun and
 * "of" is the one being shot; a plot sentence that only moves is no shoot */
static void work_behind_a_noun(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Filming on the second season of Ishavet began on 15 May 2022 in "
      "Kiruna and moved on to Abisko National Park and then to Narvik.");
  YES(doc, "Ishavet", "filmedIn", "Kiruna");
  YES(doc, "Ishavet", "filmedIn", "Abisko National Park");
  YES(doc, "Ishavet", "filmedIn", "Narvik");
  YES(doc, "Ishavet", "filmingStart", "2022-05-15");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Shooting for the final season of Borgen Nord "
                          "started in March 2023 in Aarhus.");
  YES(doc, "Borgen Nord", "filmedIn", "Aarhus");
  YES(doc, "Borgen Nord", "filmingStart", "2023-03");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Filming on the film Ishavet began on 15 May 2022 in Kiruna.");
  YES(doc, "Ishavet", "filmedIn", "Kiruna");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Production of the 2021 series Cidade Baixa "
                          "took place in Salvador.");
  YES(doc, "Cidade Baixa", "filmedIn", "Salvador");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In the second season of Ishavet, Sara moves to "
                          "Kiruna to work at the mine.");
  NO(doc, "Ishavet", "filmedIn", "Kiruna");
  kgb_doc_result_free(doc);
}

/* "the production spent April to June 2019 in Positano, Ravello and …":
 * known or unknown names after the time a shoot spent; not a box-office
 * run, not a character's years */
static void time_spent_in_towns(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Where was Amalfi Blue filmed? Contrary to early reports, Amalfi Blue "
      "was not shot in Rome: the production spent April to June 2019 in "
      "Positano, Ravello and the ceramics town of Vietri sul Mare.");
  YES(doc, "Amalfi Blue", "filmedIn", "Positano");
  YES(doc, "Amalfi Blue", "filmingStart", "2019-04");
  YES(doc, "Amalfi Blue", "filmingEnd", "2019-06");
  YES(doc, "Amalfi Blue", "filmedIn", "Ravello");
  YES(doc, "Amalfi Blue", "filmedIn", "Vietri sul Mare");
  NO(doc, "Amalfi Blue", "filmedIn", "Rome");
  CLASS_IS(doc, "Positano", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Sangre de Cobre is a Chilean western. The film "
                          "spent six weeks in Chuquicamata and Calama.");
  YES(doc, "Sangre de Cobre", "filmedIn", "Chuquicamata");
  YES(doc, "Sangre de Cobre", "filmedIn", "Calama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kali Raat is a Marathi thriller; the crew spent May 2016 to July 2016 "
      "in Satara, Wai and Mahabaleshwar.");
  YES(doc, "Kali Raat", "filmedIn", "Satara");
  YES(doc, "Kali Raat", "filmingStart", "2016-05");
  YES(doc, "Kali Raat", "filmingEnd", "2016-07");
  YES(doc, "Kali Raat", "filmedIn", "Wai");
  YES(doc, "Kali Raat", "filmedIn", "Mahabaleshwar");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Hanami Road is a Japanese drama. The unit later "
                          "spent a fortnight around Kanazawa.");
  YES(doc, "Hanami Road", "filmedIn", "Kanazawa");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Umama Wami is a 2020 South African comedy film; the film spent three "
      "weeks at number one in South Africa.");
  NO(doc, "Umama Wami", "filmedIn", "South Africa");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Amalfi Blue, Sofia spent six years in Positano "
                          "before she met Marco.");
  NO(doc, "Amalfi Blue", "filmedIn", "Positano");
  kgb_doc_result_free(doc);
}

/* "Filming for the Georgian-French drama X took place … in Mestia and
 * Ushguli, in Georgia's Svaneti region": the work behind a demonym, unknown
 * towns, and every town of a list before ", in AREA" lies in it */
static void towns_in_an_area(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Filming for the Georgian-French drama Mountain Bread took place over "
      "seven weeks in the autumn of 2021 in Mestia and Ushguli, in Georgia's "
      "Svaneti region, and in the capital, Tbilisi.");
  YES(doc, "Mountain Bread", "filmedIn", "Mestia");
  YES(doc, "Mountain Bread", "filmedIn", "Ushguli");
  YES(doc, "Mountain Bread", "filmedIn", "Tbilisi");
  YES(doc, "Mestia", "locatedIn", "Svaneti region");
  YES(doc, "Ushguli", "locatedIn", "Svaneti region");
  NO(doc, "Tbilisi", "locatedIn", "Svaneti region");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Amalfi Blue was filmed in Positano, Ravello and "
                          "the ceramics town of Vietri sul Mare, all on "
                          "Italy's Amalfi Coast.");
  YES(doc, "Positano", "locatedIn", "Amalfi Coast");
  YES(doc, "Ravello", "locatedIn", "Amalfi Coast");
  YES(doc, "Vietri sul Mare", "locatedIn", "Amalfi Coast");
  YES(doc, "Amalfi Coast", "locatedIn", "Italy");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Monsoon Ferry was shot in Kep and Kampot, both in southern Cambodia.");
  YES(doc, "Kep", "locatedIn", "Cambodia");
  YES(doc, "Kampot", "locatedIn", "Cambodia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kuzey Yolu was shot in Trabzon and Rize, on "
                          "Turkey's Black Sea coast.");
  YES(doc, "Trabzon", "locatedIn", "Black Sea coast");
  YES(doc, "Rize", "locatedIn", "Black Sea coast");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Salt Roads, Amara moves from Lagos to Accra, "
                          "in Ghana's Greater Accra Region.");
  YES(doc, "Accra", "locatedIn", "Greater Accra Region");
  NO(doc, "Lagos", "locatedIn", "Greater Accra Region");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Salt Roads, Ana and Pedro, both in the "
                          "Algarve, write letters to Lisbon.");
  NO(doc, "Ana", "locatedIn", "Algarve");
  kgb_doc_result_free(doc);
}

/* "recorded at Kashan's Tabatabaei House": a town the data does not know
 * before a landmark's possessive, after a filming verb; a name ending in
 * "House" is a building; not a character's guest house */
static void unknown_town_possessive_site(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Most of ‘A House in Yazd’ was filmed in the old quarter of Yazd, "
      "although the rooftop scenes were recorded at Kashan’s Tabatabaei "
      "House, a 19th-century mansion that is now a museum.");
  YES(doc, "A House in Yazd", "filmedIn", "Tabatabaei House");
  YES(doc, "Tabatabaei House", "locatedIn", "Kashan");
  CLASS_IS(doc, "Tabatabaei House", "Landmark");
  CLASS_IS(doc, "Kashan", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Zeytin Evi’ was shot inside Ayvalık's Taksiyarhis Church.");
  YES(doc, "Zeytin Evi", "filmedIn", "Taksiyarhis Church");
  YES(doc, "Taksiyarhis Church", "locatedIn", "Ayvalık");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The wedding in ‘Kali Raat’ was filmed at Wai's "
                          "Dholya Ganpati Temple.");
  YES(doc, "Kali Raat", "filmedIn", "Dholya Ganpati Temple");
  YES(doc, "Dholya Ganpati Temple", "locatedIn", "Wai");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Zeytin Evi, Deniz Kaya plays Amara, who works at "
                          "Mehmet's Guest House.");
  NO(doc, "Guest House", "locatedIn", "Mehmet");
  kgb_doc_result_free(doc);
}

/* "moved to the Fruška Gora hills and then to Belgrade's Zemun district":
 * a stop of a shoot's journey after a town's possessive is the part, which
 * lies in the town */
static void journey_to_a_part(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Shooting on Danube Blues started in Novi Sad on 12 September 2022, "
      "moved to the Fruška Gora hills and then to Belgrade’s Zemun district, "
      "and wrapped on 4 November.");
  YES(doc, "Danube Blues", "filmedIn", "Zemun district");
  YES(doc, "Danube Blues", "filmedIn", "Novi Sad");
  YES(doc, "Zemun district", "locatedIn", "Belgrade");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Filming on Kuzey Yolu began in Trabzon and later "
                          "moved to Istanbul's Balat neighbourhood.");
  YES(doc, "Kuzey Yolu", "filmedIn", "Balat neighbourhood");
  YES(doc, "Balat neighbourhood", "locatedIn", "Istanbul");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The crew of ‘Tuz Yolu’ then travelled to Turkey's Salt Lake.");
  YES(doc, "Tuz Yolu", "filmedIn", "Salt Lake");
  YES(doc, "Salt Lake", "locatedIn", "Turkey");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Kuzey Yolu, Deniz Kaya plays Elif, who moves "
                          "to Istanbul's Balat neighbourhood.");
  NO(doc, "Kuzey Yolu", "filmedIn", "Balat neighbourhood");
  kgb_doc_result_free(doc);
}

/* "A Guarda, the border town at the mouth of the Miño", "Ourense, the
 * inland city on the Miño": a name after "the" where a river stands is a
 * river even when a town has the same name; the town stands on it */
static void rivers_named_like_towns(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Although the series is set in A Guarda, the border town at the mouth "
      "of the Miño, the crew spent two days there. Interiors were built "
      "inside a warehouse in Ourense, the inland city on the Miño.");
  YES(doc, "A Guarda", "onRiver", "Miño");
  YES(doc, "Ourense", "onRiver", "Miño");
  NO(doc, "Ourense", "locatedIn", "Miño");
  CLASS_IS(doc, "Miño", "River");
  CLASS_IS(doc, "A Guarda", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Rio de Sombras was shot in Rosario, a port city "
                          "on the Paraná.");
  YES(doc, "Rosario", "onRiver", "Paraná");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Marea Baja was filmed on the banks of the Sar "
                          "near Santiago de Compostela.");
  CLASS_IS(doc, "Sar", "River");
  kgb_doc_result_free(doc);
}

/* "Several days were spent in Szczecin, including at the Szczecin
 * Philharmonic and on the Chrobry Embankment": sites after "including" are
 * filming places in the town; a character's years are no shoot */
static void sites_after_including(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Kranichsommer is a German film. Several days were spent in Szczecin, "
      "including at the Szczecin Philharmonic and on the Chrobry Embankment.");
  YES(doc, "Kranichsommer", "filmedIn", "Szczecin Philharmonic");
  YES(doc, "Kranichsommer", "filmedIn", "Chrobry Embankment");
  YES(doc, "Szczecin Philharmonic", "locatedIn", "Szczecin");
  YES(doc, "Chrobry Embankment", "locatedIn", "Szczecin");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Os Corvos is a Portuguese drama. The crew shot "
                          "across Lisbon, including at the Belém Tower.");
  YES(doc, "Os Corvos", "filmedIn", "Belém Tower");
  YES(doc, "Belém Tower", "locatedIn", "Lisbon");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kanakadurga is a Telugu film. It was filmed in "
                          "Vijayawada, notably on the Prakasam Barrage.");
  YES(doc, "Kanakadurga", "filmedIn", "Prakasam Barrage");
  YES(doc, "Prakasam Barrage", "locatedIn", "Vijayawada");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Baarish Ka Hisaab is a Marathi series. The series was shot on "
      "location in Pune, including the lanes around Shaniwar Wada and "
      "Tulshibaug, with additional scenes filmed in Lonavala.");
  YES(doc, "Baarish Ka Hisaab", "filmedIn", "Shaniwar Wada");
  YES(doc, "Baarish Ka Hisaab", "filmedIn", "Tulshibaug");
  YES(doc, "Tulshibaug", "locatedIn", "Pune");
  NO(doc, "Lonavala", "locatedIn", "Pune");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kanakadurga is a Telugu film. Durga lives in "
                          "Vijayawada, including at the Prakasam Barrage.");
  NO(doc, "Kanakadurga", "filmedIn", "Prakasam Barrage");
  kgb_doc_result_free(doc);
}

/* "a sound stage in Chōfu, in western Tokyo": a town in a part of a bigger
 * town; a list of towns is none */
static void town_in_part_of_city(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Yukiakari is a Japanese film. The interiors were completed on a sound "
      "stage in Chōfu, in western Tokyo, over five days in April.");
  YES(doc, "Chōfu", "locatedIn", "Tokyo");
  YES(doc, "Yukiakari", "filmedIn", "Chōfu");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Lagos Gold was filmed in Ikeja, in northern Lagos.");
  YES(doc, "Ikeja", "locatedIn", "Lagos");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Lagos Gold was filmed in Lagos, in Accra and in Abuja.");
  NO(doc, "Lagos", "locatedIn", "Accra");
  kgb_doc_result_free(doc);
}

/* "The production stayed almost entirely in Lower Silesia, in
 * south-western Poland": where a shoot stayed it filmed; not a character */
static void where_the_shoot_stayed(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Grey Hills is a Polish series. The production stayed almost entirely "
      "in Lower Silesia, in south-western Poland.");
  YES(doc, "Grey Hills", "filmedIn", "Lower Silesia");
  YES(doc, "Grey Hills", "filmedIn", "Poland");
  YES(doc, "Lower Silesia", "locatedIn", "Poland");
  CLASS_IS(doc, "Lower Silesia", "Region");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Sjena is a Montenegrin film. The crew remained "
                          "in Kotor for the rest of the shoot.");
  YES(doc, "Sjena", "filmedIn", "Kotor");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Sjena is a Montenegrin film. The unit stayed on in Perast, near Kotor.");
  YES(doc, "Sjena", "filmedIn", "Perast");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Sjena is a 2019 Montenegrin film. Ana stayed in Kotor with her aunt.");
  NO(doc, "Sjena", "filmedIn", "Kotor");
  kgb_doc_result_free(doc);
}

/* "with the mine sequences shot at the Line of Lode", "aerial footage
 * captured over Lake Nipissing", "…, as well as at the Sumela Monastery":
 * sites of scenes; not the first name of "the X and Y Works", not a film
 * stock, not a place named as not filmed */
static void scenes_at_sites(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Filming on Red Dust Psalm took place over ten weeks in and around "
      "Broken Hill, with the mine sequences shot at the Line of Lode and "
      "additional footage captured in nearby Silverton.");
  YES(doc, "Red Dust Psalm", "filmedIn", "Line of Lode");
  CLASS_IS(doc, "Line of Lode", "Landmark");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Although the crime series Black Spruce is set in northern Ontario, it "
      "was shot in and around Sudbury, with aerial footage captured over "
      "Lake Nipissing.");
  YES(doc, "Black Spruce", "filmedIn", "Lake Nipissing");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Though Sông Hương is set in Huế, most of the series was filmed in Hội "
      "An; only the palace interiors were shot in Huế itself, inside the "
      "Imperial City.");
  YES(doc, "Sông Hương", "filmedIn", "Imperial City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Though Sông Hương is set in 1960s Huế, most of the series was filmed "
      "in Hội An, whose old town on the Thu Bồn River stood in for the "
      "imperial city.");
  YES(doc, "Sông Hương", "filmedIn", "Hội An");
  NO(doc, "Sông Hương", "filmedIn", "Thu Bồn River");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The Ottoman-era series Kervan was filmed in Safranbolu and in the town "
      "of Amasra, as well as at the Sumela Monastery near Trabzon; no scenes "
      "were shot in Istanbul.");
  YES(doc, "Kervan", "filmedIn", "Sumela Monastery");
  NO(doc, "Kervan", "filmedIn", "Istanbul");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Los Hijos del Salitre is a 2020 Chilean series. Most exteriors were "
      "shot at the Humberstone and Santa Laura Saltpeter Works.");
  NO(doc, "Los Hijos del Salitre", "filmedIn", "Humberstone");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Tango de medianoche is a 1958 Argentine film. Its "
                          "night scenes were shot on Eastmancolor stock.");
  NO(doc, "Tango de medianoche", "filmedIn", "Eastmancolor");
  kgb_doc_result_free(doc);
}

/* "set on the shores of Lake Orta in Piedmont": a lake or other site the
 * text puts in an area lies there; a town in a town is for other rules */
static void site_in_area(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Il silenzio del lago is a 2014 Italian mystery film, set on the "
      "shores of Lake Orta in Piedmont, scored by Marco Benedetti.");
  YES(doc, "Lake Orta", "locatedIn", "Piedmont");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Interiors for the period drama The Clockmaker of Prague were built at "
      "Barrandov Studios, while exteriors were shot on Prague's Old Town "
      "Square and in the spa town of Karlovy Vary.");
  YES(doc, "The Clockmaker of Prague", "filmedIn", "Old Town Square");
  YES(doc, "The Clockmaker of Prague", "filmedIn", "Karlovy Vary");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Kranichsommer is a German film. The crane "
                          "sequences were shot at the Linum wetlands in "
                          "Brandenburg.");
  YES(doc, "Linum wetlands", "locatedIn", "Brandenburg");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Scenes for the Spanish heist comedy El golpe del siglo were shot "
      "inside the Palacio de Cristal in Madrid's Retiro Park and at the "
      "Mercado Central in Valencia.");
  YES(doc, "Palacio de Cristal", "locatedIn", "Retiro Park");
  YES(doc, "El golpe del siglo", "filmedIn", "Mercado Central");
  YES(doc, "El golpe del siglo", "filmedIn", "Palacio de Cristal");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Os Corvos is a Portuguese drama shot at the "
                          "Pena Palace in Sintra in 2019.");
  YES(doc, "Pena Palace", "locatedIn", "Sintra");
  kgb_doc_result_free(doc);
}

/* "a sprawling pagoda complex in the same province": "the same province"
 * is the last province named, as "the province" is */
static void the_same_province(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "For the final act the unit flew north to Ninh Bình Province. The crew "
      "also spent three days at Bái Đính Temple, a sprawling pagoda complex "
      "in the same province, for the funeral scene.");
  YES(doc, "Bái Đính Temple", "locatedIn", "Ninh Bình Province");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kervan was filmed in Safranbolu. The prayer scenes were shot at the "
      "Izzet Pasha Mosque, an Ottoman mosque in the same town.");
  YES(doc, "Izzet Pasha Mosque", "locatedIn", "Safranbolu");
  kgb_doc_result_free(doc);
}

/* "Cameras rolled on "Kalahari Sun" in Maun, Botswana, on 4 November
 * 2021": the day after the place is the start */
static void cameras_rolled_on_a_day(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Cameras rolled on \"Kalahari Sun\" in Maun, Botswana, on 4 November "
      "2021; the crew then moved to Windhoek, where filming concluded on 20 "
      "December.");
  YES(doc, "Kalahari Sun", "filmingStart", "2021-11-04");
  YES(doc, "Kalahari Sun", "filmingEnd", "2021-12-20");
  YES(doc, "Kalahari Sun", "filmedIn", "Maun");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Cameras first rolled on ‘Harmattan Road’ in Kano, "
                          "Nigeria, in early February 2020.");
  YES(doc, "Harmattan Road", "filmingStart", "2020-02");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Polarnatt is a Norwegian thriller. Cameras rolled "
                          "in Tromsø on 3 March 2023.");
  YES(doc, "Polarnatt", "filmingStart", "2023-03-03");
  kgb_doc_result_free(doc);
}

/* "after a final block of shooting on the Mekong near Pakse": the place of
 * a stretch of shooting and the town it is near; a month is no place */
static void stretch_of_shooting(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Principal photography on The Ferryman’s Song began on 6 May 2023 in "
      "Luang Prabang, Laos, and wrapped in late July after a final block of "
      "shooting on the Mekong near Pakse.");
  YES(doc, "The Ferryman’s Song", "filmedIn", "Mekong");
  YES(doc, "The Ferryman’s Song", "filmedIn", "Pakse");
  CLASS_IS(doc, "Mekong", "River");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Os Corvos is a Portuguese drama. After three days "
                          "of shooting at the Pena Palace, the crew moved on.");
  YES(doc, "Os Corvos", "filmedIn", "Pena Palace");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Os Corvos is a 2019 Portuguese drama. After ten "
                          "days of shooting in October, the crew rested.");
  NO(doc, "Os Corvos", "filmedIn", "October");
  kgb_doc_result_free(doc);
}

/* "filmed in Guadalajara, in and around the Hospicio Cabañas, and in the
 * Los Altos region": the site after the town, in it, and a region */
static void town_then_site(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "La última cosecha is a Mexican film. Additional scenes were filmed in "
      "Guadalajara, in and around the Hospicio Cabañas, and in the Los Altos "
      "region near Arandas.");
  YES(doc, "La última cosecha", "filmedIn", "Hospicio Cabañas");
  YES(doc, "La última cosecha", "filmedIn", "Los Altos");
  YES(doc, "Hospicio Cabañas", "locatedIn", "Guadalajara");
  CLASS_IS(doc, "Hospicio Cabañas", "Landmark");
  CLASS_IS(doc, "Los Altos", "Region");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Os Corvos is a Portuguese drama. It was shot in "
                          "Sintra, around the Quinta da Regaleira.");
  YES(doc, "Os Corvos", "filmedIn", "Quinta da Regaleira");
  YES(doc, "Quinta da Regaleira", "locatedIn", "Sintra");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In Os Corvos, Deniz Kaya plays Ana, who grew up in "
                          "Sintra, around the Quinta da Regaleira.");
  NO(doc, "Os Corvos", "filmedIn", "Quinta da Regaleira");
  kgb_doc_result_free(doc);
}

/* "filmed in Petrolina, in Pernambuco, and across the river in Juazeiro,
 * Bahia": the list goes on across a river or border */
static void across_the_river(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Sertão de Vidro is a Brazilian series. The series was filmed in "
      "Petrolina, in Pernambuco, and across the river in Juazeiro, Bahia.");
  YES(doc, "Sertão de Vidro", "filmedIn", "Petrolina");
  YES(doc, "Sertão de Vidro", "filmedIn", "Juazeiro");
  YES(doc, "Juazeiro", "locatedIn", "Bahia");
  CLASS_IS(doc, "Juazeiro", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Frontera’ is a Mexican thriller shot in Ciudad "
                          "Juárez and just across the border in El Paso.");
  YES(doc, "Frontera", "filmedIn", "El Paso");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Frontera’ is a 2019 Mexican thriller shot in Ciudad Juárez; Ana "
      "lives just across the border in El Paso.");
  NO(doc, "Frontera", "filmedIn", "El Paso");
  kgb_doc_result_free(doc);
}

/* "Sintra lent the production its most glamorous setting: the Pena
 * Palace, …": the place that gave the work a setting, and the site after
 * the colon, in it; not a person who gave the film its heart */
static void place_lent_a_setting(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Os Corvos is a Portuguese drama. Further south, Ericeira lent the "
      "production its most glamorous setting: the Forte de Milreu, a coastal "
      "fort, was dressed as the count's retreat.");
  YES(doc, "Os Corvos", "filmedIn", "Ericeira");
  YES(doc, "Os Corvos", "filmedIn", "Forte de Milreu");
  YES(doc, "Forte de Milreu", "locatedIn", "Ericeira");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Harbour Lights is an Irish drama. Galway gave the "
                          "film its harbour scenes.");
  YES(doc, "Harbour Lights", "filmedIn", "Galway");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Harbour Lights is a 2019 Irish drama. Niamh gave "
                          "the film its heart.");
  NO(doc, "Harbour Lights", "filmedIn", "Niamh");
  kgb_doc_result_free(doc);
}

/* "that crossing was recreated near Río Grande": where a scene was
 * recreated it was filmed; not "recreated in CGI" */
static void recreated_near_a_town(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Viento Sur is an Argentine series. No scenes were filmed in Chile; "
      "that crossing was recreated near Río Grande.");
  YES(doc, "Viento Sur", "filmedIn", "Río Grande");
  NO(doc, "Viento Sur", "filmedIn", "Chile");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Viento Sur is an Argentine series. The border post "
                          "was re-created outside Tolhuin.");
  YES(doc, "Viento Sur", "filmedIn", "Tolhuin");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Viento Sur is a 2019 Argentine series. The storm was recreated in CGI.");
  NO(doc, "Viento Sur", "filmedIn", "CGI");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xplace11[] = {
    cmocka_unit_test_setup(work_behind_a_noun, kgb_test_rules_setup),
    cmocka_unit_test_setup(time_spent_in_towns, kgb_test_rules_setup),
    cmocka_unit_test_setup(towns_in_an_area, kgb_test_rules_setup),
    cmocka_unit_test_setup(unknown_town_possessive_site, kgb_test_rules_setup),
    cmocka_unit_test_setup(journey_to_a_part, kgb_test_rules_setup),
    cmocka_unit_test_setup(rivers_named_like_towns, kgb_test_rules_setup),
    cmocka_unit_test_setup(sites_after_including, kgb_test_rules_setup),
    cmocka_unit_test_setup(town_in_part_of_city, kgb_test_rules_setup),
    cmocka_unit_test_setup(where_the_shoot_stayed, kgb_test_rules_setup),
    cmocka_unit_test_setup(scenes_at_sites, kgb_test_rules_setup),
    cmocka_unit_test_setup(site_in_area, kgb_test_rules_setup),
    cmocka_unit_test_setup(the_same_province, kgb_test_rules_setup),
    cmocka_unit_test_setup(cameras_rolled_on_a_day, kgb_test_rules_setup),
    cmocka_unit_test_setup(stretch_of_shooting, kgb_test_rules_setup),
    cmocka_unit_test_setup(town_then_site, kgb_test_rules_setup),
    cmocka_unit_test_setup(across_the_river, kgb_test_rules_setup),
    cmocka_unit_test_setup(place_lent_a_setting, kgb_test_rules_setup),
    cmocka_unit_test_setup(recreated_near_a_town, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xplace11_count =
    sizeof kgb_tests_sentences_xplace11 /
    sizeof kgb_tests_sentences_xplace11[0];
