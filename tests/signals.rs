//! None of nano's threads takes the host's signals: isolates, the watchdog,
//! the reaper and V8's platform threads all start with the asynchronous
//! signals blocked, so a signal sent to the process reaches a host thread
//! (nginx's event loop, Go's runtime), and hosts need not block signals
//! around nano's calls. The calling thread's own mask is left as it was.

use nano::{Config, Request, Runtime, ScriptOptions};

/// SigBlk of a thread in /proc, as a bit set (bit n-1 for signal n).
fn blocked(status: &str) -> u64 {
    let line = status.lines().find(|l| l.starts_with("SigBlk:")).expect("SigBlk in /proc status");
    u64::from_str_radix(line["SigBlk:".len()..].trim(), 16).unwrap()
}

fn bit(signal: libc::c_int) -> u64 {
    1 << (signal - 1)
}

#[test]
fn threads_of_the_library_block_host_signals() {
    let own_before = blocked(&std::fs::read_to_string("/proc/thread-self/status").unwrap());
    let rt = Runtime::new(Config::default()).unwrap();
    rt.add_script(
        "hello",
        "export default { fetch() { return new Response('hi'); } }",
        ScriptOptions::default(),
    )
    .unwrap();
    let res =
        rt.eval("hello", Request { method: "GET".into(), url: "http://x/".into(), ..Default::default() });
    assert_eq!(res.unwrap().body, b"hi");
    let own_after = blocked(&std::fs::read_to_string("/proc/thread-self/status").unwrap());
    assert_eq!(own_before, own_after, "the calling thread's mask is unchanged");

    let host_signals = [
        libc::SIGHUP,
        libc::SIGINT,
        libc::SIGQUIT,
        libc::SIGTERM,
        libc::SIGUSR1,
        libc::SIGUSR2,
        libc::SIGWINCH,
        libc::SIGCHLD,
        libc::SIGALRM,
        libc::SIGIO,
        libc::SIGPIPE,
    ];
    let faults = [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE, libc::SIGILL];
    let mut checked = Vec::new();
    for task in std::fs::read_dir("/proc/self/task").unwrap() {
        let dir = task.unwrap().path();
        let (Ok(name), Ok(status)) =
            (std::fs::read_to_string(dir.join("comm")), std::fs::read_to_string(dir.join("status")))
        else {
            continue; // the thread ended meanwhile
        };
        let name = name.trim().to_string();
        // nano's threads, and V8's platform workers (named by V8).
        if !(name.starts_with("nano:") || name.starts_with("nano-") || name.starts_with("V8 ")) {
            continue;
        }
        let mask = blocked(&status);
        for signal in host_signals {
            assert!(mask & bit(signal) != 0, "thread {name:?} can take signal {signal} (SigBlk {mask:x})");
        }
        for signal in faults {
            assert!(mask & bit(signal) == 0, "thread {name:?} blocks fault signal {signal}");
        }
        checked.push(name);
    }
    for expected in ["nano:hello", "nano-watchdog", "nano-reaper"] {
        assert!(checked.iter().any(|n| n == expected), "no thread {expected} among {checked:?}");
    }
    assert!(checked.iter().any(|n| n.starts_with("V8 ")), "no V8 platform thread among {checked:?}");
}
