"""rdflib's answer to a SPARQL SELECT over an N-Triples or N-Quads file.

usage: sparql_answer.py FILE QUERY

Prints the first variable's values, distinct, sorted and joined with "|"
(no newline), as tests/js's consumers print theirs, so a test can ask an
independent engine what the right answer is instead of hard-coding it.
"""
import sys

import rdflib

path, query = sys.argv[1], sys.argv[2]
if path.endswith(".nq"):
    # the default graph as the union: rdflib files quads without a graph under
    # a graph of their own, and the labels are there
    g = rdflib.Dataset(default_union=True)
    g.parse(path, format="nquads")
else:
    g = rdflib.Graph()
    g.parse(path, format="nt")
print("|".join(sorted({str(row[0]) for row in g.query(query)})), end="")
