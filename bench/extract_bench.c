/*
 * extract_bench.c: the extractor alone, without reading, graph or output.
 *
 *   build/extract_bench [-r REPEAT] INPUT...
 *
 * Loads the default rules once (timed: "startup"), reads every document of
 * INPUT (files or folders, through the input API) into memory, then runs
 * kgb_extractor_run over all of them REPEAT times (default 3) and reports the
 * best pass as MB of article text per second, by CPU time of this process
 * (one core: the figure the 50 MB/s target is about) and by wall time. The
 * first pass is reported on its own too, since it pays for anything loaded
 * lazily. Entities and facts are counted so an extractor that finds nothing
 * cannot look fast.
 */
#include "../extractor/extractor.h"
#include "../input/input.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
  char *id, *text;
  size_t len;
} Doc;

static double now(clockid_t clock) {
  struct timespec ts;
  clock_gettime(clock, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int usage(void) {
  fprintf(stderr, "usage: extract_bench [-r REPEAT] INPUT...\n");
  return 2;
}

int main(int argc, char **argv) {
  int code = 1;
  long repeat = 3;
  int first = 1;
  if (argc > 2 && strcmp(argv[1], "-r") == 0) {
    char *end;
    repeat = strtol(argv[2], &end, 10);
    if (*end || repeat < 1 || repeat > 1000) {
      return usage();
    }
    first = 3;
  }
  if (first >= argc) {
    return usage();
  }
  KgbRules *rules = NULL;
  KgbExtractor *ex = NULL;
  KgbInput *in = NULL;
  Doc *docs = NULL;
  size_t n_docs = 0, cap_docs = 0, bytes = 0;
  char *err = NULL;

  double c0 = now(CLOCK_PROCESS_CPUTIME_ID), w0 = now(CLOCK_MONOTONIC);
  if (kgb_rules_new_default(&rules, &err) != KGB_OK ||
      kgb_extractor_new(rules, &ex) != KGB_OK) {
    fprintf(stderr, "extract_bench: cannot load rules: %s\n",
            err ? err : "out of memory");
    goto done;
  }
  double c1 = now(CLOCK_PROCESS_CPUTIME_ID), w1 = now(CLOCK_MONOTONIC);
  printf("%-34s %8.3f s cpu %8.3f s wall\n", "startup (rules, gazetteer)",
         c1 - c0, w1 - w0);

  if (kgb_input_new((const char *const *)argv + first, (size_t)(argc - first),
                    &in) != KGB_OK) {
    goto done;
  }
  for (;;) {
    KgbDocument doc;
    KgbInputError ierr = {0};
    KgbStatus st = kgb_input_next(in, &doc, &ierr);
    if (st == KGB_NOT_FOUND) {
      break;
    }
    if (st != KGB_OK) {
      fprintf(stderr, "extract_bench: %s: %s\n",
              ierr.path ? ierr.path : "input",
              ierr.message ? ierr.message : kgb_strerror(st));
      goto done;
    }
    if (kgb_grow(&docs, &cap_docs, n_docs + 1, sizeof *docs) != KGB_OK) {
      goto done;
    }
    Doc *d = &docs[n_docs];
    d->id = kgb_strdup(doc.id);
    d->text = kgb_strndup(doc.text, doc.len);
    d->len = doc.len;
    if (!d->id || !d->text) {
      free(d->id);
      free(d->text);
      goto done;
    }
    n_docs++;
    bytes += doc.len;
  }
  if (n_docs == 0) {
    fprintf(stderr, "extract_bench: no documents\n");
    goto done;
  }
  printf("corpus: %zu documents, %zu bytes of article text\n", n_docs, bytes);

  double best_cpu = 0, best_wall = 0;
  size_t entities = 0, facts = 0;
  for (long r = 0; r < repeat; r++) {
    size_t ne = 0, nf = 0;
    double pc0 = now(CLOCK_PROCESS_CPUTIME_ID), pw0 = now(CLOCK_MONOTONIC);
    for (size_t i = 0; i < n_docs; i++) {
      KgbDocResult *res = NULL;
      KgbStatus st =
          kgb_extractor_run(ex, docs[i].id, docs[i].text, docs[i].len, &res);
      if (st != KGB_OK) {
        fprintf(stderr, "extract_bench: %s: %s\n", docs[i].id,
                kgb_strerror(st));
        goto done;
      }
      ne += kgb_doc_result_entity_count(res);
      nf += kgb_doc_result_fact_count(res);
      kgb_doc_result_free(res);
    }
    double cpu = now(CLOCK_PROCESS_CPUTIME_ID) - pc0;
    double wall = now(CLOCK_MONOTONIC) - pw0;
    if (r == 0) {
      printf("%-34s %8.3f s cpu %8.2f MB/s\n", "extractor, first pass", cpu,
             (double)bytes / 1e6 / cpu);
      entities = ne;
      facts = nf;
    } else if (ne != entities || nf != facts) {
      fprintf(stderr, "extract_bench: pass %ld differs from the first\n", r);
      goto done;
    }
    if (r == 0 || cpu < best_cpu) {
      best_cpu = cpu;
    }
    if (r == 0 || wall < best_wall) {
      best_wall = wall;
    }
  }
  printf("%-34s %8.3f s cpu %8.2f MB/s (wall %.2f MB/s)\n",
         "extractor alone, best pass", best_cpu, (double)bytes / 1e6 / best_cpu,
         (double)bytes / 1e6 / best_wall);
  printf("found: %zu entities, %zu facts per pass\n", entities, facts);
  code = facts > 0 ? 0 : 1;
done:
  for (size_t i = 0; i < n_docs; i++) {
    free(docs[i].id);
    free(docs[i].text);
  }
  free(docs);
  free(err);
  kgb_input_free(in);
  kgb_extractor_free(ex);
  kgb_rules_free(rules);
  return code;
}
