import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
export default {
  fetch() {
    const enc = new TextEncoder();
    return Response.json({ sha256: bytesToHex(sha256(enc.encode("abc"))), hmac: bytesToHex(hmac(sha256, enc.encode("k"), enc.encode("m"))) });
  },
};
