test("getRandomValues fills integer arrays and refuses others", () => {
  const a = crypto.getRandomValues(new Uint8Array(64));
  assert(a.some((x) => x !== 0));
  const b = new Uint32Array(4);
  assertEquals(crypto.getRandomValues(b), b);
  assertThrows(() => crypto.getRandomValues(new Float64Array(2)), DOMException);
  const e = assertThrows(() => crypto.getRandomValues(new Uint8Array(65537)), DOMException);
  assertEquals(e.name, "QuotaExceededError");
});
test("randomUUID is a v4 UUID and differs each time", () => {
  const u = crypto.randomUUID();
  assert(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u), u);
  assert(u !== crypto.randomUUID());
});
test("subtle.digest SHA-1/256/384/512", async () => {
  const data = new TextEncoder().encode("abc");
  assertEquals(hex(await crypto.subtle.digest("SHA-1", data)), "a9993e364706816aba3e25717850c26c9cd0d89d");
  assertEquals(hex(await crypto.subtle.digest("SHA-256", data)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  assertEquals(hex(await crypto.subtle.digest({ name: "sha-384" }, data)).slice(0, 16), "cb00753f45a35e8b");
  assertEquals(hex(await crypto.subtle.digest("SHA-512", data.buffer)).slice(0, 16), "ddaf35a193617aba");
  await assertRejects(() => crypto.subtle.digest("MD5", data), DOMException, "not supported");
  await assertRejects(() => crypto.subtle.digest("SHA-256", "text"), TypeError);
});
test("HMAC sign and verify (RFC 4231 case 2)", async () => {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", enc.encode("Jefe"), { name: "HMAC", hash: "SHA-256" }, true, ["sign", "verify"]);
  assertEquals(key.type, "secret");
  assertEquals(key.algorithm, { name: "HMAC", hash: { name: "SHA-256" }, length: 32 });
  const sig = await crypto.subtle.sign("HMAC", key, enc.encode("what do ya want for nothing?"));
  assertEquals(hex(sig), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  assert(await crypto.subtle.verify("HMAC", key, sig, enc.encode("what do ya want for nothing?")));
  assert(!(await crypto.subtle.verify("HMAC", key, sig, enc.encode("tampered"))));
  assert(!(await crypto.subtle.verify("HMAC", key, new Uint8Array(3), enc.encode("x"))));
});
test("HMAC keys in JWK, both ways, and their errors", async () => {
  const jwk = { kty: "oct", k: "SmVmZQ", alg: "HS256" };
  const key = await crypto.subtle.importKey("jwk", jwk, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]);
  const out = await crypto.subtle.exportKey("jwk", key);
  assertEquals([out.kty, out.k, out.alg, out.ext], ["oct", "SmVmZQ", "HS256", true]);
  assertEquals(hex(await crypto.subtle.exportKey("raw", key)), "4a656665");
  await assertRejects(() => crypto.subtle.importKey("jwk", { ...jwk, alg: "HS512" }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]), DOMException);
  const locked = await crypto.subtle.importKey("raw", new Uint8Array([1, 2]), { name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
  await assertRejects(() => crypto.subtle.exportKey("raw", locked), DOMException, "not extractable");
  await assertRejects(() => crypto.subtle.verify("HMAC", locked, new Uint8Array(20), new Uint8Array(1)), DOMException, "usages");
  await assertRejects(() => crypto.subtle.importKey("raw", new Uint8Array(4), { name: "RSA-PSS" }, true, ["sign"]), DOMException);
  await assertRejects(() => crypto.subtle.importKey("raw", new Uint8Array(4), { name: "HMAC", hash: "SHA-256" }, true, ["encrypt"]), SyntaxError);
  const generated = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-512" }, true, ["sign"]);
  assertEquals((await crypto.subtle.exportKey("raw", generated)).byteLength, 128);
});
test("timingSafeEqual", () => {
  assert(crypto.subtle.timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])));
  assert(!crypto.subtle.timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
  assertThrows(() => crypto.subtle.timingSafeEqual(new Uint8Array(1), new Uint8Array(2)), TypeError);
});
