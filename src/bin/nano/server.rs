//! `nano serve`: HTTP/1.1 in front of a runtime, on hyper (its parser
//! refuses malformed request lines and headers with 400, 414 and 431), with
//! what a server facing the internet needs on top: one URL rule for the Host
//! header and absolute-form targets, the message-framing checks of RFC 9112
//! (signed or huge lengths, a Transfer-Encoding other than chunked, a
//! missing or doubled Host are refused; hyper itself refuses differing
//! Content-Lengths, and lets a Transfer-Encoding override a Content-Length
//! and closes the connection after, as RFC 9112 6.3 directs), the runtime's size limits
//! answered with 413/414/431, limits and a full pool with 503, and bounded
//! connections: a client that stops reading is dropped after
//! [`WRITE_STALL`], and at most [`MAX_CONNECTIONS`] are served at once.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Either, Full};
use hyper::body::Incoming;
use hyper::header::{CONTENT_LENGTH, HOST, HeaderName, HeaderValue, TRANSFER_ENCODING};
use hyper::{Response as HttpResponse, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use nano::{BodyPart, BodyWriter, Error, LeaseCanceller, Request, Runtime};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

/// Connections served at once; more are answered 503 and closed.
const MAX_CONNECTIONS: usize = 1024;
/// How long a response may wait for a client that does not read.
const WRITE_STALL: Duration = Duration::from_secs(10);
/// How long a client may take to send a request's head.
const HEAD_TIMEOUT: Duration = Duration::from_secs(10);
/// The most bytes of a request head hyper buffers (the size limits are
/// checked on what it parsed).
const HEAD_BUFFER: usize = 256 << 10;

/// A response body: whole (refusals, bodies that are not streams), or
/// streamed as the script produces it.
type Body = Either<Full<Bytes>, Streamed>;

fn whole(bytes: impl Into<Bytes>) -> Body {
    Either::Left(Full::new(bytes.into()))
}

/// The name of the script being served: `nano serve --watch` registers each
/// version under a new name and swaps it here.
pub type Serving = Arc<std::sync::RwLock<String>>;

/// Serves the script `script` names, of `runtime`, on `listener` until the
/// process ends.
pub fn serve(
    runtime: Arc<Runtime>,
    script: Serving,
    listener: std::net::TcpListener,
    threads: usize,
) -> Result<(), String> {
    listener.set_nonblocking(true).map_err(|e| e.to_string())?;
    let tokio = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(threads.max(1))
        // Evaluations block their thread while the isolate runs.
        .max_blocking_threads(512)
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the server's threads: {e}"))?;
    tokio.block_on(async move {
        let listener = TcpListener::from_std(listener).map_err(|e| e.to_string())?;
        let slots = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
        let app = Arc::new(App { runtime, script });
        loop {
            let (stream, peer) = match listener.accept().await {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, say: wait rather than spin.
                    eprintln!("nano: accept: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            };
            let _ = stream.set_nodelay(true);
            let Ok(slot) = slots.clone().try_acquire_owned() else {
                tokio::spawn(refuse_connection(stream));
                continue;
            };
            let app = app.clone();
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |req| {
                    let app = app.clone();
                    async move { Ok::<_, Infallible>(app.handle(req).await) }
                });
                let io = TokioIo::new(StallGuard::new(stream));
                let served = hyper::server::conn::http1::Builder::new()
                    .timer(TokioTimer::new())
                    .header_read_timeout(HEAD_TIMEOUT)
                    .max_buf_size(HEAD_BUFFER)
                    .serve_connection(io, service)
                    .await;
                if let Err(e) = served
                    && !e.is_incomplete_message()
                {
                    eprintln!("nano: connection from {peer}: {e}");
                }
                drop(slot);
            });
        }
    })
}

/// Over [`MAX_CONNECTIONS`]: a 503 and the connection closed.
async fn refuse_connection(mut stream: TcpStream) {
    use tokio::io::AsyncWriteExt;
    let text = "HTTP/1.1 503 Service Unavailable\r\nconnection: close\r\ncontent-type: text/plain\r\n\
                retry-after: 1\r\ncontent-length: 26\r\n\r\ntoo many open connections\n";
    let _ = tokio::time::timeout(Duration::from_secs(1), stream.write_all(text.as_bytes())).await;
}

struct App {
    runtime: Arc<Runtime>,
    script: Serving,
}

/// Why a request is not served: its status and the reason, for the client.
struct Refusal {
    status: StatusCode,
    reason: String,
}

fn refusal(status: StatusCode, reason: &str) -> Refusal {
    Refusal { status, reason: reason.to_string() }
}

/// A refusal: a status and the reason, as the response's text.
fn refuse(status: StatusCode, reason: &str) -> HttpResponse<Body> {
    let mut res = HttpResponse::new(whole(format!("{reason}\n")));
    *res.status_mut() = status;
    let headers = res.headers_mut();
    headers.insert(hyper::header::CONTENT_TYPE, HeaderValue::from_static("text/plain;charset=UTF-8"));
    if status == StatusCode::SERVICE_UNAVAILABLE {
        headers.insert(hyper::header::RETRY_AFTER, HeaderValue::from_static("1"));
    }
    if status.is_client_error() {
        // What follows a malformed message cannot be trusted to frame.
        headers.insert(hyper::header::CONNECTION, HeaderValue::from_static("close"));
    }
    res
}

impl App {
    /// The name of the script being served (`--watch` removes a replaced
    /// version only after a grace period, so a request that read its name
    /// finds it).
    fn script(&self) -> String {
        self.script.read().map(|n| n.clone()).unwrap_or_default()
    }

    /// Serves one request: its body streams in to the script as it
    /// arrives, the response streams out as the script produces it (the
    /// script's stream is read again only once hyper took the last chunk),
    /// and a client that goes away stops the request.
    async fn handle(self: Arc<App>, req: hyper::Request<Incoming>) -> HttpResponse<Body> {
        let (request, upload) = match self.request(req).await {
            Ok(r) => r,
            Err(r) => return refuse(r.status, &r.reason),
        };
        let app = self.clone();
        let lease = match tokio::task::spawn_blocking(move || app.runtime.acquire(&app.script())).await {
            Ok(Ok(lease)) => lease,
            Ok(Err(e)) => return answer_error(&e),
            Err(_) => return refuse(StatusCode::INTERNAL_SERVER_ERROR, "internal error"),
        };
        if let Some((incoming, writer)) = upload {
            tokio::spawn(pump(incoming, writer));
        }
        let mut run = Run { canceller: lease.canceller(), lease: Some(lease), state: RunState::Head };
        let (head_tx, head_rx) = tokio::sync::oneshot::channel();
        let (parts_tx, parts_rx) = tokio::sync::mpsc::unbounded_channel();
        let started = run.lease.as_mut().map(|lease| {
            lease.eval_streamed(
                request,
                move |outcome, body_follows| {
                    let _ = head_tx.send((outcome, body_follows));
                },
                move |part| {
                    let _ = parts_tx.send(part);
                },
            )
        });
        if let Some(Err(e)) = started {
            return answer_error(&e);
        }
        // Dropped here (the client went away before the head): `run`
        // cancels the request.
        let Ok((outcome, body_follows)) = head_rx.await else {
            return refuse(StatusCode::INTERNAL_SERVER_ERROR, "internal error");
        };
        match outcome {
            Ok(response) if body_follows => {
                run.state = RunState::Body;
                to_http(response, Either::Right(Streamed { parts: parts_rx, run }))
            }
            Ok(mut response) => {
                run.state = RunState::Done;
                let body = std::mem::take(&mut response.body);
                to_http(response, whole(body))
            }
            Err(e) => {
                run.state = RunState::Done;
                answer_error(&e)
            }
        }
    }

    /// The request as the script will see it, or the refusal.
    async fn request(&self, req: hyper::Request<Incoming>) -> Result<(Request, Option<Upload>), Refusal> {
        let sizes = *self.runtime.sizes();
        let (parts, body) = req.into_parts();
        let authority = authority(&parts)?;
        let target = parts.uri.path_and_query().map_or("/", |p| p.as_str());
        let url = format!("http://{authority}{target}");
        if url.len() > sizes.max_url_bytes {
            return Err(refusal(
                StatusCode::URI_TOO_LONG,
                &format!("the URL is {} bytes, over the limit of {}", url.len(), sizes.max_url_bytes),
            ));
        }
        let header_bytes: usize = parts.headers.iter().map(|(n, v)| n.as_str().len() + v.len()).sum();
        if parts.headers.len() > sizes.max_header_count || header_bytes > sizes.max_header_bytes {
            return Err(refusal(
                StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                &format!(
                    "{} headers of {header_bytes} bytes, over the limits of {} headers and {} bytes",
                    parts.headers.len(),
                    sizes.max_header_count,
                    sizes.max_header_bytes
                ),
            ));
        }
        let length = framing(&parts.headers)?;
        if length.is_some_and(|n| n > sizes.max_body_bytes as u64) {
            return Err(refusal(
                StatusCode::PAYLOAD_TOO_LARGE,
                &format!("the body is over the limit of {} bytes", sizes.max_body_bytes),
            ));
        }
        let chunked = parts.headers.contains_key(TRANSFER_ENCODING);
        // A body streams in as it arrives (nano holds it to the size limit).
        let (body, upload) = if length.is_some_and(|n| n > 0) || chunked {
            let (writer, reader) = nano::request_body();
            (Some(reader), Some((body, writer)))
        } else {
            (None, None)
        };
        // The script sees one authority: an absolute-form target's replaces
        // the Host header (RFC 9112 3.2.2).
        let mut headers: Vec<(Vec<u8>, Vec<u8>)> = parts
            .headers
            .iter()
            .filter(|(n, _)| *n != HOST)
            .map(|(n, v)| (n.as_str().as_bytes().to_vec(), v.as_bytes().to_vec()))
            .collect();
        headers.insert(0, (b"host".to_vec(), authority.into_bytes()));
        let request = Request {
            method: parts.method.as_str().to_string(),
            url,
            headers,
            body: None,
            body_stream: body,
        };
        Ok((request, upload))
    }
}

/// A request body to stream in: what hyper reads, and nano's writer.
type Upload = (Incoming, BodyWriter);

/// Writes the request body into nano as it arrives; a body cut short fails
/// the script's stream. Stops when the script no longer reads it.
async fn pump(mut incoming: Incoming, writer: BodyWriter) {
    loop {
        match incoming.frame().await {
            Some(Ok(frame)) => {
                if let Ok(data) = frame.into_data()
                    && writer.write(&data).is_err()
                {
                    return; // the request is over, or its body was cancelled
                }
            }
            Some(Err(_)) => {
                let _ = writer.fail("the request body was cut short");
                return;
            }
            None => {
                let _ = writer.end();
                return;
            }
        }
    }
}

/// Where a request's run is, for what dropping it must do.
#[derive(PartialEq)]
enum RunState {
    /// Waiting for the head: dropped, the request is cancelled.
    Head,
    /// The body streams: dropped (the client went), the script's stream is
    /// stopped.
    Body,
    Done,
}

/// A request's lease while it runs; released when dropped, after stopping
/// what still runs for a client that is gone.
struct Run {
    canceller: LeaseCanceller,
    lease: Option<nano::Lease>,
    state: RunState,
}

impl Drop for Run {
    fn drop(&mut self) {
        match self.state {
            RunState::Head => {
                self.canceller.cancel();
            }
            RunState::Body => {
                self.canceller.ask_body(false);
            }
            RunState::Done => {}
        }
        // Released mid-run, the isolate finishes (stopped) and serves on.
        drop(self.lease.take());
    }
}

/// A response body streamed from the script: each chunk handed to hyper
/// asks the script for the next.
pub struct Streamed {
    parts: tokio::sync::mpsc::UnboundedReceiver<BodyPart>,
    run: Run,
}

impl hyper::body::Body for Streamed {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<hyper::body::Frame<Bytes>, std::io::Error>>> {
        match self.parts.poll_recv(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Some(BodyPart::Chunk(bytes))) => {
                self.run.canceller.ask_body(true);
                Poll::Ready(Some(Ok(hyper::body::Frame::data(Bytes::from(bytes)))))
            }
            Poll::Ready(Some(BodyPart::End)) | Poll::Ready(None) => {
                self.run.state = RunState::Done;
                Poll::Ready(None)
            }
            Poll::Ready(Some(BodyPart::Failed(e))) => {
                self.run.state = RunState::Done;
                eprintln!("nano: the response body broke off: {e}");
                Poll::Ready(Some(Err(std::io::Error::other(e.to_string()))))
            }
        }
    }
}

/// The request's authority: an absolute-form target's (RFC 9112 3.2.2: it
/// replaces Host), else the one Host header, which HTTP/1.1 requires and
/// which must be a host and an optional port, nothing more.
fn authority(parts: &hyper::http::request::Parts) -> Result<String, Refusal> {
    let bad = |reason: &str| refusal(StatusCode::BAD_REQUEST, reason);
    let hosts: Vec<&HeaderValue> = parts.headers.get_all(HOST).iter().collect();
    if hosts.len() > 1 {
        return Err(bad("more than one Host header"));
    }
    if let Some(authority) = parts.uri.authority() {
        if parts.uri.scheme_str().is_some_and(|s| s != "http" && s != "https") {
            return Err(bad("the request target's scheme is not http"));
        }
        if authority.as_str().contains('@') {
            return Err(bad("the request target has user information"));
        }
        return Ok(authority.as_str().to_ascii_lowercase());
    }
    let Some(host) = hosts.first() else {
        return if parts.version == hyper::Version::HTTP_11 {
            Err(bad("an HTTP/1.1 request needs a Host header"))
        } else {
            Ok("localhost".into())
        };
    };
    let host = host.to_str().map_err(|_| bad("the Host header is not ASCII"))?;
    let valid = !host.is_empty()
        && host.parse::<hyper::http::uri::Authority>().is_ok()
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || b".-:[]_".contains(&b));
    if !valid {
        return Err(bad(&format!("the Host header {host:?} is not a host and port")));
    }
    Ok(host.to_ascii_lowercase())
}

/// The body's length from Content-Length, after the framing checks hyper
/// leaves to the server: digits only, at most 19 of them (hyper has already
/// dropped a Content-Length that a Transfer-Encoding overrides, and
/// identical duplicates, as RFC 9110 8.6 allows).
fn framing(headers: &hyper::HeaderMap) -> Result<Option<u64>, Refusal> {
    let bad = |reason: &str| refusal(StatusCode::BAD_REQUEST, reason);
    let lengths: Vec<&HeaderValue> = headers.get_all(CONTENT_LENGTH).iter().collect();
    let encodings: Vec<&HeaderValue> = headers.get_all(TRANSFER_ENCODING).iter().collect();
    if !encodings.is_empty() {
        if !lengths.is_empty() {
            return Err(bad("a request cannot have both Content-Length and Transfer-Encoding"));
        }
        if encodings.len() > 1 || !encodings[0].as_bytes().eq_ignore_ascii_case(b"chunked") {
            return Err(bad("the only Transfer-Encoding accepted is chunked"));
        }
        return Ok(None);
    }
    match lengths.as_slice() {
        [] => Ok(None),
        [one] => {
            let digits = one.as_bytes();
            if digits.is_empty() || digits.len() > 19 || !digits.iter().all(u8::is_ascii_digit) {
                return Err(bad("Content-Length is not a length"));
            }
            Ok(std::str::from_utf8(digits).ok().and_then(|d| d.parse().ok()))
        }
        _ => Err(bad("more than one Content-Length header")),
    }
}

/// The response's head, with `body`.
fn to_http(response: nano::Response, body: Body) -> HttpResponse<Body> {
    let mut res = HttpResponse::new(body);
    // nano checked the status and headers; a failure here is a bug.
    let Ok(status) = StatusCode::from_u16(response.status) else {
        return refuse(StatusCode::INTERNAL_SERVER_ERROR, "internal error");
    };
    *res.status_mut() = status;
    for (name, value) in response.headers {
        match (HeaderName::from_bytes(&name), HeaderValue::from_bytes(&value)) {
            (Ok(n), Ok(v)) => {
                res.headers_mut().append(n, v);
            }
            _ => return refuse(StatusCode::INTERNAL_SERVER_ERROR, "internal error"),
        }
    }
    res
}

/// The client's answer to a request nano could not serve: the status by
/// libnano's one table (`nano_result_http_status`, as the Go binding and
/// nginx answer), a short reason; the details go to the log, not to the
/// client.
fn answer_error(e: &Error) -> HttpResponse<Body> {
    eprintln!("nano: {e}");
    let reason = match e {
        Error::PoolExhausted(_) => "every isolate is busy: try again",
        Error::CpuLimit(_) => "the script exceeded its CPU time limit",
        Error::MemoryLimit(_) => "the script exceeded its memory limit",
        Error::WallTimeLimit(_) => "the script exceeded its time limit",
        Error::Terminated(_) => "the script was stopped",
        Error::Shutdown(_) => "the server is shutting down",
        Error::InvalidArgument(reason) => reason,
        _ => "the script failed: see the server's log",
    };
    let status =
        StatusCode::from_u16(nano::capi::error_http_status(e)).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    refuse(status, reason)
}

/// A connection whose writes fail once they have waited [`WRITE_STALL`]
/// for a client that does not read, so that its buffered response is
/// freed.
struct StallGuard {
    stream: TcpStream,
    stalled: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl StallGuard {
    fn new(stream: TcpStream) -> StallGuard {
        StallGuard { stream, stalled: None }
    }

    fn check<T>(&mut self, cx: &mut Context<'_>, poll: Poll<std::io::Result<T>>) -> Poll<std::io::Result<T>> {
        if poll.is_ready() {
            self.stalled = None;
            return poll;
        }
        let timer = self.stalled.get_or_insert_with(|| Box::pin(tokio::time::sleep(WRITE_STALL)));
        match timer.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                "the client has not read its response for 10 s",
            ))),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl AsyncRead for StallGuard {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_read(cx, buf)
    }
}

impl AsyncWrite for StallGuard {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let poll = Pin::new(&mut self.stream).poll_write(cx, buf);
        self.check(cx, poll)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        let poll = Pin::new(&mut self.stream).poll_flush(cx);
        self.check(cx, poll)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        let poll = Pin::new(&mut self.stream).poll_write_vectored(cx, bufs);
        self.check(cx, poll)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }
}
