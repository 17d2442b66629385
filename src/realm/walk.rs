//! The intrinsics walked from Rust, through V8's API: at registration (the
//! fingerprint of every intrinsic before and after a script's top level)
//! and to freeze a realm whose top level ran before its built-ins were
//! frozen. Both happen after script code ran, which may have replaced any
//! built-in JavaScript would use (`Array.prototype.push`, iterators, Set),
//! so no JavaScript takes part.

use std::collections::HashMap;

use crate::error::{Error, Result};
use crate::snapshot::script::call_internal;

/// One own property: its key, value or accessors, and flags.
struct Property<'s> {
    key: v8::Local<'s, v8::Value>,
    value: Option<v8::Local<'s, v8::Value>>,
    get: Option<v8::Local<'s, v8::Value>>,
    set: Option<v8::Local<'s, v8::Value>>,
    flags: [bool; 3], // writable, enumerable, configurable
}

fn own<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    desc: v8::Local<'s, v8::Object>,
    name: &str,
) -> Option<v8::Local<'s, v8::Value>> {
    let key = v8::String::new(scope, name)?;
    // Own only: a descriptor inherits from Object.prototype, which a top
    // level may have extended.
    if desc.has_own_property(scope, key.into()) != Some(true) {
        return None;
    }
    desc.get(scope, key.into())
}

fn properties<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    obj: v8::Local<'s, v8::Object>,
) -> Result<Vec<Property<'s>>> {
    let args = v8::GetPropertyNamesArgs {
        mode: v8::KeyCollectionMode::OwnOnly,
        property_filter: v8::PropertyFilter::ALL_PROPERTIES,
        index_filter: v8::IndexFilter::IncludeIndices,
        key_conversion: v8::KeyConversionMode::KeepNumbers,
    };
    let names = obj
        .get_own_property_names(scope, args)
        .ok_or_else(|| Error::Internal("cannot list an intrinsic's properties".into()))?;
    let mut out = Vec::with_capacity(names.length() as usize);
    for i in 0..names.length() {
        let Some(key) = names.get_index(scope, i) else { continue };
        // Index keys come as numbers.
        let name = match v8::Local::<v8::Name>::try_from(key) {
            Ok(name) => name,
            Err(_) => key.to_string(scope).ok_or_else(|| Error::Internal("a property key".into()))?.into(),
        };
        push_property(scope, obj, name, key, &mut out)?;
    }
    Ok(out)
}

fn push_property<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    obj: v8::Local<'s, v8::Object>,
    name: v8::Local<'s, v8::Name>,
    key: v8::Local<'s, v8::Value>,
    out: &mut Vec<Property<'s>>,
) -> Result<()> {
    let desc =
        obj.get_own_property_descriptor(scope, name).and_then(|d| v8::Local::<v8::Object>::try_from(d).ok());
    let Some(desc) = desc else { return Ok(()) };
    let flag = |scope: &mut v8::PinScope<'s, '_>, n: &str| own(scope, desc, n).is_some_and(|v| v.is_true());
    out.push(Property {
        key,
        value: own(scope, desc, "value"),
        get: own(scope, desc, "get"),
        set: own(scope, desc, "set"),
        flags: [flag(scope, "writable"), flag(scope, "enumerable"), flag(scope, "configurable")],
    });
    Ok(())
}

/// Calls `visit` once for every object reachable from the realm's intrinsic
/// roots (`internal.getIntrinsicRoots()`, listed before the top level ran),
/// through prototypes and own properties, getters never called.
fn walk<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    mut visit: impl FnMut(&mut v8::PinScope<'s, '_>, v8::Local<'s, v8::Object>, &[Property<'s>]) -> Result<()>,
) -> Result<()> {
    let roots = call_internal(scope, internal, "getIntrinsicRoots", &[])?;
    let roots = v8::Local::<v8::Array>::try_from(roots)
        .map_err(|_| Error::Internal("the realm has no intrinsic roots (beforeTopLevel first)".into()))?;
    let mut stack: Vec<v8::Local<v8::Value>> =
        (0..roots.length()).filter_map(|i| roots.get_index(scope, i)).collect();
    stack.reverse();
    let mut seen: HashMap<i32, Vec<v8::Local<v8::Object>>> = HashMap::new();
    while let Some(value) = stack.pop() {
        let Ok(obj) = v8::Local::<v8::Object>::try_from(value) else { continue };
        let bucket = seen.entry(obj.get_identity_hash().get()).or_default();
        if bucket.iter().any(|o| o.strict_equals(obj.into())) {
            continue;
        }
        bucket.push(obj);
        let props = properties(scope, obj)?;
        // Pushed in reverse, so they are visited in key order.
        for p in props.iter().rev() {
            stack.extend([p.set, p.get, p.value].into_iter().flatten());
        }
        if let Some(proto) = obj.get_prototype(scope) {
            stack.push(proto);
        }
        visit(scope, obj, &props)?;
    }
    Ok(())
}

/// Everything about the intrinsics a top level could change: objects,
/// prototypes, keys, values, accessors and flags, in walk order.
pub(crate) struct Fingerprint<'s> {
    values: Vec<v8::Local<'s, v8::Value>>,
    flags: Vec<bool>,
}

pub(crate) fn fingerprint<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
) -> Result<Fingerprint<'s>> {
    let reset = reset_objects(scope, internal)?;
    let mut print = Fingerprint { values: Vec::new(), flags: Vec::new() };
    walk(scope, internal, |scope, obj, props| {
        print.values.push(obj.into());
        // The reset objects' own properties are reset, not frozen.
        if reset.iter().any(|r| r.strict_equals(obj.into())) {
            return Ok(());
        }
        let proto = obj.get_prototype(scope).unwrap_or_else(|| v8::null(scope).into());
        print.values.push(proto);
        for p in props {
            let undefined: v8::Local<v8::Value> = v8::undefined(scope).into();
            print.values.extend([
                p.key,
                p.value.unwrap_or(undefined),
                p.get.unwrap_or(undefined),
                p.set.unwrap_or(undefined),
            ]);
            print.flags.extend(p.flags);
        }
        print.flags.push(false); // separates the objects' property lists
        Ok(())
    })?;
    Ok(print)
}

impl Fingerprint<'_> {
    pub(crate) fn same(&self, other: &Fingerprint) -> bool {
        self.flags == other.flags
            && self.values.len() == other.values.len()
            && self.values.iter().zip(&other.values).all(|(a, b)| a.same_value(*b))
    }
}

/// Freezes every intrinsic but the reset objects.
pub(crate) fn freeze_intrinsics<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
) -> Result<()> {
    let reset = reset_objects(scope, internal)?;
    walk(scope, internal, |scope, obj, _| {
        if reset.iter().any(|r| r.strict_equals(obj.into())) {
            return Ok(());
        }
        match obj.set_integrity_level(scope, v8::IntegrityLevel::Frozen) {
            Some(true) => Ok(()),
            _ => Err(Error::Internal("an intrinsic could not be frozen".into())),
        }
    })
}

fn reset_objects<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
) -> Result<Vec<v8::Local<'s, v8::Object>>> {
    let list = call_internal(scope, internal, "getResetObjects", &[])?;
    let list =
        v8::Local::<v8::Array>::try_from(list).map_err(|_| Error::Internal("no reset objects".into()))?;
    Ok((0..list.length())
        .filter_map(|i| list.get_index(scope, i))
        .filter_map(|v| v8::Local::<v8::Object>::try_from(v).ok())
        .collect())
}
