// URL and URLSearchParams (WHATWG URL), parsing and setters by the `url`
// crate (urlParse / urlSet), which implements the same standard.
import { formParse, formSerialize, urlParse, urlSet } from "nano:natives";
import { defineGlobal, finishClass, listGet, listGetAll, listSet, toUSVString } from "../nano/util.js";

// Set inside class bodies (they reach private fields).
export let searchParamsFor, searchParamsList, searchParamsReset, urlSetQuery;

// Indexes into the components array natives return.
const HREF = 0, PROTOCOL = 1, USERNAME = 2, PASSWORD = 3, HOST = 4, HOSTNAME = 5, PORT = 6;
const PATHNAME = 7, SEARCH = 8, HASH = 9, ORIGIN = 10;

function parse(url, base) {
  return urlParse(toUSVString(url), base === undefined ? undefined : toUSVString(base));
}

export class URLSearchParams {
  #list = [];
  #url = null; // the URL whose query this is, if any

  constructor(init = "") {
    if (init !== null && typeof init === "object" || typeof init === "function") {
      if (typeof init[Symbol.iterator] === "function") {
        for (const pair of init) {
          const kv = [...pair];
          if (kv.length !== 2) throw new TypeError("URLSearchParams: each pair must have two items");
          this.#list.push([toUSVString(kv[0]), toUSVString(kv[1])]);
        }
      } else {
        for (const key of Object.keys(init)) {
          this.#list.push([toUSVString(key), toUSVString(init[key])]);
        }
      }
    } else {
      let s = toUSVString(init);
      if (s.startsWith("?")) s = s.slice(1);
      this.#parse(s);
    }
  }
  #parse(s) {
    const flat = formParse(s);
    this.#list = [];
    for (let i = 0; i < flat.length; i += 2) this.#list.push([flat[i], flat[i + 1]]);
  }
  #update() {
    if (this.#url !== null) urlSetQuery(this.#url, this.toString());
  }
  get size() {
    return this.#list.length;
  }
  append(name, value) {
    this.#list.push([toUSVString(name), toUSVString(value)]);
    this.#update();
  }
  delete(name, value = undefined) {
    name = toUSVString(name);
    if (value === undefined) this.#list = this.#list.filter((e) => e[0] !== name);
    else {
      value = toUSVString(value);
      this.#list = this.#list.filter((e) => e[0] !== name || e[1] !== value);
    }
    this.#update();
  }
  get(name) {
    return listGet(this.#list, toUSVString(name));
  }
  getAll(name) {
    return listGetAll(this.#list, toUSVString(name));
  }
  has(name, value = undefined) {
    name = toUSVString(name);
    if (value === undefined) return this.#list.some((e) => e[0] === name);
    value = toUSVString(value);
    return this.#list.some((e) => e[0] === name && e[1] === value);
  }
  set(name, value) {
    this.#list = listSet(this.#list, [toUSVString(name), toUSVString(value)]);
    this.#update();
  }
  sort() {
    // Stable, by UTF-16 code units of the names.
    this.#list = this.#list
      .map((e, i) => [e, i])
      .sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]))
      .map((x) => x[0]);
    this.#update();
  }
  forEach(callback, thisArg = undefined) {
    if (typeof callback !== "function") throw new TypeError("URLSearchParams.forEach: callback must be a function");
    for (let i = 0; i < this.#list.length; i++) callback.call(thisArg, this.#list[i][1], this.#list[i][0], this);
  }
  *entries() {
    for (let i = 0; i < this.#list.length; i++) yield [this.#list[i][0], this.#list[i][1]];
  }
  *keys() {
    for (let i = 0; i < this.#list.length; i++) yield this.#list[i][0];
  }
  *values() {
    for (let i = 0; i < this.#list.length; i++) yield this.#list[i][1];
  }
  toString() {
    return formSerialize(this.#list.flat());
  }
  static {
    searchParamsFor = (url, query) => {
      const p = new URLSearchParams(query);
      p.#url = url;
      return p;
    };
    searchParamsReset = (p, query) => p.#parse(query.startsWith("?") ? query.slice(1) : query);
    searchParamsList = (p) => p.#list;
  }
}
finishClass(URLSearchParams, "URLSearchParams");
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries,
  writable: true,
  configurable: true,
});

export class URL {
  #c;
  #params = null;

  constructor(url, base = undefined) {
    if (arguments.length === 0) throw new TypeError("URL: 1 argument required");
    const c = parse(url, base);
    if (c === null) throw new TypeError(`Invalid URL: ${JSON.stringify(String(url))}`);
    this.#c = c;
  }
  static canParse(url, base = undefined) {
    return parse(url, base) !== null;
  }
  static parse(url, base = undefined) {
    return parse(url, base) === null ? null : new URL(url, base);
  }
  #set(component, value) {
    this.#c = urlSet(this.#c[HREF], component, toUSVString(value));
  }
  get href() {
    return this.#c[HREF];
  }
  set href(v) {
    this.#set("href", v);
    if (this.#params) searchParamsReset(this.#params, this.#c[SEARCH]);
  }
  get origin() {
    return this.#c[ORIGIN];
  }
  get protocol() {
    return this.#c[PROTOCOL];
  }
  set protocol(v) {
    this.#set("protocol", v);
  }
  get username() {
    return this.#c[USERNAME];
  }
  set username(v) {
    this.#set("username", v);
  }
  get password() {
    return this.#c[PASSWORD];
  }
  set password(v) {
    this.#set("password", v);
  }
  get host() {
    return this.#c[HOST];
  }
  set host(v) {
    this.#set("host", v);
  }
  get hostname() {
    return this.#c[HOSTNAME];
  }
  set hostname(v) {
    this.#set("hostname", v);
  }
  get port() {
    return this.#c[PORT];
  }
  set port(v) {
    this.#set("port", v);
  }
  get pathname() {
    return this.#c[PATHNAME];
  }
  set pathname(v) {
    this.#set("pathname", v);
  }
  get search() {
    return this.#c[SEARCH];
  }
  set search(v) {
    this.#set("search", v);
    if (this.#params) searchParamsReset(this.#params, this.#c[SEARCH]);
  }
  get searchParams() {
    if (this.#params === null) this.#params = searchParamsFor(this, this.#c[SEARCH]);
    return this.#params;
  }
  get hash() {
    return this.#c[HASH];
  }
  set hash(v) {
    this.#set("hash", v);
  }
  toString() {
    return this.#c[HREF];
  }
  toJSON() {
    return this.#c[HREF];
  }
  static {
    urlSetQuery = (url, query) => {
      url.#c = urlSet(url.#c[HREF], "search", query);
    };
  }
}
finishClass(URL, "URL");

defineGlobal("URL", URL);
defineGlobal("URLSearchParams", URLSearchParams);
