import { SignJWT, jwtVerify } from "jose";
const key = new TextEncoder().encode("a-32-byte-secret-for-hs256-jwts!");
export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === "/sign") {
      const jwt = await new SignJWT({ role: "admin" }).setProtectedHeader({ alg: "HS256" }).setSubject("ann").setIssuedAt(1700000000).sign(key);
      return new Response(jwt);
    }
    const { payload } = await jwtVerify(url.searchParams.get("t"), key);
    return Response.json({ sub: payload.sub, role: payload.role });
  },
};
