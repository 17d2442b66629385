//! Panic containment (needs `--features panic-inject`): a panic injected into
//! each C export gives `NANO_ERR_PANIC`, one injected into each native makes
//! the script see an exception, and the process carries on serving.

use std::ffi::CStr;
use std::ptr::{null, null_mut};
use std::sync::Arc;

use nano::capi::nano_result::{self, *};
use nano::capi::*;
use nano::panic_inject::{arm, disarm};
use nano::{Config, Error, Request, Response, Runtime, ScriptOptions};

fn text(p: *const std::ffi::c_char) -> String {
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

/// Every function the header declares, from the header itself, so a new
/// export cannot be left out of the test below.
fn exports_in_header() -> Vec<String> {
    let header = include_str!("../include/nano.h");
    let mut names: Vec<String> = header
        .lines()
        .filter(|l| !l.trim_start().starts_with("typedef") && !l.trim_start().starts_with("*"))
        .filter_map(|l| {
            // The identifier just before the first '(' of a declaration.
            let before = &l[..l.find('(')?];
            let start = before.rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).map_or(0, |i| i + 1);
            let name = &before[start..];
            name.starts_with("nano_").then(|| name.to_string())
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

#[test]
fn panics_in_exports_and_natives_are_contained() {
    // Each export, called with an injected panic: its status says so and
    // the message names it. Arguments do not matter: the panic comes first.
    type Call = Box<dyn Fn() -> Option<nano_result>>;
    let status = |f: fn() -> nano_result| -> Call { Box::new(move || Some(f())) };
    let value = |f: fn()| -> Call {
        Box::new(move || {
            f();
            None
        })
    };
    let calls: Vec<(&str, Call)> = unsafe {
        vec![
            ("nano_config_init", status(|| nano_config_init(null_mut()))),
            ("nano_eval_request", status(|| nano_eval_request(null_mut(), null(), null_mut()))),
            (
                "nano_eval_request_async",
                status(|| nano_eval_request_async(null_mut(), null(), None, null_mut())),
            ),
            ("nano_fetch_reply_fail", status(|| nano_fetch_reply_fail(null_mut(), null()))),
            ("nano_fetch_reply_take_body", status(|| nano_fetch_reply_take_body(null_mut(), null_mut()))),
            (
                "nano_body_reader_read",
                status(|| nano_body_reader_read(null_mut(), null_mut(), 0, null_mut(), null_mut())),
            ),
            ("nano_body_reader_free", value(|| nano_body_reader_free(null_mut()))),
            (
                "nano_fetch_reply_respond_streamed",
                status(|| nano_fetch_reply_respond_streamed(null_mut(), 200, null(), 0, null_mut())),
            ),
            (
                "nano_fetch_reply_respond",
                status(|| nano_fetch_reply_respond(null_mut(), 200, null(), 0, null(), 0)),
            ),
            (
                "nano_last_error",
                value(|| {
                    let _ = nano_last_error();
                }),
            ),
            ("nano_pool_acquire", status(|| nano_pool_acquire(null(), null(), null_mut()))),
            ("nano_pool_acquire_inline", status(|| nano_pool_acquire_inline(null(), null(), null_mut()))),
            (
                "nano_pool_acquire_async",
                status(|| nano_pool_acquire_async(null(), null(), None, null_mut(), null_mut(), null_mut())),
            ),
            ("nano_pool_acquire_cancel", status(|| nano_pool_acquire_cancel(null(), 1, null_mut()))),
            ("nano_eval_start", status(|| nano_eval_start(null_mut(), null(), None, null_mut(), null_mut()))),
            ("nano_eval_poll", status(|| nano_eval_poll(null_mut(), null_mut()))),
            (
                "nano_eval_start_streamed",
                status(|| nano_eval_start_streamed(null_mut(), null(), None, null_mut(), null_mut())),
            ),
            ("nano_eval_body_more", status(|| nano_eval_body_more(null_mut(), null_mut()))),
            ("nano_eval_body_stop", status(|| nano_eval_body_stop(null_mut(), null_mut()))),
            ("nano_eval_body_part", status(|| nano_eval_body_part(null_mut(), null_mut()))),
            (
                "nano_eval_request_streamed",
                status(|| nano_eval_request_streamed(null_mut(), null(), None, None, null_mut())),
            ),
            ("nano_eval_body_ask", status(|| nano_eval_body_ask(null(), true))),
            ("nano_eval_stream_body", status(|| nano_eval_stream_body(null_mut(), null_mut()))),
            ("nano_body_writer_write", status(|| nano_body_writer_write(null_mut(), null(), 0))),
            ("nano_body_writer_end", status(|| nano_body_writer_end(null_mut()))),
            ("nano_body_writer_fail", status(|| nano_body_writer_fail(null_mut(), null(), 0))),
            ("nano_pool_release", status(|| nano_pool_release(null_mut()))),
            ("nano_response_body", status(|| nano_response_body(null(), null_mut(), null_mut()))),
            ("nano_response_free", value(|| nano_response_free(null_mut()))),
            (
                "nano_response_header",
                status(|| nano_response_header(null(), 0, null_mut(), null_mut(), null_mut(), null_mut())),
            ),
            ("nano_response_header_count", status(|| nano_response_header_count(null(), null_mut()))),
            ("nano_response_status", status(|| nano_response_status(null(), null_mut()))),
            (
                "nano_result_message",
                value(|| {
                    let _ = nano_result_message(0);
                }),
            ),
            (
                "nano_result_http_status",
                value(|| assert_eq!(nano_result_http_status(0), 500, "a panic gives 500")),
            ),
            (
                "nano_runtime_add_modules",
                status(|| nano_runtime_add_modules(null(), null(), null(), 0, null())),
            ),
            (
                "nano_runtime_add_script",
                status(|| nano_runtime_add_script(null(), null(), null(), 0, null())),
            ),
            (
                "nano_runtime_add_script_file",
                status(|| nano_runtime_add_script_file(null(), null(), null(), null())),
            ),
            ("nano_runtime_remove_script", status(|| nano_runtime_remove_script(null(), null()))),
            ("nano_runtime_free", status(|| nano_runtime_free(null_mut()))),
            (
                "nano_runtime_last_error",
                status(|| nano_runtime_last_error(null(), null_mut(), 0, null_mut())),
            ),
            ("nano_runtime_new", status(|| nano_runtime_new(null(), null_mut()))),
            (
                "nano_runtime_script_stats",
                status(|| nano_runtime_script_stats(null(), null(), null_mut(), null_mut())),
            ),
            ("nano_runtime_stats", status(|| nano_runtime_stats(null(), null_mut()))),
            ("nano_script_options_init", status(|| nano_script_options_init(null_mut()))),
            (
                "nano_version",
                value(|| {
                    let _ = nano_version();
                }),
            ),
            ("nano_eval_cancel", status(|| nano_eval_cancel(null()))),
            (
                "nano_eval_last_error",
                value(|| {
                    let _ = nano_eval_last_error(null());
                }),
            ),
        ]
    };
    let mut tested: Vec<String> = calls.iter().map(|(n, _)| n.to_string()).collect();
    tested.sort();
    assert_eq!(tested, exports_in_header(), "every export in include/nano.h is tested here");
    for (name, call) in &calls {
        arm(name);
        let code = call();
        assert!(!disarm(), "{name}: the injected panic did not fire");
        if let Some(code) = code {
            assert_eq!(code, NANO_ERR_PANIC, "{name}");
            let message = text(nano_last_error());
            assert!(message.contains(&format!("injected panic in {name}")), "{name}: {message}");
        }
    }
    assert_eq!(text(nano_version()), env!("CARGO_PKG_VERSION"), "exports work after their panics");

    // Each native, with a panic injected while a script calls it: the
    // script sees an exception (caught by the script, or failing the
    // request when it fires outside the script's try), and the isolate
    // serves the next request.
    let probes = [
        ("log", "console.log('x')"),
        ("utf8Encode", "new TextEncoder().encode('x')"),
        ("utf8EncodeInto", "new TextEncoder().encodeInto('x', new Uint8Array(4))"),
        ("utf8Decode", "new TextDecoder().decode(new Uint8Array([65]))"),
        ("urlParse", "new URL('http://a/')"),
        ("urlSet", "new URL('http://a/').pathname = '/b'"),
        ("formParse", "new URLSearchParams('a=1')"),
        ("formSerialize", "String(new URLSearchParams([['a', '1']]))"),
        ("timerStart", "setTimeout(() => {}, 1)"),
        ("timerCancel", "clearTimeout(setTimeout(() => {}, 1000))"),
        ("fetchStart", "await fetch('http://upstream/')"),
        ("now", "performance.now()"),
        ("randomFill", "crypto.getRandomValues(new Uint8Array(4))"),
        ("digest", "await crypto.subtle.digest('SHA-256', new Uint8Array(1))"),
        (
            "hmac",
            "const k = await crypto.subtle.importKey('raw', new Uint8Array(8), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']); await crypto.subtle.sign('HMAC', k, new Uint8Array(1))",
        ),
        ("timingSafeEqual", "crypto.subtle.timingSafeEqual(new Uint8Array(1), new Uint8Array(1))"),
        ("base64Encode", "btoa('a')"),
        ("base64Decode", "atob('YQ==')"),
        ("encodingName", "new TextDecoder('latin1')"),
        ("decoderNew", "new TextDecoder('utf-16le').decode(new Uint8Array([65, 0]))"),
        ("decoderDecode", "new TextDecoder('utf-16le').decode(new Uint8Array([65, 0]))"),
        ("encodeLatin1", "btoa('a')"),
        ("timeOrigin", "performance.timeOrigin"),
        ("wasmKeptMemory", "new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))"),
        ("wasmTrackMemory", "new WebAssembly.Memory({ initial: 1 })"),
        // CommonJS `require` (loader.cjs, a module of the probes' graph).
        ("moduleRequire", "loader.load()"),
        (
            "fetchBodyWrite",
            "await fetch('http://upstream/', { method: 'POST', body: new ReadableStream({ pull(c) { c.enqueue(new Uint8Array(1)); } }, { highWaterMark: 0 }) })",
        ),
        (
            "fetchBodyEnd",
            "await fetch('http://upstream/', { method: 'POST', body: new ReadableStream({ start(c) { c.close(); } }) })",
        ),
        ("bodyInCancel", "const r = await fetch('http://upstream/streamed'); await r.body.cancel()"),
        ("codecNew", "new CompressionStream('gzip')"),
        (
            "codecPush",
            // A read first: the transform runs once the readable side asks.
            "const cs = new CompressionStream('gzip'); cs.readable.getReader().read(); await cs.writable.getWriter().write(new Uint8Array(1))",
        ),
        ("codecFree", "await new CompressionStream('gzip').writable.abort('stop')"),
        (
            "wasmChargeInstance",
            // A module keeping a one-page memory to itself.
            "new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 5, 4, 1, 1, 1, 1])))",
        ),
        // Node's modules (node:* imports of the probes' module).
        ("asyncContextGet", "const s = new AsyncLocalStorage(); s.run(1, () => s.getStore())"),
        ("asyncContextSet", "new AsyncLocalStorage().run(1, () => {})"),
        ("bufferFromString", "Buffer.from('ab', 'hex')"),
        ("bufferToString", "Buffer.from([65]).toString('hex')"),
        ("bufferWriteString", "Buffer.alloc(4).write('ab', 'latin1')"),
        ("bufferByteLength", "Buffer.byteLength('abc')"),
        ("bufferIndexOf", "Buffer.from('abc').indexOf('b')"),
        ("bufferCompare", "Buffer.compare(Buffer.from('a'), Buffer.from('b'))"),
        ("hashNew", "nodeCrypto.createHash('sha256').update('a').update('b').digest('hex')"),
        ("hashUpdate", "nodeCrypto.createHash('sha256').update('a').update('b').digest('hex')"),
        ("hashDigest", "nodeCrypto.createHash('sha256').update('a').update('b').digest('hex')"),
        ("hashCopy", "nodeCrypto.createHash('sha256').update('a').update('b').copy()"),
        ("hashOnce", "nodeCrypto.createHash('sha256').update('a').digest('hex')"),
        ("pbkdf2", "nodeCrypto.pbkdf2Sync('p', 's', 1, 8, 'sha256')"),
        ("hkdf", "nodeCrypto.hkdfSync('sha256', 'k', 's', 'i', 8)"),
        ("scrypt", "nodeCrypto.scryptSync('p', 's', 8, { N: 2 })"),
        ("valueKind", "util.types.isProxy({})"),
        ("promiseState", "util.inspect(Promise.resolve(1))"),
        ("proxyDetails", "util.inspect(new Proxy({}, {}), { showProxy: true })"),
        ("previewEntries", "util.inspect(new Map([[1, 2]]).entries())"),
        ("internalConstructorName", "util.inspect(Object.create(null))"),
        ("crc32", "zlib.crc32('abc')"),
        // node:crypto's keys and ciphers (natives/keys.rs, ciphers.rs).
        ("keyGenerate", "nodeCrypto.generateKeyPairSync('ed25519')"),
        ("keyPublic", "nodeCrypto.generateKeyPairSync('ed25519')"),
        (
            "keyImport",
            "nodeCrypto.createPublicKey(nodeCrypto.generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }))",
        ),
        (
            "keyExport",
            "nodeCrypto.generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' })",
        ),
        ("keyComponents", "nodeCrypto.generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' })"),
        (
            "keyFromComponents",
            "nodeCrypto.createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: 'A'.repeat(43) }, format: 'jwk' })",
        ),
        (
            "keySign",
            "const k = nodeCrypto.generateKeyPairSync('ed25519'); nodeCrypto.sign(null, new Uint8Array(1), k.privateKey)",
        ),
        (
            "keyVerify",
            "const k = nodeCrypto.generateKeyPairSync('ed25519'); nodeCrypto.verify(null, new Uint8Array(1), k.publicKey, new Uint8Array(64))",
        ),
        (
            "keyAgree",
            "const a = nodeCrypto.generateKeyPairSync('x25519'); nodeCrypto.diffieHellman({ privateKey: a.privateKey, publicKey: a.publicKey })",
        ),
        (
            "keyEncrypt",
            "nodeCrypto.publicEncrypt(nodeCrypto.generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey, new Uint8Array(1))",
        ),
        (
            "keyDecrypt",
            "const k = nodeCrypto.generateKeyPairSync('rsa', { modulusLength: 1024 }); nodeCrypto.privateDecrypt(k.privateKey, nodeCrypto.publicEncrypt(k.publicKey, new Uint8Array(1)))",
        ),
        (
            "aesGcm",
            "const c = nodeCrypto.createCipheriv('aes-128-gcm', new Uint8Array(16), new Uint8Array(12)); c.final()",
        ),
        (
            "aesCbc",
            "nodeCrypto.createCipheriv('aes-128-cbc', new Uint8Array(16), new Uint8Array(16)).final()",
        ),
        (
            "aesCtr",
            "nodeCrypto.createCipheriv('aes-128-ctr', new Uint8Array(16), new Uint8Array(16)).update('a')",
        ),
        (
            "aesKw",
            "const k = await crypto.subtle.importKey('raw', new Uint8Array(16), 'AES-KW', false, ['wrapKey']); await crypto.subtle.wrapKey('raw', await crypto.subtle.importKey('raw', new Uint8Array(16), 'AES-CBC', true, ['encrypt']), k, 'AES-KW')",
        ),
    ];
    let mut probed: Vec<&str> = probes.iter().map(|(name, _)| *name).collect();
    let mut natives: Vec<&str> = nano_web::natives::natives().iter().map(|(name, _)| *name).collect();
    probed.sort_unstable();
    natives.sort_unstable();
    assert_eq!(probed, natives, "every native is probed here");
    let mut cases = String::new();
    for (name, code) in probes {
        cases.push_str(&format!("  {name}: async () => {{ {code}; }},\n"));
    }
    let src = format!(
        "import loader from './loader.cjs';\nimport nodeCrypto from 'node:crypto';\nimport util from 'node:util';\nimport zlib from 'node:zlib';\n\
         import {{ AsyncLocalStorage }} from 'node:async_hooks';\nimport {{ Buffer }} from 'node:buffer';\n\
         const probes = {{\n{cases}}};\n\
         export default {{ async fetch(r) {{\n\
           const name = r.url.split('/').pop();\n\
           if (name === 'fine') return new Response('fine');\n\
           try {{ await probes[name](); return new Response('no exception'); }}\n\
           catch (e) {{ return new Response('caught: ' + e.message); }}\n\
         }} }}"
    );
    // /streamed answers with a body that streams in, its writer kept open.
    let writers = Arc::new(std::sync::Mutex::new(Vec::new()));
    let fetch: nano::FetchHandler = Arc::new(move |req: Request, reply: nano::FetchReply| {
        let head = Response { status: 200, ..Default::default() };
        if req.url.ends_with("/streamed") {
            writers.lock().unwrap().push(reply.respond_streamed(head));
        } else {
            reply.respond(head);
        }
    });
    let rt = Runtime::new(Config {
        max_isolates: 1,
        fetch: Some(fetch),
        log: Some(Arc::new(|_, _| {})),
        ..Config::default()
    })
    .unwrap();
    let modules = vec![
        nano::ModuleSource::new("probes.js", nano::ModuleType::EsModule, src),
        nano::ModuleSource::new(
            "loader.cjs",
            nano::ModuleType::CommonJs,
            "exports.load = () => require('./value.json');",
        ),
        nano::ModuleSource::new("value.json", nano::ModuleType::Json, "{}"),
    ];
    rt.add_modules("probes", modules, ScriptOptions::default()).unwrap();
    let get = |url: String| Request { method: "GET".into(), url, ..Default::default() };
    for (name, _) in probes {
        let res = rt.eval("probes", get(format!("http://x/{name}"))).unwrap();
        assert_eq!(String::from_utf8_lossy(&res.body), "no exception", "{name} without a panic");
        arm(name);
        let outcome = rt.eval("probes", get(format!("http://x/{name}")));
        assert!(!disarm(), "{name}: the injected panic did not fire");
        let expected = format!("internal error in nano's native {name} (it panicked)");
        match outcome {
            Ok(res) => {
                assert_eq!(String::from_utf8_lossy(&res.body), format!("caught: {expected}"), "{name}")
            }
            Err(Error::Script(message)) => assert!(message.contains(&expected), "{name}: {message}"),
            Err(e) => panic!("{name}: {e}"),
        }
        let res = rt.eval("probes", get("http://x/fine".into())).unwrap();
        assert_eq!(res.body, b"fine", "{name}: the isolate serves after the panic");
    }
}

/// The counts docs/reliability.md quotes are the real ones: exports read
/// from the header, natives from the natives list.
#[test]
fn reliability_doc_counts_are_current() {
    let doc = include_str!("../docs/reliability.md");
    let (exports, natives) = (exports_in_header().len(), nano_web::natives::natives().len());
    for want in [
        format!("all {exports} in `nano.h`"),
        format!("all {natives}, checked against the natives list"),
        format!("{exports} exports and {natives} natives injected"),
    ] {
        assert!(doc.contains(&want), "docs/reliability.md should say {want:?}");
    }
}
