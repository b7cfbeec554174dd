/* test_sentences_xcast7.c: cast phrasings and Character/Person typing on
 * sentences written for these tests: cast lists after "the cast of ‘X’",
 * "an ensemble of", coordinated subjects of "star", supporting roles, "A
 * (as B)", "A's B is the heart of the film"; plot characters named only as
 * the subjects of story verbs; real people named with crew verbs or a
 * nationality and a job. Each test asserts the facts a sentence must give
 * and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "the cast of ‘X’ includes", "an ensemble of", "a cast that includes" */
static void cast_lists(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("The cast of ‘Quiet Harbour’ includes Aoife "
                        "Byrne, Tomasz Wójcik and Chidi Okafor.");
  YES(doc, "Quiet Harbour", "starring", "Aoife Byrne");
  YES(doc, "Quiet Harbour", "starring", "Tomasz Wójcik");
  YES(doc, "Quiet Harbour", "starring", "Chidi Okafor");
  CLASS_IS(doc, "Aoife Byrne", "Person");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Quiet Harbour’ features an ensemble of Aoife Byrne, "
                        "Tomasz Wójcik and Chidi Okafor.");
  YES(doc, "Quiet Harbour", "starring", "Aoife Byrne");
  YES(doc, "Quiet Harbour", "starring", "Chidi Okafor");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Arjun Mehta leads an ensemble that includes Sunita Rao and "
      "Vikram Iyer in ‘Monsoon Letters’.");
  YES(doc, "Monsoon Letters", "starring", "Arjun Mehta");
  YES(doc, "Monsoon Letters", "starring", "Sunita Rao");
  YES(doc, "Monsoon Letters", "starring", "Vikram Iyer");
  kgb_doc_result_free(doc);

  /* negated: nobody is in the cast */
  doc = kgb_test_sentence("‘Monsoon Letters’ is a drama. The cast of ‘Monsoon "
                          "Letters’ did not include Vikram Iyer.");
  NO(doc, "Monsoon Letters", "starring", "Vikram Iyer");
  kgb_doc_result_free(doc);
}

/* "A and B star as", "A co-stars in ‘X’", "with A in supporting roles" */
static void coordinated_stars(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("In ‘Quiet Harbour’, Aoife Byrne and Tomasz "
                        "Wójcik star as two estranged sisters.");
  YES(doc, "Quiet Harbour", "starring", "Aoife Byrne");
  YES(doc, "Quiet Harbour", "starring", "Tomasz Wójcik");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Chidi Okafor co-stars in ‘Quiet Harbour’.");
  YES(doc, "Quiet Harbour", "starring", "Chidi Okafor");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Quiet Harbour’ stars Aoife Byrne, with Tomasz Wójcik and "
      "Chidi Okafor in supporting roles.");
  YES(doc, "Quiet Harbour", "starring", "Aoife Byrne");
  YES(doc, "Quiet Harbour", "starring", "Tomasz Wójcik");
  YES(doc, "Quiet Harbour", "starring", "Chidi Okafor");
  kgb_doc_result_free(doc);

  /* the director before the list is not in the cast */
  doc = kgb_test_sentence(
      "Kofi Mensah directed ‘Red Earth’, with Wanjiru Kamau and "
      "Petr Novák in supporting roles.");
  YES(doc, "Red Earth", "starring", "Petr Novák");
  YES(doc, "Red Earth", "starring", "Wanjiru Kamau");
  NO(doc, "Red Earth", "starring", "Kofi Mensah");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Wanjiru Kamau plays Achieng opposite Petr Novák in ‘Red "
      "Earth’.");
  YES(doc, "Achieng", "playedBy", "Wanjiru Kamau");
  YES(doc, "Red Earth", "starring", "Petr Novák");
  NO(doc, "Achieng", "playedBy", "Petr Novák");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Quiet Harbour’, Aoife Byrne gives a career-best turn.");
  YES(doc, "Quiet Harbour", "starring", "Aoife Byrne");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Monsoon Letters’ reunites Arjun Mehta with Sunita Rao.");
  YES(doc, "Monsoon Letters", "starring", "Arjun Mehta");
  YES(doc, "Monsoon Letters", "starring", "Sunita Rao");
  kgb_doc_result_free(doc);
}

/* one-sentence playedBy: "A (as B)", "A is B in ‘X’", "A's B is the heart
 * of the film", "A returns as Inspector B", "B is voiced by A" */
static void one_sentence_roles(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Quiet Harbour’ stars Aoife Byrne (as Nora) "
                        "and Tomasz Wójcik (as Marek).");
  YES(doc, "Nora", "playedBy", "Aoife Byrne");
  YES(doc, "Marek", "playedBy", "Tomasz Wójcik");
  NO(doc, "Nora", "playedBy", "Tomasz Wójcik");
  YES(doc, "Quiet Harbour", "hasCharacter", "Marek");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Aoife Byrne is Nora in ‘Quiet Harbour’.");
  YES(doc, "Nora", "playedBy", "Aoife Byrne");
  YES(doc, "Quiet Harbour", "starring", "Aoife Byrne");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Ece Demir's Mina is the heart of ‘Quiet Harbour’.");
  YES(doc, "Mina", "playedBy", "Ece Demir");
  CLASS_IS(doc, "Ece Demir", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Arjun Mehta's Ravi is the film's beating heart in "
                          "‘Monsoon Letters’.");
  YES(doc, "Ravi", "playedBy", "Arjun Mehta");
  kgb_doc_result_free(doc);

  /* a possessive before the work is its maker, no role */
  doc = kgb_test_sentence("Arjun Mehta's ‘Monsoon Letters’ is a revelation.");
  NO(doc, "Monsoon Letters", "starring", "Arjun Mehta");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Vikram Iyer returns as Inspector Rao in ‘Monsoon "
                          "Letters’.");
  YES(doc, "Rao", "playedBy", "Vikram Iyer");
  CLASS_IS(doc, "Vikram Iyer", "Person");
  NO(doc, "Monsoon Letters", "hasCharacter", "Vikram Iyer");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Sunita Rao stars in ‘Monsoon Letters’ as Meera.");
  YES(doc, "Meera", "playedBy", "Sunita Rao");
  YES(doc, "Monsoon Letters", "hasCharacter", "Meera");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Arjun Mehta gives a career-best performance as Ravi in "
      "‘Monsoon Letters’.");
  YES(doc, "Ravi", "playedBy", "Arjun Mehta");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("In ‘Monsoon Letters’, Meera is voiced by Sunita Rao.");
  YES(doc, "Meera", "playedBy", "Sunita Rao");
  NO(doc, "Sunita Rao", "playedBy", "Meera");
  kgb_doc_result_free(doc);

  /* a role with no name: the actor stars, no character */
  doc = kgb_test_sentence("Kim Ji-hoon plays the father in ‘Red Earth’.");
  YES(doc, "Red Earth", "starring", "Kim Ji-hoon");
  CLASS_IS(doc, "Kim Ji-hoon", "Person");
  kgb_doc_result_free(doc);

  /* a year in brackets is no actor */
  doc = kgb_test_sentence("In ‘Quiet Harbour’ (2019), Nora returns home.");
  YES(doc, "Quiet Harbour", "hasCharacter", "Nora");
  NO(doc, "Nora", "playedBy", "2019");
  kgb_doc_result_free(doc);
}

/* characters named only by what they do in the plot; real people by what
 * they make or by a nationality and a job */
static void characters_and_people(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘The Salt Road’ ending explained\n\nIn the final act, Nora discovers "
      "that her brother has been lying. Inspector Nowak arrests Wanjiru at "
      "the harbour. Director Jan Kowalski said the ending was always meant "
      "to be open.");
  YES(doc, "The Salt Road", "hasCharacter", "Nora");
  YES(doc, "The Salt Road", "hasCharacter", "Nowak");
  YES(doc, "The Salt Road", "hasCharacter", "Wanjiru");
  CLASS_IS(doc, "Jan Kowalski", "Person");
  NO(doc, "The Salt Road", "hasCharacter", "Jan Kowalski");
  kgb_doc_result_free(doc);

  /* a lone title and a plot sentence: the work has its characters */
  doc = kgb_test_sentence("In ‘The Salt Road’, Nora discovers that Tom is her "
                          "father.");
  YES(doc, "The Salt Road", "hasCharacter", "Nora");
  YES(doc, "The Salt Road", "hasCharacter", "Tom");
  kgb_doc_result_free(doc);

  /* a negated plot verb still names a character, nothing more */
  doc = kgb_test_sentence(
      "In ‘Red Earth’, Wanjiru Kamau tries to stop the dam, but "
      "Ólafur kills Emeka.");
  YES(doc, "Red Earth", "hasCharacter", "Ólafur");
  YES(doc, "Red Earth", "hasCharacter", "Emeka");
  kgb_doc_result_free(doc);

  /* the maker of the work is a person, not a character */
  doc = kgb_test_sentence(
      "Aoife Byrne, who directed ‘Quiet Harbour’, lives in Cork.");
  CLASS_IS(doc, "Aoife Byrne", "Person");
  NO(doc, "Quiet Harbour", "hasCharacter", "Aoife Byrne");
  NO(doc, "Quiet Harbour", "starring", "Aoife Byrne");
  kgb_doc_result_free(doc);

  /* a real person meeting the press is no character */
  doc = kgb_test_sentence(
      "‘Red Earth’ is a 2021 Kenyan drama. Wanjiru Kamau meets "
      "the press in Nairobi to talk about ‘Red Earth’.");
  NO(doc, "Red Earth", "hasCharacter", "Wanjiru Kamau");
  kgb_doc_result_free(doc);

  /* a job a plot gives: a character; with a nationality: a person */
  doc = kgb_test_sentence("In ‘Blue Hour’, Julien is a charming musician.");
  CLASS_IS(doc, "Julien", "Character");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Defne Aksoy is a Turkish singer.");
  CLASS_IS(doc, "Defne Aksoy", "Person");
  kgb_doc_result_free(doc);
  doc = kgb_test_sentence("Ifeoma Eze is a Nigerian actress.");
  CLASS_IS(doc, "Ifeoma Eze", "Person");
  kgb_doc_result_free(doc);
}

/* "plays a detective named X", "was cast as X", "takes the role of X",
 * "As X, A is a marvel", "A and B play siblings X and Y" */
static void more_role_slots(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("In the Icelandic thriller ‘Black Sand’, Guðrún "
                        "Sigurðardóttir plays a detective named Katla.");
  YES(doc, "Katla", "playedBy", "Guðrún Sigurðardóttir");
  YES(doc, "Black Sand", "hasCharacter", "Katla");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Guðrún Sigurðardóttir was cast as Katla in ‘Black Sand’.");
  YES(doc, "Katla", "playedBy", "Guðrún Sigurðardóttir");
  YES(doc, "Black Sand", "starring", "Guðrún Sigurðardóttir");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Zuzana Dvořáková takes on the role of Hana in ‘Winter "
                        "Apples’.");
  YES(doc, "Hana", "playedBy", "Zuzana Dvořáková");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("As Katla, Guðrún Sigurðardóttir is a marvel.");
  YES(doc, "Katla", "playedBy", "Guðrún Sigurðardóttir");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Guðrún Sigurðardóttir and Einar Jónsson play siblings "
                        "Katla and Hrafn.");
  YES(doc, "Katla", "playedBy", "Guðrún Sigurðardóttir");
  YES(doc, "Hrafn", "playedBy", "Einar Jónsson");
  NO(doc, "Katla", "playedBy", "Einar Jónsson");
  NO(doc, "Hrafn", "playedBy", "Guðrún Sigurðardóttir");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Zuzana Dvořáková leads the cast as Hana in ‘Winter "
                          "Apples’.");
  YES(doc, "Hana", "playedBy", "Zuzana Dvořáková");
  YES(doc, "Winter Apples", "starring", "Zuzana Dvořáková");
  kgb_doc_result_free(doc);
}

/* an explainer's questions, plot nouns and past-tense plot verbs name
 * characters; a director's decision does not */
static void explainer_characters(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The Mexican drama ‘Salt Lamp’ ends on a quiet note. Why did Lupita "
      "leave? According to director Mariana Solís, Lupita's departure "
      "mirrors the war. What happened to Rodrigo? Ximena confronted him at "
      "the pier. Solís's decision to shoot on film paid off.");
  YES(doc, "Salt Lamp", "hasCharacter", "Lupita");
  YES(doc, "Salt Lamp", "hasCharacter", "Rodrigo");
  YES(doc, "Salt Lamp", "hasCharacter", "Ximena");
  CLASS_IS(doc, "Mariana Solís", "Person");
  NO(doc, "Salt Lamp", "hasCharacter", "Mariana Solís");
  NO(doc, "Salt Lamp", "hasCharacter", "Solís");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Salt Lamp’, does Ximena die at the end?");
  YES(doc, "Salt Lamp", "hasCharacter", "Ximena");
  kgb_doc_result_free(doc);
}

/* a character named like a place: a verb only people do makes it one;
 * a filming place stays a place */
static void characters_named_like_places(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("In ‘Red Dust’, Jordan confesses to the "
                        "murder.");
  YES(doc, "Red Dust", "hasCharacter", "Jordan");
  CLASS_IS(doc, "Jordan", "Character");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The drama ‘Red Dust’ was filmed in Adelaide. Ines Kowal "
      "plays Mara, who decides to leave her job.");
  YES(doc, "Red Dust", "filmedIn", "Adelaide");
  CLASS_IS(doc, "Adelaide", "City");
  NO(doc, "Red Dust", "hasCharacter", "Adelaide");
  kgb_doc_result_free(doc);
}

/* awards for a role, "‘X’ sees A return as N", "A headlines ‘X’", a
 * relative standing for a named role */
static void review_cast_phrasings(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Niamh Kelly was nominated for Best Actress "
                        "for her role in ‘Green Hills’.");
  YES(doc, "Green Hills", "starring", "Niamh Kelly");
  kgb_doc_result_free(doc);

  /* the one who praises is not in the cast */
  doc = kgb_test_sentence(
      "Tadhg Byrne won an award for his performance as Donal in "
      "‘Green Hills’, said critic Aisling Moore.");
  YES(doc, "Green Hills", "starring", "Tadhg Byrne");
  YES(doc, "Donal", "playedBy", "Tadhg Byrne");
  NO(doc, "Green Hills", "starring", "Aisling Moore");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Green Hills’ sees Niamh Kelly return as Maeve.");
  YES(doc, "Maeve", "playedBy", "Niamh Kelly");
  YES(doc, "Green Hills", "starring", "Niamh Kelly");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Niamh Kelly headlines ‘Green Hills’.");
  YES(doc, "Green Hills", "starring", "Niamh Kelly");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ciarán Walsh appears as Maeve's brother Donal in ‘Green "
      "Hills’.");
  YES(doc, "Donal", "playedBy", "Ciarán Walsh");
  NO(doc, "Maeve", "playedBy", "Ciarán Walsh");
  YES(doc, "Green Hills", "starring", "Ciarán Walsh");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Ciarán Walsh plays Maeve's husband in ‘Green Hills’.");
  YES(doc, "Green Hills", "starring", "Ciarán Walsh");
  NO(doc, "Maeve", "playedBy", "Ciarán Walsh");
  kgb_doc_result_free(doc);
}

/* which side of the brackets is the actor: a full name before a first
 * name alone is; dashes, "A's character", a note after the actor */
static void actor_or_character_in_brackets(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("In ‘Tide Line’, Ece Demir (Mina) and Kaan "
                        "Arslan (Emre) are superb.");
  YES(doc, "Mina", "playedBy", "Ece Demir");
  YES(doc, "Emre", "playedBy", "Kaan Arslan");
  NO(doc, "Ece Demir", "playedBy", "Mina");
  NO(doc, "Kaan Arslan", "playedBy", "Emre");
  CLASS_IS(doc, "Ece Demir", "Person");
  CLASS_IS(doc, "Mina", "Character");
  YES(doc, "Tide Line", "starring", "Ece Demir");
  NO(doc, "Tide Line", "starring", "Mina");
  kgb_doc_result_free(doc);

  /* the usual order still holds */
  doc = kgb_test_sentence("In ‘Tide Line’, Mina (Ece Demir) leaves Izmir.");
  YES(doc, "Mina", "playedBy", "Ece Demir");
  NO(doc, "Ece Demir", "playedBy", "Mina");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Tide Line’, Emre – played by Kaan Arslan – returns to "
      "Izmir.");
  YES(doc, "Emre", "playedBy", "Kaan Arslan");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Emre, Kaan Arslan's character, leaves Izmir in ‘Tide "
                        "Line’.");
  YES(doc, "Emre", "playedBy", "Kaan Arslan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Mina (Ece Demir, in her first role) returns home in ‘Tide "
      "Line’.");
  YES(doc, "Mina", "playedBy", "Ece Demir");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("Kaan Arslan as Emre and Ece Demir as Mina lead ‘Tide "
                        "Line’.");
  YES(doc, "Emre", "playedBy", "Kaan Arslan");
  YES(doc, "Mina", "playedBy", "Ece Demir");
  NO(doc, "Mina", "playedBy", "Kaan Arslan");
  kgb_doc_result_free(doc);

  /* a year or a birth note in brackets is no role */
  doc = kgb_test_sentence("Ece Demir (born 1990) stars in ‘Tide Line’ (2019).");
  YES(doc, "Tide Line", "starring", "Ece Demir");
  NO(doc, "Tide Line", "hasCharacter", "Ece Demir");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xcast7[] = {
    cmocka_unit_test_setup(cast_lists, kgb_test_rules_setup),
    cmocka_unit_test_setup(coordinated_stars, kgb_test_rules_setup),
    cmocka_unit_test_setup(one_sentence_roles, kgb_test_rules_setup),
    cmocka_unit_test_setup(characters_and_people, kgb_test_rules_setup),
    cmocka_unit_test_setup(more_role_slots, kgb_test_rules_setup),
    cmocka_unit_test_setup(explainer_characters, kgb_test_rules_setup),
    cmocka_unit_test_setup(characters_named_like_places, kgb_test_rules_setup),
    cmocka_unit_test_setup(review_cast_phrasings, kgb_test_rules_setup),
    cmocka_unit_test_setup(actor_or_character_in_brackets,
                           kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xcast7_count =
    sizeof kgb_tests_sentences_xcast7 / sizeof kgb_tests_sentences_xcast7[0];
