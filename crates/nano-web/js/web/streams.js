// WHATWG Streams: ReadableStream with its default controller and reader
// (tee, cancel, ReadableStream.from, async iteration), WritableStream with
// its writer and controller, TransformStream, piping (pipeTo, pipeThrough),
// and the two queuing strategies. The algorithms follow the standard's
// names (https://streams.spec.whatwg.org/), so each function can be checked
// against its section. Byte streams (type: "bytes": the byte controller,
// BYOB readers and requests, their tee) follow the default ones.
//
// Promises are made and chained through what primordials.js captured at
// bootstrap, so a script that replaces Promise or its `then` does not reach
// into a stream's bookkeeping; the queue is nano's own.
import { PromisePrototypeThen, SafeTypeError, safePush } from "../nano/primordials.js";
import { addAbortAlgorithm, isAbortSignal, newAbortSignal, removeAbortAlgorithm, signalAbort } from "./abort.js";
import { asBytes, bufferByteLength, defineGlobal, finishClass, isDetachedBuffer, transferBuffer, viewedBuffer } from "../nano/util.js";

const { apply, defineProperty, getPrototypeOf } = Reflect;
const SafePromise = Promise;
const SafeRangeError = RangeError;
const NumberIsNaN = Number.isNaN;
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolIterator = Symbol.iterator;
const AsyncIteratorPrototype = getPrototypeOf(getPrototypeOf(async function* () {}).prototype);

// ---- Promise helpers (the standard's "a new promise", "resolve", ...) ----

// A promise with its resolving functions, which settle it once (`settled`
// tells whether they have).
const newPromise = () => {
  const record = { promise: undefined, resolve: undefined, reject: undefined, settled: false };
  record.promise = new SafePromise((res, rej) => {
    record.resolve = (value) => {
      if (record.settled) return;
      record.settled = true;
      res(value);
    };
    record.reject = (reason) => {
      if (record.settled) return;
      record.settled = true;
      rej(reason);
    };
  });
  return record;
};
// WebIDL's "a promise resolved with": always a new promise, so a promise
// given to it settles it a few ticks later (not PromiseResolve, which would
// return that promise itself). The order in which start, pull and cancel
// reactions run depends on it.
const resolved = (value) => new SafePromise((resolve) => resolve(value));
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
    safePush(this.#items, value);
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

// Set while nano makes a stream of its own (CreateReadableStream,
// CreateWritableStream): the constructor then only makes the object, and
// the caller sets its controller up. (A controller set up by the
// constructor and replaced would still run its start reaction.)
let constructingInternally = false;

export class ReadableStream {
  #s = {
    state: "readable", // "readable" | "closed" | "errored"
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };

  constructor(underlyingSource = undefined, strategy = undefined) {
    if (constructingInternally) return;
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
    // Read in its turn, as WebIDL does.
    const autoAllocate = src.autoAllocateChunkSize;
    const autoAllocateChunkSize =
      autoAllocate === undefined ? undefined : enforceRangeULL(autoAllocate, "ReadableStream: autoAllocateChunkSize");
    const cancel = callback("cancel");
    const pull = callback("pull");
    const start = callback("start");
    const type = src.type;
    if (type !== undefined) {
      const t = `${type}`;
      if (t !== "bytes") throw new SafeTypeError(`ReadableStream: ${JSON.stringify(t)} is not a valid stream type`);
      if (qs.size !== undefined) throw new SafeRangeError("ReadableStream: a byte stream's strategy cannot have a size");
      const hwm = extractHighWaterMark(qs, 0);
      setUpByteControllerFromSource(this, underlyingSource, { start, pull, cancel }, hwm, autoAllocateChunkSize);
      return;
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
    return new ReadableStreamBYOBReader(this);
  }

  tee() {
    const s = streamState(this, "tee");
    if (s.controller.bytes) return readableByteStreamTee(this);
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

// An underlying source's start, pull and cancel as the standard's
// algorithms (either controller's "from underlying source" steps).
function sourceAlgorithms(source, methods) {
  return {
    start: methods.start === undefined ? () => undefined : (controller) => apply(methods.start, source, [controller]),
    pull: methods.pull === undefined ? () => resolved(undefined) : (controller) => promiseCall(methods.pull, source, [controller]),
    cancel: methods.cancel === undefined ? () => resolved(undefined) : (reason) => promiseCall(methods.cancel, source, [reason]),
  };
}

function setUpControllerFromSource(stream, source, methods, highWaterMark, sizeAlgorithm) {
  const a = sourceAlgorithms(source, methods);
  setUpController(stream, a.start, a.pull, a.cancel, highWaterMark, sizeAlgorithm);
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
  startController(c, startAlgorithm, readableStreamDefaultControllerCallPullIfNeeded, readableStreamDefaultControllerError);
}

// Either controller's start steps: once the start algorithm's result
// settles, the stream is started and pulled if it needs to be, or errored.
function startController(c, startAlgorithm, callPullIfNeeded, error) {
  const startResult = startAlgorithm(c.object);
  uponPromise(
    resolved(startResult),
    () => {
      c.started = true;
      callPullIfNeeded(c);
    },
    (r) => error(c, r),
  );
}

// Either controller's CallPullIfNeeded, given its ShouldCallPull and its
// error steps: one pull at a time, another after it when one was asked for
// meanwhile.
function callPullIfNeeded(c, shouldCall, error) {
  if (!shouldCall(c)) return;
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
        callPullIfNeeded(c, shouldCall, error);
      }
    },
    (e) => error(c, e),
  );
}

function readableStreamDefaultControllerCallPullIfNeeded(c) {
  callPullIfNeeded(c, shouldCallPull, readableStreamDefaultControllerError);
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
  if (c.bytes) return byteControllerCancelSteps(c, reason);
  resetQueue(c);
  const result = c.cancelAlgorithm(reason);
  clearAlgorithms(c);
  return result;
}

// [[PullSteps]]
function controllerPullSteps(c, readRequest) {
  if (c.bytes) {
    byteControllerPullSteps(c, readRequest);
    return;
  }
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
  const reader = s.reader;
  if (reader !== undefined && reader.byob) {
    const requests = reader.readIntoRequests;
    reader.readIntoRequests = new Queue();
    while (requests.length > 0) requests.shift().close(undefined);
  }
  const sourceCancelPromise = controllerCancelSteps(s.controller, reason);
  return then(sourceCancelPromise, () => undefined);
}

function readableStreamClose(stream) {
  const s = S(stream);
  s.state = "closed";
  const reader = s.reader;
  if (reader === undefined) return;
  reader.closed.resolve(undefined);
  if (reader.byob) return; // its reads end through the byte controller
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

// ReadableStreamDefaultReaderErrorReadRequests, or (a BYOB reader)
// ReadableStreamBYOBReaderErrorReadIntoRequests.
function readerErrorReadRequests(reader, e) {
  let requests;
  if (reader.byob) {
    requests = reader.readIntoRequests;
    reader.readIntoRequests = new Queue();
  } else {
    requests = reader.readRequests;
    reader.readRequests = new Queue();
  }
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
    readerInitialize(r, s);
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
    return readerCancel(r, reason, "ReadableStreamDefaultReader");
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

// ReadableStreamReaderGenericInitialize: `r` is the stream's reader, its
// closed promise settled as the stream already is.
function readerInitialize(r, s) {
  s.reader = r;
  if (s.state === "closed") {
    r.closed.resolve(undefined);
  } else if (s.state === "errored") {
    r.closed.reject(s.storedError);
    markHandled(r.closed.promise);
  }
}

// ReadableStreamReaderGenericCancel, for a reader's cancel().
function readerCancel(r, reason, what) {
  if (r.stream === undefined) return rejected(new SafeTypeError(`${what}.cancel: the reader is released`));
  return readableStreamCancel(r.stream, reason);
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
  if (s.controller.bytes) byteControllerReleaseSteps(s.controller);
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

// ---- Byte streams (type: "bytes") ----
//
// The standard's ReadableByteStreamController, ReadableStreamBYOBReader and
// ReadableStreamBYOBRequest. Chunks are transferred (the enqueuer's and the
// reader's buffers detached, as the standard says) with util.js's
// transferBuffer.

const SafeArrayBuffer = ArrayBuffer;
const SafeUint8Array = Uint8Array;
const SafeDataView = DataView;
const ArrayBufferIsView = ArrayBuffer.isView;
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
const typedArrayByteOffset = Reflect.getOwnPropertyDescriptor(TypedArrayPrototype, "byteOffset").get;
const typedArrayByteLength = Reflect.getOwnPropertyDescriptor(TypedArrayPrototype, "byteLength").get;
const typedArrayLength = Reflect.getOwnPropertyDescriptor(TypedArrayPrototype, "length").get;
const typedArrayTag = Reflect.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const typedArraySet = TypedArrayPrototype.set;
const dataViewByteOffset = Reflect.getOwnPropertyDescriptor(DataView.prototype, "byteOffset").get;
const dataViewByteLength = Reflect.getOwnPropertyDescriptor(DataView.prototype, "byteLength").get;
// Each typed array's constructor by its [[TypedArrayName]].
const typedArrayConstructors = { __proto__: null };
for (const name of [
  "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array",
  "Float16Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
]) {
  if (typeof globalThis[name] === "function") typedArrayConstructors[name] = globalThis[name];
}

const isTypedArray = (view) => apply(typedArrayTag, view, []) !== undefined;
// An ArrayBufferView's slots, read through the captured getters.
const viewInfo = (view) => {
  if (isTypedArray(view)) {
    const ctor = typedArrayConstructors[apply(typedArrayTag, view, [])];
    return {
      buffer: viewedBuffer(view),
      byteOffset: apply(typedArrayByteOffset, view, []),
      byteLength: apply(typedArrayByteLength, view, []),
      length: apply(typedArrayLength, view, []),
      elementSize: ctor.BYTES_PER_ELEMENT,
      ctor,
      typed: true,
    };
  }
  const byteLength = apply(dataViewByteLength, view, []);
  return {
    buffer: viewedBuffer(view),
    byteOffset: apply(dataViewByteOffset, view, []),
    byteLength,
    length: byteLength,
    elementSize: 1,
    ctor: SafeDataView,
    typed: false,
  };
};
// WebIDL ArrayBufferView: a typed array or a DataView.
const requireView = (value, what) => {
  if (!ArrayBufferIsView(value)) throw new SafeTypeError(`${what}: the argument must be an ArrayBufferView`);
  return viewInfo(value);
};
// The bytes of a view's buffer, for copies (the buffer is never detached
// here: callers check).
const bytesOf = (buffer, offset, length) => new SafeUint8Array(buffer, offset, length);
const copyBytes = (toBuffer, toOffset, fromBuffer, fromOffset, count) => {
  apply(typedArraySet, bytesOf(toBuffer, toOffset, count), [bytesOf(fromBuffer, fromOffset, count)]);
};
// WebIDL [EnforceRange] unsigned long long.
const enforceRangeULL = (value, what) => {
  let x = +value;
  if (NumberIsNaN(x) || x === Infinity || x === -Infinity) throw new SafeTypeError(`${what} must be a finite number`);
  x = x < 0 ? -Math.floor(-x) : Math.floor(x);
  if (x < 0 || x > Number.MAX_SAFE_INTEGER) throw new SafeTypeError(`${what} is out of range`);
  return x;
};

let byteControllerState, newByteController, byobRequestState, newBYOBRequest;

export class ReadableByteStreamController {
  #c;
  constructor(key) {
    if (key !== CONTROLLER_KEY) throw new SafeTypeError("Illegal constructor");
  }
  get byobRequest() {
    return byteControllerGetBYOBRequest(byteControllerState(this, "byobRequest"));
  }
  get desiredSize() {
    return byteControllerGetDesiredSize(byteControllerState(this, "desiredSize"));
  }
  close() {
    const c = byteControllerState(this, "close");
    if (c.closeRequested) throw new SafeTypeError("ReadableByteStreamController.close: the stream is already closing");
    if (S(c.stream).state !== "readable") throw new SafeTypeError("ReadableByteStreamController.close: the stream is not readable");
    byteControllerClose(c);
  }
  enqueue(chunk) {
    const c = byteControllerState(this, "enqueue");
    const info = requireView(chunk, "ReadableByteStreamController.enqueue");
    if (info.byteLength === 0) throw new SafeTypeError("ReadableByteStreamController.enqueue: the chunk is empty");
    if (bufferByteLength(info.buffer) === 0) {
      throw new SafeTypeError("ReadableByteStreamController.enqueue: the chunk's buffer is empty or detached");
    }
    if (c.closeRequested) throw new SafeTypeError("ReadableByteStreamController.enqueue: the stream is closing");
    if (S(c.stream).state !== "readable") throw new SafeTypeError("ReadableByteStreamController.enqueue: the stream is not readable");
    byteControllerEnqueue(c, info);
  }
  error(e = undefined) {
    byteControllerError(byteControllerState(this, "error"), e);
  }
  static {
    byteControllerState = (controller, what) => {
      if (controller === null || typeof controller !== "object" || !(#c in controller) || controller.#c === undefined) {
        throw new SafeTypeError(`ReadableByteStreamController.${what}: illegal invocation`);
      }
      return controller.#c;
    };
    newByteController = (c) => {
      const controller = new ReadableByteStreamController(CONTROLLER_KEY);
      controller.#c = c;
      return controller;
    };
  }
}

export class ReadableStreamBYOBRequest {
  #q;
  constructor(key) {
    if (key !== CONTROLLER_KEY) throw new SafeTypeError("Illegal constructor");
  }
  get view() {
    return byobRequestState(this, "view").view;
  }
  respond(bytesWritten) {
    const q = byobRequestState(this, "respond");
    const n = enforceRangeULL(bytesWritten, "ReadableStreamBYOBRequest.respond: bytesWritten");
    if (q.controller === undefined) throw new SafeTypeError("ReadableStreamBYOBRequest.respond: the request is no longer valid");
    if (isDetachedBuffer(viewInfo(q.view).buffer)) throw new SafeTypeError("ReadableStreamBYOBRequest.respond: the view's buffer is detached");
    byteControllerRespond(q.controller, n);
  }
  respondWithNewView(view) {
    const q = byobRequestState(this, "respondWithNewView");
    const info = requireView(view, "ReadableStreamBYOBRequest.respondWithNewView");
    if (q.controller === undefined) {
      throw new SafeTypeError("ReadableStreamBYOBRequest.respondWithNewView: the request is no longer valid");
    }
    if (isDetachedBuffer(info.buffer)) throw new SafeTypeError("ReadableStreamBYOBRequest.respondWithNewView: the view's buffer is detached");
    byteControllerRespondWithNewView(q.controller, info);
  }
  static {
    byobRequestState = (request, what) => {
      if (request === null || typeof request !== "object" || !(#q in request)) {
        throw new SafeTypeError(`ReadableStreamBYOBRequest.${what}: illegal invocation`);
      }
      return request.#q;
    };
    newBYOBRequest = (controller, view) => {
      const request = new ReadableStreamBYOBRequest(CONTROLLER_KEY);
      request.#q = { controller, view };
      return request;
    };
  }
}

// SetUpReadableByteStreamControllerFromUnderlyingSource.
function setUpByteControllerFromSource(stream, source, methods, highWaterMark, autoAllocateChunkSize) {
  const a = sourceAlgorithms(source, methods);
  if (autoAllocateChunkSize === 0) throw new SafeTypeError("ReadableStream: autoAllocateChunkSize must be greater than 0");
  setUpByteController(stream, a.start, a.pull, a.cancel, highWaterMark, autoAllocateChunkSize);
}

// SetUpReadableByteStreamController.
function setUpByteController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, autoAllocateChunkSize) {
  const c = {
    bytes: true,
    stream,
    queue: new Queue(), // of { buffer, byteOffset, byteLength }
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    byobRequest: null,
    strategyHWM: highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    autoAllocateChunkSize,
    pendingPullIntos: new Queue(),
    object: undefined,
  };
  c.object = newByteController(c);
  S(stream).controller = c;
  startController(c, startAlgorithm, byteControllerCallPullIfNeeded, byteControllerError);
}

const hasDefaultReader = (stream) => {
  const reader = S(stream).reader;
  return reader !== undefined && !reader.byob;
};
const hasBYOBReader = (stream) => {
  const reader = S(stream).reader;
  return reader !== undefined && reader.byob === true;
};

function byteControllerCallPullIfNeeded(c) {
  callPullIfNeeded(c, byteControllerShouldCallPull, byteControllerError);
}

function byteControllerShouldCallPull(c) {
  const stream = c.stream;
  if (S(stream).state !== "readable") return false;
  if (c.closeRequested) return false;
  if (!c.started) return false;
  if (hasDefaultReader(stream) && S(stream).reader.readRequests.length > 0) return true;
  if (hasBYOBReader(stream) && S(stream).reader.readIntoRequests.length > 0) return true;
  return byteControllerGetDesiredSize(c) > 0;
}

function byteControllerClearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function byteControllerClearPendingPullIntos(c) {
  byteControllerInvalidateBYOBRequest(c);
  c.pendingPullIntos = new Queue();
}

function byteControllerClose(c) {
  const stream = c.stream;
  if (c.closeRequested || S(stream).state !== "readable") return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos.peek();
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = new SafeTypeError("ReadableByteStreamController.close: a partial element is left in the pending read");
      byteControllerError(c, e);
      throw e;
    }
  }
  byteControllerClearAlgorithms(c);
  readableStreamClose(stream);
}

function byteControllerCommitPullIntoDescriptor(stream, pullInto) {
  let done = false;
  if (S(stream).state === "closed") done = true;
  const filledView = byteControllerConvertPullIntoDescriptor(pullInto);
  if (pullInto.readerType === "default") readableStreamFulfillReadRequest(stream, filledView, done);
  else readableStreamFulfillReadIntoRequest(stream, filledView, done);
}

function byteControllerConvertPullIntoDescriptor(pullInto) {
  const buffer = transferBuffer(pullInto.buffer);
  return new pullInto.viewConstructor(buffer, pullInto.byteOffset, pullInto.bytesFilled / pullInto.elementSize);
}

function byteControllerEnqueue(c, info) {
  const stream = c.stream;
  if (c.closeRequested || S(stream).state !== "readable") return;
  const { buffer, byteOffset, byteLength } = info;
  if (isDetachedBuffer(buffer)) throw new SafeTypeError("ReadableByteStreamController.enqueue: the chunk's buffer is detached");
  const transferredBuffer = transferBuffer(buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos.peek();
    if (isDetachedBuffer(first.buffer)) throw new SafeTypeError("ReadableByteStreamController.enqueue: the pending read's buffer is detached");
    byteControllerInvalidateBYOBRequest(c);
    first.buffer = transferBuffer(first.buffer);
    if (first.readerType === "none") byteControllerEnqueueDetachedPullIntoToQueue(c, first);
  }
  if (hasDefaultReader(stream)) {
    byteControllerProcessReadRequestsUsingQueue(c);
    if (S(stream).reader.readRequests.length === 0) {
      byteControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) byteControllerShiftPendingPullInto(c);
      readableStreamFulfillReadRequest(stream, new SafeUint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    byteControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(c);
    for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
  } else {
    byteControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(c);
}

function byteControllerEnqueueChunkToQueue(c, buffer, byteOffset, byteLength) {
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function byteControllerEnqueueClonedChunkToQueue(c, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = new SafeArrayBuffer(byteLength);
    copyBytes(clone, 0, buffer, byteOffset, byteLength);
  } catch (e) {
    byteControllerError(c, e);
    throw e;
  }
  byteControllerEnqueueChunkToQueue(c, clone, 0, byteLength);
}

function byteControllerEnqueueDetachedPullIntoToQueue(c, pullInto) {
  if (pullInto.bytesFilled > 0) {
    byteControllerEnqueueClonedChunkToQueue(c, pullInto.buffer, pullInto.byteOffset, pullInto.bytesFilled);
  }
  byteControllerShiftPendingPullInto(c);
}

function byteControllerFillHeadPullIntoDescriptor(c, size, pullInto) {
  pullInto.bytesFilled += size;
}

function byteControllerFillPullIntoDescriptorFromQueue(c, pullInto) {
  const maxBytesToCopy = Math.min(c.queueTotalSize, pullInto.byteLength - pullInto.bytesFilled);
  const maxBytesFilled = pullInto.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % pullInto.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= pullInto.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - pullInto.bytesFilled;
    ready = true;
  }
  const queue = c.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue.peek();
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = pullInto.byteOffset + pullInto.bytesFilled;
    copyBytes(pullInto.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    c.queueTotalSize -= bytesToCopy;
    byteControllerFillHeadPullIntoDescriptor(c, bytesToCopy, pullInto);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function byteControllerFillReadRequestFromQueue(c, readRequest) {
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  byteControllerHandleQueueDrain(c);
  readRequest.chunk(new SafeUint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function byteControllerGetBYOBRequest(c) {
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos.peek();
    const view = new SafeUint8Array(first.buffer, first.byteOffset + first.bytesFilled, first.byteLength - first.bytesFilled);
    c.byobRequest = newBYOBRequest(c, view);
  }
  return c.byobRequest;
}

function byteControllerGetDesiredSize(c) {
  const state = S(c.stream).state;
  if (state === "errored") return null;
  if (state === "closed") return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function byteControllerHandleQueueDrain(c) {
  if (c.queueTotalSize === 0 && c.closeRequested) {
    byteControllerClearAlgorithms(c);
    readableStreamClose(c.stream);
  } else {
    byteControllerCallPullIfNeeded(c);
  }
}

function byteControllerInvalidateBYOBRequest(c) {
  if (c.byobRequest === null) return;
  const q = byobRequestState(c.byobRequest, "internal");
  q.controller = undefined;
  q.view = null;
  c.byobRequest = null;
}

function byteControllerProcessPullIntoDescriptorsUsingQueue(c) {
  const filled = [];
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) break;
    const pullInto = c.pendingPullIntos.peek();
    if (byteControllerFillPullIntoDescriptorFromQueue(c, pullInto)) {
      byteControllerShiftPendingPullInto(c);
      safePush(filled, pullInto);
    }
  }
  return filled;
}

function byteControllerProcessReadRequestsUsingQueue(c) {
  const reader = S(c.stream).reader;
  while (reader.readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    byteControllerFillReadRequestFromQueue(c, reader.readRequests.shift());
  }
}

function byteControllerPullInto(c, info, min, readIntoRequest) {
  const stream = c.stream;
  const minimumFill = min * info.elementSize;
  let buffer;
  try {
    buffer = transferBuffer(info.buffer);
  } catch (e) {
    readIntoRequest.error(e);
    return;
  }
  const pullInto = {
    buffer,
    bufferByteLength: bufferByteLength(buffer),
    byteOffset: info.byteOffset,
    byteLength: info.byteLength,
    bytesFilled: 0,
    minimumFill,
    elementSize: info.elementSize,
    viewConstructor: info.ctor,
    readerType: "byob",
  };
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(pullInto);
    S(stream).reader.readIntoRequests.push(readIntoRequest);
    return;
  }
  if (S(stream).state === "closed") {
    readIntoRequest.close(new info.ctor(pullInto.buffer, pullInto.byteOffset, 0));
    return;
  }
  if (c.queueTotalSize > 0) {
    if (byteControllerFillPullIntoDescriptorFromQueue(c, pullInto)) {
      const filledView = byteControllerConvertPullIntoDescriptor(pullInto);
      byteControllerHandleQueueDrain(c);
      readIntoRequest.chunk(filledView);
      return;
    }
    if (c.closeRequested) {
      const e = new SafeTypeError("The stream closed with a partial element left for this read");
      byteControllerError(c, e);
      readIntoRequest.error(e);
      return;
    }
  }
  c.pendingPullIntos.push(pullInto);
  S(stream).reader.readIntoRequests.push(readIntoRequest);
  byteControllerCallPullIfNeeded(c);
}

function byteControllerRespond(c, bytesWritten) {
  const first = c.pendingPullIntos.peek();
  const state = S(c.stream).state;
  if (state === "closed") {
    if (bytesWritten !== 0) throw new SafeTypeError("ReadableStreamBYOBRequest.respond: bytesWritten must be 0 on a closed stream");
  } else {
    if (bytesWritten === 0) throw new SafeTypeError("ReadableStreamBYOBRequest.respond: bytesWritten must be greater than 0");
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new SafeRangeError("ReadableStreamBYOBRequest.respond: bytesWritten is larger than the view");
    }
  }
  first.buffer = transferBuffer(first.buffer);
  byteControllerRespondInternal(c, bytesWritten);
}

function byteControllerRespondInClosedState(c, first) {
  if (first.readerType === "none") byteControllerShiftPendingPullInto(c);
  const stream = c.stream;
  if (hasBYOBReader(stream)) {
    while (S(stream).reader.readIntoRequests.length > 0) {
      byteControllerCommitPullIntoDescriptor(stream, byteControllerShiftPendingPullInto(c));
    }
  }
}

function byteControllerRespondInReadableState(c, bytesWritten, pullInto) {
  byteControllerFillHeadPullIntoDescriptor(c, bytesWritten, pullInto);
  const stream = c.stream;
  if (pullInto.readerType === "none") {
    byteControllerEnqueueDetachedPullIntoToQueue(c, pullInto);
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(c);
    for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
    return;
  }
  if (pullInto.bytesFilled < pullInto.minimumFill) return;
  byteControllerShiftPendingPullInto(c);
  const remainderSize = pullInto.bytesFilled % pullInto.elementSize;
  if (remainderSize > 0) {
    const end = pullInto.byteOffset + pullInto.bytesFilled;
    byteControllerEnqueueClonedChunkToQueue(c, pullInto.buffer, end - remainderSize, remainderSize);
  }
  pullInto.bytesFilled -= remainderSize;
  const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(c);
  byteControllerCommitPullIntoDescriptor(stream, pullInto);
  for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
}

function byteControllerRespondInternal(c, bytesWritten) {
  const first = c.pendingPullIntos.peek();
  byteControllerInvalidateBYOBRequest(c);
  if (S(c.stream).state === "closed") byteControllerRespondInClosedState(c, first);
  else byteControllerRespondInReadableState(c, bytesWritten, first);
  byteControllerCallPullIfNeeded(c);
}

function byteControllerRespondWithNewView(c, info) {
  const first = c.pendingPullIntos.peek();
  const state = S(c.stream).state;
  if (state === "closed") {
    if (info.byteLength !== 0) {
      throw new SafeTypeError("ReadableStreamBYOBRequest.respondWithNewView: the view must be empty on a closed stream");
    }
  } else if (info.byteLength === 0) {
    throw new SafeTypeError("ReadableStreamBYOBRequest.respondWithNewView: the view is empty");
  }
  if (first.byteOffset + first.bytesFilled !== info.byteOffset) {
    throw new SafeRangeError("ReadableStreamBYOBRequest.respondWithNewView: the view's offset does not match the request's");
  }
  if (first.bufferByteLength !== bufferByteLength(info.buffer)) {
    throw new SafeRangeError("ReadableStreamBYOBRequest.respondWithNewView: the view's buffer is not the request's size");
  }
  if (first.bytesFilled + info.byteLength > first.byteLength) {
    throw new SafeRangeError("ReadableStreamBYOBRequest.respondWithNewView: the view is larger than the request");
  }
  const viewByteLength = info.byteLength;
  first.buffer = transferBuffer(info.buffer);
  byteControllerRespondInternal(c, viewByteLength);
}

function byteControllerShiftPendingPullInto(c) {
  return c.pendingPullIntos.shift();
}

function byteControllerError(c, e) {
  const stream = c.stream;
  if (S(stream).state !== "readable") return;
  byteControllerClearPendingPullIntos(c);
  resetQueue(c);
  byteControllerClearAlgorithms(c);
  readableStreamError(stream, e);
}

// [[CancelSteps]]
function byteControllerCancelSteps(c, reason) {
  byteControllerClearPendingPullIntos(c);
  resetQueue(c);
  const result = c.cancelAlgorithm(reason);
  byteControllerClearAlgorithms(c);
  return result;
}

// [[PullSteps]] (a default reader's read of a byte stream)
function byteControllerPullSteps(c, readRequest) {
  const stream = c.stream;
  if (c.queueTotalSize > 0) {
    byteControllerFillReadRequestFromQueue(c, readRequest);
    return;
  }
  const size = c.autoAllocateChunkSize;
  if (size !== undefined) {
    let buffer;
    try {
      buffer = new SafeArrayBuffer(size);
    } catch (e) {
      readRequest.error(e);
      return;
    }
    c.pendingPullIntos.push({
      buffer,
      bufferByteLength: size,
      byteOffset: 0,
      byteLength: size,
      bytesFilled: 0,
      minimumFill: 1,
      elementSize: 1,
      viewConstructor: SafeUint8Array,
      readerType: "default",
    });
  }
  readableStreamAddReadRequest(stream, readRequest);
  byteControllerCallPullIfNeeded(c);
}

// [[ReleaseSteps]]
function byteControllerReleaseSteps(c) {
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos.peek();
    first.readerType = "none";
    c.pendingPullIntos = new Queue();
    c.pendingPullIntos.push(first);
  }
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const readIntoRequest = S(stream).reader.readIntoRequests.shift();
  if (done) readIntoRequest.close(chunk);
  else readIntoRequest.chunk(chunk);
}

// ---- The BYOB reader ----

let byobReaderState;

export class ReadableStreamBYOBReader {
  #r;
  constructor(stream) {
    if (!isReadableStream(stream)) throw new SafeTypeError("ReadableStreamBYOBReader: the argument must be a ReadableStream");
    const s = S(stream);
    if (s.reader !== undefined) throw new SafeTypeError("ReadableStreamBYOBReader: the stream is already locked to a reader");
    if (s.controller === undefined || !s.controller.bytes) {
      throw new SafeTypeError("ReadableStreamBYOBReader: the stream is not a byte stream");
    }
    const r = { stream, closed: newPromise(), readIntoRequests: new Queue(), byob: true, object: this };
    this.#r = r;
    readerInitialize(r, s);
  }

  get closed() {
    let r;
    try {
      r = byobReaderState(this, "closed");
    } catch (e) {
      return rejected(e);
    }
    return r.closed.promise;
  }

  cancel(reason = undefined) {
    let r;
    try {
      r = byobReaderState(this, "cancel");
    } catch (e) {
      return rejected(e);
    }
    return readerCancel(r, reason, "ReadableStreamBYOBReader");
  }

  read(view, options = undefined) {
    let r, info, min;
    try {
      r = byobReaderState(this, "read");
      info = requireView(view, "ReadableStreamBYOBReader.read");
      if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
        throw new SafeTypeError("ReadableStreamBYOBReader.read: options must be an object");
      }
      const m = options === undefined || options === null ? undefined : options.min;
      min = m === undefined ? 1 : enforceRangeULL(m, "ReadableStreamBYOBReader.read: min");
    } catch (e) {
      return rejected(e);
    }
    if (info.byteLength === 0) return rejected(new SafeTypeError("ReadableStreamBYOBReader.read: the view is empty"));
    if (bufferByteLength(info.buffer) === 0) {
      return rejected(new SafeTypeError("ReadableStreamBYOBReader.read: the view's buffer is empty or detached"));
    }
    if (isDetachedBuffer(info.buffer)) return rejected(new SafeTypeError("ReadableStreamBYOBReader.read: the view's buffer is detached"));
    if (min === 0) return rejected(new SafeTypeError("ReadableStreamBYOBReader.read: min must be greater than 0"));
    if (min > info.length) return rejected(new SafeRangeError("ReadableStreamBYOBReader.read: min is larger than the view"));
    if (r.stream === undefined) return rejected(new SafeTypeError("ReadableStreamBYOBReader.read: the reader is released"));
    const p = newPromise();
    byobReaderRead(r, info, min, {
      chunk: (value) => p.resolve({ value, done: false }),
      close: (value) => p.resolve({ value, done: true }),
      error: (e) => p.reject(e),
    });
    return p.promise;
  }

  releaseLock() {
    const r = byobReaderState(this, "releaseLock");
    if (r.stream === undefined) return;
    readerRelease(r);
  }

  static {
    byobReaderState = (reader, what) => {
      if (reader === null || typeof reader !== "object" || !(#r in reader)) {
        throw new SafeTypeError(`ReadableStreamBYOBReader.${what}: illegal invocation`);
      }
      return reader.#r;
    };
  }
}

function byobReaderRead(r, info, min, readIntoRequest) {
  const s = S(r.stream);
  s.disturbed = true;
  if (s.state === "errored") readIntoRequest.error(s.storedError);
  else byteControllerPullInto(s.controller, info, min, readIntoRequest);
}

// ---- Byte stream tee (ReadableByteStreamTee) ----

function readableByteStreamTee(stream) {
  let reader = acquireReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1, reason2;
  let branch1, branch2;
  const cancelPromise = newPromise();
  const C = (branch) => S(branch).controller;

  const forwardReaderError = (thisReader) => {
    uponPromise(thisReader.closed.promise, undefined, (r) => {
      if (thisReader !== reader) return;
      byteControllerError(C(branch1), r);
      byteControllerError(C(branch2), r);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
  };

  const pullWithDefaultReader = () => {
    if (reader.byob) {
      readerRelease(reader);
      reader = acquireReader(stream);
      forwardReaderError(reader);
    }
    readerRead(reader, {
      chunk: (chunk) => {
        queueMicrotaskSafe(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          let chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (e) {
              byteControllerError(C(branch1), e);
              byteControllerError(C(branch2), e);
              cancelPromise.resolve(readableStreamCancel(stream, e));
              return;
            }
          }
          if (!canceled1) byteControllerEnqueue(C(branch1), viewInfo(chunk1));
          if (!canceled2) byteControllerEnqueue(C(branch2), viewInfo(chunk2));
          reading = false;
          if (readAgainForBranch1) pull1Algorithm();
          else if (readAgainForBranch2) pull2Algorithm();
        });
      },
      close: () => {
        reading = false;
        if (!canceled1) byteControllerClose(C(branch1));
        if (!canceled2) byteControllerClose(C(branch2));
        if (C(branch1).pendingPullIntos.length > 0) byteControllerRespond(C(branch1), 0);
        if (C(branch2).pendingPullIntos.length > 0) byteControllerRespond(C(branch2), 0);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error: () => {
        reading = false;
      },
    });
  };

  const pullWithBYOBReader = (view, forBranch2) => {
    if (!reader.byob) {
      readerRelease(reader);
      reader = readerOfBYOB(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    byobReaderRead(reader, viewInfo(view), 1, {
      chunk: (chunk) => {
        queueMicrotaskSafe(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let clonedChunk;
            try {
              clonedChunk = cloneAsUint8Array(chunk);
            } catch (e) {
              byteControllerError(C(byobBranch), e);
              byteControllerError(C(otherBranch), e);
              cancelPromise.resolve(readableStreamCancel(stream, e));
              return;
            }
            if (!byobCanceled) byteControllerRespondWithNewView(C(byobBranch), viewInfo(chunk));
            byteControllerEnqueue(C(otherBranch), viewInfo(clonedChunk));
          } else if (!byobCanceled) {
            byteControllerRespondWithNewView(C(byobBranch), viewInfo(chunk));
          }
          reading = false;
          if (readAgainForBranch1) pull1Algorithm();
          else if (readAgainForBranch2) pull2Algorithm();
        });
      },
      close: (chunk) => {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) byteControllerClose(C(byobBranch));
        if (!otherCanceled) byteControllerClose(C(otherBranch));
        if (chunk !== undefined) {
          if (!byobCanceled) byteControllerRespondWithNewView(C(byobBranch), viewInfo(chunk));
          if (!otherCanceled && C(otherBranch).pendingPullIntos.length > 0) byteControllerRespond(C(otherBranch), 0);
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve(undefined);
      },
      error: () => {
        reading = false;
      },
    });
  };

  const pull1Algorithm = () => {
    if (reading) {
      readAgainForBranch1 = true;
      return resolved(undefined);
    }
    reading = true;
    const byobRequest = byteControllerGetBYOBRequest(C(branch1));
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequestState(byobRequest, "internal").view, false);
    return resolved(undefined);
  };
  const pull2Algorithm = () => {
    if (reading) {
      readAgainForBranch2 = true;
      return resolved(undefined);
    }
    reading = true;
    const byobRequest = byteControllerGetBYOBRequest(C(branch2));
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequestState(byobRequest, "internal").view, true);
    return resolved(undefined);
  };
  const cancel1 = (reason) => {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };
  const cancel2 = (reason) => {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };
  branch1 = newInternalByteStream(() => undefined, pull1Algorithm, cancel1);
  branch2 = newInternalByteStream(() => undefined, pull2Algorithm, cancel2);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// CloneAsUint8Array: a copy of a view's bytes in a new buffer.
function cloneAsUint8Array(view) {
  const info = viewInfo(view);
  const buffer = new SafeArrayBuffer(info.byteLength);
  copyBytes(buffer, 0, info.buffer, info.byteOffset, info.byteLength);
  return new SafeUint8Array(buffer);
}

const readerOfBYOB = (stream) => byobReaderState(new ReadableStreamBYOBReader(stream), "internal");

// A ReadableStream object with no controller yet, for nano to set up.
function newBareStream() {
  constructingInternally = true;
  try {
    return new ReadableStream();
  } finally {
    constructingInternally = false;
  }
}

// CreateReadableByteStream.
function newInternalByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = newBareStream();
  setUpByteController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
  return stream;
}

// CreateReadableStream: a stream driven by nano's algorithms.
function newInternalStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = newBareStream();
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
  const chunks = [];
  const p = newPromise();
  // Queued chunks are delivered inside readerRead: the next read waits for
  // the loop below rather than recursing (thousands of them would overflow
  // the stack).
  let reading = false;
  let again = false;
  const request = {
    chunk: (value) => {
      safePush(chunks, value);
      step();
    },
    close: () => p.resolve(chunks),
    error: (e) => p.reject(e),
  };
  const step = () => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    do {
      again = false;
      readerRead(r, request);
    } while (again);
    reading = false;
  };
  step();
  return p.promise;
};

// nano's reader of a response body for the host, which pulls one chunk at a
// time (its backpressure): read() is a promise of the next chunk, or of null
// at the end; cancel() ends the stream early (the host stopped taking it).
export const bodyReader = (stream) => {
  const r = acquireReader(stream);
  return {
    read: () => {
      const p = newPromise();
      readerRead(r, {
        chunk: (value) => p.resolve(value),
        close: () => p.resolve(null),
        error: (e) => p.reject(e),
      });
      return p.promise;
    },
    cancel: (reason) => {
      if (r.stream !== undefined) readableStreamCancel(r.stream, reason);
    },
  };
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

// A stream nano feeds from outside (an incoming request body the host
// streams in): `push(chunk)` enqueues, `close()` ends it, `error(e)` breaks
// it; each is a no-op once the stream is closed, errored or cancelled.
// `onCancel` runs when the script cancels it. Only nano's own algorithms
// run, whatever a script replaced.
export const fedStream = (onCancel) => {
  let c = null;
  const stream = newInternalStream(
    (controller) => {
      c = controllerState(controller, "start");
    },
    () => resolved(undefined),
    () => {
      try {
        onCancel();
      } catch (e) {
        return rejected(e);
      }
      return resolved(undefined);
    },
    0,
  );
  return {
    stream,
    push: (chunk) => readableStreamDefaultControllerEnqueue(c, chunk),
    close: () => readableStreamDefaultControllerClose(c),
    error: (e) => readableStreamDefaultControllerError(c, e),
  };
};

// ---- WritableStream ----

let writableState, isWritableStream, writerState, wcState, newWritableController;
const CLOSE_SENTINEL = Object.freeze({});

export class WritableStream {
  #w = {
    state: "writable", // "writable" | "closed" | "erroring" | "errored"
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: new Queue(),
    backpressure: false,
  };

  constructor(underlyingSink = undefined, strategy = undefined) {
    if (constructingInternally) return;
    if (underlyingSink !== undefined && (underlyingSink === null ||
        (typeof underlyingSink !== "object" && typeof underlyingSink !== "function"))) {
      throw new SafeTypeError("WritableStream: the underlying sink must be an object");
    }
    const qs = convertStrategy(strategy);
    const sink = underlyingSink === undefined ? {} : underlyingSink;
    // The UnderlyingSink dictionary, in lexicographic order.
    const callback = (name) => {
      const fn = sink[name];
      if (fn !== undefined && typeof fn !== "function") {
        throw new SafeTypeError(`WritableStream: the underlying sink's ${name} must be a function`);
      }
      return fn;
    };
    const abort = callback("abort");
    const close = callback("close");
    const start = callback("start");
    const type = sink.type;
    const write = callback("write");
    if (type !== undefined) throw new SafeRangeError("WritableStream: the underlying sink's type must be undefined");
    const sizeAlgorithm = extractSizeAlgorithm(qs);
    const highWaterMark = extractHighWaterMark(qs, 1);
    setUpWritableController(
      this,
      start === undefined ? () => undefined : (c) => apply(start, sink, [c]),
      write === undefined ? () => resolved(undefined) : (chunk, c) => promiseCall(write, sink, [chunk, c]),
      close === undefined ? () => resolved(undefined) : () => promiseCall(close, sink, []),
      abort === undefined ? () => resolved(undefined) : (reason) => promiseCall(abort, sink, [reason]),
      highWaterMark,
      sizeAlgorithm,
    );
  }

  get locked() {
    return writableState(this, "locked").writer !== undefined;
  }

  abort(reason = undefined) {
    let w;
    try {
      w = writableState(this, "abort");
    } catch (e) {
      return rejected(e);
    }
    if (w.writer !== undefined) return rejected(new SafeTypeError("WritableStream.abort: the stream is locked to a writer"));
    return writableStreamAbort(this, reason);
  }

  close() {
    let w;
    try {
      w = writableState(this, "close");
    } catch (e) {
      return rejected(e);
    }
    if (w.writer !== undefined) return rejected(new SafeTypeError("WritableStream.close: the stream is locked to a writer"));
    if (closeQueuedOrInFlight(w)) return rejected(new SafeTypeError("WritableStream.close: the stream is closing or closed"));
    return writableStreamClose(this);
  }

  getWriter() {
    writableState(this, "getWriter");
    return new WritableStreamDefaultWriter(this);
  }

  static {
    writableState = (stream, what) => {
      if (stream === null || typeof stream !== "object" || !(#w in stream)) {
        throw new SafeTypeError(`WritableStream.${what}: illegal invocation (not a WritableStream)`);
      }
      return stream.#w;
    };
    isWritableStream = (v) => v !== null && typeof v === "object" && #w in v;
  }
}

const W = (stream) => writableState(stream, "internal");

export class WritableStreamDefaultController {
  #c;
  constructor(key) {
    if (key !== CONTROLLER_KEY) throw new SafeTypeError("Illegal constructor");
  }
  get signal() {
    return wcState(this, "signal").signal;
  }
  error(e = undefined) {
    const c = wcState(this, "error");
    if (W(c.stream).state !== "writable") return;
    writableControllerError(c, e);
  }
  static {
    wcState = (controller, what) => {
      if (controller === null || typeof controller !== "object" || !(#c in controller) || controller.#c === undefined) {
        throw new SafeTypeError(`WritableStreamDefaultController.${what}: illegal invocation`);
      }
      return controller.#c;
    };
    newWritableController = (c) => {
      const controller = new WritableStreamDefaultController(CONTROLLER_KEY);
      controller.#c = c;
      return controller;
    };
  }
}

function setUpWritableController(stream, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
  const w = W(stream);
  const c = {
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    signal: newAbortSignal(),
    started: false,
    strategySizeAlgorithm: sizeAlgorithm,
    strategyHWM: highWaterMark,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
    object: undefined,
  };
  c.object = newWritableController(c);
  w.controller = c;
  updateBackpressure(stream, writableControllerGetDesiredSize(c) <= 0);
  const startResult = startAlgorithm(c.object);
  uponPromise(
    resolved(startResult),
    () => {
      c.started = true;
      writableControllerAdvanceQueueIfNeeded(c);
    },
    (r) => {
      c.started = true;
      writableStreamDealWithRejection(stream, r);
    },
  );
}

// CreateWritableStream: a stream driven by nano's algorithms.
function newInternalWritable(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark = 1, sizeAlgorithm = () => 1) {
  constructingInternally = true;
  let stream;
  try {
    stream = new WritableStream();
  } finally {
    constructingInternally = false;
  }
  setUpWritableController(stream, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

function writableStreamAbort(stream, reason) {
  const w = W(stream);
  if (w.state === "closed" || w.state === "errored") return resolved(undefined);
  signalAbort(w.controller.signal, reason);
  const state = w.state;
  if (state === "closed" || state === "errored") return resolved(undefined);
  if (w.pendingAbortRequest !== undefined) return w.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state === "erroring") {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = newPromise();
  w.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const w = W(stream);
  if (w.state === "closed" || w.state === "errored") {
    return rejected(new SafeTypeError("The stream is closed or errored"));
  }
  const promise = newPromise();
  w.closeRequest = promise;
  if (w.writer !== undefined && w.backpressure && w.state === "writable") w.writer.ready.resolve(undefined);
  const c = w.controller;
  enqueueWithSize(c, CLOSE_SENTINEL, 0);
  writableControllerAdvanceQueueIfNeeded(c);
  return promise.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (W(stream).state === "writable") {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const w = W(stream);
  const c = w.controller;
  w.state = "erroring";
  w.storedError = reason;
  if (w.writer !== undefined) writerEnsureReadyPromiseRejected(w.writer, reason);
  if (!hasOperationMarkedInFlight(w) && c.started) writableStreamFinishErroring(stream);
}

function writableStreamFinishErroring(stream) {
  const w = W(stream);
  w.state = "errored";
  const c = w.controller;
  c.queue.clear();
  c.queueTotalSize = 0;
  const storedError = w.storedError;
  const requests = w.writeRequests;
  w.writeRequests = new Queue();
  while (requests.length > 0) requests.shift().reject(storedError);
  if (w.pendingAbortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(w);
    return;
  }
  const abortRequest = w.pendingAbortRequest;
  w.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(w);
    return;
  }
  const promise = c.abortAlgorithm(abortRequest.reason);
  writableControllerClearAlgorithms(c);
  uponPromise(
    promise,
    () => {
      abortRequest.promise.resolve(undefined);
      rejectCloseAndClosedPromiseIfNeeded(w);
    },
    (reason) => {
      abortRequest.promise.reject(reason);
      rejectCloseAndClosedPromiseIfNeeded(w);
    },
  );
}

function writableStreamFinishInFlightWrite(w) {
  w.inFlightWriteRequest.resolve(undefined);
  w.inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  const w = W(stream);
  w.inFlightWriteRequest.reject(error);
  w.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightClose(w) {
  w.inFlightCloseRequest.resolve(undefined);
  w.inFlightCloseRequest = undefined;
  if (w.state === "erroring") {
    w.storedError = undefined;
    if (w.pendingAbortRequest !== undefined) {
      w.pendingAbortRequest.promise.resolve(undefined);
      w.pendingAbortRequest = undefined;
    }
  }
  w.state = "closed";
  if (w.writer !== undefined) w.writer.closed.resolve(undefined);
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const w = W(stream);
  w.inFlightCloseRequest.reject(error);
  w.inFlightCloseRequest = undefined;
  if (w.pendingAbortRequest !== undefined) {
    w.pendingAbortRequest.promise.reject(error);
    w.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

const closeQueuedOrInFlight = (w) => w.closeRequest !== undefined || w.inFlightCloseRequest !== undefined;
const hasOperationMarkedInFlight = (w) => w.inFlightWriteRequest !== undefined || w.inFlightCloseRequest !== undefined;

function rejectCloseAndClosedPromiseIfNeeded(w) {
  if (w.closeRequest !== undefined) {
    w.closeRequest.reject(w.storedError);
    w.closeRequest = undefined;
  }
  if (w.writer !== undefined) {
    w.writer.closed.reject(w.storedError);
    markHandled(w.writer.closed.promise);
  }
}

function updateBackpressure(stream, backpressure) {
  const w = W(stream);
  if (w.writer !== undefined && backpressure !== w.backpressure) {
    if (backpressure) w.writer.ready = newPromise();
    else w.writer.ready.resolve(undefined);
  }
  w.backpressure = backpressure;
}

// A settled promise record, as the writer keeps them.
const settledRecord = (ok, value) => {
  const record = newPromise();
  if (ok) record.resolve(value);
  else {
    record.reject(value);
    markHandled(record.promise);
  }
  return record;
};

export class WritableStreamDefaultWriter {
  #r;
  constructor(stream) {
    if (!isWritableStream(stream)) throw new SafeTypeError("WritableStreamDefaultWriter: the argument must be a WritableStream");
    const w = W(stream);
    if (w.writer !== undefined) throw new SafeTypeError("WritableStreamDefaultWriter: the stream is already locked to a writer");
    const r = { stream, ready: undefined, closed: undefined, object: this };
    this.#r = r;
    w.writer = r;
    const state = w.state;
    if (state === "writable") {
      r.ready = !closeQueuedOrInFlight(w) && w.backpressure ? newPromise() : settledRecord(true, undefined);
      r.closed = newPromise();
    } else if (state === "erroring") {
      r.ready = settledRecord(false, w.storedError);
      r.closed = newPromise();
    } else if (state === "closed") {
      r.ready = settledRecord(true, undefined);
      r.closed = settledRecord(true, undefined);
    } else {
      r.ready = settledRecord(false, w.storedError);
      r.closed = settledRecord(false, w.storedError);
    }
  }

  get closed() {
    let r;
    try {
      r = writerState(this, "closed");
    } catch (e) {
      return rejected(e);
    }
    return r.closed.promise;
  }

  get desiredSize() {
    const r = writerState(this, "desiredSize");
    if (r.stream === undefined) throw new SafeTypeError("WritableStreamDefaultWriter.desiredSize: the writer is released");
    return writerGetDesiredSize(r);
  }

  get ready() {
    let r;
    try {
      r = writerState(this, "ready");
    } catch (e) {
      return rejected(e);
    }
    return r.ready.promise;
  }

  abort(reason = undefined) {
    let r;
    try {
      r = writerState(this, "abort");
    } catch (e) {
      return rejected(e);
    }
    if (r.stream === undefined) return rejected(new SafeTypeError("WritableStreamDefaultWriter.abort: the writer is released"));
    return writableStreamAbort(r.stream, reason);
  }

  close() {
    let r;
    try {
      r = writerState(this, "close");
    } catch (e) {
      return rejected(e);
    }
    const stream = r.stream;
    if (stream === undefined) return rejected(new SafeTypeError("WritableStreamDefaultWriter.close: the writer is released"));
    if (closeQueuedOrInFlight(W(stream))) return rejected(new SafeTypeError("WritableStreamDefaultWriter.close: the stream is closing or closed"));
    return writableStreamClose(stream);
  }

  releaseLock() {
    const r = writerState(this, "releaseLock");
    if (r.stream === undefined) return;
    writerRelease(r);
  }

  write(chunk = undefined) {
    let r;
    try {
      r = writerState(this, "write");
    } catch (e) {
      return rejected(e);
    }
    if (r.stream === undefined) return rejected(new SafeTypeError("WritableStreamDefaultWriter.write: the writer is released"));
    return writerWrite(r, chunk);
  }

  static {
    writerState = (writer, what) => {
      if (writer === null || typeof writer !== "object" || !(#r in writer)) {
        throw new SafeTypeError(`WritableStreamDefaultWriter.${what}: illegal invocation`);
      }
      return writer.#r;
    };
  }
}

function writerEnsureClosedPromiseRejected(r, error) {
  r.closed = rejectOrReplace(r.closed, error);
}

function writerEnsureReadyPromiseRejected(r, error) {
  r.ready = rejectOrReplace(r.ready, error);
}

// Rejects a pending promise record, or replaces a settled one by a
// rejected one (the standard's "ensure ... rejected").
function rejectOrReplace(record, error) {
  if (!record.settled) {
    record.reject(error);
    markHandled(record.promise);
    return record;
  }
  return settledRecord(false, error);
}

function writerGetDesiredSize(r) {
  const w = W(r.stream);
  if (w.state === "errored" || w.state === "erroring") return null;
  if (w.state === "closed") return 0;
  return writableControllerGetDesiredSize(w.controller);
}

function writerRelease(r) {
  const w = W(r.stream);
  const releasedError = new SafeTypeError("The writer's lock was released");
  writerEnsureReadyPromiseRejected(r, releasedError);
  writerEnsureClosedPromiseRejected(r, releasedError);
  w.writer = undefined;
  r.stream = undefined;
}

function writerWrite(r, chunk) {
  const stream = r.stream;
  const w = W(stream);
  const c = w.controller;
  const chunkSize = writableControllerGetChunkSize(c, chunk);
  if (stream !== r.stream) return rejected(new SafeTypeError("The writer's lock was released"));
  const state = w.state;
  if (state === "errored") return rejected(w.storedError);
  if (closeQueuedOrInFlight(w) || state === "closed") {
    return rejected(new SafeTypeError("The stream is closing or closed"));
  }
  if (state === "erroring") return rejected(w.storedError);
  const promise = newPromise();
  w.writeRequests.push(promise);
  writableControllerWrite(c, chunk, chunkSize);
  return promise.promise;
}

function writerCloseWithErrorPropagation(r) {
  const stream = r.stream;
  const w = W(stream);
  if (closeQueuedOrInFlight(w) || w.state === "closed") return resolved(undefined);
  if (w.state === "errored") return rejected(w.storedError);
  return writableStreamClose(stream);
}

function enqueueWithSize(c, value, size) {
  if (!isNonNegativeNumber(size) || size === Infinity) {
    throw new SafeRangeError("The chunk's size must be a finite, non-negative number");
  }
  c.queue.push({ value, size });
  c.queueTotalSize += size;
}

function dequeueValue(c) {
  const pair = c.queue.shift();
  c.queueTotalSize -= pair.size;
  if (c.queueTotalSize < 0) c.queueTotalSize = 0;
  return pair.value;
}

function writableControllerClearAlgorithms(c) {
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function writableControllerGetChunkSize(c, chunk) {
  if (c.strategySizeAlgorithm === undefined) return 1;
  try {
    return c.strategySizeAlgorithm(chunk);
  } catch (e) {
    writableControllerErrorIfNeeded(c, e);
    return 1;
  }
}

const writableControllerGetDesiredSize = (c) => c.strategyHWM - c.queueTotalSize;

function writableControllerWrite(c, chunk, chunkSize) {
  try {
    enqueueWithSize(c, chunk, +chunkSize);
  } catch (e) {
    writableControllerErrorIfNeeded(c, e);
    return;
  }
  const w = W(c.stream);
  if (!closeQueuedOrInFlight(w) && w.state === "writable") {
    updateBackpressure(c.stream, writableControllerGetDesiredSize(c) <= 0);
  }
  writableControllerAdvanceQueueIfNeeded(c);
}

function writableControllerAdvanceQueueIfNeeded(c) {
  const stream = c.stream;
  const w = W(stream);
  if (!c.started) return;
  if (w.inFlightWriteRequest !== undefined) return;
  if (w.state === "erroring") {
    writableStreamFinishErroring(stream);
    return;
  }
  if (c.queue.length === 0) return;
  const value = c.queue.peek().value;
  if (value === CLOSE_SENTINEL) writableControllerProcessClose(c);
  else writableControllerProcessWrite(c, value);
}

function writableControllerErrorIfNeeded(c, error) {
  if (W(c.stream).state === "writable") writableControllerError(c, error);
}

function writableControllerProcessClose(c) {
  const w = W(c.stream);
  w.inFlightCloseRequest = w.closeRequest;
  w.closeRequest = undefined;
  dequeueValue(c);
  const sinkClosePromise = c.closeAlgorithm();
  writableControllerClearAlgorithms(c);
  uponPromise(
    sinkClosePromise,
    () => writableStreamFinishInFlightClose(w),
    (reason) => writableStreamFinishInFlightCloseWithError(c.stream, reason),
  );
}

function writableControllerProcessWrite(c, chunk) {
  const stream = c.stream;
  const w = W(stream);
  w.inFlightWriteRequest = w.writeRequests.shift();
  const sinkWritePromise = c.writeAlgorithm(chunk, c.object);
  uponPromise(
    sinkWritePromise,
    () => {
      writableStreamFinishInFlightWrite(w);
      const state = w.state;
      dequeueValue(c);
      if (!closeQueuedOrInFlight(w) && state === "writable") {
        updateBackpressure(stream, writableControllerGetDesiredSize(c) <= 0);
      }
      writableControllerAdvanceQueueIfNeeded(c);
    },
    (reason) => {
      if (w.state === "writable") writableControllerClearAlgorithms(c);
      writableStreamFinishInFlightWriteWithError(stream, reason);
    },
  );
}

function writableControllerError(c, error) {
  writableControllerClearAlgorithms(c);
  writableStreamStartErroring(c.stream, error);
}


// ---- TransformStream ----

let transformState, tcState, newTransformController;

export class TransformStream {
  #t = {
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChangePromise: undefined,
    controller: undefined,
  };

  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    if (transformer !== undefined && (transformer === null ||
        (typeof transformer !== "object" && typeof transformer !== "function"))) {
      throw new SafeTypeError("TransformStream: the transformer must be an object");
    }
    const ws = convertStrategy(writableStrategy);
    const rs = convertStrategy(readableStrategy);
    const source = transformer === undefined ? {} : transformer;
    // The Transformer dictionary, in lexicographic order.
    const callback = (name) => {
      const fn = source[name];
      if (fn !== undefined && typeof fn !== "function") {
        throw new SafeTypeError(`TransformStream: the transformer's ${name} must be a function`);
      }
      return fn;
    };
    const cancel = callback("cancel");
    const flush = callback("flush");
    const readableType = source.readableType;
    const start = callback("start");
    const transform = callback("transform");
    const writableType = source.writableType;
    if (readableType !== undefined) throw new SafeRangeError("TransformStream: readableType must be undefined");
    if (writableType !== undefined) throw new SafeRangeError("TransformStream: writableType must be undefined");
    const readableHighWaterMark = extractHighWaterMark(rs, 0);
    const readableSizeAlgorithm = extractSizeAlgorithm(rs);
    const writableHighWaterMark = extractHighWaterMark(ws, 1);
    const writableSizeAlgorithm = extractSizeAlgorithm(ws);
    const startPromise = newPromise();
    initializeTransformStream(
      this,
      startPromise.promise,
      writableHighWaterMark,
      writableSizeAlgorithm,
      readableHighWaterMark,
      readableSizeAlgorithm,
    );
    const t = this.#t;
    const c = setUpTransformController(
      this,
      transform === undefined ? undefined : (chunk) => promiseCall(transform, source, [chunk, t.controller.object]),
      flush === undefined ? () => resolved(undefined) : () => promiseCall(flush, source, [t.controller.object]),
      cancel === undefined ? () => resolved(undefined) : (reason) => promiseCall(cancel, source, [reason]),
    );
    if (start !== undefined) startPromise.resolve(apply(start, source, [c.object]));
    else startPromise.resolve(undefined);
  }

  get readable() {
    return transformState(this, "readable").readable;
  }

  get writable() {
    return transformState(this, "writable").writable;
  }

  static {
    transformState = (stream, what) => {
      if (stream === null || typeof stream !== "object" || !(#t in stream)) {
        throw new SafeTypeError(`TransformStream.${what}: illegal invocation (not a TransformStream)`);
      }
      return stream.#t;
    };
  }
}

const T = (stream) => transformState(stream, "internal");

export class TransformStreamDefaultController {
  #c;
  constructor(key) {
    if (key !== CONTROLLER_KEY) throw new SafeTypeError("Illegal constructor");
  }
  get desiredSize() {
    const c = tcState(this, "desiredSize");
    return readableStreamDefaultControllerGetDesiredSize(S(T(c.stream).readable).controller);
  }
  enqueue(chunk = undefined) {
    transformControllerEnqueue(tcState(this, "enqueue"), chunk);
  }
  error(reason = undefined) {
    transformStreamError(tcState(this, "error").stream, reason);
  }
  terminate() {
    transformControllerTerminate(tcState(this, "terminate"));
  }
  static {
    tcState = (controller, what) => {
      if (controller === null || typeof controller !== "object" || !(#c in controller) || controller.#c === undefined) {
        throw new SafeTypeError(`TransformStreamDefaultController.${what}: illegal invocation`);
      }
      return controller.#c;
    };
    newTransformController = (c) => {
      const controller = new TransformStreamDefaultController(CONTROLLER_KEY);
      controller.#c = c;
      return controller;
    };
  }
}

function initializeTransformStream(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const t = T(stream);
  const startAlgorithm = () => startPromise;
  t.writable = newInternalWritable(
    startAlgorithm,
    (chunk) => transformSinkWrite(stream, chunk),
    () => transformSinkClose(stream),
    (reason) => transformSinkAbort(stream, reason),
    writableHWM,
    writableSize,
  );
  t.readable = newInternalStream(
    startAlgorithm,
    () => transformSourcePull(stream),
    (reason) => transformSourceCancel(stream, reason),
    readableHWM,
    readableSize,
  );
  t.backpressure = undefined;
  t.backpressureChangePromise = undefined;
  transformSetBackpressure(stream, true);
  t.controller = undefined;
}

function setUpTransformController(stream, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
  const c = {
    stream,
    transformAlgorithm: undefined,
    flushAlgorithm,
    cancelAlgorithm,
    finishPromise: undefined,
    object: undefined,
  };
  c.object = newTransformController(c);
  c.transformAlgorithm =
    transformAlgorithm ??
    ((chunk) => {
      try {
        transformControllerEnqueue(c, chunk);
        return resolved(undefined);
      } catch (e) {
        return rejected(e);
      }
    });
  T(stream).controller = c;
  return c;
}

function transformStreamError(stream, e) {
  readableStreamDefaultControllerError(S(T(stream).readable).controller, e);
  transformErrorWritableAndUnblockWrite(stream, e);
}

function transformErrorWritableAndUnblockWrite(stream, e) {
  const t = T(stream);
  transformClearAlgorithms(t.controller);
  writableControllerErrorIfNeeded(W(t.writable).controller, e);
  transformUnblockWrite(stream);
}

function transformUnblockWrite(stream) {
  if (T(stream).backpressure) transformSetBackpressure(stream, false);
}

function transformSetBackpressure(stream, backpressure) {
  const t = T(stream);
  if (t.backpressureChangePromise !== undefined) t.backpressureChangePromise.resolve(undefined);
  t.backpressureChangePromise = newPromise();
  t.backpressure = backpressure;
}

function transformClearAlgorithms(c) {
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function transformControllerEnqueue(c, chunk) {
  const stream = c.stream;
  const t = T(stream);
  const rc = S(t.readable).controller;
  if (!canCloseOrEnqueue(rc)) throw new SafeTypeError("TransformStreamDefaultController.enqueue: the readable side is closed or errored");
  try {
    readableStreamDefaultControllerEnqueue(rc, chunk);
  } catch (e) {
    transformErrorWritableAndUnblockWrite(stream, e);
    throw S(t.readable).storedError;
  }
  const backpressure = !shouldCallPull(rc);
  if (backpressure !== t.backpressure) transformSetBackpressure(stream, true);
}

function transformControllerTerminate(c) {
  const stream = c.stream;
  readableStreamDefaultControllerClose(S(T(stream).readable).controller);
  transformErrorWritableAndUnblockWrite(stream, new SafeTypeError("The TransformStream was terminated"));
}

function transformPerform(c, chunk) {
  return then(c.transformAlgorithm(chunk), undefined, (r) => {
    transformStreamError(c.stream, r);
    throw r;
  });
}

function transformSinkWrite(stream, chunk) {
  const t = T(stream);
  const c = t.controller;
  if (t.backpressure) {
    return then(t.backpressureChangePromise.promise, () => {
      const w = W(t.writable);
      if (w.state === "erroring") throw w.storedError;
      return transformPerform(c, chunk);
    });
  }
  return transformPerform(c, chunk);
}

function transformSinkAbort(stream, reason) {
  const t = T(stream);
  const c = t.controller;
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = t.readable;
  c.finishPromise = newPromise();
  const cancelPromise = c.cancelAlgorithm(reason);
  transformClearAlgorithms(c);
  uponPromise(
    cancelPromise,
    () => {
      const r = S(readable);
      if (r.state === "errored") c.finishPromise.reject(r.storedError);
      else {
        readableStreamDefaultControllerError(r.controller, reason);
        c.finishPromise.resolve(undefined);
      }
    },
    (e) => {
      readableStreamDefaultControllerError(S(readable).controller, e);
      c.finishPromise.reject(e);
    },
  );
  return c.finishPromise.promise;
}

function transformSinkClose(stream) {
  const t = T(stream);
  const c = t.controller;
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = t.readable;
  c.finishPromise = newPromise();
  const flushPromise = c.flushAlgorithm();
  transformClearAlgorithms(c);
  uponPromise(
    flushPromise,
    () => {
      const r = S(readable);
      if (r.state === "errored") c.finishPromise.reject(r.storedError);
      else {
        readableStreamDefaultControllerClose(r.controller);
        c.finishPromise.resolve(undefined);
      }
    },
    (e) => {
      readableStreamDefaultControllerError(S(readable).controller, e);
      c.finishPromise.reject(e);
    },
  );
  return c.finishPromise.promise;
}

function transformSourcePull(stream) {
  transformSetBackpressure(stream, false);
  return T(stream).backpressureChangePromise.promise;
}

function transformSourceCancel(stream, reason) {
  const t = T(stream);
  const c = t.controller;
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const writable = t.writable;
  c.finishPromise = newPromise();
  const cancelPromise = c.cancelAlgorithm(reason);
  transformClearAlgorithms(c);
  uponPromise(
    cancelPromise,
    () => {
      const w = W(writable);
      if (w.state === "errored") c.finishPromise.reject(w.storedError);
      else {
        writableControllerErrorIfNeeded(w.controller, reason);
        transformUnblockWrite(stream);
        c.finishPromise.resolve(undefined);
      }
    },
    (e) => {
      writableControllerErrorIfNeeded(W(writable).controller, e);
      transformUnblockWrite(stream);
      c.finishPromise.reject(e);
    },
  );
  return c.finishPromise.promise;
}


// ---- Piping ----

// The StreamPipeOptions dictionary, in lexicographic order.
function convertPipeOptions(options) {
  if (options === undefined || options === null) {
    return { preventAbort: false, preventCancel: false, preventClose: false, signal: undefined };
  }
  if (typeof options !== "object" && typeof options !== "function") {
    throw new SafeTypeError("The pipe options must be an object");
  }
  const preventAbort = !!options.preventAbort;
  const preventCancel = !!options.preventCancel;
  const preventClose = !!options.preventClose;
  const signal = options.signal;
  if (signal !== undefined && !isAbortSignal(signal)) throw new SafeTypeError("The pipe option signal must be an AbortSignal");
  return { preventAbort, preventCancel, preventClose, signal };
}

function pipeTo(destination, options = undefined) {
  if (!isReadableStream(this)) return rejected(new SafeTypeError("ReadableStream.pipeTo: illegal invocation (not a ReadableStream)"));
  if (!isWritableStream(destination)) return rejected(new SafeTypeError("ReadableStream.pipeTo: the destination must be a WritableStream"));
  let o;
  try {
    o = convertPipeOptions(options);
  } catch (e) {
    return rejected(e);
  }
  if (S(this).reader !== undefined) return rejected(new SafeTypeError("ReadableStream.pipeTo: the stream is locked"));
  if (W(destination).writer !== undefined) return rejected(new SafeTypeError("ReadableStream.pipeTo: the destination is locked"));
  return readableStreamPipeTo(this, destination, o.preventClose, o.preventAbort, o.preventCancel, o.signal);
}

function pipeThrough(transform, options = undefined) {
  streamState(this, "pipeThrough");
  if (transform === null || (typeof transform !== "object" && typeof transform !== "function")) {
    throw new SafeTypeError("ReadableStream.pipeThrough: the transform must be an object with readable and writable");
  }
  // The ReadableWritablePair dictionary: readable, then writable.
  const readable = transform.readable;
  if (!isReadableStream(readable)) throw new SafeTypeError("ReadableStream.pipeThrough: transform.readable must be a ReadableStream");
  const writable = transform.writable;
  if (!isWritableStream(writable)) throw new SafeTypeError("ReadableStream.pipeThrough: transform.writable must be a WritableStream");
  const o = convertPipeOptions(options);
  if (S(this).reader !== undefined) throw new SafeTypeError("ReadableStream.pipeThrough: the stream is locked");
  if (W(writable).writer !== undefined) throw new SafeTypeError("ReadableStream.pipeThrough: transform.writable is locked");
  markHandled(readableStreamPipeTo(this, writable, o.preventClose, o.preventAbort, o.preventCancel, o.signal));
  return readable;
}

for (const [name, fn] of [["pipeThrough", pipeThrough], ["pipeTo", pipeTo]]) {
  defineProperty(ReadableStream.prototype, name, { value: fn, writable: true, enumerable: true, configurable: true });
}

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const reader = acquireReader(source);
  const writer = writerState(new WritableStreamDefaultWriter(dest), "pipeTo");
  S(source).disturbed = true;
  let shuttingDown = false;
  let currentWrite = resolved(undefined);
  const promise = newPromise();
  let abortAlgorithm;

  const waitForWritesToFinish = () => {
    const old = currentWrite;
    return then(currentWrite, () => (old !== currentWrite ? waitForWritesToFinish() : undefined));
  };
  const finalize = (isError, error) => {
    writerRelease(writer);
    readerRelease(reader);
    if (signal !== undefined) removeAbortAlgorithm(signal, abortAlgorithm);
    if (isError) promise.reject(error);
    else promise.resolve(undefined);
  };
  const shutdownWithAnAction = (action, originalIsError, originalError) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      uponPromise(
        action(),
        () => finalize(originalIsError, originalError),
        (newError) => finalize(true, newError),
      );
    };
    const w = W(dest);
    if (w.state === "writable" && !closeQueuedOrInFlight(w)) uponPromise(waitForWritesToFinish(), doTheRest);
    else doTheRest();
  };
  const shutdown = (isError, error) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const w = W(dest);
    if (w.state === "writable" && !closeQueuedOrInFlight(w)) {
      uponPromise(waitForWritesToFinish(), () => finalize(isError, error));
    } else finalize(isError, error);
  };

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (W(dest).state === "writable" ? writableStreamAbort(dest, error) : resolved(undefined)));
      }
      if (!preventCancel) {
        actions.push(() => (S(source).state === "readable" ? readableStreamCancel(source, error) : resolved(undefined)));
      }
      shutdownWithAnAction(() => apply(SafePromise.all, SafePromise, [actions.map((action) => action())]), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return promise.promise;
    }
    addAbortAlgorithm(signal, abortAlgorithm);
  }

  // One step: wait for the destination to want more, read a chunk, start
  // writing it. True when there is nothing more to read.
  const pipeStep = () => {
    if (shuttingDown) return resolved(true);
    return then(writer.ready.promise, () => {
      const read = newPromise();
      readerRead(reader, {
        chunk: (chunk) => {
          currentWrite = then(writerWrite(writer, chunk), undefined, () => {});
          read.resolve(false);
        },
        close: () => read.resolve(true),
        error: (e) => read.reject(e),
      });
      return read.promise;
    });
  };
  const pipeLoop = () => {
    const loop = newPromise();
    const next = (done) => {
      if (done) loop.resolve(undefined);
      else uponPromise(pipeStep(), next, loop.reject);
    };
    next(false);
    return loop.promise;
  };

  // Errors must be propagated forward.
  const sourceErrored = (storedError) => {
    if (!preventAbort) shutdownWithAnAction(() => writableStreamAbort(dest, storedError), true, storedError);
    else shutdown(true, storedError);
  };
  if (S(source).state === "errored") sourceErrored(S(source).storedError);
  else uponPromise(reader.closed.promise, undefined, sourceErrored);
  // Errors must be propagated backward.
  const destErrored = (storedError) => {
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, storedError), true, storedError);
    else shutdown(true, storedError);
  };
  if (W(dest).state === "errored") destErrored(W(dest).storedError);
  else uponPromise(writer.closed.promise, undefined, destErrored);
  // Closing must be propagated forward.
  const sourceClosed = () => {
    if (!preventClose) shutdownWithAnAction(() => writerCloseWithErrorPropagation(writer));
    else shutdown();
  };
  if (S(source).state === "closed") sourceClosed();
  else uponPromise(reader.closed.promise, sourceClosed, undefined);
  // Closing must be propagated backward.
  const w = W(dest);
  if (closeQueuedOrInFlight(w) || w.state === "closed") {
    const destClosed = new SafeTypeError("The destination stream closed before everything was piped to it");
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }
  markHandled(pipeLoop());
  return promise.promise;
}


// ---- workerd's byte transforms ----

// Bytes of a chunk written to a byte transform (copied: the writer may reuse
// its buffer).
const chunkBytes = (chunk, what) => {
  const bytes = asBytes(chunk);
  if (bytes === null) throw new SafeTypeError(`${what}: chunks must be ArrayBuffers or ArrayBuffer views`);
  return bytes.slice();
};

// A TransformStream that passes bytes through unchanged (workerd's
// IdentityTransformStream; its readable side is a default stream here, not
// a byte stream).
export class IdentityTransformStream extends TransformStream {
  constructor(options = undefined) {
    const highWaterMark = options === undefined || options === null ? undefined : options.highWaterMark;
    super(
      {
        transform(chunk, controller) {
          controller.enqueue(chunkBytes(chunk, "IdentityTransformStream"));
        },
      },
      undefined,
      highWaterMark === undefined ? undefined : { highWaterMark },
    );
  }
}

// An IdentityTransformStream that carries exactly `length` bytes: writing
// more, or closing with fewer, errors it (workerd's FixedLengthStream).
// The readable sides of FixedLengthStreams, with their lengths: a response
// whose body is one declares it in its content-length (fetch.js).
const fixedLengths = new WeakMap();
const WeakMapGet = WeakMap.prototype.get;
const WeakMapSet = WeakMap.prototype.set;
export const fixedLengthOf = (stream) => apply(WeakMapGet, fixedLengths, [stream]);

export class FixedLengthStream extends TransformStream {
  constructor(length, options = undefined) {
    const expected = typeof length === "bigint" ? Number(length) : length;
    if (typeof expected !== "number" || !Number.isSafeInteger(expected) || expected < 0) {
      throw new SafeTypeError("FixedLengthStream: the length must be a non-negative integer");
    }
    const highWaterMark = options === undefined || options === null ? undefined : options.highWaterMark;
    let written = 0;
    super(
      {
        transform(chunk, controller) {
          const bytes = chunkBytes(chunk, "FixedLengthStream");
          written += bytes.length;
          if (written > expected) {
            throw new SafeTypeError(`FixedLengthStream: more than the ${expected} bytes it was made for were written`);
          }
          controller.enqueue(bytes);
        },
        flush() {
          if (written < expected) {
            throw new SafeTypeError(`FixedLengthStream: closed after ${written} of its ${expected} bytes`);
          }
        },
      },
      undefined,
      highWaterMark === undefined ? undefined : { highWaterMark },
    );
    apply(WeakMapSet, fixedLengths, [transformState(this, "FixedLengthStream").readable, expected]);
  }
}

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
finishClass(ReadableByteStreamController, "ReadableByteStreamController");
finishClass(ReadableStreamBYOBReader, "ReadableStreamBYOBReader");
finishClass(ReadableStreamBYOBRequest, "ReadableStreamBYOBRequest");
defineGlobal("ReadableByteStreamController", ReadableByteStreamController);
defineGlobal("ReadableStreamBYOBReader", ReadableStreamBYOBReader);
defineGlobal("ReadableStreamBYOBRequest", ReadableStreamBYOBRequest);
finishClass(WritableStream, "WritableStream");
finishClass(WritableStreamDefaultWriter, "WritableStreamDefaultWriter");
finishClass(WritableStreamDefaultController, "WritableStreamDefaultController");
defineGlobal("WritableStream", WritableStream);
defineGlobal("WritableStreamDefaultWriter", WritableStreamDefaultWriter);
defineGlobal("WritableStreamDefaultController", WritableStreamDefaultController);
finishClass(TransformStream, "TransformStream");
finishClass(TransformStreamDefaultController, "TransformStreamDefaultController");
defineGlobal("TransformStream", TransformStream);
defineGlobal("TransformStreamDefaultController", TransformStreamDefaultController);
finishClass(IdentityTransformStream, "IdentityTransformStream");
finishClass(FixedLengthStream, "FixedLengthStream");
defineGlobal("IdentityTransformStream", IdentityTransformStream);
defineGlobal("FixedLengthStream", FixedLengthStream);
