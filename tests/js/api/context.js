test("env bindings and the execution context", ({ env, ctx }) => {
  assertEquals(env.GREETING, "hello from env");
  assert(Object.isFrozen(env));
  assertEquals(typeof ctx.waitUntil, "function");
  ctx.passThroughOnException();
  ctx.waitUntil(
    new Promise((r) => setTimeout(r, 20)).then(() => console.log("waitUntil work finished after the response")),
  );
});
test("unhandled rejections are reported, handled ones are not", () => {
  Promise.reject("nobody catches this");
  const later = Promise.reject("caught later");
  later.catch(() => {});
});
