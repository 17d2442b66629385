// Needs the suite's host fetch callback (tests/c/js_suite.c).
test("fetch goes through the host and returns its response", async () => {
  const res = await fetch("https://upstream.test/echo?x=1", { method: "POST", headers: { "x-h": "v" }, body: "payload" });
  assertEquals([res.status, res.ok, res.url], [200, true, "https://upstream.test/echo?x=1"]);
  assertEquals(res.headers.get("x-upstream"), "c-host");
  assertEquals(await res.json(), { method: "POST", url: "https://upstream.test/echo?x=1", body: "payload", h: "v" });
});
test("fetch answered later from another host thread", async () => {
  const [a, b] = await Promise.all([fetch("https://upstream.test/slow"), fetch("https://upstream.test/slow")]);
  assertEquals([await a.text(), await b.text()], ["slow", "slow"]);
});
test("host statuses pass through", async () => {
  const res = await fetch(new Request("https://upstream.test/status/404"));
  assertEquals([res.status, res.ok], [404, false]);
});
test("a failed subrequest rejects with a TypeError", async () => {
  await assertRejects(() => fetch("https://upstream.test/fail"), TypeError, "upstream refused");
  await assertRejects(() => fetch("not a url"), TypeError);
});
test("abort and AbortSignal.timeout", async () => {
  const c = new AbortController();
  const p = fetch("https://upstream.test/slow", { signal: c.signal });
  c.abort(new Error("stop"));
  await assertRejects(() => p, Error, "stop");
  await assertRejects(() => fetch("https://upstream.test/slow", { signal: AbortSignal.timeout(1) }), DOMException, "timed out");
  await assertRejects(() => fetch("https://upstream.test/echo", { signal: AbortSignal.abort() }), DOMException);
});
