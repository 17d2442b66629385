// CommonJS modules of a script's module graph, and `import()`'s promise.
// Rust (src/snapshot/modules.rs) compiles each CommonJS module as a function
// and runs it through `runCommonJs`; `require` goes back to Rust through the
// `moduleRequire` native, which resolves within the graph and caches.
import { moduleRequire } from "nano:natives";
import { PromisePrototypeThen } from "./primordials.js";

const { apply, defineProperty } = Reflect;
const { create, freeze } = Object;

// `module` and `require` of CommonJS module `index` (of the graph) at `filename`.
export function commonJsModule(index, filename, dirname) {
  const require = function require(specifier) {
    if (typeof specifier !== "string") {
      throw new TypeError(`require() takes a string, not ${typeof specifier}`);
    }
    return moduleRequire(index, specifier);
  };
  defineProperty(require, "cache", { value: freeze(create(null)) });
  const module = { exports: {}, id: filename, filename, path: dirname, loaded: false, require };
  return module;
}

// Runs a CommonJS module's function (exports, require, module, __filename,
// __dirname) with `this` its exports, as Node does.
export function runCommonJs(fn, module) {
  apply(fn, module.exports, [module.exports, module.require, module, module.filename, module.path]);
  module.loaded = true;
}

// `import()`'s promise: the namespace once the module's evaluation settles.
export function afterEvaluation(evaluation, namespace) {
  return PromisePrototypeThen(evaluation, () => namespace);
}
