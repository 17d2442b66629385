//! A module's body as the body of a function, so the default isolation mode
//! can run a script's top level again for each request by calling one
//! compiled function: V8 then keeps the feedback and optimised code of the
//! script's functions across requests (a module compiled again would start
//! them cold each time).
//!
//! Only `export` is rewritten, found by a real parser (oxc): `export <decl>`
//! loses its keyword, `export { a as default }` is dropped, `export default
//! <x>` becomes a constant; the function returns `{ default }`. Anything
//! else a function body cannot express the same way (imports, re-exports,
//! `import.meta`, a name clash with the constant) gives `None`, and the
//! caller re-creates the module itself for each request instead. A graph of
//! modules goes through [`crate::modules::hoist`], whose edit helpers these
//! share.

use oxc_allocator::Allocator;
use oxc_ast::ast::{ExportDefaultDeclarationKind, ModuleDeclaration};
use oxc_span::{GetSpan, SourceType};

use crate::modules::hoist::{apply_edits, blank, default_declaration_name};

/// The name the rewritten body gives an anonymous default export.
const DEFAULT_NAME: &str = "__nano_default_export__";

/// `source` (an ES module) as a function body that runs the same top level
/// and returns `{ default: <the default export> }` (`{}` without one).
/// `None` when the module cannot be expressed so.
pub(crate) fn module_as_function_body(source: &str) -> Option<String> {
    if source.contains(DEFAULT_NAME) {
        return None;
    }
    let allocator = Allocator::default();
    let parsed = oxc_parser::Parser::new(&allocator, source, SourceType::mjs()).parse();
    if parsed.panicked || parsed.diagnostics.has_errors() {
        return None;
    }
    let record = &parsed.module_record;
    if !record.requested_modules.is_empty() || !record.import_metas.is_empty() {
        return None;
    }
    // (start, end, replacement), in source order.
    let mut edits: Vec<(u32, u32, String)> = Vec::new();
    let mut default_local: Option<String> = None;
    if let Some(hashbang) = &parsed.program.hashbang {
        edits.push((hashbang.span.start, hashbang.span.start + 2, "//".into()));
    }
    for statement in &parsed.program.body {
        let Some(declaration) = statement.as_module_declaration() else { continue };
        match declaration {
            ModuleDeclaration::ExportDeclaration(d) => {
                edits.push((d.span.start, d.declaration.span().start, String::new()));
            }
            ModuleDeclaration::ExportNamedDeclaration(d) => {
                for s in &d.specifiers {
                    if s.exported.name() == "default" {
                        default_local = Some(s.local.name().to_string());
                    }
                }
                edits.push((d.span.start, d.span.end, blank(source, d.span)));
            }
            ModuleDeclaration::ExportDefaultDeclaration(d) => {
                if matches!(d.declaration, ExportDefaultDeclarationKind::TSInterfaceDeclaration(_)) {
                    return None;
                }
                let inner = d.declaration.span();
                match default_declaration_name(d) {
                    Some(name) => {
                        edits.push((d.span.start, inner.start, String::new()));
                        default_local = Some(name);
                    }
                    None => {
                        edits.push((
                            d.span.start,
                            inner.start,
                            format!("const {DEFAULT_NAME} = ({{ default: "),
                        ));
                        edits.push((inner.end, inner.end, "}).default;".into()));
                        default_local = Some(DEFAULT_NAME.into());
                    }
                }
            }
            // Imports and re-exports: a function cannot express them.
            _ => return None,
        }
    }
    let mut body = apply_edits(source, edits)?;
    match default_local {
        Some(local) => body.push_str(&format!("\nreturn {{ default: {local} }};")),
        None => body.push_str("\nreturn {};"),
    }
    Some(body)
}

#[cfg(test)]
mod tests {
    use super::module_as_function_body as body;

    #[test]
    fn default_object_becomes_a_constant() {
        let b = body("const x = 1;\nexport default { fetch() { return x; } };\n").unwrap();
        assert!(
            b.contains("const __nano_default_export__ = ({ default: { fetch() { return x; } }}).default;"),
            "{b}"
        );
        assert!(b.ends_with("return { default: __nano_default_export__ };"), "{b}");
    }

    #[test]
    fn named_declarations_keep_their_names() {
        let b = body("export default function handler() {}\nexport const a = 1, b = 2;\nexport class C {}")
            .unwrap();
        assert!(b.starts_with("function handler() {}\nconst a = 1, b = 2;\nclass C {}"), "{b}");
        assert!(b.ends_with("return { default: handler };"), "{b}");
    }

    #[test]
    fn export_lists_are_dropped_keeping_lines() {
        let b = body("const app = {};\nexport {\n  app as default,\n  app as other\n};\nthrow 1;").unwrap();
        assert_eq!(b.lines().count(), 7, "{b}");
        assert!(b.ends_with("return { default: app };"), "{b}");
    }

    #[test]
    fn strings_and_comments_that_look_like_exports_are_kept() {
        let src = "const s = 'export default 1'; // export default 2\nconst r = /export default/;\nexport default s;";
        let b = body(src).unwrap();
        assert!(
            b.starts_with("const s = 'export default 1'; // export default 2\nconst r = /export default/;\n"),
            "{b}"
        );
    }

    #[test]
    fn what_a_function_cannot_express_falls_back() {
        assert!(body("import x from './x.js'; export default x;").is_none());
        assert!(body("export * from './x.js';").is_none());
        assert!(body("export { a } from './x.js';").is_none());
        assert!(body("export default import.meta.url;").is_none());
        assert!(body("const __nano_default_export__ = 1; export default 2;").is_none());
        assert!(body("export default {").is_none(), "a syntax error");
    }

    #[test]
    fn no_default_export_returns_an_empty_namespace() {
        let b = body("addEventListener('fetch', () => {});").unwrap();
        assert!(b.ends_with("return {};"), "{b}");
    }

    #[test]
    fn a_hashbang_becomes_a_comment() {
        let b = body("#!/usr/bin/env node\nexport default 1;").unwrap();
        assert!(b.starts_with("//"), "{b}");
    }
}
