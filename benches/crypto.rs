//! What Web Crypto and node:crypto operations cost in a request, in one
//! run on one machine (issues 30 and 31).
//!
//!     scripts/bench.sh crypto      (or: cargo bench --bench crypto)
//!
//! One script in the reuse mode keeps its keys in module state (made at its
//! first request); each measured request does one operation. Each row is
//! the request's time through `Runtime::eval` (p50, p99), and beside it the
//! operation alone: the p50 less hello's through the same path. Rewrites
//! its section of BENCHMARKS.md. NANO_BENCH_RUNS overrides the number of
//! runs (default 300).

mod support;

use std::sync::Arc;
use std::time::Duration;

use nano::{Config, IsolationMode, Request, Runtime, ScriptOptions};
use support::Stats;

const SCRIPT: &str = r#"import nodeCrypto from "node:crypto";
const subtle = crypto.subtle;
const data = new Uint8Array(1024).fill(7);
const big = new Uint8Array(16384).fill(9);
let k;
async function setup() {
  const rsa = await subtle.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"]);
  const ec = await subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
  const ed = await subtle.generateKey("Ed25519", true, ["sign", "verify"]);
  const aes = await subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt"]);
  const hmac = await subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, true, ["sign"]);
  const pem = nodeCrypto.KeyObject.from(rsa.privateKey).export({ type: "pkcs8", format: "pem" });
  return {
    rsa, ec, ed, aes, hmac, pem,
    rsaSig: await subtle.sign("RSASSA-PKCS1-v1_5", rsa.privateKey, data),
    ecSig: await subtle.sign({ name: "ECDSA", hash: "SHA-256" }, ec.privateKey, data),
    edSig: await subtle.sign("Ed25519", ed.privateKey, data),
  };
}
export default {
  async fetch(request) {
    k ??= await setup();
    switch (new URL(request.url).pathname) {
      case "/rsa-sign": await subtle.sign("RSASSA-PKCS1-v1_5", k.rsa.privateKey, data); break;
      case "/rsa-verify": await subtle.verify("RSASSA-PKCS1-v1_5", k.rsa.publicKey, k.rsaSig, data); break;
      case "/ecdsa-sign": await subtle.sign({ name: "ECDSA", hash: "SHA-256" }, k.ec.privateKey, data); break;
      case "/ecdsa-verify": await subtle.verify({ name: "ECDSA", hash: "SHA-256" }, k.ec.publicKey, k.ecSig, data); break;
      case "/ed25519-sign": await subtle.sign("Ed25519", k.ed.privateKey, data); break;
      case "/ed25519-verify": await subtle.verify("Ed25519", k.ed.publicKey, k.edSig, data); break;
      case "/aes-gcm": await subtle.encrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, k.aes, big); break;
      case "/hmac": await subtle.sign("HMAC", k.hmac, data); break;
      case "/node-rsa-sign": nodeCrypto.createSign("RSA-SHA256").update(data).sign(k.pem); break;
      case "/ecdsa-generate": await subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign"]); break;
      default: break;
    }
    return new Response("ok");
  },
};"#;

const OPS: &[(&str, &str)] = &[
    ("/hello", "hello (the baseline: no operation)"),
    ("/hmac", "HMAC SHA-256 sign, 1 KiB"),
    ("/aes-gcm", "AES-256-GCM encrypt, 16 KiB"),
    ("/ed25519-sign", "Ed25519 sign, 1 KiB"),
    ("/ed25519-verify", "Ed25519 verify, 1 KiB"),
    ("/ecdsa-sign", "ECDSA P-256 SHA-256 sign, 1 KiB"),
    ("/ecdsa-verify", "ECDSA P-256 SHA-256 verify, 1 KiB"),
    ("/ecdsa-generate", "ECDSA P-256 generateKey"),
    ("/rsa-sign", "RSASSA-PKCS1-v1_5 2048 SHA-256 sign, 1 KiB"),
    ("/rsa-verify", "RSASSA-PKCS1-v1_5 2048 SHA-256 verify, 1 KiB"),
    ("/node-rsa-sign", "node:crypto createSign RSA-SHA256 (PEM key), 1 KiB"),
];

fn get(path: &str) -> Request {
    Request { method: "GET".into(), url: format!("http://localhost{path}"), ..Default::default() }
}

fn main() {
    let runs = support::runs(300);
    let config = Config {
        log: Some(Arc::new(|_, _| {})),
        max_idle_per_script: 1,
        cpu_time_limit: Duration::from_secs(5),
        ..Config::default()
    };
    let rt = Runtime::new(config).unwrap();
    let opts = ScriptOptions { isolation: IsolationMode::Reuse, ..ScriptOptions::default() };
    rt.add_script("crypto", SCRIPT, opts).unwrap();
    // The keys are made at the first request; then a warm-up of each.
    rt.eval("crypto", get("/hello")).unwrap();
    for (path, _) in OPS {
        for _ in 0..support::count(10) {
            rt.eval("crypto", get(path)).unwrap();
        }
    }
    let mut measured = Vec::new();
    for (path, label) in OPS {
        let stats = Stats::measure(runs, || {
            rt.eval("crypto", get(path)).unwrap();
        });
        measured.push((*path, *label, stats));
    }
    // Hello again after the others: the baseline is its smaller p50 (the
    // first rows of a run are the noisiest).
    let again = Stats::measure(runs, || {
        rt.eval("crypto", get("/hello")).unwrap();
    });
    let baseline = measured[0].2.p50().min(again.p50());
    let mut rows = Vec::new();
    for (path, label, stats) in measured {
        let alone = stats.p50().saturating_sub(baseline);
        rows.push(format!(
            "| {label} | {} | {} | {} | {} |",
            stats.runs(),
            support::fmt(stats.p50()),
            support::fmt(stats.p99()),
            if path == "/hello" {
                format!("baseline {}", support::fmt(baseline))
            } else {
                support::fmt(alone)
            }
        ));
    }
    let body = format!(
        "## Crypto operations (`scripts/bench.sh crypto`)\n\nMachine: {}. Reuse mode, one isolate, each request one operation through `Runtime::eval`; the last column is the p50 less hello's.\n\n| operation | runs | p50 | p99 | the operation (p50 − hello) |\n| --- | ---: | ---: | ---: | ---: |\n{}\n",
        support::machine(),
        rows.join("\n"),
    );
    println!("{body}");
    support::write_section("crypto", &body);
}
