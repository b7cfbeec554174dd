"""check_rdf.py TTL NT COUNT NAMES.hex full|bare

rdflib reads the Turtle and N-Triples that test_export.c wrote: both must hold
COUNT triples and be isomorphic (so no datatype was rewritten on the way),
every name must come back as an rdfs:label, and with "full" (provenance and
analysis on) the typed literals of the test graph must have their datatypes.
"""
import sys
from decimal import Decimal

import rdflib
from rdflib import RDF, RDFS, XSD, Namespace
from rdflib.compare import isomorphic

from common import names

ttl, nt, count, hexfile, mode = sys.argv[1:6]
t = rdflib.Graph().parse(ttl, format="turtle")
n = rdflib.Graph().parse(nt, format="nt")
assert len(t) == int(count), ("turtle", len(t), count)
assert len(n) == int(count), ("n-triples", len(n), count)
assert isomorphic(t, n), "turtle and n-triples hold different graphs"
assert not any(isinstance(x, rdflib.BNode) for tr in t for x in tr), "blank node"

labels = {str(o) for o in t.objects(None, RDFS.label)}
for name in names(hexfile):
    assert name in labels, ("label lost", name, sorted(labels))

# entity IRIs are the graph's own, non-ASCII characters and all
city = rdflib.URIRef("https://w3id.org/kgb/id/city/\u05ea\u05dc-\u05d0\u05d1\u05d9\u05d1")
assert (city, RDF.type, None) in t, sorted({str(s) for s in t.subjects(RDF.type)})

KGB = Namespace("https://w3id.org/kgb/vocab#")
KGBA = Namespace("https://w3id.org/kgb/analysis#")
PROV = Namespace("http://www.w3.org/ns/prov#")


def objects(p):
    return list(t.objects(None, p))


if mode == "full":
    conf = objects(KGB.confidence)
    assert conf and all(o.datatype == XSD.double for o in conf), conf
    assert 0.9 in {o.toPython() for o in conf}, conf
    assert 1 / 3 in {o.toPython() for o in conf}, conf
    (budget,) = objects(KGB.budget)
    assert budget.datatype == XSD.decimal and budget.toPython() == Decimal("12"), budget
    (gross,) = objects(KGB.grossRevenue)
    assert gross.datatype == XSD.decimal and str(gross) == "48.5", gross
    runtimes = {(str(o), o.datatype) for o in objects(KGB.runtime)}
    assert runtimes == {("104", XSD.integer), ("12 000", None)}, runtimes
    dates = {(str(o), o.datatype) for p in (KGB.releaseDate, KGB.filmingStart, KGB.birthDate)
             for o in objects(p)}
    assert dates == {("2022-11-11", XSD.date), ("2022", XSD.gYear),
                     ("1988-04", XSD.gYearMonth), ("sometime in 1990", None)}, dates
    assert all(o.datatype == XSD.integer for o in objects(KGBA.degree))
    assert len(list(t.subjects(RDF.type, RDF.Statement))) > 0
    docs = {str(o) for o in objects(PROV.wasDerivedFrom)}
    assert "https://w3id.org/kgb/doc/docs%2Fa%20b.txt" in docs, docs
    assert "https://w3id.org/kgb/doc/stdin" in docs, docs
else:
    assert not list(t.subjects(RDF.type, RDF.Statement))
    assert not objects(KGBA.degree) and not objects(KGB.confidence)
