// node:string_decoder for nano: StringDecoder turns a stream of byte chunks
// into strings, holding back a character split across chunks (a partial
// UTF-8 sequence, half a UTF-16 code unit or a trailing high surrogate, the
// last one or two bytes of a base64 group) until the rest arrives or end().
//
// Decoding is the Rust natives' (bufferToString); this file only decides
// where each chunk may be cut. Encoding codes as in buffer.js:
//   0 utf8, 1 utf16le, 2 latin1, 3 ascii, 4 base64, 5 base64url, 6 hex.
import { bufferToString } from "nano:natives";
import { Buffer } from "./buffer.js";
import { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_STRING_TOO_LONG, ERR_UNKNOWN_ENCODING } from "./internal/errors.js";

const { apply, defineProperty, getOwnPropertyDescriptor, getPrototypeOf } = Reflect;
const SafeUint8Array = Uint8Array;
const { isView } = ArrayBuffer;
const toLowerCase = String.prototype.toLowerCase;
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
const getter = (proto, key) => getOwnPropertyDescriptor(proto, key).get;
const typedArrayTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const typedArrayBuffer = getter(TypedArrayPrototype, "buffer");
const typedArrayByteOffset = getter(TypedArrayPrototype, "byteOffset");
const typedArrayByteLength = getter(TypedArrayPrototype, "byteLength");
const typedArrayLength = getter(TypedArrayPrototype, "length");
const dataViewBuffer = getter(DataView.prototype, "buffer");
const dataViewByteOffset = getter(DataView.prototype, "byteOffset");
const dataViewByteLength = getter(DataView.prototype, "byteLength");
const typedArraySubarray = TypedArrayPrototype.subarray;

const UTF8 = 0;
const UTF16LE = 1;
const BASE64 = 4;
const BASE64URL = 5;
// Canonical names by code, and the names Node accepts (any case).
const NAMES = ["utf8", "utf16le", "latin1", "ascii", "base64", "base64url", "hex"];
const CODES = {
  __proto__: null,
  utf8: 0,
  "utf-8": 0,
  utf16le: 1,
  "utf-16le": 1,
  ucs2: 1,
  "ucs-2": 1,
  latin1: 2,
  binary: 2,
  ascii: 3,
  base64: 4,
  base64url: 5,
  hex: 6,
};

const encodingCodeOf = (encoding) => {
  if (encoding === undefined || encoding === null) return UTF8;
  const code = typeof encoding === "string" ? (CODES[encoding] ?? CODES[apply(toLowerCase, encoding, [])]) : undefined;
  if (code === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return code;
};

// A chunk's bytes as a Uint8Array over the same memory (no copy).
const bytesOf = (view) => {
  const tag = apply(typedArrayTag, view, []);
  if (tag === "Uint8Array") return view;
  if (tag !== undefined) {
    return new SafeUint8Array(
      apply(typedArrayBuffer, view, []),
      apply(typedArrayByteOffset, view, []),
      apply(typedArrayByteLength, view, []),
    );
  }
  return new SafeUint8Array(
    apply(dataViewBuffer, view, []),
    apply(dataViewByteOffset, view, []),
    apply(dataViewByteLength, view, []),
  );
};

const decode = (bytes, code, start, end) => {
  if (end <= start) return "";
  const s = bufferToString(bytes, code, start, end);
  if (s === null) throw new ERR_STRING_TOO_LONG();
  return s;
};

// Each decoder's state, under a key no script can name: `chars` holds the
// bytes of the incomplete character (Node's lastChar), `buffered` how many
// there are, `missing` how many more complete it.
const kState = Symbol("kStringDecoderState");

const stateOf = (decoder) => {
  const state = decoder?.[kState];
  if (state === undefined) throw new ERR_INVALID_THIS("StringDecoder");
  return state;
};

// The length of the UTF-8 sequence a lead byte starts, by its bit pattern
// alone (as Node cuts chunks; validity is the decoder's business); 1 for
// a byte that starts none.
const sequenceLength = (byte) => (byte >= 0xf0 ? (byte <= 0xf7 ? 4 : 1) : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1);

const hold = (state, bytes, start, end, total) => {
  for (let i = start; i < end; i++) state.chars[state.buffered++] = bytes[i];
  state.missing = total - state.buffered;
};

const takeHeld = (state, code) => {
  const s = decode(state.chars, code, 0, state.buffered);
  state.buffered = 0;
  state.missing = 0;
  return s;
};

// A script may redefine `length` on a view; the real one counts.
const lengthOf = (bytes) => apply(typedArrayLength, bytes, []);

function writeUtf8(state, bytes) {
  const n = lengthOf(bytes);
  let i = 0;
  let out = "";
  if (state.missing > 0) {
    // Continuation bytes complete the held character; anything else ends it early.
    while (i < n && state.missing > 0 && (bytes[i] & 0xc0) === 0x80) {
      state.chars[state.buffered++] = bytes[i++];
      state.missing--;
    }
    if (state.missing > 0 && i === n) return "";
    out = takeHeld(state, UTF8);
  }
  // Hold back a sequence that starts in the last three bytes and does not end there.
  let cut = n;
  for (let j = n - 1; j >= i && j >= n - 3; j--) {
    const byte = bytes[j];
    if ((byte & 0xc0) === 0x80) continue;
    if (sequenceLength(byte) > n - j) cut = j;
    break;
  }
  out += decode(bytes, UTF8, i, cut);
  if (cut < n) hold(state, bytes, cut, n, sequenceLength(bytes[cut]));
  return out;
}

function writeUtf16(state, bytes) {
  const n = lengthOf(bytes);
  let i = 0;
  let out = "";
  if (state.missing > 0) {
    while (i < n && state.missing > 0) {
      state.chars[state.buffered++] = bytes[i++];
      state.missing--;
    }
    if (state.missing > 0) return "";
    out = takeHeld(state, UTF16LE);
  }
  let cut = n;
  if ((n - i) % 2 === 1) {
    // Half a code unit.
    cut = n - 1;
    hold(state, bytes, cut, n, 2);
  } else if (n - i >= 2) {
    // A high surrogate waits for its low half.
    const unit = bytes[n - 2] | (bytes[n - 1] << 8);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      cut = n - 2;
      hold(state, bytes, cut, n, 4);
    }
  }
  return out + decode(bytes, UTF16LE, i, cut);
}

function writeBase64(state, code, bytes) {
  const n = lengthOf(bytes);
  let i = 0;
  let out = "";
  if (state.missing > 0) {
    while (i < n && state.missing > 0) {
      state.chars[state.buffered++] = bytes[i++];
      state.missing--;
    }
    if (state.missing > 0) return "";
    out = takeHeld(state, code);
  }
  // Whole 3-byte groups now; the rest waits, so no padding lands mid-stream.
  const cut = n - ((n - i) % 3);
  out += decode(bytes, code, i, cut);
  if (cut < n) hold(state, bytes, cut, n, 3);
  return out;
}

// Callable without `new`, as Node's is (StringDecoder.call(obj) works).
export function StringDecoder(encoding) {
  const code = encodingCodeOf(encoding);
  this.encoding = NAMES[code];
  defineProperty(this, kState, {
    value: { code, chars: Buffer.alloc(4), buffered: 0, missing: 0 },
    configurable: true,
  });
}

const write = function write(buf) {
  if (typeof buf === "string") return buf;
  if (!isView(buf)) throw new ERR_INVALID_ARG_TYPE("buf", ["Buffer", "TypedArray", "DataView"], buf);
  const state = stateOf(this);
  const bytes = bytesOf(buf);
  switch (state.code) {
    case UTF8:
      return writeUtf8(state, bytes);
    case UTF16LE:
      return writeUtf16(state, bytes);
    case BASE64:
    case BASE64URL:
      return writeBase64(state, state.code, bytes);
    default:
      return decode(bytes, state.code, 0, lengthOf(bytes));
  }
};

// Decodes `buf` (if given) and then whatever is held back, and starts over.
const end = function end(buf) {
  let out = buf === undefined ? "" : this.write(buf);
  const state = stateOf(this);
  if (state.buffered > 0) out += takeHeld(state, state.code);
  state.buffered = 0;
  state.missing = 0;
  return out;
};

// Decodes `buf` from `offset` as a fresh write, forgetting what was held.
const text = function text(buf, offset) {
  const state = stateOf(this);
  state.buffered = 0;
  state.missing = 0;
  if (!isView(buf)) throw new ERR_INVALID_ARG_TYPE("buf", ["Buffer", "TypedArray", "DataView"], buf);
  const bytes = bytesOf(buf);
  return this.write(apply(typedArraySubarray, bytes, [offset]));
};

const proto = StringDecoder.prototype;
proto.write = write;
proto.end = end;
proto.text = text;
const accessor = (name, get) => defineProperty(proto, name, { get, enumerable: true, configurable: true });
accessor("lastChar", function () {
  return stateOf(this).chars;
});
accessor("lastNeed", function () {
  return stateOf(this).missing;
});
accessor("lastTotal", function () {
  const state = stateOf(this);
  return state.buffered + state.missing;
});

export default { StringDecoder };
