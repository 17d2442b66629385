//! What `nano serve|run|check PATH` registers: a script file, or a project
//! directory and its wrangler configuration (`wrangler.toml`,
//! `wrangler.json` or `wrangler.jsonc`): its `main`, `vars` (as `env`
//! bindings), module `rules`, `compatibility_date` and
//! `compatibility_flags`. Other fields are named on stderr as ignored.

use std::path::{Path, PathBuf};

use nano::{ModuleRule, ModuleType, Runtime, ScriptFormat, ScriptOptions};

/// A script to register: its entry file and the options its configuration
/// adds.
pub struct Project {
    pub entry: PathBuf,
    /// `vars`, as bindings.
    pub vars: Vec<(String, String)>,
    /// Module `rules`.
    pub rules: Vec<ModuleRule>,
    /// What was read, for the start-up line.
    pub described: String,
    /// Node.js compatibility as the configuration's flags and date decide
    /// (None: not said; on, as on Workers today).
    pub node_compat: Option<bool>,
}

/// Set when `--compat` was given: it wins over a configuration's flags.
pub static COMPAT_GIVEN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The compatibility date from which Workers turns Node.js compatibility on
/// without a flag.
const NODE_COMPAT_DEFAULT_DATE: &str = "2026-08-04";

/// Whether a compatibility flag turns Node.js compatibility on or off;
/// None for a flag that says nothing of it.
pub fn node_compat_flag(flag: &str) -> Option<bool> {
    match flag {
        "nodejs_compat" | "nodejs_compat_v2" => Some(true),
        "no_nodejs_compat" | "no_nodejs_compat_v2" => Some(false),
        _ => None,
    }
}

/// The fields of a wrangler configuration nano reads; others are ignored
/// (and said so).
const READ: &[&str] =
    &["name", "main", "vars", "rules", "compatibility_date", "compatibility_flags", "$schema"];

impl Project {
    /// The script at `path`: a file, or a directory with a wrangler
    /// configuration (else `src/index.{ts,js}`, `index.{ts,js}`).
    pub fn open(path: &Path) -> Result<Project, String> {
        if !path.is_dir() {
            return Ok(Project {
                entry: path.to_path_buf(),
                vars: Vec::new(),
                rules: Vec::new(),
                described: path.display().to_string(),
                node_compat: None,
            });
        }
        for (file, parse) in [
            ("wrangler.toml", parse_toml as fn(&str) -> Result<serde_json::Value, String>),
            ("wrangler.json", parse_jsonc),
            ("wrangler.jsonc", parse_jsonc),
        ] {
            let config = path.join(file);
            let Ok(text) = std::fs::read_to_string(&config) else { continue };
            let value = parse(&text).map_err(|e| format!("{}: {e}", config.display()))?;
            return Project::from_config(path, &config, &value);
        }
        for candidate in ["src/index.ts", "src/index.js", "index.ts", "index.js"] {
            if path.join(candidate).is_file() {
                let entry = path.join(candidate);
                return Ok(Project {
                    described: entry.display().to_string(),
                    node_compat: None,
                    entry,
                    vars: Vec::new(),
                    rules: Vec::new(),
                });
            }
        }
        Err(format!(
            "{}: no wrangler.toml, wrangler.json(c), src/index.(ts|js) or index.(ts|js) in this directory",
            path.display()
        ))
    }

    fn from_config(dir: &Path, file: &Path, config: &serde_json::Value) -> Result<Project, String> {
        let at = |what: &str| format!("{}: {what}", file.display());
        let object = config.as_object().ok_or_else(|| at("not an object"))?;
        let main = object
            .get("main")
            .and_then(|m| m.as_str())
            .ok_or_else(|| at("no \"main\" (the entry module)"))?;
        let mut vars = Vec::new();
        if let Some(v) = object.get("vars") {
            let table = v.as_object().ok_or_else(|| at("\"vars\" is not a table"))?;
            for (name, value) in table {
                // workerd gives non-string vars as their JSON; nano's env
                // holds strings, so they arrive as JSON text.
                let text = value.as_str().map_or_else(|| value.to_string(), str::to_string);
                vars.push((name.clone(), text));
            }
        }
        let rules = match object.get("rules") {
            Some(r) => parse_rules(r).map_err(|e| at(&e))?,
            None => Vec::new(),
        };
        let mut notes = Vec::new();
        if !rules.is_empty() {
            notes.push(format!("{} module rules", rules.len()));
        }
        let mut node_compat = None;
        if let Some(date) = object.get("compatibility_date").and_then(|d| d.as_str()) {
            notes.push(format!("compatibility_date {date}"));
            node_compat = Some(date >= NODE_COMPAT_DEFAULT_DATE);
        }
        if let Some(flags) = object.get("compatibility_flags").and_then(|f| f.as_array()) {
            let flags: Vec<&str> = flags.iter().filter_map(|f| f.as_str()).collect();
            notes.push(format!("compatibility_flags [{}]", flags.join(", ")));
            if let Some(on) = flags.iter().find_map(|f| node_compat_flag(f)) {
                node_compat = Some(on);
            }
        }
        if let Some(on) = node_compat {
            notes.push(format!("Node.js compatibility {}", if on { "on" } else { "off" }));
        }
        let ignored: Vec<&str> = object.keys().map(String::as_str).filter(|k| !READ.contains(k)).collect();
        if !ignored.is_empty() {
            eprintln!(
                "nano: {}: ignoring {} (not supported by nano serve)",
                file.display(),
                ignored.join(", ")
            );
        }
        let entry = dir.join(main);
        let mut described = format!("{} (main {main}", file.display());
        if !vars.is_empty() {
            described.push_str(&format!(", {} vars", vars.len()));
        }
        for n in notes {
            described.push_str(&format!(", {n}"));
        }
        described.push(')');
        Ok(Project { entry, vars, rules, described, node_compat })
    }

    /// The directory whose files make the project: the one its imports
    /// resolve within.
    fn root(&self) -> PathBuf {
        let entry = std::fs::canonicalize(&self.entry).unwrap_or_else(|_| self.entry.clone());
        nano::modules::project_root(&entry)
    }

    /// What changes when a file of the project changes: every file's path,
    /// size and modification time (`node_modules` and hidden directories
    /// left out).
    pub fn fingerprint(&self) -> Vec<(PathBuf, u64, std::time::SystemTime)> {
        let mut out = Vec::new();
        let mut dirs = vec![self.root()];
        while let Some(dir) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            for entry in entries.flatten() {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                let Ok(meta) = entry.metadata() else { continue };
                if meta.is_dir() {
                    if !name.starts_with('.') && name != "node_modules" {
                        dirs.push(entry.path());
                    }
                } else if let Ok(modified) = meta.modified() {
                    out.push((entry.path(), meta.len(), modified));
                }
            }
        }
        out.sort();
        out
    }

    /// Registers the project under `name` in `runtime`, its vars added to
    /// `options`' bindings (a binding given on the command line wins).
    pub fn register(&self, runtime: &Runtime, name: &str, mut options: ScriptOptions) -> Result<(), String> {
        for (k, v) in &self.vars {
            if !options.bindings.iter().any(|(n, _)| n == k) {
                options.bindings.push((k.clone(), v.clone()));
            }
        }
        if let Some(on) = self.node_compat
            && !COMPAT_GIVEN.load(std::sync::atomic::Ordering::Relaxed)
        {
            options.node_compat = on;
        }
        let outcome = if options.format == ScriptFormat::ServiceWorker {
            let source = std::fs::read_to_string(&self.entry)
                .map_err(|e| format!("cannot read {}: {e}", self.entry.display()))?;
            runtime.add_script(name, &source, options)
        } else {
            runtime.add_project(name, &self.entry, &self.rules, options)
        };
        outcome.map(drop).map_err(|e| e.to_string())
    }
}

/// wrangler's module `rules`: `[{ type, globs }]`, types `ESModule`,
/// `CommonJS`, `CompiledWasm`, `Text`, `Data`. `fallthrough` is accepted:
/// nano takes the first rule that matches, then the types file names give.
fn parse_rules(value: &serde_json::Value) -> Result<Vec<ModuleRule>, String> {
    let list = value.as_array().ok_or("\"rules\" is not a list")?;
    let mut rules = Vec::new();
    for (i, rule) in list.iter().enumerate() {
        let kind = match rule.get("type").and_then(|t| t.as_str()) {
            Some("ESModule") => ModuleType::EsModule,
            Some("CommonJS") => ModuleType::CommonJs,
            Some("CompiledWasm") => ModuleType::Wasm,
            Some("Text") => ModuleType::Text,
            Some("Data") => ModuleType::Data,
            other => {
                return Err(format!(
                    "rules[{i}]: type {other:?} is not ESModule, CommonJS, CompiledWasm, Text or Data"
                ));
            }
        };
        let globs = rule
            .get("globs")
            .and_then(|g| g.as_array())
            .ok_or_else(|| format!("rules[{i}]: no \"globs\" list"))?
            .iter()
            .map(|g| {
                g.as_str().map(str::to_string).ok_or_else(|| format!("rules[{i}]: a glob is not a string"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        rules.push(ModuleRule { kind, globs });
    }
    Ok(rules)
}

fn parse_toml(text: &str) -> Result<serde_json::Value, String> {
    let value: toml::Value = toml::from_str(text).map_err(|e| e.to_string())?;
    serde_json::to_value(value).map_err(|e| e.to_string())
}

/// JSON with comments and trailing commas, as wrangler.jsonc allows.
fn parse_jsonc(text: &str) -> Result<serde_json::Value, String> {
    serde_json::from_str(&strip_jsonc(text)).map_err(|e| e.to_string())
}

/// `text` without `//` and `/* */` comments (outside strings) and without
/// commas before a closing `}` or `]`.
fn strip_jsonc(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let (mut i, mut in_string) = (0, false);
    while i < chars.len() {
        let c = chars[i];
        if in_string {
            out.push(c);
            if c == '\\' && i + 1 < chars.len() {
                out.push(chars[i + 1]);
                i += 1;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
            continue;
        } else if c == ',' {
            let next = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            if !matches!(next, Some('}') | Some(']')) {
                out.push(c);
            }
        } else {
            out.push(c);
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{parse_rules, strip_jsonc};

    #[test]
    fn rules_give_types_to_globs() {
        let v = serde_json::json!([{"type": "Text", "globs": ["**/*.sql"], "fallthrough": true}, {"type": "Data", "globs": ["*.bin"]}]);
        let rules = parse_rules(&v).unwrap();
        assert_eq!(rules.len(), 2);
        assert_eq!(rules[0].kind, nano::ModuleType::Text);
        assert_eq!(rules[0].globs, ["**/*.sql"]);
        assert!(parse_rules(&serde_json::json!([{"type": "PythonModule", "globs": ["*.py"]}])).is_err());
    }

    #[test]
    fn jsonc_loses_comments_and_trailing_commas_only() {
        let text = "{\n  // a comment\n  \"a\": \"// not a comment\", /* gone */\n  \"b\": [1, 2,],\n}";
        let v: serde_json::Value = serde_json::from_str(&strip_jsonc(text)).unwrap();
        assert_eq!(v, serde_json::json!({"a": "// not a comment", "b": [1, 2]}));
    }
}
