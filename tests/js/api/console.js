// The suite compares the console lines this produces with console.expected.
// Checked against workerd (npm @cloudflare/workerd-linux-64) running the same
// calls: log/info/warn/debug lines are identical; workerd prints nothing for
// assert, count, group and table, where nano follows Node (and Deno, apart
// from Deno's double quotes and table layout).
test("console formats like browsers and Node", () => {
  console.log("plain %s and %d and %i and %f", "str", 42.5, 42.5, "1.5");
  console.log("%o | %O | %j", { a: 1 }, [1, "two"], null);
  console.log("%c styled", "color: red", "extra", 1);
  console.log({ nested: { deep: { deeper: { deepest: { gone: 1 } } } }, list: [1, 2, 3] });
  console.log(new Map([["k", { v: 1 }]]), new Set([1, "a"]));
  const cyclic = { name: "loop" };
  cyclic.self = cyclic;
  console.log(cyclic);
  console.log([undefined, null, -0, 10n, Symbol("s"), () => 1, class Foo {}]);
  console.info("info line");
  console.warn("warn line");
  console.debug("debug line");
  console.assert(true, "not shown");
  console.assert(false, "assertion %s", "shown");
  console.count();
  console.count("x");
  console.count();
  console.group("group");
  console.log("indented");
  console.groupEnd();
  console.table([{ a: 1, b: "x" }, { a: 2 }]);
  console.log(new Uint8Array([1, 2, 3]), new ArrayBuffer(4));
  console.log("%% literal and %x unknown");
});
