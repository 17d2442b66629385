// WebAssembly within the isolate's limits. V8 maps Wasm memories itself,
// outside the array-buffer allocator, and counts them nowhere nano can read,
// so every way to make one goes through these wrappers, which report it:
// - a memory JavaScript can reach (made by `WebAssembly.Memory`, or exported
//   by an instance) is tracked and counted at its current size (the
//   watchdog samples it while the request runs: Wasm code grows memories
//   without calling out);
// - a memory a module defines and keeps to itself is charged, when the
//   module is instantiated, at the most it can grow to, until the instance is
//   collected (the module's bytes are read for it when it is compiled).
// Where the lockdown removes SharedArrayBuffer, a shared memory (whose buffer
// is one) is refused too.
//
// V8 adds WebAssembly to each context as it makes it (never into a
// snapshot), so the wrappers are installed per context, before any script
// runs; what they use is captured at bootstrap.
import { wasmChargeInstance, wasmKeptMemory, wasmTrackMemory } from "nano:natives";

const { apply, construct, getOwnPropertyDescriptor } = Reflect;
const { defineProperty, getOwnPropertyNames, values } = Object;
const { isView } = ArrayBuffer;
// A memory's buffer is an ArrayBuffer or, when shared, a SharedArrayBuffer
// (on which ArrayBuffer's byteLength getter throws).
const bufferByteLength = getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get;
// [buffer, byteOffset, byteLength] getters of typed arrays and of DataViews.
const viewGetters = (proto) =>
  ["buffer", "byteOffset", "byteLength"].map((name) => getOwnPropertyDescriptor(proto, name).get);
const typedArrayGetters = viewGetters(Object.getPrototypeOf(Uint8Array.prototype));
const dataViewGetters = viewGetters(DataView.prototype);
const promiseThen = Promise.prototype.then;
const SafeUint8Array = Uint8Array;
const SafeDataView = DataView;
const SafeTypeError = TypeError;
const SafeWeakMap = WeakMap;
const { get: weakMapGet, set: weakMapSet } = WeakMap.prototype;

const sharedRefused = () =>
  new SafeTypeError("WebAssembly shared memory is not allowed: this script's lockdown removes SharedArrayBuffer");

// A module's bytes as one view on the same memory (what V8 compiles is
// what was read), or the source itself when it is not a BufferSource (V8
// then throws its own TypeError).
const bytesOf = (source) => {
  if (isView(source)) {
    const getters = source instanceof SafeDataView ? dataViewGetters : typedArrayGetters;
    return new SafeUint8Array(
      apply(getters[0], source, []),
      apply(getters[1], source, []),
      apply(getters[2], source, []),
    );
  }
  try {
    apply(bufferByteLength, source, []);
    return new SafeUint8Array(source);
  } catch {
    return source;
  }
};

let installed = null; // the current context's WebAssembly, once wrapped
let compileModule = null; // its Module constructor's work, for wasm modules of a graph

// A compiled WebAssembly module of a script's module graph (`import m from
// "./x.wasm"`), made as `new WebAssembly.Module(bytes)` is: counted within
// the limits, instantiable through the wrappers.
export const wasmModuleOf = (bytes) => {
  if (compileModule === null) throw new SafeTypeError("WebAssembly is not available in this context");
  return compileModule(bytes);
};

// Called per context (and per request: V8 may add WebAssembly again);
// `refuseShared` where the script's lockdown removes shared memory.
export const wrapWebAssembly = (refuseShared) => {
  const wasm = globalThis.WebAssembly;
  if (typeof wasm !== "object" || wasm === null || wasm === installed) return;
  installed = wasm;
  const OriginalMemory = wasm.Memory;
  const OriginalInstance = wasm.Instance;
  const OriginalModule = wasm.Module;
  const originalInstantiate = wasm.instantiate;
  const originalCompile = wasm.compile;
  const memoryBuffer = getOwnPropertyDescriptor(OriginalMemory.prototype, "buffer").get;
  const instanceExports = getOwnPropertyDescriptor(OriginalInstance.prototype, "exports").get;
  // Module -> bytes of the memories it keeps to itself.
  const kept = new SafeWeakMap();

  const isShared = (memory) => {
    const buffer = apply(memoryBuffer, memory, []);
    try {
      apply(bufferByteLength, buffer, []);
      return false;
    } catch {
      return true;
    }
  };
  const track = (memory) => {
    if (refuseShared && isShared(memory)) throw sharedRefused();
    wasmTrackMemory(memory);
  };
  // Reads a module's bytes before V8 compiles them; returns what V8 takes.
  const read = (source) => {
    const bytes = bytesOf(source);
    const keptBytes = bytes instanceof SafeUint8Array ? wasmKeptMemory(bytes) : -1;
    return { bytes, keptBytes };
  };
  const remember = (module, keptBytes) => {
    if (keptBytes < 0) {
      throw new wasm.CompileError("WebAssembly.Module(): nano cannot read this module's memories to limit them");
    }
    apply(weakMapSet, kept, [module, keptBytes]);
    return module;
  };
  const account = (instance, module) => {
    const keptBytes = apply(weakMapGet, kept, [module]);
    if (keptBytes === undefined) throw new SafeTypeError("WebAssembly.Instance(): the module was not made here");
    if (keptBytes > 0) wasmChargeInstance(instance, keptBytes);
    const exported = values(apply(instanceExports, instance, []));
    for (let i = 0; i < exported.length; i++) {
      if (exported[i] instanceof OriginalMemory) track(exported[i]);
    }
    return instance;
  };

  compileModule = (source) => {
    const { bytes, keptBytes } = read(source);
    return remember(construct(OriginalModule, [bytes]), keptBytes);
  };

  function Memory(descriptor) {
    if (new.target === undefined) throw new SafeTypeError("WebAssembly.Memory must be invoked with 'new'");
    const memory = construct(OriginalMemory, [descriptor], new.target);
    track(memory);
    return memory;
  }
  function Module(source) {
    if (new.target === undefined) throw new SafeTypeError("WebAssembly.Module must be invoked with 'new'");
    const { bytes, keptBytes } = read(source);
    return remember(construct(OriginalModule, [bytes], new.target), keptBytes);
  }
  function Instance(module, importObject = undefined) {
    if (new.target === undefined) throw new SafeTypeError("WebAssembly.Instance must be invoked with 'new'");
    return account(construct(OriginalInstance, [module, importObject], new.target), module);
  }
  const { compile, instantiate } = {
    compile(source) {
      const { bytes, keptBytes } = read(source);
      return apply(promiseThen, apply(originalCompile, wasm, [bytes]), [(m) => remember(m, keptBytes)]);
    },
    // instantiate(module) resolves to an Instance, instantiate(bytes) to
    // { module, instance }.
    instantiate(source, importObject = undefined) {
      if (source instanceof OriginalModule) {
        return apply(promiseThen, apply(originalInstantiate, wasm, [source, importObject]), [
          (instance) => account(instance, source),
        ]);
      }
      const { bytes, keptBytes } = read(source);
      return apply(promiseThen, apply(originalInstantiate, wasm, [bytes, importObject]), [
        (result) => {
          remember(result.module, keptBytes);
          account(result.instance, result.module);
          return result;
        },
      ]);
    },
  };

  for (const [wrapper, original, length] of [
    [Memory, OriginalMemory, 1],
    [Module, OriginalModule, 1],
    [Instance, OriginalInstance, 1],
  ]) {
    defineProperty(wrapper, "prototype", { value: original.prototype, writable: false });
    defineProperty(original.prototype, "constructor", { value: wrapper, writable: true, configurable: true });
    defineProperty(wrapper, "length", { value: length });
    // Module.exports(), .imports(), .customSections() stay available.
    const statics = getOwnPropertyNames(original);
    for (let i = 0; i < statics.length; i++) {
      const name = statics[i];
      if (name !== "prototype" && name !== "length" && name !== "name") {
        defineProperty(wrapper, name, getOwnPropertyDescriptor(original, name));
      }
    }
  }
  for (const [name, value] of [
    ["Memory", Memory],
    ["Module", Module],
    ["Instance", Instance],
    ["compile", compile],
    ["instantiate", instantiate],
  ]) {
    defineProperty(wasm, name, { value, writable: true, configurable: true });
  }
  // Streaming compilation needs a Response the embedder hands V8; nano
  // installs no such callback, and a module compiled that way would pass
  // around the wrappers.
  for (const name of ["compileStreaming", "instantiateStreaming"]) {
    if (getOwnPropertyDescriptor(wasm, name) !== undefined) delete wasm[name];
  }
};
