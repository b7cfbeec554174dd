"""check_svg.py SVG NAMES.hex

Every line of every name must be drawn as a text element of the SVG (so no
quote, backslash, newline, angle bracket or DOT keyword was mangled), and the
edge labels must be there.
"""
import sys
import xml.etree.ElementTree as ET

from common import dot_lines, names

svg, hexfile = sys.argv[1:3]
texts = {(e.text or "").strip() for e in ET.parse(svg).iter("{http://www.w3.org/2000/svg}text")}
for name in names(hexfile):
    for line in dot_lines(name):
        assert line.strip() in texts, ("not drawn", line, sorted(texts))
assert {"directedBy", "dated", "worksFor"} <= texts, sorted(texts)
