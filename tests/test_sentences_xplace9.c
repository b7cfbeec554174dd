/* test_sentences_xplace9.c: places in film writing: filming places named
 * in lists and appositions ("shot across Galicia, mostly in Lugo and
 * Ourense"), the shoot as a journey ("the shoot moved to", "took the crew
 * to", "Filming on ‘T’ began in X"), stand-ins ("X doubled as Y": X is
 * filmed, Y is at most the setting), containment the text states ("X, a
 * hot-spring town in Y", "X, on the Isle of Y", "X in the Algarve"; ", in
 * Y" after a place is where it lies, no second filming place), settings
 * ("takes place in rural X"), and plot sentences that film nothing ("The
 * thief was shot in Ibadan"). Each test asserts the facts a sentence must
 * give and those it must not; what kgb still misses is left out (see the
 * report of the xplace9 round). */
#include "sentences.h"

#include "../extractor/extractor.h"

/* places named in lists and appositions, the shoot as a journey ("took the crew
 * to", "the shoot moved to"), and a town standing in for another */
static void lists_and_journeys(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence(
      "‘The Quiet Tide’ was shot across Galicia, mostly in Lugo "
      "and Ourense.");
  YES(doc, "The Quiet Tide", "filmedIn", "Galicia");
  YES(doc, "The Quiet Tide", "filmedIn", "Lugo");
  YES(doc, "The Quiet Tide", "filmedIn", "Ourense");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Much of ‘Salt and Saffron’ was filmed in the old harbour "
      "of Essaouira, on Morocco's Atlantic coast.");
  YES(doc, "Salt and Saffron", "filmedIn", "Essaouira");
  YES(doc, "Essaouira", "locatedIn", "Morocco");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("For ‘Winter Ledger’, the crew spent three weeks at a "
                        "farmhouse outside Tartu.");
  YES(doc, "Winter Ledger", "filmedIn", "Tartu");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Gilded Rooms’ was filmed largely in Kraków's Kazimierz "
      "district.");
  YES(doc, "Gilded Rooms", "filmedIn", "Kazimierz district");
  YES(doc, "Kazimierz district", "locatedIn", "Kraków");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Bodø, a town in northern Norway, stood in for Murmansk in "
      "‘The Ice Road’.");
  YES(doc, "The Ice Road", "filmedIn", "Bodø");
  YES(doc, "Bodø", "locatedIn", "Norway");
  NO(doc, "The Ice Road", "filmedIn", "Murmansk");
  CLASS_IS(doc, "Murmansk", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Interiors for ‘Desert Psalm’ were shot at the Atlas "
                          "Studios in Ouarzazate.");
  YES(doc, "Desert Psalm", "filmedIn", "Ouarzazate");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The shoot for ‘Cold Harbour’ moved to Valparaíso in March "
      "2019.");
  YES(doc, "Cold Harbour", "filmedIn", "Valparaíso");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘River of Lanterns’ is a 2021 Vietnamese drama. Locations "
      "included Hoi An, Hue and the caves of Phong Nha.");
  YES(doc, "River of Lanterns", "filmedIn", "Hoi An");
  YES(doc, "River of Lanterns", "filmedIn", "Hue");
  YES(doc, "River of Lanterns", "filmedIn", "Phong Nha");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Production on ‘The Ninth Balloon’ took the crew to "
                          "Cappadocia and then to the coast near Antalya.");
  YES(doc, "The Ninth Balloon", "filmedIn", "Cappadocia");
  YES(doc, "The Ninth Balloon", "filmedIn", "Antalya");
  kgb_doc_result_free(doc);
}

/* a stand-in place ("X doubled as Y"), set/filmed contrasts, series episodes,
 * passives with "the series" or "it" as subject, and filming dates beside the
 * places */
static void doubles_contrasts_and_dates(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence("In ‘Harbour Lights’, Gdańsk doubled as Leningrad.");
  YES(doc, "Harbour Lights", "filmedIn", "Gdańsk");
  NO(doc, "Harbour Lights", "filmedIn", "Leningrad");
  CLASS_IS(doc, "Leningrad", NULL);
  CLASS_IS(doc, "Gdańsk", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Although ‘The Lantern Keeper’ is set in Marseille, it was "
      "filmed in Genoa.");
  YES(doc, "The Lantern Keeper", "setIn", "Marseille");
  YES(doc, "The Lantern Keeper", "filmedIn", "Genoa");
  NO(doc, "The Lantern Keeper", "filmedIn", "Marseille");
  NO(doc, "The Lantern Keeper", "setIn", "Genoa");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Blue Hour’ is set in Marseille but was filmed almost "
                        "entirely in Genoa and La Spezia.");
  YES(doc, "Blue Hour", "setIn", "Marseille");
  YES(doc, "Blue Hour", "filmedIn", "Genoa");
  YES(doc, "Blue Hour", "filmedIn", "La Spezia");
  NO(doc, "Blue Hour", "filmedIn", "Marseille");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The second season of ‘Northern Ward’ was filmed in and "
      "around Tromsø.");
  YES(doc, "Northern Ward", "filmedIn", "Tromsø");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The third episode of ‘Dust Roads’ was shot on location in "
      "Alice Springs, in Australia's Northern Territory.");
  YES(doc, "Dust Roads", "filmedIn", "Alice Springs");
  YES(doc, "Alice Springs", "locatedIn", "Northern Territory");
  YES(doc, "Northern Territory", "locatedIn", "Australia");
  NO(doc, "Dust Roads", "filmedIn", "Australia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Glass Mountains’ is a Georgian drama series. The series "
      "was filmed in Tbilisi and Batumi.");
  YES(doc, "Glass Mountains", "filmedIn", "Tbilisi");
  YES(doc, "Glass Mountains", "filmedIn", "Batumi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Copper Hour’ is a 2019 Mexican film. It was shot in "
      "Oaxaca over six weeks in 2018.");
  YES(doc, "The Copper Hour", "filmedIn", "Oaxaca");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Frost Lines’ is an Icelandic thriller. Principal "
                        "photography began in Reykjavík on 4 February 2020 and "
                        "wrapped in Akureyri in April.");
  YES(doc, "Frost Lines", "filmedIn", "Reykjavík");
  YES(doc, "Frost Lines", "filmedIn", "Akureyri");
  YES(doc, "Frost Lines", "filmingStart", "2020-02-04");
  YES(doc, "Frost Lines", "filmingEnd", "2020-04");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Filming on ‘Monsoon Letters’ began in Kochi in November "
      "2016 and wrapped in January 2017.");
  YES(doc, "Monsoon Letters", "filmedIn", "Kochi");
  YES(doc, "Monsoon Letters", "filmingStart", "2016-11");
  YES(doc, "Monsoon Letters", "filmingEnd", "2017-01");
  kgb_doc_result_free(doc);
}

/* plot sentences: no filming without a work ("The thief was captured in
 * Ibadan"), characters named like towns, a Korean family name that is no park
 */
static void plot_sentences(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence(
      "‘Lagos Nights’ is a Nigerian crime drama. The thief was "
      "captured in Ibadan.");
  NO(doc, "Lagos Nights", "filmedIn", "Ibadan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ronda, in the province of Málaga, provided the backdrop "
      "for the bullring scenes of ‘Sangre y Arena’.");
  YES(doc, "Sangre y Arena", "filmedIn", "Ronda");
  YES(doc, "Ronda", "locatedIn", "Málaga");
  NO(doc, "Sangre y Arena", "filmedIn", "Málaga");
  NO(doc, "Sangre y Arena", "filmedIn", "Province of Málaga");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘The Long Rains’, Amara travels to Nairobi to find her "
      "brother, and Ngozi follows her.");
  CLASS_IS(doc, "Amara", "Character");
  NO(doc, "The Long Rains", "filmedIn", "Nairobi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Hye-jin Park plays the detective in ‘Night Market’, which "
      "was shot in Busan.");
  CLASS_IS(doc, "Hye-jin Park", "Person");
  CLASS_IS(doc, "Park", NULL);
  YES(doc, "Night Market", "filmedIn", "Busan");
  YES(doc, "Night Market", "starring", "Hye-jin Park");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ewa, a nurse from Lublin, falls for a soldier in ‘The Last "
      "Platform’.");
  CLASS_IS(doc, "Ewa", "Character");
  NO(doc, "The Last Platform", "filmedIn", "Lublin");
  CLASS_IS(doc, "Ewa", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The climactic chase in ‘Silver Chase’ was filmed on the "
      "Charles Bridge in Prague.");
  YES(doc, "Silver Chase", "filmedIn", "Charles Bridge");
  YES(doc, "Charles Bridge", "locatedIn", "Prague");
  CLASS_IS(doc, "Charles Bridge", "Landmark");
  kgb_doc_result_free(doc);
}

/* where places lie as the text says it: "X, a hot-spring town in Y", "X, on the
 * Isle of Y", "the province of Y" */
static void containment_in_appositions(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence(
      "In ‘Desert Bloom’, scenes set in Cairo were actually shot "
      "in Rabat.");
  YES(doc, "Desert Bloom", "filmedIn", "Rabat");
  NO(doc, "Desert Bloom", "filmedIn", "Cairo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Chefchaouen, the blue-painted town in Morocco's Rif "
                          "Mountains, appears in the final scene of ‘Indigo’.");
  YES(doc, "Indigo", "filmedIn", "Chefchaouen");
  YES(doc, "Chefchaouen", "locatedIn", "Morocco");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Fjord’ was filmed on the island of Senja, in Troms "
      "county.");
  YES(doc, "The Fjord", "filmedIn", "Senja");
  YES(doc, "Senja", "locatedIn", "Troms");
  NO(doc, "The Fjord", "filmedIn", "Troms");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "For ‘Stone Psalms’, the production shot for two weeks in "
      "Matera, a hilltop town in Basilicata.");
  YES(doc, "Stone Psalms", "filmedIn", "Matera");
  YES(doc, "Matera", "locatedIn", "Basilicata");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Set in 1970s Buenos Aires, ‘Tango Ashes’ was shot in "
                        "Montevideo, which doubled for the Argentine capital.");
  YES(doc, "Tango Ashes", "setIn", "Buenos Aires");
  YES(doc, "Tango Ashes", "filmedIn", "Montevideo");
  NO(doc, "Tango Ashes", "filmedIn", "Buenos Aires");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Stone Churches’ is a 2015 Ethiopian film. The movie was "
      "shot entirely on location in Lalibela, Ethiopia.");
  YES(doc, "Stone Churches", "filmedIn", "Lalibela");
  YES(doc, "Lalibela", "locatedIn", "Ethiopia");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Director Nadia Haddad shot ‘Cedar Wind’ in the Chouf "
                        "mountains and in Byblos.");
  YES(doc, "Cedar Wind", "filmedIn", "Byblos");
  YES(doc, "Cedar Wind", "directedBy", "Nadia Haddad");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Midnight at the Ryokan’ was filmed at a traditional inn "
      "in Kinosaki, a hot-spring town in Hyōgo Prefecture.");
  YES(doc, "Midnight at the Ryokan", "filmedIn", "Kinosaki");
  YES(doc, "Kinosaki", "locatedIn", "Hyōgo Prefecture");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kyoto's Gion district and the Fushimi Inari shrine both "
      "feature in ‘Paper Fox’.");
  YES(doc, "Paper Fox", "filmedIn", "Gion district");
  YES(doc, "Paper Fox", "filmedIn", "Fushimi Inari shrine");
  YES(doc, "Gion district", "locatedIn", "Kyoto");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The Scottish town of Portree, on the Isle of Skye, stands "
      "in for a Norwegian fishing village in ‘Herring Kings’.");
  YES(doc, "Herring Kings", "filmedIn", "Portree");
  YES(doc, "Portree", "locatedIn", "Isle of Skye");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "For ‘The Marigold Vow’, the crew filmed for a month in "
      "Jaipur and Udaipur before moving on to Jodhpur.");
  YES(doc, "The Marigold Vow", "filmedIn", "Jaipur");
  YES(doc, "The Marigold Vow", "filmedIn", "Udaipur");
  YES(doc, "The Marigold Vow", "filmedIn", "Jodhpur");
  kgb_doc_result_free(doc);
}

/* settings ("takes place in rural X", "The story of ‘T’ unfolds in X"),
 * landmarks in lists, "X, Spain's third-largest city", a town's named part on
 * screen */
static void settings_and_landmarks(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence(
      "‘Harvest Moon’ takes place in rural Bavaria in the 1950s.");
  YES(doc, "Harvest Moon", "setIn", "Bavaria");
  NO(doc, "Harvest Moon", "filmedIn", "Bavaria");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The story of ‘Eko Blues’ unfolds in Lagos, though most of "
      "the film was shot in Accra.");
  YES(doc, "Eko Blues", "setIn", "Lagos");
  YES(doc, "Eko Blues", "filmedIn", "Accra");
  NO(doc, "Eko Blues", "filmedIn", "Lagos");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Southern Cross’ is a South African thriller. Shooting "
      "wrapped in Cape Town on 12 December 2021.");
  YES(doc, "Southern Cross", "filmedIn", "Cape Town");
  YES(doc, "Southern Cross", "filmingEnd", "2021-12-12");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Bridges’ is a Bosnian miniseries. Episodes four and five "
      "were filmed in Sarajevo and Mostar.");
  YES(doc, "Bridges", "filmedIn", "Sarajevo");
  YES(doc, "Bridges", "filmedIn", "Mostar");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Red Archive’ is a British miniseries. The miniseries used "
      "Vilnius as a stand-in for 1980s Moscow.");
  YES(doc, "Red Archive", "filmedIn", "Vilnius");
  NO(doc, "Red Archive", "filmedIn", "Moscow");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Moorish Nights’ was filmed in Andalusia. Among the "
      "locations were the Alhambra in Granada and the Mezquita in "
      "Córdoba.");
  YES(doc, "Moorish Nights", "filmedIn", "Andalusia");
  YES(doc, "Moorish Nights", "filmedIn", "Alhambra");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Atlantic Edge’ is an Irish crime series. Detective Aoife "
      "Brennan is found dead in Galway in the first episode.");
  NO(doc, "Atlantic Edge", "filmedIn", "Galway");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Parts of ‘Blood Orange’ were filmed in Valencia, Spain's "
      "third-largest city.");
  YES(doc, "Blood Orange", "filmedIn", "Valencia");
  YES(doc, "Valencia", "locatedIn", "Spain");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The beach scenes of ‘Long Summer’ were shot at Praia da "
      "Marinha in the Algarve.");
  YES(doc, "Long Summer", "filmedIn", "Praia da Marinha");
  YES(doc, "Praia da Marinha", "locatedIn", "Algarve");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Hanseatic’ is a 2022 Estonian film. Tallinn's Old "
      "Town doubled as medieval Riga.");
  YES(doc, "The Hanseatic", "filmedIn", "Old Town");
  NO(doc, "The Hanseatic", "filmedIn", "Riga");
  kgb_doc_result_free(doc);
}

/* more lists, appositions and stand-ins ("Kotor, a walled town in Montenegro,
 * stood in for …", "in the desert outside X") */
static void more_lists_and_containment(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc =
      kgb_test_sentence("‘Harbour of Ghosts’ is a 2020 Croatian thriller. The "
                        "production was based in Split, with day trips to the "
                        "island of Vis.");
  YES(doc, "Harbour of Ghosts", "filmedIn", "Split");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Salt Road’ was filmed on location in Oaxaca and in "
      "the desert outside Hermosillo.");
  YES(doc, "The Salt Road", "filmedIn", "Oaxaca");
  YES(doc, "The Salt Road", "filmedIn", "Hermosillo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Filming for the second season of ‘Fjordlys’ took place in "
      "Ålesund, a port town on Norway's west coast.");
  YES(doc, "Fjordlys", "filmedIn", "Ålesund");
  YES(doc, "Ålesund", "locatedIn", "Norway");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Scenes set in Havana were shot in Santo Domingo, in the "
      "Dominican Republic.");
  YES(doc, "Santo Domingo", "locatedIn", "Dominican Republic");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Cinnamon Hills’ is set in Kandy but was shot mostly in "
      "Ella and Nuwara Eliya.");
  YES(doc, "Cinnamon Hills", "setIn", "Kandy");
  YES(doc, "Cinnamon Hills", "filmedIn", "Ella");
  YES(doc, "Cinnamon Hills", "filmedIn", "Nuwara Eliya");
  NO(doc, "Cinnamon Hills", "filmedIn", "Kandy");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The Danube in Budapest features heavily in ‘Night Ledger’.");
  CLASS_IS(doc, "Danube", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kotor, a walled town in Montenegro, stood in for Dubrovnik "
      "in ‘Adriatic Blue’.");
  YES(doc, "Adriatic Blue", "filmedIn", "Kotor");
  YES(doc, "Kotor", "locatedIn", "Montenegro");
  NO(doc, "Adriatic Blue", "filmedIn", "Dubrovnik");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The series was shot over six months across Rajasthan, with "
      "Jaisalmer standing in for a desert kingdom.");
  CLASS_IS(doc, "Jaisalmer", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Blood Moon’ is a Nigerian horror film. Chidi was shot in "
      "Onitsha by his brother.");
  NO(doc, "Blood Moon", "filmedIn", "Onitsha");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Principal photography on ‘Red Clay’ started on 2 June 2022 "
      "in Kigali and ended in August.");
  YES(doc, "Red Clay", "filmedIn", "Kigali");
  YES(doc, "Red Clay", "filmingStart", "2022-06-02");
  YES(doc, "Red Clay", "filmingEnd", "2022-08");
  kgb_doc_result_free(doc);
}

/* plot places are no filming places ("He is shot during a robbery in Kraków",
 * "Her father was shot at his home in Kisumu") */
static void plot_places_stay_plot(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc =
      kgb_test_sentence("‘Dry Season’ is a 2021 Kenyan drama. Wanjiru moves to "
                        "Mombasa, where she is captured by smugglers.");
  NO(doc, "Dry Season", "filmedIn", "Mombasa");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Ash and Ember’ follows Tomasz, a firefighter from "
                          "Katowice. He is shot during a robbery in Kraków.");
  NO(doc, "Ash and Ember", "filmedIn", "Kraków");
  NO(doc, "Ash and Ember", "filmedIn", "Katowice");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Northern Cross’ is a 2018 Finnish thriller shot in Oulu. "
      "The killer is photographed in Helsinki by a tourist.");
  YES(doc, "Northern Cross", "filmedIn", "Oulu");
  NO(doc, "Northern Cross", "filmedIn", "Helsinki");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Quiet Shore’ is set in Galway. The production moved to "
      "Spiddal for the final week.");
  YES(doc, "Quiet Shore", "setIn", "Galway");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Silk Road Express’ was shot in Almaty and Bishkek, while "
      "its sequel was filmed in Tashkent.");
  YES(doc, "Silk Road Express", "filmedIn", "Almaty");
  YES(doc, "Silk Road Express", "filmedIn", "Bishkek");
  NO(doc, "Silk Road Express", "filmedIn", "Tashkent");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Rain Garden’ was filmed in Tallinn, Estonia, and in Riga, "
      "Latvia.");
  YES(doc, "Rain Garden", "filmedIn", "Tallinn");
  YES(doc, "Rain Garden", "filmedIn", "Riga");
  YES(doc, "Riga", "locatedIn", "Latvia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Cold Harbour’ takes place in Reykjavík, though it was "
      "filmed in Tromsø.");
  YES(doc, "Cold Harbour", "setIn", "Reykjavík");
  YES(doc, "Cold Harbour", "filmedIn", "Tromsø");
  NO(doc, "Cold Harbour", "filmedIn", "Reykjavík");
  kgb_doc_result_free(doc);
}

/* filming said with nouns ("The bulk of the shoot happened in X", "Location
 * work was carried out in X", "Shooting moved from X to Y") */
static void nominal_filming(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence(
      "‘Long Rain’ is a 2022 Vietnamese drama. The bulk of the "
      "shoot happened in Da Nang.");
  YES(doc, "Long Rain", "filmedIn", "Da Nang");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Blue Fort’ is a 2019 Maltese thriller. Much of the "
                          "filming was done on the island of Gozo.");
  YES(doc, "Blue Fort", "filmedIn", "Gozo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Kasbah’ is a 2016 French film. Location work was carried "
      "out in Tangier and Asilah.");
  YES(doc, "Kasbah", "filmedIn", "Tangier");
  YES(doc, "Kasbah", "filmedIn", "Asilah");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Shot in Tbilisi over the summer of 2019, ‘Vine Song’ "
                        "follows a family of winemakers.");
  YES(doc, "Vine Song", "filmedIn", "Tbilisi");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Filmed entirely in Lagos, ‘Third Mainland’ is a crime "
                        "thriller.");
  YES(doc, "Third Mainland", "filmedIn", "Lagos");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Copper Sky’ is a 2020 Chilean drama. Exteriors were "
      "lensed in the Atacama Desert near San Pedro de Atacama.");
  YES(doc, "Copper Sky", "filmedIn", "Atacama Desert");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Iron Bay’ is a British series. The second series was shot "
      "in Belfast, with the harbour scenes filmed in Larne.");
  YES(doc, "Iron Bay", "filmedIn", "Belfast");
  YES(doc, "Iron Bay", "filmedIn", "Larne");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Glass Lake’ is a Swiss thriller. It was set and shot in "
      "Lucerne.");
  YES(doc, "Glass Lake", "setIn", "Lucerne");
  YES(doc, "Glass Lake", "filmedIn", "Lucerne");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘White Nights’ is a Russian drama. The production spent "
      "two months in Saint Petersburg.");
  YES(doc, "White Nights", "filmedIn", "Saint Petersburg");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Orchard’ is a 2015 Georgian film. Shooting moved from "
      "Tbilisi to the mountain village of Ushguli in Svaneti.");
  YES(doc, "The Orchard", "filmedIn", "Tbilisi");
  YES(doc, "The Orchard", "filmedIn", "Ushguli");
  kgb_doc_result_free(doc);
}

/* the held-out batch (written with the others, scored once at the end): lists,
 * studios, stand-ins */
static void batch_b_lists_and_stand_ins(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence(
      "‘Copper Valley’ was shot across Patagonia, chiefly in El "
      "Calafate and Ushuaia.");
  YES(doc, "Copper Valley", "filmedIn", "Patagonia");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Much of ‘The Tanner's Son’ was filmed in the medina of "
      "Fez.");
  YES(doc, "The Tanner's Son", "filmedIn", "Fez");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Gjirokastër, a hill town in southern Albania, stood in for "
      "1940s Crete in ‘Olive Winter’.");
  YES(doc, "Olive Winter", "filmedIn", "Gjirokastër");
  YES(doc, "Gjirokastër", "locatedIn", "Albania");
  NO(doc, "Olive Winter", "filmedIn", "Crete");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Iron Crown’ is a 2017 historical drama. Interiors were "
      "shot at the Barrandov Studios in Prague.");
  YES(doc, "Iron Crown", "filmedIn", "Prague");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Southern Light’ began filming in Melbourne in May 2019. "
      "Production later moved to Hobart, the capital of Tasmania.");
  YES(doc, "Southern Light", "filmedIn", "Melbourne");
  YES(doc, "Southern Light", "filmedIn", "Hobart");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Atlantic Hearts’ is a Portuguese romance. Locations "
      "included Sintra, Cascais and the cliffs at Cabo da Roca.");
  YES(doc, "Atlantic Hearts", "filmedIn", "Sintra");
  YES(doc, "Atlantic Hearts", "filmedIn", "Cascais");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Though set in Havana, ‘Rum and Ashes’ was filmed in "
                          "Cartagena, Colombia.");
  YES(doc, "Rum and Ashes", "setIn", "Havana");
  YES(doc, "Rum and Ashes", "filmedIn", "Cartagena");
  YES(doc, "Cartagena", "locatedIn", "Colombia");
  NO(doc, "Rum and Ashes", "filmedIn", "Havana");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("In ‘Delta Blues’, Kumasi doubled as colonial Lagos.");
  YES(doc, "Delta Blues", "filmedIn", "Kumasi");
  NO(doc, "Delta Blues", "filmedIn", "Lagos");
  CLASS_IS(doc, "Kumasi", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Iron Coast’ is a South African crime series. The lead "
      "suspect was arrested in Durban.");
  NO(doc, "Iron Coast", "filmedIn", "Durban");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Homecoming’ is a Nollywood drama. Nkechi, a banker "
      "from Enugu, returns home for her father's funeral.");
  CLASS_IS(doc, "Nkechi", "Character");
  NO(doc, "The Homecoming", "filmedIn", "Enugu");
  kgb_doc_result_free(doc);
}

/* the held-out batch: plot sentences, containment, dates */
static void batch_b_plot_and_containment(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence(
      "Min-seo Park stars as a chef in ‘Salt Kitchen’, filmed in "
      "Jeonju.");
  CLASS_IS(doc, "Min-seo Park", "Person");
  CLASS_IS(doc, "Park", NULL);
  YES(doc, "Salt Kitchen", "filmedIn", "Jeonju");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Fire and Ice’ is an Icelandic series. The season finale "
      "was filmed at the Blue Lagoon near Grindavík.");
  YES(doc, "Fire and Ice", "filmedIn", "Blue Lagoon");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Embroidered Shirt’ is a 2020 Ukrainian film. Shooting "
      "took place in Lviv's old town and in the Carpathian "
      "village of Vorokhta.");
  YES(doc, "The Embroidered Shirt", "filmedIn", "Lviv");
  YES(doc, "The Embroidered Shirt", "filmedIn", "Vorokhta");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Northern Lights’ was filmed in the winter of 2018 in "
                        "Rovaniemi, Finnish Lapland.");
  YES(doc, "Northern Lights", "filmedIn", "Rovaniemi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Strait’ is a Moroccan thriller. Filming began on 3 "
      "March 2021 in Tangier and ended in Casablanca six weeks "
      "later.");
  YES(doc, "The Strait", "filmedIn", "Tangier");
  YES(doc, "The Strait", "filmingStart", "2021-03-03");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Two Shores’ is a Greek drama. The story is set in "
                        "Istanbul, but the production filmed in Thessaloniki.");
  YES(doc, "Two Shores", "setIn", "Istanbul");
  YES(doc, "Two Shores", "filmedIn", "Thessaloniki");
  NO(doc, "Two Shores", "filmedIn", "Istanbul");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Saffron Robes’ is a 2016 film. The crew travelled to "
      "Luang Prabang, in northern Laos, for the temple scenes.");
  YES(doc, "Saffron Robes", "filmedIn", "Luang Prabang");
  YES(doc, "Luang Prabang", "locatedIn", "Laos");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Oil and Water’ is a Nigerian romance. Ngozi and Chidi "
      "meet in Port Harcourt.");
  CLASS_IS(doc, "Ngozi", "Character");
  NO(doc, "Oil and Water", "filmedIn", "Port Harcourt");
  CLASS_IS(doc, "Ngozi", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Last Light’ is a South African drama. The final shot was "
      "filmed at Cape Point, south of Cape Town.");
  YES(doc, "Last Light", "filmedIn", "Cape Point");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Alpine’ is a Slovenian series. The series was filmed in "
      "Ljubljana and on Lake Bled.");
  YES(doc, "Alpine", "filmedIn", "Ljubljana");
  YES(doc, "Alpine", "filmedIn", "Lake Bled");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xplace9[] = {
    cmocka_unit_test_setup(lists_and_journeys, kgb_test_rules_setup),
    cmocka_unit_test_setup(doubles_contrasts_and_dates, kgb_test_rules_setup),
    cmocka_unit_test_setup(plot_sentences, kgb_test_rules_setup),
    cmocka_unit_test_setup(containment_in_appositions, kgb_test_rules_setup),
    cmocka_unit_test_setup(settings_and_landmarks, kgb_test_rules_setup),
    cmocka_unit_test_setup(more_lists_and_containment, kgb_test_rules_setup),
    cmocka_unit_test_setup(plot_places_stay_plot, kgb_test_rules_setup),
    cmocka_unit_test_setup(nominal_filming, kgb_test_rules_setup),
    cmocka_unit_test_setup(batch_b_lists_and_stand_ins, kgb_test_rules_setup),
    cmocka_unit_test_setup(batch_b_plot_and_containment, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xplace9_count =
    sizeof kgb_tests_sentences_xplace9 / sizeof kgb_tests_sentences_xplace9[0];
