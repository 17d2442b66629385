//! V8's process-wide start-up: ICU data, the platform, the engine. Once per
//! process, whoever calls first (the library, or `build.rs`).

use std::sync::Once;

static V8_INIT: Once = Once::new();

/// Initialises V8 once per process.
pub fn init_v8() {
    V8_INIT.call_once(|| {
        // The data is 16-byte aligned and V8 copies nothing: a failure here
        // means the ICU version does not match, which Intl would report.
        let _ = v8::icu::set_common_data_78(deno_core_icudata::ICU_DATA);
        let platform = v8::new_default_platform(0, false).make_shared();
        v8::V8::initialize_platform(platform);
        v8::V8::initialize();
    });
}
