// A net/http server that serves examples/workers/hello.js through nano.
//
//	go run . -script ../workers/hello.js -addr 127.0.0.1:8788
package main

import (
	"flag"
	"log"
	"net/http"
	"os"

	"nano.dev/nano"
)

func main() {
	script := flag.String("script", "../workers/hello.js", "Workers script to serve")
	addr := flag.String("addr", "127.0.0.1:8788", "address to listen on")
	flag.Parse()

	source, err := os.ReadFile(*script)
	if err != nil {
		log.Fatal(err)
	}
	rt, err := nano.NewRuntime(nano.Config{
		Transport: http.DefaultTransport, // fetch() in the worker goes through Go's HTTP client
		Log:       func(level nano.Level, msg string) { log.Printf("worker[%d]: %s", level, msg) },
	})
	if err != nil {
		log.Fatal(err)
	}
	defer rt.Close()
	if err := rt.AddScript("hello", string(source), nano.ScriptOptions{}); err != nil {
		log.Fatal(err)
	}
	log.Printf("serving %s on http://%s/", *script, *addr)
	log.Fatal(http.ListenAndServe(*addr, rt.Handler("hello")))
}
