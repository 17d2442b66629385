// What nano's own JS calls on the path from a script's Response to the host
// (headers, status, the dispatch promise), captured at bootstrap before any
// script runs. In the strict mode a request may replace built-ins, and a
// polyfilling top level may have replaced them in any mode: nano's results
// must not change with them (tests/response_checks.rs). Arrays are appended
// to with a property definition, which no setter on Array.prototype sees,
// and read by index; their methods (which consult `constructor` and
// Symbol.species) and iterators are not used on this path.
const { apply, defineProperty } = Reflect;

const uncurry = (fn) => (self, ...args) => apply(fn, self, args);

export const SafeString = String;
export const SafeTypeError = TypeError;
export const JSONStringify = JSON.stringify;
export const StringPrototypeCharCodeAt = uncurry(String.prototype.charCodeAt);
export const StringPrototypeSlice = uncurry(String.prototype.slice);
export const StringPrototypeToLowerCase = uncurry(String.prototype.toLowerCase);
export const PromisePrototypeThen = uncurry(Promise.prototype.then);
export const PromisePrototypeCatch = uncurry(Promise.prototype.catch);

const { getPrototypeOf, ownKeys } = Reflect;
const { isFrozen } = Object;
const ArrayPrototype = Array.prototype;
const ObjectPrototype = Object.prototype;
const isIndex = (key) => typeof key === "string" && key !== "" && `${+key >>> 0}` === key;

// Whether a plain `array[n] = value` on an array nano made can only add an
// own data property: true once Array.prototype and Object.prototype are
// frozen (the hardened realm) with no index keys on either and the usual
// chain between them, so no setter, proxy or read-only index is on its way.
// Known for good once frozen; until then (a strict-mode context) appends
// define the property instead.
let plainPush = false;
const canPushPlainly = () => {
  if (plainPush) return true;
  if (!isFrozen(ArrayPrototype) || !isFrozen(ObjectPrototype)) return false;
  if (getPrototypeOf(ArrayPrototype) !== ObjectPrototype || getPrototypeOf(ObjectPrototype) !== null) return false;
  const keys = [...ownKeys(ArrayPrototype), ...ownKeys(ObjectPrototype)];
  for (let i = 0; i < keys.length; i++) if (isIndex(keys[i])) return false;
  plainPush = true;
  return true;
};

// Appends `value` to an array nano made. A property definition costs ten
// times a plain append (it was 9% of a hello request through nginx).
export const safePush = (array, value) => {
  if (canPushPlainly()) {
    array[array.length] = value;
    return;
  }
  defineProperty(array, array.length, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
};
