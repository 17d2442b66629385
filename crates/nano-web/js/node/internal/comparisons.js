// Deep equality as Node's assert.deepEqual (loose) and deepStrictEqual /
// util.isDeepStrictEqual (strict) define it. Strict: same prototypes, own
// enumerable string and symbol keys, Object.is for primitives (NaN equals
// NaN, 0 and -0 differ). Loose: == for primitives, prototypes and symbol
// keys ignored. Both: Maps and Sets compare as unordered collections (object
// keys matched by deep equality), cycles are equal when they line up, and
// values are told apart by internal class (../util_types.js), not by tags.
import {
  isAnyArrayBuffer,
  isArrayBufferView,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isCryptoKey,
  isDate,
  isMap,
  isNativeError,
  isNumberObject,
  isRegExp,
  isSet,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
  isTypedArray,
} from "../util_types.js";
import { keySecret } from "../../web/crypto.js";
import { isURL } from "./inspect.js";

const { apply, getOwnPropertyDescriptor, getPrototypeOf } = Reflect;
const uncurry = (fn) => (self, ...args) => apply(fn, self, args);
const { getOwnPropertySymbols, keys: ObjectKeys, is: ObjectIs } = Object;
const hasOwn = Object.hasOwn;
const ArrayIsArray = Array.isArray;
const NumberIsNaN = Number.isNaN;
const SafeMap = Map;
const SafeSet = Set;
const SafeError = Error;
const SafeUint8Array = Uint8Array;
const ObjectPrototypeToString = uncurry(Object.prototype.toString);
const ObjectPrototypePropertyIsEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
const DatePrototypeGetTime = uncurry(Date.prototype.getTime);
const RegExpPrototypeGetSource = uncurry(getOwnPropertyDescriptor(RegExp.prototype, "source").get);
const RegExpPrototypeGetFlags = uncurry(getOwnPropertyDescriptor(RegExp.prototype, "flags").get);
const NumberPrototypeValueOf = uncurry(Number.prototype.valueOf);
const StringPrototypeValueOf = uncurry(String.prototype.valueOf);
const BooleanPrototypeValueOf = uncurry(Boolean.prototype.valueOf);
const BigIntPrototypeValueOf = uncurry(BigInt.prototype.valueOf);
const SymbolPrototypeValueOf = uncurry(Symbol.prototype.valueOf);
const MapPrototypeGet = uncurry(Map.prototype.get);
const MapPrototypeHas = uncurry(Map.prototype.has);
const MapPrototypeEntries = uncurry(Map.prototype.entries);
const MapPrototypeGetSize = uncurry(getOwnPropertyDescriptor(Map.prototype, "size").get);
const SetPrototypeHas = uncurry(Set.prototype.has);
const SetPrototypeValues = uncurry(Set.prototype.values);
const SetPrototypeGetSize = uncurry(getOwnPropertyDescriptor(Set.prototype, "size").get);
const MapIteratorNext = uncurry(getPrototypeOf(new Map().entries()).next);
const SetIteratorNext = uncurry(getPrototypeOf(new Set().values()).next);
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
const TypedArrayPrototypeGetSymbolToStringTag = uncurry(getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get);
const TypedArrayPrototypeGetLength = uncurry(getOwnPropertyDescriptor(TypedArrayPrototype, "length").get);
const ArrayBufferViewBuffer = (view) =>
  apply(
    !isTypedArray(view)
      ? getOwnPropertyDescriptor(DataView.prototype, "buffer").get
      : getOwnPropertyDescriptor(TypedArrayPrototype, "buffer").get,
    view,
    [],
  );
const ArrayBufferViewByteOffset = (view) =>
  apply(
    !isTypedArray(view)
      ? getOwnPropertyDescriptor(DataView.prototype, "byteOffset").get
      : getOwnPropertyDescriptor(TypedArrayPrototype, "byteOffset").get,
    view,
    [],
  );
const ArrayBufferViewByteLength = (view) =>
  apply(
    !isTypedArray(view)
      ? getOwnPropertyDescriptor(DataView.prototype, "byteLength").get
      : getOwnPropertyDescriptor(TypedArrayPrototype, "byteLength").get,
    view,
    [],
  );

const kStrict = 1;
const kLoose = 0;

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

const isFloatArray = (value) => {
  const kind = TypedArrayPrototypeGetSymbolToStringTag(value);
  return kind === "Float32Array" || kind === "Float64Array" || kind === "Float16Array";
};
const isError = (value) => isNativeError(value) || value instanceof SafeError;

// Iterates a Map's entries / a Set's values with the intrinsic iterators,
// whatever a script did to Symbol.iterator.
const mapEntries = (map) => {
  const out = [];
  const it = MapPrototypeEntries(map);
  for (let step = MapIteratorNext(it); !step.done; step = MapIteratorNext(it)) out.push(step.value);
  return out;
};
const setValues = (set) => {
  const out = [];
  const it = SetPrototypeValues(set);
  for (let step = SetIteratorNext(it); !step.done; step = SetIteratorNext(it)) out.push(step.value);
  return out;
};

// Own enumerable keys that are not array indices (strings, and symbols
// unless loose).
const isIndexKey = (key, length) => {
  if (typeof key !== "string" || key === "" || (key.length > 1 && key[0] === "0")) return false;
  const n = +key;
  return n >>> 0 === n && n < length && `${n}` === key;
};
const getOwnNonIndexProperties = (obj, mode) => {
  const length = ArrayIsArray(obj) ? obj.length : TypedArrayPrototypeGetLength(obj);
  const keys = ObjectKeys(obj).filter((key) => !isIndexKey(key, length));
  if (mode !== kLoose) {
    const symbols = getOwnPropertySymbols(obj);
    for (let i = 0; i < symbols.length; i++) {
      if (ObjectPrototypePropertyIsEnumerable(obj, symbols[i])) keys.push(symbols[i]);
    }
  }
  return keys;
};

const viewBytes = (view) =>
  new SafeUint8Array(ArrayBufferViewBuffer(view), ArrayBufferViewByteOffset(view), ArrayBufferViewByteLength(view));

const bytesEqual = (a, b) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

// Loose comparison of float arrays: 0 equals -0, NaN equals nothing.
const areSimilarFloatArrays = (a, b) => {
  const length = TypedArrayPrototypeGetLength(a);
  if (length !== TypedArrayPrototypeGetLength(b)) return false;
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
};

const areSimilarRegExps = (a, b) =>
  RegExpPrototypeGetSource(a) === RegExpPrototypeGetSource(b) &&
  RegExpPrototypeGetFlags(a) === RegExpPrototypeGetFlags(b) &&
  a.lastIndex === b.lastIndex;

const areEqualArrayBuffers = (a, b) => {
  try {
    return bytesEqual(new SafeUint8Array(a), new SafeUint8Array(b));
  } catch {
    // Detached buffers: equal only when both are.
    return false;
  }
};

// Boxed primitives compare by their internal value (never by valueOf).
const isEqualBoxedPrimitive = (val1, val2) => {
  if (isNumberObject(val1)) return isNumberObject(val2) && ObjectIs(NumberPrototypeValueOf(val1), NumberPrototypeValueOf(val2));
  if (isStringObject(val1)) return isStringObject(val2) && StringPrototypeValueOf(val1) === StringPrototypeValueOf(val2);
  if (isBooleanObject(val1)) return isBooleanObject(val2) && BooleanPrototypeValueOf(val1) === BooleanPrototypeValueOf(val2);
  if (isBigIntObject(val1)) return isBigIntObject(val2) && BigIntPrototypeValueOf(val1) === BigIntPrototypeValueOf(val2);
  if (isSymbolObject(val1)) return isSymbolObject(val2) && SymbolPrototypeValueOf(val1) === SymbolPrototypeValueOf(val2);
  return false;
};

// Web Crypto keys: same kind, algorithm, usages and key bytes.
const areEqualCryptoKeys = (a, b, mode, memos) => {
  if (!isCryptoKey(b) || a.type !== b.type || a.extractable !== b.extractable) return false;
  if (!innerDeepEqual(a.algorithm, b.algorithm, mode, memos) || !innerDeepEqual(a.usages, b.usages, mode, memos)) return false;
  const s1 = keySecret(a);
  const s2 = keySecret(b);
  if (s1 == null || s2 == null) return s1 === s2;
  return bytesEqual(s1, s2);
};

// Errors: message, name, and the non-enumerable cause and errors (the
// enumerable ones compare as keys).
const areSimilarErrors = (val1, val2, mode, memos) => {
  if (!isError(val2) || val1.message !== val2.message || val1.name !== val2.name) return false;
  for (const key of ["message", "name"]) {
    if (ObjectPrototypePropertyIsEnumerable(val1, key) !== ObjectPrototypePropertyIsEnumerable(val2, key)) return false;
  }
  const cause1Enumerable = ObjectPrototypePropertyIsEnumerable(val1, "cause");
  if (cause1Enumerable !== ObjectPrototypePropertyIsEnumerable(val2, "cause")) return false;
  if (!cause1Enumerable) {
    if (hasOwn(val1, "cause") !== hasOwn(val2, "cause") || !innerDeepEqual(val1.cause, val2.cause, mode, memos)) return false;
  }
  const errors1Enumerable = ObjectPrototypePropertyIsEnumerable(val1, "errors");
  if (errors1Enumerable !== ObjectPrototypePropertyIsEnumerable(val2, "errors")) return false;
  if (!errors1Enumerable && !innerDeepEqual(val1.errors, val2.errors, mode, memos)) return false;
  return true;
};

function innerDeepEqual(val1, val2, mode, memos) {
  if (val1 === val2) return val1 !== 0 || ObjectIs(val1, val2) || mode === kLoose;
  if (mode !== kLoose) {
    if (typeof val1 !== "object") return typeof val1 === "number" && NumberIsNaN(val1) && NumberIsNaN(val2);
    if (typeof val2 !== "object" || val1 === null || val2 === null) return false;
    if (getPrototypeOf(val1) !== getPrototypeOf(val2)) return false;
  } else {
    if (val1 === null || typeof val1 !== "object") {
      if (val2 === null || typeof val2 !== "object") {
        return val1 == val2 || (NumberIsNaN(val1) && NumberIsNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== "object") return false;
  }
  return objectComparisonStart(val1, val2, mode, memos);
}

function objectComparisonStart(val1, val2, mode, memos) {
  const val1Tag = ObjectPrototypeToString(val1);
  const val2Tag = ObjectPrototypeToString(val2);
  if (val1Tag !== val2Tag) return false;

  if (ArrayIsArray(val1)) {
    if (!ArrayIsArray(val2) || val1.length !== val2.length) return false;
    const keys1 = getOwnNonIndexProperties(val1, mode);
    const keys2 = getOwnNonIndexProperties(val2, mode);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, mode, memos, kIsArray, keys1);
  } else if (val1Tag === "[object Object]" && !isBoxedPrimitive(val1) && !isError(val1) && !isWeakMap(val1) && !isWeakSet(val1)) {
    return keyCheck(val1, val2, mode, memos, kNoIterator);
  } else if (isDate(val1)) {
    if (!isDate(val2) || !ObjectIs(DatePrototypeGetTime(val1), DatePrototypeGetTime(val2))) return false;
  } else if (isRegExp(val1)) {
    if (!isRegExp(val2) || !areSimilarRegExps(val1, val2)) return false;
  } else if (isArrayBufferView(val1)) {
    const kind = TypedArrayPrototypeGetSymbolToStringTag(val1);
    if (!isArrayBufferView(val2) || kind !== TypedArrayPrototypeGetSymbolToStringTag(val2)) return false;
    if (mode === kLoose && isFloatArray(val1)) {
      if (!areSimilarFloatArrays(val1, val2)) return false;
    } else if (!bytesEqual(viewBytes(val1), viewBytes(val2))) {
      return false;
    }
    // A DataView has no indices; its keys are all of its own keys.
    if (TypedArrayPrototypeGetSymbolToStringTag(val1) === undefined) return keyCheck(val1, val2, mode, memos, kNoIterator);
    const keys1 = getOwnNonIndexProperties(val1, mode);
    const keys2 = getOwnNonIndexProperties(val2, mode);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, mode, memos, kNoIterator, keys1);
  } else if (isSet(val1)) {
    if (!isSet(val2) || SetPrototypeGetSize(val1) !== SetPrototypeGetSize(val2)) return false;
    return keyCheck(val1, val2, mode, memos, kIsSet);
  } else if (isMap(val1)) {
    if (!isMap(val2) || MapPrototypeGetSize(val1) !== MapPrototypeGetSize(val2)) return false;
    return keyCheck(val1, val2, mode, memos, kIsMap);
  } else if (isAnyArrayBuffer(val1)) {
    if (!isAnyArrayBuffer(val2) || !areEqualArrayBuffers(val1, val2)) return false;
  } else if (isError(val1)) {
    if (!areSimilarErrors(val1, val2, mode, memos)) return false;
  } else if (isBoxedPrimitive(val1)) {
    if (!isEqualBoxedPrimitive(val1, val2)) return false;
  } else if (
    ArrayIsArray(val2) ||
    isArrayBufferView(val2) ||
    isSet(val2) ||
    isMap(val2) ||
    isDate(val2) ||
    isRegExp(val2) ||
    isAnyArrayBuffer(val2) ||
    isBoxedPrimitive(val2) ||
    isError(val2)
  ) {
    return false;
  } else if (isURL(val1)) {
    // URLs keep their state in private fields: the href is the value.
    if (!isURL(val2) || val1.href !== val2.href) return false;
  } else if (isCryptoKey(val1)) {
    if (!areEqualCryptoKeys(val1, val2, mode, memos)) return false;
  } else if (isWeakMap(val1) || isWeakSet(val1)) {
    // Their entries cannot be listed: only the same one is equal.
    return false;
  }
  return keyCheck(val1, val2, mode, memos, kNoIterator);
}

const getEnumerables = (val, keys) => keys.filter((key) => ObjectPrototypePropertyIsEnumerable(val, key));

function keyCheck(val1, val2, mode, memos, iterationType, keys1) {
  // Same number of own enumerable keys, the same keys, and (in objEquiv)
  // equal values for each; for Sets and Maps, equal contents.
  if (keys1 === undefined) {
    keys1 = ObjectKeys(val1);
    const keys2 = ObjectKeys(val2);
    if (keys1.length !== keys2.length) return false;
    for (let i = 0; i < keys1.length; i++) {
      if (!ObjectPrototypePropertyIsEnumerable(val2, keys1[i])) return false;
    }
    if (mode !== kLoose) {
      const symbolKeysA = getOwnPropertySymbols(val1);
      if (symbolKeysA.length !== 0) {
        let count = 0;
        for (let i = 0; i < symbolKeysA.length; i++) {
          const key = symbolKeysA[i];
          if (ObjectPrototypePropertyIsEnumerable(val1, key)) {
            if (!ObjectPrototypePropertyIsEnumerable(val2, key)) return false;
            keys1.push(key);
            count++;
          } else if (ObjectPrototypePropertyIsEnumerable(val2, key)) {
            return false;
          }
        }
        const symbolKeysB = getOwnPropertySymbols(val2);
        if (symbolKeysA.length !== symbolKeysB.length && getEnumerables(val2, symbolKeysB).length !== count) return false;
      } else {
        const symbolKeysB = getOwnPropertySymbols(val2);
        if (symbolKeysB.length !== 0 && getEnumerables(val2, symbolKeysB).length !== 0) return false;
      }
    }
  } else {
    for (let i = 0; i < keys1.length; i++) {
      if (!ObjectPrototypePropertyIsEnumerable(val2, keys1[i])) return false;
    }
  }

  if (
    keys1.length === 0 &&
    (iterationType === kNoIterator ||
      (iterationType === kIsArray && val1.length === 0) ||
      (iterationType === kIsSet && SetPrototypeGetSize(val1) === 0) ||
      (iterationType === kIsMap && MapPrototypeGetSize(val1) === 0))
  ) {
    return true;
  }

  // Cycles: a pair met again on the current path is equal when both sides
  // were entered at the same position.
  if (memos === undefined) {
    memos = { val1: new SafeMap(), val2: new SafeMap(), position: 0 };
  } else {
    const val2MemoA = MapPrototypeGet(memos.val1, val1);
    if (val2MemoA !== undefined) {
      const val2MemoB = MapPrototypeGet(memos.val2, val2);
      if (val2MemoB !== undefined) return val2MemoA === val2MemoB;
    }
    memos.position++;
  }
  const hadVal1 = MapPrototypeHas(memos.val1, val1);
  const hadVal2 = MapPrototypeHas(memos.val2, val2);
  const old1 = MapPrototypeGet(memos.val1, val1);
  const old2 = MapPrototypeGet(memos.val2, val2);
  memos.val1.set(val1, memos.position);
  memos.val2.set(val2, memos.position);
  const areEq = objEquiv(val1, val2, mode, keys1, memos, iterationType);
  if (hadVal1) memos.val1.set(val1, old1);
  else memos.val1.delete(val1);
  if (hadVal2) memos.val2.set(val2, old2);
  else memos.val2.delete(val2);
  return areEq;
}

function setHasEqualElement(set, val1, mode, memo) {
  for (const val2 of set) {
    if (innerDeepEqual(val1, val2, mode, memo)) {
      // Each element of `set` matches once.
      set.delete(val2);
      return true;
    }
  }
  return false;
}

// Loose: the primitive that a primitive could == (null for undefined and
// back; a number for a numeric string); false when none could, true when
// any could.
function findLooseMatchingPrimitives(prim) {
  switch (typeof prim) {
    case "undefined":
      return null;
    case "object": // only null
      return undefined;
    case "symbol":
      return false;
    case "string":
      prim = +prim;
    // Falls through: a numeric string may == a number.
    case "number":
      if (NumberIsNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  return SetPrototypeHas(b, altValue) && !SetPrototypeHas(a, altValue);
}

function mapMightHaveLoosePrim(a, b, prim, item, memo) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  const curB = MapPrototypeGet(b, altValue);
  if ((curB === undefined && !MapPrototypeHas(b, altValue)) || !innerDeepEqual(item, curB, kLoose, memo)) return false;
  return !MapPrototypeHas(a, altValue) && innerDeepEqual(item, curB, kLoose, memo);
}

function setEquiv(a, b, mode, memo) {
  // Values of `a` that `b` does not simply have: matched pairwise below.
  let set = null;
  for (const val of setValues(a)) {
    if (typeof val === "object" && val !== null) {
      if (set === null) set = new SafeSet();
      set.add(val);
    } else if (!SetPrototypeHas(b, val)) {
      if (mode !== kLoose) return false;
      if (!setMightHaveLoosePrim(a, b, val)) return false;
      if (set === null) set = new SafeSet();
      set.add(val);
    }
  }
  if (set !== null) {
    for (const val of setValues(b)) {
      if (typeof val === "object" && val !== null) {
        if (!setHasEqualElement(set, val, mode, memo)) return false;
      } else if (mode === kLoose && !SetPrototypeHas(a, val) && !setHasEqualElement(set, val, mode, memo)) {
        return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

// Every key of `set` (keys of `map`) deep-equal to key1 is a candidate;
// the first with an equal value is used up.
function mapHasEqualEntry(set, map, key1, item1, mode, memo) {
  for (const key2 of set) {
    if (innerDeepEqual(key1, key2, mode, memo) && innerDeepEqual(item1, MapPrototypeGet(map, key2), mode, memo)) {
      set.delete(key2);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, mode, memo) {
  let set = null;
  for (const [key, item1] of mapEntries(a)) {
    if (typeof key === "object" && key !== null) {
      if (set === null) set = new SafeSet();
      set.add(key);
    } else {
      const item2 = MapPrototypeGet(b, key);
      if ((item2 === undefined && !MapPrototypeHas(b, key)) || !innerDeepEqual(item1, item2, mode, memo)) {
        if (mode !== kLoose) return false;
        if (!mapMightHaveLoosePrim(a, b, key, item1, memo)) return false;
        if (set === null) set = new SafeSet();
        set.add(key);
      }
    }
  }
  if (set !== null) {
    for (const [key, item] of mapEntries(b)) {
      if (typeof key === "object" && key !== null) {
        if (!mapHasEqualEntry(set, a, key, item, mode, memo)) return false;
      } else if (
        mode === kLoose &&
        (!MapPrototypeHas(a, key) || !innerDeepEqual(MapPrototypeGet(a, key), item, kLoose, memo)) &&
        !mapHasEqualEntry(set, a, key, item, kLoose, memo)
      ) {
        return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function objEquiv(a, b, mode, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, mode, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, mode, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], mode, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // A hole: the rest by own keys.
        const keysA = ObjectKeys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], mode, memos)) return false;
        }
        if (keysA.length !== ObjectKeys(b).length) return false;
        return true;
      }
    }
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], mode, memos)) return false;
  }
  return true;
}

export function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kLoose, undefined);
}

export function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kStrict, undefined);
}
