test("URL parses with and without a base", () => {
  const u = new URL("https://user:pw@example.com:8080/a/./b/../c?x=1&y=2#frag");
  assertEquals(u.href, "https://user:pw@example.com:8080/a/c?x=1&y=2#frag");
  assertEquals([u.protocol, u.username, u.password, u.host, u.hostname, u.port], ["https:", "user", "pw", "example.com:8080", "example.com", "8080"]);
  assertEquals([u.pathname, u.search, u.hash, u.origin], ["/a/c", "?x=1&y=2", "#frag", "https://example.com:8080"]);
  assertEquals(new URL("../d?q", "http://h/a/b/c").href, "http://h/a/d?q");
  assertEquals(new URL("HTTP://EXAMPLE.com:80/").href, "http://example.com/");
  assertEquals(String(new URL("http://h/")), "http://h/");
  assertEquals(JSON.stringify({ u: new URL("http://h/x") }), '{"u":"http://h/x"}');
  assertThrows(() => new URL("/relative"), TypeError, "Invalid URL");
  assertThrows(() => new URL("http://[::1"), TypeError);
});
test("URL IDNA hosts", () => {
  assertEquals(new URL("http://münchen.de/").hostname, "xn--mnchen-3ya.de");
  assertEquals(new URL("http://EXAMPLE.COM./").hostname, "example.com.");
  assertEquals(new URL("http://[::1]:3000/").host, "[::1]:3000");
});
test("URL setters", () => {
  const u = new URL("http://example.com/path?a=1#h");
  u.protocol = "https";
  u.hostname = "other.org";
  u.port = "8443";
  u.pathname = "/new path";
  u.search = "b=2";
  u.hash = "top";
  u.username = "me";
  u.password = "secret";
  assertEquals(u.href, "https://me:secret@other.org:8443/new%20path?b=2#top");
  u.port = "443";
  assertEquals(u.port, "");
  u.host = "h.test:81";
  assertEquals(u.host, "h.test:81");
  u.href = "http://x/";
  assertEquals(u.href, "http://x/");
  assertThrows(() => {
    u.href = "not a url";
  }, TypeError);
  u.port = "nope";
  assertEquals(u.port, "", "invalid ports are ignored");
});
test("URL.canParse and URL.parse", () => {
  assert(URL.canParse("https://x/"));
  assert(!URL.canParse("nope"));
  assert(URL.canParse("/p", "https://x/"));
  assertEquals(URL.parse("nope"), null);
  assertEquals(URL.parse("/p", "https://x/").href, "https://x/p");
});
test("URLSearchParams", () => {
  const p = new URLSearchParams("?b=2&a=1&a=3&c=%20x+y");
  assertEquals(p.get("a"), "1");
  assertEquals(p.getAll("a"), ["1", "3"]);
  assertEquals(p.get("c"), " x y");
  assertEquals(p.get("zz"), null);
  assertEquals(p.size, 4);
  p.append("d", "é&=");
  assertEquals(p.toString(), "b=2&a=1&a=3&c=+x+y&d=%C3%A9%26%3D");
  p.sort();
  assertEquals([...p.keys()], ["a", "a", "b", "c", "d"]);
  p.set("a", "9");
  assertEquals(p.getAll("a"), ["9"]);
  p.delete("b");
  assert(!p.has("b"));
  assert(p.has("a", "9") && !p.has("a", "1"));
  assertEquals([...new URLSearchParams({ x: "1", y: "2" })], [["x", "1"], ["y", "2"]]);
  assertEquals(new URLSearchParams([["k", "v"]]).toString(), "k=v");
  assertThrows(() => new URLSearchParams([["only-one"]]), TypeError);
  const seen = [];
  new URLSearchParams("a=1&b=2").forEach((v, k) => seen.push(k + v));
  assertEquals(seen, ["a1", "b2"]);
});
test("URL.searchParams is live both ways", () => {
  const u = new URL("http://h/?a=1");
  u.searchParams.append("b", "2");
  assertEquals(u.href, "http://h/?a=1&b=2");
  u.search = "?z=9";
  assertEquals(u.searchParams.get("z"), "9");
  u.searchParams.delete("z");
  assertEquals(u.href, "http://h/");
});
