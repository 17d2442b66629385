//! The C ABI, declared in `include/nano.h` (generated from this module by
//! cbindgen: these doc comments are the C API reference).
//!
//! Names follow one rule, `nano_<what it acts on>_<verb>`. A runtime
//! (`nano_runtime_new`/`_free`) holds scripts and a pool of warm isolates;
//! `nano_pool_acquire` (and `_async`, `_inline`, `_cancel` for a queued
//! acquire) hands out a `nano_lease` on one isolate, and `nano_pool_release`
//! gives it back (the lease's `_free`). `nano_eval_*` run requests on a
//! lease: `nano_eval_request` (whole response, blocking), `_async`,
//! `_streamed`; on an inline lease `nano_eval_start` then `nano_eval_poll`;
//! `nano_eval_body_*` and `nano_eval_stream_body` move bodies; and
//! `nano_eval_cancel`, `nano_eval_last_error`. Every other handle has its own
//! prefix (`nano_response_*`, `nano_fetch_reply_*`, `nano_body_writer_*`,
//! `nano_body_reader_*`).
//!
//! Conventions, for every function:
//! - It returns a `nano_result`; `NANO_OK` is success. On failure,
//!   `nano_last_error()` on the same thread explains it, and the object the
//!   call was about keeps the detail too (`nano_runtime_last_error`,
//!   `nano_eval_last_error`).
//! - Pointers are checked: a NULL where an object is required gives
//!   `NANO_ERR_NULL_POINTER`. A (pointer, length) pair may be (NULL, 0).
//!   Text must be UTF-8 (`NANO_ERR_INVALID_UTF8` otherwise).
//! - Out-parameters are written only on success.
//! - Panics never cross the boundary: they give `NANO_ERR_PANIC`.
//! - `nano_runtime_free`, `nano_pool_release`, `nano_response_free` and
//!   `nano_body_reader_free` accept NULL and do nothing. The calls that
//!   complete and free a writer or a reply (`nano_body_writer_end`/`_fail`,
//!   `nano_fetch_reply_respond`/`_respond_streamed`/`_fail`) refuse NULL
//!   (`NANO_ERR_NULL_POINTER`).
//! - Handles are checked against the live ones: a double release, a use
//!   after release or free, or a double free gives an error (or, for the
//!   `void` frees, does nothing) rather than touching freed memory.
//! - Versioned structs (`nano_config`, `nano_script_options`) start with
//!   `struct_size`: nano accepts the size of every layout a released header
//!   declared (fields added since take their defaults), and a larger size
//!   from a newer header when the fields it does not know are zero.
//!
//! One file per handle type (`runtime`, `script_options`, `lease`,
//! `response`, `fetch_reply`, `request_body`), streamed bodies in `body`, the callbacks in `callbacks`, the C request
//! in `http`, and what every export shares in `guard`.
#![allow(non_camel_case_types)]
// The safety contract (valid pointers, handles not yet freed) is the one in
// the module docs above, which the header carries for C readers.
#![allow(clippy::missing_safety_doc)]

mod body;
mod body_part;
mod callbacks;
mod fetch_reply;
mod guard;
mod http;
mod lease;
mod modules;
mod request_body;
mod response;
mod result;
mod runtime;
pub(crate) mod script_options;
mod status;

pub use body::*;
pub use body_part::*;
pub use callbacks::*;
pub use fetch_reply::*;
pub use http::*;
pub use lease::*;
pub use modules::*;
pub use request_body::*;
pub use response::*;
pub use result::*;
pub use runtime::*;
pub use script_options::*;
pub use status::*;

#[cfg(test)]
mod tests {
    use std::ffi::CStr;

    use super::guard::{guard, last_error_here};
    use super::result::nano_result::*;
    use super::*;

    #[test]
    fn every_code_has_its_own_message_and_a_status() {
        let mut seen = std::collections::HashSet::new();
        for (i, code) in nano_result::ALL.into_iter().enumerate() {
            assert_eq!(code as usize, i, "ALL is in code order");
            let msg = unsafe { CStr::from_ptr(nano_result_message(code as i32)) }.to_str().unwrap();
            assert_ne!(msg, "unknown nano_result", "{code:?}");
            assert!(seen.insert(msg), "{code:?} shares its message");
            assert!([200, 400, 500, 503].contains(&nano_result_http_status(code as i32)), "{code:?}");
        }
        // One past the last code, and a negative one, are unknown.
        for code in [nano_result::ALL.len() as i32, -1, 99] {
            let msg = unsafe { CStr::from_ptr(nano_result_message(code)) };
            assert_eq!(msg.to_str().unwrap(), "unknown nano_result");
            assert_eq!(nano_result_http_status(code), 500);
        }
        assert_eq!(nano_result_http_status(NANO_ERR_MEMORY_LIMIT as i32), 503);
        assert_eq!(nano_result_http_status(NANO_ERR_TERMINATED as i32), 503);
        assert_eq!(nano_result_http_status(NANO_ERR_INVALID_UTF8 as i32), 400);
        assert_eq!(nano_result_http_status(NANO_ERR_SCRIPT_ERROR as i32), 500);
    }

    #[test]
    fn null_pointers_are_refused() {
        unsafe {
            assert_eq!(nano_runtime_new(std::ptr::null(), std::ptr::null_mut()), NANO_ERR_NULL_POINTER);
            assert!(last_error_here().to_str().unwrap().contains("out is NULL"));
            assert_eq!(nano_config_init(std::ptr::null_mut()), NANO_ERR_NULL_POINTER);
            assert_eq!(nano_runtime_free(std::ptr::null_mut()), NANO_OK);
            nano_response_free(std::ptr::null_mut());
            // Every `_free`, and nano_pool_release (the lease's), accepts NULL.
            assert_eq!(nano_pool_release(std::ptr::null_mut()), NANO_OK);
            nano_body_reader_free(std::ptr::null_mut());
        }
    }

    #[test]
    fn short_struct_size_is_refused() {
        let mut config = std::mem::MaybeUninit::<nano_config>::uninit();
        unsafe {
            assert_eq!(nano_config_init(config.as_mut_ptr()), NANO_OK);
            let mut config = config.assume_init();
            config.struct_size = 8;
            let mut rt = std::ptr::null_mut();
            assert_eq!(nano_runtime_new(&config, &mut rt), NANO_ERR_INVALID_ARGUMENT);
            assert!(rt.is_null(), "out-parameters are written only on success");
        }
    }

    /// A struct as a newer header might declare it: ours plus one field.
    #[repr(C)]
    struct NewerConfig {
        config: nano_config,
        unknown: u64,
    }

    #[test]
    fn larger_struct_size_needs_zero_unknown_fields() {
        unsafe {
            let mut newer = NewerConfig { config: std::mem::zeroed(), unknown: 0 };
            assert_eq!(nano_config_init(&mut newer.config), NANO_OK);
            newer.config.struct_size = size_of::<NewerConfig>();
            let mut rt = std::ptr::null_mut();
            assert_eq!(nano_runtime_new(&newer.config, &mut rt), NANO_OK, "unknown fields left at zero");
            assert_eq!(nano_runtime_free(rt), NANO_OK);
            newer.unknown = 7;
            let mut rt = std::ptr::null_mut();
            assert_eq!(nano_runtime_new(&newer.config, &mut rt), NANO_ERR_INVALID_ARGUMENT);
            assert!(last_error_here().to_str().unwrap().contains("does not know them"));
            assert!(rt.is_null());
        }
    }

    #[test]
    fn sizes_between_layouts_are_refused() {
        let mut options = std::mem::MaybeUninit::<nano_script_options>::uninit();
        unsafe {
            assert_eq!(nano_script_options_init(options.as_mut_ptr()), NANO_OK);
            let mut options = options.assume_init();
            options.struct_size = size_of::<nano_script_options>() - 4;
            let message = match script_options::read_script_options(&options) {
                Err(f) => f.message,
                Ok(_) => panic!("a size no header declared was accepted"),
            };
            assert!(message.contains("accepted: 40, 48"), "{message}");
        }
    }

    #[test]
    fn version_macros_match_the_crate() {
        assert_eq!(NANO_VERSION_MAJOR.to_string(), env!("CARGO_PKG_VERSION_MAJOR"));
        assert_eq!(NANO_VERSION_MINOR.to_string(), env!("CARGO_PKG_VERSION_MINOR"));
        assert_eq!(NANO_VERSION_PATCH.to_string(), env!("CARGO_PKG_VERSION_PATCH"));
        let runtime = unsafe { CStr::from_ptr(nano_version()) }.to_str().unwrap();
        assert_eq!(runtime, format!("{NANO_VERSION_MAJOR}.{NANO_VERSION_MINOR}.{NANO_VERSION_PATCH}"));
    }

    #[test]
    fn panics_become_status_codes() {
        let code = guard("test", || panic!("injected"));
        assert_eq!(code, NANO_ERR_PANIC);
        assert!(last_error_here().to_str().unwrap().contains("injected"));
    }
}
