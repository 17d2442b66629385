// node:path/posix — path.posix as a module of its own.
import { posix as namespace } from "./path.js";

export const {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
  matchesGlob,
  sep,
  delimiter,
  win32,
  posix,
  _makeLong,
} = namespace;
export default namespace;
