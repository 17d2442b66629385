//! The natives behind the Workers globals, and the external-reference table
//! that lets a snapshot restore them.
//!
//! V8 records each native in a snapshot as an index into
//! [`external_references`], so the library must list the same natives in the
//! same order as the `build.rs` that made the snapshot: both take them from
//! [`EXTENSIONS`], the one list. The bootstrap JS imports them by name from
//! the module `nano:natives` (see [`crate::bootstrap`]).

mod args;
mod async_context;
mod buffer;
mod ciphers;
mod compression;
mod console;
mod crypto;
mod encoding;
mod fetch;
mod keys;
mod modules;
mod node_crypto;
mod timers;
mod url;
mod util;
mod wasm;

use std::borrow::Cow;
use std::sync::OnceLock;

pub(crate) use args::NativeFn;
pub use args::{byte_string_of, uint8_array_from_vec, with_view_bytes};
pub use crypto::os_random_words;

/// A native as JS knows it: its name in `nano:natives`, and the function.
pub type Native = (&'static str, v8::FunctionCallback);

/// One area of the Web platform and its natives, each wrapped by
/// [`contain`]: `native_list!["name" => function, ...]`.
macro_rules! native_list {
    ($($name:literal => $f:path),* $(,)?) => {
        vec![$(($name, {
            fn wrapped<'s>(
                scope: &mut v8::PinScope<'s, '_>,
                args: v8::FunctionCallbackArguments<'s>,
                rv: v8::ReturnValue<'s>,
            ) {
                $crate::natives::contain($name, scope, args, rv, $f)
            }
            v8::MapFnTo::map_fn_to(wrapped)
        })),*]
    };
}
pub(crate) use native_list;

/// One area of the Web platform: its name and the list of its natives.
type Extension = (&'static str, fn() -> Vec<Native>);

/// The extensions, in snapshot order: append only (and append natives only
/// at the end of an extension's list, or at the end of the last one).
const EXTENSIONS: &[Extension] = &[
    ("console", console::natives),
    ("encoding", encoding::natives),
    ("url", url::natives),
    ("timers", timers::natives),
    ("fetch", fetch::natives),
    ("crypto", crypto::natives),
    ("wasm", wasm::natives),
    ("compression", compression::natives),
    ("modules", modules::natives),
    ("async_context", async_context::natives),
    ("buffer", buffer::natives),
    ("node_crypto", node_crypto::natives),
    ("keys", keys::natives),
    ("ciphers", ciphers::natives),
    ("util", util::natives),
];

/// Runs a native, turning its [`args::Throw`] into a JS exception and a
/// panic into an Error: a panic must not unwind into V8 (which would abort
/// the process).
fn contain<'s, 'i>(
    name: &str,
    scope: &mut v8::PinScope<'s, 'i>,
    args: v8::FunctionCallbackArguments<'s>,
    rv: v8::ReturnValue<'s>,
    native: NativeFn,
) {
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        crate::panic_inject::point(name);
        native(scope, args, rv)
    }));
    let (message, range) = match outcome {
        Ok(Ok(())) | Ok(Err(args::Throw::Pending)) => return,
        Ok(Err(args::Throw::Type(message))) => (message, false),
        Ok(Err(args::Throw::Arg(i, message))) => (format!("{name}: argument {i} {message}"), false),
        Ok(Err(args::Throw::Range(message))) => (message, true),
        Err(_) => {
            let message = format!("internal error in nano's native {name} (it panicked)");
            let msg = v8::String::new(scope, &message).unwrap_or_else(|| v8::String::empty(scope));
            let exc = v8::Exception::error(scope, msg);
            scope.throw_exception(exc);
            return;
        }
    };
    let msg = v8::String::new(scope, &message).unwrap_or_else(|| v8::String::empty(scope));
    let exc =
        if range { v8::Exception::range_error(scope, msg) } else { v8::Exception::type_error(scope, msg) };
    scope.throw_exception(exc);
}

struct Table {
    natives: Vec<Native>,
    refs: Vec<v8::ExternalReference>,
}

// SAFETY: the table holds only function pointers to `'static` code, written
// once and never mutated.
unsafe impl Sync for Table {}
unsafe impl Send for Table {}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let natives: Vec<Native> = EXTENSIONS.iter().flat_map(|(_, natives)| natives()).collect();
        let refs = natives.iter().map(|(_, f)| v8::ExternalReference { function: *f }).collect();
        Table { natives, refs }
    })
}

/// Every native, by the name the bootstrap JS imports it under.
pub fn natives() -> &'static [Native] {
    &table().natives
}

/// The external references for `CreateParams` and the snapshot creator.
pub fn external_references() -> Cow<'static, [v8::ExternalReference]> {
    Cow::Borrowed(&table().refs)
}

#[cfg(test)]
mod tests {
    #[test]
    fn native_names_are_unique() {
        let mut names: Vec<&str> = super::natives().iter().map(|(n, _)| *n).collect();
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count, "two natives share a name");
    }
}
