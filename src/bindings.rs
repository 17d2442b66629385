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

/// What natives need from the embedder, kept in the isolate's slot (as a
/// [`HostSlot`]) by the runtime. An isolate without one (the snapshot
/// builder) logs to stderr and has no timers or fetch.
pub trait Host {
    /// One console line.
    fn log(&self, level: u32, message: &str);
    /// Arms timer `id` to fire after `delay_ms`.
    fn timer_start(&self, id: u32, delay_ms: f64) -> Result<(), String>;
    fn timer_cancel(&self, id: u32);
    /// Starts subrequest `id` through the host's fetch callback.
    fn fetch_start(&self, id: u32, request: FetchRequest) -> Result<(), String>;
    /// Milliseconds since the current request started (performance.now).
    fn now_ms(&self) -> f64;
}

/// A subrequest as the natives hand it to the host.
pub struct FetchRequest {
    pub method: String,
    pub url: String,
    pub headers: Vec<(Vec<u8>, Vec<u8>)>,
    pub body: Option<Vec<u8>>,
}

/// The isolate slot holding the host.
pub struct HostSlot(pub Box<dyn Host>);

fn host<'a>(scope: &'a v8::PinScope) -> Option<&'a dyn Host> {
    scope.get_slot::<HostSlot>().map(|h| &*h.0)
}

type Native = (&'static str, v8::FunctionCallback);

/// The natives list, each wrapped by [`contain`]: `"name" => function`.
macro_rules! contained_natives {
    ($($name:literal => $f:ident),* $(,)?) => {
        vec![$(($name, {
            fn wrapped<'s>(
                scope: &mut v8::PinScope<'s, '_>,
                args: v8::FunctionCallbackArguments<'s>,
                rv: v8::ReturnValue<'s>,
            ) {
                contain($name, scope, args, rv, $f)
            }
            wrapped.map_fn_to()
        })),*]
    };
}

/// Runs a native, turning a panic into a JS exception: a panic must not
/// unwind into V8 (which would abort the process).
fn contain<'s, 'i>(
    name: &str,
    scope: &mut v8::PinScope<'s, 'i>,
    args: v8::FunctionCallbackArguments<'s>,
    rv: v8::ReturnValue<'s>,
    native: impl FnOnce(&mut v8::PinScope<'s, 'i>, v8::FunctionCallbackArguments<'s>, v8::ReturnValue<'s>),
) {
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        crate::panic_inject::point(name);
        native(scope, args, rv)
    }));
    if outcome.is_err() {
        let message = format!("internal error in nano's native {name} (it panicked)");
        let msg = v8::String::new(scope, &message).unwrap_or_else(|| v8::String::empty(scope));
        let exc = v8::Exception::error(scope, msg);
        scope.throw_exception(exc);
    }
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
        // The order of this list is the snapshot's contract: append only.
        let natives: Vec<Native> = contained_natives![
            "log" => log,
            "utf8Encode" => utf8_encode,
            "utf8EncodeInto" => utf8_encode_into,
            "utf8Decode" => utf8_decode,
            "urlParse" => url_parse,
            "urlSet" => url_set,
            "formParse" => form_parse,
            "formSerialize" => form_serialize,
            "timerStart" => timer_start,
            "timerCancel" => timer_cancel,
            "fetchStart" => fetch_start,
            "now" => now,
            "randomFill" => random_fill,
            "digest" => digest,
            "hmac" => hmac_sign,
            "timingSafeEqual" => timing_safe_equal,
            "base64Encode" => base64_encode,
            "base64Decode" => base64_decode,
            "encodingName" => encoding_name,
            "decoderNew" => decoder_new,
            "decoderDecode" => decoder_decode,
            "encodeLatin1" => encode_latin1,
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
    match host(scope) {
        Some(h) => h.log(level, &message),
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

/// The components JS's URL class reads, in this order.
fn url_components<'s>(scope: &mut v8::PinScope<'s, '_>, u: &url::Url) -> v8::Local<'s, v8::Value> {
    use url::quirks;
    let parts = [
        quirks::href(u).to_string(),
        quirks::protocol(u).to_string(),
        quirks::username(u).to_string(),
        quirks::password(u).to_string(),
        quirks::host(u).to_string(),
        quirks::hostname(u).to_string(),
        quirks::port(u).to_string(),
        quirks::pathname(u).to_string(),
        quirks::search(u).to_string(),
        quirks::hash(u).to_string(),
        quirks::origin(u),
    ];
    flat_strings(scope, &parts)
}

fn rust_string<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: &v8::FunctionCallbackArguments<'s>,
    i: i32,
) -> Option<String> {
    string_arg(scope, args, i).map(|s| s.to_rust_string_lossy(scope))
}

/// urlParse(input, base?) -> components, or null when it does not parse.
fn url_parse<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    let Some(input) = rust_string(scope, &args, 0) else { return };
    let parsed = if args.get(1).is_null_or_undefined() {
        url::Url::parse(&input)
    } else {
        let Some(base) = rust_string(scope, &args, 1) else { return };
        url::Url::parse(&base).and_then(|b| b.join(&input))
    };
    match parsed {
        Ok(u) => rv.set(url_components(scope, &u)),
        Err(_) => rv.set_null(),
    }
}

/// urlSet(href, component, value) -> components after the WHATWG setter.
fn url_set<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    use url::quirks;
    let (Some(href), Some(what), Some(value)) =
        (rust_string(scope, &args, 0), rust_string(scope, &args, 1), rust_string(scope, &args, 2))
    else {
        return;
    };
    let Ok(mut u) = url::Url::parse(&href) else {
        throw_type_error(scope, "invalid URL");
        return;
    };
    let ok = match what.as_str() {
        "href" => match url::Url::parse(&value) {
            Ok(n) => {
                u = n;
                Ok(())
            }
            Err(_) => Err(()),
        },
        "protocol" => quirks::set_protocol(&mut u, &value),
        "username" => quirks::set_username(&mut u, &value),
        "password" => quirks::set_password(&mut u, &value),
        "host" => quirks::set_host(&mut u, &value),
        "hostname" => quirks::set_hostname(&mut u, &value),
        "port" => quirks::set_port(&mut u, &value),
        "pathname" => {
            quirks::set_pathname(&mut u, &value);
            Ok(())
        }
        "search" => {
            quirks::set_search(&mut u, &value);
            Ok(())
        }
        "hash" => {
            quirks::set_hash(&mut u, &value);
            Ok(())
        }
        _ => Err(()),
    };
    if ok.is_err() && what == "href" {
        throw_type_error(scope, &format!("Invalid URL: {value}"));
        return;
    }
    // Other setters ignore values they cannot apply, as the standard says.
    rv.set(url_components(scope, &u));
}

fn flat_strings<'s>(scope: &mut v8::PinScope<'s, '_>, items: &[String]) -> v8::Local<'s, v8::Value> {
    let values: Vec<v8::Local<v8::Value>> = items
        .iter()
        .map(|p| v8::String::new(scope, p).unwrap_or_else(|| v8::String::empty(scope)).into())
        .collect();
    v8::Array::new_with_elements(scope, &values).into()
}

/// formParse(string) -> [name, value, ...] (application/x-www-form-urlencoded).
fn form_parse<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    let Some(input) = rust_string(scope, &args, 0) else { return };
    let items: Vec<String> = url::form_urlencoded::parse(input.as_bytes())
        .flat_map(|(k, v)| [k.into_owned(), v.into_owned()])
        .collect();
    rv.set(flat_strings(scope, &items));
}

/// formSerialize([name, value, ...]) -> string.
fn form_serialize<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    let Ok(list) = v8::Local::<v8::Array>::try_from(args.get(0)) else { return };
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    for i in (0..list.length()).step_by(2) {
        let k = list.get_index(scope, i).map(|v| v.to_rust_string_lossy(scope)).unwrap_or_default();
        let v = list.get_index(scope, i + 1).map(|v| v.to_rust_string_lossy(scope)).unwrap_or_default();
        out.append_pair(&k, &v);
    }
    if let Some(s) = v8::String::new(scope, &out.finish()) {
        rv.set(s.into());
    }
}

fn no_host(scope: &mut v8::PinScope, what: &str) {
    throw_type_error(scope, &format!("{what} is not available here (no host)"));
}

/// timerStart(id, delayMs)
fn timer_start<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let delay = args.get(1).number_value(scope).unwrap_or(0.0);
    let outcome = match host(scope) {
        Some(h) => h.timer_start(id, delay),
        None => return no_host(scope, "setTimeout"),
    };
    if let Err(e) = outcome {
        throw_range_error(scope, &e);
    }
}

/// timerCancel(id)
fn timer_cancel<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    if let Some(h) = host(scope) {
        h.timer_cancel(id);
    }
}

/// A WebIDL ByteString's bytes: code units <= 0xFF (checked in JS) as Latin-1.
pub(crate) fn byte_string_of(scope: &v8::PinScope, value: v8::Local<v8::Value>) -> Vec<u8> {
    value.to_rust_string_lossy(scope).chars().map(|c| c as u32 as u8).collect()
}

/// fetchStart(id, method, url, [name, value, ...], body: Uint8Array | null)
fn fetch_start<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let (Some(method), Some(url)) = (rust_string(scope, &args, 1), rust_string(scope, &args, 2)) else {
        return;
    };
    let mut headers = Vec::new();
    if let Ok(list) = v8::Local::<v8::Array>::try_from(args.get(3)) {
        for i in (0..list.length()).step_by(2) {
            let (Some(k), Some(v)) = (list.get_index(scope, i), list.get_index(scope, i + 1)) else {
                continue;
            };
            headers.push((byte_string_of(scope, k), byte_string_of(scope, v)));
        }
    }
    let body = v8::Local::<v8::ArrayBufferView>::try_from(args.get(4))
        .ok()
        .map(|v| with_view_bytes(v, |b| b.to_vec()));
    let outcome = match host(scope) {
        Some(h) => h.fetch_start(id, FetchRequest { method, url, headers, body }),
        None => return no_host(scope, "fetch()"),
    };
    if let Err(e) = outcome {
        throw_type_error(scope, &e);
    }
}

/// now() -> milliseconds since the request started.
fn now<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    _args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    let ms = host(scope).map(|h| h.now_ms()).unwrap_or(0.0);
    rv.set(v8::Number::new(scope, ms).into());
}

/// randomFill(view): fills an integer typed array from the OS's generator.
fn random_fill<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) {
    let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(args.get(0)) else {
        throw_type_error(scope, "getRandomValues: argument must be an integer typed array");
        return;
    };
    let len = view.byte_length();
    if len == 0 {
        return;
    }
    let mut buf = vec![0u8; len];
    if getrandom::fill(&mut buf).is_err() {
        throw_type_error(scope, "getRandomValues: the operating system's generator failed");
        return;
    }
    // SAFETY: data() points at `len` writable bytes of the view; no JS runs meanwhile.
    unsafe { std::ptr::copy_nonoverlapping(buf.as_ptr(), view.data() as *mut u8, len) };
}

fn bytes_arg(args: &v8::FunctionCallbackArguments, i: i32) -> Option<Vec<u8>> {
    v8::Local::<v8::ArrayBufferView>::try_from(args.get(i)).ok().map(|v| with_view_bytes(v, |b| b.to_vec()))
}

fn array_buffer<'s>(scope: &mut v8::PinScope<'s, '_>, bytes: Vec<u8>) -> v8::Local<'s, v8::Value> {
    let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
    v8::ArrayBuffer::with_backing_store(scope, &store).into()
}

fn hash_bytes(algorithm: &str, data: &[u8]) -> Option<Vec<u8>> {
    use sha2::Digest;
    Some(match algorithm {
        "SHA-1" => sha1::Sha1::digest(data).to_vec(),
        "SHA-256" => sha2::Sha256::digest(data).to_vec(),
        "SHA-384" => sha2::Sha384::digest(data).to_vec(),
        "SHA-512" => sha2::Sha512::digest(data).to_vec(),
        _ => return None,
    })
}

/// digest(algorithm, bytes) -> ArrayBuffer
fn digest<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    let (Some(alg), Some(data)) = (rust_string(scope, &args, 0), bytes_arg(&args, 1)) else {
        throw_type_error(scope, "digest: expected an algorithm and bytes");
        return;
    };
    match hash_bytes(&alg, &data) {
        Some(out) => rv.set(array_buffer(scope, out)),
        None => throw_type_error(scope, &format!("digest: unsupported algorithm {alg}")),
    }
}

/// hmac(hash, key, data) -> ArrayBuffer
fn hmac_sign<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    use hmac::{KeyInit, Mac};
    let (Some(hash), Some(key), Some(data)) =
        (rust_string(scope, &args, 0), bytes_arg(&args, 1), bytes_arg(&args, 2))
    else {
        throw_type_error(scope, "hmac: expected a hash, a key and bytes");
        return;
    };
    macro_rules! mac {
        ($h:ty) => {{
            let mut m = <hmac::Hmac<$h> as KeyInit>::new_from_slice(&key).expect("HMAC takes any key length");
            m.update(&data);
            m.finalize().into_bytes().to_vec()
        }};
    }
    let out = match hash.as_str() {
        "SHA-1" => mac!(sha1::Sha1),
        "SHA-256" => mac!(sha2::Sha256),
        "SHA-384" => mac!(sha2::Sha384),
        "SHA-512" => mac!(sha2::Sha512),
        _ => {
            throw_type_error(scope, &format!("hmac: unsupported hash {hash}"));
            return;
        }
    };
    rv.set(array_buffer(scope, out));
}

/// timingSafeEqual(a, b) -> bool (lengths must match; checked in JS).
fn timing_safe_equal<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    let (Some(a), Some(b)) = (bytes_arg(&args, 0), bytes_arg(&args, 1)) else {
        throw_type_error(scope, "timingSafeEqual: arguments must be ArrayBuffer views");
        return;
    };
    let diff = a.len() ^ b.len() | a.iter().zip(&b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) as usize;
    rv.set(v8::Boolean::new(scope, diff == 0).into());
}

/// base64Encode(bytes) -> string
fn base64_encode<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    use base64::Engine;
    let Some(data) = bytes_arg(&args, 0) else { return };
    let out = base64::engine::general_purpose::STANDARD.encode(data);
    if let Some(s) = v8::String::new(scope, &out) {
        rv.set(s.into());
    }
}

/// base64Decode(string) -> Uint8Array, or null (forgiving-base64 decode).
fn base64_decode<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    use base64::Engine;
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    const FORGIVING: GeneralPurpose = GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_padding_mode(DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );
    let Some(input) = rust_string(scope, &args, 0) else { return };
    let mut s: String = input.chars().filter(|c| !matches!(c, ' ' | '\t' | '\n' | '\x0c' | '\r')).collect();
    if s.len() % 4 == 0 {
        if s.ends_with("==") {
            s.truncate(s.len() - 2);
        } else if s.ends_with('=') {
            s.truncate(s.len() - 1);
        }
    }
    if s.len() % 4 == 1 || s.contains('=') {
        rv.set_null();
        return;
    }
    match FORGIVING.decode(&s) {
        Ok(bytes) => match uint8_array_from_vec(scope, bytes) {
            Some(a) => rv.set(a.into()),
            None => rv.set_null(),
        },
        Err(_) => rv.set_null(),
    }
}

/// encodingName(label) -> canonical lower-case name, or null.
fn encoding_name<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    let Some(label) = rust_string(scope, &args, 0) else { return };
    match encoding_rs::Encoding::for_label(label.trim().as_bytes()) {
        // "replacement" is a decode-only trap label; TextDecoder refuses it.
        Some(e) if e != encoding_rs::REPLACEMENT => {
            let name = e.name().to_ascii_lowercase();
            if let Some(s) = v8::String::new(scope, &name) {
                rv.set(s.into());
            }
        }
        _ => rv.set_null(),
    }
}

thread_local! {
    /// Streaming decoders for non-UTF-8 TextDecoders, by id. Isolates stay on
    /// their thread, so a thread-local map is per isolate.
    static DECODERS: std::cell::RefCell<std::collections::BTreeMap<u32, encoding_rs::Decoder>> =
        const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
    static NEXT_DECODER: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

/// Decoders kept for unfinished streams, at most; the oldest goes first.
const MAX_STREAMING_DECODERS: usize = 256;

/// decoderNew() -> id for decoderDecode.
fn decoder_new<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    _args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    let id = NEXT_DECODER.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    });
    rv.set(v8::Integer::new_from_unsigned(scope, id).into());
}

/// decoderDecode(id, encoding, bytes, stream, fatal) -> string; throws a
/// TypeError on invalid input when fatal. BOM handling is the caller's.
fn decoder_decode<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    let id = args.get(0).uint32_value(scope).unwrap_or(0);
    let Some(name) = rust_string(scope, &args, 1) else { return };
    let Some(encoding) = encoding_rs::Encoding::for_label(name.as_bytes()) else {
        throw_range_error(scope, &format!("unknown encoding {name}"));
        return;
    };
    let bytes = bytes_arg(&args, 2).unwrap_or_default();
    let stream = args.get(3).boolean_value(scope);
    let fatal = args.get(4).boolean_value(scope);
    let mut decoder = DECODERS
        .with(|d| d.borrow_mut().remove(&id))
        .unwrap_or_else(|| encoding.new_decoder_without_bom_handling());
    let mut out =
        String::with_capacity(decoder.max_utf8_buffer_length(bytes.len()).unwrap_or(bytes.len() * 3));
    let last = !stream;
    let failed = if fatal {
        let (result, _) = decoder.decode_to_string_without_replacement(&bytes, &mut out, last);
        matches!(result, encoding_rs::DecoderResult::Malformed(_, _))
    } else {
        let _ = decoder.decode_to_string(&bytes, &mut out, last);
        false
    };
    if failed {
        throw_type_error(scope, &format!("The encoded data was not valid for encoding {}", encoding.name()));
        return;
    }
    if stream {
        DECODERS.with(|d| {
            let mut d = d.borrow_mut();
            if d.len() >= MAX_STREAMING_DECODERS {
                let oldest = *d.keys().next().expect("not empty");
                d.remove(&oldest);
            }
            d.insert(id, decoder);
        });
    }
    match v8::String::new(scope, &out) {
        Some(s) => rv.set(s.into()),
        None => throw_range_error(scope, "decode: the result is longer than a string can be"),
    }
}

/// encodeLatin1(string) -> Uint8Array of its code units (each <= 0xFF; checked in JS).
fn encode_latin1<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) {
    let v = args.get(0);
    let bytes = byte_string_of(scope, v);
    if let Some(a) = uint8_array_from_vec(scope, bytes) {
        rv.set(a.into());
    }
}
