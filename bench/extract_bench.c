/*
 * extract_bench.c: the extractor alone, without reading, graph or output.
 *
 *   build/extract_bench [-r REPEAT] [--pipeline] INPUT...
 *
 * Loads the default rules once (timed: "startup"), reads every document of
 * INPUT (files or folders, through the input API) into memory, then runs
 * kgb_extractor_run over all of them REPEAT times (default 3) and reports the
 * best pass as MB of article text per second, by CPU time of this process
 * (one core: the figure the 50 MB/s target is about) and by wall time. The
 * first pass is reported on its own too, since it pays for anything loaded
 * lazily. Entities and facts are counted so an extractor that finds nothing
 * cannot look fast.
 *
 * --pipeline also times, once, what `kgb extract` does after the extractor
 * for each document: a KgbGraph of the document (kgb_graph_new, _add_document,
 * _finish: resolution and the igraph projection) and its N-Triples with
 * evidence (kgb_export_stream, serd) written to /dev/null; it prints the
 * split of the per-document time between the three.
 */
#include "../export/export.h"
#include "../extractor/extractor.h"
#include "../graph/graph.h"
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
  fprintf(stderr, "usage: extract_bench [-r REPEAT] [--pipeline] INPUT...\n");
  return 2;
}

/* One pass of what `kgb extract` does per document, each step timed (CPU). */
static KgbStatus pipeline(KgbExtractor *ex, const Doc *docs, size_t n_docs,
                          FILE *sink, double t[3]) {
  KgbStatus st = KGB_OK;
  KgbExportOptions eo = kgb_export_options_default();
  eo.analysis = false;
  for (size_t i = 0; i < n_docs && st == KGB_OK; i++) {
    KgbDocResult *res = NULL;
    KgbGraph *g = NULL;
    double a = now(CLOCK_PROCESS_CPUTIME_ID);
    st = kgb_extractor_run(ex, docs[i].id, docs[i].text, docs[i].len, &res);
    double b = now(CLOCK_PROCESS_CPUTIME_ID);
    if (st == KGB_OK) {
      st = kgb_graph_new(&g);
    }
    if (st == KGB_OK) {
      st = kgb_graph_add_document(g, res);
    }
    if (st == KGB_OK) {
      st = kgb_graph_finish(g);
    }
    double c = now(CLOCK_PROCESS_CPUTIME_ID);
    if (st == KGB_OK) {
      st = kgb_export_stream(g, KGB_FORMAT_NTRIPLES, &eo, sink);
    }
    kgb_graph_free(g);
    kgb_doc_result_free(res);
    double d = now(CLOCK_PROCESS_CPUTIME_ID);
    t[0] += b - a;
    t[1] += c - b;
    t[2] += d - c;
  }
  return st;
}

int main(int argc, char **argv) {
  int code = 1;
  long repeat = 3;
  bool with_pipeline = false;
  int first = 1;
  for (; first < argc && argv[first][0] == '-'; first++) {
    if (strcmp(argv[first], "--pipeline") == 0) {
      with_pipeline = true;
    } else if (strcmp(argv[first], "-r") == 0 && first + 1 < argc) {
      char *end;
      repeat = strtol(argv[++first], &end, 10);
      if (*end || repeat < 1 || repeat > 1000) {
        return usage();
      }
    } else {
      return usage();
    }
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
  if (with_pipeline) {
    double t[3] = {0, 0, 0};
    FILE *sink = fopen("/dev/null", "w");
    KgbStatus st = sink ? pipeline(ex, docs, n_docs, sink, t) : KGB_ERR_IO;
    if (sink) {
      fclose(sink);
    }
    if (st != KGB_OK) {
      fprintf(stderr, "extract_bench: pipeline: %s\n", kgb_strerror(st));
      goto done;
    }
    double all = t[0] + t[1] + t[2];
    static const char *const step[] = {
        "  extractor", "  graph (new, add, finish)", "  N-Triples (serd)   "};
    printf("%-34s %8.3f s cpu %8.2f MB/s\n", "per document as `kgb extract`",
           all, (double)bytes / 1e6 / all);
    for (int k = 0; k < 3; k++) {
      printf("%-34s %8.3f s cpu %7.1f %%\n", step[k], t[k], 100 * t[k] / all);
    }
  }
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
