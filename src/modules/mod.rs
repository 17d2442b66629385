//! A script as Workers tooling writes it: a graph of modules (an entry and
//! what it imports), read from a host's list or from disk, each link
//! resolved once at registration.
//!
//! - [`ModuleType`]: the module types Workers has (ES modules, CommonJS,
//!   text, data, JSON, compiled WebAssembly).
//! - [`resolve`]: how a specifier names a module (relative paths, the
//!   extensions and `index` files wrangler's build tries, packages under
//!   `node_modules` by their `exports`, built-in modules).
//! - [`scan`]: what a module's source asks for (imports, `import()` and
//!   `require()` of string literals; a CommonJS module's export names).
//!
//! [`ModuleGraph::load`] walks from the entry. A static import that does
//! not resolve fails registration with the importer, line, column and
//! specifier; a `require()` or `import()` that does not throws when it runs,
//! as in Node.

pub(crate) mod hoist;
pub(crate) mod positions;
pub(crate) mod resolve;
pub(crate) mod scan;
pub(crate) mod typescript;

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use resolve::{Files, Link};
use scan::Request;

/// How a module's bytes are read (workerd's module types).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModuleType {
    /// An ES module (`.js`, `.mjs`).
    EsModule,
    /// A CommonJS module (`.cjs`; `.js` in a package without
    /// `"type": "module"`): `require`, `module.exports`. Imported, its
    /// `module.exports` is the default export.
    CommonJs,
    /// UTF-8 text: the default export is a string.
    Text,
    /// Bytes: the default export is an ArrayBuffer (a new one per instance).
    Data,
    /// JSON: the default export is the parsed value.
    Json,
    /// WebAssembly: the default export is a compiled `WebAssembly.Module`.
    Wasm,
    /// One of nano's built-in modules (`node:buffer`), linked into a graph
    /// that imports it; never a host's (refused in a module list).
    Builtin,
}

impl ModuleType {
    /// The name every host uses for the type.
    pub fn name(self) -> &'static str {
        match self {
            ModuleType::EsModule => "esm",
            ModuleType::CommonJs => "commonjs",
            ModuleType::Text => "text",
            ModuleType::Data => "data",
            ModuleType::Json => "json",
            ModuleType::Wasm => "wasm",
            ModuleType::Builtin => "builtin",
        }
    }

    /// The type named `name` (see [`ModuleType::name`]).
    pub fn from_name(name: &str) -> Option<ModuleType> {
        use ModuleType::*;
        [EsModule, CommonJs, Text, Data, Json, Wasm].into_iter().find(|t| t.name() == name)
    }

    /// The type wrangler's default rules give a file by its extension
    /// (`.js` files are ES modules here; [`resolve`] decides for files in
    /// packages).
    pub fn from_path(path: &str) -> Option<ModuleType> {
        let ext = path.rsplit_once('.').map(|(_, e)| e)?;
        Some(match ext {
            "js" | "mjs" | "jsx" | "ts" | "mts" | "tsx" => ModuleType::EsModule,
            "cjs" | "cts" => ModuleType::CommonJs,
            "txt" | "html" | "htm" | "md" | "css" | "svg" | "xml" | "csv" => ModuleType::Text,
            "bin" | "dat" => ModuleType::Data,
            "json" => ModuleType::Json,
            "wasm" => ModuleType::Wasm,
            _ => return None,
        })
    }

    /// Whether the module is code that runs (and so can import).
    pub(crate) fn is_code(self) -> bool {
        matches!(self, ModuleType::EsModule | ModuleType::CommonJs)
    }
}

/// One module as a host hands it in: its name (a path such as
/// `src/index.js`; imports between modules resolve against it), its type
/// (None: by its name, as for a file on disk) and its bytes.
#[derive(Debug, Clone)]
pub struct ModuleSource {
    pub name: String,
    pub kind: Option<ModuleType>,
    pub bytes: Vec<u8>,
}

impl ModuleSource {
    pub fn new(name: impl Into<String>, kind: ModuleType, bytes: impl Into<Vec<u8>>) -> ModuleSource {
        ModuleSource { name: name.into(), kind: Some(kind), bytes: bytes.into() }
    }

    /// A module whose type its name gives (a file of a project: `.js` in a
    /// package follows the package's `"type"`).
    pub fn by_name(name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> ModuleSource {
        ModuleSource { name: name.into(), kind: None, bytes: bytes.into() }
    }
}

/// A module rule of a project (wrangler's `rules`): files whose path from
/// the project's root matches one of `globs` (`**/*.sql`) are modules of
/// type `kind`. Rules come before the types file names give.
#[derive(Debug, Clone)]
pub struct ModuleRule {
    pub kind: ModuleType,
    pub globs: Vec<String>,
}

/// A module of a registered graph.
#[derive(Debug)]
pub(crate) struct Module {
    /// Its path in the graph (and its name in stack traces).
    pub(crate) name: String,
    pub(crate) kind: ModuleType,
    /// The source (code, text and JSON; UTF-8, checked), or the bytes.
    pub(crate) bytes: Vec<u8>,
    /// A CommonJS module's named exports, found in its source.
    pub(crate) exports: Vec<String>,
    /// Where the code's positions came from (TypeScript made JavaScript, a
    /// bundle's source map).
    pub(crate) positions: Option<positions::PositionMap>,
}

impl Module {
    /// The built-in module `name` (`node:buffer`), as a graph holds it.
    fn builtin(name: &str) -> Module {
        Module {
            name: name.to_string(),
            kind: ModuleType::Builtin,
            bytes: Vec::new(),
            exports: Vec::new(),
            positions: None,
        }
    }

    /// The source of a text kind (code, text, JSON).
    pub(crate) fn text(&self) -> &str {
        // Checked at load for every kind but data and wasm.
        std::str::from_utf8(&self.bytes).unwrap_or("")
    }

    /// The ES module that stands for a module of another type: it takes its
    /// value from `import.meta` (which only this module sees) and exports
    /// it as the default (and a CommonJS module's named exports, as they
    /// are when it has run).
    pub(crate) fn stand_in_source(&self) -> String {
        let mut s = String::from("const value = import.meta.nanoValue;\n");
        let mut names = vec!["value as default".to_string()];
        for (i, name) in self.exports.iter().enumerate() {
            let quoted = serde_json::to_string(name).unwrap_or_default();
            s.push_str(&format!("const e{i} = value[{quoted}];\n"));
            names.push(format!("e{i} as {quoted}"));
        }
        s.push_str(&format!("export {{ {} }};\n", names.join(", ")));
        s
    }
}

/// A script's modules, the entry first, and where each of their specifiers
/// leads.
#[derive(Debug)]
pub(crate) struct ModuleGraph {
    pub(crate) modules: Vec<Module>,
    links: HashMap<(usize, String), Link>,
    by_name: HashMap<String, usize>,
    /// Whether `node:*` modules link (the script's Node.js compatibility).
    node: bool,
    /// Whether the script uses Node's modules or globals (then its contexts
    /// start from the Node snapshot, `snapshot::builtin::blob`).
    uses_node: bool,
    /// The graph as one function body (made when the fresh mode first asks).
    hoisted: std::sync::OnceLock<Option<hoist::Hoisted>>,
}

impl ModuleGraph {
    /// The one module `source`, named `name` (a classic script: Node's
    /// globals with `node`).
    pub(crate) fn single(name: &str, source: &str, node: bool) -> ModuleGraph {
        let module = Module {
            name: name.into(),
            kind: ModuleType::EsModule,
            bytes: source.into(),
            exports: Vec::new(),
            positions: None,
        };
        ModuleGraph {
            by_name: HashMap::from([(name.to_string(), 0)]),
            modules: vec![module],
            links: HashMap::new(),
            node,
            uses_node: node && mentions_node_globals(source),
            hoisted: Default::default(),
        }
    }

    /// The graph of one ES module, `source`, named `name` as it is (a
    /// script's name): it may import built-in modules only (`node:*` with
    /// `node` on: the script's Node.js compatibility).
    pub(crate) fn from_source(name: &str, source: &str, node: bool) -> Result<ModuleGraph> {
        let files = resolve::MemoryFiles::one(name, ModuleType::EsModule, source.as_bytes().to_vec());
        ModuleGraph::load(&files, name, node)
    }

    /// The graph of a host's module list (the entry first): what the entry
    /// reaches, resolved within the list.
    pub(crate) fn from_list(list: Vec<ModuleSource>, node: bool) -> Result<ModuleGraph> {
        let Some(entry) = list.first().map(|m| m.name.clone()) else {
            return Err(Error::InvalidArgument("a module list needs at least its entry module".into()));
        };
        let files = resolve::MemoryFiles::new(list)?;
        let entry = resolve::normalize_name(&entry)?;
        ModuleGraph::load(&files, &entry, node)
    }

    /// The graph from the file `entry` on disk: its imports resolve from
    /// disk, within the nearest directory above it holding a `package.json`,
    /// `wrangler.toml`, `wrangler.json(c)` or `node_modules` (else its own
    /// directory); `rules` give module types before file names do.
    pub(crate) fn from_path(entry: &Path, rules: &[ModuleRule], node: bool) -> Result<ModuleGraph> {
        let entry = std::fs::canonicalize(entry)
            .map_err(|e| Error::InvalidArgument(format!("{}: {e}", entry.display())))?;
        let root = project_root(&entry);
        let name = entry
            .strip_prefix(&root)
            .map_err(|_| Error::Internal("the entry is outside its project".into()))?
            .to_string_lossy()
            .replace(std::path::MAIN_SEPARATOR, "/");
        let mut compiled = Vec::new();
        for rule in rules {
            for g in &rule.globs {
                let pattern = glob::Pattern::new(g)
                    .map_err(|e| Error::InvalidArgument(format!("module rule glob {g:?}: {e}")))?;
                compiled.push((pattern, rule.kind));
            }
        }
        ModuleGraph::load(&resolve::DiskFiles { root, rules: compiled }, &name, node)
    }

    /// Walks from `entry`, resolving every specifier once.
    fn load(files: &dyn Files, entry: &str, node: bool) -> Result<ModuleGraph> {
        let mut graph = ModuleGraph {
            modules: Vec::new(),
            links: HashMap::new(),
            by_name: HashMap::new(),
            node,
            uses_node: false,
            hoisted: Default::default(),
        };
        let Some(kind) = files.kind_of(entry) else {
            return Err(Error::ScriptCompile(format!(
                "{entry}: no such module, or no module type for its name"
            )));
        };
        if !kind.is_code() {
            return Err(Error::ScriptCompile(format!("{entry}: the entry must be an ES or CommonJS module")));
        }
        let mut queue = VecDeque::from([entry.to_string()]);
        graph.by_name.insert(entry.to_string(), 0);
        while let Some(name) = queue.pop_front() {
            let index = graph.modules.len();
            let (module, requests) = if resolve::node_builtin(&name) && node {
                (Module::builtin(&name), Vec::new())
            } else {
                read_module(files, &name)?
            };
            graph.modules.push(module);
            for request in requests {
                let mut link = resolve::resolve(files, &name, &request.specifier, request.kind);
                // A Node module is a module of the graph (nano's own code).
                if let Link::Builtin(builtin) = &link
                    && node
                    && resolve::node_builtin(builtin)
                {
                    link = Link::Module(builtin.clone());
                }
                match &link {
                    Link::Module(target) if !graph.by_name.contains_key(target) => {
                        graph.by_name.insert(target.clone(), graph.by_name.len());
                        queue.push_back(target.clone());
                    }
                    Link::Builtin(_) | Link::Missing(_) if request.is_static => {
                        return Err(link_error(&graph.modules[index], &request, &link, node));
                    }
                    _ => {}
                }
                graph.links.insert((index, request.specifier), link);
            }
        }
        graph.uses_node = node
            && graph.modules.iter().any(|m| {
                m.kind == ModuleType::Builtin || (m.kind.is_code() && mentions_node_globals(m.text()))
            });
        // Modules were numbered as they were found, in queue order.
        debug_assert!(graph.modules.iter().enumerate().all(|(i, m)| graph.by_name[&m.name] == i));
        Ok(graph)
    }

    /// The module named `name`.
    pub(crate) fn index_of(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// Where module `from`'s `specifier` leads: found at registration, or
    /// (a specifier computed at run time) resolved now among the graph's
    /// modules.
    pub(crate) fn link(&self, from: usize, specifier: &str) -> Link {
        if let Some(link) = self.links.get(&(from, specifier.to_string())) {
            return link.clone();
        }
        let Some(module) = self.modules.get(from) else { return Link::Missing("no such importer".into()) };
        let files = resolve::GraphFiles(self);
        match resolve::resolve(&files, &module.name, specifier, scan::RequestKind::Import) {
            Link::Module(name) if self.by_name.contains_key(&name) => Link::Module(name),
            Link::Builtin(name) if self.by_name.contains_key(&name) => Link::Module(name),
            Link::Module(name) => Link::Missing(format!("{name} was not found at registration")),
            other => other,
        }
    }

    /// Bytes the graph keeps.
    pub(crate) fn retained_bytes(&self) -> usize {
        self.modules.iter().map(|m| m.name.len() + m.bytes.len()).sum()
    }

    pub(crate) fn entry(&self) -> &Module {
        &self.modules[0]
    }

    /// Whether `node:*` modules link (the script has Node.js compatibility).
    pub(crate) fn node(&self) -> bool {
        self.node
    }

    /// Whether the script has Node.js compatibility and uses it: imports a
    /// `node:*` module or names one of Node's globals. Only such a script
    /// starts from the Node snapshot (and gets the
    /// globals); the others pay nothing for Node's modules.
    pub(crate) fn uses_node(&self) -> bool {
        self.uses_node
    }

    /// The graph as one function body ([`hoist`]), when it can be one.
    pub(crate) fn hoisted(&self) -> Option<&hoist::Hoisted> {
        self.hoisted.get_or_init(|| hoist::graph_as_function_body(self)).as_ref()
    }

    /// `text` (an error message, a stack trace) with each `module:line:column`
    /// of a TypeScript module's generated code replaced by the TypeScript's
    /// own position; None when no module of the graph was generated.
    pub(crate) fn original_positions(&self, text: &str) -> Option<String> {
        let hoisted = self.hoisted.get().and_then(Option::as_ref);
        let mapped: Vec<&Module> = self.modules.iter().filter(|m| m.positions.is_some()).collect();
        if mapped.is_empty() && hoisted.is_none() {
            return None;
        }
        // `name:line:column` as the original file's position.
        let original = |m: &Module, line: u32, column: u32| match &m.positions {
            Some(p) => p.original(line, column).map(|(s, l, c)| format!("{}:{l}:{c}", s.unwrap_or(&m.name))),
            None => Some(format!("{}:{line}:{column}", m.name)),
        };
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        'scan: while !rest.is_empty() {
            if let Some(h) = hoisted
                && let Some(after) = rest.strip_prefix(hoist::HOISTED_NAME).and_then(|r| r.strip_prefix(':'))
                && let Some((line, column, tail)) = line_and_column(after)
                && let Some((i, line)) = h.position(line)
                && let Some(place) = original(&self.modules[i], line, column)
            {
                out.push_str(&place);
                rest = tail;
                continue 'scan;
            }
            for m in &mapped {
                if let Some(after) = rest.strip_prefix(m.name.as_str()).and_then(|r| r.strip_prefix(':'))
                    && let Some((line, column, tail)) = line_and_column(after)
                    && let Some(place) = original(m, line, column)
                {
                    out.push_str(&place);
                    rest = tail;
                    continue 'scan;
                }
            }
            let mut chars = rest.chars();
            out.extend(chars.next());
            rest = chars.as_str();
        }
        Some(out)
    }
}

/// Node's globals (`Buffer`, `process`, ...): a script whose code names one
/// uses Node compatibility.
const NODE_GLOBALS: &[&str] =
    &["Buffer", "process", "global", "setImmediate", "clearImmediate", "AsyncLocalStorage"];

/// Whether `code` names one of [`NODE_GLOBALS`] as a whole identifier (in
/// code, a string or a comment alike: a false match only costs a larger
/// context).
fn mentions_node_globals(code: &str) -> bool {
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'$';
    let bytes = code.as_bytes();
    NODE_GLOBALS.iter().any(|name| {
        code.match_indices(name).any(|(at, _)| {
            let before = at.checked_sub(1).map(|i| bytes[i]);
            let after = bytes.get(at + name.len()).copied();
            !before.is_some_and(ident) && !after.is_some_and(ident)
        })
    })
}

/// `12:34...` as (12, 34, the rest); the column is optional (then 1).
fn line_and_column(text: &str) -> Option<(u32, u32, &str)> {
    let digits = |t: &str| t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let n = digits(text);
    let line = text[..n].parse().ok()?;
    let rest = &text[n..];
    if let Some(after) = rest.strip_prefix(':') {
        let m = digits(after);
        if let Ok(column) = after[..m].parse() {
            return Some((line, column, &after[m..]));
        }
    }
    Some((line, 1, rest))
}

/// The registration error for a static import that cannot be linked.
fn link_error(module: &Module, request: &Request, link: &Link, node: bool) -> Error {
    let (line, column) = scan::line_column(module.text(), request.offset);
    let place = module
        .positions
        .as_ref()
        .and_then(|p| p.original(line as u32, column as u32))
        .map_or(format!("{}:{line}:{column}", module.name), |(s, l, c)| {
            format!("{}:{l}:{c}", s.unwrap_or(&module.name))
        });
    let why = match link {
        Link::Builtin(name) if !node && resolve::node_builtin(name) => {
            format!("{name} needs Node.js compatibility (nodejs_compat), which this script has off")
        }
        _ => link.failure(),
    };
    Error::ScriptCompile(format!("{place}: import of {:?}: {why}", request.specifier))
}

/// Reads and checks one module; what it imports.
fn read_module(files: &dyn Files, name: &str) -> Result<(Module, Vec<Request>)> {
    let kind = files.kind_of(name).ok_or_else(|| {
        Error::ScriptCompile(format!(
            "{name}: no module type for this file name (see README, \"Module types\")"
        ))
    })?;
    let mut bytes =
        files.read(name).ok_or_else(|| Error::ScriptCompile(format!("{name}: could not be read")))?;
    if !matches!(kind, ModuleType::Data | ModuleType::Wasm) && std::str::from_utf8(&bytes).is_err() {
        return Err(Error::InvalidArgument(format!("{name}: a {} module must be UTF-8", kind.name())));
    }
    let mut positions = None;
    if kind.is_code() && typescript::is_typescript(name) {
        let (code, map) = typescript::to_javascript(name, std::str::from_utf8(&bytes).unwrap_or(""))
            .map_err(Error::ScriptCompile)?;
        bytes = code.into_bytes();
        positions = Some(map);
    } else if kind.is_code() {
        // A bundle's own source map, inline or beside it.
        let dir = name.rsplit_once('/').map_or("", |(d, _)| d);
        let code = std::str::from_utf8(&bytes).unwrap_or("");
        let read = |url: &str| resolve::join_path(dir, url).and_then(|p| files.read(&p));
        positions = positions::linked_source_map(code, read)
            .and_then(|json| positions::PositionMap::from_source_map(&json, dir));
    }
    let scanned = if kind.is_code() {
        scan::scan(std::str::from_utf8(&bytes).unwrap_or(""), kind)
    } else {
        Default::default()
    };
    let module = Module { name: name.to_string(), kind, bytes, exports: scanned.exports, positions };
    Ok((module, scanned.requests))
}

/// The directory a project's imports resolve within: the nearest above
/// `entry` (a file) with a `package.json`, a wrangler configuration or
/// `node_modules`; else `entry`'s own directory.
pub fn project_root(entry: &Path) -> PathBuf {
    let dir = entry.parent().unwrap_or(Path::new("/"));
    for candidate in dir.ancestors() {
        let marks = ["package.json", "wrangler.toml", "wrangler.json", "wrangler.jsonc", "node_modules"];
        if marks.iter().any(|m| candidate.join(m).exists()) {
            return candidate.to_path_buf();
        }
    }
    dir.to_path_buf()
}
