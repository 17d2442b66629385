// Writer-then-reader probes: /write/NAME changes some state; /read/NAME, the
// next request on the same isolate, reports the state (tests/state_leaks.rs
// compares it with a read made before the write).
// Defined by the top level (so part of what every request starts from).
globalThis.placeholder = undefined;

const ORIG = {
  push: Array.prototype.push,
  trim: String.prototype.trim,
  parse: JSON.parse,
  random: Math.random,
  now: Date.now,
  then: Promise.prototype.then,
  call: Function.prototype.call,
  iterator: Array.prototype[Symbol.iterator],
  apply: Reflect.apply,
  captureStackTrace: Error.captureStackTrace,
  text: Response.prototype.text,
  get: Headers.prototype.get,
  TextEncoder: globalThis.TextEncoder,
  log: console.log,
  toFixed: Number.prototype.toFixed,
  dateToString: Date.prototype.toString,
  globalProto: Object.getPrototypeOf(globalThis),
  DateTimeFormat: Intl.DateTimeFormat,
  Request: globalThis.Request,
  defineProperty: Object.defineProperty,
  mapSet: Map.prototype.set,
  fetch: globalThis.fetch,
  error: console.error,
  getOwnPropertyDescriptor: Object.getOwnPropertyDescriptor,
  globalSymbols: Object.getOwnPropertySymbols(globalThis).length,
  Response: globalThis.Response,
  TypeError: globalThis.TypeError,
};
// What a reader reports: the request after a write must report the same as
// the control read before it (in every mode: built-ins are frozen in the
// fresh and reuse modes, not in the strict one). Module-level captures are
// no reference here: the fresh mode runs this top level again per request.
const fnToString = Function.prototype.toString;
function nat(v) {
  if (typeof v === "function") return Reflect.apply(fnToString, v, []);
  if (typeof v === "object" && v !== null) return Reflect.ownKeys(v).map(String).join(",");
  return String(v);
}
let moduleCounter = 0;
const moduleMap = new Map();
const moduleArray = [];
const moduleClosure = { value: 0 };

const probes = {
  global_var: [() => { globalThis.leak = 1; }, () => typeof globalThis.leak === "undefined"],
  global_let_via_eval_free: [() => { globalThis["leak2"] = { deep: 1 }; }, () => !("leak2" in globalThis)],
  object_prototype: [() => { Object.prototype.polluted = 1; }, () => ({}).polluted === undefined],
  array_push: [() => { Array.prototype.push = () => 0; }, () => nat(Array.prototype.push)],
  string_trim: [() => { String.prototype.trim = () => "x"; }, () => " a ".trim() === "a"],
  json_parse: [() => { JSON.parse = () => 42; }, () => JSON.parse("1") === 1 && nat(JSON.parse)],
  math_random: [() => { Math.random = () => 0.5; }, () => nat(Math.random)],
  date_now: [() => { Date.now = () => 0; }, () => nat(Date.now) && Date.now() > 0],
  regexp_statics: [() => { /(secret)/.exec("secret"); }, () => RegExp.$1 === "" && RegExp.lastMatch === ""],
  prepare_stack_trace: [
    () => { Error.prepareStackTrace = () => "hijacked"; },
    () => Error.prepareStackTrace === undefined && String(new Error("x").stack).startsWith("Error: x"),
  ],
  stack_trace_limit: [() => { Error.stackTraceLimit = 0; }, () => Error.stackTraceLimit === 10],
  module_counter: [() => { moduleCounter += 5; }, () => moduleCounter === 0],
  module_map: [() => { moduleMap.set("k", "v"); }, () => moduleMap.size === 0],
  module_array: [() => { moduleArray.push(1); }, () => moduleArray.length === 0],
  handler_object: [(ctx) => { ctx.handler.extra = 1; }, (ctx) => ctx.handler.extra === undefined],
  console_log: [() => { console.log = () => {}; }, () => nat(console.log)],
  response_text: [() => { Response.prototype.text = () => "x"; }, () => nat(Response.prototype.text)],
  headers_get: [() => { Headers.prototype.get = () => "x"; }, () => nat(Headers.prototype.get)],
  text_encoder: [() => { globalThis.TextEncoder = class {}; }, () => nat(globalThis.TextEncoder)],
  promise_then: [() => { Promise.prototype.then = function () { return this; }; }, () => nat(Promise.prototype.then)],
  function_call: [() => { Function.prototype.call = () => 1; }, () => nat(Function.prototype.call)],
  array_iterator: [() => { Array.prototype[Symbol.iterator] = function* () {}; }, () => [...[1, 2]].length === 2],
  reflect_apply: [() => { Reflect.apply = () => 0; }, () => nat(Reflect.apply)],
  capture_stack_trace: [() => { Error.captureStackTrace = () => {}; }, () => nat(Error.captureStackTrace)],
  frozen_object_prototype: [() => { Object.freeze(Object.prototype); }, () => !Object.isFrozen(Object.prototype)],
  global_prototype: [() => { Object.setPrototypeOf(globalThis, { injected: 1 }); }, () => nat(Object.getPrototypeOf(globalThis)) + " " + globalThis.injected],
  deleted_global: [() => { delete globalThis.Response; }, () => typeof globalThis.Response === "function"],
  // A global whose value is undefined: its deletion leaves every value the
  // same, so the reset must list the keys to see it.
  deleted_undefined_global: [() => { delete globalThis.placeholder; }, () => "placeholder" in globalThis],
  getter_on_global: [
    () => { ORIG.defineProperty(globalThis, "Request", { get() { return 1; }, configurable: true }); },
    () => nat(globalThis.Request),
  ],
  number_to_fixed: [() => { Number.prototype.toFixed = () => "x"; }, () => (1.5).toFixed(1) === "1.5"],
  date_to_string: [() => { Date.prototype.toString = () => "x"; }, () => nat(Date.prototype.toString)],
  intl: [() => { Intl.DateTimeFormat = function () {}; }, () => nat(Intl.DateTimeFormat)],
  map_set: [() => { Map.prototype.set = () => {}; }, () => nat(Map.prototype.set)],
  event_listener: [
    () => { addEventListener("probe", () => { globalThis.heard = true; }); },
    () => { dispatchEvent(new Event("probe")); return globalThis.heard === undefined; },
  ],
  late_microtasks: [
    () => { let p = Promise.resolve(); for (let i = 0; i < 100; i++) p = p.then(() => {}); p.then(() => { globalThis.late = 1; }); },
    () => globalThis.late === undefined,
  ],
  pending_promise: [
    () => { globalThis.pending = new Promise(() => {}); },
    () => globalThis.pending === undefined,
  ],
  finalization_registry: [
    () => { const r = new FinalizationRegistry(() => { globalThis.finalized = 1; }); r.register({}, 1); globalThis.registry = r; },
    () => globalThis.finalized === undefined && globalThis.registry === undefined,
  ],
  weak_ref: [() => { globalThis.weak = new WeakRef({}); }, () => globalThis.weak === undefined],
  symbol_property: [() => { globalThis[Symbol.for("leak")] = 1; }, () => globalThis[Symbol.for("leak")] === undefined],
  error_global: [() => { globalThis.Error = function () {}; }, () => new Error("x") instanceof Error && Error.name === "Error"],
  // Globals, every way of making one.
  global_define_property: [() => { ORIG.defineProperty(globalThis, "dp", { value: 1, writable: true, configurable: true }); }, () => !("dp" in globalThis)],
  global_symbol_unique: [() => { globalThis[Symbol("s")] = 1; }, () => Object.getOwnPropertySymbols(globalThis).length],
  global_non_configurable: [() => { ORIG.defineProperty(globalThis, "nc", { value: 1, configurable: false }); }, () => !("nc" in globalThis)],
  global_prevent_extensions: [() => { Object.preventExtensions(globalThis); }, () => Object.isExtensible(globalThis)],
  global_freeze: [() => { Object.freeze(globalThis); }, () => !Object.isFrozen(globalThis) && Object.isExtensible(globalThis)],
  global_seal: [() => { Object.seal(globalThis); }, () => Object.isExtensible(globalThis)],
  global_fetch_locked: [
    () => { ORIG.defineProperty(globalThis, "fetch", { value: () => "evil", writable: false, configurable: false }); },
    () => nat(globalThis.fetch),
  ],
  global_fetch_non_writable: [
    () => { ORIG.defineProperty(globalThis, "fetch", { writable: false }); },
    () => ORIG.getOwnPropertyDescriptor(globalThis, "fetch").writable === true,
  ],
  global_self: [() => { globalThis.self = {}; }, () => globalThis.self === globalThis],
  global_math: [() => { globalThis.Math = {}; }, () => Math.max(1, 2) === 2],
  global_deleted_then_readded: [() => { delete globalThis.URL; globalThis.URL = 5; }, () => typeof URL === "function"],
  // Built-ins, every family.
  object_static: [() => { Object.keys = () => []; }, () => Object.keys({ a: 1 }).length === 1],
  object_proto_tostring: [() => { Object.prototype.toString = () => "x"; }, () => Object.prototype.toString.call([]) === "[object Array]"],
  object_define_on_proto: [() => { ORIG.defineProperty(Object.prototype, "dp2", { value: 1 }); }, () => ({}).dp2 === undefined],
  array_constructor: [() => { Array.prototype.constructor = function () {}; }, () => [1].map((x) => x) instanceof Array],
  array_species: [() => { ORIG.defineProperty(Array, Symbol.species, { get: () => Object }); }, () => [1].map((x) => x) instanceof Array],
  string_iterator: [() => { String.prototype[Symbol.iterator] = function* () {}; }, () => [..."ab"].length === 2],
  regexp_exec: [() => { RegExp.prototype.exec = () => null; }, () => /a/.test("a")],
  regexp_input: [() => { RegExp.input = "secret input"; }, () => RegExp.input === ""],
  promise_static: [() => { Promise.resolve = () => 1; }, () => Promise.resolve(1) instanceof Promise],
  symbol_registry_description: [() => { Symbol.prototype.toString = () => "x"; }, () => String(Symbol("a")) === "Symbol(a)"],
  typed_array: [() => { Uint8Array.prototype.fill = () => 0; }, () => new Uint8Array(2).fill(1)[0] === 1],
  typed_array_base: [() => { Object.getPrototypeOf(Uint8Array).prototype.map = () => 0; }, () => typeof new Uint8Array(1).map((x) => x) === "object"],
  generator_proto: [() => { Object.getPrototypeOf(function* () {}).prototype.next = () => ({ done: true, value: 1 }); }, () => [...(function* () { yield 1; })()].length === 1],
  array_iterator_next: [() => { Object.getPrototypeOf([][Symbol.iterator]()).next = () => ({ done: true }); }, () => [...[1, 2]].length === 2],
  function_to_string: [() => { Function.prototype.toString = () => "x"; }, () => String(function f() {}).startsWith("function")],
  json_stringify: [() => { JSON.stringify = () => "x"; }, () => JSON.stringify({ a: 1 }) === '{"a":1}'],
  error_proto_name: [() => { Error.prototype.name = "Pwned"; }, () => new Error("x").name === "Error"],
  error_to_string: [() => { TypeError.prototype.message = "pwned"; }, () => new TypeError().message === ""],
  weakmap: [() => { WeakMap.prototype.get = () => 1; }, () => new WeakMap().get({}) === undefined],
  intl_number_format: [
    () => { ORIG.defineProperty(Intl.NumberFormat.prototype, "format", { get: () => () => "x" }); },
    () => new Intl.NumberFormat("en").format(1) === "1",
  ],
  wasm_memory: [() => { globalThis.mem = new WebAssembly.Memory({ initial: 1 }); }, () => globalThis.mem === undefined],
  wasm_namespace: [() => { WebAssembly.validate = () => true; }, () => WebAssembly.validate(new Uint8Array([1])) === false],
  // Workers API classes.
  url_proto: [() => { URL.prototype.toString = () => "x"; }, () => String(new URL("http://a/")) === "http://a/"],
  search_params: [() => { URLSearchParams.prototype.get = () => "x"; }, () => new URLSearchParams("a=1").get("a") === "1"],
  request_proto: [() => { Request.prototype.clone = () => 1; }, () => new Request("http://a/").clone() instanceof Request],
  blob_proto: [() => { ORIG.defineProperty(Blob.prototype, "size", { get: () => 1 }); }, () => new Blob([]).size === 0],
  abort_signal: [() => { AbortSignal.abort = () => 1; }, () => AbortSignal.abort() instanceof AbortSignal],
  text_decoder_proto: [() => { TextDecoder.prototype.decode = () => "x"; }, () => new TextDecoder().decode(new Uint8Array([97])) === "a"],
  crypto_object: [() => { crypto.randomUUID = () => "x"; }, () => crypto.randomUUID().length === 36],
  event_target_proto: [() => { EventTarget.prototype.dispatchEvent = () => 1; }, () => new EventTarget().dispatchEvent(new Event("x")) === true],
  console_method: [() => { console.error = () => {}; }, () => nat(console.error)],
  console_added: [() => { console.extra = 1; }, () => console.extra === undefined],
  // Closures kept alive past their request.
  timer_late: [
    () => { setTimeout(() => { globalThis.timerFired = 1; }, 20); },
    async () => { await new Promise((r) => setTimeout(r, 60)); return globalThis.timerFired === undefined; },
  ],
  interval_late: [
    () => { setInterval(() => { globalThis.ticks = (globalThis.ticks || 0) + 1; }, 5); },
    async () => { await new Promise((r) => setTimeout(r, 40)); return globalThis.ticks === undefined; },
  ],
  timer_ids: [
    () => { for (let i = 0; i < 10; i++) setTimeout(() => {}, 1e6); },
    () => { const id = setTimeout(() => {}, 0); clearTimeout(id); return id === 1; },
  ],
  wait_until_late: [
    (ctx) => { ctx.ctx.waitUntil(new Promise((r) => setTimeout(r, 5)).then(() => { globalThis.waited = 1; })); },
    () => globalThis.waited === undefined,
  ],
  error_listener: [
    () => { addEventListener("error", () => { globalThis.errorSeen = 1; }); },
    () => { reportError(new Error("probe")); return globalThis.errorSeen === undefined; },
  ],
  removed_fetch_listener: [() => { removeEventListener("probe", () => {}); globalThis.x1 = 1; }, () => globalThis.x1 === undefined],
  finalization_token: [
    () => { const r = new FinalizationRegistry(() => {}); const token = {}; r.register({}, 1, token); globalThis.token = token; },
    () => globalThis.token === undefined,
  ],
  // Module state: fresh per request in the fresh and strict modes; kept by reuse.
  module_closure: [() => { moduleClosure.value = 7; }, () => moduleClosure.value === 0],
  // Console state (checked on the log by tests/state_leaks.rs).
  console_count: [() => { console.count("probe-count"); }, () => { console.count("probe-count"); return true; }],
  console_group: [() => { console.group("g"); }, () => { console.log("probe-group"); return true; }],
  console_time: [() => { console.time("probe-time"); }, () => { console.timeEnd("probe-time"); return true; }],
};

// Probes whose state the reuse mode keeps by design (module state).
const MODULE_STATE = ["module_counter", "module_map", "module_array", "handler_object", "module_closure"];

// How a frozen built-in refuses a write (the fresh and reuse modes freeze
// them, the strict mode does not): V8's TypeError for a read-only property,
// a non-extensible object or a non-configurable property.
const REFUSED = /read only property|object is not extensible|Cannot redefine property/;

export default {
  async fetch(request, env, ctx) {
    // http://host/op/name
    const [op, name] = request.url.split("/").slice(3);
    if (op === "list") return new Response(Object.keys(probes).join(","));
    if (op === "module-state") return new Response(MODULE_STATE.join(","));
    const probe = probes[name];
    if (!probe) return new Response("no such probe " + name, { status: 404 });
    const context = { handler: this, ctx };
    if (op === "write") {
      // The writer's own outcome, which tests/state_leaks.rs checks: it
      // wrote, or a frozen built-in refused the write; anything else it
      // throws is a broken writer. (Through ORIG: the writer may have
      // replaced or deleted the globals.)
      try {
        probe[0](context);
      } catch (e) {
        const refused = e instanceof ORIG.TypeError && REFUSED.test(e.message);
        return new ORIG.Response(`${refused ? "refused" : "writer threw"}: ${e?.name}: ${e?.message}`, { status: refused ? 200 : 500 });
      }
      return new ORIG.Response("written");
    }
    try {
      return new Response(String(await probe[1](context)));
    } catch (e) {
      return new Response("reader threw: " + e, { status: 500 });
    }
  },
};
