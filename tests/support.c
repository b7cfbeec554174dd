/* support.c: helpers shared by the test groups (see kgb_test.h). */
#include "kgb_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

const char *kgb_test_bin(void) {
  const char *bin = getenv("KGB_BIN");
  return bin && *bin ? bin : "./kgb";
}

int kgb_test_sh(char **out, const char *fmt, ...) {
  if (!fmt) { /* also tells gcc's -Wformat-truncation under UBSan */
    return -1;
  }
  KgbBuf cmd = {0};
  va_list ap;
  va_start(ap, fmt);
  char probe[1];
  int n = vsnprintf(probe, sizeof probe, fmt, ap);
  va_end(ap);
  assert_true(n >= 0);
  assert_int_equal(kgb_buf_reserve(&cmd, (size_t)n + 16), KGB_OK);
  va_start(ap, fmt);
  vsnprintf(cmd.data, (size_t)n + 1, fmt, ap);
  va_end(ap);
  cmd.len = (size_t)n;
  assert_int_equal(kgb_buf_puts(&cmd, " 2>&1"), KGB_OK);
  FILE *p = popen(cmd.data, "r");
  assert_non_null(p);
  KgbBuf text = {0};
  char chunk[4096];
  size_t got;
  while ((got = fread(chunk, 1, sizeof chunk, p)) > 0) {
    assert_int_equal(kgb_buf_append(&text, chunk, got), KGB_OK);
  }
  int status = pclose(p);
  kgb_buf_free(&cmd);
  if (out) {
    if (!text.data) {
      assert_int_equal(kgb_buf_puts(&text, ""), KGB_OK);
    }
    *out = text.data;
  } else {
    kgb_buf_free(&text);
  }
  if (status == -1 || !WIFEXITED(status)) {
    return -1;
  }
  return WEXITSTATUS(status);
}

char *kgb_test_tmpdir(void) {
  const char *base = getenv("TMPDIR");
  KgbBuf path = {0};
  assert_int_equal(kgb_buf_printf(&path, "%s/kgb-test-XXXXXX",
                                  base && *base ? base : "/tmp"),
                   KGB_OK);
  assert_non_null(mkdtemp(path.data));
  return path.data;
}

void kgb_test_rmdir(char *dir) {
  if (!dir) {
    return;
  }
  assert_int_equal(kgb_test_sh(NULL, "rm -rf '%s'", dir), 0);
  free(dir);
}

char *kgb_test_slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    return NULL;
  }
  KgbBuf buf = {0};
  char chunk[8192];
  size_t got;
  while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
    assert_int_equal(kgb_buf_append(&buf, chunk, got), KGB_OK);
  }
  fclose(f);
  if (!buf.data) {
    assert_int_equal(kgb_buf_puts(&buf, ""), KGB_OK);
  }
  if (len) {
    *len = buf.len;
  }
  return buf.data;
}

void kgb_test_write(const char *path, const char *data, size_t len) {
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(data, 1, len, f), len);
  assert_int_equal(fclose(f), 0);
}

int kgb_test_have(const char *cmd) {
  return kgb_test_sh(NULL, "command -v '%s' >/dev/null", cmd) == 0;
}

void kgb_test_require(const char *tool) {
  if (!kgb_test_have(tool)) {
    fail_msg("%s is not installed: the consumer tests need it (run "
             "tools/install-deps.sh)",
             tool);
  }
}
