//! Builds the C programs in examples/c and tests/c against the real
//! libnano (shared and static) and runs them.

#[path = "common/sanitize.rs"]
mod sanitize;

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Where cargo put libnano.so and libnano.a for this profile.
fn lib_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap().to_path_buf(); // target/<profile>
    assert!(dir.join("libnano.so").exists(), "libnano.so not built in {}", dir.display());
    dir
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("c{}", sanitize::flags().1));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn has(tool: &str) -> bool {
    Command::new("sh").arg("-c").arg(format!("command -v {tool}")).output().is_ok_and(|o| o.status.success())
}

/// Compiles `sources` with `compiler` and `args`; panics with the output on failure.
fn compile(compiler: &str, sources: &[PathBuf], output: &Path, args: &[&str]) {
    let mut cmd = Command::new(compiler);
    cmd.args(sources).arg("-o").arg(output).arg("-I").arg(root().join("include")).args(args);
    cmd.args(sanitize::flags().0);
    if has("mold") {
        cmd.arg("-fuse-ld=mold");
    }
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {compiler}: {e}"));
    assert!(
        out.status.success(),
        "{compiler} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn link_shared() -> Vec<String> {
    let dir = lib_dir();
    vec![format!("-L{}", dir.display()), format!("-Wl,-rpath,{}", dir.display()), "-lnano".into()]
}

fn link_static() -> Vec<String> {
    vec![lib_dir().join("libnano.a").display().to_string(), "-lpthread".into(), "-ldl".into(), "-lm".into()]
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn run(program: &Path, args: &[&str]) -> (String, String) {
    let mut cmd = Command::new(program);
    sanitize::configure(&mut cmd);
    let out = cmd.args(args).current_dir(root()).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{} failed ({}):\n{stdout}\n{stderr}", program.display(), out.status);
    (stdout, stderr)
}

const HELLO_OUTPUT: &str = "200\ncontent-type: text/plain;charset=UTF-8\nx-powered-by: nano\n\n\
    Hello from nano! You asked for GET http://localhost/\n";

#[test]
fn header_compiles_as_c99_and_cpp_and_twice() {
    let src = root().join("tests/c/header_check.c");
    let out = out_dir();
    let strict = ["-Wall", "-Wextra", "-Werror", "-pedantic", "-fsyntax-only"];
    let mut c99 = vec!["-std=c99"];
    c99.extend(strict);
    compile("cc", std::slice::from_ref(&src), &out.join("h99"), &c99);
    let mut cpp = vec!["-x", "c++", "-std=c++11"];
    cpp.extend(strict);
    compile("c++", &[src], &out.join("hpp"), &cpp);
}

#[test]
fn hello_example_with_shared_library() {
    let exe = out_dir().join("hello_shared");
    compile("cc", &[root().join("examples/c/hello.c")], &exe, &strs(&link_shared()));
    let (stdout, stderr) = run(&exe, &["examples/workers/hello.js"]);
    assert_eq!(stdout, HELLO_OUTPUT);
    assert!(stderr.contains("time from nano_runtime_new to first response"), "{stderr}");
}

#[test]
fn hello_example_with_static_library() {
    let exe = out_dir().join("hello_static");
    compile("cc", &[root().join("examples/c/hello.c")], &exe, &strs(&link_static()));
    let (stdout, _) = run(&exe, &["examples/workers/hello.js", "GET", "http://localhost/"]);
    assert_eq!(stdout, HELLO_OUTPUT);
}

#[test]
fn c_api_suite() {
    let exe = out_dir().join("api_test");
    let mut args = vec!["-std=c99", "-Wall", "-Wextra", "-Werror", "-D_POSIX_C_SOURCE=200809L", "-pthread"];
    let link = link_shared();
    args.extend(strs(&link));
    compile("cc", &[root().join("tests/c/api_test.c")], &exe, &args);
    let (stdout, _) = run(&exe, &["tests/c/globals.js"]);
    print!("{stdout}");
    let last = stdout.lines().last().unwrap_or_default();
    assert!(last.ends_with(" 0 failed"), "{stdout}");
}

#[test]
fn shared_library_exports_only_nano_symbols() {
    let out = Command::new("nm").arg("-D").arg("--defined-only").arg(lib_dir().join("libnano.so")).output();
    let Ok(out) = out else {
        panic!("nm (binutils) is needed for this test");
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let names: Vec<&str> = text.lines().filter_map(|l| l.split_whitespace().nth(2)).collect();
    assert!(names.contains(&"nano_runtime_new"), "{text}");
    let foreign: Vec<&&str> = names.iter().filter(|n| !n.starts_with("nano_")).collect();
    assert!(foreign.is_empty(), "libnano.so exports more than nano_*: {foreign:?}");
}
