package nano

/*
#include "calls.h"

extern void goNanoLog(void *user_data, nano_log_level level, char *message, size_t message_len);
extern void goNanoFetch(void *user_data, nano_request *request, nano_fetch_reply *reply);
*/
import "C"

import (
	"context"
	"io/fs"
	"log"
	"net/http"
	"runtime"
	"runtime/cgo"
	"sort"
	"strings"
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
	// AllowEval allows code generation from strings (eval, new Function);
	// without it, as on Workers, they throw an EvalError.
	AllowEval bool
	// AllowSharedMemory keeps SharedArrayBuffer (and so Atomics.wait);
	// without it, as on Workers, it is removed.
	AllowSharedMemory bool
	// NoNodeCompat turns Node.js compatibility off (it is on by default,
	// as on Workers today): node:* imports then fail registration, and the
	// Buffer, process, global, setImmediate and AsyncLocalStorage globals
	// are not defined.
	NoNodeCompat bool
}

// Runtime runs scripts. Safe for concurrent use; Close frees it.
type Runtime struct {
	mu      sync.Mutex
	idle    sync.Cond // signalled when calls drops to 0 while closing
	ptr     *C.nano_runtime
	calls   int // calls on ptr under way (nano_runtime_free must not overlap them)
	closing bool
	closed  chan struct{} // closed once Close has freed ptr
	// leases are those taken and not yet given back: what Close cancels.
	// A lease leaves the set before it is given back (nano_pool_release),
	// so Close never cancels a freed one.
	leases map[*C.nano_lease]struct{}
	// held counts the leases not yet given back; the callbacks (handle,
	// slot) are freed once ptr is freed and held is 0.
	held     int
	handle   cgo.Handle
	slot     *C.uintptr_t // C copy of handle: the callbacks' user data
	errorLog *log.Logger
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
	rt := &Runtime{
		ptr:      ptr,
		handle:   h,
		slot:     slot,
		closed:   make(chan struct{}),
		leases:   map[*C.nano_lease]struct{}{},
		errorLog: cfg.ErrorLog,
	}
	rt.idle.L = &rt.mu
	// A backstop only: call Close.
	runtime.SetFinalizer(rt, func(r *Runtime) { _ = r.Close() })
	return rt, nil
}

// Close stops the evaluations in progress and frees the runtime. Each
// evaluation it stops fails at once with an error matching ErrClosed (and
// ErrTerminated, or ErrShutdown for one stopped as it started); a Handler
// answers 503. Close returns once they have stopped (and any acquire under
// way has ended, within AcquireTimeout); calls made afterwards, and while it
// runs, fail with ErrClosed. Calling it again does nothing.
func (r *Runtime) Close() error {
	r.mu.Lock()
	if r.closing {
		r.mu.Unlock()
		<-r.closed
		return nil
	}
	r.closing = true
	// Stop what runs: nano_eval_cancel may be called from any thread while
	// the lease evaluates. A lease whose evaluation has not begun yet is
	// stopped by nano_runtime_free below.
	for lease := range r.leases {
		C.nano_eval_cancel(lease)
	}
	// Wait for the calls on ptr under way (an acquire returns when the
	// cancelled evaluations give their isolates back, or at its timeout).
	for r.calls > 0 {
		r.idle.Wait()
	}
	ptr := r.ptr
	r.mu.Unlock()
	defer close(r.closed)
	runtime.SetFinalizer(r, nil)

	// Stops whatever the cancels missed and waits until every evaluation
	// has answered; the leases stay valid to be given back.
	var msg *C.char
	if err := check(C.go_nano_runtime_free(ptr, &msg), msg); err != nil {
		return err
	}
	r.mu.Lock()
	r.ptr = nil
	r.freeCallbacks()
	r.mu.Unlock()
	return nil
}

// freeCallbacks frees the callbacks' handle once the runtime is freed and
// every lease given back. r.mu is held.
func (r *Runtime) freeCallbacks() {
	if r.ptr != nil || r.held > 0 || r.slot == nil {
		return
	}
	r.handle.Delete()
	C.free(unsafe.Pointer(r.slot))
	r.slot = nil
}

// enter begins a call on r.ptr: false (the call must fail with ErrClosed)
// once Close has begun. Each true is matched by leave.
func (r *Runtime) enter() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closing {
		return false
	}
	r.calls++
	return true
}

func (r *Runtime) leave() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls--
	if r.calls == 0 && r.closing {
		r.idle.Broadcast()
	}
}

// acquire leases an isolate for script and tracks the lease until forget.
func (r *Runtime) acquire(script string) (*C.nano_lease, error) {
	if !r.enter() {
		return nil, ErrClosed
	}
	defer r.leave()
	cname := C.CString(script)
	defer C.free(unsafe.Pointer(cname))
	var lease *C.nano_lease
	var msg *C.char
	if err := check(C.go_nano_pool_acquire(r.ptr, cname, &lease, &msg), msg); err != nil {
		return nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closing {
		// Close began while this waited for an isolate.
		C.nano_pool_release(lease)
		return nil, ErrClosed
	}
	r.leases[lease] = struct{}{}
	r.held++
	return lease, nil
}

// giveBack gives a lease from acquire back to the pool: out of the set
// Close cancels first, then released.
func (r *Runtime) giveBack(lease *C.nano_lease) {
	r.mu.Lock()
	delete(r.leases, lease)
	r.mu.Unlock()
	C.nano_pool_release(lease)
	r.mu.Lock()
	r.held--
	r.freeCallbacks()
	r.mu.Unlock()
}

// stopCause is why an evaluation that ended with ErrTerminated or
// ErrShutdown was stopped: ctx's end, or Close.
func (r *Runtime) stopCause(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closing {
		return ErrClosed
	}
	return nil
}

// AddScript registers a script under name; its top level runs here, so its
// errors are reported now (and again per isolate or per request, as the
// isolation mode says). The script is one module: it imports only built-in
// modules (see AddModules, AddScriptFS and AddScriptFile for more).
// A script that does not compile or throws gives an error matching
// ErrScriptCompile, with the line, column and message.
func (r *Runtime) AddScript(name, source string, opts ScriptOptions) error {
	csrc := C.CBytes([]byte(source))
	defer C.free(csrc)
	return r.register(name, opts, func(cname *C.char, o *C.nano_script_options, msg **C.char) C.nano_result {
		return C.go_nano_runtime_add_script(r.ptr, cname, (*C.char)(csrc), C.size_t(len(source)), o, msg)
	})
}

// ModuleType says how a module's bytes are read.
type ModuleType uint32

// The module types (README, "Module graphs").
const (
	ModuleESM      ModuleType = C.NANO_MODULE_ESM
	ModuleCommonJS ModuleType = C.NANO_MODULE_COMMONJS
	ModuleText     ModuleType = C.NANO_MODULE_TEXT
	ModuleData     ModuleType = C.NANO_MODULE_DATA
	ModuleJSON     ModuleType = C.NANO_MODULE_JSON
	ModuleWasm     ModuleType = C.NANO_MODULE_WASM
	// ModuleByName: the type the name gives, as for a file on disk.
	ModuleByName ModuleType = C.NANO_MODULE_BY_NAME
)

// Module is one module of a script: its name (a relative path such as
// src/index.js, against which its imports resolve), type and bytes.
type Module struct {
	Name   string
	Type   ModuleType
	Source []byte
}

// AddModules registers a script of several modules: the entry first, then
// those it imports by relative path. Only what the entry reaches is kept.
// A static import that does not resolve gives an error matching
// ErrScriptCompile naming the importing module, line, column and specifier.
func (r *Runtime) AddModules(name string, modules []Module, opts ScriptOptions) error {
	if len(modules) == 0 {
		return &Error{Code: CodeInvalidArgument, Message: "AddModules: no modules (the entry comes first)"}
	}
	size := C.size_t(len(modules)) * C.size_t(unsafe.Sizeof(C.nano_module{}))
	list := (*C.nano_module)(C.malloc(size))
	defer C.free(unsafe.Pointer(list))
	items := unsafe.Slice(list, len(modules))
	for i, m := range modules {
		items[i].name = (*C.char)(C.CBytes([]byte(m.Name)))
		items[i].name_len = C.size_t(len(m.Name))
		items[i].type_ = C.uint32_t(m.Type)
		items[i].bytes = (*C.uint8_t)(C.CBytes(m.Source))
		items[i].bytes_len = C.size_t(len(m.Source))
		defer C.free(unsafe.Pointer(items[i].name))
		defer C.free(unsafe.Pointer(items[i].bytes))
	}
	return r.register(name, opts, func(cname *C.char, o *C.nano_script_options, msg **C.char) C.nano_result {
		return C.go_nano_runtime_add_modules(r.ptr, cname, list, C.size_t(len(modules)), o, msg)
	})
}

// AddScriptFS registers the script whose entry module is entry in fsys (an
// fs.FS path such as "src/index.ts"): the files of fsys are handed in with
// their types by name (hidden directories such as .git left out), and the
// modules the entry reaches are resolved among them as wrangler's build
// resolves a project (packages under node_modules included).
func (r *Runtime) AddScriptFS(name string, fsys fs.FS, entry string, opts ScriptOptions) error {
	source, err := fs.ReadFile(fsys, entry)
	if err != nil {
		return &Error{Code: CodeInvalidArgument, Message: "AddScriptFS: " + err.Error()}
	}
	modules := []Module{{Name: entry, Type: ModuleByName, Source: source}}
	err = fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if path == entry || !d.Type().IsRegular() {
			return nil
		}
		bytes, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		modules = append(modules, Module{Name: path, Type: ModuleByName, Source: bytes})
		return nil
	})
	if err != nil {
		return &Error{Code: CodeInvalidArgument, Message: "AddScriptFS: " + err.Error()}
	}
	return r.AddModules(name, modules, opts)
}

// AddScriptFile registers the script whose entry module is the file at
// path: the modules it imports are read from disk, within the nearest
// directory above it holding package.json, a wrangler configuration or
// node_modules.
func (r *Runtime) AddScriptFile(name, path string, opts ScriptOptions) error {
	cpath := C.CString(path)
	defer C.free(unsafe.Pointer(cpath))
	return r.register(name, opts, func(cname *C.char, o *C.nano_script_options, msg **C.char) C.nano_result {
		return C.go_nano_runtime_add_script_file(r.ptr, cname, cpath, o, msg)
	})
}

// RemoveScript removes the script name: later evaluations of it fail with
// an error matching ErrScriptNotFound and the name may be registered again.
// Evaluations already running finish; its isolates are dropped.
func (r *Runtime) RemoveScript(name string) error {
	if !r.enter() {
		return ErrClosed
	}
	defer r.leave()
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	var msg *C.char
	rc := C.go_nano_runtime_remove_script(r.ptr, cname, &msg)
	runtime.KeepAlive(r)
	return check(rc, msg)
}

// register makes opts' C options and calls add with them.
func (r *Runtime) register(name string, opts ScriptOptions,
	add func(cname *C.char, o *C.nano_script_options, msg **C.char) C.nano_result) error {
	if !r.enter() {
		return ErrClosed
	}
	defer r.leave()
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	var o C.nano_script_options
	var msg *C.char
	if err := check(C.go_nano_script_options_init(&o, &msg), msg); err != nil {
		return err
	}
	if opts.ServiceWorker {
		o.format = C.NANO_SCRIPT_SERVICE_WORKER
	}
	o.isolation = C.uint32_t(opts.Isolation)
	if opts.AllowEval {
		o.allow_eval = 1
	}
	if opts.AllowSharedMemory {
		o.allow_shared_memory = 1
	}
	if opts.NoNodeCompat {
		o.node_compat = 0
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
	rc := add(cname, &o, &msg)
	runtime.KeepAlive(r)
	return check(rc, msg)
}

// Stats are a runtime's pool statistics.
type Stats struct {
	// Isolates alive (Idle + Busy).
	Isolates, Idle, Busy int
	// AcquiredWarm: acquires served by a warm idle isolate.
	AcquiredWarm uint64
	// AcquiredCreated: acquires that created an isolate.
	AcquiredCreated uint64
	// AcquiredEvicted: acquires that evicted another script's least
	// recently used idle isolate.
	AcquiredEvicted uint64
	// AcquiredWaited: acquires that waited for a release (also counted in
	// one of the three above).
	AcquiredWaited uint64
	// AcquireTimeouts: acquires that gave up (ErrPoolExhausted).
	AcquireTimeouts   uint64
	IsolatesCreated   uint64
	IsolatesDestroyed uint64
	// IsolatesQuarantined: isolates given up on because a run did not end
	// after it was stopped (a long native call); counted in
	// IsolatesDestroyed too.
	IsolatesQuarantined uint64
}

// Stats reports the runtime's pool statistics.
func (r *Runtime) Stats() (Stats, error) {
	if !r.enter() {
		return Stats{}, ErrClosed
	}
	defer r.leave()
	var s C.nano_pool_stats
	var msg *C.char
	if err := check(C.go_nano_runtime_stats(r.ptr, &s, &msg), msg); err != nil {
		return Stats{}, err
	}
	return Stats{
		Isolates:            int(s.isolates),
		Idle:                int(s.idle),
		Busy:                int(s.busy),
		AcquiredWarm:        uint64(s.acquired_warm),
		AcquiredCreated:     uint64(s.acquired_created),
		AcquiredEvicted:     uint64(s.acquired_evicted),
		AcquiredWaited:      uint64(s.acquired_waited),
		AcquireTimeouts:     uint64(s.acquire_timeouts),
		IsolatesCreated:     uint64(s.isolates_created),
		IsolatesDestroyed:   uint64(s.isolates_destroyed),
		IsolatesQuarantined: uint64(s.isolates_quarantined),
	}, nil
}

// ScriptStats are one script's isolates.
type ScriptStats struct {
	Idle, Busy int
}

// ScriptStats reports the idle and busy isolates of script
// (ErrScriptNotFound when none is registered under that name).
func (r *Runtime) ScriptStats(script string) (ScriptStats, error) {
	if !r.enter() {
		return ScriptStats{}, ErrClosed
	}
	defer r.leave()
	cname := C.CString(script)
	defer C.free(unsafe.Pointer(cname))
	var idle, busy C.size_t
	var msg *C.char
	if err := check(C.go_nano_runtime_script_stats(r.ptr, cname, &idle, &busy, &msg), msg); err != nil {
		return ScriptStats{}, err
	}
	return ScriptStats{Idle: int(idle), Busy: int(busy)}, nil
}

// Version is libnano's version, e.g. "0.2.0".
func Version() string {
	return C.GoString(C.nano_version())
}
