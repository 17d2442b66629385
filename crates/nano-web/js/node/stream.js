// node:stream. The streams themselves (Readable, Writable, Duplex, Transform,
// PassThrough, pipeline, finished, compose, the operators, ...) are Node's own
// code as the Node streams team publishes it on npm (readable-stream, bundled
// into vendor/readable_stream.js by vendor/build.sh). This module adds what
// that package leaves out and nano has to supply: the adapters between Node
// streams and nano's WHATWG streams (Readable/Writable/Duplex .fromWeb and
// .toWeb), duplexPair, `_isArrayBufferView`, Node 22's default highWaterMark,
// and resetNodeState for the one setting a request can change.
import Stream, { isReadableNodeStream, isWritableEnded, isWritableNodeStream, promises } from "./vendor/readable_stream.js";
import { Buffer } from "./buffer.js";
import process from "./process.js";
import { CountQueuingStrategy, ReadableStream, WritableStream, isReadableStream } from "../web/streams.js";
import { PromisePrototypeThen } from "../nano/primordials.js";
import {
  AbortError,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  makeNodeError,
  validateBoolean,
  validateObject,
} from "./internal/errors.js";

const { Readable, Writable, Duplex, Transform, PassThrough } = Stream;
const { isDestroyed, isReadable, isWritable, isDisturbed, isErrored } = Stream;
const { pipeline, finished, addAbortSignal, destroy, compose, getDefaultHighWaterMark, setDefaultHighWaterMark } = Stream;
const SafePromise = Promise;
const SafeUint8Array = Uint8Array;
const isView = ArrayBuffer.isView;
const { defineProperty } = Reflect;

const ERR_STREAM_PREMATURE_CLOSE = makeNodeError("ERR_STREAM_PREMATURE_CLOSE", Error, "Premature close");

// Node 22 raised the default for byte streams from 16 KiB (readable-stream's,
// Node 18's) to 64 KiB; object mode stays at 16.
const DEFAULT_HWM_BYTES = 64 * 1024;
const DEFAULT_HWM_OBJECTS = 16;
export function resetNodeState() {
  setDefaultHighWaterMark(false, DEFAULT_HWM_BYTES);
  setDefaultHighWaterMark(true, DEFAULT_HWM_OBJECTS);
}
resetNodeState();

// ---- helpers ----

const then = (promise, onFulfilled, onRejected) => PromisePrototypeThen(promise, onFulfilled, onRejected);
const deferred = () => {
  const d = { promise: undefined, resolve: undefined, reject: undefined };
  d.promise = new SafePromise((resolve, reject) => {
    d.resolve = resolve;
    d.reject = reject;
  });
  return d;
};
// A callback's own throw must not be swallowed by the promise that called it.
const callSafely = (callback, error) => {
  try {
    callback(error);
  } catch (thrown) {
    process.nextTick(() => {
      throw thrown;
    });
  }
};
const isWritableStream = (value) => value instanceof WritableStream;
const checkEncoding = (encoding) => {
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) throw new ERR_INVALID_ARG_VALUE("options.encoding", encoding);
};
// A web stream's close as a Node stream sees it: an AbortError when it ended early.
const webError = (error) =>
  error?.code === "ERR_STREAM_PREMATURE_CLOSE" ? new AbortError(undefined, { cause: error }) : error;

// ---- Node stream over a ReadableStream's reader ----

const readSide = (reader, getStream) => ({
  read() {
    then(reader.read(), (result) => {
      getStream().push(result.done ? null : result.value);
    }, (error) => getStream().destroy(error));
  },
});

// ---- Node stream over a WritableStream's writer ----

const writeSide = (writer, decodeStrings, objectMode, getStream) => ({
  write(chunk, encoding, callback) {
    if (typeof chunk === "string" && decodeStrings && !objectMode) {
      const bytes = Buffer.from(chunk, encoding);
      chunk = new SafeUint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    const done = (error) => {
      try {
        callback(error);
      } catch (thrown) {
        getStream().destroy(thrown);
      }
    };
    then(writer.ready, () => then(writer.write(chunk), () => done(), done), done);
  },
  writev(chunks, callback) {
    const done = (error) => callSafely(callback, error);
    then(writer.ready, () => {
      const writes = [];
      for (let i = 0; i < chunks.length; i++) writes[i] = writer.write(chunks[i].chunk);
      then(SafePromise.all(writes), () => done(), done);
    }, done);
  },
});

function readableFromWeb(readableStream, options) {
  if (options === undefined) options = {};
  if (!isReadableStream(readableStream)) throw new ERR_INVALID_ARG_TYPE("readableStream", "ReadableStream", readableStream);
  validateObject(options, "options");
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  checkEncoding(encoding);
  validateBoolean(objectMode, "options.objectMode");
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    ...readSide(reader, () => readable),
    destroy(error, callback) {
      if (closed) return callSafely(callback, error);
      const done = () => callSafely(callback, error);
      then(reader.cancel(error), done, done);
    },
  });
  then(reader.closed, () => {
    closed = true;
  }, (error) => {
    closed = true;
    readable.destroy(error);
  });
  return readable;
}

function writableFromWeb(writableStream, options) {
  if (options === undefined) options = {};
  if (!isWritableStream(writableStream)) throw new ERR_INVALID_ARG_TYPE("writableStream", "WritableStream", writableStream);
  validateObject(options, "options");
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, "options.objectMode");
  validateBoolean(decodeStrings, "options.decodeStrings");
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    ...writeSide(writer, decodeStrings, objectMode, () => writable),
    destroy(error, callback) {
      if (closed) return callSafely(callback, error);
      const done = () => callSafely(callback, error);
      then(error != null ? writer.abort(error) : writer.close(), done, done);
    },
    final(callback) {
      if (closed) return callback();
      then(writer.close(), () => callback(), callback);
    },
  });
  then(writer.closed, () => {
    closed = true;
    if (!isWritableEnded(writable)) writable.destroy(new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    writable.destroy(error);
  });
  return writable;
}

function duplexFromWeb(pair, options) {
  if (options === undefined) options = {};
  validateObject(pair, "pair");
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) throw new ERR_INVALID_ARG_TYPE("pair.readable", "ReadableStream", readableStream);
  if (!isWritableStream(writableStream)) throw new ERR_INVALID_ARG_TYPE("pair.writable", "WritableStream", writableStream);
  validateObject(options, "options");
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  validateBoolean(objectMode, "options.objectMode");
  validateBoolean(decodeStrings, "options.decodeStrings");
  checkEncoding(encoding);
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;
  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    ...readSide(reader, () => duplex),
    ...writeSide(writer, decodeStrings, objectMode, () => duplex),
    final(callback) {
      if (writableClosed) return callback();
      then(writer.close(), () => callback(), callback);
    },
    destroy(error, callback) {
      const pending = [];
      if (!writableClosed) pending[pending.length] = writer.abort(error);
      if (!readableClosed) pending[pending.length] = reader.cancel(error);
      if (pending.length === 0) return callSafely(callback, error);
      const done = () => callSafely(callback, error);
      then(SafePromise.all(pending), done, done);
    },
  });
  then(writer.closed, () => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) duplex.destroy(new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    duplex.destroy(error);
  });
  then(reader.closed, () => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    duplex.destroy(error);
  });
  return duplex;
}

// ---- WHATWG streams over Node streams ----

// The readable side of `source` as a ReadableStream: data flows while the
// web stream's queue has room, pauses when it is full.
function webReadableOf(source, type, strategy) {
  const objectMode = source.readableObjectMode;
  const highWaterMark = source.readableHighWaterMark;
  if (strategy === undefined) {
    if (type === "bytes") strategy = { highWaterMark };
    else if (objectMode) strategy = new CountQueuingStrategy({ highWaterMark });
    else strategy = { highWaterMark, size: (chunk) => (typeof chunk === "string" ? chunk.length : chunk.byteLength) };
  }
  let controller;
  let settled = false;
  const onData = (chunk) => {
    if (settled) return;
    // A copy: a Buffer may be a view on a shared pool, and a byte stream
    // transfers what it is given.
    if (!objectMode && isView(chunk)) chunk = new SafeUint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) source.pause();
  };
  const onFinished = (error) => {
    cleanup();
    source.removeListener("data", onData);
    // Errors after the end reach no one; they must not go uncaught either.
    source.on("error", () => {});
    if (settled) return;
    settled = true;
    try {
      if (error) controller.error(webError(error));
      else controller.close();
    } catch {
      // The web stream was cancelled meanwhile.
    }
  };
  source.pause();
  const cleanup = finished(source, { writable: false }, onFinished);
  source.on("data", onData);
  const underlying = {
    start(c) {
      controller = c;
    },
    pull() {
      source.resume();
    },
    // Node destroys with an AbortError when no reason is given.
    cancel(reason) {
      settled = true;
      source.destroy(reason ?? new AbortError());
    },
  };
  if (type === "bytes") underlying.type = "bytes";
  return new ReadableStream(underlying, strategy);
}

function webWritableOf(target) {
  const objectMode = target.writableObjectMode;
  const highWaterMark = target.writableHighWaterMark;
  const strategy = objectMode
    ? new CountQueuingStrategy({ highWaterMark })
    : { highWaterMark, size: (chunk) => (typeof chunk === "string" ? chunk.length : chunk.byteLength) };
  let controller;
  let backpressure; // waits for 'drain'
  let closing; // waits for the end
  const onDrain = () => {
    if (backpressure !== undefined) backpressure.resolve();
  };
  const onFinished = (error) => {
    cleanup();
    target.removeListener("drain", onDrain);
    target.on("error", () => {});
    error = webError(error);
    if (error != null) {
      if (backpressure !== undefined) backpressure.reject(error);
      if (closing !== undefined) {
        closing.reject(error);
        closing = undefined;
      }
      controller?.error(error);
      controller = undefined;
      return;
    }
    if (closing !== undefined) {
      closing.resolve();
      closing = undefined;
      return;
    }
    controller?.error(new AbortError());
    controller = undefined;
  };
  const cleanup = finished(target, { readable: false }, onFinished);
  target.on("drain", onDrain);
  return new WritableStream({
    start(c) {
      controller = c;
    },
    write(chunk) {
      if (target.writableNeedDrain || !target.write(chunk)) {
        backpressure = deferred();
        const wait = backpressure.promise;
        return then(wait, () => {
          backpressure = undefined;
        }, (error) => {
          backpressure = undefined;
          throw error;
        });
      }
      return undefined;
    },
    abort(reason) {
      target.destroy(reason ?? new AbortError());
    },
    close() {
      if (closing === undefined && !isWritableEnded(target)) {
        closing = deferred();
        target.end();
        return closing.promise;
      }
      controller = undefined;
      return undefined;
    },
  }, strategy);
}

// options.strategy as Node 22; options.type ("bytes") as Node 24.
function readableToWeb(streamReadable, options) {
  if (options === undefined) options = {};
  // A stream of this module (readable or not, as Node), or one that reads like it.
  if (typeof streamReadable?._readableState !== "object" && !isReadableNodeStream(streamReadable)) {
    throw new ERR_INVALID_ARG_TYPE("streamReadable", "stream.Readable", streamReadable);
  }
  validateObject(options, "options");
  const { type, strategy } = options;
  if (type !== undefined && type !== "bytes") throw new ERR_INVALID_ARG_VALUE("options.type", type);
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  return webReadableOf(streamReadable, type, strategy);
}

function writableToWeb(streamWritable) {
  // Also an http.ServerResponse, which writes like a Writable without being one.
  if (typeof streamWritable?._writableState !== "object" && !isWritableNodeStream(streamWritable)) {
    throw new ERR_INVALID_ARG_TYPE("streamWritable", "stream.Writable", streamWritable);
  }
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  return webWritableOf(streamWritable);
}

// `readableType` ("bytes": a byte stream for BYOB readers; `type` its older
// name) is Node 24's; Node 22 ignores options.
function duplexToWeb(duplex, options) {
  if (options === undefined) options = {};
  if (typeof duplex?._readableState !== "object" || typeof duplex?._writableState !== "object") {
    throw new ERR_INVALID_ARG_TYPE("duplex", "stream.Duplex", duplex);
  }
  validateObject(options, "options");
  const type = options.readableType ?? options.type;
  if (type !== undefined && type !== "bytes") throw new ERR_INVALID_ARG_VALUE("options.readableType", type);
  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }
  let writable;
  if (isWritable(duplex)) {
    writable = webWritableOf(duplex);
  } else {
    writable = new WritableStream();
    writable.close();
  }
  let readable;
  if (isReadable(duplex)) {
    readable = webReadableOf(duplex, type, undefined);
  } else {
    readable = new ReadableStream();
    readable.cancel();
  }
  return { readable, writable };
}

// readable-stream's own fromWeb/toWeb reach for Node internals it does not have.
// Node's are anonymous functions.
const setStatic = (cls, name, fn) => {
  defineProperty(fn, "name", { value: "", configurable: true });
  defineProperty(cls, name, { value: fn, writable: true, enumerable: true, configurable: true });
};
setStatic(Readable, "fromWeb", readableFromWeb);
setStatic(Readable, "toWeb", readableToWeb);
setStatic(Writable, "fromWeb", writableFromWeb);
setStatic(Writable, "toWeb", writableToWeb);
setStatic(Duplex, "fromWeb", duplexFromWeb);
setStatic(Duplex, "toWeb", duplexToWeb);

// ---- duplexPair: two Duplexes, each reading what the other writes ----

// Plain Duplexes with their methods as options, not a subclass: a class made
// here would be a prototype no export reaches, so nano's realm would not
// freeze it and one request could change it for the next.
function duplexPair(options) {
  const sides = [];
  // Each side's last write waits, its callback here, until the other side reads.
  const pendingWrite = [null, null];
  const makeSide = (self) => {
    const other = 1 - self;
    return new Duplex({
      ...options,
      read() {
        const callback = pendingWrite[other];
        if (callback !== null) {
          pendingWrite[other] = null;
          callback();
        }
      },
      write(chunk, encoding, callback) {
        // An empty push makes the other side read nothing, so nothing would
        // release the callback.
        if (chunk.length === 0) {
          process.nextTick(callback);
          return;
        }
        pendingWrite[self] = callback;
        sides[other].push(chunk);
      },
      final(callback) {
        sides[other].on("end", callback);
        sides[other].push(null);
      },
    });
  };
  sides[0] = makeSide(0);
  sides[1] = makeSide(1);
  return sides;
}

// Node's is ArrayBuffer.isView itself.
const _isArrayBufferView = isView;

Stream.duplexPair = duplexPair;
Stream._isArrayBufferView = _isArrayBufferView;

export {
  isDestroyed,
  isDisturbed,
  isErrored,
  isReadable,
  isWritable,
  Readable,
  Writable,
  Duplex,
  Transform,
  PassThrough,
  duplexPair,
  pipeline,
  addAbortSignal,
  finished,
  destroy,
  compose,
  setDefaultHighWaterMark,
  getDefaultHighWaterMark,
  promises,
  Stream,
  _isArrayBufferView,
};
export const _isUint8Array = Stream._isUint8Array;
export const _uint8ArrayToBuffer = Stream._uint8ArrayToBuffer;
export default Stream;
