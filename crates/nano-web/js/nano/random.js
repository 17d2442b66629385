// Math.random without generator state shared between requests.
const { defineProperty } = Reflect;
// V8's generator keeps its state in the context, so requests on one realm
// would draw from one sequence (a request could infer how many numbers an
// earlier one drew). nano's own generator (xoshiro128**, 53-bit doubles, not
// for cryptography: as V8's) is reseeded with OS randomness Rust passes in
// (no native call, so nothing a script can make fail) at every dispatch, at
// every reset and when a realm is made.
const imul = Math.imul;
let s0 = 1, s1 = 2, s2 = 3, s3 = 4;
const rotl = (x, k) => (x << k) | (x >>> (32 - k));
const next32 = () => {
  const result = imul(rotl(imul(s1, 5), 7), 9) >>> 0;
  const t = s1 << 9;
  s2 ^= s0;
  s3 ^= s1;
  s1 ^= s2;
  s0 ^= s3;
  s2 ^= t;
  s3 = rotl(s3, 11);
  return result;
};
// Four random 32-bit words; ignored when absent (the snapshot's own run).
export const seedRandom = (a, b, c, d) => {
  if (typeof a !== "number") return;
  s0 = a >>> 0;
  s1 = b >>> 0;
  s2 = c >>> 0;
  s3 = (d | 1) >>> 0; // never all zero
};
const random = {
  random() {
    return ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992;
  },
}.random;
defineProperty(Math, "random", { value: random, writable: true, configurable: true, enumerable: false });
