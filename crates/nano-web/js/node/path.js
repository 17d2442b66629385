// node:path — POSIX and Windows path arithmetic as Node 22 does it. nano has
// no file system and no working directory: process.cwd() is "/", so
// resolve() of relative paths resolves against "/" (and, for win32, against
// the root "\" of no drive).
import { validateObject, validateString } from "./internal/errors.js";

const CWD = "/";
const SLASH = 47; // "/"
const BACKSLASH = 92; // "\"
const COLON = 58; // ":"
const DOT = 46; // "."

const isPosixSep = (code) => code === SLASH;
const isWinSep = (code) => code === SLASH || code === BACKSLASH;
const isDriveLetter = (code) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

// The segments of `path` from `start` (split at separators, "." and empty
// segments dropped, ".." folded into the one before it), joined by `sep`.
// `aboveRoot`: keep leading ".." (a relative path) instead of dropping them.
function foldSegments(path, start, aboveRoot, isSep, sep) {
  const out = [];
  let segStart = start;
  for (let i = start; i <= path.length; i++) {
    if (i < path.length && !isSep(path.charCodeAt(i))) continue;
    const seg = path.slice(segStart, i);
    segStart = i + 1;
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (aboveRoot) out.push("..");
      continue;
    }
    out.push(seg);
  }
  return out.join(sep);
}

// The parts `format` joins, checked as Node checks them.
function formatWith(sep, pathObject) {
  validateObject(pathObject, "pathObject");
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext ? (pathObject.ext[0] === "." ? pathObject.ext : `.${pathObject.ext}`) : "";
    base = `${pathObject.name || ""}${ext}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// The last segment of path.slice(from) (trailing separators ignored) as
// [start, end), or [x, x] when there is none.
function lastSegment(path, from, isSep) {
  let end = path.length;
  while (end > from && isSep(path.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && !isSep(path.charCodeAt(start - 1))) start--;
  return [start, end];
}

// basename of path.slice(from): Node strips `suffix` from the last segment
// when the segment ends with it and is longer than it (or when it is the
// whole of `path`).
function basenameFrom(path, from, suffix, isSep) {
  const [start, end] = lastSegment(path, from, isSep);
  const base = path.slice(start, end);
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) return base;
  if (suffix === path) return "";
  if (base.length > suffix.length && base.endsWith(suffix)) return base.slice(0, base.length - suffix.length);
  return base;
}

// The extension of a segment: from its last "." unless that "." is its
// first character (".profile") or the segment is "..".
function extOf(base) {
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return "";
  // "a.." has the extension "."; ".." alone has none.
  if (base === "..") return "";
  // A name made only of dots before the last dot ("...") has none beyond it.
  let onlyDots = true;
  for (let i = 0; i < dot; i++) {
    if (base.charCodeAt(i) !== DOT) {
      onlyDots = false;
      break;
    }
  }
  return onlyDots ? "" : base.slice(dot);
}

// ---- POSIX ----

const posix = {
  resolve(...args) {
    let resolved = "";
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : CWD;
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === SLASH;
    }
    resolved = foldSegments(resolved, 0, !absolute, isPosixSep, "/");
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : ".";
  },

  normalize(path) {
    validateString(path, "path");
    if (path.length === 0) return ".";
    const absolute = path.charCodeAt(0) === SLASH;
    const trailing = path.charCodeAt(path.length - 1) === SLASH;
    let out = foldSegments(path, 0, !absolute, isPosixSep, "/");
    if (out.length === 0) {
      if (absolute) return "/";
      return trailing ? "./" : ".";
    }
    if (trailing) out += "/";
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, "path");
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    let joined;
    for (let i = 0; i < args.length; i++) {
      validateString(args[i], "path");
      if (args[i].length > 0) joined = joined === undefined ? args[i] : `${joined}/${args[i]}`;
    }
    return joined === undefined ? "." : posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, "from");
    validateString(to, "to");
    if (from === to) return "";
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return "";
    const a = from === "/" ? [] : from.slice(1).split("/");
    const b = to === "/" ? [] : to.slice(1).split("/");
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    const up = new Array(a.length - common).fill("..");
    return [...up, ...b.slice(common)].join("/");
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, "path");
    if (path.length === 0) return ".";
    const absolute = path.charCodeAt(0) === SLASH;
    let end = path.length;
    while (end > 1 && isPosixSep(path.charCodeAt(end - 1))) end--;
    while (end > 0 && !isPosixSep(path.charCodeAt(end - 1))) end--;
    if (end === 0) return absolute ? "/" : ".";
    while (end > 1 && isPosixSep(path.charCodeAt(end - 1))) end--;
    if (end === 1 && absolute) return path.charCodeAt(1) === SLASH && path.length > 2 && !allSlashes(path) ? "//" : "/";
    return path.slice(0, end);
  },

  basename(path, suffix = undefined) {
    if (suffix !== undefined) validateString(suffix, "suffix");
    validateString(path, "path");
    return basenameFrom(path, 0, suffix, isPosixSep);
  },

  extname(path) {
    validateString(path, "path");
    const [start, end] = lastSegment(path, 0, isPosixSep);
    return extOf(path.slice(start, end));
  },

  format(pathObject) {
    return formatWith("/", pathObject);
  },

  parse(path) {
    validateString(path, "path");
    const ret = { root: "", dir: "", base: "", ext: "", name: "" };
    if (path.length === 0) return ret;
    const absolute = path.charCodeAt(0) === SLASH;
    if (absolute) ret.root = "/";
    const [start, end] = lastSegment(path, absolute ? 1 : 0, isPosixSep);
    if (end > start) {
      ret.base = path.slice(start, end);
      ret.ext = extOf(ret.base);
      ret.name = ret.ext.length > 0 ? ret.base.slice(0, ret.base.length - ret.ext.length) : ret.base;
    }
    // dir: everything before the last segment, without its trailing "/"
    // (kept when it is the root).
    let dirEnd = start;
    if (dirEnd > 0) dirEnd--;
    if (dirEnd > 0) ret.dir = path.slice(0, dirEnd);
    else if (absolute) ret.dir = "/";
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, false);
  },

  sep: "/",
  delimiter: ":",
  win32: null,
  posix: null,
};

function allSlashes(path) {
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) !== SLASH) return false;
  return true;
}

// ---- Windows ----

// The root of a Windows path: `end`, the index where the rest begins;
// `device`, "C:" or "\\server\share" (separators made "\"), or "" when none;
// `absolute`; `unc`, whether the device is a UNC share (or a device
// namespace "\\." / "\\?", whose device is that prefix alone). A UNC
// root needs a server and a share ("\\server\share").
function winRoot(path) {
  const len = path.length;
  const root = { end: 0, device: "", absolute: false, unc: false };
  if (len === 0) return root;
  const c0 = path.charCodeAt(0);
  if (isWinSep(c0)) {
    root.absolute = true;
    if (len === 1 || !isWinSep(path.charCodeAt(1))) {
      root.end = 1;
      return root;
    }
    // "\\server\share": the server, the separators after it, the share.
    let j = 2;
    while (j < len && !isWinSep(path.charCodeAt(j))) j++;
    if (j === 2 || j === len) return root;
    const server = path.slice(2, j);
    while (j < len && isWinSep(path.charCodeAt(j))) j++;
    if (j === len) return root;
    const shareStart = j;
    while (j < len && !isWinSep(path.charCodeAt(j))) j++;
    root.unc = true;
    if (server === "." || server === "?") {
      root.device = `\\\\${server}`;
      root.end = 4;
    } else {
      root.device = `\\\\${server}\\${path.slice(shareStart, j)}`;
      root.end = j;
    }
    return root;
  }
  if (len >= 2 && isDriveLetter(c0) && path.charCodeAt(1) === COLON) {
    root.device = path.slice(0, 2);
    root.end = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      root.absolute = true;
      root.end = 3;
    }
  }
  return root;
}

// A drive-letter prefix "C:" (only that), for basename/extname.
const driveEnd = (path) => (path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON ? 2 : 0);

// The root as parse() and dirname() see it: "C:", "C:\", "\", or a UNC
// root "\\server\share\" including its separator ("\\server\share" when
// the path ends there).
function winFullRoot(path) {
  const r = winRoot(path);
  if (r.unc && r.device.length > 3 && r.end < path.length) return r.end + 1;
  if (r.unc && r.device.length === 3) return r.end;
  if (!r.unc && r.absolute && r.device === "" && path.length > 1 && isWinSep(path.charCodeAt(1))) return 1;
  return r.end;
}

const win32 = {
  resolve(...args) {
    let device = "";
    let tail = "";
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = CWD;
      } else {
        // The working directory of another drive: its root.
        path = `${device}\\`;
      }
      const r = winRoot(path);
      if (r.device.length > 0 && device.length > 0 && r.device.toLowerCase() !== device.toLowerCase()) {
        // Another drive than the one being resolved against: skipped.
        continue;
      }
      if (device.length === 0 && r.device.length > 0) device = r.device;
      if (!absolute) {
        tail = `${path.slice(r.end)}\\${tail}`;
        absolute = r.absolute;
      }
      if (absolute && device.length > 0) break;
    }
    tail = foldSegments(tail, 0, !absolute, isWinSep, "\\");
    if (absolute) return `${device}\\${tail}`;
    const out = `${device}${tail}`;
    return out.length > 0 ? out : ".";
  },

  normalize(path) {
    validateString(path, "path");
    const len = path.length;
    if (len === 0) return ".";
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? "\\" : path;
    const r = winRoot(path);
    // A UNC root alone gets its trailing separator ("\\server\share\").
    if (r.unc && r.end === len && r.device.length > 3) return `${r.device}\\`;
    let tail = r.end < len ? foldSegments(path, r.end, !r.absolute, isWinSep, "\\") : "";
    if (tail.length === 0 && !r.absolute) tail = ".";
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += "\\";
    // "C:" followed by a name containing ":" would read as another drive.
    if (!r.absolute && r.device === "" && tail.includes(":")) {
      const first = tail.split("\\")[0];
      if (first.includes(":") && first.length >= 2) tail = `.\\${tail}`;
    }
    if (r.absolute) return `${r.device}\\${tail}`;
    return `${r.device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, "path");
    const len = path.length;
    if (len === 0) return false;
    const c0 = path.charCodeAt(0);
    return isWinSep(c0) || (len > 2 && isDriveLetter(c0) && path.charCodeAt(1) === COLON && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return ".";
    let joined;
    let first;
    for (let i = 0; i < args.length; i++) {
      validateString(args[i], "path");
      if (args[i].length === 0) continue;
      if (joined === undefined) joined = first = args[i];
      else joined = `${joined}\\${args[i]}`;
    }
    if (joined === undefined) return ".";
    // A first part of exactly two separators followed by a name reads as
    // a UNC root ("\\server" + "share"): keep it one; a first part of
    // other leading separators must not become one, so runs of leading
    // separators are made a single one.
    let uncLead = false;
    let leadSeps = 0;
    while (leadSeps < first.length && isWinSep(first.charCodeAt(leadSeps))) leadSeps++;
    if (leadSeps >= 2 && (leadSeps === 2 ? first.length > 2 : false)) uncLead = true;
    if (leadSeps >= 1) {
      let j = 0;
      while (j < joined.length && isWinSep(joined.charCodeAt(j))) j++;
      if (uncLead) {
        joined = `\\\\${joined.slice(j)}`;
      } else if (leadSeps === 1 || leadSeps > 2 || first.length === 2) {
        if (j >= 2) joined = `\\${joined.slice(j)}`;
      }
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, "from");
    validateString(to, "to");
    if (from === to) return "";
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return "";
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return "";
    const split = (p) => p.split("\\").filter((s) => s.length > 0);
    const a = split(fromOrig);
    const b = split(toOrig);
    const al = split(from);
    const bl = split(to);
    // A different root (drive or share): the destination as resolved.
    const rootA = winRoot(fromOrig).device.toLowerCase();
    const rootB = winRoot(toOrig).device.toLowerCase();
    if (rootA !== rootB) return toOrig;
    let common = 0;
    while (common < al.length && common < bl.length && al[common] === bl[common]) common++;
    if (common === 0) return toOrig;
    void a;
    const up = new Array(al.length - common).fill("..");
    return [...up, ...b.slice(common)].join("\\");
  },

  toNamespacedPath(path) {
    if (typeof path !== "string" || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const c2 = resolved.charCodeAt(2);
        if (c2 !== 63 && c2 !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
      return resolved;
    }
    if (isDriveLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === COLON && resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, "path");
    const len = path.length;
    if (len === 0) return ".";
    const r = winRoot(path);
    let rootEnd = r.end;
    if (r.unc && r.device.length > 3) {
      // A UNC root alone is its own dirname.
      if (r.end === len) return path;
      rootEnd = r.end + 1;
    } else if (r.unc) {
      rootEnd = r.end;
    } else if (len === 1 && r.absolute) {
      return path;
    }
    let end = len;
    while (end > rootEnd && isWinSep(path.charCodeAt(end - 1))) end--;
    while (end > rootEnd && !isWinSep(path.charCodeAt(end - 1))) end--;
    if (end === rootEnd) {
      if (rootEnd === 0) return ".";
      return path.slice(0, rootEnd);
    }
    while (end > rootEnd && isWinSep(path.charCodeAt(end - 1))) end--;
    if (end === rootEnd) return path.slice(0, rootEnd > 0 ? rootEnd : 1);
    return path.slice(0, end);
  },

  basename(path, suffix = undefined) {
    if (suffix !== undefined) validateString(suffix, "suffix");
    validateString(path, "path");
    return basenameFrom(path, driveEnd(path), suffix, isWinSep);
  },

  extname(path) {
    validateString(path, "path");
    const [start, end] = lastSegment(path, driveEnd(path), isWinSep);
    return extOf(path.slice(start, end));
  },

  format(pathObject) {
    return formatWith("\\", pathObject);
  },

  parse(path) {
    validateString(path, "path");
    const ret = { root: "", dir: "", base: "", ext: "", name: "" };
    const len = path.length;
    if (len === 0) return ret;
    const r = winRoot(path);
    let rootEnd;
    if (r.unc && r.device.length > 3) rootEnd = r.end < len ? r.end + 1 : r.end;
    else rootEnd = r.end;
    ret.root = path.slice(0, rootEnd);
    if (rootEnd === len) {
      ret.dir = ret.root;
      return ret;
    }
    const [start, end] = lastSegment(path, rootEnd, isWinSep);
    if (end > start) {
      ret.base = path.slice(start, end);
      ret.ext = extOf(ret.base);
      ret.name = ret.ext.length > 0 ? ret.base.slice(0, ret.base.length - ret.ext.length) : ret.base;
    }
    let dirEnd = start > rootEnd ? start - 1 : rootEnd;
    if (dirEnd < rootEnd) dirEnd = rootEnd;
    ret.dir = dirEnd > rootEnd ? path.slice(0, dirEnd) : ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, true);
  },

  sep: "\\",
  delimiter: ";",
  win32: null,
  posix: null,
};

void winFullRoot;

// ---- matchesGlob ----
// Glob matching as Node's (minimatch-based) matchesGlob: "*", "?", "[...]"
// ("!"/"^" negates, ranges), "{a,b}" and "{1..3}" alternatives, "**" for
// any number of segments, extglobs "@(...)", "?(...)", "*(...)", "+(...)",
// "!(...)". Names starting with "." are matched only by a pattern
// segment starting with "." (minimatch's default). On win32 "\" in the
// pattern separates segments, as in the path. Case-sensitive: nano's
// platform is "linux".

const REGEX_SPECIAL = new Set("\\^$.|?*+()[]{}/");
const escapeRegex = (s) => {
  let out = "";
  for (const ch of s) out += REGEX_SPECIAL.has(ch) ? `\\${ch}` : ch;
  return out;
};

// "{a,b}c" -> ["ac", "bc"]; "{1..3}" -> ["1", "2", "3"].
function expandBraces(pattern) {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\" && i + 1 < pattern.length) {
      i++;
      continue;
    }
    if (ch === "{") {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === "}" && depth > 0) {
      depth--;
      if (depth === 0) {
        const body = pattern.slice(open + 1, i);
        const pre = pattern.slice(0, open);
        const post = pattern.slice(i + 1);
        const parts = splitTopLevel(body);
        let alts;
        if (parts.length > 1) alts = parts;
        else {
          const m = /^(-?\d+)\.\.(-?\d+)$/.exec(body) ?? /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
          if (m === null) {
            // Not an alternative: "{" and "}" stand for themselves.
            return expandBraces(post).map((p) => `${pre}{${body}}${p}`);
          }
          alts = rangeOf(m[1], m[2]);
        }
        const out = [];
        for (const alt of alts) for (const rest of expandBraces(`${alt}${post}`)) out.push(`${pre}${rest}`);
        return out;
      }
    }
  }
  return [pattern];
}

function splitTopLevel(body) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "\\") i++;
    else if (ch === "{") depth++;
    else if (ch === "}") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function rangeOf(a, b) {
  const numeric = /^-?\d+$/.test(a);
  const from = numeric ? Number(a) : a.charCodeAt(0);
  const to = numeric ? Number(b) : b.charCodeAt(0);
  const step = from <= to ? 1 : -1;
  const out = [];
  for (let v = from; step > 0 ? v <= to : v >= to; v += step) out.push(numeric ? String(v) : String.fromCharCode(v));
  return out;
}

// One pattern segment as a regex source; null when it has no magic (a
// literal, compared as a string).
function segmentRegex(seg) {
  let out = "";
  let magic = false;
  let i = 0;
  const stack = []; // open extglobs: their closing text
  while (i < seg.length) {
    const ch = seg[i];
    const next = seg[i + 1];
    if (ch === "\\" && i + 1 < seg.length) {
      out += escapeRegex(next);
      i += 2;
      continue;
    }
    if ("?*+@!".includes(ch) && next === "(") {
      magic = true;
      stack.push(ch);
      out += ch === "!" ? "(?:(?!(?:" : "(?:";
      i += 2;
      continue;
    }
    if (ch === "|" && stack.length > 0) {
      out += "|";
      i++;
      continue;
    }
    if (ch === ")" && stack.length > 0) {
      const kind = stack.pop();
      out += kind === "!" ? ")$)[^/]*?)" : kind === "@" ? ")" : `)${kind}`;
      i++;
      continue;
    }
    if (ch === "*") {
      magic = true;
      while (seg[i] === "*") i++;
      out += "[^/]*?";
      continue;
    }
    if (ch === "?") {
      magic = true;
      out += "[^/]";
      i++;
      continue;
    }
    if (ch === "[") {
      const close = classEnd(seg, i);
      if (close === -1) {
        out += "\\[";
        i++;
        continue;
      }
      magic = true;
      let body = seg.slice(i + 1, close);
      let negate = false;
      if (body[0] === "!" || body[0] === "^") {
        negate = true;
        body = body.slice(1);
      }
      let cls = "";
      for (let k = 0; k < body.length; k++) {
        const c = body[k];
        if (c === "\\" && k + 1 < body.length) cls += `\\${body[++k]}`;
        else if (c === "-" && k > 0 && k < body.length - 1) cls += "-";
        else if (c === "[" && body[k + 1] === ":") {
          const end = body.indexOf(":]", k + 2);
          const name = end === -1 ? "" : body.slice(k + 2, end);
          const posixClass = POSIX_CLASSES[name];
          if (posixClass === undefined) cls += "\\[";
          else {
            cls += posixClass;
            k = end + 1;
          }
        } else cls += /[\]\\^-]/.test(c) ? `\\${c}` : c;
      }
      out += negate ? `[^/${cls}]` : `[${cls}]`;
      i = close + 1;
      continue;
    }
    out += escapeRegex(ch);
    i++;
  }
  while (stack.length > 0) stack.pop();
  return magic ? out : null;
}

const POSIX_CLASSES = {
  alnum: "a-zA-Z0-9",
  alpha: "a-zA-Z",
  ascii: "\\x00-\\x7f",
  blank: " \\t",
  cntrl: "\\x00-\\x1f\\x7f",
  digit: "0-9",
  graph: "\\x21-\\x7e",
  lower: "a-z",
  print: "\\x20-\\x7e",
  punct: "!-\\/:-@\\[-`{-~",
  space: " \\t\\r\\n\\v\\f",
  upper: "A-Z",
  word: "\\w",
  xdigit: "A-Fa-f0-9",
};

function classEnd(seg, open) {
  let k = open + 1;
  if (seg[k] === "!" || seg[k] === "^") k++;
  if (seg[k] === "]") k++;
  for (; k < seg.length; k++) {
    if (seg[k] === "\\") k++;
    else if (seg[k] === "[" && seg[k + 1] === ":") {
      const end = seg.indexOf(":]", k + 2);
      if (end !== -1) k = end + 1;
    } else if (seg[k] === "]") return k;
  }
  return -1;
}

function matchSegment(name, seg) {
  if (seg === "") return name === "";
  const source = segmentRegex(seg);
  if (source === null) return name === seg.replace(/\\(.)/g, "$1");
  // Dotfiles need an explicit leading "."; "." and ".." are never matched
  // by magic.
  if (name.charCodeAt(0) === DOT && seg[0] !== ".") return false;
  if (name === "." || name === "..") return false;
  return new RegExp(`^(?:${source})$`).test(name);
}

function matchSegments(names, segs, ni, si) {
  for (; si < segs.length; si++, ni++) {
    const seg = segs[si];
    if (seg === "**") {
      // Any number of segments, none of them dotfiles or "."/"..".
      if (si === segs.length - 1) {
        for (let k = ni; k < names.length; k++) if (names[k].charCodeAt(0) === DOT && names[k] !== "") return false;
        return true;
      }
      for (let k = ni; k <= names.length; k++) {
        if (matchSegments(names, segs, k, si + 1)) return true;
        if (k < names.length && (names[k].charCodeAt(0) === DOT)) return false;
      }
      return false;
    }
    if (ni >= names.length) return false;
    if (!matchSegment(names[ni], seg)) return false;
  }
  // A trailing separator in the path is an empty last segment.
  return ni === names.length || (ni === names.length - 1 && names[ni] === "");
}

function matchesGlob(path, pattern, windows) {
  validateString(path, "path");
  validateString(pattern, "pattern");
  if (windows) {
    path = path.replace(/\\/g, "/");
    pattern = pattern.replace(/\\/g, "/");
  }
  const names = path.split("/");
  for (const alt of expandBraces(pattern)) {
    const segs = alt.split("/");
    // Consecutive "**" are one.
    const compact = segs.filter((s, k) => !(s === "**" && segs[k - 1] === "**"));
    if (matchSegments(names, compact, 0, 0)) return true;
  }
  return false;
}

// Each namespace reaches both, as in Node.
posix.posix = win32.posix = posix;
posix.win32 = win32.win32 = win32;

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
  sep,
  delimiter,
} = posix;
const matchesGlobPosix = posix.matchesGlob;
export { matchesGlobPosix as matchesGlob, posix, win32 };
export default posix;
