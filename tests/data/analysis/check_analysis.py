#!/usr/bin/python3
"""Recompute kgb's analysis figures with networkx from the exported GraphML.

usage: check_analysis.py GRAPHML MODULARITY_LOUVAIN MODULARITY_LEIDEN BRIDGES

The conventions are README.md's ("Analyses"): degrees count distinct facts on
the directed multigraph; PageRank on the directed simple graph (parallel facts
collapsed, self-loops dropped); betweenness, harmonic centrality, coreness,
articulation points, bridges and modularity on the undirected simple view.
Prints "ok" or the differences (exit 1).
"""
import sys

import networkx as nx

TOL = 1e-9


def main():
    path, q_louvain, q_leiden, n_bridges = sys.argv[1:5]
    multi = nx.read_graphml(path, force_multigraph=True)
    nodes = sorted(multi.nodes, key=lambda n: int(n[1:]))
    problems = []

    def close(what, node, ours, theirs):
        if abs(ours - theirs) > TOL:
            problems.append(f"{what} {node}: kgb {ours!r}, networkx {theirs!r}")

    data = multi.nodes
    for n in nodes:
        close("inDegree", n, data[n]["inDegree"], multi.in_degree(n))
        close("outDegree", n, data[n]["outDegree"], multi.out_degree(n))
        close("degree", n, data[n]["degree"], multi.degree(n))

    directed = nx.DiGraph(multi)
    directed.remove_edges_from(list(nx.selfloop_edges(directed)))
    pr = nx.pagerank(directed, alpha=0.85, tol=1e-15, max_iter=100000)
    if abs(sum(data[n]["pageRank"] for n in nodes) - 1) > TOL:
        problems.append("pageRank does not sum to 1")
    for n in nodes:
        close("pageRank", n, data[n]["pageRank"], pr[n])

    comps = sorted(nx.weakly_connected_components(multi),
                   key=lambda c: (-len(c), min(int(x[1:]) for x in c)))
    for k, comp in enumerate(comps):
        for n in comp:
            close("component", n, data[n]["component"], k)

    und = nx.Graph(directed.to_undirected())
    core = nx.core_number(und)
    bc = nx.betweenness_centrality(und, normalized=False)
    hc = nx.harmonic_centrality(und)
    aps = set(nx.articulation_points(und))
    for n in nodes:
        close("coreness", n, data[n]["coreness"], core[n])
        close("betweenness", n, data[n]["betweenness"], bc[n])
        close("harmonicCentrality", n, data[n]["harmonicCentrality"], hc[n])
        close("articulationPoint", n, data[n]["articulationPoint"],
              1 if n in aps else 0)
    close("bridges", "graph", int(n_bridges), len(list(nx.bridges(und))))

    for key, q in (("communityLouvain", q_louvain), ("communityLeiden", q_leiden)):
        groups = {}
        for n in nodes:
            groups.setdefault(data[n][key], set()).add(n)
        ids = sorted(groups)
        if ids != list(range(len(ids))):
            problems.append(f"{key}: ids {ids} are not 0..k-1")
        sizes = [len(groups[i]) for i in ids]
        if sizes != sorted(sizes, reverse=True):
            problems.append(f"{key}: community 0 is not the largest")
        theirs = nx.algorithms.community.modularity(und, groups.values())
        close("modularity", key, float(q), theirs)
        # the same figure as the GraphML file's own graph-level data
        name = "modularity" + key[len("community"):]
        if name not in multi.graph:
            problems.append(f"graph-level {name} missing from the GraphML")
        else:
            close("graph-level modularity", key, float(multi.graph[name]), theirs)

    if problems:
        print("\n".join(problems[:40]))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
