/*
 * vocab.c: the vocabulary (rules/vocabulary.tsv) as a table of terms.
 *
 * Each non-comment line is: kind, name, domain, range, traits, aligned_with,
 * meaning, example, tab-separated. The built-in vocabulary is parsed once,
 * on first use, from the copy compiled into the binary.
 */
#include "internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct KgbVocab {
  KgbVocabTerm *terms;
  uint64_t *hashes; ///< kgb_hash of each term's name: lookups compare these
  size_t n;
  char *data;     ///< the file's bytes, split in place into the terms' strings
  uint32_t *slot; ///< open addressing by name hash: 1 + term index, 0 empty
  size_t n_slots; ///< a power of two, at least twice n
  int *class_bit; ///< per term: its bit in class bit sets, or -1
  int *super;     ///< per term: kgb_vocab_find(superclass) index, or -1
  uint32_t *by_ptr; ///< open addressing by name pointer: 1 + term index
};

static size_t ptr_hash(const char *p) {
  return (size_t)(((uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15u) >> 32);
}

/* ---- map ----------------------------------------------------------------- */

static size_t map_index(const KgbMap *m, const char *key) {
  uintptr_t h = (uintptr_t)key;
  h ^= h >> 17;
  h *= 0x9E3779B97F4A7C15u;
  return (size_t)(h ^ (h >> 29)) & (m->cap - 1);
}

/* Rehash into @p cap slots (a power of two, more than twice the count). */
static KgbStatus map_resize(KgbMap *m, size_t cap) {
  KgbMapSlot *slots = calloc(cap, sizeof *slots);
  if (!slots) {
    return KGB_ERR_NOMEM;
  }
  KgbMap grown = {slots, cap, 0};
  for (size_t i = 0; i < m->cap; i++) {
    if (m->slots[i].key) {
      size_t j = map_index(&grown, m->slots[i].key);
      while (grown.slots[j].key) {
        j = (j + 1) & (cap - 1);
      }
      grown.slots[j] = m->slots[i];
      grown.len++;
    }
  }
  free(m->slots);
  *m = grown;
  return KGB_OK;
}

KgbStatus kgb_map_reserve(KgbMap *m, size_t n) {
  size_t cap = m->cap ? m->cap : 64;
  while ((m->len + n + 1) * 2 > cap) {
    if (cap > SIZE_MAX / 4 / sizeof *m->slots) {
      return KGB_ERR_NOMEM;
    }
    cap *= 2;
  }
  return cap == m->cap ? KGB_OK : map_resize(m, cap);
}

KgbStatus kgb_map_put(KgbMap *m, const char *key, intptr_t value) {
  if ((m->len + 1) * 2 > m->cap) {
    KgbStatus st = map_resize(m, m->cap ? m->cap * 2 : 64);
    if (st != KGB_OK) {
      return st;
    }
  }
  size_t j = map_index(m, key);
  while (m->slots[j].key && m->slots[j].key != key) {
    j = (j + 1) & (m->cap - 1);
  }
  if (!m->slots[j].key) {
    m->slots[j].key = key;
    m->len++;
  }
  m->slots[j].value = value;
  return KGB_OK;
}

bool kgb_map_get(const KgbMap *m, const char *key, intptr_t *value) {
  if (!m->cap || !key) {
    return false;
  }
  size_t j = map_index(m, key);
  while (m->slots[j].key) {
    if (m->slots[j].key == key) {
      if (value) {
        *value = m->slots[j].value;
      }
      return true;
    }
    j = (j + 1) & (m->cap - 1);
  }
  return false;
}

void kgb_map_free(KgbMap *m) {
  free(m->slots);
  m->slots = NULL;
  m->cap = m->len = 0;
}

/* ---- parsing ------------------------------------------------------------- */

static char *format_error(const char *name, size_t line, const char *what) {
  KgbBuf b = {0};
  if (kgb_buf_printf(&b, "%s:%zu:1: %s", name, line, what) != KGB_OK) {
    kgb_buf_free(&b);
    return NULL;
  }
  return b.data;
}

/* The name index (hash -> term) and the class bits (classes in file order,
 * bits 0..KGB_CLASS_BIT_NAME-1; classes past those get none). */
static KgbStatus index_terms(KgbVocab *v) {
  v->n_slots = 16;
  while (v->n_slots < 2 * v->n) {
    v->n_slots *= 2;
  }
  v->slot = calloc(v->n_slots, sizeof *v->slot);
  v->by_ptr = calloc(v->n_slots, sizeof *v->by_ptr);
  v->class_bit = malloc(v->n * sizeof *v->class_bit);
  v->super = malloc(v->n * sizeof *v->super);
  if (!v->slot || !v->by_ptr || !v->class_bit || !v->super) {
    return KGB_ERR_NOMEM;
  }
  int bit = 0;
  for (size_t i = 0; i < v->n; i++) {
    const KgbVocabTerm *t = &v->terms[i];
    v->hashes[i] = kgb_hash(t->name, strlen(t->name));
    v->class_bit[i] = t->is_class && bit < KGB_CLASS_BIT_NAME ? bit++ : -1;
    size_t j = (size_t)v->hashes[i] & (v->n_slots - 1);
    while (v->slot[j]) {
      j = (j + 1) & (v->n_slots - 1);
    }
    v->slot[j] = (uint32_t)i + 1;
    for (j = ptr_hash(t->name) & (v->n_slots - 1); v->by_ptr[j];
         j = (j + 1) & (v->n_slots - 1)) {
    }
    v->by_ptr[j] = (uint32_t)i + 1;
  }
  for (size_t i = 0; i < v->n; i++) {
    const KgbVocabTerm *up = v->terms[i].superclass
                                 ? kgb_vocab_find(v, v->terms[i].superclass)
                                 : NULL;
    v->super[i] = up ? (int)(up - v->terms) : -1;
  }
  return KGB_OK;
}

KgbStatus kgb_vocab_parse(const char *name, const char *data, size_t len,
                          KgbVocab **out, char **err) {
  *out = NULL;
  KgbVocab *v = calloc(1, sizeof *v);
  if (!v || !(v->data = kgb_strndup(data, len))) {
    free(v);
    return KGB_ERR_NOMEM;
  }
  size_t cap = 0;
  size_t line_no = 0;
  char *p = v->data;
  while (*p) {
    char *line = p;
    char *nl = strchr(p, '\n');
    p = nl ? nl + 1 : p + strlen(p);
    if (nl) {
      *nl = '\0';
    }
    line_no++;
    size_t ll = strlen(line);
    if (ll && line[ll - 1] == '\r') {
      line[ll - 1] = '\0';
    }
    if (line[0] == '#' || line[0] == '\0') {
      continue;
    }
    char *f[8] = {0};
    size_t nf = 0;
    for (char *q = line; nf < 8; nf++) {
      f[nf] = q;
      char *tab = strchr(q, '\t');
      if (!tab) {
        nf++;
        break;
      }
      *tab = '\0';
      q = tab + 1;
    }
    if (nf < 7 || (strcmp(f[0], "class") && strcmp(f[0], "relation"))) {
      if (err) {
        *err = format_error(name, line_no,
                            "expected 'class' or 'relation' and at least 7 "
                            "tab-separated fields");
      }
      kgb_vocab_free(v);
      return KGB_ERR_PARSE;
    }
    if (kgb_grow(&v->terms, &cap, v->n + 1, sizeof *v->terms) != KGB_OK) {
      kgb_vocab_free(v);
      return KGB_ERR_NOMEM;
    }
    KgbVocabTerm *t = &v->terms[v->n++];
    memset(t, 0, sizeof *t);
    t->is_class = strcmp(f[0], "class") == 0;
    t->name = f[1];
    t->domain = f[2];
    t->range = f[3];
    t->traits = f[4];
    t->aligned = f[5];
    t->meaning = f[6];
    if (t->is_class && strncmp(t->traits, "subclass of ", 12) == 0) {
      t->superclass = t->traits + 12;
    }
    t->symmetric = strstr(t->traits, "symmetric") != NULL;
    t->transitive = strstr(t->traits, "transitive") != NULL;
    if (strcmp(t->range, "literal") == 0) {
      t->range_kind = KGB_RANGE_LITERAL;
    } else if (strcmp(t->range, "date") == 0) {
      t->range_kind = KGB_RANGE_DATE;
    } else {
      t->range_kind = KGB_RANGE_ENTITY;
    }
  }
  if (v->n > 0 && !(v->hashes = malloc(v->n * sizeof *v->hashes))) {
    kgb_vocab_free(v);
    return KGB_ERR_NOMEM;
  }
  if (v->n == 0) {
    if (err) {
      *err = format_error(name, line_no, "no classes or relations");
    }
    kgb_vocab_free(v);
    return KGB_ERR_PARSE;
  }
  if (index_terms(v) != KGB_OK) {
    kgb_vocab_free(v);
    return KGB_ERR_NOMEM;
  }
  *out = v;
  return KGB_OK;
}

void kgb_vocab_free(KgbVocab *v) {
  if (v) {
    free(v->terms);
    free(v->hashes);
    free(v->slot);
    free(v->by_ptr);
    free(v->class_bit);
    free(v->super);
    free(v->data);
    free(v);
  }
}

size_t kgb_vocab_count(const KgbVocab *vocab) {
  return vocab ? vocab->n : 0;
}

const KgbVocabTerm *kgb_vocab_at(const KgbVocab *vocab, size_t i) {
  return vocab && i < vocab->n ? &vocab->terms[i] : NULL;
}

/* The term named @p name: the term whose own string it is (the common case:
 * class names are handed around as the vocabulary's pointers), else the
 * first term of that name. O(1). */
const KgbVocabTerm *kgb_vocab_find(const KgbVocab *vocab, const char *name) {
  if (!vocab || !name) {
    return NULL;
  }
  if (vocab->by_ptr) {
    for (size_t j = ptr_hash(name) & (vocab->n_slots - 1); vocab->by_ptr[j];
         j = (j + 1) & (vocab->n_slots - 1)) {
      if (vocab->terms[vocab->by_ptr[j] - 1].name == name) {
        return &vocab->terms[vocab->by_ptr[j] - 1];
      }
    }
  }
  uint64_t h = kgb_hash(name, strlen(name));
  const KgbVocabTerm *found = NULL;
  for (size_t j = (size_t)h & (vocab->n_slots - 1); vocab->slot[j];
       j = (j + 1) & (vocab->n_slots - 1)) {
    size_t i = vocab->slot[j] - 1;
    if (vocab->hashes[i] == h && strcmp(vocab->terms[i].name, name) == 0 &&
        (!found || &vocab->terms[i] < found)) {
      found = &vocab->terms[i];
    }
  }
  return found;
}

/* strcmp(a, b) == 0, without the call when the pointers or first bytes
 * decide (names in the chain rarely share their first letter). */
static inline bool same_name(const char *a, const char *b) {
  return a == b || (a[0] == b[0] && strcmp(a, b) == 0);
}

/* Up the superclass chain: each name on it is compared (even one the
 * vocabulary does not define), and the walk goes on through defined
 * classes, at most 16 names. */
bool kgb_vocab_is_a(const KgbVocab *v, const char *cls, const char *ancestor) {
  if (!cls) {
    return false;
  }
  if (same_name(cls, ancestor)) {
    return true;
  }
  const KgbVocabTerm *t = kgb_vocab_find(v, cls);
  for (int depth = 1; t && t->is_class && depth < 16; depth++) {
    const char *up = t->superclass;
    if (!up) {
      return false;
    }
    if (same_name(up, ancestor)) {
      return true;
    }
    int s = v->super[t - v->terms];
    t = s >= 0 ? &v->terms[s] : NULL;
  }
  return false;
}

int kgb_vocab_class_bit(const KgbVocab *v, const char *cls) {
  const KgbVocabTerm *t = kgb_vocab_find(v, cls);
  return t && t->is_class ? v->class_bit[t - v->terms] : -1;
}

uint64_t kgb_vocab_class_bits(const KgbVocab *v, const char *cls) {
  uint64_t bits = 0;
  for (int depth = 0; cls && depth < 16; depth++) {
    if (strcmp(cls, "Name") == 0) {
      bits |= (uint64_t)1 << KGB_CLASS_BIT_NAME;
    } else if (strcmp(cls, "Title") == 0) {
      bits |= (uint64_t)1 << KGB_CLASS_BIT_TITLE;
    }
    const KgbVocabTerm *t = kgb_vocab_find(v, cls);
    if (t && t->is_class && v->class_bit[t - v->terms] >= 0) {
      bits |= (uint64_t)1 << v->class_bit[t - v->terms];
    }
    cls = t && t->is_class ? t->superclass : NULL;
  }
  return bits;
}

/* ---- the built-in vocabulary --------------------------------------------- */

static KgbVocab *default_vocab;
static pthread_once_t default_once = PTHREAD_ONCE_INIT;

static void load_default(void) {
  for (size_t i = 0; i < kgb_embedded_count; i++) {
    if (strcmp(kgb_embedded[i].name, "vocabulary.tsv") == 0) {
      (void)kgb_vocab_parse(kgb_embedded[i].name, kgb_embedded[i].data,
                            kgb_embedded[i].len, &default_vocab, NULL);
    }
  }
}

const KgbVocab *kgb_vocab_default(void) {
  pthread_once(&default_once, load_default);
  return default_vocab;
}
