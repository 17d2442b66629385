// crypto: getRandomValues, randomUUID, and crypto.subtle (Web Crypto) with
// the algorithms Workers has: digests (SHA-1, SHA-256/384/512), HMAC,
// RSASSA-PKCS1-v1_5, RSA-PSS, RSA-OAEP, ECDSA and ECDH (P-256, P-384,
// P-521), Ed25519, X25519, AES-CTR/CBC/GCM/KW, PBKDF2, HKDF; importKey and
// exportKey (raw, pkcs8, spki, jwk), generateKey, deriveBits/deriveKey,
// wrapKey/unwrapKey; plus Workers' extras: MD5 digests,
// crypto.subtle.timingSafeEqual and crypto.DigestStream.
// The cryptography is Rust's (natives/crypto.rs, keys.rs, ciphers.rs,
// node_crypto.rs for the KDFs, on RustCrypto); this file is the spec's
// algorithm normalization, key checks and errors. An asymmetric key keeps
// the record the natives gave back ([type, curve, DER, bits]: PKCS#8 or
// SPKI), a secret key its bytes, in private fields.
import { base64Decode, base64Encode, digest, hmac, randomFill, timingSafeEqual } from "nano:natives";
import { aesCbc, aesCtr, aesGcm, aesKw, hkdf as hkdfNative, pbkdf2 as pbkdf2Native } from "nano:natives";
import { keyAgree, keyComponents, keyDecrypt, keyEncrypt, keyExport, keyFromComponents } from "nano:natives";
import { keyGenerate, keyImport, keyPublic, keySign, keyVerify } from "nano:natives";
import { hashDigest, hashNew, hashOnce, hashUpdate } from "nano:natives";
import { DOMException } from "./dom.js";
import { asBytes, defineGlobal, finishClass } from "../nano/util.js";
import { TextDecoder, TextEncoder } from "./encoding.js";
import { WritableStream } from "./streams.js";

// The natives' names for the digests.
const NATIVE_DIGEST = { "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384", "SHA-512": "sha512", MD5: "md5" };

// Set inside class bodies (they reach private fields).
export let keySecret;
export let keyRecord;

const SafeUint8Array = Uint8Array;
const SafeTypeError = TypeError;
const SafeRangeError = RangeError;
const { freeze } = Object;
const { parse: jsonParse, stringify: jsonStringify } = JSON;

const HASHES = ["SHA-1", "SHA-256", "SHA-384", "SHA-512"];
// What digest() and DigestStream take: the hashes, and MD5 as workerd adds it.
const DIGESTS = [...HASHES, "MD5"];
const DIGEST_BYTES = { "SHA-1": 20, "SHA-256": 32, "SHA-384": 48, "SHA-512": 64, MD5: 16 };
const HASH_BLOCK_BITS = { "SHA-1": 512, "SHA-256": 512, "SHA-384": 1024, "SHA-512": 1024 };
const HASH_BYTES = { "SHA-1": 20, "SHA-256": 32, "SHA-384": 48, "SHA-512": 64 };
// The natives' names for the hashes (Node's).
const NATIVE_HASH = { "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384", "SHA-512": "sha512" };
const CURVES = ["P-256", "P-384", "P-521"];
const CURVE_BYTES = { "P-256": 32, "P-384": 48, "P-521": 66 };

const ALGORITHMS = [
  "RSASSA-PKCS1-v1_5", "RSA-PSS", "RSA-OAEP", "ECDSA", "ECDH", "Ed25519", "X25519",
  "AES-CTR", "AES-CBC", "AES-GCM", "AES-KW", "HMAC", "PBKDF2", "HKDF",
];

const error = (name, message) => new DOMException(message, name);
const notSupported = (what) => error("NotSupportedError", `${what} is not supported`);
const dataError = (message) => error("DataError", message);
const operationError = (message) => error("OperationError", message);
const accessError = (message) => error("InvalidAccessError", message);
const syntaxError = (message) => error("SyntaxError", message);

function bufferSource(data, what) {
  const bytes = asBytes(data);
  if (bytes === null) throw new SafeTypeError(`${what} must be an ArrayBuffer or ArrayBufferView`);
  return bytes;
}

// A copy of a BufferSource: what the caller does with it later is not seen.
const copyBytes = (data, what) => bufferSource(data, what).slice();

// ---- Algorithm normalization ----

function algorithmName(alg) {
  if (typeof alg === "string") return alg;
  if (alg === null || typeof alg !== "object") throw new SafeTypeError("algorithm must be a string or an object");
  if (alg.name === undefined) throw new SafeTypeError("algorithm.name is required");
  return `${alg.name}`;
}

// The registered name matching `alg` case-insensitively, or NotSupportedError.
function normalizeName(alg, among = ALGORITHMS) {
  const name = algorithmName(alg);
  const upper = name.toUpperCase();
  const found = among.find((a) => a.toUpperCase() === upper);
  if (found === undefined) throw notSupported(`algorithm ${jsonStringify(name)}`);
  return found;
}

function normalizeHash(hash) {
  if (hash === undefined) throw new SafeTypeError("algorithm.hash is required");
  const name = algorithmName(hash);
  const found = HASHES.find((h) => h === name.toUpperCase());
  if (found === undefined) throw notSupported(`hash ${jsonStringify(name)}`);
  return found;
}

// The algorithm as a plain object with only the members the operation
// reads, each converted (WebIDL), so later changes to the caller's object
// are not seen.
function params(alg, op) {
  const name = normalizeName(alg, OPERATIONS[op]);
  const o = typeof alg === "string" ? {} : alg;
  const out = { name };
  const need = (member) => {
    if (o[member] === undefined) throw new SafeTypeError(`algorithm.${member} is required for ${name}`);
    return o[member];
  };
  // wrapKey and unwrapKey take their cipher's encrypt and decrypt members.
  const as = op === "wrapKey" ? "encrypt" : op === "unwrapKey" ? "decrypt" : op;
  switch (`${as} ${name}`) {
    case "digest SHA-1": case "digest SHA-256": case "digest SHA-384": case "digest SHA-512": case "digest MD5":
      break;
    case "sign RSA-PSS": case "verify RSA-PSS":
      out.saltLength = toUint(need("saltLength"), "saltLength");
      break;
    case "sign ECDSA": case "verify ECDSA":
      out.hash = normalizeHash(need("hash"));
      break;
    case "encrypt RSA-OAEP": case "decrypt RSA-OAEP":
      if (o.label !== undefined) out.label = copyBytes(o.label, "algorithm.label");
      break;
    case "encrypt AES-CTR": case "decrypt AES-CTR":
      out.counter = copyBytes(need("counter"), "algorithm.counter");
      out.length = toUint(need("length"), "length", 255);
      break;
    case "encrypt AES-CBC": case "decrypt AES-CBC":
      out.iv = copyBytes(need("iv"), "algorithm.iv");
      break;
    case "encrypt AES-GCM": case "decrypt AES-GCM":
      out.iv = copyBytes(need("iv"), "algorithm.iv");
      if (o.additionalData !== undefined) out.additionalData = copyBytes(o.additionalData, "algorithm.additionalData");
      out.tagLength = o.tagLength === undefined ? 128 : toUint(o.tagLength, "tagLength", 255);
      break;
    case "generateKey RSASSA-PKCS1-v1_5": case "generateKey RSA-PSS": case "generateKey RSA-OAEP":
      out.modulusLength = toUint(need("modulusLength"), "modulusLength", 0xffffffff);
      out.publicExponent = copyBytes(need("publicExponent"), "algorithm.publicExponent");
      out.hash = normalizeHash(need("hash"));
      break;
    case "generateKey ECDSA": case "generateKey ECDH": case "importKey ECDSA": case "importKey ECDH":
      out.namedCurve = `${need("namedCurve")}`;
      break;
    case "generateKey HMAC": case "importKey HMAC": case "get key length HMAC":
      out.hash = normalizeHash(need("hash"));
      if (o.length !== undefined) out.length = toUint(o.length, "length", 0xffffffff);
      break;
    case "generateKey AES-CTR": case "generateKey AES-CBC": case "generateKey AES-GCM": case "generateKey AES-KW":
    case "get key length AES-CTR": case "get key length AES-CBC": case "get key length AES-GCM": case "get key length AES-KW":
      out.length = toUint(need("length"), "length", 0xffff);
      break;
    case "importKey RSASSA-PKCS1-v1_5": case "importKey RSA-PSS": case "importKey RSA-OAEP":
      out.hash = normalizeHash(need("hash"));
      break;
    case "deriveBits ECDH": case "deriveBits X25519": {
      const pub = need("public");
      if (!(pub instanceof CryptoKey)) throw new SafeTypeError("algorithm.public must be a CryptoKey");
      out.public = pub;
      break;
    }
    case "deriveBits PBKDF2":
      out.salt = copyBytes(need("salt"), "algorithm.salt");
      out.iterations = toUint(need("iterations"), "iterations", 0xffffffff);
      out.hash = normalizeHash(need("hash"));
      break;
    case "deriveBits HKDF":
      out.hash = normalizeHash(need("hash"));
      out.salt = copyBytes(need("salt"), "algorithm.salt");
      out.info = copyBytes(need("info"), "algorithm.info");
      break;
    default:
      break;
  }
  return out;
}

// WebIDL's [EnforceRange] unsigned integer.
function toUint(value, what, max = 0xffffffff) {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new SafeTypeError(`algorithm.${what} must be a finite number`);
  const t = Math.trunc(n);
  if (t < 0 || t > max) throw new SafeTypeError(`algorithm.${what} is out of range`);
  return t;
}

const SIGNERS = ["RSASSA-PKCS1-v1_5", "RSA-PSS", "ECDSA", "Ed25519", "HMAC"];
const CIPHERS = ["RSA-OAEP", "AES-CTR", "AES-CBC", "AES-GCM"];
const OPERATIONS = {
  digest: DIGESTS,
  sign: SIGNERS,
  verify: SIGNERS,
  encrypt: CIPHERS,
  decrypt: CIPHERS,
  generateKey: ["RSASSA-PKCS1-v1_5", "RSA-PSS", "RSA-OAEP", "ECDSA", "ECDH", "Ed25519", "X25519", "AES-CTR", "AES-CBC", "AES-GCM", "AES-KW", "HMAC"],
  importKey: ALGORITHMS,
  deriveBits: ["ECDH", "X25519", "PBKDF2", "HKDF"],
  "get key length": ["AES-CTR", "AES-CBC", "AES-GCM", "AES-KW", "HMAC", "PBKDF2", "HKDF"],
  wrapKey: ["RSA-OAEP", "AES-CTR", "AES-CBC", "AES-GCM", "AES-KW"],
  unwrapKey: ["RSA-OAEP", "AES-CTR", "AES-CBC", "AES-GCM", "AES-KW"],
};

// ---- CryptoKey ----

const kKey = Symbol("key");
class CryptoKey {
  #type;
  #extractable;
  #algorithm;
  #usages;
  #secret;
  #record;
  constructor(token, type, extractable, algorithm, usages, secret, record = undefined) {
    if (token !== kKey) throw new SafeTypeError("Illegal constructor");
    this.#type = type;
    this.#extractable = extractable;
    this.#algorithm = algorithm;
    this.#usages = usages;
    this.#secret = secret;
    this.#record = record;
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
    keyRecord = (key) => key.#record;
  }
}
finishClass(CryptoKey, "CryptoKey");

// The usages a key of `kind` may have, by algorithm.
const USAGES = {
  "RSASSA-PKCS1-v1_5": { public: ["verify"], private: ["sign"] },
  "RSA-PSS": { public: ["verify"], private: ["sign"] },
  "RSA-OAEP": { public: ["encrypt", "wrapKey"], private: ["decrypt", "unwrapKey"] },
  ECDSA: { public: ["verify"], private: ["sign"] },
  Ed25519: { public: ["verify"], private: ["sign"] },
  ECDH: { public: [], private: ["deriveKey", "deriveBits"] },
  X25519: { public: [], private: ["deriveKey", "deriveBits"] },
  "AES-CTR": { secret: ["encrypt", "decrypt", "wrapKey", "unwrapKey"] },
  "AES-CBC": { secret: ["encrypt", "decrypt", "wrapKey", "unwrapKey"] },
  "AES-GCM": { secret: ["encrypt", "decrypt", "wrapKey", "unwrapKey"] },
  "AES-KW": { secret: ["wrapKey", "unwrapKey"] },
  HMAC: { secret: ["sign", "verify"] },
  PBKDF2: { secret: ["deriveKey", "deriveBits"] },
  HKDF: { secret: ["deriveKey", "deriveBits"] },
};
const USAGE_ORDER = ["encrypt", "decrypt", "sign", "verify", "deriveKey", "deriveBits", "wrapKey", "unwrapKey"];

// The usages as a list in the spec's order, each checked against `allowed`.
function checkUsages(usages, allowed, name) {
  if (usages === null || typeof usages !== "object" || typeof usages[Symbol.iterator] !== "function") {
    throw new SafeTypeError("keyUsages must be a sequence");
  }
  const list = [];
  for (const u of usages) {
    const usage = `${u}`;
    if (!USAGE_ORDER.includes(usage)) throw new SafeTypeError(`${jsonStringify(usage)} is not a key usage`);
    if (!allowed.includes(usage)) throw syntaxError(`a ${name} key cannot be used to ${usage}`);
    if (!list.includes(usage)) list.push(usage);
  }
  return USAGE_ORDER.filter((u) => list.includes(u));
}

const makeKey = (type, extractable, algorithm, usages, secret, record) =>
  new CryptoKey(kKey, type, Boolean(extractable), freeze(algorithm), freeze(usages), secret, record);

function checkKey(key, usage, name) {
  if (!(key instanceof CryptoKey)) throw new SafeTypeError("key must be a CryptoKey");
  if (name !== undefined && key.algorithm.name !== name) {
    throw accessError(`the key is a ${key.algorithm.name} key, not ${name}`);
  }
  if (!key.usages.includes(usage)) throw accessError(`the key's usages do not include ${usage}`);
}

// ---- Encodings ----

function b64url(bytes) {
  return base64Encode(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromB64url(s, member) {
  if (typeof s !== "string") throw dataError(`the JWK's ${member} is missing`);
  if (/[^A-Za-z0-9_-]/.test(s)) throw dataError(`the JWK's ${member} is not base64url`);
  const bytes = base64Decode(s.replace(/-/g, "+").replace(/_/g, "/"));
  if (bytes === null) throw dataError(`the JWK's ${member} is not base64url`);
  return bytes;
}

const bigEndianUint = (bytes) => {
  let n = 0;
  for (const b of bytes) n = n * 256 + b;
  return n;
};

// ---- Keys: import ----

const JWK_HMAC_ALG = { "SHA-1": "HS1", "SHA-256": "HS256", "SHA-384": "HS384", "SHA-512": "HS512" };
const JWK_RSA_ALG = {
  "RSASSA-PKCS1-v1_5": { "SHA-1": "RS1", "SHA-256": "RS256", "SHA-384": "RS384", "SHA-512": "RS512" },
  "RSA-PSS": { "SHA-1": "PS1", "SHA-256": "PS256", "SHA-384": "PS384", "SHA-512": "PS512" },
  "RSA-OAEP": { "SHA-1": "RSA-OAEP", "SHA-256": "RSA-OAEP-256", "SHA-384": "RSA-OAEP-384", "SHA-512": "RSA-OAEP-512" },
};
const JWK_AES_ALG = { "AES-CTR": "CTR", "AES-CBC": "CBC", "AES-GCM": "GCM", "AES-KW": "KW" };
const JWK_ECDSA_ALG = { "P-256": "ES256", "P-384": "ES384", "P-521": "ES512" };

// The checks every JWK import makes: an object, `use` and `key_ops`
// consistent with the usages, `ext` with extractability.
function checkJwk(jwk, kty, usages, extractable, use) {
  if (jwk === null || typeof jwk !== "object") throw new SafeTypeError("keyData must be a JWK object");
  if (jwk.kty !== kty) throw dataError(`the JWK's kty must be ${jsonStringify(kty)}`);
  if (usages.length > 0 && jwk.use !== undefined && jwk.use !== use) throw dataError(`the JWK's use must be ${jsonStringify(use)}`);
  if (jwk.key_ops !== undefined) {
    if (!Array.isArray(jwk.key_ops)) throw new SafeTypeError("the JWK's key_ops must be a list");
    const ops = jwk.key_ops.map((o) => `${o}`);
    if (new Set(ops).size !== ops.length) throw dataError("the JWK's key_ops repeat an operation");
    for (const u of usages) if (!ops.includes(u)) throw dataError(`the JWK's key_ops do not allow ${u}`);
  }
  if (jwk.ext === false && extractable) throw dataError("the JWK is not extractable");
}

function importHmac(format, keyData, alg, extractable, usages) {
  usages = checkUsages(usages, USAGES.HMAC.secret, "HMAC");
  let secret;
  if (format === "raw") secret = copyBytes(keyData, "keyData");
  else if (format === "jwk") {
    checkJwk(keyData, "oct", usages, extractable, "sig");
    secret = fromB64url(keyData.k, "k");
    if (keyData.alg !== undefined && keyData.alg !== JWK_HMAC_ALG[alg.hash]) {
      throw dataError(`the JWK's alg ${keyData.alg} does not match ${alg.hash}`);
    }
  } else throw notSupported(`key format ${jsonStringify(format)} for HMAC`);
  if (secret.length === 0) throw dataError("HMAC key data must not be empty");
  let length = secret.length * 8;
  if (alg.length !== undefined) {
    if (alg.length > length || alg.length <= length - 8 || alg.length === 0) {
      throw dataError("the HMAC key length does not match the key data");
    }
    length = alg.length;
  }
  if (usages.length === 0) throw syntaxError("a secret key needs at least one usage");
  return makeKey("secret", extractable, { name: "HMAC", hash: { name: alg.hash }, length }, usages, secret);
}

function importAes(format, keyData, alg, extractable, usages) {
  usages = checkUsages(usages, USAGES[alg.name].secret, alg.name);
  let secret;
  if (format === "raw") secret = copyBytes(keyData, "keyData");
  else if (format === "jwk") {
    checkJwk(keyData, "oct", usages, extractable, "enc");
    secret = fromB64url(keyData.k, "k");
    const expected = `A${secret.length * 8}${JWK_AES_ALG[alg.name]}`;
    if (keyData.alg !== undefined && keyData.alg !== expected) throw dataError(`the JWK's alg must be ${expected}`);
  } else throw notSupported(`key format ${jsonStringify(format)} for ${alg.name}`);
  if (![16, 24, 32].includes(secret.length)) throw dataError("an AES key is 128, 192 or 256 bits");
  if (usages.length === 0) throw syntaxError("a secret key needs at least one usage");
  return makeKey("secret", extractable, { name: alg.name, length: secret.length * 8 }, usages, secret);
}

function importKdf(format, keyData, alg, extractable, usages) {
  usages = checkUsages(usages, USAGES[alg.name].secret, alg.name);
  if (format !== "raw") throw notSupported(`key format ${jsonStringify(format)} for ${alg.name}`);
  if (extractable) throw syntaxError(`a ${alg.name} key cannot be extractable`);
  if (usages.length === 0) throw syntaxError("a secret key needs at least one usage");
  return makeKey("secret", false, { name: alg.name }, usages, copyBytes(keyData, "keyData"));
}

// The natives' key type for an algorithm.
const NATIVE_KIND = {
  "RSASSA-PKCS1-v1_5": "rsa", "RSA-PSS": "rsa", "RSA-OAEP": "rsa",
  ECDSA: "ec", ECDH: "ec", Ed25519: "ed25519", X25519: "x25519",
};

// Runs a native; its refusal (a TypeError or RangeError) becomes the
// DOMException `make` gives, anything else passes as it is.
const refusedAs = (make) => (f) => {
  try {
    return f();
  } catch (err) {
    if (err instanceof SafeTypeError || err instanceof SafeRangeError) throw make(err.message);
    throw err;
  }
};
// Key bytes refused: a DataError; parameters refused: an OperationError.
const asDataError = refusedAs(dataError);
const generated = refusedAs(operationError);

function asymmetricAlgorithm(alg, record) {
  const [, curve, der, bits] = record;
  switch (alg.name) {
    case "RSASSA-PKCS1-v1_5": case "RSA-PSS": case "RSA-OAEP": {
      const priv = record.private;
      const [, e] = keyComponents("rsa", undefined, der, priv);
      return { name: alg.name, modulusLength: bits, publicExponent: new SafeUint8Array(e), hash: { name: alg.hash } };
    }
    case "ECDSA": case "ECDH":
      return { name: alg.name, namedCurve: curve };
    default:
      return { name: alg.name };
  }
}

function importAsymmetric(format, keyData, alg, extractable, usages) {
  const kind = NATIVE_KIND[alg.name];
  if (kind === "ec" && !CURVES.includes(alg.namedCurve)) throw notSupported(`curve ${jsonStringify(alg.namedCurve)}`);
  const curve = kind === "ec" ? alg.namedCurve : undefined;
  let priv;
  let record;
  if (format === "spki" || format === "pkcs8") {
    priv = format === "pkcs8";
    const bytes = copyBytes(keyData, "keyData");
    record = asDataError(() => keyImport(priv, format, bytes, undefined, undefined));
  } else if (format === "raw") {
    if (kind === "rsa") throw notSupported(`key format "raw" for ${alg.name}`);
    priv = false;
    const bytes = copyBytes(keyData, "keyData");
    record = asDataError(() => keyImport(false, "raw", bytes, kind, curve));
  } else if (format === "jwk") {
    [priv, record] = importAsymmetricJwk(keyData, alg, kind, curve, extractable, usages);
  } else {
    throw notSupported(`key format ${jsonStringify(format)}`);
  }
  // The key's own type must be the algorithm's (an EC key on the curve asked for).
  const rsaPss = record[0] === "rsa-pss" && kind === "rsa";
  if (record[0] !== kind && !rsaPss) throw dataError(`the key is a ${record[0]} key, not one for ${alg.name}`);
  if (kind === "ec" && record[1] !== curve) throw dataError(`the key is on ${record[1]}, not ${curve}`);
  const type = priv ? "private" : "public";
  const list = checkUsages(usages, USAGES[alg.name][type], `${alg.name} ${type}`);
  if (priv && list.length === 0) throw syntaxError("a private key needs at least one usage");
  record.private = priv;
  return makeKey(type, extractable, asymmetricAlgorithm(alg, record), list, undefined, record);
}

function importAsymmetricJwk(jwk, alg, kind, curve, extractable, usages) {
  const kty = kind === "rsa" ? "RSA" : kind === "ec" ? "EC" : "OKP";
  const use = alg.name === "RSA-OAEP" || alg.name === "ECDH" || alg.name === "X25519" ? "enc" : "sig";
  checkJwk(jwk, kty, [...usages].map((u) => `${u}`), extractable, use);
  const priv = jwk.d !== undefined;
  let members;
  if (kind === "rsa") {
    const expected = JWK_RSA_ALG[alg.name][alg.hash];
    if (jwk.alg !== undefined && jwk.alg !== expected) throw dataError(`the JWK's alg must be ${expected}`);
    if (priv && jwk.oth !== undefined) throw notSupported("RSA keys with more than two primes");
    members = priv ? ["n", "e", "d", "p", "q", "dp", "dq", "qi"] : ["n", "e"];
  } else if (kind === "ec") {
    if (jwk.crv !== curve) throw dataError(`the JWK's crv must be ${curve}`);
    if (alg.name === "ECDSA" && jwk.alg !== undefined && jwk.alg !== JWK_ECDSA_ALG[curve]) {
      throw dataError(`the JWK's alg must be ${JWK_ECDSA_ALG[curve]}`);
    }
    members = priv ? ["x", "y", "d"] : ["x", "y"];
  } else {
    if (jwk.crv !== alg.name) throw dataError(`the JWK's crv must be ${alg.name}`);
    if (alg.name === "Ed25519" && jwk.alg !== undefined && jwk.alg !== "EdDSA" && jwk.alg !== "Ed25519") {
      throw dataError("the JWK's alg must be EdDSA");
    }
    members = priv ? ["x", "d"] : ["x"];
  }
  const parts = members.map((m) => fromB64url(jwk[m], m));
  if (kind === "ec") {
    const size = CURVE_BYTES[curve];
    if (parts.some((p) => p.length !== size)) throw dataError(`the JWK's members are not ${size} bytes long`);
  }
  return [priv, asDataError(() => keyFromComponents(kind, curve, parts, priv))];
}

// importKey's work, done now (node:crypto's KeyObject.toCryptoKey).
export function importKeyNow(format, keyData, algorithm, extractable, usages) {
  format = `${format}`;
  if (!["raw", "pkcs8", "spki", "jwk"].includes(format)) throw new SafeTypeError(`${jsonStringify(format)} is not a key format`);
  if (format === "jwk" ? keyData === null || typeof keyData !== "object" || asBytes(keyData) !== null : asBytes(keyData) === null) {
    throw new SafeTypeError(format === "jwk" ? "keyData must be a JWK object" : "keyData must be a BufferSource");
  }
  const alg = params(algorithm, "importKey");
  const usageList = [...usages];
  switch (alg.name) {
    case "HMAC":
      return importHmac(format, keyData, alg, extractable, usageList);
    case "AES-CTR": case "AES-CBC": case "AES-GCM": case "AES-KW":
      return importAes(format, keyData, alg, extractable, usageList);
    case "PBKDF2": case "HKDF":
      return importKdf(format, keyData, alg, extractable, usageList);
    default:
      return importAsymmetric(format, keyData, alg, extractable, usageList);
  }
}

// ---- Keys: export ----

function exportKeyNow(format, key) {
  format = `${format}`;
  if (!["raw", "pkcs8", "spki", "jwk"].includes(format)) throw new SafeTypeError(`${jsonStringify(format)} is not a key format`);
  if (!(key instanceof CryptoKey)) throw new SafeTypeError("key must be a CryptoKey");
  if (!key.extractable) throw accessError("the key is not extractable");
  const name = key.algorithm.name;
  if (key.type === "secret") {
    const secret = keySecret(key);
    if (format === "raw" && name !== "PBKDF2" && name !== "HKDF") return secret.slice().buffer;
    if (format === "jwk" && (name === "HMAC" || JWK_AES_ALG[name] !== undefined)) {
      const alg = name === "HMAC" ? JWK_HMAC_ALG[key.algorithm.hash.name] : `A${secret.length * 8}${JWK_AES_ALG[name]}`;
      return { kty: "oct", k: b64url(secret), alg, key_ops: [...key.usages], ext: true };
    }
    throw notSupported(`exporting a ${name} key as ${format}`);
  }
  const record = keyRecord(key);
  const [kind, curve, der] = record;
  const priv = key.type === "private";
  if (format === "pkcs8" || format === "spki") {
    if (priv !== (format === "pkcs8")) throw accessError(`a ${key.type} key has no ${format} form`);
    return new SafeUint8Array(der).slice().buffer;
  }
  if (format === "raw") {
    if (priv || kind === "rsa" || kind === "rsa-pss") throw accessError(`a ${key.type} ${name} key has no raw form`);
    return new SafeUint8Array(keyExport(kind, curve, der, false, "raw")).slice().buffer;
  }
  const parts = keyComponents(kind, curve, der, priv);
  let jwk;
  if (kind === "rsa" || kind === "rsa-pss") {
    jwk = { kty: "RSA", alg: JWK_RSA_ALG[name][key.algorithm.hash.name], n: b64url(parts[0]), e: b64url(parts[1]) };
    if (priv) ["d", "p", "q", "dp", "dq", "qi"].forEach((m, i) => (jwk[m] = b64url(parts[i + 2])));
  } else if (kind === "ec") {
    jwk = { kty: "EC", crv: curve, x: b64url(parts[0]), y: b64url(parts[1]) };
    if (priv) jwk.d = b64url(parts[2]);
  } else {
    jwk = { kty: "OKP", crv: name, x: b64url(parts[0]) };
    if (priv) jwk.d = b64url(parts[1]);
  }
  jwk.key_ops = [...key.usages];
  jwk.ext = true;
  return jwk;
}

// ---- Keys: generation ----

function generateKeyNow(algorithm, extractable, usages) {
  const alg = params(algorithm, "generateKey");
  const usageList = [...usages];
  switch (alg.name) {
    case "HMAC": {
      const bits = alg.length ?? HASH_BLOCK_BITS[alg.hash];
      if (bits === 0) throw operationError("an HMAC key cannot be 0 bits long");
      const secret = new SafeUint8Array(Math.ceil(bits / 8));
      randomFill(secret);
      return importHmac("raw", secret, { name: "HMAC", hash: alg.hash, length: bits }, extractable, usageList);
    }
    case "AES-CTR": case "AES-CBC": case "AES-GCM": case "AES-KW": {
      if (![128, 192, 256].includes(alg.length)) throw operationError("an AES key is 128, 192 or 256 bits");
      const secret = new SafeUint8Array(alg.length / 8);
      randomFill(secret);
      return importAes("raw", secret, alg, extractable, usageList);
    }
    default:
      break;
  }
  const kind = NATIVE_KIND[alg.name];
  const list = checkUsages(usageList, [...USAGES[alg.name].public, ...USAGES[alg.name].private], alg.name);
  const publicUsages = list.filter((u) => USAGES[alg.name].public.includes(u));
  const privateUsages = list.filter((u) => USAGES[alg.name].private.includes(u));
  if (privateUsages.length === 0) throw syntaxError("the private key would have no usage");
  let record;
  if (kind === "rsa") {
    const e = alg.publicExponent;
    const exponent = bigEndianUint(e);
    if (exponent !== 3 && exponent !== 65537) throw operationError("the public exponent must be 3 or 65537");
    record = generated(() => keyGenerate("rsa", undefined, alg.modulusLength, e));
  } else if (kind === "ec") {
    if (!CURVES.includes(alg.namedCurve)) throw notSupported(`curve ${jsonStringify(alg.namedCurve)}`);
    record = keyGenerate("ec", alg.namedCurve, 0, new SafeUint8Array(0));
  } else {
    record = keyGenerate(kind, undefined, 0, new SafeUint8Array(0));
  }
  record.private = true;
  const [, curve, der, bits] = record;
  const pub = [kind, curve, keyPublic(kind, curve, der), bits];
  pub.private = false;
  const algorithmOf = (r) => asymmetricAlgorithm({ name: alg.name, hash: alg.hash }, r);
  return {
    publicKey: makeKey("public", true, algorithmOf(pub), publicUsages, undefined, pub),
    privateKey: makeKey("private", extractable, algorithmOf(record), privateUsages, undefined, record),
  };
}

// ---- Signatures ----

const hashOf = (key, alg) => (key.algorithm.name === "ECDSA" ? alg.hash : key.algorithm.hash?.name);

function signNow(algorithm, key, data) {
  const alg = params(algorithm, "sign");
  checkKey(key, "sign", alg.name);
  const bytes = copyBytes(data, "data");
  if (alg.name === "HMAC") return hmac(key.algorithm.hash.name, keySecret(key), bytes);
  const [kind, curve, der] = keyRecord(key);
  const hash = hashOf(key, alg);
  const input = hash === undefined ? bytes : new SafeUint8Array(digest(hash, bytes));
  const salt = alg.name === "RSA-PSS" ? alg.saltLength : 0;
  const signature = generated(() => keySign(kind, curve, der, hash && NATIVE_HASH[hash], alg.name === "RSA-PSS", salt, true, input));
  return signature.slice().buffer;
}

function verifyNow(algorithm, key, signature, data) {
  const alg = params(algorithm, "verify");
  checkKey(key, "verify", alg.name);
  const sig = copyBytes(signature, "signature");
  const bytes = copyBytes(data, "data");
  if (alg.name === "HMAC") {
    const expected = new SafeUint8Array(hmac(key.algorithm.hash.name, keySecret(key), bytes));
    return sig.length === expected.length && timingSafeEqual(sig, expected);
  }
  const [kind, curve, der] = keyRecord(key);
  const hash = hashOf(key, alg);
  const input = hash === undefined ? bytes : new SafeUint8Array(digest(hash, bytes));
  const salt = alg.name === "RSA-PSS" ? alg.saltLength : 0;
  return keyVerify(kind, curve, der, hash && NATIVE_HASH[hash], alg.name === "RSA-PSS", salt, true, input, sig);
}

// ---- Encryption ----

// AES-CTR with a counter of `length` bits (the rest of the block is a
// fixed nonce): the counter wraps to 0 within those bits, as the spec
// asks; the natives' CTR counts over the whole block, so a message that
// wraps is done in two parts.
function aesCtrSpec(key, counter, length, data) {
  if (counter.length !== 16) throw operationError("the AES-CTR counter is 16 bytes");
  if (length === 0 || length > 128) throw operationError("the AES-CTR length is 1 to 128 bits");
  const blocks = Math.ceil(data.length / 16);
  // Blocks left before the low `length` bits wrap.
  let low = 0n;
  for (let i = 0; i < 16; i++) low = (low << 8n) | BigInt(counter[i]);
  const mask = (1n << BigInt(length)) - 1n;
  const room = mask - (low & mask) + 1n;
  if (BigInt(blocks) > mask + 1n) throw operationError("the message is longer than the AES-CTR counter allows");
  if (BigInt(blocks) <= room) return aesCtr(key, counter, 0, data);
  const split = Number(room) * 16;
  const first = aesCtr(key, counter, 0, data.subarray(0, split));
  const wrapped = counter.slice();
  let rest = low & ~mask;
  for (let i = 15; i >= 0; i--) {
    wrapped[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  const second = aesCtr(key, wrapped, 0, data.subarray(split));
  const out = new SafeUint8Array(data.length);
  out.set(first, 0);
  out.set(second, split);
  return out;
}

function pkcs7Pad(data) {
  const pad = 16 - (data.length % 16);
  const out = new SafeUint8Array(data.length + pad);
  out.set(data, 0);
  out.fill(pad, data.length);
  return out;
}

function pkcs7Unpad(data) {
  const pad = data[data.length - 1];
  if (data.length === 0 || pad < 1 || pad > 16) throw operationError("the AES-CBC padding is invalid");
  for (let i = data.length - pad; i < data.length; i++) if (data[i] !== pad) throw operationError("the AES-CBC padding is invalid");
  return data.subarray(0, data.length - pad);
}

function cipherNow(encrypt, alg, key, data) {
  const usage = encrypt ? "encrypt" : "decrypt";
  checkKey(key, usage, alg.name);
  const bytes = copyBytes(data, "data");
  switch (alg.name) {
    case "RSA-OAEP": {
      const [, , der] = keyRecord(key);
      const hash = NATIVE_HASH[key.algorithm.hash.name];
      if (encrypt) return generated(() => keyEncrypt(der, true, hash, alg.label, bytes)).slice().buffer;
      const plain = keyDecrypt(der, hash, alg.label, bytes);
      if (plain === null) throw operationError("the ciphertext does not decrypt");
      return plain.slice().buffer;
    }
    case "AES-CTR":
      return aesCtrSpec(keySecret(key), alg.counter, alg.length, bytes).slice().buffer;
    case "AES-CBC": {
      if (alg.iv.length !== 16) throw operationError("the AES-CBC iv is 16 bytes");
      if (encrypt) return aesCbc(true, keySecret(key), alg.iv, pkcs7Pad(bytes)).slice().buffer;
      if (bytes.length === 0 || bytes.length % 16 !== 0) throw operationError("the AES-CBC ciphertext is not whole blocks");
      return pkcs7Unpad(aesCbc(false, keySecret(key), alg.iv, bytes)).slice().buffer;
    }
    case "AES-GCM": {
      const tagBytes = alg.tagLength / 8;
      if (![32, 64, 96, 104, 112, 120, 128].includes(alg.tagLength)) throw operationError("the AES-GCM tagLength is invalid");
      if (tagBytes < 12) throw notSupported(`an AES-GCM tag of ${alg.tagLength} bits (nano has 96 to 128)`);
      if (alg.iv.length !== 12 && alg.iv.length !== 16) {
        throw notSupported(`an AES-GCM iv of ${alg.iv.length} bytes (nano has 12 and 16)`);
      }
      const aad = alg.additionalData ?? new SafeUint8Array(0);
      if (encrypt) {
        const sealed = aesGcm(true, keySecret(key), alg.iv, aad, bytes, undefined);
        const out = new SafeUint8Array(bytes.length + tagBytes);
        out.set(sealed.subarray(0, bytes.length + tagBytes), 0);
        return out.buffer;
      }
      if (bytes.length < tagBytes) throw operationError("the AES-GCM ciphertext is shorter than its tag");
      const body = bytes.subarray(0, bytes.length - tagBytes);
      const plain = aesGcm(false, keySecret(key), alg.iv, aad, body, bytes.subarray(bytes.length - tagBytes));
      if (plain === null) throw operationError("the AES-GCM tag does not match");
      return plain.slice().buffer;
    }
    default:
      throw notSupported(`${usage} with ${alg.name}`);
  }
}

// ---- Derivation ----

function deriveBitsNow(alg, key, length, usage = "deriveBits") {
  checkKey(key, usage, alg.name);
  switch (alg.name) {
    case "ECDH": case "X25519": {
      const peer = alg.public;
      if (peer.type !== "public") throw accessError("algorithm.public must be a public key");
      if (peer.algorithm.name !== alg.name) throw accessError(`algorithm.public is not a ${alg.name} key`);
      const [kind, curve, der] = keyRecord(key);
      const [, peerCurve, peerDer] = keyRecord(peer);
      if (curve !== peerCurve) throw accessError("the keys are on different curves");
      let secret;
      try {
        secret = keyAgree(kind, curve, der, peerDer);
      } catch (err) {
        if (err instanceof SafeTypeError) throw operationError(err.message);
        throw err;
      }
      if (length === null) return secret.slice().buffer;
      if (length > secret.length * 8) throw operationError("the length is longer than the shared secret");
      const out = secret.slice(0, Math.ceil(length / 8));
      if (length % 8 !== 0) out[out.length - 1] &= 0xff << (8 - (length % 8));
      return out.buffer;
    }
    case "PBKDF2": {
      if (length === null || length % 8 !== 0) throw operationError("PBKDF2 derives a whole number of bytes");
      if (alg.iterations === 0) throw operationError("PBKDF2 needs at least one iteration");
      const out = new SafeUint8Array(length / 8);
      if (length > 0) pbkdf2Native(keySecret(key), alg.salt, alg.iterations, NATIVE_HASH[alg.hash], out);
      return out.buffer;
    }
    case "HKDF": {
      if (length === null || length % 8 !== 0) throw operationError("HKDF derives a whole number of bytes");
      if (length / 8 > 255 * HASH_BYTES[alg.hash]) throw operationError("HKDF cannot derive that many bytes");
      const out = new SafeUint8Array(length / 8);
      if (length > 0) hkdfNative(NATIVE_HASH[alg.hash], keySecret(key), alg.salt, alg.info, out);
      return out.buffer;
    }
    default:
      throw notSupported(`deriveBits with ${alg.name}`);
  }
}

function keyLength(derivedKeyType) {
  const alg = params(derivedKeyType, "get key length");
  switch (alg.name) {
    case "HMAC":
      if (alg.length === 0) throw new SafeTypeError("an HMAC key cannot be 0 bits long");
      return alg.length ?? HASH_BLOCK_BITS[alg.hash];
    case "PBKDF2": case "HKDF":
      return null;
    default:
      if (![128, 192, 256].includes(alg.length)) throw operationError("an AES key is 128, 192 or 256 bits");
      return alg.length;
  }
}

// ---- The object ----

// Runs `f` now and gives its result (or what it threw) as a promise.
const promised = (f) => {
  try {
    return Promise.resolve(f());
  } catch (err) {
    return Promise.reject(err);
  }
};

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const subtle = {
  digest(algorithm, data) {
    return promised(() => {
      const name = params(algorithm, "digest").name;
      const bytes = copyBytes(data, "data");
      if (name !== "MD5") return digest(name, bytes);
      const out = new SafeUint8Array(16);
      hashOnce("md5", bytes, out, undefined);
      return out.buffer;
    });
  },
  importKey(format, keyData, algorithm, extractable, usages) {
    return promised(() => importKeyNow(format, keyData, algorithm, extractable, usages));
  },
  exportKey(format, key) {
    return promised(() => exportKeyNow(format, key));
  },
  generateKey(algorithm, extractable, usages) {
    return promised(() => generateKeyNow(algorithm, extractable, usages));
  },
  sign(algorithm, key, data) {
    return promised(() => signNow(algorithm, key, data));
  },
  verify(algorithm, key, signature, data) {
    return promised(() => verifyNow(algorithm, key, signature, data));
  },
  encrypt(algorithm, key, data) {
    return promised(() => cipherNow(true, params(algorithm, "encrypt"), key, data));
  },
  decrypt(algorithm, key, data) {
    return promised(() => cipherNow(false, params(algorithm, "decrypt"), key, data));
  },
  deriveBits(algorithm, baseKey, length = null) {
    return promised(() => {
      const alg = params(algorithm, "deriveBits");
      const bits = length === null || length === undefined ? null : toUint(length, "length");
      return deriveBitsNow(alg, baseKey, bits);
    });
  },
  deriveKey(algorithm, baseKey, derivedKeyType, extractable, usages) {
    return promised(() => {
      const alg = params(algorithm, "deriveBits");
      const importAlg = params(derivedKeyType, "importKey");
      const length = keyLength(derivedKeyType);
      const bits = deriveBitsNow(alg, baseKey, length, "deriveKey");
      return importKeyNow("raw", bits, importAlg, extractable, usages);
    });
  },
  wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    return promised(() => {
      const alg = params(wrapAlgorithm, "wrapKey");
      checkKey(wrappingKey, "wrapKey", alg.name);
      if (!(key instanceof CryptoKey)) throw new SafeTypeError("key must be a CryptoKey");
      const exported = exportKeyNow(format, key);
      const bytes = format === "jwk" ? encoder.encode(jsonStringify(exported)) : new SafeUint8Array(exported);
      if (alg.name === "AES-KW") {
        if (bytes.length % 8 !== 0) throw operationError("AES-KW wraps a multiple of 8 bytes");
        return generated(() => aesKw(true, keySecret(wrappingKey), bytes)).slice().buffer;
      }
      return cipherNow(true, alg, withUsage(wrappingKey, "encrypt"), bytes);
    });
  },
  unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, usages) {
    return promised(() => {
      const alg = params(unwrapAlgorithm, "unwrapKey");
      checkKey(unwrappingKey, "unwrapKey", alg.name);
      const wrapped = copyBytes(wrappedKey, "wrappedKey");
      let bytes;
      if (alg.name === "AES-KW") {
        bytes = generated(() => aesKw(false, keySecret(unwrappingKey), wrapped));
        if (bytes === null) throw operationError("the wrapped key fails its integrity check");
      } else {
        bytes = new SafeUint8Array(cipherNow(false, alg, withUsage(unwrappingKey, "decrypt"), wrapped));
      }
      let keyData = bytes;
      if (format === "jwk") {
        try {
          keyData = jsonParse(decoder.decode(bytes));
        } catch {
          throw dataError("the unwrapped key is not a JWK");
        }
      }
      return importKeyNow(format, keyData, unwrappedKeyAlgorithm, extractable, usages);
    });
  },
  timingSafeEqual(a, b) {
    const x = bufferSource(a, "a");
    const y = bufferSource(b, "b");
    if (x.length !== y.length) throw new SafeTypeError("timingSafeEqual: the inputs must have the same length");
    return timingSafeEqual(x, y);
  },
};

// The same key allowed `usage`: wrapKey and unwrapKey run the cipher's
// encrypt and decrypt with a key whose usages say wrapKey/unwrapKey.
const withUsage = (key, usage) =>
  new CryptoKey(kKey, key.type, key.extractable, key.algorithm, [usage], keySecret(key), keyRecord(key));

// workerd's crypto.DigestStream: a WritableStream whose `digest` promise
// gives the digest of what was written (bytes, or strings as UTF-8) once
// it closes, and rejects if it is aborted.
class DigestStream extends WritableStream {
  #digest;
  constructor(algorithm) {
    const name = params(algorithm, "digest").name;
    const holder = {};
    let id = 0;
    let settle;
    const digest = new Promise((resolve, reject) => {
      settle = { resolve, reject };
    });
    super({
      start() {
        id = hashNew(holder, NATIVE_DIGEST[name], undefined);
      },
      write(chunk) {
        const bytes = typeof chunk === "string" ? encoder.encode(chunk) : asBytes(chunk);
        if (bytes === null) throw new SafeTypeError("DigestStream takes BufferSource or string chunks");
        hashUpdate(id, bytes);
      },
      close() {
        const out = new SafeUint8Array(DIGEST_BYTES[name]);
        hashDigest(id, out);
        settle.resolve(out.buffer);
      },
      abort(reason) {
        settle.reject(reason);
      },
    });
    // Rejected only when aborted: not an unhandled rejection by itself.
    digest.catch(() => {});
    this.#digest = digest;
  }
  get digest() {
    return this.#digest;
  }
}
finishClass(DigestStream, "DigestStream");

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
    const b = new SafeUint8Array(16);
    randomFill(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  },
  subtle,
  DigestStream,
};

defineGlobal("crypto", crypto);
defineGlobal("CryptoKey", CryptoKey);
