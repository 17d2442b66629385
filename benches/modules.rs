//! Module graphs (issue 29): a 30-module project against the same code
//! bundled into one file, in each isolation mode, and TypeScript made
//! JavaScript.
//!
//!     scripts/bench.sh modules        (or: cargo bench --bench modules)
//!
//! Prints registration time and what a registered script holds, the V8 heap
//! of a warm isolate, and the per-request cost (p50/p99) of the graph (as it
//! is, and with a CommonJS module beside it, which the fresh mode cannot
//! hoist into one function) and of the bundle, with their ratios; then the time to
//! make a 200 KB TypeScript file JavaScript. Rewrites its section of BENCHMARKS.md. NANO_BENCH_RUNS
//! overrides the number of requests per measurement (default 2000).

mod support;

use std::sync::Arc;
use std::time::Instant;

use nano::bench::WarmRealm;
use nano::{Config, IsolationMode, ModuleSource, ModuleType, Request, Runtime, Script, ScriptOptions};
use support::{Stats, fmt};

const MODULES: usize = 30;
const MODES: [IsolationMode; 3] = [IsolationMode::Fresh, IsolationMode::Reuse, IsolationMode::Strict];

/// Module `i`'s body: a class, helpers and a function `step{i}` calling the
/// next module's (the last calls none). `import` and `export` lines apart,
/// so the bundle is the same code without them.
fn module_body(i: usize) -> String {
    let next = if i + 1 < MODULES { format!("step{}(acc)", i + 1) } else { "acc".to_string() };
    format!(
        r#"class Record{i} {{
  constructor(id, name) {{ this.id = id; this.name = name; this.tags = []; }}
  tag(t) {{ this.tags.push(t); return this; }}
  toJSON() {{ return {{ id: this.id, name: this.name, tags: this.tags.join(",") }}; }}
}}
const table{i} = new Map();
for (let k = 0; k < 20; k++) table{i}.set("k" + k, new Record{i}(k, "name-" + k).tag("m{i}"));
function score{i}(text) {{
  let h = {i};
  for (let k = 0; k < text.length; k++) h = (h * 31 + text.charCodeAt(k)) >>> 0;
  return h % 1000;
}}
function step{i}(acc) {{
  const r = table{i}.get("k" + (acc.n % 20));
  acc.n += score{i}(JSON.stringify(r));
  acc.names.push(r.name);
  return {next};
}}
"#
    )
}

/// The project as modules (entry `index.js`, then `m0.js` ...) and as one
/// bundled file.
fn project() -> (Vec<ModuleSource>, String) {
    let entry_tail = "export default {\n  fetch() {\n    const acc = step0({ n: 0, names: [] });\n    \
                      return new Response(acc.n + \" \" + acc.names.length);\n  },\n};\n";
    let mut modules = vec![ModuleSource::new(
        "index.js",
        ModuleType::EsModule,
        format!("import {{ step0 }} from \"./m0.js\";\n{entry_tail}"),
    )];
    let mut bundle = String::new();
    for i in 0..MODULES {
        let import = if i + 1 < MODULES {
            format!("import {{ step{} }} from \"./m{}.js\";\n", i + 1, i + 1)
        } else {
            String::new()
        };
        let body = module_body(i);
        modules.push(ModuleSource::new(
            format!("m{i}.js"),
            ModuleType::EsModule,
            format!("{import}{body}export {{ step{i} }};\n"),
        ));
        bundle.push_str(&body);
    }
    bundle.push_str(entry_tail);
    (modules, bundle)
}

/// About 200 KB of TypeScript: interfaces, generics, enums, classes with
/// parameter properties.
fn typescript_200k() -> String {
    let mut ts = String::new();
    let mut i = 0;
    while ts.len() < 200 * 1024 {
        ts.push_str(&format!(
            r#"export interface Shape{i}<T> {{ id: T; label: string; tags?: string[] }}
export enum Kind{i} {{ A = "a", B = "b", C = "c" }}
export class Store{i}<T extends {{ id: number }}> {{
  private items = new Map<number, T>();
  constructor(private readonly name: string, protected limit: number = 10) {{}}
  add(item: T): this {{ if (this.items.size < this.limit) this.items.set(item.id, item); return this; }}
  get(id: number): T | undefined {{ return this.items.get(id) as T | undefined; }}
  kinds(): Kind{i}[] {{ return [Kind{i}.A, Kind{i}.B] satisfies Kind{i}[]; }}
}}
export function make{i}(n: number): Shape{i}<number>[] {{
  return Array.from({{ length: n }}, (_, k): Shape{i}<number> => ({{ id: k, label: `s${{k}}` }}));
}}
"#
        ));
        i += 1;
    }
    ts
}

fn request() -> Request {
    Request { method: "GET".into(), url: "http://localhost/".into(), ..Default::default() }
}

fn main() {
    let runs = support::runs(2000);
    let quiet = || Config { log: Some(Arc::new(|_, _| {})), ..Config::default() };
    let (modules, bundle) = project();
    let graph_bytes: usize = modules.iter().map(|m| m.bytes.len()).sum();
    let mut out = format!(
        "## Module graphs (`scripts/bench.sh modules`)\n\n{}; a project of {} modules ({} KiB: an entry and {MODULES} \
         modules, each importing the next) against the same code bundled into one file ({} KiB); {runs} requests \
         per row. Registration: median of 5. Heap: V8's used heap of a warm isolate after 200 requests and a full \
         GC. Per request: one warm isolate serving as a worker does (no thread hop).\n\n",
        support::machine(),
        modules.len(),
        graph_bytes / 1024,
        bundle.len() / 1024
    );
    let rt = Runtime::new(quiet()).unwrap();
    let mut scripts: Vec<(IsolationMode, &str, Arc<Script>)> = Vec::new();
    out.push_str("| mode | script | registration | held per script | warm isolate heap | request p50 | request p99 |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
    let reg_runs = if support::smoke() { 1 } else { 5 };
    // The same graph with a CommonJS module beside it: one function cannot
    // express it, so the fresh mode makes a new instance of the graph per
    // request.
    let mut mixed = modules.clone();
    mixed[0].bytes = [b"import config from \"./config.cjs\";\n".as_slice(), &mixed[0].bytes].concat();
    mixed.push(ModuleSource::new("config.cjs", ModuleType::CommonJs, "module.exports = { name: 'bench' };"));
    for mode in MODES {
        for shape in ["graph", "graph + CommonJS", "bundle"] {
            let options = || ScriptOptions { isolation: mode, ..Default::default() };
            let mut times = Vec::new();
            let mut last = None;
            for k in 0..reg_runs {
                let id = format!("{shape}-{}-{k}", mode.name());
                let t = Instant::now();
                let script = match shape {
                    "graph" => rt.add_modules(&id, modules.clone(), options()).unwrap(),
                    "graph + CommonJS" => rt.add_modules(&id, mixed.clone(), options()).unwrap(),
                    _ => rt.add_script(&id, &bundle, options()).unwrap(),
                };
                times.push(t.elapsed());
                last = Some(script);
            }
            scripts.push((mode, shape, last.unwrap()));
            times.sort();
            let reg = times[times.len() / 2];
            out.push_str(&format!("| {} | {shape} | {} |", mode.name(), fmt(reg)));
            out.push_str(&format!(" {} KiB |", scripts.last().unwrap().2.retained_bytes() / 1024));
            out.push_str("HEAP_AND_REQUESTS\n");
        }
    }
    // Per-request figures, on a thread nano created after V8 started.
    let rows: Vec<(String, String, String, Stats)> = {
        let scripts: Vec<_> = scripts.iter().map(|(m, s, sc)| (*m, s.to_string(), sc.clone())).collect();
        std::thread::spawn(move || {
            let mut rows = Vec::new();
            for (mode, shape, script) in scripts {
                let mut warm = WarmRealm::new(script);
                let mut first = None;
                for _ in 0..support::count(200) {
                    let body = warm.request(request()).unwrap().body;
                    first.get_or_insert(body);
                }
                warm.collect_garbage();
                let (heap, _, _) = warm.heap_statistics();
                let stats = Stats::measure(runs, || {
                    let r = warm.request(request()).unwrap();
                    assert_eq!(r.status, 200);
                });
                let body = String::from_utf8(first.unwrap()).unwrap();
                rows.push((
                    mode.name().to_string(),
                    shape,
                    format!("{} ({body})", support::mib(heap)),
                    stats,
                ));
            }
            rows
        })
        .join()
        .unwrap()
    };
    for (mode, shape, heap, stats) in &rows {
        let cell = format!(" {heap} | {} | {} |", fmt(stats.p50()), fmt(stats.p99()));
        let marker = format!("| {mode} | {shape} |");
        let at = out.find(&marker).unwrap();
        let hole = out[at..].find("HEAP_AND_REQUESTS").unwrap() + at;
        out.replace_range(hole..hole + "HEAP_AND_REQUESTS".len(), &cell);
    }
    for shape in ["graph", "graph + CommonJS"] {
        out.push_str(&format!("\nPer-request cost of the {shape} against the bundle (p50): "));
        let ratios: Vec<String> = MODES
            .iter()
            .map(|m| {
                let p50 =
                    |shape: &str| rows.iter().find(|r| r.0 == m.name() && r.1 == shape).unwrap().3.p50();
                let ratio = p50(shape).as_secs_f64() / p50("bundle").as_secs_f64();
                format!("{} {ratio:.2}×", m.name())
            })
            .collect();
        out.push_str(&ratios.join(", "));
        out.push('.');
    }
    out.push('\n');

    // TypeScript made JavaScript.
    let ts = typescript_200k();
    let ts_runs = if support::smoke() { 2 } else { 20 };
    let mut js_len = 0;
    let stats = Stats::measure(ts_runs, || {
        js_len = nano::bench::typescript_to_javascript("big.ts", &ts).unwrap();
    });
    out.push_str(&format!(
        "\nTypeScript made JavaScript (types removed, enums and parameter properties transformed, source map kept): \
         {} KiB of TypeScript into {} KiB of JavaScript in {} (p50 of {ts_runs}; p99 {}).\n",
        ts.len() / 1024,
        js_len / 1024,
        fmt(stats.p50()),
        fmt(stats.p99())
    ));
    print!("{out}");
    support::write_section("modules", &out);
}
