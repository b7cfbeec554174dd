/*
 * places.c: the gazetteer, from well-kept data rather than hand lists.
 *
 * Countries (name, common and official names) and their subdivisions come
 * from Debian's iso-codes (ISO 3166-1 and 3166-2 JSON, read with json-c);
 * cities with their province, country and population from libgeonames;
 * continents and their parts, and everyday country names that ISO spells
 * otherwise ("Turkey" for "Türkiye"), from the rules' lexicons "region" and
 * "country_alias". Names are keyed by their kgb_normalize() form.
 */
#include "internal.h"

#include <geonames.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#ifndef KGB_ISO_CODES_DIR
#define KGB_ISO_CODES_DIR "/usr/share/iso-codes/json"
#endif

typedef struct {
  const char *key; ///< normalised name (interned)
  KgbPlace place;
} Entry;

struct KgbPlaces {
  KgbStrPool *pool;
  Entry *v;
  size_t n, cap;
  KgbPlace *places; ///< sorted by key, then rank; parallel to keys
  const char **keys;
  KgbMap index; ///< key -> 1 + first position
};

static const char *intern(KgbPlaces *p, const char *s) {
  return s ? kgb_strpool_intern(p->pool, s, strlen(s)) : NULL;
}

static KgbStatus add(KgbPlaces *p, const char *name_as_key,
                     const KgbPlace *place) {
  char *norm = kgb_normalize(name_as_key, strlen(name_as_key));
  if (!norm) {
    return KGB_ERR_NOMEM;
  }
  if (!*norm) {
    free(norm);
    return KGB_OK;
  }
  const char *key = intern(p, norm);
  free(norm);
  if (!key) {
    return KGB_ERR_NOMEM;
  }
  if (p->n == p->cap) {
    size_t cap = p->cap ? p->cap * 2 : 1024;
    Entry *v = realloc(p->v, cap * sizeof *v);
    if (!v) {
      return KGB_ERR_NOMEM;
    }
    p->v = v;
    p->cap = cap;
  }
  p->v[p->n].key = key;
  p->v[p->n].place = *place;
  p->n++;
  return KGB_OK;
}

static const char *json_str(json_object *o, const char *field) {
  json_object *f;
  return json_object_object_get_ex(o, field, &f) ? json_object_get_string(f)
                                                 : NULL;
}

static KgbStatus load_countries(KgbPlaces *p) {
  KgbStatus st = KGB_OK;
  json_object *root =
      json_object_from_file(KGB_ISO_CODES_DIR "/iso_3166-1.json");
  json_object *list;
  if (!root || !json_object_object_get_ex(root, "3166-1", &list)) {
    json_object_put(root);
    return KGB_OK; /* iso-codes missing: no countries, not an error */
  }
  size_t n = json_object_array_length(list);
  for (size_t i = 0; i < n; i++) {
    json_object *c = json_object_array_get_idx(list, i);
    const char *code = json_str(c, "alpha_2");
    const char *name = json_str(c, "name");
    if (!code || !name || strlen(code) != 2) {
      continue;
    }
    KgbPlace pl = {intern(p, json_str(c, "common_name")
                                 ? json_str(c, "common_name")
                                 : name),
                   "Country",
                   NULL,
                   {code[0], code[1], 0},
                   0};
    if (!pl.name) {
      st = KGB_ERR_NOMEM;
      break;
    }
    static const char *const fields[] = {"name", "common_name",
                                         "official_name"};
    for (size_t k = 0; k < 3 && st == KGB_OK; k++) {
      const char *v = json_str(c, fields[k]);
      if (v) {
        st = add(p, v, &pl);
      }
    }
  }
  json_object_put(root);
  return st;
}

static KgbStatus load_subdivisions(KgbPlaces *p) {
  KgbStatus st = KGB_OK;
  json_object *root =
      json_object_from_file(KGB_ISO_CODES_DIR "/iso_3166-2.json");
  json_object *list;
  if (!root || !json_object_object_get_ex(root, "3166-2", &list)) {
    json_object_put(root);
    return KGB_OK;
  }
  size_t n = json_object_array_length(list);
  KgbBuf b = {0};
  for (size_t i = 0; i < n && st == KGB_OK; i++) {
    json_object *c = json_object_array_get_idx(list, i);
    const char *code = json_str(c, "code");
    const char *name = json_str(c, "name");
    const char *type = json_str(c, "type");
    if (!code || !name || strlen(code) < 3) {
      continue;
    }
    /* "Adana" of type "Province" is known as "Adana Province" */
    kgb_buf_clear(&b);
    if (type && !strstr(name, type)) {
      st = kgb_buf_printf(&b, "%s %s", name, type);
    } else {
      st = kgb_buf_printf(&b, "%s", name);
    }
    KgbPlace pl = {intern(p, b.data),
                   "AdministrativeArea",
                   NULL,
                   {code[0], code[1], 0},
                   0};
    if (st != KGB_OK || !pl.name) {
      st = KGB_ERR_NOMEM;
      break;
    }
    st = add(p, b.data, &pl);
    if (st == KGB_OK && strcmp(b.data, name) != 0) {
      st = add(p, name, &pl);
    }
  }
  kgb_buf_free(&b);
  json_object_put(root);
  return st;
}

static KgbStatus load_cities(KgbPlaces *p) {
  KgbStatus st = KGB_OK;
  int n = geonames_get_n_cities();
  for (int i = 0; i < n && st == KGB_OK; i++) {
    GeonamesCity *c = geonames_get_city(i);
    if (!c) {
      continue;
    }
    const char *code = geonames_city_get_country_code(c);
    const char *name = geonames_city_get_name(c);
    if (name && code && strlen(code) == 2) {
      KgbPlace pl = {intern(p, name),
                     "City",
                     intern(p, geonames_city_get_state(c)),
                     {code[0], code[1], 0},
                     (double)geonames_city_get_population(c)};
      st = pl.name ? add(p, name, &pl) : KGB_ERR_NOMEM;
    }
    geonames_city_free(c);
  }
  return st;
}

typedef struct {
  KgbPlaces *p;
  KgbStatus st;
} LexCtx;

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
  if (x->key != y->key) {
    return strcmp(x->key, y->key);
  }
  int rx = rank(&x->place), ry = rank(&y->place);
  if (rx != ry) {
    return rx - ry;
  }
  if (x->place.population != y->place.population) {
    return x->place.population > y->place.population ? -1 : 1;
  }
  int c = strcmp(x->place.country, y->place.country);
  return c ? c : strcmp(x->place.name, y->place.name);
}

/* Lexicon lists "region" (name) and "country_alias" (name -> alpha-2). */
static KgbStatus load_lexicon_places(KgbPlaces *p, const KgbRules *rules) {
  KgbStatus st = KGB_OK;
  for (size_t i = 0; i < kgb_embedded_count && st == KGB_OK; i++) {
    const char *data = kgb_embedded[i].data, *end = data + kgb_embedded[i].len;
    if (!strstr(kgb_embedded[i].name, ".tsv")) {
      continue;
    }
    while (data < end && st == KGB_OK) {
      const char *nl = memchr(data, '\n', (size_t)(end - data));
      const char *le = nl ? nl : end;
      char line[512];
      size_t ll = (size_t)(le - data);
      data = nl ? nl + 1 : end;
      if (ll == 0 || ll >= sizeof line) {
        continue;
      }
      memcpy(line, le - ll, ll);
      line[ll] = '\0';
      char *t1 = strchr(line, '\t');
      if (!t1) {
        continue;
      }
      *t1 = '\0';
      char *entry = t1 + 1;
      char *t2 = strchr(entry, '\t');
      const char *value = NULL;
      if (t2) {
        *t2 = '\0';
        value = t2 + 1;
      }
      if (!strcmp(line, "region")) {
        KgbPlace pl = {intern(p, entry), "Region", NULL, "", 0};
        st = pl.name ? add(p, entry, &pl) : KGB_ERR_NOMEM;
      } else if (!strcmp(line, "country_alias") && value &&
                 strlen(value) == 2) {
        /* the entry carries the country's ISO name, so "Turkey" gets
         * "Türkiye" as another label */
        const char *iso = entry;
        for (size_t k = 0; k < p->n; k++) {
          if (!strcmp(p->v[k].place.cls, "Country") &&
              !strcmp(p->v[k].place.country, value)) {
            iso = p->v[k].place.name;
            break;
          }
        }
        KgbPlace pl = {
            intern(p, iso), "Country", NULL, {value[0], value[1], 0}, 0};
        st = pl.name ? add(p, entry, &pl) : KGB_ERR_NOMEM;
      }
    }
  }
  (void)rules;
  return st;
}

KgbStatus kgb_places_new(const KgbRules *rules, KgbPlaces **out) {
  *out = NULL;
  KgbStatus st = KGB_OK;
  KgbPlaces *p = calloc(1, sizeof *p);
  if (!p || !(p->pool = kgb_strpool_new())) {
    free(p);
    return KGB_ERR_NOMEM;
  }
  TRY(st, load_countries(p));
  TRY(st, load_subdivisions(p));
  TRY(st, load_cities(p));
  TRY(st, load_lexicon_places(p, rules));
  if (p->n > 1) {
    qsort(p->v, p->n, sizeof *p->v, cmp_entry);
  }
  for (size_t i = 0; i < p->n; i++) {
    if (i == 0 || p->v[i].key != p->v[i - 1].key) {
      TRY(st, kgb_map_put(&p->index, p->v[i].key, (intptr_t)i + 1));
    }
  }
  p->places = malloc((p->n ? p->n : 1) * sizeof *p->places);
  if (!p->places) {
    st = KGB_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < p->n; i++) {
    p->places[i] = p->v[i].place;
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
    kgb_map_free(&p->index);
    kgb_strpool_free(p->pool);
    free(p);
  }
}

const KgbPlace *kgb_places_find(const KgbPlaces *p, const char *folded,
                                size_t *n) {
  *n = 0;
  const char *key =
      p ? kgb_strpool_find(p->pool, folded, strlen(folded)) : NULL;
  intptr_t first;
  if (!key || !kgb_map_get(&p->index, key, &first)) {
    return NULL;
  }
  size_t i = (size_t)first - 1, j = i;
  while (j < p->n && p->v[j].key == key) {
    j++;
  }
  *n = j - i;
  return &p->places[i];
}

const KgbPlace *kgb_places_country(const KgbPlaces *p, const char *code) {
  for (size_t i = 0; p && i < p->n; i++) {
    if (!strcmp(p->places[i].cls, "Country") &&
        !strcmp(p->places[i].country, code)) {
      return &p->places[i];
    }
  }
  return NULL;
}
