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

/// RFC 9110 `tchar`.
fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

pub(crate) fn is_token(s: &[u8]) -> bool {
    !s.is_empty() && s.iter().all(|&b| is_token_byte(b))
}

impl Request {
    /// Checks what the Fetch standard would refuse, and returns the URL in
    /// its canonical WHATWG form.
    pub(crate) fn validate(&self) -> crate::Result<String> {
        use crate::Error::InvalidArgument;
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
            if value.iter().any(|&b| b == 0 || b == b'\r' || b == b'\n') {
                return Err(InvalidArgument(format!(
                    "header {:?} has a value containing NUL, CR or LF",
                    String::from_utf8_lossy(name)
                )));
            }
        }
        if self.body.is_some() && (self.method == "GET" || self.method == "HEAD") {
            return Err(InvalidArgument(format!("a {} request cannot have a body", self.method)));
        }
        Ok(url.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(url: &str) -> Request {
        Request { method: "GET".into(), url: url.into(), ..Default::default() }
    }

    #[test]
    fn canonicalises_url() {
        assert_eq!(get("HTTP://Example.COM/a/../b").validate().unwrap(), "http://example.com/b");
    }

    #[test]
    fn refuses_bad_input() {
        assert!(get("/relative").validate().is_err());
        let mut r = get("http://x/");
        r.method = "GE T".into();
        assert!(r.validate().is_err());
        let mut r = get("http://x/");
        r.headers.push((b"bad name".to_vec(), b"v".to_vec()));
        assert!(r.validate().is_err());
        let mut r = get("http://x/");
        r.headers.push((b"x".to_vec(), b"a\r\nb".to_vec()));
        assert!(r.validate().is_err());
        let mut r = get("http://x/");
        r.body = Some(vec![1]);
        assert!(r.validate().is_err());
    }

    #[test]
    fn keeps_latin1_header_values() {
        let mut r = get("http://x/");
        r.headers.push((b"x".to_vec(), vec![0xe9, b'a']));
        assert!(r.validate().is_ok());
    }
}
