/*
 * dynlib.h: a shared library opened on its first call, not at every start.
 *
 * Some libraries only a few commands call pull in dozens of others (raptor2:
 * curl and its TLS and LDAP stacks; igraph: BLAS, LAPACK, ARPACK, GLPK), and
 * the dynamic linker loads and relocates them all at every start of kgb,
 * `kgb extract` of one small document included. kgb is not linked with
 * them. Instead a source file lists each function of the library kgb calls,
 * with the library's own prototype (its header checks that they agree):
 *
 *   #define RAPTOR_FUNCTIONS(F, P) \
 *     F(int, raptor_world_open, (raptor_world * world), (world)) \
 *     P(raptor_free_world, (raptor_world * world), (world))
 *   KGB_DYNLIB(RAPTOR_FUNCTIONS, "libraptor2.so.0")
 *
 * F(return type, name, parameters, arguments) for a function that returns a
 * value, P(name, parameters, arguments) for one that does not. KGB_DYNLIB
 * defines each as a function that forwards to the library's; the first call
 * of any of them opens the library (kgb_dynlib_load(), once for all
 * threads). A function kgb starts to call must be added to its list, or the
 * link fails. Include this in that one file only: it defines statics.
 */
#ifndef KGB_DYNLIB_H
#define KGB_DYNLIB_H

#include "util.h"

#include <pthread.h>
#include <string.h>

#define KGB_DYNLIB_INDEX_F(ret, name, params, args) KGB_DYNLIB_##name,
#define KGB_DYNLIB_INDEX_P(name, params, args) KGB_DYNLIB_##name,
#define KGB_DYNLIB_NAME_F(ret, name, params, args) #name,
#define KGB_DYNLIB_NAME_P(name, params, args) #name,

/* The address is copied, as ISO C has no cast from void * to a function. */
#define KGB_DYNLIB_FORWARD_F(ret, name, params, args)                          \
  ret name params {                                                            \
    ret(*fn) params;                                                           \
    pthread_once(&kgb_dynlib_once, kgb_dynlib_open);                           \
    memcpy(&fn, &kgb_dynlib_fns[KGB_DYNLIB_##name], sizeof fn);                \
    return fn args;                                                            \
  }
#define KGB_DYNLIB_FORWARD_P(name, params, args)                               \
  void name params {                                                           \
    void(*fn) params;                                                          \
    pthread_once(&kgb_dynlib_once, kgb_dynlib_open);                           \
    memcpy(&fn, &kgb_dynlib_fns[KGB_DYNLIB_##name], sizeof fn);                \
    fn args;                                                                   \
  }

#define KGB_DYNLIB(LIST, soname)                                               \
  enum { LIST(KGB_DYNLIB_INDEX_F, KGB_DYNLIB_INDEX_P) KGB_DYNLIB_N };          \
  static const char *const kgb_dynlib_names[] = {                              \
      LIST(KGB_DYNLIB_NAME_F, KGB_DYNLIB_NAME_P)};                             \
  static void *kgb_dynlib_fns[KGB_DYNLIB_N];                                   \
  static pthread_once_t kgb_dynlib_once = PTHREAD_ONCE_INIT;                   \
  static void kgb_dynlib_open(void) {                                          \
    kgb_dynlib_load(soname, kgb_dynlib_names, KGB_DYNLIB_N, kgb_dynlib_fns);   \
  }                                                                            \
  LIST(KGB_DYNLIB_FORWARD_F, KGB_DYNLIB_FORWARD_P)

#endif
