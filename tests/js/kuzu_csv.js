#!/usr/bin/env node
// Load kgb's neo4j-admin CSV files into a fresh in-memory Kuzu database and
// run Cypher queries (tests/test_db.c).
//   kuzu_csv.js DIR NODES RELS [CYPHER EXPECTED]...
// The tables are made from the CSV headers (name:type; :ID is the primary
// key, :LABEL a string column "labels", :START_ID/:END_ID the ends of the
// one relationship table, :TYPE its string column "type"), then
// COPY ... FROM DIR/nodes.csv and DIR/relationships.csv. The counts of
// entities and facts must be NODES and RELS; each query's first column,
// sorted and joined with "|", must equal EXPECTED.
"use strict";
const fs = require("fs");
const path = require("path");
const kuzu = require("kuzu");

const [dir, nodesArg, relsArg, ...queries] = process.argv.slice(2);
if (!dir || !relsArg || queries.length % 2) {
  console.error("usage: kuzu_csv.js DIR NODES RELS [CYPHER EXPECTED]...");
  process.exit(2);
}
const fail = msg => { console.log(`REJECTED kuzu ${dir}: ${msg}`.slice(0, 600)); process.exit(1); };
const kuzuType = { string: "STRING", long: "INT64", int: "INT32", double: "DOUBLE", boolean: "BOOLEAN" };
function columns(file) {
  const header = fs.readFileSync(file, "utf8").split("\n", 1)[0].split(",");
  return header.map(h => {
    const [name, type] = h.split(":");
    if (type === "ID") return { name: name || "id", sql: "STRING", pk: true };
    if (type === "LABEL") return { name: "labels", sql: "STRING" };
    if (type === "TYPE") return { name: "type", sql: "STRING" };
    if (type === "START_ID" || type === "END_ID") return { end: true };
    if (type && !kuzuType[type]) fail(`unknown column type ${h}`);
    return { name, sql: kuzuType[type || "string"] };
  });
}
(async () => {
  const db = new kuzu.Database(":memory:");
  const conn = new kuzu.Connection(db);
  const run = async q => {
    try {
      const r = await conn.query(q);
      return await (Array.isArray(r) ? r[r.length - 1] : r).getAll();
    } catch (e) { fail(`${q.slice(0, 120)}: ${String(e.message || e).split("\n")[0]}`); }
  };
  const nodes = columns(path.join(dir, "nodes.csv"));
  const pk = nodes.find(c => c.pk);
  await run(`CREATE NODE TABLE Entity(${nodes.map(c => `\`${c.name}\` ${c.sql}`).join(", ")}, PRIMARY KEY(\`${pk.name}\`))`);
  const rels = columns(path.join(dir, "relationships.csv")).filter(c => !c.end);
  await run(`CREATE REL TABLE Fact(FROM Entity TO Entity${rels.map(c => `, \`${c.name}\` ${c.sql}`).join("")})`);
  // names may hold newlines inside quotes: the serial CSV reader handles them
  await run(`COPY Entity FROM "${path.join(dir, "nodes.csv")}" (HEADER=true, PARALLEL=false)`);
  await run(`COPY Fact FROM "${path.join(dir, "relationships.csv")}" (HEADER=true, PARALLEL=false)`);
  const n = (await run("MATCH (e:Entity) RETURN count(e) AS n"))[0].n;
  const m = (await run("MATCH ()-[f:Fact]->() RETURN count(f) AS n"))[0].n;
  if (Number(n) !== parseInt(nodesArg, 10) || Number(m) !== parseInt(relsArg, 10)) {
    fail(`loaded ${n} entities and ${m} facts, expected ${nodesArg} and ${relsArg}`);
  }
  for (let i = 0; i < queries.length; i += 2) {
    const rows = await run(queries[i]);
    const got = rows.map(r => String(Object.values(r)[0])).sort().join("|");
    if (got !== queries[i + 1]) fail(`query ${queries[i]} gave "${got}", expected "${queries[i + 1]}"`);
  }
  console.log(`ok kuzu ${dir} entities=${n} facts=${m} queries=${queries.length / 2}`);
  process.exit(0);
})().catch(e => fail(String(e)));
