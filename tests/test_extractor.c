/* test_extractor.c: the extractor through its public header, on sentences
 * written for these tests (none is taken from an article), and the rule
 * language through rule files loaded at run time. */
#include "kgb_test.h"

#include "../extractor/extractor.h"

#include <stdlib.h>
#include <string.h>

static int setup(void **state) {
  return kgb_test_rules_setup(state);
}

static KgbDocResult *extract_with(const KgbRules *r, const char *text) {
  return kgb_test_extract(r, "test.txt", text);
}

static KgbDocResult *extract(const char *text) {
  return extract_with(kgb_test_rules(), text);
}

#define EXPECT(doc, s, p, o)                                                   \
  kgb_test_check_fact(doc, s, p, o, 0, __FILE__, __LINE__)
#define EXPECT_NOT(doc, s, p, o)                                               \
  kgb_test_check_fact(doc, s, p, o, KGB_TEST_ABSENT, __FILE__, __LINE__)
#define expect_class(doc, label, cls)                                          \
  kgb_test_check_class(doc, label, cls, __FILE__, __LINE__)

/* ---- encyclopedic and review sentences ----------------------------------- */

static void extractor_film_facts(void **state) {
  (void)state;
  KgbDocResult *doc =
      extract("Directed by Selin Kaya, ‘Glass Rivers’ (originally titled "
              "‘Cam Nehirler’) is a romantic comedy film. It stars Tom Reyes, "
              "Ece Demir, and Kerem Aydın. It was released on Netflix on "
              "March 3, 2021.");
  expect_class(doc, "Glass Rivers", "Film");
  expect_class(doc, "Selin Kaya", "Person");
  EXPECT(doc, "Glass Rivers", "directedBy", "Selin Kaya");
  EXPECT(doc, "Glass Rivers", "originalTitle", "Cam Nehirler");
  EXPECT(doc, "Glass Rivers", "genre", "romantic comedy");
  EXPECT(doc, "Glass Rivers", "starring", "Tom Reyes");
  EXPECT(doc, "Glass Rivers", "starring", "Ece Demir");
  EXPECT(doc, "Glass Rivers", "starring", "Kerem Aydın");
  EXPECT(doc, "Glass Rivers", "distributedBy", "Netflix");
  EXPECT(doc, "Glass Rivers", "releaseDate", "2021-03-03");
  /* the original title is a value and an alternative label of the work,
   * not a second work */
  const KgbEntity *original = kgb_test_entity(doc, "Cam Nehirler", NULL);
  assert_non_null(original);
  assert_string_equal(original->label, "Glass Rivers");
  kgb_doc_result_free(doc);
}

/* A sentence of more tokens than the trigger index's per-sentence word set
 * holds (it then searches the words one by one): the same facts. */
static void extractor_long_sentence(void **state) {
  (void)state;
  static const char *const adj[] = {"long", "quiet", "cold", "grey", "slow",
                                    "late", "pale",  "dim",  "calm", "damp"};
  KgbBuf text = {0};
  assert_int_equal(kgb_buf_puts(&text, "Directed by Selin Kaya, ‘Glass "
                                       "Rivers’ is a romantic comedy film "
                                       "that opened on a "),
                   KGB_OK);
  for (size_t i = 0; i < 140; i++) { /* 280 tokens */
    assert_int_equal(kgb_buf_printf(&text, "%s%s", i ? ", " : "", adj[i % 10]),
                     KGB_OK);
  }
  assert_int_equal(kgb_buf_puts(&text, " morning. It stars Tom Reyes."),
                   KGB_OK);
  KgbDocResult *doc = extract(text.data);
  EXPECT(doc, "Glass Rivers", "directedBy", "Selin Kaya");
  EXPECT(doc, "Glass Rivers", "genre", "romantic comedy");
  EXPECT(doc, "Glass Rivers", "starring", "Tom Reyes");
  kgb_doc_result_free(doc);
  kgb_buf_free(&text);
}

static void extractor_unquoted_title_and_crew(void **state) {
  (void)state;
  KgbDocResult *doc = extract(
      "Night Harbor is a 2019 Portuguese-language drama film directed by "
      "Lena Ortiz. The music was composed by Can Aksoy.");
  expect_class(doc, "Night Harbor", "Film");
  EXPECT(doc, "Night Harbor", "directedBy", "Lena Ortiz");
  EXPECT(doc, "Night Harbor", "inLanguage", "Portuguese");
  EXPECT(doc, "Night Harbor", "musicBy", "Can Aksoy");
  kgb_doc_result_free(doc);
}

/* ---- filming-location pieces --------------------------------------------- */

static void extractor_filming_locations(void **state) {
  (void)state;
  KgbDocResult *doc =
      extract("‘Salt Roads’ is a thriller film.\n\n"
              "‘Salt Roads’ was shot entirely in Portugal, mainly in Lisbon. "
              "Principal photography commenced in June 2023 and wrapped up in "
              "September.\n\nLisbon, Portugal\n\nThe crew spent weeks there.");
  EXPECT(doc, "Salt Roads", "filmedIn", "Portugal");
  EXPECT(doc, "Salt Roads", "filmedIn", "Lisbon");
  EXPECT(doc, "Salt Roads", "filmingStart", "2023-06");
  EXPECT(doc, "Salt Roads", "filmingEnd", "2023-09");
  expect_class(doc, "Lisbon", "City");
  expect_class(doc, "Portugal", "Country");
  EXPECT(doc, "Lisbon", "locatedIn", "Portugal");
  kgb_doc_result_free(doc);
}

static void extractor_gazetteer(void **state) {
  (void)state;
  /* the text never says where Izmir is: libgeonames does (for a place the
   * work was filmed or set in) */
  KgbDocResult *doc =
      extract("‘Far Shore’ follows Aylin. Aylin later moves to Izmir, far "
              "from her family in Turkey. The film was shot in Izmir.");
  expect_class(doc, "Aylin", "Character");
  EXPECT(doc, "Aylin", "movedTo", "Izmir");
  EXPECT(doc, "Izmir", "locatedIn", "Turkey");
  /* the country's ISO name is another label */
  const KgbEntity *tr = kgb_test_entity(doc, "Turkey", NULL);
  assert_non_null(tr);
  assert_non_null(kgb_test_entity(doc, "Türkiye", NULL));
  kgb_doc_result_free(doc);
}

/* ---- plot explainers ----------------------------------------------------- */

static void extractor_plot_relations(void **state) {
  (void)state;
  KgbDocResult *doc = extract(
      "‘Late Bloom’ is a romantic drama film that follows Kerem. "
      "Kerem starts dating Ayla after a party. Later, Ayla breaks up with "
      "Kerem. Ayla then moves to Germany. Kerem tells his boss, Mr. Orhan, "
      "that he needs a break.");
  EXPECT(doc, "Kerem", "dated", "Ayla");
  EXPECT(doc, "Ayla", "brokeUpWith", "Kerem");
  EXPECT(doc, "Ayla", "movedTo", "Germany");
  EXPECT(doc, "Orhan", "bossOf", "Kerem");
  EXPECT(doc, "Late Bloom", "hasCharacter", "Kerem");
  EXPECT(doc, "Late Bloom", "hasCharacter", "Ayla");
  expect_class(doc, "Ayla", "Character");
  kgb_doc_result_free(doc);
}

static void extractor_negation(void **state) {
  (void)state;
  KgbDocResult *doc = extract("The series follows Mina and Emre. Mina is "
                              "dating Emre. Emre did not move to Spain.");
  EXPECT(doc, "Mina", "dated", "Emre");
  EXPECT_NOT(doc, "Emre", "movedTo", "Spain");
  kgb_doc_result_free(doc);
}

static void extractor_cast_forms(void **state) {
  (void)state;
  KgbDocResult *doc = extract("‘Cold Water’ is a crime series. Mina (Ece "
                              "Demir) is a detective. Tom Reyes plays Kaan.");
  EXPECT(doc, "Mina", "playedBy", "Ece Demir");
  EXPECT(doc, "Kaan", "playedBy", "Tom Reyes");
  EXPECT(doc, "Cold Water", "starring", "Ece Demir");
  expect_class(doc, "Cold Water", "TVSeries");
  expect_class(doc, "Mina", "Character");
  expect_class(doc, "Ece Demir", "Person");
  kgb_doc_result_free(doc);
}

/* ---- tokens, sentences, resolution, evidence ----------------------------- */

static void extractor_sentences_and_abbreviations(void **state) {
  (void)state;
  KgbDocResult *doc = extract("Ms. Ceyda Arslan lives in Ankara. Dr. Tom "
                              "Reyes met her in the U.S. last year. Then "
                              "what?\n\nA Heading\n\nOne more line.");
  assert_int_equal(kgb_doc_result_sentence_count(doc), 5);
  /* the honorific is not part of the name */
  EXPECT(doc, "Ceyda Arslan", "livesIn", "Ankara");
  kgb_doc_result_free(doc);
}

static void extractor_resolution(void **state) {
  (void)state;
  KgbDocResult *doc = extract(
      "‘Two Shores’ is a drama film starring Burak Deniz and Dilan Çiçek "
      "Deniz. Deniz was praised. The film follows Lale Bulut. Later, Lale "
      "moves to Berlin.");
  /* two actors share a surname: no merge, and the bare surname stays out */
  const KgbEntity *a = kgb_test_entity(doc, "Burak Deniz", NULL);
  const KgbEntity *b = kgb_test_entity(doc, "Dilan Çiçek Deniz", NULL);
  assert_non_null(a);
  assert_non_null(b);
  assert_ptr_not_equal(a, b);
  /* a first name after the full name is the same character */
  EXPECT(doc, "Lale Bulut", "movedTo", "Berlin");
  kgb_doc_result_free(doc);
}

static void extractor_evidence(void **state) {
  (void)state;
  const char *text = "Çok güzel. ‘Dry Wells’ is a film directed by Lena Ortiz.";
  KgbDocResult *doc = extract(text);
  const KgbFact *f =
      kgb_test_fact(doc, "Dry Wells", "directedBy", "Lena Ortiz");
  assert_non_null(f);
  assert_int_equal(f->evidence.sentence, 1);
  assert_non_null(strstr(f->evidence.rule, "relations.rules:"));
  assert_true(f->evidence.confidence > 0.0 && f->evidence.confidence <= 1.0);
  /* offsets count code points: "Çok güzel. " is 11 of them */
  assert_true(f->evidence.start >= 11);
  assert_true(f->evidence.end > f->evidence.start);
  assert_true(f->evidence.end <= kgb_utf8_count(text, strlen(text)));
  assert_string_equal(kgb_doc_result_id(doc), "test.txt");
  kgb_doc_result_free(doc);
}

static void extractor_empty_and_odd_text(void **state) {
  (void)state;
  static const char *const texts[] = {
      "",
      "   \n\n  ",
      "‘",
      "“unterminated title",
      "(((((",
      "’s’s’s",
      "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
      "1,000,000.5 2,3 U.S.A. e.g. -- ... …"};
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    KgbDocResult *doc = extract(texts[i]);
    assert_int_equal(kgb_doc_result_fact_count(doc), 0);
    kgb_doc_result_free(doc);
  }
}

/* A heading whose name run holds a "." ("St. Nicholas") is read word by word
 * against the body's names; the "." is no word and no error (it once made
 * the whole document fail with "out of memory"). */
static void extractor_heading_with_abbreviation(void **state) {
  (void)state;
  KgbDocResult *doc = extract("St. Nicholas and the Harbour\n\n"
                              "The crew of Winter Bells filmed at St Nicholas "
                              "Cathedral in Liepaja in March 2021.\n");
  EXPECT(doc, "Winter Bells", "filmedIn", "St Nicholas Cathedral");
  kgb_doc_result_free(doc);
  doc = extract("St. Nicholas St Nicholas\n");
  kgb_doc_result_free(doc);
}

/* ---- rule files ---------------------------------------------------------- */

static char *rules_dir_with(const char *name, const char *content) {
  char *dir = kgb_test_tmpdir();
  KgbBuf p = {0};
  assert_int_equal(kgb_buf_printf(&p, "%s/%s", dir, name), KGB_OK);
  kgb_test_write(p.data, content, strlen(content));
  kgb_buf_free(&p);
  return dir;
}

static void expect_rule_error(const char *content, const char *where,
                              const char *what) {
  char *dir = rules_dir_with("bad.rules", content);
  KgbRules *r = NULL;
  char *err = NULL;
  assert_int_equal(kgb_rules_new_default(&r, NULL), KGB_OK);
  assert_int_equal(kgb_rules_load_dir(r, dir, &err), KGB_ERR_PARSE);
  assert_non_null(err);
  if (!strstr(err, where) || !strstr(err, what)) {
    fail_msg("expected '%s' and '%s' in: %s", where, what, err);
  }
  free(err);
  /* the rule set is unchanged and still works */
  KgbDocResult *doc = extract_with(r, "Night Harbor is a film directed by "
                                      "Lena Ortiz.");
  EXPECT(doc, "Night Harbor", "directedBy", "Lena Ortiz");
  kgb_doc_result_free(doc);
  kgb_rules_free(r);
  kgb_test_rmdir(dir);
}

static void extractor_rule_errors(void **state) {
  (void)state;
  expect_rule_error("# x\n[r]\nmatch = \"adores\" o:<Persn>\nemit = WORK "
                    "starring o\n",
                    "bad.rules:3:", "unknown class");
  expect_rule_error("[r]\nmatch = s:<Name> (\"adores\" o:<Name>\n",
                    "bad.rules:2:", "expected )");
  expect_rule_error("[r]\nmatch = s:<Name> \"adores\" o:<Name>\nemit = s "
                    "adores o\n",
                    "bad.rules:3:", "unknown relation");
  expect_rule_error("[r]\nmatch = s:<Name> \"adores\" o:<Name>\nemit = s "
                    "friendOf x\n",
                    "bad.rules:3:", "unknown capture");
  expect_rule_error("[r]\nmatch = s:<Name> \"born\" \"in\" d:[year]\nemit = s "
                    "birthDate d\n",
                    "bad.rules:3:", "date(capture)");
  expect_rule_error("[r]\nmatch = _{2,99}\nemit = WORK genre \"x\"\n",
                    "bad.rules:2:", "{m,n}");
  expect_rule_error("[r]\nconfidence = 2\n", "bad.rules:2:", "confidence");
  expect_rule_error("stage = entity\n", "bad.rules:1:", "before any [rule]");
  expect_rule_error("[r]\nmatch = $NOPE\n", "bad.rules:2:", "unknown macro");
  expect_rule_error("[r]\nmatch = \"x\"\n", "bad.rules:1:", "no 'emit ='");
  expect_rule_error("[r]\nmatch = s:<Name> @no_such_list\ntype = s Person\n",
                    "bad.rules:2:", "unknown list");
}

/* A new domain without recompiling: a rule file and a word list. */
static void extractor_rules_are_data(void **state) {
  (void)state;
  char *dir = rules_dir_with(
      "friends.rules",
      "define PAIR = <Name|Character> \"and\" <Name|Character>\n"
      "[adores]\nconfidence = 0.7\n"
      "match = s:<Name|Character> (~adore|~cherish) o:<Name|Character>\n"
      "emit = s friendOf o\n"
      "[pals]\nmatch = p:($PAIR) \"are\" @pal_word\nemit = p colleagueOf p\n"
      /* a token test set of any length */
      "[praises]\nmatch = s:<Name|Character> [lower, !lower=adored, "
      "!lower=cherished, !lower=are, !lower=and, !lower=hates, "
      "!lower=loathes, !lower=fears, !lower=avoids, !lower=resents, "
      "!lower=mocks] o:<Name|Character>\nemit = s worksFor o\n");
  KgbBuf p = {0};
  assert_int_equal(kgb_buf_printf(&p, "%s/pals.tsv", dir), KGB_OK);
  kgb_test_write(p.data, "pal_word\tcoworkers\n", 18);
  kgb_buf_free(&p);
  KgbRules *r = NULL;
  char *err = NULL;
  assert_int_equal(kgb_rules_new_default(&r, NULL), KGB_OK);
  if (kgb_rules_load_dir(r, dir, &err) != KGB_OK) {
    fail_msg("%s", err);
  }
  KgbDocResult *doc =
      extract_with(r, "The story follows Rana. Rana adored Omar, but Omar "
                      "never cherished Rana. Rana and Selim are coworkers. "
                      "Lale praises Deniz. Lale resents Kerem.");
  EXPECT(doc, "Rana", "friendOf", "Omar");
  EXPECT_NOT(doc, "Omar", "friendOf", "Rana"); /* negated */
  EXPECT(doc, "Rana", "colleagueOf", "Selim");
  EXPECT(doc, "Lale", "worksFor", "Deniz");
  EXPECT_NOT(doc, "Lale", "worksFor", "Kerem");
  EXPECT_NOT(doc, "Rana", "worksFor", "Omar");
  const KgbFact *f = kgb_test_fact(doc, "Rana", "friendOf", "Omar");
  assert_string_equal(f->evidence.rule, "friends.rules:adores");
  assert_true(f->evidence.confidence > 0.69 && f->evidence.confidence < 0.71);
  kgb_doc_result_free(doc);
  kgb_rules_free(r);
  kgb_test_rmdir(dir);
}

static void extractor_vocabulary(void **state) {
  (void)state;
  const KgbVocab *v = kgb_rules_vocab(kgb_test_rules());
  const KgbVocabTerm *t = kgb_vocab_find(v, "dated");
  assert_non_null(t);
  assert_true(t->symmetric);
  assert_false(t->is_class);
  t = kgb_vocab_find(v, "locatedIn");
  assert_true(t->transitive);
  t = kgb_vocab_find(v, "City");
  assert_true(t->is_class);
  assert_string_equal(t->superclass, "Place");
  assert_int_equal(kgb_vocab_find(v, "releaseDate")->range_kind,
                   KGB_RANGE_DATE);
  assert_null(kgb_vocab_find(v, "adores"));
  assert_true(kgb_vocab_count(kgb_vocab_default()) >= 50);
}

/* The sample articles yield the facts the Foundation issue asks for. */
static void extractor_samples_minimum(void **state) {
  (void)state;
  static const char *const paths[] = {"samples/000_ae456bb6fe98eb93.txt",
                                      "samples/004_71a4062dbff8071c.txt"};
  KgbDocResult *docs[2];
  for (size_t i = 0; i < 2; i++) {
    size_t len = 0;
    char *text = kgb_test_slurp(paths[i], &len);
    assert_non_null(text);
    KgbExtractor *ex = NULL;
    assert_int_equal(kgb_extractor_new(kgb_test_rules(), &ex), KGB_OK);
    assert_int_equal(kgb_extractor_run(ex, paths[i], text, len, &docs[i]),
                     KGB_OK);
    kgb_extractor_free(ex);
    free(text);
  }
  expect_class(docs[0], "Don’t Leave", "Film");
  EXPECT(docs[0], "Don’t Leave", "originalTitle", "Kal");
  EXPECT(docs[0], "Don’t Leave", "directedBy", "Ozan Açiktan");
  EXPECT(docs[0], "Don’t Leave", "starring", "Burak Deniz");
  EXPECT(docs[0], "Don’t Leave", "starring", "Sükran Ovali");
  EXPECT(docs[0], "Don’t Leave", "filmedIn", "Adana");
  EXPECT(docs[0], "Don’t Leave", "filmedIn", "Turkey");
  EXPECT(docs[0], "Adana", "locatedIn", "Turkey");
  EXPECT(docs[1], "Semih", "dated", "Defne");
  EXPECT(docs[1], "Defne", "movedTo", "Germany");
  for (size_t i = 0; i < 2; i++) {
    kgb_doc_result_free(docs[i]);
  }
}

const struct CMUnitTest kgb_tests_extractor[] = {
    cmocka_unit_test_setup(extractor_vocabulary, setup),
    cmocka_unit_test_setup(extractor_film_facts, setup),
    cmocka_unit_test_setup(extractor_long_sentence, setup),
    cmocka_unit_test_setup(extractor_unquoted_title_and_crew, setup),
    cmocka_unit_test_setup(extractor_filming_locations, setup),
    cmocka_unit_test_setup(extractor_gazetteer, setup),
    cmocka_unit_test_setup(extractor_plot_relations, setup),
    cmocka_unit_test_setup(extractor_negation, setup),
    cmocka_unit_test_setup(extractor_cast_forms, setup),
    cmocka_unit_test_setup(extractor_sentences_and_abbreviations, setup),
    cmocka_unit_test_setup(extractor_resolution, setup),
    cmocka_unit_test_setup(extractor_evidence, setup),
    cmocka_unit_test_setup(extractor_empty_and_odd_text, setup),
    cmocka_unit_test_setup(extractor_heading_with_abbreviation, setup),
    cmocka_unit_test_setup(extractor_rule_errors, setup),
    cmocka_unit_test_setup(extractor_rules_are_data, setup),
    cmocka_unit_test_setup(extractor_samples_minimum, setup),
};
const size_t kgb_tests_extractor_count =
    sizeof kgb_tests_extractor / sizeof kgb_tests_extractor[0];
