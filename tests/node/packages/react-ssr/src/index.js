// React 19 SSR fixture: react-dom/server resolves to server.edge.js under wrangler's "workerd" condition; its Fizz
// renderer keeps the current request in `new AsyncLocalStorage()` taken from the global, installed by ./als-global.js.
import "./als-global.js";
import { createElement as h, Suspense, use } from "react";
import { preload } from "react-dom";
import { renderToReadableStream, renderToString } from "react-dom/server";

function Item({ name }) {
  return h("li", null, name);
}

function App({ items }) {
  return h(
    "html",
    null,
    h("head", null, h("title", null, "nano react fixture")),
    h("body", null, h("h1", { className: "title" }, "Hello from React ", "19"), h("ul", null, items.map((n) => h(Item, { key: n, name: n })))),
  );
}

// Starts async work during render; after an await (outside React's synchronous render) it calls preload(),
// which Fizz can only attribute to this request through its AsyncLocalStorage.
function loadData(cache) {
  if (!cache.promise) {
    cache.promise = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      preload("/late.css", { as: "style" });
      return "late data";
    })();
  }
  return cache.promise;
}
function Late({ cache }) {
  const data = use(loadData(cache));
  return h("p", { id: "late" }, data);
}
function StreamApp({ cache }) {
  return h(
    "html",
    null,
    h("body", null, h("h1", null, "streaming"), h(Suspense, { fallback: h("p", null, "loading...") }, h(Late, { cache }))),
  );
}

export default {
  async fetch(request) {
    const url = new URL(request.url);
    const headers = { "content-type": "text/html; charset=utf-8", "x-als": typeof globalThis.AsyncLocalStorage };
    if (url.pathname === "/") {
      const stream = await renderToReadableStream(h(App, { items: ["alpha", "beta", "gamma"] }));
      await stream.allReady;
      return new Response(stream, { headers });
    }
    if (url.pathname === "/stream") {
      const stream = await renderToReadableStream(h(StreamApp, { cache: {} }), {
        onError(e) {
          console.error("render error", e);
        },
      });
      return new Response(stream, { headers });
    }
    if (url.pathname === "/string") {
      return new Response(renderToString(h(Item, { name: "<b>escaped</b> & done" })), { headers });
    }
    return new Response("not found\n", { status: 404 });
  },
};
