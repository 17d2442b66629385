//! Randomness (the OS's generator), digests and HMAC (RustCrypto), and a
//! constant-time comparison.

use super::args::{Bytes, NativeResult, Throw, arg, array_buffer};
use super::{Native, native_list};

pub(super) fn natives() -> Vec<Native> {
    native_list![
        "randomFill" => random_fill,
        "digest" => digest,
        "hmac" => hmac_sign,
        "timingSafeEqual" => timing_safe_equal,
    ]
}

/// randomFill(view): fills an integer typed array from the OS's generator.
/// Four random words from the OS, for seeding `Math.random` (random.js) from
/// Rust: zeros if the OS generator fails (never in practice), as the seed
/// then only loses unpredictability, not isolation.
pub fn os_random_words() -> [u32; 4] {
    let mut bytes = [0u8; 16];
    let _ = getrandom::fill(&mut bytes);
    std::array::from_fn(|i| {
        u32::from_le_bytes([bytes[4 * i], bytes[4 * i + 1], bytes[4 * i + 2], bytes[4 * i + 3]])
    })
}

fn random_fill<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let view: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 0)?;
    let len = view.byte_length();
    if len == 0 {
        return Ok(());
    }
    let mut buf = vec![0u8; len];
    getrandom::fill(&mut buf)
        .map_err(|_| Throw::Type("getRandomValues: the operating system's generator failed".into()))?;
    // SAFETY: data() points at `len` writable bytes of the view; no JS runs meanwhile.
    unsafe { std::ptr::copy_nonoverlapping(buf.as_ptr(), view.data() as *mut u8, len) };
    Ok(())
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
) -> NativeResult {
    let algorithm: String = arg(scope, &args, 0)?;
    let Bytes(data) = arg(scope, &args, 1)?;
    let out = hash_bytes(&algorithm, &data)
        .ok_or_else(|| Throw::Type(format!("digest: unsupported algorithm {algorithm}")))?;
    rv.set(array_buffer(scope, out)?.into());
    Ok(())
}

/// hmac(hash, key, data) -> ArrayBuffer
fn hmac_sign<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    use hmac::{KeyInit, Mac};
    let hash: String = arg(scope, &args, 0)?;
    let Bytes(key) = arg(scope, &args, 1)?;
    let Bytes(data) = arg(scope, &args, 2)?;
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
        _ => return Err(Throw::Type(format!("hmac: unsupported hash {hash}"))),
    };
    rv.set(array_buffer(scope, out)?.into());
    Ok(())
}

/// timingSafeEqual(a, b) -> bool (lengths must match; checked in JS).
fn timing_safe_equal<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let Bytes(a) = arg(scope, &args, 0)?;
    let Bytes(b) = arg(scope, &args, 1)?;
    let diff = a.len() ^ b.len() | a.iter().zip(&b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) as usize;
    rv.set(v8::Boolean::new(scope, diff == 0).into());
    Ok(())
}
