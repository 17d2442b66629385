// Writer-then-reader probes: /write/NAME changes some state; /read/NAME, the
// next request on the same isolate, answers "clean" when it cannot see it.
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
};
let moduleCounter = 0;
const moduleMap = new Map();
const moduleArray = [];

const probes = {
  global_var: [() => { globalThis.leak = 1; }, () => typeof globalThis.leak === "undefined"],
  global_let_via_eval_free: [() => { globalThis["leak2"] = { deep: 1 }; }, () => !("leak2" in globalThis)],
  object_prototype: [() => { Object.prototype.polluted = 1; }, () => ({}).polluted === undefined],
  array_push: [() => { Array.prototype.push = () => 0; }, () => Array.prototype.push === ORIG.push],
  string_trim: [() => { String.prototype.trim = () => "x"; }, () => " a ".trim() === "a"],
  json_parse: [() => { JSON.parse = () => 42; }, () => JSON.parse("1") === 1 && JSON.parse === ORIG.parse],
  math_random: [() => { Math.random = () => 0.5; }, () => Math.random === ORIG.random],
  date_now: [() => { Date.now = () => 0; }, () => Date.now === ORIG.now && Date.now() > 0],
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
  console_log: [() => { console.log = () => {}; }, () => console.log === ORIG.log],
  response_text: [() => { Response.prototype.text = () => "x"; }, () => Response.prototype.text === ORIG.text],
  headers_get: [() => { Headers.prototype.get = () => "x"; }, () => Headers.prototype.get === ORIG.get],
  text_encoder: [() => { globalThis.TextEncoder = class {}; }, () => globalThis.TextEncoder === ORIG.TextEncoder],
  promise_then: [() => { Promise.prototype.then = function () { return this; }; }, () => Promise.prototype.then === ORIG.then],
  function_call: [() => { Function.prototype.call = () => 1; }, () => Function.prototype.call === ORIG.call],
  array_iterator: [() => { Array.prototype[Symbol.iterator] = function* () {}; }, () => [...[1, 2]].length === 2],
  reflect_apply: [() => { Reflect.apply = () => 0; }, () => Reflect.apply === ORIG.apply],
  capture_stack_trace: [() => { Error.captureStackTrace = () => {}; }, () => Error.captureStackTrace === ORIG.captureStackTrace],
  frozen_object_prototype: [() => { Object.freeze(Object.prototype); }, () => !Object.isFrozen(Object.prototype)],
  global_prototype: [() => { Object.setPrototypeOf(globalThis, { injected: 1 }); }, () => Object.getPrototypeOf(globalThis) === ORIG.globalProto && globalThis.injected === undefined],
  deleted_global: [() => { delete globalThis.Response; }, () => typeof globalThis.Response === "function"],
  getter_on_global: [
    () => { ORIG.defineProperty(globalThis, "Request", { get() { return 1; }, configurable: true }); },
    () => globalThis.Request === ORIG.Request,
  ],
  number_to_fixed: [() => { Number.prototype.toFixed = () => "x"; }, () => (1.5).toFixed(1) === "1.5"],
  date_to_string: [() => { Date.prototype.toString = () => "x"; }, () => Date.prototype.toString === ORIG.dateToString],
  intl: [() => { Intl.DateTimeFormat = function () {}; }, () => Intl.DateTimeFormat === ORIG.DateTimeFormat],
  map_set: [() => { Map.prototype.set = () => {}; }, () => Map.prototype.set === ORIG.mapSet],
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
};

export default {
  async fetch(request, env, ctx) {
    // http://host/op/name
    const [op, name] = request.url.split("/").slice(3);
    if (op === "list") return new Response(Object.keys(probes).join(","));
    const probe = probes[name];
    if (!probe) return new Response("no such probe " + name, { status: 404 });
    const context = { handler: this };
    if (op === "write") {
      probe[0](context);
      return new Response("written");
    }
    let clean;
    try {
      clean = probe[1](context);
    } catch (e) {
      return new Response("LEAK (reader threw): " + e, { status: 500 });
    }
    return new Response(clean ? "clean" : "LEAK", { status: clean ? 200 : 500 });
  },
};
