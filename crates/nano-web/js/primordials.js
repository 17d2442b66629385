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

// Appends `value` to an array nano made.
export const safePush = (array, value) => {
  defineProperty(array, array.length, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
};
