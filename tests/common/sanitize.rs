//! `NANO_C_SANITIZE=address` builds the C test programs with
//! AddressSanitizer (scripts/test.sh runs the C suites once more that way).
//! Leak detection is off: V8's platform threads live for the whole process
//! by design, and nano's own leaks are measured by tests/lifecycle.rs.
#![allow(dead_code)]

/// Extra compiler flags, and a suffix for the program's file name.
pub fn flags() -> (Vec<&'static str>, &'static str) {
    match std::env::var("NANO_C_SANITIZE").as_deref() {
        Ok("address") => (vec!["-fsanitize=address", "-fno-omit-frame-pointer", "-g"], "_asan"),
        Ok(other) if !other.is_empty() => panic!("NANO_C_SANITIZE={other}: only \"address\" is supported"),
        _ => (Vec::new(), ""),
    }
}

/// Sets the sanitizer's options on a command that runs a C test program.
pub fn configure(cmd: &mut std::process::Command) {
    cmd.env("ASAN_OPTIONS", "detect_leaks=0:abort_on_error=1:halt_on_error=1");
}
