"""check_rdf_syntaxes.py NT NQ RDFXML JSONLD COUNT

rdflib reads the N-Quads, RDF/XML and JSON-LD that test_export.c wrote next
to the N-Triples: the union of the N-Quads graphs, the JSON-LD and the RDF/XML
must all be isomorphic to the N-Triples (RDF/XML after dropping the control
characters XML 1.0 cannot carry from the N-Triples' literals), and every fact
of the N-Quads with evidence must sit in a named graph of a document.
"""
import re
import sys

import rdflib
from rdflib import Literal
from rdflib.compare import isomorphic

nt_path, nq_path, xml_path, jsonld_path, count = sys.argv[1:6]
nt = rdflib.Graph().parse(nt_path, format="nt")
assert len(nt) == int(count), ("n-triples", len(nt), count)

ds = rdflib.ConjunctiveGraph()
ds.parse(nq_path, format="nquads")
union = rdflib.Graph()
for s, p, o, _ in ds.quads((None, None, None, None)):
    union.add((s, p, o))
assert isomorphic(union, nt), "n-quads (union of graphs) and n-triples differ"
named = {str(c.identifier) for c in ds.contexts()}
docs = [n for n in named if n.startswith("https://w3id.org/kgb/doc/")]
assert docs, ("no document graph", sorted(named))

jl = rdflib.Graph().parse(jsonld_path, format="json-ld")
assert isomorphic(jl, nt), ("json-ld and n-triples differ", len(jl), len(nt))

BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
clean = rdflib.Graph()
for s, p, o in nt:
    if isinstance(o, Literal):
        o = Literal(BAD.sub("", str(o)), datatype=o.datatype, lang=o.language)
    clean.add((s, p, o))
x = rdflib.Graph().parse(xml_path, format="xml")
assert isomorphic(x, clean), ("rdf/xml and n-triples differ", len(x), len(clean))
print("ok", len(nt), "triples;", len(docs), "document graphs")
