"""check_graphml.py GRAPHML NODES EDGES NAMES.hex

networkx reads the GraphML that test_export.c wrote: node and edge counts,
every name (less the characters XML cannot carry), APOC labels, joined
literal values and typed analysis figures as the test graph has them.
"""
import sys

import networkx as nx

from common import names, xml_clean

path, nodes, edges, hexfile = sys.argv[1:5]
g = nx.read_graphml(path)
assert g.is_directed()
assert g.number_of_nodes() == int(nodes), (g.number_of_nodes(), nodes)
assert g.number_of_edges() == int(edges), (g.number_of_edges(), edges)
data = [d for _, d in g.nodes(data=True)]
got = {d["name"] for d in data}
for name in names(hexfile):
    assert xml_clean(name) in got, ("name lost", xml_clean(name), sorted(got))
films = [d for d in data if d["class"] == "Film"]
assert len(films) == 1, films
film = films[0]
assert film["labels"] == ":Film:Work", film
assert film["genre"] == "comedy | drama", film
assert film["runtime"] == "104", film
assert film["altLabels"] == 'Kal | Söyle "Hi"', film
assert all(isinstance(d["degree"], int) and isinstance(d["component"], int) for d in data)
assert all(isinstance(d["mentions"], int) for d in data)
places = {d["labels"] for d in data if d["class"] == "City"}
assert places == {":City:Place"}, places
rels = [d for *_, d in g.edges(data=True)]
assert {"directedBy", "writtenBy", "dated"} <= {d["label"] for d in rels}
assert all(isinstance(d["confidence"], float) for d in rels if "evidence" in d)
assert any(d.get("confidence") == 0.9 for d in rels)
