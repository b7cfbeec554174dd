/*
 * kgb_test.h: the one cmocka suite. Each tests/test_NAME.c defines
 * `const struct CMUnitTest kgb_tests_NAME[]` and `kgb_tests_NAME_count`;
 * tests/main.c runs them all as one group, so the run ends with one cmocka
 * summary. Helpers for driving the real ./kgb and real consumers are here.
 */
#ifndef KGB_TEST_H
#define KGB_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "../util/util.h"

#define KGB_TEST_GROUP(name)                                                   \
  extern const struct CMUnitTest kgb_tests_##name[];                           \
  extern const size_t kgb_tests_##name##_count

KGB_TEST_GROUP(util);
KGB_TEST_GROUP(input);
KGB_TEST_GROUP(extractor);
KGB_TEST_GROUP(sentences_prod);
KGB_TEST_GROUP(graph);
KGB_TEST_GROUP(export);
KGB_TEST_GROUP(eval);
KGB_TEST_GROUP(cli);
KGB_TEST_GROUP(analysis);
KGB_TEST_GROUP(story);
KGB_TEST_GROUP(db);

/// Path of the kgb binary under test ($KGB_BIN, else ./kgb). Borrowed.
const char *kgb_test_bin(void);

/// Run a shell command; return its exit status (or -1); when @p out is not
/// NULL it receives stdout+stderr merged, caller frees.
int kgb_test_sh(char **out, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/// A fresh temporary directory (caller frees the string; removed by
/// kgb_test_rmdir).
char *kgb_test_tmpdir(void);
void kgb_test_rmdir(char *dir);

/// Whole file as a NUL-terminated string (caller frees), NULL if unreadable.
char *kgb_test_slurp(const char *path, size_t *len);

/// Write @p len bytes to @p path; asserts on failure.
void kgb_test_write(const char *path, const char *data, size_t len);

/// True if a command is on PATH. Consumers missing are failures in CI.
int kgb_test_have(const char *cmd);

/// Fail the test (in CI, or always) because @p tool is missing.
void kgb_test_require(const char *tool);

/// Fail unless node and the npm consumers of tests/js are installed.
void kgb_test_require_js(void);

#endif
