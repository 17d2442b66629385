// console: formats its arguments the way browsers and Node do and hands one
// line per call to the host's log callback (log).
import { log } from "nano:natives";
import { defineGlobal } from "../nano/util.js";

const LEVEL_DEBUG = 0;
const LEVEL_INFO = 1;
const LEVEL_WARN = 2;
const LEVEL_ERROR = 3;

// As Node and workerd: objects nested deeper than this print as [Object].
const MAX_DEPTH = 2;
const MAX_ITEMS = 100;

function quote(s) {
  return "'" + s.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n") + "'";
}

function formatKey(key) {
  if (typeof key === "symbol") return `[${String(key)}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key);
}

function constructorName(obj) {
  try {
    const proto = Object.getPrototypeOf(obj);
    if (proto === null) return "[Object: null prototype]";
    const ctor = proto.constructor;
    return typeof ctor === "function" && ctor.name ? ctor.name : "Object";
  } catch {
    return "Object";
  }
}

function inspect(value, depth, seen, top = false) {
  switch (typeof value) {
    case "string":
      return top ? value : quote(value);
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return `${value}n`;
    case "boolean":
    case "undefined":
      return String(value);
    case "symbol":
      return String(value);
    case "function": {
      if (/^class\s/.test(Function.prototype.toString.call(value))) {
        return value.name ? `[class ${value.name}]` : "[class (anonymous)]";
      }
      return value.name ? `[Function: ${value.name}]` : "[Function (anonymous)]";
    }
  }
  if (value === null) return "null";
  if (seen.includes(value)) {
    const refs = (seen.refs ??= new Map());
    if (!refs.has(value)) refs.set(value, refs.size + 1);
    return `[Circular *${refs.get(value)}]`;
  }
  if (value instanceof Error) {
    return value.stack ? String(value.stack) : `${value.name}: ${value.message}`;
  }
  if (value instanceof Date) return isNaN(value) ? "Invalid Date" : value.toISOString();
  if (value instanceof RegExp) return String(value);
  if (value instanceof Promise) return "Promise { <pending> }";
  if (value instanceof WeakMap) return "WeakMap { <items unknown> }";
  if (value instanceof WeakSet) return "WeakSet { <items unknown> }";
  if (depth > MAX_DEPTH) {
    return Array.isArray(value) ? "[Array]" : `[${constructorName(value)}]`;
  }
  seen.push(value);
  try {
    const next = (v) => inspect(v, depth + 1, seen);
    let items = [];
    let open = "{";
    let close = "}";
    let prefix = "";
    if (Array.isArray(value)) {
      open = "[";
      close = "]";
      const n = Math.min(value.length, MAX_ITEMS);
      for (let i = 0; i < n; i++) items.push(i in value ? next(value[i]) : "<empty>");
      if (value.length > n) items.push(`... ${value.length - n} more items`);
    } else if (value instanceof Map) {
      prefix = `Map(${value.size}) `;
      for (const [k, v] of value) {
        if (items.length >= MAX_ITEMS) break;
        items.push(`${next(k)} => ${next(v)}`);
      }
    } else if (value instanceof Set) {
      prefix = `Set(${value.size}) `;
      for (const v of value) {
        if (items.length >= MAX_ITEMS) break;
        items.push(next(v));
      }
    } else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      prefix = `${constructorName(value)}(${value.length}) `;
      open = "[";
      close = "]";
      const n = Math.min(value.length, MAX_ITEMS);
      for (let i = 0; i < n; i++) items.push(String(value[i]));
      if (value.length > n) items.push(`... ${value.length - n} more items`);
    } else if (value instanceof ArrayBuffer) {
      const shown = Array.from(new Uint8Array(value, 0, Math.min(value.byteLength, 50)), (b) => b.toString(16).padStart(2, "0"));
      const more = value.byteLength > 50 ? ` ... ${value.byteLength - 50} more bytes` : "";
      return `ArrayBuffer { [Uint8Contents]: <${shown.join(" ")}${more}>, byteLength: ${value.byteLength} }`;
    } else {
      const name = constructorName(value);
      if (name !== "Object") prefix = `${name} `;
    }
    if (!ArrayBuffer.isView(value)) {
      for (const key of Reflect.ownKeys(value)) {
        if (Array.isArray(value) && (key === "length" || /^\d+$/.test(key))) continue;
        const desc = Object.getOwnPropertyDescriptor(value, key);
        if (!desc || !desc.enumerable) continue;
        if (items.length >= MAX_ITEMS) break;
        const shown = "value" in desc ? next(desc.value) : "[Getter/Setter]";
        items.push(`${formatKey(key)}: ${shown}`);
      }
    }
    const ref = seen.refs?.has(value) ? `<ref *${seen.refs.get(value)}> ` : "";
    if (items.length === 0) return `${ref}${prefix}${open}${close}`;
    const oneLine = `${ref}${prefix}${open} ${items.join(", ")} ${close}`;
    if (oneLine.length <= 72 && !oneLine.includes("\n")) return oneLine;
    const pad = "  ".repeat(depth + 1);
    return `${ref}${prefix}${open}\n${pad}${items.join(`,\n${pad}`)}\n${"  ".repeat(depth)}${close}`;
  } finally {
    seen.pop();
  }
}

// printf-style directives in a leading string, then the rest space-separated.
function format(args) {
  if (args.length === 0) return "";
  // A lone string is printed as it is, directives and all (as Node and workerd do).
  if (args.length === 1 && typeof args[0] === "string") return args[0];
  let rest = 0;
  let out = "";
  if (typeof args[0] === "string") {
    const fmt = args[0];
    rest = 1;
    for (let i = 0; i < fmt.length; i++) {
      const c = fmt[i];
      if (c !== "%" || i + 1 === fmt.length) {
        out += c;
        continue;
      }
      const d = fmt[++i];
      if (d === "%") {
        out += "%";
        continue;
      }
      if (!"sdifoOjc".includes(d)) {
        out += "%" + d;
        continue;
      }
      if (rest >= args.length) {
        out += "%" + d;
        continue;
      }
      const arg = args[rest++];
      switch (d) {
        case "s":
          out += typeof arg === "string" ? arg : typeof arg === "bigint" ? `${arg}n` : typeof arg === "symbol" ? String(arg) : typeof arg === "object" && arg !== null ? inspect(arg, 0, []) : String(arg);
          break;
        case "d":
        case "i": {
          if (typeof arg === "bigint") {
            out += `${arg}n`;
          } else if (typeof arg === "symbol") {
            out += "NaN";
          } else {
            const n = Number(arg);
            out += String(d === "i" ? Math.trunc(n) : n);
          }
          break;
        }
        case "f":
          out += typeof arg === "symbol" ? "NaN" : String(parseFloat(arg));
          break;
        case "o":
        case "O":
        case "j":
          out += inspect(arg, 0, []);
          break;
        case "c":
          break; // CSS has no meaning in a log line.
      }
    }
  }
  const parts = [];
  if (rest > 0) parts.push(out);
  for (let i = rest; i < args.length; i++) parts.push(inspect(args[i], 0, [], true));
  return parts.join(" ");
}


let groupIndent = "";
const counts = new Map();
const timers = new Map();

// After each request: no group, counter or timer carries to the next.
export const resetConsole = () => {
  groupIndent = "";
  counts.clear();
  timers.clear();
};

function emit(level, args) {
  let msg = format(args);
  if (groupIndent) msg = groupIndent + msg.replace(/\n/g, "\n" + groupIndent);
  log(level, msg);
}

function tableOf(data, columns) {
  if (data === null || typeof data !== "object") return null;
  const rows = data instanceof Map ? [...data.entries()] : Object.entries(data);
  const keys = [];
  let hasValues = false;
  for (const [, row] of rows) {
    if (row !== null && typeof row === "object") {
      for (const k of Object.keys(row)) if (!keys.includes(k)) keys.push(k);
    } else {
      hasValues = true;
    }
  }
  const cols = columns ? [...columns] : keys;
  const header = ["(index)", ...cols, ...(hasValues ? ["Values"] : [])];
  const body = rows.map(([index, row]) => {
    const cells = [String(index)];
    for (const c of cols) {
      cells.push(row !== null && typeof row === "object" && c in row ? inspect(row[c], 0, []) : "");
    }
    if (hasValues) cells.push(row !== null && typeof row === "object" ? "" : inspect(row, 0, []));
    return cells;
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)) + 2);
  const line = (l, m, r) => l + widths.map((w) => "─".repeat(w)).join(m) + r;
  const row = (cells) =>
    "│" +
    cells
      .map((c, i) => {
        const pad = widths[i] - c.length;
        return " ".repeat(Math.floor(pad / 2)) + c + " ".repeat(Math.ceil(pad / 2));
      })
      .join("│") +
    "│";
  return [line("┌", "┬", "┐"), row(header), line("├", "┼", "┤"), ...body.map(row), line("└", "┴", "┘")].join("\n");
}

export const console = {
  log: (...args) => emit(LEVEL_INFO, args),
  info: (...args) => emit(LEVEL_INFO, args),
  debug: (...args) => emit(LEVEL_DEBUG, args),
  warn: (...args) => emit(LEVEL_WARN, args),
  error: (...args) => emit(LEVEL_ERROR, args),
  trace: (...args) => {
    const stack = new Error().stack.split("\n").slice(2).join("\n");
    emit(LEVEL_DEBUG, ["Trace" + (args.length ? ": " + format(args) : "") + "\n" + stack]);
  },
  assert: (condition, ...args) => {
    if (condition) return;
    if (args.length === 0) emit(LEVEL_ERROR, ["Assertion failed"]);
    else if (typeof args[0] === "string") emit(LEVEL_ERROR, ["Assertion failed: " + args[0], ...args.slice(1)]);
    else emit(LEVEL_ERROR, ["Assertion failed:", ...args]);
  },
  table: (data, columns) => {
    const table = tableOf(data, columns);
    emit(LEVEL_INFO, table === null ? [data] : [table]);
  },
  dir: (value) => emit(LEVEL_INFO, [inspect(value, 0, [])]),
  count: (label = "default") => {
    const n = (counts.get(String(label)) || 0) + 1;
    counts.set(String(label), n);
    emit(LEVEL_INFO, [`${label}: ${n}`]);
  },
  countReset: (label = "default") => {
    counts.delete(String(label));
  },
  time: (label = "default") => {
    label = String(label);
    if (timers.has(label)) {
      emit(LEVEL_WARN, [`Timer '${label}' already exists`]);
      return;
    }
    timers.set(label, Date.now());
  },
  timeLog: (label = "default", ...args) => {
    label = String(label);
    if (!timers.has(label)) {
      emit(LEVEL_WARN, [`Timer '${label}' does not exist`]);
      return;
    }
    emit(LEVEL_INFO, [`${label}: ${Date.now() - timers.get(label)}ms`, ...args]);
  },
  timeEnd: (label = "default") => {
    label = String(label);
    if (!timers.has(label)) {
      emit(LEVEL_WARN, [`Timer '${label}' does not exist`]);
      return;
    }
    emit(LEVEL_INFO, [`${label}: ${Date.now() - timers.get(label)}ms`]);
    timers.delete(label);
  },
  group: (...args) => {
    if (args.length) emit(LEVEL_INFO, args);
    groupIndent += "  ";
  },
  groupCollapsed: (...args) => console.group(...args),
  groupEnd: () => {
    groupIndent = groupIndent.slice(2);
  },
};

defineGlobal("console", console);
