test("TextEncoder encodes UTF-8 and replaces lone surrogates", () => {
  const e = new TextEncoder();
  assertEquals(e.encoding, "utf-8");
  assertEquals([...e.encode("aé€😀")], [97, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
  assertEquals([...e.encode("\ud83d")], [0xef, 0xbf, 0xbd]);
  assertEquals(e.encode().length, 0);
});
test("TextEncoder.encodeInto stops at whole characters", () => {
  const e = new TextEncoder();
  const buf = new Uint8Array(5);
  assertEquals(e.encodeInto("a€b", buf), { read: 3, written: 5 });
  assertEquals(e.encodeInto("😀x", new Uint8Array(3)), { read: 0, written: 0 });
  assertThrows(() => e.encodeInto("x", []), TypeError);
});
test("TextDecoder UTF-8 with BOM, fatal and streaming", () => {
  assertEquals(new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])), "hi");
  assertEquals(new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf])), "\ufeff");
  assertEquals(new TextDecoder().decode(new Uint8Array([0xf0, 0x9f, 0x98])), "\ufffd");
  assertThrows(() => new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xc3])), TypeError);
  const d = new TextDecoder();
  const bytes = new TextEncoder().encode("😀é");
  let out = "";
  for (const b of bytes) out += d.decode(new Uint8Array([b]), { stream: true });
  out += d.decode();
  assertEquals(out, "😀é");
  assertEquals(new TextDecoder().decode(new Uint16Array([0x6968]).buffer), "hi");
});
test("TextDecoder labels map to their encodings", () => {
  assertEquals(new TextDecoder("UTF8").encoding, "utf-8");
  assertEquals(new TextDecoder(" latin1 ").encoding, "windows-1252");
  assertEquals(new TextDecoder("ascii").encoding, "windows-1252");
  assertEquals(new TextDecoder("utf-16").encoding, "utf-16le");
  assertEquals(new TextDecoder("sjis").encoding, "shift_jis");
  assertEquals(new TextDecoder("iso-8859-2").encoding, "iso-8859-2");
  assertEquals(new TextDecoder("gbk").encoding, "gbk");
  assertThrows(() => new TextDecoder("nope"), RangeError);
  assertThrows(() => new TextDecoder("replacement"), RangeError);
});
test("TextDecoder decodes legacy encodings", () => {
  assertEquals(new TextDecoder("windows-1252").decode(new Uint8Array([0x80, 0xe9])), "€é");
  assertEquals(new TextDecoder("utf-16le").decode(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00])), "hi");
  assertEquals(new TextDecoder("utf-16be").decode(new Uint8Array([0x00, 0x68])), "h");
  assertEquals(new TextDecoder("shift_jis").decode(new Uint8Array([0x82, 0xa0])), "あ");
  assertEquals(new TextDecoder("iso-8859-2").decode(new Uint8Array([0xb1])), "ą");
  const d = new TextDecoder("shift_jis");
  assertEquals(d.decode(new Uint8Array([0x82]), { stream: true }) + d.decode(new Uint8Array([0xa0])), "あ");
  assertThrows(() => new TextDecoder("shift_jis", { fatal: true }).decode(new Uint8Array([0x82])), TypeError);
});
test("btoa and atob (forgiving base64)", () => {
  assertEquals(btoa("hello"), "aGVsbG8=");
  assertEquals(btoa("\xff\x00"), "/wA=");
  assertEquals(atob("aGVsbG8="), "hello");
  assertEquals(atob(" aGVs bG8 "), "hello");
  assertEquals(atob("aGVsbG8"), "hello");
  assertEquals(atob(""), "");
  assertThrows(() => btoa("€"), DOMException, "Latin1");
  const e = assertThrows(() => atob("a"), DOMException);
  assertEquals(e.name, "InvalidCharacterError");
  assertThrows(() => atob("a===b"), DOMException);
  assertThrows(() => atob("*"), DOMException);
});
