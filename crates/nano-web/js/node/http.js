// node:http's client over the host's fetch(): request() and get() make a
// ClientRequest (a Writable: headers, a body written in parts, end), and
// the fetch() it starts at end() answers with an IncomingMessage (a
// Readable over the response's body). Redirects are not followed, as in
// Node. The body is sent whole at end(): fetch() takes it as one value
// here. There are no sockets: `socket` is null and socket tuning
// (setNoDelay, setSocketKeepAlive) has nothing to tune; an Agent keeps its
// options, while connection reuse is the host's. Servers (createServer) are
// not offered: a Worker answers through its fetch handler.
import { Buffer } from "./buffer.js";
import { EventEmitter } from "./events.js";
import { Readable, Writable } from "./stream.js";
import {
  ERR_INVALID_ARG_TYPE,
  makeNodeError,
  notImplemented,
  validateFunction,
  validateInteger,
  validateString,
} from "./internal/errors.js";
import { fetch } from "../web/fetch.js";
import { Headers as SafeHeaders } from "../web/headers.js";
import { URL as SafeURL } from "../web/url.js";
import { newAbortSignal, signalAbort } from "../web/abort.js";
import { clearTimer, setTimer } from "../web/timers.js";
import { StringPrototypeToLowerCase } from "../nano/primordials.js";

const { freeze } = Object;

const ERR_INVALID_PROTOCOL = makeNodeError(
  "ERR_INVALID_PROTOCOL",
  TypeError,
  (protocol, expected) => `Protocol "${protocol}" not supported. Expected "${expected}"`,
);
const ERR_INVALID_HTTP_TOKEN = makeNodeError(
  "ERR_INVALID_HTTP_TOKEN",
  TypeError,
  (name, value) => `${name} must be a valid HTTP token ["${value}"]`,
);
const ERR_HTTP_INVALID_HEADER_VALUE = makeNodeError(
  "ERR_HTTP_INVALID_HEADER_VALUE",
  TypeError,
  (value, name) => `Invalid value "${value}" for header "${name}"`,
);
const ERR_INVALID_CHAR = makeNodeError("ERR_INVALID_CHAR", TypeError, (name, field) => `Invalid character in ${name} ["${field}"]`);
const ERR_HTTP_HEADERS_SENT = makeNodeError(
  "ERR_HTTP_HEADERS_SENT",
  Error,
  (action) => `Cannot ${action} headers after they are sent to the client`,
);
const ECONNRESET = makeNodeError("ECONNRESET", Error, "socket hang up");

export const STATUS_CODES = freeze({
  100: "Continue", 101: "Switching Protocols", 102: "Processing", 103: "Early Hints",
  200: "OK", 201: "Created", 202: "Accepted", 203: "Non-Authoritative Information", 204: "No Content",
  205: "Reset Content", 206: "Partial Content", 207: "Multi-Status", 208: "Already Reported", 226: "IM Used",
  300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified",
  305: "Use Proxy", 307: "Temporary Redirect", 308: "Permanent Redirect",
  400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found",
  405: "Method Not Allowed", 406: "Not Acceptable", 407: "Proxy Authentication Required", 408: "Request Timeout",
  409: "Conflict", 410: "Gone", 411: "Length Required", 412: "Precondition Failed", 413: "Payload Too Large",
  414: "URI Too Long", 415: "Unsupported Media Type", 416: "Range Not Satisfiable", 417: "Expectation Failed",
  418: "I'm a Teapot", 421: "Misdirected Request", 422: "Unprocessable Entity", 423: "Locked", 424: "Failed Dependency",
  425: "Too Early", 426: "Upgrade Required", 428: "Precondition Required", 429: "Too Many Requests",
  431: "Request Header Fields Too Large", 451: "Unavailable For Legal Reasons",
  500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable",
  504: "Gateway Timeout", 505: "HTTP Version Not Supported", 506: "Variant Also Negotiates", 507: "Insufficient Storage",
  508: "Loop Detected", 509: "Bandwidth Limit Exceeded", 510: "Not Extended", 511: "Network Authentication Required",
});
export const METHODS = freeze([
  "ACL", "BIND", "CHECKOUT", "CONNECT", "COPY", "DELETE", "GET", "HEAD", "LINK", "LOCK", "M-SEARCH", "MERGE",
  "MKACTIVITY", "MKCALENDAR", "MKCOL", "MOVE", "NOTIFY", "OPTIONS", "PATCH", "POST", "PROPFIND", "PROPPATCH",
  "PURGE", "PUT", "QUERY", "REBIND", "REPORT", "SEARCH", "SOURCE", "SUBSCRIBE", "TRACE", "UNBIND", "UNLINK",
  "UNLOCK", "UNSUBSCRIBE",
]);
export const maxHeaderSize = 16384;

const TOKEN = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const BAD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;

export function validateHeaderName(name, label = "Header name") {
  if (typeof name !== "string" || !name || !TOKEN.test(name)) throw new ERR_INVALID_HTTP_TOKEN(label, name);
}

export function validateHeaderValue(name, value) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (BAD_VALUE.test(`${value}`)) throw new ERR_INVALID_CHAR("header content", name);
}

export class Agent extends EventEmitter {
  constructor(options = undefined) {
    super();
    this.options = { __proto__: null, ...options };
    this.keepAlive = !!this.options.keepAlive;
    this.maxSockets = this.options.maxSockets ?? Infinity;
    this.maxFreeSockets = this.options.maxFreeSockets ?? 256;
    this.defaultPort = this.options.defaultPort ?? 80;
    this.protocol = this.options.protocol ?? "http:";
    this.requests = { __proto__: null };
    this.sockets = { __proto__: null };
    this.freeSockets = { __proto__: null };
  }

  destroy() {}
}
export const globalAgent = new Agent();

// The URL a request goes to, from request()'s (url, options) arguments.
const target = (input, options, protocol, defaultPort) => {
  let url;
  if (typeof input === "string") url = new SafeURL(input);
  else if (input instanceof SafeURL) url = input;
  else if (input !== null && typeof input === "object") options = input;
  else if (input !== undefined) throw new ERR_INVALID_ARG_TYPE("url", ["string", "URL", "object"], input);
  const o = { __proto__: null };
  if (url !== undefined) {
    o.protocol = url.protocol;
    o.hostname = url.hostname;
    o.port = url.port;
    o.path = `${url.pathname}${url.search}`;
    if (url.username || url.password) o.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  if (options !== undefined && options !== null) Object.assign(o, options);
  const proto = o.protocol ?? protocol;
  if (proto !== protocol) throw new ERR_INVALID_PROTOCOL(proto, protocol);
  let host = o.hostname ?? o.host ?? "localhost";
  if (typeof host !== "string") throw new ERR_INVALID_ARG_TYPE("options.hostname", "string", host);
  if (o.hostname === undefined && host.includes(":") && !host.startsWith("[")) host = host.slice(0, host.lastIndexOf(":"));
  if (host.includes(":") && !host.startsWith("[")) host = `[${host}]`;
  const port = o.port !== undefined && o.port !== "" && o.port !== null ? Number(o.port) : (o.defaultPort ?? defaultPort);
  const path = o.path ?? "/";
  if (typeof path !== "string") throw new ERR_INVALID_ARG_TYPE("options.path", "string", path);
  if (/[\u0000-\u0020]/.test(path)) throw new TypeError("Request path contains unescaped characters");
  const portPart = port === defaultPort ? "" : `:${port}`;
  return [new SafeURL(`${proto}//${host}${portPart}${path}`), o, host, port];
};

export class IncomingMessage extends Readable {
  #reader = null;

  constructor(response) {
    super();
    this.socket = null;
    this.httpVersion = "1.1";
    this.httpVersionMajor = 1;
    this.httpVersionMinor = 1;
    this.complete = false;
    this.aborted = false;
    this.url = "";
    this.method = null;
    this.trailers = {};
    this.rawTrailers = [];
    this.statusCode = response.status;
    this.statusMessage = response.statusText || STATUS_CODES[response.status] || "";
    const headers = {};
    const rawHeaders = [];
    for (const [name, value] of response.headers) {
      rawHeaders.push(name, value);
      if (name === "set-cookie") (headers[name] ??= []).push(value);
      else headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
    this.headers = headers;
    this.rawHeaders = rawHeaders;
    this.headersDistinct = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));
    if (response.body !== null) this.#reader = response.body.getReader();
  }

  _read() {
    if (this.#reader === null) {
      this.complete = true;
      this.push(null);
      return;
    }
    this.#reader.read().then(
      ({ done, value }) => {
        if (done) {
          this.complete = true;
          this.#reader = null;
          this.push(null);
        } else {
          this.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
        }
      },
      (err) => this.destroy(err),
    );
  }

  _destroy(err, callback) {
    if (this.#reader !== null && !this.complete) {
      this.aborted = !this.complete;
      this.#reader.cancel(err ?? undefined).catch(() => {});
      this.#reader = null;
    }
    callback(err);
  }

  setTimeout(msecs, callback = undefined) {
    if (callback !== undefined) this.once("timeout", callback);
    return this;
  }
}

export class ClientRequest extends Writable {
  #url;
  #headers = new Map(); // lower-case name -> [name, value]
  #chunks = [];
  #signal = newAbortSignal();
  #timer = 0;
  #responded = false;

  constructor(input, options, callback, protocol = "http:", defaultPort = 80) {
    if (typeof options === "function") {
      callback = options;
      options = undefined;
    }
    const [url, o, host, port] = target(input, options, protocol, defaultPort);
    // Finishing the body is not the end: the response is still to come.
    super({ autoDestroy: false });
    this.#url = url;
    const method = o.method === undefined ? "GET" : `${o.method}`.toUpperCase();
    validateHeaderName(method, "Method");
    this.method = method;
    this.path = url.pathname + url.search;
    this.host = host;
    this.protocol = protocol;
    this.port = port;
    this.agent = o.agent ?? globalAgent;
    this.socket = null;
    this.reusedSocket = false;
    this.aborted = false;
    this.headersSent = false;
    this.maxHeadersCount = null;
    if (o.headers !== undefined && o.headers !== null) {
      if (Array.isArray(o.headers)) {
        for (let i = 0; i + 1 < o.headers.length; i += 2) this.appendHeader(o.headers[i], o.headers[i + 1]);
      } else {
        for (const name of Object.keys(o.headers)) this.setHeader(name, o.headers[name]);
      }
    }
    if (o.auth !== undefined && !this.hasHeader("authorization")) {
      this.setHeader("Authorization", `Basic ${Buffer.from(`${o.auth}`).toString("base64")}`);
    }
    if (callback !== undefined) {
      validateFunction(callback, "callback");
      this.once("response", callback);
    }
    if (o.timeout !== undefined) this.setTimeout(o.timeout);
    if (o.signal !== undefined) {
      const signal = o.signal;
      if (signal.aborted) this.destroy(signal.reason);
      else signal.addEventListener("abort", () => this.destroy(signal.reason), { once: true });
    }
  }

  setHeader(name, value) {
    if (this.headersSent) throw new ERR_HTTP_HEADERS_SENT("set");
    validateHeaderName(name);
    validateHeaderValue(name, value);
    this.#headers.set(StringPrototypeToLowerCase(name), [name, value]);
    return this;
  }

  appendHeader(name, value) {
    if (this.headersSent) throw new ERR_HTTP_HEADERS_SENT("append");
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const key = StringPrototypeToLowerCase(name);
    const old = this.#headers.get(key);
    const values = old === undefined ? [] : Array.isArray(old[1]) ? old[1] : [old[1]];
    this.#headers.set(key, [old?.[0] ?? name, [...values, ...(Array.isArray(value) ? value : [value])]]);
    return this;
  }

  getHeader(name) {
    validateString(name, "name");
    return this.#headers.get(StringPrototypeToLowerCase(name))?.[1];
  }

  hasHeader(name) {
    validateString(name, "name");
    return this.#headers.has(StringPrototypeToLowerCase(name));
  }

  removeHeader(name) {
    validateString(name, "name");
    if (this.headersSent) throw new ERR_HTTP_HEADERS_SENT("remove");
    this.#headers.delete(StringPrototypeToLowerCase(name));
  }

  getHeaders() {
    const out = { __proto__: null };
    for (const [key, [, value]] of this.#headers) out[key] = value;
    return out;
  }

  getHeaderNames() {
    return [...this.#headers.keys()];
  }

  getRawHeaderNames() {
    return [...this.#headers.values()].map(([name]) => name);
  }

  // The request goes out at end(): there is nothing to flush before.
  flushHeaders() {}

  setNoDelay() {}

  setSocketKeepAlive() {}

  setTimeout(msecs, callback = undefined) {
    validateInteger(msecs, "msecs", 0);
    if (callback !== undefined) this.once("timeout", callback);
    if (this.#timer !== 0) clearTimer(this.#timer);
    this.#timer = msecs === 0 ? 0 : setTimer(() => {
      this.#timer = 0;
      if (!this.#responded) this.emit("timeout");
    }, msecs, false);
    return this;
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    this.emit("abort");
    this.destroy();
  }

  _write(chunk, encoding, callback) {
    this.#chunks.push(typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk));
    callback();
  }

  _final(callback) {
    this.headersSent = true;
    const headers = new SafeHeaders();
    for (const [name, value] of this.#headers.values()) {
      if (Array.isArray(value)) for (const v of value) headers.append(name, `${v}`);
      else headers.set(name, `${value}`);
    }
    const hasBody = this.#chunks.length > 0 && this.method !== "GET" && this.method !== "HEAD";
    const init = { method: this.method, headers, redirect: "manual", signal: this.#signal };
    if (hasBody) init.body = Buffer.concat(this.#chunks);
    this.#chunks = [];
    callback();
    fetch(this.#url.href, init).then(
      (response) => {
        if (this.destroyed) {
          response.body?.cancel().catch(() => {});
          return;
        }
        this.#responded = true;
        if (this.#timer !== 0) clearTimer(this.#timer);
        this.#timer = 0;
        const res = new IncomingMessage(response);
        res.req = this;
        this.res = res;
        if (this.listenerCount("response") === 0) res.resume();
        else this.emit("response", res);
        res.once("end", () => this.emit("close"));
      },
      (err) => {
        if (!this.destroyed) this.destroy(err);
      },
    );
  }

  _destroy(err, callback) {
    if (this.#timer !== 0) clearTimer(this.#timer);
    this.#timer = 0;
    signalAbort(this.#signal, err ?? undefined);
    if (this.res !== undefined && !this.res.complete) this.res.destroy(err ?? undefined);
    // Destroyed before its response: the client sees a hang-up, as in Node.
    callback(err ?? (this.#responded ? null : new ECONNRESET()));
  }
}

export function request(url, options = undefined, callback = undefined) {
  return new ClientRequest(url, options, callback);
}

export function get(url, options = undefined, callback = undefined) {
  const req = request(url, options, callback);
  req.end();
  return req;
}

export const createServer = notImplemented("http.createServer");
export const Server = notImplemented("http.Server");
export const ServerResponse = notImplemented("http.ServerResponse");
export const OutgoingMessage = notImplemented("http.OutgoingMessage");
export const setMaxIdleHTTPParsers = notImplemented("http.setMaxIdleHTTPParsers");

// For https.js: a ClientRequest for another protocol.
export const requestFor = (protocol, defaultPort, agent) => {
  const make = (url, options, callback) => {
    if (typeof options === "function") {
      callback = options;
      options = undefined;
    }
    if (url !== null && typeof url === "object" && !(url instanceof SafeURL) && options === undefined) {
      options = url;
      url = undefined;
    }
    const o = { agent, ...options };
    return new ClientRequest(url, o, callback, protocol, defaultPort);
  };
  return [
    make,
    (url, options, callback) => {
      const req = make(url, options, callback);
      req.end();
      return req;
    },
  ];
};


export default {
  Agent,
  ClientRequest,
  IncomingMessage,
  METHODS,
  OutgoingMessage,
  STATUS_CODES,
  Server,
  ServerResponse,
  createServer,
  get,
  globalAgent,
  maxHeaderSize,
  request,
  setMaxIdleHTTPParsers,
  validateHeaderName,
  validateHeaderValue,
};
