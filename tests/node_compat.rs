//! Node.js compatibility (issue 30): `node:*` modules linked into a
//! script's graph by full and bare name, through `import` (static and
//! dynamic) and `require()`, in every isolation mode; the globals; the
//! option off; AsyncLocalStorage across continuations and requests.

use nano::{Config, IsolationMode, ModuleSource, ModuleType, Request, Runtime, ScriptOptions};

const MODES: [IsolationMode; 3] = [IsolationMode::Fresh, IsolationMode::Reuse, IsolationMode::Strict];

fn runtime() -> Runtime {
    Runtime::new(Config { log: Some(std::sync::Arc::new(|_, _| {})), ..Config::default() }).unwrap()
}

fn get(rt: &Runtime, script: &str, path: &str) -> String {
    let req = Request { method: "GET".into(), url: format!("http://x{path}"), ..Default::default() };
    let response = rt.eval(script, req).unwrap();
    String::from_utf8(response.body).unwrap()
}

fn options(mode: IsolationMode) -> ScriptOptions {
    ScriptOptions { isolation: mode, ..Default::default() }
}

#[test]
fn node_modules_link_by_full_and_bare_name_in_every_mode() {
    let source = r#"import path, { join } from "node:path";
import * as posix from "path/posix";
import { createRequire } from "./cjs.cjs";
export default {
  async fetch() {
    const dynamic = await import("node:path");
    return Response.json({
      join: join("/a", "b/../c"),
      dflt: path.basename("/x/y.txt"),
      ns: posix.extname("f.js"),
      same: dynamic.join === join && path.join === join,
      cjs: createRequire(),
      global: typeof global === "object" && global === globalThis,
    });
  },
};"#;
    let cjs = r#"const path = require("path");
const full = require("node:path");
const name = "pa" + "th";
exports.createRequire = () => [path === full, path.sep, require(name) === path];"#;
    let expected =
        r#"{"join":"/a/c","dflt":"y.txt","ns":".js","same":true,"cjs":[true,"/",true],"global":true}"#;
    let rt = runtime();
    for mode in MODES {
        let list = vec![
            ModuleSource::new("index.js", ModuleType::EsModule, source),
            ModuleSource::new("cjs.cjs", ModuleType::CommonJs, cjs),
        ];
        let name = format!("graph-{}", mode.name());
        rt.add_modules(&name, list, options(mode)).unwrap();
        for _ in 0..3 {
            assert_eq!(get(&rt, &name, "/"), expected, "{mode:?}");
        }
        // One module importing only built-in modules (a wrangler bundle).
        let single = r#"import path from "path";
export default { fetch() { return new Response(path.join("a", "..", "b")); } };"#;
        let name = format!("single-{}", mode.name());
        rt.add_script(&name, single, options(mode)).unwrap();
        for _ in 0..3 {
            assert_eq!(get(&rt, &name, "/"), "b", "{mode:?}");
        }
    }
}

#[test]
fn node_compat_off_refuses_node_imports_by_name() {
    let rt = runtime();
    let source =
        "import path from \"node:path\";\nexport default { fetch() { return new Response(path.sep); } };";
    let off = ScriptOptions { node_compat: false, ..Default::default() };
    let err = rt.add_script("off", source, off).unwrap_err().to_string();
    assert!(err.contains("off:1:18: import of \"node:path\""), "{err}");
    assert!(err.contains("needs Node.js compatibility (nodejs_compat)"), "{err}");
    // An unknown node: module is refused with or without the option.
    let source = "import x from \"node:nope\";\nexport default { fetch() { return new Response(x); } };";
    let err = rt.add_script("nope", source, ScriptOptions::default()).unwrap_err().to_string();
    assert!(err.contains("nano has no built-in module \"node:nope\""), "{err}");
    // Without the option, no Node globals.
    let source = "export default { fetch() { return new Response(typeof global); } };";
    let off = ScriptOptions { node_compat: false, ..Default::default() };
    rt.add_script("globals-off", source, off).unwrap();
    assert_eq!(get(&rt, "globals-off", "/"), "undefined");
}
