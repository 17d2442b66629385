// Node's modules as nano offers them (Node.js compatibility, a per-script
// option, on by default as on Workers): their namespaces by full name, what
// Rust links a script's `node:*` imports to (`internal.nodeModule`), the
// globals a script with Node compatibility gets, and the per-request state
// they keep. The list of names is also Rust's (src/modules/resolve.rs,
// NODE_BUILTINS); tests/node_compat.rs checks that both agree.
import * as path from "./path.js";
import { defineGlobal } from "../nano/util.js";

const modules = {
  __proto__: null,
  "node:path": path,
  "node:path/posix": path,
};

// The namespace of the module named `name` (`node:buffer`), or undefined.
export const nodeModule = (name) => modules[name];

// Every module's exported values: the realm freezes what they reach.
export const nodeModuleRoots = () => {
  const roots = [];
  for (const name in modules) {
    const namespace = modules[name];
    for (const key of Object.keys(namespace)) roots.push(namespace[key]);
  }
  return roots;
};

// Node compatibility's globals, defined before the script first runs.
export const installNodeGlobals = () => {
  defineGlobal("global", globalThis);
};

// Before each request: nothing of an earlier request's async context.
export const beginNodeRequest = () => {};

// After each request: what a request may have changed in the modules' own
// settings, back to its defaults.
export const resetNodeModules = () => {};
