// Runs one laid-out test (layout.mjs) in this Node process the way nano
// would: imports entry.mjs and calls its runTest() (what fetch() runs). Node has no global "error"
// event for uncaught errors, so this hands them to the harness from process
// 'uncaughtException' / 'unhandledRejection' when the test has no listener
// of its own (as nano's process module would, by marking the event handled).
import { pathToFileURL } from "node:url";
import path from "node:path";

// No top-level await here: Node sets exit code 13 in its own 'exit' listener
// while the main module's top-level await is unsettled, and the harness
// emits 'exit' itself.
async function main() {
const dir = path.resolve(process.argv[2]);
const query = process.argv[3] ?? "";
const { default: common } = await import(pathToFileURL(path.join(dir, "test/common/index.js")));
const onlyListener = (event, fn) => process.listeners(event).length === 1 && process.listeners(event)[0] === fn;
const onException = (err) => { if (onlyListener("uncaughtException", onException)) common.__recordError(err); };
const onRejection = (err) => { if (onlyListener("unhandledRejection", onRejection)) common.__recordError(err); };
process.on("uncaughtException", onException);
process.on("unhandledRejection", onRejection);

// runTest() rather than fetch(): Node's own Response breaks when a test
// monkey-patches built-ins (test-util-primordial-monkeypatching.js).
const JSONStringify = JSON.stringify;
const { runTest } = await import(pathToFileURL(path.join(dir, "entry.mjs")));
const q = new URLSearchParams(query.replace(/^\?/, ""));
const options = {};
if (q.has("timeout")) options.timeoutMs = Number(q.get("timeout"));
const body = JSONStringify(await runTest(options));
process.stdout.write(`\n@@RESULT ${body}\n`);
process.removeAllListeners("exit");
process.reallyExit(0);
}
main().catch((err) => {
  console.error(err);
  process.reallyExit(2);
});
