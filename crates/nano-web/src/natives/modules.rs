//! CommonJS `require()`: handed to the script's module graph (the
//! [`ModuleLoader`] of the isolate), which resolves, runs and caches.

use super::args::{NativeResult, Throw, arg};
use super::{Native, native_list};
use crate::host::ModuleLoaderSlot;

pub(super) fn natives() -> Vec<Native> {
    native_list![
        "moduleRequire" => module_require,
    ]
}

/// moduleRequire(from, specifier) -> the required module's value.
fn module_require<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let from: u32 = arg(scope, &args, 0)?;
    let specifier: String = arg(scope, &args, 1)?;
    let Some(loader) = scope.get_slot::<ModuleLoaderSlot>().map(|s| s.0.clone()) else {
        return Err(Throw::Type("require() is not available here".into()));
    };
    match loader.require(scope, from, &specifier) {
        Some(value) => {
            rv.set(value);
            Ok(())
        }
        None => Err(Throw::Pending),
    }
}
