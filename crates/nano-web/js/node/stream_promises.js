// node:stream/promises: the promise forms of pipeline and finished; the same
// object as require("stream").promises, as in Node.
import { promises } from "./vendor/readable_stream.js";

export const { pipeline, finished } = promises;
export default promises;
