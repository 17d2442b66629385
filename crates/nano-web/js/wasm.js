// WebAssembly under the shared-memory lockdown: a shared WebAssembly.Memory
// has a SharedArrayBuffer as its buffer, so where the lockdown removes
// SharedArrayBuffer, making such a memory (or instantiating a module that
// exports one) is refused. V8 adds WebAssembly to each context as it makes
// it (never into a snapshot), so the wrappers are installed per context,
// before any script runs; what they use is captured then.
const { apply, construct, getOwnPropertyDescriptor } = Reflect;
const { defineProperty, values } = Object;
// A memory's buffer is an ArrayBuffer or, when shared, a SharedArrayBuffer
// (on which ArrayBuffer's byteLength getter throws).
const bufferByteLength = getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get;
const promiseThen = Promise.prototype.then;
const SafeTypeError = TypeError;

const refused = () =>
  new SafeTypeError("WebAssembly shared memory is not allowed: this script's lockdown removes SharedArrayBuffer");

let installed = null; // the current context's WebAssembly, once wrapped

// Called per context (and per request: V8 may add WebAssembly again) where
// the script's lockdown removes shared memory.
export const refuseWasmSharedMemory = () => {
  const wasm = globalThis.WebAssembly;
  if (typeof wasm !== "object" || wasm === null || wasm === installed) return;
  installed = wasm;
  const OriginalMemory = wasm.Memory;
  const OriginalInstance = wasm.Instance;
  const originalInstantiate = wasm.instantiate;
  const memoryBuffer = getOwnPropertyDescriptor(OriginalMemory.prototype, "buffer").get;
  const instanceExports = getOwnPropertyDescriptor(OriginalInstance.prototype, "exports").get;

  const isShared = (memory) => {
    const buffer = apply(memoryBuffer, memory, []);
    try {
      apply(bufferByteLength, buffer, []);
      return false;
    } catch {
      return true;
    }
  };
  const checkExports = (instance) => {
    const exported = values(apply(instanceExports, instance, []));
    for (let i = 0; i < exported.length; i++) {
      if (exported[i] instanceof OriginalMemory && isShared(exported[i])) throw refused();
    }
    return instance;
  };

  function Memory(descriptor) {
    if (new.target === undefined) throw new SafeTypeError("WebAssembly.Memory must be invoked with 'new'");
    const memory = construct(OriginalMemory, [descriptor], new.target);
    if (isShared(memory)) throw refused();
    return memory;
  }
  function Instance(module, importObject = undefined) {
    if (new.target === undefined) throw new SafeTypeError("WebAssembly.Instance must be invoked with 'new'");
    return checkExports(construct(OriginalInstance, [module, importObject], new.target));
  }
  // instantiate(module) resolves to an Instance, instantiate(bytes) to
  // { module, instance }.
  const instantiate = {
    instantiate(source, importObject = undefined) {
      const result = apply(originalInstantiate, wasm, [source, importObject]);
      return apply(promiseThen, result, [
        (r) => {
          checkExports(r instanceof OriginalInstance ? r : r.instance);
          return r;
        },
      ]);
    },
  }.instantiate;

  for (const [wrapper, original] of [
    [Memory, OriginalMemory],
    [Instance, OriginalInstance],
  ]) {
    defineProperty(wrapper, "prototype", { value: original.prototype, writable: false });
    defineProperty(original.prototype, "constructor", { value: wrapper, writable: true, configurable: true });
    defineProperty(wrapper, "length", { value: 1 });
  }
  defineProperty(wasm, "Memory", { value: Memory, writable: true, configurable: true });
  defineProperty(wasm, "Instance", { value: Instance, writable: true, configurable: true });
  defineProperty(wasm, "instantiate", { value: instantiate, writable: true, configurable: true });
};
