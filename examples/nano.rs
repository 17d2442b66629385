//! The `nano` command: run a Workers script against one request.
//!
//!     nano run SCRIPT [METHOD] [URL] [-H 'Name: value']... [-d BODY] [--service-worker] [--env NAME=VALUE]...
//!
//! Prints the status, the headers and the body, as the C example does.

use std::io::Write;
use std::process::ExitCode;

use nano::{Config, Request, Runtime, ScriptFormat, ScriptOptions};

const USAGE: &str = "usage: nano run SCRIPT [METHOD] [URL] [-H 'Name: value']... [-d BODY] \
                     [--service-worker] [--env NAME=VALUE]...";

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
        _ => Err(USAGE.to_string()),
    }
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
            "--service-worker" => options.format = ScriptFormat::ServiceWorker,
            "--env" => {
                let kv = it.next().ok_or("--env needs NAME=VALUE")?;
                let (k, v) = kv.split_once('=').ok_or_else(|| format!("bad binding {kv:?}"))?;
                options.bindings.push((k.to_string(), v.to_string()));
            }
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ => positional.push(arg),
        }
    }
    let mut positional = positional.into_iter();
    let path = positional.next().ok_or(USAGE)?;
    let method = positional.next().unwrap_or_else(|| if body.is_some() { "POST" } else { "GET" }.into());
    let url = positional.next().unwrap_or_else(|| "http://localhost/".into());

    let source = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let runtime = Runtime::new(Config::default()).map_err(|e| e.to_string())?;
    runtime.add_script(&path, &source, options).map_err(|e| e.to_string())?;
    let response = runtime.eval(&path, Request { method, url, headers, body }).map_err(|e| e.to_string())?;

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
