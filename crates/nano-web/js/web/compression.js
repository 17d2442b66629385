// CompressionStream and DecompressionStream (Compression Standard): a
// TransformStream nano owns, over a codec in Rust (natives/compression.rs:
// gzip, deflate, deflate-raw, brotli). The codec is freed when the stream finishes,
// fails or is cancelled, or when `state` (which only the transform
// functions hold) is collected.
import { codecFree, codecNew, codecPush } from "nano:natives";
import { TransformStream } from "./streams.js";
import { defineGlobal, finishClass, unsharedBytes } from "../nano/util.js";

// The bytes of a chunk written to either stream: a BufferSource, never
// shared memory.
const chunkOf = (chunk, what) => {
  const bytes = unsharedBytes(chunk);
  if (bytes === null) throw new TypeError(`${what}: chunks must be ArrayBuffers or ArrayBuffer views`);
  return bytes;
};

// A TransformStream through a new codec of `format` (a WebIDL
// CompressionFormat: any value, as a string, that names one).
function codecTransform(format, decompress, what) {
  const name = `${format}`;
  if (name !== "deflate" && name !== "deflate-raw" && name !== "gzip" && name !== "brotli") {
    throw new TypeError(
      `${what}: unsupported format ${JSON.stringify(name)} (use "gzip", "deflate", "deflate-raw" or "brotli")`,
    );
  }
  const state = { id: 0, open: true };
  state.id = codecNew(state, name, decompress);
  // Enqueues a push's output; input after the end of the compressed data,
  // or an end that never came, errors the stream after that output.
  const push = (controller, bytes, finish) => {
    let result;
    try {
      result = codecPush(state.id, bytes, finish);
    } catch (e) {
      state.open = false; // the codec is freed on the Rust side
      throw e;
    }
    if (finish || result[1] !== undefined) state.open = false;
    const pieces = result[0];
    for (let i = 0; i < pieces.length; i++) controller.enqueue(pieces[i]);
    if (result[1] !== undefined) throw new TypeError(result[1]);
  };
  const close = () => {
    if (state.open) {
      state.open = false;
      codecFree(state.id);
    }
  };
  return new TransformStream({
    transform(chunk, controller) {
      let bytes;
      try {
        bytes = chunkOf(chunk, what);
      } catch (e) {
        close();
        throw e;
      }
      push(controller, bytes, false);
    },
    flush(controller) {
      push(controller, undefined, true);
    },
    cancel() {
      close();
    },
  });
}

class CompressionStream {
  #transform;
  constructor(format) {
    this.#transform = codecTransform(format, false, "CompressionStream");
  }
  get readable() {
    return this.#transform.readable;
  }
  get writable() {
    return this.#transform.writable;
  }
}

class DecompressionStream {
  #transform;
  constructor(format) {
    this.#transform = codecTransform(format, true, "DecompressionStream");
  }
  get readable() {
    return this.#transform.readable;
  }
  get writable() {
    return this.#transform.writable;
  }
}
finishClass(CompressionStream, "CompressionStream");
finishClass(DecompressionStream, "DecompressionStream");

defineGlobal("CompressionStream", CompressionStream);
defineGlobal("DecompressionStream", DecompressionStream);
