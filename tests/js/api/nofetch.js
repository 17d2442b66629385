// Run without a host fetch callback.
test("fetch without a host callback rejects with a TypeError that says so", async () => {
  await assertRejects(() => fetch("https://x/"), TypeError, "without a fetch callback");
});
