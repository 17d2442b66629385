// A worker of several modules, read from disk when nginx reads its
// configuration: an ES module, JSON, text and CommonJS.
import { greet } from "./lib/greet.js";
import settings from "./settings.json";
import banner from "./banner.txt";
import { shout } from "./lib/shout.cjs";

export default {
  fetch(request) {
    const who = new URL(request.url).searchParams.get("who") ?? settings.who;
    return new Response(`${banner.trim()} ${shout(greet(who))}`);
  },
};
