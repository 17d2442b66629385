// TextEncoder / TextDecoder (UTF-8). Transcoding is native; this file keeps the
// WHATWG state machine: BOM handling and streaming across chunk boundaries.
"use strict";
const { natives, internal } = nano;

class TextEncoder {
  get encoding() {
    return "utf-8";
  }
  encode(input = "") {
    return natives.utf8Encode(String(input));
  }
  encodeInto(source, destination) {
    if (!(destination instanceof Uint8Array)) {
      throw new TypeError("TextEncoder.encodeInto: destination must be a Uint8Array");
    }
    const [read, written] = natives.utf8EncodeInto(String(source), destination);
    return { read, written };
  }
}
internal.finishClass(TextEncoder, "TextEncoder");

const UTF8_LABELS = new Set(["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"]);

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

class TextDecoder {
  #fatal;
  #ignoreBOM;
  #pending = null;
  #bomSeen = false;

  constructor(label = "utf-8", options = {}) {
    const name = String(label).trim().toLowerCase();
    if (!UTF8_LABELS.has(name)) {
      throw new RangeError(`TextDecoder: the encoding label "${label}" is not supported`);
    }
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }
  get encoding() {
    return "utf-8";
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
      bytes = internal.asBytes(input);
      if (bytes === null) {
        throw new TypeError("TextDecoder.decode: input must be an ArrayBuffer or ArrayBufferView");
      }
    }
    const stream = Boolean(options?.stream);
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
    let text = natives.utf8Decode(bytes, this.#fatal);
    if (!this.#bomSeen && (text.length > 0 || !stream)) {
      if (!this.#ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.#bomSeen = stream;
    }
    if (!stream) this.#bomSeen = false;
    return text;
  }
}
internal.finishClass(TextDecoder, "TextDecoder");

internal.utf8Decode = (bytes) => {
  const text = natives.utf8Decode(bytes, false);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};

internal.defineGlobal("TextEncoder", TextEncoder);
internal.defineGlobal("TextDecoder", TextDecoder);
