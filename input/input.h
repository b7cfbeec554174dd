/*
 * input.h: documents from files, folders and standard input.
 *
 * A KgbInput walks its paths in order (folders recursively, entries sorted by
 * name, keeping *.txt, *.html and *.htm) and yields one document at a time, so
 * a corpus never has to fit in memory: only the current document's text does.
 * HTML goes through libxml2's HTML parser with network access off; only
 * article text is kept (no script, style, nav, header, footer, aside...).
 *
 * Every document's text is checked: empty, binary (NUL bytes) and invalid
 * UTF-8 (with the byte offset) are reported as per-input errors and the walk
 * goes on with the next input.
 */
#ifndef KGB_INPUT_H
#define KGB_INPUT_H

#include "../util/util.h"

typedef struct KgbInput KgbInput;

/// One document; strings owned by the KgbInput, valid until the next call to
/// kgb_input_next() or kgb_input_free().
typedef struct {
  const char *id;   ///< the path as given or found ("samples/a.txt"), or "-"
  const char *text; ///< UTF-8 article text, NUL-terminated
  size_t len;       ///< bytes in text
  size_t raw_bytes; ///< bytes read from the source (for progress)
  bool is_html;
} KgbDocument;

/// A failure of one input: which, why, and where.
typedef struct {
  const char *path;    ///< borrowed as for KgbDocument
  KgbStatus status;    ///< KGB_ERR_IO, KGB_ERR_ENCODING, KGB_ERR_EMPTY, ...
  const char *message; ///< "invalid UTF-8 at byte 1234", borrowed
} KgbInputError;

/**
 * A reader over @p paths (copied). "-" is standard input, read as one
 * document. @p n == 0 is a usage error.
 */
KgbStatus kgb_input_new(const char *const *paths, size_t n, KgbInput **out);
void kgb_input_free(KgbInput *in);

/**
 * The next document.
 * @return KGB_OK with *doc filled; KGB_NOT_FOUND when every input is done;
 * another status when the current input failed: *err says which and why and
 * the next call goes on with the next input. KGB_ERR_NOMEM is fatal.
 * Messages (err->path names the input, or the file found in a folder):
 * "cannot open: " or "cannot read: " + strerror (KGB_ERR_IO); "empty",
 * "no article text" (HTML) or "no .txt, .html or .htm files" (a folder)
 * (KGB_ERR_EMPTY); "binary file (NUL byte at byte N)" and "invalid UTF-8 at
 * byte N", N 0-based in the bytes read (KGB_ERR_ENCODING).
 */
KgbStatus kgb_input_next(KgbInput *in, KgbDocument *doc, KgbInputError *err);

/// Documents yielded and inputs failed so far.
size_t kgb_input_documents(const KgbInput *in);
size_t kgb_input_failures(const KgbInput *in);
/// Raw bytes read so far, over all inputs.
uint64_t kgb_input_bytes(const KgbInput *in);

/**
 * Extract article text from an HTML buffer (the HTML branch of
 * kgb_input_next, exposed for tests and fuzzing). *out is NUL-terminated
 * UTF-8, caller frees with free(); paragraphs are separated by "\n\n".
 * The buffer is read in the charset its <meta> declares, else UTF-8.
 * @return KGB_ERR_ENCODING (and *out NULL) when the bytes are not valid in
 * that charset, KGB_ERR_NOMEM, KGB_ERR_USAGE for NULL arguments; "" when
 * there is no article text.
 */
KgbStatus kgb_html_to_text(const char *html, size_t len, char **out,
                           size_t *out_len);

#endif
