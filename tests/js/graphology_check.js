#!/usr/bin/env node
// Read a GraphML file with graphology-graphml (tests/test_export.c, test_db.c):
//   graphology_check.js FILE NODES EDGES
// The XML must parse without errors (xmldom is lenient, so the suite also
// validates against the XSD), and the graph must have NODES nodes and EDGES
// edges, every node a "labels" attribute like ":Film:Work" and every edge a
// "label" (the relation).
"use strict";
const fs = require("fs");
const Graph = require("graphology");
const graphml = require("graphology-graphml");
const { DOMParser } = require("@xmldom/xmldom");
const [file, nodesArg, edgesArg] = process.argv.slice(2);
const fail = msg => { console.log(`REJECTED graphology ${file}: ${msg}`.slice(0, 600)); process.exit(1); };
const errors = [];
const doc = new DOMParser({ errorHandler: { warning: () => {}, error: m => errors.push(m), fatalError: m => errors.push(m) } })
  .parseFromString(fs.readFileSync(file, "utf8"), "application/xml");
if (errors.length) fail(errors[0]);
let g;
try { g = graphml.parse(Graph, doc); } catch (e) { fail(e.message || String(e)); }
if (g.order !== parseInt(nodesArg, 10) || g.size !== parseInt(edgesArg, 10)) {
  fail(`${g.order} nodes and ${g.size} edges, expected ${nodesArg} and ${edgesArg}`);
}
g.forEachNode((n, a) => { if (!/^(:[A-Za-z]+)+$/.test(a.labels || "")) fail(`node ${n} labels "${a.labels}"`); });
g.forEachEdge((e, a) => { if (!a.label) fail(`edge ${e} has no label`); });
console.log(`ok graphology ${file} nodes=${g.order} edges=${g.size}`);
