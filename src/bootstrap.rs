//! Builds the Workers global scope inside a context by running the bootstrap
//! JS (`src/js/*.js`) with the natives of [`crate::bindings`].
//!
//! `build.rs` runs this once to make the startup snapshot; the library runs it
//! again only where a snapshot is deliberately not used (benchmarks).

/// The bootstrap files, in the order they run. Each is the body of a function
/// called with `nano = { natives, internal }`; the last one returns `internal`.
pub const JS_FILES: &[(&str, &str)] = &[
    ("00_util.js", include_str!("js/00_util.js")),
    ("10_console.js", include_str!("js/10_console.js")),
    ("15_dom.js", include_str!("js/15_dom.js")),
    ("20_encoding.js", include_str!("js/20_encoding.js")),
    ("25_url.js", include_str!("js/25_url.js")),
    ("28_blob.js", include_str!("js/28_blob.js")),
    ("30_headers.js", include_str!("js/30_headers.js")),
    ("40_fetch.js", include_str!("js/40_fetch.js")),
    ("45_crypto.js", include_str!("js/45_crypto.js")),
    ("48_timers.js", include_str!("js/48_timers.js")),
    ("50_events.js", include_str!("js/50_events.js")),
    ("90_dispatch.js", include_str!("js/90_dispatch.js")),
];

/// Index of the `internal` object among the context's snapshot data.
pub(crate) const INTERNAL_DATA_INDEX: usize = 0;

/// "name:line:column: message\nstack" for an exception caught by `tc`.
pub fn describe_exception(tc: &v8::PinnedRef<v8::TryCatch<v8::HandleScope>>) -> String {
    let Some(exception) = tc.exception() else {
        return "execution was terminated".to_string();
    };
    let mut out = String::new();
    if let Some(message) = tc.message() {
        let name =
            message.get_script_resource_name(tc).map(|n| n.to_rust_string_lossy(tc)).unwrap_or_default();
        let line = message.get_line_number(tc).unwrap_or(0);
        let column = message.get_start_column() + 1;
        out.push_str(&format!("{name}:{line}:{column}: "));
    }
    out.push_str(&describe_value(tc, exception));
    out
}

/// An error's stack (which starts with its message), or the value as a string.
pub fn describe_value(scope: &v8::PinScope, value: v8::Local<v8::Value>) -> String {
    if let Ok(obj) = v8::Local::<v8::Object>::try_from(value) {
        let key = v8::String::new(scope, "stack").unwrap();
        if let Some(stack) = obj.get(scope, key.into()) {
            if stack.is_string() {
                return stack.to_rust_string_lossy(scope);
            }
        }
    }
    value.to_rust_string_lossy(scope)
}

/// Runs the bootstrap files in the current context and returns `internal`.
pub fn run<'s>(scope: &mut v8::PinScope<'s, '_>) -> Result<v8::Local<'s, v8::Object>, String> {
    let natives = v8::Object::new(scope);
    for (name, callback) in crate::bindings::natives() {
        let template = v8::FunctionTemplate::new_raw(scope, *callback);
        let function = template.get_function(scope).ok_or("cannot create a native function")?;
        let key = v8::String::new(scope, name).unwrap();
        function.set_name(key);
        natives.set(scope, key.into(), function.into());
    }
    let internal = v8::Object::new(scope);
    let nano = v8::Object::new(scope);
    let key = v8::String::new(scope, "natives").unwrap();
    nano.set(scope, key.into(), natives.into());
    let key = v8::String::new(scope, "internal").unwrap();
    nano.set(scope, key.into(), internal.into());

    let mut result = None;
    for (file, source) in JS_FILES {
        v8::tc_scope!(let tc, scope);
        // Same first line as the file, so stack positions match it.
        let wrapped = format!("(function (nano) {{{source}\n}})");
        let code = v8::String::new(tc, &wrapped).ok_or("bootstrap source too long")?;
        let name = v8::String::new(tc, &format!("nano:internal/{file}")).unwrap();
        let origin = v8::ScriptOrigin::new(tc, name.into(), 0, 0, false, 0, None, false, false, false, None);
        let run = v8::Script::compile(tc, code, Some(&origin))
            .and_then(|script| script.run(tc))
            .and_then(|f| v8::Local::<v8::Function>::try_from(f).ok())
            .and_then(|f| {
                let recv = v8::undefined(tc);
                f.call(tc, recv.into(), &[nano.into()])
            });
        match run {
            Some(value) => result = Some(value),
            None => return Err(format!("bootstrap {file} failed: {}", describe_exception(tc))),
        }
    }
    result
        .and_then(|v| v8::Local::<v8::Object>::try_from(v).ok())
        .ok_or_else(|| "the last bootstrap file must return the internal object".to_string())
}
