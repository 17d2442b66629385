// crypto: getRandomValues, randomUUID, and crypto.subtle for digests (SHA-1,
// SHA-256/384/512) and HMAC keys (raw and JWK), plus Workers'
// crypto.subtle.timingSafeEqual. Randomness comes from the OS.
import { base64Decode, base64Encode, digest, hmac, randomFill, timingSafeEqual } from "nano:natives";
import { DOMException } from "./dom.js";
import { asBytes, defineGlobal, finishClass } from "../nano/util.js";

// Set inside class bodies (they reach private fields).
export let keySecret;

const HASHES = ["SHA-1", "SHA-256", "SHA-384", "SHA-512"];
const HASH_BLOCK_BITS = { "SHA-1": 512, "SHA-256": 512, "SHA-384": 1024, "SHA-512": 1024 };
const JWK_ALG = { "SHA-1": "HS1", "SHA-256": "HS256", "SHA-384": "HS384", "SHA-512": "HS512" };

function notSupported(what) {
  return new DOMException(`${what} is not supported`, "NotSupportedError");
}

function normalizeHash(hash) {
  const name = typeof hash === "string" ? hash : hash?.name;
  const found = HASHES.find((h) => h.toLowerCase() === String(name).toLowerCase());
  if (!found) throw notSupported(`hash ${JSON.stringify(name)}`);
  return found;
}

function algorithmName(alg) {
  const name = typeof alg === "string" ? alg : alg?.name;
  if (typeof name !== "string") throw new TypeError("algorithm must be a string or have a name");
  return name;
}

function bufferSource(data, what) {
  const bytes = asBytes(data);
  if (bytes === null) throw new TypeError(`${what} must be an ArrayBuffer or ArrayBufferView`);
  return bytes;
}

const kKey = Symbol("key");
class CryptoKey {
  #type;
  #extractable;
  #algorithm;
  #usages;
  #secret;
  constructor(token, type, extractable, algorithm, usages, secret) {
    if (token !== kKey) throw new TypeError("Illegal constructor");
    this.#type = type;
    this.#extractable = extractable;
    this.#algorithm = algorithm;
    this.#usages = usages;
    this.#secret = secret;
  }
  get type() {
    return this.#type;
  }
  get extractable() {
    return this.#extractable;
  }
  get algorithm() {
    return this.#algorithm;
  }
  get usages() {
    return this.#usages;
  }
  static {
    keySecret = (key) => key.#secret;
  }
}
finishClass(CryptoKey, "CryptoKey");

function b64url(bytes) {
  return base64Encode(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromB64url(s) {
  const bytes = base64Decode(String(s).replace(/-/g, "+").replace(/_/g, "/"));
  if (bytes === null) throw new DOMException("invalid base64url in JWK", "DataError");
  return bytes;
}

const USAGES = ["sign", "verify"];

function importHmac(format, keyData, algorithm, extractable, usages) {
  const hash = normalizeHash(algorithm.hash);
  for (const u of usages) if (!USAGES.includes(u)) throw new SyntaxError(`HMAC keys cannot be used to ${u}`);
  let secret;
  if (format === "raw") {
    secret = bufferSource(keyData, "keyData").slice();
  } else if (format === "jwk") {
    if (keyData === null || typeof keyData !== "object") throw new TypeError("keyData must be a JWK object");
    if (keyData.kty !== "oct") throw new DOMException("JWK kty must be \"oct\"", "DataError");
    if (keyData.alg !== undefined && keyData.alg !== JWK_ALG[hash]) {
      throw new DOMException(`JWK alg ${keyData.alg} does not match ${hash}`, "DataError");
    }
    if (keyData.ext === false && extractable) throw new DOMException("JWK is not extractable", "DataError");
    secret = fromB64url(keyData.k ?? "");
  } else {
    throw notSupported(`key format ${JSON.stringify(format)} for HMAC`);
  }
  if (secret.length === 0) throw new DOMException("HMAC key data must not be empty", "DataError");
  const length = algorithm.length === undefined ? secret.length * 8 : Number(algorithm.length);
  if (length > secret.length * 8 || length <= (secret.length - 1) * 8) {
    throw new DOMException("HMAC key length does not match the key data", "DataError");
  }
  const alg = { name: "HMAC", hash: { name: hash }, length };
  return new CryptoKey(kKey, "secret", Boolean(extractable), alg, [...usages], secret);
}

function checkKey(key, usage) {
  if (!(key instanceof CryptoKey)) throw new TypeError("key must be a CryptoKey");
  if (!key.usages.includes(usage)) {
    throw new DOMException(`the key's usages do not include ${usage}`, "InvalidAccessError");
  }
}

const subtle = {
  digest(algorithm, data) {
    return new Promise((resolve) => {
      const hash = normalizeHash(algorithmName(algorithm));
      resolve(digest(hash, bufferSource(data, "data")));
    });
  },
  importKey(format, keyData, algorithm, extractable, usages) {
    return new Promise((resolve) => {
      if (algorithmName(algorithm).toUpperCase() !== "HMAC") throw notSupported(`algorithm ${algorithmName(algorithm)}`);
      resolve(importHmac(format, keyData, algorithm, extractable, [...usages]));
    });
  },
  exportKey(format, key) {
    return new Promise((resolve) => {
      if (!(key instanceof CryptoKey)) throw new TypeError("key must be a CryptoKey");
      if (!key.extractable) throw new DOMException("the key is not extractable", "InvalidAccessError");
      const secret = keySecret(key);
      if (format === "raw") resolve(secret.slice().buffer);
      else if (format === "jwk") {
        resolve({ kty: "oct", k: b64url(secret), alg: JWK_ALG[key.algorithm.hash.name], key_ops: [...key.usages], ext: true });
      } else throw notSupported(`key format ${JSON.stringify(format)}`);
    });
  },
  generateKey(algorithm, extractable, usages) {
    return new Promise((resolve) => {
      if (algorithmName(algorithm).toUpperCase() !== "HMAC") throw notSupported(`algorithm ${algorithmName(algorithm)}`);
      const hash = normalizeHash(algorithm.hash);
      const bits = algorithm.length === undefined ? HASH_BLOCK_BITS[hash] : Number(algorithm.length);
      const secret = new Uint8Array(Math.ceil(bits / 8));
      randomFill(secret);
      resolve(importHmac("raw", secret, { name: "HMAC", hash, length: bits }, extractable, [...usages]));
    });
  },
  sign(algorithm, key, data) {
    return new Promise((resolve) => {
      if (algorithmName(algorithm).toUpperCase() !== "HMAC") throw notSupported(`algorithm ${algorithmName(algorithm)}`);
      checkKey(key, "sign");
      resolve(hmac(key.algorithm.hash.name, keySecret(key), bufferSource(data, "data")));
    });
  },
  verify(algorithm, key, signature, data) {
    return new Promise((resolve) => {
      if (algorithmName(algorithm).toUpperCase() !== "HMAC") throw notSupported(`algorithm ${algorithmName(algorithm)}`);
      checkKey(key, "verify");
      const expected = new Uint8Array(hmac(key.algorithm.hash.name, keySecret(key), bufferSource(data, "data")));
      const given = bufferSource(signature, "signature");
      resolve(given.length === expected.length && timingSafeEqual(given, expected));
    });
  },
  timingSafeEqual(a, b) {
    const x = bufferSource(a, "a");
    const y = bufferSource(b, "b");
    if (x.length !== y.length) throw new TypeError("timingSafeEqual: the inputs must have the same length");
    return timingSafeEqual(x, y);
  },
};

const INTEGER_ARRAYS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array];

const crypto = {
  getRandomValues(array) {
    if (!INTEGER_ARRAYS.some((T) => array instanceof T)) {
      throw new DOMException("getRandomValues: the argument must be an integer typed array", "TypeMismatchError");
    }
    if (array.byteLength > 65536) {
      throw new DOMException(`getRandomValues: ${array.byteLength} bytes is more than 65536`, "QuotaExceededError");
    }
    randomFill(array);
    return array;
  },
  randomUUID() {
    const b = new Uint8Array(16);
    randomFill(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  },
  subtle,
};

defineGlobal("crypto", crypto);
defineGlobal("CryptoKey", CryptoKey);
