// Blob, File and FormData, with multipart/form-data both ways. Contents are
// held whole in memory, as bodies are.
import { randomFill } from "nano:natives";
import { TextEncoder, decodeUtf8, latin1String } from "./encoding.js";
import { asBytes, defineGlobal, finishClass, listGet, listGetAll, listSet, toUSVString } from "../nano/util.js";

// Set inside class bodies (they reach private fields).
export let blobBytes, blobFromBytes, formDataList;

const encoder = new TextEncoder();

function normalizeType(type) {
  const t = type === undefined ? "" : String(type);
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return "";
  }
  return t.toLowerCase();
}

export function concat(chunks) {
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export class Blob {
  #bytes;
  #type;
  constructor(parts = [], options = {}) {
    if (parts === null || typeof parts !== "object" || typeof parts[Symbol.iterator] !== "function") {
      throw new TypeError("Blob: blobParts must be a sequence");
    }
    const chunks = [];
    for (const part of parts) {
      if (part instanceof Blob) chunks.push(part.#bytes);
      else {
        const bytes = asBytes(part);
        chunks.push(bytes !== null ? bytes.slice() : encoder.encode(String(part)));
      }
    }
    this.#bytes = concat(chunks);
    this.#type = normalizeType(options?.type);
  }
  get size() {
    return this.#bytes.length;
  }
  get type() {
    return this.#type;
  }
  slice(start = 0, end = this.#bytes.length, contentType = "") {
    const n = this.#bytes.length;
    const clamp = (v) => (v < 0 ? Math.max(n + v, 0) : Math.min(v, n));
    const from = clamp(Math.trunc(Number(start)) || 0);
    const to = clamp(end === undefined ? n : Math.trunc(Number(end)) || 0);
    const b = new Blob([], { type: contentType });
    b.#bytes = this.#bytes.slice(from, Math.max(from, to));
    return b;
  }
  text() {
    return Promise.resolve(decodeUtf8(this.#bytes));
  }
  arrayBuffer() {
    return Promise.resolve(this.#bytes.slice().buffer);
  }
  bytes() {
    return Promise.resolve(this.#bytes.slice());
  }
  static {
    blobBytes = (b) => b.#bytes;
    blobFromBytes = (bytes, type) => {
      const b = new Blob([], { type });
      b.#bytes = bytes;
      return b;
    };
  }
}
finishClass(Blob, "Blob");

class File extends Blob {
  #name;
  #lastModified;
  constructor(parts, name, options = {}) {
    if (arguments.length < 2) throw new TypeError("File: 2 arguments required");
    super(parts, options);
    this.#name = String(name);
    this.#lastModified = options?.lastModified === undefined ? Date.now() : Number(options.lastModified);
  }
  get name() {
    return this.#name;
  }
  get lastModified() {
    return this.#lastModified;
  }
}
finishClass(File, "File");

function toEntryValue(value, filename) {
  if (value instanceof Blob) {
    if (value instanceof File && filename === undefined) return value;
    const name = filename === undefined ? "blob" : String(filename);
    return new File([value], name, { type: value.type, lastModified: value instanceof File ? value.lastModified : undefined });
  }
  return toUSVString(value);
}

export class FormData {
  #list = [];
  constructor(form = undefined) {
    if (form !== undefined) throw new TypeError("FormData: a form element is not supported here");
  }
  append(name, value, filename = undefined) {
    this.#list.push([toUSVString(name), toEntryValue(value, filename)]);
  }
  delete(name) {
    name = toUSVString(name);
    this.#list = this.#list.filter((e) => e[0] !== name);
  }
  get(name) {
    return listGet(this.#list, toUSVString(name));
  }
  getAll(name) {
    return listGetAll(this.#list, toUSVString(name));
  }
  has(name) {
    name = toUSVString(name);
    return this.#list.some((e) => e[0] === name);
  }
  set(name, value, filename = undefined) {
    this.#list = listSet(this.#list, [toUSVString(name), toEntryValue(value, filename)]);
  }
  forEach(callback, thisArg = undefined) {
    for (const [k, v] of this.#list) callback.call(thisArg, v, k, this);
  }
  *entries() {
    for (const [k, v] of this.#list) yield [k, v];
  }
  *keys() {
    for (const [k] of this.#list) yield k;
  }
  *values() {
    for (const [, v] of this.#list) yield v;
  }
  static {
    formDataList = (f) => f.#list;
  }
}
finishClass(FormData, "FormData");
Object.defineProperty(FormData.prototype, Symbol.iterator, {
  value: FormData.prototype.entries,
  writable: true,
  configurable: true,
});

const escapeName = (s) => s.replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/"/g, "%22");

// FormData -> { bytes, boundary } (multipart/form-data, RFC 7578).
export const multipartEncode = (form) => {
  const random = new Uint8Array(12);
  randomFill(random);
  const boundary = "----nano" + Array.from(random, (b) => b.toString(16).padStart(2, "0")).join("");
  const chunks = [];
  for (const [name, value] of formDataList(form)) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"`;
    if (typeof value === "string") {
      chunks.push(encoder.encode(`${head}\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, "\r\n")}\r\n`));
    } else {
      head += `; filename="${escapeName(value.name)}"\r\nContent-Type: ${value.type || "application/octet-stream"}\r\n\r\n`;
      chunks.push(encoder.encode(head), blobBytes(value), encoder.encode("\r\n"));
    }
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  return { bytes: concat(chunks), boundary };
};

function indexOf(bytes, pattern, from) {
  outer: for (let i = from; i <= bytes.length - pattern.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return i;
  }
  return -1;
}

function headerParam(header, key) {
  const m = new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, "i").exec(header) ?? new RegExp(`;\\s*${key}=([^;\\s]+)`, "i").exec(header);
  return m ? m[1].replace(/\\(.)/g, "$1").replace(/%22/g, '"').replace(/%0D/g, "\r").replace(/%0A/g, "\n") : null;
}

// multipart/form-data bytes -> FormData; TypeError when malformed.
export const multipartDecode = (bytes, contentType) => {
  const boundary = headerParam(contentType, "boundary");
  if (!boundary) throw new TypeError("formData(): multipart/form-data without a boundary");
  const delimiter = encoder.encode(`--${boundary}`);
  const form = new FormData();
  let at = indexOf(bytes, delimiter, 0);
  if (at === -1) throw new TypeError("formData(): the body has no multipart boundary");
  for (;;) {
    at += delimiter.length;
    if (bytes[at] === 0x2d && bytes[at + 1] === 0x2d) return form; // closing "--"
    if (bytes[at] === 0x0d && bytes[at + 1] === 0x0a) at += 2;
    const headEnd = indexOf(bytes, encoder.encode("\r\n\r\n"), at);
    if (headEnd === -1) throw new TypeError("formData(): a part has no header end");
    const head = latin1String(bytes.subarray(at, headEnd));
    const next = indexOf(bytes, delimiter, headEnd + 4);
    if (next === -1) throw new TypeError("formData(): a part is not terminated");
    const body = bytes.subarray(headEnd + 4, next - 2); // minus the CRLF before the delimiter
    let disposition = "";
    let type = "";
    for (const line of head.split("\r\n")) {
      const colon = line.indexOf(":");
      if (colon === -1) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      if (name === "content-disposition") disposition = line.slice(colon + 1);
      else if (name === "content-type") type = line.slice(colon + 1).trim();
    }
    const name = headerParam(disposition, "name");
    if (name === null) throw new TypeError("formData(): a part has no name");
    const filename = headerParam(disposition, "filename");
    if (filename !== null) form.append(name, new File([body], filename, { type }));
    else form.append(name, decodeUtf8(body));
    at = next;
  }
};

defineGlobal("Blob", Blob);
defineGlobal("File", File);
defineGlobal("FormData", FormData);
