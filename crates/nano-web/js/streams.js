// WHATWG Streams, part one: ReadableStream with its default controller and
// reader (tee, cancel, ReadableStream.from, async iteration), and the two
// queuing strategies. The algorithms follow the standard's names
// (https://streams.spec.whatwg.org/), so each function can be checked
// against its section. Byte streams (type: "bytes", BYOB readers), writable
// and transform streams and piping are not here yet: a "bytes" source is
// refused with a RangeError that says so.
//
// Promises are made and chained through what primordials.js captured at
// bootstrap, so a script that replaces Promise or its `then` does not reach
// into a stream's bookkeeping; the queue is nano's own.
import { PromisePrototypeThen, SafeTypeError } from "./primordials.js";
import { defineGlobal, finishClass } from "./util.js";

const { apply, defineProperty, getPrototypeOf } = Reflect;
const SafePromise = Promise;
const SafeRangeError = RangeError;
const NumberIsNaN = Number.isNaN;
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolIterator = Symbol.iterator;
const AsyncIteratorPrototype = getPrototypeOf(getPrototypeOf(async function* () {}).prototype);

// ---- Promise helpers (the standard's "a new promise", "resolve", ...) ----

const newPromise = () => {
  let resolve, reject;
  const promise = new SafePromise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};
const resolved = (value) => apply(SafePromise.resolve, SafePromise, [value]);
const rejected = (reason) => apply(SafePromise.reject, SafePromise, [reason]);
const then = (promise, onFulfilled, onRejected) => PromisePrototypeThen(promise, onFulfilled, onRejected);
// "Mark as handled": no unhandled-rejection report for a promise the stream
// holds for a reader that may never ask.
const markHandled = (promise) => {
  PromisePrototypeThen(promise, undefined, () => {});
};
// "React" to a promise that may already be settled, without creating an
// unhandled rejection.
const uponPromise = (promise, onFulfilled, onRejected) => {
  markHandled(then(promise, onFulfilled, onRejected));
};
// Calls `method` of `obj` (looked up once, at set-up) as a promise.
const promiseCall = (fn, thisArg, args) => {
  try {
    return resolved(apply(fn, thisArg, args));
  } catch (e) {
    return rejected(e);
  }
};
// The standard's "queue a microtask" (nothing queued this way can throw).
const queueMicrotaskSafe = (fn) => {
  PromisePrototypeThen(resolved(undefined), fn);
};

// ---- A queue with sizes (the standard's "queue-with-sizes") ----

class Queue {
  #items = [];
  #head = 0;
  get length() {
    return this.#items.length - this.#head;
  }
  push(value) {
    const items = this.#items;
    defineProperty(items, items.length, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
  }
  shift() {
    const value = this.#items[this.#head];
    this.#items[this.#head] = undefined;
    this.#head++;
    if (this.#head === this.#items.length) {
      this.#items = [];
      this.#head = 0;
    }
    return value;
  }
  peek() {
    return this.#items[this.#head];
  }
  clear() {
    this.#items = [];
    this.#head = 0;
  }
}

const isNonNegativeNumber = (v) => typeof v === "number" && !NumberIsNaN(v) && v >= 0;

// ---- Queuing strategies ----

// The QueuingStrategyInit dictionary: highWaterMark is required.
const convertHighWaterMark = (init, what) => {
  if (init === null || init === undefined) throw new SafeTypeError(`${what}: { highWaterMark } is required`);
  if (typeof init !== "object" && typeof init !== "function") throw new SafeTypeError(`${what}: the init must be an object`);
  const hwm = init.highWaterMark;
  if (hwm === undefined) throw new SafeTypeError(`${what}: highWaterMark is required`);
  return +hwm;
};

const byteLengthSize = {
  size(chunk) {
    return chunk.byteLength;
  },
}.size;
defineProperty(byteLengthSize, "name", { value: "size" });
const countSize = {
  size() {
    return 1;
  },
}.size;

export class ByteLengthQueuingStrategy {
  #highWaterMark;
  constructor(init) {
    this.#highWaterMark = convertHighWaterMark(init, "ByteLengthQueuingStrategy");
  }
  get highWaterMark() {
    if (!(#highWaterMark in this)) throw new SafeTypeError("Illegal invocation: not a ByteLengthQueuingStrategy");
    return this.#highWaterMark;
  }
  get size() {
    if (!(#highWaterMark in this)) throw new SafeTypeError("Illegal invocation: not a ByteLengthQueuingStrategy");
    return byteLengthSize;
  }
}

export class CountQueuingStrategy {
  #highWaterMark;
  constructor(init) {
    this.#highWaterMark = convertHighWaterMark(init, "CountQueuingStrategy");
  }
  get highWaterMark() {
    if (!(#highWaterMark in this)) throw new SafeTypeError("Illegal invocation: not a CountQueuingStrategy");
    return this.#highWaterMark;
  }
  get size() {
    if (!(#highWaterMark in this)) throw new SafeTypeError("Illegal invocation: not a CountQueuingStrategy");
    return countSize;
  }
}

// The QueuingStrategy dictionary, converted as WebIDL does (members in
// lexicographic order: highWaterMark, then size).
const convertStrategy = (strategy) => {
  if (strategy === undefined || strategy === null) return { highWaterMark: undefined, size: undefined };
  if (typeof strategy !== "object" && typeof strategy !== "function") {
    throw new SafeTypeError("The queuing strategy must be an object");
  }
  const hwm = strategy.highWaterMark;
  const highWaterMark = hwm === undefined ? undefined : +hwm;
  const size = strategy.size;
  if (size !== undefined && typeof size !== "function") throw new SafeTypeError("The strategy's size must be a function");
  return { highWaterMark, size };
};

const extractHighWaterMark = (strategy, defaultHWM) => {
  if (strategy.highWaterMark === undefined) return defaultHWM;
  const hwm = strategy.highWaterMark;
  if (NumberIsNaN(hwm) || hwm < 0) throw new SafeRangeError("The highWaterMark must be a non-negative number");
  return hwm;
};

const extractSizeAlgorithm = (strategy) => {
  const size = strategy.size;
  if (size === undefined) return () => 1;
  return (chunk) => apply(size, undefined, [chunk]);
};

// ---- ReadableStream ----

// The internal state of a stream, reader and controller lives in private
// fields; these functions reach them from the algorithms below.
let streamState, isReadableStream, newReadableStreamFrom;

export class ReadableStream {
  #s = {
    state: "readable", // "readable" | "closed" | "errored"
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };

  constructor(underlyingSource = undefined, strategy = undefined) {
    // WebIDL `optional object`: undefined means none; null is not an object.
    if (underlyingSource !== undefined && (underlyingSource === null ||
        (typeof underlyingSource !== "object" && typeof underlyingSource !== "function"))) {
      throw new SafeTypeError("ReadableStream: the underlying source must be an object");
    }
    const qs = convertStrategy(strategy);
    // The UnderlyingSource dictionary, in lexicographic order.
    const src = underlyingSource === undefined ? {} : underlyingSource;
    const callback = (name) => {
      const fn = src[name];
      if (fn !== undefined && typeof fn !== "function") {
        throw new SafeTypeError(`ReadableStream: the underlying source's ${name} must be a function`);
      }
      return fn;
    };
    void src.autoAllocateChunkSize; // read in its turn, as WebIDL does
    const cancel = callback("cancel");
    const pull = callback("pull");
    const start = callback("start");
    const type = src.type;
    if (type !== undefined) {
      const t = `${type}`;
      if (t !== "bytes") throw new SafeTypeError(`ReadableStream: ${JSON.stringify(t)} is not a valid stream type`);
      throw new SafeRangeError("ReadableStream: byte streams (type: \"bytes\") are not supported yet");
    }
    const sizeAlgorithm = extractSizeAlgorithm(qs);
    const highWaterMark = extractHighWaterMark(qs, 1);
    setUpControllerFromSource(this, underlyingSource, { start, pull, cancel }, highWaterMark, sizeAlgorithm);
  }

  get locked() {
    return streamState(this, "locked").reader !== undefined;
  }

  cancel(reason = undefined) {
    let s;
    try {
      s = streamState(this, "cancel");
    } catch (e) {
      return rejected(e);
    }
    if (s.reader !== undefined) return rejected(new SafeTypeError("ReadableStream.cancel: the stream is locked to a reader"));
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    streamState(this, "getReader");
    if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
      throw new SafeTypeError("ReadableStream.getReader: options must be an object");
    }
    const mode = options === undefined || options === null ? undefined : options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    const m = `${mode}`;
    if (m !== "byob") throw new SafeTypeError(`ReadableStream.getReader: ${JSON.stringify(m)} is not a valid mode`);
    throw new SafeTypeError("ReadableStream.getReader: BYOB readers need a byte stream");
  }

  tee() {
    streamState(this, "tee");
    return readableStreamDefaultTee(this);
  }

  values(options = undefined) {
    streamState(this, "values");
    let preventCancel = false;
    if (options !== undefined && options !== null) {
      if (typeof options !== "object" && typeof options !== "function") {
        throw new SafeTypeError("ReadableStream.values: options must be an object");
      }
      preventCancel = !!options.preventCancel;
    }
    const reader = new ReadableStreamDefaultReader(this);
    return newAsyncIterator(reader, preventCancel);
  }

  static from(asyncIterable) {
    return newReadableStreamFrom(asyncIterable);
  }

  static {
    streamState = (stream, what) => {
      if (stream === null || typeof stream !== "object" || !(#s in stream)) {
        throw new SafeTypeError(`ReadableStream.${what}: illegal invocation (not a ReadableStream)`);
      }
      return stream.#s;
    };
    isReadableStream = (v) => v !== null && typeof v === "object" && #s in v;
  }
}
defineProperty(ReadableStream.prototype, SymbolAsyncIterator, {
  value: ReadableStream.prototype.values,
  writable: true,
  configurable: true,
});

const S = (stream) => streamState(stream, "internal");

// ---- The default controller ----

let controllerState, newController;

export class ReadableStreamDefaultController {
  #c;
  constructor(key) {
    if (key !== CONTROLLER_KEY) throw new SafeTypeError("Illegal constructor");
  }
  get desiredSize() {
    return readableStreamDefaultControllerGetDesiredSize(controllerState(this, "desiredSize"));
  }
  close() {
    const c = controllerState(this, "close");
    if (!canCloseOrEnqueue(c)) throw new SafeTypeError("ReadableStreamDefaultController.close: the stream cannot be closed");
    readableStreamDefaultControllerClose(c);
  }
  enqueue(chunk = undefined) {
    const c = controllerState(this, "enqueue");
    if (!canCloseOrEnqueue(c)) throw new SafeTypeError("ReadableStreamDefaultController.enqueue: the stream is closed or closing");
    readableStreamDefaultControllerEnqueue(c, chunk);
  }
  error(e = undefined) {
    readableStreamDefaultControllerError(controllerState(this, "error"), e);
  }
  static {
    controllerState = (controller, what) => {
      if (controller === null || typeof controller !== "object" || !(#c in controller) || controller.#c === undefined) {
        throw new SafeTypeError(`ReadableStreamDefaultController.${what}: illegal invocation`);
      }
      return controller.#c;
    };
    newController = (c) => {
      const controller = new ReadableStreamDefaultController(CONTROLLER_KEY);
      controller.#c = c;
      return controller;
    };
  }
}
const CONTROLLER_KEY = Object.freeze({});

function setUpControllerFromSource(stream, source, methods, highWaterMark, sizeAlgorithm) {
  const startAlgorithm = methods.start === undefined ? () => undefined : (controller) => apply(methods.start, source, [controller]);
  const pullAlgorithm = methods.pull === undefined ? () => resolved(undefined) : (controller) => promiseCall(methods.pull, source, [controller]);
  const cancelAlgorithm = methods.cancel === undefined ? () => resolved(undefined) : (reason) => promiseCall(methods.cancel, source, [reason]);
  setUpController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm);
}

function setUpController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  const c = {
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategySizeAlgorithm: sizeAlgorithm,
    strategyHWM: highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    object: undefined,
  };
  c.object = newController(c);
  S(stream).controller = c;
  const startResult = startAlgorithm(c.object);
  uponPromise(
    resolved(startResult),
    () => {
      c.started = true;
      readableStreamDefaultControllerCallPullIfNeeded(c);
    },
    (r) => readableStreamDefaultControllerError(c, r),
  );
}

function readableStreamDefaultControllerCallPullIfNeeded(c) {
  if (!shouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  uponPromise(
    c.pullAlgorithm(c.object),
    () => {
      c.pulling = false;
      if (c.pullAgain) {
        c.pullAgain = false;
        readableStreamDefaultControllerCallPullIfNeeded(c);
      }
    },
    (e) => readableStreamDefaultControllerError(c, e),
  );
}

function shouldCallPull(c) {
  const s = S(c.stream);
  if (!canCloseOrEnqueue(c)) return false;
  if (!c.started) return false;
  if (s.reader !== undefined && s.reader.readRequests.length > 0) return true;
  return readableStreamDefaultControllerGetDesiredSize(c) > 0;
}

function clearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(c) {
  if (!canCloseOrEnqueue(c)) return;
  c.closeRequested = true;
  if (c.queue.length === 0) {
    clearAlgorithms(c);
    readableStreamClose(c.stream);
  }
}

function readableStreamDefaultControllerEnqueue(c, chunk) {
  if (!canCloseOrEnqueue(c)) return;
  const stream = c.stream;
  const s = S(stream);
  if (s.reader !== undefined && s.reader.readRequests.length > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = c.strategySizeAlgorithm(chunk);
    } catch (e) {
      readableStreamDefaultControllerError(c, e);
      throw e;
    }
    size = +size;
    if (!isNonNegativeNumber(size) || size === Infinity) {
      const e = new SafeRangeError("The chunk's size must be a finite, non-negative number");
      readableStreamDefaultControllerError(c, e);
      throw e;
    }
    c.queue.push({ value: chunk, size });
    c.queueTotalSize += size;
  }
  readableStreamDefaultControllerCallPullIfNeeded(c);
}

function readableStreamDefaultControllerError(c, e) {
  const s = S(c.stream);
  if (s.state !== "readable") return;
  resetQueue(c);
  clearAlgorithms(c);
  readableStreamError(c.stream, e);
}

function resetQueue(c) {
  c.queue.clear();
  c.queueTotalSize = 0;
}

function readableStreamDefaultControllerGetDesiredSize(c) {
  const state = S(c.stream).state;
  if (state === "errored") return null;
  if (state === "closed") return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function canCloseOrEnqueue(c) {
  return !c.closeRequested && S(c.stream).state === "readable";
}

// [[CancelSteps]]
function controllerCancelSteps(c, reason) {
  resetQueue(c);
  const result = c.cancelAlgorithm(reason);
  clearAlgorithms(c);
  return result;
}

// [[PullSteps]]
function controllerPullSteps(c, readRequest) {
  const stream = c.stream;
  if (c.queue.length > 0) {
    const pair = c.queue.shift();
    c.queueTotalSize -= pair.size;
    if (c.queueTotalSize < 0) c.queueTotalSize = 0;
    if (c.closeRequested && c.queue.length === 0) {
      clearAlgorithms(c);
      readableStreamClose(stream);
    } else {
      readableStreamDefaultControllerCallPullIfNeeded(c);
    }
    readRequest.chunk(pair.value);
  } else {
    readableStreamAddReadRequest(stream, readRequest);
    readableStreamDefaultControllerCallPullIfNeeded(c);
  }
}

// ---- Stream abstract operations ----

function readableStreamCancel(stream, reason) {
  const s = S(stream);
  s.disturbed = true;
  if (s.state === "closed") return resolved(undefined);
  if (s.state === "errored") return rejected(s.storedError);
  readableStreamClose(stream);
  const sourceCancelPromise = controllerCancelSteps(s.controller, reason);
  return then(sourceCancelPromise, () => undefined);
}

function readableStreamClose(stream) {
  const s = S(stream);
  s.state = "closed";
  const reader = s.reader;
  if (reader === undefined) return;
  reader.closed.resolve(undefined);
  const requests = reader.readRequests;
  reader.readRequests = new Queue();
  while (requests.length > 0) requests.shift().close();
}

function readableStreamError(stream, e) {
  const s = S(stream);
  s.state = "errored";
  s.storedError = e;
  const reader = s.reader;
  if (reader === undefined) return;
  reader.closed.reject(e);
  markHandled(reader.closed.promise);
  readerErrorReadRequests(reader, e);
}

function readerErrorReadRequests(reader, e) {
  const requests = reader.readRequests;
  reader.readRequests = new Queue();
  while (requests.length > 0) requests.shift().error(e);
}

function readableStreamAddReadRequest(stream, readRequest) {
  S(stream).reader.readRequests.push(readRequest);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const reader = S(stream).reader;
  const readRequest = reader.readRequests.shift();
  if (done) readRequest.close();
  else readRequest.chunk(chunk);
}

// ---- The default reader ----

let readerState;

export class ReadableStreamDefaultReader {
  #r;
  constructor(stream) {
    if (!isReadableStream(stream)) throw new SafeTypeError("ReadableStreamDefaultReader: the argument must be a ReadableStream");
    const s = S(stream);
    if (s.reader !== undefined) throw new SafeTypeError("ReadableStreamDefaultReader: the stream is already locked to a reader");
    const r = { stream, closed: newPromise(), readRequests: new Queue(), object: this };
    this.#r = r;
    s.reader = r;
    if (s.state === "readable") {
      // pending
    } else if (s.state === "closed") {
      r.closed.resolve(undefined);
    } else {
      r.closed.reject(s.storedError);
      markHandled(r.closed.promise);
    }
  }

  get closed() {
    let r;
    try {
      r = readerState(this, "closed");
    } catch (e) {
      return rejected(e);
    }
    return r.closed.promise;
  }

  cancel(reason = undefined) {
    let r;
    try {
      r = readerState(this, "cancel");
    } catch (e) {
      return rejected(e);
    }
    if (r.stream === undefined) return rejected(new SafeTypeError("ReadableStreamDefaultReader.cancel: the reader is released"));
    return readableStreamCancel(r.stream, reason);
  }

  read() {
    let r;
    try {
      r = readerState(this, "read");
    } catch (e) {
      return rejected(e);
    }
    if (r.stream === undefined) return rejected(new SafeTypeError("ReadableStreamDefaultReader.read: the reader is released"));
    const p = newPromise();
    readerRead(r, {
      chunk: (value) => p.resolve({ value, done: false }),
      close: () => p.resolve({ value: undefined, done: true }),
      error: (e) => p.reject(e),
    });
    return p.promise;
  }

  releaseLock() {
    const r = readerState(this, "releaseLock");
    if (r.stream === undefined) return;
    readerRelease(r);
  }

  static {
    readerState = (reader, what) => {
      if (reader === null || typeof reader !== "object" || !(#r in reader)) {
        throw new SafeTypeError(`ReadableStreamDefaultReader.${what}: illegal invocation`);
      }
      return reader.#r;
    };
  }
}

function readerRead(r, readRequest) {
  const s = S(r.stream);
  s.disturbed = true;
  if (s.state === "closed") readRequest.close();
  else if (s.state === "errored") readRequest.error(s.storedError);
  else controllerPullSteps(s.controller, readRequest);
}

function readerRelease(r) {
  const s = S(r.stream);
  const e = new SafeTypeError("The reader's lock was released");
  if (s.state === "readable") {
    r.closed.reject(e);
  } else {
    r.closed = newPromise();
    r.closed.reject(e);
  }
  markHandled(r.closed.promise);
  s.reader = undefined;
  r.stream = undefined;
  readerErrorReadRequests(r, new SafeTypeError("The reader's lock was released"));
}

// A reader for nano's own use (tee, iteration, bodies): the internal record.
const acquireReader = (stream) => readerState(new ReadableStreamDefaultReader(stream), "internal");

// ---- tee ----

function readableStreamDefaultTee(stream) {
  const reader = acquireReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1, reason2;
  let branch1, branch2;
  const cancelPromise = newPromise();

  const pullAlgorithm = () => {
    if (reading) {
      readAgain = true;
      return resolved(undefined);
    }
    reading = true;
    readerRead(reader, {
      chunk: (chunk) => {
        // A microtask: the standard's way to let the read promise settle
        // before the branches see the chunk.
        queueMicrotaskSafe(() => {
          readAgain = false;
          if (!canceled1) readableStreamDefaultControllerEnqueue(S(branch1).controller, chunk);
          if (!canceled2) readableStreamDefaultControllerEnqueue(S(branch2).controller, chunk);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close: () => {
        reading = false;
        if (!canceled1) readableStreamDefaultControllerClose(S(branch1).controller);
        if (!canceled2) readableStreamDefaultControllerClose(S(branch2).controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error: () => {
        reading = false;
      },
    });
    return resolved(undefined);
  };

  const cancel1 = (reason) => {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) {
      const result = readableStreamCancel(stream, [reason1, reason2]);
      cancelPromise.resolve(result);
    }
    return cancelPromise.promise;
  };
  const cancel2 = (reason) => {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) {
      const result = readableStreamCancel(stream, [reason1, reason2]);
      cancelPromise.resolve(result);
    }
    return cancelPromise.promise;
  };
  const startAlgorithm = () => undefined;
  branch1 = newInternalStream(startAlgorithm, pullAlgorithm, cancel1);
  branch2 = newInternalStream(startAlgorithm, pullAlgorithm, cancel2);
  uponPromise(reader.closed.promise, undefined, (r) => {
    readableStreamDefaultControllerError(S(branch1).controller, r);
    readableStreamDefaultControllerError(S(branch2).controller, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });
  return [branch1, branch2];
}

// CreateReadableStream: a stream driven by nano's algorithms.
function newInternalStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = new ReadableStream();
  const s = S(stream);
  s.controller = undefined;
  setUpController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}
export { newInternalStream as createStream };

// ---- ReadableStream.from ----

// GetIterator(obj, async): the async iterator, or an async view of a sync one.
function getAsyncIterator(obj) {
  // WebIDL `async iterable<any>`: an object (a string is not one).
  if (obj === null || (typeof obj !== "object" && typeof obj !== "function")) {
    throw new SafeTypeError("ReadableStream.from: the argument is not an iterable object");
  }
  let method = obj === null || obj === undefined ? undefined : obj[SymbolAsyncIterator];
  let sync = false;
  if (method === undefined || method === null) {
    method = obj === null || obj === undefined ? undefined : obj[SymbolIterator];
    sync = true;
  }
  if (typeof method !== "function") throw new SafeTypeError("ReadableStream.from: the argument is not iterable");
  const iterator = apply(method, obj, []);
  if (iterator === null || (typeof iterator !== "object" && typeof iterator !== "function")) {
    throw new SafeTypeError("ReadableStream.from: the iterator is not an object");
  }
  const nextMethod = iterator.next;
  return { iterator, nextMethod, sync };
}

// One step of an iterator record, as a promise of its result object.
function iteratorStep(record) {
  const result = apply(record.nextMethod, record.iterator, []);
  if (!record.sync) return resolved(result);
  if (result === null || (typeof result !== "object" && typeof result !== "function")) {
    throw new SafeTypeError("The iterator's result is not an object");
  }
  const done = !!result.done;
  // A sync iterator's value may be a promise: awaited, as for-await does.
  return then(resolved(result.value), (value) => ({ value, done }));
}

newReadableStreamFrom = (asyncIterable) => {
  const record = getAsyncIterator(asyncIterable);
  let stream;
  const pullAlgorithm = () => {
    let nextResult;
    try {
      nextResult = iteratorStep(record);
    } catch (e) {
      return rejected(e);
    }
    return then(nextResult, (iterResult) => {
      if (iterResult === null || (typeof iterResult !== "object" && typeof iterResult !== "function")) {
        throw new SafeTypeError("ReadableStream.from: the iterator's result is not an object");
      }
      const done = record.sync ? iterResult.done : !!iterResult.done;
      if (done) {
        readableStreamDefaultControllerClose(S(stream).controller);
      } else {
        readableStreamDefaultControllerEnqueue(S(stream).controller, iterResult.value);
      }
    });
  };
  const cancelAlgorithm = (reason) => {
    const iterator = record.iterator;
    let returnMethod;
    try {
      returnMethod = iterator.return;
    } catch (e) {
      return rejected(e);
    }
    if (returnMethod === undefined || returnMethod === null) return resolved(undefined);
    let returnResult;
    try {
      if (typeof returnMethod !== "function") throw new SafeTypeError("The iterator's return is not a function");
      returnResult = apply(returnMethod, iterator, [reason]);
    } catch (e) {
      return rejected(e);
    }
    return then(resolved(returnResult), (r) => {
      if (r === null || (typeof r !== "object" && typeof r !== "function")) {
        throw new SafeTypeError("The iterator's return() result is not an object");
      }
      return undefined;
    });
  };
  stream = newInternalStream(() => undefined, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
};

// ---- Async iteration ----

let iteratorState;

class ReadableStreamAsyncIterator {
  #it;
  constructor(key, state) {
    if (key !== CONTROLLER_KEY) throw new SafeTypeError("Illegal constructor");
    this.#it = state;
  }
  next() {
    let it;
    try {
      it = iteratorState(this, "next");
    } catch (e) {
      return rejected(e);
    }
    // WebIDL's ongoing promise: a call waits for the one before it.
    const step = () => iteratorNextSteps(it);
    it.ongoing = it.ongoing === null ? step() : then(it.ongoing, step, step);
    return it.ongoing;
  }
  return(value) {
    let it;
    try {
      it = iteratorState(this, "return");
    } catch (e) {
      return rejected(e);
    }
    const step = () => iteratorReturnSteps(it, value);
    const returned = it.ongoing === null ? step() : then(it.ongoing, step, step);
    it.ongoing = returned;
    return then(returned, () => ({ value, done: true }));
  }
  static {
    iteratorState = (iterator, what) => {
      if (iterator === null || typeof iterator !== "object" || !(#it in iterator)) {
        throw new SafeTypeError(`ReadableStream async iterator.${what}: illegal invocation`);
      }
      return iterator.#it;
    };
  }
}
Object.setPrototypeOf(ReadableStreamAsyncIterator.prototype, AsyncIteratorPrototype);
for (const key of ["next", "return"]) {
  const desc = Reflect.getOwnPropertyDescriptor(ReadableStreamAsyncIterator.prototype, key);
  desc.enumerable = true;
  defineProperty(ReadableStreamAsyncIterator.prototype, key, desc);
}
defineProperty(ReadableStreamAsyncIterator.prototype, Symbol.toStringTag, {
  value: "ReadableStream AsyncIterator",
  configurable: true,
});
const asyncIteratorPrototype = ReadableStreamAsyncIterator.prototype;
delete asyncIteratorPrototype.constructor;

function newAsyncIterator(readerObject, preventCancel) {
  return new ReadableStreamAsyncIterator(CONTROLLER_KEY, {
    reader: readerState(readerObject, "values"),
    preventCancel,
    finished: false,
    ongoing: null,
  });
}

const END = Object.freeze({});

// The stream's "get the next iteration result": a chunk, or END.
function iteratorNextResult(it) {
  const r = it.reader;
  if (r.stream === undefined) return rejected(new SafeTypeError("The stream's reader was released"));
  const p = newPromise();
  readerRead(r, {
    chunk: (value) => p.resolve(value),
    close: () => {
      readerRelease(r);
      p.resolve(END);
    },
    error: (e) => {
      readerRelease(r);
      p.reject(e);
    },
  });
  return p.promise;
}

function iteratorNextSteps(it) {
  if (it.finished) return resolved({ value: undefined, done: true });
  return then(
    iteratorNextResult(it),
    (next) => {
      it.ongoing = null;
      if (next === END) {
        it.finished = true;
        return { value: undefined, done: true };
      }
      return { value: next, done: false };
    },
    (reason) => {
      it.ongoing = null;
      it.finished = true;
      throw reason;
    },
  );
}

// The stream's "asynchronous iterator return".
function iteratorReturnSteps(it, value) {
  if (it.finished) return resolved({ value, done: true });
  it.finished = true;
  const r = it.reader;
  if (r.stream === undefined) return resolved(undefined);
  if (!it.preventCancel) {
    const result = readableStreamCancel(r.stream, value);
    readerRelease(r);
    return result;
  }
  readerRelease(r);
  return resolved(undefined);
}

// ---- For bodies: read a whole stream ----

// A promise of every chunk of `stream`, in order; the stream is locked and
// read to its end (nano's own reader: no script-visible iteration).
export const readAllChunks = (stream) => {
  const r = acquireReader(stream);
  const chunks = new Queue();
  const p = newPromise();
  const step = () => {
    readerRead(r, {
      chunk: (value) => {
        chunks.push(value);
        step();
      },
      close: () => {
        const out = [];
        while (chunks.length > 0) {
          const c = chunks.shift();
          defineProperty(out, out.length, { __proto__: null, value: c, writable: true, enumerable: true, configurable: true });
        }
        p.resolve(out);
      },
      error: (e) => p.reject(e),
    });
  };
  step();
  return p.promise;
};

export { isReadableStream };

// Whether a body stream can no longer be consumed: read from (disturbed)
// or locked to a reader.
export const isUnusable = (stream) => {
  const s = S(stream);
  return s.disturbed || s.reader !== undefined;
};

// A stream of one chunk (none when `bytes` is empty), closed: a whole body.
export const streamOfBytes = (bytes) =>
  newInternalStream(
    (controller) => {
      const c = controllerState(controller, "start");
      if (bytes.length > 0) readableStreamDefaultControllerEnqueue(c, bytes);
      readableStreamDefaultControllerClose(c);
    },
    () => resolved(undefined),
    () => resolved(undefined),
    0,
  );

finishClass(ReadableStream, "ReadableStream");
finishClass(ReadableStreamDefaultReader, "ReadableStreamDefaultReader");
finishClass(ReadableStreamDefaultController, "ReadableStreamDefaultController");
finishClass(ByteLengthQueuingStrategy, "ByteLengthQueuingStrategy");
finishClass(CountQueuingStrategy, "CountQueuingStrategy");
defineGlobal("ReadableStream", ReadableStream);
defineGlobal("ReadableStreamDefaultReader", ReadableStreamDefaultReader);
defineGlobal("ReadableStreamDefaultController", ReadableStreamDefaultController);
defineGlobal("ByteLengthQueuingStrategy", ByteLengthQueuingStrategy);
defineGlobal("CountQueuingStrategy", CountQueuingStrategy);
