/* test_speed.c: the shortcuts taken for speed give the answers of the long
 * way: the matcher's check of a pattern's required items before the VM runs
 * (a prepared sentence) against the VM alone (items not prepared), and the
 * city names and iso-codes' fields read when kgb was built against
 * libgeonames and iso-codes' JSON themselves. */
#include "kgb_test.h"

#include "../extractor/internal.h"

#include <geonames.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

extern const char kgb_city_table[];
extern const unsigned kgb_city_at[];
extern const int kgb_city_count;
extern const char kgb_iso_table[];
extern const int kgb_iso_country_at[], kgb_iso_subdivision_at[];
extern const int kgb_iso_country_count, kgb_iso_subdivision_count;
extern const long long kgb_iso_size[2];

/* Every match of @p pattern in @p text (tokens as items; the tokens of
 * capitalised words, and of words in @p people, get the class "Person")
 * with the items prepared and not, as "start-end caps;" lists. */
static void matches_of(KgbRules *rules, KgbPattern *p, const char *text,
                       char *prepared, char *plain, size_t cap) {
  KgbStrPool *pool = kgb_strpool_new();
  KgbTextBuf buf = {0};
  assert_int_equal(kgb_text_split(rules, pool, text, strlen(text), &buf),
                   KGB_OK);
  size_t n = buf.n_toks;
  KgbItem *items = calloc(2 * n + 1, sizeof *items);
  assert_non_null(items);
  for (size_t i = 0; i < n; i++) {
    const KgbToken *t = &buf.toks[i];
    bool cap_word = (t->flags & KGB_TOK_CAP) && i > 0;
    items[i] = (KgbItem){.tok = t,
                         .cls = cap_word ? "Person" : NULL,
                         .tok_first = (uint32_t)i,
                         .tok_last = (uint32_t)i + 1,
                         .mention = cap_word ? (int32_t)i : -1};
  }
  KgbItem *copy = items + n; /* the same items at another address */
  memcpy(copy, items, n * sizeof *items);
  KgbMatcher *m = NULL;
  assert_int_equal(kgb_matcher_new(&m), KGB_OK);
  for (int pass = 0; pass < 2; pass++) {
    const KgbItem *its = pass == 0 ? items : copy;
    char *out = pass == 0 ? prepared : plain;
    out[0] = '\0';
    assert_int_equal(kgb_matcher_prepare(m, kgb_rules_vocab(rules), items, n),
                     KGB_OK);
    size_t from = 0, start, end;
    int caps[2 * KGB_MAX_CAPTURES];
    while (from <= n &&
           kgb_pattern_find(p, m, its, n, from, &start, &end, caps)) {
      size_t len = strlen(out);
      snprintf(out + len, cap - len, "%zu-%zu %d,%d;", start, end, caps[0],
               caps[1]);
      from = end > start ? end : start + 1;
    }
  }
  kgb_matcher_free(m);
  free(items);
  kgb_text_buf_free(&buf);
  kgb_strpool_free(pool);
}

static void matches(KgbRules *rules, const char *pattern, const char *text,
                    char *prepared, char *plain, size_t cap) {
  KgbPattern *p = NULL;
  char *err = NULL;
  assert_int_equal(kgb_pattern_compile(rules, pattern, "test", 1, 1, &p, &err),
                   KGB_OK);
  matches_of(rules, p, text, prepared, plain, cap);
  kgb_pattern_free(p);
}

/* Required items present, but their first places out of order: a later
 * occurrence must still be found; absent or only out of order: no match. */
static void required_items_in_order(void **state) {
  (void)state;
  KgbRules *rules = NULL;
  char *err = NULL;
  assert_int_equal(kgb_rules_new_default(&rules, &err), KGB_OK);
  static const char *const patterns[] = {
      "o:<Person> \"plays\" c:<Person>",
      "\"directed\" \"by\" o:<Person>",
      "o:<Person> (\"of\" | \"from\") \"the\"? <Person>",
      "(\"a\" | \"the\") [lower]{0,2} \"town\" \"named\" c:<Person>",
      "o:<Person> \"stars\" (\"as\" | \"in\")",
      "(\"a\" | \"an\") g:@genre+ (\"film\" | \"movie\")",
      "o:<Person> \"is\" (\"a\" | \"an\") [list=genre,!punct] \"film\"",
  };
  static const char *const texts[] = {
      "then plays a game . Later Marta plays Ilse in it .",
      "directed well , and directed by Oren Vale .",
      "by the river , a town named Kesh , the town named Ulm .",
      "A crew from the north . Rafa of the Nunes clan stars in it .",
      "nothing here plays or is directed by anyone named .",
      "Tomas stars as Petra plays Yuki from the Hale town named .",
      "a film , a thriller , then Ona is a comedy film and an eerie horror "
      "movie .",
      "film first : Drama is a film , a Thriller film .",
  };
  size_t found = 0;
  for (size_t i = 0; i < sizeof patterns / sizeof *patterns; i++) {
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
      char prepared[512], plain[512];
      matches(rules, patterns[i], texts[k], prepared, plain, sizeof prepared);
      if (strcmp(prepared, plain) != 0) {
        fail_msg("%s on '%s': prepared '%s', not prepared '%s'", patterns[i],
                 texts[k], prepared, plain);
      }
      found += prepared[0] != '\0';
      if (i == 0 && k == 0) { /* "Marta plays Ilse", not "then plays a" */
        assert_string_equal(prepared, "6-9 6,7;");
      }
    }
  }
  assert_true(found >= 8); /* the texts do have matches */
  kgb_rules_free(rules);
}

/* A pattern whose macro's expansion is copied from its parse (a template)
 * has the captures and the matches of the same text parsed in place; so
 * does one whose macro text does not parse alone (parsed in place). */
static void macro_templates_match_as_parsed(void **state) {
  (void)state;
  KgbRules *rules = NULL;
  char *err = NULL;
  assert_int_equal(kgb_rules_new_default(&rules, &err), KGB_OK);
  static const char *const cases[][3] = {
      /* before, macro text, after */
      {"(\"a\" | \"an\") ", "\"eerie\"? (\"film\" | \"movie\")", ""},
      {"o:<Person> \"is\" (\"a\" | \"an\") ",
       "g:@genre+ (\"film\" | \"movie\")", " \".\""},
      {"[lower] !", "\"the\"", " \"town\" c:<Person>"},
      {"o:<Person> ", "\"of\" o:<Person> | \"plays\" c:<Person>", ""},
      {"", "\"a\" ) | ( \"the\"", " [lower]"}, /* not alone: parsed */
  };
  static const char *const texts[] = {
      "a film , then Ona is a comedy film . and an eerie movie .",
      "by the river , a big town Kesh , the town Ulm .",
      "Rafa of Nunes plays Ilse in the eerie film , and Tam of Vale .",
  };
  size_t found = 0;
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    KgbBuf src = {0};
    assert_int_equal(kgb_buf_puts(&src, cases[i][0]), KGB_OK);
    KgbMacroUse use = {.start = src.len};
    assert_int_equal(kgb_buf_putc(&src, '('), KGB_OK);
    assert_int_equal(kgb_buf_puts(&src, cases[i][1]), KGB_OK);
    assert_int_equal(kgb_buf_putc(&src, ')'), KGB_OK);
    use.end = src.len;
    assert_int_equal(kgb_buf_puts(&src, cases[i][2]), KGB_OK);
    KgbTemplate *t = NULL;
    assert_int_equal(kgb_template_new(rules, cases[i][1], &t), KGB_OK);
    use.tmpl = t;
    KgbPattern *copied = NULL, *parsed = NULL;
    assert_int_equal(kgb_pattern_compile_uses(rules, src.data, &use, 1, "test",
                                              1, 1, &copied, &err),
                     KGB_OK);
    assert_int_equal(
        kgb_pattern_compile(rules, src.data, "test", 1, 1, &parsed, &err),
        KGB_OK);
    size_t n = kgb_pattern_capture_count(parsed);
    assert_int_equal(kgb_pattern_capture_count(copied), n);
    for (size_t k = 0; k < n; k++) {
      assert_ptr_equal(kgb_pattern_capture_name(copied, k),
                       kgb_pattern_capture_name(parsed, k));
    }
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
      char a[512], a2[512], b[512], b2[512];
      matches_of(rules, copied, texts[k], a, a2, sizeof a);
      matches_of(rules, parsed, texts[k], b, b2, sizeof b);
      if (strcmp(a, b) != 0) {
        fail_msg("%s on '%s': copied '%s', parsed '%s'", src.data, texts[k], a,
                 b);
      }
      found += a[0] != '\0';
    }
    kgb_pattern_free(copied);
    kgb_pattern_free(parsed);
    kgb_template_free(t);
    kgb_buf_free(&src);
  }
  assert_true(found >= 6); /* the texts do have matches */
  kgb_rules_free(rules);
}

static void same_field(int city, const char *table, const char *real) {
  if (strcmp(table, real ? real : "\1") != 0) {
    fail_msg("city %d: table '%s', libgeonames '%s'", city, table,
             real ? real : "(none)");
  }
}

/* The cities of the table made when kgb was built are libgeonames' own:
 * name, country code, province and population, and the name's key. */
static void city_table_is_libgeonames(void **state) {
  (void)state;
  assert_int_equal(kgb_city_count, geonames_get_n_cities());
  for (int i = 0; i < kgb_city_count; i++) {
    const char *f = kgb_city_table + kgb_city_at[i];
    GeonamesCity *c = geonames_get_city(i);
    char pop[24] = "\1";
    if (c) {
      snprintf(pop, sizeof pop, "%u", geonames_city_get_population(c));
    }
    same_field(i, f, c ? geonames_city_get_name(c) : NULL);
    f += strlen(f) + 1;
    same_field(i, f, c ? geonames_city_get_country_code(c) : NULL);
    f += strlen(f) + 1;
    same_field(i, f, c ? geonames_city_get_state(c) : NULL);
    f += strlen(f) + 1;
    same_field(i, f, pop);
    f += strlen(f) + 1;
    char *key = c && geonames_city_get_name(c)
                    ? kgb_normalize(geonames_city_get_name(c),
                                    strlen(geonames_city_get_name(c)))
                    : NULL;
    same_field(i, f, key); /* the key places.c uses */
    free(key);
    if (c) {
      geonames_city_free(c);
    }
  }
}

/* A subdivision's keys in the table (@p at: two offsets, -1 for none) are
 * kgb_normalize() of its name with its type and, when that differs, of its
 * name alone, as places.c would make them (while utf8proc is the same). */
static void iso_keys_are_normalized(json_object *c, const int *at) {
  json_object *v;
  const char *name = json_object_object_get_ex(c, "name", &v)
                         ? json_object_get_string(v)
                         : NULL;
  const char *type = json_object_object_get_ex(c, "type", &v)
                         ? json_object_get_string(v)
                         : NULL;
  if (!name) {
    assert_int_equal(at[0], -1);
    assert_int_equal(at[1], -1);
    return;
  }
  KgbBuf full = {0};
  assert_int_equal(kgb_buf_puts(&full, name), KGB_OK);
  if (type && !strstr(name, type)) {
    assert_int_equal(kgb_buf_putc(&full, ' '), KGB_OK);
    assert_int_equal(kgb_buf_puts(&full, type), KGB_OK);
  }
  char *key = kgb_normalize(full.data, full.len);
  assert_non_null(key);
  assert_true(at[0] >= 0);
  assert_string_equal(kgb_iso_table + at[0], key);
  free(key);
  if (strcmp(full.data, name) == 0) {
    assert_int_equal(at[1], -1);
  } else {
    key = kgb_normalize(name, strlen(name));
    assert_non_null(key);
    assert_true(at[1] >= 0);
    assert_string_equal(kgb_iso_table + at[1], key);
    free(key);
  }
  kgb_buf_free(&full);
}

/* The fields of the iso-codes table made when kgb was built are those of
 * the JSON files (when they were there to read), entry by entry. */
static void iso_table_is_json(void **state) {
  (void)state;
  static const char *const files[2] = {
      "/usr/share/iso-codes/json/iso_3166-1.json",
      "/usr/share/iso-codes/json/iso_3166-2.json"};
  static const char *const lists[2] = {"3166-1", "3166-2"};
  static const char *const fields[2][4] = {
      {"alpha_2", "name", "common_name", "official_name"},
      {"code", "name", "type", NULL}};
  const int counts[2] = {kgb_iso_country_count, kgb_iso_subdivision_count};
  const int *const at[2] = {kgb_iso_country_at, kgb_iso_subdivision_at};
  for (int f = 0; f < 2; f++) {
    json_object *root = json_object_from_file(files[f]);
    json_object *list;
    if (kgb_iso_size[f] < 0 || !root ||
        !json_object_object_get_ex(root, lists[f], &list)) {
      json_object_put(root);
      continue; /* not there when kgb was built, or now: nothing to compare */
    }
    size_t n_fields = f == 0 ? 4 : 3;
    size_t stride = f == 0 ? 4 : 5; /* a subdivision's two keys follow */
    assert_int_equal(counts[f], (int)json_object_array_length(list));
    for (int i = 0; i < counts[f]; i++) {
      json_object *c = json_object_array_get_idx(list, (size_t)i);
      for (size_t k = 0; k < n_fields; k++) {
        json_object *v;
        const char *want = json_object_object_get_ex(c, fields[f][k], &v)
                               ? json_object_get_string(v)
                               : NULL;
        int got = at[f][(size_t)i * stride + k];
        if (!want) {
          assert_int_equal(got, -1);
        } else {
          assert_true(got >= 0);
          assert_string_equal(kgb_iso_table + got, want);
        }
      }
      if (f == 1) {
        iso_keys_are_normalized(c, &at[f][(size_t)i * stride + 3]);
      }
    }
    json_object_put(root);
  }
}

const struct CMUnitTest kgb_tests_speed[] = {
    cmocka_unit_test(required_items_in_order),
    cmocka_unit_test(macro_templates_match_as_parsed),
    cmocka_unit_test(city_table_is_libgeonames),
    cmocka_unit_test(iso_table_is_json),
};
const size_t kgb_tests_speed_count =
    sizeof kgb_tests_speed / sizeof kgb_tests_speed[0];
