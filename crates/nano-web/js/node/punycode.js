// node:punycode — the deprecated module (DEP0040), Punycode as RFC 3492
// defines it, with the API of the punycode.js 2.1.0 Node bundles.
const { floor } = Math;
const { fromCharCode } = String;
const SafeRangeError = RangeError;

// RFC 3492 section 5: the Bootstring parameters for Punycode.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const DELIMITER = "-";
const MAX_INT = 2147483647; // 2^31 - 1: the integers the algorithm may use

const ERRORS = {
  overflow: "Overflow: input needs wider integers to process",
  "not-basic": "Illegal input >= 0x80 (not a basic code point)",
  "invalid-input": "Invalid input",
};
const fail = (kind) => {
  throw new SafeRangeError(ERRORS[kind]);
};

// The code points of a string: surrogate pairs joined, lone surrogates
// kept as they are.
function ucs2decode(string) {
  const out = [];
  const len = string.length;
  for (let i = 0; i < len; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const next = string.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out.push(((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

// A string of code points (lone surrogates included).
function ucs2encode(codePoints) {
  let out = "";
  for (const cp of codePoints) {
    if (cp > 0xffff) {
      const v = cp - 0x10000;
      out += fromCharCode(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
    } else {
      out += fromCharCode(cp);
    }
  }
  return out;
}

// RFC 3492 section 5: digit values 0-25 are a-z (A-Z read too), 26-35
// are 0-9; BASE means "not a digit".
const digitOf = (cp) => {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30 + 26;
  if (cp >= 0x41 && cp <= 0x5a) return cp - 0x41;
  if (cp >= 0x61 && cp <= 0x7a) return cp - 0x61;
  return BASE;
};
const charOfDigit = (d) => (d < 26 ? d + 0x61 : d - 26 + 0x30);

// RFC 3492 section 6.1: bias adaptation.
function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? floor(delta / DAMP) : delta >> 1;
  delta += floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
    delta = floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return floor(k + ((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

// The threshold t for the digit position k (section 6.2/6.3).
const thresholdOf = (k, bias) => (k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias);

// RFC 3492 section 6.2: Punycode to Unicode.
function decode(input) {
  input = `${input}`;
  const output = [];
  const len = input.length;
  // The basic code points are those before the last delimiter.
  let basic = input.lastIndexOf(DELIMITER);
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) fail("not-basic");
    output.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < len; ) {
    // One generalized variable-length integer: the next insertion's delta.
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= len) fail("invalid-input");
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) fail("invalid-input");
      if (digit > floor((MAX_INT - i) / w)) fail("overflow");
      i += digit * w;
      const t = thresholdOf(k, bias);
      if (digit < t) break;
      if (w > floor(MAX_INT / (BASE - t))) fail("overflow");
      w *= BASE - t;
    }
    const count = output.length + 1;
    bias = adapt(i - oldi, count, oldi === 0);
    if (floor(i / count) > MAX_INT - n) fail("overflow");
    n += floor(i / count);
    i %= count;
    output.splice(i++, 0, n);
  }
  return ucs2encode(output);
}

// RFC 3492 section 6.3: Unicode to Punycode.
function encode(input) {
  const codePoints = ucs2decode(`${input}`);
  let out = "";
  for (const cp of codePoints) if (cp < 0x80) out += fromCharCode(cp);
  const basicCount = out.length;
  let handled = basicCount;
  if (basicCount > 0) out += DELIMITER;
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < codePoints.length) {
    // The smallest code point not handled yet.
    let m = MAX_INT;
    for (const cp of codePoints) if (cp >= n && cp < m) m = cp;
    if (m - n > floor((MAX_INT - delta) / (handled + 1))) fail("overflow");
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of codePoints) {
      if (cp < n && ++delta > MAX_INT) fail("overflow");
      if (cp !== n) continue;
      // delta as a generalized variable-length integer.
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = thresholdOf(k, bias);
        if (q < t) break;
        out += fromCharCode(charOfDigit(t + ((q - t) % (BASE - t))));
        q = floor((q - t) / (BASE - t));
      }
      out += fromCharCode(charOfDigit(q));
      bias = adapt(delta, handled + 1, handled === basicCount);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return out;
}

// Each label of a domain (or of the domain part of an e-mail address) by
// `fn`; the IDNA full stops (U+3002, U+FF0E, U+FF61) become ".".
function mapDomain(domain, fn) {
  const parts = `${domain}`.split("@");
  let prefix = "";
  if (parts.length > 1) {
    // As punycode.js: the local part is kept, anything after a second "@"
    // is dropped.
    prefix = `${parts[0]}@`;
    domain = parts[1];
  } else {
    domain = parts[0];
  }
  const labels = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, ".").split(".");
  return prefix + labels.map(fn).join(".");
}

const toASCII = (input) => mapDomain(input, (label) => (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));
const toUnicode = (input) =>
  mapDomain(input, (label) => (label.startsWith("xn--") ? decode(label.slice(4).toLowerCase()) : label));

export const version = "2.1.0";
export const ucs2 = { decode: ucs2decode, encode: ucs2encode };
export { decode, encode, toASCII, toUnicode };
export default { version, ucs2, decode, encode, toASCII, toUnicode };
