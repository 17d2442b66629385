//! How a specifier names a module, as wrangler's build (esbuild) resolves a
//! Workers project, over the files of a host's list or of a directory:
//!
//! - `node:*`, `cloudflare:*`, `workerd:*` and Node's bare module names are
//!   built-in modules;
//! - `./x` and `../x` are paths from the importer's directory (`/x` from
//!   the project's root), tried as written, then with `.ts`, `.tsx`, `.mts`,
//!   `.js`, `.mjs`, `.cjs`, `.jsx`, `.json` added, then a `.js` (`.mjs`,
//!   `.cjs`) name as TypeScript (`.ts`, `.mts`, `.cts`), then as a directory
//!   (`index` with those extensions);
//! - any other bare name is a module of that exact name in a host's list,
//!   else a package under `node_modules` (in the importer's directory or
//!   one above), by its `package.json` `exports` (conditions `workerd`,
//!   `worker`, `browser`, `import` or `require`, `default`), else its
//!   `browser`, `module` or `main` field, else its `index`.
//!
//! A path never leaves the project's root.

use std::collections::HashMap;
use std::path::PathBuf;

use super::scan::RequestKind;
use super::{ModuleGraph, ModuleSource, ModuleType};
use crate::error::{Error, Result};

/// Where a specifier leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Link {
    /// A module of the graph, by name.
    Module(String),
    /// A built-in module (`node:buffer`, `cloudflare:workers`), by its full name.
    Builtin(String),
    /// Nothing: why.
    Missing(String),
}

impl Link {
    /// Why a specifier that leads to no module of the graph fails (the one
    /// wording registration and `require()`/`import()` use).
    pub(crate) fn failure(&self) -> String {
        match self {
            Link::Builtin(name) if name.starts_with("node:") => {
                format!("nano has no built-in module {name:?}")
            }
            Link::Builtin(name) => format!("nano has no built-in module {name:?} yet"),
            Link::Missing(why) => why.clone(),
            Link::Module(name) => format!("{name} is a module of the graph"),
        }
    }
}

/// The files a graph is read from, by their paths from the project's root
/// (`/`-separated, no `.` or `..`).
pub(crate) trait Files {
    fn exists(&self, path: &str) -> bool;
    fn read(&self, path: &str) -> Option<Vec<u8>>;
    /// The module type of the file at `path` (which exists).
    fn kind_of(&self, path: &str) -> Option<ModuleType>;
}

/// A host's module list (a type of None: decided by the name, as on disk).
pub(crate) struct MemoryFiles(HashMap<String, (Option<ModuleType>, Vec<u8>)>);

impl MemoryFiles {
    pub(crate) fn new(list: Vec<ModuleSource>) -> Result<MemoryFiles> {
        let mut map = HashMap::with_capacity(list.len());
        for m in list {
            let name = normalize_name(&m.name)?;
            if m.kind == Some(ModuleType::Builtin) {
                return Err(Error::InvalidArgument(format!(
                    "{name}: a host's module cannot be of type builtin"
                )));
            }
            if map.insert(name.clone(), (m.kind, m.bytes)).is_some() {
                return Err(Error::InvalidArgument(format!("two modules are named {name:?}")));
            }
        }
        Ok(MemoryFiles(map))
    }

    /// The one module `name`, named as it is.
    pub(crate) fn one(name: &str, kind: ModuleType, bytes: Vec<u8>) -> MemoryFiles {
        MemoryFiles(HashMap::from([(name.to_string(), (Some(kind), bytes))]))
    }
}

impl Files for MemoryFiles {
    fn exists(&self, path: &str) -> bool {
        self.0.contains_key(path)
    }
    fn read(&self, path: &str) -> Option<Vec<u8>> {
        self.0.get(path).map(|(_, b)| b.clone())
    }
    fn kind_of(&self, path: &str) -> Option<ModuleType> {
        match self.0.get(path)? {
            (Some(kind), _) => Some(*kind),
            (None, _) => kind_by_name(self, path),
        }
    }
}

/// A registered graph's own modules (for specifiers computed at run time).
pub(crate) struct GraphFiles<'a>(pub(crate) &'a ModuleGraph);

impl Files for GraphFiles<'_> {
    fn exists(&self, path: &str) -> bool {
        self.0.index_of(path).is_some()
    }
    fn read(&self, _: &str) -> Option<Vec<u8>> {
        None
    }
    fn kind_of(&self, path: &str) -> Option<ModuleType> {
        self.0.index_of(path).map(|i| self.0.modules[i].kind)
    }
}

/// A directory on disk, and the module rules of its project.
pub(crate) struct DiskFiles {
    pub(crate) root: PathBuf,
    pub(crate) rules: Vec<(glob::Pattern, ModuleType)>,
}

impl Files for DiskFiles {
    fn exists(&self, path: &str) -> bool {
        self.root.join(path).is_file()
    }
    fn read(&self, path: &str) -> Option<Vec<u8>> {
        std::fs::read(self.root.join(path)).ok()
    }
    fn kind_of(&self, path: &str) -> Option<ModuleType> {
        let options = glob::MatchOptions { require_literal_separator: true, ..Default::default() };
        if let Some((_, kind)) = self.rules.iter().find(|(p, _)| p.matches_with(path, options)) {
            return Some(*kind);
        }
        kind_by_name(self, path)
    }
}

/// The type of the file at `path` by its name ([`ModuleType::from_path`]);
/// for a `.js` file in a package, Node's rule: what its package's `"type"`
/// says; without one, an ES module when it has import or export statements
/// (Node 22's detection), else CommonJS.
fn kind_by_name(files: &dyn Files, path: &str) -> Option<ModuleType> {
    let kind = ModuleType::from_path(path)?;
    if kind != ModuleType::EsModule || !path.ends_with(".js") || !path.contains("node_modules/") {
        return Some(kind);
    }
    let mut dir = parent(path);
    while dir.contains("node_modules") {
        if let Some(json) = files.read(&join(dir, "package.json")) {
            let declared = serde_json::from_slice::<serde_json::Value>(&json)
                .ok()
                .and_then(|p| p.get("type").and_then(|t| t.as_str()).map(str::to_string));
            match declared.as_deref() {
                Some("module") => return Some(ModuleType::EsModule),
                Some("commonjs") => return Some(ModuleType::CommonJs),
                _ => break,
            }
        }
        dir = parent(dir);
    }
    let source = files.read(path)?;
    let esm = super::scan::has_module_syntax(std::str::from_utf8(&source).unwrap_or(""));
    Some(if esm { ModuleType::EsModule } else { ModuleType::CommonJs })
}

/// A host's module name as a graph path: `./` dropped, no `..` or empty
/// segment, no leading `/`.
pub(crate) fn normalize_name(name: &str) -> Result<String> {
    let bad =
        || Error::InvalidArgument(format!("module name {name:?}: use a relative path such as src/index.js"));
    if name.is_empty() || name.contains('\0') || name.contains('\\') {
        return Err(bad());
    }
    join_path("", name.trim_start_matches('/')).ok_or_else(bad)
}

/// `path` joined to `dir` with `.` and `..` applied; None when it leaves
/// the root or is empty.
pub(crate) fn join_path(dir: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    if parts.is_empty() { None } else { Some(parts.join("/")) }
}

fn parent(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(d, _)| d)
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() { name.to_string() } else { format!("{dir}/{name}") }
}

/// Node's modules, which Workers also names without `node:`.
const NODE_MODULES: &[&str] = &[
    "assert",
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
    "domain",
    "events",
    "fs",
    "http",
    "http2",
    "https",
    "inspector",
    "module",
    "net",
    "os",
    "path",
    "perf_hooks",
    "process",
    "punycode",
    "querystring",
    "readline",
    "repl",
    "stream",
    "string_decoder",
    "sys",
    "timers",
    "tls",
    "trace_events",
    "tty",
    "url",
    "util",
    "v8",
    "vm",
    "wasi",
    "worker_threads",
    "zlib",
];

/// Every `node:*` module nano has (`js/node/index.js` provides each; some
/// are modules a sandbox cannot offer, whose functions throw
/// `ERR_METHOD_NOT_IMPLEMENTED`).
pub(crate) const NODE_BUILTINS: &[&str] = &[
    "node:assert",
    "node:assert/strict",
    "node:async_hooks",
    "node:buffer",
    "node:child_process",
    "node:cluster",
    "node:console",
    "node:constants",
    "node:crypto",
    "node:dgram",
    "node:diagnostics_channel",
    "node:dns",
    "node:dns/promises",
    "node:domain",
    "node:events",
    "node:fs",
    "node:fs/promises",
    "node:http",
    "node:http2",
    "node:https",
    "node:inspector",
    "node:inspector/promises",
    "node:module",
    "node:net",
    "node:os",
    "node:path",
    "node:path/posix",
    "node:path/win32",
    "node:perf_hooks",
    "node:process",
    "node:punycode",
    "node:querystring",
    "node:readline",
    "node:readline/promises",
    "node:repl",
    "node:stream",
    "node:stream/consumers",
    "node:stream/promises",
    "node:stream/web",
    "node:string_decoder",
    "node:sys",
    "node:timers",
    "node:timers/promises",
    "node:tls",
    "node:trace_events",
    "node:tty",
    "node:url",
    "node:util",
    "node:util/types",
    "node:v8",
    "node:vm",
    "node:wasi",
    "node:worker_threads",
    "node:zlib",
];

/// Whether `name` (a full name) is one of nano's `node:*` modules.
pub(crate) fn node_builtin(name: &str) -> bool {
    NODE_BUILTINS.contains(&name)
}

/// The built-in module `specifier` names, by its full name.
pub(crate) fn builtin(specifier: &str) -> Option<String> {
    if ["node:", "cloudflare:", "workerd:"].iter().any(|p| specifier.starts_with(p)) {
        return Some(specifier.to_string());
    }
    let package = specifier.split('/').next().unwrap_or(specifier);
    NODE_MODULES.contains(&package).then(|| format!("node:{specifier}"))
}

const EXTENSIONS: &[&str] = &[".ts", ".tsx", ".mts", ".js", ".mjs", ".cjs", ".jsx", ".json"];

/// Where `importer`'s `specifier` leads.
pub(crate) fn resolve(files: &dyn Files, importer: &str, specifier: &str, kind: RequestKind) -> Link {
    if let Some(name) = builtin(specifier) {
        return Link::Builtin(name);
    }
    let missing = || Link::Missing("no such module".into());
    if specifier.starts_with("./") || specifier.starts_with("../") || specifier.starts_with('/') {
        let dir = if specifier.starts_with('/') { "" } else { parent(importer) };
        let Some(path) = join_path(dir, specifier) else {
            return Link::Missing("the path leaves the project's root".into());
        };
        return as_file_or_directory(files, &path).map_or_else(missing, Link::Module);
    }
    if specifier.is_empty() || specifier.contains(':') {
        return Link::Missing("not a path, a package or a built-in module".into());
    }
    if files.exists(specifier) {
        return Link::Module(specifier.to_string());
    }
    package(files, importer, specifier, kind)
        .unwrap_or_else(|| Link::Missing("no such package in node_modules".into()))
}

/// `path` as a file (with the extensions tried), or as a directory.
fn as_file_or_directory(files: &dyn Files, path: &str) -> Option<String> {
    as_file(files, path)
        .or_else(|| EXTENSIONS.iter().map(|e| format!("{path}/index{e}")).find(|p| files.exists(p)))
}

fn as_file(files: &dyn Files, path: &str) -> Option<String> {
    if files.exists(path) {
        return Some(path.to_string());
    }
    if let Some(p) = EXTENSIONS.iter().map(|e| format!("{path}{e}")).find(|p| files.exists(p)) {
        return Some(p);
    }
    // TypeScript imports name the file they compile to.
    for (js, ts) in [(".js", [".ts", ".tsx"]), (".mjs", [".mts", ".mts"]), (".cjs", [".cts", ".cts"])] {
        if let Some(stem) = path.strip_suffix(js)
            && let Some(p) = ts.iter().map(|t| format!("{stem}{t}")).find(|p| files.exists(p))
        {
            return Some(p);
        }
    }
    None
}

/// A package under `node_modules`, from `importer`'s directory up.
fn package(files: &dyn Files, importer: &str, specifier: &str, kind: RequestKind) -> Option<Link> {
    let mut parts = specifier.splitn(3, '/');
    let first = parts.next()?;
    let (name, rest) = if first.starts_with('@') {
        let second = parts.next()?;
        (format!("{first}/{second}"), parts.next())
    } else {
        let rest = specifier.split_once('/').map(|(_, r)| r);
        (first.to_string(), rest)
    };
    let subpath = rest.map_or(".".to_string(), |r| format!("./{r}"));
    let mut dir = parent(importer).to_string();
    loop {
        let base = join(&join(&dir, "node_modules"), &name);
        if let Some(json) = files.read(&join(&base, "package.json")) {
            let manifest: serde_json::Value = serde_json::from_slice(&json).ok()?;
            return Some(in_package(files, &base, &manifest, &subpath, kind));
        }
        if files.exists(&join(&base, "index.js")) {
            return Some(
                as_file_or_directory(files, &join(&base, &subpath))
                    .map_or_else(|| Link::Missing("no such file in the package".into()), Link::Module),
            );
        }
        if dir.is_empty() {
            return None;
        }
        dir = parent(&dir).to_string();
    }
}

/// The conditions a Workers build matches in `exports`, in Node's way: the
/// first key of an object that is one of them wins.
fn conditions(kind: RequestKind) -> [&'static str; 5] {
    let mode = if kind == RequestKind::Require { "require" } else { "import" };
    ["workerd", "worker", "browser", mode, "default"]
}

fn in_package(
    files: &dyn Files,
    base: &str,
    manifest: &serde_json::Value,
    subpath: &str,
    kind: RequestKind,
) -> Link {
    let missing = |why: &str| Link::Missing(why.to_string());
    if let Some(exports) = manifest.get("exports") {
        let target = exports_target(exports, subpath, &conditions(kind));
        let Some(target) = target else {
            return missing(&format!("the package's exports have no {subpath:?} for a Workers build"));
        };
        let Some(path) = join_path(base, &target) else { return missing("an export leaves the package") };
        return if files.exists(&path) {
            Link::Module(path)
        } else {
            missing("the package's export is missing")
        };
    }
    if subpath != "." {
        return as_file_or_directory(files, &join(base, &subpath[2..]))
            .map_or_else(|| missing("no such file in the package"), Link::Module);
    }
    let fields = ["browser", "module", "main"];
    for field in fields {
        if let Some(main) = manifest.get(field).and_then(|m| m.as_str())
            && let Some(p) = join_path(base, main).and_then(|p| as_file_or_directory(files, &p))
        {
            return Link::Module(p);
        }
    }
    as_file_or_directory(files, &join(base, "index"))
        .map_or_else(|| missing("the package has no main file"), Link::Module)
}

/// The target of `subpath` in a package's `exports` (a string, a map of
/// subpaths, or of conditions; `*` patterns included).
fn exports_target(exports: &serde_json::Value, subpath: &str, conditions: &[&str]) -> Option<String> {
    use serde_json::Value;
    let is_subpath_map = matches!(exports, Value::Object(m) if m.keys().any(|k| k.starts_with('.')));
    if !is_subpath_map {
        return if subpath == "." { condition_target(exports, conditions, None) } else { None };
    }
    let map = exports.as_object()?;
    if let Some(v) = map.get(subpath) {
        return condition_target(v, conditions, None);
    }
    // The longest pattern prefix wins.
    let mut best: Option<(&str, &Value, String)> = None;
    for (key, value) in map {
        let Some((prefix, suffix)) = key.split_once('*') else { continue };
        if let Some(middle) = subpath.strip_prefix(prefix).and_then(|r| r.strip_suffix(suffix))
            && best.as_ref().is_none_or(|(p, _, _)| prefix.len() > p.len())
        {
            best = Some((prefix, value, middle.to_string()));
        }
    }
    let (_, value, middle) = best?;
    condition_target(value, conditions, Some(&middle))
}

fn condition_target(value: &serde_json::Value, conditions: &[&str], star: Option<&str>) -> Option<String> {
    use serde_json::Value;
    match value {
        Value::String(s) => Some(match star {
            Some(m) => s.replace('*', m),
            None => s.clone(),
        }),
        Value::Object(map) => map
            .iter()
            .filter(|(k, _)| conditions.contains(&k.as_str()))
            .find_map(|(_, v)| condition_target(v, conditions, star)),
        Value::Array(list) => list.iter().find_map(|v| condition_target(v, conditions, star)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(names: &[(&str, &str)]) -> MemoryFiles {
        MemoryFiles::new(
            names
                .iter()
                .map(|(n, s)| ModuleSource::new(*n, ModuleType::from_path(n).unwrap_or(ModuleType::Data), *s))
                .collect(),
        )
        .unwrap()
    }

    fn link(f: &MemoryFiles, from: &str, spec: &str) -> Link {
        resolve(f, from, spec, RequestKind::Import)
    }

    #[test]
    fn relative_paths_try_extensions_typescript_and_index() {
        let f = files(&[("src/index.js", ""), ("src/a.ts", ""), ("src/lib/index.mjs", ""), ("b.json", "{}")]);
        assert_eq!(link(&f, "src/index.js", "./a"), Link::Module("src/a.ts".into()));
        assert_eq!(link(&f, "src/index.js", "./a.js"), Link::Module("src/a.ts".into()));
        assert_eq!(link(&f, "src/index.js", "./lib"), Link::Module("src/lib/index.mjs".into()));
        assert_eq!(link(&f, "src/index.js", "../b.json"), Link::Module("b.json".into()));
        assert_eq!(link(&f, "src/index.js", "/b.json"), Link::Module("b.json".into()));
        assert!(matches!(link(&f, "src/index.js", "../../b.json"), Link::Missing(_)));
        assert!(matches!(link(&f, "src/index.js", "./nope"), Link::Missing(_)));
    }

    #[test]
    fn builtins_are_named_in_full() {
        let f = files(&[("a.js", "")]);
        assert_eq!(link(&f, "a.js", "node:buffer"), Link::Builtin("node:buffer".into()));
        assert_eq!(link(&f, "a.js", "buffer"), Link::Builtin("node:buffer".into()));
        assert_eq!(link(&f, "a.js", "fs/promises"), Link::Builtin("node:fs/promises".into()));
        assert_eq!(link(&f, "a.js", "cloudflare:workers"), Link::Builtin("cloudflare:workers".into()));
    }

    #[test]
    fn packages_resolve_by_exports_conditions() {
        let f = files(&[
            ("src/index.js", ""),
            (
                "node_modules/pkg/package.json",
                r#"{"exports": {".": {"node": "./node.js", "worker": "./worker.js", "default": "./index.js"},
                    "./sub/*": "./lib/*.js"}}"#,
            ),
            ("node_modules/pkg/worker.js", ""),
            ("node_modules/pkg/index.js", ""),
            ("node_modules/pkg/lib/x.js", ""),
            ("node_modules/@s/old/package.json", r#"{"main": "main"}"#),
            ("node_modules/@s/old/main.js", ""),
        ]);
        assert_eq!(link(&f, "src/index.js", "pkg"), Link::Module("node_modules/pkg/worker.js".into()));
        assert_eq!(link(&f, "src/index.js", "pkg/sub/x"), Link::Module("node_modules/pkg/lib/x.js".into()));
        assert!(matches!(link(&f, "src/index.js", "pkg/other"), Link::Missing(_)));
        assert_eq!(link(&f, "src/index.js", "@s/old"), Link::Module("node_modules/@s/old/main.js".into()));
        assert!(matches!(link(&f, "src/index.js", "absent"), Link::Missing(_)));
    }

    #[test]
    fn names_are_normalized_and_checked() {
        assert_eq!(normalize_name("./src/a.js").unwrap(), "src/a.js");
        assert_eq!(normalize_name("/a.js").unwrap(), "a.js");
        assert!(normalize_name("../a.js").is_err());
        assert!(normalize_name("").is_err());
    }
}
