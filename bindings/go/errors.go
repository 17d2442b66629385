package nano

/*
#include "calls.h"
*/
import "C"

import (
	"errors"
	"fmt"
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
	// CodeUnsafeThread: the thread may not run JavaScript inline (Go never
	// asks: its threads may predate V8, so it always hands requests off).
	CodeUnsafeThread Code = 17
	// CodeBodyClosed: a body streaming into a script was written after the
	// script stopped taking it (the binding stops reading the body then).
	CodeBodyClosed Code = 18
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

// HTTPStatus is the status a server answers with when a request ends in err
// instead of a response, by libnano's one table (nano_result_http_status,
// the same the nginx module and nano serve use): 400 for the request's own
// fault, 503 when nano could not serve it now (a busy pool, a CPU,
// wall-clock or memory limit, a stop, a shutdown), 500 otherwise (also for
// an error that is not nano's). nil gives 200.
func HTTPStatus(err error) int {
	if err == nil {
		return 200
	}
	var e *Error
	if errors.As(err, &e) {
		return int(C.nano_result_http_status(C.int(e.Code)))
	}
	if errors.Is(err, ErrClosed) {
		return int(C.nano_result_http_status(C.int(CodeShutdown)))
	}
	return 500
}

// check turns a wrapped call's status and message (see calls.h) into an
// error, freeing the message.
func check(rc C.nano_result, message *C.char) error {
	if rc == C.NANO_OK {
		return nil
	}
	defer C.free(unsafe.Pointer(message))
	return &Error{Code: Code(rc), Message: C.GoString(message)}
}
