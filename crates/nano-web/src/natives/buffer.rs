//! node:buffer's byte work (`js/node/buffer.js`, `js/node/string_decoder.js`):
//! strings to bytes and back in Node's encodings, with Node's lenient
//! decoding; writing a string into a view; searching and comparing bytes.
//!
//! Encodings travel as integer codes, the same in both JS files:
//! 0 utf8, 1 utf16le, 2 latin1, 3 ascii, 4 base64, 5 base64url, 6 hex.
//!
//! Node's rules, kept here: hex stops at the first pair that is not two hex
//! digits and ignores an odd last digit; base64 and base64url read both
//! alphabets, skip any other character and stop at the first `=`; hex and
//! base64 read each UTF-16 code unit by its low byte (as latin1 and ascii
//! write it); utf8 writes a lone surrogate as U+FFFD and never writes part
//! of a character; utf16le drops an odd last byte; ascii clears the high bit.

use super::args::{FromArg, NativeResult, Throw, arg, out_of_memory, uint8_array_from_vec, with_view_bytes};
use super::{Native, native_list};

pub(super) fn natives() -> Vec<Native> {
    native_list![
        "bufferFromString" => from_string,
        "bufferToString" => to_string,
        "bufferWriteString" => write_string,
        "bufferByteLength" => byte_length,
        "bufferIndexOf" => index_of,
        "bufferCompare" => compare,
    ]
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Encoding {
    Utf8,
    Utf16Le,
    Latin1,
    Ascii,
    Base64,
    Base64Url,
    Hex,
}

impl<'s> FromArg<'s> for Encoding {
    fn from_arg(scope: &mut v8::PinScope<'s, '_>, value: v8::Local<'s, v8::Value>) -> Result<Self, Throw> {
        Ok(match u32::from_arg(scope, value)? {
            0 => Encoding::Utf8,
            1 => Encoding::Utf16Le,
            2 => Encoding::Latin1,
            3 => Encoding::Ascii,
            4 => Encoding::Base64,
            5 => Encoding::Base64Url,
            6 => Encoding::Hex,
            code => return Err(Throw::Range(format!("unknown buffer encoding code {code}"))),
        })
    }
}

/// A string's UTF-16 code units, copied out of V8 (one-byte strings stay
/// one byte per unit).
enum Units {
    One(Vec<u8>),
    Two(Vec<u16>),
}

impl Units {
    fn of(scope: &v8::PinScope, s: v8::Local<v8::String>) -> Units {
        let len = s.length();
        if s.is_onebyte() {
            let mut out = vec![0u8; len];
            s.write_one_byte_v2(scope, 0, &mut out, v8::WriteFlags::empty());
            Units::One(out)
        } else {
            let mut out = vec![0u16; len];
            s.write_v2(scope, 0, &mut out, v8::WriteFlags::empty());
            Units::Two(out)
        }
    }

    /// Each unit's low byte: latin1 and ascii as Node writes them, and the
    /// characters hex and base64 read.
    fn low_bytes(self) -> Vec<u8> {
        match self {
            Units::One(bytes) => bytes,
            Units::Two(units) => units.iter().map(|&u| u as u8).collect(),
        }
    }

    /// The units little-endian, at most `max_units` of them.
    fn utf16le(self, max_units: usize) -> Vec<u8> {
        match self {
            Units::One(bytes) => bytes.iter().take(max_units).flat_map(|&b| [b, 0]).collect(),
            Units::Two(units) => units.iter().take(max_units).flat_map(|u| u.to_le_bytes()).collect(),
        }
    }
}

/// The bytes `s` encodes to, for all but utf8 (which V8 writes itself).
fn encode_units(units: Units, encoding: Encoding) -> Vec<u8> {
    match encoding {
        Encoding::Utf16Le => units.utf16le(usize::MAX),
        Encoding::Latin1 | Encoding::Ascii => units.low_bytes(),
        Encoding::Base64 | Encoding::Base64Url => decode_base64(&units.low_bytes()),
        Encoding::Hex => decode_hex(&units.low_bytes()),
        Encoding::Utf8 => unreachable!("utf8 is written by V8"),
    }
}

/// `s` as UTF-8, a lone surrogate as U+FFFD.
fn encode_utf8(scope: &v8::PinScope, s: v8::Local<v8::String>) -> Vec<u8> {
    let mut out = vec![0u8; s.utf8_length(scope)];
    let written = s.write_utf8_v2(scope, &mut out, v8::WriteFlags::kReplaceInvalidUtf8, None);
    out.truncate(written);
    out
}

/// Node's hex decoding: pairs of hex digits (either case) up to the first
/// pair that is not; an odd last digit is ignored.
fn decode_hex(text: &[u8]) -> Vec<u8> {
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(text.len() / 2);
    for pair in text.chunks_exact(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(hi), Some(lo)) => out.push(hi << 4 | lo),
            _ => break,
        }
    }
    out
}

/// Each character's 6-bit value in either base64 alphabet, or -1.
const SEXTETS: [i8; 256] = {
    let mut table = [-1i8; 256];
    let standard = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut i = 0;
    while i < 64 {
        table[standard[i] as usize] = i as i8;
        i += 1;
    }
    table[b'-' as usize] = 62;
    table[b'_' as usize] = 63;
    table
};

/// Node's base64 decoding (for both alphabets): characters outside them are
/// skipped, the first `=` ends the input, and a last group of two or three
/// characters gives one or two bytes (a lone one gives none).
fn decode_base64(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    let mut group = 0u32;
    let mut count = 0;
    for &c in text {
        if c == b'=' {
            break;
        }
        let v = SEXTETS[c as usize];
        if v < 0 {
            continue;
        }
        group = group << 6 | v as u32;
        count += 1;
        if count == 4 {
            out.extend_from_slice(&[(group >> 16) as u8, (group >> 8) as u8, group as u8]);
            group = 0;
            count = 0;
        }
    }
    match count {
        2 => out.push((group >> 4) as u8),
        3 => out.extend_from_slice(&[(group >> 10) as u8, (group >> 2) as u8]),
        _ => {}
    }
    out
}

fn encode_hex(bytes: &[u8]) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    bytes.iter().flat_map(|&b| [DIGITS[(b >> 4) as usize], DIGITS[(b & 15) as usize]]).collect()
}

/// A JS position (any number) as an index in `0..=len`.
fn clamp_index(value: f64, len: usize) -> usize {
    if value.is_nan() || value <= 0.0 {
        0
    } else if value >= len as f64 {
        len
    } else {
        value as usize
    }
}

/// bufferFromString(string, encoding) -> Uint8Array of the bytes Node's
/// Buffer.from(string, encoding) holds.
fn from_string<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let s: v8::Local<v8::String> = arg(scope, &args, 0)?;
    let encoding: Encoding = arg(scope, &args, 1)?;
    let bytes = match encoding {
        Encoding::Utf8 => encode_utf8(scope, s),
        _ => encode_units(Units::of(scope, s), encoding),
    };
    let array = uint8_array_from_vec(scope, bytes).ok_or_else(out_of_memory)?;
    rv.set(array.into());
    Ok(())
}

/// bufferToString(view, encoding, start, end) -> the bytes [start, end) of
/// the view (clamped to it) decoded, or null when the string would be
/// longer than V8 allows (JS throws Node's ERR_STRING_TOO_LONG). utf8
/// replaces each maximal invalid subpart with U+FFFD (as WHATWG does);
/// base64 is padded, base64url is not.
fn to_string<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    use base64::Engine;
    use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
    let view: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 0)?;
    let encoding: Encoding = arg(scope, &args, 1)?;
    let start: f64 = arg(scope, &args, 2)?;
    let end: f64 = arg(scope, &args, 3)?;
    let normal = v8::NewStringType::Normal;
    let decoded = with_view_bytes(view, |all| {
        let end = clamp_index(end, all.len());
        let bytes = &all[clamp_index(start, end)..end];
        // Sizes checked before the work: an over-long result is refused, not built.
        let fits = |units: usize| units <= v8::String::MAX_LENGTH;
        match encoding {
            Encoding::Utf8 => match std::str::from_utf8(bytes) {
                Ok(_) => v8::String::new_from_utf8(scope, bytes, normal),
                Err(_) => v8::String::new_from_utf8(scope, String::from_utf8_lossy(bytes).as_bytes(), normal),
            },
            Encoding::Utf16Le => {
                let units: Vec<u16> =
                    bytes.chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]])).collect();
                v8::String::new_from_two_byte(scope, &units, normal)
            }
            Encoding::Latin1 => v8::String::new_from_one_byte(scope, bytes, normal),
            Encoding::Ascii => {
                let ascii: Vec<u8> = bytes.iter().map(|b| b & 0x7f).collect();
                v8::String::new_from_one_byte(scope, &ascii, normal)
            }
            Encoding::Base64 | Encoding::Base64Url if !fits(bytes.len().div_ceil(3) * 4) => None,
            Encoding::Base64 => {
                v8::String::new_from_one_byte(scope, STANDARD.encode(bytes).as_bytes(), normal)
            }
            Encoding::Base64Url => {
                v8::String::new_from_one_byte(scope, URL_SAFE_NO_PAD.encode(bytes).as_bytes(), normal)
            }
            Encoding::Hex if !fits(bytes.len() * 2) => None,
            Encoding::Hex => v8::String::new_from_one_byte(scope, &encode_hex(bytes), normal),
        }
    });
    match decoded {
        Some(s) => rv.set(s.into()),
        None => rv.set_null(),
    }
    Ok(())
}

/// bufferWriteString(view, string, offset, maxLength, encoding) -> bytes
/// written: the string encoded into view[offset, offset + maxLength)
/// (clamped to the view), as much as fits. utf8 writes whole characters
/// only, utf16le whole code units only.
fn write_string<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let dest: v8::Local<v8::Uint8Array> = arg(scope, &args, 0)?;
    let s: v8::Local<v8::String> = arg(scope, &args, 1)?;
    let offset: f64 = arg(scope, &args, 2)?;
    let max_length: f64 = arg(scope, &args, 3)?;
    let encoding: Encoding = arg(scope, &args, 4)?;
    let len = dest.byte_length();
    let offset = clamp_index(offset, len);
    let room = clamp_index(max_length, len - offset);
    // The encoded bytes (all but utf8, which V8 writes in place), made
    // before the view's memory is borrowed: nothing below runs JS.
    let bytes = match encoding {
        Encoding::Utf8 => None,
        Encoding::Utf16Le => Some(Units::of(scope, s).utf16le(room / 2)),
        _ => Some(encode_units(Units::of(scope, s), encoding)),
    };
    let written = if room == 0 {
        0
    } else {
        // SAFETY: data() points at the view's `len` writable bytes and
        // offset + room <= len; nothing runs JS (or moves the heap) while
        // we write.
        let buf = unsafe { std::slice::from_raw_parts_mut((dest.data() as *mut u8).add(offset), room) };
        match bytes {
            None => s.write_utf8_v2(scope, buf, v8::WriteFlags::kReplaceInvalidUtf8, None),
            Some(bytes) => {
                let n = bytes.len().min(room);
                buf[..n].copy_from_slice(&bytes[..n]);
                n
            }
        }
    };
    rv.set(v8::Number::new(scope, written as f64).into());
    Ok(())
}

/// bufferByteLength(string, encoding) -> how many bytes bufferFromString
/// would make (JS computes the cheap encodings itself).
fn byte_length<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let s: v8::Local<v8::String> = arg(scope, &args, 0)?;
    let encoding: Encoding = arg(scope, &args, 1)?;
    let n = match encoding {
        Encoding::Utf8 => s.utf8_length(scope),
        Encoding::Utf16Le => s.length() * 2,
        Encoding::Latin1 | Encoding::Ascii => s.length(),
        _ => encode_units(Units::of(scope, s), encoding).len(),
    };
    rv.set(v8::Number::new(scope, n as f64).into());
    Ok(())
}

/// Where `needle` occurs in `hay`: the first position >= `start` (forward)
/// or the last <= `start` (backward), at a multiple of `stride`.
fn find(hay: &[u8], needle: &[u8], start: usize, forward: bool, stride: usize) -> Option<usize> {
    let Some(&first) = needle.first() else {
        return Some(start.min(hay.len()));
    };
    let last = hay.len().checked_sub(needle.len())?;
    let matches = |i: usize| i % stride == 0 && hay[i..i + needle.len()] == *needle;
    if forward {
        let mut i = start;
        while i <= last {
            i += hay[i..=last].iter().position(|&b| b == first)?;
            if matches(i) {
                return Some(i);
            }
            i += 1;
        }
        None
    } else {
        let mut end = start.min(last) + 1;
        while end > 0 {
            let i = hay[..end].iter().rposition(|&b| b == first)?;
            if matches(i) {
                return Some(i);
            }
            end = i;
        }
        None
    }
}

/// bufferIndexOf(haystack, needle, start, forward, stride) -> the position
/// of `needle` in `haystack` (both views) from `start`, searching forward
/// or backward, at multiples of `stride` (2 for utf16le), or -1.
fn index_of<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let hay: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 0)?;
    let needle: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 1)?;
    let start: f64 = arg(scope, &args, 2)?;
    let forward: bool = arg(scope, &args, 3)?;
    let stride: u32 = arg(scope, &args, 4)?;
    let stride = stride.max(1) as usize;
    let found = with_view_bytes(needle, |needle| {
        with_view_bytes(hay, |hay| find(hay, needle, clamp_index(start, hay.len()), forward, stride))
    });
    rv.set(v8::Number::new(scope, found.map_or(-1.0, |i| i as f64)).into());
    Ok(())
}

/// bufferCompare(a, b) -> -1, 0 or 1: the views' bytes in lexicographic order.
fn compare<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let a: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 0)?;
    let b: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 1)?;
    let order = with_view_bytes(a, |a| with_view_bytes(b, |b| a.cmp(b)));
    rv.set(v8::Integer::new(scope, order as i32).into());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_stops_at_the_first_bad_pair() {
        assert_eq!(decode_hex(b"abCD01"), [0xab, 0xcd, 0x01]);
        assert_eq!(decode_hex(b"abc"), [0xab]);
        assert_eq!(decode_hex(b"abz1cd"), [0xab]);
        assert_eq!(decode_hex(b"zzab"), [] as [u8; 0]);
        assert_eq!(encode_hex(&[0, 0x0f, 0xab, 0xff]), b"000fabff");
    }

    #[test]
    fn base64_is_lenient_as_nodes() {
        assert_eq!(decode_base64(b"YWJj"), b"abc");
        assert_eq!(decode_base64(b"YW Jj\n"), b"abc");
        assert_eq!(decode_base64(b"Y!!WJj"), b"abc");
        assert_eq!(decode_base64(b"YQ==YQ=="), b"a");
        assert_eq!(decode_base64(b"YW=Jj"), b"a");
        assert_eq!(decode_base64(b"=YWJj"), b"");
        assert_eq!(decode_base64(b"YWJjZ"), b"abc");
        assert_eq!(decode_base64(b"YWJ"), b"ab");
        assert_eq!(decode_base64(b"Y"), b"");
        // Both alphabets, mixed.
        assert_eq!(decode_base64(b"Y-_j"), [0x63, 0xef, 0xe3]);
        assert_eq!(decode_base64(b"Y+/j"), [0x63, 0xef, 0xe3]);
    }

    #[test]
    fn find_searches_both_ways_with_a_stride() {
        let hay = b"abcabcab";
        assert_eq!(find(hay, b"bc", 0, true, 1), Some(1));
        assert_eq!(find(hay, b"bc", 2, true, 1), Some(4));
        assert_eq!(find(hay, b"bc", 5, true, 1), None);
        assert_eq!(find(hay, b"ab", 8, false, 1), Some(6));
        assert_eq!(find(hay, b"ab", 5, false, 1), Some(3));
        assert_eq!(find(hay, b"ab", 0, false, 1), Some(0));
        assert_eq!(find(hay, b"ca", 0, true, 2), Some(2));
        assert_eq!(find(hay, b"bc", 0, true, 2), Some(4));
        assert_eq!(find(hay, b"", 3, true, 1), Some(3));
        assert_eq!(find(hay, b"abcabcabc", 0, true, 1), None);
        assert_eq!(find(b"", b"a", 0, false, 1), None);
    }

    #[test]
    fn indices_are_clamped() {
        assert_eq!(clamp_index(f64::NAN, 5), 0);
        assert_eq!(clamp_index(-1.0, 5), 0);
        assert_eq!(clamp_index(2.7, 5), 2);
        assert_eq!(clamp_index(f64::INFINITY, 5), 5);
    }
}
