// The entry of one conformance test run in nano: a Workers script whose
// fetch() runs one of Node's test files inside the request and answers with
// the outcome as JSON.
//
// The runner registers, as one module list (the entry first):
//   entry.mjs                  this file (ES module)
//   test.js                    made by the runner (CommonJS):
//     module.exports = {
//       file: "test/parallel/test-foo.js",
//       run: () => require("./test/parallel/test-foo.js"),
//       // an .mjs test: run: () => import("./test/parallel/test-foo.mjs"),
//       fixtures: { "person.jpg": { base64: "..." }, "x.txt": "text" },
//     };
//   test/parallel/test-foo.js  Node's test (node_test/parallel/), unmodified except
//                              that require('node:test') / from 'node:test' point
//                              at '../common/node_test.js'
//   test/common/*.js, *.mjs    nano's own test/common (node_test/common/)
// and sends one request. Node's files keep their place under test/: the
// test's `require('../common')` resolves within the list, and tests that
// check their own path (dirname(__filename) ends with "test/parallel") hold.
//
// Response (always status 200 once the harness ran; anything else means the
// script itself failed):
//   { ok, status: "passed"|"failed"|"skipped", error, skipped, failures[],
//     exitCode, mustCalls, settleMs, file }
// Query parameters: timeout (ms, default 10000), quiet (ms, default 20),
// slowQuiet (ms, default 1000), leakCheck (0 to turn the leaked-globals check off).
import common from "./test/common/index.js";
import shim from "./test.js";

// Errors nobody handled: a timer or microtask callback's throw reaches the
// global scope's "error" event (reportError), an unhandled rejection the
// "unhandledrejection" event. A runtime whose process module delivers them to
// process 'uncaughtException' / 'unhandledRejection' listeners itself marks
// the event handled (preventDefault) and the harness leaves it alone;
// otherwise the harness delivers them there (common.__uncaught), and fails
// the test when the process has no such listener, as Node would.
function onError(event) {
  if (event.defaultPrevented) return;
  event.preventDefault();
  common.__uncaught(event.error);
}
function onRejection(event) {
  if (event.defaultPrevented) return;
  event.preventDefault();
  common.__uncaught(event.reason, true, event.promise);
}

const JSONStringify = JSON.stringify;

export async function runTest(options = {}) {
  const target = globalThis;
  const listen = typeof target.addEventListener === "function";
  if (listen) {
    target.addEventListener("error", onError);
    target.addEventListener("unhandledrejection", onRejection);
  }
  try {
    common.__start();
    common.__setFixtures(shim.fixtures);
    try {
      const result = shim.run();
      // An ES test's import(), or a test module that hands back a promise.
      if (result && typeof result.then === "function") common.__track(result);
    } catch (err) {
      // The test's top level threw: Node's uncaught exception.
      common.__uncaught(err);
    }
    const result = await common.__finish(options);
    return { ...result, file: shim.file ?? null };
  } finally {
    if (listen) {
      target.removeEventListener("error", onError);
      target.removeEventListener("unhandledrejection", onRejection);
    }
  }
}

function optionsFrom(url) {
  const q = new URL(url).searchParams;
  const num = (name) => (q.has(name) ? Number(q.get(name)) : undefined);
  const options = {};
  if (num("timeout") !== undefined) options.timeoutMs = num("timeout");
  if (num("quiet") !== undefined) options.quietMs = num("quiet");
  if (num("slowQuiet") !== undefined) options.slowQuietMs = num("slowQuiet");
  if (q.get("leakCheck") === "0") options.leakCheck = false;
  return options;
}

export default {
  async fetch(request) {
    let body;
    try {
      body = await runTest(optionsFrom(request.url));
    } catch (err) {
      body = {
        ok: false,
        status: "failed",
        error: `harness: ${err && err.stack ? err.stack : String(err)}`,
        skipped: null,
        failures: [],
        file: shim.file ?? null,
      };
    }
    return new Response(JSONStringify(body), {
      headers: { "content-type": "application/json" },
    });
  },
};
