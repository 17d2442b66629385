// The entry module of nano's bootstrap. Importing a module runs it once, in
// import order, depth first: these lines decide the order in which the
// Workers globals are defined. Its namespace is what Rust calls into: the
// snapshot keeps it as context data (bootstrap.rs, INTERNAL_DATA_INDEX), so
// every name exported here is part of the host's contract.
import "./util.js";
import "./console.js";
import "./dom.js";
import "./abort.js";
import "./encoding.js";
import "./url.js";
import "./blob.js";
import "./headers.js";
import "./fetch.js";
import "./crypto.js";
import "./timers.js";
import "./events.js";

export { dispatch, installHandler, pendingWork, removeSharedMemory, setEnv } from "./dispatch.js";
export { fetchDone } from "./fetch.js";
export { fireTimer } from "./timers.js";
