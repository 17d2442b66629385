//! `nano_module`: one module of a script registered as several
//! (`nano_runtime_add_modules`), and its type constants.

use std::ffi::c_char;

use super::guard::{Failure, array, bytes, text};
use super::result::nano_result::*;
use crate::modules::{ModuleSource, ModuleType};

/// An ES module.
pub const NANO_MODULE_ESM: u32 = 0;
/// A CommonJS module (`require`, `module.exports`); imported, its
/// `module.exports` is the default export.
pub const NANO_MODULE_COMMONJS: u32 = 1;
/// UTF-8 text; the default export is a string.
pub const NANO_MODULE_TEXT: u32 = 2;
/// Bytes; the default export is an ArrayBuffer.
pub const NANO_MODULE_DATA: u32 = 3;
/// JSON; the default export is the parsed value.
pub const NANO_MODULE_JSON: u32 = 4;
/// WebAssembly; the default export is a `WebAssembly.Module`.
pub const NANO_MODULE_WASM: u32 = 5;
/// The type the module's name gives, as for a file read by
/// `nano_runtime_add_script_file` (`.js` in a package follows the package's
/// `"type"`; README, "Module graphs"): for hosts handing in a project's
/// files. A file whose name gives no type is left out unless imported.
pub const NANO_MODULE_BY_NAME: u32 = 6;

/// One module of a script: its name (a relative path such as
/// `src/index.js`, against which its imports resolve), its type (a
/// `NANO_MODULE_*` constant) and its bytes. Read during the call only.
#[repr(C)]
pub struct nano_module {
    /// UTF-8, `name_len` bytes; need not be NUL-terminated.
    pub name: *const c_char,
    pub name_len: usize,
    /// `NANO_MODULE_ESM`, `_COMMONJS`, `_TEXT`, `_DATA`, `_JSON`, `_WASM`
    /// or `_BY_NAME`.
    pub type_: u32,
    /// `bytes_len` bytes: UTF-8 source or text for every type but
    /// `NANO_MODULE_DATA` and `NANO_MODULE_WASM`.
    pub bytes: *const u8,
    pub bytes_len: usize,
}

fn module_type(value: u32, what: &str) -> Result<Option<ModuleType>, Failure> {
    Ok(Some(match value {
        NANO_MODULE_BY_NAME => return Ok(None),
        NANO_MODULE_ESM => ModuleType::EsModule,
        NANO_MODULE_COMMONJS => ModuleType::CommonJs,
        NANO_MODULE_TEXT => ModuleType::Text,
        NANO_MODULE_DATA => ModuleType::Data,
        NANO_MODULE_JSON => ModuleType::Json,
        NANO_MODULE_WASM => ModuleType::Wasm,
        other => {
            return Err(Failure::new(
                NANO_ERR_INVALID_ARGUMENT,
                format!("{what} is {other}: use a NANO_MODULE_* constant"),
            ));
        }
    }))
}

/// Copies `len` modules at `list`.
pub(super) unsafe fn read_modules(
    list: *const nano_module,
    len: usize,
) -> Result<Vec<ModuleSource>, Failure> {
    let list = unsafe { array(list, len, "modules")? };
    if list.is_empty() {
        return Err(Failure::new(
            NANO_ERR_INVALID_ARGUMENT,
            "modules is empty: the entry module comes first",
        ));
    }
    let mut out = Vec::with_capacity(list.len());
    for (i, m) in list.iter().enumerate() {
        let name = unsafe { text(m.name, m.name_len, &format!("modules[{i}].name"))? };
        let kind = module_type(m.type_, &format!("modules[{i}].type_"))?;
        let data = unsafe { bytes(m.bytes, m.bytes_len, &format!("modules[{i}].bytes"))? };
        out.push(ModuleSource { name: name.to_string(), kind, bytes: data.to_vec() });
    }
    Ok(out)
}
