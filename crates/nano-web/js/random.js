// Math.random without generator state shared between requests.
import { randomFill } from "nano:natives";

const { defineProperty } = Reflect;
// V8's generator keeps its state in the context, so requests on one realm
// would draw from one sequence (a request could infer how many numbers an
// earlier one drew). nano's own generator (xoshiro128**, 53-bit doubles, not
// for cryptography: as V8's) is reseeded from the OS before every request
// and after it; in the strict mode, from the snapshot's state, at dispatch.
const imul = Math.imul;
const seed = new Uint32Array(4);
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
export const reseedRandom = () => {
  randomFill(seed);
  [s0, s1, s2, s3] = [seed[0], seed[1], seed[2], seed[3] | 1]; // never all zero
};
const random = {
  random() {
    return ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992;
  },
}.random;
defineProperty(Math, "random", { value: random, writable: true, configurable: true, enumerable: false });
reseedRandom();
