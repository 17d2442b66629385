'use strict';
// nano's stand-in for Node's test/common/crypto.js: helpers the crypto tests
// share. Skips the test when there is no node:crypto.
const common = require('./index.js');
if (!common.hasCrypto) common.skip('missing crypto');

const assert = require('assert');
const crypto = require('crypto');
const { Buffer } = require('buffer');

// The 1024-bit MODP prime of RFC 2412, appendix E.2 (Oakley group 2).
const modp2buf = Buffer.from(
  'ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74' +
  '020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437' +
  '4fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed' +
  'ee386bfb5a899fa5ae9f24117c4b1fe649286651ece65381ffffffffffffffff', 'hex');

// `key`'s length (chars or bytes) is within 10% of `expectedSize`.
function assertApproximateSize(key, expectedSize) {
  const unit = typeof key === 'string' ? 'chars' : 'bytes';
  const min = Math.floor(0.9 * expectedSize);
  const max = Math.ceil(1.1 * expectedSize);
  assert(key.length >= min, `Key (${key.length} ${unit}) is shorter than expected (${min} ${unit})`);
  assert(key.length <= max, `Key (${key.length} ${unit}) is longer than expected (${max} ${unit})`);
}

// The pair encrypts with either key and decrypts with the private one.
function testEncryptDecrypt(publicKey, privateKey) {
  const message = 'Hello Node.js world!';
  const plaintext = Buffer.from(message, 'utf8');
  for (const key of [publicKey, privateKey]) {
    const ciphertext = crypto.publicEncrypt(key, plaintext);
    const received = crypto.privateDecrypt(privateKey, ciphertext);
    assert.strictEqual(received.toString('utf8'), message);
  }
}

// The pair signs (one-shot and Sign objects) and verifies with either key.
function testSignVerify(publicKey, privateKey) {
  const message = Buffer.from('Hello Node.js world!');
  const streamSign = (algo, data, key) => crypto.createSign(algo).update(data).sign(key);
  const streamVerify = (algo, data, key, signature) =>
    crypto.createVerify(algo).update(data).verify(key, signature);
  for (const signFn of [crypto.sign, streamSign]) {
    const signature = signFn('SHA256', message, privateKey);
    for (const verifyFn of [crypto.verify, streamVerify]) {
      for (const key of [publicKey, privateKey]) {
        assert(verifyFn('SHA256', message, key, signature));
      }
    }
  }
}

// A PEM block with `label`, optionally with RFC 1421 encryption headers.
function pemRegExp(label, cipher) {
  const dashes = '\\-\\-\\-\\-\\-';
  const headers = cipher == null ? '' : `\nProc-Type: 4,ENCRYPTED\nDEK-Info: ${cipher},[^\n]+\n`;
  const body = '([a-zA-Z0-9\\+/=]{64}\n)*[a-zA-Z0-9\\+/=]{1,64}';
  return new RegExp(`^${dashes}BEGIN ${label}${dashes}${headers}\n${body}\n${dashes}END ${label}${dashes}\n$`);
}

// nano's crypto is not OpenSSL; it answers as Node built with OpenSSL 3 does
// unless process.versions.openssl says otherwise.
function opensslVersion() {
  const v = globalThis.process?.versions?.openssl || '3.0.0';
  const m = /(\d+)\.(\d+)\.(\d+)/.exec(v) || [0, 3, 0, 0];
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
function hasOpenSSL(major = 0, minor = 0, patch = 0) {
  const [a, b, c] = opensslVersion();
  if (a !== major) return a > major;
  if (b !== minor) return b > minor;
  return c >= patch;
}

module.exports = {
  modp2buf,
  assertApproximateSize,
  testEncryptDecrypt,
  testSignVerify,
  pkcs1PubExp: pemRegExp('RSA PUBLIC KEY'),
  pkcs1PrivExp: pemRegExp('RSA PRIVATE KEY'),
  pkcs1EncExp: (cipher) => pemRegExp('RSA PRIVATE KEY', cipher),
  spkiExp: pemRegExp('PUBLIC KEY'),
  pkcs8Exp: pemRegExp('PRIVATE KEY'),
  pkcs8EncExp: pemRegExp('ENCRYPTED PRIVATE KEY'),
  sec1Exp: pemRegExp('EC PRIVATE KEY'),
  sec1EncExp: (cipher) => pemRegExp('EC PRIVATE KEY', cipher),
  hasOpenSSL,
  get hasOpenSSL3() {
    return hasOpenSSL(3);
  },
  get opensslCli() {
    return common.skip('no openssl command in nano');
  },
};
