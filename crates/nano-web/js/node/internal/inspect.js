// util.inspect, util.format and util.formatWithOptions as Node prints them.
// Written for nano: values are told apart by their internal class (the
// natives behind ../util_types.js), never by what a script may fake, and the
// built-ins used here are captured when this module runs. What V8 alone can
// see (promise state, proxy target, iterator and weak collection entries, the
// class name V8 gives an object whose prototype chain names none) comes from
// natives/util.rs.
import { internalConstructorName, previewEntries, promiseState, proxyDetails } from "nano:natives";
import {
  isAnyArrayBuffer,
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDataView,
  isDate,
  isExternal,
  isGeneratorFunction,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator,
  isStringObject,
  isTypedArray,
  isWeakMap,
  isWeakSet,
} from "../util_types.js";
import { ERR_INVALID_ARG_TYPE, validateObject } from "./errors.js";
import { URL, searchParamsList } from "../../web/url.js";

// ---- Built-ins, captured before any script runs ----
const { apply, defineProperty, getOwnPropertyDescriptor, getPrototypeOf, ownKeys } = Reflect;
const uncurry = (fn) => (self, ...args) => apply(fn, self, args);
const {
  assign: ObjectAssign,
  getOwnPropertyNames,
  getOwnPropertySymbols,
  keys: ObjectKeys,
  is: ObjectIs,
  setPrototypeOf,
} = Object;
const hasOwn = Object.hasOwn;
const ArrayIsArray = Array.isArray;
const SafeMap = Map;
const SafeSet = Set;
const SafeError = Error;
const SafeString = String;
const SafeNumber = Number;
const SafeRegExp = RegExp;
const SafeUint8Array = Uint8Array;
const JSONStringify = JSON.stringify;
const { floor: MathFloor, max: MathMax, min: MathMin, round: MathRound, sqrt: MathSqrt, trunc: MathTrunc } = Math;
const NumberIsNaN = Number.isNaN;
const NumberIsFinite = Number.isFinite;
const NumberParseInt = Number.parseInt;
const NumberParseFloat = Number.parseFloat;
const ObjectPrototypePropertyIsEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
const FunctionPrototypeToString = uncurry(Function.prototype.toString);
const ErrorPrototypeToString = uncurry(Error.prototype.toString);
const DatePrototypeGetTime = uncurry(Date.prototype.getTime);
const DatePrototypeToISOString = uncurry(Date.prototype.toISOString);
const DatePrototypeToString = uncurry(Date.prototype.toString);
const RegExpPrototypeToString = uncurry(RegExp.prototype.toString);
const RegExpPrototypeExec = uncurry(RegExp.prototype.exec);
const NumberPrototypeValueOf = uncurry(Number.prototype.valueOf);
const StringPrototypeValueOf = uncurry(String.prototype.valueOf);
const BooleanPrototypeValueOf = uncurry(Boolean.prototype.valueOf);
const BigIntPrototypeValueOf = uncurry(BigInt.prototype.valueOf);
const SymbolPrototypeValueOf = uncurry(Symbol.prototype.valueOf);
const SymbolPrototypeToString = uncurry(Symbol.prototype.toString);
const MapPrototypeEntries = uncurry(Map.prototype.entries);
const MapPrototypeGetSize = uncurry(getOwnPropertyDescriptor(Map.prototype, "size").get);
const SetPrototypeValues = uncurry(Set.prototype.values);
const SetPrototypeGetSize = uncurry(getOwnPropertyDescriptor(Set.prototype, "size").get);
const MapIteratorNext = uncurry(getPrototypeOf(new Map().entries()).next);
const SetIteratorNext = uncurry(getPrototypeOf(new Set().values()).next);
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
const TypedArrayPrototypeGetLength = uncurry(getOwnPropertyDescriptor(TypedArrayPrototype, "length").get);
const TypedArrayPrototypeGetSymbolToStringTag = uncurry(getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get);
const StringPrototypeNormalize = uncurry(String.prototype.normalize);
const StringPrototypeCodePointAt = uncurry(String.prototype.codePointAt);
const ArrayPrototypeSort = uncurry(Array.prototype.sort);
const SymbolIterator = Symbol.iterator;
const SymbolToStringTag = Symbol.toStringTag;
const SymbolToPrimitive = Symbol.toPrimitive;

// Constructors of typed arrays by name, to rebuild one whose prototype is gone.
const TYPED_ARRAYS = {
  __proto__: null,
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
};
if (typeof globalThis.Float16Array === "function") TYPED_ARRAYS.Float16Array = globalThis.Float16Array;

// The global constructors and namespaces of the realm as this module found
// it: their `toString` is "built in" for %s, and prototype layers past one of
// them are not listed by showHidden.
const builtInObjects = new SafeSet(getOwnPropertyNames(globalThis).filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name)));

// Intrinsic prototypes by name: their class is known even when a script
// replaced their `constructor`.
const intrinsicPrototypes = new SafeMap();
for (const name of builtInObjects) {
  const value = globalThis[name];
  const proto = typeof value === "function" ? value.prototype : undefined;
  if ((typeof proto === "object" && proto !== null) || typeof proto === "function") {
    intrinsicPrototypes.set(value.prototype, name);
  }
}
intrinsicPrototypes.set(TypedArrayPrototype, "TypedArray");
intrinsicPrototypes.set(getPrototypeOf(async () => {}), "AsyncFunction");
intrinsicPrototypes.set(getPrototypeOf(function* () {}), "GeneratorFunction");
intrinsicPrototypes.set(getPrototypeOf(async function* () {}), "AsyncGeneratorFunction");

export const customInspectSymbol = Symbol.for("nodejs.util.inspect.custom");

// ---- Options and the state a script may change (reset after each request) ----
const DEFAULT_OPTIONS = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};
const optionKeys = new SafeSet(ObjectKeys(DEFAULT_OPTIONS));

const makeColors = () => {
  const colors = {
    __proto__: null,
    reset: [0, 0],
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    blink: [5, 25],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29],
    doubleunderline: [21, 24],
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    framed: [51, 54],
    overlined: [53, 55],
    gray: [90, 39],
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39],
    bgGray: [100, 49],
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49],
  };
  // Other names of some styles: not enumerable, reading and writing the
  // style they name.
  const aliases = [
    ["gray", "grey"],
    ["gray", "blackBright"],
    ["bgGray", "bgGrey"],
    ["bgGray", "bgBlackBright"],
    ["dim", "faint"],
    ["strikethrough", "crossedout"],
    ["strikethrough", "strikeThrough"],
    ["strikethrough", "crossedOut"],
    ["hidden", "conceal"],
    ["inverse", "swapColors"],
    ["inverse", "swapcolors"],
    ["doubleunderline", "doubleUnderline"],
  ];
  for (const [target, alias] of aliases) {
    defineProperty(colors, alias, {
      __proto__: null,
      get() {
        return this[target];
      },
      set(value) {
        this[target] = value;
      },
      configurable: true,
      enumerable: false,
    });
  }
  return colors;
};
const makeStyles = () => ({
  __proto__: null,
  special: "cyan",
  number: "yellow",
  bigint: "yellow",
  boolean: "yellow",
  undefined: "grey",
  null: "bold",
  string: "green",
  symbol: "green",
  date: "magenta",
  regexp: "red",
  module: "underline",
});

// Node lets code change these (`inspect.defaultOptions.depth = 5`,
// `inspect.styles.number = "red"`): module variables behind accessors, so
// the frozen `inspect` still allows it, put back by resetInspectState.
let defaultOptions = { ...DEFAULT_OPTIONS };
let colors = makeColors();
let styles = makeStyles();
// Set when a script may have changed them (it reached one through
// `inspect`'s accessors): only then does the reset make them again.
let touched = false;
export const resetInspectState = () => {
  if (!touched) return;
  touched = false;
  defaultOptions = { ...DEFAULT_OPTIONS };
  colors = makeColors();
  styles = makeStyles();
};
export const getDefaultOptions = () => defaultOptions;

// ---- Small helpers ----
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

const kMinLineWidth = 16;
const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const numberRegExp = /^(0|[1-9][0-9]*)$/;
const colorRegExp = /\u001b\[\d\d?m/g;

const removeColors = (str) => str.replace(colorRegExp, "");

// Escapes of the C0 and C1 controls, the quote and the backslash.
const meta = [];
for (let i = 0; i < 0xa0; i++) {
  if (i < 0x20 || (i >= 0x7f && i < 0xa0)) meta[i] = `\\x${i.toString(16).toUpperCase().padStart(2, "0")}`;
  else meta[i] = "";
}
meta[8] = "\\b";
meta[9] = "\\t";
meta[10] = "\\n";
meta[12] = "\\f";
meta[13] = "\\r";
meta[39] = "\\'";
meta[92] = "\\\\";

const escapeAll = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const escapeNoQuote = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const escapeChar = (ch) => {
  const code = ch.charCodeAt(0);
  return code < 0xa0 ? meta[code] : `\\u${code.toString(16)}`;
};

// `str` quoted with the quote that needs the fewest escapes: ' unless the
// string has one, then ", then `.
const strEscape = (str) => {
  let quote = "'";
  let pattern = escapeAll;
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes("`") && !str.includes("${")) quote = "`";
    if (quote !== "'") pattern = escapeNoQuote;
  }
  pattern.lastIndex = 0;
  return `${quote}${str.replace(pattern, escapeChar)}${quote}`;
};
// A key or symbol description: escaped, not quoted.
const escapeKey = (str) => str.replace(escapeAll, escapeChar);

const stylizeNoColor = (str) => str;
function stylizeWithColor(str, styleType) {
  const style = styles[styleType];
  if (style !== undefined) {
    const color = colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

// Terminal control sequences: CSI sequences (ESC [ or 0x9B, parameters, a
// final byte) and OSC-like strings ended by BEL or ST.
const ansi = new SafeRegExp(
  "[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?" +
    "(?:\\u0007|\\u001B\\u005C|\\u009C))|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~]))",
  "g",
);
export const stripVTControlCharacters = (str) => {
  if (typeof str !== "string") throw new ERR_INVALID_ARG_TYPE("str", "string", str);
  return str.replace(ansi, "");
};

// Columns a terminal gives a code point: 0 for controls and combining
// marks, 2 for East Asian wide and full-width ones.
const isZeroWidth = (code) =>
  code <= 0x1f ||
  (code >= 0x7f && code <= 0x9f) ||
  (code >= 0x300 && code <= 0x36f) ||
  (code >= 0x200b && code <= 0x200f) ||
  (code >= 0x20d0 && code <= 0x20ff) ||
  (code >= 0xfe00 && code <= 0xfe0f) ||
  (code >= 0xfe20 && code <= 0xfe2f) ||
  (code >= 0xe0100 && code <= 0xe01ef);
const isFullWidth = (code) =>
  code >= 0x1100 &&
  (code <= 0x115f ||
    code === 0x2329 ||
    code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd));
export const getStringWidth = (str, removeControlChars = true) => {
  if (removeControlChars) str = str.replace(ansi, "");
  str = StringPrototypeNormalize(str, "NFC");
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = StringPrototypeCodePointAt(str, i);
    if (code > 0xffff) i++;
    if (isFullWidth(code)) width += 2;
    else if (!isZeroWidth(code)) width++;
  }
  return width;
};

const isError = (value) => isNativeError(value) || value instanceof SafeError;

// nano's URL and URLSearchParams keep their state in private fields: shown
// as Node shows its own (the href with customInspect off; the components).
const URLPrototypeGetHref = uncurry(getOwnPropertyDescriptor(URL.prototype, "href").get);
const URL_KEYS = [
  "href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "searchParams", "hash",
];
export const isURL = (value) => {
  try {
    URLPrototypeGetHref(value);
    return true;
  } catch {
    return false;
  }
};
const searchParamsEntries = (value) => {
  try {
    return searchParamsList(value);
  } catch {
    return undefined;
  }
};
const isInstanceof = (object, ctor) => {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
};
// An own index of an array: what `getOwnNonIndexProperties` leaves out.
const isArrayIndex = (key) => typeof key === "string" && RegExpPrototypeExec(numberRegExp, key) !== null && +key < 2 ** 32 - 1;

// Own keys: enumerable string keys and enumerable symbols, or with
// showHidden all of them.
const getKeys = (value, showHidden) => {
  const symbols = getOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = getOwnPropertyNames(value);
    for (let i = 0; i < symbols.length; i++) keys.push(symbols[i]);
  } else {
    try {
      keys = ObjectKeys(value);
    } catch (err) {
      // A module namespace with a binding not yet initialised.
      if (!isModuleNamespaceObject(value)) throw err;
      keys = getOwnPropertyNames(value);
    }
    for (let i = 0; i < symbols.length; i++) {
      if (ObjectPrototypePropertyIsEnumerable(value, symbols[i])) keys.push(symbols[i]);
    }
  }
  return keys;
};
const getNonIndexKeys = (value, showHidden) => getKeys(value, showHidden).filter((key) => !isArrayIndex(key));

// ---- inspect ----

/**
 * Node's util.inspect(value[, options]) (or the legacy
 * (value, showHidden, depth, colors)).
 */
export function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: defaultOptions.showHidden,
    depth: defaultOptions.depth,
    colors: defaultOptions.colors,
    customInspect: defaultOptions.customInspect,
    showProxy: defaultOptions.showProxy,
    maxArrayLength: defaultOptions.maxArrayLength,
    maxStringLength: defaultOptions.maxStringLength,
    breakLength: defaultOptions.breakLength,
    compact: defaultOptions.compact,
    sorted: defaultOptions.sorted,
    getters: defaultOptions.getters,
    numericSeparator: defaultOptions.numericSeparator,
    userOptions: undefined,
    circular: undefined,
  };
  if (arguments.length > 1) {
    // Legacy signature: (value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === "boolean") {
      ctx.showHidden = opts;
    } else if (opts) {
      const keys = ObjectKeys(opts);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (optionKeys.has(key) || key === "stylize") {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Options inspect does not know are the custom inspectors'.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
defineProperty(inspect, "custom", {
  __proto__: null,
  value: customInspectSymbol,
  writable: true,
  enumerable: true,
  configurable: true,
});
defineProperty(inspect, "defaultOptions", {
  __proto__: null,
  get() {
    touched = true;
    return defaultOptions;
  },
  set(options) {
    touched = true;
    validateObject(options, "options");
    ObjectAssign(defaultOptions, options);
  },
  enumerable: false,
  configurable: false,
});
defineProperty(inspect, "colors", {
  __proto__: null,
  get() {
    touched = true;
    return colors;
  },
  set(value) {
    touched = true;
    colors = value;
  },
  enumerable: true,
  configurable: false,
});
defineProperty(inspect, "styles", {
  __proto__: null,
  get() {
    touched = true;
    return styles;
  },
  set(value) {
    touched = true;
    styles = value;
  },
  enumerable: true,
  configurable: false,
});

// The options a custom inspector receives: inspect's own with the caller's
// extra ones. For a proxy or an object of another realm, only the primitive
// ones and a stylize that cannot leak nano's functions.
const getUserOptions = (ctx, isCrossContext) => {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    setPrototypeOf(ret, null);
    for (const key of ObjectKeys(ret)) {
      if ((typeof ret[key] === "object" || typeof ret[key] === "function") && ret[key] !== null) delete ret[key];
    }
    ret.stylize = setPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // The caller gets the value unstyled.
      }
      return typeof stylized === "string" ? stylized : value;
    }, null);
  }
  return ret;
};

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== "object" && typeof value !== "function") return formatPrimitive(ctx.stylize, value, ctx);
  if (value === null) return ctx.stylize("null", "null");

  // The value custom inspectors are called on (a proxy stays one for them).
  const context = value;
  // Proxies are inspected through their target, without running any trap.
  let proxy;
  if (isProxy(value)) {
    proxy = proxyDetails(value);
    if (proxy[0] === null) return ctx.stylize("<Revoked Proxy>", "special");
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy[0];
    while (isProxy(value)) {
      const inner = proxyDetails(value);
      if (inner[0] === null) return ctx.stylize("<Revoked Proxy>", "special");
      value = inner[0];
    }
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (
      typeof maybeCustom === "function" &&
      maybeCustom !== inspect &&
      // Not on a prototype object (Foo.prototype's inspector is for instances).
      !(value.constructor && value.constructor.prototype === value)
    ) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const ret = apply(maybeCustom, context, [depth, getUserOptions(ctx, isCrossContext), inspect]);
      if (ret !== context) {
        if (typeof ret !== "string") return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll("\n", `\n${" ".repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new SafeMap();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, "special");
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

// `[Foo: null prototype] ` / `Foo(3) [tag] ` before an object's braces.
const getPrefix = (constructor, tag, fallback, size = "") => {
  if (constructor === null) {
    if (tag !== "" && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== "" && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
};

// The name of the first constructor on the prototype chain whose instance
// `obj` is; null for an object with no prototype. With showHidden, collects
// the properties of user-defined prototype layers into protoProps.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const tmp = obj;
  while (obj) {
    const descriptor = getOwnPropertyDescriptor(obj, "constructor");
    if (
      descriptor !== undefined &&
      typeof descriptor.value === "function" &&
      descriptor.value.name !== "" &&
      isInstanceof(tmp, descriptor.value)
    ) {
      if (protoProps !== undefined && (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return SafeString(descriptor.value.name);
    }
    const intrinsic = intrinsicPrototypes.get(obj);
    if (intrinsic !== undefined && (descriptor === undefined || typeof descriptor.value !== "function")) {
      if (protoProps !== undefined && firstProto !== obj) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return intrinsic;
    }
    obj = getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const res = internalConstructorName(tmp);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// showHidden: the non-function properties of up to three user-defined
// prototype layers, as `[key]: value` (faint when colored).
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = getOwnPropertyDescriptor(obj, "constructor");
      if (descriptor !== undefined && typeof descriptor.value === "function" && builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new SafeSet();
    } else {
      for (const key of keys) keySet.add(key);
    }
    keys = ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === "constructor" || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) continue;
      const desc = getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === "function") continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

// Without a prototype, the class V8 remembers (`[Foo: null prototype]`).
// V8 reports a Symbol.toStringTag as the name: then it is not one.
const fallbackName = (value, constructor, tag) => {
  if (constructor !== null) return "Object";
  const name = internalConstructorName(value);
  return name === tag ? "Object" : name;
};

const getIteratorBraces = (type, tag) => {
  if (tag !== `${type} Iterator`) {
    if (tag !== "") tag += "] [";
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, "}"];
};

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = value[SymbolToStringTag];
  // A tag that is an own (enumerable) property is printed with the keys.
  if (
    typeof tag !== "string" ||
    (tag !== "" && (ctx.showHidden ? hasOwn : ObjectPrototypePropertyIsEnumerable)(value, SymbolToStringTag))
  ) {
    tag = "";
  }
  let base = "";
  let formatter = getEmptyFormatArray;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;
  let urlSearchParams;

  if (SymbolIterator in value || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      // Only arrays that are not plain say what they are.
      const prefix = constructor !== "Array" || tag !== "" ? getPrefix(constructor, tag, "Array", `(${value.length})`) : "";
      keys = getNonIndexKeys(value, ctx.showHidden);
      braces = [`${prefix}[`, "]"];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (isSet(value)) {
      const size = SetPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, "Set", `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatSet;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, "}"];
    } else if (isMap(value)) {
      const size = MapPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, "Map", `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatMap;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, "}"];
    } else if (isTypedArray(value)) {
      keys = getNonIndexKeys(value, ctx.showHidden);
      let bound = value;
      let fallback = "";
      if (constructor === null) {
        // Without a prototype the elements read through a fresh view.
        fallback = TypedArrayPrototypeGetSymbolToStringTag(value);
        bound = new TYPED_ARRAYS[fallback](value);
      }
      const size = TypedArrayPrototypeGetLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, "]"];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (ctx2, v, rt) => formatTypedArray(bound, size, ctx2, v, rt);
      extrasType = kArrayExtrasType;
    } else if (isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces("Map", tag);
      formatter = (ctx2, v, rt) => formatIterator(braces, ctx2, v, rt);
    } else if (isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces("Set", tag);
      formatter = (ctx2, v, rt) => formatIterator(braces, ctx2, v, rt);
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ["{", "}"];
    if (typeof value === "function") {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, "special");
    } else if (constructor === "Object") {
      if (isArgumentsObject(value)) {
        braces[0] = "[Arguments] {";
      } else if (tag !== "") {
        braces[0] = `${getPrefix(constructor, tag, "Object")}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (isRegExp(value)) {
      base = RegExpPrototypeToString(constructor !== null ? value : new SafeRegExp(value));
      const prefix = getPrefix(constructor, tag, "RegExp");
      if (prefix !== "RegExp ") base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) || (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, "regexp");
      }
    } else if (isDate(value)) {
      const time = DatePrototypeGetTime(value);
      base = NumberIsNaN(time) ? DatePrototypeToString(value) : DatePrototypeToISOString(value);
      const prefix = getPrefix(constructor, tag, "Date");
      if (prefix !== "Date ") base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, "date");
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isAnyArrayBuffer(value)) {
      const arrayType = isArrayBuffer(value) ? "ArrayBuffer" : "SharedArrayBuffer";
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift("byteLength");
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, "DataView")}{`;
      // The buffer last: it is not a primitive like the others.
      keys.unshift("byteLength", "byteOffset", "buffer");
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, "Promise")}{`;
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, "WeakSet")}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, "WeakMap")}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, "Module")}{`;
      const namespaceKeys = keys;
      formatter = (ctx2, v, rt) => formatNamespaceObject(namespaceKeys, ctx2, v, rt);
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isURL(value)) {
      if (!ctx.customInspect) return URLPrototypeGetHref(value);
      braces[0] = `${getPrefix(constructor, tag, "URL")}{`;
      const components = {};
      for (const key of URL_KEYS) components[key] = value[key];
      formatter = (ctx2, v, rt) => URL_KEYS.map((key) => formatProperty(ctx2, components, rt, key, kObjectType));
    } else if ((urlSearchParams = searchParamsEntries(value)) !== undefined) {
      const entries = urlSearchParams;
      const prefix = getPrefix(constructor, tag, "URLSearchParams");
      if (entries.length === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces[0] = `${prefix}{`;
      formatter = (ctx2, v, rt) => {
        ctx2.indentationLvl += 2;
        const out = entries.map(([k, val]) => `${formatValue(ctx2, k, rt)} => ${formatValue(ctx2, val, rt)}`);
        ctx2.indentationLvl -= 2;
        return out;
      };
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        // nano hands no external's address to scripts.
        if (isExternal(value)) return ctx.stylize("[External: address]", "special");
        return `${getPrefix(constructor, tag, fallbackName(value, constructor, tag))}{}`;
      }
      braces[0] = `${getPrefix(constructor, tag, fallbackName(value, constructor, tag))}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = getPrefix(constructor, tag, fallbackName(value, constructor, tag)).slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, "special");
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    if (protoProps !== undefined) for (let i = 0; i < protoProps.length; i++) output.push(protoProps[i]);
  } catch (err) {
    const constructorName = getPrefix(constructor, tag, "Object").slice(0, -1);
    return handleMaxCallStackSize(ctx, err, constructorName, indentationLvl);
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, "special");
      if (ctx.compact !== true) base = base === "" ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      ArrayPrototypeSort(output, comparator);
    } else if (keys.length > 1) {
      const sorted = ArrayPrototypeSort(output.slice(output.length - keys.length), comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Past ~128 MiB of output, everything further is shown at depth -1, so a
  // huge object cannot exhaust the string limit (or the CPU).
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

const isStackOverflowError = (err) =>
  err instanceof RangeError && typeof err.message === "string" && err.message.includes("Maximum call stack size exceeded");

function handleMaxCallStackSize(ctx, err, constructorName, indentationLvl) {
  if (isStackOverflowError(err)) {
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(`[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, "special");
  }
  throw err;
}

function getEmptyFormatArray() {
  return [];
}

// `[Function: f]`, `[AsyncGeneratorFunction: g]`, `[class A extends B]`.
function getFunctionBase(value, constructor, tag) {
  const stringified = FunctionPrototypeToString(value);
  if (stringified.startsWith("class") && stringified.endsWith("}")) {
    // "class" then a name, maybe "extends X", then "{": no "(" before the
    // body once comments are gone (a method named class has one).
    const head = stripComments(stringified.slice(5, -1));
    const bracketIndex = head.indexOf("{");
    if (bracketIndex !== -1 && !head.slice(0, bracketIndex).includes("(")) return getClassBase(value, constructor, tag);
  }
  let type = "Function";
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += " (null prototype)";
  if (value.name === "") base += " (anonymous)";
  else base += `: ${typeof value.name === "string" ? value.name : SafeString(value.name)}`;
  base += "]";
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== "" && constructor !== tag) base += ` [${tag}]`;
  return base;
}
const stripComments = (src) => src.replace(/\/\/.*?\n|\/\*(?:.|\n)*?\*\//g, "");

function getClassBase(value, constructor, tag) {
  const hasName = hasOwn(value, "name");
  const name = (hasName && value.name) || "(anonymous)";
  let base = `class ${name}`;
  if (constructor !== "Function" && constructor !== null) base += ` [${constructor}]`;
  if (tag !== "" && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += " extends [null prototype]";
  }
  return `[${base}]`;
}

// ---- Errors ----

// The error's stack as a string; a stack that is not a string is inspected.
function getStackString(ctx, error) {
  const stack = error.stack;
  if (stack) {
    if (typeof stack === "string") return stack;
    return formatValue(ctx, stack);
  }
  return ErrorPrototypeToString(error);
}

// name, message and stack are left out of the keys when the stack shows them.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ["name", "message", "stack"]) {
      const index = keys.indexOf(name);
      if (index !== -1 && (typeof err[name] !== "string" || stack.includes(err[name]))) keys.splice(index, 1);
    }
  }
}

// The first stack line says the class when the name does not
// (`Foo [TypeError]: msg`, `[Foo: null prototype] [tag]: msg`).
function improveStack(stack, constructor, name, tag, nameIsString) {
  let len = name.length;
  if (
    constructor === null ||
    ((!nameIsString || name.endsWith("Error")) &&
      len !== 0 &&
      stack.startsWith(name) &&
      (stack.length === len || stack[len] === ":" || stack[len] === "\n"))
  ) {
    let fallback = "Error";
    if (constructor === null) {
      const start =
        RegExpPrototypeExec(/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/, stack) ||
        RegExpPrototypeExec(/^([a-z_A-Z0-9-]*Error)$/, stack);
      fallback = (start && start[1]) || "";
      len = fallback.length;
      fallback = fallback || "Error";
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else if (nameIsString) {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      } else {
        // A name that is not a string (tampered with) stays first.
        stack = `${name} [${prefix}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// Where frames `a` repeat frames of `b`: { len, offset } (len 0 for none).
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = MathMin(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

// The stack's frames, those shared with the cause's stack folded into one line.
function getStackFrames(ctx, err, stack) {
  const frames = stack.split("\n");
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing `cause` getter is not shown.
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(ctx, cause);
    const causeStackStart = causeStack.indexOf("\n    at");
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split("\n");
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, "undefined"));
      }
    }
  }
  return frames;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? SafeString(err.name) : "Error";
  const nameIsString = err.name == null || typeof err.name === "string";
  let stack = getStackString(ctx, err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ("cause" in err && (keys.length === 0 || !keys.includes("cause"))) keys.push("cause");
  // AggregateError's errors.
  if (ArrayIsArray(err.errors) && (keys.length === 0 || !keys.includes("errors"))) keys.push("errors");
  stack = improveStack(stack, constructor, name, tag, nameIsString);

  // The message may contain "\n    at": look for frames after it.
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf("\n    at", pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      // Package names in frames are underlined, as Node does.
      for (const line of lines) {
        const underline = (_, name) => `node_modules/${ctx.stylize(name, "module")}`;
        const underlined = line.replace(/node_modules\/((?:@[^/]+\/)?[^/]+)/g, underline);
        newStack += `\n${underlined}`;
      }
    } else {
      newStack += `\n${lines.join("\n")}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) stack = stack.replaceAll("\n", `\n${" ".repeat(ctx.indentationLvl)}`);
  return stack;
}

// ---- Values of the other kinds ----

const groupArrayElements = (ctx, output, value) => {
  let totalLength = 0;
  let maxLength = 0;
  let i = 0;
  let outputLength = output.length;
  // The "... more items" entry does not take part.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Group only when three entries fit on a line and no entry is much longer
  // than the others (the gaps between short ones would be huge).
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    // Aim at a square block (a character is ~2.5 times as high as wide),
    // within breakLength, at most compact * 4 and 15 columns.
    const columns = MathMin(
      MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let c = 0; c < columns; c++) {
      let lineLength = 0;
      for (let j = c; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    // Numbers align right, everything else left.
    let padStart = true;
    if (value !== undefined) {
      for (let k = 0; k < output.length; k++) {
        if (typeof value[k] !== "number" && typeof value[k] !== "bigint") {
          padStart = false;
          break;
        }
      }
    }
    for (let k = 0; k < outputLength; k += columns) {
      const max = MathMin(k + columns, outputLength);
      let str = "";
      let j = k;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - k] + output[j].length - dataLen[j];
        str += padStart ? `${output[j]}, `.padStart(padding, " ") : `${output[j]}, `.padEnd(padding, " ");
      }
      if (padStart) {
        const padding = maxLineLength[j - k] + output[j].length - dataLen[j] - separatorSpace;
        str += output[j].padStart(padding, " ");
      } else {
        str += output[j];
      }
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
};

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  // No single line when the base (an error's stack, say) has line breaks.
  return base === "" || !base.includes("\n");
}

// Joins by string concatenation: V8 keeps the result a rope, where
// Array.prototype.join copies, level after level, a deep object's output.
const join = (output, separator) => {
  let str = "";
  if (output.length !== 0) {
    const lastIndex = output.length - 1;
    for (let i = 0; i < lastIndex; i++) {
      str += output[i];
      str += separator;
    }
    str += output[lastIndex];
  }
  return str;
};

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === "number" && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
      // The innermost `compact` levels go on one line when they fit (and
      // were not grouped).
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joinedOutput = join(output, ", ");
          if (!joinedOutput.includes("\n")) {
            return `${base ? `${base} ` : ""}${braces[0]} ${joinedOutput} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${" ".repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ""}${braces[0]}${indentation}  ${join(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact: true (the old mode): one line when it fits, else the entries
  // under each other, the first next to the brace.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ""} ${join(output, ", ")} ${braces[1]}`;
  }
  const indentation = " ".repeat(ctx.indentationLvl);
  const ln = base === "" && braces[0].length === 1 ? " " : `${base ? ` ${base}` : ""}\n${indentation}  `;
  return `${braces[0]}${ln}${join(output, `,\n${indentation}  `)} ${braces[1]}`;
}

const remainingText = (remaining) => `... ${remaining} more item${remaining > 1 ? "s" : ""}`;

function formatArrayBuffer(ctx, value) {
  let buffer;
  try {
    buffer = new SafeUint8Array(value);
  } catch {
    return [ctx.stylize("(detached)", "special")];
  }
  const shown = MathMin(ctx.maxArrayLength, buffer.length);
  let str = "";
  for (let i = 0; i < shown; i++) str += `${i === 0 ? "" : " "}${buffer[i] < 16 ? "0" : ""}${buffer[i].toString(16)}`;
  const remaining = buffer.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? "s" : ""}`;
  return [`${ctx.stylize("[Uint8Contents]", "special")}: <${str}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    // Holes: the sparse path.
    if (!hasOwn(value, i)) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// An array with holes: runs of them as `<n empty items>`.
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (RegExpPrototypeExec(numberRegExp, key) === null) break;
      const emptyItems = tmp - index;
      output.push(ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? "s" : ""}>`, "undefined"));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? "s" : ""}>`, "undefined"));
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(value, length, ctx, ignored, recurseTimes) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  // The length property (a script may shadow it) picks the element format.
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const elementFormatter = value.length > 0 && typeof value[0] === "number" ? formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    // All but BYTES_PER_ELEMENT are getters; the buffer last.
    ctx.indentationLvl += 2;
    for (const key of ["BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"]) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(ctx, value, recurseTimes) {
  const length = SetPrototypeGetSize(value);
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  const it = SetPrototypeValues(value);
  for (let i = 0; i < maxLength; i++) {
    const step = SetIteratorNext(it);
    if (step.done) break;
    output.push(formatValue(ctx, step.value, recurseTimes));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const length = MapPrototypeGetSize(value);
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  const it = MapPrototypeEntries(value);
  for (let i = 0; i < maxLength; i++) {
    const step = MapIteratorNext(it);
    if (step.done) break;
    const [k, v] = step.value;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  const maxLength = MathMin(maxArrayLength, entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  // Weak entries come in no reliable order: sorted, they at least repeat.
  if (state === kWeak && !ctx.sorted) ArrayPrototypeSort(output);
  const remaining = entries.length - maxLength;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  // [key1, value1, key2, value2, ...]
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = MathMin(maxArrayLength, len);
  const output = new Array(maxLength);
  let i = 0;
  ctx.indentationLvl += 2;
  if (state === kWeak) {
    for (; i < maxLength; i++) {
      const pos = i * 2;
      output[i] = `${formatValue(ctx, entries[pos], recurseTimes)} => ${formatValue(ctx, entries[pos + 1], recurseTimes)}`;
    }
    if (!ctx.sorted) ArrayPrototypeSort(output);
  } else {
    for (; i < maxLength; i++) {
      const pos = i * 2;
      const res = [formatValue(ctx, entries[pos], recurseTimes), formatValue(ctx, entries[pos + 1], recurseTimes)];
      output[i] = reduceToSingleString(ctx, res, "", ["[", "]"], kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize("<items unknown>", "special")];
}
function formatWeakSet(ctx, value, recurseTimes) {
  const [entries] = previewEntries(value);
  return formatSetIterInner(ctx, recurseTimes, entries, kWeak);
}
function formatWeakMap(ctx, value, recurseTimes) {
  const [entries] = previewEntries(value);
  return formatMapIterInner(ctx, recurseTimes, entries, kWeak);
}
function formatIterator(braces, ctx, value, recurseTimes) {
  const [entries, isKeyValue] = previewEntries(value);
  if (isKeyValue) {
    // An entries() iterator.
    braces[0] = braces[0].replace(/ Iterator] {$/, " Entries] {");
    return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

function formatPromise(ctx, value, recurseTimes) {
  const [state, result] = promiseState(value);
  if (state === 0) return [ctx.stylize("<pending>", "special")];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize("<rejected>", "special")} ${str}` : str];
}

// A namespace's bindings; one in its temporal dead zone is <uninitialized>.
function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      // Formatted as an empty string would be, so indentation and breaks match.
      const tmp = { [keys[i]]: "" };
      output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = output[i].lastIndexOf(" ");
      output[i] = output[i].slice(0, pos + 1) + ctx.stylize("<uninitialized>", "special");
    }
  }
  // The keys are done here, not again by formatRaw.
  keys.length = 0;
  return output;
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) return ctx.stylize("Proxy [Array]", "special");
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, "", ["Proxy [", "]"], kArrayExtrasType, recurseTimes);
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let fn;
  let type;
  if (isNumberObject(value)) {
    fn = NumberPrototypeValueOf;
    type = "Number";
  } else if (isStringObject(value)) {
    fn = StringPrototypeValueOf;
    type = "String";
    // The index keys only repeat the string.
    keys.splice(0, value.length);
  } else if (isBooleanObject(value)) {
    fn = BooleanPrototypeValueOf;
    type = "Boolean";
  } else if (isBigIntObject(value)) {
    fn = BigIntPrototypeValueOf;
    type = "BigInt";
  } else {
    fn = SymbolPrototypeValueOf;
    type = "Symbol";
  }
  let base = `[${type}`;
  if (type !== constructor) {
    if (constructor === null) base += " (null prototype)";
    else base += ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, fn(value), ctx)}]`;
  if (tag !== "" && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---- Primitives ----

const addNumericSeparator = (integerString) => {
  let result = "";
  let i = integerString.length;
  const start = integerString.startsWith("-") ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${integerString.slice(i - 3, i)}${result}`;
  return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
};
const addNumericSeparatorEnd = (integerString) => {
  let result = "";
  let i = 0;
  for (; i < integerString.length - 3; i += 3) result += `${integerString.slice(i, i + 3)}_`;
  return i === 0 ? integerString : `${result}${integerString.slice(i)}`;
};

export function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (ObjectIs(number, -0)) return fn("-0", "number");
    return fn(`${number}`, "number");
  }
  const integer = MathTrunc(number);
  const string = SafeString(integer);
  if (integer === number) {
    if (!NumberIsFinite(number) || string.includes("e")) return fn(string, "number");
    return fn(`${addNumericSeparator(string)}`, "number");
  }
  if (NumberIsNaN(number)) return fn(string, "number");
  return fn(`${addNumericSeparator(string)}.${addNumericSeparatorEnd(SafeString(number).slice(string.length + 1))}`, "number");
}

export function formatBigInt(fn, bigint, numericSeparator) {
  const string = SafeString(bigint);
  if (!numericSeparator) return fn(`${string}n`, "bigint");
  return fn(`${addNumericSeparator(string)}n`, "bigint");
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === "string") {
    let trailer = "";
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? "s" : ""}`;
    }
    // A long string breaks after its newlines, one quoted piece a line.
    if (ctx.compact !== true && value.length > kMinLineWidth && value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      return (
        value
          .split(/(?<=\n)/)
          .map((line) => fn(strEscape(line), "string"))
          .join(` +\n${" ".repeat(ctx.indentationLvl + 2)}`) + trailer
      );
    }
    return fn(strEscape(value), "string") + trailer;
  }
  if (typeof value === "number") return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === "bigint") return formatBigInt(fn, value, ctx.numericSeparator);
  if (typeof value === "boolean") return fn(`${value}`, "boolean");
  if (typeof value === "undefined") return fn("undefined", "undefined");
  return fn(escapeKey(SymbolPrototypeToString(value)), "symbol");
}

// ---- Properties ----

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = " ";
  desc = desc || getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = ctx.compact !== true || type !== kObjectType ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) extra = `\n${" ".repeat(ctx.indentationLvl)}`;
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? "Getter/Setter" : "Getter";
    const s = ctx.stylize;
    const sp = "special";
    if (
      ctx.getters &&
      (ctx.getters === true ||
        (ctx.getters === "get" && desc.set === undefined) ||
        (ctx.getters === "set" && desc.set !== undefined))
    ) {
      try {
        const tmp = apply(desc.get, original, []);
        ctx.indentationLvl += 2;
        if (tmp === null) str = `${s(`[${label}:`, sp)} ${s("null", "null")}${s("]", sp)}`;
        else if (typeof tmp === "object") str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        else str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, tmp, ctx)}${s("]", sp)}`;
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = `${s(`[${label}:`, sp)} <Inspection threw (${err.message})>${s("]", sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize("[Setter]", "special");
  } else {
    str = ctx.stylize("undefined", "undefined");
  }
  if (type === kArrayType) return str;
  if (typeof key === "symbol") {
    name = `[${ctx.stylize(escapeKey(SymbolPrototypeToString(key)), "symbol")}]`;
  } else if (key === "__proto__") {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeKey(key)}]`;
  } else if (RegExpPrototypeExec(keyStrRegExp, key) !== null) {
    name = ctx.stylize(key, "name");
  } else {
    name = ctx.stylize(strEscape(key), "string");
  }
  return `${name}:${extra}${str}`;
}

// ---- format ----

// Whether `value`'s toString is a built-in one (then %s inspects it).
function hasBuiltInToString(value) {
  if (isProxy(value)) {
    const target = proxyDetails(value)[0];
    if (target === null) return true;
    value = target;
  }
  // A Symbol.toPrimitive of its own says how it wants to be a string.
  if (typeof value[SymbolToPrimitive] === "function") return false;
  if (typeof value.toString !== "function") return true;
  if (hasOwn(value, "toString")) return false;
  let pointer = value;
  do {
    pointer = getPrototypeOf(pointer);
  } while (!hasOwn(pointer, "toString"));
  const descriptor = getOwnPropertyDescriptor(pointer, "constructor");
  return descriptor !== undefined && typeof descriptor.value === "function" && builtInObjects.has(descriptor.value.name);
}

let circularErrorMessage;
const firstErrorLine = (error) => SafeString(error.message).split("\n", 1)[0];
function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    if (!circularErrorMessage) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err.name === "TypeError" && firstErrorLine(err) === circularErrorMessage) return "[Circular]";
    throw err;
  }
}

export function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = "";
  let join = "";
  const numericSeparator = inspectOptions?.numericSeparator ?? defaultOptions.numericSeparator;

  if (typeof first === "string") {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) === 37) {
        // "%"
        const nextChar = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: {
              // "s"
              const tempArg = args[++a];
              if (typeof tempArg === "number") tempStr = formatNumber(stylizeNoColor, tempArg, numericSeparator);
              else if (typeof tempArg === "bigint") tempStr = formatBigInt(stylizeNoColor, tempArg, numericSeparator);
              else if (typeof tempArg !== "object" || tempArg === null || !hasBuiltInToString(tempArg)) {
                tempStr = SafeString(tempArg);
              }
              else tempStr = inspect(tempArg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
              break;
            }
            case 106: // "j"
              tempStr = tryStringify(args[++a]);
              break;
            case 100: {
              // "d"
              const tempNum = args[++a];
              if (typeof tempNum === "bigint") tempStr = formatBigInt(stylizeNoColor, tempNum, numericSeparator);
              else if (typeof tempNum === "symbol") tempStr = "NaN";
              else tempStr = formatNumber(stylizeNoColor, SafeNumber(tempNum), numericSeparator);
              break;
            }
            case 79: // "O"
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111: // "o"
              tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
              break;
            case 105: {
              // "i"
              const tempInteger = args[++a];
              if (typeof tempInteger === "bigint") tempStr = formatBigInt(stylizeNoColor, tempInteger, numericSeparator);
              else if (typeof tempInteger === "symbol") tempStr = "NaN";
              else tempStr = formatNumber(stylizeNoColor, NumberParseInt(tempInteger), numericSeparator);
              break;
            }
            case 102: {
              // "f"
              const tempFloat = args[++a];
              if (typeof tempFloat === "symbol") tempStr = "NaN";
              else tempStr = formatNumber(stylizeNoColor, NumberParseFloat(tempFloat), numericSeparator);
              break;
            }
            case 99: // "c": CSS, ignored
              a += 1;
              tempStr = "";
              break;
            case 37: // "%%"
              str += first.slice(lastPos, i);
              lastPos = i + 1;
              continue;
            default:
              // Not a placeholder.
              continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
    }
    if (lastPos !== 0) {
      a++;
      join = " ";
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== "string" ? inspect(value, inspectOptions) : value;
    join = " ";
    a++;
  }
  return str;
}

export function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

export function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, "inspectOptions", { allowArray: true, allowFunction: true });
  return formatWithOptionsInternal(inspectOptions, args);
}
