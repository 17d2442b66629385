// Bundles the npm package readable-stream (Node's own streams, as the Node
// streams team publishes them) into ONE ES module for nano:
// vendor/readable_stream.js. Run by build.sh from a folder where `npm ci`
// installed package-lock.json; not part of nano's runtime.
//
// - readable-stream's dependencies on npm polyfills (buffer, events, process,
//   string_decoder, abort-controller) become imports of nano's own modules
//   (relative paths, kept external), so none of the polyfills is bundled;
// - `globalThis.AbortController || require("abort-controller")` and the like
//   are defined to take nano's module, never a global;
// - every other global the bundle names is read once at its top level (the
//   snapshot's build) into a module constant, so a script that replaces a
//   global later changes nothing; the names must be in KNOWN_GLOBALS, so a
//   new version that reaches for a new global fails the build until reviewed;
// - the build fails on eval / Function construction.
import { build } from "esbuild";
import * as espree from "espree";
import * as eslintScope from "eslint-scope";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const outFile = process.argv[2];
if (!outFile) throw new Error("usage: node bundle.mjs <out file>");

const require = createRequire(import.meta.url);
const pkg = require("readable-stream/package.json");
const esbuildVersion = require("esbuild/package.json").version;

// What the bundle exports. duplexify (Duplex.from) is required lazily by
// readable-stream; importing it here evaluates it at the top level too, so
// no class is made after the snapshot (it would be shared, unfrozen, across
// requests).
const ENTRY = `
import nanoStream from "readable-stream/lib/stream.js";
import nanoPromises from "readable-stream/lib/stream/promises.js";
import "readable-stream/lib/internal/streams/duplexify.js";
import nanoUtils from "readable-stream/lib/internal/streams/utils.js";
// Everything each module of readable-stream holds at its top level (its
// classes, their prototypes, its functions and constants), for nano's realm
// to freeze with the exports: a script reaches some only through what it is
// handed (a BufferList's prototype, an error class's, a shared no-op callback).
import nanoRoots from "nano:roots";
// For node/stream.js's web adapters: Node's own tests of what a stream is.
const nanoIsReadable = nanoUtils.isReadableNodeStream;
const nanoIsWritable = nanoUtils.isWritableNodeStream;
const nanoIsWritableEnded = nanoUtils.isWritableEnded;
export {
  nanoStream as Stream,
  nanoPromises as promises,
  nanoIsReadable as isReadableNodeStream,
  nanoIsWritable as isWritableNodeStream,
  nanoIsWritableEnded as isWritableEnded,
  nanoRoots as internalRoots,
  nanoStream as default,
};
`;
// (Local names that no module of readable-stream uses: esbuild renames a
// module's function that a top-level name shadows, and Node's names show,
// e.g. require("stream").name is "Stream".)

// Fixes to readable-stream's text, each of which must match exactly once (a
// new version fails the build until they are reviewed).
// readable-stream 4.8.0 is Node 18.19's streams; the later ones bring Node 20's
// behaviour (and 22's), each one checked by Node's own test named beside it.
const PATCHES = {
  "lib/internal/streams/writable.js": [
    // A missing `new` (Node's own source has it): the error class is a class.
    // test-stream-err-multiple-callback-construction.js
    [": ERR_MULTIPLE_CALLBACK())", ": new ERR_MULTIPLE_CALLBACK())"],
    // An unknown defaultEncoding throws (test-stream-writable-decoded-encoding.js).
    [
      "this.defaultEncoding = (options && options.defaultEncoding) || 'utf8'",
      "this.defaultEncoding = (options && options.defaultEncoding) || 'utf8'\n" +
        "  if (!Buffer.isEncoding(this.defaultEncoding)) throw new ERR_UNKNOWN_ENCODING(this.defaultEncoding)",
    ],
    // end()'s callback gets null on success (test-stream-writable-end-cb-error.js).
    ["onfinishCallbacks[i]()", "onfinishCallbacks[i](null)"],
    // Object mode leaves the encoding as given (test-stream-uint8array.js), and any
    // ArrayBufferView is bytes (test-stream-typedarray.js).
    [
      `  if (typeof encoding === 'function') {
    cb = encoding
    encoding = state.defaultEncoding
  } else {
    if (!encoding) encoding = state.defaultEncoding
    else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding)
    if (typeof cb !== 'function') cb = nop
  }
  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES()
  } else if (!state.objectMode) {
`,
      `  if (typeof encoding === 'function') {
    cb = encoding
    encoding = null
  }
  if (typeof cb !== 'function') cb = nop
  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES()
  } else if (!state.objectMode) {
    if (!encoding) encoding = state.defaultEncoding
    else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding)
`,
    ],
    ["} else if (Stream._isUint8Array(chunk)) {", "} else if (ArrayBuffer.isView(chunk)) {"],
    ["['string', 'Buffer', 'Uint8Array']", "['string', 'Buffer', 'TypedArray', 'DataView']"],
  ],
  "lib/internal/streams/end-of-stream.js": [
    // A writable that has ended is finished once its pending writes are done
    // (test-stream-finished.js).
    [
      "(writableFinished || isWritable(stream) === false)\n  ) {",
      "(writableFinished || isWritable(stream) === false) &&\n" +
        "    (wState == null || wState.pendingcb === undefined || wState.pendingcb === 0)\n  ) {",
    ],
  ],
  "lib/internal/streams/readable.js": [
    // Any ArrayBufferView is bytes (test-stream-typedarray.js).
    ["} else if (Stream._isUint8Array(chunk)) {", "} else if (ArrayBuffer.isView(chunk)) {"],
    ["['string', 'Buffer', 'Uint8Array']", "['string', 'Buffer', 'TypedArray', 'DataView']"],
    // test-stream-readable-default-encoding.js
    [
      "this.defaultEncoding = (options && options.defaultEncoding) || 'utf8'",
      "this.defaultEncoding = (options && options.defaultEncoding) || 'utf8'\n" +
        "  if (!Buffer.isEncoding(this.defaultEncoding)) {\n" +
        "    throw new (require('../../ours/errors').codes.ERR_UNKNOWN_ENCODING)(this.defaultEncoding)\n" +
        "  }",
    ],
  ],
};

// nano's modules, relative to the output file (js/node/vendor/).
const SHIMS = {
  buffer: `
    export { Buffer } from "../buffer.js";
    export { Blob } from "../../web/blob.js";`,
  // readable-stream calls EventEmitter as a function (EE.call(this, opts)),
  // as Node's own Stream does.
  events: `
    import * as events from "../events.js";
    export const EventEmitter = events.EventEmitter ?? events.default;
    export const addAbortListener = events.addAbortListener ?? EventEmitter.addAbortListener;`,
  process: `
    import process from "../process.js";
    export default process;`,
  string_decoder: `
    export { StringDecoder } from "../string_decoder.js";`,
  // readable-stream only makes controllers for its own use (pipeline,
  // Duplex.from, the operators); their signals are nano's AbortSignals.
  "abort-controller": `
    import { AbortSignal, newAbortSignal, signalAbort } from "../../web/abort.js";
    import roots from "nano:roots";
    export { AbortSignal };
    export class AbortController {
      #signal = newAbortSignal();
      get signal() {
        return this.#signal;
      }
      abort(reason) {
        signalAbort(this.#signal, reason);
      }
    }
    roots.push(AbortController);`,
};

// The globals the bundle may name (JS built-ins plus queueMicrotask), each
// captured at the top level.
const KNOWN_GLOBALS = new Set([
  "AggregateError", "Array", "ArrayBuffer", "BigInt", "Boolean", "Error", "Function", "JSON", "Math", "NaN",
  "Number", "Object", "Promise", "RangeError", "Reflect", "Set", "String", "Symbol", "TypeError", "Uint8Array",
  "WeakMap", "WeakSet", "isNaN", "queueMicrotask",
]);

const nanoShims = {
  name: "nano-shims",
  setup(b) {
    b.onResolve({ filter: /^(buffer|events|process|string_decoder|abort-controller)\/?$/ }, (args) => ({
      path: args.path.replace(/\/$/, ""),
      namespace: "nano-shim",
    }));
    b.onResolve({ filter: /^\.\.\//, namespace: "nano-shim" }, (args) => ({ path: args.path, external: true }));
    b.onResolve({ filter: /^nano:roots$/ }, () => ({ path: "roots", namespace: "nano-roots" }));
    b.onLoad({ filter: /.*/, namespace: "nano-roots" }, () => ({ contents: "module.exports = [];", loader: "js" }));
    b.onLoad({ filter: /.*/, namespace: "nano-shim" }, (args) => ({ contents: SHIMS[args.path], loader: "js" }));
    b.onLoad({ filter: /readable-stream[\\/]lib[\\/].*\.js$/ }, (args) => {
      const rel = args.path.slice(args.path.lastIndexOf("readable-stream/") + "readable-stream/".length);
      let text = readFileSync(args.path, "utf8");
      for (const [from, to] of PATCHES[rel] ?? []) {
        const count = text.split(from).length - 1;
        if (count !== 1) throw new Error(`patch for ${rel} matches ${count} times: ${from}`);
        text = text.replace(from, to);
        applied++;
      }
      return { contents: text + rootsOf(text), loader: "js" };
    });
  },
};
let applied = 0;

// The names a CommonJS module declares at its top level, handed to nano:roots
// with its exports when the module's body ends.
const requires = (init) => {
  while (init && init.type === "MemberExpression") init = init.object;
  return init?.type === "CallExpression" && init.callee.type === "Identifier" && init.callee.name === "require";
};
const rootsOf = (text) => {
  const ast = espree.parse(text, { ecmaVersion: "latest", sourceType: "script" });
  const names = [];
  const collect = (pattern) => {
    if (pattern === null) return;
    if (pattern.type === "Identifier") names.push(pattern.name);
    else if (pattern.type === "ObjectPattern") {
      for (const p of pattern.properties) collect(p.type === "RestElement" ? p.argument : p.value);
    }
    else if (pattern.type === "ArrayPattern") for (const e of pattern.elements) collect(e);
    else if (pattern.type === "AssignmentPattern") collect(pattern.left);
    else if (pattern.type === "RestElement") collect(pattern.argument);
  };
  for (const node of ast.body) {
    if ((node.type === "FunctionDeclaration" || node.type === "ClassDeclaration") && node.id) names.push(node.id.name);
    else if (node.type === "VariableDeclaration") {
      // Not what comes from another module (`const { x } = require("./y")`): that one hands it over.
      for (const d of node.declarations) if (!requires(d.init)) collect(d.id);
    }
  }
  return `\n;require("nano:roots").push(module.exports${names.map((n) => `, ${n}`).join("")});\n`;
};

const result = await build({
  stdin: { contents: ENTRY, resolveDir: process.cwd(), sourcefile: "nano-entry.js", loader: "js" },
  bundle: true,
  write: false,
  format: "esm",
  platform: "neutral",
  mainFields: ["main"],
  target: "es2022",
  charset: "utf8",
  legalComments: "inline",
  define: {
    "globalThis.AbortController": "undefined",
    "globalThis.AbortSignal": "undefined",
    "globalThis.Blob": "undefined",
    "globalThis.AggregateError": "AggregateError",
  },
  plugins: [nanoShims],
  logLevel: "warning",
});
const body = result.outputFiles[0].text;
const expected = Object.values(PATCHES).reduce((n, list) => n + list.length, 0);
if (applied !== expected) throw new Error(`${applied} of ${expected} patches applied`);

// Which globals the bundle reads, and where.
const ast = espree.parse(body, { ecmaVersion: "latest", sourceType: "module", range: true });
const scopes = eslintScope.analyze(ast, { ecmaVersion: 2022, sourceType: "module" });
const free = new Map();
for (const ref of scopes.globalScope.through) {
  const name = ref.identifier.name;
  let scope = ref.from;
  while (scope.type === "block") scope = scope.upper;
  const atTop = scope.type === "module";
  const entry = free.get(name) ?? { name, inFunctions: false };
  if (!atTop) entry.inFunctions = true;
  free.set(name, entry);
}
const unknown = [];
for (const { name, inFunctions } of free.values()) {
  if (KNOWN_GLOBALS.has(name)) continue;
  unknown.push(name + (inFunctions ? " (read in functions)" : ""));
}
if (unknown.length) throw new Error(`readable-stream reads globals not reviewed in KNOWN_GLOBALS: ${unknown.join(", ")}`);
const evalUse = /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(/.exec(body);
if (evalUse) throw new Error(`the bundle generates code: ${body.slice(evalUse.index - 60, evalUse.index + 60)}`);

const captured = [...free.keys()].filter((n) => KNOWN_GLOBALS.has(n)).sort();
const imports = [...body.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
for (const spec of imports) if (!spec.startsWith("../")) throw new Error(`unexpected import ${spec}`);

// Names as lines of at most 100 characters.
const wrap = (names) => {
  const lines = [""];
  for (const n of names) {
    if (lines[lines.length - 1].length + n.length > 96) lines.push("");
    lines[lines.length - 1] += `${n}, `;
  }
  return lines.map((l) => `  ${l.trimEnd()}`).join("\n");
};
const header = `// GENERATED FILE - do not edit. Regenerate with: sh crates/nano-web/js/node/vendor/build.sh
// Package: ${pkg.name} ${pkg.version} (${pkg.homepage}), Node.js's streams as the Node streams
// team publishes them on npm. Licence: ${pkg.license}; the text is in vendor/LICENSES/${pkg.name}.LICENSE.
// Bundled by esbuild ${esbuildVersion} (MIT, vendor/LICENSES/esbuild.LICENSE.md) from package-lock.json's
// pinned packages, with the fixes in bundle.mjs's PATCHES; its npm polyfills (buffer, events, process,
// string_decoder, abort-controller) are replaced by nano's own modules:
//   ${[...new Set(imports)].join(", ")}.
// Globals are read only here at the top level (at snapshot build time), never later:
const {
${wrap(captured)}
} = globalThis;
`;
// esbuild hoists the imports; they must stay first only by convention, a
// const before an import is valid ES.
writeFileSync(outFile, header + body);
// Reparse the whole file: the captured names must not clash with the bundle's.
espree.parse(readFileSync(outFile, "utf8"), { ecmaVersion: "latest", sourceType: "module" });
console.log(`${outFile}: ${Buffer.byteLength(header + body)} bytes; globals captured: ${captured.join(" ")}`);
