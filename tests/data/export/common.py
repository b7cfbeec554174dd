"""Shared by the export checks: the names test_export.c put in the graph.

test_export.c writes names.hex beside the exported files: one entity name
per line, hex-encoded UTF-8, so any byte survives the trip.
"""
import re


def names(path):
    with open(path, encoding="ascii") as f:
        return [bytes.fromhex(line.strip()).decode("utf-8") for line in f if line.strip()]


def xml_clean(s):
    """What an XML writer must keep: the characters XML 1.0 allows."""
    return re.sub("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]", "", s)


def dot_lines(s):
    """The lines Graphviz draws for a label: control characters dropped."""
    s = re.sub("[\u0000-\u0009\u000b-\u001f\u007f-\u009f]", "", s)
    return s.split("\n")
