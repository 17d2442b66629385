//go:build nano_pkgconfig

package nano

// With -tags nano_pkgconfig, links the installed libnano through
// pkg-config (scripts/install.sh writes nano.pc).

/*
#cgo pkg-config: nano
*/
import "C"
