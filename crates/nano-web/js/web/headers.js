// Headers (WHATWG Fetch). The header list keeps every entry in insertion order
// with lower-cased names, so repeated names (Set-Cookie) survive to the host;
// iteration follows the standard: sorted, combined, Set-Cookie kept apart.
import {
  JSONStringify,
  SafeString,
  SafeTypeError,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  safePush,
} from "../nano/primordials.js";
import { defineGlobal, finishClass, isToken } from "../nano/util.js";

// Set inside class bodies (they reach private fields).
export let headersCopy, headersFromFlat, headersMakeImmutable, headersSetDefault, headersToFlat;

// Plain loops rather than regular expressions: each request runs in a fresh
// context, where every regular expression would be compiled again. What
// builds the header list uses only captured built-ins (primordials.js).
function normalizeName(name) {
  const s = typeof name === "string" ? name : SafeString(name);
  if (s.length === 0 || !isToken(s)) throw new SafeTypeError(`Invalid header name: ${JSONStringify(s)}`);
  return StringPrototypeToLowerCase(s);
}

function isHttpWhitespace(c) {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function normalizeValue(value) {
  let s = typeof value === "string" ? value : SafeString(value);
  let start = 0;
  let end = s.length;
  while (start < end && isHttpWhitespace(StringPrototypeCharCodeAt(s, start))) start++;
  while (end > start && isHttpWhitespace(StringPrototypeCharCodeAt(s, end - 1))) end--;
  if (start > 0 || end < s.length) s = StringPrototypeSlice(s, start, end);
  for (let i = 0; i < s.length; i++) {
    const c = StringPrototypeCharCodeAt(s, i);
    if (c === 0 || c === 0x0a || c === 0x0d || c > 0xff) {
      throw new SafeTypeError(`Invalid header value: ${JSONStringify(s)}`);
    }
  }
  return s;
}

// The entries of `list` for which `keep(entry, index)` holds, in order.
function kept(list, keep) {
  const out = [];
  for (let i = 0; i < list.length; i++) if (keep(list[i], i)) safePush(out, list[i]);
  return out;
}

// Index of the first entry named `n`, or -1.
function indexOfName(list, n) {
  for (let i = 0; i < list.length; i++) if (list[i][0] === n) return i;
  return -1;
}

export class Headers {
  #list = []; // [[lower-case name, value], ...]
  #immutable = false;

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init !== "object" && typeof init !== "function") {
      throw new TypeError("Headers: init must be an object, an array of pairs or a Headers");
    }
    if (init instanceof Headers) {
      const list = init.#list;
      for (let i = 0; i < list.length; i++) safePush(this.#list, [list[i][0], list[i][1]]);
      return;
    }
    if (typeof init[Symbol.iterator] === "function") {
      for (const pair of init) {
        if (pair === null || typeof pair !== "object" || typeof pair[Symbol.iterator] !== "function") {
          throw new TypeError("Headers: each header must be a [name, value] pair");
        }
        const kv = [...pair];
        if (kv.length !== 2) throw new TypeError("Headers: each header must be a [name, value] pair");
        this.append(kv[0], kv[1]);
      }
      return;
    }
    for (const key of Reflect.ownKeys(init)) {
      const desc = Reflect.getOwnPropertyDescriptor(init, key);
      if (desc === undefined || !desc.enumerable) continue;
      if (typeof key === "symbol") throw new TypeError("Headers: header names cannot be symbols");
      this.append(key, init[key]);
    }
  }

  #check() {
    if (this.#immutable) throw new SafeTypeError("Can't modify immutable headers.");
  }

  append(name, value) {
    const n = normalizeName(name);
    const v = normalizeValue(value);
    this.#check();
    safePush(this.#list, [n, v]);
  }
  delete(name) {
    const n = normalizeName(name);
    this.#check();
    this.#list = kept(this.#list, (e) => e[0] !== n);
  }
  get(name) {
    const n = normalizeName(name);
    const values = [];
    for (const e of this.#list) if (e[0] === n) values.push(e[1]);
    return values.length === 0 ? null : values.join(", ");
  }
  getAll(name) {
    // Workers keep getAll for Set-Cookie only.
    const n = normalizeName(name);
    if (n !== "set-cookie") throw new TypeError('getAll() can only be used with the header name "Set-Cookie".');
    return this.getSetCookie();
  }
  getSetCookie() {
    const out = [];
    for (const e of this.#list) if (e[0] === "set-cookie") out.push(e[1]);
    return out;
  }
  has(name) {
    return indexOfName(this.#list, normalizeName(name)) !== -1;
  }
  set(name, value) {
    const n = normalizeName(name);
    const v = normalizeValue(value);
    this.#check();
    const i = indexOfName(this.#list, n);
    if (i === -1) {
      safePush(this.#list, [n, v]);
      return;
    }
    this.#list[i] = [n, v];
    this.#list = kept(this.#list, (e, j) => j <= i || e[0] !== n);
  }
  forEach(callback, thisArg = undefined) {
    if (typeof callback !== "function") throw new TypeError("Headers.forEach: callback must be a function");
    for (const [n, v] of this.#sorted()) callback.call(thisArg, v, n, this);
  }
  *entries() {
    yield* this.#sorted();
  }
  *keys() {
    for (const [n] of this.#sorted()) yield n;
  }
  *values() {
    for (const [, v] of this.#sorted()) yield v;
  }
  [Symbol.iterator]() {
    return this.entries();
  }

  // The standard's "sort and combine".
  #sorted() {
    const names = [...new Set(this.#list.map((e) => e[0]))].sort();
    const out = [];
    for (const n of names) {
      if (n === "set-cookie") {
        for (const e of this.#list) if (e[0] === n) out.push([n, e[1]]);
      } else {
        out.push([n, this.get(n)]);
      }
    }
    return out;
  }

  static {
    // Host-side access: build from the host's flat [name, value, ...] list,
    // read back in insertion order, and freeze (incoming request headers).
    headersFromFlat = (flat, immutable) => {
      const h = new Headers();
      for (let i = 0; i < flat.length; i += 2) safePush(h.#list, [StringPrototypeToLowerCase(flat[i]), flat[i + 1]]);
      h.#immutable = immutable;
      return h;
    };
    headersToFlat = (h) => {
      const flat = [];
      const list = h.#list;
      for (let i = 0; i < list.length; i++) {
        safePush(flat, list[i][0]);
        safePush(flat, list[i][1]);
      }
      return flat;
    };
    headersCopy = (h, immutable) => {
      const copy = new Headers(h);
      copy.#immutable = immutable;
      return copy;
    };
    headersSetDefault = (h, name, value) => {
      if (indexOfName(h.#list, name) === -1) safePush(h.#list, [name, value]);
    };
    headersMakeImmutable = (h) => {
      h.#immutable = true;
    };
  }
}
finishClass(Headers, "Headers");
Object.defineProperty(Headers.prototype, Symbol.iterator, {
  value: Headers.prototype.entries,
  writable: true,
  configurable: true,
  enumerable: false,
});

defineGlobal("Headers", Headers);
