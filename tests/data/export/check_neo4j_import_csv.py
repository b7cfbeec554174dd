#!/usr/bin/python3
# Copied from the export acceptance harness (shared/harness/bin), unchanged:
# the suite must not depend on files outside the project.
"""Static pre-flight check of CSV files for `neo4j-admin database import` (Neo4j 5 header format).

usage: check_neo4j_import_csv.py PATH [--multiline-fields] [--delimiter ,] [--array-delimiter ';']
  PATH is one CSV file or a directory; every *.csv in it is checked. A file whose
  header has :START_ID/:END_ID is a relationship file, otherwise a node file.

No Neo4j is run. The script mirrors the documented rules so an exporter can be
tested offline: header entries are name:TYPE[(group)], with TYPE one of ID, LABEL,
START_ID, END_ID, TYPE, IGNORE or a property type (int long float double boolean
byte short char string point date localtime time localdatetime datetime duration,
optionally suffixed [] for arrays). Quoting is RFC 4180 (a quote inside a quoted
field is doubled; backslash is NOT an escape unless --legacy-style-quoting is used
on import). Newlines inside fields need --multiline-fields on import. It checks:
row widths, unique IDs per ID group, relationship ends pointing at known IDs,
typed values that parse, non-empty :TYPE and :LABEL values.
Exit 0 accepted, 1 rejected, 2 usage.
"""
import argparse
import csv
import os
import re
import sys

PROP_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string",
              "point", "date", "localtime", "time", "localdatetime", "datetime", "duration"}
SPECIAL = {"ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE"}
HEADER_RE = re.compile(r"^(?P<name>[^:]*)(?::(?P<type>[A-Za-z_]+)(?P<array>\[\])?)?"
                       r"(?:\((?P<group>[^()]*)\))?(?:\{[^{}]*\})?$")
INT_RANGES = {"byte": 8, "short": 16, "int": 32, "long": 64}
FLOAT_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^[+-]?(NaN|Infinity)$")


def parse_header(row):
    cols = []
    for raw in row:
        m = HEADER_RE.match(raw.strip())
        if not m:
            raise ValueError(f"unparsable header entry {raw!r}")
        typ = m.group("type") or "string"
        if typ not in SPECIAL and typ not in PROP_TYPES:
            raise ValueError(f"unknown type {typ!r} in header entry {raw!r}")
        if typ in SPECIAL and m.group("array"):
            raise ValueError(f"{typ} cannot be an array: {raw!r}")
        if typ not in SPECIAL and not m.group("name"):
            raise ValueError(f"property column without a name: {raw!r}")
        cols.append((m.group("name"), typ, bool(m.group("array")), m.group("group") or ""))
    return cols


def check_value(typ, value):
    if value == "":
        return None  # empty = no property
    if typ in INT_RANGES:
        if not re.fullmatch(r"[+-]?\d+", value):
            return "not an integer"
        bits = INT_RANGES[typ]
        if not -(2 ** (bits - 1)) <= int(value) < 2 ** (bits - 1):
            return f"out of range for {typ}"
    elif typ in ("float", "double"):
        if not FLOAT_RE.match(value):
            return "not a number"
    elif typ == "boolean":
        if value.lower() not in ("true", "false"):
            return "not true/false"
    elif typ == "char" and len(value) != 1:
        return "not a single char"
    return None


def main(argv):
    ap = argparse.ArgumentParser(add_help=True)
    ap.add_argument("path")
    ap.add_argument("--multiline-fields", action="store_true")
    ap.add_argument("--delimiter", default=",")
    ap.add_argument("--array-delimiter", default=";")
    try:
        args = ap.parse_args(argv[1:])
    except SystemExit:
        return 2
    if os.path.isdir(args.path):
        files = sorted(os.path.join(args.path, f) for f in os.listdir(args.path) if f.endswith(".csv"))
    elif os.path.isfile(args.path):
        files = [args.path]
    else:
        print(f"error: cannot read {args.path}", file=sys.stderr)
        return 2
    if not files:
        print(f"error: no .csv files in {args.path}", file=sys.stderr)
        return 2

    errors, ids, rel_refs, counts = [], {}, [], {"nodes": 0, "relationships": 0}
    parsed = []
    for path in files:
        with open(path, newline="", encoding="utf-8") as fh:
            try:
                rows = list(csv.reader(fh, delimiter=args.delimiter, quotechar='"',
                                       doublequote=True, strict=True))
            except (csv.Error, UnicodeDecodeError) as exc:
                errors.append(f"{path}: CSV error: {exc}")
                continue
        if not rows:
            errors.append(f"{path}: empty file")
            continue
        try:
            cols = parse_header(rows[0])
        except ValueError as exc:
            errors.append(f"{path}: {exc}")
            continue
        parsed.append((path, cols, rows[1:]))

    for path, cols, rows in parsed:
        types = [c[1] for c in cols]
        is_rel = "START_ID" in types or "END_ID" in types
        if is_rel and (types.count("START_ID") != 1 or types.count("END_ID") != 1):
            errors.append(f"{path}: relationship file needs exactly one :START_ID and one :END_ID")
        if not is_rel and types.count("ID") > 1:
            errors.append(f"{path}: node file has more than one :ID column")
        for lineno, row in enumerate(rows, start=2):
            if len(row) != len(cols):
                errors.append(f"{path}:{lineno}: {len(row)} fields, header has {len(cols)}")
                continue
            for (name, typ, is_array, group), value in zip(cols, row):
                if "\n" in value or "\r" in value:
                    if not args.multiline_fields:
                        errors.append(f"{path}:{lineno}: newline in field {name or typ} needs --multiline-fields")
                if typ == "ID":
                    if value == "":
                        errors.append(f"{path}:{lineno}: empty :ID")
                    elif value in ids.setdefault(group, set()):
                        errors.append(f"{path}:{lineno}: duplicate :ID {value!r} in group {group!r}")
                    else:
                        ids[group].add(value)
                elif typ in ("START_ID", "END_ID"):
                    rel_refs.append((path, lineno, typ, group, value))
                elif typ == "TYPE" and not value.strip():
                    errors.append(f"{path}:{lineno}: empty :TYPE")
                elif typ not in SPECIAL:
                    values = value.split(args.array_delimiter) if is_array else [value]
                    for v in values:
                        problem = check_value(typ, v)
                        if problem:
                            errors.append(f"{path}:{lineno}: {name}:{typ} value {v!r} {problem}")
            counts["relationships" if is_rel else "nodes"] += 1
    for path, lineno, typ, group, value in rel_refs:
        if value not in ids.get(group, set()):
            errors.append(f"{path}:{lineno}: :{typ} {value!r} not found in ID group {group!r}")

    if errors:
        print(f"REJECTED neo4j-import-csv {args.path}: {len(errors)} problem(s)")
        for err in errors[:10]:
            print("  " + err)
        return 1
    print(f"ok neo4j-import-csv {args.path} files={len(files)} nodes={counts['nodes']} "
          f"relationships={counts['relationships']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
