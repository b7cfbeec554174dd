/* test_sentences_xcrew8.c: works, credits and values in encyclopedic
 * openings and reviews: the language of an original title given in
 * brackets ("(Polish: …)"), a language with subtitles after it, crew verbs
 * before a work described in lower-case words ("X, who wrote and directed
 * this quiet family drama"), shared direction and writing, "X's film", a
 * crew word opening a sentence ("Creator X was born …"), and release years
 * that belong to another work ("the 2015 drama Y") or to a sale ("the
 * streaming rights in 2021"). Each test asserts the facts a sentence must
 * give and those it must not. */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "The Salt Meadow (Polish: Słone łąki) is …": the original title's
 * language is the work's; English in brackets is none */
static void original_title_language(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("The Salt Meadow (Polish: Słone łąki) is a 2021 "
                        "Polish drama film directed by Agnieszka "
                        "Wróbel.");
  YES(doc, "Salt Meadow", "inLanguage", "Polish");
  YES(doc, "Salt Meadow", "originalTitle", "Słone łąki");
  YES(doc, "Salt Meadow", "directedBy", "Agnieszka Wróbel");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Snow Crossing (Icelandic: Snjóvað) is a 2018 Icelandic "
      "thriller film directed by Baltasar Gunnarsdóttir.");
  YES(doc, "Snow Crossing", "inLanguage", "Icelandic");
  NO(doc, "Snow Crossing", "inLanguage", "English");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The Long Rains (Swahili: Masika) is a 2020 Kenyan drama "
      "film directed by Wanjiru Kamau.");
  YES(doc, "Long Rains", "inLanguage", "Swahili");
  kgb_doc_result_free(doc);

  /* no language before the colon: no language */
  doc = kgb_test_sentence(
      "The Long Rains (also known as Masika) is a 2020 Kenyan "
      "drama film directed by Wanjiru Kamau.");
  NO(doc, "Long Rains", "inLanguage", "Kenyan");
  NO(doc, "Long Rains", "inLanguage", "Swahili");
  kgb_doc_result_free(doc);
}

/* "is in Yoruba with English subtitles": the spoken language, not the
 * subtitles' */
static void language_with_subtitles(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Red Harmattan’ runs 104 minutes, is in "
                        "Yoruba with English subtitles, and arrives "
                        "in cinemas on 4 May 2024.");
  YES(doc, "Red Harmattan", "inLanguage", "Yoruba");
  NO(doc, "Red Harmattan", "inLanguage", "English");
  YES(doc, "Red Harmattan", "runtime", "104");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Small Hours’ is a Czech drama. It plays mostly in Czech "
      "and Slovak with French subtitles.");
  YES(doc, "Small Hours", "inLanguage", "Czech");
  YES(doc, "Small Hours", "inLanguage", "Slovak");
  NO(doc, "Small Hours", "inLanguage", "French");
  kgb_doc_result_free(doc);

  /* a character in custody is no language */
  doc = kgb_test_sentence(
      "In ‘Small Hours’, Tomasz Wójcik plays Marek, who is in "
      "Polish custody with his brother.");
  NO(doc, "Small Hours", "inLanguage", "Polish");
  kgb_doc_result_free(doc);
}

/* "X, who wrote and directed this quietly devastating family drama": the
 * work the clause is about */
static void who_credits_this_work(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "It is the kind of scene most directors would cut. Chidi Okafor, who "
      "wrote and directed this quietly devastating Nigerian family drama, "
      "lets it breathe in ‘Red Harmattan’.");
  YES(doc, "Red Harmattan", "directedBy", "Chidi Okafor");
  YES(doc, "Red Harmattan", "writtenBy", "Chidi Okafor");
  CLASS_IS(doc, "Chidi Okafor", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Monsoon Road’ is a Hindi thriller. Priya Raghavan, who "
      "directed the film, keeps it tense.");
  YES(doc, "Monsoon Road", "directedBy", "Priya Raghavan");
  NO(doc, "Monsoon Road", "writtenBy", "Priya Raghavan");
  kgb_doc_result_free(doc);

  /* writing alone is no direction */
  doc = kgb_test_sentence(
      "‘Monsoon Road’ is a Hindi thriller. Priya Raghavan, who "
      "wrote this tense little thriller, lives in Pune.");
  YES(doc, "Monsoon Road", "writtenBy", "Priya Raghavan");
  NO(doc, "Monsoon Road", "directedBy", "Priya Raghavan");
  kgb_doc_result_free(doc);

  /* negated: nothing */
  doc = kgb_test_sentence(
      "‘Monsoon Road’ is a Hindi thriller. Priya Raghavan, who "
      "never directed this tense little thriller, is its "
      "producer.");
  NO(doc, "Monsoon Road", "directedBy", "Priya Raghavan");
  kgb_doc_result_free(doc);
}

/* "direction was shared between A and B", "A wrote all eight episodes
 * together with B" */
static void shared_credits(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Harbour of Bells’ is a Czech series. Tomáš Novák wrote all eight "
      "episodes together with Jana Dvořáková, and direction was shared "
      "between Petr Svoboda and Eva Horáková.");
  YES(doc, "Harbour of Bells", "writtenBy", "Tomáš Novák");
  YES(doc, "Harbour of Bells", "writtenBy", "Jana Dvořáková");
  YES(doc, "Harbour of Bells", "directedBy", "Petr Svoboda");
  YES(doc, "Harbour of Bells", "directedBy", "Eva Horáková");
  NO(doc, "Harbour of Bells", "directedBy", "Tomáš Novák");
  NO(doc, "Harbour of Bells", "writtenBy", "Eva Horáková");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Lagos Nights’ is a Nigerian series. Directing duties were "
      "split between Ngozi Eze and Tunde Bakare.");
  YES(doc, "Lagos Nights", "directedBy", "Ngozi Eze");
  YES(doc, "Lagos Nights", "directedBy", "Tunde Bakare");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Lagos Nights’ is a Nigerian series. Ngozi Eze co-wrote "
      "the screenplay with Tunde Bakare.");
  YES(doc, "Lagos Nights", "writtenBy", "Ngozi Eze");
  YES(doc, "Lagos Nights", "writtenBy", "Tunde Bakare");
  NO(doc, "Lagos Nights", "directedBy", "Tunde Bakare");
  kgb_doc_result_free(doc);
}

/* "Wambui Njoroge's film is about small things": the person made it; not
 * "X's film debut" */
static void possessive_film(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Family dramas rarely shout, and ‘The Cedar House’ is no "
      "exception. For most of its running time, Wambui Njoroge's "
      "film is about small things.");
  YES(doc, "The Cedar House", "directedBy", "Wambui Njoroge");
  CLASS_IS(doc, "Wambui Njoroge", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Cedar House’ is a Kenyan drama. It is Achieng "
      "Otieno's film debut, and she plays the eldest daughter.");
  NO(doc, "The Cedar House", "directedBy", "Achieng Otieno");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘The Cedar House’ is a Kenyan drama. Achieng Otieno's film "
      "career began in theatre.");
  NO(doc, "The Cedar House", "directedBy", "Achieng Otieno");
  kgb_doc_result_free(doc);
}

/* "Creator X was born …": the crew word opening the sentence is no part of
 * the name */
static void crew_word_opening(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Tide Marks’ was created by Aoife Brennan. "
                        "Creator Aoife Brennan was born in Cork in "
                        "1971.");
  YES(doc, "Tide Marks", "createdBy", "Aoife Brennan");
  YES(doc, "Aoife Brennan", "birthPlace", "Cork");
  CLASS_IS(doc, "Aoife Brennan", "Person");
  NO(doc, "Tide Marks", "hasCharacter", "Creator Aoife Brennan");
  NO(doc, "Tide Marks", "hasCharacter", "Aoife Brennan");
  kgb_doc_result_free(doc);
}

/* release years: "the 2015 drama Ghost Pier" is another work's; a sale of
 * streaming rights is no release */
static void release_years(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Iron Lake’ premiered in Toronto in 2018. Netflix acquired the "
      "streaming rights in 2021. Its director, Siobhán Keane, made the 2015 "
      "drama Ghost Pier before it.");
  YES(doc, "Iron Lake", "releaseDate", "2018");
  NO(doc, "Iron Lake", "releaseDate", "2021");
  NO(doc, "Iron Lake", "releaseDate", "2015");
  NO(doc, "Iron Lake", "genre", "drama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Iron Lake’ is a 2019 Irish crime drama about a missing "
      "ferry.");
  YES(doc, "Iron Lake", "releaseDate", "2019");
  YES(doc, "Iron Lake", "genre", "crime drama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Ghost Pier is a 2019 Irish drama film directed by Siobhán "
      "Keane.");
  YES(doc, "Ghost Pier", "releaseDate", "2019");
  YES(doc, "Ghost Pier", "genre", "drama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Seoul Rain’ is a Korean drama. It began streaming on 3 "
      "March 2023.");
  YES(doc, "Seoul Rain", "releaseDate", "2023-03-03");
  kgb_doc_result_free(doc);
}

/* "Cameras started rolling on …", "the shoot concluded that August",
 * "the shoot continued until mid-May of that year" */
static void filming_dates(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Iron Lake’ is an Irish film. Cameras started rolling in late "
      "March 2023, and the shoot concluded that August.");
  YES(doc, "Iron Lake", "filmingStart", "2023-03");
  YES(doc, "Iron Lake", "filmingEnd", "2023-08");
  NO(doc, "Iron Lake", "releaseDate", "2023-03");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Fjord Light’ is an Icelandic film. Cameras started rolling "
      "on 9 January 2024, and the shoot continued until mid-May "
      "of that year.");
  YES(doc, "Fjord Light", "filmingStart", "2024-01-09");
  YES(doc, "Fjord Light", "filmingEnd", "2024-05");
  NO(doc, "Fjord Light", "filmingEnd", "2024-01-09");
  kgb_doc_result_free(doc);

  /* cameras that never rolled */
  doc = kgb_test_sentence(
      "‘Fjord Light’ was directed by Baldur Jónsson. The cameras "
      "never started rolling in March 2024.");
  YES(doc, "Fjord Light", "directedBy", "Baldur Jónsson");
  NO(doc, "Fjord Light", "filmingStart", "2024-03");
  kgb_doc_result_free(doc);
}

/* a streaming service the work moves to or ends on distributes it; a
 * channel it premiered on broadcasts it */
static void streaming_services(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Iron Lake’ premiered on RTÉ One in January "
                        "2024 before landing on Netflix a week "
                        "later.");
  YES(doc, "Iron Lake", "distributedBy", "Netflix");
  NO(doc, "Iron Lake", "distributedBy", "RTÉ One");
  YES(doc, "Iron Lake", "releaseDate", "2024-01");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Director Diego Ramírez first pitched ‘Desert Letters’ in "
      "2019. The finished film, a Mexican romantic drama released "
      "in cinemas by Cinépolis and later added to Disney+, "
      "delivers.");
  YES(doc, "Desert Letters", "distributedBy", "Disney+");
  YES(doc, "Desert Letters", "genre", "romantic drama");
  NO(doc, "Desert Letters", "genre", "Mexican romantic drama");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The first season of ‘Quiet Rooms’ wrapped up on HBO Max with "
      "a cliffhanger.");
  YES(doc, "Quiet Rooms", "distributedBy", "HBO Max");
  kgb_doc_result_free(doc);

  /* a character moving to a town names no service */
  doc = kgb_test_sentence(
      "In ‘Quiet Rooms’, Kwame Mensah plays Kofi, who moved to "
      "Accra in 2010.");
  NO(doc, "Quiet Rooms", "distributedBy", "Accra");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "The second season of ‘Lagos Nights’, Showmax’s cosy "
      "Nigerian romantic comedy series, ended with a wedding.");
  YES(doc, "Lagos Nights", "distributedBy", "Showmax");
  YES(doc, "Lagos Nights", "genre", "romantic comedy");
  kgb_doc_result_free(doc);

  /* a person's series: no distributor */
  doc =
      kgb_test_sentence("The second season of ‘Lagos Nights’, Ngozi Eze’s cosy "
                        "romantic comedy series, ended with a wedding.");
  NO(doc, "Lagos Nights", "distributedBy", "Ngozi Eze");
  kgb_doc_result_free(doc);
}

/* "the eight-part crime series" */
static void part_series(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Quiet Rooms’ ended on HBO Max. Created by Ngozi Eze, the "
      "eight-part crime series has quietly become a hit.");
  YES(doc, "Quiet Rooms", "genre", "crime");
  YES(doc, "Quiet Rooms", "createdBy", "Ngozi Eze");
  NO(doc, "Quiet Rooms", "genre", "eight");
  kgb_doc_result_free(doc);
}

/* cast: praise with commas before "performance as", pairs that lead the
 * cast as two roles, "brought to life by", "turns up as" */
static void cast_phrasings(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "In ‘Paper Boats’, Oksana Kowalczyk gives a lovely, understated "
      "performance as Halina, and veteran actor Jerzy Nowak is unforgettable "
      "as Bogdan.");
  YES(doc, "Halina", "playedBy", "Oksana Kowalczyk");
  YES(doc, "Bogdan", "playedBy", "Jerzy Nowak");
  CLASS_IS(doc, "Halina", "Character");
  NO(doc, "Halina", "playedBy", "Jerzy Nowak");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "In ‘Paper Boats’, Oksana Kowalczyk and Jerzy Nowak lead the "
      "cast as Halina and Bogdan.");
  YES(doc, "Halina", "playedBy", "Oksana Kowalczyk");
  YES(doc, "Bogdan", "playedBy", "Jerzy Nowak");
  NO(doc, "Halina", "playedBy", "Jerzy Nowak");
  NO(doc, "Bogdan", "playedBy", "Oksana Kowalczyk");
  YES(doc, "Paper Boats", "starring", "Jerzy Nowak");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Boats’ is a Polish drama. The youngest, Kuba, is "
      "brought to life by newcomer Jerzy Nowak with a twitchy "
      "charm.");
  YES(doc, "Kuba", "playedBy", "Jerzy Nowak");
  YES(doc, "Paper Boats", "starring", "Jerzy Nowak");
  CLASS_IS(doc, "Jerzy Nowak", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Paper Boats’ is a Polish drama. Tomasz Lis turns up as "
      "Marek, Halina's estranged husband, and Ewa Bąk gives a "
      "gentle, lived-in performance as Kuba's girlfriend, Zofia, a "
      "teacher.");
  YES(doc, "Marek", "playedBy", "Tomasz Lis");
  YES(doc, "Zofia", "playedBy", "Ewa Bąk");
  NO(doc, "Kuba", "playedBy", "Ewa Bąk");
  NO(doc, "Halina", "playedBy", "Tomasz Lis");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Salt Vats’ is a Ghanaian drama. The old man is Kofi "
      "Boateng, a master fisherman, and he is played with enormous "
      "dignity by Kwame Mensah.");
  YES(doc, "Kofi Boateng", "playedBy", "Kwame Mensah");
  YES(doc, "Salt Vats", "starring", "Kwame Mensah");
  NO(doc, "Kofi Boateng", "playedBy", "Salt Vats");
  kgb_doc_result_free(doc);

  /* played by no one named: nothing */
  doc =
      kgb_test_sentence("‘Salt Vats’ is a Ghanaian drama. The old man is Kofi "
                        "Boateng, and he is not played by Kwame Mensah.");
  NO(doc, "Kofi Boateng", "playedBy", "Kwame Mensah");
  kgb_doc_result_free(doc);

  /* praise with no role: no character */
  doc = kgb_test_sentence(
      "‘Paper Boats’ is a Polish drama. Ewa Bąk gives a gentle, "
      "lived-in performance.");
  YES(doc, "Paper Boats", "starring", "Ewa Bąk");
  kgb_doc_result_free(doc);
}

/* "directed by A and the remaining five by B"; "A, B and C turn in some
 * of the most understated performances of the year" */
static void split_direction_and_ensembles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Copper Coast’ is an Irish series. The first three episodes "
      "are directed by Cathal Byrne and the remaining five by Nuala "
      "Flynn.");
  YES(doc, "Copper Coast", "directedBy", "Cathal Byrne");
  YES(doc, "Copper Coast", "directedBy", "Nuala Flynn");
  NO(doc, "Copper Coast", "starring", "Nuala Flynn");
  kgb_doc_result_free(doc);

  /* written, not directed, by the second */
  doc = kgb_test_sentence(
      "‘Copper Coast’ is an Irish series. The first three episodes "
      "are directed by Cathal Byrne and the remaining five are "
      "written by Nuala Flynn.");
  NO(doc, "Copper Coast", "directedBy", "Nuala Flynn");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Copper Coast’ is a Portuguese drama. Tomás Leite, Inês "
      "Rocha and Rui Matos turn in some of the most understated "
      "performances of the year.");
  YES(doc, "Copper Coast", "starring", "Tomás Leite");
  YES(doc, "Copper Coast", "starring", "Inês Rocha");
  YES(doc, "Copper Coast", "starring", "Rui Matos");
  NO(doc, "Copper Coast", "directedBy", "Rui Matos");
  kgb_doc_result_free(doc);
}

/* "originally titled ‘Y,’ premiered on …": what the text says of the
 * original title is the work's (the title is a value, no entity) */
static void original_title_subject(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Few shows made the sea look as cold as 'Salt Lanterns.' The "
      "ten-episode Korean series, created by Han Ji-min and originally "
      "titled 'Sogeum Deungbul,' premiered on tvN in March 2023 before "
      "landing on Netflix a week later.");
  YES(doc, "Salt Lanterns", "originalTitle", "Sogeum Deungbul");
  YES(doc, "Salt Lanterns", "releaseDate", "2023-03");
  YES(doc, "Salt Lanterns", "distributedBy", "Netflix");
  YES(doc, "Salt Lanterns", "createdBy", "Han Ji-min");
  NO(doc, "Salt Lanterns", "distributedBy", "tvN");
  NO(doc, "Salt Lanterns", "releaseDate", "2023");
  kgb_doc_result_free(doc);
}

/* "Vltava TV’s six-part Czech thriller ‘X’": the genre of X; a streaming
 * service's also distributes it */
static void possessive_kind_title(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "Vltava TV’s six-part Czech thriller ‘The Glass Ledger’ "
      "(‘Skleněná kniha’) has been the surprise hit of the autumn.");
  YES(doc, "The Glass Ledger", "genre", "thriller");
  YES(doc, "The Glass Ledger", "originalTitle", "Skleněná kniha");
  NO(doc, "The Glass Ledger", "genre", "six");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Showmax's new Nigerian crime drama ‘Third Mainland’ follows "
      "a ferry pilot.");
  YES(doc, "Third Mainland", "genre", "crime drama");
  YES(doc, "Third Mainland", "distributedBy", "Showmax");
  kgb_doc_result_free(doc);

  /* a person's title: no distributor */
  doc =
      kgb_test_sentence("Ngozi Eze's new Nigerian crime drama ‘Third Mainland’ "
                        "follows a ferry pilot.");
  YES(doc, "Third Mainland", "genre", "crime drama");
  NO(doc, "Third Mainland", "distributedBy", "Ngozi Eze");
  kgb_doc_result_free(doc);
}

/* "It is her father who first suggests …": a cleft names no relative, so
 * the work "it" stands for stays a work */
static void cleft_it(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘The Glass Ledger’ is a Czech thriller. Jana Dvořáková plays Eva "
      "Novotná, an auditor. Eva finds the missing ledger. It is her father "
      "who first suggests that she should leave Brno.");
  /* a work ("a Czech thriller" makes it a film: xcast10) */
  CLASS_IS(doc, "The Glass Ledger", "Film");
  YES(doc, "The Glass Ledger", "genre", "thriller");
  YES(doc, "Eva Novotná", "playedBy", "Jana Dvořáková");
  NO(doc, "The Glass Ledger", "hasParent", "Eva Novotná");
  NO(doc, "Eva Novotná", "hasParent", "The Glass Ledger");
  kgb_doc_result_free(doc);

  /* a person is still named by the copula */
  doc = kgb_test_sentence(
      "In ‘The Glass Ledger’, Jana Dvořáková plays Eva. Petr is "
      "her father.");
  YES(doc, "Eva", "hasParent", "Petr");
  kgb_doc_result_free(doc);
}

/* the original title written again later as a bare name is the same work;
 * a novel of the same name the work is based on stays its own */
static void original_title_named_again(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "The Hour of Bells (Spanish: La Hora de la Campana) is a Mexican "
      "drama series. Filming of La Hora de la Campana began in Puebla in "
      "March 2022.");
  YES(doc, "Hour of Bells", "originalTitle", "La Hora de la Campana");
  YES(doc, "Hour of Bells", "filmedIn", "Puebla");
  YES(doc, "Hour of Bells", "filmingStart", "2022-03");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Winter Orchard (Polish: Zimowy Sad) is a 2020 Polish drama "
      "film based on the novel Zimowy Sad by Irena Mazur.");
  YES(doc, "Winter Orchard", "originalTitle", "Zimowy Sad");
  YES(doc, "Winter Orchard", "basedOn", "Zimowy Sad");
  YES(doc, "Zimowy Sad", "writtenBy", "Irena Mazur");
  NO(doc, "Winter Orchard", "writtenBy", "Irena Mazur");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xcrew8[] = {
    cmocka_unit_test_setup(original_title_language, kgb_test_rules_setup),
    cmocka_unit_test_setup(language_with_subtitles, kgb_test_rules_setup),
    cmocka_unit_test_setup(who_credits_this_work, kgb_test_rules_setup),
    cmocka_unit_test_setup(shared_credits, kgb_test_rules_setup),
    cmocka_unit_test_setup(possessive_film, kgb_test_rules_setup),
    cmocka_unit_test_setup(crew_word_opening, kgb_test_rules_setup),
    cmocka_unit_test_setup(release_years, kgb_test_rules_setup),
    cmocka_unit_test_setup(filming_dates, kgb_test_rules_setup),
    cmocka_unit_test_setup(streaming_services, kgb_test_rules_setup),
    cmocka_unit_test_setup(part_series, kgb_test_rules_setup),
    cmocka_unit_test_setup(cast_phrasings, kgb_test_rules_setup),
    cmocka_unit_test_setup(split_direction_and_ensembles, kgb_test_rules_setup),
    cmocka_unit_test_setup(original_title_subject, kgb_test_rules_setup),
    cmocka_unit_test_setup(possessive_kind_title, kgb_test_rules_setup),
    cmocka_unit_test_setup(cleft_it, kgb_test_rules_setup),
    cmocka_unit_test_setup(original_title_named_again, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xcrew8_count =
    sizeof kgb_tests_sentences_xcrew8 / sizeof kgb_tests_sentences_xcrew8[0];
