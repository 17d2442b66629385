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
  await assertRejects(() => crypto.subtle.digest("MD4", data), DOMException, "not supported");
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
  // RSA-PSS's import needs a hash (a TypeError); a raw RSA key is not a format RSA has.
  await assertRejects(() => crypto.subtle.importKey("raw", new Uint8Array(4), { name: "RSA-PSS" }, true, ["sign"]), TypeError);
  await assertRejects(() => crypto.subtle.importKey("raw", new Uint8Array(4), { name: "RSA-PSS", hash: "SHA-256" }, true, ["sign"]), DOMException, "not supported");
  const bad = await crypto.subtle.importKey("raw", new Uint8Array(4), { name: "HMAC", hash: "SHA-256" }, true, ["encrypt"]).catch((e) => e);
  assertEquals([bad instanceof DOMException, bad.name], [true, "SyntaxError"]);
  const generated = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-512" }, true, ["sign"]);
  assertEquals((await crypto.subtle.exportKey("raw", generated)).byteLength, 128);
});
test("timingSafeEqual", () => {
  assert(crypto.subtle.timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])));
  assert(!crypto.subtle.timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
  assertThrows(() => crypto.subtle.timingSafeEqual(new Uint8Array(1), new Uint8Array(2)), TypeError);
});

const unhex = (s) => new Uint8Array(s.match(/../g).map((b) => parseInt(b, 16)));
const utf8 = (s) => new TextEncoder().encode(s);
test("Ed25519 signs as RFC 8032 says (test 1) and verifies", async () => {
  const pub = unhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
  const d = unhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
  const b64u = (b) => btoa(String.fromCharCode(...b)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  const priv = await crypto.subtle.importKey("jwk", { kty: "OKP", crv: "Ed25519", x: b64u(pub), d: b64u(d) }, "Ed25519", true, ["sign"]);
  const sig = await crypto.subtle.sign("Ed25519", priv, new Uint8Array(0));
  assertEquals(hex(sig), "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
  const key = await crypto.subtle.importKey("raw", pub, { name: "Ed25519" }, true, ["verify"]);
  assert(await crypto.subtle.verify("Ed25519", key, sig, new Uint8Array(0)));
  assert(!(await crypto.subtle.verify("Ed25519", key, sig, new Uint8Array(1))));
  assertEquals(hex(await crypto.subtle.exportKey("raw", key)), hex(pub));
  const spki = await crypto.subtle.exportKey("spki", key);
  const again = await crypto.subtle.importKey("spki", spki, "Ed25519", true, ["verify"]);
  assertEquals((await crypto.subtle.exportKey("jwk", again)).x, b64u(pub));
  const pkcs8 = await crypto.subtle.exportKey("pkcs8", priv);
  const back = await crypto.subtle.importKey("pkcs8", pkcs8, "Ed25519", false, ["sign"]);
  assertEquals(hex(await crypto.subtle.sign("Ed25519", back, new Uint8Array(0))), hex(sig));
});
test("X25519 agrees as RFC 7748 says", async () => {
  const b64u = (b) => btoa(String.fromCharCode(...b)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  const alice = { d: unhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"), x: unhex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a") };
  const bobPub = unhex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
  const priv = await crypto.subtle.importKey("jwk", { kty: "OKP", crv: "X25519", x: b64u(alice.x), d: b64u(alice.d) }, "X25519", false, ["deriveBits"]);
  const pub = await crypto.subtle.importKey("raw", bobPub, "X25519", true, []);
  const bits = await crypto.subtle.deriveBits({ name: "X25519", public: pub }, priv, 256);
  assertEquals(hex(bits), "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
});
test("ECDSA and ECDH on every curve: generate, sign, verify, agree, export and import", async () => {
  for (const namedCurve of ["P-256", "P-384", "P-521"]) {
    const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve }, true, ["sign", "verify"]);
    assertEquals([pair.publicKey.type, pair.privateKey.type, pair.publicKey.algorithm.namedCurve], ["public", "private", namedCurve]);
    assertEquals([...pair.privateKey.usages], ["sign"]);
    const sig = await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-384" }, pair.privateKey, utf8("data"));
    assertEquals(sig.byteLength, { "P-256": 64, "P-384": 96, "P-521": 132 }[namedCurve]);
    assert(await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-384" }, pair.publicKey, sig, utf8("data")));
    assert(!(await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, pair.publicKey, sig, utf8("data"))));
    const jwk = await crypto.subtle.exportKey("jwk", pair.privateKey);
    assertEquals([jwk.kty, jwk.crv, jwk.ext], ["EC", namedCurve, true]);
    const raw = await crypto.subtle.exportKey("raw", pair.publicKey);
    const pub = await crypto.subtle.importKey("raw", raw, { name: "ECDSA", namedCurve }, true, ["verify"]);
    assert(await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-384" }, pub, sig, utf8("data")));
    const a = await crypto.subtle.generateKey({ name: "ECDH", namedCurve }, false, ["deriveBits"]);
    const b = await crypto.subtle.generateKey({ name: "ECDH", namedCurve }, false, ["deriveBits"]);
    const ab = await crypto.subtle.deriveBits({ name: "ECDH", public: b.publicKey }, a.privateKey, null);
    const ba = await crypto.subtle.deriveBits({ name: "ECDH", public: a.publicKey }, b.privateKey, null);
    assertEquals(hex(ab), hex(ba));
  }
  // A key on another curve than asked for is a DataError.
  const p256 = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]);
  const spki = await crypto.subtle.exportKey("spki", p256.publicKey);
  const e = await crypto.subtle.importKey("spki", spki, { name: "ECDSA", namedCurve: "P-384" }, true, ["verify"]).catch((x) => x);
  assertEquals(e.name, "DataError");
});
test("RSASSA-PKCS1-v1_5, RSA-PSS and RSA-OAEP: generate, sign, verify, encrypt, and the keys' forms", async () => {
  const rsa = (name) => ({ name, modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" });
  const pair = await crypto.subtle.generateKey(rsa("RSASSA-PKCS1-v1_5"), true, ["sign", "verify"]);
  assertEquals(pair.publicKey.algorithm.modulusLength, 1024);
  assertEquals([...pair.publicKey.algorithm.publicExponent], [1, 0, 1]);
  const sig = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", pair.privateKey, utf8("data"));
  assert(await crypto.subtle.verify("RSASSA-PKCS1-v1_5", pair.publicKey, sig, utf8("data")));
  // PKCS#1 v1.5 is deterministic: the same key in JWK signs the same.
  const jwk = await crypto.subtle.exportKey("jwk", pair.privateKey);
  assertEquals([jwk.kty, jwk.alg], ["RSA", "RS256"]);
  const fromJwk = await crypto.subtle.importKey("jwk", jwk, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["sign"]);
  assertEquals(hex(await crypto.subtle.sign("RSASSA-PKCS1-v1_5", fromJwk, utf8("data"))), hex(sig));
  const pss = await crypto.subtle.generateKey(rsa("RSA-PSS"), false, ["sign", "verify"]);
  const psig = await crypto.subtle.sign({ name: "RSA-PSS", saltLength: 32 }, pss.privateKey, utf8("m"));
  assert(await crypto.subtle.verify({ name: "RSA-PSS", saltLength: 32 }, pss.publicKey, psig, utf8("m")));
  assert(!(await crypto.subtle.verify({ name: "RSA-PSS", saltLength: 20 }, pss.publicKey, psig, utf8("m"))));
  const oaep = await crypto.subtle.generateKey(rsa("RSA-OAEP"), false, ["encrypt", "decrypt"]);
  const ct = await crypto.subtle.encrypt({ name: "RSA-OAEP", label: utf8("l") }, oaep.publicKey, utf8("secret"));
  assertEquals(new TextDecoder().decode(await crypto.subtle.decrypt({ name: "RSA-OAEP", label: utf8("l") }, oaep.privateKey, ct)), "secret");
  const wrong = await crypto.subtle.decrypt({ name: "RSA-OAEP" }, oaep.privateKey, ct).catch((e) => e);
  assertEquals(wrong.name, "OperationError");
  // A key used for another algorithm than its own: InvalidAccessError.
  const mixed = await crypto.subtle.sign({ name: "RSA-PSS", saltLength: 0 }, pair.privateKey, utf8("x")).catch((e) => e);
  assertEquals(mixed.name, "InvalidAccessError");
  const small = await crypto.subtle.generateKey({ ...rsa("RSA-PSS"), publicExponent: new Uint8Array([7]) }, true, ["sign"]).catch((e) => e);
  assertEquals(small.name, "OperationError");
});
test("AES-GCM, AES-CBC, AES-CTR and AES-KW against their specs' vectors", async () => {
  const raw = (bytes, name, usages) => crypto.subtle.importKey("raw", bytes, name, true, usages);
  const gcm = await raw(unhex("feffe9928665731c6d6a8f9467308308"), "AES-GCM", ["encrypt", "decrypt", "wrapKey", "unwrapKey"]);
  const plain = unhex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
  const params = { name: "AES-GCM", iv: unhex("cafebabefacedbaddecaf888"), additionalData: unhex("feedfacedeadbeeffeedfacedeadbeefabaddad2") };
  const sealed = await crypto.subtle.encrypt(params, gcm, plain);
  assertEquals(hex(sealed).slice(-32), "5bc94fbc3221a5db94fae95ae7121a47");
  assertEquals(hex(await crypto.subtle.decrypt(params, gcm, sealed)), hex(plain));
  const forged = new Uint8Array(sealed);
  forged[0] ^= 1;
  assertEquals((await crypto.subtle.decrypt(params, gcm, forged).catch((e) => e)).name, "OperationError");
  const cbcKey = await raw(unhex("2b7e151628aed2a6abf7158809cf4f3c"), "AES-CBC", ["encrypt", "decrypt"]);
  const block = unhex("6bc1bee22e409f96e93d7e117393172a");
  const cbc = await crypto.subtle.encrypt({ name: "AES-CBC", iv: unhex("000102030405060708090a0b0c0d0e0f") }, cbcKey, block);
  assertEquals(hex(cbc).slice(0, 32), "7649abac8119b246cee98e9b12e9197d");
  assertEquals(cbc.byteLength, 32, "PKCS#7 adds a block");
  assertEquals(hex(await crypto.subtle.decrypt({ name: "AES-CBC", iv: unhex("000102030405060708090a0b0c0d0e0f") }, cbcKey, cbc)), hex(block));
  const ctrKey = await raw(unhex("2b7e151628aed2a6abf7158809cf4f3c"), "AES-CTR", ["encrypt"]);
  const ctr = await crypto.subtle.encrypt({ name: "AES-CTR", counter: unhex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"), length: 64 }, ctrKey, block);
  assertEquals(hex(ctr), "874d6191b620e3261bef6864990db6ce");
  // A counter of 8 bits that wraps: the second block counts from 0 in its low byte.
  const wrap = await crypto.subtle.encrypt({ name: "AES-CTR", counter: unhex("000000000000000000000000000000ff"), length: 8 }, ctrKey, new Uint8Array(32));
  const first = await crypto.subtle.encrypt({ name: "AES-CTR", counter: unhex("00000000000000000000000000000000"), length: 8 }, ctrKey, new Uint8Array(16));
  assertEquals(hex(wrap).slice(32), hex(first));
  const kek = await raw(unhex("000102030405060708090A0B0C0D0E0F"), "AES-KW", ["wrapKey", "unwrapKey"]);
  const inner = await raw(unhex("00112233445566778899AABBCCDDEEFF"), "AES-CBC", ["encrypt"]);
  const wrapped = await crypto.subtle.wrapKey("raw", inner, kek, "AES-KW");
  assertEquals(hex(wrapped), "1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5");
  const unwrapped = await crypto.subtle.unwrapKey("raw", wrapped, kek, "AES-KW", "AES-CBC", true, ["encrypt"]);
  assertEquals(hex(await crypto.subtle.exportKey("raw", unwrapped)), "00112233445566778899aabbccddeeff");
  // wrapKey in JWK through AES-GCM, and back.
  const jwkWrapped = await crypto.subtle.wrapKey("jwk", inner, gcm, { name: "AES-GCM", iv: new Uint8Array(12) });
  const back = await crypto.subtle.unwrapKey("jwk", jwkWrapped, gcm, { name: "AES-GCM", iv: new Uint8Array(12) }, "AES-CBC", true, ["encrypt"]);
  assertEquals(back.algorithm, { name: "AES-CBC", length: 128 });
});
test("PBKDF2 (RFC 6070) and HKDF (RFC 5869) derive bits and keys", async () => {
  const pw = await crypto.subtle.importKey("raw", utf8("password"), "PBKDF2", false, ["deriveBits", "deriveKey"]);
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", salt: utf8("salt"), iterations: 1, hash: "SHA-1" }, pw, 160);
  assertEquals(hex(bits), "0c60c80f961f0e71f3a9b524af6012062fe037a6");
  const ikm = await crypto.subtle.importKey("raw", new Uint8Array(22).fill(0x0b), "HKDF", false, ["deriveBits"]);
  const okm = await crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: unhex("000102030405060708090a0b0c"), info: unhex("f0f1f2f3f4f5f6f7f8f9") }, ikm, 336);
  assertEquals(hex(okm), "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
  const aes = await crypto.subtle.deriveKey({ name: "PBKDF2", salt: utf8("salt"), iterations: 2, hash: "SHA-256" }, pw, { name: "AES-GCM", length: 256 }, true, ["encrypt"]);
  assertEquals(aes.algorithm, { name: "AES-GCM", length: 256 });
  assertEquals((await crypto.subtle.importKey("raw", utf8("p"), "PBKDF2", true, ["deriveBits"]).catch((e) => e)).name, "SyntaxError");
});
test("MD5 digests and crypto.DigestStream (workerd's extras)", async () => {
  assertEquals(hex(await crypto.subtle.digest("MD5", utf8("abc"))), "900150983cd24fb0d6963f7d28e17f72");
  const stream = new crypto.DigestStream("SHA-256");
  const writer = stream.getWriter();
  await writer.write(utf8("a"));
  await writer.write("bc");
  await writer.close();
  assertEquals(hex(await stream.digest), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const aborted = new crypto.DigestStream({ name: "SHA-1" });
  await aborted.abort(new Error("stop"));
  assertEquals((await aborted.digest.catch((e) => e)).message, "stop");
  assertThrows(() => new crypto.DigestStream("SHA-3"), DOMException);
});
