/*
 * places.c: the gazetteer, from well-kept data rather than hand lists.
 *
 * Countries (name, common and official names) and their subdivisions come
 * from Debian's iso-codes (ISO 3166-1 and 3166-2 JSON, read with json-c);
 * cities with their province, country and population from libgeonames;
 * continents and their parts, and everyday country names that ISO spells
 * otherwise ("Turkey" for "Türkiye"), from the rules' lexicons "region" and
 * "country_alias". Names are keyed by their kgb_normalize() form.
 *
 * Startup cost: libgeonames answers each getter through GVariant lookups,
 * thousands of instructions a call, for ~24,000 cities. Only the name (the
 * key) is read when the gazetteer is built; a city's country, province and
 * population are read the first time its name is looked up, under a lock,
 * and the places of that name are then put in their final order. Results
 * are the same as reading everything up front. The names themselves come
 * from a table tools/cities.c reads out of libgeonames when kgb is built,
 * used when kgb runs with that same library file (else libgeonames is asked
 * as before): startup then asks libgeonames nothing. In the same way the
 * fields of iso-codes' JSON are read out when kgb is built
 * (tools/isocodes.c) and used when the files are still those.
 */
#include "internal.h"

#include <ctype.h>
#include <geonames.h>
#include <json-c/json.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utf8proc.h>

#ifndef KGB_ISO_CODES_DIR
#define KGB_ISO_CODES_DIR "/usr/share/iso-codes/json"
#endif

typedef struct {
  const char *key; ///< normalised name (interned)
  KgbPlace place;
  int city;     ///< libgeonames index of a city whose details are unread, -1
  bool dropped; ///< a city without a two-letter country code
  bool major;   ///< an ISO subdivision of a kind texts name alone (a state)
  bool city_if_named; ///< a City only if geonames has "<name> City"
} Entry;

/* The places of one name: v[first, first + n) once resolved. */
enum { RANGE_READY, RANGE_UNREAD };

struct KgbPlaces {
  KgbStrPool *pool; ///< names and keys; read-only once built
  Entry *v;
  size_t n, cap;
  KgbPlace *places;        ///< parallel to v, sorted by key, then rank
  uint32_t *range_n;       ///< at a range's first position: its size
  _Atomic uint8_t *range;  ///< at a range's first position: RANGE_*
  KgbMap index;            ///< key -> 1 + first position
  pthread_mutex_t lock;    ///< guards reading city details
  KgbStrPool *detail_pool; ///< provinces read lazily (under the lock)
  bool lock_made;
  bool table; ///< cities from kgb_city_table, not libgeonames (see below)
};

static const char *intern(KgbPlaces *p, const char *s) {
  return s ? kgb_strpool_intern(p->pool, s, strlen(s)) : NULL;
}

/// Add @p place under @p norm, a kgb_normalize() key ("": not added).
static KgbStatus add_keyed(KgbPlaces *p, const char *norm,
                           const KgbPlace *place) {
  if (!*norm) {
    return KGB_OK;
  }
  const char *key = intern(p, norm);
  if (!key) {
    return KGB_ERR_NOMEM;
  }
  KgbStatus st = kgb_grow(&p->v, &p->cap, p->n + 1, sizeof *p->v);
  if (st != KGB_OK) {
    return st;
  }
  /* every field not named is false: a new flag cannot be left unset */
  p->v[p->n++] = (Entry){.key = key, .place = *place, .city = -1};
  return KGB_OK;
}

static KgbStatus add(KgbPlaces *p, const char *name_as_key,
                     const KgbPlace *place) {
  char *norm = kgb_normalize(name_as_key, strlen(name_as_key));
  if (!norm) {
    return KGB_ERR_NOMEM;
  }
  KgbStatus st = add_keyed(p, norm, place);
  free(norm);
  return st;
}

static const char *json_str(json_object *o, const char *field) {
  json_object *f;
  return json_object_object_get_ex(o, field, &f) ? json_object_get_string(f)
                                                 : NULL;
}

/// One entry of ISO 3166-1, NULL for a field it lacks.
typedef struct {
  const char *code, *name, *common, *official;
} IsoCountry;

static KgbStatus add_country(KgbPlaces *p, const IsoCountry *c) {
  if (!c->code || !c->name || strlen(c->code) != 2) {
    return KGB_OK;
  }
  KgbPlace pl = {intern(p, c->common ? c->common : c->name),
                 "Country",
                 NULL,
                 {c->code[0], c->code[1], 0},
                 0};
  if (!pl.name) {
    return KGB_ERR_NOMEM;
  }
  const char *const fields[] = {c->name, c->common, c->official};
  KgbStatus st = KGB_OK;
  for (size_t k = 0; k < 3 && st == KGB_OK; k++) {
    if (fields[k]) {
      st = add(p, fields[k], &pl);
    }
  }
  return st;
}

/* The kinds of ISO 3166-2 subdivision a text names alone, as it would a
 * town ("filmed in Cornwall", "set in Ontario"): see major_area_first(). */
static const char *const major_kinds[] = {
    "State",     "Province",        "Prefecture",
    "County",    "Two-tier county", "Unitary authority",
    "Territory", "Council area",    "Autonomous community"};

/* The kinds of ISO 3166-2 subdivision that are a city: filed as a City.
 * A "Special municipality" is one only when geonames names a town after it
 * ("Tainan", whose geonames entry is "Tainan City"; not the island of
 * Bonaire): see settle_named_cities(). */
static const char *const named_city_kinds[] = {"Special municipality"};
static const char *const city_kinds[] = {"City",
                                         "Metropolitan city",
                                         "Special city",
                                         "Capital city",
                                         "Autonomous city",
                                         "Republican city",
                                         "City municipality",
                                         "City with county rights",
                                         "Special administrative city",
                                         "Special self-governing city",
                                         "Autonomous municipality"};

static bool kind_in(const char *type, const char *const *kinds, size_t n) {
  for (size_t k = 0; type && k < n; k++) {
    if (!strcmp(type, kinds[k])) {
      return true;
    }
  }
  return false;
}

/* Subdivision @p code named @p name of @p type, filed under its name with
 * its type and its name alone; @p keys, when not NULL, are the
 * kgb_normalize() keys of those two (tools/isocodes.c; the second NULL when
 * the names are the same), else they are made here. */
static KgbStatus add_subdivision(KgbPlaces *p, KgbBuf *b, const char *code,
                                 const char *name, const char *type,
                                 const char *const *keys) {
  if (!code || !name || strlen(code) < 3) {
    return KGB_OK;
  }
  size_t before = p->n;
  /* "Adana" of type "Province" is known as "Adana Province" */
  bool named_city = kind_in(type, named_city_kinds,
                            sizeof named_city_kinds / sizeof *named_city_kinds);
  bool city = named_city ||
              kind_in(type, city_kinds, sizeof city_kinds / sizeof *city_kinds);
  kgb_buf_clear(b);
  KgbStatus st = kgb_buf_puts(b, name);
  if (st == KGB_OK && type && !city && !strstr(name, type)) {
    st = kgb_buf_putc(b, ' ');
    st = st == KGB_OK ? kgb_buf_puts(b, type) : st;
  }
  KgbPlace pl = {intern(p, b->data),
                 city ? "City" : "AdministrativeArea",
                 NULL,
                 {code[0], code[1], 0},
                 0};
  if (st != KGB_OK || !pl.name) {
    return KGB_ERR_NOMEM;
  }
  if (keys) {
    st = add_keyed(p, keys[0], &pl);
    st = st == KGB_OK && keys[1] ? add_keyed(p, keys[1], &pl) : st;
  } else {
    st = add(p, b->data, &pl);
    if (st == KGB_OK && strcmp(b->data, name) != 0) {
      st = add(p, name, &pl);
    }
  }
  for (size_t k = before; k < p->n; k++) {
    p->v[k].major =
        kind_in(type, major_kinds, sizeof major_kinds / sizeof *major_kinds);
    p->v[k].city_if_named = named_city;
  }
  return st;
}

/* iso-codes' entries as tools/isocodes.c read them when kgb was built
 * (build/gen/isocodes.c), and the size and mtime of the two files. */
extern const char kgb_iso_table[];
extern const int kgb_iso_country_at[], kgb_iso_subdivision_at[];
extern const int kgb_iso_country_count, kgb_iso_subdivision_count;
extern const long long kgb_iso_size[2], kgb_iso_mtime[2];
extern const char kgb_iso_utf8proc[];

static const char *const iso_files[2] = {KGB_ISO_CODES_DIR "/iso_3166-1.json",
                                         KGB_ISO_CODES_DIR "/iso_3166-2.json"};

/* True when the iso-codes files kgb finds are those the table was read
 * from (both readable then). */
static bool iso_table_fits(void) {
  for (size_t i = 0; i < 2; i++) {
    struct stat sb;
    if (kgb_iso_size[i] < 0 || stat(iso_files[i], &sb) != 0 ||
        (long long)sb.st_size != kgb_iso_size[i] ||
        (long long)sb.st_mtime != kgb_iso_mtime[i]) {
      return false;
    }
  }
  return true;
}

static const char *iso_field(int at) {
  return at >= 0 ? kgb_iso_table + at : NULL;
}

static KgbStatus load_iso_table(KgbPlaces *p) {
  KgbStatus st = KGB_OK;
  for (int i = 0; i < kgb_iso_country_count && st == KGB_OK; i++) {
    const int *at = &kgb_iso_country_at[4 * i];
    IsoCountry c = {iso_field(at[0]), iso_field(at[1]), iso_field(at[2]),
                    iso_field(at[3])};
    st = add_country(p, &c);
  }
  /* the keys made when kgb was built hold while utf8proc is the same */
  bool keyed = strcmp(utf8proc_version(), kgb_iso_utf8proc) == 0;
  KgbBuf b = {0};
  for (int i = 0; i < kgb_iso_subdivision_count && st == KGB_OK; i++) {
    const int *at = &kgb_iso_subdivision_at[5 * i];
    const char *keys[2] = {iso_field(at[3]), iso_field(at[4])};
    st = add_subdivision(p, &b, iso_field(at[0]), iso_field(at[1]),
                         iso_field(at[2]), keyed && keys[0] ? keys : NULL);
  }
  kgb_buf_free(&b);
  return st;
}

static KgbStatus load_countries(KgbPlaces *p) {
  KgbStatus st = KGB_OK;
  json_object *root = json_object_from_file(iso_files[0]);
  json_object *list;
  if (!root || !json_object_object_get_ex(root, "3166-1", &list)) {
    json_object_put(root);
    return KGB_OK; /* iso-codes missing: no countries, not an error */
  }
  size_t n = json_object_array_length(list);
  for (size_t i = 0; i < n && st == KGB_OK; i++) {
    json_object *c = json_object_array_get_idx(list, i);
    IsoCountry ic = {json_str(c, "alpha_2"), json_str(c, "name"),
                     json_str(c, "common_name"), json_str(c, "official_name")};
    st = add_country(p, &ic);
  }
  json_object_put(root);
  return st;
}

static KgbStatus load_subdivisions(KgbPlaces *p) {
  KgbStatus st = KGB_OK;
  json_object *root = json_object_from_file(iso_files[1]);
  json_object *list;
  if (!root || !json_object_object_get_ex(root, "3166-2", &list)) {
    json_object_put(root);
    return KGB_OK;
  }
  size_t n = json_object_array_length(list);
  KgbBuf b = {0};
  for (size_t i = 0; i < n && st == KGB_OK; i++) {
    json_object *c = json_object_array_get_idx(list, i);
    st = add_subdivision(p, &b, json_str(c, "code"), json_str(c, "name"),
                         json_str(c, "type"), NULL);
  }
  kgb_buf_free(&b);
  json_object_put(root);
  return st;
}

/* libgeonames' cities as tools/cities.c read them when kgb was built
 * (build/gen/cities.c: name, country code, province, population of each),
 * and the library file they came from. */
extern const char kgb_city_table[];
extern const unsigned kgb_city_at[];
extern const int kgb_city_count;
extern const long long kgb_city_lib_size, kgb_city_lib_mtime;
extern const char kgb_city_utf8proc[];
extern const char kgb_city_lib_path[];

/* True when the library file the table was read from is still there as it
 * was. kgb is not linked with libgeonames (extractor/geonames_load.c opens
 * it on its first call, which the table spares), so the file is the one
 * the library's soname led to when kgb was built. */
static bool city_table_fits(void) {
  struct stat sb;
  return stat(kgb_city_lib_path, &sb) == 0 &&
         (long long)sb.st_size == kgb_city_lib_size &&
         (long long)sb.st_mtime == kgb_city_lib_mtime;
}

/* City @p i named @p name, keyed by @p norm (its kgb_normalize() key, from
 * the table) or, when NULL, by its name normalised here. */
static KgbStatus add_city(KgbPlaces *p, const char *name, const char *norm,
                          int i) {
  KgbPlace pl = {intern(p, name), "City", NULL, "", 0};
  size_t before = p->n;
  KgbStatus st = !pl.name ? KGB_ERR_NOMEM
                 : norm   ? add_keyed(p, norm, &pl)
                          : add(p, name, &pl);
  if (p->n > before) {
    p->v[before].city = i;
  }
  return st;
}

static KgbStatus add_state(KgbPlaces *p, const KgbRules *rules, KgbMap *seen,
                           const char *code, const char *state);

/* A province merged from older ones and named after them, "Troms og
 * Finnmark", "Jammu and Kashmir", "Castille and León": each part is an area
 * of the country too (texts name the old county). Only names whose words
 * are all capitalised but the "and"/"og" ("Free and Hanseatic City of
 * Hamburg" is left whole) and that hold no comma. */
static KgbStatus add_merged_parts(KgbPlaces *p, const KgbRules *rules,
                                  KgbMap *seen, const char *code,
                                  const char *state) {
  if (strchr(state, ',')) {
    return KGB_OK;
  }
  for (const char *w = state; *w; w++) {
    if ((w == state || w[-1] == ' ') && islower((unsigned char)*w) &&
        strncmp(w, "and ", 4) != 0 && strncmp(w, "og ", 3) != 0) {
      return KGB_OK;
    }
  }
  KgbStatus st = KGB_OK;
  const char *start = state;
  while (st == KGB_OK && *start) {
    const char *a = strstr(start, " and ");
    const char *o = strstr(start, " og ");
    const char *cut = a && (!o || a < o) ? a : o;
    if (!cut && start == state) {
      return KGB_OK; /* not a merged name */
    }
    size_t len = cut ? (size_t)(cut - start) : strlen(start);
    char part[128];
    if (len > 0 && len < sizeof part) {
      memcpy(part, start, len);
      part[len] = '\0';
      st = add_state(p, rules, seen, code, part);
    }
    start = cut ? cut + (cut == a ? 5 : 4) : start + len;
  }
  return st;
}

/* A province libgeonames names for a city (in English: "Bavaria",
 * "Andalusia", "Tuscany", where iso-codes has "Bayern", "Andalucía",
 * "Toscana") as an AdministrativeArea of the city's country, once per
 * country and name (@p seen: "DE\tBavaria" interned). A one-word name the
 * dictionary has in lower case ("Central", "Delta", "Rivers") is left out:
 * too often a plain capitalised word. */
static KgbStatus add_state(KgbPlaces *p, const KgbRules *rules, KgbMap *seen,
                           const char *code, const char *state) {
  if (!code || !state || strlen(code) != 2 || !*state) {
    return KGB_OK;
  }
  char key[256];
  size_t state_len = strlen(state);
  if (3 + state_len >= sizeof key) {
    return KGB_OK;
  }
  /* "CC\tstate" by hand: snprintf took 8% of startup */
  key[0] = code[0];
  key[1] = code[1];
  key[2] = '\t';
  memcpy(key + 3, state, state_len + 1);
  const char *k = kgb_strpool_intern(p->pool, key, 3 + state_len);
  if (!k) {
    return KGB_ERR_NOMEM;
  }
  intptr_t v;
  if (kgb_map_get(seen, k, &v)) {
    return KGB_OK;
  }
  KgbStatus st = kgb_map_put(seen, k, 1);
  if (st != KGB_OK) {
    return st;
  }
  if (!strchr(state, ' ') && strlen(state) < sizeof key) {
    size_t n = strlen(state);
    for (size_t i = 0; i < n; i++) {
      key[i] = (char)tolower((unsigned char)state[i]);
    }
    const char *word = kgb_rules_find_str(rules, key, n);
    if (word && kgb_rules_lexicon(rules, "dictionary", word, NULL)) {
      return KGB_OK;
    }
  }
  KgbPlace pl = {
      intern(p, state), "AdministrativeArea", NULL, {code[0], code[1], 0}, 0};
  st = pl.name ? add(p, state, &pl) : KGB_ERR_NOMEM;
  return st == KGB_OK ? add_merged_parts(p, rules, seen, code, state) : st;
}

/* Cities by name only; add() them with their libgeonames index so
 * read_details() finds the rest when the name is first looked up. The names
 * come from the table made when kgb was built when it fits the library
 * (libgeonames decodes each through GVariant and gettext, most of kgb's
 * startup), else from libgeonames. */
static KgbStatus load_cities(KgbPlaces *p, const KgbRules *rules) {
  KgbStatus st = KGB_OK;
  KgbMap seen = {0}; /* provinces added (add_state) */
  p->table = city_table_fits();
  if (p->table) {
    /* the keys made when kgb was built hold while utf8proc is the same */
    bool keys = strcmp(utf8proc_version(), kgb_city_utf8proc) == 0;
    /* about a name and a key a city: the pool sized once, not doubled */
    st = kgb_strpool_reserve(p->pool, 2 * (size_t)kgb_city_count);
    for (int i = 0; i < kgb_city_count && st == KGB_OK; i++) {
      const char *name = kgb_city_table + kgb_city_at[i];
      const char *code = name + strlen(name) + 1;
      const char *state = code + strlen(code) + 1;
      const char *pop = state + strlen(state) + 1;
      const char *norm = pop + strlen(pop) + 1;
      if (strcmp(name, "\1") != 0) { /* "\1": no city or name */
        st = add_city(p, name, keys ? norm : NULL, i);
      }
      if (st == KGB_OK && strcmp(state, "\1") != 0) {
        st = add_state(p, rules, &seen, code, state);
      }
    }
    kgb_map_free(&seen);
    return st;
  }
  int n = geonames_get_n_cities();
  for (int i = 0; i < n && st == KGB_OK; i++) {
    GeonamesCity *c = geonames_get_city(i);
    if (!c) {
      continue;
    }
    const char *name = geonames_city_get_name(c);
    if (name) {
      st = add_city(p, name, NULL, i);
    }
    if (st == KGB_OK) {
      st = add_state(p, rules, &seen, geonames_city_get_country_code(c),
                     geonames_city_get_state(c));
    }
    geonames_city_free(c);
  }
  kgb_map_free(&seen);
  return st;
}

/* A city's country, province and population (the lock is held). */
static KgbStatus read_details(KgbPlaces *p, Entry *e) {
  KgbStatus st = KGB_OK;
  GeonamesCity *c = NULL;
  const char *code = NULL, *state = NULL, *pop = NULL;
  if (p->table) { /* the fields after the name; "\1" for none */
    code = kgb_city_table + kgb_city_at[e->city];
    code += strlen(code) + 1;
    state = code + strlen(code) + 1;
    pop = state + strlen(state) + 1;
    code = strcmp(code, "\1") != 0 ? code : NULL;
    state = strcmp(state, "\1") != 0 ? state : NULL;
  } else if ((c = geonames_get_city(e->city)) != NULL) {
    code = geonames_city_get_country_code(c);
    state = geonames_city_get_state(c);
  }
  if (!code || strlen(code) != 2) {
    e->dropped = true;
  } else {
    e->place.container =
        state ? kgb_strpool_intern(p->detail_pool, state, strlen(state)) : NULL;
    if (state && !e->place.container) {
      st = KGB_ERR_NOMEM;
    }
    e->place.country[0] = code[0];
    e->place.country[1] = code[1];
    e->place.country[2] = '\0';
    e->place.population = pop ? (double)strtoul(pop, NULL, 10)
                              : (double)geonames_city_get_population(c);
  }
  if (c) {
    geonames_city_free(c);
  }
  e->city = -1;
  return st;
}

static int rank(const KgbPlace *pl) {
  if (!strcmp(pl->cls, "Country")) {
    return 0;
  }
  if (!strcmp(pl->cls, "Region")) {
    return 1;
  }
  if (!strcmp(pl->cls, "City")) {
    return 2;
  }
  return 3;
}

static int cmp_entry(const void *a, const void *b) {
  const Entry *x = a, *y = b;
  if (x->key != y->key) { /* names only need grouping: any order will do */
    return (uintptr_t)x->key < (uintptr_t)y->key ? -1 : 1;
  }
  if (x->dropped != y->dropped) {
    return x->dropped ? 1 : -1;
  }
  int rx = rank(&x->place), ry = rank(&y->place);
  if (rx != ry) {
    return rx - ry;
  }
  if (x->place.population != y->place.population) {
    return x->place.population > y->place.population ? -1 : 1;
  }
  int c = strcmp(x->place.country, y->place.country);
  if (c || x->place.name == y->place.name) {
    return c;
  }
  if (!x->place.name || !y->place.name) {
    return x->place.name ? 1 : -1;
  }
  return strcmp(x->place.name, y->place.name);
}

/* p->v as qsort() with cmp_entry() would leave it but for the order of
 * the names, which only need grouping: the entries of a key together (keys
 * in the order they were first added) and in cmp_entry() order among
 * themselves, each key's few entries sorted on their own (qsort's merge
 * sort is stable, so each range comes out as the whole sort left it).
 * A sort of all ~37,000 entries took 17 M instructions of a start; this is
 * O(n) map probes and moves. Fills p->index with keys (values to be set). */
static KgbStatus group_entries(KgbPlaces *p) {
  KgbStatus st = KGB_OK;
  uint32_t *group = malloc(p->n * sizeof *group);
  Entry *w = malloc(p->n * sizeof *w);
  size_t *at = NULL, n_groups = 0;
  if (!group || !w) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  TRY(st, kgb_map_reserve(&p->index, p->n));
  for (size_t i = 0; i < p->n; i++) {
    intptr_t g;
    if (!kgb_map_get(&p->index, p->v[i].key, &g)) {
      g = (intptr_t)++n_groups;
      TRY(st, kgb_map_put(&p->index, p->v[i].key, g));
    }
    group[i] = (uint32_t)(g - 1);
  }
  at = calloc(n_groups + 1, sizeof *at);
  if (!at) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < p->n; i++) {
    at[group[i] + 1]++;
  }
  for (size_t g = 1; g <= n_groups; g++) {
    at[g] += at[g - 1]; /* at[g]: where group g starts */
  }
  for (size_t i = 0; i < p->n; i++) {
    w[at[group[i]]++] = p->v[i]; /* then at[g]: where group g ends */
  }
  free(p->v);
  p->v = w;
  p->cap = p->n;
  w = NULL;
  for (size_t g = 0, start = 0; g < n_groups; start = at[g++]) {
    if (at[g] - start > 1) {
      qsort(p->v + start, at[g] - start, sizeof *p->v, cmp_entry);
    }
  }
done:
  free(group);
  free(w);
  free(at);
  return st;
}

/* A subdivision that is a City only if geonames has a town "<name> City"
 * ("Tainan City") is an AdministrativeArea when it has none ("Bonaire").
 * Run once the cities are in; O(entries). */
static KgbStatus settle_named_cities(KgbPlaces *p) {
  KgbBuf b = {0};
  KgbStatus st = KGB_OK;
  for (size_t k = 0; k < p->n && st == KGB_OK; k++) {
    if (!p->v[k].city_if_named) {
      continue;
    }
    kgb_buf_clear(&b);
    st = kgb_buf_puts(&b, p->v[k].key);
    st = st == KGB_OK ? kgb_buf_puts(&b, " city") : st;
    if (st == KGB_OK && !kgb_strpool_find(p->pool, b.data, b.len)) {
      p->v[k].place.cls = "AdministrativeArea";
    }
  }
  kgb_buf_free(&b);
  return st;
}

/* Lexicon lists "region" (names) and "country_alias" (name -> alpha-2).
 * Each entry is keyed twice (lower case and normalised): take the
 * normalised key only. A region's place carries no name of its own (NULL):
 * the text's spelling is its label. An alias carries the country's ISO name,
 * so "Turkey" gets "Türkiye" as another label. */
static KgbStatus add_region(const char *key, const char *value, void *payload) {
  KgbPlaces *p = payload;
  (void)value;
  char *norm = kgb_normalize(key, strlen(key));
  if (!norm) {
    return KGB_ERR_NOMEM;
  }
  bool canonical = strcmp(norm, key) == 0;
  free(norm);
  KgbPlace pl = {NULL, "Region", NULL, "", 0};
  return canonical ? add(p, key, &pl) : KGB_OK;
}

static KgbStatus add_alias(const char *key, const char *value, void *payload) {
  KgbPlaces *p = payload;
  char *norm = kgb_normalize(key, strlen(key));
  if (!norm) {
    return KGB_ERR_NOMEM;
  }
  bool canonical = strcmp(norm, key) == 0;
  free(norm);
  if (!canonical || !value || strlen(value) != 2) {
    return KGB_OK;
  }
  const char *iso = NULL;
  for (size_t k = 0; k < p->n && !iso; k++) {
    if (!strcmp(p->v[k].place.cls, "Country") &&
        !strcmp(p->v[k].place.country, value)) {
      iso = p->v[k].place.name;
    }
  }
  KgbPlace pl = {iso, "Country", NULL, {value[0], value[1], 0}, 0};
  return add(p, key, &pl);
}

KgbStatus kgb_places_new(const KgbRules *rules, KgbPlaces **out) {
  *out = NULL;
  KgbStatus st = KGB_OK;
  KgbPlaces *p = calloc(1, sizeof *p);
  if (!p || !(p->pool = kgb_strpool_new()) ||
      !(p->detail_pool = kgb_strpool_new())) {
    if (p) {
      kgb_strpool_free(p->pool);
    }
    free(p);
    return KGB_ERR_NOMEM;
  }
  if (pthread_mutex_init(&p->lock, NULL) != 0) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  p->lock_made = true;
  if (iso_table_fits()) {
    TRY(st, load_iso_table(p));
  } else {
    TRY(st, load_countries(p));
    TRY(st, load_subdivisions(p));
  }
  TRY(st, load_cities(p, rules));
  TRY(st, settle_named_cities(p));
  TRY(st, kgb_lexicon_each(kgb_rules_list(rules, "region"), add_region, p));
  TRY(st,
      kgb_lexicon_each(kgb_rules_list(rules, "country_alias"), add_alias, p));
  if (p->n > 1) {
    TRY(st, group_entries(p));
  }
  p->places = malloc((p->n ? p->n : 1) * sizeof *p->places);
  p->range_n = calloc(p->n ? p->n : 1, sizeof *p->range_n);
  p->range = calloc(p->n ? p->n : 1, sizeof *p->range);
  if (!p->places || !p->range_n || !p->range) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0, j; i < p->n; i = j) {
    bool unread = false;
    for (j = i; j < p->n && p->v[j].key == p->v[i].key; j++) {
      unread |= p->v[j].city >= 0;
      p->places[j] = p->v[j].place;
    }
    p->range_n[i] = (uint32_t)(j - i);
    atomic_init(&p->range[i], unread ? RANGE_UNREAD : RANGE_READY);
    TRY(st, kgb_map_put(&p->index, p->v[i].key, (intptr_t)i + 1));
  }
  *out = p;
  return KGB_OK;
done:
  kgb_places_free(p);
  return st;
}

void kgb_places_free(KgbPlaces *p) {
  if (p) {
    free(p->v);
    free(p->places);
    free(p->range_n);
    free((void *)p->range);
    kgb_map_free(&p->index);
    kgb_strpool_free(p->pool);
    kgb_strpool_free(p->detail_pool);
    if (p->lock_made) {
      pthread_mutex_destroy(&p->lock);
    }
    free(p);
  }
}

/* "Cornwall", "Ontario", "Kent": a name that is a state, county or province
 * of one country and only a small town (KGB_SMALL_TOWN) in others
 * (Cornwall, Ontario; Ontario, California) reads as the area:
 * the area comes first among the @p n sorted entries @p v. A town of that
 * name in the area's own country ("Salzburg", "Okinawa") or a larger one
 * ("Kochi", "Valencia") keeps the town first. O(n^2) in the few entries. */
static void major_area_first(Entry *v, size_t n) {
  if (n < 2 || v[0].dropped || strcmp(v[0].place.cls, "City") != 0 ||
      v[0].place.population >= KGB_SMALL_TOWN) {
    return;
  }
  for (size_t k = 1; k < n; k++) {
    if (!v[k].major) {
      continue;
    }
    bool home_town = false;
    for (size_t j = 0; j < n && !home_town; j++) {
      home_town = !v[j].dropped && !strcmp(v[j].place.cls, "City") &&
                  !strcmp(v[j].place.country, v[k].place.country);
    }
    if (!home_town) {
      Entry area = v[k];
      memmove(v + 1, v, k * sizeof *v);
      v[0] = area;
      return;
    }
  }
}

/* Read the details of the cities of range [i, i + range_n[i]) and put the
 * range in its final order (once; the lock makes it safe to share). */
static void resolve_range(KgbPlaces *p, size_t i) {
  pthread_mutex_lock(&p->lock);
  if (atomic_load_explicit(&p->range[i], memory_order_relaxed) ==
      RANGE_UNREAD) {
    size_t n = p->range_n[i];
    for (size_t k = i; k < i + n; k++) {
      if (p->v[k].city >= 0 && read_details(p, &p->v[k]) != KGB_OK) {
        p->v[k].dropped = true; /* out of memory: as if unknown */
      }
    }
    qsort(p->v + i, n, sizeof *p->v, cmp_entry);
    major_area_first(p->v + i, n);
    size_t kept = 0;
    for (size_t k = i; k < i + n; k++) {
      p->places[k] = p->v[k].place;
      kept += !p->v[k].dropped;
    }
    p->range_n[i] = (uint32_t)kept;
    atomic_store_explicit(&p->range[i], RANGE_READY, memory_order_release);
  }
  pthread_mutex_unlock(&p->lock);
}

/* Letters that Unicode does not decompose but the gazetteer's city names
 * spell in ASCII ("Wrocław" is "Wroclaw" in libgeonames), in folded (lower
 * case) UTF-8. */
static const struct {
  const char *from, *to;
} plain_letters[] = {
    {"\xc5\x82", "l"},  /* ł */
    {"\xc3\xb8", "o"},  /* ø */
    {"\xc4\x91", "d"},  /* đ */
    {"\xc3\xb0", "d"},  /* ð */
    {"\xc4\xa7", "h"},  /* ħ */
    {"\xc3\x9f", "ss"}, /* ß */
    {"\xc3\xa6", "ae"}, /* æ */
    {"\xc5\x93", "oe"}, /* œ */
    {"\xc3\xbe", "th"}, /* þ */
};

/* @p folded with plain_letters spelled in ASCII, into @p out (of @p cap
 * bytes); false when nothing was replaced or it does not fit. O(length). */
static bool plain_spelling(const char *folded, char *out, size_t cap) {
  size_t o = 0;
  bool changed = false;
  for (const char *c = folded; *c;) {
    const char *to = NULL;
    size_t from_len = 1;
    for (size_t k = 0; (unsigned char)*c >= 0x80 && /* all are 2 bytes */
                       k < sizeof plain_letters / sizeof plain_letters[0];
         k++) {
      size_t len = strlen(plain_letters[k].from);
      if (strncmp(c, plain_letters[k].from, len) == 0) {
        to = plain_letters[k].to;
        from_len = len;
        break;
      }
    }
    size_t add = to ? strlen(to) : 1;
    if (o + add + 1 > cap) {
      return false;
    }
    if (to) {
      memcpy(out + o, to, add);
      changed = true;
    } else {
      out[o] = *c;
    }
    o += add;
    c += from_len;
  }
  out[o] = '\0';
  return changed;
}

const KgbPlace *kgb_places_find(const KgbPlaces *p, const char *folded,
                                size_t *n) {
  *n = 0;
  const char *key =
      p ? kgb_strpool_find(p->pool, folded, strlen(folded)) : NULL;
  char plain[256];
  if (p && !key && plain_spelling(folded, plain, sizeof plain)) {
    key = kgb_strpool_find(p->pool, plain, strlen(plain));
  }
  intptr_t first;
  if (!key || !kgb_map_get(&p->index, key, &first)) {
    return NULL;
  }
  size_t i = (size_t)first - 1;
  KgbPlaces *mut = (KgbPlaces *)p; /* lazily read details: see the top */
  if (atomic_load_explicit(&mut->range[i], memory_order_acquire) !=
      RANGE_READY) {
    resolve_range(mut, i);
  }
  *n = p->range_n[i];
  return *n ? &p->places[i] : NULL;
}
