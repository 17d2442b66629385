// node:util/types: brand checks on V8's internal class of a value, never on
// its prototype chain or Symbol.toStringTag (which a script may fake). What
// JS cannot see (proxies, arguments objects, generator objects, promises,
// native errors, ...) comes from one native, valueKind, as a bitmask; typed
// arrays are told apart by %TypedArray%.prototype's Symbol.toStringTag getter,
// which reads the internal slot.
import { valueKind } from "nano:natives";
import { keySecret } from "../web/crypto.js";

// Bits of valueKind(value) (natives/util.rs keeps the same list).
const KIND_PROXY = 1 << 0;
const KIND_MODULE_NAMESPACE = 1 << 1;
const KIND_ARGUMENTS = 1 << 2;
const KIND_EXTERNAL = 1 << 3;
const KIND_ASYNC_FUNCTION = 1 << 4;
const KIND_GENERATOR_FUNCTION = 1 << 5;
const KIND_GENERATOR_OBJECT = 1 << 6;
const KIND_MAP_ITERATOR = 1 << 7;
const KIND_SET_ITERATOR = 1 << 8;
const KIND_PROMISE = 1 << 9;
const KIND_NATIVE_ERROR = 1 << 10;
const KIND_DATE = 1 << 11;
const KIND_REGEXP = 1 << 12;
const KIND_MAP = 1 << 13;
const KIND_SET = 1 << 14;
const KIND_WEAK_MAP = 1 << 15;
const KIND_WEAK_SET = 1 << 16;
const KIND_ARRAY_BUFFER = 1 << 17;
const KIND_SHARED_ARRAY_BUFFER = 1 << 18;
const KIND_DATA_VIEW = 1 << 19;
const KIND_TYPED_ARRAY = 1 << 20;
const KIND_NUMBER_OBJECT = 1 << 21;
const KIND_STRING_OBJECT = 1 << 22;
const KIND_BOOLEAN_OBJECT = 1 << 23;
const KIND_BIGINT_OBJECT = 1 << 24;
const KIND_SYMBOL_OBJECT = 1 << 25;
const KIND_BOXED = KIND_NUMBER_OBJECT | KIND_STRING_OBJECT | KIND_BOOLEAN_OBJECT | KIND_BIGINT_OBJECT | KIND_SYMBOL_OBJECT;

const { apply } = Reflect;
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

// Primitives have no internal class: skip the native call for them.
const kindOf = (value) => ((typeof value === "object" && value !== null) || typeof value === "function" ? valueKind(value) : 0);
// Node's predicates carry their names (`types.isDate.name === "isDate"`).
const named = (name, fn) => Reflect.defineProperty(fn, "name", { __proto__: null, value: name }) && fn;
const has = (name, bit) => named(name, (value) => (kindOf(value) & bit) !== 0);

export const isExternal = has("isExternal", KIND_EXTERNAL);
export const isDate = has("isDate", KIND_DATE);
export const isArgumentsObject = has("isArgumentsObject", KIND_ARGUMENTS);
export const isBigIntObject = has("isBigIntObject", KIND_BIGINT_OBJECT);
export const isBooleanObject = has("isBooleanObject", KIND_BOOLEAN_OBJECT);
export const isNumberObject = has("isNumberObject", KIND_NUMBER_OBJECT);
export const isStringObject = has("isStringObject", KIND_STRING_OBJECT);
export const isSymbolObject = has("isSymbolObject", KIND_SYMBOL_OBJECT);
export const isNativeError = has("isNativeError", KIND_NATIVE_ERROR);
export const isRegExp = has("isRegExp", KIND_REGEXP);
export const isAsyncFunction = has("isAsyncFunction", KIND_ASYNC_FUNCTION);
export const isGeneratorFunction = has("isGeneratorFunction", KIND_GENERATOR_FUNCTION);
export const isGeneratorObject = has("isGeneratorObject", KIND_GENERATOR_OBJECT);
export const isPromise = has("isPromise", KIND_PROMISE);
export const isMap = has("isMap", KIND_MAP);
export const isSet = has("isSet", KIND_SET);
export const isMapIterator = has("isMapIterator", KIND_MAP_ITERATOR);
export const isSetIterator = has("isSetIterator", KIND_SET_ITERATOR);
export const isWeakMap = has("isWeakMap", KIND_WEAK_MAP);
export const isWeakSet = has("isWeakSet", KIND_WEAK_SET);
export const isArrayBuffer = has("isArrayBuffer", KIND_ARRAY_BUFFER);
export const isDataView = has("isDataView", KIND_DATA_VIEW);
export const isSharedArrayBuffer = has("isSharedArrayBuffer", KIND_SHARED_ARRAY_BUFFER);
export const isProxy = has("isProxy", KIND_PROXY);
export const isModuleNamespaceObject = has("isModuleNamespaceObject", KIND_MODULE_NAMESPACE);
export const isAnyArrayBuffer = has("isAnyArrayBuffer", KIND_ARRAY_BUFFER | KIND_SHARED_ARRAY_BUFFER);
export const isBoxedPrimitive = has("isBoxedPrimitive", KIND_BOXED);
export const isArrayBufferView = has("isArrayBufferView", KIND_TYPED_ARRAY | KIND_DATA_VIEW);
export const isTypedArray = has("isTypedArray", KIND_TYPED_ARRAY);

// The typed array's own kind ("Uint8Array", ...), or undefined for anything
// else (the getter returns undefined for non-typed-arrays, never throws).
const typedArrayKind = (value) =>
  typeof value === "object" && value !== null ? apply(typedArrayTag, value, []) : undefined;
const typedArrayOf = (name) => named(`is${name}`, (value) => typedArrayKind(value) === name);

export const isUint8Array = typedArrayOf("Uint8Array");
export const isUint8ClampedArray = typedArrayOf("Uint8ClampedArray");
export const isUint16Array = typedArrayOf("Uint16Array");
export const isUint32Array = typedArrayOf("Uint32Array");
export const isInt8Array = typedArrayOf("Int8Array");
export const isInt16Array = typedArrayOf("Int16Array");
export const isInt32Array = typedArrayOf("Int32Array");
export const isFloat32Array = typedArrayOf("Float32Array");
export const isFloat64Array = typedArrayOf("Float64Array");
export const isBigInt64Array = typedArrayOf("BigInt64Array");
export const isBigUint64Array = typedArrayOf("BigUint64Array");

// node:crypto's KeyObject is not one nano has: nothing is one.
export const isKeyObject = (value) => {
  void value;
  return false;
};
// Web Crypto keys: the private field is the brand.
export const isCryptoKey = (value) => {
  if (typeof value !== "object" || value === null) return false;
  try {
    keySecret(value);
    return true;
  } catch {
    return false;
  }
};

const types = {
  isExternal,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
  isKeyObject,
  isCryptoKey,
};
export default types;
