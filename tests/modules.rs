//! Scripts of several modules (issue 29): every module type, cycles,
//! `import()`, `require()`, errors that name the importer, line and
//! specifier, graphs read from disk with packages; in every isolation mode.

use nano::{Config, Error, IsolationMode, ModuleSource, ModuleType, Request, Runtime, ScriptOptions};

const MODES: [IsolationMode; 3] = [IsolationMode::Fresh, IsolationMode::Reuse, IsolationMode::Strict];

fn runtime() -> Runtime {
    Runtime::new(Config { log: Some(std::sync::Arc::new(|_, _| {})), ..Config::default() }).unwrap()
}

fn get(rt: &Runtime, script: &str) -> String {
    let req = Request { method: "GET".into(), url: "http://x/".into(), ..Default::default() };
    let response = rt.eval(script, req).unwrap();
    String::from_utf8(response.body).unwrap()
}

fn options(mode: IsolationMode) -> ScriptOptions {
    ScriptOptions { isolation: mode, ..Default::default() }
}

fn esm(name: &str, source: &str) -> ModuleSource {
    ModuleSource::new(name, ModuleType::EsModule, source)
}

/// (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
const ADD_WASM: &[u8] = &[
    0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 7, 7, 1, 3, 97, 100, 100, 0,
    0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11,
];

fn every_type() -> Vec<ModuleSource> {
    vec![
        esm(
            "src/index.js",
            r#"import { greet } from "./lib/greet.js";
import config from "../config.json" with { type: "json" };
import text from "./hello.txt";
import data from "./bytes.bin";
import counter, { inc } from "./counter.cjs";
export default {
  async fetch() {
    const view = new Uint8Array(data);
    const { default: add } = await import("./add.wasm");
    const instance = await WebAssembly.instantiate(add);
    const lazy = await import("./lazy.js");
    const computed = await import("./lib/" + "greet.js");
    return Response.json({
      greet: greet(config.who),
      text: text.trim(),
      data: [view.length, view[0], data instanceof ArrayBuffer],
      wasm: instance.exports.add(2, 3),
      cjs: [typeof counter, inc(), counter.inc(), counter.fromJson, counter.esm],
      lazy: lazy.default,
      same: computed.greet === greet,
      meta: import.meta.url,
    });
  },
};"#,
        ),
        esm("src/lib/greet.js", "export function greet(who) { return `hello ${who}`; }"),
        ModuleSource::new("config.json", ModuleType::Json, r#"{"who": "graph"}"#),
        ModuleSource::new("src/hello.txt", ModuleType::Text, "hi there\n"),
        ModuleSource::new("src/bytes.bin", ModuleType::Data, vec![7u8, 8, 9]),
        ModuleSource::new("src/add.wasm", ModuleType::Wasm, ADD_WASM.to_vec()),
        ModuleSource::new(
            "src/counter.cjs",
            ModuleType::CommonJs,
            r#"let n = 0;
exports.inc = () => ++n;
exports.fromJson = require("../config.json").who;
exports.esm = require("./lib/greet.js").greet("cjs");"#,
        ),
        esm("src/lazy.js", "export default 'lazy ' + (await Promise.resolve(1));"),
        esm("src/unused.js", "throw new Error('never imported, never run');"),
    ]
}

#[test]
fn a_graph_of_every_module_type_runs_in_every_mode() {
    let rt = runtime();
    for mode in MODES {
        let name = format!("types-{}", mode.name());
        rt.add_modules(&name, every_type(), options(mode)).unwrap();
        for _ in 0..3 {
            let body = get(&rt, &name);
            let expected = r#"{"greet":"hello graph","text":"hi there","data":[3,7,true],"wasm":5,"cjs":["object",1,2,"graph","hello cjs"],"lazy":"lazy 1","same":true,"meta":"file:///src/index.js"}"#;
            if mode == IsolationMode::Reuse {
                // The CommonJS counter is module state: it persists in reuse.
                assert!(body.starts_with(r#"{"greet":"hello graph""#), "{mode:?}: {body}");
            } else {
                assert_eq!(body, expected, "{mode:?}");
            }
        }
    }
}

#[test]
fn module_state_follows_the_isolation_mode() {
    let rt = runtime();
    let graph = || {
        vec![
            esm(
                "main.js",
                "import { bump } from './state.js';\nexport default { fetch() { return new Response(String(bump())); } };",
            ),
            esm("state.js", "let n = 0;\nexport function bump() { return ++n; }"),
        ]
    };
    for mode in MODES {
        let name = format!("state-{}", mode.name());
        rt.add_modules(&name, graph(), options(mode)).unwrap();
        let seen: Vec<String> = (0..3).map(|_| get(&rt, &name)).collect();
        let expected = if mode == IsolationMode::Reuse { ["1", "2", "3"] } else { ["1", "1", "1"] };
        assert_eq!(seen, expected, "{mode:?}");
    }
}

#[test]
fn cycles_link_as_es_modules_do() {
    let rt = runtime();
    let graph = || {
        vec![
            esm(
                "a.js",
                "import { b, early } from './b.js';\nexport function a() { return 'a'; }\n\
                 export default { fetch() { return new Response(a() + b() + early); } };",
            ),
            // b runs first: a's function declaration is already there.
            esm(
                "b.js",
                "import { a } from './a.js';\nexport const early = a();\nexport function b() { return 'b'; }",
            ),
        ]
    };
    for mode in MODES {
        let name = format!("cycle-{}", mode.name());
        rt.add_modules(&name, graph(), options(mode)).unwrap();
        assert_eq!(get(&rt, &name), "aba", "{mode:?}");
    }
}

fn refused(rt: &Runtime, modules: Vec<ModuleSource>, mode: IsolationMode) -> String {
    match rt.add_modules("bad", modules, options(mode)) {
        Err(Error::ScriptCompile(message)) | Err(Error::InvalidArgument(message)) => {
            assert!(rt.script("bad").is_none(), "nothing registered after {message}");
            message
        }
        other => panic!("{mode:?}: {other:?}"),
    }
}

#[test]
fn a_missing_or_builtin_import_names_the_importer_line_and_specifier() {
    let rt = runtime();
    for mode in MODES {
        let message = refused(
            &rt,
            vec![
                esm(
                    "src/index.js",
                    "import './lib.js';\nexport default { fetch() { return new Response('') } };",
                ),
                esm("src/lib.js", "export const x = 1;\n\nimport { y } from './nowhere.js';"),
            ],
            mode,
        );
        assert_eq!(message, "src/lib.js:3:19: import of \"./nowhere.js\": no such module", "{mode:?}");
        let message = refused(
            &rt,
            vec![esm("worker.js", "import { env } from 'cloudflare:workers';\nexport default {};")],
            mode,
        );
        assert!(
            message
                .starts_with("worker.js:1:21: import of \"cloudflare:workers\": nano has no built-in module"),
            "{mode:?}: {message}"
        );
        let message = refused(&rt, vec![esm("a.js", "export default {"), esm("a.js", "")], mode);
        assert!(message.contains("two modules are named \"a.js\""), "{message}");
        let message = refused(&rt, vec![esm("../a.js", "")], mode);
        assert!(message.contains("relative path"), "{message}");
        // A syntax error in an imported module names that module.
        let message = refused(
            &rt,
            vec![esm("main.js", "import './b.js';\nexport default {};"), esm("b.js", "\nlet = ;")],
            mode,
        );
        assert!(message.contains("b.js:2"), "{mode:?}: {message}");
    }
}

#[test]
fn strict_mode_refuses_webassembly_imported_by_the_top_level() {
    let rt = runtime();
    let modules = vec![
        esm(
            "main.js",
            "import add from './add.wasm';\nexport default { fetch() { return new Response(String(add)); } };",
        ),
        ModuleSource::new("add.wasm", ModuleType::Wasm, ADD_WASM.to_vec()),
    ];
    let message = refused(&rt, modules.clone(), IsolationMode::Strict);
    assert!(message.starts_with("add.wasm: in the strict isolation mode"), "{message}");
    for mode in [IsolationMode::Fresh, IsolationMode::Reuse] {
        let name = format!("wasm-{}", mode.name());
        rt.add_modules(&name, modules.clone(), options(mode)).unwrap();
        assert_eq!(get(&rt, &name), "[object WebAssembly.Module]", "{mode:?}");
    }
}

#[test]
fn require_and_import_of_the_unknown_throw_when_they_run() {
    let rt = runtime();
    let modules = vec![
        esm(
            "main.js",
            r#"import helper from "./helper.cjs";
export default {
  async fetch() {
    let dynamic;
    try { await import("./missing.js"); } catch (e) { dynamic = e.code + ": " + e.message; }
    return Response.json({ optional: helper.optional, dynamic });
  },
};"#,
        ),
        ModuleSource::new(
            "helper.cjs",
            ModuleType::CommonJs,
            "let optional;\ntry { require('./not-there'); } catch (e) { optional = e.code; }\nmodule.exports = { optional };",
        ),
    ];
    for mode in MODES {
        let name = format!("unknown-{}", mode.name());
        rt.add_modules(&name, modules.clone(), options(mode)).unwrap();
        assert_eq!(
            get(&rt, &name),
            r#"{"optional":"MODULE_NOT_FOUND","dynamic":"MODULE_NOT_FOUND: Cannot find module \"./missing.js\" from main.js: no such module"}"#,
            "{mode:?}"
        );
    }
}

#[test]
fn a_project_on_disk_resolves_as_wranglers_build_does() {
    let dir = std::env::temp_dir().join(format!("nano-modules-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let write = |path: &str, text: &str| {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    write("package.json", r#"{"name": "app", "type": "module"}"#);
    write(
        "src/index.js",
        "import { route } from './routes';\nimport { tag } from 'tagger';\nimport legacy from 'legacy';\n\
         export default { fetch() { return new Response(tag(route()) + ' ' + legacy.version); } };",
    );
    write("src/routes/index.js", "export const route = () => 'home';");
    write(
        "node_modules/tagger/package.json",
        r#"{"name": "tagger", "exports": {".": {"node": "./node.js", "workerd": "./worker.js", "default": "./index.js"}}}"#,
    );
    write("node_modules/tagger/worker.js", "export const tag = (s) => `<${s}>`;");
    write("node_modules/tagger/node.js", "throw new Error('the node build');");
    write("node_modules/legacy/package.json", r#"{"name": "legacy", "main": "lib/main.js"}"#);
    write("node_modules/legacy/lib/main.js", "module.exports = { version: require('./version') };");
    write("node_modules/legacy/lib/version.js", "module.exports = '1.2';");
    let rt = runtime();
    for mode in MODES {
        let name = format!("disk-{}", mode.name());
        rt.add_script_path(&name, &dir.join("src/index.js"), options(mode)).unwrap();
        assert_eq!(get(&rt, &name), "<home> 1.2", "{mode:?}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

const TYPESCRIPT: &str = r#"import { Greeter, Tone } from "./greeter";
import type { Options } from "./types";

interface Env { WHO?: string }

function pick<T>(items: T[], index: number): T {
  return items[index];
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/throw") {
      throw new Error("thrown from TypeScript");
    }
    const options = { tone: Tone.Loud } satisfies Options;
    const greeter = new Greeter(pick(["ts", "js"], 0) as string, options.tone);
    return new Response(greeter.greet());
  },
};
"#;

const GREETER: &str = r#"export enum Tone { Quiet, Loud }

export class Greeter {
  constructor(private readonly who: string, private tone: Tone = Tone.Quiet) {}

  greet(): string {
    const text = `hello ${this.who}`;
    return this.tone === Tone.Loud ? text.toUpperCase() : text;
  }
}
"#;

#[test]
fn typescript_runs_and_its_errors_name_its_own_lines() {
    let rt = runtime();
    let modules = || {
        vec![
            ModuleSource::by_name("src/index.ts", TYPESCRIPT),
            ModuleSource::by_name("src/greeter.ts", GREETER),
            ModuleSource::by_name(
                "src/types.ts",
                "import { Tone } from './greeter';\nexport interface Options { tone: Tone }\n",
            ),
        ]
    };
    for mode in MODES {
        let name = format!("ts-{}", mode.name());
        rt.add_modules(&name, modules(), options(mode)).unwrap();
        assert_eq!(get(&rt, &name), "HELLO TS", "{mode:?}");
        let req = Request { method: "GET".into(), url: "http://x/throw".into(), ..Default::default() };
        match rt.eval(&name, req) {
            Err(Error::Script(message)) => {
                assert!(message.contains("thrown from TypeScript"), "{mode:?}: {message}");
                assert!(message.contains("src/index.ts:14:"), "{mode:?}: the TypeScript's line: {message}");
            }
            other => panic!("{mode:?}: {other:?}"),
        }
    }
    // A logged stack names the TypeScript's lines too.
    let lines: std::sync::Arc<std::sync::Mutex<Vec<String>>> = Default::default();
    let sink = lines.clone();
    let logging = Runtime::new(Config {
        log: Some(std::sync::Arc::new(move |_, line| sink.lock().unwrap().push(line.to_string()))),
        ..Config::default()
    })
    .unwrap();
    let logged = vec![
        ModuleSource::by_name(
            "src/index.ts",
            "import { where } from './where';\nexport default { fetch() { console.log(where()); return new Response('ok'); } };",
        ),
        ModuleSource::by_name(
            "src/where.ts",
            "type T = number;\n\nexport function where(): string {\n  return new Error('here').stack as string;\n}\n",
        ),
    ];
    logging.add_modules("logged", logged, options(IsolationMode::Fresh)).unwrap();
    assert_eq!(get(&logging, "logged"), "ok");
    let seen = lines.lock().unwrap().join("\n");
    assert!(seen.contains("src/where.ts:4:"), "{seen}");
    // A syntax error names the TypeScript's line and column.
    let broken = vec![ModuleSource::by_name(
        "src/index.ts",
        "const a: number = 1;\n\nconst b: = 2;\nexport default {};",
    )];
    let message = refused(&rt, broken, IsolationMode::Fresh);
    assert!(message.starts_with("src/index.ts:3:"), "{message}");
    // A missing import names the TypeScript's line.
    let missing = vec![ModuleSource::by_name(
        "src/index.ts",
        "type A = {\n  a: string;\n};\nimport { b } from './nowhere';\nexport default { fetch() { return new Response(b); } };",
    )];
    let message = refused(&rt, missing, IsolationMode::Fresh);
    assert!(message.starts_with("src/index.ts:4:19: import of \"./nowhere\""), "{message}");
}

/// A bundle as wrangler or esbuild leave it, its source map inline: a
/// thrown error names the original file and line.
#[test]
fn a_bundles_source_map_names_the_original_lines() {
    use base64::Engine;
    // Each line of the bundle comes from line 11 + n of src/app.ts.
    let map =
        r#"{"version":3,"sources":["../src/app.ts"],"names":[],"mappings":"AAUA;AACA;AACA;AACA;AACA;AACA"}"#;
    let bundle = format!(
        "// bundled\nexport default {{\n  fetch() {{\n    throw new Error(\"mapped\");\n  }},\n}};\n//# sourceMappingURL=data:application/json;base64,{}\n",
        base64::engine::general_purpose::STANDARD.encode(map)
    );
    let rt = runtime();
    for mode in MODES {
        let name = format!("mapped-{}", mode.name());
        let modules = vec![ModuleSource::new("dist/worker.js", ModuleType::EsModule, bundle.as_str())];
        rt.add_modules(&name, modules, options(mode)).unwrap();
        match rt.eval(&name, Request { method: "GET".into(), url: "http://x/".into(), ..Default::default() })
        {
            Err(Error::Script(message)) => {
                assert!(message.contains("(src/app.ts:14:11)"), "{mode:?}: {message}")
            }
            other => panic!("{mode:?}: {other:?}"),
        }
    }
    // The map beside the bundle, as a .map file of the list.
    let beside = bundle.split("//# sourceMappingURL=").next().unwrap().to_string()
        + "//# sourceMappingURL=worker.js.map\n";
    let modules = vec![
        ModuleSource::new("dist/worker.js", ModuleType::EsModule, beside),
        ModuleSource::new("dist/worker.js.map", ModuleType::Text, map),
    ];
    rt.add_modules("mapped-beside", modules, options(IsolationMode::Fresh)).unwrap();
    match rt.eval(
        "mapped-beside",
        Request { method: "GET".into(), url: "http://x/".into(), ..Default::default() },
    ) {
        Err(Error::Script(message)) => assert!(message.contains("(src/app.ts:14:11)"), "{message}"),
        other => panic!("{other:?}"),
    }
}

/// A JSON module's value is the graph's state like any other: a new object
/// per request in fresh (where the graph runs as one hoisted function, the
/// JSON and text as constants) and strict, kept by reuse.
#[test]
fn json_and_text_modules_follow_the_isolation_mode() {
    let rt = runtime();
    let graph = || {
        vec![
            esm(
                "main.js",
                "import config from './config.json';\nimport banner from './banner.txt';\n\
                 export default { fetch() { config.n++; return new Response(banner + config.n); } };",
            ),
            ModuleSource::new("config.json", ModuleType::Json, r#"{"n": 0}"#),
            ModuleSource::new("banner.txt", ModuleType::Text, "n="),
        ]
    };
    for mode in MODES {
        let name = format!("json-{}", mode.name());
        rt.add_modules(&name, graph(), options(mode)).unwrap();
        let seen: Vec<String> = (0..3).map(|_| get(&rt, &name)).collect();
        let expected =
            if mode == IsolationMode::Reuse { ["n=1", "n=2", "n=3"] } else { ["n=1", "n=1", "n=1"] };
        assert_eq!(seen, expected, "{mode:?}");
    }
}
