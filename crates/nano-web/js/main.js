// The entry module of nano's bootstrap. Importing a module runs it once, in
// import order, depth first: these lines decide the order in which the
// Workers globals are defined. `internal` is what Rust calls into: the
// snapshot keeps it as context data (bootstrap.rs, INTERNAL_DATA_INDEX), so
// every function in it is part of the host's contract. A plain object, for
// fast property lookups on every request (a module namespace is slower).
import "./primordials.js";
import "./util.js";
import "./random.js";
import "./console.js";
import "./dom.js";
import "./abort.js";
import "./encoding.js";
import "./url.js";
import "./blob.js";
import "./streams.js";
import "./encoding_streams.js";
import "./compression.js";
import "./headers.js";
import "./fetch.js";
import "./crypto.js";
import "./timers.js";
import "./events.js";
import "./wasm.js";
import "./realm.js";

import { dispatch, installHandler, pendingWork, removeSharedMemory, setEnv } from "./dispatch.js";
import { cancelBody, fetchDone, pullBody, bodyInPush } from "./fetch.js";
import { fireTimer } from "./timers.js";
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
});
