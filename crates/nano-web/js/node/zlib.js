// node:zlib on nano's codecs (natives/compression.rs: gzip, deflate,
// deflate-raw through flate2 on zlib-rs, brotli), the ones behind
// CompressionStream: the sync, callback and promise-free stream forms of
// Node's API. `level`, `windowBits`, `dictionary` and brotli's quality and
// window (`params`) are applied; `memLevel`, `strategy` and the other
// brotli params are checked and not applied (they tune speed and size, the
// output is valid either way). flush() and reset() work, and params()
// before the first write (a new level once input has gone in throws: the
// zlib-rs codec cannot change it mid-stream). A codec's memory is
// charged to the isolate's budget, and a "zip bomb" stops at the memory
// limit.
import { codecFree, codecNew, codecPush, crc32 as crc32Native } from "nano:natives";
import { setTimer } from "../web/timers.js";
import { Buffer } from "./buffer.js";
import { Transform } from "./stream.js";
import { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, makeNodeError, validateFunction } from "./internal/errors.js";

const { freeze, defineProperty } = Object;
const { apply } = Reflect;

const ERR_BUFFER_TOO_LARGE = makeNodeError(
  "ERR_BUFFER_TOO_LARGE",
  RangeError,
  (max) => `Cannot create a Buffer larger than ${max} bytes`,
);

// zlib's constants, as Node exports them.
export const constants = freeze({
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4865,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1,
  BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0,
  BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10,
  BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22,
  BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6,
  BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8, BROTLI_DECODER_RESULT_ERROR: 0,
  BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0,
  BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1,
  BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
});

// Each kind: the codec format, whether it decompresses, its class name.
const KINDS = {
  __proto__: null,
  gzip: ["gzip", false, "Gzip"],
  gunzip: ["gzip", true, "Gunzip"],
  deflate: ["deflate", false, "Deflate"],
  inflate: ["deflate", true, "Inflate"],
  deflateRaw: ["deflate-raw", false, "DeflateRaw"],
  inflateRaw: ["deflate-raw", true, "InflateRaw"],
  unzip: [null, true, "Unzip"], // gzip or deflate, by the first bytes
  brotliCompress: ["brotli", false, "BrotliCompress"],
  brotliDecompress: ["brotli", true, "BrotliDecompress"],
};

const EMPTY = new Uint8Array(0);

// The bytes of `input` (Node's accepted types) as a Uint8Array.
const bytesOf = (input, name = "buffer") => {
  if (typeof input === "string") return Buffer.from(input);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, ["string", "Buffer", "TypedArray", "DataView", "ArrayBuffer"], input);
};

// Node's error for bad compressed data (code Z_DATA_ERROR) or a stream cut
// short (Z_BUF_ERROR: "unexpected end of file").
const zlibError = (message, code, errno) => {
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  return err;
};
const dataError = (e) => {
  const text = String(e?.message ?? e);
  const inner = /\((.*)\)$/.exec(text);
  // zlib's own words, as Node gives them ("incorrect header check").
  const words = (inner ? inner[1] : text).replace(/^[\w ]*decompression error: /, "");
  return zlibError(words, "Z_DATA_ERROR", -3);
};
// A stream cut short is no error when decompressing with finishFlush
// Z_SYNC_FLUSH (Node's way of reading a truncated stream).
const cutShort = (failure) => / ended before /.test(failure);
const endError = (failure, decompress) =>
  decompress && / ended before /.test(failure)
    ? zlibError("unexpected end of file", "Z_BUF_ERROR", -5)
    : zlibError(failure.replace(/^\w+Stream: /, ""), "Z_DATA_ERROR", -3);

// gzip or deflate, from a stream's first bytes (Unzip).
const detect = (bytes) => (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b ? "gzip" : "deflate");

const checkOptions = (options) => {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object") throw new ERR_INVALID_ARG_TYPE("options", "Object", options);
  return options;
};

// An option that must be a number in [min, max] when given (NaN or
// undefined: the default).
const ranged = (options, name, min, max) => {
  const value = options[name];
  if (value === undefined || Number.isNaN(value)) return undefined;
  if (typeof value !== "number") throw new ERR_INVALID_ARG_TYPE(`options.${name}`, "number", value);
  if (!Number.isFinite(value) || value < min || value > max || Math.floor(value) !== value) {
    throw new ERR_OUT_OF_RANGE(`options.${name}`, `>= ${min} and <= ${max}`, value);
  }
  return value;
};

// The codec settings a kind's options give: [level, windowBits,
// dictionary, quality, lgwin] (undefined: the codec's default).
const settingsOf = (kind, opts) => {
  if (kind === "brotliCompress" || kind === "brotliDecompress") {
    const params = opts.params;
    if (params === undefined || params === null) return [undefined, undefined, undefined, undefined, undefined, true];
    if (typeof params !== "object") throw new ERR_INVALID_ARG_TYPE("options.params", "Object", params);
    const quality = ranged(params, constants.BROTLI_PARAM_QUALITY, 0, 11);
    const lgwin = ranged(params, constants.BROTLI_PARAM_LGWIN, 10, 24);
    return [undefined, undefined, undefined, kind === "brotliCompress" ? quality : undefined, kind === "brotliCompress" ? lgwin : undefined, true];
  }
  const decompress = KINDS[kind][1];
  const level = ranged(opts, "level", -1, 9);
  let windowBits = ranged(opts, "windowBits", decompress ? 0 : 8, 15);
  ranged(opts, "memLevel", 1, 9);
  ranged(opts, "strategy", 0, 4);
  // zlib takes 8 as 9; 0 (inflating) reads the window from the header.
  if (windowBits === 8) windowBits = 9;
  if (windowBits === 0) windowBits = undefined;
  let dictionary = opts.dictionary;
  if (dictionary !== undefined) {
    if (!ArrayBuffer.isView(dictionary) && !(dictionary instanceof ArrayBuffer)) {
      throw new ERR_INVALID_ARG_TYPE("options.dictionary", ["Buffer", "TypedArray", "DataView", "ArrayBuffer"], dictionary);
    }
    dictionary = bytesOf(dictionary);
  }
  // Node's reading of what follows an end: more gzip members, or nothing.
  return [level === -1 ? undefined : level, windowBits, dictionary, undefined, undefined, true];
};

// Marks the empty chunks flush() writes: the codec flushes there.
const kFlush = Symbol("flush");
// A flush chunk's value: true, or the new level params() sets after it.
const flushChunk = (value = true) => {
  const chunk = Buffer.alloc(0);
  chunk[kFlush] = value;
  return chunk;
};

const concat = (pieces, max) => {
  let total = 0;
  for (let i = 0; i < pieces.length; i++) total += pieces[i].length;
  if (max !== undefined && total > max) throw new ERR_BUFFER_TOO_LARGE(max);
  const out = Buffer.allocUnsafe(total);
  let at = 0;
  for (let i = 0; i < pieces.length; i++) {
    out.set(pieces[i], at);
    at += pieces[i].length;
  }
  return out;
};

// One whole input through a new codec; the output as one Buffer.
const runSync = (kind, input, options) => {
  const opts = checkOptions(options);
  const [fixed, decompress] = KINDS[kind];
  const bytes = bytesOf(input);
  const format = fixed ?? detect(bytes);
  const holder = {};
  const id = codecNew(holder, format, decompress, ...settingsOf(kind, opts));
  let result;
  try {
    result = codecPush(id, bytes, true);
  } catch (e) {
    throw dataError(e);
  }
  const syncFinish = opts.finishFlush === constants.Z_SYNC_FLUSH;
  if (result[1] !== undefined && !(syncFinish && decompress && cutShort(result[1]))) throw endError(result[1], decompress);
  const out = concat(result[0], opts.maxOutputLength);
  return opts.info ? { buffer: out, engine: new kindClasses[KINDS[kind][2]](opts) } : out;
};

// The streams: a Transform through one codec.
class Zlib extends Transform {
  #holder = {};
  #id = 0;
  #open = false;
  #kind;
  #decompress;
  #settings;
  #syncFinish;
  constructor(kind, options) {
    const opts = checkOptions(options);
    const settings = settingsOf(kind, opts);
    const syncFinish = opts.finishFlush === constants.Z_SYNC_FLUSH;
    super({ ...opts, readableObjectMode: false, writableObjectMode: false });
    const [format, decompress] = KINDS[kind];
    this.#kind = kind;
    this.#decompress = decompress;
    this.#settings = settings;
    this.#syncFinish = syncFinish;
    this.bytesWritten = 0;
    this._handle = {};
    if (format !== null) this.#start(format);
  }
  #start(format) {
    this.#id = codecNew(this.#holder, format, this.#decompress, ...this.#settings);
    this.#open = true;
  }
  #push(bytes, finish, callback, flush = false, level = undefined) {
    if (!this.#open) {
      if (this.#kind !== "unzip" || (bytes.length === 0 && !finish)) {
        callback(bytes.length === 0 ? null : zlibError("zlib binding closed", "ERR_ZLIB_BINDING_CLOSED", undefined));
        return;
      }
      this.#start(detect(bytes));
    }
    let result;
    try {
      result = codecPush(this.#id, bytes, finish, flush, level);
    } catch (e) {
      this.#open = false;
      callback(dataError(e));
      return;
    }
    if (finish || result[1] !== undefined) this.#open = false;
    const pieces = result[0];
    for (let i = 0; i < pieces.length; i++) this.push(Buffer.from(pieces[i].buffer, pieces[i].byteOffset, pieces[i].length));
    const failure = result[1];
    const ignored = failure !== undefined && this.#syncFinish && this.#decompress && cutShort(failure);
    callback(failure === undefined || ignored ? null : endError(failure, this.#decompress));
  }
  _transform(chunk, encoding, callback) {
    const flush = chunk[kFlush];
    if (flush !== undefined) {
      if (!this.#open || this.#decompress) callback(null);
      else if (flush === true) this.#push(EMPTY, false, callback, true);
      else this.#push(EMPTY, false, callback, false, flush);
      return;
    }
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, encoding) : bytesOf(chunk, "chunk");
    this.bytesWritten += bytes.length;
    this.#push(bytes, false, callback);
  }
  _flush(callback) {
    if (!this.#open && this.#kind === "unzip" && this.bytesWritten === 0) {
      callback(null);
      return;
    }
    this.#push(EMPTY, true, callback);
  }
  _destroy(error, callback) {
    this.#free();
    callback(error);
  }
  #free() {
    if (this.#open) {
      this.#open = false;
      codecFree(this.#id);
    }
  }
  close(callback) {
    if (callback !== undefined) this.once("close", callback);
    this.destroy();
  }
  // All that was written so far comes out (zlib's sync flush, brotli's
  // flush), in order with the writes.
  flush(kind, callback) {
    if (typeof kind === "function") callback = kind;
    if (this.writableFinished || this.writableEnded) {
      if (typeof callback === "function") setTimer(callback, 0, false, []);
      return;
    }
    this.write(flushChunk(), undefined, typeof callback === "function" ? () => callback() : undefined);
  }
  // A new level (deflate's; the strategy is checked, not applied), before
  // any input (later, the write errors the stream).
  params(level, strategy, callback) {
    const checked = ranged({ level, strategy }, "level", -1, 9);
    ranged({ strategy }, "strategy", 0, 4);
    const value = checked === -1 ? 6 : checked;
    if (this.writableFinished || this.writableEnded) {
      if (typeof callback === "function") setTimer(callback, 0, false, []);
      return;
    }
    this.write(flushChunk(value), undefined, typeof callback === "function" ? () => callback() : undefined);
  }
  // Back to a new stream's state: what was fed is dropped.
  reset() {
    this.#free();
    const format = KINDS[this.#kind][0];
    if (format !== null) this.#start(format);
  }
}

// A constructor per kind, callable with or without `new`, as Node's are:
// a function whose prototype is the class's.
const classes = {};
const kindClasses = {};
for (const kind of Object.keys(KINDS)) {
  const name = KINDS[kind][2];
  const cls = class extends Zlib {
    constructor(options) {
      super(kind, options);
    }
  };
  const facade = {
    [name]: function (options) {
      return new cls(options);
    },
  }[name];
  facade.prototype = cls.prototype;
  defineProperty(cls.prototype, "constructor", { value: facade, writable: true, configurable: true });
  classes[name] = facade;
  kindClasses[name] = cls;
}

export const {
  Gzip,
  Gunzip,
  Deflate,
  Inflate,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,
} = classes;

const factory = (name) => {
  const cls = kindClasses[name];
  return { [`create${name}`]: (options) => new cls(options) }[`create${name}`];
};
export const createGzip = factory("Gzip");
export const createGunzip = factory("Gunzip");
export const createDeflate = factory("Deflate");
export const createInflate = factory("Inflate");
export const createDeflateRaw = factory("DeflateRaw");
export const createInflateRaw = factory("InflateRaw");
export const createUnzip = factory("Unzip");
export const createBrotliCompress = factory("BrotliCompress");
export const createBrotliDecompress = factory("BrotliDecompress");

const sync = (kind) => {
  const fn = { [`${kind}Sync`]: (buffer, options) => runSync(kind, buffer, options) }[`${kind}Sync`];
  return fn;
};
// The callback form: the work is done now, the callback called in a later
// task (never before the caller's code after it has run).
const callbackForm = (kind) =>
  ({
    [kind](buffer, options, callback) {
      if (typeof options === "function") {
        callback = options;
        options = {};
      }
      validateFunction(callback, "callback");
      let result;
      let error = null;
      try {
        result = runSync(kind, buffer, options);
      } catch (e) {
        error = e;
      }
      setTimer(() => (error === null ? apply(callback, undefined, [null, result]) : apply(callback, undefined, [error])), 0, false, []);
    },
  })[kind];

export const gzipSync = sync("gzip");
export const gunzipSync = sync("gunzip");
export const deflateSync = sync("deflate");
export const inflateSync = sync("inflate");
export const deflateRawSync = sync("deflateRaw");
export const inflateRawSync = sync("inflateRaw");
export const unzipSync = sync("unzip");
export const brotliCompressSync = sync("brotliCompress");
export const brotliDecompressSync = sync("brotliDecompress");
export const gzip = callbackForm("gzip");
export const gunzip = callbackForm("gunzip");
export const deflate = callbackForm("deflate");
export const inflate = callbackForm("inflate");
export const deflateRaw = callbackForm("deflateRaw");
export const inflateRaw = callbackForm("inflateRaw");
export const unzip = callbackForm("unzip");
export const brotliCompress = callbackForm("brotliCompress");
export const brotliDecompress = callbackForm("brotliDecompress");

// zlib's CRC-32 of `data` (a string as UTF-8), continuing from `value`.
export function crc32(data, value = 0) {
  if (typeof value !== "number") throw new ERR_INVALID_ARG_TYPE("value", "number", value);
  const bytes = typeof data === "string" ? Buffer.from(data) : ArrayBuffer.isView(data) ? data : null;
  if (bytes === null) throw new ERR_INVALID_ARG_TYPE("data", ["Buffer", "TypedArray", "DataView", "string"], data);
  return crc32Native(bytes, value >>> 0);
}

// Node's `codes`: zlib's return codes both ways.
export const codes = freeze({
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  0: "Z_OK", 1: "Z_STREAM_END", 2: "Z_NEED_DICT", [-1]: "Z_ERRNO", [-2]: "Z_STREAM_ERROR",
  [-3]: "Z_DATA_ERROR", [-4]: "Z_MEM_ERROR", [-5]: "Z_BUF_ERROR", [-6]: "Z_VERSION_ERROR",
});

const zlib = {
  constants,
  codes,
  crc32,
  ...classes,
  createGzip, createGunzip, createDeflate, createInflate, createDeflateRaw, createInflateRaw,
  createUnzip, createBrotliCompress, createBrotliDecompress,
  gzip, gunzip, deflate, inflate, deflateRaw, inflateRaw, unzip, brotliCompress, brotliDecompress,
  gzipSync, gunzipSync, deflateSync, inflateSync, deflateRawSync, inflateRawSync, unzipSync,
  brotliCompressSync, brotliDecompressSync,
};
// Node also puts every constant on the module itself.
for (const key of Object.keys(constants)) {
  if (!(key in zlib)) defineProperty(zlib, key, { value: constants[key], enumerable: false });
}
export default zlib;
