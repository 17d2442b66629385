//! Generated malformed calls into the C ABI, shared by the table test
//! (tests/malformed.rs, a seeded generator) and the fuzz target
//! (fuzz/fuzz_targets/c_abi.rs, bytes from libFuzzer). Each call picks an
//! export and, for each argument, a good or a bad value: NULL pointers,
//! invalid UTF-8, embedded NUL/CR/LF, lengths that lie (over the size limits
//! or past isize::MAX: refused before nano reads), handles that are stale
//! (freed or released a moment before), foreign (pointers nano never
//! handed out) or of the wrong kind. The call must return a status, never
//! crash; a call with a bad argument must fail, and a call with only good
//! ones must succeed.

#![allow(dead_code)]

use std::ffi::{CStr, c_char, c_void};
use std::ptr::{null, null_mut};

use nano::capi::nano_result::{self, *};
use nano::capi::*;

/// Where choices come from: a seeded generator or fuzzer bytes.
pub struct Source<'a> {
    data: &'a [u8],
    pos: usize,
    state: u64,
}

impl<'a> Source<'a> {
    pub fn seeded(seed: u64) -> Source<'static> {
        Source { data: &[], pos: 0, state: seed | 1 }
    }
    pub fn bytes(data: &'a [u8]) -> Source<'a> {
        Source { data, pos: 0, state: 0x9e37_79b9_7f4a_7c15 }
    }
    pub fn exhausted(&self) -> bool {
        !self.data.is_empty() && self.pos >= self.data.len()
    }
    fn byte(&mut self) -> u8 {
        if !self.data.is_empty() {
            let b = self.data.get(self.pos).copied().unwrap_or(0);
            self.pos += 1;
            return b;
        }
        // xorshift64*
        self.state ^= self.state >> 12;
        self.state ^= self.state << 25;
        self.state ^= self.state >> 27;
        (self.state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8
    }
    /// A number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.byte() as usize) % n
    }
    /// True with probability 1 in `n`.
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
}

/// Whether the call must fail, must succeed, or may do either.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Expect {
    Fail,
    Succeed,
    Either,
}

impl Expect {
    fn and(self, other: Expect) -> Expect {
        match (self, other) {
            (Expect::Fail, _) | (_, Expect::Fail) => Expect::Fail,
            (Expect::Either, _) | (_, Expect::Either) => Expect::Either,
            _ => Expect::Succeed,
        }
    }
}

/// Bytes for a text argument and whether they are acceptable.
fn text_bytes(src: &mut Source, good: &[u8], bad_is_fatal: bool) -> (Vec<u8>, Expect) {
    let bad = if bad_is_fatal { Expect::Fail } else { Expect::Either };
    match src.below(8) {
        0 => (vec![0xff, 0xfe, b'a'], Expect::Fail),       // not UTF-8
        1 => ([good, &[0xc3][..]].concat(), Expect::Fail), // truncated sequence
        2 => ([good, b"\r\nx: y"].concat(), bad),
        3 => ([&good[..good.len() / 2], b"\0", &good[good.len() / 2..]].concat(), bad),
        _ => (good.to_vec(), Expect::Succeed),
    }
}

/// A length for `len` real bytes: the truth, or a lie nano must refuse
/// before reading (past isize::MAX, or over a size limit of `limit`).
fn length(src: &mut Source, len: usize, limit: Option<usize>) -> (usize, Expect) {
    match src.below(10) {
        0 => (usize::MAX, Expect::Fail),
        1 => (isize::MAX as usize + 1, Expect::Fail),
        2 if limit.is_some() => (limit.unwrap() + 1 + src.below(1000), Expect::Fail),
        _ => (len, Expect::Succeed),
    }
}

/// A valid runtime with a script `s` (and the limits the lies go past).
pub struct Fixture {
    pub runtime: *mut nano_runtime,
    config: nano_config,
    /// Memory that is not a nano handle of any kind.
    foreign: Box<[u64; 64]>,
    pub calls: usize,
    pub failures_expected: usize,
}

const SCRIPT: &str = "export default { async fetch(r) {\n\
    const u = new URL(r.url);\n\
    if (u.pathname === '/throw') throw new Error('thrown');\n\
    return new Response(r.method + ' ' + u.pathname + ' ' + [...r.headers].length, { headers: { 'x-n': '1' } });\n\
} }";

impl Fixture {
    pub fn new() -> Fixture {
        unsafe {
            let mut config = std::mem::zeroed::<nano_config>();
            assert_eq!(nano_config_init(&mut config), NANO_OK);
            config.max_isolates = 4;
            config.acquire_timeout_ms = 0;
            config.max_url_bytes = 1024;
            config.max_header_count = 16;
            config.max_header_bytes = 4096;
            config.max_body_bytes = 1 << 16;
            config.log_callback = Some(quiet);
            let mut runtime = null_mut();
            assert_eq!(nano_runtime_new(&config, &mut runtime), NANO_OK);
            assert_eq!(
                nano_runtime_add_script(runtime, c"s".as_ptr(), SCRIPT.as_ptr().cast(), SCRIPT.len(), null()),
                NANO_OK
            );
            Fixture { runtime, config, foreign: Box::new([0; 64]), calls: 0, failures_expected: 0 }
        }
    }

    fn foreign<T>(&self) -> *mut T {
        self.foreign.as_ptr() as *mut T
    }

    /// A runtime argument: the live one, NULL, foreign, or one just freed.
    unsafe fn runtime_arg(&self, src: &mut Source) -> (*mut nano_runtime, Expect, Option<*mut nano_runtime>) {
        match src.below(8) {
            0 => (null_mut(), Expect::Fail, None),
            1 => (self.foreign(), Expect::Fail, None),
            2 => {
                let mut rt = null_mut();
                unsafe {
                    assert_eq!(nano_runtime_new(&self.config, &mut rt), NANO_OK);
                    assert_eq!(nano_runtime_free(rt), NANO_OK);
                }
                (rt, Expect::Fail, None)
            }
            _ => (self.runtime, Expect::Succeed, None),
        }
    }

    /// A lease argument: a live lease (returned for release by the caller),
    /// NULL, foreign, or one just released.
    unsafe fn worker_arg(&self, src: &mut Source) -> (*mut nano_lease, Expect, bool) {
        let mut w = null_mut();
        match src.below(8) {
            0 => (null_mut(), Expect::Fail, false),
            1 => (self.foreign(), Expect::Fail, false),
            2 => unsafe {
                assert_eq!(nano_pool_acquire(self.runtime, c"s".as_ptr(), &mut w), NANO_OK);
                assert_eq!(nano_pool_release(w), NANO_OK);
                (w, Expect::Fail, false)
            },
            _ => unsafe {
                assert_eq!(
                    nano_pool_acquire(self.runtime, c"s".as_ptr(), &mut w),
                    NANO_OK,
                    "{}",
                    text(nano_last_error())
                );
                (w, Expect::Succeed, true)
            },
        }
    }

    /// A response argument: a live one (freed by the caller), NULL, foreign,
    /// or one just freed.
    unsafe fn response_arg(&self, src: &mut Source) -> (*mut nano_response, Expect, bool) {
        let fresh = || unsafe {
            let mut w = null_mut();
            assert_eq!(nano_pool_acquire(self.runtime, c"s".as_ptr(), &mut w), NANO_OK);
            let req = nano_request {
                method: c"GET".as_ptr(),
                method_len: 3,
                url: c"http://x/".as_ptr(),
                url_len: 9,
                headers: null(),
                headers_len: 0,
                body: null(),
                body_len: 0,
            };
            let mut resp = null_mut();
            assert_eq!(nano_eval_request(w, &req, &mut resp), NANO_OK, "{}", text(nano_last_error()));
            assert_eq!(nano_pool_release(w), NANO_OK);
            resp
        };
        match src.below(8) {
            0 => (null_mut(), Expect::Fail, false),
            1 => (self.foreign(), Expect::Fail, false),
            2 => {
                let r = fresh();
                unsafe { nano_response_free(r) };
                (r, Expect::Fail, false)
            }
            _ => (fresh(), Expect::Succeed, true),
        }
    }

    /// One generated call; panics (failing the test) when the outcome breaks
    /// the contract. The process crashing is the other failure.
    pub fn call(&mut self, src: &mut Source) {
        self.calls += 1;
        let (code, expect, what) = unsafe { self.dispatch(src) };
        assert!((0..=16).contains(&(code as i32)), "{what}: unknown status {}", code as i32);
        assert_ne!(code, NANO_ERR_PANIC, "{what}: panicked: {}", text(nano_last_error()));
        match expect {
            Expect::Fail => {
                self.failures_expected += 1;
                assert_ne!(code, NANO_OK, "{what}: a malformed call succeeded");
                assert!(!text(nano_last_error()).is_empty(), "{what}: failed without a message");
            }
            Expect::Succeed => assert_eq!(code, NANO_OK, "{what}: {}", text(nano_last_error())),
            Expect::Either => {}
        }
    }

    unsafe fn dispatch(&mut self, src: &mut Source) -> (nano_result, Expect, String) {
        unsafe {
            match src.below(12) {
                0 => self.eval(src, false),
                1 => self.eval(src, true),
                2 => self.add_script(src),
                3 => {
                    let (rt, e, _) = self.runtime_arg(src);
                    let (name, en) = text_bytes(src, b"s", true);
                    let name = [name, vec![0]].concat();
                    let out_null = src.one_in(5);
                    let mut w = null_mut();
                    let code = nano_pool_acquire(
                        rt,
                        name.as_ptr().cast(),
                        if out_null { null_mut() } else { &mut w },
                    );
                    if code == NANO_OK {
                        assert_eq!(nano_pool_release(w), NANO_OK);
                    } else {
                        assert!(w.is_null(), "out written on failure");
                    }
                    let _ = en;
                    // Only "s" is registered (a NUL inside a name ends it early).
                    let effective = CStr::from_bytes_until_nul(&name).unwrap().to_bytes();
                    let e = e.and(if effective == b"s" { Expect::Succeed } else { Expect::Fail });
                    (
                        code,
                        e.and(if out_null { Expect::Fail } else { Expect::Succeed }),
                        format!("nano_pool_acquire {name:?}"),
                    )
                }
                4 => {
                    let (w, e, _) = self.worker_arg(src);
                    // NULL is the one malformed lease that release accepts
                    // (as every _free does).
                    let e = if w.is_null() { Expect::Succeed } else { e };
                    (nano_pool_release(w), e, "nano_pool_release".into())
                }
                5 => {
                    let (w, e, live) = self.worker_arg(src);
                    let code = nano_eval_cancel(w);
                    if live {
                        assert_eq!(nano_pool_release(w), NANO_OK);
                    }
                    (code, e, "nano_eval_cancel".into())
                }
                6 => self.response_accessors(src),
                7 => {
                    let (rt, e, _) = self.runtime_arg(src);
                    let mut stats = std::mem::zeroed::<nano_pool_stats>();
                    let out_null = src.one_in(4);
                    let code = nano_runtime_stats(rt, if out_null { null_mut() } else { &mut stats });
                    (
                        code,
                        e.and(if out_null { Expect::Fail } else { Expect::Succeed }),
                        "nano_runtime_stats".into(),
                    )
                }
                8 => {
                    let (rt, e, _) = self.runtime_arg(src);
                    let mut buf = [0 as c_char; 16];
                    let (ptr, len, eb) = match src.below(4) {
                        0 => (null_mut(), 16, Expect::Fail),
                        1 => (null_mut(), 0, Expect::Succeed),
                        _ => (buf.as_mut_ptr(), buf.len(), Expect::Succeed),
                    };
                    let mut n = 0usize;
                    let code = nano_runtime_last_error(rt, ptr, len, &mut n);
                    if code == NANO_OK && !ptr.is_null() {
                        assert!(buf.contains(&0), "NUL-terminated");
                    }
                    (code, e.and(eb), "nano_runtime_last_error".into())
                }
                9 => {
                    let (reply, e): (*mut nano_fetch_reply, Expect) = if src.one_in(2) {
                        (null_mut(), Expect::Fail)
                    } else {
                        (self.foreign(), Expect::Fail)
                    };
                    let code = if src.one_in(2) {
                        nano_fetch_reply_fail(reply, null())
                    } else {
                        nano_fetch_reply_respond(reply, 200, null(), 0, null(), 0)
                    };
                    (code, e, "nano_fetch_reply_*".into())
                }
                10 => {
                    // Freeing foreign or stale runtimes; a fresh one is freed for real.
                    match src.below(3) {
                        0 => (
                            nano_runtime_free(self.foreign()),
                            Expect::Fail,
                            "nano_runtime_free foreign".into(),
                        ),
                        1 => {
                            let (rt, _, _) = self.runtime_arg(&mut Source::bytes(&[2]));
                            (nano_runtime_free(rt), Expect::Fail, "nano_runtime_free twice".into())
                        }
                        _ => {
                            let mut rt = null_mut();
                            assert_eq!(nano_runtime_new(&self.config, &mut rt), NANO_OK);
                            (nano_runtime_free(rt), Expect::Succeed, "nano_runtime_free".into())
                        }
                    }
                }
                _ => {
                    // Config structs of a smaller size: only the sizes of
                    // the layouts a header declared are accepted (the one
                    // before the size limits, and this one).
                    let mut config = std::ptr::read(&self.config);
                    let older = std::mem::offset_of!(nano_config, fetch_user_data) + size_of::<usize>();
                    let size = match src.below(3) {
                        0 => src.below(size_of::<nano_config>()),
                        _ => size_of::<nano_config>(),
                    };
                    let e = if size == older || size == size_of::<nano_config>() {
                        Expect::Succeed
                    } else {
                        Expect::Fail
                    };
                    config.struct_size = size;
                    config.max_isolates = if src.one_in(4) { 0 } else { 1 };
                    let e = e.and(if config.max_isolates == 0 { Expect::Fail } else { Expect::Succeed });
                    let mut rt = null_mut();
                    let code = nano_runtime_new(&config, &mut rt);
                    if code == NANO_OK {
                        assert_eq!(nano_runtime_free(rt), NANO_OK);
                    } else {
                        assert!(rt.is_null(), "out written on failure");
                    }
                    (code, e, format!("nano_runtime_new struct_size {size}"))
                }
            }
        }
    }

    unsafe fn add_script(&mut self, src: &mut Source) -> (nano_result, Expect, String) {
        unsafe {
            let (rt, e, _) = self.runtime_arg(src);
            let name = format!("g{}", self.calls);
            let (name_bytes, en) = text_bytes(src, name.as_bytes(), true);
            let name_c = [name_bytes.clone(), vec![0]].concat();
            let good = "export default { fetch() { return new Response('g'); } }";
            let (source, es) = match src.below(6) {
                0 => (b"export default { fetch( {".to_vec(), Expect::Fail),
                1 => (b"export default {};".to_vec(), Expect::Fail),
                2 => (vec![0xe0, 0x80], Expect::Fail),
                _ => (good.as_bytes().to_vec(), Expect::Succeed),
            };
            let (len, el) = length(src, source.len(), None);
            let (ptr, ep) =
                if src.one_in(8) { (null(), Expect::Fail) } else { (source.as_ptr(), Expect::Succeed) };
            let mut options = std::mem::zeroed::<nano_script_options>();
            nano_script_options_init(&mut options);
            let eo = match src.below(6) {
                0 => {
                    options.format = 7;
                    Expect::Fail
                }
                1 => {
                    options.struct_size = 4;
                    Expect::Fail
                }
                2 => {
                    options.bindings = null();
                    options.bindings_len = 3;
                    Expect::Fail
                }
                3 => {
                    options.isolation = 3;
                    Expect::Fail
                }
                _ => Expect::Succeed,
            };
            let _ = en;
            // A NUL inside the name shortens it (the C string ends there).
            let effective = CStr::from_bytes_until_nul(&name_c).unwrap().to_bytes();
            let en = match std::str::from_utf8(effective) {
                Ok(n) if !n.is_empty() && !n.chars().any(char::is_control) => Expect::Either, // may exist
                _ => Expect::Fail,
            };
            let code = nano_runtime_add_script(rt, name_c.as_ptr().cast(), ptr.cast(), len, &options);
            (
                code,
                e.and(en).and(es).and(el).and(ep).and(eo),
                format!(
                    "nano_runtime_add_script {name_bytes:?} rt {e:?} name {en:?} source {es:?} len {len} {el:?} ptr {ep:?} options {eo:?}"
                ),
            )
        }
    }

    unsafe fn eval(&mut self, src: &mut Source, asynchronous: bool) -> (nano_result, Expect, String) {
        unsafe {
            let (w, ew, live) = self.worker_arg(src);
            let (method, em) = match src.below(6) {
                0 => (b"GE T".to_vec(), Expect::Fail),
                1 => (b"".to_vec(), Expect::Fail),
                2 => text_bytes(src, b"POST", true),
                _ => (b"GET".to_vec(), Expect::Succeed),
            };
            let (mlen, eml) = match src.below(12) {
                0 => (65 + src.below(100), Expect::Fail), // over the method limit: never read
                _ => length(src, method.len(), None),
            };
            let (url, eu) = match src.below(6) {
                0 => (b"/relative".to_vec(), Expect::Fail),
                1 => (b"http://x/y z".to_vec(), Expect::Succeed), // the URL parser percent-encodes
                // WHATWG URL parsing drops CR/LF and percent-encodes NUL.
                _ => text_bytes(src, b"http://example.com/p?q=1", false),
            };
            let (ulen, eul) = length(src, url.len(), Some(self.config.max_url_bytes));
            let header_count = src.below(4);
            let mut names = Vec::new();
            let mut eh = Expect::Succeed;
            for i in 0..header_count {
                let (name, e) = match src.below(6) {
                    0 => (b"bad name".to_vec(), Expect::Fail),
                    1 => (b"".to_vec(), Expect::Fail),
                    2 => (b"x-\r\n".to_vec(), Expect::Fail),
                    _ => (format!("x-h{i}").into_bytes(), Expect::Succeed),
                };
                let (value, ev) = match src.below(6) {
                    0 => (b"a\r\nb".to_vec(), Expect::Fail),
                    1 => (b"a\0b".to_vec(), Expect::Fail),
                    2 => (vec![0xe9, b'a'], Expect::Succeed), // Latin-1 bytes are allowed
                    _ => (b"v".to_vec(), Expect::Succeed),
                };
                eh = eh.and(e).and(ev);
                names.push((name, value));
            }
            let mut headers: Vec<nano_header> = names
                .iter()
                .map(|(n, v)| nano_header {
                    name: n.as_ptr(),
                    name_len: n.len(),
                    value: v.as_ptr(),
                    value_len: v.len(),
                })
                .collect();
            if !headers.is_empty() && src.one_in(6) {
                headers[0].value = null();
                headers[0].value_len = 5;
                eh = Expect::Fail;
            }
            let (hptr, hlen, ehl) = match src.below(10) {
                0 => (null(), 2, Expect::Fail),
                1 => (headers.as_ptr(), self.config.max_header_count + 1 + src.below(10), Expect::Fail),
                2 => (headers.as_ptr(), usize::MAX / 8, Expect::Fail),
                _ => (
                    if headers.is_empty() { null() } else { headers.as_ptr() },
                    headers.len(),
                    Expect::Succeed,
                ),
            };
            let ehl = if ehl == Expect::Succeed { eh } else { ehl };
            let body = vec![b'b'; src.below(64)];
            let (bptr, blen, eb) = match src.below(8) {
                0 => (null(), 5, Expect::Fail),
                1 => (body.as_ptr(), self.config.max_body_bytes + 1, Expect::Fail),
                2 => (body.as_ptr(), usize::MAX, Expect::Fail),
                3 | 4 => (body.as_ptr(), body.len(), Expect::Either), // a GET with a body is refused
                _ => (null(), 0, Expect::Succeed),
            };
            let eb =
                if eb == Expect::Either && method == b"POST" && mlen == 4 { Expect::Succeed } else { eb };
            let req = nano_request {
                method: method.as_ptr().cast(),
                method_len: mlen,
                url: url.as_ptr().cast(),
                url_len: ulen,
                headers: hptr,
                headers_len: hlen,
                body: bptr,
                body_len: blen,
            };
            let req_ptr: *const nano_request = if src.one_in(10) { null() } else { &req };
            let er = if req_ptr.is_null() { Expect::Fail } else { Expect::Succeed };
            let expect = ew.and(em).and(eml).and(eu).and(eul).and(ehl).and(eb).and(er);
            let shown = format!(
                "method {:?}/{mlen} url {:?}/{ulen} headers {names:?}/{hlen} body {blen} request NULL {}",
                String::from_utf8_lossy(&method),
                String::from_utf8_lossy(&url),
                req_ptr.is_null()
            );
            let code = if asynchronous {
                let mut outcome = Outcome::default();
                let code =
                    nano_eval_request_async(w, req_ptr, Some(on_done), (&mut outcome as *mut Outcome).cast());
                // Checks made on the worker's thread answer through the callback.
                if code == NANO_OK { outcome.wait() } else { code }
            } else {
                let out_null = src.one_in(10);
                let mut resp = null_mut();
                let code = nano_eval_request(w, req_ptr, if out_null { null_mut() } else { &mut resp });
                if code == NANO_OK {
                    assert!(!resp.is_null());
                    nano_response_free(resp);
                } else {
                    assert!(resp.is_null(), "out written on failure");
                    if live {
                        assert!(!text(nano_eval_last_error(w)).is_empty(), "worker error message");
                    }
                }
                if out_null && expect == Expect::Succeed {
                    // Only the out-pointer is bad.
                    assert_eq!(code, NANO_ERR_NULL_POINTER);
                }
                return self.finish(
                    w,
                    live,
                    code,
                    if out_null { Expect::Fail } else { expect },
                    &format!("nano_eval_request {shown}"),
                );
            };
            self.finish(w, live, code, expect, &format!("nano_eval_request_async {shown}"))
        }
    }

    unsafe fn finish(
        &self,
        w: *mut nano_lease,
        live: bool,
        code: nano_result,
        expect: Expect,
        what: &str,
    ) -> (nano_result, Expect, String) {
        if live {
            assert_eq!(unsafe { nano_pool_release(w) }, NANO_OK, "{what}: release");
        }
        (code, expect, what.to_string())
    }

    unsafe fn response_accessors(&mut self, src: &mut Source) -> (nano_result, Expect, String) {
        unsafe {
            let (r, e, live) = self.response_arg(src);
            let mut status = 0u16;
            let mut count = 0usize;
            let (mut p, mut n, mut v, mut vn) = (null(), 0usize, null(), 0usize);
            let (code, ea, what) = match src.below(4) {
                0 => {
                    let out_null = src.one_in(4);
                    (
                        nano_response_status(r, if out_null { null_mut() } else { &mut status }),
                        if out_null { Expect::Fail } else { Expect::Succeed },
                        "nano_response_status",
                    )
                }
                1 => {
                    (nano_response_header_count(r, &mut count), Expect::Succeed, "nano_response_header_count")
                }
                2 => {
                    let index = [0, 1, 2, usize::MAX][src.below(4)];
                    // The fixture's responses have two headers (content-type, x-n).
                    let ei = if index < 2 { Expect::Succeed } else { Expect::Fail };
                    (
                        nano_response_header(r, index, &mut p, &mut n, &mut v, &mut vn),
                        ei,
                        "nano_response_header",
                    )
                }
                _ => {
                    let out_null = src.one_in(4);
                    (
                        nano_response_body(r, if out_null { null_mut() } else { &mut p }, &mut n),
                        if out_null { Expect::Fail } else { Expect::Succeed },
                        "nano_response_body",
                    )
                }
            };
            if live {
                nano_response_free(r);
                nano_response_free(r); // a double free is ignored
            }
            (code, e.and(ea), what.to_string())
        }
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        unsafe { assert_eq!(nano_runtime_free(self.runtime), NANO_OK) };
    }
}

pub fn text(p: *const c_char) -> String {
    if p.is_null() {
        return "(null)".into();
    }
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

unsafe extern "C" fn quiet(_: *mut c_void, _: nano_log_level, _: *const c_char, _: usize) {}

#[derive(Default)]
struct Outcome {
    done: std::sync::Mutex<Option<nano_result>>,
    cond: std::sync::Condvar,
}

impl Outcome {
    fn wait(&self) -> nano_result {
        let mut done = self.done.lock().unwrap();
        while done.is_none() {
            done = self.cond.wait(done).unwrap();
        }
        done.unwrap()
    }
}

unsafe extern "C" fn on_done(
    user_data: *mut c_void,
    result: nano_result,
    response: *mut nano_response,
    _: *const c_char,
) {
    let outcome = unsafe { &*(user_data as *const Outcome) };
    unsafe { nano_response_free(response) };
    *outcome.done.lock().unwrap() = Some(result);
    outcome.cond.notify_one();
}
