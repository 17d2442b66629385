//! What a module's source asks for, read by a real parser (oxc): static
//! imports and re-exports, `import()` and (CommonJS) `require()` of string
//! literals; and the names a CommonJS module exports, found as Node's
//! cjs-module-lexer finds them (`exports.x =`, `module.exports.x =`,
//! `module.exports = { x }`, `Object.defineProperty(exports, "x", ...)`).
//! Source that does not parse asks for nothing here: V8 reports its syntax
//! error when it compiles it.

use oxc_allocator::Allocator;
use oxc_ast::ast::{Argument, AssignmentExpression, CallExpression, Expression, ObjectPropertyKind};
use oxc_ast_visit::Visit;
use oxc_span::SourceType;

use super::ModuleType;

/// How a module asks for another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RequestKind {
    /// `import` / `export ... from` / `import()`.
    Import,
    /// CommonJS `require()`.
    Require,
}

/// One specifier a module names.
#[derive(Debug, Clone)]
pub(crate) struct Request {
    pub(crate) specifier: String,
    /// Byte offset of the specifier in the source.
    pub(crate) offset: u32,
    pub(crate) kind: RequestKind,
    /// A static import: it must resolve for the module to link.
    pub(crate) is_static: bool,
}

fn source_type(kind: ModuleType) -> SourceType {
    if kind == ModuleType::CommonJs { SourceType::cjs() } else { SourceType::mjs() }
}

/// What one parse of a module's source found.
#[derive(Debug, Default)]
pub(crate) struct Scanned {
    /// The specifiers it names, in source order.
    pub(crate) requests: Vec<Request>,
    /// A CommonJS module's export names (`default` and `__esModule` left
    /// out: the default export is `module.exports` itself).
    pub(crate) exports: Vec<String>,
}

/// The specifiers `source` names and (CommonJS) the names it exports, read
/// in one parse.
pub(crate) fn scan(source: &str, kind: ModuleType) -> Scanned {
    let allocator = Allocator::default();
    let parsed = oxc_parser::Parser::new(&allocator, source, source_type(kind)).parse();
    if parsed.panicked || parsed.diagnostics.has_errors() {
        return Scanned::default();
    }
    let mut out = Scanned::default();
    for (specifier, list) in &parsed.module_record.requested_modules {
        for r in list.iter().filter(|r| !r.is_type) {
            out.requests.push(Request {
                specifier: specifier.to_string(),
                offset: r.span.start,
                kind: RequestKind::Import,
                is_static: true,
            });
        }
    }
    for d in &parsed.module_record.dynamic_imports {
        let text = &source[d.module_request.start as usize..d.module_request.end as usize];
        if let Some(specifier) = literal(text) {
            out.requests.push(Request {
                specifier,
                offset: d.module_request.start,
                kind: RequestKind::Import,
                is_static: false,
            });
        }
    }
    if kind == ModuleType::CommonJs {
        let mut v = CommonJs { out: &mut out };
        v.visit_program(&parsed.program);
        let mut seen = std::collections::HashSet::new();
        out.exports.retain(|n| n != "default" && n != "__esModule" && seen.insert(n.clone()));
    }
    out.requests.sort_by_key(|r| r.offset);
    out
}

/// Whether `source` has import or export statements (so is an ES module
/// where nothing says which it is).
pub(crate) fn has_module_syntax(source: &str) -> bool {
    let allocator = Allocator::default();
    let parsed = oxc_parser::Parser::new(&allocator, source, SourceType::mjs()).parse();
    !parsed.panicked && parsed.module_record.has_module_syntax
}

/// The string a literal's source text holds (quotes or a template without
/// substitutions; escapes are not supported here).
fn literal(text: &str) -> Option<String> {
    let text = text.trim();
    let quote = text.chars().next()?;
    if !matches!(quote, '"' | '\'' | '`') || text.len() < 2 || !text.ends_with(quote) {
        return None;
    }
    let inner = &text[1..text.len() - 1];
    if inner.contains('\\') || inner.contains(quote) || (quote == '`' && inner.contains("${")) {
        return None;
    }
    Some(inner.to_string())
}

/// A CommonJS module's `require()` literals and export names, found as
/// Node's cjs-module-lexer finds them.
struct CommonJs<'o> {
    out: &'o mut Scanned,
}

/// Whether `e` is `exports` or `module.exports`.
fn is_exports(e: &Expression) -> bool {
    e.is_specific_id("exports") || e.is_specific_member_access("module", "exports")
}

impl<'a> Visit<'a> for CommonJs<'_> {
    fn visit_call_expression(&mut self, call: &CallExpression<'a>) {
        if call.callee.is_specific_id("require")
            && call.arguments.len() == 1
            && let Argument::StringLiteral(s) = &call.arguments[0]
        {
            self.out.requests.push(Request {
                specifier: s.value.to_string(),
                offset: s.span.start,
                kind: RequestKind::Require,
                is_static: false,
            });
        }
        if call.callee.is_specific_member_access("Object", "defineProperty")
            && call.arguments.len() >= 2
            && let (Some(target), Argument::StringLiteral(name)) =
                (call.arguments[0].as_expression(), &call.arguments[1])
            && is_exports(target)
        {
            self.out.exports.push(name.value.to_string());
        }
        oxc_ast_visit::walk::walk_call_expression(self, call);
    }

    fn visit_assignment_expression(&mut self, it: &AssignmentExpression<'a>) {
        if let Some(member) = it.left.as_member_expression() {
            if is_exports(member.object()) {
                if let Some(name) = member.static_property_name() {
                    self.out.exports.push(name.to_string());
                }
            } else if member.object().is_specific_id("module")
                && member.static_property_name() == Some("exports")
                && let Expression::ObjectExpression(object) = it.right.get_inner_expression()
            {
                for p in &object.properties {
                    if let ObjectPropertyKind::ObjectProperty(p) = p
                        && let Some(name) = p.key.static_name()
                    {
                        self.out.exports.push(name.to_string());
                    }
                }
            }
        }
        oxc_ast_visit::walk::walk_assignment_expression(self, it);
    }
}

/// 1-based line and column of byte `offset` in `text`.
pub(crate) fn line_column(text: &str, offset: u32) -> (usize, usize) {
    let before = &text[..(offset as usize).min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_imports_dynamic_imports_and_requires() {
        let esm = "import a from './a.js';\nexport * from \"./b.js\";\nconst c = import('./c.js');\nconst d = import(name);";
        let r = scan(esm, ModuleType::EsModule).requests;
        let found: Vec<_> = r.iter().map(|r| (r.specifier.as_str(), r.is_static)).collect();
        assert_eq!(found, [("./a.js", true), ("./b.js", true), ("./c.js", false)]);
        let cjs = "const x = require('./x');\nfunction f() { return require(\"y\"); }\nrequire(z);";
        let r = scan(cjs, ModuleType::CommonJs).requests;
        let found: Vec<_> = r.iter().map(|r| (r.specifier.as_str(), r.kind)).collect();
        assert_eq!(found, [("./x", RequestKind::Require), ("y", RequestKind::Require)]);
    }

    #[test]
    fn finds_commonjs_export_names() {
        let src = "exports.a = 1;\nmodule.exports.b = 2;\nObject.defineProperty(exports, 'c', { value: 3 });\nexports.default = 4;\nexports.a = 5;";
        assert_eq!(scan(src, ModuleType::CommonJs).exports, ["a", "b", "c"]);
        let object = "module.exports = { x, y: 1, 'z'() {} };";
        assert_eq!(scan(object, ModuleType::CommonJs).exports, ["x", "y", "z"]);
    }

    #[test]
    fn lines_and_columns_are_one_based() {
        assert_eq!(line_column("ab\ncd", 4), (2, 2));
        assert_eq!(line_column("x", 0), (1, 1));
    }
}
