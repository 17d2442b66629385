//! Builds the startup snapshot that every isolate starts from: a context
//! holding the whole Workers global scope, made by running `src/js/*.js` with
//! the natives of `src/bindings.rs` (the same files the library compiles, so
//! the external-reference table matches).

#[allow(dead_code)]
#[path = "src/bindings.rs"]
mod bindings;
#[allow(dead_code)]
#[path = "src/bootstrap.rs"]
mod bootstrap;
#[allow(dead_code, unused_imports)]
#[path = "src/panic_inject.rs"]
mod panic_inject;

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/bindings.rs");
    println!("cargo:rerun-if-changed=src/bootstrap.rs");
    println!("cargo:rerun-if-changed=src/panic_inject.rs");
    println!("cargo:rerun-if-changed=src/js");
    println!("cargo:rerun-if-changed=nano.map");
    let map = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap()).join("nano.map");
    println!("cargo:rustc-cdylib-link-arg=-Wl,--version-script={}", map.display());
    println!("cargo:rustc-cdylib-link-arg=-Wl,--exclude-libs,ALL");
    for (file, _) in bootstrap::JS_FILES {
        println!("cargo:rerun-if-changed=src/js/{file}");
    }

    let _ = v8::icu::set_common_data_78(deno_core_icudata::ICU_DATA);
    let platform = v8::new_default_platform(0, false).make_shared();
    v8::V8::initialize_platform(platform);
    v8::V8::initialize();

    let mut creator = v8::Isolate::snapshot_creator(Some(bindings::external_references()), None);
    {
        v8::scope!(let scope, &mut creator);
        let context = v8::Context::new(scope, Default::default());
        let scope = &mut v8::ContextScope::new(scope, context);
        let internal = match bootstrap::run(scope) {
            Ok(internal) => internal,
            Err(e) => panic!("{e}"),
        };
        let index = scope.add_context_data(context, internal);
        assert_eq!(index, bootstrap::INTERNAL_DATA_INDEX);
        scope.set_default_context(context);
    }
    let blob = creator.create_blob(v8::FunctionCodeHandling::Keep).expect("V8 could not create the snapshot");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("nano_snapshot.bin");
    std::fs::write(&out, &*blob).expect("cannot write the snapshot");
}
