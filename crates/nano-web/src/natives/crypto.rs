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
///
/// One seed per request: the words are taken from a per-thread buffer of OS
/// randomness refilled 4 KiB at a time (a system call per request was 5% of
/// a hello request), and refilled too in a forked child, which must not
/// replay its parent's words (nginx forks its workers).
pub fn os_random_words() -> [u32; 4] {
    use std::cell::RefCell;
    use std::sync::atomic::{AtomicU64, Ordering};
    const BUFFER: usize = 4096;
    struct Pool {
        bytes: [u8; BUFFER],
        next: usize,
        forks: u64,
    }
    thread_local! {
        static POOL: RefCell<Pool> = const { RefCell::new(Pool { bytes: [0; BUFFER], next: BUFFER, forks: 0 }) };
    }
    // Bumped in every forked child (getpid() is a system call: a check per
    // request cost as much as the buffer saves).
    static FORKS: AtomicU64 = AtomicU64::new(1);
    static WATCH_FORKS: std::sync::Once = std::sync::Once::new();
    extern "C" fn forked() {
        FORKS.fetch_add(1, Ordering::Relaxed);
    }
    WATCH_FORKS.call_once(|| {
        // SAFETY: registers a child handler that only touches an atomic.
        unsafe { libc::pthread_atfork(None, None, Some(forked)) };
    });
    POOL.with_borrow_mut(|pool| {
        let forks = FORKS.load(Ordering::Relaxed);
        if pool.next + 16 > BUFFER || pool.forks != forks {
            if getrandom::fill(&mut pool.bytes).is_err() {
                pool.bytes = [0; BUFFER];
            }
            pool.next = 0;
            pool.forks = forks;
        }
        let bytes = &mut pool.bytes[pool.next..pool.next + 16];
        let words = std::array::from_fn(|i| {
            u32::from_le_bytes([bytes[4 * i], bytes[4 * i + 1], bytes[4 * i + 2], bytes[4 * i + 3]])
        });
        // Used words are not left behind for anything that reads memory later.
        bytes.fill(0);
        pool.next += 16;
        words
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

#[cfg(test)]
mod seed_tests {
    use super::os_random_words;

    #[test]
    fn seeds_differ_across_refills() {
        // Past several refills of the buffer, no seed repeats.
        let seeds: Vec<[u32; 4]> = (0..1000).map(|_| os_random_words()).collect();
        let mut sorted = seeds.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), seeds.len());
        assert!(seeds.iter().all(|s| *s != [0; 4]));
    }

    #[test]
    fn a_forked_child_does_not_replay_its_parents_seeds() {
        let _ = os_random_words(); // the buffer is filled before the fork
        let mut fds = [0; 2];
        // SAFETY: a pipe, then a fork whose child only takes a seed, writes
        // it and exits without running anything else of the test process.
        unsafe {
            assert_eq!(libc::pipe(fds.as_mut_ptr()), 0);
            let pid = libc::fork();
            assert!(pid >= 0);
            if pid == 0 {
                let words = os_random_words();
                libc::write(fds[1], words.as_ptr().cast(), 16);
                libc::_exit(0);
            }
            let mine = os_random_words();
            let mut theirs = [0u32; 4];
            assert_eq!(libc::read(fds[0], theirs.as_mut_ptr().cast(), 16), 16);
            libc::waitpid(pid, std::ptr::null_mut(), 0);
            assert_ne!(mine, theirs, "the child refilled its buffer");
        }
    }
}
