//! Registration errors say where: the script's name, line and column, and
//! for an import its specifier; registration then fails whole (nothing is
//! left registered under the name), in every isolation mode.

use nano::{Config, Error, IsolationMode, Runtime, ScriptOptions};

const MODES: [IsolationMode; 3] = [IsolationMode::Fresh, IsolationMode::Reuse, IsolationMode::Strict];

fn refused(rt: &Runtime, mode: IsolationMode, source: &str) -> String {
    let options = ScriptOptions { isolation: mode, ..Default::default() };
    match rt.add_script("w", source, options) {
        Err(Error::ScriptCompile(message)) => {
            assert!(rt.script("w").is_none(), "{mode:?}: nothing registered after {message}");
            assert!(!message.contains("undefined:0"), "{mode:?}: {message}");
            message
        }
        other => panic!("{mode:?}: {other:?}"),
    }
}

#[test]
fn an_import_names_the_file_line_column_and_specifier() {
    let rt = Runtime::new(Config { log: Some(std::sync::Arc::new(|_, _| {})), ..Config::default() }).unwrap();
    for mode in MODES {
        let builtin = "// a bundle as wrangler leaves it\nimport { env } from \"cloudflare:workers\";\n\
                       export default { fetch() { return new Response(String(env)); } };";
        // The column is the specifier's.
        let message = refused(&rt, mode, builtin);
        assert!(
            message.contains(
                "w:2:21: import of \"cloudflare:workers\": nano has no built-in module \"cloudflare:workers\" yet"
            ),
            "{mode:?}: {message}"
        );
        let bare =
            "import { x } from 'node:nothing';\nexport default { fetch() { return new Response(''); } };";
        let message = refused(&rt, mode, bare);
        assert!(
            message.contains("w:1:19: import of \"node:nothing\": nano has no built-in module"),
            "{mode:?}: {message}"
        );
        let relative = "export default { fetch() { return new Response(''); } };\n\n  import './util.js';";
        let message = refused(&rt, mode, relative);
        assert!(message.contains("w:3:10: import of \"./util.js\": no such module"), "{mode:?}: {message}");
        // The name is free again: a good script registers under it.
        let good = ScriptOptions { isolation: mode, ..Default::default() };
        rt.add_script(
            &format!("ok-{}", mode.name()),
            "export default { fetch() { return new Response('') } }",
            good,
        )
        .unwrap();
    }
}

#[test]
fn syntax_errors_and_throws_name_their_line() {
    let rt = Runtime::new(Config { log: Some(std::sync::Arc::new(|_, _| {})), ..Config::default() }).unwrap();
    for mode in MODES {
        let message = refused(&rt, mode, "export default {\n  fetch() {\n    return new Response(;\n  } };");
        assert!(message.contains("w:3:"), "{mode:?}: {message}");
        let message =
            refused(&rt, mode, "const x = 1;\nthrow new Error('top level ' + x);\nexport default {};");
        assert!(message.contains("top level 1"), "{mode:?}: {message}");
        assert!(message.contains("w:2:"), "{mode:?}: {message}");
    }
}
