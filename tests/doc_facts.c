/* doc_facts.c: the sentence tests' view of an extractor result: the default
 * rules loaded once, a text extracted, an entity or a fact found by its
 * label, and checks that fail with the facts the document does have. */
#include "kgb_test.h"
#include "sentences.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static KgbRules *default_rules;

KgbRules *kgb_test_rules(void) {
  char *err = NULL;
  if (!default_rules && kgb_rules_new_default(&default_rules, &err) != KGB_OK) {
    fprintf(stderr, "rules: %s\n", err ? err : "?");
    free(err);
  }
  return default_rules;
}

int kgb_test_rules_setup(void **state) {
  (void)state;
  return kgb_test_rules() ? 0 : -1;
}

void kgb_test_rules_free(void) {
  kgb_rules_free(default_rules);
  default_rules = NULL;
}

KgbDocResult *kgb_test_extract(const KgbRules *rules, const char *name,
                               const char *text) {
  KgbExtractor *ex = NULL;
  KgbDocResult *doc = NULL;
  assert_non_null(rules);
  assert_int_equal(kgb_extractor_new(rules, &ex), KGB_OK);
  assert_int_equal(kgb_extractor_run(ex, name, text, strlen(text), &doc),
                   KGB_OK);
  kgb_extractor_free(ex);
  assert_non_null(doc);
  return doc;
}

KgbDocResult *kgb_test_sentence(const char *text) {
  KgbDocResult *doc = kgb_test_extract(kgb_test_rules(), "sentence.txt", text);
  assert_true(kgb_doc_result_fact_count(doc) > 0);
  return doc;
}

bool kgb_test_named(const KgbEntity *e, const char *label) {
  bool hit = strcmp(e->label, label) == 0;
  for (size_t k = 0; k < e->n_alt && !hit; k++) {
    hit = strcmp(e->alt_labels[k], label) == 0;
  }
  return hit;
}

const KgbEntity *kgb_test_entity(const KgbDocResult *doc, const char *label,
                                 size_t *index) {
  for (size_t i = 0; i < kgb_doc_result_entity_count(doc); i++) {
    const KgbEntity *e = kgb_doc_result_entity(doc, i);
    if (kgb_test_named(e, label)) {
      if (index) {
        *index = i;
      }
      return e;
    }
  }
  return NULL;
}

const KgbFact *kgb_test_fact(const KgbDocResult *doc, const char *subject,
                             const char *predicate, const char *object) {
  for (size_t i = 0; i < kgb_doc_result_fact_count(doc); i++) {
    const KgbFact *f = kgb_doc_result_fact(doc, i);
    if (strcmp(f->predicate, predicate) != 0 ||
        !kgb_test_named(kgb_doc_result_entity(doc, f->subject), subject)) {
      continue;
    }
    if (f->kind == KGB_VALUE_ENTITY
            ? kgb_test_named(kgb_doc_result_entity(doc, f->object), object)
            : strcmp(f->literal, object) == 0) {
      return f;
    }
  }
  return NULL;
}

void kgb_test_dump(const KgbDocResult *doc) {
  for (size_t i = 0; i < kgb_doc_result_fact_count(doc); i++) {
    const KgbFact *f = kgb_doc_result_fact(doc, i);
    fprintf(stderr, "  %s %s %s\n",
            kgb_doc_result_entity(doc, f->subject)->label, f->predicate,
            f->kind == KGB_VALUE_ENTITY
                ? kgb_doc_result_entity(doc, f->object)->label
                : f->literal);
  }
}

void kgb_test_check_fact(const KgbDocResult *doc, const char *subject,
                         const char *predicate, const char *object,
                         unsigned flags, const char *file, int line) {
  bool has = kgb_test_fact(doc, subject, predicate, object) ||
             ((flags & KGB_TEST_EITHER_WAY) &&
              kgb_test_fact(doc, object, predicate, subject));
  bool want = !(flags & KGB_TEST_ABSENT);
  if (has != want) {
    kgb_test_dump(doc);
    print_error("ERROR: %s: %s %s %s\n", want ? "missing" : "unexpected",
                subject, predicate, object);
    _fail(file, line);
  }
}

void kgb_test_check_class(const KgbDocResult *doc, const char *label,
                          const char *cls, const char *file, int line) {
  const KgbEntity *e = kgb_test_entity(doc, label, NULL);
  if (cls ? !e || strcmp(e->cls, cls) != 0 : e != NULL) {
    kgb_test_dump(doc);
    if (cls) {
      print_error("ERROR: %s is %s, not %s\n", label, e ? e->cls : "absent",
                  cls);
    } else {
      print_error("ERROR: unexpected entity %s (%s)\n", label, e->cls);
    }
    _fail(file, line);
  }
}
