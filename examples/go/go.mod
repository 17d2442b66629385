module nano.dev/example

go 1.19

require nano.dev/nano v0.0.0

replace nano.dev/nano => ../../bindings/go
