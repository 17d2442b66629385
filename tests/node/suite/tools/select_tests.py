"""Selects Node's test files for nano's Node modules, copies them unmodified from a
denoland/node_test snapshot, and writes selection.tsv.

usage: python3 tools/select.py <node_test git dir> <commit> <deno config.jsonc>
"""
import os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import jsonc

GIT, COMMIT, CONFIG = sys.argv[1:4]
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def git(*args):
    return subprocess.run(['git', '--git-dir', GIT, *args], check=True, capture_output=True).stdout

names = [p.split('/', 2)[2] for p in git('ls-tree', '-r', '--name-only', COMMIT, 'test/parallel').decode().split()]
def match(rx):
    return [n for n in names if re.match(rx, n) and n.endswith(('.js', '.mjs', '.cjs'))]

STREAM = '''add-abort-signal auto-destroy backpressure big-push compose construct consumers destroy
drop-take duplex duplex-destroy duplex-from end-paused filter finished flatMap forEach inheritance
map objectmode-undefined pipe-after-end pipe-cleanup pipe-error-handling pipe-flow pipeline
pipeline-async-iterator promises push-order push-strings readable-async-iterators readable-destroy
readable-event readable-unshift reduce toArray transform-destroy transform-final transform-flush-data
typedarray uint8array writable-destroy writable-finished writable-write-cb-twice writev'''.split()
STREAM = [f'test-stream-{s}.js' for s in STREAM] + [f'test-stream2-{s}.js' for s in
          'basic objects push transform writable set-encoding'.split()] + [
          'test-stream3-cork-uncork.js', 'test-stream3-pause-then-read.js']
CRYPTO = [f'test-crypto-{s}.js' for s in '''hash oneshot-hash hmac cipheriv-decipheriv sign-verify
keygen keygen-sync keygen-promisify pbkdf2 scrypt hkdf random randomfillsync-regression randomuuid'''.split()]
TIMERS = [f'test-timers{s}.js' for s in ['', '-args', '-api-refs', '-clear-null-does-not-throw-error',
          '-clear-object-does-not-throw-error', '-clear-timeout-interval-equivalent', '-clearImmediate',
          '-immediate', '-immediate-queue', '-immediate-promisified', '-interval-promisified',
          '-timeout-promisified', '-promises', '-promises-scheduler', '-nested', '-next-tick', '-ordering',
          '-this', '-throw-when-cb-not-function', '-timeout-to-interval', '-zero-timeout', '-refresh',
          '-unref', '-non-integer-delay', '-to-primitive', '-invalid-clear', '-user-call',
          '-uncaught-exception', '-interval-throw']]
PROCESS = match(r'test-process-env') + match(r'test-next-tick') + ['test-process-next-tick.js']
PROCESS = [p for p in PROCESS if p not in ('test-next-tick-domain.js',)]

SELECT = [
    ('buffer', match(r'test-buffer-')),
    ('events', match(r'test-event-emitter-') + match(r'test-events-')),
    ('util', ['test-util.js'] + match(r'test-util-')),
    ('path', ['test-path.js'] + match(r'test-path-')),
    ('querystring', match(r'test-querystring')),
    ('string_decoder', match(r'test-string-decoder')),
    ('url', match(r'test-url-')),
    ('assert', match(r'test-assert')),
    ('async_hooks', match(r'test-async-local-storage-')),
    ('stream', STREAM),
    ('zlib', ['test-zlib.js'] + match(r'test-zlib-')),
    ('crypto', CRYPTO),
    ('process', PROCESS),
    ('timers', TIMERS),
]
# Not in test/parallel: crypto.timingSafeEqual's tests live in test/sequential.
EXTRA = [('crypto', 'sequential/test-crypto-timing-safe-equal.js')]

deno = jsonc.load(CONFIG)
NODE_MODULES = set('''assert async_hooks buffer child_process cluster console constants crypto dgram
diagnostics_channel dns domain events fs fs/promises http http2 https inspector module net os path
path/posix path/win32 perf_hooks process punycode querystring readline readline/promises repl sqlite
stream stream/consumers stream/promises stream/web string_decoder sys test timers timers/promises tls
trace_events tty url util util/types v8 vm wasi worker_threads zlib assert/strict dns/promises'''.split()) - {'test'}
UNAVAILABLE = set('''child_process cluster dgram dns dns/promises fs fs/promises http http2 https
inspector net os readline readline/promises repl tls tty v8 vm worker_threads wasi domain
perf_hooks trace_events sqlite module'''.split())

# Flags that change only what Node prints, not what a test checks.
HARMLESS_FLAGS = {'--no-warnings'}

def uses(path, src):
    req = set(re.findall(r'''(?:require\(\s*|import\s*\(\s*)['"]([^'"]+)['"]''', src))
    if path.endswith('.mjs'):
        req |= set(re.findall(r'''^\s*(?:import|export)\b[^'"]*?(?:from\s+)?['"]([^'"]+)['"]''', src, re.M))
    flags = re.findall(r'^// Flags:(.*)$', src, re.M)
    out, blockers = [], []
    for r in sorted(req):
        name = r[5:] if r.startswith('node:') else r
        if r.startswith('.'):
            out.append(r)
            if 'common' not in r or r.rstrip('/').endswith(('tmpdir', 'child_process', 'wpt', 'inspector-helper',
                                                                 'http2', 'tls', 'net', 'report', 'benchmark',
                                                                 'shared-lib-util', 'sea', 'snapshot', 'heap')):
                blockers.append(r)
        elif name.startswith('internal/') or name.startswith('_'):
            out.append(r); blockers.append(r)
        elif r == 'node:test':
            # nano has no node:test: the runner points it at common/node_test.js.
            out.append('node:test(common/node_test.js)')
        elif name in NODE_MODULES:
            if name not in ('assert', 'assert/strict'):
                out.append(name)
            if name in UNAVAILABLE:
                blockers.append(name)
        else:
            out.append(r); blockers.append(r)
    for f in flags:
        out.append('Flags:' + f.strip())
        hard = [x for x in f.split() if x not in HARMLESS_FLAGS]
        if hard:
            blockers.append('Flags:' + ' '.join(hard))
    if re.search(r'internalBinding|process\.binding\(', src):
        out.append('internalBinding'); blockers.append('internalBinding')
    if 'process.argv[2]' in src or "process.argv[2]" in src:
        out.append('argv-child'); blockers.append('argv-child')
    if path.endswith('.mjs'):
        out.append('ESM')
    # common helpers that need what a Workers isolate lacks: the harness skips.
    for helper, why in (('spawnPromisified', 'child-process'), ('childShouldThrowAndAbort', 'child-process'),
                        ('escapePOSIXShell', 'child-process'), ('PORT', 'sockets'),
                        ('enoughTestMem', 'memory>1.75GB'), ('getTTYfd', 'tty'), ('runWithInvalidFD', 'fd')):
        if helper == 'enoughTestMem':
            # A blocker only where the whole test skips without it.
            if re.search(r'if\s*\(\s*!common\.enoughTestMem\s*\)', src):
                out.append('common.enoughTestMem'); blockers.append(f'common.enoughTestMem({why})')
            continue
        if re.search(r'\bcommon\.' + helper + r'\b', src) or re.search(r'\{[^}]*\b' + helper + r'\b[^}]*\}\s*=\s*require\([\'"]\.\./common', src):
            out.append(f'common.{helper}'); blockers.append(f'common.{helper}({why})')
    if re.search(r'\b(?:global|globalThis)\.gc\b|\bgc\(\)', src):
        out.append('gc'); blockers.append('gc')
    return out, blockers

def fixtures_of(src):
    # The same names as tools/layout.mjs fixturesOf(): literal arguments of
    # fixtures.readSync/readKey/readKeys (what the runner bundles into test.js).
    names = []
    lit = lambda t: re.findall(r'''['"]([^'"]+)['"]''', t)
    for fn, args in re.findall(r'fixtures\.(readSync|readKey|readKeys)\(([^)]*)\)', src):
        first = re.match(r'''\s*['"]([^'"]+)['"]''', args)
        if fn == 'readSync':
            arr = re.match(r'\s*\[([^\]]*)\]', args)
            parts = lit(arr.group(1)) if arr else [first.group(1)] if first else []
            if parts:
                names.append('/'.join(parts).lstrip('/'))
        elif fn == 'readKey':
            if first:
                names.append('keys/' + first.group(1))
        else:
            names += ['keys/' + n for n in lit(args)[1:]]
    if 'fixtures.utf8TestText' in src:
        names.append('utf8_test_text.txt')
    return sorted(set(names))

rows, fixtures_used = [], {}
os.makedirs(os.path.join(OUT, 'parallel'), exist_ok=True)
os.makedirs(os.path.join(OUT, 'sequential'), exist_ok=True)
allsel = [(m, 'parallel/' + f) for m, fs in SELECT for f in fs] + EXTRA
seen = set()
for module, rel in allsel:
    if rel in seen:
        continue
    seen.add(rel)
    src = git('show', f'{COMMIT}:test/{rel}')
    open(os.path.join(OUT, rel), 'wb').write(src)
    text = src.decode('utf-8', 'replace')
    u, blockers = uses(rel, text)
    for fx in set(re.findall(r'''fixtures\.(?:path|readSync|readKey|fileURL)\(\s*(['"][^)]*)\)''', text)):
        fixtures_used.setdefault(fx, []).append(rel)
    st = jsonc.deno_status(deno.get(rel))
    rows.append((rel, module, 'yes' if st in ('pass', 'flaky') else 'no', st, 'no' if blockers else 'yes', ' '.join(u),
                 ' '.join(blockers), ' '.join(fixtures_of(text))))

with open(os.path.join(OUT, 'selection.tsv'), 'w') as f:
    f.write('file\tmodule\tin_deno_list\tdeno_status\trunnable\tuses\tblockers\tfixtures\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')
with open('/tmp/nt/fixtures_used.txt', 'w') as f:
    for k, v in sorted(fixtures_used.items()):
        f.write(f'{k}\t{" ".join(v)}\n')
print(len(rows), 'files')
