/*
 * util.h: what every kgb module shares: the status enum, a growable byte
 * buffer, a string interner, name normalisation and atomic output files.
 *
 * Nothing here aborts: allocation failures come back as KGB_ERR_NOMEM.
 */
#ifndef KGB_UTIL_H
#define KGB_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/// The one status type of every kgb function that can fail.
typedef enum {
  KGB_OK = 0,
  KGB_NOT_FOUND, ///< nothing there (end of input, unknown name): not an error
  KGB_ERR_IO,    ///< a read or write failed (errno is meaningful)
  KGB_ERR_PARSE, ///< input text, rule file or RDF could not be parsed
  KGB_ERR_ENCODING, ///< input is not valid UTF-8, or is binary
  KGB_ERR_EMPTY,    ///< input holds no text
  KGB_ERR_NOMEM,    ///< an allocation failed
  KGB_ERR_USAGE,    ///< the caller passed something invalid
  KGB_ERR_LIB,      ///< a library we drive (igraph, raptor2, libxml2, Graphviz)
                    ///< failed
} KgbStatus;

/// A short English description of @p st (static string, never NULL).
const char *kgb_strerror(KgbStatus st);

/// Propagate a failing status to the function's `done:` label.
#define TRY(st, expr)                                                          \
  do {                                                                         \
    (st) = (expr);                                                             \
    if ((st) != KGB_OK) {                                                      \
      goto done;                                                               \
    }                                                                          \
  } while (0)

/* ---- growable arrays ------------------------------------------------------
 */

/**
 * Make room for @p need items of @p size bytes in the array *items of
 * capacity *cap (doubling, at least 16). On KGB_ERR_NOMEM the array is
 * unchanged. Amortised O(1) per item.
 */
KgbStatus kgb_grow(void *items, size_t *cap, size_t need, size_t size);

/* ---- growable byte buffer ------------------------------------------------ */

/// A growable, always NUL-terminated byte buffer. Zero-initialise to start;
/// owns `data`; release with kgb_buf_free().
typedef struct {
  char *data;
  size_t len;
  size_t cap;
} KgbBuf;

KgbStatus kgb_buf_reserve(KgbBuf *buf, size_t extra);
KgbStatus kgb_buf_append(KgbBuf *buf, const char *s, size_t len);
KgbStatus kgb_buf_puts(KgbBuf *buf, const char *s);
KgbStatus kgb_buf_putc(KgbBuf *buf, char c);
/// Append printf-style; the result is truncated nowhere.
KgbStatus kgb_buf_printf(KgbBuf *buf, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void kgb_buf_clear(KgbBuf *buf);
/// Append the whole file at @p path (binary). KGB_ERR_IO with errno set
/// when it cannot be opened or read; the buffer then holds what was read.
KgbStatus kgb_buf_read_file(KgbBuf *buf, const char *path);
void kgb_buf_free(KgbBuf *buf);

/// strdup that reports failure as NULL (and never aborts).
char *kgb_strdup(const char *s);
char *kgb_strndup(const char *s, size_t len);

/* ---- string interner ----------------------------------------------------- */

/// Interns strings: equal strings get the same pointer, valid until the pool is
/// freed. Open addressing, amortised O(1) per lookup; the copies are packed
/// in a few large blocks.
typedef struct KgbStrPool KgbStrPool;

KgbStrPool *kgb_strpool_new(void);
void kgb_strpool_free(KgbStrPool *pool);
/// Make room for @p n more strings without rehashing (a hint: a big list
/// loads faster). KGB_ERR_NOMEM leaves the pool as it was.
KgbStatus kgb_strpool_reserve(KgbStrPool *pool, size_t n);
/// The interned copy of s[0..len), or NULL when out of memory (or len is
/// 4 GiB or more).
const char *kgb_strpool_intern(KgbStrPool *pool, const char *s, size_t len);
/// The interned copy if present, else NULL (no allocation).
const char *kgb_strpool_find(const KgbStrPool *pool, const char *s, size_t len);
/// The same two with @p hash == kgb_hash(s, len) computed by the caller
/// (one hash for lookups in several pools).
const char *kgb_strpool_intern_hashed(KgbStrPool *pool, const char *s,
                                      size_t len, uint64_t hash);
const char *kgb_strpool_find_hashed(const KgbStrPool *pool, const char *s,
                                    size_t len, uint64_t hash);

/// 64-bit FNV-1a hash.
uint64_t kgb_hash(const char *s, size_t len);

/* ---- names --------------------------------------------------------------- */

/**
 * Normalise a name or literal as GOLD-FORMAT.md defines it: Unicode NFKD, drop
 * combining marks, map `ı` to `i`, case-fold, drop apostrophes and quotation
 * marks, replace every other run of non-letters/non-digits by one space, trim,
 * drop a leading "the ".
 *
 * @return a new string the caller frees with free(), or NULL when @p s is not
 * valid UTF-8 or memory ran out.
 */
char *kgb_normalize(const char *s, size_t len);

/**
 * Like kgb_normalize() but joins words with '-' and keeps only what is safe in
 * an IRI path segment: the slug used in entity IRIs ("dont-leave").
 * Caller frees; NULL on invalid UTF-8 or no memory. Never returns "".
 */
char *kgb_slug(const char *s, size_t len);

/// Byte offset of the first invalid UTF-8 sequence in s[0..len), or len when
/// the whole buffer is valid. NUL bytes count as invalid here.
size_t kgb_utf8_invalid_at(const char *s, size_t len);

/// Number of code points in the valid UTF-8 prefix s[0..len).
size_t kgb_utf8_count(const char *s, size_t len);

/* ---- atomic output files ------------------------------------------------- */

/// An output file written under a temporary name in the same directory and
/// renamed into place by kgb_outfile_commit(); kgb_outfile_abort() (or _free
/// without commit) removes the temporary, so no partial file is ever left.
typedef struct KgbOutFile KgbOutFile;

/// Open a temporary beside @p path. On success *out owns the file and
/// kgb_outfile_stream() is ready for writing.
KgbStatus kgb_outfile_open(const char *path, KgbOutFile **out);
FILE *kgb_outfile_stream(KgbOutFile *f);
/// Temporary file name (for libraries that want a path), borrowed.
const char *kgb_outfile_tmp_path(const KgbOutFile *f);
/// Flush, fsync, close and rename into place; frees @p f in every case.
/// Returns KGB_ERR_IO (and removes the temporary) if any write failed.
KgbStatus kgb_outfile_commit(KgbOutFile *f);
/// Close and remove the temporary; frees @p f. Accepts NULL.
void kgb_outfile_abort(KgbOutFile *f);
/// Remove the temporaries of all output files not yet committed or aborted,
/// for a fatal exit that has no caller to return to (kgb_dynlib_load()).
void kgb_outfile_remove_all(void);

/**
 * Opens the shared library @p soname and looks up its @p n functions
 * @p names into @p out, in that order. For libraries that only some commands
 * call (raptor2, igraph): they are opened on their first call rather than by
 * the dynamic linker at every start (export/raptor_load.c,
 * graph/igraph_load.c). If the library or a function is missing it prints
 * why to stderr, removes the temporaries of unfinished output files
 * (kgb_outfile_remove_all()) and exits with status 3, kgb's fatal error;
 * there is no caller to return an error to. The library stays open until
 * exit.
 */
void kgb_dynlib_load(const char *soname, const char *const *names, size_t n,
                     void **out);

#endif
