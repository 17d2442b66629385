//! The request a host hands to a script and the response it gets back, as
//! plain bytes, plus the checks that keep malformed input out of JS.

/// Header names and values as bytes, in order; names may repeat.
pub type HeaderList = Vec<(Vec<u8>, Vec<u8>)>;

/// An HTTP request for a script's `fetch` handler.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    /// An HTTP method token (`GET`, `POST`, ...).
    pub method: String,
    /// An absolute URL (`https://example.com/path?query`).
    pub url: String,
    /// Header names and values, in the order received; names may repeat.
    pub headers: HeaderList,
    /// `None` when the request has no body (as for GET).
    pub body: Option<Vec<u8>>,
    /// A body the host supplies as it arrives (see [`crate::request_body`]),
    /// in place of `body` (which must then be `None`).
    pub body_stream: Option<crate::request_body::RequestBody>,
}

/// What a script's handler returned.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    /// Names are lower-case; order and repeated names are kept.
    pub headers: HeaderList,
    pub body: Vec<u8>,
}

impl Response {
    /// The first value of a header, compared case-insensitively.
    pub fn header(&self, name: &str) -> Option<&[u8]> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name.as_bytes())).map(|(_, v)| v.as_slice())
    }
}

/// Size limits on what crosses between the host and a script. Zero means
/// no limit. Over a limit, a request is refused before it reaches the script
/// (`Error::InvalidArgument`), a response fails its request
/// (`Error::Script`), and a subrequest's `fetch()` rejects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SizeLimits {
    /// Longest request URL, in bytes.
    pub max_url_bytes: usize,
    /// Most headers on a request or a response.
    pub max_header_count: usize,
    /// Most bytes of header names and values together, per request or response.
    pub max_header_bytes: usize,
    /// Largest request or response body, in bytes.
    pub max_body_bytes: usize,
    /// Most `fetch()` subrequests one request may start.
    pub max_subrequests: usize,
}

impl Default for SizeLimits {
    /// As on Cloudflare Workers: 16 KiB URLs, 128 KiB of headers, 100 MiB
    /// bodies, 50 subrequests; and at most 256 headers.
    fn default() -> Self {
        SizeLimits {
            max_url_bytes: 16 << 10,
            max_header_count: 256,
            max_header_bytes: 128 << 10,
            max_body_bytes: 100 << 20,
            max_subrequests: 50,
        }
    }
}

/// Whether `value` is over `limit` (zero: no limit).
pub fn over(value: usize, limit: usize) -> bool {
    limit != 0 && value > limit
}

impl SizeLimits {
    /// Checks a request or response's sizes; `what` names it in the message.
    pub fn check(
        &self,
        what: &str,
        url_len: usize,
        headers: &[(Vec<u8>, Vec<u8>)],
        body_len: usize,
    ) -> Result<(), String> {
        let header_bytes = headers.iter().map(|(n, v)| n.len() + v.len()).sum();
        self.check_lengths(what, url_len, headers.len(), header_bytes, body_len)
    }

    /// [`SizeLimits::check`] on lengths alone, for callers that must check
    /// them before reading what they describe (the C ABI).
    pub fn check_lengths(
        &self,
        what: &str,
        url_len: usize,
        header_count: usize,
        header_bytes: usize,
        body_len: usize,
    ) -> Result<(), String> {
        if over(url_len, self.max_url_bytes) {
            return Err(format!(
                "the {what} URL is {url_len} bytes, over the limit of {}",
                self.max_url_bytes
            ));
        }
        self.check_header_count(what, header_count)?;
        if over(header_bytes, self.max_header_bytes) {
            return Err(format!(
                "the {what} headers are {header_bytes} bytes, over the limit of {}",
                self.max_header_bytes
            ));
        }
        if over(body_len, self.max_body_bytes) {
            return Err(format!(
                "the {what} body is {body_len} bytes, over the limit of {}",
                self.max_body_bytes
            ));
        }
        Ok(())
    }

    pub fn check_header_count(&self, what: &str, count: usize) -> Result<(), String> {
        if over(count, self.max_header_count) {
            return Err(format!(
                "the {what} has {count} headers, over the limit of {}",
                self.max_header_count
            ));
        }
        Ok(())
    }
}

/// RFC 9110 `tchar`.
fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// Whether `s` is an HTTP token (a valid header name or method).
pub fn is_token(s: &[u8]) -> bool {
    !s.is_empty() && s.iter().all(|&b| is_token_byte(b))
}

/// Whether `value` may be a header value: no NUL, CR or LF (which would
/// split or end a header line on the wire).
pub fn is_header_value(value: &[u8]) -> bool {
    !value.iter().any(|&b| b == 0 || b == b'\r' || b == b'\n')
}

impl Request {
    /// Checks what the Fetch standard would refuse, and returns the URL in
    /// its canonical WHATWG form.
    pub fn validate(&self, limits: &SizeLimits) -> crate::Result<String> {
        use crate::Error::InvalidArgument;
        limits
            .check("request", self.url.len(), &self.headers, self.body.as_ref().map_or(0, Vec::len))
            .map_err(InvalidArgument)?;
        if !is_token(self.method.as_bytes()) {
            return Err(InvalidArgument(format!("invalid HTTP method {:?}", self.method)));
        }
        let url = url::Url::parse(&self.url)
            .map_err(|e| InvalidArgument(format!("invalid request URL {:?}: {e}", self.url)))?;
        for (name, value) in &self.headers {
            if !is_token(name) {
                return Err(InvalidArgument(format!(
                    "invalid header name {:?}",
                    String::from_utf8_lossy(name)
                )));
            }
            if !is_header_value(value) {
                return Err(InvalidArgument(format!(
                    "header {:?} has a value containing NUL, CR or LF",
                    String::from_utf8_lossy(name)
                )));
            }
        }
        if self.body.is_some() && self.body_stream.is_some() {
            return Err(InvalidArgument("a request has either a body or a streamed body, not both".into()));
        }
        if (self.body.is_some() || self.body_stream.is_some())
            && (self.method == "GET" || self.method == "HEAD")
        {
            return Err(InvalidArgument(format!("a {} request cannot have a body", self.method)));
        }
        Ok(url.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: SizeLimits = SizeLimits {
        max_url_bytes: 100,
        max_header_count: 2,
        max_header_bytes: 20,
        max_body_bytes: 10,
        max_subrequests: 0,
    };

    fn get(url: &str) -> Request {
        Request { method: "GET".into(), url: url.into(), ..Default::default() }
    }

    #[test]
    fn refuses_requests_over_size_limits() {
        let long = format!("http://x/{}", "a".repeat(100));
        assert!(get(&long).validate(&LIMITS).unwrap_err().to_string().contains("over the limit of 100"));
        let mut r = get("http://x/");
        r.headers = vec![(b"a".to_vec(), b"1".to_vec()); 3];
        assert!(r.validate(&LIMITS).unwrap_err().to_string().contains("3 headers"));
        r.headers = vec![(b"a".to_vec(), vec![b'v'; 20])];
        assert!(r.validate(&LIMITS).unwrap_err().to_string().contains("headers are 21 bytes"));
        r.headers.clear();
        r.method = "POST".into();
        r.body = Some(vec![0; 11]);
        assert!(r.validate(&LIMITS).unwrap_err().to_string().contains("body is 11 bytes"));
        r.body = Some(vec![0; 10]);
        assert!(r.validate(&LIMITS).is_ok());
        let unlimited = SizeLimits { max_url_bytes: 0, ..LIMITS };
        assert!(get(&long).validate(&unlimited).is_ok());
    }

    #[test]
    fn canonicalises_url() {
        assert_eq!(get("HTTP://Example.COM/a/../b").validate(&LIMITS).unwrap(), "http://example.com/b");
    }

    #[test]
    fn refuses_bad_input() {
        assert!(get("/relative").validate(&LIMITS).is_err());
        let mut r = get("http://x/");
        r.method = "GE T".into();
        assert!(r.validate(&LIMITS).is_err());
        let mut r = get("http://x/");
        r.headers.push((b"bad name".to_vec(), b"v".to_vec()));
        assert!(r.validate(&LIMITS).is_err());
        let mut r = get("http://x/");
        r.headers.push((b"x".to_vec(), b"a\r\nb".to_vec()));
        assert!(r.validate(&LIMITS).is_err());
        let mut r = get("http://x/");
        r.body = Some(vec![1]);
        assert!(r.validate(&LIMITS).is_err());
    }

    #[test]
    fn keeps_latin1_header_values() {
        let mut r = get("http://x/");
        r.headers.push((b"x".to_vec(), vec![0xe9, b'a']));
        assert!(r.validate(&LIMITS).is_ok());
    }
}
