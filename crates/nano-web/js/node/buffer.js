// node:buffer for nano: Buffer (a Uint8Array subclass, as Node's), its
// statics and prototype methods, SlowBuffer, transcode, isUtf8/isAscii,
// atob/btoa, and Blob/File from the Web platform.
//
// The byte work (encoding, decoding, searching, comparing) is in Rust
// natives (natives/buffer.rs); this file validates arguments as Node does
// and hands them over. Encodings travel as integer codes, the same in both
// files:
//   0 utf8, 1 utf16le, 2 latin1, 3 ascii, 4 base64, 5 base64url, 6 hex.
//
// Unlike Node there is no shared allocation pool: allocUnsafe returns fresh
// zeroed memory, so one request can never see bytes another left behind.
import {
  bufferByteLength,
  bufferCompare,
  bufferFromString,
  bufferIndexOf,
  bufferToString,
  bufferWriteString,
  utf8Decode,
} from "nano:natives";
import { Blob } from "../web/blob.js";
import { DOMException } from "../web/dom.js";
import {
  ERR_BUFFER_OUT_OF_BOUNDS,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_BUFFER_SIZE,
  ERR_MISSING_ARGS,
  ERR_OUT_OF_RANGE,
  ERR_STRING_TOO_LONG,
  ERR_UNKNOWN_ENCODING,
  describeReceived,
  makeNodeError,
  validateInteger,
  validateNumber,
} from "./internal/errors.js";

// blob.js defines File as a global without exporting it; it has run by now
// (imported above), so the global is still nano's own.
const File = globalThis.File;

// ---- Captured built-ins (a script may replace the globals later) ----

const { apply, defineProperty, getOwnPropertyDescriptor, getPrototypeOf, ownKeys, setPrototypeOf } = Reflect;
const SafeBigInt = BigInt;
const SafeNumber = Number;
const SafeArray = Array;
const SafeError = Error;
const SafeUint8Array = Uint8Array;
const SafeArrayBuffer = ArrayBuffer;
const SafeDataView = DataView;
const { isArray } = Array;
const { floor, min, trunc } = Math;
const { isInteger, isNaN: numberIsNaN } = Number;
const { isView } = ArrayBuffer;
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
const getter = (proto, key) => getOwnPropertyDescriptor(proto, key).get;
const typedArrayTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const typedArrayLength = getter(TypedArrayPrototype, "length");
const typedArrayByteLength = getter(TypedArrayPrototype, "byteLength");
const typedArrayByteOffset = getter(TypedArrayPrototype, "byteOffset");
const typedArrayBuffer = getter(TypedArrayPrototype, "buffer");
const dataViewBuffer = getter(DataView.prototype, "buffer");
const dataViewByteOffset = getter(DataView.prototype, "byteOffset");
const dataViewByteLength = getter(DataView.prototype, "byteLength");
const arrayBufferByteLength = getter(ArrayBuffer.prototype, "byteLength");
const arrayBufferDetached = getOwnPropertyDescriptor(ArrayBuffer.prototype, "detached")?.get;
const { copyWithin, fill: typedArrayFill, indexOf: typedArrayIndexOf, lastIndexOf: typedArrayLastIndexOf } =
  TypedArrayPrototype;
const typedArraySet = TypedArrayPrototype.set;
const toLowerCase = String.prototype.toLowerCase;
const objectToString = Object.prototype.toString;
const regExpTest = RegExp.prototype.test;
const stringReplace = String.prototype.replace;
const stringCharCodeAt = String.prototype.charCodeAt;

// V8 12 has ArrayBuffer.prototype.detached; before it, a view of a detached buffer cannot be made.
const isDetached = (buffer) => {
  if (arrayBufferDetached !== undefined) return apply(arrayBufferDetached, buffer, []);
  try {
    void new SafeUint8Array(buffer, 0, 0);
    return false;
  } catch {
    return true;
  }
};
const isUint8Array = (value) => apply(typedArrayTag, value, []) === "Uint8Array";
const isTypedArray = (value) => apply(typedArrayTag, value, []) !== undefined;
const lengthOf = (view) => apply(typedArrayLength, view, []);
// The tag first, so that other objects cost no throw; the getter then
// tells a real ArrayBuffer (of any realm) from one that only claims it.
const isArrayBuffer = (value) => {
  if (typeof value !== "object" || value === null || apply(objectToString, value, []) !== "[object ArrayBuffer]") {
    return false;
  }
  try {
    apply(arrayBufferByteLength, value, []);
    return true;
  } catch {
    return false;
  }
};
// V8 may add SharedArrayBuffer only after the snapshot is restored, so it is
// looked up when needed (as nano/util.js does).
const isAnyArrayBuffer = (value) =>
  isArrayBuffer(value) || (typeof SharedArrayBuffer === "function" && value instanceof SharedArrayBuffer);
// The bytes a TypedArray or DataView shows, as a Uint8Array over the same memory.
const viewBytes = (view) => {
  if (isTypedArray(view)) {
    if (isUint8Array(view)) return view;
    return new SafeUint8Array(
      apply(typedArrayBuffer, view, []),
      apply(typedArrayByteOffset, view, []),
      apply(typedArrayByteLength, view, []),
    );
  }
  return new SafeUint8Array(
    apply(dataViewBuffer, view, []),
    apply(dataViewByteOffset, view, []),
    apply(dataViewByteLength, view, []),
  );
};
// `length` bytes of `view` from `start`, as a plain Uint8Array (no species lookup).
const rangeOf = (view, start, length) =>
  new SafeUint8Array(apply(typedArrayBuffer, view, []), apply(typedArrayByteOffset, view, []) + start, length);

// ---- Errors Node has that errors.js lacks or words otherwise ----

// Node separates thousands (1_000_000) only in integers; errors.js would
// also split "Infinity" and fractions, so those go in as strings.
class OutOfRange extends ERR_OUT_OF_RANGE {
  constructor(name, range, received) {
    super(name, range, typeof received === "number" && !isInteger(received) ? `${received}` : received);
  }
}
defineProperty(OutOfRange, "name", { value: "RangeError" });
// Node's own wording when a string is missing where one is written.
const ERR_NOT_STRING = makeNodeError("ERR_INVALID_ARG_TYPE", TypeError, "argument must be a string");
const ERR_INVALID_STATE = makeNodeError("ERR_INVALID_STATE", Error, (why) => `Invalid state: ${why}`);
const ERR_INDEX_OUT_OF_RANGE = makeNodeError("ERR_OUT_OF_RANGE", RangeError, "Index out of range");
// Node's wording for this one lists "an Array-like Object" apart from the classes.
const ERR_INVALID_FIRST_ARG = makeNodeError(
  "ERR_INVALID_ARG_TYPE",
  TypeError,
  (value) =>
    "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object." +
    describeReceived(value),
);

// ---- Encodings ----

const UTF8 = 0;
const UTF16LE = 1;
const LATIN1 = 2;
const ASCII = 3;
const BASE64 = 4;
const BASE64URL = 5;
const HEX = 6;
const CODES = {
  __proto__: null,
  utf8: UTF8,
  "utf-8": UTF8,
  utf16le: UTF16LE,
  "utf-16le": UTF16LE,
  ucs2: UTF16LE,
  "ucs-2": UTF16LE,
  latin1: LATIN1,
  binary: LATIN1,
  ascii: ASCII,
  base64: BASE64,
  base64url: BASE64URL,
  hex: HEX,
};

// The code of an encoding name in any case, or -1. Node stringifies
// whatever it is given (so `null` is the unknown encoding "null").
const encodingCode = (encoding) => {
  const name = typeof encoding === "string" ? encoding : `${encoding}`;
  const code = CODES[name] ?? CODES[apply(toLowerCase, name, [])];
  return code === undefined ? -1 : code;
};
// As encodingCode, but an unknown encoding throws.
const knownEncoding = (encoding) => {
  const code = encodingCode(encoding);
  if (code === -1) throw new ERR_UNKNOWN_ENCODING(encoding);
  return code;
};

// ---- Module settings a script may change (reset after each request) ----

const DEFAULT_POOL_SIZE = 8 * 1024;
const DEFAULT_INSPECT_MAX_BYTES = 50;
let poolSize = DEFAULT_POOL_SIZE;
// A live binding: the default export's setter changes it.
export let INSPECT_MAX_BYTES = DEFAULT_INSPECT_MAX_BYTES;

// Puts the settings above back to Node's defaults (nano calls it after each request).
export function resetNodeState() {
  poolSize = DEFAULT_POOL_SIZE;
  INSPECT_MAX_BYTES = DEFAULT_INSPECT_MAX_BYTES;
}

// ---- Limits ----

// V8's limits on 64-bit hosts (as Node 22 reports them).
export const kMaxLength = 2 ** 53 - 1;
export const kStringMaxLength = 2 ** 29 - 24;
export const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };

// ---- Buffer itself ----

// Every Buffer is a FastBuffer; `Buffer` is the callable face (Node lets it
// be called without `new`), sharing FastBuffer's prototype.
class FastBuffer extends Uint8Array {}

export function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === "number") {
    if (typeof encodingOrOffset === "string") throw new ERR_INVALID_ARG_TYPE("string", "string", arg);
    return alloc(arg);
  }
  return from(arg, encodingOrOffset, length);
}
const BufferPrototype = FastBuffer.prototype;
Buffer.prototype = BufferPrototype;
defineProperty(BufferPrototype, "constructor", { value: Buffer, writable: true, configurable: true });
setPrototypeOf(Buffer, Uint8Array);

// A new Buffer viewing `bytes` (a Uint8Array the natives made) without copying.
const wrap = (bytes) =>
  new FastBuffer(apply(typedArrayBuffer, bytes, []), apply(typedArrayByteOffset, bytes, []), lengthOf(bytes));

const validateSize = (size) => validateNumber(size, "size", 0, kMaxLength);

function alloc(size, fill, encoding) {
  validateSize(size);
  const buf = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && buf.length > 0) fillBuffer(buf, fill, 0, buf.length, encoding);
  return buf;
}

// Fresh memory is zeroed: there is no pool whose old bytes could show.
function allocUnsafe(size) {
  validateSize(size);
  return new FastBuffer(size);
}

function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
}

function fromString(string, encoding) {
  const code = typeof encoding !== "string" || encoding.length === 0 ? UTF8 : knownEncoding(encoding);
  return wrap(bufferFromString(string, code));
}

function fromArrayBuffer(buffer, byteOffset, length) {
  const total = buffer.byteLength;
  let offset = 0;
  if (byteOffset !== undefined) {
    offset = +byteOffset;
    if (numberIsNaN(offset)) offset = 0;
  }
  const available = total - offset;
  if (available < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS("offset");
  // Without a length the view tracks a resizable buffer's size.
  if (length === undefined) return new FastBuffer(buffer, offset);
  let count = +length;
  if (!(count > 0)) count = 0;
  else if (count > available) throw new ERR_BUFFER_OUT_OF_BOUNDS("length");
  return new FastBuffer(buffer, offset, count);
}

// A copy of an array-like's elements, each taken modulo 256.
function fromArrayLike(list) {
  const length = list.length;
  if (!(length > 0)) return new FastBuffer();
  const buf = new FastBuffer(length);
  apply(typedArraySet, buf, [list]);
  return buf;
}

// Array-likes, views and `{ type: "Buffer", data: [...] }` (toJSON's
// shape); undefined for anything else.
function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== "number") return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === "Buffer" && isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

function from(value, encodingOrOffset, length) {
  if (typeof value === "string") return fromString(value, encodingOrOffset);
  if (typeof value === "object" && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const primitive = value.valueOf?.();
    if (primitive != null && primitive !== value && (typeof primitive === "string" || typeof primitive === "object")) {
      return from(primitive, encodingOrOffset, length);
    }
    const buf = fromObject(value);
    if (buf !== undefined) return buf;
    if (typeof value[Symbol.toPrimitive] === "function") {
      const string = value[Symbol.toPrimitive]("string");
      if (typeof string === "string") return fromString(string, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_FIRST_ARG(value);
}

function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE("view", "TypedArray", view);
  const count = lengthOf(view);
  if (count === 0) return new FastBuffer();
  let start = 0;
  let end = count;
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, "offset", 0);
      if (offset >= count) return new FastBuffer();
      start = offset;
    }
    if (length !== undefined) {
      validateInteger(length, "length", 0);
      end = min(start + length, count);
    }
  }
  const size = apply(typedArrayByteLength, view, []) / count;
  const bytes = rangeOf(view, start * size, (end - start) * size);
  const buf = new FastBuffer(bytes.length);
  apply(typedArraySet, buf, [bytes]);
  return buf;
}

function of(...items) {
  const buf = new FastBuffer(items.length);
  apply(typedArraySet, buf, [items]);
  return buf;
}

function isBuffer(value) {
  return value instanceof Buffer;
}

function isEncoding(encoding) {
  return typeof encoding === "string" && encoding.length !== 0 && encodingCode(encoding) !== -1;
}

// Node's estimate for base64: from the length, less the padding.
const base64ByteLength = (string) => {
  let n = string.length;
  if (n > 0 && apply(stringCharCodeAt, string, [n - 1]) === 0x3d) n--;
  if (n > 1 && apply(stringCharCodeAt, string, [n - 1]) === 0x3d) n--;
  return (n * 3) >>> 2;
};

function byteLength(string, encoding) {
  if (typeof string !== "string") {
    if (isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE("string", ["string", "Buffer", "ArrayBuffer"], string);
  }
  const n = string.length;
  if (n === 0) return 0;
  // An unknown encoding counts as utf8 here (Node does not throw).
  const code = encoding === undefined || encoding === null ? UTF8 : encodingCode(encoding);
  switch (code) {
    case UTF16LE:
      return n * 2;
    case LATIN1:
    case ASCII:
      return n;
    case HEX:
      return n >>> 1;
    case BASE64:
    case BASE64URL:
      return base64ByteLength(string);
    default:
      return bufferByteLength(string, UTF8);
  }
}

function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE("buf1", ["Buffer", "Uint8Array"], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE("buf2", ["Buffer", "Uint8Array"], buf2);
  if (buf1 === buf2) return 0;
  return bufferCompare(buf1, buf2);
}

// Copies up to `count` bytes of `source` from `sourceStart` into `target`
// at `targetStart`, as many as fit; returns how many.
const copyBytes = (source, target, targetStart, sourceStart, count) => {
  const room = lengthOf(target) - targetStart;
  const available = lengthOf(source) - sourceStart;
  const n = min(count, room, available);
  if (n <= 0) return 0;
  apply(typedArraySet, target, [rangeOf(source, sourceStart, n), targetStart]);
  return n;
};

function concat(list, length) {
  if (!isArray(list)) throw new ERR_INVALID_ARG_TYPE("list", "Array", list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    // The real lengths: a script may redefine `length` on a view.
    for (let i = 0; i < list.length; i++) {
      if (isUint8Array(list[i])) length += lengthOf(list[i]);
    }
  } else {
    validateOffset(length, "length");
  }
  const out = new FastBuffer(length);
  let at = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ["Buffer", "Uint8Array"], buf);
    }
    at += copyBytes(buf, out, at, 0, lengthOf(buf));
  }
  return out;
}

Buffer.from = from;
Buffer.copyBytesFrom = copyBytesFrom;
Buffer.of = of;
Buffer.alloc = alloc;
Buffer.allocUnsafe = allocUnsafe;
Buffer.allocUnsafeSlow = allocUnsafeSlow;
Buffer.isBuffer = isBuffer;
Buffer.compare = compare;
Buffer.isEncoding = isEncoding;
Buffer.concat = concat;
Buffer.byteLength = byteLength;
// Kept for code that reads or tunes it; nano has no pool for it to size.
defineProperty(Buffer, "poolSize", {
  get() {
    return poolSize;
  },
  set(value) {
    poolSize = value;
  },
  enumerable: true,
  configurable: true,
});

// ---- Argument checks in Node's wording ----

function validateOffset(value, name, lo = 0, hi = kMaxLength) {
  if (typeof value !== "number") throw new ERR_INVALID_ARG_TYPE(name, "number", value);
  if (!isInteger(value)) throw new OutOfRange(name, "an integer", value);
  if (value < lo || value > hi) throw new OutOfRange(name, `>= ${lo} && <= ${hi}`, value);
  return value;
}

// The error for an offset (or byteLength) that does not fit: `last` is the
// largest offset that would.
function boundsError(value, last, name = "offset") {
  if (floor(value) !== value) {
    if (typeof value !== "number") throw new ERR_INVALID_ARG_TYPE(name, "number", value);
    throw new OutOfRange(name, "an integer", value);
  }
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new OutOfRange(name, `>= ${name === "offset" ? 0 : 1} and <= ${last}`, value);
}

const checkOffsetType = (offset) => {
  if (typeof offset !== "number") throw new ERR_INVALID_ARG_TYPE("offset", "number", offset);
};

// Throws unless `size` bytes at `offset` lie inside `buf`.
const checkBounds = (buf, offset, size) => {
  checkOffsetType(offset);
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
};

const checkByteLength = (byteLength) => {
  if (byteLength >= 1 && byteLength <= 6 && floor(byteLength) === byteLength) return;
  boundsError(byteLength, 6, "byteLength");
};

// Big integers shown as Node shows them: with `_` between groups of three digits.
const showBigInt = (value) => {
  let digits = `${value < 0n ? -value : value}`;
  if (value >= 2n ** 32n || value <= -(2n ** 32n)) {
    let out = "";
    while (digits.length > 3) {
      out = `_${digits.slice(-3)}${out}`;
      digits = digits.slice(0, -3);
    }
    digits += out;
  }
  return `${value < 0n ? "-" : ""}${digits}n`;
};

// Out-of-range comparisons only: NaN is written as 0 and a non-BigInt
// fails later with V8's TypeError, as in Node.
const checkInt = (value, lo, hi, size) => {
  if (!(value > hi || value < lo)) return;
  if (typeof lo === "bigint") {
    const bits = size * 8;
    const range = lo === 0n ? `>= 0n and < 2n ** ${bits}n` : `>= -(2n ** ${bits - 1}n) and < 2n ** ${bits - 1}n`;
    throw new OutOfRange("value", range, showBigInt(value));
  }
  let range = `>= ${lo} and <= ${hi}`;
  if (size > 4) range = lo === 0 ? `>= 0 and < 2 ** ${size * 8}` : `>= -(2 ** ${size * 8 - 1}) and < 2 ** ${size * 8 - 1}`;
  throw new OutOfRange("value", range, value);
};

// ---- Prototype: strings ----

// Decodes bytes [start, end) of `bytes`; Node's error when the string would be too long.
const decode = (bytes, code, start, end) => {
  const s = bufferToString(bytes, code, start, end);
  if (s === null) throw new ERR_STRING_TOO_LONG();
  return s;
};

function toString(encoding, start, end) {
  if (arguments.length === 0) return decode(this, UTF8, 0, lengthOf(this));
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return "";
  else start = trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = trunc(end) || 0;
  if (end <= start) return "";
  const code = encoding === undefined ? UTF8 : knownEncoding(encoding);
  return decode(this, code, start, min(end, lengthOf(this)));
}

function write(string, offset, length, encoding) {
  if (typeof string !== "string") throw new ERR_NOT_STRING();
  const len = this.length;
  if (offset === undefined) return bufferWriteString(this, string, 0, len, UTF8);
  if (length === undefined && typeof offset === "string") {
    encoding = offset;
    length = len;
    offset = 0;
  } else {
    validateOffset(offset, "offset", 0, len);
    const remaining = len - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === "string") {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, "length", 0, len);
      if (length > remaining) length = remaining;
    }
  }
  const code = !encoding ? UTF8 : knownEncoding(encoding);
  return bufferWriteString(this, string, offset, length, code);
}

// Node's per-encoding helpers (buf.utf8Slice, buf.hexWrite, ...): plain
// indices, no encoding lookup, strict bounds.
const parseIndex = (value, fallback) => {
  if (value === undefined) return fallback;
  const n = trunc(+value) || 0;
  if (n < 0) throw new ERR_INDEX_OUT_OF_RANGE();
  return n;
};
const sliceMethod = (code) =>
  function (start, end) {
    const len = lengthOf(this);
    start = parseIndex(start, 0);
    end = parseIndex(end, len);
    if (end < start) end = start;
    if (end > len) throw new ERR_INDEX_OUT_OF_RANGE();
    return decode(this, code, start, end);
  };
const writeMethod = (code) =>
  function (string, offset, length) {
    if (typeof string !== "string") throw new ERR_NOT_STRING();
    const len = lengthOf(this);
    offset = parseIndex(offset, 0);
    if (offset > len) throw new ERR_BUFFER_OUT_OF_BOUNDS("offset");
    if (length === undefined) length = len - offset;
    else {
      length = trunc(+length) || 0;
      if (length < 0 || length > len - offset) throw new ERR_BUFFER_OUT_OF_BOUNDS("length");
    }
    if (length === 0) return 0;
    return bufferWriteString(this, string, offset, length, code);
  };

function toJSON() {
  const len = this.length;
  const data = new SafeArray(len);
  for (let i = 0; i < len; i++) data[i] = this[i];
  return { type: "Buffer", data };
}

// ---- Prototype: comparing, copying, slicing ----

function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw new ERR_INVALID_ARG_TYPE("otherBuffer", ["Buffer", "Uint8Array"], otherBuffer);
  if (this === otherBuffer) return true;
  const len = apply(typedArrayByteLength, this, []);
  if (len !== apply(typedArrayByteLength, otherBuffer, [])) return false;
  return len === 0 || bufferCompare(this, otherBuffer) === 0;
}

function compareMethod(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE("target", ["Buffer", "Uint8Array"], target);
  if (arguments.length === 1) return bufferCompare(this, target);
  targetStart = targetStart === undefined ? 0 : validateOffset(targetStart, "targetStart");
  targetEnd = targetEnd === undefined ? target.length : validateOffset(targetEnd, "targetEnd", 0, target.length);
  sourceStart = sourceStart === undefined ? 0 : validateOffset(sourceStart, "sourceStart");
  sourceEnd = sourceEnd === undefined ? this.length : validateOffset(sourceEnd, "sourceEnd", 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  const thisLen = lengthOf(this);
  const targetLen = lengthOf(target);
  if (sourceStart > thisLen) throw new OutOfRange("sourceStart", `<= ${thisLen}`, sourceStart);
  if (targetStart > targetLen) throw new OutOfRange("targetStart", `<= ${targetLen}`, targetStart);
  const source = rangeOf(this, sourceStart, min(sourceEnd, thisLen) - sourceStart);
  return bufferCompare(source, rangeOf(target, targetStart, min(targetEnd, targetLen) - targetStart));
}

const kMaxSafe = 2 ** 53 - 1;
// An integer from a loosely typed position (NaN and non-finite give `fallback`).
const toInteger = (value, fallback) => {
  const n = +value;
  if (numberIsNaN(n) || n < -kMaxSafe || n > kMaxSafe) return fallback;
  return floor(n);
};

// Any TypedArray may be the target (Node 24+): its bytes are written.
function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(this)) throw new ERR_INVALID_ARG_TYPE("source", ["Buffer", "Uint8Array"], this);
  if (!isTypedArray(target)) throw new ERR_INVALID_ARG_TYPE("target", ["Buffer", "Uint8Array"], target);
  target = viewBytes(target);
  const sourceLen = lengthOf(this);
  if (targetStart === undefined) targetStart = 0;
  else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new OutOfRange("targetStart", ">= 0", targetStart);
  }
  if (sourceStart === undefined) sourceStart = 0;
  else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > sourceLen) {
      throw new OutOfRange("sourceStart", `>= 0 && <= ${sourceLen}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) sourceEnd = sourceLen;
  else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new OutOfRange("sourceEnd", ">= 0", sourceEnd);
  }
  if (targetStart >= lengthOf(target) || sourceStart >= sourceEnd) return 0;
  return copyBytes(this, target, targetStart, sourceStart, sourceEnd - sourceStart);
}

// A position as slice() takes it: negative from the end, clamped to [0, length].
const slicePosition = (value, length) => {
  const n = trunc(value);
  if (n === 0 || numberIsNaN(n)) return 0;
  if (n < 0) return n + length > 0 ? n + length : 0;
  return n < length ? n : length;
};

// A Buffer sharing memory with `this` (a plain Uint8Array's too, as in Node).
function subarray(start, end) {
  const len = lengthOf(this);
  start = slicePosition(start, len);
  end = end === undefined ? len : slicePosition(end, len);
  return new FastBuffer(
    apply(typedArrayBuffer, this, []),
    apply(typedArrayByteOffset, this, []) + start,
    end > start ? end - start : 0,
  );
}

// ---- Prototype: fill ----

// Repeats `pattern` over buf[start, end), doubling what is written each step.
const fillPattern = (buf, pattern, start, end) => {
  const total = end - start;
  const first = min(lengthOf(pattern), total);
  apply(typedArraySet, buf, [rangeOf(pattern, 0, first), start]);
  let done = first;
  while (done < total) {
    const n = min(done, total - done);
    apply(copyWithin, buf, [start + done, start, start + n]);
    done += n;
  }
};

function fillBuffer(buf, value, offset, end, encoding) {
  let pattern;
  if (typeof value === "string") {
    if (encoding !== undefined && typeof encoding !== "string") {
      throw new ERR_INVALID_ARG_TYPE("encoding", "string", encoding);
    }
    const code = encoding === undefined ? UTF8 : knownEncoding(encoding);
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1 && (code === LATIN1 || (code === UTF8 && apply(stringCharCodeAt, value, [0]) < 0x80))) {
      value = apply(stringCharCodeAt, value, [0]) & 0xff;
    } else {
      pattern = bufferFromString(value, code);
    }
  } else if (isView(value)) {
    pattern = viewBytes(value);
  } else if (typeof value !== "number") {
    value = +value; // booleans and objects, as Node coerces them
  }
  // `end` came from the `length` a script can redefine: check the real one.
  const realLength = lengthOf(buf);
  if (offset > end || end > realLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  if (pattern === undefined) {
    apply(typedArrayFill, buf, [value & 255, offset, end]);
    return buf;
  }
  if (lengthOf(pattern) === 0) throw new ERR_INVALID_ARG_VALUE("value", value);
  if (offset < end) fillPattern(buf, pattern, offset, end);
  return buf;
}

function fill(value, offset, end, encoding) {
  if (typeof value === "string") {
    // Node's quirk: with no offset the encoding argument is ignored.
    if (offset === undefined || typeof offset === "string") {
      encoding = offset;
      offset = 0;
      end = this.length;
    } else if (typeof end === "string") {
      encoding = end;
      end = this.length;
    }
    if (encoding !== undefined && typeof encoding !== "string") {
      throw new ERR_INVALID_ARG_TYPE("encoding", "string", encoding);
    }
    if (encoding !== undefined) knownEncoding(encoding);
  }
  if (offset === undefined) {
    offset = 0;
    end = this.length;
  } else {
    validateOffset(offset, "offset");
    if (end === undefined) end = this.length;
    else validateOffset(end, "end", 0, this.length);
  }
  if (offset >= end) return this;
  return fillBuffer(this, value, offset, end, encoding);
}

// ---- Prototype: searching ----

function bidirectionalIndexOf(buf, value, byteOffset, encoding, forward) {
  if (!isView(buf)) throw new ERR_INVALID_ARG_TYPE("buffer", ["Buffer", "TypedArray", "DataView"], buf);
  const bytes = viewBytes(buf);
  const len = lengthOf(bytes);
  if (typeof byteOffset === "string") {
    encoding = byteOffset;
    byteOffset = undefined;
  }
  let offset = trunc(+byteOffset);
  if (numberIsNaN(offset)) offset = forward ? 0 : len;
  if (offset < 0) offset += len;

  if (typeof value === "number") {
    const byte = (value >>> 0) & 255;
    if (forward) return apply(typedArrayIndexOf, bytes, [byte, offset < 0 ? 0 : offset]);
    return offset < 0 ? -1 : apply(typedArrayLastIndexOf, bytes, [byte, offset]);
  }
  let needle;
  let code = UTF8;
  if (typeof value === "string") {
    if (encoding !== undefined) code = knownEncoding(encoding);
    needle = bufferFromString(value, code);
  } else if (isUint8Array(value)) {
    if (encoding !== undefined) code = encodingCode(encoding);
    needle = value;
  } else {
    throw new ERR_INVALID_ARG_TYPE("value", ["number", "string", "Buffer", "Uint8Array"], value);
  }
  let n = lengthOf(needle);
  if (n === 0) return offset < 0 ? 0 : offset > len ? len : offset;
  // UTF-16 is searched by whole code units, aligned to the buffer's start;
  // a needle's odd last byte is not part of any.
  const stride = code === UTF16LE ? 2 : 1;
  if (stride === 2) {
    if (len < 2 || n < 2) return -1;
    if (n % 2 === 1) needle = rangeOf(needle, 0, --n);
  }
  const last = stride === 2 ? (floor(len / 2) - floor(n / 2)) * 2 : len - n;
  if (last < 0) return -1;
  let start;
  if (forward) {
    start = offset < 0 ? 0 : stride === 2 ? floor(offset / 2) * 2 : offset;
    if (start > last) return -1;
  } else {
    if (offset < 0) return -1;
    start = stride === 2 ? floor(min(offset, last) / 2) * 2 : min(offset, last);
  }
  return bufferIndexOf(bytes, needle, start, forward, stride);
}

function indexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
}

function lastIndexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
}

function includes(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, true) !== -1;
}

// ---- Prototype: byte order ----

function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE("16-bits");
  for (let i = 0; i < len; i += 2) {
    const a = this[i];
    this[i] = this[i + 1];
    this[i + 1] = a;
  }
  return this;
}

function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE("32-bits");
  for (let i = 0; i < len; i += 4) {
    const a = this[i];
    const b = this[i + 1];
    this[i] = this[i + 3];
    this[i + 1] = this[i + 2];
    this[i + 2] = b;
    this[i + 3] = a;
  }
  return this;
}

function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE("64-bits");
  for (let i = 0; i < len; i += 8) {
    for (let j = 0; j < 4; j++) {
      const a = this[i + j];
      this[i + j] = this[i + 7 - j];
      this[i + 7 - j] = a;
    }
  }
  return this;
}

// ---- Prototype: numbers ----

function readUInt8(offset = 0) {
  checkOffsetType(offset);
  const value = this[offset];
  if (value === undefined) boundsError(offset, this.length - 1);
  return value;
}

function readInt8(offset = 0) {
  const value = readUInt8.call(this, offset);
  return value | ((value & 0x80) * 0x1fffffe);
}

function readUInt16LE(offset = 0) {
  checkBounds(this, offset, 2);
  return this[offset] + this[offset + 1] * 0x100;
}

function readUInt16BE(offset = 0) {
  checkBounds(this, offset, 2);
  return this[offset] * 0x100 + this[offset + 1];
}

function readInt16LE(offset = 0) {
  const value = readUInt16LE.call(this, offset);
  return value | ((value & 0x8000) * 0x1fffe);
}

function readInt16BE(offset = 0) {
  const value = readUInt16BE.call(this, offset);
  return value | ((value & 0x8000) * 0x1fffe);
}

function readUInt32LE(offset = 0) {
  checkBounds(this, offset, 4);
  return this[offset] + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + this[offset + 3] * 0x1000000;
}

function readUInt32BE(offset = 0) {
  checkBounds(this, offset, 4);
  return this[offset] * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + this[offset + 3];
}

function readInt32LE(offset = 0) {
  return readUInt32LE.call(this, offset) | 0;
}

function readInt32BE(offset = 0) {
  return readUInt32BE.call(this, offset) | 0;
}

// `size` (1 to 6) bytes as an unsigned integer.
const readUnsigned = (buf, offset, size, littleEndian) => {
  checkBounds(buf, offset, size);
  let value = 0;
  if (littleEndian) for (let i = size - 1; i >= 0; i--) value = value * 256 + buf[offset + i];
  else for (let i = 0; i < size; i++) value = value * 256 + buf[offset + i];
  return value;
};
const toSigned = (value, size) => (value >= 2 ** (size * 8 - 1) ? value - 2 ** (size * 8) : value);

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE("offset", "number", offset);
  checkByteLength(byteLength);
  return readUnsigned(this, offset, byteLength, true);
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE("offset", "number", offset);
  checkByteLength(byteLength);
  return readUnsigned(this, offset, byteLength, false);
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE("offset", "number", offset);
  checkByteLength(byteLength);
  return toSigned(readUnsigned(this, offset, byteLength, true), byteLength);
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE("offset", "number", offset);
  checkByteLength(byteLength);
  return toSigned(readUnsigned(this, offset, byteLength, false), byteLength);
}

// Integer stores: a typed-array store keeps the low 8 bits and `>>>` shifts
// the 32-bit two's complement, so negatives and fractions come out as
// Node writes them. Each returns the offset after what it wrote.
const put16 = (buf, value, offset, littleEndian) => {
  buf[littleEndian ? offset : offset + 1] = value;
  buf[littleEndian ? offset + 1 : offset] = value >>> 8;
  return offset + 2;
};
const put32 = (buf, value, offset, littleEndian) => {
  if (littleEndian) {
    buf[offset] = value;
    buf[offset + 1] = value >>> 8;
    buf[offset + 2] = value >>> 16;
    buf[offset + 3] = value >>> 24;
  } else {
    buf[offset] = value >>> 24;
    buf[offset + 1] = value >>> 16;
    buf[offset + 2] = value >>> 8;
    buf[offset + 3] = value;
  }
  return offset + 4;
};
// Any size up to 6 bytes (beyond 32 bits the high part is divided off).
const putBytes = (buf, value, offset, size, littleEndian) => {
  let low = value >>> 0;
  let high = size > 4 ? floor(value / 2 ** 32) >>> 0 : 0;
  for (let i = 0; i < size; i++) {
    buf[littleEndian ? offset + i : offset + size - 1 - i] = i < 4 ? low : high;
    if (i < 4) low >>>= 8;
    else high >>>= 8;
  }
  return offset + size;
};

const checkWrite = (buf, value, offset, size, lo, hi) => {
  if (size === 1) checkOffsetType(offset); // Node checks the one-byte offset first
  checkInt(value, lo, hi, size);
  checkBounds(buf, offset, size);
};

function writeUInt8(value, offset = 0) {
  value = +value;
  checkWrite(this, value, offset, 1, 0, 0xff);
  this[offset] = value;
  return offset + 1;
}
function writeInt8(value, offset = 0) {
  value = +value;
  checkWrite(this, value, offset, 1, -0x80, 0x7f);
  this[offset] = value;
  return offset + 1;
}
function writeUInt16LE(value, offset = 0) {
  value = +value;
  checkWrite(this, value, offset, 2, 0, 0xffff);
  return put16(this, value, offset, true);
}
function writeUInt16BE(value, offset = 0) {
  value = +value;
  checkWrite(this, value, offset, 2, 0, 0xffff);
  return put16(this, value, offset, false);
}
function writeInt16LE(value, offset = 0) {
  value = +value;
  checkWrite(this, value, offset, 2, -0x8000, 0x7fff);
  return put16(this, value, offset, true);
}
function writeInt16BE(value, offset = 0) {
  value = +value;
  checkWrite(this, value, offset, 2, -0x8000, 0x7fff);
  return put16(this, value, offset, false);
}
function writeUInt32LE(value, offset = 0) {
  value = +value;
  checkWrite(this, value, offset, 4, 0, 0xffffffff);
  return put32(this, value, offset, true);
}
function writeUInt32BE(value, offset = 0) {
  value = +value;
  checkWrite(this, value, offset, 4, 0, 0xffffffff);
  return put32(this, value, offset, false);
}
function writeInt32LE(value, offset = 0) {
  value = +value;
  checkWrite(this, value, offset, 4, -0x80000000, 0x7fffffff);
  return put32(this, value, offset, true);
}
function writeInt32BE(value, offset = 0) {
  value = +value;
  checkWrite(this, value, offset, 4, -0x80000000, 0x7fffffff);
  return put32(this, value, offset, false);
}

// writeUIntLE and friends: `byteLength` 1 to 6.
const writeSized = (buf, value, offset, size, signed, littleEndian) => {
  value = +value;
  const bits = size * 8;
  checkWrite(buf, value, offset, size, signed ? -(2 ** (bits - 1)) : 0, signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1);
  return putBytes(buf, value, offset, size, littleEndian);
};

function writeUIntLE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return writeSized(this, value, offset, byteLength, false, true);
}
function writeUIntBE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return writeSized(this, value, offset, byteLength, false, false);
}
function writeIntLE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return writeSized(this, value, offset, byteLength, true, true);
}
function writeIntBE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return writeSized(this, value, offset, byteLength, true, false);
}

// The two 32-bit halves of the 8 bytes at `offset`: [high, low].
const readHalves = (buf, offset, littleEndian) => {
  checkBounds(buf, offset, 8);
  const word = (at) =>
    littleEndian
      ? buf[at] + buf[at + 1] * 0x100 + buf[at + 2] * 0x10000 + buf[at + 3] * 0x1000000
      : buf[at] * 0x1000000 + buf[at + 1] * 0x10000 + buf[at + 2] * 0x100 + buf[at + 3];
  return littleEndian ? [word(offset + 4), word(offset)] : [word(offset), word(offset + 4)];
};

function readBigUInt64LE(offset = 0) {
  const [high, low] = readHalves(this, offset, true);
  return (SafeBigInt(high) << 32n) + SafeBigInt(low);
}
function readBigUInt64BE(offset = 0) {
  const [high, low] = readHalves(this, offset, false);
  return (SafeBigInt(high) << 32n) + SafeBigInt(low);
}
function readBigInt64LE(offset = 0) {
  const [high, low] = readHalves(this, offset, true);
  return (SafeBigInt(high | 0) << 32n) + SafeBigInt(low);
}
function readBigInt64BE(offset = 0) {
  const [high, low] = readHalves(this, offset, false);
  return (SafeBigInt(high | 0) << 32n) + SafeBigInt(low);
}

const writeBig = (buf, value, offset, signed, littleEndian) => {
  const lo = signed ? -(2n ** 63n) : 0n;
  const hi = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  checkInt(value, lo, hi, 8);
  checkBounds(buf, offset, 8);
  const low = SafeNumber(value & 0xffffffffn);
  const high = SafeNumber((value >> 32n) & 0xffffffffn);
  put32(buf, low, littleEndian ? offset : offset + 4, littleEndian);
  put32(buf, high, littleEndian ? offset + 4 : offset, littleEndian);
  return offset + 8;
};

function writeBigUInt64LE(value, offset = 0) {
  return writeBig(this, value, offset, false, true);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBig(this, value, offset, false, false);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBig(this, value, offset, true, true);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBig(this, value, offset, true, false);
}

// Floats go through a private 8-byte scratch view; nothing is kept between calls.
const scratch = new SafeDataView(new SafeArrayBuffer(8));
const { getFloat32, getFloat64, setFloat32, setFloat64, getUint8, setUint8 } = DataView.prototype;
const toScratch = (buf, offset, size) => {
  checkBounds(buf, offset, size);
  for (let i = 0; i < size; i++) apply(setUint8, scratch, [i, buf[offset + i]]);
};
const fromScratch = (buf, offset, size) => {
  for (let i = 0; i < size; i++) buf[offset + i] = apply(getUint8, scratch, [i]);
  return offset + size;
};

function readFloatLE(offset = 0) {
  toScratch(this, offset, 4);
  return apply(getFloat32, scratch, [0, true]);
}
function readFloatBE(offset = 0) {
  toScratch(this, offset, 4);
  return apply(getFloat32, scratch, [0, false]);
}
function readDoubleLE(offset = 0) {
  toScratch(this, offset, 8);
  return apply(getFloat64, scratch, [0, true]);
}
function readDoubleBE(offset = 0) {
  toScratch(this, offset, 8);
  return apply(getFloat64, scratch, [0, false]);
}

const writeFloat = (buf, value, offset, size, littleEndian) => {
  value = +value;
  checkBounds(buf, offset, size);
  apply(size === 4 ? setFloat32 : setFloat64, scratch, [0, value, littleEndian]);
  return fromScratch(buf, offset, size);
};

function writeFloatLE(value, offset = 0) {
  return writeFloat(this, value, offset, 4, true);
}
function writeFloatBE(value, offset = 0) {
  return writeFloat(this, value, offset, 4, false);
}
function writeDoubleLE(value, offset = 0) {
  return writeFloat(this, value, offset, 8, true);
}
function writeDoubleBE(value, offset = 0) {
  return writeFloat(this, value, offset, 8, false);
}

// ---- Prototype: inspection ----

const INSPECT_EXTRAS_MAX = 64 * 1024;
const isIndexKey = (key) => typeof key === "string" && key !== "" && `${+key >>> 0}` === key;
const HEX_PAIRS = /(.{2})(?!$)/g;

// `<Buffer 68 69>`, at most INSPECT_MAX_BYTES bytes, then any own
// enumerable non-index properties (formatted with the inspect Node passes in).
function inspect(recurseTimes, ctx, inspectFn) {
  const len = this.length;
  const shown = min(INSPECT_MAX_BYTES, len);
  let str = apply(stringReplace, decode(this, HEX, 0, shown), [HEX_PAIRS, "$1 "]);
  const remaining = len - INSPECT_MAX_BYTES;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? "s" : ""}`;
  // Own properties besides the bytes; listing keys lists every index too,
  // so a large buffer's extras are not looked for.
  if (ctx && typeof inspectFn === "function" && len <= INSPECT_EXTRAS_MAX) {
    const extras = { __proto__: null };
    let any = false;
    const keys = ownKeys(this);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (isIndexKey(key)) continue;
      if (!ctx.showHidden && !getOwnPropertyDescriptor(this, key)?.enumerable) continue;
      extras[key] = this[key];
      any = true;
    }
    if (any) {
      const text = inspectFn(extras, { ...ctx, breakLength: Infinity, compact: true });
      // `[Object: null prototype] { a: 1 }` -> `a: 1`
      const body = text.slice(text.indexOf("{") + 2, -2);
      str += `${len !== 0 ? ", " : ""}${body}`;
    }
  }
  return `<${this.constructor.name} ${str}>`;
}

// ---- The prototype ----

// Plain functions (as Node's are), assigned so they are enumerable as in Node.
const methods = {
  readBigUInt64LE,
  readBigUInt64BE,
  readBigUint64LE: readBigUInt64LE,
  readBigUint64BE: readBigUInt64BE,
  readBigInt64LE,
  readBigInt64BE,
  writeBigUInt64LE,
  writeBigUInt64BE,
  writeBigUint64LE: writeBigUInt64LE,
  writeBigUint64BE: writeBigUInt64BE,
  writeBigInt64LE,
  writeBigInt64BE,
  readUIntLE,
  readUInt32LE,
  readUInt16LE,
  readUInt8,
  readUIntBE,
  readUInt32BE,
  readUInt16BE,
  readUintLE: readUIntLE,
  readUint32LE: readUInt32LE,
  readUint16LE: readUInt16LE,
  readUint8: readUInt8,
  readUintBE: readUIntBE,
  readUint32BE: readUInt32BE,
  readUint16BE: readUInt16BE,
  readIntLE,
  readInt32LE,
  readInt16LE,
  readInt8,
  readIntBE,
  readInt32BE,
  readInt16BE,
  writeUIntLE,
  writeUInt32LE,
  writeUInt16LE,
  writeUInt8,
  writeUIntBE,
  writeUInt32BE,
  writeUInt16BE,
  writeUintLE: writeUIntLE,
  writeUint32LE: writeUInt32LE,
  writeUint16LE: writeUInt16LE,
  writeUint8: writeUInt8,
  writeUintBE: writeUIntBE,
  writeUint32BE: writeUInt32BE,
  writeUint16BE: writeUInt16BE,
  writeIntLE,
  writeInt32LE,
  writeInt16LE,
  writeInt8,
  writeIntBE,
  writeInt32BE,
  writeInt16BE,
  readFloatLE,
  readFloatBE,
  readDoubleLE,
  readDoubleBE,
  writeFloatLE,
  writeFloatBE,
  writeDoubleLE,
  writeDoubleBE,
  asciiSlice: sliceMethod(ASCII),
  base64Slice: sliceMethod(BASE64),
  base64urlSlice: sliceMethod(BASE64URL),
  latin1Slice: sliceMethod(LATIN1),
  hexSlice: sliceMethod(HEX),
  ucs2Slice: sliceMethod(UTF16LE),
  utf8Slice: sliceMethod(UTF8),
  asciiWrite: writeMethod(ASCII),
  base64Write: writeMethod(BASE64),
  base64urlWrite: writeMethod(BASE64URL),
  latin1Write: writeMethod(LATIN1),
  hexWrite: writeMethod(HEX),
  ucs2Write: writeMethod(UTF16LE),
  utf8Write: writeMethod(UTF8),
};
for (const name of ownKeys(methods)) {
  const fn = methods[name];
  // The shared helpers take their name here (`hexSlice`, ...).
  if (fn.name === "") defineProperty(fn, "name", { value: name });
  BufferPrototype[name] = fn;
}

// Node's `parent` and `offset`: the viewed ArrayBuffer and where the view starts.
defineProperty(BufferPrototype, "parent", {
  get() {
    return this instanceof Buffer ? this.buffer : undefined;
  },
  enumerable: true,
  configurable: true,
});
defineProperty(BufferPrototype, "offset", {
  get() {
    return this instanceof Buffer ? this.byteOffset : undefined;
  },
  enumerable: true,
  configurable: true,
});

BufferPrototype.copy = copy;
BufferPrototype.toString = toString;
BufferPrototype.equals = equals;
defineProperty(compareMethod, "name", { value: "compare" });
BufferPrototype.inspect = inspect;
BufferPrototype[Symbol.for("nodejs.util.inspect.custom")] = inspect;
BufferPrototype.compare = compareMethod;
BufferPrototype.indexOf = indexOf;
BufferPrototype.lastIndexOf = lastIndexOf;
BufferPrototype.includes = includes;
BufferPrototype.fill = fill;
BufferPrototype.write = write;
BufferPrototype.toJSON = toJSON;
BufferPrototype.subarray = subarray;
// As Node's: on a plain Uint8Array it gives that class's subarray.
BufferPrototype.slice = function slice(start, end) {
  return this.subarray(start, end);
};
BufferPrototype.swap16 = swap16;
BufferPrototype.swap32 = swap32;
BufferPrototype.swap64 = swap64;
BufferPrototype.toLocaleString = toString;

// ---- SlowBuffer (deprecated in Node, kept for old code) ----

export function SlowBuffer(size) {
  validateSize(size);
  return new FastBuffer(size);
}
SlowBuffer.prototype = BufferPrototype;
setPrototypeOf(SlowBuffer, Uint8Array);

// ---- transcode ----

const TRANSCODE_NAMES = {
  __proto__: null,
  ascii: ASCII,
  latin1: LATIN1,
  binary: LATIN1,
  ucs2: UTF16LE,
  "ucs-2": UTF16LE,
  utf16le: UTF16LE,
  "utf-16le": UTF16LE,
  utf8: UTF8,
  "utf-8": UTF8,
};
const transcodeError = (code) => {
  const err = new SafeError(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = code === "U_ILLEGAL_ARGUMENT_ERROR" ? 1 : 10;
  return err;
};
const HIGH_BYTES = /[\x80-\xff]/g;
const ILL_FORMED = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NOT_LATIN1 = /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\xff]/g;
const NOT_ASCII = /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7f]/g;

// Re-encodes `source` from one of Node's ICU-backed encodings to another:
// what the target cannot hold becomes `?`, as ICU's converters do.
export function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE("source", ["Buffer", "Uint8Array"], source);
  if (lengthOf(source) === 0) return new FastBuffer();
  const from = TRANSCODE_NAMES[apply(toLowerCase, `${fromEncoding}`, [])];
  const to = TRANSCODE_NAMES[apply(toLowerCase, `${toEncoding}`, [])];
  if (from === undefined || to === undefined) throw transcodeError("U_ILLEGAL_ARGUMENT_ERROR");
  let text = decode(source, from === ASCII ? LATIN1 : from, 0, lengthOf(source));
  // Bytes over 0x7f are not ASCII: ICU reads them as U+FFFD.
  if (from === ASCII) text = apply(stringReplace, text, [HIGH_BYTES, "\ufffd"]);
  if (to === UTF16LE || to === UTF8) {
    if (from === UTF16LE && to === UTF8 && apply(regExpTest, ILL_FORMED, [text])) {
      throw transcodeError("U_INVALID_CHAR_FOUND");
    }
    if (from === UTF8 && to === UTF16LE && !isUtf8Bytes(source)) {
      throw transcodeError("U_INVALID_CHAR_FOUND");
    }
    return wrap(bufferFromString(text, to));
  }
  text = apply(stringReplace, text, [to === ASCII ? NOT_ASCII : NOT_LATIN1, "?"]);
  return wrap(bufferFromString(text, LATIN1));
}

// ---- isUtf8, isAscii ----

// The bytes of an ArrayBuffer, view or Buffer; Node's errors otherwise.
const validatedBytes = (input) => {
  if (isView(input)) {
    const bytes = viewBytes(input);
    if (isDetached(apply(typedArrayBuffer, bytes, []))) {
      throw new ERR_INVALID_STATE("Cannot validate on a detached buffer");
    }
    return bytes;
  }
  if (isAnyArrayBuffer(input)) {
    if (isArrayBuffer(input) && isDetached(input)) {
      throw new ERR_INVALID_STATE("Cannot validate on a detached buffer");
    }
    return new SafeUint8Array(input);
  }
  throw new ERR_INVALID_ARG_TYPE("input", ["ArrayBuffer", "Buffer", "TypedArray"], input);
};

const isUtf8Bytes = (bytes) => {
  try {
    utf8Decode(bytes, true);
    return true;
  } catch {
    return false;
  }
};

export function isUtf8(input) {
  return isUtf8Bytes(validatedBytes(input));
}

export function isAscii(input) {
  const bytes = validatedBytes(input);
  // A latin1 string is one-byte: the regexp scan is V8's, not a JS loop.
  return !apply(regExpTest, /[^\x00-\x7f]/, [decode(bytes, LATIN1, 0, lengthOf(bytes))]);
}

// ---- atob, btoa (Node's checks and errors) ----

const NOT_BASE64 = /[^A-Za-z0-9+/=\t\n\f\r ]/;
const BASE64_WHITESPACE = /[\t\n\f\r ]/g;

export function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS("input");
  input = `${input}`;
  if (apply(regExpTest, /[^\x00-\xff]/, [input])) throw new DOMException("Invalid character", "InvalidCharacterError");
  return decode(bufferFromString(input, LATIN1), BASE64, 0, input.length);
}

export function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS("input");
  input = `${input}`;
  if (apply(regExpTest, NOT_BASE64, [input])) throw new DOMException("Invalid character", "InvalidCharacterError");
  const data = apply(stringReplace, input, [BASE64_WHITESPACE, ""]);
  // Forgiving-base64, with Node's two messages in Node's order: up to two
  // `=`, only at the end; then the length without them; then that `=` only
  // ends a multiple of four characters.
  const padAt = data.indexOf("=");
  const body = padAt === -1 ? data : data.slice(0, padAt);
  const padding = padAt === -1 ? "" : data.slice(padAt);
  if (padding !== "" && padding !== "=" && padding !== "==") {
    throw new DOMException("Invalid character", "InvalidCharacterError");
  }
  if (body.length % 4 === 1) {
    throw new DOMException("The string to be decoded is not correctly encoded.", "InvalidCharacterError");
  }
  if (padding !== "" && data.length % 4 !== 0) throw new DOMException("Invalid character", "InvalidCharacterError");
  const bytes = bufferFromString(body, BASE64);
  return decode(bytes, LATIN1, 0, lengthOf(bytes));
}

// ---- Blob URLs: nano has none to resolve ----

export function resolveObjectURL(url) {
  void `${url}`;
  return undefined;
}

export { Blob, File };

// What `require("buffer")` gives: INSPECT_MAX_BYTES as an accessor, as in Node.
const buffer = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob,
  resolveObjectURL,
  File,
};
defineProperty(buffer, "INSPECT_MAX_BYTES", {
  get() {
    return INSPECT_MAX_BYTES;
  },
  set(value) {
    validateNumber(value, "INSPECT_MAX_BYTES", 0);
    INSPECT_MAX_BYTES = value;
  },
  enumerable: true,
  configurable: true,
});
export default buffer;
