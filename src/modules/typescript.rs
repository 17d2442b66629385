//! TypeScript modules (`.ts`, `.mts`, `.cts`, `.tsx`) as JavaScript, made
//! once at registration by oxc (the parser nano already uses, its
//! TypeScript transform and code generator): types are removed, and what
//! needs more than removing (enums, namespaces, parameter properties,
//! JSX as `React.createElement` calls) is transformed. No type checking.
//! The source map the generator makes is kept as a
//! [`PositionMap`](super::positions::PositionMap), so that errors and stack
//! traces name the TypeScript's own lines.

use std::path::Path;

use oxc_allocator::Allocator;
use oxc_codegen::{Codegen, CodegenOptions};
use oxc_semantic::SemanticBuilder;
use oxc_span::SourceType;
use oxc_transformer::{JsxRuntime, TransformOptions, Transformer};

use super::positions::PositionMap;
use super::scan::line_column;

/// Whether `name` is a TypeScript module's.
pub(crate) fn is_typescript(name: &str) -> bool {
    [".ts", ".mts", ".cts", ".tsx"].iter().any(|e| name.ends_with(e)) && !name.ends_with(".d.ts")
}

/// `source` (the TypeScript module `name`) as JavaScript, and where its
/// positions came from. An error names the file, line and column.
pub(crate) fn to_javascript(name: &str, source: &str) -> Result<(String, PositionMap), String> {
    let allocator = Allocator::default();
    let source_type = SourceType::from_path(Path::new(name)).map_err(|e| format!("{name}: {e}"))?;
    let parsed = oxc_parser::Parser::new(&allocator, source, source_type).parse();
    let describe = |errors: &[oxc_diagnostics::OxcDiagnostic]| {
        errors
            .iter()
            .map(|d| {
                let at = d.labels.first().map(|l| l.offset());
                match at {
                    Some(offset) => {
                        let (line, column) = line_column(source, offset);
                        format!("{name}:{line}:{column}: {}", d.message)
                    }
                    None => format!("{name}: {}", d.message),
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    if parsed.panicked || parsed.diagnostics.has_errors() {
        return Err(describe(&parsed.diagnostics));
    }
    let mut program = parsed.program;
    let scoping = SemanticBuilder::new().build(&program).semantic.into_scoping();
    let mut options = TransformOptions::default();
    options.jsx.runtime = JsxRuntime::Classic;
    let transformed =
        Transformer::new(&allocator, Path::new(name), &options).build_with_scoping(scoping, &mut program);
    if !transformed.diagnostics.is_empty() {
        return Err(describe(&transformed.diagnostics));
    }
    let options =
        CodegenOptions { source_map_path: Some(Path::new(name).to_path_buf()), ..CodegenOptions::default() };
    let generated = Codegen::new().with_options(options).build(&program);
    let map = generated.map.map_or_else(PositionMap::default, |sm| {
        PositionMap::own(
            sm.get_tokens().map(|t| (t.get_dst_line(), t.get_dst_col(), t.get_src_line(), t.get_src_col())),
        )
    });
    Ok((generated.code, map))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_go_and_enums_and_parameter_properties_are_transformed() {
        let source = "interface P { x: number }\nenum Color { Red, Green }\nclass A { constructor(private n: number) {} get(): number { return this.n; } }\nexport const f = <T,>(v: T): T => v;\nexport const c = Color.Green as number satisfies number;\nexport default new A(c);";
        let (code, _) = to_javascript("a.ts", source).unwrap();
        assert!(!code.contains("interface") && !code.contains(": number"), "{code}");
        assert!(code.contains("Color[\"Green\"]") || code.contains("Color.Green"), "{code}");
        assert!(code.contains("this.n = n"), "{code}");
    }

    #[test]
    fn errors_name_the_file_line_and_column() {
        let err = to_javascript("src/x.ts", "const a: number = 1;\nconst b = ;").unwrap_err();
        assert!(err.starts_with("src/x.ts:2:"), "{err}");
    }

    #[test]
    fn positions_map_back_to_the_typescript() {
        let source = "type T = {\n  a: string;\n};\nconst x: T = { a: 'x' };\nthrow new Error(x.a);\n";
        let (code, map) = to_javascript("t.ts", source).unwrap();
        let line = code.lines().position(|l| l.contains("throw")).unwrap() as u32 + 1;
        assert_eq!(map.original(line, 1), Some((None, 5, 1)), "{code}");
    }
}
