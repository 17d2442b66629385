//! Asymmetric keys for node:crypto: import and export (PKCS#8, SPKI,
//! PKCS#1, SEC1, raw, JWK components), generation, signatures
//! (RSASSA-PKCS1-v1_5, RSA-PSS, ECDSA on P-256/384/521, Ed25519), key
//! agreement (ECDH, X25519) and RSA encryption (OAEP; PKCS#1 v1.5 to
//! encrypt only), on RustCrypto crates.
//!
//! Stateless: a key travels as DER that JS keeps in a private field
//! (PKCS#8 for a private key, SPKI for a public one), and each call parses
//! what it needs. No per-isolate table to free or reset between requests,
//! and parsing is small beside the work (RSA-2048 here: 105 µs to parse,
//! 2.1 ms to sign).
//!
//! Why RustCrypto rather than aws-lc-rs (measured on this project's 2-core
//! build machine): rsa 0.10 computes on crypto-bigint in constant time (the
//! Marvin timing attack on 0.9 is fixed), signs RSA-2048 as fast (2.14 ms
//! against aws-lc-rs's 2.28 ms), covers what the Node and Web Crypto APIs
//! ask that aws-lc-rs's safe API does not (any RSA-PSS salt length, ECDSA
//! with any of the SHA-2 hashes on any curve, SHA-1 signatures), shares the
//! digest crates nano already uses, and builds without a C toolchain
//! (aws-lc-sys alone took 73 s to build).

use pkcs8::der::asn1::{BitStringRef, OctetStringRef};
use pkcs8::der::{Decode, Encode};
use pkcs8::spki::{AlgorithmIdentifierRef, SubjectPublicKeyInfoRef};
use pkcs8::{
    DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey, ObjectIdentifier, PrivateKeyInfoRef,
};
use rsa::traits::{PrivateKeyParts, PublicKeyParts};
use rsa::{BoxedUint, Oaep, Pkcs1v15Encrypt, Pkcs1v15Sign, pss::Pss};

use super::args::{Bytes, NativeResult, Throw, arg, uint8_array_from_vec};
use super::{Native, native_list};

pub(super) fn natives() -> Vec<Native> {
    native_list![
        "keyImport" => key_import,
        "keyExport" => key_export,
        "keyPublic" => key_public,
        "keyComponents" => key_components,
        "keyFromComponents" => key_from_components,
        "keyGenerate" => key_generate,
        "keySign" => key_sign,
        "keyVerify" => key_verify,
        "keyAgree" => key_agree,
        "keyEncrypt" => key_encrypt,
        "keyDecrypt" => key_decrypt,
    ]
}

const RSA_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");
const RSA_PSS_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.10");
const EC_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");
const P256_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.3.1.7");
const P384_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.132.0.34");
const P521_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.132.0.35");
const X25519_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.101.110");
const ED25519_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.101.112");

/// The RSA keys nano makes: from the rsa crate's floor (it refuses keys
/// under 1024 bits as insecure, in reading too) to 4096 bits (larger ones
/// take seconds of a request's thread, with no way to stop them).
const RSA_MIN_BITS: usize = 1024;
const RSA_MAX_BITS: usize = 4096;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Curve {
    P256,
    P384,
    P521,
}

impl Curve {
    fn parse(name: &str) -> Option<Curve> {
        match name {
            "P-256" => Some(Curve::P256),
            "P-384" => Some(Curve::P384),
            "P-521" => Some(Curve::P521),
            _ => None,
        }
    }

    fn of_oid(oid: ObjectIdentifier) -> Option<Curve> {
        match oid {
            P256_OID => Some(Curve::P256),
            P384_OID => Some(Curve::P384),
            P521_OID => Some(Curve::P521),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Curve::P256 => "P-256",
            Curve::P384 => "P-384",
            Curve::P521 => "P-521",
        }
    }
}

/// What a key is, as Node names it (`asymmetricKeyType`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Rsa,
    RsaPss,
    Ec(Curve),
    Ed25519,
    X25519,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Rsa => "rsa",
            Kind::RsaPss => "rsa-pss",
            Kind::Ec(_) => "ec",
            Kind::Ed25519 => "ed25519",
            Kind::X25519 => "x25519",
        }
    }

    /// A kind from its name and, for "ec", its curve's.
    fn parse(name: &str, curve: Option<&str>) -> Result<Kind, Throw> {
        match name {
            "rsa" => Ok(Kind::Rsa),
            "rsa-pss" => Ok(Kind::RsaPss),
            "ed25519" => Ok(Kind::Ed25519),
            "x25519" => Ok(Kind::X25519),
            "ec" => curve.and_then(Curve::parse).map(Kind::Ec).ok_or_else(|| {
                Throw::Type(format!("Unsupported elliptic curve: {}", curve.unwrap_or("none")))
            }),
            _ => Err(Throw::Type(format!("Unsupported key type: {name}"))),
        }
    }

    fn of_algorithm(algorithm: &AlgorithmIdentifierRef<'_>) -> Result<Kind, Throw> {
        match algorithm.oid {
            RSA_OID => Ok(Kind::Rsa),
            RSA_PSS_OID => Ok(Kind::RsaPss),
            ED25519_OID => Ok(Kind::Ed25519),
            X25519_OID => Ok(Kind::X25519),
            EC_OID => {
                let curve = algorithm.parameters_oid().map_err(|_| malformed("the EC key names no curve"))?;
                Curve::of_oid(curve)
                    .map(Kind::Ec)
                    .ok_or_else(|| Throw::Type(format!("Unsupported elliptic curve: {curve}")))
            }
            oid => Err(Throw::Type(format!("Unsupported key type (algorithm {oid})"))),
        }
    }
}

fn malformed(what: impl std::fmt::Display) -> Throw {
    Throw::Type(format!("Invalid key: {what}"))
}

fn kind_of_private(pkcs8: &[u8]) -> Result<Kind, Throw> {
    let info = PrivateKeyInfoRef::from_der(pkcs8).map_err(|e| malformed(format!("not PKCS#8 ({e})")))?;
    Kind::of_algorithm(&info.algorithm)
}

fn kind_of_public(spki: &[u8]) -> Result<Kind, Throw> {
    let info = SubjectPublicKeyInfoRef::from_der(spki).map_err(|e| malformed(format!("not SPKI ({e})")))?;
    Kind::of_algorithm(&info.algorithm)
}

/// Runs `$body` with `$c` naming the curve's crate (p256, p384 or p521),
/// whose types have the same names and shapes.
macro_rules! on_curve {
    ($curve:expr, $c:ident => $body:expr) => {
        match $curve {
            Curve::P256 => {
                use p256 as $c;
                $body
            }
            Curve::P384 => {
                use p384 as $c;
                $body
            }
            Curve::P521 => {
                use p521 as $c;
                $body
            }
        }
    };
}

/// Runs `$body` with `$d` the digest type `$name` names.
macro_rules! with_hash {
    ($name:expr, $d:ident => $body:expr) => {
        match $name {
            Hash::Sha1 => {
                type $d = sha1::Sha1;
                $body
            }
            Hash::Sha224 => {
                type $d = sha2::Sha224;
                $body
            }
            Hash::Sha256 => {
                type $d = sha2::Sha256;
                $body
            }
            Hash::Sha384 => {
                type $d = sha2::Sha384;
                $body
            }
            Hash::Sha512 => {
                type $d = sha2::Sha512;
                $body
            }
        }
    };
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Hash {
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

impl Hash {
    fn parse(name: &str) -> Result<Hash, Throw> {
        match name {
            "sha1" => Ok(Hash::Sha1),
            "sha224" => Ok(Hash::Sha224),
            "sha256" => Ok(Hash::Sha256),
            "sha384" => Ok(Hash::Sha384),
            "sha512" => Ok(Hash::Sha512),
            _ => Err(Throw::Type(format!(
                "Invalid digest: {name} (signatures and RSA encryption take sha1 or sha2)"
            ))),
        }
    }

    fn size(self) -> usize {
        match self {
            Hash::Sha1 => 20,
            Hash::Sha224 => 28,
            Hash::Sha256 => 32,
            Hash::Sha384 => 48,
            Hash::Sha512 => 64,
        }
    }
}

// ---- Encodings ----

fn der_failed(e: impl std::fmt::Display) -> Throw {
    Throw::Type(format!("could not encode the key: {e}"))
}

/// An RFC 8410 private key (Ed25519, X25519): the 32-byte secret in an
/// OCTET STRING inside PKCS#8.
fn okp_pkcs8(oid: ObjectIdentifier, secret: &[u8]) -> Result<Vec<u8>, Throw> {
    let inner = OctetStringRef::new(secret).map_err(der_failed)?.to_der().map_err(der_failed)?;
    let algorithm = AlgorithmIdentifierRef { oid, parameters: None };
    let info = PrivateKeyInfoRef::new(algorithm, OctetStringRef::new(&inner).map_err(der_failed)?);
    info.to_der().map_err(der_failed)
}

fn okp_secret(pkcs8: &[u8]) -> Result<[u8; 32], Throw> {
    let info = PrivateKeyInfoRef::from_der(pkcs8).map_err(malformed)?;
    let inner = <&OctetStringRef>::from_der(info.private_key.as_bytes()).map_err(malformed)?;
    inner.as_bytes().try_into().map_err(|_| malformed("the private key is not 32 bytes"))
}

fn okp_spki(oid: ObjectIdentifier, public: &[u8]) -> Result<Vec<u8>, Throw> {
    let info = SubjectPublicKeyInfoRef {
        algorithm: AlgorithmIdentifierRef { oid, parameters: None },
        subject_public_key: BitStringRef::from_bytes(public).map_err(der_failed)?,
    };
    info.to_der().map_err(der_failed)
}

fn okp_public(spki: &[u8]) -> Result<[u8; 32], Throw> {
    let info = SubjectPublicKeyInfoRef::from_der(spki).map_err(malformed)?;
    let bytes =
        info.subject_public_key.as_bytes().ok_or_else(|| malformed("the public key has unused bits"))?;
    bytes.try_into().map_err(|_| malformed("the public key is not 32 bytes"))
}

fn x25519_public_of(secret: [u8; 32]) -> [u8; 32] {
    x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(secret)).to_bytes()
}

fn ed25519_public_of(secret: [u8; 32]) -> [u8; 32] {
    ed25519_dalek::SigningKey::from_bytes(&secret).verifying_key().to_bytes()
}

fn rsa_private(pkcs8: &[u8]) -> Result<rsa::PrivateKey, Throw> {
    let info = PrivateKeyInfoRef::from_der(pkcs8).map_err(malformed)?;
    let key = <rsa::PrivateKey as pkcs1::DecodeRsaPrivateKey>::from_pkcs1_der(info.private_key.as_bytes());
    key.map_err(|e| malformed(format!("RSA private key: {e}")))
}

fn rsa_public(spki: &[u8]) -> Result<rsa::PublicKey, Throw> {
    let info = SubjectPublicKeyInfoRef::from_der(spki).map_err(malformed)?;
    let bytes =
        info.subject_public_key.as_bytes().ok_or_else(|| malformed("the public key has unused bits"))?;
    let key = <rsa::PublicKey as pkcs1::DecodeRsaPublicKey>::from_pkcs1_der(bytes);
    key.map_err(|e| malformed(format!("RSA public key: {e}")))
}

/// PKCS#8 of an RSA key, under the rsa-pss algorithm when `pss` (as Node
/// writes an 'rsa-pss' key without parameters).
fn rsa_pkcs8(key: &rsa::PrivateKey, pss: bool) -> Result<Vec<u8>, Throw> {
    let pkcs1 = pkcs1::EncodeRsaPrivateKey::to_pkcs1_der(key).map_err(der_failed)?;
    let algorithm = if pss {
        AlgorithmIdentifierRef { oid: RSA_PSS_OID, parameters: None }
    } else {
        AlgorithmIdentifierRef { oid: RSA_OID, parameters: Some(pkcs8::der::asn1::Null.into()) }
    };
    let info = PrivateKeyInfoRef::new(algorithm, OctetStringRef::new(pkcs1.as_bytes()).map_err(der_failed)?);
    info.to_der().map_err(der_failed)
}

fn rsa_spki(key: &rsa::PublicKey, pss: bool) -> Result<Vec<u8>, Throw> {
    let pkcs1 = pkcs1::EncodeRsaPublicKey::to_pkcs1_der(key).map_err(der_failed)?;
    let algorithm = if pss {
        AlgorithmIdentifierRef { oid: RSA_PSS_OID, parameters: None }
    } else {
        AlgorithmIdentifierRef { oid: RSA_OID, parameters: Some(pkcs8::der::asn1::Null.into()) }
    };
    let info = SubjectPublicKeyInfoRef {
        algorithm,
        subject_public_key: BitStringRef::from_bytes(pkcs1.as_bytes()).map_err(der_failed)?,
    };
    info.to_der().map_err(der_failed)
}

/// The canonical DER (PKCS#8 or SPKI) of a key given as `format`, checked
/// by parsing it whole.
fn import(
    private: bool,
    format: &str,
    data: &[u8],
    kind_hint: Option<Kind>,
) -> Result<(Kind, Vec<u8>), Throw> {
    match (private, format) {
        (true, "pkcs8") => {
            let kind = kind_of_private(data)?;
            check_private(kind, data)?;
            Ok((kind, data.to_vec()))
        }
        (false, "spki") => {
            let kind = kind_of_public(data)?;
            check_public(kind, data)?;
            Ok((kind, data.to_vec()))
        }
        (false, "x509") => {
            // The public key of an X.509 certificate (its signature is not
            // checked: the key is what createPublicKey(cert) gives).
            let cert =
                x509_cert::Certificate::from_der(data).map_err(|e| malformed(format!("X.509: {e}")))?;
            let spki = cert.tbs_certificate().subject_public_key_info().to_der().map_err(der_failed)?;
            import(false, "spki", &spki, None)
        }
        (true, "pkcs1") => {
            let key = <rsa::PrivateKey as pkcs1::DecodeRsaPrivateKey>::from_pkcs1_der(data)
                .map_err(|e| malformed(format!("RSA private key: {e}")))?;
            Ok((Kind::Rsa, rsa_pkcs8(&key, false)?))
        }
        (false, "pkcs1") => {
            let key = <rsa::PublicKey as pkcs1::DecodeRsaPublicKey>::from_pkcs1_der(data)
                .map_err(|e| malformed(format!("RSA public key: {e}")))?;
            Ok((Kind::Rsa, rsa_spki(&key, false)?))
        }
        (true, "sec1") => {
            let ec = sec1::EcPrivateKey::from_der(data).map_err(|e| malformed(format!("SEC1: {e}")))?;
            let curve = match (ec.parameters, kind_hint) {
                (Some(params), _) => {
                    let oid = params.named_curve().ok_or_else(|| malformed("the SEC1 key names no curve"))?;
                    Curve::of_oid(oid)
                        .ok_or_else(|| Throw::Type(format!("Unsupported elliptic curve: {oid}")))?
                }
                (None, Some(Kind::Ec(curve))) => curve,
                (None, _) => return Err(malformed("the SEC1 key names no curve")),
            };
            let der = on_curve!(curve, c => {
                let key = c::SecretKey::from_sec1_der(data).map_err(|e| malformed(format!("SEC1: {e}")))?;
                key.to_pkcs8_der().map_err(der_failed)?.as_bytes().to_vec()
            });
            Ok((Kind::Ec(curve), der))
        }
        (false, "raw") => {
            let kind = kind_hint.ok_or_else(|| Throw::Type("a raw public key needs its key type".into()))?;
            match kind {
                Kind::Ec(curve) => {
                    let der = on_curve!(curve, c => {
                        let key = c::PublicKey::from_sec1_bytes(data).map_err(|_| malformed("not a point on the curve"))?;
                        key.to_public_key_der().map_err(der_failed)?.as_bytes().to_vec()
                    });
                    Ok((kind, der))
                }
                Kind::Ed25519 => {
                    let bytes: [u8; 32] =
                        data.try_into().map_err(|_| malformed("an Ed25519 key is 32 bytes"))?;
                    ed25519_dalek::VerifyingKey::from_bytes(&bytes)
                        .map_err(|_| malformed("not an Ed25519 point"))?;
                    Ok((kind, okp_spki(ED25519_OID, &bytes)?))
                }
                Kind::X25519 => {
                    let bytes: [u8; 32] =
                        data.try_into().map_err(|_| malformed("an X25519 key is 32 bytes"))?;
                    Ok((kind, okp_spki(X25519_OID, &bytes)?))
                }
                Kind::Rsa | Kind::RsaPss => Err(Throw::Type("an RSA key has no raw form".into())),
            }
        }
        (true, "raw") => {
            // An EC private scalar (ECDH.setPrivateKey), or the 32-byte
            // secret of an Ed25519 or X25519 key.
            if let Some(Kind::Ec(curve)) = kind_hint {
                let der = on_curve!(curve, c => {
                    let key = c::SecretKey::from_slice(data).map_err(|_| malformed("not a private scalar of the curve"))?;
                    key.to_pkcs8_der().map_err(der_failed)?.as_bytes().to_vec()
                });
                return Ok((Kind::Ec(curve), der));
            }
            let secret: [u8; 32] =
                data.try_into().map_err(|_| malformed("the private key is not 32 bytes"))?;
            match kind_hint {
                Some(Kind::Ed25519) => Ok((Kind::Ed25519, okp_pkcs8(ED25519_OID, &secret)?)),
                Some(Kind::X25519) => Ok((Kind::X25519, okp_pkcs8(X25519_OID, &secret)?)),
                _ => Err(Throw::Type("only Ed25519 and X25519 private keys have a raw form".into())),
            }
        }
        (private, format) => Err(Throw::Type(format!(
            "Unsupported {} key format: {format}",
            if private { "private" } else { "public" }
        ))),
    }
}

fn check_private(kind: Kind, pkcs8: &[u8]) -> Result<(), Throw> {
    match kind {
        Kind::Rsa | Kind::RsaPss => rsa_private(pkcs8).map(drop),
        Kind::Ec(curve) => on_curve!(curve, c => c::SecretKey::from_pkcs8_der(pkcs8)
            .map(drop)
            .map_err(|e| malformed(format!("EC private key: {e}")))),
        Kind::Ed25519 | Kind::X25519 => okp_secret(pkcs8).map(drop),
    }
}

fn check_public(kind: Kind, spki: &[u8]) -> Result<(), Throw> {
    match kind {
        Kind::Rsa | Kind::RsaPss => rsa_public(spki).map(drop),
        Kind::Ec(curve) => on_curve!(curve, c => c::PublicKey::from_public_key_der(spki)
            .map(drop)
            .map_err(|e| malformed(format!("EC public key: {e}")))),
        Kind::Ed25519 => {
            let bytes = okp_public(spki)?;
            ed25519_dalek::VerifyingKey::from_bytes(&bytes)
                .map(drop)
                .map_err(|_| malformed("not an Ed25519 point"))
        }
        Kind::X25519 => okp_public(spki).map(drop),
    }
}

/// The SPKI of a private key's public half.
fn public_of(kind: Kind, pkcs8: &[u8]) -> Result<Vec<u8>, Throw> {
    match kind {
        Kind::Rsa | Kind::RsaPss => rsa_spki(&rsa_private(pkcs8)?.to_public_key(), kind == Kind::RsaPss),
        Kind::Ec(curve) => on_curve!(curve, c => {
            let key = c::SecretKey::from_pkcs8_der(pkcs8).map_err(malformed)?;
            Ok(key.public_key().to_public_key_der().map_err(der_failed)?.as_bytes().to_vec())
        }),
        Kind::Ed25519 => okp_spki(ED25519_OID, &ed25519_public_of(okp_secret(pkcs8)?)),
        Kind::X25519 => okp_spki(X25519_OID, &x25519_public_of(okp_secret(pkcs8)?)),
    }
}

/// Bits of an RSA modulus, or of an EC curve's order.
fn size_bits(kind: Kind, der: &[u8], private: bool) -> Result<usize, Throw> {
    Ok(match kind {
        Kind::Rsa | Kind::RsaPss => {
            let key = if private { rsa_private(der)?.to_public_key() } else { rsa_public(der)? };
            key.n().bit_width() as usize
        }
        Kind::Ec(Curve::P256) => 256,
        Kind::Ec(Curve::P384) => 384,
        Kind::Ec(Curve::P521) => 521,
        Kind::Ed25519 | Kind::X25519 => 256,
    })
}

fn export(kind: Kind, der: &[u8], private: bool, format: &str) -> Result<Vec<u8>, Throw> {
    match (private, format, kind) {
        (true, "pkcs8", _) | (false, "spki", _) => Ok(der.to_vec()),
        (true, "pkcs1", Kind::Rsa) => {
            let info = PrivateKeyInfoRef::from_der(der).map_err(malformed)?;
            Ok(info.private_key.as_bytes().to_vec())
        }
        (false, "pkcs1", Kind::Rsa) => {
            let info = SubjectPublicKeyInfoRef::from_der(der).map_err(malformed)?;
            Ok(info.subject_public_key.raw_bytes().to_vec())
        }
        (true, "sec1", Kind::Ec(curve)) => on_curve!(curve, c => {
            let key = c::SecretKey::from_pkcs8_der(der).map_err(malformed)?;
            Ok(key.to_sec1_der().map_err(der_failed)?.to_vec())
        }),
        (false, "raw", Kind::Ec(curve)) => on_curve!(curve, c => {
            let key = c::PublicKey::from_public_key_der(der).map_err(malformed)?;
            Ok(key.to_sec1_bytes().to_vec())
        }),
        (false, "raw-compressed", Kind::Ec(curve)) => on_curve!(curve, c => {
            use c::elliptic_curve::sec1::ToSec1Point;
            let key = c::PublicKey::from_public_key_der(der).map_err(malformed)?;
            Ok(key.to_sec1_point(true).as_bytes().to_vec())
        }),
        (false, "raw", Kind::Ed25519 | Kind::X25519) => Ok(okp_public(der)?.to_vec()),
        (true, "raw", Kind::Ed25519 | Kind::X25519) => Ok(okp_secret(der)?.to_vec()),
        (true, "raw", Kind::Ec(curve)) => on_curve!(curve, c => {
            let key = c::SecretKey::from_pkcs8_der(der).map_err(malformed)?;
            Ok(key.to_bytes().to_vec())
        }),
        (_, format, kind) => Err(Throw::Type(format!(
            "Unsupported key format {format} for a {} {} key",
            if private { "private" } else { "public" },
            kind.name()
        ))),
    }
}

fn trimmed(bytes: &[u8]) -> Vec<u8> {
    let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len().saturating_sub(1));
    bytes[start..].to_vec()
}

fn uint_bytes(value: &BoxedUint) -> Vec<u8> {
    trimmed(&value.to_be_bytes())
}

/// A key's JWK members as bytes, in a fixed order: RSA n, e (and d, p, q,
/// dp, dq, qi when private); EC x, y (and d); OKP x (and d).
fn components(kind: Kind, der: &[u8], private: bool) -> Result<Vec<Vec<u8>>, Throw> {
    match kind {
        Kind::Rsa | Kind::RsaPss => {
            if !private {
                let key = rsa_public(der)?;
                return Ok(vec![trimmed(&key.n_bytes()), trimmed(&key.e_bytes())]);
            }
            let key = rsa_private(der)?;
            let (Some(p), Some(q), Some(dp), Some(dq), Some(qinv)) =
                (key.p(), key.q(), key.dp(), key.dq(), key.qinv())
            else {
                return Err(Throw::Type("the RSA key has no CRT values (more than two primes?)".into()));
            };
            Ok(vec![
                trimmed(&key.n_bytes()),
                trimmed(&key.e_bytes()),
                uint_bytes(key.d()),
                uint_bytes(p.modulus().as_ref()),
                uint_bytes(q.modulus().as_ref()),
                uint_bytes(dp),
                uint_bytes(dq),
                uint_bytes(&qinv.retrieve()),
            ])
        }
        Kind::Ec(curve) => on_curve!(curve, c => {
            use c::elliptic_curve::sec1::ToSec1Point;
            let (public, secret) = if private {
                let key = c::SecretKey::from_pkcs8_der(der).map_err(malformed)?;
                (key.public_key(), Some(key.to_bytes().to_vec()))
            } else {
                (c::PublicKey::from_public_key_der(der).map_err(malformed)?, None)
            };
            let point = public.to_sec1_point(false);
            let (Some(x), Some(y)) = (point.x(), point.y()) else {
                return Err(malformed("the public key is the identity"));
            };
            let mut parts = vec![x.to_vec(), y.to_vec()];
            parts.extend(secret);
            Ok(parts)
        }),
        Kind::Ed25519 | Kind::X25519 => {
            if private {
                let secret = okp_secret(der)?;
                let public =
                    if kind == Kind::Ed25519 { ed25519_public_of(secret) } else { x25519_public_of(secret) };
                Ok(vec![public.to_vec(), secret.to_vec()])
            } else {
                Ok(vec![okp_public(der)?.to_vec()])
            }
        }
    }
}

fn uint_of(bytes: &[u8]) -> Result<BoxedUint, Throw> {
    let bits = u32::try_from(bytes.len().max(1) * 8).map_err(|_| malformed("a JWK member is too long"))?;
    BoxedUint::from_be_slice(bytes, bits).map_err(|_| malformed("a JWK member is not an integer"))
}

/// The DER of a key made from its JWK members (the order of
/// [`components`]; CRT values of an RSA key are recomputed, not taken).
fn from_components(kind: Kind, parts: &[Vec<u8>], private: bool) -> Result<Vec<u8>, Throw> {
    let missing = || malformed("a JWK member is missing");
    match kind {
        Kind::Rsa | Kind::RsaPss => {
            let pss = kind == Kind::RsaPss;
            let [n, e, rest @ ..] = parts else { return Err(missing()) };
            let (n, e) = (uint_of(n)?, uint_of(e)?);
            if !private {
                let key = rsa::PublicKey::new(n, e).map_err(|e| malformed(format!("RSA: {e}")))?;
                return rsa_spki(&key, pss);
            }
            let [d, p, q, ..] = rest else { return Err(missing()) };
            let key = rsa::PrivateKey::from_components(n, e, uint_of(d)?, vec![uint_of(p)?, uint_of(q)?])
                .map_err(|e| malformed(format!("RSA: {e}")))?;
            rsa_pkcs8(&key, pss)
        }
        Kind::Ec(curve) => on_curve!(curve, c => {
            let [x, y, rest @ ..] = parts else { return Err(missing()) };
            let size = c::FieldBytes::default().len();
            if x.len() != size || y.len() != size {
                return Err(malformed(format!("the coordinates of a {} point are {size} bytes", curve.name())));
            }
            let mut point = Vec::with_capacity(1 + 2 * size);
            point.push(4);
            point.extend_from_slice(x);
            point.extend_from_slice(y);
            let public = c::PublicKey::from_sec1_bytes(&point).map_err(|_| malformed("not a point on the curve"))?;
            if !private {
                return Ok(public.to_public_key_der().map_err(der_failed)?.as_bytes().to_vec());
            }
            let [d, ..] = rest else { return Err(missing()) };
            let secret = c::SecretKey::from_slice(d).map_err(|_| malformed("d is not a private scalar of the curve"))?;
            if secret.public_key() != public {
                return Err(malformed("d does not match x and y"));
            }
            Ok(secret.to_pkcs8_der().map_err(der_failed)?.as_bytes().to_vec())
        }),
        Kind::Ed25519 | Kind::X25519 => {
            let oid = if kind == Kind::Ed25519 { ED25519_OID } else { X25519_OID };
            let [x, rest @ ..] = parts else { return Err(missing()) };
            let x: [u8; 32] = x.as_slice().try_into().map_err(|_| malformed("x is not 32 bytes"))?;
            if !private {
                return import(false, "raw", &x, Some(kind)).map(|(_, der)| der);
            }
            let [d, ..] = rest else { return Err(missing()) };
            let d: [u8; 32] = d.as_slice().try_into().map_err(|_| malformed("d is not 32 bytes"))?;
            let public = if kind == Kind::Ed25519 { ed25519_public_of(d) } else { x25519_public_of(d) };
            if public != x {
                return Err(malformed("d does not match x"));
            }
            okp_pkcs8(oid, &d)
        }
    }
}

fn rng() -> getrandom::SysRng {
    getrandom::SysRng
}

fn generate(kind: Kind, bits: usize, exponent: &[u8]) -> Result<Vec<u8>, Throw> {
    match kind {
        Kind::Rsa | Kind::RsaPss => {
            if !(RSA_MIN_BITS..=RSA_MAX_BITS).contains(&bits) {
                return Err(Throw::Range(format!(
                    "nano makes RSA keys of {RSA_MIN_BITS} to {RSA_MAX_BITS} bits (asked for {bits})"
                )));
            }
            let exponent = uint_of(exponent)?;
            let key = rsa::PrivateKey::new_with_exp(&mut rng(), bits, exponent)
                .map_err(|e| Throw::Type(format!("RSA key generation failed: {e}")))?;
            rsa_pkcs8(&key, kind == Kind::RsaPss)
        }
        Kind::Ec(curve) => on_curve!(curve, c => {
            let key = <c::SecretKey as rsa::Generate>::try_generate_from_rng(&mut rng())
                .map_err(|_| Throw::Type("the operating system's generator failed".into()))?;
            Ok(key.to_pkcs8_der().map_err(der_failed)?.as_bytes().to_vec())
        }),
        Kind::Ed25519 | Kind::X25519 => {
            let mut secret = [0u8; 32];
            getrandom::fill(&mut secret)
                .map_err(|_| Throw::Type("the operating system's generator failed".into()))?;
            okp_pkcs8(if kind == Kind::Ed25519 { ED25519_OID } else { X25519_OID }, &secret)
        }
    }
}

/// How a signature is made beyond the key: the hash that made `input`'s
/// digest, RSA's padding and PSS salt length, ECDSA's encoding.
struct Scheme {
    hash: Option<Hash>,
    pss: bool,
    salt: Option<usize>,
    p1363: bool,
}

fn check_digest(hash: Hash, digest: &[u8]) -> Result<(), Throw> {
    if digest.len() == hash.size() {
        Ok(())
    } else {
        Err(Throw::Type(format!("the digest is {} bytes, not {}", digest.len(), hash.size())))
    }
}

fn needs_hash(scheme: &Scheme) -> Result<Hash, Throw> {
    scheme.hash.ok_or_else(|| Throw::Type("this key's signatures need a digest".into()))
}

/// The largest PSS salt for a key of `bits` and a hash of `size` bytes.
fn pss_max_salt(bits: usize, size: usize) -> usize {
    (bits - 1).div_ceil(8).saturating_sub(size + 2)
}

fn sign(kind: Kind, pkcs8: &[u8], scheme: &Scheme, input: &[u8]) -> Result<Vec<u8>, Throw> {
    let failed = |e: &dyn std::fmt::Display| Throw::Type(format!("signing failed: {e}"));
    match kind {
        Kind::Rsa | Kind::RsaPss => {
            let hash = needs_hash(scheme)?;
            check_digest(hash, input)?;
            let key = rsa_private(pkcs8)?;
            if scheme.pss || kind == Kind::RsaPss {
                let salt =
                    scheme.salt.unwrap_or_else(|| pss_max_salt(key.n().bit_width() as usize, hash.size()));
                with_hash!(hash, D => key.sign_with_rng(&mut rng(), Pss::<D>::new_with_salt(salt), input))
            } else {
                with_hash!(hash, D => key.sign(Pkcs1v15Sign::new::<D>(), input))
            }
            .map_err(|e| failed(&e))
        }
        Kind::Ec(curve) => {
            let hash = needs_hash(scheme)?;
            check_digest(hash, input)?;
            on_curve!(curve, c => {
                let secret: c::SecretKey = ec_secret(pkcs8)?;
                let signature: c::ecdsa::Signature = ecdsa_sign(&secret, input);
                Ok(if scheme.p1363 { signature.to_bytes().to_vec() } else { signature.to_der().as_bytes().to_vec() })
            })
        }
        Kind::Ed25519 => {
            if scheme.hash.is_some() {
                return Err(Throw::Type("Ed25519 signs the message itself: pass no digest".into()));
            }
            use ed25519_dalek::Signer;
            let key = ed25519_dalek::SigningKey::from_bytes(&okp_secret(pkcs8)?);
            Ok(key.sign(input).to_bytes().to_vec())
        }
        Kind::X25519 => Err(Throw::Type("an X25519 key cannot sign (it is for key agreement)".into())),
    }
}

/// An EC private key's scalar, read from the SEC1 structure inside its
/// PKCS#8 without the public key it may carry being checked (a scalar
/// multiplication, a third of a signature's time; a key made by nano or
/// checked at import needs none).
fn ec_secret<C>(pkcs8: &[u8]) -> Result<elliptic_curve::SecretKey<C>, Throw>
where
    C: elliptic_curve::Curve,
{
    let info = PrivateKeyInfoRef::from_der(pkcs8).map_err(malformed)?;
    let ec = sec1::EcPrivateKey::from_der(info.private_key.as_bytes()).map_err(malformed)?;
    elliptic_curve::SecretKey::from_slice(ec.private_key)
        .map_err(|_| malformed("not a private scalar of the curve"))
}

/// ECDSA over a digest, with RFC 6979's deterministic nonce (as the
/// crate's SigningKey signs), without the public key SigningKey computes
/// first.
fn ecdsa_sign<C>(secret: &elliptic_curve::SecretKey<C>, prehash: &[u8]) -> ecdsa::Signature<C>
where
    C: elliptic_curve::CurveArithmetic + ecdsa::DigestAlgorithm,
{
    ecdsa::hazmat::sign_prehashed_rfc6979::<C, C::Digest>(&secret.to_nonzero_scalar(), prehash, &[]).0
}

fn verify(kind: Kind, spki: &[u8], scheme: &Scheme, input: &[u8], signature: &[u8]) -> Result<bool, Throw> {
    match kind {
        Kind::Rsa | Kind::RsaPss => {
            let hash = needs_hash(scheme)?;
            check_digest(hash, input)?;
            let key = rsa_public(spki)?;
            let ok = if scheme.pss || kind == Kind::RsaPss {
                // No salt length (Node's RSA_PSS_SALTLEN_AUTO): any is accepted.
                with_hash!(hash, D => {
                    let mut pss = Pss::<D>::new();
                    pss.salt_len = scheme.salt;
                    key.verify(pss, input, signature)
                })
            } else {
                with_hash!(hash, D => key.verify(Pkcs1v15Sign::new::<D>(), input, signature))
            };
            Ok(ok.is_ok())
        }
        Kind::Ec(curve) => {
            let hash = needs_hash(scheme)?;
            check_digest(hash, input)?;
            on_curve!(curve, c => {
                use c::ecdsa::signature::hazmat::PrehashVerifier;
                let key = c::PublicKey::from_public_key_der(spki).map_err(malformed)?;
                let verifier = c::ecdsa::VerifyingKey::from(key);
                let parsed = if scheme.p1363 {
                    c::ecdsa::Signature::from_slice(signature)
                } else {
                    c::ecdsa::Signature::from_der(signature)
                };
                Ok(parsed.is_ok_and(|s| verifier.verify_prehash(input, &s).is_ok()))
            })
        }
        Kind::Ed25519 => {
            if scheme.hash.is_some() {
                return Err(Throw::Type("Ed25519 verifies the message itself: pass no digest".into()));
            }
            let key = ed25519_dalek::VerifyingKey::from_bytes(&okp_public(spki)?)
                .map_err(|_| malformed("not an Ed25519 point"))?;
            let Ok(signature) = ed25519_dalek::Signature::from_slice(signature) else { return Ok(false) };
            Ok(key.verify_strict(input, &signature).is_ok())
        }
        Kind::X25519 => Err(Throw::Type("an X25519 key cannot verify (it is for key agreement)".into())),
    }
}

/// The shared secret of a private key and a peer's public key of the same
/// kind (ECDH's x coordinate, X25519's output).
fn agree(kind: Kind, pkcs8: &[u8], peer: &[u8]) -> Result<Vec<u8>, Throw> {
    let peer_kind = kind_of_public(peer)?;
    if peer_kind != kind {
        return Err(Throw::Type(format!(
            "the keys do not agree: a {} private key with a {} public key",
            kind.name(),
            peer_kind.name()
        )));
    }
    match kind {
        Kind::Ec(curve) => on_curve!(curve, c => {
            let secret = c::SecretKey::from_pkcs8_der(pkcs8).map_err(malformed)?;
            let public = c::PublicKey::from_public_key_der(peer).map_err(malformed)?;
            Ok(secret.diffie_hellman(&public).raw_secret_bytes().to_vec())
        }),
        Kind::X25519 => {
            let secret = x25519_dalek::StaticSecret::from(okp_secret(pkcs8)?);
            let shared = secret.diffie_hellman(&x25519_dalek::PublicKey::from(okp_public(peer)?));
            if !shared.was_contributory() {
                return Err(Throw::Type("the X25519 peer key is a low-order point".into()));
            }
            Ok(shared.as_bytes().to_vec())
        }
        _ => Err(Throw::Type(format!("a {} key has no key agreement", kind.name()))),
    }
}

// ---- Natives ----

fn bytes_value<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    bytes: Vec<u8>,
) -> Result<v8::Local<'s, v8::Value>, Throw> {
    uint8_array_from_vec(scope, bytes).map(Into::into).ok_or_else(super::args::out_of_memory)
}

fn kind_arg<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: &v8::FunctionCallbackArguments<'s>,
    i: i32,
) -> Result<Kind, Throw> {
    let name: String = arg(scope, args, i)?;
    let curve: Option<String> = arg(scope, args, i + 1)?;
    Kind::parse(&name, curve.as_deref())
}

/// [type, curve, der, bits]: what JS keeps of an imported key.
fn key_record<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    kind: Kind,
    der: Vec<u8>,
    private: bool,
) -> Result<v8::Local<'s, v8::Value>, Throw> {
    let bits = size_bits(kind, &der, private)?;
    let name: v8::Local<v8::Value> = v8::String::new(scope, kind.name()).ok_or(Throw::Pending)?.into();
    let curve: v8::Local<v8::Value> = match kind {
        Kind::Ec(curve) => v8::String::new(scope, curve.name()).ok_or(Throw::Pending)?.into(),
        _ => v8::undefined(scope).into(),
    };
    let der = bytes_value(scope, der)?;
    let bits = v8::Number::new(scope, bits as f64).into();
    Ok(v8::Array::new_with_elements(scope, &[name, curve, der, bits]).into())
}

/// keyImport(private, format, data, type?, curve?) -> [type, curve, der,
/// bits]: a key read from DER (`format`: pkcs8, spki, pkcs1, sec1, x509:
/// a certificate's public key) or raw bytes, checked whole.
fn key_import<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let private: bool = arg(scope, &args, 0)?;
    let format: String = arg(scope, &args, 1)?;
    let Bytes(data) = arg(scope, &args, 2)?;
    let hint: Option<String> = arg(scope, &args, 3)?;
    let curve: Option<String> = arg(scope, &args, 4)?;
    let hint = hint.map(|name| Kind::parse(&name, curve.as_deref())).transpose()?;
    let (kind, der) = import(private, &format, &data, hint)?;
    let record = key_record(scope, kind, der, private)?;
    rv.set(record);
    Ok(())
}

/// keyExport(type, curve, der, private, format) -> bytes.
fn key_export<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let kind = kind_arg(scope, &args, 0)?;
    let Bytes(der) = arg(scope, &args, 2)?;
    let private: bool = arg(scope, &args, 3)?;
    let format: String = arg(scope, &args, 4)?;
    let out = export(kind, &der, private, &format)?;
    let value = bytes_value(scope, out)?;
    rv.set(value);
    Ok(())
}

/// keyPublic(type, curve, pkcs8) -> spki: a private key's public half.
fn key_public<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let kind = kind_arg(scope, &args, 0)?;
    let Bytes(der) = arg(scope, &args, 2)?;
    let out = public_of(kind, &der)?;
    let value = bytes_value(scope, out)?;
    rv.set(value);
    Ok(())
}

/// keyComponents(type, curve, der, private) -> [bytes...]: JWK members.
fn key_components<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let kind = kind_arg(scope, &args, 0)?;
    let Bytes(der) = arg(scope, &args, 2)?;
    let private: bool = arg(scope, &args, 3)?;
    let parts = components(kind, &der, private)?;
    let mut values = Vec::with_capacity(parts.len());
    for part in parts {
        values.push(bytes_value(scope, part)?);
    }
    rv.set(v8::Array::new_with_elements(scope, &values).into());
    Ok(())
}

/// keyFromComponents(type, curve, parts, private) -> [type, curve, der,
/// bits]: a key from JWK members (the order keyComponents gives).
fn key_from_components<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let kind = kind_arg(scope, &args, 0)?;
    let list: v8::Local<v8::Array> = arg(scope, &args, 2)?;
    let private: bool = arg(scope, &args, 3)?;
    let mut parts = Vec::with_capacity(list.length() as usize);
    for i in 0..list.length().min(8) {
        let item = list.get_index(scope, i).ok_or(Throw::Pending)?;
        let Bytes(bytes) = super::args::FromArg::from_arg(scope, item)?;
        parts.push(bytes);
    }
    let der = from_components(kind, &parts, private)?;
    let record = key_record(scope, kind, der, private)?;
    rv.set(record);
    Ok(())
}

/// keyGenerate(type, curve, bits, exponent) -> [type, curve, pkcs8, bits].
fn key_generate<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let kind = kind_arg(scope, &args, 0)?;
    let bits: f64 = arg(scope, &args, 2)?;
    let Bytes(exponent) = arg(scope, &args, 3)?;
    let der = generate(kind, bits as usize, &exponent)?;
    let record = key_record(scope, kind, der, true)?;
    rv.set(record);
    Ok(())
}

fn scheme_args<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: &v8::FunctionCallbackArguments<'s>,
    i: i32,
) -> Result<Scheme, Throw> {
    let hash: Option<String> = arg(scope, args, i)?;
    let pss: bool = arg(scope, args, i + 1)?;
    let salt: f64 = arg(scope, args, i + 2)?;
    let p1363: bool = arg(scope, args, i + 3)?;
    Ok(Scheme {
        hash: hash.as_deref().map(Hash::parse).transpose()?,
        pss,
        // A negative salt length: the largest (signing) or any (verifying).
        salt: (salt >= 0.0).then_some(salt as usize),
        p1363,
    })
}

/// keySign(type, curve, pkcs8, hash, pss, salt, p1363, input) -> signature:
/// `input` is the digest `hash` made (the message itself for Ed25519).
fn key_sign<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let kind = kind_arg(scope, &args, 0)?;
    let Bytes(der) = arg(scope, &args, 2)?;
    let scheme = scheme_args(scope, &args, 3)?;
    let input: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 7)?;
    let signature = super::args::with_view_bytes(input, |bytes| sign(kind, &der, &scheme, bytes))?;
    let value = bytes_value(scope, signature)?;
    rv.set(value);
    Ok(())
}

/// keyVerify(type, curve, spki, hash, pss, salt, p1363, input, signature)
/// -> boolean.
fn key_verify<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let kind = kind_arg(scope, &args, 0)?;
    let Bytes(der) = arg(scope, &args, 2)?;
    let scheme = scheme_args(scope, &args, 3)?;
    let input: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 7)?;
    let Bytes(signature) = arg(scope, &args, 8)?;
    let ok = super::args::with_view_bytes(input, |bytes| verify(kind, &der, &scheme, bytes, &signature))?;
    rv.set_bool(ok);
    Ok(())
}

/// keyAgree(type, curve, pkcs8, peerSpki) -> shared secret.
fn key_agree<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let kind = kind_arg(scope, &args, 0)?;
    let Bytes(der) = arg(scope, &args, 2)?;
    let Bytes(peer) = arg(scope, &args, 3)?;
    let secret = agree(kind, &der, &peer)?;
    let value = bytes_value(scope, secret)?;
    rv.set(value);
    Ok(())
}

/// keyEncrypt(spki, oaep, hash, label, data) -> ciphertext: RSA-OAEP, or
/// PKCS#1 v1.5 when `oaep` is false.
fn key_encrypt<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let Bytes(der) = arg(scope, &args, 0)?;
    let oaep: bool = arg(scope, &args, 1)?;
    let hash: String = arg(scope, &args, 2)?;
    let label: Option<Bytes> = arg(scope, &args, 3)?;
    let Bytes(data) = arg(scope, &args, 4)?;
    if !matches!(kind_of_public(&der)?, Kind::Rsa) {
        return Err(Throw::Type("only an RSA key encrypts".into()));
    }
    let key = rsa_public(&der)?;
    let out = if oaep {
        let hash = Hash::parse(&hash)?;
        let label = label.map(|l| l.0).unwrap_or_default();
        with_hash!(hash, D => key.encrypt(&mut rng(), Oaep::<D>::new_with_label(label), &data))
    } else {
        key.encrypt(&mut rng(), Pkcs1v15Encrypt, &data)
    }
    .map_err(|e| Throw::Type(format!("encryption failed: {e}")))?;
    let value = bytes_value(scope, out)?;
    rv.set(value);
    Ok(())
}

/// keyDecrypt(pkcs8, hash, label, data) -> plaintext, or null when the
/// ciphertext does not decrypt: RSA-OAEP only (PKCS#1 v1.5 decryption is
/// refused in JS, as Node refuses it, for Bleichenbacher's attack).
fn key_decrypt<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let Bytes(der) = arg(scope, &args, 0)?;
    let hash = Hash::parse(&arg::<String>(scope, &args, 1)?)?;
    let label: Option<Bytes> = arg(scope, &args, 2)?;
    let Bytes(data) = arg(scope, &args, 3)?;
    if !matches!(kind_of_private(&der)?, Kind::Rsa) {
        return Err(Throw::Type("only an RSA key decrypts".into()));
    }
    let key = rsa_private(&der)?;
    let label = label.map(|l| l.0).unwrap_or_default();
    match with_hash!(hash, D => key.decrypt_blinded(&mut rng(), Oaep::<D>::new_with_label(label), &data)) {
        Ok(plain) => {
            let value = bytes_value(scope, plain)?;
            rv.set(value);
        }
        Err(_) => rv.set_null(),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digest<D: sha2::Digest>(data: &[u8]) -> Vec<u8> {
        D::digest(data).to_vec()
    }

    fn scheme(hash: Option<Hash>, pss: bool, salt: Option<usize>, p1363: bool) -> Scheme {
        Scheme { hash, pss, salt, p1363 }
    }

    #[test]
    fn every_kind_signs_and_verifies_and_round_trips_its_encodings() {
        let kinds = [Kind::Ec(Curve::P256), Kind::Ec(Curve::P384), Kind::Ec(Curve::P521), Kind::Ed25519];
        for kind in kinds {
            let private = generate(kind, 0, &[]).unwrap();
            assert_eq!(kind_of_private(&private).unwrap(), kind);
            let public = public_of(kind, &private).unwrap();
            assert_eq!(kind_of_public(&public).unwrap(), kind);
            let (s, message) = if kind == Kind::Ed25519 {
                (scheme(None, false, None, false), b"message".to_vec())
            } else {
                (scheme(Some(Hash::Sha384), false, None, true), digest::<sha2::Sha384>(b"message"))
            };
            let signature = sign(kind, &private, &s, &message).unwrap();
            assert!(verify(kind, &public, &s, &message, &signature).unwrap(), "{kind:?}");
            let mut tampered = message.clone();
            tampered[0] ^= 1;
            assert!(!verify(kind, &public, &s, &tampered, &signature).unwrap(), "{kind:?}");
            // JWK members give back the same keys.
            let parts = components(kind, &private, true).unwrap();
            assert_eq!(from_components(kind, &parts, true).unwrap(), private);
            let parts = components(kind, &public, false).unwrap();
            assert_eq!(from_components(kind, &parts, false).unwrap(), public);
        }
    }

    #[test]
    fn rsa_signs_with_either_padding_and_reads_pkcs1() {
        let private = generate(Kind::Rsa, 1024, &[1, 0, 1]).unwrap();
        let public = public_of(Kind::Rsa, &private).unwrap();
        let hashed = digest::<sha2::Sha256>(b"data");
        for s in [
            scheme(Some(Hash::Sha256), false, None, false),
            scheme(Some(Hash::Sha256), true, Some(32), false),
            scheme(Some(Hash::Sha256), true, None, false),
        ] {
            let signature = sign(Kind::Rsa, &private, &s, &hashed).unwrap();
            assert!(verify(Kind::Rsa, &public, &s, &hashed, &signature).unwrap());
            // A PSS signature verifies with the salt length read from it.
            if s.pss {
                let auto = scheme(Some(Hash::Sha256), true, None, false);
                assert!(verify(Kind::Rsa, &public, &auto, &hashed, &signature).unwrap());
            }
        }
        // The wrong digest length is refused, not signed.
        assert!(sign(Kind::Rsa, &private, &scheme(Some(Hash::Sha512), false, None, false), &hashed).is_err());
        let pkcs1 = export(Kind::Rsa, &private, true, "pkcs1").unwrap();
        assert_eq!(import(true, "pkcs1", &pkcs1, None).unwrap().1, private);
        let parts = components(Kind::Rsa, &private, true).unwrap();
        assert_eq!(parts.len(), 8);
        assert_eq!(from_components(Kind::Rsa, &parts, true).unwrap(), private);
    }

    #[test]
    fn key_agreement_is_symmetric_and_checks_kinds() {
        for kind in [Kind::Ec(Curve::P256), Kind::X25519] {
            let a = generate(kind, 0, &[]).unwrap();
            let b = generate(kind, 0, &[]).unwrap();
            let shared = agree(kind, &a, &public_of(kind, &b).unwrap()).unwrap();
            assert_eq!(shared, agree(kind, &b, &public_of(kind, &a).unwrap()).unwrap());
        }
        let ec = generate(Kind::Ec(Curve::P256), 0, &[]).unwrap();
        let x = generate(Kind::X25519, 0, &[]).unwrap();
        assert!(agree(Kind::Ec(Curve::P256), &ec, &public_of(Kind::X25519, &x).unwrap()).is_err());
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(import(true, "pkcs8", b"not der", None).is_err());
        assert!(import(false, "spki", &[0x30, 0x00], None).is_err());
        assert!(import(false, "raw", &[4; 65], Some(Kind::Ec(Curve::P256))).is_err());
        assert!(generate(Kind::Rsa, 16384, &[1, 0, 1]).is_err());
        assert!(Kind::parse("ec", Some("secp256k1")).is_err());
        assert!(import(false, "x509", b"not a certificate", None).is_err());
    }
}
