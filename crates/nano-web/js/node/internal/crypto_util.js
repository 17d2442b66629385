// What node:crypto's parts share: bytes from Node's argument types, output
// encodings, and callbacks delivered in a later task.
import { Buffer } from "../buffer.js";
import { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } from "./errors.js";
import { setTimer } from "../../web/timers.js";
import { StringPrototypeToLowerCase } from "../../nano/primordials.js";

const { apply } = Reflect;
const { isView } = ArrayBuffer;
const SafeUint8Array = Uint8Array;
const SafeArrayBuffer = ArrayBuffer;
const TypedArrayPrototypeSlice = Uint8Array.prototype.slice;
const ObjectPrototypeToString = Object.prototype.toString;

export const BYTES_TYPES = ["string", "ArrayBuffer", "Buffer", "TypedArray", "DataView"];

// An ArrayBuffer or SharedArrayBuffer as a Uint8Array over it, else null.
export const bufferBytes = (value) => {
  if (value instanceof SafeArrayBuffer) return new SafeUint8Array(value);
  if (value !== null && typeof value === "object" && apply(ObjectPrototypeToString, value, []) === "[object SharedArrayBuffer]") {
    const bytes = new SafeUint8Array(value);
    return bytes.buffer === value ? bytes : null;
  }
  return null;
};

// A view's bytes as a Uint8Array over the same memory.
export const viewBytes = (view) =>
  view instanceof SafeUint8Array ? view : new SafeUint8Array(view.buffer, view.byteOffset, view.byteLength);

// Node's "ArrayBuffer or view": a string in `encoding`, an ArrayBuffer or a
// view, as a Uint8Array (over the caller's memory when it was bytes).
export const bytesOf = (value, name, encoding = "utf8", types = BYTES_TYPES) => {
  if (typeof value === "string") return Buffer.from(value, encoding);
  if (isView(value)) return viewBytes(value);
  const bytes = bufferBytes(value);
  if (bytes === null) throw new ERR_INVALID_ARG_TYPE(name, types, value);
  return bytes;
};

// A copy the caller cannot change afterwards.
export const copyOf = (bytes) => apply(TypedArrayPrototypeSlice, bytes, []);

// Output as Node's digest(encoding) gives it: a Buffer for none, "buffer"
// or an encoding Node does not know, else a string.
export const encodeOutput = (buffer, encoding) => {
  if (!encoding) return buffer;
  const name = `${encoding}`;
  if (name === "buffer" || !Buffer.isEncoding(name)) return buffer;
  return buffer.toString(name);
};

// A string's encoding as Hash.update reads it: hex data must have an even
// length; an encoding Node does not know is UTF-8.
export const inputEncoding = (data, encoding) => {
  if (typeof encoding !== "string" || !Buffer.isEncoding(encoding)) return "utf8";
  if (StringPrototypeToLowerCase(encoding) === "hex" && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE("encoding", encoding, `is invalid for data of length ${data.length}`);
  }
  return encoding;
};

// Runs `callback(...args)` in a later task, as Node's thread pool would.
export const later = (callback, ...args) => {
  setTimer(callback, 0, false, args);
};

// Runs `derive` now (the inputs as they are at the call), and hands its
// result, or what it threw, to `callback` in a later task.
export const deliver = (callback, derive) => {
  let result;
  try {
    result = derive();
  } catch (err) {
    later(callback, err);
    return;
  }
  later(callback, null, result);
};
