//! A graph of ES modules as the body of one function, as a bundler's scope
//! hoisting makes it: the modules' code one after another in evaluation
//! order, imports and exports removed, every import read through the
//! exporting module's own variable (so bindings stay live), top-level names
//! that would clash renamed. The fresh isolation mode calls this function
//! for each request: V8 then keeps the graph's compiled code and feedback
//! warm across requests, as for a single module ([`crate::realm`]'s
//! rewrite); a new module instance per request would start them cold.
//!
//! Read by a real parser and its scope analysis (oxc): a reference is
//! replaced only where it resolves to the binding. What the function cannot
//! express the same way gives `None` (the realm then instantiates the graph
//! per request): CommonJS, data and WebAssembly modules, `import.meta`,
//! `import()`, direct `eval`, a rename inside a destructuring shorthand.
//! Text and JSON modules become constants (JSON parsed per run).
//!
//! Lines are kept: each module's code keeps its line numbers from the line
//! it starts at ([`Hoisted::position`] maps back).

use std::collections::{HashMap, HashSet};

use oxc_allocator::Allocator;
use oxc_ast::ast::{
    AssignmentTargetPropertyIdentifier, BindingProperty, ExportDefaultDeclaration,
    ExportDefaultDeclarationKind, ModuleDeclaration, ObjectProperty,
};
use oxc_ast_visit::Visit;
use oxc_semantic::SemanticBuilder;
use oxc_span::{GetSpan, SourceType, Span};
use oxc_syntax::module_record::{ExportExportName, ExportImportName, ExportLocalName, ImportImportName};
use oxc_syntax::symbol::SymbolFlags;

use super::{ModuleGraph, ModuleType};

/// The name the hoisted function is compiled under (stack traces show it
/// until [`Hoisted::position`] maps them).
pub(crate) const HOISTED_NAME: &str = "nano:graph";

/// The graph as a function body, and where each module's code starts.
#[derive(Debug)]
pub(crate) struct Hoisted {
    pub(crate) body: String,
    /// (first line of the module's code in `body`, 1-based; module index).
    starts: Vec<(u32, usize)>,
}

impl Hoisted {
    /// Module and 1-based line of `body`'s line `line`.
    pub(crate) fn position(&self, line: u32) -> Option<(usize, u32)> {
        let i = self.starts.partition_point(|(start, _)| *start <= line).checked_sub(1)?;
        let (start, module) = self.starts[i];
        Some((module, line - start + 1))
    }
}

/// What one module's analysis found.
struct Analysed {
    /// Its text with imports and exports removed (lines kept) and names
    /// not yet replaced: (span, replacement kind) edits to apply.
    edits: Vec<(u32, u32, Edit)>,
    /// Specifiers of its static imports and re-exports, in source order.
    requests: Vec<String>,
    /// Local top-level names (not imports), with their reference spans
    /// (declaration included).
    locals: Vec<(String, Vec<Span>)>,
    /// Import bindings: local name -> (specifier, what is imported, reference spans).
    imports: Vec<(String, String, Imported, Vec<Span>)>,
    /// export name -> local name.
    exports: Vec<(String, String)>,
    /// export name -> (specifier, imported name or None for a namespace).
    reexports: Vec<(String, String, Option<String>)>,
    stars: Vec<String>,
    unresolved: HashSet<String>,
    shorthand: HashSet<(u32, u32)>,
    /// A built-in module: its value is its namespace, every export read from it.
    builtin: bool,
}

#[derive(Clone)]
enum Imported {
    Name(String),
    Namespace,
}

enum Edit {
    Text(String),
    /// The identifier of a binding: replaced by its final name.
    Local(String),
}

/// The name an anonymous default export is given (per module, made unique).
const DEFAULT: &str = "__nano_default";

/// `graph` as one function body; None when it cannot be expressed so.
pub(crate) fn graph_as_function_body(graph: &ModuleGraph) -> Option<Hoisted> {
    let hoistable = |k: ModuleType| {
        matches!(k, ModuleType::EsModule | ModuleType::Text | ModuleType::Json | ModuleType::Builtin)
    };
    if graph.modules.len() < 2 || !graph.modules.iter().all(|m| hoistable(m.kind)) {
        return None;
    }
    let analysed: Vec<Analysed> = graph
        .modules
        .iter()
        .enumerate()
        .map(|(i, m)| match m.kind {
            ModuleType::EsModule => analyse(m.text()),
            ModuleType::Builtin => Some(Analysed { builtin: true, ..value_module(i) }),
            _ => Some(value_module(i)),
        })
        .collect::<Option<_>>()?;
    let index = |from: usize, spec: &str| -> Option<usize> {
        match graph.link(from, spec) {
            super::resolve::Link::Module(name) => graph.index_of(&name),
            _ => None,
        }
    };
    // Evaluation order: depth first, imports before importers.
    let mut order = Vec::new();
    let mut seen = vec![false; graph.modules.len()];
    fn visit(
        i: usize,
        analysed: &[Analysed],
        index: &dyn Fn(usize, &str) -> Option<usize>,
        seen: &mut [bool],
        order: &mut Vec<usize>,
    ) -> Option<()> {
        seen[i] = true;
        for spec in &analysed[i].requests {
            let j = index(i, spec)?;
            if !seen[j] {
                visit(j, analysed, index, seen, order)?;
            }
        }
        order.push(i);
        Some(())
    }
    visit(0, &analysed, &index, &mut seen, &mut order)?;
    // `export *` of a built-in module: its names are not known here.
    for (i, a) in analysed.iter().enumerate() {
        if a.stars.iter().any(|spec| index(i, spec).is_some_and(|j| analysed[j].builtin)) {
            return None;
        }
    }

    // Final names: a top-level name is kept unless an earlier module has
    // it, a module reads a global of that name, or the preamble uses it.
    let mut taken: HashSet<String> = analysed.iter().flat_map(|a| a.unresolved.iter().cloned()).collect();
    taken.extend(
        ["Object", "Symbol", "JSON", "__nano_namespace", "__nano_parse", "__nano_builtin"].map(String::from),
    );
    let mut finals: Vec<HashMap<String, String>> = vec![HashMap::new(); analysed.len()];
    for &i in &order {
        for (name, _) in &analysed[i].locals {
            let mut chosen = name.clone();
            let mut n = 1;
            while taken.contains(&chosen) {
                chosen = format!("{name}${n}");
                n += 1;
            }
            taken.insert(chosen.clone());
            finals[i].insert(name.clone(), chosen);
        }
    }
    // What an export of a module reads: a final local name, or a namespace.
    let mut namespaces: Vec<usize> = Vec::new();
    fn export_of(
        i: usize,
        name: &str,
        analysed: &[Analysed],
        finals: &[HashMap<String, String>],
        index: &dyn Fn(usize, &str) -> Option<usize>,
        namespaces: &mut Vec<usize>,
        depth: usize,
    ) -> Option<String> {
        if depth > 64 {
            return None;
        }
        let a = &analysed[i];
        if a.builtin {
            return Some(format!("{}[{}]", finals[i].get(VALUE)?, serde_json::to_string(name).ok()?));
        }
        if let Some((_, local)) = a.exports.iter().find(|(e, _)| e == name) {
            if let Some(f) = finals[i].get(local) {
                return Some(f.clone());
            }
            // An import re-exported by name.
            let (_, spec, what, _) = a.imports.iter().find(|(l, ..)| l == local)?;
            let j = index(i, spec)?;
            return match what {
                Imported::Name(n) => export_of(j, n, analysed, finals, index, namespaces, depth + 1),
                Imported::Namespace => Some(namespace(j, namespaces)),
            };
        }
        if let Some((_, spec, imported)) = a.reexports.iter().find(|(e, ..)| e == name) {
            let j = index(i, spec)?;
            return match imported {
                Some(n) => export_of(j, n, analysed, finals, index, namespaces, depth + 1),
                None => Some(namespace(j, namespaces)),
            };
        }
        if name != "default" {
            for spec in &a.stars {
                let j = index(i, spec)?;
                if let Some(found) = export_of(j, name, analysed, finals, index, namespaces, depth + 1) {
                    return Some(found);
                }
            }
        }
        None
    }
    fn namespace(j: usize, namespaces: &mut Vec<usize>) -> String {
        if !namespaces.contains(&j) {
            namespaces.push(j);
        }
        format!("__nano_ns{j}")
    }
    // Every export name of a module (for its namespace object).
    fn export_names(
        i: usize,
        analysed: &[Analysed],
        index: &dyn Fn(usize, &str) -> Option<usize>,
        depth: usize,
    ) -> Vec<String> {
        let a = &analysed[i];
        let mut names: Vec<String> = a.exports.iter().map(|(e, _)| e.clone()).collect();
        names.extend(a.reexports.iter().map(|(e, ..)| e.clone()));
        if depth < 64 {
            for spec in &a.stars {
                if let Some(j) = index(i, spec) {
                    names.extend(
                        export_names(j, analysed, index, depth + 1).into_iter().filter(|n| n != "default"),
                    );
                }
            }
        }
        let mut seen = HashSet::new();
        names.retain(|n| seen.insert(n.clone()));
        names
    }

    // Each module's code, its names replaced.
    let mut texts: Vec<(usize, String)> = Vec::new();
    for &i in &order {
        let a = &analysed[i];
        let m = &graph.modules[i];
        if a.builtin {
            continue; // in the preamble
        }
        if m.kind != ModuleType::EsModule {
            // A text module is a string, a JSON module its value parsed
            // again per run (a new object each request, as an instance's).
            let quoted = serde_json::to_string(m.text()).ok()?;
            let value = if m.kind == ModuleType::Json { format!("__nano_parse({quoted})") } else { quoted };
            texts.push((i, format!("const {} = {value};", finals[i].get(VALUE)?)));
            continue;
        }
        let source = m.text();
        let mut reads: HashMap<String, String> = HashMap::new();
        for (local, spec, what, _) in &a.imports {
            let j = index(i, spec)?;
            let read = match what {
                Imported::Name(n) => export_of(j, n, &analysed, &finals, &index, &mut namespaces, 0)?,
                Imported::Namespace => namespace(j, &mut namespaces),
            };
            reads.insert(local.clone(), read);
        }
        let mut edits: Vec<(u32, u32, String)> = Vec::new();
        for (start, end, edit) in &a.edits {
            let text = match edit {
                Edit::Text(t) => t.clone(),
                Edit::Local(name) => finals[i].get(name)?.clone(),
            };
            edits.push((*start, *end, text));
        }
        for (name, spans) in &a.locals {
            let to = &finals[i][name];
            if to != name {
                for s in spans {
                    if a.shorthand.contains(&(s.start, s.end)) {
                        return None; // `{ name }` would need `name: to`
                    }
                    edits.push((s.start, s.end, to.clone()));
                }
            }
        }
        for (local, _, _, spans) in &a.imports {
            let read = &reads[local];
            for s in spans {
                let text = if a.shorthand.contains(&(s.start, s.end)) {
                    format!("{local}: {read}")
                } else {
                    read.clone()
                };
                edits.push((s.start, s.end, text));
            }
        }
        texts.push((i, apply_edits(source, edits)?));
    }
    let entry_default = export_of(0, "default", &analysed, &finals, &index, &mut namespaces, 0);
    // Namespace objects read the modules' variables through getters (live).
    // JSON.parse as the request starts (no script ran yet): frozen in the
    // hardened realm, and `JSON` is a reserved name here.
    let mut preamble = String::from(
        "const __nano_parse = JSON.parse; const __nano_namespace = (g) => { const o = Object.create(null); for (const k of Object.keys(g)) \
         Object.defineProperty(o, k, { get: g[k], enumerable: true }); Object.defineProperty(o, Symbol.toStringTag, \
         { value: \"Module\" }); return Object.preventExtensions(o); };",
    );
    // Built-in modules: their namespaces, from the function's argument.
    for &i in &order {
        if analysed[i].builtin {
            let quoted = serde_json::to_string(&graph.modules[i].name).ok()?;
            preamble.push_str(&format!(" const {} = __nano_builtin({quoted});", finals[i].get(VALUE)?));
        }
    }
    let mut k = 0;
    while k < namespaces.len() {
        let j = namespaces[k];
        if analysed[j].builtin {
            preamble.push_str(&format!(" const __nano_ns{j} = {};", finals[j].get(VALUE)?));
            k += 1;
            continue;
        }
        let mut getters = Vec::new();
        for name in export_names(j, &analysed, &index, 0) {
            let read = export_of(j, &name, &analysed, &finals, &index, &mut namespaces, 0)?;
            getters.push(format!("{}: () => {read}", serde_json::to_string(&name).ok()?));
        }
        preamble.push_str(&format!(" const __nano_ns{j} = __nano_namespace({{ {} }});", getters.join(", ")));
        k += 1;
    }
    let mut body = preamble;
    body.push('\n');
    let mut starts = Vec::new();
    let mut line = 2u32;
    for (i, text) in texts {
        starts.push((line, i));
        line += text.matches('\n').count() as u32 + 1;
        body.push_str(&text);
        body.push('\n');
    }
    match entry_default {
        Some(d) => body.push_str(&format!("return {{ default: {d} }};")),
        None => body.push_str("return {};"),
    }
    Some(Hoisted { body, starts })
}

/// `source` with `edits` ((start, end, replacement), any order) applied;
/// None when two overlap (not a shape this handles).
pub(crate) fn apply_edits(source: &str, mut edits: Vec<(u32, u32, String)>) -> Option<String> {
    edits.sort_by_key(|e| (e.0, e.1));
    let mut out = String::with_capacity(source.len() + 64);
    let mut at = 0usize;
    for (start, end, text) in edits {
        let (start, end) = (start as usize, end as usize);
        if start < at {
            return None;
        }
        out.push_str(&source[at..start]);
        out.push_str(&text);
        at = end;
    }
    out.push_str(&source[at..]);
    Some(out)
}

/// The newlines of `span`'s text, so line numbers after it stay the same.
pub(crate) fn blank(source: &str, span: Span) -> String {
    source[span.start as usize..span.end as usize].chars().filter(|c| *c == '\n').collect()
}

/// The name `export default function f() {}` or `export default class C {}`
/// declares (then the declaration stays, hoisted as before, and is the
/// export); None for anything anonymous, which becomes
/// `const X = ({ default: <x> }).default;` (a property named "default" names
/// an anonymous function or class "default", as the export does).
pub(crate) fn default_declaration_name(d: &ExportDefaultDeclaration) -> Option<String> {
    match &d.declaration {
        ExportDefaultDeclarationKind::FunctionDeclaration(f) => f.id.as_ref().map(|id| id.name.to_string()),
        ExportDefaultDeclarationKind::ClassDeclaration(c) => c.id.as_ref().map(|id| id.name.to_string()),
        _ => None,
    }
}

/// The name a text or JSON module's value is given (made unique).
const VALUE: &str = "__nano_value";

/// A text or JSON module: one constant, its default export.
fn value_module(_index: usize) -> Analysed {
    Analysed {
        edits: Vec::new(),
        requests: Vec::new(),
        locals: vec![(VALUE.to_string(), Vec::new())],
        imports: Vec::new(),
        exports: vec![("default".to_string(), VALUE.to_string())],
        reexports: Vec::new(),
        stars: Vec::new(),
        unresolved: HashSet::new(),
        shorthand: HashSet::new(),
        builtin: false,
    }
}

/// One module's imports, exports, top-level names and references.
fn analyse(source: &str) -> Option<Analysed> {
    let allocator = Allocator::default();
    let parsed = oxc_parser::Parser::new(&allocator, source, SourceType::mjs()).parse();
    if parsed.panicked || parsed.diagnostics.has_errors() {
        return None;
    }
    let record = &parsed.module_record;
    if !record.import_metas.is_empty() || !record.dynamic_imports.is_empty() {
        return None;
    }
    let semantic = SemanticBuilder::new().with_build_nodes(true).build(&parsed.program).semantic;
    let scoping = semantic.scoping();
    let nodes = semantic.nodes();
    let unresolved: HashSet<String> =
        scoping.root_unresolved_references().keys().map(|k| k.to_string()).collect();
    if unresolved.contains("eval") {
        return None;
    }
    let mut a = Analysed {
        edits: Vec::new(),
        requests: Vec::new(),
        locals: Vec::new(),
        imports: Vec::new(),
        exports: Vec::new(),
        reexports: Vec::new(),
        stars: Vec::new(),
        unresolved,
        shorthand: HashSet::new(),
        builtin: false,
    };
    let blank = |span: Span| blank(source, span);
    let mut default_local: Option<String> = None;
    for statement in &parsed.program.body {
        let Some(declaration) = statement.as_module_declaration() else { continue };
        match declaration {
            ModuleDeclaration::ImportDeclaration(d) => {
                a.requests.push(d.source.value.to_string());
                a.edits.push((d.span.start, d.span.end, Edit::Text(blank(d.span))));
            }
            ModuleDeclaration::ExportDeclaration(d) => {
                a.edits.push((d.span.start, d.declaration.span().start, Edit::Text(String::new())));
            }
            ModuleDeclaration::ExportNamedDeclaration(d) => {
                a.edits.push((d.span.start, d.span.end, Edit::Text(blank(d.span))));
            }
            ModuleDeclaration::ExportFromDeclaration(d) => {
                a.requests.push(d.source.value.to_string());
                a.edits.push((d.span.start, d.span.end, Edit::Text(blank(d.span))));
            }
            ModuleDeclaration::ExportAllDeclaration(d) => {
                a.requests.push(d.source.value.to_string());
                a.edits.push((d.span.start, d.span.end, Edit::Text(blank(d.span))));
            }
            ModuleDeclaration::ExportDefaultDeclaration(d) => {
                let inner = d.declaration.span();
                let named = default_declaration_name(d);
                match named {
                    Some(name) => {
                        a.edits.push((d.span.start, inner.start, Edit::Text(String::new())));
                        default_local = Some(name);
                    }
                    None => {
                        // `const <name> = ({ default: <x> }).default;`: a
                        // property named "default" names an anonymous
                        // function or class "default", as the export does.
                        a.edits.push((d.span.start, d.span.start, Edit::Text("const ".into())));
                        a.edits.push((d.span.start, d.span.start, Edit::Local(DEFAULT.to_string())));
                        a.edits.push((d.span.start, inner.start, Edit::Text(" = ({ default: ".into())));
                        a.edits.push((inner.end, inner.end, Edit::Text("}).default;".into())));
                        a.locals.push((DEFAULT.to_string(), Vec::new()));
                        default_local = Some(DEFAULT.to_string());
                    }
                }
            }
            _ => return None, // TypeScript-only declarations (made JavaScript before)
        }
    }
    // Exports.
    for e in &record.local_export_entries {
        let export = match &e.export_name {
            ExportExportName::Name(n) => n.name.to_string(),
            ExportExportName::Default(_) => "default".into(),
            ExportExportName::Null => continue,
        };
        let local = match &e.local_name {
            ExportLocalName::Name(n) => n.name.to_string(),
            ExportLocalName::Default(_) | ExportLocalName::Null => default_local.clone()?,
        };
        a.exports.push((export, local));
    }
    for e in &record.indirect_export_entries {
        let spec = e.module_request.as_ref()?.name.to_string();
        let export = match &e.export_name {
            ExportExportName::Name(n) => n.name.to_string(),
            _ => return None,
        };
        let imported = match &e.import_name {
            ExportImportName::Name(n) => Some(n.name.to_string()),
            ExportImportName::All | ExportImportName::AllButDefault => None,
            ExportImportName::Null => return None,
        };
        a.reexports.push((export, spec, imported));
    }
    for e in &record.star_export_entries {
        let spec = e.module_request.as_ref()?.name.to_string();
        if matches!(e.export_name, ExportExportName::Null) {
            a.stars.push(spec);
        } else {
            let ExportExportName::Name(n) = &e.export_name else { return None };
            a.reexports.push((n.name.to_string(), spec, None));
        }
    }
    // Imports and top-level names, with their references.
    let imports: HashMap<&str, (&str, Imported)> = record
        .import_entries
        .iter()
        .map(|e| {
            let what = match &e.import_name {
                ImportImportName::Name(n) => Imported::Name(n.name.to_string()),
                ImportImportName::Default(_) => Imported::Name("default".into()),
                ImportImportName::NamespaceObject => Imported::Namespace,
            };
            (e.local_name.name.as_str(), (e.module_request.name.as_str(), what))
        })
        .collect();
    let root = scoping.root_scope_id();
    for symbol in scoping.iter_bindings_in(root) {
        let name = scoping.symbol_name(symbol).to_string();
        let references: Vec<Span> = scoping
            .get_resolved_references(symbol)
            .map(|r| nodes.get_node(r.node_id()).kind().span())
            .collect();
        if scoping.symbol_flags(symbol).contains(SymbolFlags::Import) {
            let (spec, what) = imports.get(name.as_str())?.clone();
            a.imports.push((name, spec.to_string(), what, references));
        } else {
            let mut spans = references;
            spans.push(scoping.symbol_span(symbol));
            a.locals.push((name, spans));
        }
    }
    let mut v = Shorthands { spans: &mut a.shorthand };
    v.visit_program(&parsed.program);
    // A reference inside an `export { x }` list was removed with it.
    let removed: Vec<(u32, u32)> = a
        .edits
        .iter()
        .filter(|(s, e, edit)| matches!(edit, Edit::Text(_)) && e > s)
        .map(|(s, e, _)| (*s, *e))
        .collect();
    let inside = |span: &Span| removed.iter().any(|(s, e)| span.start >= *s && span.end <= *e);
    for (_, spans) in &mut a.locals {
        spans.retain(|s| !inside(s));
    }
    for (_, _, _, spans) in &mut a.imports {
        spans.retain(|s| !inside(s));
    }
    Some(a)
}

/// Shorthand properties and patterns (`{ x }`): an identifier there is
/// both a key and a reference.
struct Shorthands<'s> {
    spans: &'s mut HashSet<(u32, u32)>,
}

impl<'a> Visit<'a> for Shorthands<'_> {
    fn visit_object_property(&mut self, p: &ObjectProperty<'a>) {
        if p.shorthand {
            let s = p.value.span();
            self.spans.insert((s.start, s.end));
        }
        oxc_ast_visit::walk::walk_object_property(self, p);
    }
    fn visit_binding_property(&mut self, p: &BindingProperty<'a>) {
        if p.shorthand {
            let s = p.value.span();
            self.spans.insert((s.start, s.end));
        }
        oxc_ast_visit::walk::walk_binding_property(self, p);
    }
    fn visit_assignment_target_property_identifier(&mut self, p: &AssignmentTargetPropertyIdentifier<'a>) {
        let s = p.binding.span;
        self.spans.insert((s.start, s.end));
        oxc_ast_visit::walk::walk_assignment_target_property_identifier(self, p);
    }
}

#[cfg(test)]
mod tests {
    use crate::modules::{ModuleGraph, ModuleSource, ModuleType};

    fn hoisted(modules: &[(&str, &str)]) -> Option<String> {
        let list = modules.iter().map(|(n, s)| ModuleSource::new(*n, ModuleType::EsModule, *s)).collect();
        let graph = ModuleGraph::from_list(list, true).unwrap();
        graph.hoisted().map(|h| h.body.clone())
    }

    #[test]
    fn imports_read_the_exporters_variables_and_clashes_are_renamed() {
        let body = hoisted(&[
            ("main.js", "import { count, bump as b } from './a.js';\nconst x = 1;\nexport default { count, n: b() + x };"),
            ("a.js", "const x = 2;\nexport let count = 0;\nexport function bump() { return ++count + x; }"),
        ])
        .unwrap();
        // a.js first (imports before importers); main's `x` renamed.
        let a = body.find("let count = 0").unwrap();
        let main = body.find("const x$1 = 1").unwrap();
        assert!(a < main, "{body}");
        assert!(body.contains("{ count: count, n: bump() + x$1 }"), "{body}");
        assert!(body.ends_with("return { default: __nano_default };"), "{body}");
    }

    #[test]
    fn namespaces_and_star_reexports_become_objects_with_getters() {
        let body = hoisted(&[
            ("main.js", "import * as lib from './lib.js';\nexport default lib;"),
            ("lib.js", "export * from './inner.js';\nexport const own = 1;"),
            ("inner.js", "export const deep = 2;\nexport default 3;"),
        ])
        .unwrap();
        assert!(
            body.contains(
                "const __nano_ns1 = __nano_namespace({ \"own\": () => own, \"deep\": () => deep });"
            ),
            "{body}"
        );
    }

    #[test]
    fn text_and_json_modules_become_constants() {
        let list = vec![
            ModuleSource::new(
                "main.js",
                ModuleType::EsModule,
                "import t from './a.txt';\nimport j from './b.json';\nexport default { t, j };",
            ),
            ModuleSource::new("a.txt", ModuleType::Text, "line\n\"quoted\""),
            ModuleSource::new("b.json", ModuleType::Json, "{\"k\": [1]}"),
        ];
        let graph = ModuleGraph::from_list(list, true).unwrap();
        let body = &graph.hoisted().unwrap().body;
        assert!(body.contains("const __nano_value = \"line\\n\\\"quoted\\\"\";"), "{body}");
        assert!(body.contains("const __nano_value$1 = __nano_parse(\"{\\\"k\\\": [1]}\");"), "{body}");
        assert!(body.contains("{ t: __nano_value, j: __nano_value$1 }"), "{body}");
    }

    #[test]
    fn what_one_function_cannot_express_is_left_to_module_instances() {
        assert!(
            hoisted(&[("main.js", "import './a.js';\nexport default import.meta.url;"), ("a.js", "")])
                .is_none()
        );
        assert!(
            hoisted(&[("main.js", "import './a.js';\nexport default await import('./a.js');"), ("a.js", "")])
                .is_none()
        );
        // A renamed name in a destructuring shorthand.
        assert!(
            hoisted(&[
                ("main.js", "import './a.js';\nconst { x } = {};\nexport default x;"),
                ("a.js", "export const x = 1;")
            ])
            .is_none()
        );
        assert!(
            hoisted(&[("main.js", "export default 1;")]).is_none(),
            "one module: the realm's own rewrite"
        );
    }

    #[test]
    fn positions_name_the_module_and_its_line() {
        let list = vec![
            ModuleSource::new(
                "main.js",
                ModuleType::EsModule,
                "import { f } from './a.js';\nexport default f;",
            ),
            ModuleSource::new(
                "a.js",
                ModuleType::EsModule,
                "\n\nexport function f() { throw new Error('x'); }",
            ),
        ];
        let graph = ModuleGraph::from_list(list, true).unwrap();
        let h = graph.hoisted().unwrap();
        let line = h.body.lines().position(|l| l.contains("throw")).unwrap() as u32 + 1;
        assert_eq!(h.position(line), Some((1, 3)));
        let text = format!("Error: x\n    at f (nano:graph:{line}:30)");
        assert_eq!(graph.original_positions(&text).unwrap(), "Error: x\n    at f (a.js:3:30)");
    }

    #[test]
    fn the_state_leak_probes_hoist() {
        // tests/state_leaks.rs runs them as a graph in the fresh mode.
        let probes = include_str!("../../tests/js/state_leaks.js");
        let body = hoisted(&[
            (
                "main.js",
                "import probes from './probes.js';\nimport { tag } from './tag.js';\nexport default probes;",
            ),
            ("probes.js", probes),
            ("tag.js", "export const tag = (s) => s;"),
        ]);
        assert!(body.is_some());
    }
}
