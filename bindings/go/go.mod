module nano.dev/nano

go 1.19
