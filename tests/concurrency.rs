//! Registration while other threads create isolates and serve requests:
//! every response must be right and the process must survive.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use nano::{Config, Request, Runtime, ScriptFormat, ScriptOptions};

fn get() -> Request {
    Request { method: "GET".into(), url: "http://x/".into(), ..Default::default() }
}

#[test]
fn register_while_serving() {
    let rt = Runtime::new(Config { max_isolates: 2000, ..Config::default() }).unwrap();
    let with_env =
        |who: &str| ScriptOptions { bindings: vec![("WHO".into(), who.into())], ..Default::default() };
    rt.add_script(
        "env",
        "export default { fetch(r, env) { return new Response(env.WHO); } }",
        with_env("you"),
    )
    .unwrap();
    let sw = "addEventListener('fetch', e => e.respondWith(new Response('sw ' + WHO)));";
    rt.add_script("sw", sw, ScriptOptions { format: ScriptFormat::ServiceWorker, ..with_env("too") })
        .unwrap();

    let stop = Arc::new(AtomicBool::new(false));
    // Two registrars, so registrations (each building a realm in a throwaway
    // isolate) also run concurrently.
    let registrars: Vec<_> = (0..2)
        .map(|r| {
            let (rt, stop) = (rt.clone(), stop.clone());
            std::thread::spawn(move || {
                let mut n = 0;
                while !stop.load(Ordering::Relaxed) {
                    n += 2;
                    let n = n + r;
                    let src = format!("export default {{ fetch() {{ return new Response('{n}'); }} }}");
                    rt.add_script(&format!("s{n}"), &src, ScriptOptions::default()).unwrap();
                    let bad =
                        rt.add_script(&format!("bad{n}"), "throw new Error('no')", ScriptOptions::default());
                    assert!(bad.is_err());
                    assert_eq!(rt.eval(&format!("s{n}"), get()).unwrap().body, n.to_string().as_bytes());
                }
                n
            })
        })
        .collect();
    let servers: Vec<_> = (0..2)
        .map(|t| {
            let rt = rt.clone();
            std::thread::spawn(move || {
                let mut leases = Vec::new();
                for i in 0..150 {
                    // Holding every lease forces a new isolate per request.
                    let (script, want) = if (i + t) % 2 == 0 { ("env", "you") } else { ("sw", "sw too") };
                    let mut lease = rt.acquire(script).unwrap();
                    let res = lease.eval(get()).unwrap();
                    assert_eq!(String::from_utf8_lossy(&res.body), want, "request {i} on thread {t}");
                    leases.push(lease);
                }
            })
        })
        .collect();
    for s in servers {
        s.join().unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    for r in registrars {
        assert!(r.join().unwrap() > 0);
    }
}
