// TextEncoder / TextDecoder (UTF-8). Transcoding is native; this file keeps the
// WHATWG state machine: BOM handling and streaming across chunk boundaries.
import { base64Decode, base64Encode, decoderDecode, decoderNew, encodeLatin1, encodingName, utf8Decode, utf8Encode, utf8EncodeInto } from "nano:natives";
import { DOMException } from "./dom.js";
import { asBytes, defineGlobal, finishClass } from "../nano/util.js";

export class TextEncoder {
  get encoding() {
    return "utf-8";
  }
  encode(input = "") {
    return utf8Encode(String(input));
  }
  encodeInto(source, destination) {
    if (!(destination instanceof Uint8Array)) {
      throw new TypeError("TextEncoder.encodeInto: destination must be a Uint8Array");
    }
    const [read, written] = utf8EncodeInto(String(source), destination);
    return { read, written };
  }
}
finishClass(TextEncoder, "TextEncoder");

// Length of the incomplete UTF-8 sequence at the end of `bytes`, which a
// streaming decode keeps for the next chunk (0 when the end is complete).
function incompleteTail(bytes) {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking
    const need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

// TextDecoder for every WHATWG encoding: UTF-8 by the fast path here,
// the others through encoding_rs (decoderDecode keeps their stream
// state between calls).
export class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = null; // UTF-8 only: bytes of an unfinished sequence
  #decoder = 0; // other encodings: native stream id
  #bomSeen = false;

  constructor(label = "utf-8", options = {}) {
    const name = encodingName(String(label));
    if (name === null) {
      throw new RangeError(`TextDecoder: the encoding label "${label}" is not supported`);
    }
    this.#encoding = name;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }
  get encoding() {
    return this.#encoding;
  }
  get fatal() {
    return this.#fatal;
  }
  get ignoreBOM() {
    return this.#ignoreBOM;
  }
  decode(input = undefined, options = {}) {
    let bytes;
    if (input === undefined) {
      bytes = new Uint8Array(0);
    } else {
      bytes = asBytes(input);
      if (bytes === null) {
        throw new TypeError("TextDecoder.decode: input must be an ArrayBuffer or ArrayBufferView");
      }
    }
    const stream = Boolean(options?.stream);
    let text;
    if (this.#encoding === "utf-8") {
      if (this.#pending !== null) {
        const joined = new Uint8Array(this.#pending.length + bytes.length);
        joined.set(this.#pending);
        joined.set(bytes, this.#pending.length);
        bytes = joined;
        this.#pending = null;
      }
      if (stream) {
        const tail = incompleteTail(bytes);
        if (tail > 0) {
          this.#pending = bytes.slice(bytes.length - tail);
          bytes = bytes.subarray(0, bytes.length - tail);
        }
      }
      text = utf8Decode(bytes, this.#fatal);
    } else {
      if (this.#decoder === 0) this.#decoder = decoderNew();
      try {
        text = decoderDecode(this.#decoder, this.#encoding, bytes, stream, this.#fatal);
      } finally {
        if (!stream) this.#decoder = 0;
      }
    }
    if (!this.#bomSeen && (text.length > 0 || !stream)) {
      const unicode = this.#encoding === "utf-8" || this.#encoding.startsWith("utf-16");
      if (unicode && !this.#ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.#bomSeen = stream;
    }
    if (!stream) {
      this.#bomSeen = false;
      this.#pending = null;
    }
    return text;
  }
}
finishClass(TextDecoder, "TextDecoder");

function btoa(data) {
  if (arguments.length === 0) throw new TypeError("btoa: 1 argument required");
  const s = String(data);
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0xff) {
      throw new DOMException("The string to be encoded contains characters outside of the Latin1 range.", "InvalidCharacterError");
    }
  }
  return base64Encode(encodeLatin1(s));
}

// Bytes to a "binary string" (one char per byte), in chunks to bound the
// argument count.
export const latin1String = (bytes) => {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
  }
  return out;
};

function atob(data) {
  if (arguments.length === 0) throw new TypeError("atob: 1 argument required");
  const bytes = base64Decode(String(data));
  if (bytes === null) {
    throw new DOMException("The string to be decoded is not correctly encoded.", "InvalidCharacterError");
  }
  return latin1String(bytes);
}

// UTF-8 decoding as body.text() does it: replacement characters, BOM dropped.
export const decodeUtf8 = (bytes) => {
  const text = utf8Decode(bytes, false);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};

defineGlobal("TextEncoder", TextEncoder);

defineGlobal("TextDecoder", TextDecoder);
defineGlobal("atob", atob);
defineGlobal("btoa", btoa);
