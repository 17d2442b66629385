// node:path/win32 — path.win32 as a module of its own.
import { win32 as namespace } from "./path.js";

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
