//! node:crypto's digests, HMAC and key derivation (RustCrypto): hashes
//! that take their input in pieces (`createHash`, `createHmac`), one-shot
//! digests (`crypto.hash`), PBKDF2, HKDF and scrypt.
//!
//! A hasher's state lives in the isolate (a slot keyed by the id JS holds),
//! as a compression codec's does (compression.rs): charged to the isolate's
//! memory budget while it lives, freed by its digest, or else when the JS
//! object that holds its id is collected. Every output is written into a
//! view JS made (and V8 counted), so no native makes a buffer of a size a
//! script chose before the budget has seen it.
//!
//! JS maps Node's names and aliases (`RSA-SHA256`, `sha-256`, OIDs, any
//! case) to the canonical names [`Algorithm::parse`] takes, and checks
//! every argument in Node's words first: the errors here only guard the
//! natives against a caller that did not.

use std::collections::HashMap;
use std::sync::Arc;

use digest::{ExtendableOutput, FixedOutput, Update};
use hmac::KeyInit;

use super::args::{Bytes, NativeResult, Throw, arg, out_of_memory};
use super::{Native, native_list};
use crate::memory::{ExternalMemory, ExternalMemorySlot};

pub(super) fn natives() -> Vec<Native> {
    native_list![
        "hashNew" => hash_new,
        "hashUpdate" => hash_update,
        "hashDigest" => hash_digest,
        "hashCopy" => hash_copy,
        "hashOnce" => hash_once,
        "pbkdf2" => pbkdf2_derive,
        "hkdf" => hkdf_derive,
        "scrypt" => scrypt_derive,
    ]
}

/// A hash function, by the canonical name JS passes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Algorithm {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha512_224,
    Sha512_256,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    Ripemd160,
    Shake128,
    Shake256,
}

/// Runs `$fixed` with `$D` the digest type of `$alg` and `$H` its HMAC
/// (the block-level HMAC where the crate offers one, the generic one for
/// SHA-3), or `$xof` for an extendable-output function.
macro_rules! with_digest {
    ($alg:expr, <$D:ident, $H:ident> => $fixed:expr, xof => $xof:expr) => {
        match $alg {
            Algorithm::Md5 => with_digest!(@ md5::Md5, hmac::Hmac<md5::Md5>, $D, $H, $fixed),
            Algorithm::Sha1 => with_digest!(@ sha1::Sha1, hmac::Hmac<sha1::Sha1>, $D, $H, $fixed),
            Algorithm::Sha224 => with_digest!(@ sha2::Sha224, hmac::Hmac<sha2::Sha224>, $D, $H, $fixed),
            Algorithm::Sha256 => with_digest!(@ sha2::Sha256, hmac::Hmac<sha2::Sha256>, $D, $H, $fixed),
            Algorithm::Sha384 => with_digest!(@ sha2::Sha384, hmac::Hmac<sha2::Sha384>, $D, $H, $fixed),
            Algorithm::Sha512 => with_digest!(@ sha2::Sha512, hmac::Hmac<sha2::Sha512>, $D, $H, $fixed),
            Algorithm::Sha512_224 => {
                with_digest!(@ sha2::Sha512_224, hmac::Hmac<sha2::Sha512_224>, $D, $H, $fixed)
            }
            Algorithm::Sha512_256 => {
                with_digest!(@ sha2::Sha512_256, hmac::Hmac<sha2::Sha512_256>, $D, $H, $fixed)
            }
            Algorithm::Sha3_224 => {
                with_digest!(@ sha3::Sha3_224, hmac::SimpleHmac<sha3::Sha3_224>, $D, $H, $fixed)
            }
            Algorithm::Sha3_256 => {
                with_digest!(@ sha3::Sha3_256, hmac::SimpleHmac<sha3::Sha3_256>, $D, $H, $fixed)
            }
            Algorithm::Sha3_384 => {
                with_digest!(@ sha3::Sha3_384, hmac::SimpleHmac<sha3::Sha3_384>, $D, $H, $fixed)
            }
            Algorithm::Sha3_512 => {
                with_digest!(@ sha3::Sha3_512, hmac::SimpleHmac<sha3::Sha3_512>, $D, $H, $fixed)
            }
            Algorithm::Ripemd160 => {
                with_digest!(@ ripemd::Ripemd160, hmac::Hmac<ripemd::Ripemd160>, $D, $H, $fixed)
            }
            Algorithm::Shake128 | Algorithm::Shake256 => $xof,
        }
    };
    (@ $d:ty, $h:ty, $D:ident, $H:ident, $fixed:expr) => {{
        #[allow(dead_code)]
        type $D = $d;
        #[allow(dead_code)]
        type $H = $h;
        $fixed
    }};
}

impl Algorithm {
    fn parse(name: &str) -> Option<Algorithm> {
        Some(match name {
            "md5" => Algorithm::Md5,
            "sha1" => Algorithm::Sha1,
            "sha224" => Algorithm::Sha224,
            "sha256" => Algorithm::Sha256,
            "sha384" => Algorithm::Sha384,
            "sha512" => Algorithm::Sha512,
            "sha512-224" => Algorithm::Sha512_224,
            "sha512-256" => Algorithm::Sha512_256,
            "sha3-224" => Algorithm::Sha3_224,
            "sha3-256" => Algorithm::Sha3_256,
            "sha3-384" => Algorithm::Sha3_384,
            "sha3-512" => Algorithm::Sha3_512,
            "ripemd160" => Algorithm::Ripemd160,
            "shake128" => Algorithm::Shake128,
            "shake256" => Algorithm::Shake256,
            _ => return None,
        })
    }
}

/// A digest or an HMAC in progress, whatever its algorithm.
trait Running {
    fn update(&mut self, data: &[u8]);
    /// Writes the result into `out`, which must be exactly its size (Err
    /// with the size when not).
    fn finish(self: Box<Self>, out: &mut [u8]) -> Result<(), usize>;
    fn boxed_clone(&self) -> Box<dyn Running>;
    fn size(&self) -> usize;
}

impl<T: Update + FixedOutput + Clone + 'static> Running for T {
    fn update(&mut self, data: &[u8]) {
        Update::update(self, data);
    }

    fn finish(self: Box<Self>, out: &mut [u8]) -> Result<(), usize> {
        let size = <T as digest::OutputSizeUser>::output_size();
        if out.len() != size {
            return Err(size);
        }
        out.copy_from_slice(&self.finalize_fixed());
        Ok(())
    }

    fn boxed_clone(&self) -> Box<dyn Running> {
        Box::new(self.clone())
    }

    fn size(&self) -> usize {
        std::mem::size_of::<T>()
    }
}

/// What a hasher computes: a digest, an extendable output, or an HMAC.
enum State {
    Fixed(Box<dyn Running>),
    Shake128(shake::Shake128),
    Shake256(shake::Shake256),
}

impl Clone for State {
    fn clone(&self) -> State {
        match self {
            State::Fixed(d) => State::Fixed(d.boxed_clone()),
            State::Shake128(x) => State::Shake128(x.clone()),
            State::Shake256(x) => State::Shake256(x.clone()),
        }
    }
}

impl State {
    /// A new hasher of `algorithm`, or an HMAC keyed with `key`; None for
    /// an HMAC over an extendable-output function (which has none).
    fn new(algorithm: Algorithm, key: Option<&[u8]>) -> Option<State> {
        let xof = || match algorithm {
            Algorithm::Shake128 => State::Shake128(Default::default()),
            _ => State::Shake256(Default::default()),
        };
        Some(match key {
            None => with_digest!(algorithm, <D, H> => State::Fixed(Box::new(D::default())), xof => xof()),
            Some(key) => with_digest!(
                algorithm,
                <D, H> => State::Fixed(Box::new(H::new_from_slice(key).expect("HMAC takes any key length"))),
                xof => return None
            ),
        })
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            State::Fixed(d) => d.update(data),
            State::Shake128(x) => Update::update(x, data),
            State::Shake256(x) => Update::update(x, data),
        }
    }

    /// Writes the result into `out`: a digest or an HMAC fills it exactly
    /// (Err with its size when `out` is not that long), an extendable
    /// output to any length.
    fn finish(self, out: &mut [u8]) -> Result<(), usize> {
        match self {
            State::Fixed(d) => d.finish(out),
            State::Shake128(x) => {
                x.finalize_xof_into(out);
                Ok(())
            }
            State::Shake256(x) => {
                x.finalize_xof_into(out);
                Ok(())
            }
        }
    }

    /// What the state is charged in the isolate's memory budget.
    fn size(&self) -> usize {
        match self {
            State::Fixed(d) => d.size(),
            State::Shake128(x) => std::mem::size_of_val(x),
            State::Shake256(x) => std::mem::size_of_val(x),
        }
    }
}

/// PBKDF2-HMAC-`algorithm`, filling `out`. Extendable-output functions
/// have no HMAC: Err.
fn pbkdf2_into(
    algorithm: Algorithm,
    password: &[u8],
    salt: &[u8],
    iterations: u32,
    out: &mut [u8],
) -> Result<(), ()> {
    with_digest!(
        algorithm,
        <D, H> => pbkdf2::pbkdf2::<H>(password, salt, iterations, out).map_err(|_| ()),
        xof => Err(())
    )
}

/// HKDF-`algorithm` (RFC 5869), filling `out`: Err for an extendable-output
/// function, or for more than 255 blocks of output.
fn hkdf_into(algorithm: Algorithm, ikm: &[u8], salt: &[u8], info: &[u8], out: &mut [u8]) -> Result<(), ()> {
    with_digest!(
        algorithm,
        <D, H> => hkdf::GenericHkdf::<H>::new(Some(salt), ikm).expand(info, out).map_err(|_| ()),
        xof => Err(())
    )
}

/// Why scrypt refused its parameters, in OpenSSL's words (Node shows them).
#[derive(Debug, PartialEq, Eq)]
enum ScryptRefusal {
    /// N not a power of two above 1, or r or p zero.
    Invalid,
    /// The work area (or the p·r product) is over `maxmem` or the limits.
    MemoryLimit,
}

/// The bytes scrypt works in for N, r, p (OpenSSL's rules and sum: the
/// p blocks of 128·r bytes and the N + 2 of the mixing area), or why it
/// refuses them.
fn scrypt_memory(n: u64, r: u64, p: u64, maxmem: u64) -> Result<u64, ScryptRefusal> {
    if r == 0 || p == 0 || n < 2 || !n.is_power_of_two() {
        return Err(ScryptRefusal::Invalid);
    }
    const PR_MAX: u64 = (1 << 30) - 1;
    if p > PR_MAX / r {
        return Err(ScryptRefusal::MemoryLimit);
    }
    // N must be below 2^(16·r) (RFC 7914, as OpenSSL reads it).
    if 16 * r <= 63 && n >= 1u64 << (16 * r) {
        return Err(ScryptRefusal::MemoryLimit);
    }
    let block = 128u128 * r as u128;
    let total = block * p as u128 + block * (n as u128 + 2);
    if total > maxmem as u128 {
        return Err(ScryptRefusal::MemoryLimit);
    }
    Ok(total as u64)
}

/// scrypt (RFC 7914) into `out`, after [`scrypt_memory`] accepted the
/// parameters; an empty `out` (which the crate refuses) is left empty.
fn scrypt_into(
    password: &[u8],
    salt: &[u8],
    n: u64,
    r: u32,
    p: u32,
    out: &mut [u8],
) -> Result<(), ScryptRefusal> {
    if out.is_empty() {
        return Ok(());
    }
    let params =
        scrypt::Params::new(n.trailing_zeros() as u8, r, p).map_err(|_| ScryptRefusal::MemoryLimit)?;
    scrypt::scrypt(password, salt, &params, out).map_err(|_| ScryptRefusal::Invalid)
}

// ---- The natives ----

/// Calls `f` with the bytes of `view` to write (nothing reads them first).
fn with_view_out<R>(view: v8::Local<v8::ArrayBufferView>, f: impl FnOnce(&mut [u8]) -> R) -> R {
    let len = view.byte_length();
    if len == 0 {
        return f(&mut []);
    }
    // SAFETY: data() points at `len` writable bytes of the view (a
    // non-empty view is attached); no JS runs while `f` has them.
    f(unsafe { std::slice::from_raw_parts_mut(view.data() as *mut u8, len) })
}

fn algorithm_arg<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: &v8::FunctionCallbackArguments<'s>,
    i: i32,
) -> Result<Algorithm, Throw> {
    let name: String = arg(scope, args, i)?;
    Algorithm::parse(&name).ok_or_else(|| Throw::Type(format!("Invalid digest: {name}")))
}

fn too_short(size: usize) -> Throw {
    Throw::Range(format!("the output must be {size} bytes long"))
}

/// Bytes reserved in an isolate's budget, released when dropped.
struct Charge {
    len: usize,
    budget: Option<Arc<dyn ExternalMemory>>,
}

impl Charge {
    /// Reserves `len` bytes (after a full collection if need be); the
    /// RangeError a script sees when the budget refuses them.
    fn reserve(scope: &mut v8::PinScope<'_, '_>, len: usize) -> Result<Charge, Throw> {
        let budget = scope.get_slot::<ExternalMemorySlot>().map(|s| s.0.clone());
        if let Some(b) = &budget
            && !crate::memory::reserve_or_collect(b.as_ref(), scope, len)
        {
            return Err(out_of_memory());
        }
        Ok(Charge { len, budget })
    }
}

impl Drop for Charge {
    fn drop(&mut self) {
        if let Some(b) = &self.budget {
            b.release(self.len);
        }
    }
}

/// A live hasher and its charge.
struct Entry {
    state: State,
    _charge: Charge,
}

/// The isolate's live hashers, and the weak handles that free them when
/// their holders are collected.
#[derive(Default)]
struct Hashers {
    /// Ids count up from 1 and are never reused (2^53 of them would take
    /// centuries), so a collected holder's finalizer frees only its own.
    next: u64,
    live: HashMap<u64, Entry>,
    holders: Vec<v8::Weak<v8::Object>>,
    /// Collected holders are swept out of `holders` when it reaches this
    /// length (then twice what is left): a hash per call must not cost a
    /// pass over every live one.
    sweep_at: usize,
}

fn take_hashers(isolate: &mut v8::Isolate) -> Hashers {
    isolate.remove_slot::<Hashers>().unwrap_or_default()
}

/// Charges `state` to the budget and files it under a new id that the
/// collection of `holder` frees.
fn register<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    holder: v8::Local<'s, v8::Object>,
    state: State,
) -> Result<u64, Throw> {
    let charge = Charge::reserve(scope, std::mem::size_of::<Entry>() + state.size())?;
    let entry = Entry { state, _charge: charge };
    let mut hashers = take_hashers(scope);
    hashers.next += 1;
    let id = hashers.next;
    hashers.live.insert(id, entry);
    if hashers.holders.len() >= hashers.sweep_at {
        hashers.holders.retain(|w| !w.is_empty());
        hashers.sweep_at = (2 * hashers.holders.len()).max(64);
    }
    let free = move |isolate: &mut v8::Isolate| {
        if let Some(hashers) = isolate.get_slot_mut::<Hashers>() {
            hashers.live.remove(&id);
        }
    };
    hashers.holders.push(v8::Weak::with_finalizer(scope, holder, Box::new(free)));
    scope.set_slot(hashers);
    Ok(id)
}

fn holder_arg<'s>(
    args: &v8::FunctionCallbackArguments<'s>,
    i: i32,
) -> Result<v8::Local<'s, v8::Object>, Throw> {
    args.get(i).try_into().map_err(|_| Throw::Arg(i, "must be an object".into()))
}

/// A hasher's id: a JS number (an integer below 2^53).
fn id_arg<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: &v8::FunctionCallbackArguments<'s>,
    i: i32,
) -> Result<u64, Throw> {
    let id: f64 = arg(scope, args, i)?;
    Ok(id as u64)
}

fn id_value<'s>(scope: &mut v8::PinScope<'s, '_>, id: u64) -> v8::Local<'s, v8::Value> {
    v8::Number::new(scope, id as f64).into()
}

fn gone() -> Throw {
    Throw::Type("this hash has already been digested".into())
}

/// hashNew(holder, algorithm, key) -> id: a hasher of `algorithm` (an HMAC
/// when `key`, a view, is given) whose state `holder`'s collection frees.
fn hash_new<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let holder = holder_arg(&args, 0)?;
    let algorithm = algorithm_arg(scope, &args, 1)?;
    let key: Option<Bytes> = arg(scope, &args, 2)?;
    let state = State::new(algorithm, key.as_ref().map(|k| k.0.as_slice()))
        .ok_or_else(|| Throw::Type(format!("Invalid digest: {algorithm:?} has no HMAC")))?;
    let id = register(scope, holder, state)?;
    rv.set(id_value(scope, id));
    Ok(())
}

/// hashUpdate(id, view): feeds the bytes `view` shows.
fn hash_update<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let id = id_arg(scope, &args, 0)?;
    let view: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 1)?;
    let entry = scope.get_slot_mut::<Hashers>().and_then(|h| h.live.get_mut(&id)).ok_or_else(gone)?;
    super::args::with_view_bytes(view, |bytes| entry.state.update(bytes));
    Ok(())
}

/// hashDigest(id, out): writes the digest into `out` (exactly the digest's
/// size, or any length for an extendable output) and frees the hasher.
fn hash_digest<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let id = id_arg(scope, &args, 0)?;
    let out: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 1)?;
    let Entry { state, .. } =
        scope.get_slot_mut::<Hashers>().and_then(|h| h.live.remove(&id)).ok_or_else(gone)?;
    with_view_out(out, |bytes| state.finish(bytes)).map_err(too_short)
}

/// hashCopy(holder, id) -> id: a new hasher in the state of hasher `id`.
fn hash_copy<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let holder = holder_arg(&args, 0)?;
    let id = id_arg(scope, &args, 1)?;
    let state = scope.get_slot::<Hashers>().and_then(|h| h.live.get(&id)).ok_or_else(gone)?.state.clone();
    let copy = register(scope, holder, state)?;
    rv.set(id_value(scope, copy));
    Ok(())
}

/// hashOnce(algorithm, data, out, key): the digest of `data` (its HMAC
/// when `key` is given) into `out`, with no state kept.
fn hash_once<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let algorithm = algorithm_arg(scope, &args, 0)?;
    let data: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 1)?;
    let out: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 2)?;
    let key: Option<Bytes> = arg(scope, &args, 3)?;
    let mut state = State::new(algorithm, key.as_ref().map(|k| k.0.as_slice()))
        .ok_or_else(|| Throw::Type(format!("Invalid digest: {algorithm:?} has no HMAC")))?;
    super::args::with_view_bytes(data, |bytes| state.update(bytes));
    with_view_out(out, |bytes| state.finish(bytes)).map_err(too_short)
}

/// pbkdf2(password, salt, iterations, digest, out): PBKDF2-HMAC into `out`.
fn pbkdf2_derive<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let Bytes(password) = arg(scope, &args, 0)?;
    let Bytes(salt) = arg(scope, &args, 1)?;
    let iterations: u32 = arg(scope, &args, 2)?;
    let algorithm = algorithm_arg(scope, &args, 3)?;
    let out: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 4)?;
    // TODO(lead): a native runs to its end whatever the CPU limit: up to
    // 2^31 - 1 iterations (JS allows Node's range) is minutes of CPU.
    if iterations == 0 {
        return Err(Throw::Range("Invalid iteration count: 0".into()));
    }
    with_view_out(out, |bytes| pbkdf2_into(algorithm, &password, &salt, iterations, bytes))
        .map_err(|_| Throw::Type(format!("Invalid digest: {algorithm:?} has no HMAC")))
}

/// hkdf(digest, ikm, salt, info, out): HKDF into `out` (at most 255 of
/// the digest's blocks).
fn hkdf_derive<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let algorithm = algorithm_arg(scope, &args, 0)?;
    let Bytes(ikm) = arg(scope, &args, 1)?;
    let Bytes(salt) = arg(scope, &args, 2)?;
    let Bytes(info) = arg(scope, &args, 3)?;
    let out: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 4)?;
    with_view_out(out, |bytes| hkdf_into(algorithm, &ikm, &salt, &info, bytes))
        .map_err(|_| Throw::Range("Invalid key length".into()))
}

/// scrypt(password, salt, N, r, p, maxmem, out): scrypt into `out`, its
/// work area charged to the isolate's budget while it runs.
fn scrypt_derive<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let Bytes(password) = arg(scope, &args, 0)?;
    let Bytes(salt) = arg(scope, &args, 1)?;
    let n: f64 = arg(scope, &args, 2)?;
    let r: u32 = arg(scope, &args, 3)?;
    let p: u32 = arg(scope, &args, 4)?;
    let maxmem: f64 = arg(scope, &args, 5)?;
    let out: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 6)?;
    let refused = |why: ScryptRefusal| {
        Throw::Range(match why {
            ScryptRefusal::Invalid => "Invalid scrypt params".into(),
            ScryptRefusal::MemoryLimit => "Invalid scrypt params: memory limit exceeded".into(),
        })
    };
    if !(0.0..=u32::MAX as f64).contains(&n) || !(0.0..=9_007_199_254_740_991.0).contains(&maxmem) {
        return Err(refused(ScryptRefusal::Invalid));
    }
    let n = n as u64;
    let memory = scrypt_memory(n, r as u64, p as u64, maxmem as u64).map_err(refused)?;
    let memory = usize::try_from(memory).map_err(|_| refused(ScryptRefusal::MemoryLimit))?;
    let _charge = Charge::reserve(scope, memory)?;
    with_view_out(out, |bytes| scrypt_into(&password, &salt, n, r, p, bytes)).map_err(refused)
}

// ---- Tests ----

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn digest_hex(name: &str, data: &[u8], len: usize, key: Option<&[u8]>) -> String {
        let mut state = State::new(Algorithm::parse(name).unwrap(), key).unwrap();
        state.update(data);
        let mut out = vec![0u8; len];
        state.finish(&mut out).unwrap();
        hex(&out)
    }

    /// (algorithm, digest of "Test123", its HMAC with the key "key"), as
    /// Node 20 (OpenSSL 3) computes them.
    #[rustfmt::skip]
    const NODE: &[(&str, &str, &str)] = &[
        ("md5", "68eacb97d86f0c4621fa2b0e17cabd8c", "743b7baec332a0a281c0df11dd024511"),
        ("sha1", "8308651804facb7b9af8ffc53a33a22d6a1c8ac2", "2f5b15200e4c51b73f1e39e5642ac69352f65dc1"),
        ("sha224", "17ec11a26b1f5a1481eed7a7da36865e3c70318e50065dbc506d9d24", "75ae7e39145b992e0d67b10d88d7018b75189817ce88d2181b175096"),
        ("sha256", "d9b5f58f0b38198293971865a14074f59eba3e82595becbe86ae51f1d9f1f65e", "76745910fc5728ae3c5ccf345754c4d73ca96ee4d275caa34074cc43af01cb39"),
        ("sha384", "db5ee583557c7e7717e054f544042c870e274bbf721488687986ab34dc0c0748e1265fea6ee1348d2f4ae59e2d5a1a9a", "4249b9366682a556bcd6a3f1f43c7dcb1de18e67b7cf0a210d505be72c33dc5a3029642195da15cab4e8bdb55d366117"),
        ("sha512", "c12834f1031f6497214f27d4432f26517ad494156cb88d512bdb1dc4b57db2d692a3dfa269a19b0a0a2a0fd7d6a2a885e33c839c93c206da30a187392847ed27", "85728d2e7a23b98b4bcefb10c5372249198eff22cf0f116df92f1e697956fa01ec2b91fade0d16f76777f426ac8e55f3043306a0cad7e06a5cf0cc47e4994ffe"),
        ("sha512-224", "5719787c99ae9c9ad1fc3a1e43da0bab55574a87032de60fa1784b52", "087db2078b2c23e9a75af9aa5443b5f21cea71e28b41bb3433f98f6b"),
        ("sha512-256", "c36a8891cba043885f95692a285ea1fa004bf89456cb7df9eca5104770155fe2", "57de00cd03e4becf13d3c045aa1dced7c0a24826450146113f2e92ab8815ec3c"),
        ("sha3-224", "816544faa87f34d92fd4f1fd8ecdbd775020ec46b0362da42f0d2a2a", "2f0062bf1b3bbad637fcaf4fb17b9b44870155c87b8cc4aba542ee9b"),
        ("sha3-256", "44733e83412eb20256757e456344254237e39c681fd7fc893177e8a5688179d2", "299c6493fe2a575df0f6c418e7fdfd99c082e499d96f7d7c24a7a45998f49692"),
        ("sha3-384", "0ed2a50d027b0860e40d687b78ff16f6a6336666170e569aabf8ec45b4dd6b4adc58b1b4f69ba3b881f21bb833dff363", "444465fec6c646aaddbb39bd57b7e4f5048b3c271df6194fd361b15b764a0d12f3a07fc73e7f46388631ed406304cde6"),
        ("sha3-512", "68644f3dd172089ae9a650e582ae4759df2ed943291b70729abbc96bca2521ac34f2fad8971c50210e173bd506f3c8e4260f932fd99c3b59c1884fd816cb24ee", "c4aa27da7938b24d7a48edddfd00a84d9163aa7a7318dbbff760de68d3084183994bbeb1725d57da2cb0ec2f0a6418a3be03b62c899ce70ccb7729619980ab5a"),
        ("ripemd160", "ad04a37969a6d56b50ce9678cfbd5248dd962c53", "baea1486b062897cae914726b8cb58c1af3a5178"),
        ("shake128", "9236531f3ecd602ad8f21fbcd0ce6ee2", ""),
        ("shake256", "b52a9a4b3ed30305d62934609c61df3c6fdfa91dfa3f50c0a47cf4165ba3f64e", ""),
    ];

    #[test]
    fn digests_and_hmacs_match_node() {
        for (name, digest, mac) in NODE {
            let algorithm = Algorithm::parse(name).unwrap();
            let len = digest.len() / 2;
            assert_eq!(digest_hex(name, b"Test123", len, None), *digest, "{name}");
            if !mac.is_empty() {
                assert_eq!(digest_hex(name, b"Test123", len, Some(b"key")), *mac, "HMAC {name}");
            } else {
                assert!(State::new(algorithm, Some(b"key")).is_none(), "{name} has no HMAC");
            }
        }
    }

    #[test]
    fn pieces_and_copies_give_the_same_digest() {
        for (name, digest, _) in NODE {
            let algorithm = Algorithm::parse(name).unwrap();
            let len = digest.len() / 2;
            let mut state = State::new(algorithm, None).unwrap();
            state.update(b"Test");
            let mut copy = state.clone();
            state.update(b"123");
            copy.update(b"123");
            let (mut a, mut b) = (vec![0u8; len], vec![0u8; len]);
            state.finish(&mut a).unwrap();
            copy.finish(&mut b).unwrap();
            assert_eq!(hex(&a), *digest, "{name}");
            assert_eq!(a, b, "{name}");
        }
    }

    #[test]
    fn fixed_digests_refuse_another_length() {
        let state = State::new(Algorithm::Sha256, None).unwrap();
        assert_eq!(state.finish(&mut [0u8; 28]), Err(32));
    }

    #[test]
    fn extendable_outputs_take_any_length() {
        let mut out = vec![0u8; 128];
        State::new(Algorithm::Shake128, None).unwrap().finish(&mut out).unwrap();
        assert!(hex(&out).starts_with("7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26"));
        assert!(hex(&out).ends_with("df9a04302e10c8bc1cbf1a0b3a5120ea"));
        State::new(Algorithm::Shake256, None).unwrap().finish(&mut []).unwrap();
    }

    #[test]
    fn pbkdf2_matches_rfc_6070_and_node() {
        let mut out = [0u8; 20];
        pbkdf2_into(Algorithm::Sha1, b"password", b"salt", 4096, &mut out).unwrap();
        assert_eq!(hex(&out), "4b007901b765489abead49d926f721d065a429c1");
        let mut out = [0u8; 32];
        pbkdf2_into(Algorithm::Sha256, b"password", b"salt", 32, &mut out).unwrap();
        assert_eq!(hex(&out), "64c486c55d30d4c5a079b8823b7d7cb37ff0556f537da8410233bcec330ed956");
        let mut out = [0u8; 8];
        pbkdf2_into(Algorithm::Sha3_256, b"pass", b"salt", 8, &mut out).unwrap();
        assert_eq!(hex(&out), "eb62f4b52f172a44");
        assert!(pbkdf2_into(Algorithm::Shake128, b"p", b"s", 1, &mut out).is_err());
    }

    #[test]
    fn hkdf_matches_rfc_5869_and_node() {
        let ikm = [0x0bu8; 22];
        let salt: Vec<u8> = (0u8..=0x0c).collect();
        let info: Vec<u8> = (0xf0u8..=0xf9).collect();
        let mut out = [0u8; 42];
        hkdf_into(Algorithm::Sha256, &ikm, &salt, &info, &mut out).unwrap();
        assert_eq!(
            hex(&out),
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
        );
        let mut out = [0u8; 10];
        hkdf_into(Algorithm::Sha256, b"", b"", b"", &mut out).unwrap();
        assert_eq!(hex(&out), "eb70f01dede9afafa449");
        let mut out = vec![0u8; 64 * 255 + 1];
        assert!(hkdf_into(Algorithm::Sha512, b"a", b"", b"", &mut out).is_err());
        assert!(hkdf_into(Algorithm::Sha512, b"a", b"", b"", &mut out[1..]).is_ok());
        assert!(hkdf_into(Algorithm::Sha3_256, b"a", b"", b"", &mut []).is_ok());
        assert!(pbkdf2_into(Algorithm::Md5, b"a", b"", 1, &mut []).is_ok());
    }

    #[test]
    fn scrypt_matches_rfc_7914() {
        let mut out = [0u8; 64];
        scrypt_memory(16, 1, 1, 32 << 20).unwrap();
        scrypt_into(b"", b"", 16, 1, 1, &mut out).unwrap();
        assert!(hex(&out).starts_with("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"));
        scrypt_into(b"password", b"NaCl", 1024, 8, 16, &mut out).unwrap();
        assert!(hex(&out).starts_with("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"));
        scrypt_into(b"", b"", 16, 1, 1, &mut []).unwrap();
    }

    #[test]
    fn scrypt_refuses_what_openssl_refuses() {
        let max = 32 << 20;
        assert_eq!(scrypt_memory(1, 1, 1, max), Err(ScryptRefusal::Invalid));
        assert_eq!(scrypt_memory(3, 1, 1, max), Err(ScryptRefusal::Invalid));
        assert_eq!(scrypt_memory(16, 0, 1, max), Err(ScryptRefusal::Invalid));
        assert_eq!(scrypt_memory(1 << 16, 1, 1, max), Err(ScryptRefusal::MemoryLimit));
        assert_eq!(scrypt_memory(2, 1, 1 << 30, max), Err(ScryptRefusal::MemoryLimit));
        assert_eq!(scrypt_memory(1 << 20, 8, 1, max), Err(ScryptRefusal::MemoryLimit));
        assert_eq!(scrypt_memory(1 << 10, 8, 1, 1 << 20), Err(ScryptRefusal::MemoryLimit));
        assert_eq!(scrypt_memory(1 << 31, 8, 1, max), Err(ScryptRefusal::MemoryLimit));
        assert_eq!(scrypt_memory(16384, 8, 1, max), Ok(1024 * 16386 + 1024));
    }
}
