//! A response body its host takes as the script produces it: the head
//! (status and headers) first, then [`BodyPart`]s, one each time the host
//! asks for more (its backpressure).

use crate::error::Error;
use crate::http::HeaderList;

/// How a request's response reaches its host.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Delivery {
    /// The response whole, body included, once the body is complete.
    #[default]
    Whole,
    /// The head as soon as the script returns its `Response`; a body that
    /// is a stream then follows in [`BodyPart`]s (other bodies come whole,
    /// with the head).
    Streamed,
}

/// One step of a streamed response body, after its head.
#[derive(Debug)]
pub enum BodyPart {
    /// The next bytes (never empty). The script's stream is not read again
    /// until the host asks for more.
    Chunk(Vec<u8>),
    /// The body is complete.
    End,
    /// The body broke off (the stream errored, a limit stopped the run):
    /// the head is out, so the host must abort the response.
    Failed(Error),
}

impl BodyPart {
    /// Whether this part ends the body (its end or its failure).
    pub fn is_last(&self) -> bool {
        !matches!(self, BodyPart::Chunk(_))
    }
}

/// The length a response's `content-length` headers declare for its body:
/// `None` when there is none; an error when one is not a decimal number or
/// two disagree. A streamed body is held to it (nano fails the body when
/// the stream gives more or fewer bytes), and hosts may frame it with it.
pub fn declared_length(headers: &HeaderList) -> Result<Option<u64>, String> {
    let mut declared = None;
    for (name, value) in headers {
        if !name.eq_ignore_ascii_case(b"content-length") {
            continue;
        }
        let text = std::str::from_utf8(value).unwrap_or("").trim_matches(|c| c == ' ' || c == '\t');
        let n = (!text.is_empty() && text.len() <= 19 && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<u64>().ok())
            .flatten()
            .ok_or_else(|| {
                format!("its content-length {:?} is not a number of bytes", String::from_utf8_lossy(value))
            })?;
        if declared.is_some_and(|d| d != n) {
            return Err("it has two content-length headers that disagree".into());
        }
        declared = Some(n);
    }
    Ok(declared)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(values: &[&str]) -> HeaderList {
        values.iter().map(|v| (b"content-length".to_vec(), v.as_bytes().to_vec())).collect()
    }

    #[test]
    fn content_length_is_a_number_or_refused() {
        assert_eq!(declared_length(&vec![(b"x".to_vec(), b"1".to_vec())]), Ok(None));
        assert_eq!(declared_length(&h(&["42"])), Ok(Some(42)));
        assert_eq!(declared_length(&h(&[" 7 ", "7"])), Ok(Some(7)));
        assert_eq!(declared_length(&vec![(b"Content-Length".to_vec(), b"0".to_vec())]), Ok(Some(0)));
        for bad in ["", "-1", "1e3", "0x10", "12345678901234567890", "1,2"] {
            assert!(declared_length(&h(&[bad])).is_err(), "{bad:?}");
        }
        assert!(declared_length(&h(&["1", "2"])).unwrap_err().contains("disagree"));
    }
}
