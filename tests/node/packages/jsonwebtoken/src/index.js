// jsonwebtoken fixture: HS256 and RS256 sign + verify (jws/jwa use node:crypto, Buffer, util, stream; semver reads process.version).
import jwt from "jsonwebtoken";
import { PRIVATE_KEY, PUBLIC_KEY } from "./keys.js";

const SECRET = "nano-hs256-secret";
// Fixed iat/exp so tokens are byte-for-byte deterministic (HS256 and RSASSA-PKCS1-v1_5 are deterministic).
const PAYLOAD = { sub: "user-42", name: "Nano Fixture", admin: true, iat: 1700000000, exp: 4102444800 };

function verifyResult(fn) {
  try {
    return { ok: true, payload: fn() };
  } catch (e) {
    return { ok: false, error: e.name, message: e.message };
  }
}

function roundTrip(alg, signKey, verifyKey) {
  const token = jwt.sign(PAYLOAD, signKey, { algorithm: alg, keyid: `${alg}-key` });
  const decoded = jwt.decode(token, { complete: true });
  const verified = verifyResult(() => jwt.verify(token, verifyKey, { algorithms: [alg] }));
  const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
  const badSig = verifyResult(() => jwt.verify(tampered, verifyKey, { algorithms: [alg] }));
  return { alg, token, header: decoded.header, verified, badSig };
}

export default {
  async fetch(request) {
    const url = new URL(request.url);
    switch (url.pathname) {
      case "/hs256":
        return Response.json(roundTrip("HS256", SECRET, SECRET));
      case "/rs256":
        return Response.json(roundTrip("RS256", PRIVATE_KEY, PUBLIC_KEY));
      case "/errors": {
        const expired = jwt.sign({ sub: "x", iat: 1700000000, exp: 1700000060 }, SECRET);
        const rsToken = jwt.sign(PAYLOAD, PRIVATE_KEY, { algorithm: "RS256" });
        // Async (callback) API too: jsonwebtoken defers the callback.
        const asyncVerify = await new Promise((resolve) =>
          jwt.verify(jwt.sign({ sub: "cb", iat: 1700000000 }, SECRET), SECRET, (err, p) => resolve(err ? err.name : p.sub)),
        );
        return Response.json({
          expired: verifyResult(() => jwt.verify(expired, SECRET)),
          wrongAlg: verifyResult(() => jwt.verify(rsToken, PUBLIC_KEY, { algorithms: ["HS256"] })),
          wrongSecret: verifyResult(() => jwt.verify(jwt.sign(PAYLOAD, SECRET), "other-secret")),
          rsWithHmacKey: verifyResult(() => jwt.sign(PAYLOAD, SECRET, { algorithm: "RS256" })),
          asyncVerify,
        });
      }
      default:
        return new Response("not found\n", { status: 404 });
    }
  },
};
