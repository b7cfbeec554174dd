/* test_sentences_xplace10.c: places in film writing, round 10: a time span
 * between a shoot's verb and its place ("filmed over six weeks in the spring
 * of 2019 in X"), towns the place data does not know in a filming list, the
 * shoot as a journey ("moved on to A and then to B", "before moving to X"),
 * filming dates later in the sentence ("before wrapping in early May",
 * "starting on 9 September 2019"), a town's river a few words on, and where
 * places lie ("a village on X", "on the outskirts of X", "X and Y in AREA",
 * the sites after "X, where …"). Each test asserts the facts a sentence must
 * give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* a span of time between the verb of a shoot and its place; towns the data
 * does not know in the list */
static void shot_after_a_span(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence("‘The Salt Road’ was shot over six weeks in the "
                          "spring of 2019 in Essaouira and Taroudant.");
  YES(doc, "The Salt Road", "filmedIn", "Essaouira");
  YES(doc, "The Salt Road", "filmedIn", "Taroudant");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Monsoon Ledger’ was filmed for 40 days in Kochi.");
  YES(doc, "Monsoon Ledger", "filmedIn", "Kochi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Filming on ‘Cold Orchard’ took place between May "
                          "and July 2021 in Tbilisi.");
  YES(doc, "Cold Orchard", "filmedIn", "Tbilisi");
  YES(doc, "Cold Orchard", "filmingStart", "2021-05");
  YES(doc, "Cold Orchard", "filmingEnd", "2021-07");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Sand Psalm’ was shot during the dry season of "
                          "2018 in Timbuktu and Djenné.");
  YES(doc, "Sand Psalm", "filmedIn", "Timbuktu");
  YES(doc, "Sand Psalm", "filmedIn", "Djenné");
  CLASS_IS(doc, "Djenné", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Cameras rolled on ‘Salt and Coral’ from 15 August to 30 September "
      "2021 on the island of Taveuni.");
  YES(doc, "Salt and Coral", "filmedIn", "Taveuni");
  YES(doc, "Salt and Coral", "filmingStart", "2021-08-15");
  YES(doc, "Salt and Coral", "filmingEnd", "2021-09-30");
  kgb_doc_result_free(doc);

  /* a premiere after the span is no filming place; a plot's "shot" none */
  doc = kgb_test_sentence("‘Quiet Hours’ was filmed over two weeks in "
                          "January in Porto, and it premiered in Lisbon.");
  YES(doc, "Quiet Hours", "filmedIn", "Porto");
  NO(doc, "Quiet Hours", "filmedIn", "Lisbon");
  kgb_doc_result_free(doc);
}

/* the shoot as a journey, and its dates later in the sentence */
static void shoot_journeys_and_dates(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence("Filming on ‘Kestrel’ began in Bergen and moved on "
                          "to Ålesund and then to Geiranger.");
  YES(doc, "Kestrel", "filmedIn", "Bergen");
  YES(doc, "Kestrel", "filmedIn", "Ålesund");
  YES(doc, "Kestrel", "filmedIn", "Geiranger");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The crew of ‘Night Ferry’ travelled about 200 "
                          "kilometres north to Tromsø.");
  YES(doc, "Night Ferry", "filmedIn", "Tromsø");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Copper Sky’ shot for a month in Tucson before moving to Santa Fe, "
      "where filming concluded on 3 May 2016.");
  YES(doc, "Copper Sky", "filmedIn", "Tucson");
  YES(doc, "Copper Sky", "filmedIn", "Santa Fe");
  YES(doc, "Copper Sky", "filmingEnd", "2016-05-03");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Shooting on ‘Red Earth’ started in Kimberley on 4 March 2020, moved "
      "to the Karoo and wrapped in early May.");
  YES(doc, "Red Earth", "filmedIn", "Kimberley");
  YES(doc, "Red Earth", "filmedIn", "Karoo");
  YES(doc, "Red Earth", "filmingStart", "2020-03-04");
  YES(doc, "Red Earth", "filmingEnd", "2020-05");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Glass Harbour’ was shot in Gdańsk, starting on 9 September 2019.");
  YES(doc, "Glass Harbour", "filmingStart", "2019-09-09");
  kgb_doc_result_free(doc);

  /* a character's move is the story; a broadcast's or a war's end is no
   * shoot's */
  doc = kgb_test_sentence("In ‘Tides’, Maria moves to Lisbon and then to "
                          "Porto.");
  NO(doc, "Tides", "filmedIn", "Lisbon");
  NO(doc, "Tides", "filmedIn", "Porto");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Ledger’, filmed in Leeds, wrapped up on Channel 4 on 3 May 2020.");
  NO(doc, "The Ledger", "filmingEnd", "2020-05-03");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Ashes’ follows Ida, whose husband died before the "
                          "war ended in 1945.");
  NO(doc, "Ashes", "filmingEnd", "1945");
  kgb_doc_result_free(doc);
}

/* the river a town stands on, a few words after it */
static void town_rivers(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence(
      "‘Northern Light’ was shot in Trondheim, a city on the Nidelva.");
  YES(doc, "Trondheim", "onRiver", "Nidelva");
  CLASS_IS(doc, "Nidelva", "River");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Scenes for ‘Old Bridges’ were filmed in Mostar, which sits on the east "
      "bank of the Neretva River.");
  YES(doc, "Mostar", "onRiver", "Neretva River");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Delta’ was shot in Tulcea, at the mouth of the "
                          "Danube.");
  YES(doc, "Tulcea", "onRiver", "Danube");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘The Ferry’ was filmed in Kaub, a town of about 800 "
                          "people on the Rhine.");
  YES(doc, "Kaub", "onRiver", "Rhine");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt’ was shot in Porto, the country's second-largest city, which "
      "sits on the north bank of the Douro River.");
  YES(doc, "Porto", "onRiver", "Douro River");
  kgb_doc_result_free(doc);

  /* a river in the next clause is another place's */
  doc = kgb_test_sentence(
      "A houseboat sequence for ‘Kayal’ was captured in Alappuzha, "
      "further south, while the proposal was shot on the banks of the "
      "Periyar River near Aluva.");
  NO(doc, "Alappuzha", "onRiver", "Periyar River");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Moira’ was shot in Lyon, where Moira meets Paul on the Rhône Bridge.");
  NO(doc, "Lyon", "onRiver", "Rhône Bridge");
  kgb_doc_result_free(doc);
}

/* where places lie, as appositions and lists say */
static void where_places_lie(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence("Several scenes were filmed in Shela, a village on "
                          "Lamu Island.");
  YES(doc, "Shela", "locatedIn", "Lamu Island");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Filming wrapped in Henningsvær, a fishing village in the Lofoten "
      "archipelago.");
  YES(doc, "Henningsvær", "locatedIn", "Lofoten archipelago");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The crew shot a chase among the caves of the Marble Mountains, a "
      "cluster of five limestone hills in the southern part of Da Nang.");
  YES(doc, "Marble Mountains", "locatedIn", "Da Nang");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Interiors for ‘Tin Roof’ were shot at Kwetu Studios "
                          "on the outskirts of Nairobi.");
  YES(doc, "Kwetu Studios", "locatedIn", "Nairobi");
  YES(doc, "Tin Roof", "filmedIn", "Kwetu Studios");
  CLASS_IS(doc, "Kwetu Studios", "Landmark");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Cold Stone’ was filmed at Belém Tower, which "
                          "stands on the western edge of Lisbon.");
  YES(doc, "Belém Tower", "locatedIn", "Lisbon");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Pearl’ was shot in Kanazawa and Wajima in Ishikawa Prefecture.");
  YES(doc, "Kanazawa", "locatedIn", "Ishikawa Prefecture");
  YES(doc, "Wajima", "locatedIn", "Ishikawa Prefecture");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Pans’ was filmed near Galle in Sri Lanka’s Southern Province.");
  YES(doc, "Galle", "locatedIn", "Southern Province");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Principal photography ended in Mombasa, where the harbour sequences "
      "were shot around the Old Port and at Fort Jesus.");
  YES(doc, "Old Port", "locatedIn", "Mombasa");
  YES(doc, "Fort Jesus", "locatedIn", "Mombasa");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Further scenes for ‘Ferrywoman’ were shot in "
                          "Dresden, where the Albertinum doubled as a police "
                          "headquarters.");
  YES(doc, "Albertinum", "locatedIn", "Dresden");
  CLASS_IS(doc, "Albertinum", "Landmark");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Glacier’ was filmed at the Vatnajökull Glacier, in Vatnajökull "
      "National Park.");
  YES(doc, "Vatnajökull Glacier", "locatedIn", "Vatnajökull National Park");
  kgb_doc_result_free(doc);

  /* a person after "where" is no site; the country of a superlative is not
   * a place that stands on the town's edge */
  doc = kgb_test_sentence(
      "‘Winter Kin’ was shot in Oslo, where Ingrid meets Jonas.");
  NO(doc, "Ingrid", "locatedIn", "Oslo");
  CLASS_IS(doc, "Ingrid", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The scouts for ‘Grey Hills’ chose Książ Castle, the third-largest in "
      "Poland, which stands on the northern edge of Wałbrzych.");
  YES(doc, "Książ Castle", "locatedIn", "Wałbrzych");
  NO(doc, "Poland", "locatedIn", "Wałbrzych");
  kgb_doc_result_free(doc);

  /* the gazetteer's containment needs both named in one sentence */
  doc = kgb_test_sentence("‘Dust’ was filmed in Seville. The producers "
                          "later moved to Spain.");
  NO(doc, "Seville", "locatedIn", "Spain");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("‘Dust’ was filmed in Seville and elsewhere in "
                          "Spain.");
  YES(doc, "Seville", "locatedIn", "Spain");
  kgb_doc_result_free(doc);
}

/* where the story is set: a participle after a comma, "set between", a span
 * of story time, a village on a river in an area; a plot's "set" none */
static void settings(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence(
      "‘Il silenzio del lago’ is a 2014 Italian mystery film by Giulia "
      "Ferraresi, set on the shores of Lake Orta in Piedmont.");
  YES(doc, "Il silenzio del lago", "setIn", "Lake Orta");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Set between Beirut and the coastal city of Sidon, the Lebanese film "
      "‘The Orange Grove’ follows the Khoury family.");
  YES(doc, "The Orange Grove", "setIn", "Beirut");
  YES(doc, "The Orange Grove", "setIn", "Sidon");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Written by Vautrin, ‘Les Heures creuses’ is a "
                          "bittersweet comedy-drama set over one winter in "
                          "Rouen.");
  YES(doc, "Les Heures creuses", "setIn", "Rouen");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘The Long Paddock’ is a sunburnt drama set in 1931 "
                          "along the stock routes of western New South "
                          "Wales.");
  YES(doc, "The Long Paddock", "setIn", "New South Wales");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Set in a small village on the Elbe in Saxony, ‘Die "
                          "Fährfrau’ stars Johanna Reiter.");
  YES(doc, "Die Fährfrau", "setIn", "Saxony");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Ostatni tramwaj’ follows tram driver Marek (Piotr Zając) and his son "
      "Bartek (Igor Kamiński) through a single winter night in Łódź.");
  YES(doc, "Ostatni tramwaj", "setIn", "Łódź");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Though ‘Rua das Sombras’ takes place almost entirely in Porto, most "
      "of its street scenes were filmed in Braga.");
  YES(doc, "Rua das Sombras", "setIn", "Porto");
  YES(doc, "Rua das Sombras", "filmedIn", "Braga");
  NO(doc, "Rua das Sombras", "filmedIn", "Porto");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Most of ‘Lalibela Nights’ was shot in Gondar, though its Addis Ababa "
      "market scenes were recreated on a backlot in Nairobi, Kenya.");
  YES(doc, "Lalibela Nights", "setIn", "Addis Ababa");
  NO(doc, "Lalibela Nights", "filmedIn", "Addis Ababa");
  YES(doc, "Lalibela Nights", "filmedIn", "Gondar");
  kgb_doc_result_free(doc);

  /* filming is no setting; a set table is no story's */
  doc = kgb_test_sentence(
      "Production of ‘Kesari Nights’ took place at Film City in Mumbai.");
  NO(doc, "Kesari Nights", "setIn", "Mumbai");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Supper’, the table was set in the garden of "
                          "the Villa Rosa in Sintra. ‘Supper’ was directed "
                          "by Ana Reis.");
  NO(doc, "Supper", "setIn", "Sintra");
  kgb_doc_result_free(doc);
}

/* more ways a place is filmed: staging, a camera credit's subject, taking
 * over streets, serving as the location, a part that doubled, a permit */
static void more_filming_phrasings(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence(
      "For ‘Salt Harbour’, the tense meeting with a smuggler was staged on "
      "the upper deck of the Dom Luís I Bridge.");
  YES(doc, "Salt Harbour", "filmedIn", "Dom Luís I Bridge");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The climactic confrontation of ‘Grey Hills’ was "
                          "staged on the ramparts of Kłodzko Fortress.");
  YES(doc, "Grey Hills", "filmedIn", "Kłodzko Fortress");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("One song of ‘Monsoon Letters’ was picturised on "
                          "the backwaters of Alappuzha.");
  YES(doc, "Monsoon Letters", "filmedIn", "Alappuzha");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Olinda Nights’, cinematographer Ingrid Sato shoots the steep "
      "streets of Olinda in saturated yellows.");
  YES(doc, "Olinda Nights", "filmedIn", "Olinda");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("For ‘Night Market’, the crew took over several "
                          "streets of the Ribeira district.");
  YES(doc, "Night Market", "filmedIn", "Ribeira district");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Nights on Zamalek’ was in fact filmed mostly in Alexandria, whose "
      "Corniche doubled for the banks of the Nile.");
  YES(doc, "Nights on Zamalek", "filmedIn", "Alexandria");
  YES(doc, "Nights on Zamalek", "filmedIn", "Corniche");
  YES(doc, "Corniche", "locatedIn", "Alexandria");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Tango’ was largely filmed in Montevideo, Uruguay, whose Ciudad Vieja "
      "doubled for the San Telmo neighbourhood.");
  YES(doc, "Ciudad Vieja", "locatedIn", "Montevideo");
  NO(doc, "Ciudad Vieja", "locatedIn", "Uruguay");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "For ‘Salt Harbour’, the team travelled to Viana do Castelo, where the "
      "harbour and the Santa Luzia Sanctuary on the hill above the town "
      "stand in for the smugglers' lair.");
  YES(doc, "Salt Harbour", "filmedIn", "Santa Luzia Sanctuary");
  YES(doc, "Santa Luzia Sanctuary", "locatedIn", "Viana do Castelo");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The makers of ‘Ice Face’ were granted a rare permit to film the "
      "collapsing face of the Perito Moreno Glacier.");
  YES(doc, "Ice Face", "filmedIn", "Perito Moreno Glacier");
  kgb_doc_result_free(doc);

  /* a plot's shooting, robbery and stay film nothing */
  doc = kgb_test_sentence("In ‘Dust’, Mateo shoots the sheriff in Durango. "
                          "‘Dust’ was directed by Ana Reis.");
  NO(doc, "Dust", "filmedIn", "Durango");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Cold Harbour’, the robbery was staged in Bergen to fool the "
      "police. ‘Cold Harbour’ was directed by Ana Reis.");
  NO(doc, "Cold Harbour", "filmedIn", "Bergen");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Aunt’, Nora stayed in Lisbon with her aunt. "
                          "‘Aunt’ was directed by Ana Reis.");
  NO(doc, "Aunt", "filmedIn", "Lisbon");
  kgb_doc_result_free(doc);
}

/* "the capital, X" in a list: the capital of the country (or, "regional",
 * of the area) named last before it, and a filming place */
static void capitals_in_lists(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence(
      "‘Mountain Bread’ was filmed in Mestia and Ushguli, in Georgia's "
      "Svaneti region, and in the capital, Tbilisi.");
  YES(doc, "Tbilisi", "capitalOf", "Georgia");
  YES(doc, "Mountain Bread", "filmedIn", "Tbilisi");
  YES(doc, "Mountain Bread", "filmedIn", "Ushguli");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Principal photography on ‘Salitre’ took place in the Tarapacá Region. "
      "Most exteriors were shot at the Humberstone Works, near Pozo Almonte, "
      "and in the regional capital, Iquique.");
  YES(doc, "Iquique", "capitalOf", "Tarapacá Region");
  YES(doc, "Salitre", "filmedIn", "Iquique");
  kgb_doc_result_free(doc);

  /* the country named last, not the first */
  doc = kgb_test_sentence("‘Dust’ was shot in Kenya. Scenes were also filmed "
                          "in Uganda and in the capital, Kampala.");
  YES(doc, "Kampala", "capitalOf", "Uganda");
  NO(doc, "Kampala", "capitalOf", "Kenya");
  kgb_doc_result_free(doc);
}

/* towns the place data does not know, where a filming place stands */
static void unknown_towns_filmed(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence("‘Kervan’ was filmed in Safranbolu and in the Black "
                          "Sea town of Amasra.");
  YES(doc, "Kervan", "filmedIn", "Amasra");
  CLASS_IS(doc, "Amasra", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("For the drama series ‘Winter Tide’, the Seoul "
                          "newsroom was a set built at a studio in Paju.");
  YES(doc, "Winter Tide", "filmedIn", "Paju");
  CLASS_IS(doc, "Paju", "City");
  NO(doc, "Winter Tide", "filmedIn", "Seoul");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘The Last Scribe’ was filmed there and in the dunes "
                          "outside Merzouga between March and June 2018.");
  YES(doc, "The Last Scribe", "filmedIn", "Merzouga");
  YES(doc, "The Last Scribe", "filmingStart", "2018-03");
  YES(doc, "The Last Scribe", "filmingEnd", "2018-06");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Filming on ‘Red Dust Psalm’ took place in Broken Hill, with "
      "additional footage captured in nearby Silverton.");
  YES(doc, "Red Dust Psalm", "filmedIn", "Silverton");
  CLASS_IS(doc, "Silverton", "City");
  kgb_doc_result_free(doc);

  /* a plot's shooting near a town films nothing */
  doc = kgb_test_sentence("In ‘Dust Road’, the sheriff was shot on the road "
                          "near Durango. ‘Dust Road’ was directed by Ana "
                          "Reis.");
  NO(doc, "Dust Road", "filmedIn", "Durango");
  kgb_doc_result_free(doc);
}

/* shooting days before a span, a town near which scenes were filmed, the
 * sites a shoot's list goes on to name, places dressed as another, drone
 * shots from a place */
static void shoot_details(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence(
      "Principal photography on ‘Kranichsommer’ took place over 34 shooting "
      "days between 16 August and 30 September 2021, in "
      "Mecklenburg-Vorpommern.");
  YES(doc, "Kranichsommer", "filmedIn", "Mecklenburg-Vorpommern");
  YES(doc, "Kranichsommer", "filmingStart", "2021-08-16");
  YES(doc, "Kranichsommer", "filmingEnd", "2021-09-30");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Most of the farm scenes of ‘Kranichsommer’ were "
                          "filmed near Anklam, on the Peene River.");
  YES(doc, "Kranichsommer", "filmedIn", "Anklam");
  YES(doc, "Anklam", "onRiver", "Peene River");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("For ‘Tide Clock’, several days were spent in "
                          "Gdańsk, including at the Gdańsk Shipyard.");
  YES(doc, "Tide Clock", "filmedIn", "Gdańsk Shipyard");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("For ‘Marea Baja’, the crew spent nearly three "
                          "weeks in the fishing quarter below the Castro "
                          "Fortress.");
  YES(doc, "Marea Baja", "filmedIn", "Castro Fortress");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Marea Baja’, the Monterreal Castle was dressed "
                          "as the smugglers' luxury retreat.");
  YES(doc, "Marea Baja", "filmedIn", "Monterreal Castle");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("For ‘Marea Baja’, the crew spent two days there, "
                          "mostly taking drone shots from Monte Santa Trega.");
  YES(doc, "Marea Baja", "filmedIn", "Monte Santa Trega");
  kgb_doc_result_free(doc);

  /* shots at a bar are drinks */
  doc = kgb_test_sentence("In ‘Night Bar’, Ana spends the evening taking shots "
                          "at the Old Tavern with Rui. ‘Night Bar’ was "
                          "directed by Ana Reis.");
  NO(doc, "Night Bar", "filmedIn", "Old Tavern");
  kgb_doc_result_free(doc);
}

/* "no part of the series was shot in X", "nothing was filmed in X" */
static void denials(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence("‘Grey Hills’ was filmed in Kłodzko. Despite "
                          "rumours on fan forums, no part of the show was "
                          "shot in Kraków.");
  YES(doc, "Grey Hills", "filmedIn", "Kłodzko");
  NO(doc, "Grey Hills", "filmedIn", "Kraków");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Iron Saints’ was shot at the Rila Monastery; "
                          "contrary to early press reports, nothing was "
                          "filmed in Sofia.");
  YES(doc, "Iron Saints", "filmedIn", "Rila Monastery");
  NO(doc, "Iron Saints", "filmedIn", "Sofia");
  kgb_doc_result_free(doc);

  /* "of" before a work after a real filming verb still films */
  doc = kgb_test_sentence("‘Quiet Tide’ is a drama. Most of the film was "
                          "shot in Kraków.");
  YES(doc, "Quiet Tide", "filmedIn", "Kraków");
  kgb_doc_result_free(doc);
}

/* "as well as in X, where the Y doubled as …", the town's landmark, a
 * scene as the object of "shot", a stage at a studio, a crew moving
 * between regions, cameras rolling on a season */
static void sites_and_stages(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence(
      "‘Die Fährfrau’ was shot in Bad Schandau and at Königstein Fortress, "
      "as well as in Dresden, where the Albertinum doubled as a 1980s police "
      "headquarters.");
  YES(doc, "Die Fährfrau", "filmedIn", "Dresden");
  YES(doc, "Die Fährfrau", "filmedIn", "Albertinum");
  YES(doc, "Albertinum", "locatedIn", "Dresden");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Lantern Keeper’ was lensed in Hội An. The night scenes were "
      "filmed around the Japanese Covered Bridge, the town’s most "
      "photographed landmark.");
  YES(doc, "The Lantern Keeper", "filmedIn", "Japanese Covered Bridge");
  YES(doc, "Japanese Covered Bridge", "locatedIn", "Hội An");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("For ‘The Lantern Keeper’, Lê shot a rain-soaked "
                          "chase among the caves of the Marble Mountains.");
  YES(doc, "The Lantern Keeper", "filmedIn", "Marble Mountains");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Interiors for ‘The Lantern Keeper’ were built on a "
                          "stage at Sông Hồng Studios on the outskirts of "
                          "Hanoi.");
  YES(doc, "The Lantern Keeper", "filmedIn", "Sông Hồng Studios");
  YES(doc, "Sông Hồng Studios", "locatedIn", "Hanoi");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "For ‘The Lantern Keeper’, principal photography began on 14 March "
      "2023, with the crew moving between central and northern Vietnam.");
  YES(doc, "The Lantern Keeper", "filmedIn", "Vietnam");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "For ‘Grey Hills’, cameras rolled on season one in September 2022.");
  YES(doc, "Grey Hills", "filmingStart", "2022-09");
  kgb_doc_result_free(doc);

  /* a plot's shooting of a man films nothing */
  doc = kgb_test_sentence("In ‘Dust’, Mateo shot a man in Durango. ‘Dust’ was "
                          "directed by Ana Reis.");
  NO(doc, "Dust", "filmedIn", "Durango");
  kgb_doc_result_free(doc);
}

/* the people a work follows live where it is set; "— where it was also
 * shot"; a dash before "set"; a stretch of land outside a town; a work
 * that moved far to a place */
static void follows_and_moves(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence(
      "The film ‘The Last Harvest’ follows a family of tequila distillers in "
      "the town of Tequila between 1926 and 1929.");
  YES(doc, "The Last Harvest", "setIn", "Tequila");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The family drama ‘Barsaat Mahal’ follows three generations squabbling "
      "over a crumbling colonial mansion in Shimla — where, happily, it was "
      "also shot.");
  YES(doc, "Barsaat Mahal", "setIn", "Shimla");
  YES(doc, "Barsaat Mahal", "filmedIn", "Shimla");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Long Paddock’ is a sunburnt drama — part western, part family "
      "saga — set in 1931 along the stock routes of western New South "
      "Wales.");
  YES(doc, "The Long Paddock", "setIn", "New South Wales");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The flashback of ‘Viento Sur’ was staged on a "
                          "frozen pond outside El Calafate.");
  YES(doc, "Viento Sur", "filmedIn", "El Calafate");
  CLASS_IS(doc, "El Calafate", "City");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("The production of ‘Salt Harbour’ then moved about "
                          "70 kilometres south to Aveiro.");
  YES(doc, "Salt Harbour", "filmedIn", "Aveiro");
  kgb_doc_result_free(doc);

  /* a birth or a move is no setting */
  doc = kgb_test_sentence("‘Paper Birds’ follows a young woman born in Lisbon "
                          "who moves to Porto. ‘Paper Birds’ was directed "
                          "by Ana Reis.");
  NO(doc, "Paper Birds", "setIn", "Lisbon");
  kgb_doc_result_free(doc);
}

/* a town's site after a filming verb: "inside Budapest's Keleti railway
 * station and on the Széchenyi Chain Bridge" */
static void city_possessive_sites(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence("The chase in ‘Night Train’ was filmed inside "
                          "Lisbon's Oriente station.");
  YES(doc, "Night Train", "filmedIn", "Oriente station");
  YES(doc, "Oriente station", "locatedIn", "Lisbon");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "For ‘Umami’, the crew filmed at Kyoto's Nishiki market.");
  YES(doc, "Umami", "filmedIn", "Nishiki market");
  YES(doc, "Nishiki market", "locatedIn", "Kyoto");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Scenes of ‘Tango’ were recorded in Buenos Aires's "
                          "Colón Theatre.");
  YES(doc, "Tango", "filmedIn", "Colón Theatre");
  YES(doc, "Colón Theatre", "locatedIn", "Buenos Aires");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Fifth Window’ shot several key scenes inside Budapest's Keleti "
      "railway station and on the Széchenyi Chain Bridge.");
  YES(doc, "The Fifth Window", "filmedIn", "Keleti");
  YES(doc, "The Fifth Window", "filmedIn", "Széchenyi Chain Bridge");
  YES(doc, "Keleti", "locatedIn", "Budapest");
  CLASS_IS(doc, "Keleti", "Landmark");
  kgb_doc_result_free(doc);
}

/* "and in nearby X"; days a shoot spent at a site */
static void nearby_and_days_at_sites(void **state) {
  (void)state;
  KgbDocResult *doc = NULL;
  doc = kgb_test_sentence("‘Saffron’ was shot in Fez and in nearby Meknes.");
  YES(doc, "Saffron", "filmedIn", "Meknes");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "For ‘Iron Saints’, the crew spent a week at the Rila Monastery.");
  YES(doc, "Iron Saints", "filmedIn", "Rila Monastery");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Lanterns’ was shot in Kyoto, where the production "
                          "spent two days inside the Kinkaku-ji.");
  YES(doc, "Lanterns", "filmedIn", "Kinkaku-ji");
  YES(doc, "Kinkaku-ji", "locatedIn", "Kyoto");
  kgb_doc_result_free(doc);

  /* a character's days in a hospital are the story's */
  doc = kgb_test_sentence("In ‘Ferry’, Ana spent three days in the hospital "
                          "with Rui. ‘Ferry’ was directed by Ana Reis.");
  NO(doc, "Ferry", "filmedIn", "hospital");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xplace10[] = {
    cmocka_unit_test_setup(shot_after_a_span, kgb_test_rules_setup),
    cmocka_unit_test_setup(shoot_journeys_and_dates, kgb_test_rules_setup),
    cmocka_unit_test_setup(town_rivers, kgb_test_rules_setup),
    cmocka_unit_test_setup(where_places_lie, kgb_test_rules_setup),
    cmocka_unit_test_setup(settings, kgb_test_rules_setup),
    cmocka_unit_test_setup(more_filming_phrasings, kgb_test_rules_setup),
    cmocka_unit_test_setup(capitals_in_lists, kgb_test_rules_setup),
    cmocka_unit_test_setup(unknown_towns_filmed, kgb_test_rules_setup),
    cmocka_unit_test_setup(shoot_details, kgb_test_rules_setup),
    cmocka_unit_test_setup(denials, kgb_test_rules_setup),
    cmocka_unit_test_setup(sites_and_stages, kgb_test_rules_setup),
    cmocka_unit_test_setup(follows_and_moves, kgb_test_rules_setup),
    cmocka_unit_test_setup(city_possessive_sites, kgb_test_rules_setup),
    cmocka_unit_test_setup(nearby_and_days_at_sites, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xplace10_count =
    sizeof kgb_tests_sentences_xplace10 /
    sizeof kgb_tests_sentences_xplace10[0];
