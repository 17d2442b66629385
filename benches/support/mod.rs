//! Shared by the benchmarks: timing statistics, a realistic bundle, memory
//! readings, and BENCHMARKS.md sections that each benchmark regenerates.
#![allow(dead_code)]

use std::time::{Duration, Instant};

/// Sorted samples with percentile accessors.
pub struct Stats {
    sorted: Vec<Duration>,
}

impl Stats {
    pub fn new(mut samples: Vec<Duration>) -> Stats {
        samples.sort();
        Stats { sorted: samples }
    }
    pub fn measure(runs: usize, mut f: impl FnMut()) -> Stats {
        let mut samples = Vec::with_capacity(runs);
        for _ in 0..runs {
            let t = Instant::now();
            f();
            samples.push(t.elapsed());
        }
        Stats::new(samples)
    }
    pub fn pct(&self, p: f64) -> Duration {
        let i = ((self.sorted.len() as f64 - 1.0) * p).round() as usize;
        self.sorted[i]
    }
    pub fn p50(&self) -> Duration {
        self.pct(0.50)
    }
    pub fn p99(&self) -> Duration {
        self.pct(0.99)
    }
    pub fn max(&self) -> Duration {
        *self.sorted.last().unwrap()
    }
    pub fn runs(&self) -> usize {
        self.sorted.len()
    }
    pub fn row(&self, name: &str) -> String {
        format!(
            "| {name} | {} | {} | {} | {} |",
            self.runs(),
            fmt(self.p50()),
            fmt(self.p99()),
            fmt(self.max())
        )
    }
}

pub fn fmt(d: Duration) -> String {
    let us = d.as_secs_f64() * 1e6;
    if us >= 1000.0 { format!("{:.2} ms", us / 1000.0) } else { format!("{us:.1} µs") }
}

pub const TABLE_HEAD: &str = "| measurement | runs | p50 | p99 | max |\n| --- | ---: | ---: | ---: | ---: |";

/// Resident set size of this process, in bytes.
pub fn rss_bytes() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: usize = statm.split_whitespace().nth(1).and_then(|v| v.parse().ok()).unwrap_or(0);
    pages * 4096
}

pub fn mib(bytes: usize) -> String {
    format!("{:.2} MiB", bytes as f64 / (1024.0 * 1024.0))
}

/// `NANO_BENCH_SMOKE=1`: a smoke run (CI's), which proves the benchmark
/// still runs: a handful of iterations, short spans, and BENCHMARKS.md left
/// as it is. Its figures mean nothing.
pub fn smoke() -> bool {
    std::env::var_os("NANO_BENCH_SMOKE").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Runs count from NANO_BENCH_RUNS, or `default` (10 in a smoke run).
pub fn runs(default: usize) -> usize {
    let default = if smoke() { 10 } else { default };
    std::env::var("NANO_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A fixed count (warm-ups, soaks, idle isolates): `n`, or at most 10 in a
/// smoke run.
pub fn count(n: usize) -> usize {
    if smoke() { n.min(10) } else { n }
}

/// A timed span: `d`, or at most 50 ms in a smoke run.
pub fn span(d: std::time::Duration) -> std::time::Duration {
    if smoke() { d.min(std::time::Duration::from_millis(50)) } else { d }
}

/// A deterministic ~200 KB Workers bundle of realistic shape: many small
/// modules (helpers, classes, lookup tables, validators, templates) wired into
/// a router, as a bundler would emit them.
pub fn realistic_bundle() -> String {
    let mut js = String::from("// generated bundle\n");
    let mut i = 0;
    while js.len() < 200 * 1024 {
        js.push_str(&format!(
            r#"const mod{i} = (() => {{
  const TABLE = {{ a{i}: "alpha-{i}", b{i}: "beta-{i}", c{i}: [{i}, {j}, {k}], d{i}: {{ nested: "value {i}", when: {i} * 1000 }} }};
  const RE = /^\/api\/v{i}\/([a-z0-9_-]+)(?:\/(\d+))?$/;
  class Model{i} {{
    constructor(id, name) {{ this.id = id; this.name = name; this.created = {i}; }}
    validate() {{
      if (typeof this.name !== "string" || this.name.length > 64) throw new TypeError("invalid name for model {i}");
      return true;
    }}
    toJSON() {{ return {{ id: this.id, name: this.name, kind: "model{i}", table: TABLE.a{i} }}; }}
  }}
  function render{i}(items) {{
    return `<ul class="list-{i}">${{items.map((x) => `<li data-id="${{x.id}}">${{x.name}}</li>`).join("")}}</ul>`;
  }}
  function route{i}(path) {{
    const m = RE.exec(path);
    return m ? {{ resource: m[1], id: m[2] ? Number(m[2]) : null, table: TABLE }} : null;
  }}
  return {{ Model: Model{i}, render: render{i}, route: route{i}, TABLE }};
}})();
"#,
            j = i * 7 % 101,
            k = i * 13 % 97
        ));
        i += 1;
    }
    js.push_str(&format!(
        "const MODULES = [{}];\n",
        (0..i).map(|n| format!("mod{n}")).collect::<Vec<_>>().join(", ")
    ));
    js.push_str(
        r#"export default {
  async fetch(request, env, ctx) {
    const path = request.url.slice(request.url.indexOf("/", 8));
    for (const m of MODULES) {
      const hit = m.route(path);
      if (hit) return Response.json({ hit: hit.resource, id: hit.id });
    }
    const m = new MODULES[0].Model(1, "hello");
    m.validate();
    return new Response(MODULES[0].render([m]), { headers: { "content-type": "text/html" } });
  },
};
"#,
    );
    js
}

/// Replaces the section between `<!-- NAME:begin -->` and `<!-- NAME:end -->`
/// in BENCHMARKS.md (appending it if absent).
pub fn write_section(name: &str, body: &str) {
    if smoke() {
        eprintln!("smoke run (NANO_BENCH_SMOKE): the {name} section of BENCHMARKS.md is left as it is");
        return;
    }
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("BENCHMARKS.md");
    let mut doc = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        "# Benchmarks\n\nEach section is written by the benchmark named in it; rerun that command to \
         regenerate it. Figures are from the machine named in the section.\n"
            .to_string()
    });
    let (begin, end) = (format!("<!-- {name}:begin -->"), format!("<!-- {name}:end -->"));
    let section = format!("{begin}\n{body}\n{end}");
    match (doc.find(&begin), doc.find(&end)) {
        (Some(b), Some(e)) if e > b => doc.replace_range(b..e + end.len(), &section),
        _ => {
            doc.push('\n');
            doc.push_str(&section);
            doc.push('\n');
        }
    }
    std::fs::write(&path, doc).unwrap();
}

/// "2 cores, <CPU model>" for the section headers.
pub fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map(str::trim)
        .unwrap_or("unknown CPU");
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    format!("{cores} cores, {model}")
}
