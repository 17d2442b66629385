// jose fixture: JWS with RS256 (deterministic), PS256, ES256 and EdDSA (Ed25519, deterministic), JWE with
// RSA-OAEP-256 + A256GCM and ECDH-ES+A256KW + A128CBC-HS256, JWK import and export, and the errors a tampered
// token gives. jose runs on Web Crypto (crypto.subtle) only.
import * as jose from "jose";
import { PRIVATE_KEY, PUBLIC_KEY } from "../../jsonwebtoken/src/keys.js";

const PAYLOAD = { sub: "user-42", name: "Nano Fixture", iat: 1700000000, exp: 4102444800 };
// RFC 8032, test 1.
const ED25519 = {
  kty: "OKP",
  crv: "Ed25519",
  x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
  d: "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",
};

const attempt = async (fn) => {
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    return { ok: false, code: e.code ?? e.name };
  }
};

const tamper = (token) => {
  const [h, p, s] = token.split(".");
  return [h, p, (s.startsWith("A") ? "B" : "A") + s.slice(1)].join(".");
};

async function jws(alg, privateKey, publicKey, deterministic) {
  const token = await new jose.SignJWT(PAYLOAD).setProtectedHeader({ alg, kid: `${alg}-key` }).sign(privateKey);
  const verified = await attempt(async () => (await jose.jwtVerify(token, publicKey, { algorithms: [alg] })).payload);
  const tampered = await attempt(() => jose.jwtVerify(tamper(token), publicKey, { algorithms: [alg] }));
  return { alg, token: deterministic ? token : `${token.split(".").length} parts`, header: jose.decodeProtectedHeader(token), verified, tampered };
}

export default {
  async fetch(request) {
    const url = new URL(request.url);
    switch (url.pathname) {
      case "/rs256": {
        const priv = await jose.importPKCS8(PRIVATE_KEY, "RS256");
        const pub = await jose.importSPKI(PUBLIC_KEY, "RS256");
        return Response.json({ ...(await jws("RS256", priv, pub, true)), jwk: await jose.exportJWK(pub) });
      }
      case "/ps256": {
        const priv = await jose.importPKCS8(PRIVATE_KEY, "PS256");
        const pub = await jose.importSPKI(PUBLIC_KEY, "PS256");
        return Response.json(await jws("PS256", priv, pub, false));
      }
      case "/es256": {
        const { privateKey, publicKey } = await jose.generateKeyPair("ES256", { extractable: true });
        const jwk = await jose.exportJWK(publicKey);
        const again = await jose.importJWK(jwk, "ES256");
        return Response.json({ ...(await jws("ES256", privateKey, again, false)), jwkMembers: Object.keys(jwk).sort() });
      }
      case "/eddsa": {
        const priv = await jose.importJWK(ED25519, "EdDSA");
        const { d, ...pubJwk } = ED25519;
        const pub = await jose.importJWK(pubJwk, "EdDSA");
        return Response.json({ ...(await jws("EdDSA", priv, pub, true)), thumbprint: await jose.calculateJwkThumbprint(pubJwk) });
      }
      case "/jwe-rsa": {
        const pub = await jose.importSPKI(PUBLIC_KEY, "RSA-OAEP-256");
        const priv = await jose.importPKCS8(PRIVATE_KEY, "RSA-OAEP-256");
        const jwe = await new jose.CompactEncrypt(new TextEncoder().encode("a secret message"))
          .setProtectedHeader({ alg: "RSA-OAEP-256", enc: "A256GCM" })
          .encrypt(pub);
        const { plaintext, protectedHeader } = await jose.compactDecrypt(jwe, priv);
        const tampered = await attempt(() => jose.compactDecrypt(tamper(jwe), priv));
        return Response.json({ parts: jwe.split(".").length, protectedHeader, plaintext: new TextDecoder().decode(plaintext), tampered });
      }
      case "/jwe-ecdh": {
        const { privateKey, publicKey } = await jose.generateKeyPair("ECDH-ES+A256KW", { crv: "P-256" });
        const jwt = await new jose.EncryptJWT(PAYLOAD).setProtectedHeader({ alg: "ECDH-ES+A256KW", enc: "A128CBC-HS256" }).encrypt(publicKey);
        const { payload, protectedHeader } = await jose.jwtDecrypt(jwt, privateKey);
        return Response.json({ payload, alg: protectedHeader.alg, enc: protectedHeader.enc, epk: Object.keys(protectedHeader.epk).sort() });
      }
      default:
        return new Response("not found", { status: 404 });
    }
  },
};
