#!/usr/bin/env bash
# Tests ngx_http_nano_module through a real nginx and real HTTP: builds the
# module (build.sh), starts nginx on 127.0.0.1 with one worker process, drives
# it with curl and wrk, and prints "N passed, N failed" (exit status 1 on any
# failure).
#
#   bindings/nginx/test.sh            (NANO_NGINX_LOAD_SECONDS=20 by default)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
load_seconds="${NANO_NGINX_LOAD_SECONDS:-20}"
source "$here/nginx.sh"

module="$("$here/build.sh" "$root/target/nginx")" || { echo "build failed"; exit 1; }

prefix="$(mktemp -d)"
chmod 755 "$prefix" # nginx's workers run as nobody when started as root
port=$((20000 + RANDOM % 20000))
base="http://127.0.0.1:$port"
h2port=$((port + 1))
log="$prefix/error.log"
mkdir -p "$prefix/static"
echo "static file" >"$prefix/static/file.txt"

nano_nginx_conf "$prefix" "$module" 1 info <<HTTP
client_max_body_size 16m;

nano_script hello $root/examples/workers/hello.js;
nano_script api $root/examples/workers/api.js;
nano_script echo $here/tests/workers/echo.js GREETING=hello-from-nginx;
nano_script respond $here/tests/workers/respond.js;
nano_script counter_fresh $here/tests/workers/counter.js fresh;
nano_script counter_reuse $here/tests/workers/counter.js reuse;
nano_script counter_strict $here/tests/workers/counter.js strict;
nano_script graph $here/tests/workers/graph/index.js;

nano_pool_size 4;
nano_cpu_limit 300ms;
nano_wall_limit 2s;
nano_memory_limit 64m;
nano_console error_log notice;

server {
    listen 127.0.0.1:$port;
    listen 127.0.0.1:$h2port http2;

    location / {
        nano_pass echo;
    }
    location /hello/ {
        nano_pass hello;
    }
    location /api/ {
        nano_pass api;
    }
    location /respond/ {
        nano_pass respond;
    }
    location /counter/fresh { nano_pass counter_fresh; }
    location /counter/reuse { nano_pass counter_reuse; }
    location /counter/strict { nano_pass counter_strict; }
    location /graph/ { nano_pass graph; }
    location /static/ {
        root $prefix;
    }
    location /plain/ {
    }
}
HTTP

passed=0
failed=0
check() { # check NAME COMMAND... : passes when COMMAND succeeds
  if "${@:2}"; then
    echo "ok   $1"
    passed=$((passed + 1))
  else
    echo "FAIL $1"
    failed=$((failed + 1))
  fi
}
has() { grep -qF -- "$2" <<<"$1" || { echo "     expected to find: $2" >&2; echo "     in: ${1:0:600}" >&2; return 1; }; }
lacks() { ! grep -qF -- "$2" <<<"$1" || { echo "     did not expect: $2" >&2; return 1; }; }
# fetch ARGS... : writes status to $status, headers to $head, body to $body
fetch() {
  local out
  out="$(curl -s -D "$prefix/head" -o "$prefix/body" -w '%{http_code}' "$@")"
  status="$out"
  head="$(tr -d '\r' <"$prefix/head")"
  body="$(cat "$prefix/body")"
}
log_since() { tail -c +"$(($1 + 1))" "$log"; }
log_size() { stat -c %s "$log" 2>/dev/null || echo 0; }
# wait_log MARK TEXT [COUNT]: polls the error log (10 s at most) until TEXT
# has appeared COUNT times (1) since MARK; fails if it never does. Steps are
# ordered by what the log says happened, never by sleeping.
wait_log() {
  local i
  for i in $(seq 200); do
    [ "$(log_since "$1" | grep -cF -- "$2")" -ge "${3:-1}" ] && return 0
    sleep 0.05
  done
  echo "     the error log never showed ${3:-1} × \"$2\"" >&2
  return 1
}
# fetch_logged TEXT ARGS... : fetch, wait for TEXT in the error log, then
# $lines holds what the log got meanwhile
fetch_logged() {
  local mark rc text="$1"
  shift
  mark="$(log_size)"
  fetch "$@"
  rc=$?
  wait_log "$mark" "$text" || rc=1
  lines="$(log_since "$mark")"
  return "$rc"
}

nginx -t -q -p "$prefix" -c nginx.conf || { echo "nginx -t failed"; exit 1; }
nginx -p "$prefix" -c nginx.conf || { echo "nginx did not start"; exit 1; }
# (and the private ones of single tests, should one be left running)
trap 'for p in "$prefix"/*/nginx.pid; do [ -f "$p" ] && nano_nginx_quit "${p%/nginx.pid}"; done
  nano_nginx_quit "$prefix"; rm -rf "$prefix"' EXIT
nano_nginx_wait "$base/static/file.txt" || { echo "nginx does not answer"; exit 1; }

# --- the request reaches the script whole ---------------------------------
t_hello() {
  fetch "$base/hello/x?y=1" && [ "$status" = 200 ] &&
    has "$body" "Hello from nano! You asked for GET $base/hello/x?y=1" &&
    has "$head" "x-powered-by: nano" && has "$head" "Content-Type: text/plain;charset=UTF-8"
}
check "hello world" t_hello

t_echo_get() {
  fetch -H 'X-Repeat: one' -H 'X-Other: z' -H 'X-Repeat: two' "$base/path/to?q=a%20b&r=2" &&
    [ "$status" = 200 ] &&
    has "$body" '"method":"GET"' && has "$body" "\"url\":\"$base/path/to?q=a%20b&r=2\"" &&
    has "$body" '["x-repeat","one, two"]' && has "$body" '["x-other","z"]' &&
    has "$body" "[\"host\",\"127.0.0.1:$port\"]" && has "$body" '"bodyLength":0' &&
    has "$body" '"greeting":"hello-from-nginx"'
}
check "echo: method, full URL, headers (repeated ones in order), env binding" t_echo_get

t_echo_post() {
  fetch -X POST -H 'content-type: text/plain' --data-binary 'the body, as sent' "$base/post" &&
    [ "$status" = 200 ] && has "$body" '"method":"POST"' &&
    has "$body" '"body":"the body, as sent"' && has "$body" '"bodyLength":17'
}
check "echo: POST body" t_echo_post

t_echo_big_body() {
  head -c 3000000 /dev/urandom >"$prefix/big.bin"
  local sum
  sum="$(sha256sum "$prefix/big.bin" | cut -d' ' -f1)"
  fetch -X PUT --data-binary @"$prefix/big.bin" "$base/big" && [ "$status" = 200 ] &&
    has "$body" '"bodyLength":3000000' && has "$body" "\"bodySha256\":\"$sum\"" &&
    fetch -X POST -H 'Transfer-Encoding: chunked' --data-binary @"$prefix/big.bin" "$base/chunked" &&
    [ "$status" = 200 ] && has "$body" "\"bodySha256\":\"$sum\""
}
check "echo: 3 MB body (nginx spills it to a file), fixed-length and chunked" t_echo_big_body

t_echo_absolute() {
  fetch --request-target "http://example.test:8443/abs?x=1" "$base/" && [ "$status" = 200 ] &&
    has "$body" '"url":"http://example.test:8443/abs?x=1"'
}
check "echo: absolute-form request line keeps the client's URL" t_echo_absolute

t_echo_raw_bytes() {
  # A raw UTF-8 "é" and a lone 0xff in the request line, a Latin-1 byte in a header.
  local out
  # (through bash's /dev/tcp: curl's telnet:// would double the 0xff byte)
  out="$(timeout 5 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"
    printf "GET /caf\xc3\xa9?q=\xff HTTP/1.1\r\nHost: raw.test\r\nX-Latin: caf\xe9\r\nConnection: close\r\n\r\n" >&3
    cat <&3' _ "$port")"
  has "$out" "HTTP/1.1 200" && has "$out" '"url":"http://raw.test/caf%C3%A9?q=%FF"' &&
    has "$out" '["x-latin","café"]'
}
check "echo: raw non-ASCII bytes in the URL are percent-encoded; Latin-1 header bytes kept" t_echo_raw_bytes

t_head() {
  local len
  len="$(printf 'Hello from nano! You asked for HEAD %s\n' "$base/hello/" | wc -c)"
  fetch -I "$base/hello/" && [ "$status" = 200 ] && has "$head" "Content-Length: $len" &&
    [ "$(curl -s -I -o /dev/null -w '%{size_download}' "$base/hello/")" = 0 ]
}
check "HEAD: headers, no body" t_head

t_http2() {
  fetch --http2-prior-knowledge "http://127.0.0.1:$h2port/hello/h2?x=1" && [ "$status" = 200 ] &&
    has "$head" "HTTP/2 200" && has "$head" "x-powered-by: nano" &&
    has "$body" "You asked for GET http://127.0.0.1:$h2port/hello/h2?x=1" &&
    fetch --http2-prior-knowledge -X POST --data-binary 'over h2' -H 'X-A: 1' "http://127.0.0.1:$h2port/p" &&
    [ "$status" = 200 ] && has "$body" '"body":"over h2"' && has "$body" '["x-a","1"]' &&
    fetch --http2-prior-knowledge "http://127.0.0.1:$h2port/respond/cookies" && [ "$status" = 200 ] &&
    [ "$(grep -c '^set-cookie:' <<<"$head")" = 3 ]
}
check "HTTP/2: the same request and response, repeated Set-Cookie kept" t_http2

# --- JSON API with routing -------------------------------------------------
t_api() {
  fetch "$base/api/users" && [ "$status" = 200 ] && has "$head" "Content-Type: application/json" &&
    has "$body" '{"id":3,"name":"linus","role":"user"}' &&
    fetch "$base/api/users?role=admin" && [ "$body" = '[{"id":1,"name":"ada","role":"admin"}]' ] &&
    fetch "$base/api/users/2" && [ "$status" = 200 ] && [ "$body" = '{"id":2,"name":"grace","role":"user"}' ] &&
    fetch "$base/api/users/9" && [ "$status" = 404 ] && has "$body" '"error":"no user 9"' &&
    fetch -X POST --data-binary '{"name":"barbara"}' "$base/api/users" && [ "$status" = 201 ] &&
    has "$body" '"name":"barbara"' &&
    fetch -X POST --data-binary 'not json' "$base/api/users" && [ "$status" = 422 ] &&
    fetch "$base/api/nope" && [ "$status" = 404 ] && has "$body" '"path":"/api/nope"'
}
check "JSON API: routes, query, path parameters, POST, 404 and 422" t_api

# --- the response goes out whole ------------------------------------------
t_status() {
  fetch "$base/respond/status/201" && [ "$status" = 201 ] && has "$head" "x-status: 201" &&
    fetch "$base/respond/status/418" && [ "$status" = 418 ] && has "$body" "status 418" &&
    fetch "$base/respond/status/503" && [ "$status" = 503 ] && has "$body" "status 503" &&
    fetch "$base/respond/empty" && [ "$status" = 204 ] && [ -z "$body" ]
}
check "status codes set by the script (201, 418, 503, 204)" t_status

t_stream_bodies() {
  fetch "$base/respond/stream" && [ "$status" = 200 ] && [ "$body" = "$(printf 'part 1\npart 2\npart 3')" ] &&
    fetch -X POST --data-binary 'shout' "$base/respond/stream" && [ "$status" = 200 ] && [ "$body" = "SHOUT" ]
}
check "stream bodies: a ReadableStream made across timers, a request body through a TransformStream" t_stream_bodies

t_redirect() {
  fetch "$base/respond/redirect" && [ "$status" = 302 ] &&
    has "$head" "location: $base/status/200" || return 1
  local followed
  followed="$(curl -s -L -o /dev/null -w '%{http_code} %{num_redirects}' "$base/respond/redirect")"
  # the script's Location is sent as written (no nginx rewriting): it points
  # at /status/200, which is the echo script here
  [ "$followed" = "200 1" ]
}
check "redirect: 302 with the script's Location, followed by curl -L" t_redirect

t_cookies() {
  fetch "$base/respond/cookies" && [ "$status" = 200 ] || return 1
  local cookies
  cookies="$(grep -iE '^(set-cookie|x-order):' <<<"$head" | tr '\n' '|')"
  [ "$cookies" = "set-cookie: a=1; Path=/|x-order: first|set-cookie: b=2; HttpOnly|x-order: second|set-cookie: c=3|" ] ||
    { echo "     header lines: $cookies" >&2; return 1; }
}
check "repeated headers (Set-Cookie among them) kept, in the script's order" t_cookies

t_big_response() {
  # 4 MB to a client reading at 4 MB/s: nginx sends it over many write events
  # from the script's own buffer.
  local want got
  want="$(yes 0123456789 | tr -d '\n' | head -c 4000000 | sha256sum | cut -d' ' -f1)"
  got="$(curl -s --limit-rate 4M "$base/respond/big/4000000" | sha256sum | cut -d' ' -f1)"
  [ "$want" = "$got" ]
}
check "a 4 MB response body to a slow client arrives whole" t_big_response

t_streamed_first_byte() {
  # The first chunk leaves as soon as the script makes it: long before the
  # second, 1.5 s later (curl's own clocks; the margin is a second).
  local times first total
  times="$(curl -s -o "$prefix/drip.out" -w '%{time_starttransfer} %{time_total}' "$base/respond/drip")"
  first="${times% *}"; total="${times#* }"
  [ "$(cat "$prefix/drip.out")" = "$(printf 'drip 1\ndrip 2')" ] &&
    awk -v f="$first" -v t="$total" 'BEGIN { exit !(t - f > 1.0) }' ||
    { echo "     first byte at ${first}s, end at ${total}s" >&2; return 1; }
}
check "a streamed body: the first chunk reaches the client before the script has finished" t_streamed_first_byte

t_streamed_slow_client() {
  # 8 MB in 64 KiB chunks to a client reading at 4 MB/s: chunked, whole, in
  # order; then HEAD sends the head alone.
  local want got
  want="$(curl -s "$base/respond/sized/8000000" | sha256sum | cut -d' ' -f1)"
  got="$(curl -s --limit-rate 4M "$base/respond/sized/8000000" | sha256sum | cut -d' ' -f1)"
  fetch "$base/respond/sized/100" && has "$head" "Transfer-Encoding: chunked" && [ "${#body}" = 100 ] &&
    [ "$want" = "$got" ] && [ "$(curl -s "$base/respond/sized/8000000" | wc -c)" = 8000000 ] &&
    [ "$(curl -s -I -o /dev/null -w '%{http_code} %{size_download}' "$base/respond/sized/8000000")" = "200 0" ]
}
check "a streamed 8 MB body to a slow client arrives whole; HEAD gets the head alone" t_streamed_slow_client

t_streamed_declared_length() {
  # A FixedLengthStream body: Content-Length, not chunked, and whole.
  fetch "$base/respond/fixed/5500" && [ "$status" = 200 ] &&
    has "$head" "Content-Length: 5500" && lacks "$head" "Transfer-Encoding" && [ "${#body}" = 5500 ]
}
check "a streamed body of a declared length (FixedLengthStream) goes out with Content-Length" t_streamed_declared_length

t_handoff_streams() {
  # While a request holds the script's inline isolate (a minute's timer),
  # the next ones are handed off to nano's threads: their stream bodies go
  # out streamed as well (first byte long before the end; 8 MB to a slow
  # client whole; a client that leaves cancels the stream).
  local times first total want got mark ok=0 holder
  mark="$(log_size)"
  curl -s -o /dev/null --max-time 20 "$base/respond/sleep" &
  holder=$!
  wait_log "$mark" "started /sleep" || { kill "$holder"; return 1; }
  times="$(curl -s -o "$prefix/drip2.out" -w '%{time_starttransfer} %{time_total}' "$base/respond/drip")"
  first="${times% *}"; total="${times#* }"
  want="$(curl -s "$base/respond/sized/8000000" | sha256sum | cut -d' ' -f1)"
  got="$(curl -s --limit-rate 4M "$base/respond/sized/8000000" | sha256sum | cut -d' ' -f1)"
  mark="$(log_size)"
  curl -s -o /dev/null --limit-rate 200K --max-time 0.5 "$base/respond/endless"
  if [ "$(cat "$prefix/drip2.out")" = "$(printf 'drip 1\ndrip 2')" ] &&
    awk -v f="$first" -v t="$total" 'BEGIN { exit !(t - f > 1.0) }' &&
    wait_log "$mark" "endless stream cancelled after" &&
    [ "$(curl -s "$base/respond/sized/8000000" | wc -c)" = 8000000 ] && [ "$want" = "$got" ]; then
    ok=1
  else
    echo "     handed off: first byte at ${first}s, end at ${total}s" >&2
  fi
  kill "$holder" 2>/dev/null
  wait "$holder" 2>/dev/null
  [ "$ok" = 1 ]
}
check "handed-off requests stream too: first byte before the end, 8 MB to a slow client whole, a client gone cancels" t_handoff_streams

t_streamed_client_gone() {
  # A client that leaves mid-stream: the script's stream is cancelled (its
  # cancel() logs), and the inline isolate serves the next request.
  local mark
  mark="$(log_size)"
  curl -s -o /dev/null --limit-rate 200K --max-time 0.5 "$base/respond/endless"
  wait_log "$mark" "endless stream cancelled after" &&
    lacks "$(log_since "$mark")" "nano_wall_limit" &&
    fetch "$base/respond/status/200" && [ "$status" = 200 ]
}
check "a client that leaves a streamed body cancels the script's stream" t_streamed_client_gone

t_request_body_streams_in() {
  # Full duplex: the script's upper-cased echo of the first part of a
  # chunked upload reaches the client before it sends the rest (a body read
  # whole first would never answer: the client waits for the echo).
  python3 - "$port" <<'PY' || return 1
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
s.sendall(b"POST /respond/stream HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nhello \r\n")
seen = b""
while b"HELLO " not in seen:
    data = s.recv(65536)
    if not data:
        sys.exit("closed before the echo: " + repr(seen))
    seen += data
s.sendall(b"5\r\nworld\r\n0\r\n\r\n")
while not seen.endswith(b"0\r\n\r\n"):
    data = s.recv(65536)
    if not data:
        break
    seen += data
if b"WORLD" not in seen:
    sys.exit("no second echo: " + repr(seen))
PY
  # A slow upload comes to the script in many chunks; two at once (the
  # second handed off to nano's threads while the first holds the inline
  # isolate) both arrive whole.
  head -c 400000 /dev/urandom >"$prefix/upload.bin"
  local first mark
  mark="$(log_size)"
  curl -s --limit-rate 400K -X POST --data-binary @"$prefix/upload.bin" "$base/respond/pieces" >"$prefix/p1" &
  first=$!
  wait_log "$mark" "started /pieces" || return 1
  curl -s --limit-rate 400K -X POST --data-binary @"$prefix/upload.bin" "$base/respond/pieces" >"$prefix/p2"
  wait "$first"
  local p1 p2
  p1="$(cat "$prefix/p1")"; p2="$(cat "$prefix/p2")"
  echo "     slow uploads arrived as: $p1; $p2" >&2
  has "$p1" "bytes 400000" && has "$p2" "bytes 400000" &&
    [ "$(cut -d' ' -f2 <<<"$p1")" -gt 1 ] && [ "$(cut -d' ' -f2 <<<"$p2")" -gt 1 ]
}
check "request bodies stream in: a chunked upload echoed part by part (full duplex); slow uploads arrive in many chunks, inline and handed off" t_request_body_streams_in

# --- failures ---------------------------------------------------------------
t_throw() {
  local line
  line="$(grep -n 'thrown on purpose' "$here/tests/workers/respond.js" | cut -d: -f1)"
  fetch_logged "thrown on purpose" "$base/respond/throw" && [ "$status" = 500 ] &&
    has "$lines" '[error]' && has "$lines" 'nano: script "respond" failed' &&
    has "$lines" "thrown on purpose in respond.js" && has "$lines" "at Object.fetch (respond.js:$line:" &&
    fetch_logged "rejected on purpose" "$base/respond/reject" && [ "$status" = 500 ] && has "$lines" "rejected on purpose"
}
check "script exception or rejection: 500 and the JS message and stack in the error log" t_throw

t_cpu_limit() {
  fetch_logged "CPU time limit" "$base/respond/spin" && [ "$status" = 503 ] &&
    has "$lines" 'stopped at the CPU time limit (nano_cpu_limit 300 ms)' || return 1
  fetch "$base/respond/status/200" && [ "$status" = 200 ] &&
    fetch "$base/hello/" && [ "$status" = 200 ]
}
check "CPU limit: 503 and a log line naming the limit; the next request is fine" t_cpu_limit

t_wall_and_memory_limits() {
  fetch_logged "wall-clock limit" "$base/respond/sleep" && [ "$status" = 503 ] &&
    has "$lines" 'stopped at the wall-clock limit (nano_wall_limit 2000 ms)' &&
    fetch_logged "memory limit" "$base/respond/hog" && [ "$status" = 503 ] &&
    has "$lines" 'stopped at the memory limit (nano_memory_limit 64 MiB)' &&
    fetch "$base/respond/status/200" && [ "$status" = 200 ]
}
check "wall-clock and memory limits: 503 and a log line naming each; the next request is fine" t_wall_and_memory_limits

t_client_gone() {
  local mark i
  mark="$(log_size)"
  for i in 1 2 3 4 5 6; do
    curl -s -o /dev/null --max-time 0.1 "$base/respond/sleep"
  done
  # each waiting script was cancelled when its client left, not run to the
  # wall-clock limit
  wait_log "$mark" 'ended after its request was closed: the evaluation was stopped' 6 &&
    [ "$(log_since "$mark" | grep -c 'ended after its request was closed: the evaluation was stopped')" = 6 ] &&
    lacks "$(log_since "$mark")" "nano_wall_limit" &&
    fetch "$base/hello/" && [ "$status" = 200 ]
}
check "a client that goes away cancels its waiting script" t_client_gone

t_no_script() {
  fetch "$base/plain/nothing" && [ "$status" = 404 ] &&
    fetch "$base/static/file.txt" && [ "$status" = 200 ] && [ "$body" = "static file" ]
}
check "a location without nano_pass: nginx's own 404 (and static files)" t_no_script

t_console() {
  fetch_logged "console error from respond.js marker-42" "$base/respond/log/marker-42" && [ "$status" = 200 ] &&
    has "$lines" "[notice]" &&
    has "$lines" "nano console: console line from respond.js marker-42" &&
    has "$lines" "nano console: console error from respond.js marker-42"
}
check "console output in the error log at the chosen level" t_console

# --- isolation modes by name ------------------------------------------------------
t_isolation_modes() {
  local mode i body seen_kept=0
  for mode in fresh strict; do
    for i in 1 2 3 4 5 6; do
      body="$(curl -s "http://127.0.0.1:$port/counter/$mode")"
      [ "$body" = "1 1" ] || { echo "     $mode answered $body" >&2; return 1; }
    done
  done
  # reuse: module state persists on an isolate (the count grows on one of
  # the pool's isolates), the global is reset every time.
  for i in 1 2 3 4 5 6 7 8 9 10; do
    body="$(curl -s "http://127.0.0.1:$port/counter/reuse")"
    [ "${body#* }" = "1" ] || { echo "     reuse kept a global: $body" >&2; return 1; }
    [ "${body% *}" -gt 1 ] && seen_kept=1
  done
  [ "$seen_kept" = 1 ] || { echo "     reuse never kept module state" >&2; return 1; }
  printf 'export default { fetch() { return new Response("x"); } };\n' >"$prefix/ok.js"
  sed "s|nano_script api .*|nano_script api $prefix/ok.js sometimes;|" "$prefix/nginx.conf" >"$prefix/badmode.conf"
  local out
  out="$(nginx -t -p "$prefix" -c badmode.conf 2>&1)" && return 1
  has "$out" "is neither NAME=VALUE nor service_worker nor an isolation mode (fresh, reuse, strict)"
}
check "isolation modes: fresh, strict, reuse by name" t_isolation_modes

# --- scripts that do not load are refused with the configuration --------------
t_bad_script_refused() {
  printf 'export default { fetch() { return new Response("x"); } };\nfoo(;\n' >"$prefix/bad.js"
  sed "s|nano_script api .*|nano_script api $prefix/bad.js;|" "$prefix/nginx.conf" >"$prefix/bad.conf"
  local out
  out="$(nginx -t -p "$prefix" -c bad.conf 2>&1)" && return 1
  has "$out" "[emerg]" && has "$out" "nano_script \"api\" ($prefix/bad.js) does not load" &&
    has "$out" "bad.js:2:5: SyntaxError: Unexpected token ';'" || return 1
  # A reload with it keeps the running workers and their scripts.
  local mark
  mark="$(log_size)"
  cp "$prefix/nginx.conf" "$prefix/good.conf"
  cp "$prefix/bad.conf" "$prefix/nginx.conf"
  # `nginx -s reload` reads the configuration first and refuses to signal;
  # a SIGHUP sent anyway makes the master refuse it and keep its workers.
  out="$(nginx -p "$prefix" -c nginx.conf -s reload 2>&1)"
  local refused=$?
  kill -HUP "$(cat "$prefix/nginx.pid")"
  wait_log "$mark" "does not load"
  cp "$prefix/good.conf" "$prefix/nginx.conf"
  [ "$refused" != 0 ] && has "$out" "does not load" &&
    has "$(log_since "$mark")" 'nano_script "api"' &&
    fetch "$base/api/users/1" && [ "$status" = 200 ] && has "$body" '"name":"ada"'
}
check "a script that does not compile fails nginx -t and a reload (old workers keep serving)" t_bad_script_refused

# --- a script of several modules, read from disk -----------------------------
t_module_graph() {
  fetch "$base/graph/?who=nginx" && [ "$status" = 200 ] && has "$body" "[nano] HELLO NGINX!" || return 1
  # A missing import fails nginx -t, naming the importing file, line and specifier.
  local dir="$prefix/broken"
  mkdir -p "$dir"
  printf '{}\n' >"$dir/package.json"
  printf 'import { x } from "./lib/x.js";\nexport default { fetch() { return new Response(x); } };\n' >"$dir/index.js"
  mkdir -p "$dir/lib"
  printf 'export const y = 1;\nexport { x } from "./missing.js";\n' >"$dir/lib/x.js"
  sed "s|nano_script api .*|nano_script api $dir/index.js;|" "$prefix/nginx.conf" >"$prefix/graph.conf"
  local out
  out="$(nginx -t -p "$prefix" -c graph.conf 2>&1)" && return 1
  has "$out" "nano_script \"api\" ($dir/index.js) does not load" &&
    has "$out" 'lib/x.js:2:19: import of "./missing.js": no such module'
}
check "a script of several modules (ES, CommonJS, JSON, text) from disk; nginx -t names a missing import" t_module_graph

# --- the event loop never waits on a script's timers -------------------------
# Scripts run inline on the worker's thread: one that waits on a timer (or a
# subrequest) gives the loop back at once; one that spins holds it, for at
# most its CPU limit (nano_cpu_limit 300ms here).
t_busy_does_not_block() {
  # Ordered by events, not timed: while a script waits on a minute's timer
  # (its start seen in the log), a static file and a second script are
  # answered, and the waiting one is still waiting. A spinning script holds
  # the worker until its CPU limit stops it (503); the static file asked for
  # meanwhile is answered after that. The times are printed, not asserted.
  local t1 t2 t3 mark waiting spinning ok=0
  mark="$(log_size)"
  curl -s -o "$prefix/wait.out" --max-time 30 "$base/respond/sleep" &
  waiting=$!
  wait_log "$mark" "started /sleep" || { kill "$waiting"; return 1; }
  t1="$(curl -s -o "$prefix/static.out" -w '%{time_total}' "$base/static/file.txt")"
  # The script's inline isolate waits: this request is handed off.
  t2="$(curl -s -o "$prefix/other.out" -w '%{time_total}' "$base/respond/status/201")"
  if [ "$(cat "$prefix/static.out")" = "static file" ] && grep -q "status 201" "$prefix/other.out" &&
    kill -0 "$waiting" 2>/dev/null; then
    ok=1
  fi
  kill "$waiting" 2>/dev/null
  wait "$waiting" 2>/dev/null
  echo "     during a script's minute-long timer: static file in ${t1}s, a second script in ${t2}s"
  mark="$(log_size)"
  curl -s -o "$prefix/spin.out" -w '%{http_code}' "$base/respond/spin" >"$prefix/spin.code" &
  spinning=$!
  t3="$(curl -s -o "$prefix/static2.out" -w '%{time_total}' "$base/static/file.txt")"
  wait "$spinning"
  echo "     static file asked for with a spinning script: ${t3}s (the CPU limit is 300 ms)"
  [ "$ok" = 1 ] && [ "$(cat "$prefix/spin.code")" = 503 ] && [ "$(cat "$prefix/static2.out")" = "static file" ] &&
    has "$(log_since "$mark")" "CPU time limit"
}
check "a script waiting on a timer holds up neither a static file nor another script; a spinning one is stopped at its CPU limit" t_busy_does_not_block


# --- a pool of one: requests queue in order, and time out ----------------------
t_queue_and_acquire_timeout() {
  local small="$prefix/small" sport=$((port + 2)) i rc=0
  nano_nginx_conf "$small" "$module" 1 info <<SMALL
nano_script respond $here/tests/workers/respond.js;
nano_pool_size 1;
nano_acquire_timeout 500ms;
nano_inline off;
nano_cpu_limit 1s;
server { listen 127.0.0.1:$sport; location / { nano_pass respond; } }
SMALL
  nginx -p "$small" -c nginx.conf || return 1
  nano_nginx_wait "http://127.0.0.1:$sport/r/status/200" || rc=1
  # Two 200 ms scripts on one isolate: the second waits its turn and runs.
  for i in 1 2; do curl -s -o "$small/q$i" -w '%{http_code}' "http://127.0.0.1:$sport/r/busy" >"$small/s$i" & done
  wait
  [ "$(cat "$small/s1")$(cat "$small/s2")" = 200200 ] || rc=1
  # Five at once: at most 500 ms of waiting, so the last ones get 503.
  for i in 1 2 3 4 5; do curl -s -o /dev/null -w '%{http_code}\n' "http://127.0.0.1:$sport/r/busy" >"$small/t$i" & done
  wait
  local codes
  codes="$(cat "$small"/t? | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
  echo "     five 200 ms scripts on a pool of one with a 500 ms wait: $codes"
  grep -q 503 "$small"/t? && grep -q 200 "$small"/t? || rc=1
  has "$(cat "$small/error.log")" 'no isolate free within nano_acquire_timeout (500 ms, nano_pool_size 1)' || rc=1
  # A client that gives up while queued withdraws its request: it never
  # runs (the one behind it runs right after the first): of the three, two
  # start. Each step waits for the log to show the one before.
  # (log_size, log_since and wait_log read $log: this nginx's, here.)
  local mark runs log="$small/error.log"
  mark="$(log_size)"
  curl -s -o /dev/null "http://127.0.0.1:$sport/r/busy" &
  wait_log "$mark" 'started /busy' || rc=1
  curl -s -o /dev/null --max-time 0.05 "http://127.0.0.1:$sport/r/busy"
  curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$sport/r/busy" >"$small/after"
  wait
  runs="$(log_since "$mark" | grep -c 'started /busy')"
  echo "     first, given-up and third request on a pool of one: $runs of them ran"
  [ "$(cat "$small/after")" = 200 ] && [ "$runs" = 2 ] || rc=1
  has "$(cat "$small/error.log")" 'client gone: its request left the queue' || rc=1
  ! grep -q 'ended after its request was closed' "$small/error.log" || rc=1
  nano_nginx_quit "$small" || rc=1
  return "$rc"
}
check "a pool of one: queued requests run in turn; past nano_acquire_timeout, 503 and a log line; a client gone from the queue withdraws its request" t_queue_and_acquire_timeout

# --- every limit and lockdown flag of nano.h as a directive ----------------------
# Each in a private nginx of its own (own port, own error log), started and
# stopped like the pool of one above. The log helpers read $log: a test sets
# `local log=...` to point them at its instance's.
# small_nginx NAME PORT < HTTP_BLOCK_BODY: starts a private nginx under
# $prefix/NAME, waits until its /up location (which the block declares, so
# that waiting runs no script) answers.
small_nginx() {
  nano_nginx_conf "$prefix/$1" "$module" 1 info
  nginx -p "$prefix/$1" -c nginx.conf && nano_nginx_wait "http://127.0.0.1:$2/up"
}

limits="$prefix/limits"
lport=$((port + 3))
lbase="http://127.0.0.1:$lport"
t_limits_start() {
  small_nginx limits "$lport" <<LIMITS
nano_script respond $here/tests/workers/respond.js;
nano_script locked $here/tests/workers/lockdown.js;
nano_script with_eval $here/tests/workers/lockdown.js allow_eval;
nano_script with_shared $here/tests/workers/lockdown.js allow_shared_memory;
nano_url_limit 100;
nano_header_count_limit 5;
nano_header_size_limit 300;
server {
    listen 127.0.0.1:$lport;
    location = /up { return 204; }
    location /r/ { nano_pass respond; }
    location /lockdown/locked { nano_pass locked; }
    location /lockdown/eval { nano_pass with_eval; }
    location /lockdown/shared { nano_pass with_shared; }
}
LIMITS
}
check "limits: a second nginx with small size limits and the lockdown flags starts" t_limits_start

t_url_limit() {
  # The URL the script would see, http://127.0.0.1:PORT/... included.
  local log="$limits/error.log" long
  long="$(head -c 100 /dev/zero | tr '\0' q)"
  fetch "$lbase/r/status/200?q=short" && [ "$status" = 200 ] &&
    fetch_logged "over the limit of 100" "$lbase/r/status/200?q=$long" && [ "$status" = 400 ] &&
    has "$lines" "the request URL is" && has "$lines" 'nano: script "respond"'
}
check "nano_url_limit: a URL over it gets 400 and the reason in the log" t_url_limit

t_header_count_limit() {
  # curl sends Host, User-Agent and Accept: two more make five, the limit.
  local log="$limits/error.log"
  fetch -H 'X-A: 1' -H 'X-B: 2' "$lbase/r/status/200" && [ "$status" = 200 ] &&
    fetch_logged "the request has 6 headers, over the limit of 5" \
      -H 'X-A: 1' -H 'X-B: 2' -H 'X-C: 3' "$lbase/r/status/200" && [ "$status" = 400 ] &&
    # A response's headers count too: /cookies sets six.
    fetch_logged "the response has 6 headers, over the limit of 5" "$lbase/r/cookies" &&
    [ "$status" = 500 ]
}
check "nano_header_count_limit: a request over it gets 400, a response over it 500, each logged" t_header_count_limit

t_header_size_limit() {
  local log="$limits/error.log" big
  big="$(head -c 300 /dev/zero | tr '\0' x)"
  fetch -H "X-Small: ${big:0:100}" "$lbase/r/status/200" && [ "$status" = 200 ] &&
    fetch_logged "over the limit of 300" -H "X-Big: $big" "$lbase/r/status/200" && [ "$status" = 400 ] &&
    has "$lines" "the request headers are"
}
check "nano_header_size_limit: headers over it get 400 and the reason in the log" t_header_size_limit

t_lockdown_flags() {
  local locked with_eval with_shared
  locked="$(curl -s "$lbase/lockdown/locked")"
  with_eval="$(curl -s "$lbase/lockdown/eval")"
  with_shared="$(curl -s "$lbase/lockdown/shared")"
  echo "     locked: $locked; allow_eval: $with_eval; allow_shared_memory: $with_shared"
  [ "$locked" = "eval EvalError sab undefined" ] && [ "$with_eval" = "eval 2 sab undefined" ] &&
    [ "$with_shared" = "eval EvalError sab function" ]
}
check "nano_script allow_eval and allow_shared_memory each lift one part of the lockdown" t_lockdown_flags

check "limits: the second nginx quits" nano_nginx_quit "$limits"

t_idle_timeout() {
  # One isolate, none kept warm, dropped 1 ms after its request: a reuse
  # script's module state starts again once it was dropped. By default (one
  # kept warm, a minute's timeout) the count would only grow.
  local idle="$prefix/idle" iport=$((port + 4)) i body rc=1
  small_nginx idle "$iport" <<IDLE || return 1
nano_script counter $here/tests/workers/counter.js reuse;
nano_pool_size 1;
nano_inline off;
nano_pool_min_idle 0;
nano_idle_timeout 1ms;
server {
    listen 127.0.0.1:$iport;
    location = /up { return 204; }
    location / { nano_pass counter; }
}
IDLE
  body="$(curl -s "http://127.0.0.1:$iport/")"
  if [ "$body" = "1 1" ]; then
    # Polled: a later request finds a new isolate once the reaper dropped
    # the first (at most 10 s).
    for i in $(seq 200); do
      body="$(curl -s "http://127.0.0.1:$iport/")"
      [ "$body" = "1 1" ] && { rc=0; break; }
      sleep 0.05
    done
  fi
  [ "$rc" = 0 ] || echo "     the isolate was never dropped: last answer $body" >&2
  nano_nginx_quit "$idle" || rc=1
  return "$rc"
}
check "nano_idle_timeout and nano_pool_min_idle 0: an idle isolate is dropped" t_idle_timeout

t_max_idle() {
  # No idle isolate kept: each request of a reuse script gets a new one
  # (kept, the second would count 2). Then nginx -t refuses a minimum over
  # the maximum, and a maximum over the pool.
  local mi="$prefix/maxidle" mport=$((port + 5)) answers out rc=0
  small_nginx maxidle "$mport" <<MAXIDLE || return 1
nano_script counter $here/tests/workers/counter.js reuse;
nano_pool_size 1;
nano_inline off;
nano_pool_max_idle 0;
server {
    listen 127.0.0.1:$mport;
    location = /up { return 204; }
    location / { nano_pass counter; }
}
MAXIDLE
  answers="$(curl -s "http://127.0.0.1:$mport/");$(curl -s "http://127.0.0.1:$mport/");$(curl -s "http://127.0.0.1:$mport/")"
  [ "$answers" = "1 1;1 1;1 1" ] || { echo "     three requests answered: $answers" >&2; rc=1; }
  sed 's/nano_pool_max_idle 0;/nano_pool_max_idle 0; nano_pool_min_idle 1;/' "$mi/nginx.conf" >"$mi/min.conf"
  out="$(nginx -t -p "$mi" -c min.conf 2>&1)" && rc=1
  has "$out" "nano_pool_min_idle must be at most nano_pool_max_idle" || rc=1
  sed 's/nano_pool_max_idle 0;/nano_pool_max_idle 2;/' "$mi/nginx.conf" >"$mi/max.conf"
  out="$(nginx -t -p "$mi" -c max.conf 2>&1)" && rc=1
  has "$out" "nano_pool_max_idle must be at most nano_pool_size" || rc=1
  nano_nginx_quit "$mi" || rc=1
  return "$rc"
}
check "nano_pool_max_idle 0: no isolate is kept between requests; nginx -t checks min <= max <= pool" t_max_idle

# --- load with reloads ---------------------------------------------------------
t_load_and_reloads() {
  local mark out reloads=20 rc=0
  mark="$(log_size)"
  wrk -t2 -c64 -d"${load_seconds}s" "$base/hello/" >"$prefix/wrk.out" 2>&1 &
  local wrk_pid=$!
  sleep 1
  local gap want
  gap="$(awk -v s="$load_seconds" -v n="$reloads" 'BEGIN { printf "%.2f", (s - 3) / n }')"
  for i in $(seq "$reloads"); do
    nginx -p "$prefix" -c nginx.conf -s reload 2>/dev/null || rc=1
    # one reload at a time: wait for its new worker before the next
    for _ in $(seq 100); do
      [ "$(log_since "$mark" | grep -c 'start worker process [0-9]')" -ge "$i" ] && break
      sleep 0.05
    done
    sleep "$gap"
  done
  wait "$wrk_pid"
  out="$(cat "$prefix/wrk.out")"
  sed 's/^/     /' <<<"$out" | grep -E "requests in|Requests/sec|Socket errors|Non-2xx"
  local lines
  lines="$(log_since "$mark")"
  local started
  started="$(grep -c 'start worker process [0-9]' <<<"$lines")"
  echo "     $reloads reloads; worker processes started: $started"
  [ "$rc" = 0 ] && has "$out" "Requests/sec" && lacks "$out" "Non-2xx" &&
    lacks "$lines" "exited on signal" && lacks "$lines" "[alert]" && lacks "$lines" "[emerg]" &&
    [ "$started" = "$reloads" ] &&
    fetch "$base/hello/after" && [ "$status" = 200 ]
}
check "wrk ${load_seconds} s, 64 connections, 20 reloads: no non-2xx, no crashed worker" t_load_and_reloads

t_quit_with_scripts_running() {
  # Two 200 ms scripts in flight when nginx is told to quit: the worker
  # finishes them (200) before it exits, and every process exits cleanly.
  local i
  local mark
  mark="$(log_size)"
  for i in 1 2; do curl -s -o "$prefix/quit$i.out" "$base/respond/busy" & done
  wait_log "$mark" "started /busy" 2 || return 1
  nano_nginx_quit "$prefix"
  wait
  grep -q "busy done" "$prefix/quit1.out" && grep -q "busy done" "$prefix/quit2.out" &&
    lacks "$(cat "$log")" "exited on signal" && lacks "$(cat "$log")" "open socket" &&
    has "$(cat "$log")" "exited with code 0" && [ ! -f "$prefix/nginx.pid" ]
}
check "nginx -s quit with scripts running: they finish, every process exits cleanly" t_quit_with_scripts_running

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
