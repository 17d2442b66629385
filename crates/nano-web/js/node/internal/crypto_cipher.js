// node:crypto's ciphers: createCipheriv/createDecipheriv for AES-128/192/256
// in CBC (PKCS#7 padding, or none), CTR and GCM (with AAD and tags), and
// getCiphers/getCipherInfo. The blocks are Rust's (natives/ciphers.rs); the
// chaining state between update() calls is kept here: CBC's last block,
// CTR's byte offset. GCM is one native call at final(): update() keeps the
// input and returns nothing, so the whole output comes from final() (the
// concatenation is what Node gives; a decryption's plaintext is only
// released once its tag checks out).
import { aesCbc, aesCtr, aesGcm } from "nano:natives";
import { Buffer } from "../buffer.js";
import { Transform } from "../stream.js";
import { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, makeNodeError, validateInteger, validateObject, validateString } from "./errors.js";
import { bytesOf, encodeOutput, inputEncoding, viewBytes } from "./crypto_util.js";
import { KeyObject, secretBytes } from "./crypto_keys.js";
import { StringPrototypeToLowerCase } from "../../nano/primordials.js";

const { isView } = ArrayBuffer;
const freeze = Object.freeze;

const ERR_CRYPTO_UNKNOWN_CIPHER = makeNodeError("ERR_CRYPTO_UNKNOWN_CIPHER", TypeError, "Unknown cipher");
const ERR_CRYPTO_INVALID_KEYLEN = makeNodeError("ERR_CRYPTO_INVALID_KEYLEN", RangeError, "Invalid key length");
const ERR_CRYPTO_INVALID_IV = makeNodeError("ERR_CRYPTO_INVALID_IV", TypeError, "Invalid initialization vector");
const ERR_CRYPTO_INVALID_STATE = makeNodeError("ERR_CRYPTO_INVALID_STATE", Error, (name) => `Invalid state for operation ${name}`);
const ERR_CRYPTO_INVALID_AUTH_TAG = makeNodeError("ERR_CRYPTO_INVALID_AUTH_TAG", TypeError, (why) => `Invalid authentication tag length: ${why}`);
const ERR_OSSL_BAD_DECRYPT = makeNodeError("ERR_OSSL_BAD_DECRYPT", Error, "error:1C800064:Provider routines::bad decrypt");
const ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH = makeNodeError(
  "ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH",
  Error,
  "error:1C80006B:Provider routines::wrong final block length",
);

// name -> [mode, key bytes, IV bytes].
const CIPHERS = { __proto__: null };
for (const bits of [128, 192, 256]) {
  CIPHERS[`aes-${bits}-cbc`] = ["cbc", bits / 8, 16];
  CIPHERS[`aes${bits}`] = ["cbc", bits / 8, 16];
  CIPHERS[`aes-${bits}-ctr`] = ["ctr", bits / 8, 16];
  CIPHERS[`aes-${bits}-gcm`] = ["gcm", bits / 8, 12];
  CIPHERS[`id-aes${bits}-gcm`] = ["gcm", bits / 8, 12];
}
const CIPHER_NAMES = freeze(Object.keys(CIPHERS).sort());
export const getCiphers = () => [...CIPHER_NAMES];

const cipherOf = (name) => CIPHERS[StringPrototypeToLowerCase(name)];

const NIDS = { cbc: [419, 423, 427], ctr: [904, 905, 906], gcm: [895, 898, 901] };

export function getCipherInfo(nameOrNid, options = undefined) {
  if (typeof nameOrNid !== "string" && typeof nameOrNid !== "number") {
    throw new ERR_INVALID_ARG_TYPE("nameOrNid", ["string", "number"], nameOrNid);
  }
  let name = nameOrNid;
  if (typeof nameOrNid === "number") {
    name = undefined;
    for (const [mode, nids] of Object.entries(NIDS)) {
      const i = nids.indexOf(nameOrNid);
      if (i >= 0) name = `aes-${128 + 64 * i}-${mode}`;
    }
    if (name === undefined) return undefined;
  }
  const found = cipherOf(name);
  if (found === undefined) return undefined;
  const [mode, keyLength, ivLength] = found;
  if (options !== undefined) {
    validateObject(options, "options");
    if (options.keyLength !== undefined && options.keyLength !== keyLength) return undefined;
    if (options.ivLength !== undefined && options.ivLength !== ivLength && !(mode === "gcm" && options.ivLength === 16)) return undefined;
  }
  const canonical = `aes-${keyLength * 8}-${mode}`;
  const info = { mode, name: canonical, nid: NIDS[mode][(keyLength - 16) / 8], keyLength, ivLength };
  if (mode !== "ctr" && mode !== "gcm") info.blockSize = 16;
  return info;
}

// Node throws this one without a code (it comes from OpenSSL unnamed).
const GCM_AUTH_FAILED = "Unsupported state or unable to authenticate data";
const BLOCK = 16;
const kAuthTag = Symbol("authTag");
const kExpectTag = Symbol("expectTag");
const EMPTY = new Uint8Array(0);
const concat = (a, b) => (a.byteLength === 0 ? b : b.byteLength === 0 ? a : Buffer.concat([a, b]));
const UPDATE_TYPES = ["string", "Buffer", "TypedArray", "DataView"];

class CipherBase extends Transform {
  #encrypt;
  #mode;
  #key;
  #iv;
  #pending = EMPTY; // CBC: bytes short of a block (or the held-back block); GCM: all input
  #offset = 0; // CTR: bytes done
  #padding = true;
  #aad = EMPTY;
  #tag = null;
  #tagLength;
  #done = false;

  constructor(encrypt, cipher, key, iv, options) {
    validateString(cipher, "cipher");
    const found = cipherOf(cipher);
    if (found === undefined) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
    const [mode, keyLength, ivLength] = found;
    const keyBytes = key instanceof KeyObject ? secretBytes(key, "key") : bytesOf(key, "key", "utf8");
    if (keyBytes.byteLength !== keyLength) throw new ERR_CRYPTO_INVALID_KEYLEN();
    if (iv === null || iv === undefined) throw new ERR_CRYPTO_INVALID_IV();
    const ivBytes = bytesOf(iv, "iv", "utf8");
    if (mode === "gcm" ? ivBytes.byteLength !== 12 && ivBytes.byteLength !== 16 : ivBytes.byteLength !== ivLength) {
      throw new ERR_CRYPTO_INVALID_IV();
    }
    let tagLength = 16;
    if (options !== undefined && options !== null) {
      validateObject(options, "options");
      if (options.authTagLength !== undefined) {
        validateInteger(options.authTagLength, "options.authTagLength");
        if (mode !== "gcm") throw new ERR_INVALID_ARG_VALUE("options.authTagLength", options.authTagLength);
        if (options.authTagLength < 12 || options.authTagLength > 16) {
          throw new ERR_CRYPTO_INVALID_AUTH_TAG(`${options.authTagLength} (nano's GCM takes 12 to 16 bytes)`);
        }
        tagLength = options.authTagLength;
      }
    }
    super(options ?? undefined);
    this.#encrypt = encrypt;
    this.#mode = mode;
    this.#key = Buffer.from(keyBytes);
    this.#iv = Buffer.from(ivBytes);
    this.#tagLength = tagLength;
  }

  #bytes(data, encoding) {
    if (typeof data === "string") return Buffer.from(data, inputEncoding(data, encoding));
    if (isView(data)) return viewBytes(data);
    throw new ERR_INVALID_ARG_TYPE("data", UPDATE_TYPES, data);
  }

  update(data, inputEnc = undefined, outputEncoding = undefined) {
    if (this.#done) throw new ERR_CRYPTO_INVALID_STATE("update");
    const bytes = this.#bytes(data, inputEnc);
    let out;
    if (this.#mode === "ctr") {
      out = Buffer.from(aesCtr(this.#key, this.#iv, this.#offset, bytes));
      this.#offset += bytes.byteLength;
    } else if (this.#mode === "gcm") {
      this.#pending = concat(this.#pending, Buffer.from(bytes));
      out = Buffer.alloc(0);
    } else {
      const all = concat(this.#pending, Buffer.from(bytes));
      // A decryption that unpads keeps its last whole block for final().
      const keep = !this.#encrypt && this.#padding ? 1 : 0;
      const whole = Math.max(0, Math.floor((all.byteLength - keep) / BLOCK) * BLOCK);
      out = this.#cbc(all.subarray(0, whole));
      this.#pending = Buffer.from(all.subarray(whole));
    }
    return encodeOutput(out, outputEncoding);
  }

  #cbc(bytes) {
    if (bytes.byteLength === 0) return Buffer.alloc(0);
    const out = Buffer.from(aesCbc(this.#encrypt, this.#key, this.#iv, bytes));
    const chain = this.#encrypt ? out : bytes;
    this.#iv = Buffer.from(chain.subarray(chain.byteLength - BLOCK));
    return out;
  }

  final(outputEncoding = undefined) {
    if (this.#done) throw new ERR_CRYPTO_INVALID_STATE("final");
    this.#done = true;
    let out = Buffer.alloc(0);
    if (this.#mode === "gcm") {
      if (this.#encrypt) {
        const sealed = aesGcm(true, this.#key, this.#iv, this.#aad, this.#pending, undefined);
        out = Buffer.from(sealed.subarray(0, sealed.byteLength - 16));
        this.#tag = Buffer.from(sealed.subarray(sealed.byteLength - 16, sealed.byteLength - 16 + this.#tagLength));
      } else {
        if (this.#tag === null) throw new Error(GCM_AUTH_FAILED);
        const plain = aesGcm(false, this.#key, this.#iv, this.#aad, this.#pending, this.#tag);
        if (plain === null) throw new Error(GCM_AUTH_FAILED);
        out = Buffer.from(plain);
      }
    } else if (this.#mode === "cbc") {
      const rest = this.#pending;
      if (this.#encrypt) {
        if (this.#padding) {
          const pad = BLOCK - (rest.byteLength % BLOCK);
          out = this.#cbc(concat(rest, Buffer.alloc(pad, pad)));
        } else if (rest.byteLength !== 0) {
          throw new ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH();
        }
      } else if (this.#padding) {
        if (rest.byteLength !== BLOCK) throw new ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH();
        const last = this.#cbc(rest);
        const pad = last[BLOCK - 1];
        let ok = pad >= 1 && pad <= BLOCK;
        for (let i = BLOCK - pad; ok && i < BLOCK; i++) ok = last[i] === pad;
        if (!ok) throw new ERR_OSSL_BAD_DECRYPT();
        out = last.subarray(0, BLOCK - pad);
      } else if (rest.byteLength !== 0) {
        throw new ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH();
      }
    }
    this.#pending = EMPTY;
    return encodeOutput(out, outputEncoding);
  }

  setAutoPadding(autoPadding = true) {
    if (this.#done) throw new ERR_CRYPTO_INVALID_STATE("setAutoPadding");
    this.#padding = !!autoPadding;
    return this;
  }

  setAAD(buffer, options = undefined) {
    if (this.#done || this.#mode !== "gcm" || this.#pending.byteLength !== 0) throw new ERR_CRYPTO_INVALID_STATE("setAAD");
    if (options !== undefined) validateObject(options, "options");
    this.#aad = Buffer.from(bytesOf(buffer, "buffer", "utf8"));
    return this;
  }

  // Cipheriv: the tag of the finished message.
  [kAuthTag]() {
    if (!this.#encrypt || this.#mode !== "gcm" || this.#tag === null) throw new ERR_CRYPTO_INVALID_STATE("getAuthTag");
    return Buffer.from(this.#tag);
  }

  // Decipheriv: the tag to check at final().
  [kExpectTag](tag) {
    if (this.#encrypt || this.#mode !== "gcm" || this.#done) throw new ERR_CRYPTO_INVALID_STATE("setAuthTag");
    const bytes = bytesOf(tag, "buffer", "utf8");
    if (bytes.byteLength < 12 || bytes.byteLength > 16) {
      throw new ERR_CRYPTO_INVALID_AUTH_TAG(`${bytes.byteLength} (nano's GCM takes 12 to 16 bytes)`);
    }
    this.#tag = Buffer.from(bytes);
    return this;
  }

  _transform(chunk, encoding, callback) {
    this.push(this.update(chunk, encoding));
    callback();
  }

  _flush(callback) {
    try {
      this.push(this.final());
    } catch (err) {
      callback(err);
      return;
    }
    callback();
  }
}

class CipherivObject extends CipherBase {
  constructor(cipher, key, iv, options) {
    super(true, cipher, key, iv, options);
  }

  getAuthTag() {
    return this[kAuthTag]();
  }
}

class DecipherivObject extends CipherBase {
  constructor(cipher, key, iv, options) {
    super(false, cipher, key, iv, options);
  }

  setAuthTag(tagbuf, encoding = undefined) {
    return this[kExpectTag](typeof tagbuf === "string" ? Buffer.from(tagbuf, encoding) : tagbuf);
  }
}

// Cipheriv and Decipheriv are callable without `new`, as in Node.
export function Cipheriv(cipher, key, iv, options = undefined) {
  return new CipherivObject(cipher, key, iv, options);
}
export function Decipheriv(cipher, key, iv, options = undefined) {
  return new DecipherivObject(cipher, key, iv, options);
}
for (const [facade, cls] of [
  [Cipheriv, CipherivObject],
  [Decipheriv, DecipherivObject],
]) {
  facade.prototype = cls.prototype;
  Reflect.defineProperty(cls.prototype, "constructor", { value: facade, writable: true, configurable: true });
}

export const createCipheriv = (cipher, key, iv, options = undefined) => new CipherivObject(cipher, key, iv, options);
export const createDecipheriv = (cipher, key, iv, options = undefined) => new DecipherivObject(cipher, key, iv, options);
