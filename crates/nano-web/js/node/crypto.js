// node:crypto: hashes (createHash, crypto.hash), HMAC, random bytes,
// integers and UUIDs, PBKDF2, HKDF, scrypt, timingSafeEqual, and Web Crypto
// as `webcrypto`/`subtle`; keys, signatures and key agreement come from
// internal/crypto_keys.js, AES ciphers from internal/crypto_cipher.js. The
// digests and KDFs are Rust natives on RustCrypto crates
// (natives/node_crypto.rs); a hash's state lives in Rust, keyed by an id
// only the Hash object (a private field) holds. Finite-field
// Diffie-Hellman, primes, X.509 and SPKAC are not here: their names exist
// and throw ERR_METHOD_NOT_IMPLEMENTED.
import { hashCopy, hashDigest, hashNew, hashOnce, hashUpdate, hkdf as hkdfNative, pbkdf2 as pbkdf2Native } from "nano:natives";
import { randomFill as fillRandom, scrypt as scryptNative, timingSafeEqual as bytesEqual } from "nano:natives";
import { Buffer, kMaxLength } from "./buffer.js";
import { emitNodeWarning } from "./events.js";
import { Transform } from "./stream.js";
import {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_METHOD_NOT_IMPLEMENTED,
  ERR_OUT_OF_RANGE,
  makeNodeError,
  notImplemented,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
  validateString,
} from "./internal/errors.js";
import { StringPrototypeToLowerCase } from "../nano/primordials.js";
import { bufferBytes, bytesOf, copyOf, deliver, encodeOutput, inputEncoding, later, viewBytes } from "./internal/crypto_util.js";
import {
  CURVE_NAMES,
  ECDH,
  KeyObject,
  Sign,
  Verify,
  createECDH,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  createSign,
  createVerify,
  diffieHellman,
  generateKey,
  generateKeyPair,
  generateKeyPairSync,
  generateKeySync,
  privateDecrypt,
  publicEncrypt,
  secretBytes,
  sign,
  verify,
} from "./internal/crypto_keys.js";
import {
  Cipheriv,
  Decipheriv,
  createCipheriv,
  createDecipheriv,
  getCipherInfo,
  getCiphers,
} from "./internal/crypto_cipher.js";

// web/crypto.js defines the Web Crypto globals and exports none of them:
// taken here, at bootstrap, before any script can replace them.
const webcrypto = globalThis.crypto;
const subtle = webcrypto.subtle;

const { defineProperty } = Reflect;
const { isView } = ArrayBuffer;
const SafeUint8Array = Uint8Array;
const SafeArrayBuffer = ArrayBuffer;
const { isSafeInteger } = Number;
const freeze = Object.freeze;

const ERR_CRYPTO_HASH_FINALIZED = makeNodeError("ERR_CRYPTO_HASH_FINALIZED", Error, "Digest already called");
const ERR_CRYPTO_INVALID_DIGEST = makeNodeError("ERR_CRYPTO_INVALID_DIGEST", TypeError, (d) => `Invalid digest: ${d}`);
const ERR_CRYPTO_INVALID_KEYLEN = makeNodeError("ERR_CRYPTO_INVALID_KEYLEN", RangeError, "Invalid key length");
const ERR_CRYPTO_INVALID_SCRYPT_PARAMS = makeNodeError(
  "ERR_CRYPTO_INVALID_SCRYPT_PARAMS",
  RangeError,
  (detail = undefined) => (detail ? `Invalid scrypt params: ${detail}` : "Invalid scrypt params"),
);
const ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH = makeNodeError(
  "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH",
  RangeError,
  "Input buffers must have the same byte length",
);
const ERR_INCOMPATIBLE_OPTION_PAIR = makeNodeError(
  "ERR_INCOMPATIBLE_OPTION_PAIR",
  TypeError,
  (a, b) => `Option "${a}" cannot be used in combination with option "${b}"`,
);
// OpenSSL's error for an outputLength on a hash that is not an XOF.
const ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH = makeNodeError(
  "ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH",
  Error,
  "error:030000B2:digital envelope routines::not XOF or invalid length",
);

// Deprecations warn once per code until the request ends.
let warned = new Set();
export function resetNodeState() {
  if (warned.size !== 0) warned = new Set();
}
const deprecate = (message, code) => {
  if (warned.has(code)) return;
  warned.add(code);
  const warning = new Error(message);
  warning.name = "DeprecationWarning";
  warning.code = code;
  emitNodeWarning(warning);
};

// ---- Algorithms ----

// Canonical name -> [digest size, extendable output]. The natives take these names.
const ALGORITHMS = {
  __proto__: null,
  md5: [16, false],
  sha1: [20, false],
  sha224: [28, false],
  sha256: [32, false],
  sha384: [48, false],
  sha512: [64, false],
  "sha512-224": [28, false],
  "sha512-256": [32, false],
  "sha3-224": [28, false],
  "sha3-256": [32, false],
  "sha3-384": [48, false],
  "sha3-512": [64, false],
  ripemd160: [20, false],
  // An XOF's size here is its default output length (OpenSSL's).
  shake128: [16, true],
  shake256: [32, true],
};

// The names getHashes() lists (OpenSSL's, as Node shows them), each with
// its algorithm.
const LISTED = [
  ["RSA-MD5", "md5"], ["RSA-RIPEMD160", "ripemd160"], ["RSA-SHA1", "sha1"], ["RSA-SHA1-2", "sha1"],
  ["RSA-SHA224", "sha224"], ["RSA-SHA256", "sha256"], ["RSA-SHA3-224", "sha3-224"], ["RSA-SHA3-256", "sha3-256"],
  ["RSA-SHA3-384", "sha3-384"], ["RSA-SHA3-512", "sha3-512"], ["RSA-SHA384", "sha384"], ["RSA-SHA512", "sha512"],
  ["RSA-SHA512/224", "sha512-224"], ["RSA-SHA512/256", "sha512-256"],
  ["id-rsassa-pkcs1-v1_5-with-sha3-224", "sha3-224"], ["id-rsassa-pkcs1-v1_5-with-sha3-256", "sha3-256"],
  ["id-rsassa-pkcs1-v1_5-with-sha3-384", "sha3-384"], ["id-rsassa-pkcs1-v1_5-with-sha3-512", "sha3-512"],
  ["md5", "md5"], ["md5WithRSAEncryption", "md5"], ["ripemd", "ripemd160"], ["ripemd160", "ripemd160"],
  ["ripemd160WithRSA", "ripemd160"], ["rmd160", "ripemd160"], ["sha1", "sha1"], ["sha1WithRSAEncryption", "sha1"],
  ["sha224", "sha224"], ["sha224WithRSAEncryption", "sha224"], ["sha256", "sha256"],
  ["sha256WithRSAEncryption", "sha256"], ["sha3-224", "sha3-224"], ["sha3-256", "sha3-256"], ["sha3-384", "sha3-384"],
  ["sha3-512", "sha3-512"], ["sha384", "sha384"], ["sha384WithRSAEncryption", "sha384"], ["sha512", "sha512"],
  ["sha512-224", "sha512-224"], ["sha512-224WithRSAEncryption", "sha512-224"], ["sha512-256", "sha512-256"],
  ["sha512-256WithRSAEncryption", "sha512-256"], ["sha512WithRSAEncryption", "sha512"], ["shake128", "shake128"],
  ["shake256", "shake256"], ["ssl3-md5", "md5"], ["ssl3-sha1", "sha1"],
];
// Other spellings OpenSSL 3 takes (its own names, the FIPS ones, OIDs).
const UNLISTED = [
  ["sha-1", "sha1"], ["sha-224", "sha224"], ["sha-256", "sha256"], ["sha-384", "sha384"], ["sha-512", "sha512"],
  ["sha-512/224", "sha512-224"], ["sha-512/256", "sha512-256"], ["sha2-224", "sha224"], ["sha2-256", "sha256"],
  ["sha2-384", "sha384"], ["sha2-512", "sha512"], ["sha2-512/224", "sha512-224"], ["sha2-512/256", "sha512-256"],
  ["ripemd-160", "ripemd160"], ["shake-128", "shake128"], ["shake-256", "shake256"],
  ["1.2.840.113549.2.5", "md5"], ["1.3.14.3.2.26", "sha1"], ["1.3.36.3.2.1", "ripemd160"],
  ["2.16.840.1.101.3.4.2.1", "sha256"], ["2.16.840.1.101.3.4.2.2", "sha384"], ["2.16.840.1.101.3.4.2.3", "sha512"],
  ["2.16.840.1.101.3.4.2.4", "sha224"], ["2.16.840.1.101.3.4.2.5", "sha512-224"],
  ["2.16.840.1.101.3.4.2.6", "sha512-256"], ["2.16.840.1.101.3.4.2.7", "sha3-224"],
  ["2.16.840.1.101.3.4.2.8", "sha3-256"], ["2.16.840.1.101.3.4.2.9", "sha3-384"],
  ["2.16.840.1.101.3.4.2.10", "sha3-512"], ["2.16.840.1.101.3.4.2.11", "shake128"],
  ["2.16.840.1.101.3.4.2.12", "shake256"],
];
// Lower-cased name -> canonical name (OpenSSL ignores case).
const NAMES = { __proto__: null };
for (const [name, algorithm] of [...LISTED, ...UNLISTED]) NAMES[name.toLowerCase()] = algorithm;
const HASH_LIST = LISTED.map((entry) => entry[0]);

// The canonical name of the algorithm `name` names, or undefined.
const algorithmOf = (name) => NAMES[StringPrototypeToLowerCase(name)];

// A digest name for HMAC and the KDFs: a string naming a fixed-size hash.
const macAlgorithm = (name) => {
  const algorithm = algorithmOf(name);
  if (algorithm === undefined || ALGORITHMS[algorithm][1]) throw new ERR_CRYPTO_INVALID_DIGEST(name);
  return algorithm;
};

export const getHashes = () => [...HASH_LIST];
// Only what works is listed.
export const getCurves = () => [...CURVE_NAMES];

// ---- Bytes ----

const EMPTY = new SafeUint8Array(0);
// A first chunk up to this size is kept in JS: a hash that is updated once
// and digested runs as one native call and keeps no state in Rust.
const DEFER_LIMIT = 64 * 1024;

// ---- Hash and Hmac ----

const kCopy = Symbol("copy");
const kFinish = Symbol("finish");
const kFinalized = Symbol("finalized");
const kAlgorithm = Symbol("algorithm");
const UPDATE_TYPES = ["string", "Buffer", "TypedArray", "DataView"];

// What Hash and Hmac share: the digest's state (in Rust once a second chunk
// or a large one comes) and the stream interface (a Transform that hashes
// what is written and pushes the digest at the end).
// TODO(lead): Node's Hash is a LazyTransform (no stream state until used as
// a stream); this builds the Transform's state for every hash.
class Digest extends Transform {
  #algorithm;
  #length;
  #key;
  #id = 0;
  #pending = null;
  #finalized = false;

  constructor(algorithm, length, key, options) {
    super(options ?? undefined);
    this.#algorithm = algorithm;
    this.#length = length;
    this.#key = key;
  }

  // A new digest of the same kind carrying on from this one's state.
  [kCopy](target, length) {
    target.#algorithm = this.#algorithm;
    target.#length = length;
    target.#key = this.#key;
    target.#pending = this.#pending; // never written to: shared safely
    if (this.#id !== 0) target.#id = hashCopy(target, this.#id);
    return target;
  }

  get [kFinalized]() {
    return this.#finalized;
  }

  get [kAlgorithm]() {
    return this.#algorithm;
  }

  update(data, encoding = undefined) {
    if (this.#finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
    let bytes;
    if (typeof data === "string") bytes = Buffer.from(data, inputEncoding(data, encoding));
    else if (isView(data)) bytes = viewBytes(data);
    else throw new ERR_INVALID_ARG_TYPE("data", UPDATE_TYPES, data);
    if (this.#id === 0) {
      if (this.#pending === null && bytes.byteLength <= DEFER_LIMIT) {
        this.#pending = typeof data === "string" ? bytes : copyOf(bytes);
        return this;
      }
      this.#id = hashNew(this, this.#algorithm, this.#key);
      if (this.#pending !== null) hashUpdate(this.#id, this.#pending);
      this.#pending = null;
    }
    hashUpdate(this.#id, bytes);
    return this;
  }

  // The digest as a Buffer; the state is gone after it.
  [kFinish]() {
    const out = Buffer.alloc(this.#length);
    if (this.#id === 0) {
      hashOnce(this.#algorithm, this.#pending ?? EMPTY, out, this.#key);
    } else {
      hashDigest(this.#id, out);
      this.#id = 0;
    }
    this.#pending = null;
    this.#finalized = true;
    return out;
  }

  _transform(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  }

  _flush(callback) {
    this.push(this.digest());
    callback();
  }
}

// An output length Hash takes for `name`: any for an XOF, else its size.
const outputLengthFor = (name, outputLength) => {
  const [size, xof] = ALGORITHMS[name];
  if (outputLength === undefined) return size;
  if (!xof && outputLength !== size) throw new ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH();
  return outputLength;
};

class HashObject extends Digest {
  // `algorithm` a name, or (copy()) the Hash to carry on from.
  constructor(algorithm, options) {
    const outputLength = typeof options === "object" && options !== null ? options.outputLength : undefined;
    if (outputLength !== undefined) validateInteger(outputLength, "options.outputLength", 0, 0xffffffff);
    if (algorithm instanceof HashObject) {
      if (algorithm[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
      const length = outputLengthFor(algorithm[kAlgorithm], outputLength);
      super(undefined, undefined, undefined, options);
      algorithm[kCopy](this, length);
      return;
    }
    validateString(algorithm, "algorithm");
    const name = algorithmOf(algorithm);
    if (name === undefined) throw new Error("Digest method not supported");
    super(name, outputLengthFor(name, outputLength), undefined, options);
  }

  copy(options = undefined) {
    if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
    return new HashObject(this, options);
  }

  digest(outputEncoding = undefined) {
    if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
    // The encoding is read (and may throw) before the state is spent.
    const encoding = outputEncoding ? `${outputEncoding}` : undefined;
    return encodeOutput(this[kFinish](), encoding);
  }
}

const HMAC_KEY_TYPES = ["ArrayBuffer", "Buffer", "TypedArray", "DataView", "string", "KeyObject", "CryptoKey"];

class HmacObject extends Digest {
  constructor(hmac, key, options) {
    validateString(hmac, "hmac");
    const encoding = typeof options === "object" && options !== null ? options.encoding : undefined;
    if (encoding !== undefined) validateString(encoding, "options.encoding");
    const secret = secretBytes(key, "key", encoding ?? "utf8", HMAC_KEY_TYPES);
    const algorithm = macAlgorithm(hmac);
    super(algorithm, ALGORITHMS[algorithm][0], copyOf(secret), options);
  }

  digest(outputEncoding = undefined) {
    const encoding = outputEncoding ? `${outputEncoding}` : undefined;
    // Node's Hmac gives an empty result after the first digest.
    return encodeOutput(this[kFinalized] ? Buffer.alloc(0) : this[kFinish](), encoding);
  }
}

// Hash and Hmac are callable without `new`, as in Node, and warn that
// calling them at all is deprecated (createHash, createHmac are the API).
export function Hash(algorithm, options) {
  deprecate("crypto.Hash constructor is deprecated.", "DEP0179");
  return new HashObject(algorithm, options);
}
export function Hmac(hmac, key, options) {
  deprecate("crypto.Hmac constructor is deprecated.", "DEP0181");
  return new HmacObject(hmac, key, options);
}
for (const [facade, cls] of [[Hash, HashObject], [Hmac, HmacObject]]) {
  facade.prototype = cls.prototype;
  defineProperty(cls.prototype, "constructor", { value: facade, writable: true, configurable: true });
}

export const createHash = (algorithm, options = undefined) => new HashObject(algorithm, options);
export const createHmac = (hmac, key, options = undefined) => new HmacObject(hmac, key, options);

// crypto.hash(algorithm, data[, outputEncoding]): one digest, no object.
export function hash(algorithm, input, outputEncoding = "hex") {
  validateString(algorithm, "algorithm");
  let bytes;
  if (typeof input === "string") bytes = Buffer.from(input, "utf8");
  else if (isView(input)) bytes = viewBytes(input);
  else throw new ERR_INVALID_ARG_TYPE("input", ["Buffer", "TypedArray", "DataView", "string"], input);
  validateString(outputEncoding, "outputEncoding");
  // An empty name is UTF-8, as Node normalizes it.
  if (outputEncoding === "") outputEncoding = "utf8";
  if (outputEncoding !== "buffer" && !Buffer.isEncoding(outputEncoding)) {
    throw new ERR_INVALID_ARG_VALUE("outputEncoding", outputEncoding);
  }
  const name = algorithmOf(algorithm);
  if (name === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  const out = Buffer.alloc(ALGORITHMS[name][0]);
  hashOnce(name, bytes, out, undefined);
  return outputEncoding === "buffer" ? out : out.toString(outputEncoding);
}

// ---- Secret keys ----

// ---- Random ----

const kMaxPossibleLength = Math.min(kMaxLength, 2 ** 31 - 1);

const checkSize = (size, elementSize = 1, offset = 0, length = Infinity) => {
  if (typeof size !== "number") throw new ERR_INVALID_ARG_TYPE("size", "number", size);
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE("size", `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) throw new ERR_OUT_OF_RANGE("size + offset", `<= ${length}`, size + offset);
  return size >>> 0;
};

const checkOffset = (offset, elementSize, length) => {
  if (typeof offset !== "number") throw new ERR_INVALID_ARG_TYPE("offset", "number", offset);
  offset *= elementSize;
  const max = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > max || offset < 0) throw new ERR_OUT_OF_RANGE("offset", `>= 0 && <= ${max}`, offset);
  return offset >>> 0;
};

export function randomBytes(size, callback = undefined) {
  size = checkSize(size);
  if (callback !== undefined) validateFunction(callback, "callback");
  const buf = Buffer.allocUnsafeSlow(size);
  fillRandom(buf);
  if (callback === undefined) return buf;
  later(callback, null, buf);
}

// The bytes of randomFill's target, and how big its elements are.
const fillTarget = (buf) => {
  if (isView(buf)) return [viewBytes(buf), buf.BYTES_PER_ELEMENT ?? 1];
  const bytes = bufferBytes(buf);
  if (bytes === null) throw new ERR_INVALID_ARG_TYPE("buf", ["ArrayBuffer", "ArrayBufferView"], buf);
  return [bytes, 1];
};

const fillRange = (bytes, elementSize, offset, size) => {
  offset = checkOffset(offset, elementSize, bytes.byteLength);
  size = size === undefined ? bytes.byteLength - offset : checkSize(size, elementSize, offset, bytes.byteLength);
  if (size > 0) fillRandom(bytes.subarray(offset, offset + size));
};

export function randomFillSync(buf, offset = 0, size = undefined) {
  const [bytes, elementSize] = fillTarget(buf);
  fillRange(bytes, elementSize, offset, size);
  return buf;
}

export function randomFill(buf, offset, size, callback) {
  const [bytes, elementSize] = fillTarget(buf);
  if (typeof offset === "function") {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === "function") {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, "callback");
  fillRange(bytes, elementSize, offset, size);
  later(callback, null, buf);
}

// The largest range randomInt takes: 48 random bits per draw.
const RAND_MAX = 0xffff_ffff_ffff;

export function randomInt(min, max, callback = undefined) {
  const minOmitted = max === undefined || typeof max === "function";
  if (minOmitted) {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateFunction(callback, "callback");
  if (!isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE("min", "a safe integer", min);
  if (!isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE("max", "a safe integer", max);
  if (max <= min) throw new ERR_OUT_OF_RANGE("max", `greater than the value of "min" (${min})`, max);
  const range = max - min;
  if (!(range <= RAND_MAX)) throw new ERR_OUT_OF_RANGE(minOmitted ? "max" : "max - min", `<= ${RAND_MAX}`, range);
  // Draws below the largest multiple of `range` only: no value is likelier.
  const limit = RAND_MAX - (RAND_MAX % range);
  const bytes = new SafeUint8Array(6);
  let x;
  do {
    fillRandom(bytes);
    x = ((bytes[0] * 256 + bytes[1]) * 256 + bytes[2]) * 2 ** 24 + ((bytes[3] << 16) | (bytes[4] << 8) | bytes[5]);
  } while (x >= limit);
  const n = min + (x % range);
  if (callback === undefined) return n;
  later(callback, null, n);
}

const HEX = Array.from({ length: 256 }, (_, i) => (i < 16 ? "0" : "") + i.toString(16));

export function randomUUID(options = undefined) {
  if (options !== undefined) {
    validateObject(options, "options");
    if (options.disableEntropyCache !== undefined) validateBoolean(options.disableEntropyCache, "options.disableEntropyCache");
  }
  const b = new SafeUint8Array(16);
  fillRandom(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = (i) => HEX[b[i]];
  return (
    `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${h(6)}${h(7)}-${h(8)}${h(9)}-` +
    `${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`
  );
}

export function getRandomValues(array) {
  return webcrypto.getRandomValues(array);
}

// ---- Comparison ----

// Node checks these arguments in C++, whose message names no received value.
const ERR_NOT_BYTES = makeNodeError(
  "ERR_INVALID_ARG_TYPE",
  TypeError,
  (name) => `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`,
);

export function timingSafeEqual(buf1, buf2) {
  const a = isView(buf1) ? viewBytes(buf1) : bufferBytes(buf1);
  if (a === null) throw new ERR_NOT_BYTES("buf1");
  const b = isView(buf2) ? viewBytes(buf2) : bufferBytes(buf2);
  if (b === null) throw new ERR_NOT_BYTES("buf2");
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return bytesEqual(a, b);
}

// ---- Key derivation ----

const INT32_MAX = 2 ** 31 - 1;

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  password = bytesOf(password, "password");
  salt = bytesOf(salt, "salt");
  validateInteger(iterations, "iterations", 1, INT32_MAX);
  validateInteger(keylen, "keylen", 0, INT32_MAX);
  validateString(digest, "digest");
  return [password, salt, iterations, keylen, macAlgorithm(digest)];
}

const runPbkdf2 = (password, salt, iterations, keylen, algorithm) => {
  const out = Buffer.allocUnsafeSlow(keylen);
  pbkdf2Native(password, salt, iterations, algorithm, out);
  return out;
};

export function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === "function") {
    callback = digest;
    digest = undefined;
  }
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, "callback");
  deliver(callback, () => runPbkdf2(...args));
}

export function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return runPbkdf2(...pbkdf2Args(password, salt, iterations, keylen, digest));
}

const HKDF_KEY_TYPES = ["string", "SecretKeyObject", "ArrayBuffer", "TypedArray", "DataView", "Buffer"];
const HKDF_SOURCE_TYPES = ["string", "ArrayBuffer", "TypedArray", "DataView", "Buffer"];

function hkdfArgs(digest, ikm, salt, info, length) {
  validateString(digest, "digest");
  const key = secretBytes(ikm, "ikm", "utf8", HKDF_KEY_TYPES);
  salt = bytesOf(salt, "salt", "utf8", HKDF_SOURCE_TYPES);
  info = bytesOf(info, "info", "utf8", HKDF_SOURCE_TYPES);
  validateInteger(length, "length", 0, kMaxLength);
  if (info.byteLength > 1024) throw new ERR_OUT_OF_RANGE("info", "must not contain more than 1024 bytes", info.byteLength);
  const algorithm = macAlgorithm(digest);
  if (length > 255 * ALGORITHMS[algorithm][0]) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return [algorithm, key, salt, info, length];
}

const runHkdf = (algorithm, key, salt, info, length) => {
  const out = new SafeArrayBuffer(length);
  hkdfNative(algorithm, key, salt, info, new SafeUint8Array(out));
  return out;
};

export function hkdf(digest, ikm, salt, info, length, callback) {
  const args = hkdfArgs(digest, ikm, salt, info, length);
  validateFunction(callback, "callback");
  deliver(callback, () => runHkdf(...args));
}

export function hkdfSync(digest, ikm, salt, info, length) {
  return runHkdf(...hkdfArgs(digest, ikm, salt, info, length));
}

const SCRYPT_DEFAULTS = freeze({ N: 16384, r: 8, p: 1, maxmem: 32 << 20 });

// One scrypt parameter under either of its names (a value of 0 keeps the
// default); each option is read once.
const scryptOption = (options, short, long, fallback) => {
  const a = options[short];
  const b = options[long];
  let value = fallback;
  if (a !== undefined) {
    validateInteger(a, short, 0, 0xffffffff);
    value = a;
  }
  if (b !== undefined) {
    if (a !== undefined) throw new ERR_INCOMPATIBLE_OPTION_PAIR(short, long);
    validateInteger(b, long, 0, 0xffffffff);
    value = b;
  }
  return value === 0 ? fallback : value;
};

function scryptArgs(password, salt, keylen, options) {
  password = bytesOf(password, "password");
  salt = bytesOf(salt, "salt");
  validateInteger(keylen, "keylen", 0, INT32_MAX);
  let { N, r, p, maxmem } = SCRYPT_DEFAULTS;
  if (options != null && options !== SCRYPT_DEFAULTS) {
    N = scryptOption(options, "N", "cost", N);
    r = scryptOption(options, "r", "blockSize", r);
    p = scryptOption(options, "p", "parallelization", p);
    const m = options.maxmem;
    if (m !== undefined) {
      validateInteger(m, "maxmem", 0);
      if (m !== 0) maxmem = m;
    }
  }
  checkScrypt(N, r, p, maxmem);
  return [password, salt, keylen, N, r, p, maxmem];
}

// OpenSSL's limits on scrypt's parameters, which Node reports at the call.
function checkScrypt(N, r, p, maxmem) {
  if (N < 2 || (N & (N - 1)) !== 0 || r === 0 || p === 0) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  const over = () => new ERR_CRYPTO_INVALID_SCRYPT_PARAMS("memory limit exceeded");
  if (p > Math.floor((2 ** 30 - 1) / r)) throw over();
  if (16 * r <= 63 && N >= 2 ** (16 * r)) throw over();
  if (128 * r * (N + 2) + 128 * r * p > maxmem) throw over();
}

const runScrypt = (password, salt, keylen, N, r, p, maxmem) => {
  const out = Buffer.allocUnsafeSlow(keylen);
  scryptNative(password, salt, N, r, p, maxmem, out);
  return out;
};

export function scrypt(password, salt, keylen, options, callback = SCRYPT_DEFAULTS) {
  if (callback === SCRYPT_DEFAULTS) {
    callback = options;
    options = SCRYPT_DEFAULTS;
  }
  const args = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, "callback");
  deliver(callback, () => runScrypt(...args));
}

export function scryptSync(password, salt, keylen, options = SCRYPT_DEFAULTS) {
  return runScrypt(...scryptArgs(password, salt, keylen, options));
}

// ---- FIPS, engines, secure heap ----

export const getFips = () => 0;
export function setFips(enabled) {
  if (enabled) throw new ERR_METHOD_NOT_IMPLEMENTED("crypto.setFips (no FIPS provider)");
}
export const setEngine = notImplemented("crypto.setEngine");
export const secureHeapUsed = () => ({ total: 0, used: 0, utilization: 0, min: 0 });

// ---- Not yet implemented ----

// A class nano does not offer yet: constructing or calling it throws.
const notImplementedClass = (name) =>
  ({
    [name]: function () {
      throw new ERR_METHOD_NOT_IMPLEMENTED(`crypto.${name}`);
    },
  })[name];

export const generatePrime = notImplemented("crypto.generatePrime");
export const generatePrimeSync = notImplemented("crypto.generatePrimeSync");
export const checkPrime = notImplemented("crypto.checkPrime");
export const checkPrimeSync = notImplemented("crypto.checkPrimeSync");
export const createDiffieHellman = notImplemented("crypto.createDiffieHellman");
export const createDiffieHellmanGroup = notImplemented("crypto.createDiffieHellmanGroup");
export const getDiffieHellman = notImplemented("crypto.getDiffieHellman");
export const publicDecrypt = notImplemented("crypto.publicDecrypt");
export const privateEncrypt = notImplemented("crypto.privateEncrypt");
export const Cipher = notImplementedClass("Cipher");
export const Decipher = notImplementedClass("Decipher");
export const DiffieHellman = notImplementedClass("DiffieHellman");
export const DiffieHellmanGroup = notImplementedClass("DiffieHellmanGroup");
export const X509Certificate = notImplementedClass("X509Certificate");
export const Certificate = notImplementedClass("Certificate");
Certificate.exportChallenge = notImplemented("crypto.Certificate.exportChallenge");
Certificate.exportPublicKey = notImplemented("crypto.Certificate.exportPublicKey");
Certificate.verifySpkac = notImplemented("crypto.Certificate.verifySpkac");

// ---- Constants ----

const DEFAULT_CIPHER_LIST =
  "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:" +
  "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:" +
  "ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:" +
  "ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA";

// Node 22's values (those of its OpenSSL 3.0).
export const constants = freeze({
  OPENSSL_VERSION_NUMBER: 805306608,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: DEFAULT_CIPHER_LIST,
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
  defaultCipherList: DEFAULT_CIPHER_LIST,
});

export { webcrypto, subtle };
export {
  Cipheriv,
  Decipheriv,
  ECDH,
  KeyObject,
  Sign,
  Verify,
  createCipheriv,
  createDecipheriv,
  createECDH,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  createSign,
  createVerify,
  diffieHellman,
  generateKey,
  generateKeyPair,
  generateKeyPairSync,
  generateKeySync,
  getCipherInfo,
  getCiphers,
  privateDecrypt,
  publicEncrypt,
  sign,
  verify,
};

// Deprecated aliases of randomBytes, not enumerable (as in Node).
function pseudoRandomBytes(size, callback) {
  return randomBytes(size, callback);
}

const crypto = {
  checkPrime,
  checkPrimeSync,
  createCipheriv,
  createDecipheriv,
  createDiffieHellman,
  createDiffieHellmanGroup,
  createECDH,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  createSign,
  createVerify,
  diffieHellman,
  generatePrime,
  generatePrimeSync,
  getCiphers,
  getCipherInfo,
  getCurves,
  getDiffieHellman,
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  generateKeyPair,
  generateKeyPairSync,
  generateKey,
  generateKeySync,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  publicEncrypt,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  sign,
  setEngine,
  timingSafeEqual,
  getFips,
  setFips,
  verify,
  hash,
  Certificate,
  Cipher,
  Cipheriv,
  Decipher,
  Decipheriv,
  DiffieHellman,
  DiffieHellmanGroup,
  ECDH,
  Hash,
  Hmac,
  KeyObject,
  Sign,
  Verify,
  X509Certificate,
  secureHeapUsed,
  constants,
  webcrypto,
  subtle,
  getRandomValues,
};
for (const name of ["prng", "pseudoRandomBytes", "rng"]) {
  defineProperty(crypto, name, { value: pseudoRandomBytes, writable: true, enumerable: false, configurable: true });
}
// crypto.fips: the deprecated spelling of getFips/setFips.
defineProperty(crypto, "fips", { get: getFips, set: setFips, enumerable: false, configurable: true });

export default crypto;
