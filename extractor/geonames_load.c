/*
 * geonames_load.c: libgeonames opened on its first call (util/dynlib.h).
 *
 * libgeonames pulls in GIO, GObject and GLib, whose loading and
 * constructors cost every start of kgb about 3 M instructions, while the
 * gazetteer reads the cities from the table made when kgb is built
 * (tools/cities.c) and asks the library only for a city's details, or for
 * all cities when that table does not fit the installed library.
 */
#include "../util/dynlib.h"

#include <geonames.h>

#ifndef KGB_GEONAMES_SONAME
#define KGB_GEONAMES_SONAME "libgeonames.so.0"
#endif

#define GEONAMES_FUNCTIONS(F, P)                                               \
  P(geonames_city_free, (GeonamesCity * city), (city))                         \
  F(const gchar *, geonames_city_get_country_code, (GeonamesCity * city),      \
    (city))                                                                    \
  F(const gchar *, geonames_city_get_name, (GeonamesCity * city), (city))      \
  F(guint, geonames_city_get_population, (GeonamesCity * city), (city))        \
  F(const gchar *, geonames_city_get_state, (GeonamesCity * city), (city))     \
  F(GeonamesCity *, geonames_get_city, (gint index), (index))                  \
  F(gint, geonames_get_n_cities, (void), ())

KGB_DYNLIB(GEONAMES_FUNCTIONS, KGB_GEONAMES_SONAME)
