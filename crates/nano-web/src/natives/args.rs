//! Typed conversion of the arguments natives receive, and the values they
//! hand back. A native declares what it expects (`let data: Bytes = arg(...)?`)
//! and a wrong argument becomes a JS exception through [`Throw`], not a
//! silent default.

use crate::http::HeaderList;
use crate::log::LogLevel;

/// Why a native stopped: the exception [`super::contain`] throws into JS.
#[derive(Debug)]
pub(crate) enum Throw {
    Type(String),
    /// Argument `.0` was of the wrong kind: `.1` says what it must be.
    Arg(i32, String),
    Range(String),
    /// V8 already has an exception pending (a conversion that ran JS threw).
    Pending,
}

pub(crate) type NativeResult = Result<(), Throw>;

/// The signature every native has; `super::contain` wraps it.
pub(crate) type NativeFn = for<'s, 'i> fn(
    &mut v8::PinScope<'s, 'i>,
    v8::FunctionCallbackArguments<'s>,
    v8::ReturnValue<'s>,
) -> NativeResult;

fn wrong(what: &str) -> Throw {
    Throw::Type(what.to_string())
}

/// A value a native can take as an argument.
pub(crate) trait FromArg<'s>: Sized {
    /// `Err(Throw::Type(what it must be))` for a value of the wrong kind,
    /// `Err(Throw::Pending)` when converting it ran JS that threw.
    fn from_arg(scope: &mut v8::PinScope<'s, '_>, value: v8::Local<'s, v8::Value>) -> Result<Self, Throw>;
}

/// Argument `i`, converted to `T`; a value of the wrong kind is a TypeError
/// naming the argument.
pub(crate) fn arg<'s, T: FromArg<'s>>(
    scope: &mut v8::PinScope<'s, '_>,
    args: &v8::FunctionCallbackArguments<'s>,
    i: i32,
) -> Result<T, Throw> {
    T::from_arg(scope, args.get(i)).map_err(|e| match e {
        Throw::Type(message) => Throw::Arg(i, message),
        other => other,
    })
}

impl<'s> FromArg<'s> for v8::Local<'s, v8::String> {
    fn from_arg(scope: &mut v8::PinScope<'s, '_>, value: v8::Local<'s, v8::Value>) -> Result<Self, Throw> {
        if let Ok(s) = value.try_into() {
            return Ok(s);
        }
        value.to_string(scope).ok_or(Throw::Pending)
    }
}

impl<'s> FromArg<'s> for String {
    fn from_arg(scope: &mut v8::PinScope<'s, '_>, value: v8::Local<'s, v8::Value>) -> Result<Self, Throw> {
        let s = v8::Local::<v8::String>::from_arg(scope, value)?;
        Ok(s.to_rust_string_lossy(scope))
    }
}

impl<'s> FromArg<'s> for u32 {
    fn from_arg(scope: &mut v8::PinScope<'s, '_>, value: v8::Local<'s, v8::Value>) -> Result<Self, Throw> {
        value.uint32_value(scope).ok_or(Throw::Pending)
    }
}

impl<'s> FromArg<'s> for f64 {
    fn from_arg(scope: &mut v8::PinScope<'s, '_>, value: v8::Local<'s, v8::Value>) -> Result<Self, Throw> {
        value.number_value(scope).ok_or(Throw::Pending)
    }
}

impl<'s> FromArg<'s> for bool {
    fn from_arg(scope: &mut v8::PinScope<'s, '_>, value: v8::Local<'s, v8::Value>) -> Result<Self, Throw> {
        Ok(value.boolean_value(scope))
    }
}

impl<'s> FromArg<'s> for LogLevel {
    fn from_arg(scope: &mut v8::PinScope<'s, '_>, value: v8::Local<'s, v8::Value>) -> Result<Self, Throw> {
        u32::from_arg(scope, value).map(LogLevel::from_u32)
    }
}

impl<'s> FromArg<'s> for v8::Local<'s, v8::ArrayBufferView> {
    fn from_arg(_: &mut v8::PinScope<'s, '_>, value: v8::Local<'s, v8::Value>) -> Result<Self, Throw> {
        value.try_into().map_err(|_| wrong("must be an ArrayBuffer view"))
    }
}

impl<'s> FromArg<'s> for v8::Local<'s, v8::Uint8Array> {
    fn from_arg(_: &mut v8::PinScope<'s, '_>, value: v8::Local<'s, v8::Value>) -> Result<Self, Throw> {
        value.try_into().map_err(|_| wrong("must be a Uint8Array"))
    }
}

impl<'s> FromArg<'s> for v8::Local<'s, v8::Array> {
    fn from_arg(_: &mut v8::PinScope<'s, '_>, value: v8::Local<'s, v8::Value>) -> Result<Self, Throw> {
        value.try_into().map_err(|_| wrong("must be an array"))
    }
}

/// `null` or `undefined` as `None`, anything else as a `T`.
impl<'s, T: FromArg<'s>> FromArg<'s> for Option<T> {
    fn from_arg(scope: &mut v8::PinScope<'s, '_>, value: v8::Local<'s, v8::Value>) -> Result<Self, Throw> {
        if value.is_null_or_undefined() { Ok(None) } else { T::from_arg(scope, value).map(Some) }
    }
}

/// A copy of the bytes an ArrayBuffer view shows.
pub(crate) struct Bytes(pub Vec<u8>);

impl<'s> FromArg<'s> for Bytes {
    fn from_arg(scope: &mut v8::PinScope<'s, '_>, value: v8::Local<'s, v8::Value>) -> Result<Self, Throw> {
        let view = v8::Local::<v8::ArrayBufferView>::from_arg(scope, value)?;
        Ok(Bytes(with_view_bytes(view, <[u8]>::to_vec)))
    }
}

/// A WebIDL ByteString's bytes (code units <= 0xFF, checked in JS) as Latin-1.
pub(crate) struct ByteString(pub Vec<u8>);

impl<'s> FromArg<'s> for ByteString {
    fn from_arg(scope: &mut v8::PinScope<'s, '_>, value: v8::Local<'s, v8::Value>) -> Result<Self, Throw> {
        let s = v8::Local::<v8::String>::from_arg(scope, value)?;
        Ok(ByteString(byte_string_of(scope, s.into())))
    }
}

/// Headers from JS's flat `[name, value, ...]` array of ByteStrings.
pub(crate) struct FlatHeaders(pub HeaderList);

impl<'s> FromArg<'s> for FlatHeaders {
    fn from_arg(scope: &mut v8::PinScope<'s, '_>, value: v8::Local<'s, v8::Value>) -> Result<Self, Throw> {
        let list = v8::Local::<v8::Array>::from_arg(scope, value)?;
        let not_flat = || wrong("must be a flat list of header names and values (strings)");
        if list.length() % 2 != 0 {
            return Err(not_flat());
        }
        let mut headers = Vec::with_capacity(list.length() as usize / 2);
        for i in (0..list.length()).step_by(2) {
            let name = list.get_index(scope, i).filter(|v| v.is_string());
            let value = list.get_index(scope, i + 1).filter(|v| v.is_string());
            let (Some(name), Some(value)) = (name, value) else {
                return Err(not_flat());
            };
            headers.push((byte_string_of(scope, name), byte_string_of(scope, value)));
        }
        Ok(FlatHeaders(headers))
    }
}

/// A WebIDL ByteString's bytes: each code unit (<= 0xFF) as one byte.
pub fn byte_string_of(scope: &v8::PinScope, value: v8::Local<v8::Value>) -> Vec<u8> {
    value.to_rust_string_lossy(scope).chars().map(|c| c as u32 as u8).collect()
}

/// Calls `f` with the bytes an ArrayBufferView shows, without copying
/// off-heap contents.
pub fn with_view_bytes<R>(view: v8::Local<v8::ArrayBufferView>, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut storage = [0u8; v8::TYPED_ARRAY_MAX_SIZE_IN_HEAP];
    f(view.get_contents(&mut storage))
}

/// A new Uint8Array that owns `bytes` without copying them, counted in the
/// isolate's memory budget; None when the budget refuses them.
pub fn uint8_array_from_vec<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    bytes: Vec<u8>,
) -> Option<v8::Local<'s, v8::Uint8Array>> {
    let len = bytes.len();
    let buffer = crate::memory::array_buffer(scope, bytes)?;
    v8::Uint8Array::new(scope, buffer, 0, len)
}

/// A new ArrayBuffer that owns `bytes`, or the RangeError a script sees
/// when the memory budget refuses them.
pub(crate) fn array_buffer<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    bytes: Vec<u8>,
) -> Result<v8::Local<'s, v8::ArrayBuffer>, Throw> {
    crate::memory::array_buffer(scope, bytes).ok_or_else(out_of_memory)
}

/// What a script sees when a native's result does not fit in its memory.
pub(crate) fn out_of_memory() -> Throw {
    Throw::Range("Array buffer allocation failed: over the memory limit".into())
}

/// A JS string, or a RangeError when it is longer than V8 allows.
pub(crate) fn js_string<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    s: &str,
) -> Result<v8::Local<'s, v8::String>, Throw> {
    v8::String::new(scope, s).ok_or_else(|| Throw::Range("the result is longer than a string can be".into()))
}

/// A JS array of strings.
pub(crate) fn flat_strings<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    items: &[String],
) -> v8::Local<'s, v8::Value> {
    let values: Vec<v8::Local<v8::Value>> = items
        .iter()
        .map(|p| v8::String::new(scope, p).unwrap_or_else(|| v8::String::empty(scope)).into())
        .collect();
    v8::Array::new_with_elements(scope, &values).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `f` in a fresh context of a fresh isolate.
    fn in_context(f: impl for<'s, 'i> FnOnce(&mut v8::PinScope<'s, 'i>)) {
        crate::platform::init_v8();
        let isolate = &mut v8::Isolate::new(v8::CreateParams::default());
        v8::scope!(let scope, isolate);
        let context = v8::Context::new(scope, Default::default());
        let scope = &mut v8::ContextScope::new(scope, context);
        f(scope);
    }

    fn eval<'s>(scope: &mut v8::PinScope<'s, '_>, code: &str) -> v8::Local<'s, v8::Value> {
        let code = v8::String::new(scope, code).unwrap();
        v8::Script::compile(scope, code, None).unwrap().run(scope).unwrap()
    }

    #[test]
    fn values_of_the_wrong_kind_are_type_errors() {
        in_context(|scope| {
            let undefined = v8::undefined(scope).into();
            assert!(
                matches!(Bytes::from_arg(scope, undefined), Err(Throw::Type(m)) if m == "must be an ArrayBuffer view")
            );
            let number = eval(scope, "1");
            assert!(matches!(v8::Local::<v8::Array>::from_arg(scope, number), Err(Throw::Type(_))));
            let odd = eval(scope, "['x-a']");
            assert!(matches!(FlatHeaders::from_arg(scope, odd), Err(Throw::Type(_))));
            let not_strings = eval(scope, "['x-a', 1]");
            assert!(matches!(FlatHeaders::from_arg(scope, not_strings), Err(Throw::Type(_))));
        });
    }

    #[test]
    fn conversions_that_throw_leave_the_exception_pending() {
        in_context(|scope| {
            v8::tc_scope!(let tc, scope);
            let symbol = eval(tc, "Symbol('s')");
            assert!(matches!(String::from_arg(tc, symbol), Err(Throw::Pending)));
            assert!(tc.has_caught(), "ToString on a Symbol threw into JS");
        });
    }

    #[test]
    fn values_of_the_right_kind_convert() {
        in_context(|scope| {
            let null = v8::null(scope).into();
            assert!(matches!(Option::<Bytes>::from_arg(scope, null), Ok(None)));
            let view = eval(scope, "new Uint8Array([1, 2, 3]).subarray(1)");
            assert!(matches!(Bytes::from_arg(scope, view), Ok(Bytes(b)) if b == [2, 3]));
            let latin1 = eval(scope, "'\\u00e9a'");
            assert!(matches!(ByteString::from_arg(scope, latin1), Ok(ByteString(b)) if b == [0xe9, b'a']));
            let flat = eval(scope, "['x-a', '1', 'x-b', '\\u00ff']");
            let FlatHeaders(headers) = FlatHeaders::from_arg(scope, flat).ok().unwrap();
            assert_eq!(headers, vec![(b"x-a".to_vec(), b"1".to_vec()), (b"x-b".to_vec(), vec![0xff])]);
            let level = eval(scope, "2");
            assert_eq!(LogLevel::from_arg(scope, level).ok(), Some(LogLevel::Warn));
            let number = eval(scope, "'42'");
            assert_eq!(u32::from_arg(scope, number).ok(), Some(42));
        });
    }
}
