//! Text encodings (UTF-8 by hand on V8's own string API; the others through
//! `encoding_rs`), Latin-1 and forgiving base64.

use super::args::{
    ByteString, Bytes, NativeResult, Throw, arg, js_string, uint8_array_from_vec, with_view_bytes,
};
use super::{Native, native_list};

pub(super) fn natives() -> Vec<Native> {
    native_list![
        "utf8Encode" => utf8_encode,
        "utf8EncodeInto" => utf8_encode_into,
        "utf8Decode" => utf8_decode,
        "base64Encode" => base64_encode,
        "base64Decode" => base64_decode,
        "encodingName" => encoding_name,
        "decoderNew" => decoder_new,
        "decoderDecode" => decoder_decode,
        "encodeLatin1" => encode_latin1,
    ]
}

fn set_bytes<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    rv: &mut v8::ReturnValue<'s>,
    bytes: Vec<u8>,
) -> NativeResult {
    let array = uint8_array_from_vec(scope, bytes).ok_or_else(super::args::out_of_memory)?;
    rv.set(array.into());
    Ok(())
}

/// utf8Encode(string) -> Uint8Array. Lone surrogates become U+FFFD.
fn utf8_encode<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let s: String = arg(scope, &args, 0)?;
    set_bytes(scope, &mut rv, s.into_bytes())
}

/// utf8EncodeInto(string, Uint8Array) -> [code units read, bytes written].
fn utf8_encode_into<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let s: v8::Local<v8::String> = arg(scope, &args, 0)?;
    let dest: v8::Local<v8::Uint8Array> = arg(scope, &args, 1)?;
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
    Ok(())
}

/// utf8Decode(Uint8Array, fatal) -> string. Invalid input throws a TypeError
/// when `fatal`, otherwise each maximal invalid subpart becomes U+FFFD.
fn utf8_decode<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let view: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 0)?;
    let fatal: bool = arg(scope, &args, 1)?;
    let decoded = with_view_bytes(view, |bytes| match std::str::from_utf8(bytes) {
        Ok(s) => Ok(v8::String::new_from_utf8(scope, s.as_bytes(), v8::NewStringType::Normal)),
        Err(_) if fatal => Err(Throw::Type("The encoded data was not valid for encoding utf-8".into())),
        Err(_) => {
            let s = String::from_utf8_lossy(bytes);
            Ok(v8::String::new_from_utf8(scope, s.as_bytes(), v8::NewStringType::Normal))
        }
    })?;
    let s =
        decoded.ok_or_else(|| Throw::Range("decode: the result is longer than a string can be".into()))?;
    rv.set(s.into());
    Ok(())
}

/// base64Encode(bytes) -> string
fn base64_encode<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    use base64::Engine;
    let Bytes(data) = arg(scope, &args, 0)?;
    let out = base64::engine::general_purpose::STANDARD.encode(data);
    rv.set(js_string(scope, &out)?.into());
    Ok(())
}

/// base64Decode(string) -> Uint8Array, or null (forgiving-base64 decode).
fn base64_decode<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    use base64::Engine;
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    const FORGIVING: GeneralPurpose = GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_padding_mode(DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );
    let input: String = arg(scope, &args, 0)?;
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
        return Ok(());
    }
    match FORGIVING.decode(&s) {
        Ok(bytes) => set_bytes(scope, &mut rv, bytes),
        Err(_) => {
            rv.set_null();
            Ok(())
        }
    }
}

/// encodingName(label) -> canonical lower-case name, or null.
fn encoding_name<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let label: String = arg(scope, &args, 0)?;
    match encoding_rs::Encoding::for_label(label.trim().as_bytes()) {
        // "replacement" is a decode-only trap label; TextDecoder refuses it.
        Some(e) if e != encoding_rs::REPLACEMENT => {
            let name = e.name().to_ascii_lowercase();
            rv.set(js_string(scope, &name)?.into());
        }
        _ => rv.set_null(),
    }
    Ok(())
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
) -> NativeResult {
    let id = NEXT_DECODER.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    });
    rv.set(v8::Integer::new_from_unsigned(scope, id).into());
    Ok(())
}

/// decoderDecode(id, encoding, bytes, stream, fatal) -> string; throws a
/// TypeError on invalid input when fatal. BOM handling is the caller's.
fn decoder_decode<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let id: u32 = arg(scope, &args, 0)?;
    let name: String = arg(scope, &args, 1)?;
    let encoding = encoding_rs::Encoding::for_label(name.as_bytes())
        .ok_or_else(|| Throw::Range(format!("unknown encoding {name}")))?;
    let bytes: Option<Bytes> = arg(scope, &args, 2)?;
    let bytes = bytes.map(|b| b.0).unwrap_or_default();
    let stream: bool = arg(scope, &args, 3)?;
    let fatal: bool = arg(scope, &args, 4)?;
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
        return Err(Throw::Type(format!("The encoded data was not valid for encoding {}", encoding.name())));
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
    rv.set(js_string(scope, &out)?.into());
    Ok(())
}

/// encodeLatin1(string) -> Uint8Array of its code units (each <= 0xFF; checked in JS).
fn encode_latin1<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let ByteString(bytes) = arg(scope, &args, 0)?;
    set_bytes(scope, &mut rv, bytes)
}
