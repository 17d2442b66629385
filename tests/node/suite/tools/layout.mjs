// Builds the module list a runner registers for one test (see README.md), as
// files in a directory, so it can also be run by plain Node (run_node.mjs).
// The Rust runner does the same in memory: same names, same rewrites.
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

// The one rewrite the runner makes: node:test -> nano's small node:test.
export function rewriteNodeTest(source) {
  return source
    .replace(/require\((['"])node:test\1\)/g, "require('../common/node_test.js')")
    .replace(/from\s+(['"])node:test\1/g, "from '../common/node_test.js'");
}

// Fixture names a test reads through fixtures.readSync/readKey/readKeys with
// literal arguments (what the runner bundles into test.js).
export function fixturesOf(source) {
  const names = new Set();
  const literals = (text) => [...text.matchAll(/['"]([^'"]+)['"]/g)].map((x) => x[1]);
  if (/fixtures\.utf8TestText\b/.test(source)) names.add("utf8_test_text.txt");
  for (const [, fn, args] of source.matchAll(/fixtures\.(readSync|readKey|readKeys)\(([^)]*)\)/g)) {
    if (fn === "readSync") {
      const array = /^\s*\[([^\]]*)\]/.exec(args);
      const first = /^\s*['"]([^'"]+)['"]/.exec(args);
      const parts = array ? literals(array[1]) : first ? [first[1]] : [];
      if (parts.length) names.add(path.posix.join(...parts).replace(/^\//, ""));
    } else if (fn === "readKey") {
      const first = /^\s*['"]([^'"]+)['"]/.exec(args);
      if (first) names.add(`keys/${first[1]}`);
    } else {
      for (const name of literals(args).slice(1)) names.add(`keys/${name}`);
    }
  }
  return [...names];
}

function fixtureEntry(name) {
  const file = path.join(ROOT, "fixtures", name);
  if (!fs.existsSync(file)) return undefined;
  const bytes = fs.readFileSync(file);
  const text = bytes.toString("utf8");
  return Buffer.from(text, "utf8").equals(bytes) && !text.includes("\0") ? text : { base64: bytes.toString("base64") };
}

// The module list for `file` (e.g. "parallel/test-buffer-alloc.js"): name -> source.
// Node's files keep their place under test/ (test/parallel/..., test/common/...):
// some tests check their own path (test-path-dirname.js: dirname(__filename)
// ends with "test/parallel").
export function moduleList(file) {
  const source = fs.readFileSync(path.join(ROOT, file), "utf8");
  const fixtures = {};
  for (const name of fixturesOf(source)) {
    const entry = fixtureEntry(name);
    if (entry !== undefined) fixtures[name] = entry;
  }
  const name = `test/${file}`;
  const run = file.endsWith(".mjs") ? `() => import(${JSON.stringify("./" + name)})` : `() => require(${JSON.stringify("./" + name)})`;
  const shim = `'use strict';\nmodule.exports = {\n  file: ${JSON.stringify(name)},\n  run: ${run},\n  fixtures: ${JSON.stringify(fixtures)},\n};\n`;
  const list = new Map([["entry.mjs", fs.readFileSync(path.join(ROOT, "entry.mjs"), "utf8")], ["test.js", shim], [name, rewriteNodeTest(source)]]);
  for (const c of fs.readdirSync(path.join(ROOT, "common")).sort()) {
    list.set(`test/common/${c}`, fs.readFileSync(path.join(ROOT, "common", c), "utf8"));
  }
  return list;
}

export function writeLayout(file, dir) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "package.json"), '{ "type": "commonjs" }\n');
  for (const [name, source] of moduleList(file)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), source);
  }
}
