// Prepended to each API test file by tests/c/js_suite.c: test() registers a
// case at the script's top level; each request runs them all and answers
// {"failures": [...], "ran": N}.
const __tests = [];
function test(name, fn) {
  __tests.push([name, fn]);
}
function fail(message) {
  throw new Error(message);
}
function assert(cond, message = "assertion failed") {
  if (!cond) fail(message);
}
function same(a, b) {
  return Object.is(a, b) || (typeof a === "object" && a !== null && JSON.stringify(a) === JSON.stringify(b));
}
function assertEquals(actual, expected, message = "") {
  if (!same(actual, expected)) fail(`${message} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
function checkError(e, Type, part) {
  if (Type && !(e instanceof Type) && e?.name !== Type.name) fail(`expected ${Type.name}, got ${e?.name}: ${e?.message}`);
  if (part && !String(e?.message).includes(part)) fail(`expected a message with ${JSON.stringify(part)}, got ${JSON.stringify(e?.message)}`);
}
function assertThrows(fn, Type, part) {
  try {
    fn();
  } catch (e) {
    checkError(e, Type, part);
    return e;
  }
  fail(`expected ${Type?.name ?? "an exception"}`);
}
async function assertRejects(fn, Type, part) {
  try {
    await fn();
  } catch (e) {
    checkError(e, Type, part);
    return e;
  }
  fail(`expected a rejection with ${Type?.name ?? "an exception"}`);
}
function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
}

export default {
  async fetch(request, env, ctx) {
    const failures = [];
    for (const [name, fn] of __tests) {
      try {
        await fn({ request, env, ctx });
      } catch (e) {
        failures.push(`${name}: ${e?.stack ?? e}`);
      }
    }
    return Response.json({ failures, ran: __tests.length });
  },
};
