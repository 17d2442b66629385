//! A response body its host takes as the script produces it: the head
//! (status and headers) first, then [`BodyPart`]s, one each time the host
//! asks for more (its backpressure).

use crate::error::Error;

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
