//! URL parsing and setters (the `url` crate, which follows the WHATWG URL
//! standard) and application/x-www-form-urlencoded.

use super::args::{NativeResult, Throw, arg, flat_strings, js_string};
use super::{Native, native_list};

pub(super) fn natives() -> Vec<Native> {
    native_list![
        "urlParse" => url_parse,
        "urlSet" => url_set,
        "formParse" => form_parse,
        "formSerialize" => form_serialize,
    ]
}

/// The components JS's URL class reads, in this order.
fn url_components<'s>(scope: &mut v8::PinScope<'s, '_>, u: &url::Url) -> v8::Local<'s, v8::Value> {
    use url::quirks;
    let parts = [
        quirks::href(u).to_string(),
        quirks::protocol(u).to_string(),
        quirks::username(u).to_string(),
        quirks::password(u).to_string(),
        quirks::host(u).to_string(),
        quirks::hostname(u).to_string(),
        quirks::port(u).to_string(),
        quirks::pathname(u).to_string(),
        quirks::search(u).to_string(),
        quirks::hash(u).to_string(),
        quirks::origin(u),
    ];
    flat_strings(scope, &parts)
}

/// urlParse(input, base?) -> components, or null when it does not parse.
fn url_parse<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let input: String = arg(scope, &args, 0)?;
    let base: Option<String> = arg(scope, &args, 1)?;
    let parsed = match base {
        None => url::Url::parse(&input),
        Some(base) => url::Url::parse(&base).and_then(|b| b.join(&input)),
    };
    match parsed {
        Ok(u) => rv.set(url_components(scope, &u)),
        Err(_) => rv.set_null(),
    }
    Ok(())
}

/// urlSet(href, component, value) -> components after the WHATWG setter.
fn url_set<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    use url::quirks;
    let href: String = arg(scope, &args, 0)?;
    let what: String = arg(scope, &args, 1)?;
    let value: String = arg(scope, &args, 2)?;
    let mut u = url::Url::parse(&href).map_err(|_| Throw::Type("invalid URL".into()))?;
    let ok = match what.as_str() {
        "href" => url::Url::parse(&value).map(|n| u = n).map_err(|_| ()),
        "protocol" => quirks::set_protocol(&mut u, &value),
        "username" => quirks::set_username(&mut u, &value),
        "password" => quirks::set_password(&mut u, &value),
        "host" => quirks::set_host(&mut u, &value),
        "hostname" => quirks::set_hostname(&mut u, &value),
        "port" => quirks::set_port(&mut u, &value),
        "pathname" => {
            quirks::set_pathname(&mut u, &value);
            Ok(())
        }
        "search" => {
            quirks::set_search(&mut u, &value);
            Ok(())
        }
        "hash" => {
            quirks::set_hash(&mut u, &value);
            Ok(())
        }
        _ => Err(()),
    };
    if ok.is_err() && what == "href" {
        return Err(Throw::Type(format!("Invalid URL: {value}")));
    }
    // Other setters ignore values they cannot apply, as the standard says.
    rv.set(url_components(scope, &u));
    Ok(())
}

/// formParse(string) -> [name, value, ...] (application/x-www-form-urlencoded).
fn form_parse<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let input: String = arg(scope, &args, 0)?;
    let items: Vec<String> = url::form_urlencoded::parse(input.as_bytes())
        .flat_map(|(k, v)| [k.into_owned(), v.into_owned()])
        .collect();
    rv.set(flat_strings(scope, &items));
    Ok(())
}

/// formSerialize([name, value, ...]) -> string.
fn form_serialize<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let list: v8::Local<v8::Array> = arg(scope, &args, 0)?;
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    for i in (0..list.length()).step_by(2) {
        let k = list.get_index(scope, i).map(|v| v.to_rust_string_lossy(scope)).unwrap_or_default();
        let v = list.get_index(scope, i + 1).map(|v| v.to_rust_string_lossy(scope)).unwrap_or_default();
        out.append_pair(&k, &v);
    }
    rv.set(js_string(scope, &out.finish())?.into());
    Ok(())
}
