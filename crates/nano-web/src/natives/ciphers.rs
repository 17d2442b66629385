//! AES for node:crypto's ciphers and Web Crypto: GCM (one shot, with its
//! tag), CBC without padding (whole blocks; JS pads and keeps the chain's
//! last block), CTR from any byte offset, and key wrap (RFC 3394), on
//! RustCrypto's aes, aes-gcm, cbc, ctr and aes-kw crates.
//!
//! Stateless like keys.rs: JS carries the chaining state between calls
//! (CBC's last block, CTR's offset), so a Cipheriv needs nothing kept or
//! freed in Rust.

use aes::cipher::{BlockModeDecrypt, BlockModeEncrypt, KeyIvInit, StreamCipher, StreamCipherSeek};
use aes::{Aes128, Aes192, Aes256};
use aes_gcm::AesGcm;
use aes_gcm::aead::consts::{U12, U16};
use aes_gcm::aead::{AeadInOut, KeyInit};

use super::args::{Bytes, NativeResult, Throw, arg, out_of_memory, uint8_array_from_vec};
use super::{Native, native_list};

pub(super) fn natives() -> Vec<Native> {
    native_list![
        "aesGcm" => aes_gcm,
        "aesCbc" => aes_cbc,
        "aesCtr" => aes_ctr,
        "aesKw" => aes_kw,
    ]
}

const BLOCK: usize = 16;

fn bad_key(len: usize) -> Throw {
    Throw::Range(format!("Invalid key length: an AES key is 16, 24 or 32 bytes, not {len}"))
}

fn bad_iv(what: &str) -> Throw {
    Throw::Range(format!("Invalid initialization vector: {what}"))
}

/// Runs `$body` with `$aes` the AES type for a key of `$len` bytes.
macro_rules! with_aes {
    ($len:expr, $aes:ident => $body:expr) => {
        match $len {
            16 => {
                type $aes = Aes128;
                $body
            }
            24 => {
                type $aes = Aes192;
                $body
            }
            32 => {
                type $aes = Aes256;
                $body
            }
            len => Err(bad_key(len)),
        }
    };
}

/// GCM with a 12- or 16-byte nonce (Node and Web Crypto take any length;
/// the crate has these two sizes, which is every IV seen in practice), a
/// 16-byte tag made, a 12- to 16-byte tag checked.
fn gcm_seal(key: &[u8], iv: &[u8], aad: &[u8], data: &mut Vec<u8>) -> Result<(), Throw> {
    macro_rules! seal {
        ($aes:ty, $nonce:ty) => {{
            let cipher = AesGcm::<$aes, $nonce>::new_from_slice(key).map_err(|_| bad_key(key.len()))?;
            let nonce = iv.try_into().map_err(|_| bad_iv("GCM's is 12 or 16 bytes"))?;
            let tag = cipher
                .encrypt_inout_detached(nonce, aad, data.as_mut_slice().into())
                .map_err(|_| Throw::Range("the data is too long for one GCM message".into()))?;
            data.extend_from_slice(&tag);
            Ok(())
        }};
    }
    match iv.len() {
        12 => with_aes!(key.len(), A => seal!(A, U12)),
        16 => with_aes!(key.len(), A => seal!(A, U16)),
        _ => Err(bad_iv("nano's GCM takes a 12- or 16-byte IV")),
    }
}

/// Whether `data` decrypted in place under `tag`; on false `data` is
/// garbage the caller drops.
fn gcm_open(key: &[u8], iv: &[u8], aad: &[u8], data: &mut [u8], tag: &[u8]) -> Result<bool, Throw> {
    macro_rules! open {
        ($aes:ty, $nonce:ty, $tag:ty) => {{
            let cipher = AesGcm::<$aes, $nonce, $tag>::new_from_slice(key).map_err(|_| bad_key(key.len()))?;
            let nonce = iv.try_into().map_err(|_| bad_iv("GCM's is 12 or 16 bytes"))?;
            let tag = tag.try_into().map_err(|_| Throw::Type("Invalid authentication tag length".into()))?;
            Ok(cipher.decrypt_inout_detached(nonce, aad, data.into(), tag).is_ok())
        }};
    }
    use aes_gcm::aead::consts::{U13, U14, U15};
    macro_rules! by_tag {
        ($aes:ty, $nonce:ty) => {
            match tag.len() {
                12 => open!($aes, $nonce, U12),
                13 => open!($aes, $nonce, U13),
                14 => open!($aes, $nonce, U14),
                15 => open!($aes, $nonce, U15),
                16 => open!($aes, $nonce, U16),
                len => Err(Throw::Type(format!("Invalid authentication tag length: {len}"))),
            }
        };
    }
    match iv.len() {
        12 => with_aes!(key.len(), A => by_tag!(A, U12)),
        16 => with_aes!(key.len(), A => by_tag!(A, U16)),
        _ => Err(bad_iv("nano's GCM takes a 12- or 16-byte IV")),
    }
}

fn cbc(encrypt: bool, key: &[u8], iv: &[u8], data: &mut [u8]) -> Result<(), Throw> {
    if data.len() % BLOCK != 0 {
        return Err(Throw::Range("CBC works on whole 16-byte blocks".into()));
    }
    let blocks = data.chunks_exact_mut(BLOCK);
    with_aes!(key.len(), A => {
        if encrypt {
            let mut mode = cbc::Encryptor::<A>::new_from_slices(key, iv).map_err(|_| bad_iv("CBC's is 16 bytes"))?;
            for block in blocks {
                mode.encrypt_block(block.try_into().expect("a whole block"));
            }
        } else {
            let mut mode = cbc::Decryptor::<A>::new_from_slices(key, iv).map_err(|_| bad_iv("CBC's is 16 bytes"))?;
            for block in blocks {
                mode.decrypt_block(block.try_into().expect("a whole block"));
            }
        }
        Ok(())
    })
}

/// CTR with a 128-bit big-endian counter block (Node's aes-*-ctr), from
/// byte `offset` of the key stream.
fn ctr(key: &[u8], iv: &[u8], offset: u64, data: &mut [u8]) -> Result<(), Throw> {
    with_aes!(key.len(), A => {
        let mut mode = ctr::Ctr128BE::<A>::new_from_slices(key, iv).map_err(|_| bad_iv("CTR's is 16 bytes"))?;
        mode.try_seek(offset).map_err(|_| Throw::Range("the CTR key stream is exhausted".into()))?;
        mode.try_apply_keystream(data).map_err(|_| Throw::Range("the CTR key stream is exhausted".into()))
    })
}

/// RFC 3394 key wrap of `data` (a multiple of 8 bytes, at least 16), or
/// its unwrap; None when an unwrap's integrity check fails.
fn kw(wrap: bool, key: &[u8], data: &[u8]) -> Result<Option<Vec<u8>>, Throw> {
    use aes::cipher::KeyInit as _;
    if data.len() % 8 != 0 || data.len() < if wrap { 16 } else { 24 } {
        return Err(Throw::Type("key wrap takes a multiple of 8 bytes, at least 16 (24 to unwrap)".into()));
    }
    macro_rules! run {
        ($kw:ty) => {{
            let kek = <$kw>::new_from_slice(key).map_err(|_| bad_key(key.len()))?;
            if wrap {
                let mut out = vec![0u8; data.len() + 8];
                kek.wrap_key(data, &mut out).map_err(|e| Throw::Type(format!("key wrap failed: {e}")))?;
                Ok(Some(out))
            } else {
                let mut out = vec![0u8; data.len() - 8];
                Ok(kek.unwrap_key(data, &mut out).is_ok().then_some(out))
            }
        }};
    }
    match key.len() {
        16 => run!(aes_kw::KwAes128),
        24 => run!(aes_kw::KwAes192),
        32 => run!(aes_kw::KwAes256),
        len => Err(bad_key(len)),
    }
}

fn bytes_out<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    mut rv: v8::ReturnValue<'s>,
    bytes: Vec<u8>,
) -> NativeResult {
    let array = uint8_array_from_vec(scope, bytes).ok_or_else(out_of_memory)?;
    rv.set(array.into());
    Ok(())
}

/// aesGcm(encrypt, key, iv, aad, data, tag?) -> bytes | null: encrypting,
/// the ciphertext followed by its 16-byte tag; decrypting (with `tag`),
/// the plaintext, or null when the tag does not match.
fn aes_gcm<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let encrypt: bool = arg(scope, &args, 0)?;
    let Bytes(key) = arg(scope, &args, 1)?;
    let Bytes(iv) = arg(scope, &args, 2)?;
    let Bytes(aad) = arg(scope, &args, 3)?;
    let Bytes(mut data) = arg(scope, &args, 4)?;
    if encrypt {
        gcm_seal(&key, &iv, &aad, &mut data)?;
        return bytes_out(scope, rv, data);
    }
    let Bytes(tag) = arg(scope, &args, 5)?;
    if gcm_open(&key, &iv, &aad, &mut data, &tag)? {
        bytes_out(scope, rv, data)
    } else {
        rv.set_null();
        Ok(())
    }
}

/// aesCbc(encrypt, key, iv, data) -> bytes: whole blocks, no padding.
fn aes_cbc<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let encrypt: bool = arg(scope, &args, 0)?;
    let Bytes(key) = arg(scope, &args, 1)?;
    let Bytes(iv) = arg(scope, &args, 2)?;
    let Bytes(mut data) = arg(scope, &args, 3)?;
    cbc(encrypt, &key, &iv, &mut data)?;
    bytes_out(scope, rv, data)
}

/// aesCtr(key, iv, offset, data) -> bytes: `data` XORed with the key stream
/// from byte `offset`.
fn aes_ctr<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let Bytes(key) = arg(scope, &args, 0)?;
    let Bytes(iv) = arg(scope, &args, 1)?;
    let offset: f64 = arg(scope, &args, 2)?;
    let Bytes(mut data) = arg(scope, &args, 3)?;
    if !(0.0..=9_007_199_254_740_991.0).contains(&offset) {
        return Err(Throw::Range("the CTR offset is out of range".into()));
    }
    ctr(&key, &iv, offset as u64, &mut data)?;
    bytes_out(scope, rv, data)
}

/// aesKw(wrap, key, data) -> bytes | null: RFC 3394 wrap, or unwrap (null
/// when the wrapped key fails its integrity check).
fn aes_kw<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let wrap: bool = arg(scope, &args, 0)?;
    let Bytes(key) = arg(scope, &args, 1)?;
    let Bytes(data) = arg(scope, &args, 2)?;
    match kw(wrap, &key, &data)? {
        Some(out) => bytes_out(scope, rv, out),
        None => {
            rv.set_null();
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
    }

    #[test]
    fn gcm_matches_the_specs_test_vector_and_refuses_a_bad_tag() {
        // GCM spec (McGrew & Viega), test case 4.
        let key = hex("feffe9928665731c6d6a8f9467308308");
        let iv = hex("cafebabefacedbaddecaf888");
        let aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        let plain = hex(
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39",
        );
        let mut data = plain.clone();
        gcm_seal(&key, &iv, &aad, &mut data).unwrap();
        let (cipher, tag) = data.split_at(plain.len());
        assert_eq!(tag, hex("5bc94fbc3221a5db94fae95ae7121a47").as_slice());
        let mut opened = cipher.to_vec();
        assert!(gcm_open(&key, &iv, &aad, &mut opened, tag).unwrap());
        assert_eq!(opened, plain);
        let mut opened = cipher.to_vec();
        assert!(!gcm_open(&key, &iv, b"other", &mut opened, tag).unwrap());
    }

    #[test]
    fn cbc_and_ctr_match_sp800_38a() {
        let key = hex("2b7e151628aed2a6abf7158809cf4f3c");
        let plain = hex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51");
        let mut data = plain.clone();
        cbc(true, &key, &hex("000102030405060708090a0b0c0d0e0f"), &mut data).unwrap();
        assert_eq!(data, hex("7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2"));
        cbc(false, &key, &hex("000102030405060708090a0b0c0d0e0f"), &mut data).unwrap();
        assert_eq!(data, plain);
        let iv = hex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
        let mut data = plain.clone();
        ctr(&key, &iv, 0, &mut data).unwrap();
        assert_eq!(data, hex("874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff"));
        // From an offset mid-block, the same key stream.
        let mut tail = plain[5..].to_vec();
        ctr(&key, &iv, 5, &mut tail).unwrap();
        assert_eq!(tail, data[5..]);
        assert!(cbc(true, &key, &[0; 16], &mut [0; 15]).is_err());
        assert!(ctr(&[0; 17], &iv, 0, &mut [0; 4]).is_err());
    }

    #[test]
    fn key_wrap_matches_rfc3394() {
        // RFC 3394 4.1: a 128-bit key wrapped with a 128-bit KEK.
        let kek = hex("000102030405060708090A0B0C0D0E0F");
        let key = hex("00112233445566778899AABBCCDDEEFF");
        let wrapped = kw(true, &kek, &key).unwrap().unwrap();
        assert_eq!(wrapped, hex("1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5"));
        assert_eq!(kw(false, &kek, &wrapped).unwrap().unwrap(), key);
        let mut bad = wrapped.clone();
        bad[0] ^= 1;
        assert_eq!(kw(false, &kek, &bad).unwrap(), None);
    }
}
