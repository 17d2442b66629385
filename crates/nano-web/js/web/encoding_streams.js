// TextEncoderStream and TextDecoderStream (Encoding Standard, section 8):
// a TransformStream nano owns, with an encoder or a streaming decoder. A
// module of its own: encoding.js comes before streams.js in the bootstrap
// (blob.js, which streams.js reaches through abort.js and timers.js, needs
// it), so it cannot import streams.js itself.
import { TextDecoder, TextEncoder } from "./encoding.js";
import { TransformStream } from "./streams.js";
import { defineGlobal, finishClass, unsharedBytes } from "../nano/util.js";

const encoderForStreams = new TextEncoder();

class TextEncoderStream {
  #transform;
  constructor() {
    // A lone high surrogate at the end of a chunk waits for the next one.
    let pending = "";
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        let text = pending + String(chunk);
        pending = "";
        const last = text.length > 0 ? text.charCodeAt(text.length - 1) : 0;
        if (last >= 0xd800 && last <= 0xdbff) {
          pending = text.slice(-1);
          text = text.slice(0, -1);
        }
        if (text.length > 0) controller.enqueue(encoderForStreams.encode(text));
      },
      flush(controller) {
        if (pending !== "") controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
  }
  get encoding() {
    this.#transform; // brand check
    return "utf-8";
  }
  get readable() {
    return this.#transform.readable;
  }
  get writable() {
    return this.#transform.writable;
  }
}

class TextDecoderStream {
  #decoder;
  #transform;
  constructor(label = "utf-8", options = {}) {
    const decoder = new TextDecoder(label, options);
    this.#decoder = decoder;
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        const bytes = unsharedBytes(chunk);
        if (bytes === null) throw new TypeError("TextDecoderStream: chunks must be ArrayBuffers or ArrayBuffer views");
        const text = decoder.decode(bytes, { stream: true });
        if (text !== "") controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text !== "") controller.enqueue(text);
      },
    });
  }
  get encoding() {
    return this.#decoder.encoding;
  }
  get fatal() {
    return this.#decoder.fatal;
  }
  get ignoreBOM() {
    return this.#decoder.ignoreBOM;
  }
  get readable() {
    return this.#transform.readable;
  }
  get writable() {
    return this.#transform.writable;
  }
}
finishClass(TextEncoderStream, "TextEncoderStream");
finishClass(TextDecoderStream, "TextDecoderStream");


defineGlobal("TextEncoderStream", TextEncoderStream);
defineGlobal("TextDecoderStream", TextDecoderStream);
