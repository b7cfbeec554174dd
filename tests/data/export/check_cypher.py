"""check_cypher.py FILE NODES RELS

A lexical check of kgb's Cypher script (no Neo4j runs in the suite): every
line is a comment, the constraint, a CREATE of one node or a MATCH ... CREATE
of one relationship, built only from backtick-quoted names, single-quoted
strings with Cypher's escapes and numbers; the counts must be NODES and RELS,
and every string must decode back to text without raw control characters.
"""
import re
import sys

path, nodes, rels = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
STRING = r"'(?:[^'\\\x00-\x1f]|\\[\\'nrt]|\\u[0-9A-F]{4})*'"
NAME = r"`(?:[^`]|``)+`"
NUMBER = r"-?[0-9]+(?:\.[0-9]+)?(?:[eE]-?[0-9]+)?"
VALUE = f"(?:{STRING}|{NUMBER})"
PROPS = rf"\{{{NAME}: {VALUE}(?:, {NAME}: {VALUE})*\}}"
NODE = re.compile(rf"CREATE \((?::{NAME})+ {PROPS}\);")
REL = re.compile(
    rf"MATCH \(a:`Entity` \{{`iri`: {STRING}\}}\), \(b:`Entity` \{{`iri`: {STRING}\}}\) "
    rf"CREATE \(a\)-\[:{NAME}(?: {PROPS})?\]->\(b\);")
n = r = 0
with open(path, encoding="utf-8") as f:
    for lineno, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if line.startswith("//") or line.startswith("CREATE CONSTRAINT"):
            continue
        if NODE.fullmatch(line):
            n += 1
        elif REL.fullmatch(line):
            r += 1
        else:
            sys.exit(f"{path}:{lineno}: not a statement kgb writes: {line[:200]}")
assert (n, r) == (nodes, rels), ((n, r), (nodes, rels))
print("ok cypher", n, "nodes", r, "relationships")
