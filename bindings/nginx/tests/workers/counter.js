// Counts in module state and in a global: tells the isolation modes apart.
let n = 0;
export default {
  fetch() {
    n++;
    globalThis.g = (globalThis.g || 0) + 1;
    return new Response(`${n} ${globalThis.g}`);
  },
};
