//! The `nano` command (installed by `cargo install --path .` and
//! `scripts/install.sh`).
//!
//!     nano serve [PATH] [--watch] [--port 8787] [--host 127.0.0.1] [--threads N] [--service-worker] [--isolation fresh|reuse|strict] [--env NAME=VALUE]...
//!                 [--compat nodejs_compat|no_nodejs_compat] [--cpu-limit-ms 50] [--wall-limit-ms 30000] [--memory-limit-mb 128]
//!     nano run PATH [METHOD] [URL] [-H 'Name: value']... [-d BODY] [--service-worker] [--isolation fresh|reuse|strict] [--env NAME=VALUE]...
//!     nano check PATH [--service-worker] [--isolation fresh|reuse|strict] [--env NAME=VALUE]...
//!     nano --version
//!
//! PATH is a script file (its imports read from disk) or a project directory
//! with a wrangler configuration (`project.rs`); `serve` takes the current
//! directory by default.
//! `serve` answers HTTP on 127.0.0.1 through the runtime's pool (by default
//! each request on a fresh module instance of the script, `--isolation`
//! chooses the mode); `run` prints one response: status, headers, body.

use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

use nano::{Config, IsolationMode, Request, Runtime, ScriptFormat, ScriptOptions};
use project::Project;

mod project;
mod server;

const USAGE: &str = "usage:\n  nano serve [PATH] [--watch] [--port 8787] [--host 127.0.0.1] [--threads N] \
                     [--service-worker] [--isolation fresh|reuse|strict] [--env NAME=VALUE]... \
                     [--compat nodejs_compat|no_nodejs_compat] [--cpu-limit-ms 50] [--wall-limit-ms 30000] [--memory-limit-mb 128]\n  nano run PATH [METHOD] [URL] \
                     [-H 'Name: value']... [-d BODY] [--service-worker] [--isolation fresh|reuse|strict] [--env NAME=VALUE]...\n  \
                     nano check PATH [--service-worker] [--isolation fresh|reuse|strict] [--env NAME=VALUE]...\n  \
                     nano --version\nPATH: a script file (its imports are read from disk) or a project directory \
                     (wrangler.toml, wrangler.json or wrangler.jsonc: main, vars)";

fn main() -> ExitCode {
    match real_main() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("nano: {message}");
            ExitCode::from(2)
        }
    }
}

fn real_main() -> Result<ExitCode, String> {
    let mut args = std::env::args().skip(1);
    match args.next().as_deref() {
        Some("run") => run(args.collect()),
        Some("serve") => serve(args.collect()),
        Some("check") => check(args.collect()),
        Some("--version") | Some("-V") => {
            println!("nano {} (V8 {})", env!("CARGO_PKG_VERSION"), nano::v8_version());
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(USAGE.to_string()),
    }
}

/// The options both commands take: `--service-worker`, `--env NAME=VALUE`,
/// `--isolation fresh|reuse|strict`. False when `arg` is none of them.
fn script_option(
    arg: &str,
    rest: &mut impl Iterator<Item = String>,
    options: &mut ScriptOptions,
) -> Result<bool, String> {
    match arg {
        "--service-worker" => options.format = ScriptFormat::ServiceWorker,
        "--env" => {
            let kv = rest.next().ok_or("--env needs NAME=VALUE")?;
            let (k, v) = kv.split_once('=').ok_or_else(|| format!("bad binding {kv:?}"))?;
            options.bindings.push((k.to_string(), v.to_string()));
        }
        "--isolation" => {
            let name = rest.next().ok_or("--isolation needs fresh, reuse or strict")?;
            options.isolation = IsolationMode::from_name(&name)
                .ok_or_else(|| format!("unknown isolation mode {name:?}: use fresh, reuse or strict"))?;
        }
        "--compat" => {
            let flag = rest.next().ok_or("--compat needs nodejs_compat or no_nodejs_compat")?;
            let on = project::node_compat_flag(&flag).ok_or_else(|| {
                format!("unknown compatibility flag {flag:?}: use nodejs_compat or no_nodejs_compat")
            })?;
            options.node_compat = on;
            project::COMPAT_GIVEN.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        _ => return Ok(false),
    }
    Ok(true)
}

fn run(args: Vec<String>) -> Result<ExitCode, String> {
    let mut positional = Vec::new();
    let mut headers = Vec::new();
    let mut body = None;
    let mut options = ScriptOptions::default();
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "-H" => {
                let h = it.next().ok_or("-H needs 'Name: value'")?;
                let (name, value) = h.split_once(':').ok_or_else(|| format!("bad header {h:?}"))?;
                headers.push((name.trim().as_bytes().to_vec(), value.trim().as_bytes().to_vec()));
            }
            "-d" => body = Some(it.next().ok_or("-d needs a body")?.into_bytes()),
            _ if script_option(&arg, &mut it, &mut options)? => {}
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ => positional.push(arg),
        }
    }
    let mut positional = positional.into_iter();
    let path = positional.next().ok_or(USAGE)?;
    let method = positional.next().unwrap_or_else(|| if body.is_some() { "POST" } else { "GET" }.into());
    let url = positional.next().unwrap_or_else(|| "http://localhost/".into());

    let project = Project::open(std::path::Path::new(&path))?;
    let runtime = Runtime::new(Config::default()).map_err(|e| e.to_string())?;
    project.register(&runtime, "main", options)?;
    let request = Request { method, url, headers, body, body_stream: None };
    let response = runtime.eval("main", request).map_err(|e| e.to_string())?;

    let mut out = std::io::stdout().lock();
    let mut text = format!("{}\n", response.status).into_bytes();
    for (name, value) in &response.headers {
        text.extend_from_slice(name);
        text.extend_from_slice(b": ");
        text.extend_from_slice(value);
        text.push(b'\n');
    }
    text.push(b'\n');
    text.extend_from_slice(&response.body);
    out.write_all(&text).map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

fn serve(args: Vec<String>) -> Result<ExitCode, String> {
    let mut path = None;
    let mut port: u16 = 8787;
    let mut host = "127.0.0.1".to_string();
    let mut threads = std::thread::available_parallelism().map(|n| n.get() * 2).unwrap_or(4);
    let mut options = ScriptOptions::default();
    let mut config = Config { min_idle_per_script: 1, ..Config::default() };
    let mut watch = false;
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        if script_option(&arg, &mut it, &mut options)? {
            continue;
        }
        let mut value = |what: &str| it.next().ok_or_else(|| format!("{arg} needs {what}"));
        let mut number = |what: &str| -> Result<u64, String> {
            value(what)?.parse().map_err(|e| format!("bad {what} for {arg}: {e}"))
        };
        match arg.as_str() {
            "--cpu-limit-ms" => config.cpu_time_limit = Duration::from_millis(number("milliseconds")?),
            "--wall-limit-ms" => config.wall_time_limit = Duration::from_millis(number("milliseconds")?),
            "--memory-limit-mb" => config.heap_limit = (number("MiB")? as usize) << 20,
            "--port" => port = value("a port")?.parse().map_err(|e| format!("bad port: {e}"))?,
            "--host" => host = value("an address")?,
            "--threads" => threads = value("a count")?.parse().map_err(|e| format!("bad count: {e}"))?,
            "--watch" => watch = true,
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ => path = Some(arg),
        }
    }
    let path = path.unwrap_or_else(|| ".".into());
    let project = Project::open(std::path::Path::new(&path))?;
    config.max_isolates = threads.max(1);
    let runtime = std::sync::Arc::new(Runtime::new(config).map_err(|e| e.to_string())?);
    let first = "main-1".to_string();
    project.register(&runtime, &first, options.clone())?;
    let serving: server::Serving = std::sync::Arc::new(std::sync::RwLock::new(first));
    let listener = std::net::TcpListener::bind((host.as_str(), port))
        .map_err(|e| format!("cannot listen on {host}:{port}: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    eprintln!("nano: serving {} on http://{addr}/ with {threads} isolates", project.described);
    if watch {
        let (runtime, serving) = (runtime.clone(), serving.clone());
        std::thread::spawn(move || watch_and_reload(project, options, &runtime, &serving));
    }
    let io_threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    server::serve(runtime, serving, listener, io_threads)?;
    Ok(ExitCode::SUCCESS)
}

/// `--watch`: when a file of the project changes, registers the project
/// again as a new version, serves it from then on, and removes the old
/// version after a grace period (requests in flight finish on it; a request
/// that read its name just before the swap still finds it). A version that
/// does not load is reported and the old one kept.
fn watch_and_reload(project: Project, options: ScriptOptions, runtime: &Runtime, serving: &server::Serving) {
    let mut seen = project.fingerprint();
    let mut version = 1;
    loop {
        std::thread::sleep(Duration::from_millis(250));
        let now = project.fingerprint();
        if now == seen {
            continue;
        }
        seen = now;
        version += 1;
        let name = format!("main-{version}");
        match project.register(runtime, &name, options.clone()) {
            Ok(()) => {
                let old = std::mem::replace(&mut *serving.write().unwrap_or_else(|e| e.into_inner()), name);
                eprintln!("nano: {} changed: serving version {version}", project.described);
                std::thread::sleep(Duration::from_secs(2));
                let _ = runtime.remove_script(&old);
            }
            Err(e) => eprintln!(
                "nano: {} changed but does not load (still serving the last version): {e}",
                project.described
            ),
        }
    }
}

/// `nano check PATH`: registers the script as `serve` would (compiles every
/// module, links the graph, runs the top level) and reports as `nginx -t`
/// does: exit status 0 and "ok", or 1 and the error with its file:line.
fn check(args: Vec<String>) -> Result<ExitCode, String> {
    let mut options = ScriptOptions::default();
    let mut path = None;
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            _ if script_option(&arg, &mut it, &mut options)? => {}
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ => path = Some(arg),
        }
    }
    let path = path.ok_or(USAGE)?;
    let project = Project::open(std::path::Path::new(&path))?;
    let runtime = Runtime::new(Config::default()).map_err(|e| e.to_string())?;
    match project.register(&runtime, "main", options) {
        Ok(()) => {
            println!("nano: {}: ok", project.described);
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("nano: {}: {e}", project.described);
            Ok(ExitCode::from(1))
        }
    }
}
