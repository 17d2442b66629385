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
// Structural equality: primitives by Object.is at any depth (NaN is NaN, -0
// is not 0); objects only with the same prototype, then by their own
// enumerable properties (an array by its length too) and by what they hold:
// a Map's entries and a Set's members (each found by SameValueZero, or else
// matched once with an equal object of the other), a Date's time, a RegExp's
// source and flags, an error's name and message, a buffer's or a view's
// bytes. Functions, promises and weak collections equal only themselves.
function same(a, b, seen = new Map()) {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.has(a)) return seen.get(a) === b; // a cycle
  seen.set(a, b);
  try {
    return sameObjects(a, b, seen);
  } finally {
    seen.delete(a);
  }
}
function sameObjects(a, b, seen) {
  if (a instanceof Promise || a instanceof WeakMap || a instanceof WeakSet || a instanceof WeakRef) return false;
  if (ArrayBuffer.isView(a) || a instanceof ArrayBuffer) {
    const [x, y] = [bytesOf(a), bytesOf(b)];
    return x.length === y.length && x.every((byte, i) => byte === y[i]);
  }
  if (a instanceof Date && !Object.is(a.getTime(), b.getTime())) return false;
  if (a instanceof RegExp && (a.source !== b.source || a.flags !== b.flags)) return false;
  if (a instanceof Error && (a.name !== b.name || a.message !== b.message)) return false;
  if (a instanceof Map && !sameEntries(a, b, seen)) return false;
  if (a instanceof Set && !sameMembers(a, b, seen)) return false;
  if (Array.isArray(a) && a.length !== b.length) return false;
  const keys = ownKeys(a);
  if (keys.length !== ownKeys(b).length) return false;
  return keys.every((k) => Object.prototype.propertyIsEnumerable.call(b, k) && same(a[k], b[k], seen));
}
// Each key of a: in b with an equal value, or else matched with one of b's
// keys that a lacks (each used once), equal and with an equal value.
function sameEntries(a, b, seen) {
  if (a.size !== b.size) return false;
  const rest = [...b].filter(([k]) => !a.has(k));
  for (const [k, v] of a) {
    if (b.has(k)) {
      if (!same(v, b.get(k), seen)) return false;
      continue;
    }
    const i = rest.findIndex(([rk, rv]) => same(k, rk, seen) && same(v, rv, seen));
    if (i < 0) return false;
    rest.splice(i, 1);
  }
  return true;
}
// Each member of a: in b, or else matched with an equal one that a lacks
// (each used once).
function sameMembers(a, b, seen) {
  if (a.size !== b.size) return false;
  const rest = [...b].filter((m) => !a.has(m));
  for (const m of a) {
    if (b.has(m)) continue;
    const i = rest.findIndex((r) => same(m, r, seen));
    if (i < 0) return false;
    rest.splice(i, 1);
  }
  return true;
}
function ownKeys(o) {
  return Reflect.ownKeys(o).filter((k) => Object.prototype.propertyIsEnumerable.call(o, k));
}
// The bytes of a buffer or a view (none when detached: it cannot be viewed).
function bytesOf(v) {
  if (v.byteLength === 0) return new Uint8Array(0);
  return ArrayBuffer.isView(v) ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : new Uint8Array(v);
}
// A value as a failure message shows it: JSON.stringify would show every Map
// and Set as {}, undefined as null and NaN as null.
function show(v, seen = []) {
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "function") return `[function ${v.name || "(anonymous)"}]`;
  if (typeof v !== "object" || v === null) return Object.is(v, -0) ? "-0" : String(v);
  if (seen.includes(v)) return "[circular]";
  const inner = (x) => show(x, [...seen, v]);
  if (v instanceof Error) return `${v.name}: ${v.message}`;
  if (v instanceof Date) return `Date(${Number.isNaN(v.getTime()) ? "invalid" : v.toISOString()})`;
  if (v instanceof RegExp) return String(v);
  if (v instanceof Map) return `Map(${v.size}) {${[...v].map(([k, x]) => `${inner(k)} => ${inner(x)}`).join(", ")}}`;
  if (v instanceof Set) return `Set(${v.size}) {${[...v].map(inner).join(", ")}}`;
  if (v instanceof ArrayBuffer || v instanceof DataView) return `${v.constructor.name} <${hex(bytesOf(v))}>`;
  if (ArrayBuffer.isView(v)) return `${v.constructor.name} [${Array.from(v, inner).join(", ")}]`;
  if (Array.isArray(v)) return `[${Array.from(v, inner).join(", ")}]`;
  const proto = Object.getPrototypeOf(v);
  const kind = proto === Object.prototype ? "" : proto === null ? "[null prototype] " : `${proto.constructor?.name ?? "object"} `;
  return `${kind}{${ownKeys(v).map((k) => `${String(k)}: ${inner(v[k])}`).join(", ")}}`;
}
function assertEquals(actual, expected, message = "") {
  if (!same(actual, expected)) fail(`${message} expected ${show(expected)}, got ${show(actual)}`);
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
