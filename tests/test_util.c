/* test_util.c: name folding, slugs, UTF-8 checks, the interner, atomic files.
 */
#include "kgb_test.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void assert_norm(const char *in, const char *want) {
  char *got = kgb_normalize(in, strlen(in));
  assert_non_null(got);
  assert_string_equal(got, want);
  free(got);
}

static void util_normalize_gold_rules(void **state) {
  (void)state;
  assert_norm("‘Don’t Leave’", "dont leave");
  assert_norm("Dont Leave", "dont leave");
  assert_norm("don't leave", "dont leave");
  assert_norm("Ozan Açıktan", "ozan aciktan");
  assert_norm("Ozan Açiktan", "ozan aciktan");
  assert_norm("Şükran Ovalı", "sukran ovali");
  assert_norm("The Mountain II", "mountain ii");
  assert_norm("  Adana,   Turkey! ", "adana turkey");
  assert_norm("Yeşiloba Martyrs’ Museum", "yesiloba martyrs museum");
  assert_norm("Theodore", "theodore"); /* only a leading word "the" goes */
  assert_norm("Düsseldorf", "dusseldorf");
  assert_norm("ＫＡＬ", "kal"); /* NFKD folds full-width letters */
}

/* Folding goes code point by code point: compatibility forms, ligatures,
 * combining marks, case folding that grows the text (ß) and marks that come
 * from case folding (İ), each as utf8proc_map would give them. */
static void util_normalize_unicode(void **state) {
  (void)state;
  assert_norm("ﬁnal cut", "final cut");
  assert_norm("The ﬁlm", "film");
  assert_norm("İstanbul", "istanbul");
  assert_norm("Straße", "strasse");
  assert_norm("e\xcc\x81"
              "cole",
              "ecole");
  assert_norm("l’été", "lete");
  assert_norm("Ŀa", "l a"); /* the middle dot of ŀ separates */
  assert_norm("½ hour", "1 2 hour");
  assert_norm("Ⅻ Monkeys", "xii monkeys");
  assert_norm("x²", "x2");
  assert_norm("Ǆ", "dz");
  assert_norm("ΐ", "ι");
  char *slug = kgb_slug("The Straße ﬁlm", strlen("The Straße ﬁlm"));
  assert_string_equal(slug, "strasse-film");
  free(slug);
}

static void util_slug(void **state) {
  (void)state;
  char *s = kgb_slug("Don’t Leave", strlen("Don’t Leave"));
  assert_string_equal(s, "dont-leave");
  free(s);
  s = kgb_slug("!!!", 3);
  assert_string_equal(s, "_");
  free(s);
  s = kgb_slug("Burak Deniz", 11);
  char *t = kgb_slug("Dilan Çiçek Deniz", strlen("Dilan Çiçek Deniz"));
  assert_string_not_equal(s, t);
  free(s);
  free(t);
}

static void util_utf8(void **state) {
  (void)state;
  const char ok[] = "Açıktan ✓ 😀";
  assert_int_equal(kgb_utf8_invalid_at(ok, strlen(ok)), strlen(ok));
  const char bad[] = "abc\xff"
                     "def";
  assert_int_equal(kgb_utf8_invalid_at(bad, 7), 3);
  const char trunc[] = "ab\xc3";
  assert_int_equal(kgb_utf8_invalid_at(trunc, 3), 2);
  const char overlong[] = "\xc0\xaf";
  assert_int_equal(kgb_utf8_invalid_at(overlong, 2), 0);
  const char surrogate[] = "x\xed\xa0\x80";
  assert_int_equal(kgb_utf8_invalid_at(surrogate, 4), 1);
  const char nul[] = "ab\0cd";
  assert_int_equal(kgb_utf8_invalid_at(nul, 5), 2);
  assert_int_equal(kgb_utf8_count("Açı", strlen("Açı")), 3);
  assert_null(kgb_normalize(bad, 7));
}

static void util_strpool(void **state) {
  (void)state;
  KgbStrPool *pool = kgb_strpool_new();
  assert_non_null(pool);
  const char *a = kgb_strpool_intern(pool, "film", 4);
  char key[32];
  for (int i = 0; i < 5000; i++) { /* force several grows */
    int n = snprintf(key, sizeof key, "k%d", i);
    assert_non_null(kgb_strpool_intern(pool, key, (size_t)n));
  }
  assert_ptr_equal(kgb_strpool_intern(pool, "film", 4), a);
  assert_ptr_equal(kgb_strpool_find(pool, "k4999", 5),
                   kgb_strpool_intern(pool, "k4999", 5));
  assert_null(kgb_strpool_find(pool, "absent", 6));
  /* strings longer than a block, between short ones: all stay put */
  size_t big = 200000;
  char *long_text = malloc(big);
  assert_non_null(long_text);
  memset(long_text, 'x', big);
  const char *l1 = kgb_strpool_intern(pool, long_text, big);
  const char *s1 = kgb_strpool_intern(pool, "after", 5);
  long_text[0] = 'y';
  const char *l2 = kgb_strpool_intern(pool, long_text, 70000);
  assert_non_null(l1);
  assert_non_null(l2);
  assert_int_equal(strlen(l1), big);
  assert_int_equal(strlen(l2), 70000);
  assert_int_equal(l1[0], 'x');
  assert_int_equal(l2[0], 'y');
  assert_string_equal(s1, "after");
  assert_ptr_equal(kgb_strpool_find(pool, long_text, 70000), l2);
  assert_ptr_equal(kgb_strpool_intern(pool, "film", 4), a);
  assert_ptr_equal(
      kgb_strpool_intern_hashed(pool, "film", 4, kgb_hash("film", 4)), a);
  free(long_text);
  kgb_strpool_free(pool);
  kgb_strpool_free(NULL);
}

static void util_outfile_atomic(void **state) {
  (void)state;
  char *dir = kgb_test_tmpdir();
  KgbBuf path = {0};
  assert_int_equal(kgb_buf_printf(&path, "%s/x.txt", dir), KGB_OK);
  KgbOutFile *f = NULL;
  assert_int_equal(kgb_outfile_open(path.data, &f), KGB_OK);
  fputs("partial", kgb_outfile_stream(f));
  assert_int_equal(access(path.data, F_OK), -1); /* not there while writing */
  kgb_outfile_abort(f);
  assert_int_equal(access(path.data, F_OK), -1);
  char *listing = NULL;
  kgb_test_sh(&listing, "ls -A '%s'", dir);
  assert_string_equal(listing, ""); /* no temporary left behind */
  free(listing);
  assert_int_equal(kgb_outfile_open(path.data, &f), KGB_OK);
  fputs("whole", kgb_outfile_stream(f));
  assert_int_equal(kgb_outfile_commit(f), KGB_OK);
  char *text = kgb_test_slurp(path.data, NULL);
  assert_string_equal(text, "whole");
  free(text);
  struct stat sb;
  assert_int_equal(stat(path.data, &sb), 0);
  assert_true((sb.st_mode & 0777) != 0600); /* not mkstemp's private mode */
  kgb_outfile_abort(NULL);
  kgb_buf_free(&path);
  kgb_test_rmdir(dir);
}

/* a fatal exit (a library that cannot be opened) removes the temporaries
 * of the files still being written, and only those */
static void util_outfile_remove_all(void **state) {
  (void)state;
  char *dir = kgb_test_tmpdir();
  KgbBuf a = {0}, b = {0};
  assert_int_equal(kgb_buf_printf(&a, "%s/a.ttl", dir), KGB_OK);
  assert_int_equal(kgb_buf_printf(&b, "%s/b.ttl", dir), KGB_OK);
  KgbOutFile *fa = NULL, *fb = NULL;
  assert_int_equal(kgb_outfile_open(a.data, &fa), KGB_OK);
  assert_int_equal(kgb_outfile_open(b.data, &fb), KGB_OK);
  fputs("done", kgb_outfile_stream(fa));
  assert_int_equal(kgb_outfile_commit(fa), KGB_OK);
  fputs("partial", kgb_outfile_stream(fb));
  assert_int_equal(access(kgb_outfile_tmp_path(fb), F_OK), 0);
  kgb_outfile_remove_all();
  assert_int_equal(access(kgb_outfile_tmp_path(fb), F_OK), -1);
  char *listing = NULL;
  kgb_test_sh(&listing, "ls -A '%s'", dir);
  assert_string_equal(listing, "a.ttl\n"); /* the committed file stays */
  free(listing);
  kgb_outfile_abort(fb);
  kgb_buf_free(&a);
  kgb_buf_free(&b);
  kgb_test_rmdir(dir);
}

static void util_outfile_full_disk(void **state) {
  (void)state;
  if (access("/dev/full", W_OK) != 0) {
    skip();
  }
  /* /dev/full cannot be renamed over, but the write error must surface. */
  FILE *f = fopen("/dev/full", "w");
  assert_non_null(f);
  fputs("x", f);
  assert_int_not_equal(fflush(f), 0);
  fclose(f);
  KgbOutFile *o = NULL;
  assert_int_equal(kgb_outfile_open("/nonexistent-dir/x", &o), KGB_ERR_IO);
  assert_null(o);
}

static void util_buf_and_status(void **state) {
  (void)state;
  KgbBuf b = {0};
  assert_int_equal(kgb_buf_printf(&b, "%d-%s", 42, "x"), KGB_OK);
  assert_int_equal(kgb_buf_putc(&b, '!'), KGB_OK);
  assert_string_equal(b.data, "42-x!");
  kgb_buf_clear(&b);
  assert_int_equal(b.len, 0);
  kgb_buf_free(&b);
  kgb_buf_free(NULL);
  assert_string_equal(kgb_strerror(KGB_OK), "success");
  assert_string_equal(kgb_strerror((KgbStatus)999), "unknown error");
}

/* kgb_buf_printf formats in place when the text fits the room left, else
 * grows the buffer and formats again: both paths, at and across the edge. */
static void util_buf_printf_room(void **state) {
  (void)state;
  KgbBuf b = {0};
  assert_int_equal(kgb_buf_printf(&b, "%s-%d", "ab", 7), KGB_OK); /* no room */
  assert_string_equal(b.data, "ab-7");
  size_t cap = b.cap;
  assert_true(cap > b.len + 1);
  /* exactly the room left but one (the NUL): stays in place */
  size_t room = cap - b.len - 1;
  char *fill = malloc(room + 2);
  assert_non_null(fill);
  memset(fill, 'x', room + 1);
  fill[room] = '\0';
  assert_int_equal(kgb_buf_printf(&b, "%s", fill), KGB_OK);
  assert_int_equal(b.cap, cap);
  assert_int_equal(b.len, cap - 1);
  assert_int_equal(strlen(b.data), b.len);
  /* one byte more than the room: grows, and the text is whole */
  kgb_buf_clear(&b);
  assert_int_equal(kgb_buf_printf(&b, "%s", "12"), KGB_OK);
  fill[room] = 'y';
  fill[room + 1] = '\0';
  assert_int_equal(kgb_buf_printf(&b, "%s|%zu", fill, (size_t)42), KGB_OK);
  assert_true(b.cap > cap);
  assert_int_equal(b.len, 2 + room + 1 + 3);
  assert_int_equal(strncmp(b.data, "12xx", 4), 0);
  assert_string_equal(b.data + b.len - 4, "y|42");
  assert_int_equal(strlen(b.data), b.len);
  free(fill);
  kgb_buf_free(&b);
}

const struct CMUnitTest kgb_tests_util[] = {
    cmocka_unit_test(util_buf_printf_room),
    cmocka_unit_test(util_normalize_gold_rules),
    cmocka_unit_test(util_normalize_unicode),
    cmocka_unit_test(util_slug),
    cmocka_unit_test(util_utf8),
    cmocka_unit_test(util_strpool),
    cmocka_unit_test(util_outfile_atomic),
    cmocka_unit_test(util_outfile_remove_all),
    cmocka_unit_test(util_outfile_full_disk),
    cmocka_unit_test(util_buf_and_status),
};
const size_t kgb_tests_util_count =
    sizeof kgb_tests_util / sizeof kgb_tests_util[0];
