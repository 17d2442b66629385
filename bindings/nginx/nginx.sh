# Helpers for scripts that run a private nginx with ngx_http_nano_module
# (bindings/nginx/test.sh, scripts/bench-peers.sh); source it.

# nano_nginx_conf PREFIX MODULE WORKERS LOG_LEVEL < HTTP_BLOCK_BODY
# Writes PREFIX/nginx.conf: the module loaded, WORKERS worker processes, the
# error log (PREFIX/error.log), pid file and every temporary path under
# PREFIX, and an http block whose directives come from standard input.
# Run it with: nginx -p PREFIX -c nginx.conf
nano_nginx_conf() {
  local prefix="$1" module="$2" workers="$3" level="$4"
  mkdir -p "$prefix/tmp"
  {
    cat <<CONF
load_module $module;
worker_processes $workers;
error_log $prefix/error.log $level;
pid $prefix/nginx.pid;

events {
    worker_connections 1024;
}

http {
    access_log off;
    client_body_temp_path $prefix/tmp/body;
    proxy_temp_path $prefix/tmp/proxy;
    fastcgi_temp_path $prefix/tmp/fastcgi;
    uwsgi_temp_path $prefix/tmp/uwsgi;
    scgi_temp_path $prefix/tmp/scgi;

CONF
    sed 's/^/    /'
    echo "}"
  } >"$prefix/nginx.conf"
}

# nano_nginx_wait URL: waits up to 10 s for URL to answer.
nano_nginx_wait() {
  for _ in $(seq 200); do curl -s -o /dev/null "$1" && return 0; sleep 0.05; done
  return 1
}

# nano_nginx_quit PREFIX: graceful quit, then waits up to 10 s for the
# master to remove its pid file.
nano_nginx_quit() {
  nginx -p "$1" -c nginx.conf -s quit 2>/dev/null
  for _ in $(seq 200); do [ -f "$1/nginx.pid" ] || return 0; sleep 0.05; done
  return 1
}
