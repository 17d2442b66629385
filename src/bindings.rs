//! Native functions behind the Workers globals, and the external-reference
//! table that lets a snapshot restore them.
//!
//! This file is compiled twice: into `build.rs`, which makes the startup
//! snapshot, and into the library, which loads it. V8 records each native as
//! an index into [`external_references`], so both sides must list the same
//! natives in the same order; [`natives`] is that one list.

use std::borrow::Cow;
use std::sync::OnceLock;

use v8::MapFnTo;

/// The level `console.log` uses (levels are `NANO_LOG_*` in C, 0 to 3).
const LOG_INFO: u32 = 1;

/// What natives need from the host, stored in the isolate's slot by the
/// runtime. An isolate without one (the snapshot builder) logs to stderr.
pub struct HostHooks {
    pub log: LogHook,
}

/// Receives (level, message) for each console line.
pub type LogHook = Box<dyn Fn(u32, &str)>;

type Native = (&'static str, v8::FunctionCallback);

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
        // The order of this list is the snapshot's contract: append only.
        let natives: Vec<Native> = vec![
            ("log", log.map_fn_to()),
            ("utf8Encode", utf8_encode.map_fn_to()),
            ("utf8EncodeInto", utf8_encode_into.map_fn_to()),
            ("utf8Decode", utf8_decode.map_fn_to()),
            ("urlParse", url_parse.map_fn_to()),
        ];
        let refs = natives.iter().map(|(_, f)| v8::ExternalReference { function: *f }).collect();
        Table { natives, refs }
    })
}

/// Every native, by the name the bootstrap JS knows it under.
pub fn natives() -> &'static [Native] {
    &table().natives
}

/// The external references for `CreateParams` and the snapshot creator.
pub fn external_references() -> Cow<'static, [v8::ExternalReference]> {
    Cow::Borrowed(&table().refs)
}

fn throw_type_error(scope: &mut v8::PinScope, message: &str) {
    let msg = v8::String::new(scope, message).unwrap_or_else(|| v8::String::empty(scope));
    let exc = v8::Exception::type_error(scope, msg);
    scope.throw_exception(exc);
}

fn throw_range_error(scope: &mut v8::PinScope, message: &str) {
    let msg = v8::String::new(scope, message).unwrap_or_else(|| v8::String::empty(scope));
    let exc = v8::Exception::range_error(scope, msg);
    scope.throw_exception(exc);
}

fn string_arg<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: &v8::FunctionCallbackArguments<'s>,
    i: i32,
) -> Option<v8::Local<'s, v8::String>> {
    let value = args.get(i);
    if value.is_string() {
        return value.try_into().ok();
    }
    value.to_string(scope)
}

/// A new Uint8Array that owns `bytes` without copying them.
pub fn uint8_array_from_vec<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    bytes: Vec<u8>,
) -> Option<v8::Local<'s, v8::Uint8Array>> {
    let len = bytes.len();
    let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
    let buffer = v8::ArrayBuffer::with_backing_store(scope, &store);
    v8::Uint8Array::new(scope, buffer, 0, len)
}

/// Calls `f` with the bytes an ArrayBufferView shows, without copying
/// off-heap contents.
pub fn with_view_bytes<R>(view: v8::Local<v8::ArrayBufferView>, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut storage = [0u8; v8::TYPED_ARRAY_MAX_SIZE_IN_HEAP];
    f(view.get_contents(&mut storage))
}

/// log(level, message): one console line to the host.
fn log<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) {
    let level = args.get(0).uint32_value(scope).unwrap_or(LOG_INFO);
    let Some(message) = string_arg(scope, &args, 1) else {
        return;
    };
    let message = message.to_rust_string_lossy(scope);
    match scope.get_slot::<HostHooks>() {
        Some(hooks) => (hooks.log)(level, &message),
        None => eprintln!("{message}"),
    }
}

/// utf8Encode(string) -> Uint8Array. Lone surrogates become U+FFFD.
fn utf8_encode<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    let Some(s) = string_arg(scope, &args, 0) else {
        return;
    };
    let bytes = s.to_rust_string_lossy(scope).into_bytes();
    if let Some(array) = uint8_array_from_vec(scope, bytes) {
        rv.set(array.into());
    }
}

/// utf8EncodeInto(string, Uint8Array) -> [code units read, bytes written].
fn utf8_encode_into<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    let Some(s) = string_arg(scope, &args, 0) else {
        return;
    };
    let Ok(dest) = v8::Local::<v8::Uint8Array>::try_from(args.get(1)) else {
        throw_type_error(scope, "encodeInto: destination must be a Uint8Array");
        return;
    };
    let len = dest.byte_length();
    let (read, written) = if len == 0 {
        (0, 0)
    } else {
        // SAFETY: data() points at `len` writable bytes of the view; nothing
        // runs JS (or moves the heap) while we write.
        let buf = unsafe { std::slice::from_raw_parts_mut(dest.data() as *mut u8, len) };
        let mut read = 0usize;
        let written = s.write_utf8_v2(scope, buf, v8::WriteFlags::kReplaceInvalidUtf8, Some(&mut read));
        (read, written)
    };
    let read = v8::Number::new(scope, read as f64);
    let written = v8::Number::new(scope, written as f64);
    let pair = v8::Array::new_with_elements(scope, &[read.into(), written.into()]);
    rv.set(pair.into());
}

/// utf8Decode(Uint8Array, fatal) -> string. Invalid input throws a TypeError
/// when `fatal`, otherwise each maximal invalid subpart becomes U+FFFD.
fn utf8_decode<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(args.get(0)) else {
        throw_type_error(scope, "decode: input must be an ArrayBufferView");
        return;
    };
    let fatal = args.get(1).boolean_value(scope);
    let decoded = with_view_bytes(view, |bytes| match std::str::from_utf8(bytes) {
        Ok(s) => Ok(v8::String::new_from_utf8(scope, s.as_bytes(), v8::NewStringType::Normal)),
        Err(_) if fatal => Err(()),
        Err(_) => {
            let s = String::from_utf8_lossy(bytes);
            Ok(v8::String::new_from_utf8(scope, s.as_bytes(), v8::NewStringType::Normal))
        }
    });
    match decoded {
        Ok(Some(s)) => rv.set(s.into()),
        Ok(None) => throw_range_error(scope, "decode: the result is longer than a string can be"),
        Err(()) => throw_type_error(scope, "The encoded data was not valid for encoding utf-8"),
    }
}

/// urlParse(input, base?) -> href, or null when it does not parse (WHATWG URL).
fn url_parse<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    let Some(input) = string_arg(scope, &args, 0) else {
        return;
    };
    let input = input.to_rust_string_lossy(scope);
    let base_arg = args.get(1);
    let parsed = if base_arg.is_null_or_undefined() {
        url::Url::parse(&input)
    } else {
        let Some(base) = string_arg(scope, &args, 1) else {
            return;
        };
        let base = base.to_rust_string_lossy(scope);
        url::Url::parse(&base).and_then(|b| b.join(&input))
    };
    match parsed {
        Ok(u) => {
            if let Some(href) = v8::String::new(scope, u.as_str()) {
                rv.set(href.into());
            }
        }
        Err(_) => rv.set_null(),
    }
}
