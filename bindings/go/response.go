package nano

/*
#include "calls.h"
*/
import "C"

import (
	"net/http"
	"unsafe"
)

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
