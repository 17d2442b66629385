//! The host of an isolate that runs a script's top level at registration:
//! console output only. As on Workers, timers and subrequests are refused at
//! the top level: there is no request for them to belong to, and whatever
//! they would do could not be in the snapshot.

use nano_web::host::{Host, epoch_ms};

use crate::http::Request;
use crate::log::{LogLevel, LogSink};

pub(super) struct RegistrationHost {
    pub(super) script_name: String,
    /// None: stderr. A sink that drops lines keeps a run quiet.
    pub(super) log: Option<LogSink>,
}

/// Why `what` fails outside a request.
pub(crate) fn refused(what: &str) -> String {
    format!("{what} cannot be called in a script's top level (global scope); call it from a handler")
}

impl Host for RegistrationHost {
    fn log(&self, level: LogLevel, message: &str) {
        crate::log::emit(self.log.as_ref(), &self.script_name, level, message);
    }

    fn timer_start(&self, _id: u32, _delay_ms: f64) -> Result<(), String> {
        Err(refused("setTimeout() and setInterval()"))
    }

    fn timer_cancel(&self, _id: u32) {}

    fn fetch_start(
        &self,
        _id: u32,
        _request: Request,
        _body: Option<nano_web::request_body::BodyWriter>,
    ) -> Result<(), String> {
        Err(refused("fetch()"))
    }

    fn now_ms(&self) -> f64 {
        0.0
    }

    fn time_origin_ms(&self) -> f64 {
        epoch_ms(std::time::SystemTime::now())
    }
}
