// The harness itself (harness.js): assertEquals passes on equal values and
// fails on values that differ, at any depth, where comparing JSON would not
// (every Map and Set is {} to JSON.stringify, undefined and NaN are null).

function refuses(actual, expected) {
  try {
    assertEquals(actual, expected);
  } catch {
    return;
  }
  fail(`assertEquals took ${show(actual)} for ${show(expected)}`);
}

test("Maps: equal ones pass, in any order and with object keys; different ones fail", () => {
  assertEquals(new Map(), new Map());
  assertEquals(new Map([["a", 1], [{ k: 1 }, [2]]]), new Map([[{ k: 1 }, [2]], ["a", 1]]));
  assertEquals(new Map([[NaN, 1]]), new Map([[NaN, 1]]));
  refuses(new Map([["a", 1]]), new Map([["a", 2]]));
  refuses(new Map([["a", 1]]), new Map([["b", 1]]));
  refuses(new Map([["a", 1]]), new Map([["a", 1], ["b", 2]]));
  refuses(new Map([[{ k: 1 }, 1]]), new Map([[{ k: 2 }, 1]]));
  refuses(new Map([[{ k: 1 }, 1]]), new Map([[{ k: 1 }, 2]]));
  refuses(new Map([[{ k: 1 }, 1], [{ k: 1 }, 1]]), new Map([[{ k: 1 }, 1], [{ k: 2 }, 1]]));
  refuses(new Map([["a", 1]]), { a: 1 });
  refuses(new Map(), {});
  refuses({}, new Map());
});

test("Sets: equal ones pass, in any order and with object members; different ones fail", () => {
  assertEquals(new Set(), new Set());
  assertEquals(new Set([1, "a", { o: [1] }]), new Set([{ o: [1] }, "a", 1]));
  refuses(new Set([1]), new Set([2]));
  refuses(new Set([1, 2]), new Set([1]));
  refuses(new Set([{ o: 1 }]), new Set([{ o: 2 }]));
  refuses(new Set([{ o: 1 }, { o: 1 }]), new Set([{ o: 1 }, { o: 2 }]));
  refuses(new Set([1]), [1]);
  refuses(new Set(), {});
  refuses(new Set(), new Map());
});

test("primitives by Object.is, at any depth", () => {
  assertEquals(NaN, NaN);
  assertEquals([NaN, { a: NaN }], [NaN, { a: NaN }]);
  refuses(0, -0);
  refuses([0], [-0]);
  refuses([NaN], [null]);
  refuses([undefined], [null]);
  refuses(1, "1");
  refuses(1n, 1);
});

test("objects and arrays: their keys, values and prototypes", () => {
  assertEquals({ a: [1, { b: 2 }], c: "x" }, { c: "x", a: [1, { b: 2 }] });
  refuses({ a: 1 }, { a: 1, b: 2 });
  refuses({ a: undefined }, {});
  refuses({ a: { b: 1 } }, { a: { b: 2 } });
  refuses([1, 2], [1, 2, 3]);
  refuses([1, 2], { 0: 1, 1: 2 });
  refuses([, 1], [undefined, 1]);
  class A {}
  class B {}
  assertEquals(new A(), new A());
  refuses(new A(), new B());
  refuses(Object.create(null), {});
  const [x, y] = [{ n: 1 }, { n: 1 }];
  x.self = x;
  y.self = y;
  assertEquals(x, y);
});

test("Dates, RegExps, errors, buffers and views; functions and promises", () => {
  assertEquals(new Date(5), new Date(5));
  refuses(new Date(5), new Date(6));
  assertEquals(/a/g, /a/g);
  refuses(/a/g, /a/i);
  refuses(/a/, /b/);
  assertEquals(new TypeError("x"), new TypeError("x"));
  refuses(new TypeError("x"), new TypeError("y"));
  refuses(new TypeError("x"), new RangeError("x"));
  assertEquals(new Uint8Array([1, 2]), new Uint8Array([1, 2]));
  refuses(new Uint8Array([1, 2]), new Uint8Array([1, 3]));
  refuses(new Uint8Array([1, 2]), new Int8Array([1, 2]));
  refuses(new Uint8Array([1]), [1]);
  assertEquals(new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer);
  refuses(new ArrayBuffer(1), new ArrayBuffer(2));
  refuses(new Uint8Array([1]).buffer, new Uint8Array([2]).buffer);
  assertEquals(new DataView(new Uint8Array([1, 2, 3]).buffer, 1), new DataView(new Uint8Array([9, 2, 3]).buffer, 1));
  refuses(new DataView(new Uint8Array([1, 2]).buffer), new DataView(new Uint8Array([1, 3]).buffer));
  const f = () => 1;
  assertEquals(f, f);
  refuses(f, () => 1);
  refuses(Promise.resolve(1), Promise.resolve(1));
});

test("a failure shows both sides, Maps and Sets with what they hold", () => {
  const e = assertThrows(() => assertEquals(new Map([["a", [1]]]), new Map([["a", [2]]]), "maps:"), Error);
  assertEquals(e.message, 'maps: expected Map(1) {"a" => [2]}, got Map(1) {"a" => [1]}');
  const s = assertThrows(() => assertEquals(new Set([{ x: undefined }]), new Set([[-0, NaN]])), Error);
  assertEquals(s.message, " expected Set(1) {[-0, NaN]}, got Set(1) {{x: undefined}}");
  const b = assertThrows(() => assertEquals(new Uint8Array([1]).buffer, {}), Error);
  assertEquals(b.message, " expected {}, got ArrayBuffer <01>");
});
