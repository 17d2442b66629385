// Node's modules as nano offers them (Node.js compatibility, a per-script
// option, on by default as on Workers): their namespaces by full name, what
// Rust links a script's `node:*` imports to (`internal.nodeModule`), the
// globals a script with Node compatibility gets, and the per-request state
// they keep. The list of names is also Rust's (src/modules/resolve.rs,
// NODE_BUILTINS); tests/node_compat.rs checks that both agree.
import * as assert from "./assert.js";
import * as assertStrict from "./assert_strict.js";
import * as asyncHooks from "./async_hooks.js";
import * as buffer from "./buffer.js";
import * as consoleModule from "./console.js";
import * as crypto from "./crypto.js";
import * as diagnosticsChannel from "./diagnostics_channel.js";
import * as events from "./events.js";
import * as http from "./http.js";
import * as https from "./https.js";
import * as os from "./os.js";
import * as path from "./path.js";
import * as pathPosix from "./path_posix.js";
import * as pathWin32 from "./path_win32.js";
import * as process from "./process.js";
import * as punycode from "./punycode.js";
import * as querystring from "./querystring.js";
import * as stream from "./stream.js";
import * as streamConsumers from "./stream_consumers.js";
import * as streamPromises from "./stream_promises.js";
import * as streamWeb from "./stream_web.js";
import * as stringDecoder from "./string_decoder.js";
import * as timers from "./timers.js";
import * as timersPromises from "./timers_promises.js";
import * as url from "./url.js";
import * as util from "./util.js";
import * as utilTypes from "./util_types.js";
import * as zlib from "./zlib.js";
import { unsupportedModules } from "./unsupported.js";
import * as unsupported from "./unsupported.js";
import { pendingModules } from "./pending.js";
import { setErrorInspect } from "./internal/errors.js";
import { channelsSave } from "./internal/channel_registry.js";
import { internalRoots as streamInternals } from "./vendor/readable_stream.js";
import { defineGlobal } from "../nano/util.js";
import { setNodeHooks } from "../nano/node_hooks.js";

const { freeze } = Object;

const fsConstants = unsupportedModules.fs.constants;
const constants = freeze({
  ...os.constants.errno,
  ...os.constants.signals,
  ...os.constants.priority,
  ...fsConstants,
});

const modules = {
  __proto__: null,
  "node:assert": assert,
  "node:assert/strict": assertStrict,
  "node:async_hooks": asyncHooks,
  "node:buffer": buffer,
  "node:console": consoleModule,
  "node:constants": freeze({ ...constants, default: constants }),
  "node:crypto": crypto,
  "node:diagnostics_channel": diagnosticsChannel,
  "node:events": events,
  "node:http": http,
  "node:https": https,
  "node:os": os,
  "node:path": path,
  "node:path/posix": pathPosix,
  "node:path/win32": pathWin32,
  "node:process": process,
  "node:punycode": punycode,
  "node:querystring": querystring,
  "node:stream": stream,
  "node:stream/consumers": streamConsumers,
  "node:stream/promises": streamPromises,
  "node:stream/web": streamWeb,
  "node:string_decoder": stringDecoder,
  "node:sys": util,
  "node:timers": timers,
  "node:timers/promises": timersPromises,
  "node:url": url,
  "node:util": util,
  "node:util/types": utilTypes,
  "node:zlib": zlib,
};
for (const name of Object.keys(unsupportedModules)) modules[`node:${name}`] = unsupportedModules[name];
for (const name of Object.keys(pendingModules)) modules[`node:${name}`] = pendingModules[name];

// The namespace of the module named `name` (`node:buffer`), or undefined.
export const nodeModule = (name) => modules[name];

// The module's `module.exports` (`process.getBuiltinModule`), by a full or bare name.
const builtinModule = (id) => {
  const namespace = modules[id.startsWith("node:") ? id : `node:${id}`];
  return namespace === undefined ? undefined : namespace.default;
};
process.setBuiltinModuleLookup(builtinModule);
events.setInspect(util.inspect);
setErrorInspect(util.inspect);
util.setWarningSink((warning) => process.default.emitWarning(warning));

// Every module's exported values: the realm freezes what they reach.
// Not process's live per-request values (its env is the request's own).
const PER_REQUEST = new Set(["env", "exitCode", "title"]);
export const nodeModuleRoots = () => {
  const roots = [];
  for (const name in modules) {
    const namespace = modules[name];
    for (const key of Object.keys(namespace)) {
      if (namespace === process && PER_REQUEST.has(key)) continue;
      roots.push(namespace[key]);
    }
  }
  // What no export reaches: readable-stream's own classes and helpers.
  for (const value of streamInternals) roots.push(value);
  return roots;
};

// Objects of the modules a request may change, put back after it by the
// realm's reset (instead of frozen): process (scripts assign its
// properties), its standard streams, cluster's emitter, and the emitters'
// listener tables.
export const nodeResetObjects = () => {
  const objects = [];
  const cluster = unsupportedModules.cluster.default;
  const p = process.default;
  for (const emitter of [p, p.stdout, p.stderr, p.stdin, cluster]) {
    objects.push(emitter);
    if (typeof emitter._events === "object" && emitter._events !== null) objects.push(emitter._events);
  }
  return objects;
};

// Whether the context's script has Node compatibility (its globals exist).
let installed = false;

// Node compatibility's globals, defined before the script first runs.
export const installNodeGlobals = (bindings) => {
  installed = true;
  defineGlobal("global", globalThis);
  defineGlobal("Buffer", buffer.Buffer);
  defineGlobal("process", process.default);
  defineGlobal("setImmediate", timers.setImmediate);
  defineGlobal("clearImmediate", timers.clearImmediate);
  defineGlobal("AsyncLocalStorage", asyncHooks.AsyncLocalStorage);
  process.setProcessEnv(bindings);
};

// Before each request: its own `process.env` (Rust clears the async
// context: src/exec/marshal.rs).
export const beginNodeRequest = (bindings) => {
  process.setProcessEnv(bindings);
};

// After each request: what a request may have changed in the modules' own
// settings, back to its defaults.
const resets = [asyncHooks, buffer, crypto, diagnosticsChannel, events, process, querystring, stream, timers, url, util, unsupported];
export const resetNodeModules = () => {
  if (!installed) return;
  for (let i = 0; i < resets.length; i++) resets[i].resetNodeState();
};

// The reuse mode keeps what the top level made: diagnostics channels'
// subscriptions among it.
export const keepNodeTopLevel = () => {
  if (installed) channelsSave();
};

setNodeHooks({
  keepNodeTopLevel,
  nodeModule,
  nodeModuleRoots,
  nodeResetObjects,
  installNodeGlobals,
  beginNodeRequest,
  resetNodeModules,
});
