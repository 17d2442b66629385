// Package nano runs Workers-style JavaScript (export default { fetch(request,
// env, ctx) }) inside a Go program, through libnano's C API.
//
// A Runtime is safe for concurrent use. JavaScript never runs on a goroutine's
// OS thread: every evaluation hops to a thread libnano created.
package nano

/*
#include <stdlib.h>
#include "nano.h"

extern void goNanoLog(void *user_data, nano_log_level level, char *message, size_t message_len);
extern void goNanoFetch(void *user_data, nano_request *request, nano_fetch_reply *reply);
*/
import "C"

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"runtime/cgo"
	"sort"
	"sync"
	"time"
	"unsafe"
)

// Code is a nano_result status code.
type Code int

// The status codes of libnano (nano_result); stable values.
const (
	CodeOK              Code = 0
	CodeNullPointer     Code = 1
	CodeInvalidArgument Code = 2
	CodeInvalidUTF8     Code = 3
	CodeScriptCompile   Code = 4
	CodeScriptNotFound  Code = 5
	CodeScriptExists    Code = 6
	CodeScriptError     Code = 7
	CodePoolExhausted   Code = 8
	CodeBusy            Code = 9
	CodePanic           Code = 10
	CodeInternal        Code = 11
	CodeTerminated      Code = 12
	CodeCPULimit        Code = 13
	CodeWallTimeLimit   Code = 14
	CodeMemoryLimit     Code = 15
	CodeShutdown        Code = 16
)

// Sentinels for errors.Is: an *Error matches the sentinel of its Code.
var (
	ErrInvalidArgument = &Error{Code: CodeInvalidArgument}
	ErrScriptCompile   = &Error{Code: CodeScriptCompile}
	ErrScriptNotFound  = &Error{Code: CodeScriptNotFound}
	ErrScriptExists    = &Error{Code: CodeScriptExists}
	ErrScriptError     = &Error{Code: CodeScriptError}
	ErrPoolExhausted   = &Error{Code: CodePoolExhausted}
	ErrBusy            = &Error{Code: CodeBusy}
	ErrInternal        = &Error{Code: CodeInternal}
	ErrTerminated      = &Error{Code: CodeTerminated}
	ErrCPULimit        = &Error{Code: CodeCPULimit}
	ErrWallTimeLimit   = &Error{Code: CodeWallTimeLimit}
	ErrMemoryLimit     = &Error{Code: CodeMemoryLimit}
	ErrShutdown        = &Error{Code: CodeShutdown}
	// ErrClosed is returned by calls on a closed Runtime.
	ErrClosed = errors.New("nano: runtime is closed")
)

// Error is a failure reported by libnano: its status code and the detail
// (for script errors, the JS message and stack).
type Error struct {
	Code    Code
	Message string
	// cause is the context error when a context ended the evaluation.
	cause error
}

func (e *Error) Error() string {
	if e.Message == "" {
		return fmt.Sprintf("nano: %s", C.GoString(C.nano_result_message(C.int(e.Code))))
	}
	return "nano: " + e.Message
}

// Is matches sentinels by code, and the context error that stopped an
// evaluation (so errors.Is(err, context.DeadlineExceeded) holds too).
func (e *Error) Is(target error) bool {
	if t, ok := target.(*Error); ok {
		return t.Code == e.Code && (t.Message == "" || t.Message == e.Message)
	}
	return e.cause != nil && errors.Is(e.cause, target)
}

func lastError[T ~uint32 | ~int32](code T) error {
	return &Error{Code: Code(code), Message: C.GoString(C.nano_last_error())}
}

// Level is the severity of a console line.
type Level int

const (
	LevelDebug Level = 0
	LevelInfo  Level = 1
	LevelWarn  Level = 2
	LevelError Level = 3
)

// Config configures a Runtime. Zero values take libnano's defaults.
type Config struct {
	MaxIsolates      int
	MaxIdlePerScript int
	MinIdlePerScript int
	IdleTimeout      time.Duration
	AcquireTimeout   time.Duration
	WallTimeLimit    time.Duration
	// CPUTimeLimit: most CPU time per request (default 50ms; negative: no
	// limit). Over it, Eval fails with ErrCPULimit.
	CPUTimeLimit time.Duration
	// Log receives console output (called from libnano's threads); stderr
	// when nil.
	Log func(level Level, message string)
	// Transport answers the scripts' fetch(); without one, fetch() rejects.
	Transport http.RoundTripper
}

// ScriptOptions are a script's format and bindings.
type ScriptOptions struct {
	// ServiceWorker: addEventListener("fetch", ...) form, bindings as globals.
	ServiceWorker bool
	// Env: string bindings, seen as env (or globals for service workers).
	Env map[string]string
	// ReuseContext keeps one context per isolate across requests (faster;
	// state then carries over between requests on an isolate).
	ReuseContext bool
}

// Runtime runs scripts. Safe for concurrent use; Close frees it.
type Runtime struct {
	mu     sync.RWMutex // held for reading by every call, for writing by Close
	ptr    *C.nano_runtime
	handle cgo.Handle
	slot   *C.uintptr_t // C copy of handle: the callbacks' user data
}

type callbacks struct {
	log       func(Level, string)
	transport http.RoundTripper
}

func millis(d time.Duration, def C.uint32_t) C.uint32_t {
	if d <= 0 {
		return def
	}
	return C.uint32_t(d / time.Millisecond)
}

// NewRuntime creates a runtime (V8 starts on the first one in the process).
func NewRuntime(cfg Config) (*Runtime, error) {
	var c C.nano_config
	if rc := C.nano_config_init(&c); rc != C.NANO_OK {
		return nil, lastError(rc)
	}
	if cfg.MaxIsolates > 0 {
		c.max_isolates = C.uint32_t(cfg.MaxIsolates)
	}
	if cfg.MaxIdlePerScript > 0 {
		c.max_idle_per_script = C.uint32_t(cfg.MaxIdlePerScript)
	}
	if cfg.MinIdlePerScript > 0 {
		c.min_idle_per_script = C.uint32_t(cfg.MinIdlePerScript)
	}
	c.idle_timeout_ms = millis(cfg.IdleTimeout, c.idle_timeout_ms)
	c.acquire_timeout_ms = millis(cfg.AcquireTimeout, c.acquire_timeout_ms)
	c.wall_time_limit_ms = millis(cfg.WallTimeLimit, c.wall_time_limit_ms)
	if cfg.CPUTimeLimit < 0 {
		c.cpu_time_limit_ms = 0
	} else {
		c.cpu_time_limit_ms = millis(cfg.CPUTimeLimit, c.cpu_time_limit_ms)
	}

	// Callbacks find their Go side through a handle kept in C memory (C may
	// not hold Go pointers).
	h := cgo.NewHandle(&callbacks{log: cfg.Log, transport: cfg.Transport})
	slot := (*C.uintptr_t)(C.malloc(C.size_t(unsafe.Sizeof(C.uintptr_t(0)))))
	*slot = C.uintptr_t(h)
	if cfg.Log != nil {
		c.log_callback = C.nano_log_callback(C.goNanoLog)
		c.log_user_data = unsafe.Pointer(slot)
	}
	if cfg.Transport != nil {
		c.fetch_callback = C.nano_fetch_callback(C.goNanoFetch)
		c.fetch_user_data = unsafe.Pointer(slot)
	}
	var ptr *C.nano_runtime
	if rc := C.nano_runtime_new(&c, &ptr); rc != C.NANO_OK {
		err := lastError(rc)
		h.Delete()
		C.free(unsafe.Pointer(slot))
		return nil, err
	}
	rt := &Runtime{ptr: ptr, handle: h, slot: slot}
	// A backstop only: call Close.
	runtime.SetFinalizer(rt, func(r *Runtime) { _ = r.Close() })
	return rt, nil
}

// Close frees the runtime, waiting for evaluations in progress. Calling it
// again does nothing.
func (r *Runtime) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ptr == nil {
		return nil
	}
	if rc := C.nano_runtime_free(r.ptr); rc != C.NANO_OK {
		return lastError(rc)
	}
	r.ptr = nil
	r.handle.Delete()
	C.free(unsafe.Pointer(r.slot))
	r.slot = nil
	runtime.SetFinalizer(r, nil)
	return nil
}

// AddScript registers a script under name; its top level runs once, here.
// A script that does not compile or throws gives an error matching
// ErrScriptCompile, with the line, column and message.
func (r *Runtime) AddScript(name, source string, opts ScriptOptions) error {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if r.ptr == nil {
		return ErrClosed
	}
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	csrc := C.CBytes([]byte(source))
	defer C.free(csrc)
	var o C.nano_script_options
	C.nano_script_options_init(&o)
	if opts.ServiceWorker {
		o.format = C.NANO_SCRIPT_SERVICE_WORKER
	}
	if opts.ReuseContext {
		o.reuse_context = 1
	}
	keys := make([]string, 0, len(opts.Env))
	for k := range opts.Env {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var bindings *C.nano_binding
	if len(keys) > 0 {
		size := C.size_t(len(keys)) * C.size_t(unsafe.Sizeof(C.nano_binding{}))
		bindings = (*C.nano_binding)(C.malloc(size))
		defer C.free(unsafe.Pointer(bindings))
		list := unsafe.Slice(bindings, len(keys))
		for i, k := range keys {
			list[i].name = (*C.char)(C.CBytes([]byte(k)))
			list[i].name_len = C.size_t(len(k))
			list[i].value = (*C.char)(C.CBytes([]byte(opts.Env[k])))
			list[i].value_len = C.size_t(len(opts.Env[k]))
			defer C.free(unsafe.Pointer(list[i].name))
			defer C.free(unsafe.Pointer(list[i].value))
		}
		o.bindings = bindings
		o.bindings_len = C.size_t(len(keys))
	}
	rc := C.nano_runtime_add_script(r.ptr, cname, (*C.char)(csrc), C.size_t(len(source)), &o)
	runtime.KeepAlive(r)
	if rc != C.NANO_OK {
		return lastError(rc)
	}
	return nil
}

// Response is what a script's handler returned.
type Response struct {
	Status int
	// Headers in the order the script set them (names lower-case; repeated
	// names such as set-cookie kept).
	Headers [][2]string
	Body    []byte
}

// Header collects Headers into an http.Header.
func (r *Response) Header() http.Header {
	h := http.Header{}
	for _, kv := range r.Headers {
		h.Add(kv[0], kv[1])
	}
	return h
}

// cRequest holds a request in C memory for one call.
type cRequest struct {
	req   C.nano_request
	alloc []unsafe.Pointer
}

func (c *cRequest) bytes(b []byte) *C.uint8_t {
	if b == nil {
		return nil
	}
	p := C.CBytes(b)
	c.alloc = append(c.alloc, p)
	return (*C.uint8_t)(p)
}

func (c *cRequest) free() {
	for _, p := range c.alloc {
		C.free(p)
	}
}

// newCRequest converts an http.Request: the full URL as the client asked
// for it, every header (names sorted, values in order), the body read whole.
func newCRequest(req *http.Request) (*cRequest, error) {
	c := &cRequest{}
	url := *req.URL
	if url.Scheme == "" {
		url.Scheme = "http"
		if req.TLS != nil {
			url.Scheme = "https"
		}
	}
	if url.Host == "" {
		url.Host = req.Host
	}
	method := req.Method
	if method == "" {
		method = http.MethodGet
	}
	names := make([]string, 0, len(req.Header))
	for k := range req.Header {
		names = append(names, k)
	}
	sort.Strings(names)
	n := 0
	for _, k := range names {
		n += len(req.Header[k])
	}
	if req.Host != "" && req.Header.Get("Host") == "" {
		n++
	}
	if n > 0 {
		p := C.malloc(C.size_t(n) * C.size_t(unsafe.Sizeof(C.nano_header{})))
		c.alloc = append(c.alloc, p)
		list := unsafe.Slice((*C.nano_header)(p), n)
		i := 0
		add := func(k, v string) {
			list[i].name = c.bytes([]byte(k))
			list[i].name_len = C.size_t(len(k))
			list[i].value = c.bytes([]byte(v))
			list[i].value_len = C.size_t(len(v))
			i++
		}
		if req.Host != "" && req.Header.Get("Host") == "" {
			add("host", req.Host)
		}
		for _, k := range names {
			for _, v := range req.Header[k] {
				add(k, v)
			}
		}
		c.req.headers = (*C.nano_header)(p)
		c.req.headers_len = C.size_t(n)
	}
	full := url.String()
	c.req.method = (*C.char)(unsafe.Pointer(c.bytes([]byte(method))))
	c.req.method_len = C.size_t(len(method))
	c.req.url = (*C.char)(unsafe.Pointer(c.bytes([]byte(full))))
	c.req.url_len = C.size_t(len(full))
	if req.Body != nil && req.Body != http.NoBody {
		body, err := io.ReadAll(req.Body)
		if err != nil {
			c.free()
			return nil, err
		}
		if len(body) > 0 || (method != http.MethodGet && method != http.MethodHead) {
			if len(body) == 0 {
				body = []byte{}
			}
			c.req.body = c.bytes(append(body, 0)[:len(body)])
			c.req.body_len = C.size_t(len(body))
		}
	}
	return c, nil
}

func readResponse(resp *C.nano_response) *Response {
	var status C.uint16_t
	var count C.size_t
	C.nano_response_status(resp, &status)
	C.nano_response_header_count(resp, &count)
	out := &Response{Status: int(status), Headers: make([][2]string, 0, int(count))}
	for i := C.size_t(0); i < count; i++ {
		var name, value *C.uint8_t
		var nl, vl C.size_t
		C.nano_response_header(resp, i, &name, &nl, &value, &vl)
		out.Headers = append(out.Headers, [2]string{
			C.GoStringN((*C.char)(unsafe.Pointer(name)), C.int(nl)),
			C.GoStringN((*C.char)(unsafe.Pointer(value)), C.int(vl)),
		})
	}
	var body *C.uint8_t
	var bl C.size_t
	C.nano_response_body(resp, &body, &bl)
	out.Body = C.GoBytes(unsafe.Pointer(body), C.int(bl))
	return out
}

// Eval runs script's fetch handler on req in a fresh context. When ctx ends
// first, the evaluation is stopped and the error matches both ErrTerminated
// and ctx.Err().
func (r *Runtime) Eval(ctx context.Context, script string, req *http.Request) (*Response, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	if r.ptr == nil {
		return nil, ErrClosed
	}
	creq, err := newCRequest(req)
	if err != nil {
		return nil, err
	}
	defer creq.free()
	cname := C.CString(script)
	defer C.free(unsafe.Pointer(cname))

	var w *C.nano_worker
	if rc := C.nano_pool_acquire(r.ptr, cname, &w); rc != C.NANO_OK {
		return nil, lastError(rc)
	}
	defer C.nano_pool_release(w)

	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		select {
		case <-ctx.Done():
			C.nano_worker_cancel(w)
		case <-done:
		}
	}()
	var resp *C.nano_response
	rc := C.nano_eval_request(w, &creq.req, &resp)
	close(done)
	<-stopped
	runtime.KeepAlive(r)
	if rc != C.NANO_OK {
		e := &Error{Code: Code(rc), Message: C.GoString(C.nano_worker_last_error(w))}
		if rc == C.NANO_ERR_TERMINATED {
			e.cause = ctx.Err()
		}
		return nil, e
	}
	defer C.nano_response_free(resp)
	return readResponse(resp), nil
}

// Handler serves script over net/http: each request evaluated in a fresh
// context. Script errors answer 500, an exhausted pool or a stopped
// evaluation 503; the detail goes to the error log, not the client.
func (r *Runtime) Handler(script string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		resp, err := r.Eval(req.Context(), script, req)
		if err != nil {
			status := http.StatusInternalServerError
			if errors.Is(err, ErrPoolExhausted) || errors.Is(err, ErrTerminated) ||
				errors.Is(err, ErrCPULimit) || errors.Is(err, ErrWallTimeLimit) {
				status = http.StatusServiceUnavailable
			}
			http.Error(w, http.StatusText(status), status)
			return
		}
		h := w.Header()
		for _, kv := range resp.Headers {
			h.Add(kv[0], kv[1])
		}
		w.WriteHeader(resp.Status)
		_, _ = w.Write(resp.Body)
	})
}
