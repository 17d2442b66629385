//! `nano_body_part`: what a step of a streamed request brought of its
//! body, kept by the lease until its next step.

use std::ffi::CString;

use super::guard::{Failure, to_cstring};
use super::result::nano_result::{self, *};
use crate::body::BodyPart;

/// What the latest step of a streamed request brought of its body.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum nano_body_kind {
    /// No part this step.
    NANO_BODY_NONE = 0,
    /// The next bytes, in `data` and `len` (never empty).
    NANO_BODY_CHUNK = 1,
    /// The body is complete.
    NANO_BODY_END = 2,
    /// The body broke off (`error`; the message is in
    /// `nano_eval_last_error`): abort the response, its head is out.
    NANO_BODY_FAILED = 3,
}

/// The body part the latest step (`nano_eval_start_streamed`,
/// `nano_eval_poll`, `nano_eval_body_more`, `nano_eval_body_stop`) of a
/// streamed request brought, from `nano_eval_body_part`.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct nano_body_part {
    /// True on the step whose `nano_progress.response` has a body that
    /// follows in parts (the response's own body is empty then); false
    /// when a response comes whole.
    pub body_follows: bool,
    pub kind: nano_body_kind,
    /// A chunk's bytes, owned by the lease: valid until a later step
    /// brings the next part (`nano_eval_body_more`, `nano_eval_body_stop`,
    /// or a poll after them), or the lease is freed; polls that bring no
    /// part leave them. NULL unless `kind` is `NANO_BODY_CHUNK`.
    pub data: *const u8,
    pub len: usize,
    /// When `kind` is `NANO_BODY_FAILED`: why (`NANO_ERR_TERMINATED` after
    /// `nano_eval_body_stop`, the limit that stopped the run, or
    /// `NANO_ERR_SCRIPT_ERROR`); `NANO_OK` otherwise.
    pub error: nano_result,
}

/// The latest step's body part, kept by the lease for
/// `nano_eval_body_part`. A chunk's bytes stay until a step brings the
/// next part (a host may still be writing them while it polls for timers).
#[derive(Default)]
pub(super) struct LastPart {
    body_follows: bool,
    kind: Option<nano_body_kind>,
    chunk: Vec<u8>,
    error: Option<nano_result>,
}

impl LastPart {
    /// Keeps what a step brought; a failure's message goes to `last_error`.
    pub(super) fn update(&mut self, body_follows: bool, part: Option<BodyPart>, last_error: &mut CString) {
        self.body_follows = body_follows;
        self.error = None;
        self.kind = match part {
            None => None,
            Some(BodyPart::Chunk(bytes)) => {
                self.chunk = bytes;
                Some(nano_body_kind::NANO_BODY_CHUNK)
            }
            Some(BodyPart::End) => {
                self.chunk = Vec::new();
                Some(nano_body_kind::NANO_BODY_END)
            }
            Some(BodyPart::Failed(e)) => {
                self.chunk = Vec::new();
                let f = Failure::from(e);
                *last_error = to_cstring(&f.message);
                self.error = Some(f.code);
                Some(nano_body_kind::NANO_BODY_FAILED)
            }
        };
    }

    pub(super) fn to_c(&self) -> nano_body_part {
        let chunk = self.kind == Some(nano_body_kind::NANO_BODY_CHUNK);
        nano_body_part {
            body_follows: self.body_follows,
            kind: self.kind.unwrap_or(nano_body_kind::NANO_BODY_NONE),
            data: if chunk { self.chunk.as_ptr() } else { std::ptr::null() },
            len: if chunk { self.chunk.len() } else { 0 },
            error: self.error.unwrap_or(NANO_OK),
        }
    }
}
