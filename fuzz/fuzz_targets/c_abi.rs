//! Fuzzes the C ABI: libFuzzer's bytes choose the calls and their malformed
//! arguments, through the same generator as tests/malformed.rs.
#![no_main]

#[path = "../../tests/malformed/calls.rs"]
mod calls;

use std::cell::RefCell;

use libfuzzer_sys::fuzz_target;

thread_local! {
    // One runtime for the whole run, as a long-lived host would have.
    static FIXTURE: RefCell<calls::Fixture> = RefCell::new(calls::Fixture::new());
}

fuzz_target!(|data: &[u8]| {
    FIXTURE.with(|fixture| {
        let mut fixture = fixture.borrow_mut();
        let mut src = calls::Source::bytes(data);
        // At most 64 calls per input keeps each run short.
        for _ in 0..64 {
            if src.exhausted() {
                break;
            }
            fixture.call(&mut src);
        }
    });
});
