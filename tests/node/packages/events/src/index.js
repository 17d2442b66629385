// node-cache fixture: NodeCache extends EventEmitter from "events" (required in CJS -> bare "events" import).
import NodeCache from "node-cache";
import { EventEmitter, once } from "node:events";

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname !== "/cache") return new Response("not found\n", { status: 404 });
    // checkperiod 0: no background interval timer; expiry is detected lazily on access.
    const cache = new NodeCache({ stdTTL: 0, checkperiod: 0, useClones: true });
    const events = [];
    cache.on("set", (k, v) => events.push(`set:${k}=${JSON.stringify(v)}`));
    cache.on("del", (k) => events.push(`del:${k}`));
    cache.on("expired", (k) => events.push(`expired:${k}`));
    cache.on("flush", () => events.push("flush"));

    const obj = { n: 1 };
    cache.set("a", obj);
    obj.n = 2; // useClones: cached value is unaffected
    cache.set("b", "bee", 0.02); // 20 ms TTL
    cache.mset([{ key: "c", val: 3 }, { key: "d", val: [4] }]);
    cache.del("c");
    const expiredWait = once(cache, "expired"); // events.once on a NodeCache instance
    await new Promise((resolve) => setTimeout(resolve, 40));
    const bAfterTtl = cache.get("b"); // triggers the lazy expiry check -> "expired" then "del"
    const [expiredKey] = await expiredWait;
    const result = {
      isEventEmitter: cache instanceof EventEmitter,
      a: cache.get("a"),
      bAfterTtl: bAfterTtl ?? null,
      expiredKey,
      keys: cache.keys(),
      listenerCount: cache.listenerCount("set"),
      stats: cache.getStats(),
    };
    cache.flushAll();
    cache.close();
    result.events = events;
    return Response.json(result);
  },
};
