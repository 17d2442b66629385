//! WebAssembly's memories in the isolate's budget (see `js/web/wasm.js`, which
//! calls these from its wrappers of `WebAssembly`'s constructors).

use super::args::{NativeResult, Throw, arg, out_of_memory, with_view_bytes};
use super::{Native, native_list};

pub(super) fn natives() -> Vec<Native> {
    native_list![
        "wasmKeptMemory" => kept_memory,
        "wasmTrackMemory" => track_memory,
        "wasmChargeInstance" => charge_instance,
    ]
}

/// wasmKeptMemory(bytes: ArrayBufferView) -> the most bytes the memories
/// that the module defines and does not export can grow to (each capped as
/// V8 caps it), or -1 when the module cannot be read (V8 then reports why,
/// or the module is refused).
fn kept_memory<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let view: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 0)?;
    let kept = with_view_bytes(view, |bytes| kept_memory_of(bytes).ok());
    rv.set(v8::Number::new(scope, kept.map_or(-1.0, |b| b as f64)).into());
    Ok(())
}

/// The bytes the memories `module` defines and does not export may reach.
fn kept_memory_of(module: &[u8]) -> wasmparser::Result<u64> {
    use wasmparser::{ExternalKind, Payload, TypeRef};
    let mut imported = 0u32;
    let mut defined = Vec::new();
    let mut exported = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(module) {
        match payload? {
            Payload::ImportSection(imports) => {
                for import in imports.into_imports() {
                    if let TypeRef::Memory(_) = import?.ty {
                        imported += 1;
                    }
                }
            }
            Payload::MemorySection(memories) => {
                for memory in memories {
                    defined.push(memory?);
                }
            }
            Payload::ExportSection(exports) => {
                for export in exports {
                    let export = export?;
                    if export.kind == ExternalKind::Memory {
                        exported.push(export.index);
                    }
                }
            }
            _ => {}
        }
    }
    let mut kept = 0u64;
    for (i, memory) in defined.iter().enumerate() {
        let index = imported.saturating_add(i as u32);
        if exported.contains(&index) {
            continue;
        }
        let cap = crate::platform::wasm_memory_cap(memory.memory64);
        let most =
            memory.maximum.map_or(cap, |pages| pages.saturating_mul(u64::from(memory.page_size())).min(cap));
        kept = kept.saturating_add(most);
    }
    Ok(kept)
}

/// wasmTrackMemory(memory: WebAssembly.Memory): counts it (at its current
/// size, as long as it lives) and checks the budget, which stops the run
/// when over.
fn track_memory<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let memory: v8::Local<v8::WasmMemoryObject> =
        args.get(0).try_into().map_err(|_| Throw::Arg(0, "must be a WebAssembly.Memory".into()))?;
    crate::memory::track_wasm_memory(scope, memory);
    crate::memory::settle(scope);
    Ok(())
}

/// wasmChargeInstance(instance: WebAssembly.Instance, bytes): charges the
/// memories it keeps to itself until it is collected; a RangeError when
/// over the budget.
fn charge_instance<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let instance: v8::Local<v8::Object> =
        args.get(0).try_into().map_err(|_| Throw::Arg(0, "must be an object".into()))?;
    let bytes: f64 = arg(scope, &args, 1)?;
    if !(bytes >= 0.0 && bytes.is_finite()) {
        return Err(Throw::Arg(1, "must be a byte count".into()));
    }
    if crate::memory::charge_wasm_instance(scope, instance, bytes as usize) {
        Ok(())
    } else {
        Err(out_of_memory())
    }
}

#[cfg(test)]
mod tests {
    use super::kept_memory_of;

    const HEADER: [u8; 8] = [0, 97, 115, 109, 1, 0, 0, 0];

    fn module(sections: &[&[u8]]) -> Vec<u8> {
        let mut m = HEADER.to_vec();
        for s in sections {
            m.extend_from_slice(s);
        }
        m
    }

    #[test]
    fn memories_a_module_keeps_count_at_their_maximum() {
        // (memory 1 16): 16 pages kept.
        assert_eq!(kept_memory_of(&module(&[&[5, 4, 1, 1, 1, 16]])).unwrap(), 16 << 16);
        // Exported as "m": nothing kept (it is tracked at its size instead).
        let exported = module(&[&[5, 4, 1, 1, 1, 16], &[7, 5, 1, 1, b'm', 2, 0]]);
        assert_eq!(kept_memory_of(&exported).unwrap(), 0);
        // No maximum: the cap on one memory.
        let cap = crate::platform::wasm_memory_cap(false);
        assert_eq!(kept_memory_of(&module(&[&[5, 3, 1, 0, 1]])).unwrap(), cap);
        // An imported memory (index 0) exported; the defined one (index 1) kept.
        let import = [2, 9, 1, 1, b'e', 1, b'm', 2, 1, 1, 1];
        let both = module(&[&import, &[5, 4, 1, 1, 1, 2], &[7, 5, 1, 1, b'm', 2, 0]]);
        assert_eq!(kept_memory_of(&both).unwrap(), 2 << 16);
        // None at all.
        assert_eq!(kept_memory_of(&HEADER).unwrap(), 0);
    }

    #[test]
    fn an_unreadable_module_is_an_error() {
        assert!(kept_memory_of(b"\0asm\x01\0\0\0\x05\x09").is_err());
        assert!(kept_memory_of(b"not wasm").is_err());
    }
}
