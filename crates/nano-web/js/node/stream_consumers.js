// node:stream/consumers: read a whole stream (any async iterable: a Node
// Readable, a ReadableStream, an async generator) into one value.
import { Buffer } from "./buffer.js";
import { Blob } from "../web/blob.js";
import { TextDecoder } from "../web/encoding.js";

const JSONParse = JSON.parse;

// As in Node, the chunks become a Blob's parts: strings as UTF-8, buffers and
// views as their bytes, Blobs as their contents.
export async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks[chunks.length] = chunk;
  return new Blob(chunks);
}

export async function arrayBuffer(stream) {
  const whole = await blob(stream);
  return whole.arrayBuffer();
}

export async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

// Strings are taken as they are; bytes are decoded as UTF-8 across chunk
// boundaries.
export async function text(stream) {
  const decoder = new TextDecoder();
  let out = "";
  for await (const chunk of stream) {
    out += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  }
  return out + decoder.decode();
}

export async function json(stream) {
  return JSONParse(await text(stream));
}

export default { arrayBuffer, blob, buffer, text, json };
