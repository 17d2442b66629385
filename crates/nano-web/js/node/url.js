// node:url — the WHATWG URL classes (nano's own, from ../web/url.js), their
// Node helpers (file URLs, domains, http options, format with options),
// and the legacy API (url.parse / format / resolve, the Url object) with
// Node's legacy semantics and quirks.
import { URL, URLSearchParams } from "../web/url.js";
import { posix as pathPosix, win32 as pathWin32 } from "./path.js";
import querystring, { escape as qsEscape } from "./querystring.js";
import { decode as punycodeDecode } from "./punycode.js";
import process from "./process.js";
import {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_FILE_URL_HOST,
  ERR_INVALID_FILE_URL_PATH,
  ERR_INVALID_URL_SCHEME,
  ERR_MISSING_ARGS,
  makeNodeError,
  validateObject,
  validateString,
} from "./internal/errors.js";

// Captured: a script may replace the globals.
const safeDecodeURIComponent = decodeURIComponent;
const { assign: objectAssign, keys: objectKeys } = Object;
const SafeNumber = Number;

// Node's ERR_INVALID_URL carries the input.
const ERR_INVALID_URL = makeNodeError("ERR_INVALID_URL", TypeError, "Invalid URL");
const invalidUrl = (input) => {
  const err = new ERR_INVALID_URL();
  err.input = input;
  return err;
};

// DEP0170 (a URL with an invalid port) is reported once per request.
let warnedInvalidPort = false;
export const resetNodeState = () => {
  warnedInvalidPort = false;
};

// nano's platform is "linux": file paths are POSIX unless asked otherwise.
const IS_WINDOWS = false;
const PLATFORM = "linux";

// ---- WHATWG helpers ----

// A WHATWG URL as Node recognizes one (any realm's, or a copy of one
// with its accessors read): an href and protocol, and none of the legacy
// Url's auth/path.
const isURL = (self) => Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);

// Domain to ASCII as the URL Standard's host setter does it (UTS 46,
// Punycode, IPv4 forms); "" when it is not a valid domain.
function toASCIIHost(domain) {
  if (domain === "") return "";
  // The setter leaves the hostname as it was on failure: two bases tell a
  // failure from a domain that happens to become the base's.
  const a = new URL("ws://x");
  a.hostname = domain;
  if (a.hostname !== "x") return a.hostname;
  const b = new URL("ws://y");
  b.hostname = domain;
  return b.hostname === "y" ? "" : a.hostname;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS("domain");
  return toASCIIHost(`${domain}`);
}

// Each valid "xn--" label of an ASCII host decoded (nothing else changes).
function labelsToUnicode(host) {
  if (host === "" || host.charCodeAt(0) === 91) return host; // "" or an IPv6 address
  return host
    .split(".")
    .map((label) => {
      if (!/^xn--/i.test(label)) return label;
      try {
        return punycodeDecode(label.slice(4).toLowerCase());
      } catch {
        return label;
      }
    })
    .join(".");
}

// The ASCII form, with its Punycode labels decoded.
function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS("domain");
  return labelsToUnicode(toASCIIHost(`${domain}`));
}

// The characters a file URL's path keeps as they are; everything else is
// percent-encoded (UTF-8), as Node 22+ writes file URLs.
const PATH_KEEP = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!$&'()*+,-./:;=@_") {
  PATH_KEEP[ch.charCodeAt(0)] = 1;
}
const HEX = "0123456789ABCDEF";
const pctByte = (b) => `%${HEX[b >> 4]}${HEX[b & 15]}`;
function encodePathChars(path) {
  let out = "";
  for (const ch of path.toWellFormed()) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) out += PATH_KEEP[cp] === 1 ? ch : pctByte(cp);
    else if (cp < 0x800) out += pctByte(0xc0 | (cp >> 6)) + pctByte(0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out += pctByte(0xe0 | (cp >> 12)) + pctByte(0x80 | ((cp >> 6) & 0x3f)) + pctByte(0x80 | (cp & 0x3f));
    else {
      out +=
        pctByte(0xf0 | (cp >> 18)) + pctByte(0x80 | ((cp >> 12) & 0x3f)) + pctByte(0x80 | ((cp >> 6) & 0x3f)) +
        pctByte(0x80 | (cp & 0x3f));
    }
  }
  return out;
}

function pathToFileURL(filepath, options = undefined) {
  validateString(filepath, "path");
  const windows = options?.windows ?? IS_WINDOWS;
  if (windows) {
    let resolved = filepath.startsWith("\\\\") ? filepath : pathWin32.resolve(filepath);
    // "\\?\C:\..." is a local path written in the long form.
    if (resolved.startsWith("\\\\?\\") && !resolved.startsWith("\\\\?\\UNC\\")) resolved = resolved.slice(4);
    if (resolved.startsWith("\\\\")) {
      // A UNC path: \\server\share\resource, or \\?\UNC\server\share\...
      const prefix = resolved.startsWith("\\\\?\\UNC\\") ? 8 : 2;
      const hostEnd = resolved.indexOf("\\", prefix);
      if (hostEnd === -1) throw new ERR_INVALID_ARG_VALUE("path", resolved, "Missing UNC resource path");
      if (hostEnd === 2) throw new ERR_INVALID_ARG_VALUE("path", resolved, "Empty UNC servername");
      const out = new URL("file://");
      out.hostname = resolved.slice(prefix, hostEnd);
      out.pathname = encodePathChars(resolved.slice(hostEnd).replaceAll("\\", "/"));
      return out;
    }
    const last = filepath.charCodeAt(filepath.length - 1);
    if ((last === 47 || last === 92) && !resolved.endsWith("\\")) resolved += "\\";
    resolved = resolved.replaceAll("\\", "/");
    return new URL(`file://${resolved.startsWith("/") ? "" : "/"}${encodePathChars(resolved)}`);
  }
  let resolved = pathPosix.resolve(filepath);
  // resolve() drops a trailing separator: a directory keeps it.
  if (filepath.charCodeAt(filepath.length - 1) === 47 && !resolved.endsWith("/")) resolved += "/";
  return new URL(`file://${encodePathChars(resolved)}`);
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? IS_WINDOWS;
  if (typeof path === "string") path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE("path", ["string", "URL"], path);
  if (path.protocol !== "file:") throw new ERR_INVALID_URL_SCHEME("file");
  const hostname = path.hostname;
  let pathname = path.pathname;
  if (windows) {
    // Encoded "/" or "\" would make separators that were not there.
    if (/%(2f|5c)/i.test(pathname)) throw new ERR_INVALID_FILE_URL_PATH("must not include encoded \\ or / characters");
    pathname = safeDecodeURIComponent(pathname.replaceAll("/", "\\"));
    if (hostname !== "") return `\\\\${domainToUnicode(hostname)}${pathname}`;
    const letter = pathname.codePointAt(1) | 0x20;
    if (letter < 97 || letter > 122 || pathname[2] !== ":") throw new ERR_INVALID_FILE_URL_PATH("must be absolute");
    return pathname.slice(1);
  }
  if (hostname !== "") throw new ERR_INVALID_FILE_URL_HOST(PLATFORM);
  if (/%2f/i.test(pathname)) throw new ERR_INVALID_FILE_URL_PATH("must not include encoded / characters");
  return safeDecodeURIComponent(pathname);
}

// The options http.request() takes, from a WHATWG URL (or an object like
// one, whose own properties are kept).
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === "[" ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ""}${search || ""}`,
    href: url.href,
  };
  if (port !== "") options.port = SafeNumber(port);
  if (username || password) options.auth = `${safeDecodeURIComponent(username)}:${safeDecodeURIComponent(password)}`;
  return options;
}

// url.format(URL, options): the href without the parts options turn off,
// the host in Unicode with `unicode`.
function formatWhatwg(href, fragment, unicode, search, auth) {
  const url = new URL(href);
  if (!fragment) url.hash = "";
  if (!search) url.search = "";
  if (!auth) {
    url.username = "";
    url.password = "";
  }
  let out = url.href;
  // An empty hash or query still shows its "#" / "?" in href; dropped
  // parts must not.
  if (!fragment && out.endsWith("#")) out = out.slice(0, -1);
  if (!search && url.hash === "" && out.endsWith("?")) out = out.slice(0, -1);
  if (unicode && url.hostname !== "") {
    // href is protocol "//" [credentials "@"] host ...: the host swapped.
    const head = `${url.protocol}//`;
    if (out.startsWith(head)) {
      const at = url.username !== "" || url.password !== "" ? out.indexOf("@", head.length) + 1 : head.length;
      if (out.startsWith(url.hostname, at)) {
        out = out.slice(0, at) + labelsToUnicode(url.hostname) + out.slice(at + url.hostname.length);
      }
    }
  }
  return out;
}

// ---- The legacy API ----

// Protocols that never have a host, that are never escaped, and that are
// always written with "//".
const HOSTLESS = new Set(["javascript", "javascript:"]);
const UNSAFE = new Set(["javascript", "javascript:"]);
const SLASHED = new Set([
  "http", "http:", "https", "https:", "ftp", "ftp:", "gopher", "gopher:", "file", "file:", "ws", "ws:", "wss", "wss:",
]);

const PROTOCOL_RE = /^[a-z0-9.+-]+:/i;
const PORT_RE = /:[0-9]*$/;
const AUTH_HOST_RE = /^\/\/[^@/]+@[^@/]+/;
const SIMPLE_PATH_RE = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const HOSTNAME_MAX = 255;
// Characters a hostname may not hold once converted to ASCII (host
// spoofing), and those for an IPv6 one ("[", "]" and ":" allowed there).
const FORBIDDEN_HOST = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const FORBIDDEN_HOST_IPV6 = /[\0\t\n\r #%/<>?@\\^|]/;

// What the legacy parser escapes in the rest of a URL after the host.
const AUTO_ESCAPE = {
  "\t": "%09",
  "\n": "%0A",
  "\r": "%0D",
  " ": "%20",
  '"': "%22",
  "'": "%27",
  "<": "%3C",
  ">": "%3E",
  "\\": "%5C",
  "^": "%5E",
  "`": "%60",
  "{": "%7B",
  "|": "%7C",
  "}": "%7D",
};
const AUTO_ESCAPE_RE = /[\t\n\r "'<>\\^`{|}]/g;

// Characters that end a legacy host ("#", "/", "?"), and those that may
// not be in one (the host stops there too).
const HOST_END = new Set([35, 47, 63]);
const NOT_HOST = new Set([32, 34, 37, 39, 59, 60, 62, 92, 94, 96, 123, 124, 125]);

const isIpv6Hostname = (hostname) => hostname.charCodeAt(0) === 91 && hostname.charCodeAt(hostname.length - 1) === 93;

// What the legacy parser trims from both ends: controls, space, NBSP, BOM.
const isTrimmed = (code) => code < 33 || code === 0xa0 || code === 0xfeff;

// The legacy hostname in ASCII: hosts with non-ASCII or Punycode ("xn--")
// labels through the URL Standard's domain to ASCII (which checks the
// Punycode), "" when that fails.
const legacyToASCII = (hostname) => (/[^\0-\x7f]|(?:^|\.)xn--/i.test(hostname) ? toASCIIHost(hostname) : hostname);

class Url {
  constructor() {
    this.protocol = null;
    this.slashes = null;
    this.auth = null;
    this.host = null;
    this.port = null;
    this.hostname = null;
    this.hash = null;
    this.search = null;
    this.query = null;
    this.pathname = null;
    this.path = null;
    this.href = null;
  }

  parse(url, parseQueryString, slashesDenoteHost) {
    validateString(url, "url");
    let rest = trimAndSlash(url);
    const { hasHash, hasAt } = scanHead(url);

    // A plain path (and query) needs no more parsing.
    if (!slashesDenoteHost && !hasHash && !hasAt) {
      const simple = SIMPLE_PATH_RE.exec(rest);
      if (simple !== null) {
        this.path = rest;
        this.href = rest;
        this.pathname = simple[1];
        if (simple[2]) {
          this.search = simple[2];
          this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
        } else if (parseQueryString) {
          this.search = null;
          this.query = { __proto__: null };
        }
        return this;
      }
    }

    const protoMatch = PROTOCOL_RE.exec(rest);
    let proto;
    let lowerProto;
    if (protoMatch !== null) {
      proto = protoMatch[0];
      lowerProto = proto.toLowerCase();
      this.protocol = lowerProto;
      rest = rest.slice(proto.length);
    }

    // "//" starts a host where a protocol was given, where asked, or
    // where "//user@host" plainly has one.
    let slashes;
    if (slashesDenoteHost || proto || AUTH_HOST_RE.test(rest)) {
      slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
      if (slashes && !(proto && HOSTLESS.has(lowerProto))) {
        rest = rest.slice(2);
        this.slashes = true;
      }
    }

    if (!HOSTLESS.has(lowerProto) && (slashes || (proto && !SLASHED.has(proto)))) {
      rest = this.#parseAuthority(rest, url);
    }

    if (!UNSAFE.has(lowerProto)) rest = rest.replace(AUTO_ESCAPE_RE, (ch) => AUTO_ESCAPE[ch]);

    // The hash is from the first "#"; the query from the first "?" before it.
    let questionIdx = -1;
    let hashIdx = -1;
    for (let i = 0; i < rest.length; i++) {
      const code = rest.charCodeAt(i);
      if (code === 35) {
        this.hash = rest.slice(i);
        hashIdx = i;
        break;
      }
      if (code === 63 && questionIdx === -1) questionIdx = i;
    }
    if (questionIdx !== -1) {
      const end = hashIdx === -1 ? rest.length : hashIdx;
      this.search = rest.slice(questionIdx, end);
      this.query = rest.slice(questionIdx + 1, end);
      if (parseQueryString) this.query = querystring.parse(this.query);
    } else if (parseQueryString) {
      this.search = null;
      this.query = { __proto__: null };
    }
    const firstIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx) ? questionIdx : hashIdx;
    if (firstIdx === -1) {
      if (rest.length > 0) this.pathname = rest;
    } else if (firstIdx > 0) {
      this.pathname = rest.slice(0, firstIdx);
    }
    if (SLASHED.has(lowerProto) && this.hostname && !this.pathname) this.pathname = "/";
    // For http.request: path is pathname and search.
    if (this.pathname || this.search) this.path = (this.pathname || "") + (this.search || "");
    this.href = this.format();
    return this;
  }

  // The authority at the start of `rest` (auth, host, port) into this;
  // returns what follows it.
  #parseAuthority(rest, url) {
    // The host ends at "#", "/" or "?"; characters never allowed in one
    // end it too (unless an "@" later makes them the auth's). Tabs and
    // newlines within are dropped.
    let hostEnd = -1;
    let atSign = -1;
    let nonHost = -1;
    for (let i = 0; i < rest.length && hostEnd === -1; i++) {
      const code = rest.charCodeAt(i);
      if (code === 9 || code === 10 || code === 13) {
        rest = rest.slice(0, i) + rest.slice(i + 1);
        i--;
      } else if (NOT_HOST.has(code)) {
        if (nonHost === -1) nonHost = i;
      } else if (HOST_END.has(code)) {
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
      } else if (code === 64) {
        atSign = i;
        nonHost = -1;
      }
    }
    let start = 0;
    if (atSign !== -1) {
      this.auth = safeDecodeURIComponent(rest.slice(0, atSign));
      start = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(start);
      rest = "";
    } else {
      this.host = rest.slice(start, nonHost);
      rest = rest.slice(nonHost);
    }
    this.parseHost();
    // There is a host, even if empty.
    if (typeof this.hostname !== "string") this.hostname = "";
    const hostname = this.hostname;
    const ipv6 = isIpv6Hostname(hostname);
    if (!ipv6) {
      // A "/", "\", "#", "?" or ":" left in the hostname (an invalid port,
      // say) starts the path instead.
      for (let i = 0; i < hostname.length; i++) {
        const code = hostname.charCodeAt(i);
        if (code === 47 || code === 92 || code === 35 || code === 63 || code === 58) {
          if (code === 58 && !warnedInvalidPort) {
            warnedInvalidPort = true;
            process.emitWarning(
              `The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
              "DeprecationWarning",
              "DEP0170",
            );
          }
          this.hostname = hostname.slice(0, i);
          rest = `/${hostname.slice(i)}${rest}`;
          break;
        }
      }
    }
    this.hostname = this.hostname.length > HOSTNAME_MAX ? "" : this.hostname.toLowerCase();
    if (this.hostname !== "") {
      if (ipv6) {
        if (FORBIDDEN_HOST_IPV6.test(this.hostname)) throw invalidUrl(url);
      } else {
        this.hostname = legacyToASCII(this.hostname);
        // Emptied or made to hold a forbidden character by the conversion:
        // a spoofing attempt.
        if (this.hostname === "" || FORBIDDEN_HOST.test(this.hostname)) throw invalidUrl(url);
      }
    }
    this.host = (this.hostname || "") + (this.port ? `:${this.port}` : "");
    if (ipv6) {
      // The brackets stay in host, not in hostname.
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== "/") rest = `/${rest}`;
    }
    return rest;
  }

  format() {
    let auth = this.auth || "";
    if (auth) auth = `${encodeAuth(auth)}@`;
    let protocol = this.protocol || "";
    let pathname = this.pathname || "";
    let hash = this.hash || "";
    let host = "";
    if (this.host) {
      host = auth + this.host;
    } else if (this.hostname) {
      const h = this.hostname;
      host = auth + (h.includes(":") && !isIpv6Hostname(h) ? `[${h}]` : h);
      if (this.port) host += `:${this.port}`;
    }
    let query = "";
    if (this.query !== null && typeof this.query === "object") query = querystring.stringify(this.query);
    let search = this.search || (query && `?${query}`) || "";
    if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ":";
    // "#" and "?" in the pathname are data, not delimiters.
    pathname = pathname.replace(/[#?]/g, (ch) => (ch === "#" ? "%23" : "%3F"));
    // Only slashed protocols get "//" (others only if they had it).
    if (this.slashes || SLASHED.has(protocol)) {
      if (this.slashes || host) {
        if (pathname && pathname.charCodeAt(0) !== 47) pathname = `/${pathname}`;
        host = `//${host}`;
      } else if (protocol.length >= 4 && protocol.startsWith("file")) {
        host = "//";
      }
    }
    search = search.replace(/#/g, "%23");
    if (hash && hash.charCodeAt(0) !== 35) hash = `#${hash}`;
    if (search && search.charCodeAt(0) !== 63) search = `?${search}`;
    return protocol + host + pathname + search + hash;
  }

  resolve(relative) {
    return this.resolveObject(urlParse(relative, false, true)).format();
  }

  resolveObject(relative) {
    return resolveLegacy(this, relative);
  }

  parseHost() {
    let host = this.host;
    const port = PORT_RE.exec(host);
    if (port !== null) {
      if (port[0] !== ":") this.port = port[0].slice(1);
      host = host.slice(0, host.length - port[0].length);
    }
    if (host) this.hostname = host;
  }
}
// Node's Url.prototype methods are enumerable (assigned, not declared).
for (const name of ["parse", "format", "resolve", "resolveObject", "parseHost"]) {
  Object.defineProperty(Url.prototype, name, { ...Object.getOwnPropertyDescriptor(Url.prototype, name), enumerable: true });
}

// The input with whitespace trimmed from both ends and "\" before the
// first "?" or "#" made "/".
function trimAndSlash(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isTrimmed(url.charCodeAt(start))) start++;
  while (end > start && isTrimmed(url.charCodeAt(end - 1))) end--;
  const s = start === 0 && end === url.length ? url : url.slice(start, end);
  let split = s.length;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 35 || code === 63) {
      split = i;
      break;
    }
  }
  const head = s.slice(0, split);
  return head.includes("\\") ? head.replaceAll("\\", "/") + s.slice(split) : s;
}

// Whether the URL has a "#" anywhere, and an "@" before its first "?"/"#".
function scanHead(url) {
  let hasAt = false;
  let split = false;
  let hasHash = false;
  for (let i = 0; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code === 35) {
      hasHash = true;
      break;
    }
    if (split) continue;
    if (code === 64) hasAt = true;
    else if (code === 63) split = true;
  }
  return { hasHash, hasAt };
}

// The auth as format writes it: querystring's escaping, ":" kept.
const encodeAuth = (auth) => qsEscape(auth).replace(/%3A/g, ":");

function urlParse(url, parseQueryString = false, slashesDenoteHost = false) {
  if (url instanceof Url) return url;
  const urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

function urlFormat(urlObject, options = undefined) {
  if (typeof urlObject === "string") {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== "object" || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE("urlObject", ["Object", "string"], urlObject);
  } else if (isURL(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, "options");
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatWhatwg(urlObject.href, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

// pathname + search as `path`, when either is set.
const setPath = (result) => {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : "") + (result.search ? result.search : "");
  }
};

// "user@host" in a host (from a path of a non-slashed protocol): auth
// and host apart.
const splitAuthInHost = (result) => {
  if (result.host && result.host.indexOf("@") > 0) {
    const parts = result.host.split("@");
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
};

// Url.prototype.resolveObject: `relative` (a Url or a string) resolved
// against `base` as the legacy API does it (RFC 1808-like, with Node's
// special cases for protocols without "//").
function resolveLegacy(base, relative) {
  if (typeof relative === "string") {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  objectAssign(result, base);
  // The hash is always the relative one's.
  result.hash = relative.hash;
  if (relative.href === "") {
    result.href = result.format();
    return result;
  }

  // "//host/path": everything but the protocol from the relative one.
  if (relative.slashes && !relative.protocol) {
    for (const key of objectKeys(relative)) if (key !== "protocol") result[key] = relative[key];
    if (SLASHED.has(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = "/";
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another protocol: a URL of its own. Without "//" it is taken as is.
    if (!SLASHED.has(relative.protocol)) {
      objectAssign(result, relative);
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !HOSTLESS.has(relative.protocol)) {
      // "http:foo/bar": the first segment is the host.
      const relPath = (relative.pathname || "").split("/");
      while (relPath.length > 0 && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = "";
      if (!relative.hostname) relative.hostname = "";
      if (relPath[0] !== "") relPath.unshift("");
      if (relPath.length < 2) relPath.unshift("");
      result.pathname = relPath.join("/");
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || "";
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || "") + (result.search || "");
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = result.pathname && result.pathname.charAt(0) === "/";
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === "/");
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split("/")) || [];
  const relPath = (relative.pathname && relative.pathname.split("/")) || [];
  // A protocol without "//" (mailto:, ...) keeps its host as the first
  // path segment while resolving.
  const noLeadingSlashes = result.protocol && !SLASHED.has(result.protocol);
  if (noLeadingSlashes) {
    result.hostname = "";
    result.port = null;
    if (result.host) {
      if (srcPath[0] === "") srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = "";
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === "") relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === "" || srcPath[0] === "");
  }

  if (isRelAbs) {
    // An absolute path (or a host): it replaces the base's.
    if (relative.host || relative.host === "") {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === "") {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length > 0) {
    // A relative path: it replaces the base's last segment.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query: the base's path with it.
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      splitAuthInHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    result.href = result.format();
    return result;
  }

  if (srcPath.length === 0) {
    // Nothing left of the path: the query alone.
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = result.format();
    return result;
  }

  // A trailing "." or ".." (or an empty last segment) leaves a "/" at the
  // end.
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash =
    ((result.host || relative.host || srcPath.length > 1) && (last === "." || last === "..")) || last === "";

  // Drop "." segments and fold ".." into the segment before.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === ".") {
      srcPath.splice(i, 1);
    } else if (last === "..") {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  // A relative result keeps the ".." it could not fold.
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift("..");
  }
  if (mustEndAbs && srcPath[0] !== "" && (!srcPath[0] || srcPath[0].charAt(0) !== "/")) srcPath.unshift("");
  if (hasTrailingSlash && srcPath.join("/").slice(-1) !== "/") srcPath.push("");

  const isAbsolute = srcPath[0] === "" || (srcPath[0] && srcPath[0].charAt(0) === "/");
  if (noLeadingSlashes) {
    // The host comes back out of the first segment.
    result.hostname = result.host = isAbsolute ? "" : srcPath.length > 0 ? srcPath.shift() : "";
    splitAuthInHost(result);
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift("");
  if (srcPath.length === 0) {
    result.pathname = null;
    result.path = null;
  } else {
    result.pathname = srcPath.join("/");
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
}

export {
  Url,
  urlParse as parse,
  urlResolve as resolve,
  urlResolveObject as resolveObject,
  urlFormat as format,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};

export default {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
