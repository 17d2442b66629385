// node:querystring — Node's form-encoding helpers, with Node's escaping
// table (unreserved: A-Z a-z 0-9 - . _ ~ ! ' ( ) *), its parsing state
// machine (multi-character separators, maxKeys, "+" as space, decoding
// only where a valid %XX appears) and its quirks.
import { Buffer } from "./buffer.js";
import { makeNodeError } from "./internal/errors.js";

// Captured: a script may replace the globals.
const safeDecodeURIComponent = decodeURIComponent;
const { isArray } = Array;
const { isFinite: numberIsFinite } = Number;
const { keys: objectKeys } = Object;
const SafeString = String;

export const ERR_INVALID_URI = makeNodeError("ERR_INVALID_URI", URIError, "URI malformed");

// "%XX" for every byte, and which ASCII characters stay as they are.
const HEX = [];
for (let i = 0; i < 256; i++) HEX.push(`%${i < 16 ? "0" : ""}${i.toString(16).toUpperCase()}`);
const UNRESERVED = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") UNRESERVED[ch.charCodeAt(0)] = 1;

// Hex digit values by char code (-1: not one).
const HEX_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEX_VALUE[48 + i] = i;
for (let i = 0; i < 6; i++) {
  HEX_VALUE[65 + i] = 10 + i;
  HEX_VALUE[97 + i] = 10 + i;
}
const hexValue = (code) => (code < 256 ? HEX_VALUE[code] : -1);

// UTF-8 percent-encoding of `str`. A surrogate takes the next code unit as
// its pair whatever it is (Node's behaviour); one at the very end throws.
function encodeString(str) {
  let out = "";
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80 && UNRESERVED[c] === 1) continue;
    if (last < i) out += str.slice(last, i);
    if (c < 0x80) out += HEX[c];
    else if (c < 0x800) out += HEX[0xc0 | (c >> 6)] + HEX[0x80 | (c & 0x3f)];
    else if (c < 0xd800 || c >= 0xe000) {
      out += HEX[0xe0 | (c >> 12)] + HEX[0x80 | ((c >> 6) & 0x3f)] + HEX[0x80 | (c & 0x3f)];
    } else {
      if (++i >= len) throw new ERR_INVALID_URI();
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      out +=
        HEX[0xf0 | (c >> 18)] + HEX[0x80 | ((c >> 12) & 0x3f)] + HEX[0x80 | ((c >> 6) & 0x3f)] + HEX[0x80 | (c & 0x3f)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < len ? out + str.slice(last) : out;
}

function qsEscape(str) {
  if (typeof str !== "string") {
    // Objects by their toString (String()), other values as `+ ""` does
    // (a Symbol throws).
    if (typeof str === "object") str = SafeString(str);
    else str += "";
  }
  return encodeString(str);
}

// Percent-decoding to bytes: invalid or short "%" sequences stay as they
// are; `decodeSpaces`: "+" is a space. Code units above 0xFF keep their low
// byte, as a Buffer write does.
function unescapeBuffer(s, decodeSpaces = false) {
  s = `${s}`;
  const len = s.length;
  const bytes = Buffer.alloc(len);
  let n = 0;
  let i = 0;
  while (i < len) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      bytes[n++] = 32;
      i++;
      continue;
    }
    if (c === 37 && i < len - 2) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hexValue(s.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        bytes[n++] = hi * 16 + lo;
        i += 3;
        continue;
      }
    }
    bytes[n++] = c & 0xff;
    i++;
  }
  return n === len ? bytes : bytes.subarray(0, n);
}

function qsUnescape(s, decodeSpaces = false) {
  try {
    return safeDecodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

// querystring.escape and .unescape may be replaced by a script (Node
// documents it: parse and stringify then use the replacement): accessors
// over these, reset after each request.
let currentEscape = qsEscape;
let currentUnescape = qsUnescape;

// A value as stringify writes it: strings, finite numbers, bigints and
// booleans; anything else is "".
function primitiveString(v) {
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return numberIsFinite(v) ? `${v}` : "";
    case "bigint":
      return `${v}`;
    case "boolean":
      return v ? "true" : "false";
    default:
      return "";
  }
}

function stringify(obj, sep = undefined, eq = undefined, options = undefined) {
  sep ||= "&";
  eq ||= "=";
  let encode = currentEscape;
  if (options && typeof options.encodeURIComponent === "function") encode = options.encodeURIComponent;
  const convert =
    encode === qsEscape
      ? (v) => {
          // Only what may need escaping goes through it: numbers below 1e21
          // (no "e+"), bigints and booleans are plain.
          if (typeof v === "string") return v.length > 0 ? qsEscape(v) : "";
          if (typeof v === "number" && numberIsFinite(v) && Math.abs(v) >= 1e21) return qsEscape(`${v}`);
          return primitiveString(v);
        }
      : (v) => encode(primitiveString(v));
  if (obj === null || typeof obj !== "object") return "";
  let fields = "";
  for (const k of objectKeys(obj)) {
    const v = obj[k];
    const prefix = `${convert(k)}${eq}`;
    if (isArray(v)) {
      if (v.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < v.length; j++) {
        if (j > 0) fields += sep;
        fields += prefix + convert(v[j]);
      }
    } else {
      if (fields) fields += sep;
      fields += prefix + convert(v);
    }
  }
  return fields;
}

const codesOf = (s) => {
  const codes = [];
  for (let i = 0; i < s.length; i++) codes.push(s.charCodeAt(i));
  return codes;
};

function decodeWith(s, decode) {
  try {
    return decode(s);
  } catch {
    return currentUnescape(s, true);
  }
}

function addPair(obj, key, value, keyEncoded, valueEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeWith(key, decode);
  if (value.length > 0 && valueEncoded) value = decodeWith(value, decode);
  const current = obj[key];
  if (current === undefined) obj[key] = value;
  else if (isArray(current)) current.push(value);
  else obj[key] = [current, value];
}

// One pass over `qs`, matching `sep` and `eq` greedily character by
// character (no backtracking, as Node: with sep "ab", "aab" holds none).
// A character that continues a partial `sep` match is not looked at as
// part of `eq`, "+" or "%".
function parse(qs, sep = undefined, eq = undefined, options = undefined) {
  const obj = { __proto__: null };
  if (typeof qs !== "string" || qs.length === 0) return obj;
  const sepCodes = sep ? codesOf(SafeString(sep)) : [38];
  const eqCodes = eq ? codesOf(SafeString(eq)) : [61];
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;
  // pairs left before stopping; never 0 when unlimited (maxKeys 0, NaN).
  let pairs = 1000;
  if (options && typeof options.maxKeys === "number") pairs = options.maxKeys > 0 ? options.maxKeys : -1;
  let decode = currentUnescape;
  if (options && typeof options.decodeURIComponent === "function") decode = options.decodeURIComponent;
  // A decoder other than Node's own decodes everything, and sees "+" as
  // "%20"; Node's own decodes only what holds a valid "%XX".
  const custom = decode !== qsUnescape;
  const plus = custom ? "%20" : " ";

  let key = "";
  let value = "";
  let keyEncoded = custom;
  let valueEncoded = custom;
  let lastPos = 0;
  let sepIdx = 0;
  let eqIdx = 0;
  let hexRun = 0; // 1 after "%", 2 after "%X": a third hex digit marks it encoded

  // Whether `code` completes a "%XX" (a "+" in the value leaves a run be).
  const scanEscape = (code) => {
    if (code === 37) {
      hexRun = 1;
      return false;
    }
    if (hexRun > 0) {
      if (hexValue(code) >= 0) return ++hexRun === 3;
      hexRun = 0;
    }
    return false;
  };

  for (let i = 0; i < qs.length; i++) {
    const code = qs.charCodeAt(i);
    if (code === sepCodes[sepIdx]) {
      if (++sepIdx < sepLen) continue;
      // A whole separator ends the pair.
      const end = i - sepLen + 1;
      if (eqIdx < eqLen) {
        if (lastPos < end) key += qs.slice(lastPos, end);
        else if (key.length === 0) {
          // Nothing between two separators: no pair, but it counts.
          if (--pairs === 0) return obj;
          lastPos = i + 1;
          sepIdx = eqIdx = 0;
          continue;
        }
      } else if (lastPos < end) {
        value += qs.slice(lastPos, end);
      }
      addPair(obj, key, value, keyEncoded, valueEncoded, decode);
      if (--pairs === 0) return obj;
      keyEncoded = valueEncoded = custom;
      key = value = "";
      hexRun = 0;
      lastPos = i + 1;
      sepIdx = eqIdx = 0;
      continue;
    }
    sepIdx = 0;
    if (eqIdx < eqLen) {
      // Still in the key.
      if (code === eqCodes[eqIdx]) {
        if (++eqIdx === eqLen) {
          const end = i - eqLen + 1;
          if (lastPos < end) key += qs.slice(lastPos, end);
          hexRun = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded && scanEscape(code)) keyEncoded = true;
      if (code === 43) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += plus;
        lastPos = i + 1;
      }
      continue;
    }
    // In the value.
    if (code === 43) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += plus;
      lastPos = i + 1;
    } else if (!valueEncoded && scanEscape(code)) {
      valueEncoded = true;
    }
  }

  if (lastPos < qs.length) {
    if (eqIdx < eqLen) key += qs.slice(lastPos);
    else if (sepIdx < sepLen) value += qs.slice(lastPos);
  } else if (eqIdx === 0 && key.length === 0) {
    // It ended with a separator: no last pair.
    return obj;
  }
  addPair(obj, key, value, keyEncoded, valueEncoded, decode);
  return obj;
}

// Puts querystring.escape/.unescape back after a request replaced them.
export const resetNodeState = () => {
  currentEscape = qsEscape;
  currentUnescape = qsUnescape;
};

export {
  unescapeBuffer,
  qsUnescape as unescape,
  qsEscape as escape,
  stringify,
  stringify as encode,
  parse,
  parse as decode,
};

const querystring = {
  unescapeBuffer,
  get unescape() {
    return currentUnescape;
  },
  set unescape(fn) {
    currentUnescape = fn;
  },
  get escape() {
    return currentEscape;
  },
  set escape(fn) {
    currentEscape = fn;
  },
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
for (const name of ["unescape", "escape"]) {
  Object.defineProperty(querystring, name, { ...Object.getOwnPropertyDescriptor(querystring, name), enumerable: true });
}
export default querystring;
