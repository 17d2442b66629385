//! What Node.js compatibility costs (issue 30), in one run on one machine.
//!
//!     scripts/bench.sh node        (or: cargo bench --bench node)
//!
//! Prints, in the fresh (default) mode: hello with Node compatibility on
//! (it uses none of it, so it starts from the built-in snapshot) and off,
//! hello importing `node:buffer` (it starts from the Node snapshot), and a
//! handler on events, util and AsyncLocalStorage; per request p50/p99 and
//! a new isolate's first request; the strict mode's cold start; the first
//! registration of a script that uses Node in a process (it makes the Node
//! snapshot); the snapshots' sizes. Rewrites its section of BENCHMARKS.md.
//! NANO_BENCH_RUNS overrides the number of runs (default 1000).

mod support;

use std::sync::Arc;
use std::time::Instant;

use nano::bench::{
    WarmRealm, builtin_snapshot_len, cold_start_realm, cold_start_script_snapshot, node_snapshot_len,
};
use nano::{Config, IsolationMode, Request, Runtime, ScriptOptions};
use support::{Stats, TABLE_HEAD};

const HELLO: &str = include_str!("../examples/workers/hello.js");
const NODE_HELLO: &str = r#"import { Buffer } from "node:buffer";
export default { fetch() { return new Response(Buffer.from("Hello, world").toString("base64")); } };"#;
const NODE_STACK: &str = r#"import { EventEmitter } from "node:events";
import { AsyncLocalStorage } from "node:async_hooks";
import { format } from "node:util";
const als = new AsyncLocalStorage();
export default {
  fetch(request) {
    return als.run(request.url, async () => {
      const e = new EventEmitter();
      let got = "";
      e.on("hit", (n) => { got = format("%s hit %d", als.getStore(), n); });
      await null;
      e.emit("hit", 1);
      return new Response(got);
    });
  },
};"#;

fn get() -> Request {
    Request { method: "GET".into(), url: "http://localhost/".into(), ..Default::default() }
}

fn main() {
    let runs = support::runs(1000);
    let rt = Runtime::new(Config { log: Some(Arc::new(|_, _| {})), ..Config::default() }).unwrap();
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    // The first script that uses Node makes the Node snapshot.
    let t = Instant::now();
    let node_hello = rt.add_script("node-hello", NODE_HELLO, ScriptOptions::default()).unwrap();
    let first = t.elapsed();
    let t = Instant::now();
    let node_stack = rt.add_script("node-stack", NODE_STACK, ScriptOptions::default()).unwrap();
    let second = t.elapsed();
    notes.push(format!(
        "Registration (fresh): the first script using Node in a process {} (it makes the Node snapshot), the next {}.",
        support::fmt(first),
        support::fmt(second)
    ));
    let hello_on = rt.add_script("hello-on", HELLO, ScriptOptions::default()).unwrap();
    let off = ScriptOptions { node_compat: false, ..ScriptOptions::default() };
    let hello_off = rt.add_script("hello-off", HELLO, off).unwrap();
    let strict = |name: &str, src: &str| {
        let opts = ScriptOptions { isolation: IsolationMode::Strict, ..ScriptOptions::default() };
        rt.add_script(name, src, opts).unwrap()
    };
    let hello_strict = strict("hello-strict", HELLO);
    let node_strict = strict("node-strict", NODE_HELLO);

    let scripts = [
        ("hello, Node compatibility off", hello_off),
        ("hello, Node compatibility on (unused)", hello_on),
        ("hello on node:buffer", node_hello),
        ("events + util + AsyncLocalStorage", node_stack),
    ];
    let measured = std::thread::spawn(move || {
        let mut rows = Vec::new();
        for (label, script) in &scripts {
            let mut warm = WarmRealm::new(script.clone());
            for _ in 0..50 {
                warm.request(get()).unwrap();
            }
            let per = Stats::measure(runs, || {
                warm.request(get()).unwrap();
            });
            rows.push(per.row(&format!("fresh: {label}, per request (warm isolate)")));
            let cold = Stats::measure(runs / 4, || {
                cold_start_realm(script, get()).unwrap();
            });
            rows.push(cold.row(&format!("fresh: {label}, cold start (new isolate + realm + request)")));
        }
        for (label, script) in [("hello", &hello_strict), ("hello on node:buffer", &node_strict)] {
            let cold = Stats::measure(runs / 4, || {
                cold_start_script_snapshot(script, get()).unwrap();
            });
            rows.push(cold.row(&format!(
                "strict: {label}, cold start from its snapshot ({} bytes)",
                script.snapshot_len()
            )));
        }
        rows
    })
    .join()
    .unwrap();
    rows.extend(measured);
    notes.push(format!(
        "Snapshots: built-in {} bytes (every script that uses nothing of Node starts from it); Node {} bytes.",
        builtin_snapshot_len(),
        node_snapshot_len()
    ));
    let body = format!(
        "## Node.js compatibility (`scripts/bench.sh node`)\n\nMachine: {}. Runs per warm row: {runs}; cold rows: {}.\n\n{TABLE_HEAD}\n{}\n\n{}\n",
        support::machine(),
        runs / 4,
        rows.join("\n"),
        notes.join("\n\n")
    );
    println!("{body}");
    support::write_section("node", &body);
}
