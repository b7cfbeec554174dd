/*
 * ontology.c: the vocabulary (rules/vocabulary.tsv, compiled in) as an OWL
 * ontology, kgb.ttl, so the data files can be loaded with their schema.
 *
 *   - every class: owl:Class, rdfs:label and rdfs:comment (@en),
 *     rdfs:subClassOf its superclass;
 *   - every relation: owl:ObjectProperty (entity range) or
 *     owl:DatatypeProperty, label, comment, rdfs:domain and rdfs:range (a
 *     union "Character|Person" as an anonymous owl:unionOf class, "literal" as
 *     rdfs:Literal, "date" as the union of xsd:date, xsd:gYearMonth and
 *     xsd:gYear), owl:SymmetricProperty / owl:TransitiveProperty from the
 *     traits column;
 *   - alignments from the aligned_with column: "schema:X" to schema.org,
 *     "wikidata:Pn" to the direct property wdt:Pn, "wikidata:Qn" to the item:
 *     owl:equivalentClass / owl:equivalentProperty, except where the term is
 *     narrower than its target: when the column qualifies it ("schema:Person
 *     (fictional)") or when several terms of the vocabulary align to the same
 *     target (Place and Region both to schema:Place): rdfs:subClassOf /
 *     rdfs:subPropertyOf then;
 *   - the evidence terms kgb data uses (kgb:evidence, sentence, offsets, rule,
 *     confidence) and every analysis figure of the graph's metric table, with
 *     its comment and its datatype.
 */
#include "export_internal.h"

#include <stdlib.h>
#include <string.h>

#define NS_WD "http://www.wikidata.org/entity/"

static const KgbRdfPrefix prefixes[] = {
    {"rdf", KGB_NS_RDF},   {"rdfs", KGB_NS_RDFS},     {"owl", KGB_NS_OWL},
    {"xsd", KGB_NS_XSD},   {"skos", KGB_NS_SKOS},     {"schema", KGB_NS_SCHEMA},
    {"wd", NS_WD},         {"wdt", KGB_NS_WDT},       {"prov", KGB_NS_PROV},
    {"kgb", KGB_NS_VOCAB}, {"kgba", KGB_NS_ANALYSIS},
};

#define ONTOLOGY_IRI "https://w3id.org/kgb/vocab"

typedef struct {
  KgbRdfSink *sink;
  KgbBuf s, o, tmp, label;
} Onto;

static KgbRdfTerm iri(const char *v) {
  return (KgbRdfTerm){KGB_RDF_IRI, v, NULL, NULL};
}
static KgbRdfTerm blank(const char *v) {
  return (KgbRdfTerm){KGB_RDF_BLANK, v, NULL, NULL};
}
static KgbRdfTerm text_en(const char *v) {
  return (KgbRdfTerm){KGB_RDF_LITERAL, v, NULL, "en"};
}

static KgbStatus emit(Onto *x, KgbRdfTerm s, const char *p, KgbRdfTerm o) {
  KgbRdfTerm pt = iri(p);
  return kgb_rdf_sink_emit(x->sink, &s, &pt, &o, NULL);
}

/// "AdministrativeArea" -> "Administrative area", "directedBy" -> "directed
/// by", "TVSeries" -> "TV series": words split at case changes, lower-cased
/// but for acronyms and the first letter of a class.
static KgbStatus human_label(KgbBuf *b, const char *name, bool is_class) {
  KgbStatus st = KGB_OK;
  kgb_buf_clear(b);
  size_t n = strlen(name);
  for (size_t i = 0; i < n && st == KGB_OK; i++) {
    char c = name[i];
    bool upper = c >= 'A' && c <= 'Z';
    bool prev_lower = i > 0 && name[i - 1] >= 'a' && name[i - 1] <= 'z';
    bool prev_upper = i > 0 && name[i - 1] >= 'A' && name[i - 1] <= 'Z';
    bool next_lower = i + 1 < n && name[i + 1] >= 'a' && name[i + 1] <= 'z';
    bool next_upper = i + 1 < n && name[i + 1] >= 'A' && name[i + 1] <= 'Z';
    if (upper && i > 0 && (prev_lower || (prev_upper && next_lower))) {
      st = kgb_buf_putc(b, ' ');
    }
    bool acronym = upper && (next_upper || (prev_upper && !next_lower));
    if (st == KGB_OK) {
      st = kgb_buf_putc(b, upper && !acronym && !(is_class && i == 0)
                               ? (char)(c - 'A' + 'a')
                               : c);
    }
  }
  return st == KGB_OK ? kgb_buf_puts(b, "") : st;
}

/// The IRI of an aligned_with entry ("schema:Movie", "wikidata:P915") in
/// @p b; false when it names nothing we know. *qualified: it has a "(...)".
static bool aligned_iri(KgbBuf *b, const char *aligned, bool *qualified) {
  kgb_buf_clear(b);
  *qualified = strchr(aligned, '(') != NULL;
  size_t len = strcspn(aligned, " (");
  const char *ns = NULL;
  size_t skip = 0;
  if (strncmp(aligned, "schema:", 7) == 0) {
    ns = KGB_NS_SCHEMA, skip = 7;
  } else if (strncmp(aligned, "wikidata:P", 10) == 0) {
    ns = KGB_NS_WDT, skip = 9;
  } else if (strncmp(aligned, "wikidata:Q", 10) == 0) {
    ns = NS_WD, skip = 9;
  }
  if (!ns || len <= skip) {
    return false;
  }
  return kgb_buf_printf(b, "%s%.*s", ns, (int)(len - skip), aligned + skip) ==
         KGB_OK;
}

static bool same_target(const char *a, const char *b) {
  size_t len = strcspn(a, " (");
  return a && b && strcspn(b, " (") == len && strncmp(a, b, len) == 0;
}

/**
 * True when @p t is narrower than the target it shares with other terms: a
 * class whose superclass chain has a class aligned to the same target
 * (Region under Place, both schema:Place), or a relation when another
 * relation aligns, unqualified, to the same target.
 */
static bool shared_alignment(const KgbVocab *v, const KgbVocabTerm *t) {
  if (t->is_class) {
    const KgbVocabTerm *c = t;
    for (int depth = 0; c && c->superclass && depth < 16; depth++) {
      c = kgb_vocab_find(v, c->superclass);
      if (c && c->aligned && same_target(c->aligned, t->aligned)) {
        return true;
      }
    }
    return false;
  }
  for (size_t i = 0; i < kgb_vocab_count(v); i++) {
    const KgbVocabTerm *u = kgb_vocab_at(v, i);
    if (u != t && !u->is_class && u->aligned && !strchr(u->aligned, '(') &&
        same_target(u->aligned, t->aligned)) {
      return true;
    }
  }
  return false;
}

/**
 * The class expression of a domain or range "A" or "A|B" as a term in
 * @p out (its IRI or blank label in x->o): a named class, or an anonymous
 * owl:unionOf class written here under the blank label "@p tag_@p name".
 */
static KgbStatus class_expr(Onto *x, const char *spec, const char *tag,
                            const char *name, KgbRdfTerm *out) {
  KgbStatus st = KGB_OK;
  kgb_buf_clear(&x->o);
  if (!strchr(spec, '|')) {
    TRY(st, kgb_buf_printf(&x->o, "%s%s", KGB_NS_VOCAB, spec));
    *out = iri(x->o.data);
    goto done;
  }
  /* _:tag_name a owl:Class ; owl:unionOf _:tag_name_1 .
     _:tag_name_k rdf:first kgb:A ; rdf:rest _:tag_name_k+1 | rdf:nil . */
  char node[128], item[160], next[160];
  snprintf(node, sizeof node, "%s_%s", tag, name);
  snprintf(item, sizeof item, "%s_1", node);
  TRY(st, emit(x, blank(node), KGB_NS_RDF "type", iri(KGB_NS_OWL "Class")));
  TRY(st, emit(x, blank(node), KGB_NS_OWL "unionOf", blank(item)));
  size_t k = 1;
  for (const char *p = spec; *p; k++) {
    size_t len = strcspn(p, "|");
    kgb_buf_clear(&x->tmp);
    TRY(st, kgb_buf_printf(&x->tmp, "%s%.*s", KGB_NS_VOCAB, (int)len, p));
    snprintf(item, sizeof item, "%s_%zu", node, k);
    snprintf(next, sizeof next, "%s_%zu", node, k + 1);
    p += len;
    p += *p == '|';
    TRY(st, emit(x, blank(item), KGB_NS_RDF "first", iri(x->tmp.data)));
    TRY(st, emit(x, blank(item), KGB_NS_RDF "rest",
                 *p ? blank(next) : iri(KGB_NS_RDF "nil")));
  }
  TRY(st, kgb_buf_puts(&x->o, node));
  *out = blank(x->o.data);
done:
  return st;
}

static KgbStatus date_range(Onto *x, KgbRdfTerm *out) {
  static const char *const types[] = {
      KGB_NS_XSD "date", KGB_NS_XSD "gYearMonth", KGB_NS_XSD "gYear"};
  static const char *const items[] = {"date_1", "date_2", "date_3"};
  KgbStatus st = KGB_OK;
  TRY(st,
      emit(x, blank("date"), KGB_NS_RDF "type", iri(KGB_NS_RDFS "Datatype")));
  TRY(st, emit(x, blank("date"), KGB_NS_OWL "unionOf", blank(items[0])));
  for (size_t i = 0; i < 3; i++) {
    TRY(st, emit(x, blank(items[i]), KGB_NS_RDF "first", iri(types[i])));
    TRY(st, emit(x, blank(items[i]), KGB_NS_RDF "rest",
                 i + 1 < 3 ? blank(items[i + 1]) : iri(KGB_NS_RDF "nil")));
  }
  *out = blank("date");
done:
  return st;
}

static KgbStatus write_term(Onto *x, const KgbVocab *v, const KgbVocabTerm *t,
                            bool *date_written) {
  KgbStatus st = KGB_OK;
  KgbRdfTerm dom = {0}, rng = {0};
  char *s = NULL;
  /* anonymous domain/range classes first, so the term's own statements
     stay together */
  if (!t->is_class) {
    if (t->domain && strcmp(t->domain, "-") != 0) {
      TRY(st, class_expr(x, t->domain, "domain", t->name, &dom));
      dom.value = s = kgb_strdup(dom.value);
      if (!s) {
        st = KGB_ERR_NOMEM;
        goto done;
      }
    }
    if (t->range_kind == KGB_RANGE_DATE) {
      if (!*date_written) {
        TRY(st, date_range(x, &rng));
        *date_written = true;
      }
      rng = blank("date");
    } else if (t->range_kind == KGB_RANGE_LITERAL) {
      rng = iri(KGB_NS_RDFS "Literal");
    } else if (t->range && strcmp(t->range, "-") != 0) {
      TRY(st, class_expr(x, t->range, "range", t->name, &rng));
    }
  }
  kgb_buf_clear(&x->s);
  TRY(st, kgb_buf_printf(&x->s, "%s%s", KGB_NS_VOCAB, t->name));
  KgbRdfTerm subject = iri(x->s.data);
  const char *kind = t->is_class ? KGB_NS_OWL "Class"
                     : t->range_kind == KGB_RANGE_ENTITY
                         ? KGB_NS_OWL "ObjectProperty"
                         : KGB_NS_OWL "DatatypeProperty";
  TRY(st, emit(x, subject, KGB_NS_RDF "type", iri(kind)));
  if (!t->is_class && t->symmetric) {
    TRY(st, emit(x, subject, KGB_NS_RDF "type",
                 iri(KGB_NS_OWL "SymmetricProperty")));
  }
  if (!t->is_class && t->transitive) {
    TRY(st, emit(x, subject, KGB_NS_RDF "type",
                 iri(KGB_NS_OWL "TransitiveProperty")));
  }
  TRY(st, human_label(&x->label, t->name, t->is_class));
  TRY(st, emit(x, subject, KGB_NS_RDFS "label", text_en(x->label.data)));
  if (t->meaning && strcmp(t->meaning, "-") != 0) {
    TRY(st, emit(x, subject, KGB_NS_RDFS "comment", text_en(t->meaning)));
  }
  TRY(st, emit(x, subject, KGB_NS_RDFS "isDefinedBy", iri(ONTOLOGY_IRI)));
  if (t->is_class && t->superclass) {
    kgb_buf_clear(&x->tmp);
    TRY(st, kgb_buf_printf(&x->tmp, "%s%s", KGB_NS_VOCAB, t->superclass));
    TRY(st, emit(x, subject, KGB_NS_RDFS "subClassOf", iri(x->tmp.data)));
  }
  if (dom.value) {
    TRY(st, emit(x, subject, KGB_NS_RDFS "domain", dom));
  }
  if (rng.value) {
    TRY(st, emit(x, subject, KGB_NS_RDFS "range", rng));
  }
  bool qualified;
  if (t->aligned && aligned_iri(&x->tmp, t->aligned, &qualified)) {
    bool narrower = qualified || shared_alignment(v, t);
    const char *p = t->is_class ? (narrower ? KGB_NS_RDFS "subClassOf"
                                            : KGB_NS_OWL "equivalentClass")
                                : (narrower ? KGB_NS_RDFS "subPropertyOf"
                                            : KGB_NS_OWL "equivalentProperty");
    TRY(st, emit(x, subject, p, iri(x->tmp.data)));
  }
done:
  free(s);
  return st;
}

/// The evidence vocabulary of kgb's reified facts.
static const struct {
  const char *name, *kind, *range, *comment;
} evidence_terms[] = {
    {"evidence", "ObjectProperty", NULL,
     "a piece of evidence for the reified fact (an rdf:Statement)"},
    {"sentence", "DatatypeProperty", KGB_NS_XSD "integer",
     "0-based index of the sentence the evidence was read in"},
    {"startOffset", "DatatypeProperty", KGB_NS_XSD "integer",
     "character (code point) offset where the evidence starts in the document"},
    {"endOffset", "DatatypeProperty", KGB_NS_XSD "integer",
     "character offset one past the end of the evidence"},
    {"rule", "DatatypeProperty", KGB_NS_XSD "string",
     "id of the extraction rule that read the fact"},
    {"confidence", "DatatypeProperty", KGB_NS_XSD "double",
     "the rule's confidence in the fact, 0 to 1"},
};

static KgbStatus write_extras(Onto *x, const KgbGraph *g) {
  KgbStatus st = KGB_OK;
  for (size_t i = 0; i < sizeof evidence_terms / sizeof evidence_terms[0];
       i++) {
    kgb_buf_clear(&x->s);
    TRY(st,
        kgb_buf_printf(&x->s, "%s%s", KGB_NS_VOCAB, evidence_terms[i].name));
    kgb_buf_clear(&x->tmp);
    TRY(st,
        kgb_buf_printf(&x->tmp, "%s%s", KGB_NS_OWL, evidence_terms[i].kind));
    KgbRdfTerm subject = iri(x->s.data);
    TRY(st, emit(x, subject, KGB_NS_RDF "type", iri(x->tmp.data)));
    TRY(st, human_label(&x->label, evidence_terms[i].name, false));
    TRY(st, emit(x, subject, KGB_NS_RDFS "label", text_en(x->label.data)));
    TRY(st, emit(x, subject, KGB_NS_RDFS "comment",
                 text_en(evidence_terms[i].comment)));
    TRY(st, emit(x, subject, KGB_NS_RDFS "isDefinedBy", iri(ONTOLOGY_IRI)));
    if (evidence_terms[i].range) {
      TRY(st,
          emit(x, subject, KGB_NS_RDFS "range", iri(evidence_terms[i].range)));
    }
  }
  for (size_t m = 0; m < kgb_graph_metric_count(g); m++) {
    const KgbMetric *mt = kgb_graph_metric(g, m);
    kgb_buf_clear(&x->s);
    TRY(st, kgb_buf_printf(&x->s, "%s%s", KGB_NS_ANALYSIS, mt->name));
    KgbRdfTerm subject = iri(x->s.data);
    TRY(st, emit(x, subject, KGB_NS_RDF "type",
                 iri(KGB_NS_OWL "DatatypeProperty")));
    TRY(st, human_label(&x->label, mt->name, false));
    TRY(st, emit(x, subject, KGB_NS_RDFS "label", text_en(x->label.data)));
    if (mt->comment) {
      TRY(st, emit(x, subject, KGB_NS_RDFS "comment", text_en(mt->comment)));
    }
    TRY(st, emit(x, subject, KGB_NS_RDFS "isDefinedBy", iri(ONTOLOGY_IRI)));
    TRY(st, emit(x, subject, KGB_NS_RDFS "range",
                 iri(mt->kind == KGB_METRIC_SCORE ? KGB_NS_XSD "double"
                                                  : KGB_NS_XSD "integer")));
  }
done:
  return st;
}

KgbStatus kgb_export_ontology(const KgbGraph *g, KgbFormat fmt, FILE *stream) {
  Onto x = {0};
  KgbGraph *empty = NULL;
  KgbStatus st = KGB_OK;
  bool date_written = false;
  const KgbVocab *v = kgb_vocab_default();
  if (!v || !stream) {
    return KGB_ERR_USAGE;
  }
  if (!g) {
    TRY(st, kgb_graph_new(&empty));
    TRY(st, kgb_graph_finish(empty));
    g = empty;
  }
  TRY(st, kgb_rdf_sink_new(fmt, stream, prefixes,
                           sizeof prefixes / sizeof prefixes[0], &x.sink));
  KgbRdfTerm onto = iri(ONTOLOGY_IRI);
  TRY(st, emit(&x, onto, KGB_NS_RDF "type", iri(KGB_NS_OWL "Ontology")));
  TRY(st, emit(&x, onto, KGB_NS_RDFS "label",
               text_en("kgb: the vocabulary of film knowledge graphs")));
  TRY(st, emit(&x, onto, KGB_NS_RDFS "comment",
               text_en("Classes and relations kgb extracts from film "
                       "articles, the evidence of its facts and the analysis "
                       "figures of its graphs; generated from "
                       "rules/vocabulary.tsv by kgb ontology.")));
  for (size_t i = 0; i < kgb_vocab_count(v); i++) {
    TRY(st, write_term(&x, v, kgb_vocab_at(v, i), &date_written));
  }
  TRY(st, write_extras(&x, g));
  TRY(st, kgb_rdf_sink_finish(x.sink));
done:
  kgb_rdf_sink_free(x.sink);
  kgb_graph_free(empty);
  kgb_buf_free(&x.s);
  kgb_buf_free(&x.o);
  kgb_buf_free(&x.tmp);
  kgb_buf_free(&x.label);
  return st;
}
