package nano

/*
#include "calls.h"

extern void goNanoLog(void *user_data, nano_log_level level, char *message, size_t message_len);
extern void goNanoFetch(void *user_data, nano_request *request, nano_fetch_reply *reply);
*/
import "C"

import (
	"net/http"
	"runtime"
	"runtime/cgo"
	"sort"
	"sync"
	"unsafe"
)

// IsolationMode is how a script's requests are kept apart (the README's
// "Isolation modes" states each guarantee).
type IsolationMode uint32

const (
	// IsolationFresh (the default): a hardened realm per isolate, the
	// script's top level run again for every request, the realm reset after
	// it; nothing one request does is seen by the next.
	IsolationFresh IsolationMode = C.NANO_ISOLATION_FRESH
	// IsolationReuse: Workers' semantics, module state persists across the
	// requests an isolate serves; everything else is reset.
	IsolationReuse IsolationMode = C.NANO_ISOLATION_REUSE
	// IsolationStrict: a fresh V8 context per request.
	IsolationStrict IsolationMode = C.NANO_ISOLATION_STRICT
)

// ScriptOptions are a script's format, bindings and isolation mode.
type ScriptOptions struct {
	// ServiceWorker: addEventListener("fetch", ...) form, bindings as globals.
	ServiceWorker bool
	// Env: string bindings, seen as env (or globals for service workers).
	Env map[string]string
	// Isolation: IsolationFresh (the zero value), IsolationReuse or
	// IsolationStrict.
	Isolation IsolationMode
}

// Runtime runs scripts. Safe for concurrent use; Close frees it.
type Runtime struct {
	mu     sync.RWMutex // held for reading by every call, for writing by Close
	ptr    *C.nano_runtime
	handle cgo.Handle
	slot   *C.uintptr_t // C copy of handle: the callbacks' user data
}

// What the C callbacks reach through the runtime's handle.
type callbacks struct {
	log       func(Level, string)
	transport http.RoundTripper
}

// NewRuntime creates a runtime (V8 starts on the first one in the process).
func NewRuntime(cfg Config) (*Runtime, error) {
	c, err := cfg.cConfig()
	if err != nil {
		return nil, err
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
	var msg *C.char
	if err := check(C.go_nano_runtime_new(&c, &ptr, &msg), msg); err != nil {
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
	var msg *C.char
	if err := check(C.go_nano_runtime_free(r.ptr, &msg), msg); err != nil {
		return err
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
	var msg *C.char
	if err := check(C.go_nano_script_options_init(&o, &msg), msg); err != nil {
		return err
	}
	if opts.ServiceWorker {
		o.format = C.NANO_SCRIPT_SERVICE_WORKER
	}
	o.isolation = C.uint32_t(opts.Isolation)
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
	rc := C.go_nano_runtime_add_script(r.ptr, cname, (*C.char)(csrc), C.size_t(len(source)), &o, &msg)
	runtime.KeepAlive(r)
	return check(rc, msg)
}
