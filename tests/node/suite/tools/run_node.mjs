// Sanity check of the harness under plain Node: lays out each test as the
// runner would register it (layout.mjs) and runs it in a fresh `node`
// (node_child.mjs). usage: node tools/run_node.mjs [--runnable] [file ...]
//   file: parallel/test-foo.js (relative to node_test/) or a path to any test
//   --runnable: every selection.tsv row marked runnable=yes
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT, writeLayout } from "./layout.mjs";

const args = process.argv.slice(2);
let files = args.filter((a) => !a.startsWith("--"));
if (args.includes("--runnable")) {
  const rows = fs.readFileSync(path.join(ROOT, "selection.tsv"), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"));
  files.push(...rows.filter((r) => r[4] === "yes").map((r) => r[0]));
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "node-test-"));
const counts = { passed: 0, failed: 0, skipped: 0, crashed: 0 };
for (const file of files) {
  const dir = path.join(tmp, path.basename(file).replace(/\.m?js$/, ""));
  writeLayout(file, dir);
  const started = Date.now();
  const source = fs.readFileSync(path.join(ROOT, file), "utf8");
  const query = /^\/\/ Query: (.*)$/m.exec(source)?.[1] ?? "";
  const expect = /^\/\/ Expect: (\w+)$/m.exec(source)?.[1];
  const expectError = /^\/\/ Error: (.*)$/m.exec(source)?.[1];
  const child = spawnSync(process.execPath, [path.join(ROOT, "tools/node_child.mjs"), dir, query], { encoding: "utf8", timeout: 60000 });
  const out = `${child.stdout}${child.stderr}`;
  const m = /@@RESULT (.*)\n/.exec(child.stdout ?? "");
  const ms = Date.now() - started;
  if (!m) {
    counts.crashed++;
    console.log(`CRASH   ${file} (${ms} ms, status ${child.status}, signal ${child.signal})\n${out.split("\n").slice(-15).join("\n")}`);
    continue;
  }
  const r = JSON.parse(m[1]);
  counts[r.status]++;
  const what = r.status === "skipped" ? r.skipped : r.status === "failed" ? r.error.split("\n").slice(0, 3).join(" | ") : "";
  let verdict = "";
  if (expect) {
    const good = r.status === expect && (!expectError || new RegExp(expectError).test(r.failures.join("\n")));
    verdict = good ? "[as expected] " : "[UNEXPECTED] ";
    counts[good ? "asExpected" : "unexpected"] = (counts[good ? "asExpected" : "unexpected"] ?? 0) + 1;
  }
  console.log(`${verdict}${r.status.toUpperCase().padEnd(7)} ${file} (${ms} ms, settle ${r.settleMs} ms, mustCalls ${r.mustCalls}) ${what ?? ""}`);
}
console.log(JSON.stringify(counts));
