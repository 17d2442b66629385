// node:crypto's keys: KeyObject (secret, public, private), createSecretKey,
// createPublicKey, createPrivateKey (PEM, DER, JWK), key generation, sign
// and verify (one shot and Sign/Verify streams), publicEncrypt and
// privateDecrypt, diffieHellman and ECDH. The work is Rust's
// (natives/keys.rs, RustCrypto): a public or private key is kept here as
// the DER the natives gave back (SPKI or PKCS#8) in a private field.
import { hashDigest, hashNew, hashOnce, hashUpdate, keyAgree, keyComponents, keyDecrypt, keyEncrypt } from "nano:natives";
import { keyExport, keyFromComponents, keyGenerate, keyImport, keyPublic, keySign, keyVerify } from "nano:natives";
import { timingSafeEqual as bytesEqual } from "nano:natives";
import { Buffer } from "../buffer.js";
import { Writable } from "../stream.js";
import {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_METHOD_NOT_IMPLEMENTED,
  makeNodeError,
  validateFunction,
  validateInteger,
  validateObject,
  validateString,
} from "./errors.js";
import { bytesOf, copyOf, deliver, encodeOutput, inputEncoding, viewBytes } from "./crypto_util.js";
import { importKeyNow, keyRecord, keySecret } from "../../web/crypto.js";
import { StringPrototypeToLowerCase } from "../../nano/primordials.js";

const CryptoKey = globalThis.CryptoKey;
const { defineProperty } = Reflect;
const { isView } = ArrayBuffer;
const freeze = Object.freeze;
const SafeBigInt = BigInt;
const SafeTypeError = TypeError;

export const ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE = makeNodeError(
  "ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE",
  TypeError,
  (actual, expected) => `Invalid key object type ${actual}, expected ${expected}.`,
);
const ERR_CRYPTO_INVALID_JWK = makeNodeError("ERR_CRYPTO_INVALID_JWK", TypeError, "Invalid JWK data");
const ERR_CRYPTO_INCOMPATIBLE_KEY = makeNodeError(
  "ERR_CRYPTO_INCOMPATIBLE_KEY",
  Error,
  (name, why) => `Incompatible ${name}: ${why}`,
);
const ERR_CRYPTO_INVALID_DIGEST = makeNodeError("ERR_CRYPTO_INVALID_DIGEST", TypeError, (d) => `Invalid digest: ${d}`);
const ERR_CRYPTO_SIGN_KEY_REQUIRED = makeNodeError("ERR_CRYPTO_SIGN_KEY_REQUIRED", Error, "No key provided to sign");
const ERR_OSSL_DECODER = makeNodeError(
  "ERR_OSSL_UNSUPPORTED",
  Error,
  (why) => `error:1E08010C:DECODER routines::unsupported (${why})`,
);
const ERR_OSSL_OAEP_DECODING_ERROR = makeNodeError(
  "ERR_OSSL_RSA_OAEP_DECODING_ERROR",
  Error,
  "error:02000079:rsa routines::oaep decoding error",
);
const ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY = makeNodeError(
  "ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY",
  Error,
  "Public key is not valid for specified curve",
);

const KEY_TYPES = ["string", "ArrayBuffer", "Buffer", "TypedArray", "DataView"];

// ---- Secret keys ----

const kKeyToken = Symbol("KeyObject");
const SECRET_KEY_TYPES = ["ArrayBuffer", "Buffer", "TypedArray", "DataView"];

// The bytes of a secret key given as a KeyObject, a CryptoKey, a string in
// `encoding` or bytes (over the caller's memory: copy to keep).
export const secretBytes = (key, name, encoding, types) => {
  if (key instanceof KeyObject) {
    if (key.type !== "secret") throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, "secret");
    return secretOf(key);
  }
  if (CryptoKey !== undefined && key instanceof CryptoKey) {
    if (key.type !== "secret") throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, "secret");
    return keySecret(key);
  }
  return bytesOf(key, name, encoding, types);
};

let secretOf;
let materialOf;

export class KeyObject {
  #type;
  constructor(type, handle) {
    if (type !== "secret" && type !== "public" && type !== "private") {
      throw new ERR_INVALID_ARG_VALUE("type", type);
    }
    if (handle !== kKeyToken) throw new ERR_INVALID_ARG_TYPE("handle", "object", handle);
    this.#type = type;
  }

  get type() {
    return this.#type;
  }

  static from(key) {
    if (CryptoKey === undefined || !(key instanceof CryptoKey)) throw new ERR_INVALID_ARG_TYPE("key", "CryptoKey", key);
    if (key.type === "secret") return new SecretKeyObject(copyOf(keySecret(key)));
    const [kind, curve, der, bits] = keyRecord(key);
    const record = [kind, curve, der, bits];
    return key.type === "private" ? new PrivateKeyObject(record) : new PublicKeyObject(record);
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new ERR_INVALID_ARG_TYPE("otherKeyObject", "KeyObject", otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    const a = materialOf(this);
    const b = materialOf(otherKeyObject);
    return a.byteLength === b.byteLength && bytesEqual(a, b);
  }
}

class SecretKeyObject extends KeyObject {
  #secret;
  constructor(secret) {
    super("secret", kKeyToken);
    this.#secret = secret;
  }

  static {
    secretOf = (key) => key.#secret;
  }

  get symmetricKeySize() {
    return this.#secret.byteLength;
  }

  toCryptoKey(algorithm, extractable, keyUsages) {
    return importKeyNow("raw", this.#secret, algorithm, extractable, keyUsages);
  }

  export(options = undefined) {
    if (options !== undefined) validateObject(options, "options");
    const format = options?.format;
    if (format === undefined || format === "buffer") return Buffer.from(this.#secret);
    if (format === "jwk") return { kty: "oct", k: Buffer.from(this.#secret).toString("base64url") };
    throw new ERR_INVALID_ARG_VALUE("options.format", format, "must be one of: undefined, 'buffer', 'jwk'");
  }
}

export function createSecretKey(key, encoding = undefined) {
  const bytes = typeof key === "string" ? Buffer.from(key, encoding) : bytesOf(key, "key", "utf8", SECRET_KEY_TYPES);
  return new SecretKeyObject(copyOf(bytes));
}

// ---- Asymmetric keys ----

// Node's curve names (and the NIST ones OpenSSL also takes) -> Web Crypto's.
const CURVES = { __proto__: null, prime256v1: "P-256", secp256r1: "P-256", "P-256": "P-256", secp384r1: "P-384", "P-384": "P-384", secp521r1: "P-521", "P-521": "P-521" };
const NODE_CURVE = { __proto__: null, "P-256": "prime256v1", "P-384": "secp384r1", "P-521": "secp521r1" };
export const CURVE_NAMES = freeze(["prime256v1", "secp384r1", "secp521r1"]);

// [type, curve, der, bits] from the natives: what an asymmetric key holds.
let recordOf;

class AsymmetricKeyObject extends KeyObject {
  #record;
  #details;
  constructor(type, record) {
    super(type, kKeyToken);
    this.#record = record;
  }

  static {
    recordOf = (key) => key.#record;
  }

  get asymmetricKeyType() {
    return this.#record[0];
  }

  get asymmetricKeyDetails() {
    if (this.#details === undefined) {
      const [kind, curve, der, bits] = this.#record;
      if (kind === "rsa" || kind === "rsa-pss") {
        const [, e] = keyComponents(kind, curve, der, this.type === "private");
        let exponent = 0n;
        for (const byte of e) exponent = (exponent << 8n) | SafeBigInt(byte);
        this.#details = { modulusLength: bits, publicExponent: exponent };
      } else if (kind === "ec") {
        this.#details = { namedCurve: NODE_CURVE[curve] };
      } else {
        this.#details = {};
      }
    }
    return { ...this.#details };
  }

  export(options = undefined) {
    const [kind, curve, der] = this.#record;
    const priv = this.type === "private";
    if (options !== undefined) validateObject(options, "options");
    const format = options?.format ?? "pem";
    if (format === "jwk") return jwkOf(this.#record, priv);
    if (format !== "pem" && format !== "der") {
      throw new ERR_INVALID_ARG_VALUE("options.format", format, "must be one of: 'pem', 'der', 'jwk'");
    }
    const type = options?.type;
    const types = priv ? ["pkcs1", "pkcs8", "sec1"] : ["pkcs1", "spki"];
    if (!types.includes(type)) throw new ERR_INVALID_ARG_VALUE("options.type", type, `must be one of: ${types.map((t) => `'${t}'`).join(", ")}`);
    if (priv && (options.cipher !== undefined || options.passphrase !== undefined)) {
      throw new ERR_METHOD_NOT_IMPLEMENTED("KeyObject.export with a cipher (encrypted private keys)");
    }
    const bytes = Buffer.from(keyExport(kind, curve, der, priv, type));
    if (format === "der") return bytes;
    return pemOf(PEM_LABELS[`${priv ? "private" : "public"} ${type}`], bytes);
  }

  toCryptoKey(algorithm, extractable, keyUsages) {
    const [, , der] = this.#record;
    return importKeyNow(this.type === "private" ? "pkcs8" : "spki", der, algorithm, extractable, keyUsages);
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(record) {
    super("public", record);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(record) {
    super("private", record);
  }
}

for (const cls of [SecretKeyObject, PublicKeyObject, PrivateKeyObject]) {
  defineProperty(cls.prototype, Symbol.toStringTag, { value: "KeyObject", configurable: true });
}

// The bytes that make a key equal to another of its type.
materialOf = (key) => (key.type === "secret" ? secretOf(key) : recordOf(key)[2]);

const publicOf = (privateKey) => {
  const [kind, curve, der, bits] = recordOf(privateKey);
  return new PublicKeyObject([kind, curve, keyPublic(kind, curve, der), bits]);
};

// ---- PEM ----

const PEM_LABELS = {
  __proto__: null,
  "private pkcs8": "PRIVATE KEY",
  "private pkcs1": "RSA PRIVATE KEY",
  "private sec1": "EC PRIVATE KEY",
  "public spki": "PUBLIC KEY",
  "public pkcs1": "RSA PUBLIC KEY",
};
// A PEM label -> [private, format].
const PEM_FORMATS = {
  __proto__: null,
  "PRIVATE KEY": [true, "pkcs8"],
  "RSA PRIVATE KEY": [true, "pkcs1"],
  "EC PRIVATE KEY": [true, "sec1"],
  "PUBLIC KEY": [false, "spki"],
  "RSA PUBLIC KEY": [false, "pkcs1"],
  CERTIFICATE: [false, "x509"],
};

const pemOf = (label, der) => {
  const b64 = der.toString("base64");
  let body = "";
  for (let i = 0; i < b64.length; i += 64) body += `${b64.slice(i, i + 64)}\n`;
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
};

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \1-----/;

// The first PEM block of `text`: [label, DER].
const parsePem = (text) => {
  const match = PEM_BLOCK.exec(text);
  if (match === null) throw new ERR_OSSL_DECODER("not a PEM key");
  const [, label, body] = match;
  if (body.includes(":")) {
    throw new ERR_METHOD_NOT_IMPLEMENTED("reading an encrypted PEM key (Proc-Type headers)");
  }
  return [label, Buffer.from(body.replace(/\s+/g, ""), "base64")];
};

// ---- Reading keys ----

// What createPrivateKey/createPublicKey and sign/verify take: the key's
// data and how it is written.
const keyInput = (key, name) => {
  if (typeof key === "string" || isView(key) || key instanceof ArrayBuffer) {
    return { data: key, format: "pem", type: undefined, encoding: undefined };
  }
  if (key === null || typeof key !== "object") {
    throw new ERR_INVALID_ARG_TYPE(name, ["string", "ArrayBuffer", "Buffer", "TypedArray", "DataView", "object"], key);
  }
  const format = key.format ?? "pem";
  if (format !== "pem" && format !== "der" && format !== "jwk") {
    throw new ERR_INVALID_ARG_VALUE(`${name}.format`, format);
  }
  if (key.passphrase !== undefined) {
    throw new ERR_METHOD_NOT_IMPLEMENTED("reading an encrypted private key (passphrase)");
  }
  return { data: key.key, format, type: key.type, encoding: key.encoding };
};

const jwkPart = (jwk, member) => {
  const value = jwk[member];
  if (typeof value !== "string") throw new ERR_CRYPTO_INVALID_JWK();
  return Buffer.from(value, "base64url");
};

const JWK_MEMBERS = { RSA: ["n", "e", "d", "p", "q", "dp", "dq", "qi"], EC: ["x", "y", "d"], OKP: ["x", "d"] };
const OKP_TYPES = { __proto__: null, Ed25519: "ed25519", X25519: "x25519" };

// A record from a JWK: private when it has `d` and `wantPrivate`.
const fromJwk = (jwk, wantPrivate) => {
  validateObject(jwk, "key.key");
  const kty = jwk.kty;
  let kind;
  let curve;
  if (kty === "RSA") kind = "rsa";
  else if (kty === "EC") {
    kind = "ec";
    curve = jwk.crv;
    if (curve !== "P-256" && curve !== "P-384" && curve !== "P-521") {
      throw new ERR_INVALID_ARG_VALUE("key.key.crv", curve, "must be one of: 'P-256', 'P-384', 'P-521'");
    }
  } else if (kty === "OKP") {
    kind = OKP_TYPES[jwk.crv];
    if (kind === undefined) throw new ERR_INVALID_ARG_VALUE("key.key.crv", jwk.crv, "must be one of: 'Ed25519', 'X25519'");
  } else if (kty === "oct") {
    throw new ERR_CRYPTO_INVALID_JWK();
  } else {
    throw new ERR_INVALID_ARG_VALUE("key.key.kty", kty, "must be one of: 'RSA', 'EC', 'OKP'");
  }
  const priv = jwk.d !== undefined;
  if (wantPrivate && !priv) throw new ERR_CRYPTO_INVALID_JWK();
  const members = JWK_MEMBERS[kty];
  const needed = priv ? members : members.slice(0, members.indexOf("d"));
  const parts = [];
  for (const member of needed) parts.push(jwkPart(jwk, member));
  return [priv, keyFromComponents(kind, curve, parts, priv)];
};

const b64url = (bytes) => Buffer.from(bytes).toString("base64url");

const jwkOf = ([kind, curve, der], priv) => {
  const parts = keyComponents(kind, curve, der, priv);
  if (kind === "rsa" || kind === "rsa-pss") {
    if (kind === "rsa-pss") throw new ERR_METHOD_NOT_IMPLEMENTED("KeyObject.export of an rsa-pss key as a JWK");
    const jwk = { kty: "RSA", n: b64url(parts[0]), e: b64url(parts[1]) };
    if (priv) {
      const names = ["d", "p", "q", "dp", "dq", "qi"];
      for (let i = 0; i < names.length; i++) jwk[names[i]] = b64url(parts[i + 2]);
    }
    return jwk;
  }
  if (kind === "ec") {
    const jwk = { kty: "EC", crv: curve, x: b64url(parts[0]), y: b64url(parts[1]) };
    if (priv) jwk.d = b64url(parts[2]);
    return jwk;
  }
  const jwk = { crv: kind === "ed25519" ? "Ed25519" : "X25519", x: b64url(parts[0]), kty: "OKP" };
  if (priv) jwk.d = b64url(parts[1]);
  return jwk;
};

const DER_TYPES = { private: ["pkcs1", "pkcs8", "sec1"], public: ["pkcs1", "spki"] };

// [private, record] of a key given as PEM, DER or JWK.
const readKey = (input, wantPrivate, name) => {
  const { data, format, type, encoding } = input;
  if (format === "jwk") return fromJwk(data, wantPrivate);
  if (format === "pem") {
    const text = typeof data === "string" ? data : Buffer.from(bytesOf(data, `${name}.key`, "utf8", KEY_TYPES)).toString("latin1");
    const [label, der] = parsePem(text);
    const found = PEM_FORMATS[label];
    if (found === undefined) {
      if (label === "ENCRYPTED PRIVATE KEY") throw new ERR_METHOD_NOT_IMPLEMENTED("reading an encrypted private key");
      throw new ERR_OSSL_DECODER(`PEM label ${label}`);
    }
    const [priv, pemFormat] = found;
    if (wantPrivate && !priv) throw new ERR_OSSL_DECODER("a public key where a private key is needed");
    return [priv, importKey(priv, pemFormat, der)];
  }
  const bytes = bytesOf(data, `${name}.key`, encoding ?? "utf8", KEY_TYPES);
  const types = wantPrivate ? DER_TYPES.private : [...DER_TYPES.public, ...DER_TYPES.private];
  if (!types.includes(type)) {
    throw new ERR_INVALID_ARG_VALUE(`${name}.type`, type, `must be one of: ${types.map((t) => `'${t}'`).join(", ")}`);
  }
  // A DER public key of type pkcs1 is RSAPublicKey; a private one's type
  // names only private formats (createPublicKey may take either).
  const priv = wantPrivate || type === "pkcs8" || type === "sec1";
  return [priv, importKey(priv, type, bytes)];
};

const importKey = (priv, format, der) => {
  try {
    return keyImport(priv, format, der, undefined, undefined);
  } catch (err) {
    // The native's TypeErrors say why the bytes are no key; anything else
    // (memory, an internal error) passes as it is.
    if (err instanceof SafeTypeError) throw new ERR_OSSL_DECODER(err.message);
    throw err;
  }
};

export function createPrivateKey(key) {
  if (key instanceof KeyObject) throw new ERR_INVALID_ARG_TYPE("key", ["string", "ArrayBuffer", "Buffer", "TypedArray", "DataView", "object"], key);
  const [, record] = readKey(keyInput(key, "key"), true, "key");
  return new PrivateKeyObject(record);
}

export function createPublicKey(key) {
  if (key instanceof KeyObject) {
    if (key.type === "private") return publicOf(key);
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, "private");
  }
  const [priv, record] = readKey(keyInput(key, "key"), false, "key");
  const object = priv ? new PrivateKeyObject(record) : new PublicKeyObject(record);
  return priv ? publicOf(object) : object;
}

// A private KeyObject from what sign() and the like take.
const privateKeyOf = (key) => {
  if (key instanceof KeyObject) {
    if (key.type !== "private") throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, "private");
    return key;
  }
  if (key !== null && typeof key === "object" && !isView(key) && key.key instanceof KeyObject) return privateKeyOf(key.key);
  return createPrivateKey(key);
};

// A public KeyObject (a private key's public half) from what verify() takes.
const publicKeyOf = (key) => {
  if (key instanceof KeyObject) {
    if (key.type === "secret") throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, "public or private");
    return key.type === "private" ? publicOf(key) : key;
  }
  if (key !== null && typeof key === "object" && !isView(key) && key.key instanceof KeyObject) return publicKeyOf(key.key);
  return createPublicKey(key);
};

// ---- Signatures ----

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;
const RSA_PKCS1_PSS_PADDING = 6;
const RSA_PSS_SALTLEN_DIGEST = -1;
const RSA_PSS_SALTLEN_MAX_SIGN = -2;
const HASH_SIZES = { __proto__: null, sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64 };

// A signature digest's name as OpenSSL reads it ("RSA-SHA256",
// "sha256WithRSAEncryption", "ecdsa-with-SHA256", "SHA256", "sha-256").
const signatureDigest = (name) => {
  let n = StringPrototypeToLowerCase(`${name}`);
  if (n.startsWith("rsa-")) n = n.slice(4);
  if (n.startsWith("ecdsa-with-")) n = n.slice(11);
  if (n.endsWith("withrsaencryption")) n = n.slice(0, -17);
  n = n.replace("-", "");
  if (HASH_SIZES[n] === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(name);
  return n;
};

// The options an object key carries: padding, saltLength, dsaEncoding.
const signOptions = (key, signing) => {
  const options = key !== null && typeof key === "object" && !isView(key) && !(key instanceof KeyObject) ? key : {};
  const padding = options.padding;
  if (padding !== undefined) validateInteger(padding, "key.padding");
  const saltLength = options.saltLength;
  if (saltLength !== undefined) validateInteger(saltLength, "key.saltLength");
  const dsaEncoding = options.dsaEncoding ?? "der";
  if (dsaEncoding !== "der" && dsaEncoding !== "ieee-p1363") {
    throw new ERR_INVALID_ARG_VALUE("options.dsaEncoding", dsaEncoding);
  }
  if (padding !== undefined && padding !== RSA_PKCS1_PADDING && padding !== RSA_PKCS1_PSS_PADDING) {
    throw new ERR_INVALID_ARG_VALUE("key.padding", padding, "is not supported for signatures");
  }
  return { pss: padding === RSA_PKCS1_PSS_PADDING, saltLength: saltLength ?? (signing ? RSA_PSS_SALTLEN_MAX_SIGN : -2), p1363: dsaEncoding === "ieee-p1363" };
};

// The salt length the natives take: -1 (the digest's) is made explicit;
// another negative one means the largest (signing) or any (verifying).
const saltFor = (saltLength, digest) => (saltLength === RSA_PSS_SALTLEN_DIGEST ? HASH_SIZES[digest] : saltLength);

const defaultDigest = (kind) => (kind === "ed25519" ? undefined : "sha256");

const signDigest = (keyObject, digest, input, options) => {
  const [kind, curve, der] = recordOf(keyObject);
  if (kind === "ed25519" && digest !== undefined) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY("key", "Ed25519 signs messages, not digests (pass null as the algorithm)");
  }
  return Buffer.from(keySign(kind, curve, der, digest, options.pss, saltFor(options.saltLength, digest), options.p1363, input));
};

const verifyDigest = (keyObject, digest, input, signature, options) => {
  const [kind, curve, der] = recordOf(keyObject);
  if (kind === "ed25519" && digest !== undefined) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY("key", "Ed25519 verifies messages, not digests (pass null as the algorithm)");
  }
  return keyVerify(kind, curve, der, digest, options.pss, saltFor(options.saltLength, digest), options.p1363, input, signature);
};

const digestOf = (name, data) => {
  const out = Buffer.alloc(HASH_SIZES[name]);
  hashOnce(name, data, out, undefined);
  return out;
};

const DATA_TYPES = ["ArrayBuffer", "Buffer", "TypedArray", "DataView"];

// The message (Ed25519) or digest that one-shot sign/verify works on.
const oneShotInput = (algorithm, data, kind) => {
  const bytes = bytesOf(data, "data", "utf8", DATA_TYPES);
  let digest = algorithm === null || algorithm === undefined ? defaultDigest(kind) : signatureDigest(algorithm);
  if (kind === "ed25519") {
    if (algorithm !== null && algorithm !== undefined) throw new ERR_CRYPTO_INVALID_DIGEST(algorithm);
    digest = undefined;
  }
  return [digest, digest === undefined ? bytes : digestOf(digest, bytes)];
};

export function sign(algorithm, data, key, callback = undefined) {
  if (algorithm !== null && algorithm !== undefined) validateString(algorithm, "algorithm");
  if (callback !== undefined) validateFunction(callback, "callback");
  const keyObject = privateKeyOf(key);
  const options = signOptions(key, true);
  const run = () => {
    const [digest, input] = oneShotInput(algorithm, data, keyObject.asymmetricKeyType);
    return signDigest(keyObject, digest, input, options);
  };
  if (callback === undefined) return run();
  deliver(callback, run);
}

export function verify(algorithm, data, key, signature, callback = undefined) {
  if (algorithm !== null && algorithm !== undefined) validateString(algorithm, "algorithm");
  if (callback !== undefined) validateFunction(callback, "callback");
  const keyObject = publicKeyOf(key);
  const options = signOptions(key, false);
  const sig = bytesOf(signature, "signature", "utf8", DATA_TYPES);
  const run = () => {
    const [digest, input] = oneShotInput(algorithm, data, keyObject.asymmetricKeyType);
    return verifyDigest(keyObject, digest, input, sig, options);
  };
  if (callback === undefined) return run();
  deliver(callback, run);
}

const UPDATE_TYPES = ["string", "Buffer", "TypedArray", "DataView"];

// What Sign and Verify share: a Writable that hashes what it is given.
class SignBase extends Writable {
  #digest;
  #id;
  #out;
  constructor(algorithm, options) {
    validateString(algorithm, "algorithm");
    super(options);
    this.#digest = signatureDigest(algorithm);
    this.#out = Buffer.alloc(HASH_SIZES[this.#digest]);
    this.#id = hashNew(this.#out, this.#digest, undefined);
  }

  _write(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  }

  update(data, encoding = undefined) {
    if (this.#id === 0) throw new Error("Not initialised: the signature was already made");
    let bytes;
    if (typeof data === "string") bytes = Buffer.from(data, inputEncoding(data, encoding));
    else if (isView(data)) bytes = viewBytes(data);
    else throw new ERR_INVALID_ARG_TYPE("data", UPDATE_TYPES, data);
    hashUpdate(this.#id, bytes);
    return this;
  }

  // [digest name, digest]; the state is spent.
  finish() {
    if (this.#id === 0) throw new Error("Not initialised: the signature was already made");
    hashDigest(this.#id, this.#out);
    this.#id = 0;
    return [this.#digest, this.#out];
  }
}

export class Sign extends SignBase {
  sign(privateKey, outputEncoding = undefined) {
    if (privateKey === undefined || privateKey === null) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
    const keyObject = privateKeyOf(privateKey);
    const options = signOptions(privateKey, true);
    const [digest, input] = this.finish();
    return encodeOutput(signDigest(keyObject, digest, input, options), outputEncoding);
  }
}

export class Verify extends SignBase {
  verify(object, signature, sigEncoding = undefined) {
    const keyObject = publicKeyOf(object);
    const options = signOptions(object, false);
    const sig = typeof signature === "string" ? Buffer.from(signature, sigEncoding ?? "utf8") : bytesOf(signature, "signature", "utf8", DATA_TYPES);
    const [digest, input] = this.finish();
    return verifyDigest(keyObject, digest, input, sig, options);
  }
}

export const createSign = (algorithm, options = undefined) => new Sign(algorithm, options);
export const createVerify = (algorithm, options = undefined) => new Verify(algorithm, options);

// ---- RSA encryption ----

const encryptOptions = (key) => {
  const options = key !== null && typeof key === "object" && !isView(key) && !(key instanceof KeyObject) ? key : {};
  const padding = options.padding ?? RSA_PKCS1_OAEP_PADDING;
  const oaepHash = options.oaepHash ?? "sha1";
  validateString(oaepHash, "key.oaepHash");
  const label = options.oaepLabel === undefined ? undefined : bytesOf(options.oaepLabel, "key.oaepLabel", "utf8", DATA_TYPES);
  return { padding, hash: signatureDigest(oaepHash), label };
};

export function publicEncrypt(key, buffer) {
  const keyObject = publicKeyOf(key);
  const { padding, hash, label } = encryptOptions(key);
  if (padding !== RSA_PKCS1_OAEP_PADDING && padding !== RSA_PKCS1_PADDING) {
    throw new ERR_METHOD_NOT_IMPLEMENTED(`crypto.publicEncrypt with padding ${padding} (nano has OAEP and PKCS#1 v1.5)`);
  }
  const [kind, , der] = recordOf(keyObject);
  if (kind !== "rsa") throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(kind, "rsa");
  const data = bytesOf(buffer, "buffer", "utf8", DATA_TYPES);
  return Buffer.from(keyEncrypt(der, padding === RSA_PKCS1_OAEP_PADDING, hash, label, data));
}

export function privateDecrypt(key, buffer) {
  const keyObject = privateKeyOf(key);
  const { padding, hash, label } = encryptOptions(key);
  if (padding === RSA_PKCS1_PADDING) {
    // Node refuses it too (CVE-2023-46809, the Marvin attack).
    throw new ERR_INVALID_ARG_VALUE("padding", padding, "RSA_PKCS1_PADDING is no longer supported for private decryption");
  }
  if (padding !== RSA_PKCS1_OAEP_PADDING) {
    throw new ERR_METHOD_NOT_IMPLEMENTED(`crypto.privateDecrypt with padding ${padding} (nano has OAEP)`);
  }
  const [kind, , der] = recordOf(keyObject);
  if (kind !== "rsa") throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(kind, "rsa");
  const data = bytesOf(buffer, "buffer", "utf8", DATA_TYPES);
  const plain = keyDecrypt(der, hash, label, data);
  if (plain === null) throw new ERR_OSSL_OAEP_DECODING_ERROR();
  return Buffer.from(plain);
}

// ---- Key generation ----

const KEY_PAIR_TYPES = ["rsa", "rsa-pss", "ec", "ed25519", "x25519"];

const encodeKey = (keyObject, encoding, name) => {
  if (encoding === undefined) return keyObject;
  validateObject(encoding, name);
  return keyObject.export(encoding);
};

function keyPairArgs(type, options) {
  validateString(type, "type");
  if (!KEY_PAIR_TYPES.includes(type)) {
    throw new ERR_INVALID_ARG_VALUE("type", type, `must be a supported key type (nano has ${KEY_PAIR_TYPES.join(", ")})`);
  }
  if (options !== undefined) validateObject(options, "options");
  const o = options ?? {};
  let curve;
  let bits = 0;
  let exponent = [1, 0, 1];
  if (type === "rsa" || type === "rsa-pss") {
    validateInteger(o.modulusLength, "options.modulusLength", 0);
    bits = o.modulusLength;
    if (o.publicExponent !== undefined) {
      validateInteger(o.publicExponent, "options.publicExponent", 0, 0xffffffff);
      exponent = [];
      for (let e = o.publicExponent; e > 0; e = Math.floor(e / 256)) exponent.unshift(e % 256);
    }
  } else if (type === "ec") {
    validateString(o.namedCurve, "options.namedCurve");
    curve = CURVES[o.namedCurve];
    if (curve === undefined) throw new ERR_INVALID_ARG_VALUE("options.namedCurve", o.namedCurve, "is not a curve nano has");
  }
  return [type, curve, bits, new Uint8Array(exponent), o.publicKeyEncoding, o.privateKeyEncoding];
}

const makeKeyPair = (type, curve, bits, exponent, publicEncoding, privateEncoding) => {
  const privateKey = new PrivateKeyObject(keyGenerate(type, curve, bits, exponent));
  return {
    publicKey: encodeKey(publicOf(privateKey), publicEncoding, "options.publicKeyEncoding"),
    privateKey: encodeKey(privateKey, privateEncoding, "options.privateKeyEncoding"),
  };
};

export function generateKeyPairSync(type, options = undefined) {
  return makeKeyPair(...keyPairArgs(type, options));
}

export function generateKeyPair(type, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, "callback");
  const args = keyPairArgs(type, options);
  deliver((err, pair) => (err ? callback(err) : callback(null, pair.publicKey, pair.privateKey)), () => makeKeyPair(...args));
}

// util.promisify(generateKeyPair) resolves to { publicKey, privateKey }, as in Node.
defineProperty(generateKeyPair, Symbol.for("nodejs.util.promisify.custom"), {
  value: (type, options) =>
    new Promise((resolve, reject) => {
      generateKeyPair(type, options, (err, publicKey, privateKey) => (err ? reject(err) : resolve({ publicKey, privateKey })));
    }),
  configurable: true,
});

function secretKeyArgs(type, options) {
  validateString(type, "type");
  validateObject(options, "options");
  const { length } = options;
  if (type === "hmac") validateInteger(length, "options.length", 8, 2 ** 31 - 1);
  else if (type === "aes") {
    if (length !== 128 && length !== 192 && length !== 256) {
      throw new ERR_INVALID_ARG_VALUE("options.length", length, "must be one of: 128, 192, 256");
    }
  } else throw new ERR_INVALID_ARG_VALUE("type", type, "must be a supported key type");
  return length;
}

const makeSecretKey = (length) => {
  const bytes = new Uint8Array(length >>> 3);
  globalCrypto.getRandomValues(bytes);
  return new SecretKeyObject(bytes);
};
const globalCrypto = globalThis.crypto;

export function generateKeySync(type, options) {
  return makeSecretKey(secretKeyArgs(type, options));
}

export function generateKey(type, options, callback) {
  const length = secretKeyArgs(type, options);
  validateFunction(callback, "callback");
  deliver(callback, () => makeSecretKey(length));
}

// ---- Key agreement ----

export function diffieHellman(options) {
  validateObject(options, "options");
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) throw new ERR_INVALID_ARG_TYPE("options.privateKey", "KeyObject", privateKey);
  if (!(publicKey instanceof KeyObject)) throw new ERR_INVALID_ARG_TYPE("options.publicKey", "KeyObject", publicKey);
  if (privateKey.type !== "private") throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, "private");
  if (publicKey.type === "secret") throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, "public or private");
  const [kind, curve, der] = recordOf(privateKey);
  const peer = publicKey.type === "private" ? publicOf(publicKey) : publicKey;
  const [peerKind, peerCurve, peerDer] = recordOf(peer);
  if (kind !== peerKind || curve !== peerCurve) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY("key types for Diffie-Hellman", `${kind} and ${peerKind}`);
  }
  return Buffer.from(keyAgree(kind, curve, der, peerDer));
}

const pointFormat = (format) => {
  if (format === undefined || format === "uncompressed") return "raw";
  if (format === "compressed") return "raw-compressed";
  throw new ERR_INVALID_ARG_VALUE("format", format, "must be 'compressed' or 'uncompressed'");
};

// A public EC key from a SEC1 point.
const pointKey = (curve, point) => {
  try {
    return new PublicKeyObject(keyImport(false, "raw", point, "ec", curve));
  } catch {
    throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  }
};

export class ECDH {
  #curve;
  #key = null;

  constructor(curve) {
    validateString(curve, "curve");
    this.#curve = CURVES[curve];
    if (this.#curve === undefined) throw new ERR_INVALID_ARG_VALUE("curve", curve, "is not a curve nano has");
  }

  static convertKey(key, curve, inputEncoding = undefined, outputEncoding = undefined, format = undefined) {
    validateString(curve, "curve");
    const named = CURVES[curve];
    if (named === undefined) throw new ERR_INVALID_ARG_VALUE("curve", curve, "is not a curve nano has");
    const point = typeof key === "string" ? Buffer.from(key, inputEncoding) : bytesOf(key, "key", "utf8", DATA_TYPES);
    const [kind, c, der] = recordOf(pointKey(named, point));
    return encodeOutput(Buffer.from(keyExport(kind, c, der, false, pointFormat(format))), outputEncoding);
  }

  generateKeys(encoding = undefined, format = undefined) {
    this.#key = new PrivateKeyObject(keyGenerate("ec", this.#curve, 0, new Uint8Array(0)));
    return this.getPublicKey(encoding, format);
  }

  #private() {
    if (this.#key === null) throw new Error("Failed to get ECDH key: none was generated or set");
    return this.#key;
  }

  computeSecret(otherPublicKey, inputEncoding = undefined, outputEncoding = undefined) {
    const point = typeof otherPublicKey === "string" ? Buffer.from(otherPublicKey, inputEncoding) : bytesOf(otherPublicKey, "otherPublicKey", "utf8", DATA_TYPES);
    const peer = pointKey(this.#curve, point);
    return encodeOutput(diffieHellman({ privateKey: this.#private(), publicKey: peer }), outputEncoding);
  }

  getPublicKey(encoding = undefined, format = undefined) {
    const [kind, curve, der] = recordOf(publicOf(this.#private()));
    return encodeOutput(Buffer.from(keyExport(kind, curve, der, false, pointFormat(format))), encoding);
  }

  getPrivateKey(encoding = undefined) {
    const [kind, curve, der] = recordOf(this.#private());
    return encodeOutput(Buffer.from(keyExport(kind, curve, der, true, "raw")), encoding);
  }

  setPrivateKey(privateKey, encoding = undefined) {
    const bytes = typeof privateKey === "string" ? Buffer.from(privateKey, encoding) : bytesOf(privateKey, "privateKey", "utf8", DATA_TYPES);
    try {
      this.#key = new PrivateKeyObject(keyImport(true, "raw", bytes, "ec", this.#curve));
    } catch {
      throw new Error("Private key is not valid for specified curve.");
    }
    return this;
  }

  setPublicKey() {
    throw new ERR_METHOD_NOT_IMPLEMENTED("ECDH.setPublicKey (deprecated in Node)");
  }
}

export const createECDH = (curve) => new ECDH(curve);
