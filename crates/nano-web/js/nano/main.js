// The entry module of nano's bootstrap. Importing a module runs it once, in
// import order, depth first: these lines decide the order in which the
// Workers globals are defined. `internal` is what Rust calls into: the
// snapshot keeps it as context data (bootstrap.rs, INTERNAL_DATA_INDEX), so
// every function in it is part of the host's contract. A plain object, for
// fast property lookups on every request (a module namespace is slower).
import "./primordials.js";
import "./util.js";
import "./random.js";
import "../web/console.js";
import "../web/dom.js";
import "../web/abort.js";
import "../web/encoding.js";
import "../web/url.js";
import "../web/blob.js";
import "../web/streams.js";
import "../web/encoding_streams.js";
import "../web/compression.js";
import "../web/headers.js";
import "../web/fetch.js";
import "../web/crypto.js";
import "../web/timers.js";
import "../web/events.js";
import "../web/wasm.js";
import "./realm.js";

import { dispatch, installHandler, pendingWork, removeSharedMemory, setEnv } from "./dispatch.js";
import { cancelBody, fetchDone, pullBody, bodyInPush } from "../web/fetch.js";
import { fireTimer } from "../web/timers.js";
import { afterEvaluation, commonJsModule, runCommonJs } from "./modules.js";
import { wasmModuleOf } from "../web/wasm.js";
import { nodeHooks } from "./node_hooks.js";
import {
  beforeTopLevel,
  extendedIntrinsics,
  getIntrinsicRoots,
  getResetObjects,
  harden,
  keepTopLevel,
  lock,
  makeValueChecks,
  reset,
} from "./realm.js";

export const internal = Object.freeze({
  dispatch,
  installHandler,
  pendingWork,
  removeSharedMemory,
  setEnv,
  fetchDone,
  pullBody,
  cancelBody,
  bodyInPush,
  fireTimer,
  beforeTopLevel,
  getIntrinsicRoots,
  getResetObjects,
  harden,
  lock,
  makeValueChecks,
  extendedIntrinsics,
  keepTopLevel,
  reset,
  commonJsModule,
  runCommonJs,
  afterEvaluation,
  wasmModuleOf,
  // A Node module's namespace by its full name (undefined in a context
  // without Node's modules).
  nodeModule: (name) => nodeHooks()?.nodeModule(name),
});
