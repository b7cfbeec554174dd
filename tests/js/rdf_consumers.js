#!/usr/bin/env node
// The npm RDF consumers of kgb's test suite (tests/test_db.c, test_export.c).
//   rdf_consumers.js FILE COUNT [SPARQL EXPECTED...]
// N3.js (Turtle, N-Triples, N-Quads; streaming) and Oxigraph (every syntax,
// JSON-LD included) must both parse FILE strictly into COUNT statements
// (N3.js is skipped for RDF/XML and JSON-LD, which it does not read). Then
// each SPARQL SELECT is run in Oxigraph; its first variable's values, sorted
// and joined with "|", must equal EXPECTED. Prints one "ok ..." line; exit 1
// with the consumer's message otherwise.
"use strict";
const fs = require("fs");
const path = require("path");
const N3 = require("n3");
const ox = require("oxigraph");

const [file, countArg, ...queries] = process.argv.slice(2);
if (!file || !countArg || queries.length % 2) {
  console.error("usage: rdf_consumers.js FILE COUNT [SPARQL EXPECTED]...");
  process.exit(2);
}
const want = parseInt(countArg, 10);
const ext = path.extname(file).toLowerCase();
const syntax = { ".ttl": "turtle", ".nt": "ntriples", ".nq": "nquads", ".rdf": "rdfxml", ".jsonld": "jsonld" }[ext];
const mime = { turtle: "text/turtle", ntriples: "application/n-triples", nquads: "application/n-quads",
               rdfxml: "application/rdf+xml", jsonld: "application/ld+json" }[syntax];
const n3format = { turtle: "Turtle", ntriples: "N-Triples", nquads: "N-Quads" }[syntax];
const text = fs.readFileSync(file, "utf8");
const fail = msg => { console.log(`REJECTED ${file}: ${msg}`.slice(0, 600)); process.exit(1); };

if (n3format) {
  let quads;
  try {
    quads = new N3.Parser({ format: n3format }).parse(text);
  } catch (e) { fail(`n3: ${e.message}`); }
  if (quads.length !== want) fail(`n3 read ${quads.length} statements, expected ${want}`);
}
const store = new ox.Store();
try {
  store.load(text, { format: mime });
} catch (e) { fail(`oxigraph: ${e}`); }
if (store.size !== want) fail(`oxigraph read ${store.size} quads, expected ${want}`);
for (let i = 0; i < queries.length; i += 2) {
  let rows;
  try { rows = Array.from(store.query(queries[i])); } catch (e) { fail(`oxigraph query: ${e}`); }
  const got = rows.map(r => Array.from(r.values())[0].value).sort().join("|");
  if (got !== queries[i + 1]) fail(`query ${queries[i]} gave "${got}", expected "${queries[i + 1]}"`);
}
console.log(`ok ${file} ${syntax} statements=${want} queries=${queries.length / 2}`);
