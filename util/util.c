/*
 * util.c: status strings, byte buffers, the string interner, name folding
 * (utf8proc) and atomic output files (temporary + rename).
 */
#include "util.h"

#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utf8proc.h>

const char *kgb_strerror(KgbStatus st) {
  static const char *const text[] = {
      [KGB_OK] = "success",
      [KGB_NOT_FOUND] = "not found",
      [KGB_ERR_IO] = "input/output error",
      [KGB_ERR_PARSE] = "parse error",
      [KGB_ERR_ENCODING] = "not valid UTF-8 text",
      [KGB_ERR_EMPTY] = "no text",
      [KGB_ERR_NOMEM] = "out of memory",
      [KGB_ERR_USAGE] = "invalid usage",
      [KGB_ERR_LIB] = "library error",
  };
  if ((size_t)st < sizeof text / sizeof text[0] && text[st]) {
    return text[st];
  }
  return "unknown error";
}

/* ---- buffer -------------------------------------------------------------- */

KgbStatus kgb_grow(void *items, size_t *cap, size_t need, size_t size) {
  if (need <= *cap) {
    return KGB_OK;
  }
  size_t n = *cap ? *cap : 16;
  while (n < need) {
    if (n > SIZE_MAX / 2 / size) {
      return KGB_ERR_NOMEM;
    }
    n *= 2;
  }
  void *old; /* *items is some T*: read and write it without aliasing it */
  memcpy(&old, items, sizeof old);
  void *grown = realloc(old, n * size);
  if (!grown) {
    return KGB_ERR_NOMEM;
  }
  memcpy(items, &grown, sizeof grown);
  *cap = n;
  return KGB_OK;
}

KgbStatus kgb_buf_read_file(KgbBuf *buf, const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    return KGB_ERR_IO;
  }
  KgbStatus st = KGB_OK;
  char chunk[65536];
  size_t got;
  while (st == KGB_OK && (got = fread(chunk, 1, sizeof chunk, f)) > 0) {
    st = kgb_buf_append(buf, chunk, got);
  }
  if (st == KGB_OK && ferror(f)) {
    st = KGB_ERR_IO;
  }
  int saved = errno;
  fclose(f);
  errno = saved;
  return st;
}

KgbStatus kgb_buf_reserve(KgbBuf *buf, size_t extra) {
  if (buf->len + extra + 1 <= buf->cap) {
    return KGB_OK;
  }
  size_t cap = buf->cap ? buf->cap : 64;
  while (cap < buf->len + extra + 1) {
    if (cap > SIZE_MAX / 2) {
      return KGB_ERR_NOMEM;
    }
    cap *= 2;
  }
  char *data = realloc(buf->data, cap);
  if (!data) {
    return KGB_ERR_NOMEM;
  }
  buf->data = data;
  buf->cap = cap;
  return KGB_OK;
}

KgbStatus kgb_buf_append(KgbBuf *buf, const char *s, size_t len) {
  KgbStatus st = kgb_buf_reserve(buf, len);
  if (st != KGB_OK) {
    return st;
  }
  if (len) {
    memcpy(buf->data + buf->len, s, len);
  }
  buf->len += len;
  buf->data[buf->len] = '\0';
  return KGB_OK;
}

KgbStatus kgb_buf_puts(KgbBuf *buf, const char *s) {
  return kgb_buf_append(buf, s, strlen(s));
}

KgbStatus kgb_buf_putc(KgbBuf *buf, char c) {
  return kgb_buf_append(buf, &c, 1);
}

KgbStatus kgb_buf_printf(KgbBuf *buf, const char *fmt, ...) {
  va_list ap;
  /* formatted in place when it fits (once), else measured and formatted
     again into a buffer grown to fit */
  size_t room = buf->data ? buf->cap - buf->len : 0;
  va_start(ap, fmt);
  int n = vsnprintf(room ? buf->data + buf->len : NULL, room, fmt, ap);
  va_end(ap);
  if (n < 0) {
    if (buf->data) {
      buf->data[buf->len] = '\0';
    }
    return KGB_ERR_USAGE;
  }
  if ((size_t)n < room) {
    buf->len += (size_t)n;
    return KGB_OK;
  }
  if (buf->data) {
    buf->data[buf->len] = '\0'; /* as it was, if growing fails */
  }
  KgbStatus st = kgb_buf_reserve(buf, (size_t)n);
  if (st != KGB_OK) {
    return st;
  }
  va_start(ap, fmt);
  vsnprintf(buf->data + buf->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  buf->len += (size_t)n;
  return KGB_OK;
}

void kgb_buf_clear(KgbBuf *buf) {
  buf->len = 0;
  if (buf->data) {
    buf->data[0] = '\0';
  }
}

void kgb_buf_free(KgbBuf *buf) {
  if (!buf) {
    return;
  }
  free(buf->data);
  buf->data = NULL;
  buf->len = buf->cap = 0;
}

char *kgb_strndup(const char *s, size_t len) {
  char *d = malloc(len + 1);
  if (!d) {
    return NULL;
  }
  memcpy(d, s, len);
  d[len] = '\0';
  return d;
}

char *kgb_strdup(const char *s) {
  return kgb_strndup(s, strlen(s));
}

/* ---- interner ------------------------------------------------------------ */

uint64_t kgb_hash(const char *s, size_t len) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 1099511628211ULL;
  }
  return h;
}

/* Strings live in chunks that are never moved (so interned pointers stay
 * valid) and are freed together: one allocation per chunk, not per string. */
typedef struct Chunk {
  struct Chunk *next;
  size_t used, cap;
  char data[];
} Chunk;

typedef struct { /* 16 bytes: big pools (a word list) stay small */
  const char *str;
  uint32_t len;
  uint32_t hash; ///< the low 32 bits of kgb_hash
} PoolSlot;

struct KgbStrPool {
  PoolSlot *slots;
  size_t cap; // power of two
  size_t used;
  Chunk *chunks; ///< the newest first
};

#define CHUNK_MIN 2048
#define CHUNK_MAX 65536

KgbStrPool *kgb_strpool_new(void) {
  KgbStrPool *pool = calloc(1, sizeof *pool);
  if (!pool) {
    return NULL;
  }
  pool->cap = 256;
  pool->slots = calloc(pool->cap, sizeof *pool->slots);
  if (!pool->slots) {
    free(pool);
    return NULL;
  }
  return pool;
}

void kgb_strpool_free(KgbStrPool *pool) {
  if (!pool) {
    return;
  }
  for (Chunk *c = pool->chunks, *next; c; c = next) {
    next = c->next;
    free(c);
  }
  free(pool->slots);
  free(pool);
}

/* A NUL-terminated copy of s[0..len) in the pool's chunks. */
static const char *pool_copy(KgbStrPool *pool, const char *s, size_t len) {
  Chunk *c = pool->chunks;
  if (!c || c->cap - c->used < len + 1) {
    size_t cap = c ? c->cap * 2 : CHUNK_MIN;
    if (cap > CHUNK_MAX) {
      cap = CHUNK_MAX;
    }
    if (cap < len + 1) {
      cap = len + 1;
    }
    Chunk *fresh = malloc(sizeof *fresh + cap);
    if (!fresh) {
      return NULL;
    }
    fresh->used = 0;
    fresh->cap = cap;
    if (c && cap == len + 1 && c->cap - c->used > 64) {
      /* a long string alone in its chunk: keep filling the current one */
      fresh->next = c->next;
      c->next = fresh;
    } else {
      fresh->next = c;
      pool->chunks = fresh;
    }
    c = fresh;
  }
  char *copy = c->data + c->used;
  memcpy(copy, s, len);
  copy[len] = '\0';
  c->used += len + 1;
  return copy;
}

static size_t pool_probe(const KgbStrPool *pool, const char *s, size_t len,
                         uint64_t h) {
  size_t mask = pool->cap - 1;
  size_t i = (uint32_t)h & mask;
  while (pool->slots[i].str) {
    const PoolSlot *slot = &pool->slots[i];
    if (slot->hash == (uint32_t)h && slot->len == len &&
        memcmp(slot->str, s, len) == 0) {
      return i;
    }
    i = (i + 1) & mask;
  }
  return i;
}

/* Rehash into a table of @p cap slots (a power of two, above the count). */
static bool pool_resize(KgbStrPool *pool, size_t cap) {
  size_t old_cap = pool->cap;
  PoolSlot *old = pool->slots;
  PoolSlot *slots = calloc(cap, sizeof *slots);
  if (!slots) {
    return false;
  }
  pool->slots = slots;
  pool->cap = cap;
  size_t mask = pool->cap - 1;
  for (size_t i = 0; i < old_cap; i++) {
    if (old[i].str) {
      size_t j = (size_t)old[i].hash & mask;
      while (slots[j].str) {
        j = (j + 1) & mask;
      }
      slots[j] = old[i];
    }
  }
  free(old);
  return true;
}

KgbStatus kgb_strpool_reserve(KgbStrPool *pool, size_t n) {
  size_t cap = pool->cap;
  while ((pool->used + n) * 4 > cap * 3) {
    if (cap > SIZE_MAX / 2 / sizeof(PoolSlot)) {
      return KGB_ERR_NOMEM;
    }
    cap *= 2;
  }
  return cap == pool->cap || pool_resize(pool, cap) ? KGB_OK : KGB_ERR_NOMEM;
}

const char *kgb_strpool_find(const KgbStrPool *pool, const char *s,
                             size_t len) {
  return kgb_strpool_find_hashed(pool, s, len, kgb_hash(s, len));
}

const char *kgb_strpool_find_hashed(const KgbStrPool *pool, const char *s,
                                    size_t len, uint64_t hash) {
  return pool->slots[pool_probe(pool, s, len, hash)].str;
}

const char *kgb_strpool_intern(KgbStrPool *pool, const char *s, size_t len) {
  return kgb_strpool_intern_hashed(pool, s, len, kgb_hash(s, len));
}

const char *kgb_strpool_intern_hashed(KgbStrPool *pool, const char *s,
                                      size_t len, uint64_t h) {
  if (len > UINT32_MAX) {
    return NULL; /* not a name or a word */
  }
  size_t i = pool_probe(pool, s, len, h);
  if (pool->slots[i].str) {
    return pool->slots[i].str;
  }
  if ((pool->used + 1) * 4 > pool->cap * 3) {
    if (!pool_resize(pool, pool->cap * 2)) {
      return NULL;
    }
    i = pool_probe(pool, s, len, h);
  }
  const char *copy = pool_copy(pool, s, len);
  if (!copy) {
    return NULL;
  }
  pool->slots[i] = (PoolSlot){copy, (uint32_t)len, (uint32_t)h};
  pool->used++;
  return copy;
}

/* ---- UTF-8 --------------------------------------------------------------- */

size_t kgb_utf8_invalid_at(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < len) {
    unsigned char c = p[i];
    if (c < 0x80) {
      if (c == 0) {
        return i;
      }
      i++;
      continue;
    }
    size_t need;
    uint32_t min;
    if ((c & 0xE0) == 0xC0) {
      need = 1;
      min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      need = 2;
      min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (need >= len - i) {
      return i;
    }
    uint32_t cp = c & (0x3F >> need);
    for (size_t k = 1; k <= need; k++) {
      if ((p[i + k] & 0xC0) != 0x80) {
        return i;
      }
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return i;
    }
    i += need + 1;
  }
  return len;
}

size_t kgb_utf8_count(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    if (((unsigned char)s[i] & 0xC0) != 0x80) {
      n++;
    }
  }
  return n;
}

/* ---- names --------------------------------------------------------------- */

static bool is_quote_cp(utf8proc_int32_t c) {
  switch (c) {
  case '\'':
  case '"':
  case 0x2018: // ‘
  case 0x2019: // ’
  case 0x201A:
  case 0x201B:
  case 0x201C: // “
  case 0x201D: // ”
  case 0x201E:
  case 0x201F:
  case 0x00AB: // «
  case 0x00BB: // »
  case 0x2039:
  case 0x203A:
  case 0x02BC: // modifier apostrophe
  case 0x0060: // grave used as apostrophe
  case 0x00B4:
    return true;
  default:
    return false;
  }
}

#define FOLD_OPTIONS                                                           \
  (UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |                 \
   UTF8PROC_CASEFOLD)

/* fold_words through utf8proc_map: for a code point whose decomposition
 * does not fit fold_words' buffer (none in Unicode 15 does). */
static char *fold_words_map(const char *s, size_t len, char sep) {
  utf8proc_uint8_t *folded = NULL;
  utf8proc_ssize_t n =
      utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &folded,
                   FOLD_OPTIONS);
  if (n < 0) {
    return NULL;
  }
  char *out = malloc((size_t)n + 1);
  if (!out) {
    free(folded);
    return NULL;
  }
  size_t o = 0;
  bool pending_sep = false;
  utf8proc_ssize_t i = 0;
  while (i < n) {
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate(folded + i, n - i, &c);
    if (k <= 0) {
      break;
    }
    if (c == 0x0131) { // dotless i
      c = 'i';
    }
    if (is_quote_cp(c)) {
      i += k;
      continue;
    }
    utf8proc_category_t cat = utf8proc_category(c);
    bool word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
    if (!word) {
      pending_sep = o > 0;
      i += k;
      continue;
    }
    if (pending_sep) {
      out[o++] = sep;
      pending_sep = false;
    }
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t m = utf8proc_encode_char(c, enc);
    memcpy(out + o, enc, (size_t)m);
    o += (size_t)m;
    i += k;
  }
  out[o] = '\0';
  free(folded);
  if (o > 4 && memcmp(out, "the", 3) == 0 && out[3] == sep) {
    memmove(out, out + 4, o - 4 + 1);
  }
  return out;
}

/* The word-splitting pass over the folded code points: drop quotes, map the
 * dotless i, join words with @p sep. */
typedef struct {
  char *out;
  size_t o;
  bool pending_sep;
  char sep;
} Folder;

static void fold_put_other(Folder *f, utf8proc_int32_t c);

/* ASCII inline (most names are ASCII), the rest in fold_put_other(). */
static inline void fold_put(Folder *f, utf8proc_int32_t c) {
  if (c < 0x80) {
    bool upper = c >= 'A' && c <= 'Z';
    bool word = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c == '\'' || c == '"' || c == '`') {
      return;
    }
    if (!word) {
      f->pending_sep = f->o > 0;
      return;
    }
    if (f->pending_sep) {
      f->out[f->o++] = f->sep;
      f->pending_sep = false;
    }
    f->out[f->o++] = (char)(upper ? c + 32 : c);
    return;
  }
  fold_put_other(f, c);
}

static void fold_put_other(Folder *f, utf8proc_int32_t c) {
  if (c == 0x0131) { // dotless i
    c = 'i';
  }
  if (is_quote_cp(c)) {
    return;
  }
  utf8proc_category_t cat = utf8proc_category(c);
  bool word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
              (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
  if (!word) {
    f->pending_sep = f->o > 0;
    return;
  }
  if (f->pending_sep) {
    f->out[f->o++] = f->sep;
    f->pending_sep = false;
  }
  f->o += (size_t)utf8proc_encode_char(c, (utf8proc_uint8_t *)f->out + f->o);
}

/* Fold to words separated by @p sep; shared by kgb_normalize and kgb_slug.
 * NFKD with marks stripped and case folded works code point by code point
 * (utf8proc_map would then only reorder marks, which are stripped), so each
 * code point is decomposed alone into a small buffer: no allocation but
 * the result. ASCII maps to itself, lower-cased. */
static char *fold_words(const char *s, size_t len, char sep) {
  size_t cap = len * 4 + 8; /* grown when a decomposition is longer */
  Folder f = {malloc(cap), 0, false, sep};
  if (!f.out) {
    return NULL;
  }
  size_t i = 0;
  while (i < len) {
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) {
      fold_put(&f, b);
      i++;
      continue;
    }
    utf8proc_int32_t u;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                          (utf8proc_ssize_t)(len - i), &u);
    if (k <= 0) {
      free(f.out);
      return NULL;
    }
    i += (size_t)k;
    utf8proc_int32_t cps[32];
    int boundclass = 0;
    utf8proc_ssize_t n =
        utf8proc_decompose_char(u, cps, 32, FOLD_OPTIONS, &boundclass);
    if (n < 0 || n > 32) {
      free(f.out);
      return n < 0 ? NULL : fold_words_map(s, len, sep);
    }
    if (f.o + (size_t)n * 4 + 8 + (len - i) * 4 > cap) {
      cap = (f.o + (size_t)n * 4 + 8 + (len - i) * 4) * 2;
      char *grown = realloc(f.out, cap);
      if (!grown) {
        free(f.out);
        return NULL;
      }
      f.out = grown;
    }
    for (utf8proc_ssize_t j = 0; j < n; j++) {
      fold_put(&f, cps[j]);
    }
  }
  f.out[f.o] = '\0';
  if (f.o > 4 && memcmp(f.out, "the", 3) == 0 && f.out[3] == sep) {
    memmove(f.out, f.out + 4, f.o - 4 + 1);
  }
  return f.out;
}

char *kgb_normalize(const char *s, size_t len) {
  return fold_words(s, len, ' ');
}

char *kgb_slug(const char *s, size_t len) {
  char *slug = fold_words(s, len, '-');
  if (slug && slug[0] == '\0') {
    free(slug);
    slug = kgb_strdup("_");
  }
  return slug;
}

/* ---- atomic output files ------------------------------------------------- */

struct KgbOutFile {
  char *path;
  char *tmp;
  FILE *stream;
  KgbOutFile *prev, *next; ///< in open_files while its temporary exists
};

/* The output files whose temporaries exist, so that a fatal exit with no
 * caller to return to (kgb_dynlib_load()) can remove them. */
static KgbOutFile *open_files;
static pthread_mutex_t open_files_lock = PTHREAD_MUTEX_INITIALIZER;

static void open_files_link(KgbOutFile *f) {
  pthread_mutex_lock(&open_files_lock);
  f->prev = NULL;
  f->next = open_files;
  if (open_files) {
    open_files->prev = f;
  }
  open_files = f;
  pthread_mutex_unlock(&open_files_lock);
}

static void open_files_unlink(KgbOutFile *f) {
  pthread_mutex_lock(&open_files_lock);
  if (f->prev) {
    f->prev->next = f->next;
  } else if (open_files == f) {
    open_files = f->next;
  }
  if (f->next) {
    f->next->prev = f->prev;
  }
  f->prev = f->next = NULL;
  pthread_mutex_unlock(&open_files_lock);
}

void kgb_outfile_remove_all(void) {
  pthread_mutex_lock(&open_files_lock);
  for (KgbOutFile *f = open_files; f; f = f->next) {
    unlink(f->tmp);
  }
  pthread_mutex_unlock(&open_files_lock);
}

KgbStatus kgb_outfile_open(const char *path, KgbOutFile **out) {
  *out = NULL;
  KgbOutFile *f = calloc(1, sizeof *f);
  if (!f) {
    return KGB_ERR_NOMEM;
  }
  KgbBuf tmp = {0};
  f->path = kgb_strdup(path);
  if (!f->path || kgb_buf_printf(&tmp, "%s.tmp.XXXXXX", path) != KGB_OK) {
    free(f->path);
    free(f);
    kgb_buf_free(&tmp);
    return KGB_ERR_NOMEM;
  }
  f->tmp = tmp.data;
  int fd = mkstemp(f->tmp);
  if (fd < 0) {
    free(f->path);
    free(f->tmp);
    free(f);
    return KGB_ERR_IO;
  }
  mode_t mask = umask(0);
  umask(mask);
  (void)fchmod(fd, 0666 & ~mask);
  f->stream = fdopen(fd, "wb");
  if (!f->stream) {
    close(fd);
    unlink(f->tmp);
    free(f->path);
    free(f->tmp);
    free(f);
    return KGB_ERR_IO;
  }
  open_files_link(f);
  *out = f;
  return KGB_OK;
}

FILE *kgb_outfile_stream(KgbOutFile *f) {
  return f->stream;
}

const char *kgb_outfile_tmp_path(const KgbOutFile *f) {
  return f->tmp;
}

static void outfile_release(KgbOutFile *f) {
  open_files_unlink(f);
  free(f->path);
  free(f->tmp);
  free(f);
}

KgbStatus kgb_outfile_commit(KgbOutFile *f) {
  KgbStatus st = KGB_OK;
  if (fflush(f->stream) != 0 || ferror(f->stream) ||
      fsync(fileno(f->stream)) != 0) {
    st = KGB_ERR_IO;
  }
  if (fclose(f->stream) != 0) {
    st = KGB_ERR_IO;
  }
  f->stream = NULL;
  if (st == KGB_OK && rename(f->tmp, f->path) != 0) {
    st = KGB_ERR_IO;
  }
  if (st != KGB_OK) {
    int saved = errno;
    unlink(f->tmp);
    errno = saved;
  }
  outfile_release(f);
  return st;
}

void kgb_outfile_abort(KgbOutFile *f) {
  if (!f) {
    return;
  }
  if (f->stream) {
    fclose(f->stream);
  }
  unlink(f->tmp);
  outfile_release(f);
}

void kgb_dynlib_load(const char *soname, const char *const *names, size_t n,
                     void **out) {
  void *lib = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    fprintf(stderr, "kgb: cannot load %s: %s\n", soname, dlerror());
    kgb_outfile_remove_all();
    exit(3);
  }
  for (size_t i = 0; i < n; i++) {
    out[i] = dlsym(lib, names[i]);
    if (!out[i]) {
      fprintf(stderr, "kgb: %s has no %s: %s\n", soname, names[i], dlerror());
      kgb_outfile_remove_all();
      exit(3);
    }
  }
}
