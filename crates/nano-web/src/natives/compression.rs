//! The codecs behind CompressionStream and DecompressionStream (Compression
//! Standard): gzip, deflate (zlib) and deflate-raw through `flate2` on
//! zlib-rs, brotli through the `brotli` crate.
//!
//! A codec's state lives in the isolate (a slot keyed by the id JS holds),
//! charged to the isolate's memory budget while it lives: a script opening
//! streams without end meets its memory limit, not the process's. It is
//! freed when its stream finishes, errors or is cancelled, or else when the
//! JS object that holds its id is collected. Output comes back in pieces of
//! at most [`PIECE`] bytes, each counted as it is made, and input is fed in
//! slices of [`SLICE`] bytes, so a small input that inflates without bound
//! (a "zip bomb") stops at the memory limit instead of growing a buffer
//! nothing counts.

use std::collections::HashMap;
use std::sync::Arc;

use brotli::enc::StandardAlloc;
use brotli::enc::encode::{BrotliEncoderOperation, BrotliEncoderParameter, BrotliEncoderStateStruct};
use brotli::{BrotliDecompressStream, BrotliResult, BrotliState};
use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

use super::args::{Bytes, NativeResult, Throw, arg, js_string, out_of_memory, uint8_array_from_vec};
use super::{Native, native_list};
use crate::memory::{ExternalMemory, ExternalMemorySlot};

pub(super) fn natives() -> Vec<Native> {
    native_list![
        "codecNew" => codec_new,
        "codecPush" => codec_push,
        "codecFree" => codec_free,
        "crc32" => crc32,
    ]
}

/// The most bytes one output piece (one chunk the stream enqueues) holds.
const PIECE: usize = 64 * 1024;
/// The most input bytes fed to the codec between two checks of the output.
/// Deflate expands at most ~1032:1, so one slice makes at most ~4 MiB
/// before it is counted (brotli's worst case is of the same order).
const SLICE: usize = 4 * 1024;
/// zlib's largest window; `new_gzip` adds zlib's gzip wrapper to it.
const WINDOW_BITS: u8 = 15;
/// Brotli's encoder settings: quality 5 of 11 (the top levels are far too
/// slow for a request), a 4 MiB window.
const BROTLI_QUALITY: u32 = 5;
const BROTLI_WINDOW_BITS: u32 = 22;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Format {
    Deflate,
    DeflateRaw,
    Gzip,
    Brotli,
}

impl Format {
    fn parse(name: &str) -> Option<Format> {
        match name {
            "deflate" => Some(Format::Deflate),
            "deflate-raw" => Some(Format::DeflateRaw),
            "gzip" => Some(Format::Gzip),
            "brotli" => Some(Format::Brotli),
            _ => None,
        }
    }

    /// What a codec's state is charged, at most: zlib's deflate state at the
    /// default level (window, hash chains, pending buffer) and its inflate
    /// state (window, tables); brotli's encoder at its settings (ring buffer
    /// and hash tables), and its decoder at the largest window a standard
    /// stream may ask for (16 MiB) and its tables.
    fn state_bytes(self, decompress: bool) -> usize {
        match (self, decompress) {
            (Format::Brotli, false) => 16 << 20,
            (Format::Brotli, true) => 17 << 20,
            (_, false) => 288 << 10,
            (_, true) => 48 << 10,
        }
    }
}

/// What one call into an engine did.
struct Step {
    consumed: usize,
    written: usize,
    /// The stream is complete: its end decoded, or (finishing) written.
    ended: bool,
}

/// A codec's settings beyond its format (node:zlib's options); the
/// defaults are CompressionStream's.
#[derive(Default, Clone)]
pub(super) struct Settings {
    /// zlib's level, 0..=9 (None: zlib's default, 6).
    level: Option<u32>,
    /// zlib's window, 9..=15 bits (None: 15).
    window_bits: Option<u8>,
    /// A preset dictionary (deflate and deflate-raw).
    dictionary: Option<Vec<u8>>,
    /// Brotli's quality, 0..=11, and window, 10..=24 bits.
    quality: Option<u32>,
    lgwin: Option<u32>,
    /// Node's reading of what follows the end of a compressed stream:
    /// gzip decompression reads the members that follow the first, and
    /// stops at zero bytes (padding); anything else after an end is
    /// ignored. (DecompressionStream refuses data after the end.)
    members: bool,
}

enum Engine {
    Deflate(Box<Compress>),
    /// With the dictionary a zlib stream may ask for.
    Inflate(Box<Decompress>, Option<Vec<u8>>),
    BrotliEncode(Box<BrotliEncoderStateStruct<StandardAlloc>>),
    BrotliDecode(Box<BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>>),
}

impl Engine {
    fn new(format: Format, decompress: bool, settings: Settings) -> Result<Engine, String> {
        let level = settings.level.map_or_else(Compression::default, Compression::new);
        let bits = settings.window_bits.unwrap_or(WINDOW_BITS);
        let dictionary = settings.dictionary;
        let refused = |e: &dyn std::fmt::Display| format!("the dictionary was refused ({e})");
        Ok(match (format, decompress) {
            (Format::Deflate | Format::DeflateRaw, false) => {
                let mut c = Compress::new_with_window_bits(level, format == Format::Deflate, bits);
                if let Some(d) = &dictionary {
                    c.set_dictionary(d).map_err(|e| refused(&e))?;
                }
                Engine::Deflate(Box::new(c))
            }
            (Format::Gzip, false) => Engine::Deflate(Box::new(Compress::new_gzip(level, bits))),
            (Format::Deflate, true) => {
                Engine::Inflate(Box::new(Decompress::new_with_window_bits(true, bits)), dictionary)
            }
            (Format::DeflateRaw, true) => {
                let mut d = Decompress::new_with_window_bits(false, bits);
                if let Some(dict) = &dictionary {
                    d.set_dictionary(dict).map_err(|e| refused(&e))?;
                }
                Engine::Inflate(Box::new(d), None)
            }
            (Format::Gzip, true) => Engine::Inflate(Box::new(Decompress::new_gzip(bits)), None),
            (Format::Brotli, false) => {
                let mut state = BrotliEncoderStateStruct::new(StandardAlloc::default());
                let quality = settings.quality.unwrap_or(BROTLI_QUALITY);
                let lgwin = settings.lgwin.unwrap_or(BROTLI_WINDOW_BITS);
                state.set_parameter(BrotliEncoderParameter::BROTLI_PARAM_QUALITY, quality);
                state.set_parameter(BrotliEncoderParameter::BROTLI_PARAM_LGWIN, lgwin);
                Engine::BrotliEncode(Box::new(state))
            }
            (Format::Brotli, true) => {
                let mut state = BrotliState::new(
                    StandardAlloc::default(),
                    StandardAlloc::default(),
                    StandardAlloc::default(),
                );
                // Standard brotli only (RFC 7932): the large-window extension
                // would let a stream ask for a 1 GiB window nothing counts.
                state.large_window = false;
                Engine::BrotliDecode(Box::new(state))
            }
        })
    }

    /// Feeds `input` and writes into `output`; `finish` says no input
    /// follows, `flush` (compressing) that all of it must come out now (a
    /// sync flush). An error names what is wrong with the compressed data.
    fn step(&mut self, input: &[u8], output: &mut [u8], finish: bool, flush: bool) -> Result<Step, String> {
        match self {
            Engine::Deflate(c) => {
                let flush = match (finish, flush) {
                    (true, _) => FlushCompress::Finish,
                    (false, true) => FlushCompress::Sync,
                    (false, false) => FlushCompress::None,
                };
                let (in0, out0) = (c.total_in(), c.total_out());
                let status = c.compress(input, output, flush).map_err(|e| e.to_string())?;
                let consumed = (c.total_in() - in0) as usize;
                let written = (c.total_out() - out0) as usize;
                Ok(Step { consumed, written, ended: finish && status == Status::StreamEnd })
            }
            Engine::Inflate(d, dictionary) => {
                let flush = if finish { FlushDecompress::Finish } else { FlushDecompress::None };
                let (in0, out0) = (d.total_in(), d.total_out());
                let mut status = d.decompress(input, output, flush);
                // A zlib stream that names a preset dictionary stops at its
                // header until it is given; then it goes on from there.
                if let Err(e) = &status
                    && e.needs_dictionary().is_some()
                {
                    let Some(dict) = dictionary.take() else { return Err("Missing dictionary".into()) };
                    d.set_dictionary(&dict).map_err(|_| "Bad dictionary".to_string())?;
                    let done = (d.total_in() - in0) as usize;
                    status = d.decompress(&input[done..], output, flush);
                }
                let status = status.map_err(|e| e.to_string())?;
                let consumed = (d.total_in() - in0) as usize;
                let written = (d.total_out() - out0) as usize;
                Ok(Step { consumed, written, ended: status == Status::StreamEnd })
            }
            Engine::BrotliEncode(state) => {
                let op = match (finish, flush) {
                    (true, _) => BrotliEncoderOperation::BROTLI_OPERATION_FINISH,
                    (false, true) => BrotliEncoderOperation::BROTLI_OPERATION_FLUSH,
                    (false, false) => BrotliEncoderOperation::BROTLI_OPERATION_PROCESS,
                };
                let (mut avail_in, mut in_off) = (input.len(), 0);
                let (mut avail_out, mut out_off) = (output.len(), 0);
                let mut nothing =
                    |_: &mut brotli::interface::PredictionModeContextMap<brotli::InputReferenceMut>,
                     _: &mut [brotli::interface::StaticCommand],
                     _: brotli::InputPair,
                     _: &mut StandardAlloc| ();
                let ok = state.compress_stream(
                    op,
                    &mut avail_in,
                    input,
                    &mut in_off,
                    &mut avail_out,
                    output,
                    &mut out_off,
                    &mut None,
                    &mut nothing,
                );
                if !ok {
                    return Err("the brotli encoder failed".into());
                }
                Ok(Step { consumed: in_off, written: out_off, ended: finish && state.is_finished() })
            }
            Engine::BrotliDecode(state) => {
                let (mut avail_in, mut in_off) = (input.len(), 0);
                let (mut avail_out, mut out_off) = (output.len(), 0);
                let mut total = 0;
                let result = BrotliDecompressStream(
                    &mut avail_in,
                    &mut in_off,
                    input,
                    &mut avail_out,
                    &mut out_off,
                    output,
                    &mut total,
                    state,
                );
                if let BrotliResult::ResultFailure = result {
                    return Err("invalid brotli data".into());
                }
                let ended = matches!(result, BrotliResult::ResultSuccess);
                Ok(Step { consumed: in_off, written: out_off, ended })
            }
        }
    }
}

/// A codec: its engine, and whether its stream is complete.
struct Codec {
    engine: Engine,
    format: Format,
    settings: Settings,
    decompress: bool,
    ended: bool,
}

impl Codec {
    fn new(format: Format, decompress: bool, settings: Settings) -> Result<Codec, String> {
        let engine = Engine::new(format, decompress, settings.clone())?;
        Ok(Codec { engine, format, settings, decompress, ended: false })
    }

    /// A compressor's new level. Only before any output: zlib-rs cannot
    /// change the level of a stream under way (deflateParams needs an
    /// output buffer flate2 does not give it), so then it is refused.
    fn set_level(&mut self, level: u32) -> Result<(), String> {
        let Engine::Deflate(c) = &self.engine else { return Ok(()) };
        if c.total_in() != 0 || c.total_out() != 0 {
            return Err("nano cannot change the level of a stream under way".into());
        }
        self.settings.level = Some(level);
        self.engine = Engine::new(self.format, self.decompress, self.settings.clone())?;
        Ok(())
    }

    fn what(&self) -> &'static str {
        if self.decompress { "DecompressionStream" } else { "CompressionStream" }
    }

    /// Feeds `input` (and, when `finish`, ends the stream), handing each
    /// output piece to `out`. Bad compressed data is an Err (no more
    /// output); input after the end, or an end that never came, is
    /// reported in the Ok after the output it followed (the standard
    /// enqueues that output, then errors the stream).
    fn push(
        &mut self,
        mut input: &[u8],
        finish: bool,
        flush: bool,
        out: &mut dyn FnMut(Vec<u8>) -> Result<(), Throw>,
    ) -> Result<Option<String>, Throw> {
        let what = self.what();
        let mut buf = vec![0u8; PIECE];
        let mut filled = 0;
        let mut failure = None;
        loop {
            if self.ended && !input.is_empty() && self.settings.members {
                if input[0] == 0 || !(self.decompress && self.format == Format::Gzip) {
                    break; // padding, or whatever follows the end
                }
                // Another member: a new decoder from here.
                self.engine =
                    Engine::new(self.format, self.decompress, self.settings.clone()).map_err(Throw::Type)?;
                self.ended = false;
            }
            if self.ended && !input.is_empty() {
                failure = Some(format!("{what}: data after the end of the compressed stream"));
                break;
            }
            let slice = &input[..input.len().min(SLICE)];
            let last = slice.len() == input.len();
            let step = self
                .engine
                .step(slice, &mut buf[filled..], finish && last, flush && last)
                .map_err(|e| Throw::Type(format!("{what}: the data is not valid ({e})")))?;
            input = &input[step.consumed..];
            filled += step.written;
            self.ended |= step.ended;
            if filled == PIECE {
                out(std::mem::replace(&mut buf, vec![0u8; PIECE]))?;
                filled = 0;
                continue;
            }
            // Room left in the output: the engine has written all it can
            // for the input so far.
            let finished = !finish || self.ended;
            if input.is_empty() && finished {
                break;
            }
            if step.consumed == 0 && step.written == 0 {
                if input.is_empty() {
                    break; // finishing, and no end: reported below
                }
                if !self.ended {
                    return Err(Throw::Type(format!("{what}: the codec made no progress")));
                }
            }
        }
        if filled > 0 {
            buf.truncate(filled);
            out(buf)?;
        }
        if failure.is_none() && finish && !self.ended {
            failure = Some(if self.decompress {
                format!("{what}: the compressed data ended before the end of its stream")
            } else {
                format!("{what}: the compressor could not finish its stream")
            });
        }
        Ok(failure)
    }
}

/// A live codec and the budget its state is charged to.
struct Entry {
    codec: Codec,
    charge: usize,
    budget: Option<Arc<dyn ExternalMemory>>,
}

impl Drop for Entry {
    fn drop(&mut self) {
        if let Some(b) = &self.budget {
            b.release(self.charge);
        }
    }
}

/// The isolate's live codecs, and the weak handles that free them when
/// their holders are collected.
#[derive(Default)]
struct Codecs {
    next: u32,
    live: HashMap<u32, Entry>,
    holders: Vec<v8::Weak<v8::Object>>,
}

fn take_codecs(isolate: &mut v8::Isolate) -> Codecs {
    isolate.remove_slot::<Codecs>().unwrap_or_default()
}

/// codecNew(holder, format, decompress, level?, windowBits?, dictionary?,
/// quality?, lgwin?, members?) -> id. `holder` is the object whose collection frees
/// the codec (the stream's own state, which its transform functions keep
/// alive); an unknown format or a setting out of range is a TypeError.
fn settings_args<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: &v8::FunctionCallbackArguments<'s>,
) -> Result<Settings, Throw> {
    let ranged = |value: Option<f64>, range: std::ops::RangeInclusive<u32>, what: &str| match value {
        None => Ok(None),
        Some(v) if v.fract() == 0.0 && v >= 0.0 && range.contains(&(v as u32)) => Ok(Some(v as u32)),
        Some(v) => Err(Throw::Range(format!("{what} {v} is out of range ({range:?})"))),
    };
    let level: Option<f64> = arg(scope, args, 3)?;
    let window_bits: Option<f64> = arg(scope, args, 4)?;
    let dictionary: Option<Bytes> = arg(scope, args, 5)?;
    let quality: Option<f64> = arg(scope, args, 6)?;
    let lgwin: Option<f64> = arg(scope, args, 7)?;
    let members: Option<bool> = arg(scope, args, 8)?;
    Ok(Settings {
        level: ranged(level, 0..=9, "the level")?,
        window_bits: ranged(window_bits, 9..=15, "windowBits")?.map(|b| b as u8),
        dictionary: dictionary.map(|d| d.0),
        quality: ranged(quality, 0..=11, "the brotli quality")?,
        lgwin: ranged(lgwin, 10..=24, "the brotli window")?,
        members: members.unwrap_or(false),
    })
}

fn codec_new<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let holder: v8::Local<v8::Object> =
        args.get(0).try_into().map_err(|_| Throw::Arg(0, "must be an object".into()))?;
    let name: String = arg(scope, &args, 1)?;
    let decompress: bool = arg(scope, &args, 2)?;
    let format = Format::parse(&name).ok_or_else(|| Throw::Type(format!("unsupported format {name:?}")))?;
    let settings = settings_args(scope, &args)?;
    let charge = format.state_bytes(decompress);
    let budget = scope.get_slot::<ExternalMemorySlot>().map(|s| s.0.clone());
    if let Some(b) = &budget
        && !crate::memory::reserve_or_collect(b.as_ref(), scope, charge)
    {
        return Err(out_of_memory());
    }
    let codec = Codec::new(format, decompress, settings).map_err(Throw::Type);
    let entry = Entry { codec: codec?, charge, budget };
    let mut codecs = take_codecs(scope);
    codecs.next = codecs.next.wrapping_add(1).max(1);
    let id = codecs.next;
    codecs.live.insert(id, entry);
    codecs.holders.retain(|w| !w.is_empty());
    let free = move |isolate: &mut v8::Isolate| {
        if let Some(codecs) = isolate.get_slot_mut::<Codecs>() {
            codecs.live.remove(&id);
        }
    };
    codecs.holders.push(v8::Weak::with_finalizer(scope, holder, Box::new(free)));
    scope.set_slot(codecs);
    rv.set(v8::Integer::new_from_unsigned(scope, id).into());
    Ok(())
}

/// codecPush(id, bytes | undefined, finish, flush?, level?) ->
/// [[Uint8Array...], failure]: the output for `bytes` (and, when `finish`,
/// the end of the stream; when `flush`, all of the input so far; `level`,
/// a compressor's level, set first, before any output), and
/// undefined or the message of the TypeError the stream ends with after
/// that output (input after the end, an end that never came). Bad data is
/// a TypeError thrown at once. A codec that finishes or fails is freed.
fn codec_push<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let id: u32 = arg(scope, &args, 0)?;
    let input: Option<Bytes> = arg(scope, &args, 1)?;
    let finish: bool = arg(scope, &args, 2)?;
    let flush: Option<bool> = arg(scope, &args, 3)?;
    let level: Option<f64> = arg(scope, &args, 4)?;
    let level = match level {
        Some(l) if l.fract() == 0.0 && (0.0..=9.0).contains(&l) => Some(l as u32),
        Some(l) => return Err(Throw::Range(format!("the level {l} is out of range (0..=9)"))),
        None => None,
    };
    // Taken out of the slot while it runs: making the output's buffers may
    // collect garbage, whose finalizers reach the slot.
    let Some(mut entry) = scope.get_slot_mut::<Codecs>().and_then(|c| c.live.remove(&id)) else {
        return Err(Throw::Type("this compression stream has already finished".into()));
    };
    let input = input.map(|b| b.0).unwrap_or_default();
    if let Some(level) = level {
        // Back in the slot on a refusal: the stream may go on at its level.
        if let Err(e) = entry.codec.set_level(level) {
            let mut codecs = take_codecs(scope);
            codecs.live.insert(id, entry);
            scope.set_slot(codecs);
            return Err(Throw::Type(e));
        }
    }
    let pieces = v8::Array::new(scope, 0);
    let mut count = 0u32;
    let outcome = entry.codec.push(&input, finish, flush.unwrap_or(false), &mut |bytes| {
        let chunk = uint8_array_from_vec(scope, bytes).ok_or_else(out_of_memory)?;
        pieces.set_index(scope, count, chunk.into());
        count += 1;
        Ok(())
    });
    let failure = outcome?;
    let failure: v8::Local<v8::Value> = match failure {
        Some(message) => js_string(scope, &message)?.into(),
        None => {
            if !finish {
                let mut codecs = take_codecs(scope);
                codecs.live.insert(id, entry);
                scope.set_slot(codecs);
            }
            v8::undefined(scope).into()
        }
    };
    let result = v8::Array::new_with_elements(scope, &[pieces.into(), failure]);
    rv.set(result.into());
    Ok(())
}

/// codecFree(id): the stream was cancelled or aborted.
fn codec_free<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let id: u32 = arg(scope, &args, 0)?;
    if let Some(codecs) = scope.get_slot_mut::<Codecs>() {
        codecs.live.remove(&id);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FORMATS: [Format; 4] = [Format::Deflate, Format::DeflateRaw, Format::Gzip, Format::Brotli];

    /// The output of one push, or the message it failed with (thrown, or
    /// after the output).
    fn run(codec: &mut Codec, input: &[u8], finish: bool) -> Result<Vec<u8>, String> {
        let mut all = Vec::new();
        let mut sizes = Vec::new();
        let failure = codec
            .push(input, finish, false, &mut |piece| {
                sizes.push(piece.len());
                all.extend_from_slice(&piece);
                Ok(())
            })
            .map_err(|e| match e {
                Throw::Type(m) => m,
                _ => "other".into(),
            })?;
        assert!(sizes.iter().all(|&s| s > 0 && s <= PIECE), "pieces {sizes:?}");
        match failure {
            Some(m) => Err(m),
            None => Ok(all),
        }
    }

    fn round_trip(format: Format, data: &[u8]) {
        let mut c = Codec::new(format, false, Settings::default()).unwrap();
        let mut packed = run(&mut c, &data[..data.len() / 2], false).unwrap();
        packed.extend(run(&mut c, &data[data.len() / 2..], true).unwrap());
        let mut d = Codec::new(format, true, Settings::default()).unwrap();
        let mut out = Vec::new();
        // One byte at a time through the decompressor.
        for (i, b) in packed.iter().enumerate() {
            out.extend(run(&mut d, std::slice::from_ref(b), false).unwrap());
            assert!(i + 1 == packed.len() || !d.ended, "{format:?} ended early");
        }
        out.extend(run(&mut d, &[], true).unwrap());
        assert_eq!(out, data, "{format:?}");
    }

    #[test]
    fn every_format_round_trips() {
        let text: Vec<u8> = (0..300_000u32).flat_map(|i| (i % 251).to_le_bytes()).collect();
        for format in FORMATS {
            round_trip(format, b"");
            round_trip(format, b"hello hello hello");
            round_trip(format, &text);
        }
    }

    #[test]
    fn output_has_each_formats_wrapper() {
        let mut c = Codec::new(Format::Gzip, false, Settings::default()).unwrap();
        let out = run(&mut c, b"abc", true).unwrap();
        assert_eq!(&out[..3], &[0x1f, 0x8b, 8]);
        let mut c = Codec::new(Format::Deflate, false, Settings::default()).unwrap();
        let out = run(&mut c, b"abc", true).unwrap();
        assert_eq!(out[0] & 0x0f, 8, "zlib header");
    }

    #[test]
    fn bad_data_is_refused() {
        for format in FORMATS {
            let mut d = Codec::new(format, true, Settings::default()).unwrap();
            let garbage = [0xffu8; 64];
            assert!(run(&mut d, &garbage, true).is_err(), "{format:?} took garbage");
            let mut c = Codec::new(format, false, Settings::default()).unwrap();
            let packed = run(&mut c, b"some text to pack, some text to pack", true).unwrap();
            // Truncated: the end never came.
            let mut d = Codec::new(format, true, Settings::default()).unwrap();
            run(&mut d, &packed[..packed.len() - 1], false).unwrap();
            let e = run(&mut d, &[], true).unwrap_err();
            assert!(e.contains("ended before") || e.contains("not valid"), "{format:?}: {e}");
            // Extra bytes after the end, in the same chunk or a later one:
            // the output comes first.
            let mut d = Codec::new(format, true, Settings::default()).unwrap();
            let mut extra = packed.clone();
            extra.push(0);
            let mut got = Vec::new();
            let failure = d.push(&extra, false, false, &mut |p| {
                got.extend(p);
                Ok(())
            });
            assert!(failure.unwrap().unwrap().contains("after the end"), "{format:?}");
            assert_eq!(got, b"some text to pack, some text to pack");
            let mut d = Codec::new(format, true, Settings::default()).unwrap();
            run(&mut d, &packed, false).unwrap();
            assert!(run(&mut d, &[1], false).unwrap_err().contains("after the end"));
            // Empty input is not a compressed stream.
            let mut d = Codec::new(format, true, Settings::default()).unwrap();
            assert!(run(&mut d, &[], true).is_err(), "{format:?}");
        }
    }

    #[test]
    fn a_bomb_comes_out_in_counted_pieces() {
        let zeros = vec![0u8; 20 * 1024 * 1024];
        for format in FORMATS {
            let mut c = Codec::new(format, false, Settings::default()).unwrap();
            let packed = run(&mut c, &zeros, true).unwrap();
            assert!(packed.len() < 64 * 1024, "{}", packed.len());
            // The consumer refuses after 1 MiB: the codec stops there.
            let mut d = Codec::new(format, true, Settings::default()).unwrap();
            let mut seen = 0usize;
            let refused = d.push(&packed, false, false, &mut |piece| {
                seen += piece.len();
                if seen > 1024 * 1024 { Err(Throw::Range("full".into())) } else { Ok(()) }
            });
            assert!(refused.is_err());
            assert!(seen <= 1024 * 1024 + PIECE);
        }
    }
}

/// crc32(bytes, initial) -> the CRC-32 (zlib's polynomial) of `bytes`,
/// continuing from `initial` as zlib's `crc32(initial, ...)` does
/// (node:zlib's `crc32`).
fn crc32<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let initial: u32 = arg(scope, &args, 1)?;
    let view: v8::Local<v8::ArrayBufferView> =
        args.get(0).try_into().map_err(|_| Throw::Arg(0, "must be an ArrayBuffer view".into()))?;
    let sum = super::args::with_view_bytes(view, |bytes| crc32_update(initial, bytes));
    rv.set(v8::Number::new(scope, f64::from(sum)).into());
    Ok(())
}

/// The reflected CRC-32 table (polynomial 0xEDB88320), made at compile time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xedb8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

fn crc32_update(initial: u32, bytes: &[u8]) -> u32 {
    let mut crc = !initial;
    for &b in bytes {
        crc = CRC_TABLE[((crc ^ u32::from(b)) & 0xff) as usize] ^ (crc >> 8);
    }
    !crc
}

#[cfg(test)]
mod crc_tests {
    #[test]
    fn crc32_is_zlibs_and_continues() {
        assert_eq!(super::crc32_update(0, b"123456789"), 0xcbf4_3926);
        let part = super::crc32_update(0, b"12345");
        assert_eq!(super::crc32_update(part, b"6789"), 0xcbf4_3926);
        assert_eq!(super::crc32_update(0, b""), 0);
    }
}

#[cfg(test)]
mod settings_tests {
    use super::*;

    fn all(codec: &mut Codec, input: &[u8], finish: bool, flush: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let failure = codec
            .push(input, finish, flush, &mut |piece| {
                out.extend_from_slice(&piece);
                Ok(())
            })
            .map_err(|_| "thrown")
            .unwrap();
        assert_eq!(failure, None);
        out
    }

    #[test]
    fn levels_windows_dictionaries_and_flushes_apply() {
        let text = b"the quick brown fox jumps over the lazy dog; ".repeat(50);
        let sized = |level| {
            let settings = Settings { level: Some(level), ..Settings::default() };
            all(&mut Codec::new(Format::Deflate, false, settings).unwrap(), &text, true, false).len()
        };
        assert!(sized(0) > sized(9), "level 0 stores, level 9 compresses");
        // A preset dictionary: the inflater asks for it and goes on.
        let dict = b"the quick brown fox".to_vec();
        let with = |dictionary: Option<Vec<u8>>| Settings {
            dictionary,
            window_bits: Some(9),
            ..Settings::default()
        };
        let packed = all(
            &mut Codec::new(Format::Deflate, false, with(Some(dict.clone()))).unwrap(),
            &text,
            true,
            false,
        );
        let plain =
            all(&mut Codec::new(Format::Deflate, true, with(Some(dict))).unwrap(), &packed, true, false);
        assert_eq!(plain, text);
        let mut none = Codec::new(Format::Deflate, true, with(None)).unwrap();
        let missing = none.push(&packed, true, false, &mut |_| Ok(()));
        assert!(matches!(missing, Err(Throw::Type(m)) if m.contains("Missing dictionary")));
        // Gzip members one after another, then zero padding (Node's gunzip).
        let mut packed = Vec::new();
        for part in [b"abc".as_slice(), b"def"] {
            packed.extend(all(
                &mut Codec::new(Format::Gzip, false, Settings::default()).unwrap(),
                part,
                true,
                false,
            ));
        }
        packed.extend([0; 10]);
        let members = Settings { members: true, ..Settings::default() };
        assert_eq!(
            all(&mut Codec::new(Format::Gzip, true, members).unwrap(), &packed, true, false),
            b"abcdef"
        );
        // A sync flush makes everything so far decodable before the end.
        for format in [Format::Deflate, Format::Brotli] {
            let mut c = Codec::new(format, false, Settings::default()).unwrap();
            let part = all(&mut c, b"hello", false, true);
            let mut d = Codec::new(format, true, Settings::default()).unwrap();
            assert_eq!(all(&mut d, &part, false, false), b"hello", "{format:?}");
        }
    }
}
