// Shared helpers for the other bootstrap modules. Modules share code through
// imports, never through the global object.
import { StringPrototypeCharCodeAt } from "./primordials.js";

// Globals are defined like WebIDL interface members: writable, configurable,
// not enumerable.
export function defineGlobal(name, value) {
  Object.defineProperty(globalThis, name, {
    value,
    writable: true,
    configurable: true,
    enumerable: false,
  });
};

// WebIDL members are enumerable (JS class members are not) and interfaces
// carry a Symbol.toStringTag.
export function finishClass(cls, tag) {
  for (const key of Object.getOwnPropertyNames(cls.prototype)) {
    if (key === "constructor") continue;
    const desc = Object.getOwnPropertyDescriptor(cls.prototype, key);
    desc.enumerable = true;
    Object.defineProperty(cls.prototype, key, desc);
  }
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    value: tag,
    configurable: true,
  });
};

// WebIDL ByteString: every code unit must be <= 0xFF.
export function toByteString(value, what) {
  const s = String(value);
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0xff) {
      throw new TypeError(`${what}: ${JSON.stringify(s)} is not a valid ByteString`);
    }
  }
  return s;
};

// RFC 9110 token characters, by char code.
const TOKEN_CHARS = new Uint8Array(128);
for (const c of "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
  TOKEN_CHARS[c.charCodeAt(0)] = 1;
}
export function isToken(s) {
  for (let i = 0; i < s.length; i++) {
    const c = StringPrototypeCharCodeAt(s, i);
    if (c >= 128 || TOKEN_CHARS[c] === 0) return false;
  }
  return s.length > 0;
};

// WebIDL USVString: lone surrogates become U+FFFD.
export function toUSVString(value) {
  return String(value).toWellFormed();
};

// Brand checks that need no global: V8 may add SharedArrayBuffer to a
// context only after the snapshot is deserialised (where the lockdown lets
// a script have it), so there is no constructor to capture here. Getters
// captured at bootstrap: ArrayBuffer's byteLength throws on anything but a
// (non-shared) ArrayBuffer, and TypedArray's/DataView's buffer getters are
// what a view really views.
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get;
const arrayBufferDetached = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "detached").get;
const arrayBufferTransfer = ArrayBuffer.prototype.transfer;
const typedArrayBuffer = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype),
  "buffer",
).get;
const dataViewBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, "buffer").get;
// An ArrayBuffer's byteLength; throws a TypeError for anything else
// (shared memory included).
export const bufferByteLength = (buffer) => Reflect.apply(arrayBufferByteLength, buffer, []);
export const isDetachedBuffer = (buffer) => Reflect.apply(arrayBufferDetached, buffer, []);
// The standard's TransferArrayBuffer: a new ArrayBuffer with the bytes,
// `buffer` detached; a TypeError for a detached, shared or
// non-transferable (WebAssembly) buffer.
export const transferBuffer = (buffer) => Reflect.apply(arrayBufferTransfer, buffer, []);
const isPlainArrayBuffer = (value) => {
  try {
    bufferByteLength(value);
    return true;
  } catch {
    return false;
  }
};
// The buffer a typed array or DataView views.
export const viewedBuffer = (view) =>
  Reflect.apply(view instanceof DataView ? dataViewBuffer : typedArrayBuffer, view, []);

// A BufferSource's bytes (as asBytes), or null when `value` is none or is
// shared memory or a view of it: never a byte stream's chunk, as another
// thread could change it while nano reads it.
export const unsharedBytes = (value) => {
  if (ArrayBuffer.isView(value)) return isPlainArrayBuffer(viewedBuffer(value)) ? asBytes(value) : null;
  return isPlainArrayBuffer(value) ? new Uint8Array(value) : null;
};

// BufferSource (ArrayBuffer or a view of one) as a Uint8Array over the same
// memory; null when `value` is neither.
export function asBytes(value) {
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) {
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  }
  if (
    value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === "function" && value instanceof SharedArrayBuffer)
  ) {
    return new Uint8Array(value);
  }
  return null;
};

// Lists of [name, value] entries (URLSearchParams, FormData): the standard's
// get, getAll and set, shared.
export const listGet = (list, name) => {
  const e = list.find((e) => e[0] === name);
  return e === undefined ? null : e[1];
};
export const listGetAll = (list, name) => list.filter((e) => e[0] === name).map((e) => e[1]);
// Replaces the first entry named like `entry` and drops the other ones of
// that name, or appends; returns the new list.
export const listSet = (list, entry) => {
  const i = list.findIndex((e) => e[0] === entry[0]);
  if (i === -1) return [...list, entry];
  const out = list.filter((e, j) => j <= i || e[0] !== entry[0]);
  out[i] = entry;
  return out;
};
