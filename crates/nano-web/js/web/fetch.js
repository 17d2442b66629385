// Request and Response with the Body mixin (WHATWG Fetch). A body is held
// whole (string or bytes: hosts hand nano complete bodies) until a script
// asks for it as a stream (`body`) or gives one (`new Response(stream)`);
// from then on it is a ReadableStream, read to its end where the whole body
// is needed (text(), the response handed to the host, a subrequest).
import { bodyInCancel, fetchBodyEnd, fetchBodyWrite, fetchStart, urlParse } from "nano:natives";
import { Blob, FormData, blobBytes, blobFromBytes, concat, multipartDecode, multipartEncode } from "./blob.js";
import { newAbortSignal } from "./abort.js";
import { TextEncoder, decodeUtf8 } from "./encoding.js";
import { Headers, headersCopy, headersFromFlat, headersMakeImmutable, headersSetDefault, headersToFlat } from "./headers.js";
import { URLSearchParams } from "./url.js";
import { asBytes, defineGlobal, finishClass, isToken, toUSVString } from "../nano/util.js";
import { bodyReader, fedStream, fixedLengthOf, isReadableStream, isUnusable, readAllChunks, streamOfBytes } from "./streams.js";
import { PromisePrototypeThen, SafeString, safePush } from "../nano/primordials.js";

// Set inside class bodies (they reach private fields).
export let hostResponse, incomingRequest, isResponse, requestBody, responseBody, serializeResponse;

const encoder = new TextEncoder();

// BodyInit -> { source: null | string | Uint8Array, type: default Content-Type }.
// Bytes are copied, so later writes to the caller's buffer don't show through.
function extractBody(init) {
  if (init === null || init === undefined) return { source: null, type: null };
  if (typeof init === "string") return { source: init, type: "text/plain;charset=UTF-8" };
  const bytes = asBytes(init);
  if (bytes !== null) return { source: bytes.slice(), type: null };
  if (isReadableStream(init)) {
    if (isUnusable(init)) throw new TypeError("The body stream is locked or has already been read");
    return { source: init, type: null };
  }
  if (extractBodyExtra) {
    const extra = extractBodyExtra(init);
    if (extra !== null) return extra;
  }
  return { source: String(init), type: "text/plain;charset=UTF-8" };
}

// URLSearchParams, Blob and FormData bodies.
export const extractBodyExtra = (init) => {
  if (init instanceof URLSearchParams) {
    return { source: init.toString(), type: "application/x-www-form-urlencoded;charset=UTF-8" };
  }
  if (init instanceof Blob) return { source: blobBytes(init).slice(), type: init.type || null };
  if (init instanceof FormData) {
    const { bytes, boundary } = multipartEncode(init);
    return { source: bytes, type: `multipart/form-data; boundary=${boundary}` };
  }
  return null;
};

const parseForm = (bytes, type) => {
  const essence = type.split(";")[0].trim().toLowerCase();
  if (essence === "multipart/form-data") return multipartDecode(bytes, type);
  if (essence === "application/x-www-form-urlencoded") {
    const form = new FormData();
    for (const [k, v] of new URLSearchParams(decodeUtf8(bytes))) form.append(k, v);
    return form;
  }
  throw new TypeError(`formData(): unsupported content-type ${JSON.stringify(type)}`);
};

export const bodyExtraMethods = (stateOf) => ({
  blob() {
    const st = stateOf(this);
    const type = this.headers.get("content-type") ?? "";
    if (st.stream !== null) return st.streamed("blob()", (bytes) => blobFromBytes(bytes, type));
    return st.take("blob()") || Promise.resolve(blobFromBytes(st.bytes(), type));
  },
  formData() {
    const st = stateOf(this);
    const type = this.headers.get("content-type") ?? "";
    if (st.stream !== null) return st.streamed("formData()", (bytes) => parseForm(bytes, type));
    return st.take("formData()") || new Promise((resolve) => resolve(parseForm(st.bytes(), type)));
  },
});

// Joins a body stream's chunks, which must be bytes.
const concatChunks = (chunks) => {
  for (let i = 0; i < chunks.length; i++) {
    if (!(chunks[i] instanceof Uint8Array)) throw new TypeError("A body stream's chunks must be Uint8Arrays");
  }
  return concat(chunks);
};

class BodyState {
  // `source`: null, a string or bytes (a whole body), or a ReadableStream.
  constructor(source) {
    this.source = source;
    this.used = false;
    // The body as a stream, once there is one (given, or asked for).
    this.stream = source !== null && isReadableStream(source) ? source : null;
  }
  // The `body` attribute: the stream, made on first access from a whole body.
  asStream() {
    if (this.source === null) return null;
    if (this.stream === null) {
      this.stream = streamOfBytes(this.used ? new Uint8Array(0) : this.bytes());
      // Already consumed: the stream shows it (disturbed and locked).
      if (this.used) readAllChunks(this.stream);
    }
    return this.stream;
  }
  get disturbed() {
    return this.stream !== null ? isUnusable(this.stream) : this.used;
  }
  take(what) {
    if (this.used) return Promise.reject(new TypeError(`${what}: body has already been used`));
    this.used = this.source !== null;
    return null;
  }
  // A stream body, read to its end, then `convert`ed (a promise of that).
  streamed(what, convert) {
    if (isUnusable(this.stream)) return Promise.reject(new TypeError(`${what}: body has already been used`));
    this.used = true;
    return PromisePrototypeThen(readAllChunks(this.stream), (chunks) => convert(concatChunks(chunks)));
  }
  // The body for another Request (new Request(request)): this one is used.
  transfer() {
    const next = new BodyState(this.stream ?? this.source);
    if (this.source !== null) {
      // Its stream (if any) is the new body's now: this one only shows as
      // used (its `body`, asked for, is an empty stream already read).
      this.used = true;
      this.stream = null;
    }
    return next;
  }
  // Two bodies for a clone: a stream is teed.
  split() {
    if (this.stream === null) return new BodyState(this.source);
    const [mine, theirs] = this.stream.tee();
    this.stream = mine;
    this.source = mine;
    return new BodyState(theirs);
  }
  bytes() {
    const s = this.source;
    if (s === null) return new Uint8Array(0);
    return typeof s === "string" ? encoder.encode(s) : s.slice();
  }
  text() {
    const s = this.source;
    if (s === null) return "";
    return typeof s === "string" ? s : decodeUtf8(s);
  }
}

// The Body mixin, shared by Request and Response; `stateOf` is each class's
// brand check and private-field accessor.
function mixinBody(cls, stateOf) {
  const methods = {
    get body() {
      return stateOf(this).asStream();
    },
    get bodyUsed() {
      return stateOf(this).disturbed;
    },
    text() {
      const st = stateOf(this);
      if (st.stream !== null) return st.streamed("text()", decodeUtf8);
      return st.take("text()") || Promise.resolve(st.text());
    },
    json() {
      const st = stateOf(this);
      if (st.stream !== null) return st.streamed("json()", (bytes) => JSON.parse(decodeUtf8(bytes)));
      return st.take("json()") || new Promise((resolve) => resolve(JSON.parse(st.text())));
    },
    arrayBuffer() {
      const st = stateOf(this);
      if (st.stream !== null) return st.streamed("arrayBuffer()", (bytes) => bytes.buffer);
      return st.take("arrayBuffer()") || Promise.resolve(st.bytes().buffer);
    },
    bytes() {
      const st = stateOf(this);
      if (st.stream !== null) return st.streamed("bytes()", (bytes) => bytes);
      return st.take("bytes()") || Promise.resolve(st.bytes());
    },
  };
  if (bodyExtraMethods) Object.assign(methods, bodyExtraMethods(stateOf));
  for (const key of Object.keys(methods)) {
    const desc = Object.getOwnPropertyDescriptor(methods, key);
    desc.enumerable = true;
    Object.defineProperty(cls.prototype, key, desc);
  }
}

const FORBIDDEN_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);
const NORMALIZED_METHODS = new Set(["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH"]);
function normalizeMethod(method) {
  const m = String(method);
  if (!isToken(m)) throw new TypeError(`Invalid HTTP method: ${JSON.stringify(m)}`);
  const upper = m.toUpperCase();
  if (FORBIDDEN_METHODS.has(upper)) throw new TypeError(`Forbidden HTTP method: ${m}`);
  // PATCH is case-normalised by workerd and Deno although the standard does not.
  return NORMALIZED_METHODS.has(upper) ? upper : m;
}

function parseUrl(input, what) {
  const parts = urlParse(toUSVString(input), undefined);
  if (parts === null) throw new TypeError(`${what}: invalid URL ${JSON.stringify(String(input))}`);
  return parts[0];
}

const REDIRECT_MODES = ["follow", "error", "manual"];
const INCOMING = Object.freeze({});

export class Request {
  #method = "GET";
  #url = "";
  #headers;
  #redirect = "follow";
  #body;
  #signal = null;

  constructor(input, init = {}) {
    if (input === INCOMING) return; // fields are filled in by incomingRequest
    if (init !== undefined && init !== null && typeof init !== "object") {
      throw new TypeError("Request: init must be an object");
    }
    init = init ?? {};
    let inheritedBody = null;
    if (input instanceof Request) {
      this.#method = input.#method;
      this.#url = input.#url;
      this.#headers = headersCopy(input.#headers, false);
      this.#redirect = input.#redirect;
      this.#signal = input.#signal;
      inheritedBody = input.#body;
    } else {
      this.#url = parseUrl(input, "Request");
      this.#headers = new Headers();
    }
    if (init.method !== undefined) this.#method = normalizeMethod(init.method);
    if (init.headers !== undefined) this.#headers = new Headers(init.headers);
    if (init.redirect !== undefined) {
      const r = String(init.redirect);
      if (!REDIRECT_MODES.includes(r)) throw new TypeError(`Request: invalid redirect mode ${JSON.stringify(r)}`);
      this.#redirect = r;
    }
    if (init.signal !== undefined) this.#signal = init.signal;
    const hasBody = init.body !== undefined && init.body !== null;
    if ((hasBody || (inheritedBody !== null && inheritedBody.source !== null)) &&
        (this.#method === "GET" || this.#method === "HEAD")) {
      throw new TypeError("Request with GET/HEAD method cannot have body.");
    }
    if (hasBody) {
      const { source, type } = extractBody(init.body);
      if (type !== null) headersSetDefault(this.#headers, "content-type", type);
      this.#body = new BodyState(source);
    } else if (inheritedBody !== null) {
      if (inheritedBody.disturbed) throw new TypeError("Request: the input request's body has already been used");
      // Constructing from a request takes its body, as the standard says.
      this.#body = inheritedBody.transfer();
    } else {
      this.#body = new BodyState(null);
    }
  }

  get method() {
    return this.#method;
  }
  get url() {
    return this.#url;
  }
  get headers() {
    return this.#headers;
  }
  get redirect() {
    return this.#redirect;
  }
  get signal() {
    if (this.#signal === null) this.#signal = newAbortSignal();
    return this.#signal;
  }
  clone() {
    if (this.#body.disturbed) throw new TypeError("Request.clone: body has already been used");
    const body = this.#body;
    this.#body = new BodyState(null); // the copy takes nothing from it
    const copy = new Request(this);
    this.#body = body;
    copy.#body = body.split();
    return copy;
  }

  static {
    requestBody = (r) => {
      if (!(#body in r)) throw new TypeError("Illegal invocation: not a Request");
      return r.#body;
    };
    // The incoming request: what the host passed, with immutable headers.
    // `body` is bytes, null, or true when the host streams it in
    // (bodyInPush).
    incomingRequest = (method, url, flatHeaders, body) => {
      const r = new Request(INCOMING);
      r.#method = method;
      r.#url = url;
      r.#headers = headersFromFlat(flatHeaders, true);
      if (body === true) body = feedFor(0);
      r.#body = new BodyState(body);
      return r;
    };
  }
}
finishClass(Request, "Request");
mixinBody(Request, requestBody);

const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
function isReasonPhrase(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c === 0x09 || (c >= 0x20 && c <= 0x7e) || (c >= 0x80 && c <= 0xff))) return false;
  }
  return true;
}

export class Response {
  #status = 200;
  #statusText = "";
  #headers;
  #body;
  #type = "default";
  #url = "";

  constructor(body = null, init = {}) {
    if (init !== undefined && init !== null && typeof init !== "object") {
      throw new TypeError("Response: init must be an object");
    }
    init = init ?? {};
    const status = init.status === undefined ? 200 : Number(init.status);
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      throw new RangeError(`Response: status ${init.status} is outside the range [200, 599]`);
    }
    const statusText = init.statusText === undefined ? "" : String(init.statusText);
    if (!isReasonPhrase(statusText)) throw new TypeError("Response: invalid statusText");
    this.#status = status;
    this.#statusText = statusText;
    this.#headers = new Headers(init.headers);
    if (body !== null && body !== undefined) {
      if (NULL_BODY_STATUS.has(status)) {
        throw new TypeError(`Response with null body status ${status} cannot have a body`);
      }
      const { source, type } = extractBody(body);
      if (type !== null) headersSetDefault(this.#headers, "content-type", type);
      this.#body = new BodyState(source);
    } else {
      this.#body = new BodyState(null);
    }
  }

  get type() {
    return this.#type;
  }
  get url() {
    return this.#url;
  }
  get redirected() {
    return false;
  }
  get status() {
    return this.#status;
  }
  get ok() {
    return this.#status >= 200 && this.#status <= 299;
  }
  get statusText() {
    return this.#statusText;
  }
  get headers() {
    return this.#headers;
  }
  clone() {
    if (this.#body.disturbed) throw new TypeError("Response.clone: body has already been used");
    const copy = new Response(null, { status: this.#status, statusText: this.#statusText, headers: this.#headers });
    copy.#body = this.#body.split();
    copy.#type = this.#type;
    copy.#url = this.#url;
    return copy;
  }

  static error() {
    const r = new Response(null, { status: 200 });
    r.#status = 0;
    r.#type = "error";
    headersMakeImmutable(r.#headers);
    return r;
  }
  static redirect(url, status = 302) {
    const href = parseUrl(url, "Response.redirect");
    status = Number(status);
    if (!REDIRECT_STATUS.has(status)) throw new RangeError(`Response.redirect: invalid status ${status}`);
    const r = new Response(null, { status });
    r.#headers.set("location", href);
    return r;
  }
  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError("Response.json: value is not JSON-serializable");
    const headers = new Headers(init?.headers);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
    return new Response(text, { ...(init ?? {}), headers });
  }

  static {
    responseBody = (r) => {
      if (!(#body in r)) throw new TypeError("Illegal invocation: not a Response");
      return r.#body;
    };
    isResponse = (r) => r !== null && typeof r === "object" && #body in r;
    // A subrequest's response from the host: any status, headers as sent.
    hostResponse = (status, flat, body, url) => {
      const r = new Response(null);
      r.#status = status;
      r.#headers = headersFromFlat(flat, false);
      r.#body = new BodyState(body);
      r.#url = url;
      r.#type = "basic";
      return r;
    };
    // What the host gets back: [status, flat headers in insertion order,
    // body as null | string | Uint8Array], or a promise of it while a
    // stream body is read to its end.
    serializeResponse = (r) => {
      if (r.#type === "error") throw new TypeError("The handler returned Response.error()");
      const body = r.#body;
      if (body.disturbed) throw new TypeError("The handler returned a Response whose body was already used");
      const status = r.#status;
      const flat = headersToFlat(r.#headers);
      body.used = true;
      if (body.stream === null) return [status, flat, body.source];
      // A stream body goes to the host chunk by chunk, as it pulls (pullBody).
      // A FixedLengthStream's declares its length (unless the script did):
      // the host may frame it with Content-Length; nano holds it to it.
      const length = fixedLengthOf(body.stream);
      if (length !== undefined && !hasContentLength(flat)) {
        safePush(flat, "content-length");
        safePush(flat, SafeString(length));
      }
      responseStream = bodyReader(body.stream);
      return [status, flat, true];
    };
  }
}
finishClass(Response, "Response");
mixinBody(Response, responseBody);

// Whether flat headers ([name, value, ...], names lower-case) have a
// content-length.
const hasContentLength = (flat) => {
  for (let i = 0; i < flat.length; i += 2) if (flat[i] === "content-length") return true;
  return false;
};

// The response body the host is reading, when it is a stream.
let responseStream = null;

// The next chunk of the response body for the host: a promise of a chunk,
// or of null at its end; it rejects when the stream errors. The host checks
// that each chunk is a Uint8Array (nothing here could be trusted to).
export const pullBody = () => responseStream.read();

// The host stopped taking the response body (its client went away).
export const cancelBody = () => {
  if (responseStream !== null) responseStream.cancel(new TypeError("The client stopped reading the response"));
  responseStream = null;
};

// The bodies their hosts stream in, by id: 0 the incoming request's, else
// the response body of that subrequest.
const bodyFeeds = new Map();

// What a host wrote to a body streaming in, in order: each chunk (a
// Uint8Array), then null at its end or a message when it broke off.
export const bodyInPush = (id, value) => {
  const feed = bodyFeeds.get(id);
  if (feed === undefined) return;
  if (value === null) {
    bodyFeeds.delete(id);
    feed.close();
  } else if (typeof value === "string") {
    bodyFeeds.delete(id);
    feed.error(new TypeError(value));
  } else {
    feed.push(value);
  }
};

// A stream fed through bodyInPush(id, ...); the script cancelling it
// tells the host's writer (it takes no more).
const feedFor = (id) => {
  const feed = fedStream(() => {
    if (bodyFeeds.get(id) === feed) {
      bodyFeeds.delete(id);
      bodyInCancel(id);
    }
  });
  bodyFeeds.set(id, feed);
  return feed.stream;
};

const pendingFetches = new Map();
let nextFetchId = 1;

// After each request: its unanswered subrequests are dropped (their answers,
// if any arrive, belong to an older generation and are ignored by the host).
export const resetFetches = () => {
  responseStream = null;
  bodyFeeds.clear();
  pendingFetches.clear();
  nextFetchId = 1;
};

// fetch(): the subrequest goes to the host's fetch callback; nano opens no
// sockets. The host answers asynchronously (fetchDone).
export function fetch(input, init = undefined) {
  return new Promise((resolve, reject) => {
    const request = new Request(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : null);
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const state = requestBody(request);
    if (state.disturbed) {
      reject(new TypeError("fetch: the request body has already been used"));
      return;
    }
    if (state.stream !== null) {
      // A stream body goes to the host as it is read (sendBody).
      state.used = true;
      const id = startFetch(request, signal, true, resolve, reject);
      if (id !== 0) sendBody(id, state.stream);
      return;
    }
    state.used = state.source !== null;
    const source = state.source;
    const body = source === null ? null : typeof source === "string" ? encoder.encode(source) : source;
    startFetch(request, signal, body, resolve, reject);
  });
}

// Hands a subrequest with a whole body to the host.
// Starts subrequest `id` (returned; 0 when it did not start). `body`: bytes,
// null, or true when it streams out (sendBody).
function startFetch(request, signal, body, resolve, reject) {
  if (signal?.aborted) {
    reject(signal.reason);
    return 0;
  }
  const id = nextFetchId++;
  pendingFetches.set(id, { resolve, reject, url: request.url });
  try {
    fetchStart(id, request.method, request.url, headersToFlat(request.headers), body);
  } catch (e) {
    pendingFetches.delete(id);
    reject(e);
    return 0;
  }
  signal?.addEventListener(
    "abort",
    () => {
      if (pendingFetches.delete(id)) reject(signal.reason);
    },
    { once: true },
  );
  return id;
}

// Sends a subrequest's stream body to the host chunk by chunk, as it is
// read; a host that takes no more cancels the stream. Chunks must be bytes.
// A body nano itself fails to send fails the fetch().
function sendBody(id, stream) {
  const reader = bodyReader(stream);
  const failFetch = (e) => {
    reader.cancel(e);
    const pending = pendingFetches.get(id);
    if (pending === undefined) return;
    pendingFetches.delete(id);
    pending.reject(e);
  };
  const step = () => {
    PromisePrototypeThen(
      reader.read(),
      (chunk) => {
        try {
          if (chunk === null) {
            fetchBodyEnd(id, undefined);
            return;
          }
          if (!(chunk instanceof Uint8Array)) {
            const e = new TypeError("fetch: a request body stream must yield Uint8Array chunks");
            reader.cancel(e);
            fetchBodyEnd(id, e.message);
            return;
          }
          if (!fetchBodyWrite(id, chunk)) {
            reader.cancel(new TypeError("fetch: the host takes no more of the request body"));
            return;
          }
        } catch (e) {
          failFetch(e);
          return;
        }
        step();
      },
      (e) => {
        try {
          fetchBodyEnd(id, `${e}`);
        } catch (err) {
          failFetch(err);
        }
      },
    );
  };
  step();
}

export const fetchDone = (id, ok, value) => {
  const pending = pendingFetches.get(id);
  if (pending === undefined) return;
  pendingFetches.delete(id);
  if (!ok) {
    pending.reject(new TypeError(`fetch failed: ${value}`));
    return;
  }
  const [status, flat, body] = value;
  // `true`: the host streams the body in (bodyInPush with this id).
  pending.resolve(hostResponse(status, flat, body === true ? feedFor(id) : body, pending.url));
};

defineGlobal("fetch", fetch);
defineGlobal("Request", Request);
defineGlobal("Response", Response);
