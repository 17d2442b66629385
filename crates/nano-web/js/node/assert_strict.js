// node:assert/strict: assert.strict, the same object (require("assert/strict") === require("assert").strict).
import assert from "./assert.js";

const strict = assert.strict;
export default strict;
export const {
  fail,
  AssertionError,
  ok,
  equal,
  notEqual,
  deepEqual,
  notDeepEqual,
  deepStrictEqual,
  notDeepStrictEqual,
  strictEqual,
  notStrictEqual,
  partialDeepStrictEqual,
  throws,
  rejects,
  doesNotThrow,
  doesNotReject,
  ifError,
  match,
  doesNotMatch,
  CallTracker,
} = strict;
export { strict };
