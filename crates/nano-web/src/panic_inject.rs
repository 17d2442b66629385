//! Test-only panic injection (cargo feature `panic-inject`): arms a named
//! point (a C export such as `nano_pool_acquire`, or a native such as
//! `utf8Encode`) so that the next pass through it panics. Tests use it to
//! prove every export and every native callback contains its panics. Without
//! the feature, [`point`] compiles to nothing.

#[cfg(feature = "panic-inject")]
mod armed {
    use std::sync::Mutex;

    static ARMED: Mutex<Option<String>> = Mutex::new(None);

    /// Arms `name`: the next pass through that point panics (once).
    pub fn arm(name: &str) {
        *ARMED.lock().unwrap_or_else(|e| e.into_inner()) = Some(name.to_string());
    }

    /// Disarms whatever is armed; true if it had not fired.
    pub fn disarm() -> bool {
        ARMED.lock().unwrap_or_else(|e| e.into_inner()).take().is_some()
    }

    pub fn point(name: &str) {
        let mut armed = ARMED.lock().unwrap_or_else(|e| e.into_inner());
        if armed.as_deref() == Some(name) {
            *armed = None;
            drop(armed);
            panic!("injected panic in {name}");
        }
    }
}

#[cfg(feature = "panic-inject")]
pub use armed::point;
#[cfg(feature = "panic-inject")]
pub use armed::{arm, disarm};

#[cfg(not(feature = "panic-inject"))]
#[inline(always)]
pub fn point(_name: &str) {}
