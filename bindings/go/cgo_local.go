//go:build !nano_pkgconfig

package nano

// Links libnano from this repository's release build (target/release),
// with an rpath so tests and examples run without installing it. Build the
// library first: cargo build --release (scripts/test.sh does).

/*
#cgo CFLAGS: -I${SRCDIR}/../../include
#cgo LDFLAGS: -L${SRCDIR}/../../target/release -Wl,-rpath,${SRCDIR}/../../target/release -lnano
*/
import "C"
