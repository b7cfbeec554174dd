/*
 * test_input.c: the input module through its API: folder walk order, standard
 * input, every per-input error with its exact message (and the walk going on
 * after it), a 10 MB line, BOM and CRLF handling, and HTML to article text
 * (dropped elements, hidden content, entities, <article>/<main> preference,
 * paragraph breaks, broken markup, invalid bytes, declared charsets).
 */
#include "kgb_test.h"

#include "../input/input.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DATA "tests/data/input"

/* ---- helpers ------------------------------------------------------------- */

/// dir/name, caller frees.
static char *path_of(const char *dir, const char *name) {
  KgbBuf p = {0};
  assert_int_equal(kgb_buf_printf(&p, "%s/%s", dir, name), KGB_OK);
  return p.data;
}

/// Write @p len bytes to dir/name; returns len for byte counting.
static size_t put(const char *dir, const char *name, const char *data,
                  size_t len) {
  char *p = path_of(dir, name);
  kgb_test_write(p, data, len);
  free(p);
  return len;
}

static size_t put_str(const char *dir, const char *name, const char *text) {
  return put(dir, name, text, strlen(text));
}

static void make_dir(const char *dir, const char *name) {
  char *p = path_of(dir, name);
  assert_int_equal(mkdir(p, 0755), 0);
  free(p);
}

static KgbInput *open_input(const char *const *paths, size_t n) {
  KgbInput *in = NULL;
  assert_int_equal(kgb_input_new(paths, n, &in), KGB_OK);
  assert_non_null(in);
  return in;
}

/// The next document must be @p id with exactly @p text.
static void expect_doc(KgbInput *in, const char *id, const char *text,
                       bool is_html) {
  KgbDocument doc;
  KgbInputError err = {0};
  KgbStatus st = kgb_input_next(in, &doc, &err);
  if (st != KGB_OK) {
    fail_msg("expected document %s, got status %d: %s: %s", id, st,
             err.path ? err.path : "?", err.message ? err.message : "?");
  }
  assert_string_equal(doc.id, id);
  assert_string_equal(doc.text, text);
  assert_int_equal(doc.len, strlen(text));
  assert_int_equal(doc.is_html, is_html);
}

/// The next input must fail with @p status and exactly @p message.
static void expect_err(KgbInput *in, const char *path, KgbStatus status,
                       const char *message) {
  KgbDocument doc;
  KgbInputError err = {0};
  KgbStatus st = kgb_input_next(in, &doc, &err);
  if (st == KGB_OK) {
    fail_msg("expected %s to fail with '%s', got a document %s", path, message,
             doc.id);
  }
  assert_int_equal(st, status);
  assert_int_equal(err.status, status);
  assert_non_null(err.path);
  assert_string_equal(err.path, path);
  assert_non_null(err.message);
  assert_string_equal(err.message, message);
}

/// Every input is done, and stays done.
static void expect_end(KgbInput *in) {
  KgbDocument doc;
  KgbInputError err = {0};
  assert_int_equal(kgb_input_next(in, &doc, &err), KGB_NOT_FOUND);
  assert_int_equal(kgb_input_next(in, &doc, &err), KGB_NOT_FOUND);
}

/// kgb_html_to_text() of @p html must succeed with exactly @p want.
static void expect_html(const char *html, const char *want) {
  char *out = NULL;
  size_t len = 0;
  assert_int_equal(kgb_html_to_text(html, strlen(html), &out, &len), KGB_OK);
  assert_non_null(out);
  assert_string_equal(out, want);
  assert_int_equal(len, strlen(want));
  free(out);
}

/// Put @p len bytes behind file descriptor 0 through a pipe; returns the saved
/// descriptor for stdin_restore(). @p len must fit the pipe (64 KiB).
static int stdin_from(const char *data, size_t len) {
  int fds[2];
  assert_int_equal(pipe(fds), 0);
  assert_int_equal(write(fds[1], data, len), (ssize_t)len);
  assert_int_equal(close(fds[1]), 0);
  int saved = dup(0);
  assert_true(saved >= 0);
  assert_int_equal(dup2(fds[0], 0), 0);
  assert_int_equal(close(fds[0]), 0);
  clearerr(stdin);
  return saved;
}

static void stdin_restore(int saved) {
  assert_int_equal(dup2(saved, 0), 0);
  assert_int_equal(close(saved), 0);
  clearerr(stdin);
}

/* ---- arguments ----------------------------------------------------------- */

static void input_new_usage(void **state) {
  (void)state;
  KgbInput *in = (KgbInput *)&in; /* must be reset to NULL */
  const char *none[] = {"x"};
  assert_int_equal(kgb_input_new(none, 0, &in), KGB_ERR_USAGE);
  assert_null(in);
  const char *blank[] = {"a.txt", ""};
  assert_int_equal(kgb_input_new(blank, 2, &in), KGB_ERR_USAGE);
  assert_null(in);
  kgb_input_free(NULL);
  assert_int_equal(kgb_input_documents(NULL), 0);
  assert_int_equal(kgb_input_failures(NULL), 0);
  assert_int_equal(kgb_input_bytes(NULL), 0);
}

/* ---- folders ------------------------------------------------------------- */

static void input_folder_walk_order(void **state) {
  (void)state;
  char *dir = kgb_test_tmpdir();
  char *root = path_of(dir, "root");
  assert_int_equal(mkdir(root, 0755), 0);
  size_t bytes = 0;
  /* created out of order on purpose: readdir order must not leak through */
  bytes += put_str(root, "b.txt", "Bee.");
  bytes += put_str(root, "sub.txt", "After the sub folder.");
  make_dir(root, "sub");
  make_dir(root, "sub/deeper");
  bytes += put_str(root, "sub/z.Html", "<p>Zed &amp; html.</p>");
  bytes += put_str(root, "sub/deeper/m.txt", "Deep m.");
  put_str(root, "sub/readme", "no extension: ignored");
  char *loop = path_of(root, "sub/loop");
  assert_int_equal(symlink("..", loop), 0); /* back to root: not re-walked */
  free(loop);
  bytes += put_str(root, "a.txt", "Lower a.");
  bytes += put_str(root, "A.TXT", "Upper A.");
  make_dir(root, "Z");
  bytes += put_str(root, "Z/y.txt", "Y in upper Z.");
  bytes += put_str(root, "c.HTM", "<p>See HTM.</p>");
  bytes += put_str(root, "\xc3\xa9.txt", "Accented name sorts last.");
  make_dir(root, "d.txt"); /* a folder, whatever its name says */
  bytes += put_str(root, "d.txt/inner.txt", "Inner.");
  make_dir(root, "empty-dir");
  put_str(root, "notes.md", "ignored");
  put_str(root, "image.png", "ignored");
  put_str(root, "a.txt.bak", "ignored");
  put_str(root, ".hidden.txt", "ignored");
  make_dir(root, ".git");
  put_str(root, ".git/x.txt", "ignored");

  char *z_slash = path_of(root, "Z/");
  const char *paths[] = {root, z_slash};
  KgbInput *in = open_input(paths, 2);
  struct {
    const char *name, *text;
    bool html;
  } want[] = {
      {"A.TXT", "Upper A.", false},
      {"Z/y.txt", "Y in upper Z.", false},
      {"a.txt", "Lower a.", false},
      {"b.txt", "Bee.", false},
      {"c.HTM", "See HTM.", true},
      {"d.txt/inner.txt", "Inner.", false},
      {"sub/deeper/m.txt", "Deep m.", false},
      {"sub/z.Html", "Zed & html.", true},
      {"sub.txt", "After the sub folder.", false},
      {"\xc3\xa9.txt", "Accented name sorts last.", false},
  };
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
    char *id = path_of(root, want[i].name);
    expect_doc(in, id, want[i].text, want[i].html);
    free(id);
  }
  /* a trailing slash does not double in the ids */
  char *id = path_of(root, "Z/y.txt");
  expect_doc(in, id, "Y in upper Z.", false);
  free(id);
  expect_end(in);
  assert_int_equal(kgb_input_documents(in), 11);
  assert_int_equal(kgb_input_failures(in), 0);
  bytes += strlen("Y in upper Z.");
  assert_int_equal(kgb_input_bytes(in), bytes);
  kgb_input_free(in);
  free(z_slash);
  free(root);
  kgb_test_rmdir(dir);
}

/* ---- errors -------------------------------------------------------------- */

static void input_errors_each_reported_walk_goes_on(void **state) {
  (void)state;
  char *dir = kgb_test_tmpdir();
  put_str(dir, "good.txt", "Good one.");
  put(dir, "empty.txt", "", 0);
  put_str(dir, "blank.txt", " \r\n\t\n");
  put(dir, "binary.txt", "ab\0\1\2cd", 7);
  put_str(dir, "latin1.txt", "Caf\xe9 au lait.");
  put_str(dir, "cut.txt", "ab\xc3");
  put_str(dir, "bom-only.txt", "\xef\xbb\xbf");
  put_str(dir, "bom-bad.txt",
          "\xef\xbb\xbf"
          "ab\xff");
  put_str(dir, "nav.html", "<html><body><nav>Only a menu</nav></body></html>");
  put_str(dir, "sjis.html", "<meta charset=shift_jis><p>\x82\xa0\xff</p>");
  make_dir(dir, "noarticles");
  make_dir(dir, "noarticles/sub");
  put_str(dir, "noarticles/notes.md", "not an article");
  make_dir(dir, "dangling");
  char *link = path_of(dir, "dangling/link.txt");
  assert_int_equal(symlink("nowhere.txt", link), 0);
  free(link);

  enum { IN_DIR, AS_IS, WALKED }; /* where a case's path comes from */
  struct {
    int where;
    const char *name;
    KgbStatus status;
    const char *message;
  } cases[] = {
      {IN_DIR, "missing.txt", KGB_ERR_IO,
       "cannot open: No such file or directory"},
      {IN_DIR, "empty.txt", KGB_ERR_EMPTY, "empty"},
      {IN_DIR, "blank.txt", KGB_ERR_EMPTY, "empty"},
      {IN_DIR, "binary.txt", KGB_ERR_ENCODING,
       "binary file (NUL byte at byte 2)"},
      {IN_DIR, "latin1.txt", KGB_ERR_ENCODING, "invalid UTF-8 at byte 3"},
      {IN_DIR, "cut.txt", KGB_ERR_ENCODING, "invalid UTF-8 at byte 2"},
      {IN_DIR, "bom-only.txt", KGB_ERR_EMPTY, "empty"},
      {IN_DIR, "bom-bad.txt", KGB_ERR_ENCODING, "invalid UTF-8 at byte 5"},
      {IN_DIR, "nav.html", KGB_ERR_EMPTY, "no article text"},
      {IN_DIR, "sjis.html", KGB_ERR_ENCODING, "invalid shift_jis at byte 29"},
      {IN_DIR, "noarticles", KGB_ERR_EMPTY, "no .txt, .html or .htm files"},
      /* the folder is given; the error names the file found in it */
      {WALKED, "dangling", KGB_ERR_IO,
       "cannot open: No such file or directory"},
      /* a regular file whose read fails (EIO at address 0), even for root */
      {AS_IS, "/proc/self/mem", KGB_ERR_IO, "cannot read: Input/output error"},
      {AS_IS, DATA "/badutf8.html", KGB_ERR_ENCODING,
       "invalid UTF-8 at byte 40"},
  };
  size_t n = sizeof cases / sizeof cases[0];
  char *good = path_of(dir, "good.txt");
  const char **paths = calloc(2 * n, sizeof *paths);
  char **owned = calloc(n, sizeof *owned);
  assert_non_null(paths);
  assert_non_null(owned);
  for (size_t i = 0; i < n; i++) {
    if (cases[i].where == AS_IS) {
      paths[2 * i] = cases[i].name;
    } else {
      owned[i] = path_of(dir, cases[i].name);
      paths[2 * i] = owned[i];
    }
    paths[2 * i + 1] = good;
  }
  KgbInput *in = open_input(paths, 2 * n);
  for (size_t i = 0; i < n; i++) {
    char *found = NULL;
    if (cases[i].where == WALKED) {
      found = path_of(paths[2 * i], "link.txt");
    }
    expect_err(in, found ? found : paths[2 * i], cases[i].status,
               cases[i].message);
    free(found);
    expect_doc(in, good, "Good one.", false); /* the walk goes on */
  }
  expect_end(in);
  assert_int_equal(kgb_input_documents(in), n);
  assert_int_equal(kgb_input_failures(in), n);
  kgb_input_free(in);

  if (geteuid() != 0) { /* root reads anything: only testable as a user */
    char *locked = path_of(dir, "locked.txt");
    put_str(dir, "locked.txt", "secret");
    assert_int_equal(chmod(locked, 0), 0);
    const char *lp[] = {locked, good};
    in = open_input(lp, 2);
    expect_err(in, locked, KGB_ERR_IO, "cannot open: Permission denied");
    expect_doc(in, good, "Good one.", false);
    expect_end(in);
    kgb_input_free(in);
    free(locked);
  }
  for (size_t i = 0; i < n; i++) {
    free(owned[i]);
  }
  free(owned);
  free(paths);
  free(good);
  kgb_test_rmdir(dir);
}

/* ---- text ---------------------------------------------------------------- */

static void input_bom_and_line_ends(void **state) {
  (void)state;
  char *dir = kgb_test_tmpdir();
  size_t bytes = put_str(dir, "bom.txt", "\xef\xbb\xbfHello, world.");
  bytes += put_str(dir, "crlf.txt", "One.\r\nTwo.\r\n\r\nThree.\rFour.");
  char *bom = path_of(dir, "bom.txt");
  char *crlf = path_of(dir, "crlf.txt");
  const char *paths[] = {bom, crlf};
  KgbInput *in = open_input(paths, 2);
  KgbDocument doc;
  KgbInputError err = {0};
  assert_int_equal(kgb_input_next(in, &doc, &err), KGB_OK);
  assert_string_equal(doc.text, "Hello, world.");
  assert_int_equal(doc.len, 13);
  assert_int_equal(doc.raw_bytes, 16); /* the BOM was read, then dropped */
  expect_doc(in, crlf, "One.\nTwo.\n\nThree.\nFour.", false);
  expect_end(in);
  assert_int_equal(kgb_input_bytes(in), bytes);
  kgb_input_free(in);
  free(bom);
  free(crlf);
  kgb_test_rmdir(dir);
}

/// 10 MB of sentences with no line end at all, ending in a full stop.
static char *ten_mb(size_t *len) {
  static const char unit[] = "Lena Ortiz directed Night Harbor in Lisbon. ";
  size_t n = 10u * 1000u * 1000u;
  char *s = malloc(n + 1);
  assert_non_null(s);
  for (size_t i = 0; i < n; i++) {
    s[i] = unit[i % (sizeof unit - 1)];
  }
  s[n - 1] = '.';
  s[n] = '\0';
  *len = n;
  return s;
}

static void input_ten_mb_single_line(void **state) {
  (void)state;
  char *dir = kgb_test_tmpdir();
  size_t n = 0;
  char *text = ten_mb(&n);
  put(dir, "long.txt", text, n);
  KgbBuf html = {0};
  assert_int_equal(kgb_buf_printf(&html, "<p>%s</p>", text), KGB_OK);
  put(dir, "long.html", html.data, html.len);
  put_str(dir, "small.txt", "Small after big.");
  char *txt = path_of(dir, "long.txt");
  char *htm = path_of(dir, "long.html");
  char *small = path_of(dir, "small.txt");
  const char *paths[] = {txt, htm, small};
  KgbInput *in = open_input(paths, 3);
  for (int i = 0; i < 2; i++) {
    KgbDocument doc;
    KgbInputError err = {0};
    assert_int_equal(kgb_input_next(in, &doc, &err), KGB_OK);
    assert_string_equal(doc.id, i == 0 ? txt : htm);
    assert_int_equal(doc.len, n);
    assert_int_equal(doc.raw_bytes, i == 0 ? n : html.len);
    assert_int_equal(strlen(doc.text), n);
    assert_memory_equal(doc.text, text, n);
  }
  expect_doc(in, small, "Small after big.", false); /* nothing stale */
  expect_end(in);
  assert_int_equal(kgb_input_bytes(in), n + html.len + 16);
  kgb_input_free(in);
  kgb_buf_free(&html);
  free(text);
  free(txt);
  free(htm);
  free(small);
  kgb_test_rmdir(dir);
}

/* ---- standard input ------------------------------------------------------ */

static void input_stdin(void **state) {
  (void)state;
  static const char text[] = "\xef\xbb\xbfLine one.\r\nLine two.\rEnd\n";
  int saved = stdin_from(text, sizeof text - 1);
  const char *dash[] = {"-", DATA "/main.html"};
  KgbInput *in = open_input(dash, 2);
  KgbDocument doc;
  KgbInputError err = {0};
  assert_int_equal(kgb_input_next(in, &doc, &err), KGB_OK);
  assert_string_equal(doc.id, "-");
  assert_string_equal(doc.text, "Line one.\nLine two.\nEnd\n");
  assert_false(doc.is_html);
  assert_int_equal(doc.raw_bytes, sizeof text - 1);
  expect_doc(in, DATA "/main.html", "Main heading\n\nInside main.", true);
  expect_end(in);
  assert_int_equal(kgb_input_documents(in), 2);
  kgb_input_free(in);
  stdin_restore(saved);

  /* HTML on standard input is recognised by its start */
  static const char page[] =
      "<!DOCTYPE html><title>x</title><p>Hi &amp; bye</p>";
  saved = stdin_from(page, sizeof page - 1);
  in = open_input(dash, 1);
  expect_doc(in, "-", "Hi & bye", true);
  expect_end(in);
  kgb_input_free(in);
  stdin_restore(saved);

  /* an empty stream is an error of input "-", and the next input follows */
  saved = stdin_from("", 0);
  in = open_input(dash, 2);
  expect_err(in, "-", KGB_ERR_EMPTY, "empty");
  expect_doc(in, DATA "/main.html", "Main heading\n\nInside main.", true);
  expect_end(in);
  assert_int_equal(kgb_input_failures(in), 1);
  kgb_input_free(in);
  stdin_restore(saved);
}

/* ---- HTML ---------------------------------------------------------------- */

static void input_html_article_page(void **state) {
  (void)state;
  const char *paths[] = {DATA "/page.html", DATA "/body.html",
                         DATA "/broken.html", DATA "/latin1.html"};
  KgbInput *in = open_input(paths, 4);
  /* only the <article>; its own <header> kept; script, style, title, nav,
   * aside, noscript, template, form, iframe, svg, footers and hidden
   * elements gone; entities decoded; every block its own paragraph */
  expect_doc(in, DATA "/page.html",
             "Night Harbor wins & moves on\n\n"
             "Lena Ortiz\xe2\x80\x99s film was shot in Lisbon and Porto.\n\n"
             "It opened in 2019.\n\n"
             "Critics liked it.\n\n"
             "Reception\n\n"
             "First point\n\n"
             "Second point\n\n"
             "A quote, \"in full\".",
             true);
  /* no <article> or <main>: the body, less page chrome */
  expect_doc(in, DATA "/body.html",
             "Plain page\n\nFirst block with inline link.\n\ncell one\n\ncell "
             "two",
             true);
  /* unclosed and stray tags: the parser recovers the text */
  expect_doc(in, DATA "/broken.html",
             "Unclosed bold\n\ntext\n\nMore & more &unknown; <tag>\n\nTail",
             true);
  /* declared latin-1 (read as windows-1252, as browsers do) becomes UTF-8 */
  expect_doc(in, DATA "/latin1.html",
             "Caf\xc3\xa9 \xe2\x80\x9c"
             "cr\xc3\xa8me\xe2\x80\x9d na\xc3\xafve \xc2\xa3 5",
             true);
  expect_end(in);
  kgb_input_free(in);
}

static void input_html_snippets(void **state) {
  (void)state;
  expect_html("<p>Tom &amp; Jerry&#8217;s &lt;show&gt; &eacute;t&eacute; "
              "&#x1F600;</p>",
              "Tom & Jerry\xe2\x80\x99s <show> \xc3\xa9t\xc3\xa9 "
              "\xf0\x9f\x98\x80");
  /* whitespace between inline elements is one space, never lost */
  expect_html("<p><b>Foo</b> <i>Bar</i>\n\t <a href=x>Baz</a></p>",
              "Foo Bar Baz");
  expect_html("<h2>Heading</h2>Loose text<div>Block</div>"
              "<table><tr><td>a</td><td>b</td></tr></table>",
              "Heading\n\nLoose text\n\nBlock\n\na\n\nb");
  expect_html("<pre>  two\n\n  lines  </pre>", "two lines");
  /* <article> wins over <main>; all articles are kept, in order */
  expect_html("<main><p>In main.</p><article><p>In article.</p></article>"
              "</main>",
              "In article.");
  expect_html("<article><p>One.</p></article><div>Between.</div>"
              "<article><p>Two.</p></article>",
              "One.\n\nTwo.");
  /* an article inside dropped chrome does not count */
  expect_html("<nav><article>Menu card</article></nav><p>Body text.</p>",
              "Body text.");
  /* a page header is dropped, an article's header kept */
  expect_html("<header>Site</header><article><header><h1>Title</h1></header>"
              "<p>Text.</p></article>",
              "Title\n\nText.");
  expect_html("<html><body><nav>x</nav><script>y</script></body></html>", "");
  expect_html("", "");
  /* UTF-8 BOM; a <meta> claiming UTF-16 in an ASCII page; unknown charset */
  expect_html("\xef\xbb\xbf<p>x</p>", "x");
  expect_html("<meta charset=utf-16><p>caf\xc3\xa9</p>", "caf\xc3\xa9");
  expect_html("<meta charset=x-no-such-charset><p>caf\xc3\xa9</p>",
              "caf\xc3\xa9");
  /* latin-1 with a byte windows-1252 leaves undefined: read as latin-1 */
  expect_html("<meta charset=latin1><p>\x81\xe9</p>", "\xc2\x81\xc3\xa9");
  /* an XML declaration's encoding is honoured too */
  expect_html("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
              "<html><body><p>\xe9t\xe9</p></body></html>",
              "\xc3\xa9t\xc3\xa9");
  /* invalid bytes: an error, no text */
  char *out = (char *)"unchanged";
  size_t len = 7;
  assert_int_equal(kgb_html_to_text("<p>\xff</p>", 8, &out, &len),
                   KGB_ERR_ENCODING);
  assert_null(out);
  assert_int_equal(len, 0);
  assert_int_equal(kgb_html_to_text(NULL, 0, &out, &len), KGB_ERR_USAGE);
}

static void input_html_deep_nesting(void **state) {
  (void)state;
  /* past libxml2's default limit of 256 levels the rest would be lost */
  KgbBuf html = {0};
  assert_int_equal(kgb_buf_puts(&html, "<p>Top.</p>"), KGB_OK);
  for (int i = 0; i < 20000; i++) {
    assert_int_equal(kgb_buf_puts(&html, "<div>"), KGB_OK);
  }
  assert_int_equal(kgb_buf_puts(&html, "Deep."), KGB_OK);
  for (int i = 0; i < 20000; i++) {
    assert_int_equal(kgb_buf_puts(&html, "</div>"), KGB_OK);
  }
  assert_int_equal(kgb_buf_puts(&html, "<p>After.</p>"), KGB_OK);
  expect_html(html.data, "Top.\n\nDeep.\n\nAfter.");
  kgb_buf_free(&html);
}

const struct CMUnitTest kgb_tests_input[] = {
    cmocka_unit_test(input_new_usage),
    cmocka_unit_test(input_folder_walk_order),
    cmocka_unit_test(input_errors_each_reported_walk_goes_on),
    cmocka_unit_test(input_bom_and_line_ends),
    cmocka_unit_test(input_ten_mb_single_line),
    cmocka_unit_test(input_stdin),
    cmocka_unit_test(input_html_article_page),
    cmocka_unit_test(input_html_snippets),
    cmocka_unit_test(input_html_deep_nesting),
};
const size_t kgb_tests_input_count =
    sizeof kgb_tests_input / sizeof kgb_tests_input[0];
