// bcryptjs fixture: hash + compare with a low cost factor (bcryptjs imports "crypto" for randomBytes, else WebCrypto).
import bcrypt from "bcryptjs";

// A fixed salt makes the hash deterministic; cost 4 is bcrypt's minimum.
const FIXED_SALT = "$2b$04$abcdefghijklmnopqrstuu";

export default {
  async fetch(request) {
    const url = new URL(request.url);
    const password = url.searchParams.get("pw") ?? "correct horse battery staple";
    switch (url.pathname) {
      case "/hash": {
        const fixed = bcrypt.hashSync(password, FIXED_SALT);
        const salt = await bcrypt.genSalt(4); // random salt: exercises the random source
        const random = await bcrypt.hash(password, salt);
        return Response.json({
          fixed,
          fixedVerifies: bcrypt.compareSync(password, fixed),
          wrongRejected: !(await bcrypt.compare(password + "!", fixed)),
          randomSaltPrefix: salt.slice(0, 7),
          randomSaltLength: salt.length,
          randomVerifies: await bcrypt.compare(password, random),
          rounds: bcrypt.getRounds(random),
        });
      }
      case "/compare": {
        const hash = url.searchParams.get("hash") ?? "";
        return Response.json({ match: bcrypt.compareSync(password, hash) });
      }
      default:
        return new Response("not found\n", { status: 404 });
    }
  },
};
