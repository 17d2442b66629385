// Package nano runs Workers-style JavaScript (export default { fetch(request,
// env, ctx) }) inside a Go program, through libnano's C API.
//
// A Runtime is safe for concurrent use. JavaScript never runs on a goroutine's
// OS thread: every evaluation hops to a thread libnano created.
package nano

// The package is split by concern: errors.go (status codes and Error),
// config.go (Config), runtime.go (Runtime, scripts), request.go and
// response.go (conversion from and to net/http), eval.go (Eval),
// handler.go (http.Handler), callbacks.go (console and fetch from C), and
// calls.h (each C call with its error message, read on the same thread).
