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

// basename of path.slice(from). Node strips `suffix` from the last segment
// when the segment ends with it and is longer than it; its quirks kept:
// a `suffix` equal to the whole path gives "", and where the segment is
// missing or is a proper tail of `suffix`, the rest of the path from the
// segment on (trailing separators included) comes back.
function basenameFrom(path, from, suffix, isSep) {
  const [start, end] = lastSegment(path, from, isSep);
  const base = path.slice(start, end);
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) return base;
  if (suffix === path) return "";
  if (base.length === 0) return path.slice(from);
  if (base.length > suffix.length) return base.endsWith(suffix) ? base.slice(0, base.length - suffix.length) : base;
  if (base.length < suffix.length && suffix.endsWith(base)) return path.slice(start);
  return base;
}

// The extension of a segment: from its last "." unless that "." is its
// first character (".profile"), or the segment is "..".
function extOf(base) {
  const dot = base.lastIndexOf(".");
  if (dot <= 0 || base === "..") return "";
  return base.slice(dot);
}

// [ext, name] of a segment.
function splitExt(base) {
  const ext = extOf(base);
  return [ext, ext.length > 0 ? base.slice(0, base.length - ext.length) : base];
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
    // Back over trailing separators and the last segment (never looking at
    // index 0): the separator reached ends the dirname, which keeps any
    // separators before it ("/a//b" -> "/a/").
    let k = path.length - 1;
    while (k >= 1 && isPosixSep(path.charCodeAt(k))) k--;
    while (k >= 1 && !isPosixSep(path.charCodeAt(k))) k--;
    if (k < 1) return absolute ? "/" : ".";
    if (absolute && k === 1) return "//";
    return path.slice(0, k);
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
      [ret.ext, ret.name] = splitExt(ret.base);
      // Node's quirk: "/.." (the segment right after the root) has the
      // extension ".".
      if (start === 1 && ret.base === "..") [ret.ext, ret.name] = [".", "."];
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

// ---- Windows ----

// Names Windows reserves for devices ("CON:", "com1:"): a path starting
// with one and a ":" is relative to that device, never a drive.
const RESERVED_NAMES = new Set([
  "CON", "PRN", "AUX", "NUL",
  "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
  "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
  "COM\xb9", "COM\xb2", "COM\xb3", "LPT\xb9", "LPT\xb2", "LPT\xb3",
]);
// Node's check, kept as it is: with no ":" (colon -1) it looks at all but
// the last character ("CONx" counts), which only adds a harmless ".\".
const reservedBefore = (path, colon) => RESERVED_NAMES.has(path.slice(0, colon).toUpperCase());

// "\\server\share...": { server, shareStart, shareEnd }, or null when the
// path does not begin with a whole UNC root (two separators, a server
// name, separators, a share name).
function uncParts(path) {
  const len = path.length;
  if (len < 2 || !isWinSep(path.charCodeAt(0)) || !isWinSep(path.charCodeAt(1))) return null;
  let j = 2;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j === 2 || j === len) return null;
  const server = path.slice(2, j);
  while (j < len && isWinSep(path.charCodeAt(j))) j++;
  if (j === len) return null;
  const shareStart = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  return { server, shareStart, shareEnd: j };
}

const isDrivePrefix = (path) => path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON;

// The root as resolve() and normalize() read it. `end`: where the rest
// begins; `device`: "C:", "\\server\share" (with "\" separators), "\\." or
// "\\?" (the device namespaces, whose next segment is the device), or ""
// for none; `absolute`. A lone "\\" or "\\server" is absolute with no root
// to skip.
function winRoot(path) {
  const root = { end: 0, device: "", absolute: false, unc: null };
  const len = path.length;
  if (len === 0) return root;
  if (isWinSep(path.charCodeAt(0))) {
    root.absolute = true;
    const unc = uncParts(path);
    root.unc = unc;
    if (unc === null) {
      if (len === 1 || !isWinSep(path.charCodeAt(1))) root.end = 1;
    } else if (unc.server === "." || unc.server === "?") {
      root.device = `\\\\${unc.server}`;
      root.end = 4;
    } else {
      root.device = `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.shareEnd)}`;
      root.end = unc.shareEnd;
    }
  } else if (isDrivePrefix(path)) {
    root.device = path.slice(0, 2);
    root.end = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      root.absolute = true;
      root.end = 3;
    }
  }
  return root;
}

// The root as parse() and dirname() read it: its length, a UNC root
// including the separator after its share; -1 for none.
function winRootLength(path) {
  const len = path.length;
  if (len === 0) return -1;
  if (isWinSep(path.charCodeAt(0))) {
    const unc = uncParts(path);
    if (unc === null) return 1;
    return unc.shareEnd === len ? len : unc.shareEnd + 1;
  }
  if (isDrivePrefix(path)) return len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
  return -1;
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
      } else {
        // The working directory: nano's "/" (no drive), or the root of the
        // drive being resolved against (no drive has another).
        path = device.length === 0 ? CWD : `${device}\\`;
      }
      const r = winRoot(path);
      if (r.device.length > 0) {
        if (device.length === 0) device = r.device;
        else if (r.device.toLowerCase() !== device.toLowerCase()) continue; // another drive's path
      }
      if (absolute) {
        if (device.length > 0) break;
        continue;
      }
      tail = `${path.slice(r.end)}\\${tail}`;
      absolute = r.absolute;
      if (absolute && device.length > 0) break;
    }
    tail = foldSegments(tail, 0, !absolute, isWinSep, "\\");
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || ".";
  },

  normalize(path) {
    validateString(path, "path");
    const len = path.length;
    if (len === 0) return ".";
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? "\\" : path;
    const r = winRoot(path);
    if (r.unc !== null && r.end === len && r.device.length > 3) {
      // A UNC root alone gets its trailing separator.
      return `\\\\${r.unc.server}\\${path.slice(r.unc.shareStart)}\\`;
    }
    const firstColon = path.indexOf(":");
    if (!r.absolute && r.device === "" && firstColon > 0 && reservedBefore(path, firstColon)) {
      r.device = path.slice(0, firstColon + 1);
      r.end = firstColon + 1;
    }
    let tail = r.end < len ? foldSegments(path, r.end, !r.absolute, isWinSep, "\\") : "";
    if (tail.length === 0 && !r.absolute) tail = ".";
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += "\\";
    if (!r.absolute && r.device === "" && firstColon !== -1) {
      // The folding must not leave something Windows reads as a drive or
      // a device ("a/../C:/x", "a/../x:/y"; CVE-2024-36139): "." before it.
      if (isDrivePrefix(tail)) return `.\\${tail}`;
      for (let i = firstColon; i !== -1; i = path.indexOf(":", i + 1)) {
        if (i === len - 1 || isWinSep(path.charCodeAt(i + 1))) return `.\\${tail}`;
      }
    }
    if (reservedBefore(path, firstColon)) return `.\\${r.device}${tail}`;
    return r.absolute ? `${r.device}\\${tail}` : `${r.device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, "path");
    const len = path.length;
    if (len === 0) return false;
    return isWinSep(path.charCodeAt(0)) || (len > 2 && isDrivePrefix(path) && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    let joined;
    let first;
    for (let i = 0; i < args.length; i++) {
      validateString(args[i], "path");
      if (args[i].length === 0) continue;
      if (joined === undefined) joined = first = args[i];
      else joined = `${joined}\\${args[i]}`;
    }
    if (joined === undefined) return ".";
    // Only a first part starting with exactly two separators and a name
    // ("//server") may make a UNC root; otherwise leading separators, which
    // normalize() would read as one, are made one ("//" + "x" is "\x").
    const uncFirst = first.length > 2 && isWinSep(first.charCodeAt(0)) && isWinSep(first.charCodeAt(1)) &&
      !isWinSep(first.charCodeAt(2));
    if (!uncFirst) {
      let j = 0;
      while (j < joined.length && isWinSep(joined.charCodeAt(j))) j++;
      if (j >= 2) joined = `\\${joined.slice(j)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, "from");
    validateString(to, "to");
    if (from === to) return "";
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig || fromOrig.toLowerCase() === toOrig.toLowerCase()) return "";
    // Compared by segments, case-insensitively. The first segment (the
    // drive, a UNC server, or for a path with no device its first directory)
    // differing: no relative path leads there, the destination comes back.
    // A drive path and one without a drive (which only nano's "\" working
    // directory makes) share nothing.
    if ((fromOrig.charCodeAt(0) === BACKSLASH) !== (toOrig.charCodeAt(0) === BACKSLASH)) return toOrig;
    const segs = (p) => p.split("\\").filter((seg) => seg.length > 0);
    const a = segs(fromOrig);
    const b = segs(toOrig);
    let common = 0;
    while (common < a.length && common < b.length && a[common].toLowerCase() === b[common].toLowerCase()) common++;
    if (common === 0 && a.length > 0 && b.length > 0) return toOrig;
    return [...new Array(a.length - common).fill(".."), ...b.slice(common)].join("\\");
  },

  toNamespacedPath(path) {
    if (typeof path !== "string" || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      // A UNC path (not already "\\?\" or "\\.\"): "\\?\UNC\server\share".
      const c2 = resolved.charCodeAt(2);
      if (resolved.charCodeAt(1) === BACKSLASH && c2 !== 63 && c2 !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      return resolved;
    }
    if (isDrivePrefix(resolved) && resolved.charCodeAt(2) === BACKSLASH) return `\\\\?\\${resolved}`;
    return resolved;
  },

  dirname(path) {
    validateString(path, "path");
    const len = path.length;
    if (len === 0) return ".";
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : ".";
    const rootLen = winRootLength(path);
    // A UNC root alone is its own dirname.
    if (rootLen === len && uncParts(path) !== null) return path;
    const offset = Math.max(rootLen, 0);
    // As in posix.dirname: the separator before the last segment ends it.
    let k = len - 1;
    while (k >= offset && isWinSep(path.charCodeAt(k))) k--;
    while (k >= offset && !isWinSep(path.charCodeAt(k))) k--;
    if (k >= offset) return path.slice(0, k);
    return rootLen === -1 ? "." : path.slice(0, rootLen);
  },

  basename(path, suffix = undefined) {
    if (suffix !== undefined) validateString(suffix, "suffix");
    validateString(path, "path");
    return basenameFrom(path, isDrivePrefix(path) ? 2 : 0, suffix, isWinSep);
  },

  extname(path) {
    validateString(path, "path");
    const [start, end] = lastSegment(path, isDrivePrefix(path) ? 2 : 0, isWinSep);
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
    const rootLen = Math.max(winRootLength(path), 0);
    ret.root = path.slice(0, rootLen);
    // A drive root alone ("C:", "C:\") is all root.
    if (rootLen === len && isDrivePrefix(path)) {
      ret.dir = ret.root;
      return ret;
    }
    const [start, end] = lastSegment(path, rootLen, isWinSep);
    if (end > start) {
      ret.base = path.slice(start, end);
      [ret.ext, ret.name] = splitExt(ret.base);
    }
    ret.dir = start > 0 && start !== rootLen ? path.slice(0, start - 1) : ret.root;
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

// ---- matchesGlob ----
// Glob matching as Node's (minimatch-based) matchesGlob: "*", "?", "[...]"
// ("!"/"^" negates, ranges), "{a,b}" and "{1..3}" alternatives, "**" for
// any number of segments, extglobs "@(...)", "?(...)", "*(...)", "+(...)",
// "!(...)". Names starting with "." are matched only by a pattern
// segment starting with "." (minimatch's default). "\" in a pattern
// separates segments (Node passes windowsPathsNoEscape), so nothing is
// escaped. Case-sensitive: nano's platform is "linux".

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
    if (ch === "{") depth++;
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
        if (c === "-" && k > 0 && k < body.length - 1) cls += "-";
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
  // An extglob left open is not one: the segment is taken literally.
  return magic && stack.length === 0 ? out : null;
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
    if (seg[k] === "[" && seg[k + 1] === ":") {
      const end = seg.indexOf(":]", k + 2);
      if (end !== -1) k = end + 1;
    } else if (seg[k] === "]") return k;
  }
  return -1;
}

function matchSegment(name, seg) {
  if (seg === "") return name === "";
  const source = segmentRegex(seg);
  if (source === null) return name === seg;
  // Magic never matches an empty name, nor "." or ".."; names starting
  // with "." need a pattern starting with ".".
  if (name === "" || name === "." || name === "..") return false;
  if (name.charCodeAt(0) === DOT && seg[0] !== ".") return false;
  return new RegExp(`^(?:${source})$`).test(name);
}

function matchSegments(names, segs, ni, si) {
  for (; si < segs.length; si++, ni++) {
    const seg = segs[si];
    if (seg === "**") {
      // Any number of segments, none of them dotfiles; at the end of the
      // pattern at least one (possibly the empty one after a trailing
      // separator).
      if (si === segs.length - 1) {
        if (ni >= names.length) return false;
        for (let k = ni; k < names.length; k++) if (names[k].charCodeAt(0) === DOT) return false;
        return true;
      }
      for (let k = ni; k <= names.length; k++) {
        if (matchSegments(names, segs, k, si + 1)) return true;
        if (k < names.length && names[k].charCodeAt(0) === DOT) return false;
      }
      return false;
    }
    if (ni >= names.length) return false;
    if (!matchSegment(names[ni], seg)) return false;
  }
  // A trailing separator in the path is an empty last segment.
  return ni === names.length || (ni === names.length - 1 && names[ni] === "");
}

// The path's segments with "." dropped and "name/.." folded, as minimatch
// reads a path.
function pathSegments(path) {
  const out = [];
  const parts = path.split("/");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === "." && parts.length > 1) continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== ".." && out[out.length - 1] !== "") out.pop();
    else out.push(part);
  }
  return out;
}

function matchesGlob(path, pattern, windows) {
  validateString(path, "path");
  validateString(pattern, "pattern");
  // "\" separates segments in patterns on both platforms (Node passes
  // minimatch windowsPathsNoEscape), and in win32 paths.
  if (windows) path = path.replace(/\\/g, "/");
  pattern = pattern.replace(/\\/g, "/");
  const names = pathSegments(path);
  for (const alt of expandBraces(pattern)) {
    const segs = alt.split("/");
    // Consecutive "**" are one.
    const compact = segs.filter((seg, k) => !(seg === "**" && segs[k - 1] === "**"));
    if (matchSegments(names, compact, 0, 0)) return true;
  }
  return false;
}

// Each namespace reaches both, as in Node; _makeLong is the old name of
// toNamespacedPath.
posix.posix = win32.posix = posix;
posix.win32 = win32.win32 = win32;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

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
const { matchesGlob: matchesGlobPosix, _makeLong } = posix;
export { matchesGlobPosix as matchesGlob, posix, win32, _makeLong };
export default posix;
