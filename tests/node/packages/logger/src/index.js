// Logger fixture: pino's Node build (pino/pino.js; wrangler's "browser" condition would otherwise pick pino's
// console-only browser.js) writing NDJSON into a node:stream Writable, with settings read from process.
import pino from "pino/pino.js";
import { Writable, PassThrough, pipeline } from "node:stream";
import process from "node:process";

function collector() {
  const lines = [];
  const stream = new Writable({
    write(chunk, encoding, callback) {
      lines.push(JSON.parse(chunk.toString()));
      callback();
    },
  });
  return { lines, stream };
}

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === "/log") {
      const { lines, stream } = collector();
      const logger = pino(
        {
          level: process.env.LOG_LEVEL ?? "debug",
          timestamp: false,
          base: { app: "nano-fixture", node: typeof process.version === "string" && process.version.startsWith("v") },
          redact: ["req.headers.authorization"],
        },
        stream,
      );
      logger.info("hello %s", "world");
      logger.debug({ req: { method: request.method, headers: { authorization: "Bearer secret" } } }, "request");
      logger.trace("dropped below level");
      const child = logger.child({ reqId: request.headers.get("x-request-id") ?? "none" });
      child.warn({ n: 42 }, "from child");
      child.error(new Error("boom"));
      await new Promise((resolve) => setImmediate(resolve)); // let the Writable drain
      for (const l of lines) if (l.err) l.err = { type: l.err.type, message: l.err.message, hasStack: typeof l.err.stack === "string" };
      return Response.json({ count: lines.length, lines });
    }
    if (url.pathname === "/pipe") {
      // Plain node:stream pipeline through a PassThrough into a Writable; logger output goes through it.
      const { lines, stream } = collector();
      const through = new PassThrough();
      const done = new Promise((resolve, reject) => pipeline(through, stream, (err) => (err ? reject(err) : resolve())));
      const logger = pino({ timestamp: false, base: undefined }, through);
      for (let i = 0; i < 3; i++) logger.info({ i }, "line");
      through.end();
      await done;
      return Response.json({ lines, platform: process.platform, hasHrtime: typeof process.hrtime.bigint === "function" });
    }
    return new Response("not found\n", { status: 404 });
  },
};
