/*
 * isocodes: the fields of iso-codes' ISO 3166-1 and 3166-2 JSON that the
 * gazetteer reads, taken out once when kgb is built, as a C source, so
 * that a start does not parse 1 MB of JSON (about 57 M instructions of the
 * 360 M a start took; extractor/places.c).
 *
 * usage: isocodes DIR OUT.c   reads DIR/iso_3166-1.json and
 * DIR/iso_3166-2.json and defines `const char kgb_iso_table[]` (the
 * strings, each NUL-terminated), `const int kgb_iso_country_at[]` (for each
 * entry of the 3166-1 list in its order: where its alpha_2, name,
 * common_name and official_name start, -1 for a field it lacks),
 * `const int kgb_iso_subdivision_at[]` (code, name and type of each 3166-2
 * entry, then the kgb_normalize() keys places.c files it under), the two
 * counts, the size and modification time of each file and the utf8proc
 * version the keys were made with:
 * places.c uses the table only when the files it finds are those. A file
 * that cannot be read gives no entries and size -1.
 */
#include "../util/util.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utf8proc.h>

typedef struct {
  FILE *out;
  size_t col; ///< bytes of kgb_iso_table written
  int *at;    ///< field offsets
  size_t n_at, cap_at;
} Gen;

static int push_at(Gen *g, int v) {
  if (g->n_at == g->cap_at) {
    size_t cap = g->cap_at ? 2 * g->cap_at : 1024;
    int *at = realloc(g->at, cap * sizeof *at);
    if (!at) {
      return -1;
    }
    g->at = at;
    g->cap_at = cap;
  }
  g->at[g->n_at++] = v;
  return 0;
}

/* @p s (NULL: -1) written to the table, its offset kept. */
static int put_str(Gen *g, const char *s) {
  if (!s) {
    return push_at(g, -1);
  }
  if (push_at(g, (int)g->col) != 0) {
    return -1;
  }
  for (size_t k = 0; k <= strlen(s); k++) {
    fprintf(g->out, "%s%d,", g->col++ % 20 == 0 ? "\n" : "", (signed char)s[k]);
  }
  return 0;
}

/* Field @p field of entry @p o, as places.c took it from json-c: the
 * string, or NULL when absent. Written to the table, its offset kept. */
static int put_field(Gen *g, json_object *o, const char *field) {
  json_object *f;
  const char *s = json_object_object_get_ex(o, field, &f)
                      ? json_object_get_string(f)
                      : NULL;
  return put_str(g, s);
}

/* The kgb_normalize() key of @p s (@p len bytes), written as put_str(). */
static int put_key(Gen *g, const char *s, size_t len) {
  char *key = kgb_normalize(s, len);
  if (!key) {
    return -1;
  }
  int rc = put_str(g, key);
  free(key);
  return rc;
}

/* After a subdivision's code, name and type: the keys places.c's
 * add_subdivision() files it under, its name with its type ("Adana
 * Province") and, when that differs, its name alone (else -1). */
static int put_subdivision_keys(Gen *g, json_object *o) {
  json_object *f;
  const char *name = json_object_object_get_ex(o, "name", &f)
                         ? json_object_get_string(f)
                         : NULL;
  const char *type = json_object_object_get_ex(o, "type", &f)
                         ? json_object_get_string(f)
                         : NULL;
  if (!name) {
    return push_at(g, -1) || push_at(g, -1);
  }
  size_t n = strlen(name), t = type ? strlen(type) : 0;
  char *full = malloc(n + t + 2);
  if (!full) {
    return -1;
  }
  memcpy(full, name, n + 1);
  if (type && !strstr(name, type)) {
    full[n] = ' ';
    memcpy(full + n + 1, type, t + 1);
  }
  int rc = put_key(g, full, strlen(full));
  if (rc == 0) {
    rc = strcmp(full, name) != 0 ? put_key(g, name, n) : push_at(g, -1);
  }
  free(full);
  return rc;
}

/* The entries of list @p key in @p path, @p n_fields fields each (and,
 * with @p keys, a subdivision's two keys after them); the file's size and
 * mtime in @p sb (size -1: unreadable). */
static int read_list(Gen *g, const char *path, const char *key,
                     const char *const *fields, size_t n_fields, bool keys,
                     int *count, struct stat *sb) {
  *count = 0;
  if (stat(path, sb) != 0) {
    sb->st_size = -1;
    sb->st_mtime = 0;
    return 0;
  }
  json_object *root = json_object_from_file(path);
  json_object *list;
  if (!root || !json_object_object_get_ex(root, key, &list)) {
    json_object_put(root);
    sb->st_size = -1;
    return 0;
  }
  size_t n = json_object_array_length(list);
  for (size_t i = 0; i < n; i++) {
    json_object *c = json_object_array_get_idx(list, i);
    for (size_t k = 0; k < n_fields; k++) {
      if (put_field(g, c, fields[k]) != 0) {
        json_object_put(root);
        return -1;
      }
    }
    if (keys && put_subdivision_keys(g, c) != 0) {
      json_object_put(root);
      return -1;
    }
  }
  *count = (int)n;
  json_object_put(root);
  return 0;
}

static void put_at(Gen *g, const char *name, size_t from, size_t to) {
  fprintf(g->out, "const int %s[] = {", name);
  for (size_t i = from; i < to; i++) {
    fprintf(g->out, "%s%d,", (i - from) % 10 == 0 ? "\n" : "", g->at[i]);
  }
  fprintf(g->out, "-1};\n");
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: isocodes DIR OUT.c\n");
    return 2;
  }
  char path1[4096], path2[4096];
  snprintf(path1, sizeof path1, "%s/iso_3166-1.json", argv[1]);
  snprintf(path2, sizeof path2, "%s/iso_3166-2.json", argv[1]);
  Gen g = {fopen(argv[2], "w"), 0, NULL, 0, 0};
  if (!g.out) {
    perror(argv[2]);
    return 1;
  }
  fprintf(g.out, "/* generated by tools/isocodes.c from %s: do not edit */\n",
          argv[1]);
  fprintf(g.out, "const char kgb_iso_table[] = {");
  static const char *const country[] = {"alpha_2", "name", "common_name",
                                        "official_name"};
  static const char *const subdivision[] = {"code", "name", "type"};
  struct stat sb1, sb2;
  int n1, n2;
  if (read_list(&g, path1, "3166-1", country, 4, false, &n1, &sb1) != 0) {
    fprintf(stderr, "isocodes: out of memory\n");
    return 1;
  }
  size_t split = g.n_at;
  if (read_list(&g, path2, "3166-2", subdivision, 3, true, &n2, &sb2) != 0) {
    fprintf(stderr, "isocodes: out of memory\n");
    return 1;
  }
  fprintf(g.out, "0};\n");
  put_at(&g, "kgb_iso_country_at", 0, split);
  put_at(&g, "kgb_iso_subdivision_at", split, g.n_at);
  free(g.at);
  fprintf(g.out, "const int kgb_iso_country_count = %d;\n", n1);
  fprintf(g.out, "const int kgb_iso_subdivision_count = %d;\n", n2);
  fprintf(g.out, "const long long kgb_iso_size[2] = {%lld, %lld};\n",
          (long long)sb1.st_size, (long long)sb2.st_size);
  fprintf(g.out, "const long long kgb_iso_mtime[2] = {%lld, %lld};\n",
          (long long)sb1.st_mtime, (long long)sb2.st_mtime);
  fprintf(g.out, "const char kgb_iso_utf8proc[] = \"%s\";\n",
          utf8proc_version());
  if (fclose(g.out) != 0) {
    perror(argv[2]);
    return 1;
  }
  return 0;
}
