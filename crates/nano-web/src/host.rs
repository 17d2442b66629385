//! What the natives need from the embedder that runs them: console output,
//! timers, subrequests and the request's clock. The runtime installs one
//! [`Host`] per isolate (in a [`HostSlot`]); an isolate without one (the
//! snapshot builder) logs to stderr and has no timers or fetch.

use crate::http::Request;
use crate::log::LogLevel;
use crate::request_body::BodyWriter;

pub trait Host {
    /// One console line.
    fn log(&self, level: LogLevel, message: &str);
    /// Arms timer `id` to fire after `delay_ms`.
    fn timer_start(&self, id: u32, delay_ms: f64) -> Result<(), String>;
    fn timer_cancel(&self, id: u32);
    /// Starts subrequest `id` through the host's fetch callback. `body`:
    /// the writer of the request's `body_stream`, when its body streams out
    /// of the script (written through [`Host::fetch_body_write`]).
    fn fetch_start(&self, id: u32, request: Request, body: Option<BodyWriter>) -> Result<(), String>;
    /// The next chunk of subrequest `id`'s streamed body; false when the
    /// host takes no more of it (the script stops reading its stream).
    fn fetch_body_write(&self, _id: u32, _bytes: &[u8]) -> bool {
        false
    }
    /// Subrequest `id`'s streamed body is complete, or (`failure`) broke
    /// off.
    fn fetch_body_end(&self, _id: u32, _failure: Option<&str>) {}
    /// The script cancelled body `id` that streams in (0 the request's,
    /// else that subrequest's response's): its writer takes no more.
    fn body_in_cancel(&self, _id: u32) {}
    /// Milliseconds since the current request started (performance.now).
    fn now_ms(&self) -> f64;
    /// When the current request started, in milliseconds since the Unix
    /// epoch (performance.timeOrigin).
    fn time_origin_ms(&self) -> f64;
}

/// `t` in milliseconds since the Unix epoch (0 before it), as
/// `performance.timeOrigin` and `Date.now()` count.
pub fn epoch_ms(t: std::time::SystemTime) -> f64 {
    t.duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// The isolate slot holding the host.
pub struct HostSlot(pub Box<dyn Host>);

/// The host of the isolate `scope` belongs to, if one is installed.
pub(crate) fn of<'a>(scope: &'a v8::PinScope) -> Option<&'a dyn Host> {
    scope.get_slot::<HostSlot>().map(|h| &*h.0)
}

/// What CommonJS `require()` calls: the module graph of the script running
/// in the isolate (installed per module instance, in a [`ModuleLoaderSlot`]).
pub trait ModuleLoader {
    /// The value module `from`'s `require(specifier)` returns; None when
    /// an exception is pending (the module threw, or nothing was found).
    fn require<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        from: u32,
        specifier: &str,
    ) -> Option<v8::Local<'s, v8::Value>>;

    /// `text` (an error's description, a stack) with positions in code
    /// nano generated (TypeScript made JavaScript) replaced by the
    /// original's; None when nothing is to be replaced.
    fn original_positions(&self, _text: &str) -> Option<String> {
        None
    }
}

/// The isolate slot holding the current module instance's loader.
pub struct ModuleLoaderSlot(pub std::rc::Rc<dyn ModuleLoader>);

/// `text` as the isolate's current module graph maps its positions (see
/// [`ModuleLoader::original_positions`]).
pub fn original_positions(scope: &v8::PinScope, text: String) -> String {
    let loader = scope.get_slot::<ModuleLoaderSlot>().map(|s| s.0.clone());
    loader.and_then(|l| l.original_positions(&text)).unwrap_or(text)
}
