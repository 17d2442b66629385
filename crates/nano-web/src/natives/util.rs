//! What node:util's inspect and types need to see of a value that
//! JavaScript cannot: its internal class (a proxy, an arguments object, a
//! generator, a native error, ...), a promise's state and result, a proxy's
//! target and handler, the entries of an iterator or weak collection, and the
//! class name V8 keeps for an object. None of them runs JavaScript: no
//! getter, trap or `then` of the value is called.
//!
//! Integration: `mod util;` in natives/mod.rs and `("util", util::natives)`
//! appended at the end of EXTENSIONS (snapshot order is append-only).

use super::args::{NativeResult, Throw};
use super::{Native, native_list};

pub(super) fn natives() -> Vec<Native> {
    native_list![
        "valueKind" => value_kind,
        "promiseState" => promise_state,
        "proxyDetails" => proxy_details,
        "previewEntries" => preview_entries,
        "internalConstructorName" => internal_constructor_name,
    ]
}

// The bits of valueKind(value), as js/node/util_types.js reads them. At most
// 31, so the mask is a non-negative int32 (a Smi on the JS side).
const KIND_PROXY: i32 = 1 << 0;
const KIND_MODULE_NAMESPACE: i32 = 1 << 1;
const KIND_ARGUMENTS: i32 = 1 << 2;
const KIND_EXTERNAL: i32 = 1 << 3;
const KIND_ASYNC_FUNCTION: i32 = 1 << 4;
const KIND_GENERATOR_FUNCTION: i32 = 1 << 5;
const KIND_GENERATOR_OBJECT: i32 = 1 << 6;
const KIND_MAP_ITERATOR: i32 = 1 << 7;
const KIND_SET_ITERATOR: i32 = 1 << 8;
const KIND_PROMISE: i32 = 1 << 9;
const KIND_NATIVE_ERROR: i32 = 1 << 10;
const KIND_DATE: i32 = 1 << 11;
const KIND_REGEXP: i32 = 1 << 12;
const KIND_MAP: i32 = 1 << 13;
const KIND_SET: i32 = 1 << 14;
const KIND_WEAK_MAP: i32 = 1 << 15;
const KIND_WEAK_SET: i32 = 1 << 16;
const KIND_ARRAY_BUFFER: i32 = 1 << 17;
const KIND_SHARED_ARRAY_BUFFER: i32 = 1 << 18;
const KIND_DATA_VIEW: i32 = 1 << 19;
const KIND_TYPED_ARRAY: i32 = 1 << 20;
const KIND_NUMBER_OBJECT: i32 = 1 << 21;
const KIND_STRING_OBJECT: i32 = 1 << 22;
const KIND_BOOLEAN_OBJECT: i32 = 1 << 23;
const KIND_BIGINT_OBJECT: i32 = 1 << 24;
const KIND_SYMBOL_OBJECT: i32 = 1 << 25;

/// The kind bits of `value`. A proxy is only KIND_PROXY: V8 answers every
/// other check for the proxy itself, not its target (an async function
/// behind a proxy is not an async function).
fn kind_of(value: v8::Local<v8::Value>) -> i32 {
    if !value.is_object() && !value.is_external() {
        return 0;
    }
    let checks = [
        (value.is_proxy(), KIND_PROXY),
        (value.is_module_namespace_object(), KIND_MODULE_NAMESPACE),
        (value.is_arguments_object(), KIND_ARGUMENTS),
        (value.is_external(), KIND_EXTERNAL),
        // An async generator function is both.
        (value.is_async_function(), KIND_ASYNC_FUNCTION),
        (value.is_generator_function(), KIND_GENERATOR_FUNCTION),
        (value.is_generator_object(), KIND_GENERATOR_OBJECT),
        (value.is_map_iterator(), KIND_MAP_ITERATOR),
        (value.is_set_iterator(), KIND_SET_ITERATOR),
        (value.is_promise(), KIND_PROMISE),
        (value.is_native_error(), KIND_NATIVE_ERROR),
        (value.is_date(), KIND_DATE),
        (value.is_reg_exp(), KIND_REGEXP),
        (value.is_map(), KIND_MAP),
        (value.is_set(), KIND_SET),
        (value.is_weak_map(), KIND_WEAK_MAP),
        (value.is_weak_set(), KIND_WEAK_SET),
        (value.is_array_buffer(), KIND_ARRAY_BUFFER),
        (value.is_shared_array_buffer(), KIND_SHARED_ARRAY_BUFFER),
        (value.is_data_view(), KIND_DATA_VIEW),
        (value.is_typed_array(), KIND_TYPED_ARRAY),
        (value.is_number_object(), KIND_NUMBER_OBJECT),
        (value.is_string_object(), KIND_STRING_OBJECT),
        (value.is_boolean_object(), KIND_BOOLEAN_OBJECT),
        (value.is_big_int_object(), KIND_BIGINT_OBJECT),
        (value.is_symbol_object(), KIND_SYMBOL_OBJECT),
    ];
    checks.iter().filter(|(is, _)| *is).fold(0, |bits, (_, bit)| bits | bit)
}

/// valueKind(value) -> integer: the bitmask of V8's internal classes of
/// `value` (0 for primitives), bits as listed above.
fn value_kind<'s>(
    _scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    rv.set_int32(kind_of(args.get(0)));
    Ok(())
}

/// promiseState(promise) -> [state, result]: state 0 pending, 1 fulfilled,
/// 2 rejected (v8::PromiseState's order); result undefined while pending.
/// Reading it marks nothing as handled and runs no `then`.
fn promise_state<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let promise: v8::Local<v8::Promise> =
        args.get(0).try_into().map_err(|_| Throw::Arg(0, "must be a promise".into()))?;
    let (state, result) = match promise.state() {
        v8::PromiseState::Pending => (0, v8::undefined(scope).into()),
        v8::PromiseState::Fulfilled => (1, promise.result(scope)),
        v8::PromiseState::Rejected => (2, promise.result(scope)),
    };
    let state = v8::Integer::new(scope, state);
    let pair = v8::Array::new_with_elements(scope, &[state.into(), result]);
    rv.set(pair.into());
    Ok(())
}

/// proxyDetails(value) -> [target, handler], or undefined when `value` is
/// not a proxy. A revoked proxy gives [null, null]. No trap runs.
fn proxy_details<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let Ok(proxy) = v8::Local::<v8::Proxy>::try_from(args.get(0)) else {
        rv.set_undefined();
        return Ok(());
    };
    let target = proxy.get_target(scope);
    let handler = proxy.get_handler(scope);
    let pair = v8::Array::new_with_elements(scope, &[target, handler]);
    rv.set(pair.into());
    Ok(())
}

/// previewEntries(value) -> [entries, isKeyValue], or undefined for a value
/// that has none. For a Map, WeakMap or an entries() iterator `entries` is
/// flat ([key1, value1, key2, value2, ...]) and isKeyValue true; for a Set,
/// WeakSet or a keys()/values() iterator it is the values. An iterator's
/// entries start at its current position and it does not advance.
fn preview_entries<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let Ok(object) = v8::Local::<v8::Object>::try_from(args.get(0)) else {
        rv.set_undefined();
        return Ok(());
    };
    match object.preview_entries(scope) {
        (Some(entries), is_key_value) => {
            let is_key_value = v8::Boolean::new(scope, is_key_value);
            let pair = v8::Array::new_with_elements(scope, &[entries.into(), is_key_value.into()]);
            rv.set(pair.into());
        }
        (None, _) => rv.set_undefined(),
    }
    Ok(())
}

/// internalConstructorName(object) -> string: the class name V8 keeps for
/// `object` (its map's constructor, or a Symbol.toStringTag data property),
/// what inspect shows for an object whose prototype chain names none
/// (`[Foo: null prototype] {}`). Reads no property through JavaScript.
fn internal_constructor_name<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let object: v8::Local<v8::Object> =
        args.get(0).try_into().map_err(|_| Throw::Arg(0, "must be an object".into()))?;
    // A handle of this scope's lifetime for the name.
    let name = v8::Local::new(scope, object.get_constructor_name());
    rv.set(name.into());
    Ok(())
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
    fn kinds_are_internal_classes() {
        in_context(|scope| {
            let cases: &[(&str, i32)] = &[
                ("1", 0),
                ("({})", 0),
                ("({ [Symbol.toStringTag]: 'Map' })", 0),
                ("new Proxy(new Map(), {})", KIND_PROXY),
                ("(function () { return arguments; })()", KIND_ARGUMENTS),
                ("(async function* () {})", KIND_ASYNC_FUNCTION | KIND_GENERATOR_FUNCTION),
                ("(function* () {})()", KIND_GENERATOR_OBJECT),
                ("new Map().keys()", KIND_MAP_ITERATOR),
                ("new Set().entries()", KIND_SET_ITERATOR),
                ("Promise.resolve()", KIND_PROMISE),
                ("new TypeError()", KIND_NATIVE_ERROR),
                ("({ __proto__: Error.prototype })", 0),
                ("new Date()", KIND_DATE),
                ("/x/", KIND_REGEXP),
                ("new WeakMap()", KIND_WEAK_MAP),
                ("new WeakSet()", KIND_WEAK_SET),
                ("new ArrayBuffer(1)", KIND_ARRAY_BUFFER),
                ("new DataView(new ArrayBuffer(1))", KIND_DATA_VIEW),
                ("new Uint8Array(1)", KIND_TYPED_ARRAY),
                ("Object(1)", KIND_NUMBER_OBJECT),
                ("Object('s')", KIND_STRING_OBJECT),
                ("Object(true)", KIND_BOOLEAN_OBJECT),
                ("Object(1n)", KIND_BIGINT_OBJECT),
                ("Object(Symbol())", KIND_SYMBOL_OBJECT),
            ];
            for (code, want) in cases {
                let value = eval(scope, code);
                assert_eq!(kind_of(value), *want, "{code}");
            }
        });
    }

    #[test]
    fn promises_proxies_and_entries_are_seen_without_running_js() {
        in_context(|scope| {
            let rejected = eval(scope, "const p = Promise.reject(7); p.catch(() => {}); p");
            let promise: v8::Local<v8::Promise> = rejected.try_into().unwrap();
            assert_eq!(promise.state(), v8::PromiseState::Rejected);
            assert_eq!(promise.result(scope).int32_value(scope), Some(7));

            let revoked = eval(scope, "const r = Proxy.revocable({}, {}); r.revoke(); r.proxy");
            let proxy: v8::Local<v8::Proxy> = revoked.try_into().unwrap();
            assert!(proxy.get_target(scope).is_null());

            let iterator = eval(scope, "const it = new Map([[1, 2], [3, 4]]).entries(); it.next(); it");
            let object: v8::Local<v8::Object> = iterator.try_into().unwrap();
            let (entries, is_key_value) = object.preview_entries(scope);
            assert!(is_key_value);
            assert_eq!(entries.unwrap().length(), 2, "the entries after the iterator's position");

            let nameless = eval(scope, "class Foo {} Object.setPrototypeOf(new Foo(), null)");
            let object: v8::Local<v8::Object> = nameless.try_into().unwrap();
            assert_eq!(object.get_constructor_name().to_rust_string_lossy(scope), "Foo");
        });
    }
}
