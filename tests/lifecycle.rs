//! Creating and freeing runtimes over and over, through the C ABI: no crash,
//! no leaked isolates, and memory that stays bounded.

use std::ptr;

use nano::capi::*;

fn rss_bytes() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    statm.split_whitespace().nth(1).and_then(|v| v.parse::<usize>().ok()).unwrap_or(0) * 4096
}

fn cycle(source: &str) {
    unsafe {
        let mut rt = ptr::null_mut();
        assert_eq!(nano_runtime_new(ptr::null(), &mut rt), nano_result::NANO_OK);
        let name = c"s";
        assert_eq!(
            nano_runtime_add_script(rt, name.as_ptr(), source.as_ptr().cast(), source.len(), ptr::null()),
            nano_result::NANO_OK
        );
        let mut w = ptr::null_mut();
        assert_eq!(nano_pool_acquire(rt, name.as_ptr(), &mut w), nano_result::NANO_OK);
        let req = nano_request {
            method: c"GET".as_ptr(),
            method_len: 3,
            url: c"http://x/".as_ptr(),
            url_len: 9,
            headers: ptr::null(),
            headers_len: 0,
            body: ptr::null(),
            body_len: 0,
        };
        let mut resp = ptr::null_mut();
        assert_eq!(nano_eval_request(w, &req, &mut resp), nano_result::NANO_OK);
        nano_response_free(resp);
        assert_eq!(nano_pool_release(w), nano_result::NANO_OK);
        assert_eq!(nano_runtime_free(rt), nano_result::NANO_OK);
    }
}

#[test]
fn create_and_free_a_thousand_runtimes() {
    let source = "export default { fetch() { return new Response('x'.repeat(1000)); } }";
    for _ in 0..50 {
        cycle(source); // warm-up: allocator pools, V8's process-wide state
    }
    let before = rss_bytes();
    for _ in 0..1000 {
        cycle(source);
    }
    let grown = rss_bytes().saturating_sub(before);
    println!("RSS grew by {} KiB over 1,000 create/register/request/free cycles", grown / 1024);
    // Each cycle registers a script (fresh mode: its realm built in a
    // throwaway isolate) and runs a pooled isolate (~1.4 MB): a leak of
    // either would grow by gigabytes.
    assert!(grown < 200 << 20, "RSS grew by {} MiB", grown >> 20);
}
