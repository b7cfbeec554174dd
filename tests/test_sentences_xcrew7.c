/* test_sentences_xcrew7.c: crew, company and value phrasings of encyclopedic
 * sentences and reviews (rules/production_crew.rules): the camera, the
 * cutting, the music and the producers named in more ways ("director of
 * photography X", "X's camerawork", "X cut the film", "the film's editor
 * was X"), companies that produce, release, acquire or commission a work,
 * channels named with a number ("France 2’s"), running times and budgets
 * written in other ways, and a language that is no nationality ("a Tamil
 * thriller"). Each test asserts the facts a sentence must give and those it
 * must not (negation, the wrong relation, plot words that look alike). */
#include "sentences.h"

#include "../extractor/extractor.h"

/* "director of photography X", "the DP was X", "lensed by X", "X's
 * camerawork", "X handled the cinematography" */
static void camera_credits(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Director of photography Einar "
      "Gunnarsson gives the film a cold, blue look.");
  YES(doc, "Night Harbor", "cinematographyBy", "Einar Gunnarsson");
  NO(doc, "Night Harbor", "directedBy", "Einar Gunnarsson");
  CLASS_IS(doc, "Einar Gunnarsson", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The director of photography was "
      "Aoife Brennan.");
  YES(doc, "Night Harbor", "cinematographyBy", "Aoife Brennan");
  NO(doc, "Night Harbor", "directedBy", "Aoife Brennan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Night Harbor’ was lensed by Wanjiru Kamau.");
  YES(doc, "Night Harbor", "cinematographyBy", "Wanjiru Kamau");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("In ‘Night Harbor’, Einar Gunnarsson's camerawork is "
                          "superb.");
  YES(doc, "Night Harbor", "cinematographyBy", "Einar Gunnarsson");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Dust Road’ is a Kenyan drama. Otieno Wafula's luminous, "
      "patient cinematography carries the film.");
  YES(doc, "Dust Road", "cinematographyBy", "Otieno Wafula");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Night Harbor’ is a drama. Aoife Brennan handled the "
                        "cinematography.");
  YES(doc, "Night Harbor", "cinematographyBy", "Aoife Brennan");
  kgb_doc_result_free(doc);

  /* negated: no credit */
  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Aoife Brennan did not handle the "
      "cinematography.");
  NO(doc, "Night Harbor", "cinematographyBy", "Aoife Brennan");
  kgb_doc_result_free(doc);

  /* the cinematographer's trade, when the text gives it */
  doc = kgb_test_sentence("‘Night Harbor’ is a drama. Aoife Brennan, an Irish "
                          "cinematographer, shot it in winter.");
  YES(doc, "Aoife Brennan", "occupation", "cinematographer");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Night Harbor’ is a drama. Wanjiru Kamau is a Kenyan "
                        "filmmaker.");
  YES(doc, "Wanjiru Kamau", "occupation", "filmmaker");
  NO(doc, "Wanjiru Kamau", "occupation", "Kenyan filmmaker");
  kgb_doc_result_free(doc);
}

/* "X cut the film", "the film's editor was X", "X's brisk editing" */
static void editing_credits(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Ondřej Novák cut the film.");
  YES(doc, "Night Harbor", "editedBy", "Ondřej Novák");
  CLASS_IS(doc, "Ondřej Novák", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The film's editor was Tomasz "
      "Wójcik.");
  YES(doc, "Night Harbor", "editedBy", "Tomasz Wójcik");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Tomasz Wójcik's brisk editing "
      "keeps it tense.");
  YES(doc, "Night Harbor", "editedBy", "Tomasz Wójcik");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Night Harbor’ is a drama. Priya Raman handled the "
                          "editing.");
  YES(doc, "Night Harbor", "editedBy", "Priya Raman");
  kgb_doc_result_free(doc);

  /* a rope is no work; a newspaper editor edits no film */
  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Tomás Ruiz cut the rope and "
      "fled.");
  NO(doc, "Night Harbor", "editedBy", "Tomás Ruiz");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Her editor at the newspaper, Ole "
      "Berg, rejects the story.");
  NO(doc, "Night Harbor", "editedBy", "Ole Berg");
  kgb_doc_result_free(doc);
}

/* "X's score for ‘Y’", "X provided the score", "the composer was X" */
static void music_credits(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Arjun Mehta's score for ‘Night Harbor’ is haunting.");
  YES(doc, "Night Harbor", "musicBy", "Arjun Mehta");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Night Harbor’ is a drama. Chidi Okeke provided the "
                          "score.");
  YES(doc, "Night Harbor", "musicBy", "Chidi Okeke");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Night Harbor’ is a drama. Its composer was Hildur "
                          "Jónsdóttir.");
  YES(doc, "Night Harbor", "musicBy", "Hildur Jónsdóttir");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The music was composed by Chidi "
      "Okeke.");
  YES(doc, "Night Harbor", "musicBy", "Chidi Okeke");
  kgb_doc_result_free(doc);

  /* a character's music teacher or music career is no score */
  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Mara's music teacher, Olek "
      "Zieliński, is strict. Chidi Okeke's music career stalls "
      "after the war.");
  NO(doc, "Night Harbor", "musicBy", "Mara");
  NO(doc, "Night Harbor", "musicBy", "Chidi Okeke");
  NO(doc, "Night Harbor", "musicBy", "Olek Zieliński");
  kgb_doc_result_free(doc);

  /* the elliptical credit list */
  doc = kgb_test_sentence(
      "‘Night Harbor’ is a 2019 Irish drama film. The "
      "cinematography is by Aoife Brennan, the editing by Tomasz "
      "Wójcik, and the score by Chidi Okeke.");
  YES(doc, "Night Harbor", "cinematographyBy", "Aoife Brennan");
  YES(doc, "Night Harbor", "editedBy", "Tomasz Wójcik");
  YES(doc, "Night Harbor", "musicBy", "Chidi Okeke");
  NO(doc, "Night Harbor", "musicBy", "Aoife Brennan");
  NO(doc, "Night Harbor", "editedBy", "Chidi Okeke");
  kgb_doc_result_free(doc);
}

/* "Producer X", "produced under the Z banner", "Z and W co-produced Y",
 * "production companies Z and W" */
static void producers(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Producer Carmen Ruiz spent six "
      "years developing the film.");
  YES(doc, "Night Harbor", "producedBy", "Carmen Ruiz");
  CLASS_IS(doc, "Carmen Ruiz", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ was produced under the Luna Films banner.");
  YES(doc, "Night Harbor", "producedBy", "Luna Films");
  CLASS_IS(doc, "Luna Films", "Organization");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("Luna Films and Kestrel Pictures co-produced ‘Night "
                          "Harbor’.");
  YES(doc, "Night Harbor", "producedBy", "Luna Films");
  YES(doc, "Night Harbor", "producedBy", "Kestrel Pictures");
  NO(doc, "Night Harbor", "distributedBy", "Luna Films");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The production companies were "
      "Luna Films and Kestrel Pictures.");
  YES(doc, "Night Harbor", "producedBy", "Luna Films");
  YES(doc, "Night Harbor", "producedBy", "Kestrel Pictures");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Luna Films produced the film.");
  YES(doc, "Night Harbor", "producedBy", "Luna Films");
  kgb_doc_result_free(doc);

  /* a record producer in the plot, a denial */
  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The record producer Selim Kaya "
      "signs her band. Luna Films did not produce the film.");
  NO(doc, "Night Harbor", "producedBy", "Selim Kaya");
  NO(doc, "Night Harbor", "producedBy", "Luna Films");
  kgb_doc_result_free(doc);
}

/* "Z released the film in cinemas", "Z acquired the North American
 * distribution rights", "Z handled distribution", "Netflix acquired it" */
static void distributors(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Kestrel Pictures released the film "
      "in cinemas on 3 May 2019.");
  YES(doc, "Night Harbor", "distributedBy", "Kestrel Pictures");
  NO(doc, "Night Harbor", "producedBy", "Kestrel Pictures");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Kestrel Pictures acquired the "
      "North American distribution rights to the film after its "
      "premiere.");
  YES(doc, "Night Harbor", "distributedBy", "Kestrel Pictures");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Kestrel Pictures handled distribution of ‘Night Harbor’.");
  YES(doc, "Night Harbor", "distributedBy", "Kestrel Pictures");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Netflix acquired the film.");
  YES(doc, "Night Harbor", "distributedBy", "Netflix");
  kgb_doc_result_free(doc);

  /* the rights to a novel are no distribution; a statement is no work */
  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Kestrel Pictures acquired the "
      "film rights to the novel ‘The Grey Tide’. Kestrel Pictures "
      "released a statement.");
  NO(doc, "Night Harbor", "distributedBy", "Kestrel Pictures");
  NO(doc, "The Grey Tide", "distributedBy", "Kestrel Pictures");
  kgb_doc_result_free(doc);
}

/* "Z commissioned the series", "shown on Z", "France 2’s drama ‘Y’" */
static void channels(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("Channel Nine commissioned the series ‘Night Harbor’.");
  YES(doc, "Night Harbor", "broadcastBy", "Channel Nine");
  NO(doc, "Night Harbor", "distributedBy", "Channel Nine");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Night Harbor’ is a drama. Netflix commissioned the "
                          "series.");
  YES(doc, "Night Harbor", "distributedBy", "Netflix");
  NO(doc, "Night Harbor", "broadcastBy", "Netflix");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. RTÉ One aired the series in "
      "2020.");
  YES(doc, "Night Harbor", "broadcastBy", "RTÉ One");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Night Harbor’ is a drama. It was shown on RTÉ Two.");
  YES(doc, "Night Harbor", "broadcastBy", "RTÉ Two");
  kgb_doc_result_free(doc);

  /* a channel named with its number, possessive too */
  doc = kgb_test_sentence(
      "France 2’s coastal drama ‘Les Jours de marée’ wrapped up its "
      "first season.");
  YES(doc, "Les Jours de marée", "broadcastBy", "France 2");
  NO(doc, "Les Jours de marée", "broadcastBy", "France");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Night Harbor’ premiered on Channel 4 in 2020.");
  YES(doc, "Night Harbor", "broadcastBy", "Channel 4");
  kgb_doc_result_free(doc);

  /* "Season 2" stays a season; a denial gives nothing */
  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Season 2 of the series premiered "
      "on RTÉ One. Channel Nine did not commission the series.");
  YES(doc, "Night Harbor", "broadcastBy", "RTÉ One");
  NO(doc, "Night Harbor", "broadcastBy", "Season 2");
  NO(doc, "Night Harbor", "broadcastBy", "Channel Nine");
  kgb_doc_result_free(doc);
}

/* "(104 min)", "is 98 minutes long", "the budget was estimated at",
 * "its original title is", "a Tamil thriller" */
static void values_titles_languages(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence("‘Night Harbor’ (104 min) is a drama.");
  YES(doc, "Night Harbor", "runtime", "104");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The film is 98 minutes long.");
  YES(doc, "Night Harbor", "runtime", "98");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The budget was estimated at $4 "
      "million.");
  YES(doc, "Night Harbor", "budget", "4000000");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. It was shot on a budget of ₹45 "
      "lakh and earned ₹120 crore at the box office.");
  YES(doc, "Night Harbor", "budget", "4500000 INR");
  YES(doc, "Night Harbor", "grossRevenue", "1200000000 INR");
  NO(doc, "Night Harbor", "budget", "1200000000 INR");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The budget was not disclosed.");
  NO(doc, "Night Harbor", "budget", "0");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Its original title is ‘Nattens "
      "hamn’.");
  YES(doc, "Night Harbor", "originalTitle", "Nattens hamn");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Night Harbor’ is a 2019 Tamil thriller.");
  YES(doc, "Night Harbor", "inLanguage", "Tamil");
  YES(doc, "Night Harbor", "genre", "thriller");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The Malayalam romance was shot "
      "in Kochi.");
  YES(doc, "Night Harbor", "inLanguage", "Malayalam");
  kgb_doc_result_free(doc);

  /* an industry or a nationality is no language */
  doc = kgb_test_sentence(
      "The Bollywood musical ‘Night Harbor’ stars Ama Owusu. ‘Cold "
      "Field’ is an Egyptian drama.");
  NO(doc, "Night Harbor", "inLanguage", "Bollywood");
  NO(doc, "Cold Field", "inLanguage", "Egyptian");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a 2019 Irish film. It is part mystery, part "
      "family drama.");
  YES(doc, "Night Harbor", "genre", "mystery");
  YES(doc, "Night Harbor", "genre", "family drama");
  kgb_doc_result_free(doc);

  /* a nationality may speak any language; a community is no film */
  doc = kgb_test_sentence(
      "‘Night Harbor’ is a Polish thriller. The Tamil community in "
      "Oslo is large.");
  NO(doc, "Night Harbor", "inLanguage", "Polish");
  NO(doc, "Night Harbor", "inLanguage", "Tamil");
  kgb_doc_result_free(doc);
}

/* "X created the series", "X co-created ‘Y’ with Z" */
static void creators(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Nuala Byrne created the series.");
  YES(doc, "Night Harbor", "createdBy", "Nuala Byrne");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "Seán Walsh co-created ‘Night Harbor’ with Nuala Byrne.");
  YES(doc, "Night Harbor", "createdBy", "Seán Walsh");
  YES(doc, "Night Harbor", "createdBy", "Nuala Byrne");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Nuala Byrne never created the "
      "series.");
  NO(doc, "Night Harbor", "createdBy", "Nuala Byrne");
  kgb_doc_result_free(doc);
}

/* "X's direction", "X's second feature as director", "X, who directed the
 * film", "X directs from his own screenplay", "X is the director of ‘Y’" */
static void directors_and_writers(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Night Harbor’ is a drama. It was Kwame "
                        "Mensah's second feature as director.");
  YES(doc, "Night Harbor", "directedBy", "Kwame Mensah");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Kwame Mensah, who directed the "
      "film, also wrote it.");
  YES(doc, "Night Harbor", "directedBy", "Kwame Mensah");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Kwame Mensah directs from his "
      "own screenplay.");
  YES(doc, "Night Harbor", "directedBy", "Kwame Mensah");
  YES(doc, "Night Harbor", "writtenBy", "Kwame Mensah");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Kwame Mensah directs from a "
      "script by Nuala Byrne.");
  YES(doc, "Night Harbor", "directedBy", "Kwame Mensah");
  YES(doc, "Night Harbor", "writtenBy", "Nuala Byrne");
  NO(doc, "Night Harbor", "writtenBy", "Kwame Mensah");
  NO(doc, "Night Harbor", "directedBy", "Nuala Byrne");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Night Harbor’ is a drama. Mensah's direction is "
                          "assured, and Nuala Byrne's screenplay is witty.");
  YES(doc, "Night Harbor", "directedBy", "Mensah");
  YES(doc, "Night Harbor", "writtenBy", "Nuala Byrne");
  NO(doc, "Night Harbor", "directedBy", "Nuala Byrne");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Screenwriter Nuala Byrne based "
      "the story on her childhood.");
  YES(doc, "Night Harbor", "writtenBy", "Nuala Byrne");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. It was written for the screen by "
      "Nuala Byrne.");
  YES(doc, "Night Harbor", "writtenBy", "Nuala Byrne");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Nuala Byrne adapted the novel "
      "for the screen.");
  YES(doc, "Night Harbor", "writtenBy", "Nuala Byrne");
  kgb_doc_result_free(doc);

  /* the director of another work, of a museum */
  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Ana Ruiz is the director of "
      "‘Cold Field’. Mara Lind is the director of a small "
      "museum.");
  YES(doc, "Cold Field", "directedBy", "Ana Ruiz");
  NO(doc, "Night Harbor", "directedBy", "Ana Ruiz");
  NO(doc, "Night Harbor", "directedBy", "Mara Lind");
  kgb_doc_result_free(doc);

  /* declining is no directing */
  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Kwame Mensah declined to direct "
      "the film.");
  NO(doc, "Night Harbor", "directedBy", "Kwame Mensah");
  kgb_doc_result_free(doc);
}

/* "an adaptation of X's novel ‘Y’", "adapts the 2011 novel ‘Y’ by X"; an
 * author is no source */
static void sources(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Night Harbor’ is a drama. The film adapts "
                        "the 2011 novel ‘Cold Water’ by Bolesław "
                        "Nowak.");
  YES(doc, "Night Harbor", "basedOn", "Cold Water");
  YES(doc, "Cold Water", "writtenBy", "Bolesław Nowak");
  NO(doc, "Night Harbor", "writtenBy", "Bolesław Nowak");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The film is an adaptation of "
      "Bolesław Nowak's novel ‘Cold Water’.");
  YES(doc, "Night Harbor", "basedOn", "Cold Water");
  YES(doc, "Cold Water", "writtenBy", "Bolesław Nowak");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The film is based on a short "
      "story by Bolesław Nowak.");
  NO(doc, "Night Harbor", "basedOn", "Bolesław Nowak");
  kgb_doc_result_free(doc);
}

/* "A and B served as producers", "X is the film's producer", "Z is the
 * production company behind the film", "X is the creator of the series",
 * "X developed the series for television" */
static void crew_in_copulas(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Night Harbor’ is a drama. Carmen Ruiz and "
                        "Diego Salas served as producers.");
  YES(doc, "Night Harbor", "producedBy", "Carmen Ruiz");
  YES(doc, "Night Harbor", "producedBy", "Diego Salas");
  kgb_doc_result_free(doc);

  /* "music by A, and B served as …": A composed, B shot */
  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Music for the film was by Jan "
      "Wróbel, and Petra Nováková served as director of "
      "photography.");
  YES(doc, "Night Harbor", "musicBy", "Jan Wróbel");
  YES(doc, "Night Harbor", "cinematographyBy", "Petra Nováková");
  NO(doc, "Night Harbor", "cinematographyBy", "Jan Wróbel");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Night Harbor’ is a drama. Carmen Ruiz is the film's "
                        "producer. Chidi Okeke was its composer.");
  YES(doc, "Night Harbor", "producedBy", "Carmen Ruiz");
  YES(doc, "Night Harbor", "musicBy", "Chidi Okeke");
  NO(doc, "Night Harbor", "producedBy", "Chidi Okeke");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Luna Films is the production "
      "company behind the film.");
  YES(doc, "Night Harbor", "producedBy", "Luna Films");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Nuala Byrne is the creator of "
      "the series.");
  YES(doc, "Night Harbor", "createdBy", "Nuala Byrne");
  NO(doc, "the creator of the series", "type", "Work");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Nuala Byrne developed the series "
      "for television.");
  YES(doc, "Night Harbor", "createdBy", "Nuala Byrne");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The show ran on KBS2 for two "
      "seasons. The series is a Netflix original.");
  YES(doc, "Night Harbor", "broadcastBy", "KBS2");
  YES(doc, "Night Harbor", "distributedBy", "Netflix");
  NO(doc, "Night Harbor", "broadcastBy", "Netflix");
  kgb_doc_result_free(doc);
}

/* currencies: a code before the amount ("ISK 300 million", "KSh 50
 * million"), after it ("40 million Kč"), letters on the sign ("US$",
 * "A$", "R$") */
static void currencies(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Night Harbor’ is a drama. It was produced "
                        "on a budget of US$2.5 million.");
  YES(doc, "Night Harbor", "budget", "2500000");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Night Harbor’ is a drama. It grossed A$12 million in "
                        "Australia.");
  YES(doc, "Night Harbor", "grossRevenue", "12000000 AUD");
  NO(doc, "Night Harbor", "grossRevenue", "12000000");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. It earned KSh 50 million at the "
      "Kenyan box office.");
  YES(doc, "Night Harbor", "grossRevenue", "50000000 KES");
  CLASS_IS(doc, "KSh", NULL);
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Night Harbor’ is a drama. Its budget was ISK 300 "
                          "million.");
  YES(doc, "Night Harbor", "budget", "300000000 ISK");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The film cost 40 million Kč.");
  YES(doc, "Night Harbor", "budget", "40000000 CZK");
  kgb_doc_result_free(doc);

  /* "a $5 million budget": the article is no currency */
  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. It was made on a $5 million "
      "budget.");
  NO(doc, "Night Harbor", "budget", "5000000 AUD");
  kgb_doc_result_free(doc);
}

/* crew named in appositions, "X and Y co-directed the film", "composed
 * the film's score" (not "wrote the film" then), and a real person in a
 * bio line ("X (born 1981) is a Kenyan cinematographer") */
static void crew_appositions(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Night Harbor’ is a drama. The "
                        "cinematographer, Aoife Brennan, shot on film. "
                        "Its editor, Tomasz Wójcik, cut it down.");
  YES(doc, "Night Harbor", "cinematographyBy", "Aoife Brennan");
  YES(doc, "Night Harbor", "editedBy", "Tomasz Wójcik");
  NO(doc, "Night Harbor", "editedBy", "Aoife Brennan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Night Harbor’ is a drama. Chidi Okeke, the film's "
                          "composer, used only strings.");
  YES(doc, "Night Harbor", "musicBy", "Chidi Okeke");
  CLASS_IS(doc, "Chidi Okeke", "Person");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Arjun Mehta wrote the film's "
      "music.");
  YES(doc, "Night Harbor", "musicBy", "Arjun Mehta");
  NO(doc, "Night Harbor", "writtenBy", "Arjun Mehta");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Night Harbor’ is a drama. Kwame Mensah and Ama Owusu "
                        "co-directed the film.");
  YES(doc, "Night Harbor", "directedBy", "Kwame Mensah");
  YES(doc, "Night Harbor", "directedBy", "Ama Owusu");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Wanjiru Kamau (born 1981) is a "
      "Kenyan cinematographer.");
  YES(doc, "Wanjiru Kamau", "occupation", "cinematographer");
  CLASS_IS(doc, "Wanjiru Kamau", "Person");
  NO(doc, "Night Harbor", "hasCharacter", "Wanjiru Kamau");
  kgb_doc_result_free(doc);

  /* a record producer in the plot produces no work */
  doc = kgb_test_sentence("‘Night Harbor’ is a drama. Selim, the smug record "
                          "producer, signs her band.");
  NO(doc, "Night Harbor", "producedBy", "Selim");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The film was scored by Chidi "
      "Okeke, with Diego Salas serving as executive producer.");
  YES(doc, "Night Harbor", "musicBy", "Chidi Okeke");
  YES(doc, "Night Harbor", "producedBy", "Diego Salas");
  NO(doc, "Night Harbor", "producedBy", "Chidi Okeke");
  kgb_doc_result_free(doc);
}

/* releases: "released in Poland on 3 May 2019 by X", "through X", "X gave
 * the film a limited release", "X released it in Poland"; channels: "and
 * later on Y", "picked up by Y" */
static void releases_and_channels(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Night Harbor’ is a drama. It was released "
                        "in Poland on 3 May 2019 by Kino Vistula.");
  YES(doc, "Night Harbor", "distributedBy", "Kino Vistula");
  YES(doc, "Night Harbor", "releaseDate", "2019-05-03");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The film received a theatrical "
      "release in the UK through Curzon Films.");
  YES(doc, "Night Harbor", "distributedBy", "Curzon Films");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Kestrel Pictures gave the film a "
      "limited release.");
  YES(doc, "Night Harbor", "distributedBy", "Kestrel Pictures");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Kino Vistula released it in "
      "Poland.");
  YES(doc, "Night Harbor", "distributedBy", "Kino Vistula");
  CLASS_IS(doc, "Kino Vistula", "Organization");
  kgb_doc_result_free(doc);

  /* a director releasing a first film names no distributor */
  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Kwame Mensah released his first "
      "short in 2012.");
  NO(doc, "Night Harbor", "distributedBy", "Kwame Mensah");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The series was broadcast on NRK1 "
      "and later on SVT1.");
  YES(doc, "Night Harbor", "broadcastBy", "NRK1");
  YES(doc, "Night Harbor", "broadcastBy", "SVT1");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The series was picked up by RTÉ "
      "One.");
  YES(doc, "Night Harbor", "broadcastBy", "RTÉ One");
  NO(doc, "Night Harbor", "distributedBy", "RTÉ One");
  kgb_doc_result_free(doc);
}

/* review phrasings: "Shot in widescreen by X,", "The editing, by X,", "a
 * score from X", "X wrote, directed and edited the film", "the latest film
 * from X", "Kamau's latest, ‘Y’", "a Netflix film", "an HBO series" */
static void review_credits(void **state) {
  (void)state;
  KgbDocResult *doc =
      kgb_test_sentence("‘Night Harbor’ is a drama. Shot in lustrous "
                        "widescreen by Aoife Brennan, the film looks "
                        "gorgeous.");
  YES(doc, "Night Harbor", "cinematographyBy", "Aoife Brennan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. The editing, by Tomasz Wójcik, is "
      "brisk, and the cinematography, by Aoife Brennan, is "
      "gorgeous.");
  YES(doc, "Night Harbor", "editedBy", "Tomasz Wójcik");
  YES(doc, "Night Harbor", "cinematographyBy", "Aoife Brennan");
  NO(doc, "Night Harbor", "editedBy", "Aoife Brennan");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Moonlit Ghat’ is a drama. Rupam Sen's score and Ananya "
      "Bose's direction are superb. Sen's spare piano score "
      "lingers.");
  YES(doc, "Moonlit Ghat", "musicBy", "Rupam Sen");
  YES(doc, "Moonlit Ghat", "directedBy", "Ananya Bose");
  NO(doc, "Moonlit Ghat", "musicBy", "Ananya Bose");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama with a score from Chidi Okeke.");
  YES(doc, "Night Harbor", "musicBy", "Chidi Okeke");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is a drama. Kamau wrote, directed and edited "
      "the film.");
  YES(doc, "Night Harbor", "writtenBy", "Kamau");
  YES(doc, "Night Harbor", "directedBy", "Kamau");
  YES(doc, "Night Harbor", "editedBy", "Kamau");
  NO(doc, "Night Harbor", "producedBy", "Kamau");
  kgb_doc_result_free(doc);

  /* one verb alone: "shot the film" is no camera credit */
  doc = kgb_test_sentence("‘Night Harbor’ is a drama. Kamau shot the film in "
                          "Mombasa.");
  NO(doc, "Night Harbor", "cinematographyBy", "Kamau");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Harbor’ is the latest film from Wanjiru Kamau.");
  YES(doc, "Night Harbor", "directedBy", "Wanjiru Kamau");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Night Harbor’ is a drama. It is the latest film from "
                        "Netflix.");
  NO(doc, "Night Harbor", "directedBy", "Netflix");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Cold Field’ is a drama. Kamau's latest, ‘Night Harbor’, "
      "is a thriller.");
  YES(doc, "Night Harbor", "directedBy", "Kamau");
  NO(doc, "Cold Field", "directedBy", "Kamau");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Night Harbor’ is a Netflix film.");
  YES(doc, "Night Harbor", "distributedBy", "Netflix");
  NO(doc, "Night Harbor", "broadcastBy", "Netflix");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence("‘Night Harbor’ is a drama. It is an HBO series.");
  YES(doc, "Night Harbor", "broadcastBy", "HBO");
  kgb_doc_result_free(doc);

  doc =
      kgb_test_sentence("‘Night Harbor’ is in cinemas from Friday via Kestrel "
                        "Pictures.");
  YES(doc, "Night Harbor", "distributedBy", "Kestrel Pictures");
  kgb_doc_result_free(doc);
}

/* original titles in sentence case after a naming word or before a
 * bracketed title: "‘Nocny pociąg’ (‘Night Train’)", "its original title,
 * ‘…’,", "originally titled ‘…’", "known in its native Iceland as ‘…’",
 * "The Czech title is ‘…’"; a working title is none */
static void original_titles(void **state) {
  (void)state;
  KgbDocResult *doc = kgb_test_sentence(
      "‘Nocny pociąg’ (‘Night Train’) is a 2019 Polish film.");
  YES(doc, "Nocny pociąg", "originalTitle", "Nocny pociąg");
  NO(doc, "Nocny pociąg", "originalTitle", "Night Train");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Train’ is a drama. The film's original title, ‘Nocny "
      "pociąg’, means night train.");
  YES(doc, "Night Train", "originalTitle", "Nocny pociąg");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Train’ is a drama. It was originally titled ‘Nocny "
      "pociąg’.");
  YES(doc, "Night Train", "originalTitle", "Nocny pociąg");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Train’ is a drama. It is known in its native Iceland "
      "as ‘Næturlestin’.");
  YES(doc, "Night Train", "originalTitle", "Næturlestin");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Train’ is a drama. In Czech, the film is called "
      "‘Noční vlak’.");
  YES(doc, "Night Train", "originalTitle", "Noční vlak");
  kgb_doc_result_free(doc);

  doc = kgb_test_sentence(
      "‘Night Train’ is a drama. Its working title was ‘Noční "
      "vlak’.");
  NO(doc, "Night Train", "originalTitle", "Noční vlak");
  kgb_doc_result_free(doc);
}

const struct CMUnitTest kgb_tests_sentences_xcrew7[] = {
    cmocka_unit_test_setup(camera_credits, kgb_test_rules_setup),
    cmocka_unit_test_setup(editing_credits, kgb_test_rules_setup),
    cmocka_unit_test_setup(music_credits, kgb_test_rules_setup),
    cmocka_unit_test_setup(producers, kgb_test_rules_setup),
    cmocka_unit_test_setup(distributors, kgb_test_rules_setup),
    cmocka_unit_test_setup(channels, kgb_test_rules_setup),
    cmocka_unit_test_setup(values_titles_languages, kgb_test_rules_setup),
    cmocka_unit_test_setup(creators, kgb_test_rules_setup),
    cmocka_unit_test_setup(directors_and_writers, kgb_test_rules_setup),
    cmocka_unit_test_setup(sources, kgb_test_rules_setup),
    cmocka_unit_test_setup(crew_in_copulas, kgb_test_rules_setup),
    cmocka_unit_test_setup(currencies, kgb_test_rules_setup),
    cmocka_unit_test_setup(crew_appositions, kgb_test_rules_setup),
    cmocka_unit_test_setup(releases_and_channels, kgb_test_rules_setup),
    cmocka_unit_test_setup(review_credits, kgb_test_rules_setup),
    cmocka_unit_test_setup(original_titles, kgb_test_rules_setup),
};
const size_t kgb_tests_sentences_xcrew7_count =
    sizeof kgb_tests_sentences_xcrew7 / sizeof kgb_tests_sentences_xcrew7[0];
