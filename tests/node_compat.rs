//! Node.js compatibility (issue 30): `node:*` modules linked into a
//! script's graph by full and bare name, through `import` (static and
//! dynamic) and `require()`, in every isolation mode; the globals; the
//! option off; AsyncLocalStorage across continuations and requests.

use nano::{Config, IsolationMode, ModuleSource, ModuleType, Request, Runtime, ScriptOptions};

const MODES: [IsolationMode; 3] = [IsolationMode::Fresh, IsolationMode::Reuse, IsolationMode::Strict];

fn runtime() -> Runtime {
    Runtime::new(Config { log: Some(std::sync::Arc::new(|_, _| {})), ..Config::default() }).unwrap()
}

fn get(rt: &Runtime, script: &str, path: &str) -> String {
    let req = Request { method: "GET".into(), url: format!("http://x{path}"), ..Default::default() };
    let response = rt.eval(script, req).unwrap();
    String::from_utf8(response.body).unwrap()
}

fn options(mode: IsolationMode) -> ScriptOptions {
    ScriptOptions { isolation: mode, ..Default::default() }
}

#[test]
fn node_modules_link_by_full_and_bare_name_in_every_mode() {
    let source = r#"import path, { join } from "node:path";
import * as posix from "path/posix";
import { createRequire } from "./cjs.cjs";
export default {
  async fetch() {
    const dynamic = await import("node:path");
    return Response.json({
      join: join("/a", "b/../c"),
      dflt: path.basename("/x/y.txt"),
      ns: posix.extname("f.js"),
      same: dynamic.join === join && path.join === join,
      cjs: createRequire(),
      global: typeof global === "object" && global === globalThis,
    });
  },
};"#;
    let cjs = r#"const path = require("path");
const full = require("node:path");
const name = "pa" + "th";
exports.createRequire = () => [path === full, path.sep, require(name) === path];"#;
    let expected =
        r#"{"join":"/a/c","dflt":"y.txt","ns":".js","same":true,"cjs":[true,"/",true],"global":true}"#;
    let rt = runtime();
    for mode in MODES {
        let list = vec![
            ModuleSource::new("index.js", ModuleType::EsModule, source),
            ModuleSource::new("cjs.cjs", ModuleType::CommonJs, cjs),
        ];
        let name = format!("graph-{}", mode.name());
        rt.add_modules(&name, list, options(mode)).unwrap();
        for _ in 0..3 {
            assert_eq!(get(&rt, &name, "/"), expected, "{mode:?}");
        }
        // One module importing only built-in modules (a wrangler bundle).
        let single = r#"import path from "path";
export default { fetch() { return new Response(path.join("a", "..", "b")); } };"#;
        let name = format!("single-{}", mode.name());
        rt.add_script(&name, single, options(mode)).unwrap();
        for _ in 0..3 {
            assert_eq!(get(&rt, &name, "/"), "b", "{mode:?}");
        }
    }
}

#[test]
fn node_compat_off_refuses_node_imports_by_name() {
    let rt = runtime();
    let source =
        "import path from \"node:path\";\nexport default { fetch() { return new Response(path.sep); } };";
    let off = ScriptOptions { node_compat: false, ..Default::default() };
    let err = rt.add_script("off", source, off).unwrap_err().to_string();
    assert!(err.contains("off:1:18: import of \"node:path\""), "{err}");
    assert!(err.contains("needs Node.js compatibility (nodejs_compat)"), "{err}");
    // An unknown node: module is refused with or without the option.
    let source = "import x from \"node:nope\";\nexport default { fetch() { return new Response(x); } };";
    let err = rt.add_script("nope", source, ScriptOptions::default()).unwrap_err().to_string();
    assert!(err.contains("nano has no built-in module \"node:nope\""), "{err}");
    // Without the option, no Node globals.
    let source = "export default { fetch() { return new Response(typeof global); } };";
    let off = ScriptOptions { node_compat: false, ..Default::default() };
    rt.add_script("globals-off", source, off).unwrap();
    assert_eq!(get(&rt, "globals-off", "/"), "undefined");
}

/// Every name the resolver accepts is a module nano's bootstrap has, and
/// each imports, by full name, in a script (tests the Rust and JS lists
/// agree; a sandbox module's functions throw ERR_METHOD_NOT_IMPLEMENTED).
#[test]
fn every_node_module_imports() {
    let names = [
        "assert",
        "assert/strict",
        "async_hooks",
        "buffer",
        "child_process",
        "cluster",
        "console",
        "constants",
        "crypto",
        "dgram",
        "diagnostics_channel",
        "dns",
        "dns/promises",
        "domain",
        "events",
        "fs",
        "fs/promises",
        "http",
        "http2",
        "https",
        "inspector",
        "inspector/promises",
        "module",
        "net",
        "os",
        "path",
        "path/posix",
        "path/win32",
        "perf_hooks",
        "process",
        "punycode",
        "querystring",
        "readline",
        "readline/promises",
        "repl",
        "stream",
        "stream/consumers",
        "stream/promises",
        "stream/web",
        "string_decoder",
        "sys",
        "timers",
        "timers/promises",
        "tls",
        "trace_events",
        "tty",
        "url",
        "util",
        "util/types",
        "v8",
        "vm",
        "wasi",
        "worker_threads",
        "zlib",
    ];
    let mut imports = String::new();
    let mut list = Vec::new();
    for (i, name) in names.iter().enumerate() {
        imports.push_str(&format!("import * as m{i} from \"node:{name}\";\n"));
        list.push(format!("[\"{name}\", m{i}]"));
    }
    let source = format!(
        "{imports}const all = [{}];\nexport default {{ fetch() {{\n\
           const bad = all.filter(([, m]) => typeof m.default === \"undefined\").map(([n]) => n);\n\
           let code = null;\n\
           try {{ m{fs}.readFileSync(\"/x\"); }} catch (e) {{ code = e.code + \" \" + e.message; }}\n\
           return Response.json({{ bad, code, count: all.length }});\n\
         }} }};",
        list.join(", "),
        fs = names.iter().position(|n| *n == "fs").unwrap(),
    );
    let rt = runtime();
    rt.add_script("all", &source, ScriptOptions::default()).unwrap();
    assert_eq!(
        get(&rt, "all", "/"),
        format!(
            r#"{{"bad":[],"code":"ERR_METHOD_NOT_IMPLEMENTED The fs.readFileSync method is not implemented","count":{}}}"#,
            names.len()
        )
    );
}

/// AsyncLocalStorage's store follows every continuation kind: await,
/// promise reactions, setTimeout, setInterval, queueMicrotask,
/// setImmediate, process.nextTick, EventEmitter listeners, timers/promises,
/// fetch settling and ctx.waitUntil work; nested runs; and no store is
/// left for the next request.
#[test]
fn async_local_storage_follows_every_continuation() {
    let source = r#"import { AsyncLocalStorage } from "node:async_hooks";
import { EventEmitter } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
const als = new AsyncLocalStorage();
const seen = [];
export default {
  async fetch(request, env, ctx) {
    const id = new URL(request.url).pathname.slice(1);
    if (id === "after") return Response.json({ store: als.getStore() ?? null, global: globalThis.AsyncLocalStorage === AsyncLocalStorage });
    return als.run(id, async () => {
      const out = {};
      await null;
      out.await = als.getStore();
      out.then = await Promise.resolve().then(() => als.getStore());
      out.timeout = await new Promise((r) => setTimeout(() => r(als.getStore()), 1));
      out.interval = await new Promise((r) => { const t = setInterval(() => { clearInterval(t); r(als.getStore()); }, 1); });
      out.microtask = await new Promise((r) => queueMicrotask(() => r(als.getStore())));
      out.immediate = await new Promise((r) => setImmediate(() => r(als.getStore())));
      out.nextTick = await new Promise((r) => process.nextTick(() => r(als.getStore())));
      const emitter = new EventEmitter();
      const fromListener = new Promise((r) => emitter.on("x", () => r(als.getStore())));
      setTimeout(() => emitter.emit("x"), 1);
      out.emitter = await fromListener;
      await sleep(1);
      out.timersPromises = als.getStore();
      out.nested = als.run("inner", () => als.getStore());
      out.afterNested = als.getStore();
      out.exit = als.exit(() => als.getStore() ?? null);
      ctx.waitUntil(sleep(1).then(() => seen.push(als.getStore())));
      // Another request's store never shows here (reuse mode: one isolate).
      await sleep(id === "a" ? 20 : 1);
      out.late = als.getStore();
      return Response.json(out);
    });
  },
};"#;
    let rt = runtime();
    for mode in MODES {
        let name = format!("als-{}", mode.name());
        rt.add_script(&name, source, options(mode)).unwrap();
        let expect = |id: &str| {
            format!(
                r#"{{"await":"{id}","then":"{id}","timeout":"{id}","interval":"{id}","microtask":"{id}","immediate":"{id}","nextTick":"{id}","emitter":"{id}","timersPromises":"{id}","nested":"inner","afterNested":"{id}","exit":null,"late":"{id}"}}"#
            )
        };
        // Two at once, on however many isolates the pool gives.
        std::thread::scope(|s| {
            let a = s.spawn(|| get(&rt, &name, "/a"));
            let b = s.spawn(|| get(&rt, &name, "/b"));
            assert_eq!(a.join().unwrap(), expect("a"), "{mode:?}");
            assert_eq!(b.join().unwrap(), expect("b"), "{mode:?}");
        });
        assert_eq!(get(&rt, &name, "/after"), r#"{"store":null,"global":true}"#, "{mode:?}");
    }
}

/// The globals with Node compatibility, process.env from the bindings (a
/// request's changes not seen by the next), and Node's module settings
/// reset after each request.
#[test]
fn node_globals_and_settings_do_not_leak_between_requests() {
    let source = r#"import { EventEmitter } from "node:events";
import util from "node:util";
export default {
  fetch() {
    const out = {
      buffer: Buffer.from("héllo").toString("base64"),
      env: process.env.GREETING ?? null,
      extra: process.env.EXTRA ?? null,
      maxListeners: EventEmitter.defaultMaxListeners,
      depth: util.inspect.defaultOptions.depth,
      listeners: process.listenerCount("custom"),
      poolSize: Buffer.poolSize,
      types: [typeof global, typeof setImmediate, typeof clearImmediate, typeof AsyncLocalStorage],
    };
    process.env.EXTRA = "set by a request";
    EventEmitter.defaultMaxListeners = 99;
    util.inspect.defaultOptions.depth = 7;
    process.on("custom", () => {});
    Buffer.poolSize = 1;
    return Response.json(out);
  },
};"#;
    let expected = r#"{"buffer":"aMOpbGxv","env":"hi","extra":null,"maxListeners":10,"depth":2,"listeners":0,"poolSize":8192,"types":["object","function","function","function"]}"#;
    let rt = runtime();
    for mode in MODES {
        let name = format!("globals-{}", mode.name());
        let opts = ScriptOptions { bindings: vec![("GREETING".into(), "hi".into())], ..options(mode) };
        rt.add_script(&name, source, opts).unwrap();
        for _ in 0..3 {
            assert_eq!(get(&rt, &name, "/"), expected, "{mode:?}");
        }
    }
}

/// What a request does to Node's objects is not seen by the next: their
/// prototypes are frozen (an assignment throws in the fresh and reuse
/// modes; the strict mode's next context never had it), `process` and its
/// listeners are put back, diagnostics channels lose their subscribers;
/// instances may still override a prototype's method (`this._read = ...`).
#[test]
fn node_objects_changed_by_a_request_are_not_seen_by_the_next() {
    let source = r#"import { EventEmitter } from "node:events";
import { Readable } from "node:stream";
import dc from "node:diagnostics_channel";
export default {
  fetch() {
    const seen = {
      emit: EventEmitter.prototype.emit.name,
      bufferX: Buffer.prototype.x ?? null,
      processX: process.x ?? null,
      exitCode: process.exitCode ?? null,
      subscribers: dc.hasSubscribers("probe"),
      listeners: process.listenerCount("warning"),
    };
    const tries = [];
    for (const change of [
      () => { EventEmitter.prototype.emit = function hacked() {}; },
      () => { Buffer.prototype.x = 1; },
    ]) {
      try { change(); tries.push("changed"); } catch { tries.push("refused"); }
    }
    process.x = 1;
    process.exitCode = 3;
    process.on("warning", () => {});
    dc.subscribe("probe", () => {});
    const r = new Readable({ read() { this.push(null); } });
    r._read = function own() { this.push(null); };
    seen.override = r._read.name;
    return Response.json({ seen, tries });
  },
};"#;
    let rt = runtime();
    for mode in MODES {
        let name = format!("objects-{}", mode.name());
        rt.add_script(&name, source, options(mode)).unwrap();
        for i in 0..3 {
            let body = get(&rt, &name, "/");
            let tries = if mode == IsolationMode::Strict {
                r#"["changed","changed"]"#
            } else {
                r#"["refused","refused"]"#
            };
            let expected = format!(
                r#"{{"seen":{{"emit":"emit","bufferX":null,"processX":null,"exitCode":null,"subscribers":false,"listeners":0,"override":"own"}},"tries":{tries}}}"#
            );
            assert_eq!(body, expected, "{mode:?} request {i}");
        }
    }
}

/// node:http and node:https clients over the host's fetch(): the request's
/// method, URL, headers and body reach the host; the response's status,
/// headers and streamed body reach the script; a failed fetch is the
/// request's 'error'; redirects are not followed. In every mode.
#[test]
fn http_clients_go_through_the_hosts_fetch() {
    let fetch: nano::FetchHandler = std::sync::Arc::new(|req: Request, reply: nano::FetchReply| {
        if req.url.contains("refused") {
            reply.fail("connection refused");
            return;
        }
        let header = |name: &str| {
            req.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name.as_bytes())).map(|(_, v)| v.clone())
        };
        let seen = format!(
            "{} {} auth={} x={} body={}",
            req.method,
            req.url,
            String::from_utf8_lossy(&header("authorization").unwrap_or_default()),
            String::from_utf8_lossy(&header("x-test").unwrap_or_default()),
            String::from_utf8_lossy(req.body.as_deref().unwrap_or_default())
        );
        let status = if req.url.ends_with("/moved") { 302 } else { 201 };
        let headers = vec![
            (b"set-cookie".to_vec(), b"a=1".to_vec()),
            (b"set-cookie".to_vec(), b"b=2".to_vec()),
            (b"location".to_vec(), b"/elsewhere".to_vec()),
        ];
        reply.respond(nano::Response { status, headers, body: seen.into_bytes() });
    });
    let rt = Runtime::new(Config {
        fetch: Some(fetch),
        log: Some(std::sync::Arc::new(|_, _| {})),
        ..Config::default()
    })
    .unwrap();
    let source = r#"import http from "node:http";
import https from "node:https";
const collect = (res) => new Promise((resolve, reject) => {
  const parts = [];
  res.on("data", (c) => parts.push(c));
  res.on("end", () => resolve(`${res.statusCode} ${res.statusMessage} ${JSON.stringify(res.headers["set-cookie"])} ${Buffer.concat(parts)}`));
  res.on("error", reject);
});
export default {
  async fetch() {
    const out = [];
    out.push(await new Promise((resolve, reject) => {
      http.get("http://user:pw@example.com:8080/a?b=1", (res) => collect(res).then(resolve, reject)).on("error", reject);
    }));
    out.push(await new Promise((resolve, reject) => {
      const req = https.request({ hostname: "example.org", path: "/post", method: "POST", headers: { "X-Test": "yes" } });
      req.on("response", (res) => collect(res).then(resolve, reject));
      req.on("error", reject);
      req.write("part one, ");
      req.end(Buffer.from("part two"));
    }));
    out.push(await new Promise((resolve) => {
      http.get("http://example.com/moved", (res) => { res.resume(); resolve(`${res.statusCode} ${res.headers.location}`); });
    }));
    out.push(await new Promise((resolve) => {
      http.get("http://refused.example/").on("error", (e) => resolve(`error: ${e.message}`));
    }));
    try { http.get("https://example.com/"); } catch (e) { out.push(e.code); }
    return new Response(out.join("\n"));
  },
};"#;
    let expected = "201 Created [\"a=1\",\"b=2\"] GET http://example.com:8080/a?b=1 auth=Basic dXNlcjpwdw== x= body=\n\
201 Created [\"a=1\",\"b=2\"] POST https://example.org/post auth= x=yes body=part one, part two\n\
302 /elsewhere\n\
error: fetch failed: connection refused\n\
ERR_INVALID_PROTOCOL";
    for mode in MODES {
        let name = format!("http-{}", mode.name());
        rt.add_script(&name, source, options(mode)).unwrap();
        assert_eq!(get(&rt, &name, "/"), expected, "{mode:?}");
    }
}

/// A certificate's public key (createPublicKey of an X.509 PEM, as
/// firebase-admin and jsonwebtoken users verify tokens): the same key as
/// its SPKI; and KeyObjects made CryptoKeys (toCryptoKey).
#[test]
fn public_keys_come_from_x509_certificates() {
    let source = r#"import crypto from "node:crypto";
import util from "node:util";
const CERT = "-----BEGIN CERTIFICATE-----\nMIIBgDCCASWgAwIBAgIUDQfEeqdNGr/RUjW8bq9UZRHO0HIwCgYIKoZIzj0EAwIw\nFDESMBAGA1UEAwwJbmFubyB0ZXN0MCAXDTI2MTIwNzA2NDQxNloYDzIxMjYxMTEz\nMDY0NDE2WjAUMRIwEAYDVQQDDAluYW5vIHRlc3QwWTATBgcqhkjOPQIBBggqhkjO\nPQMBBwNCAAT9n504pX5dWgx4PMxsCmw8wobpy5K9ermCVpu2Wj8oguL4Qyr2W52r\n+CGfoBlPf5LcypP/jTlnpTpyhkNS+jVXo1MwUTAdBgNVHQ4EFgQU5IfCQqlFouD8\nPnwPNMNZ1cLdrWgwHwYDVR0jBBgwFoAU5IfCQqlFouD8PnwPNMNZ1cLdrWgwDwYD\nVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNJADBGAiEAyCiJsqcBENugYWuTjaZu\nJsFQ421bxQlT3Vo/a8/cJOMCIQDofwH4Eh/KIiCxHR+76HLiPWgb/N8itbj3cTEi\nVE6ZpQ==\n-----END CERTIFICATE-----\n";
const PUB = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE/Z+dOKV+XVoMeDzMbApsPMKG6cuS\nvXq5glabtlo/KILi+EMq9ludq/ghn6AZT3+S3MqT/405Z6U6coZDUvo1Vw==\n-----END PUBLIC KEY-----\n";
export default {
  async fetch() {
    const fromCert = crypto.createPublicKey(CERT);
    const out = [fromCert.type, fromCert.asymmetricKeyType, fromCert.asymmetricKeyDetails.namedCurve, fromCert.equals(crypto.createPublicKey(PUB))];
    try { crypto.createPrivateKey(CERT); } catch (e) { out.push(e.code); }
    // KeyObject -> CryptoKey, both kinds.
    const cryptoKey = fromCert.toCryptoKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]);
    const hmac = crypto.createSecretKey(new Uint8Array(32)).toCryptoKey({ name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    out.push(cryptoKey.type, cryptoKey.algorithm.namedCurve, hmac.type, hmac.algorithm.length);
    // util.promisify(generateKeyPair) gives both keys.
    const pair = await util.promisify(crypto.generateKeyPair)("ed25519");
    out.push(pair.publicKey.type, pair.privateKey.type);
    return new Response(out.join(" "));
  },
};"#;
    let rt = runtime();
    for mode in MODES {
        let name = format!("x509-{}", mode.name());
        rt.add_script(&name, source, options(mode)).unwrap();
        assert_eq!(
            get(&rt, &name, "/"),
            "public ec prime256v1 true ERR_OSSL_UNSUPPORTED public P-256 secret 256 public private",
            "{mode:?}"
        );
    }
}
