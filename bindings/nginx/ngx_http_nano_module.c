/*
 * ngx_http_nano_module: directives and configuration. Scripts are read by
 * the master when nginx reads its configuration, and checked there in a
 * forked child (V8 never starts in the master), so `nginx -t` and reloads
 * refuse a script that does not load. See ngx_http_nano.h for the map.
 */

#include "ngx_http_nano.h"

#include <sys/wait.h>

static void *ngx_http_nano_create_main_conf(ngx_conf_t *cf);
static char *ngx_http_nano_init_main_conf(ngx_conf_t *cf, void *conf);
static void *ngx_http_nano_create_loc_conf(ngx_conf_t *cf);
static char *ngx_http_nano_merge_loc_conf(ngx_conf_t *cf, void *parent,
    void *child);
static char *ngx_http_nano_script(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
static char *ngx_http_nano_pass(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
static char *ngx_http_nano_console(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
static char *ngx_http_nano_check_scripts(ngx_conf_t *cf,
    ngx_http_nano_main_conf_t *mcf);

static ngx_command_t  ngx_http_nano_commands[] = {

    { ngx_string("nano_script"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_2MORE,
      ngx_http_nano_script,
      NGX_HTTP_MAIN_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("nano_pass"),
      NGX_HTTP_LOC_CONF|NGX_HTTP_LIF_CONF|NGX_CONF_TAKE1,
      ngx_http_nano_pass,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("nano_pool_size"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_num_slot,
      NGX_HTTP_MAIN_CONF_OFFSET,
      offsetof(ngx_http_nano_main_conf_t, pool_size),
      NULL },

    { ngx_string("nano_pool_min_idle"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_num_slot,
      NGX_HTTP_MAIN_CONF_OFFSET,
      offsetof(ngx_http_nano_main_conf_t, min_idle),
      NULL },

    { ngx_string("nano_pool_max_idle"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_num_slot,
      NGX_HTTP_MAIN_CONF_OFFSET,
      offsetof(ngx_http_nano_main_conf_t, max_idle),
      NULL },

    { ngx_string("nano_idle_timeout"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_msec_slot,
      NGX_HTTP_MAIN_CONF_OFFSET,
      offsetof(ngx_http_nano_main_conf_t, idle_timeout),
      NULL },

    { ngx_string("nano_cpu_limit"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_msec_slot,
      NGX_HTTP_MAIN_CONF_OFFSET,
      offsetof(ngx_http_nano_main_conf_t, cpu_limit),
      NULL },

    { ngx_string("nano_wall_limit"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_msec_slot,
      NGX_HTTP_MAIN_CONF_OFFSET,
      offsetof(ngx_http_nano_main_conf_t, wall_limit),
      NULL },

    { ngx_string("nano_memory_limit"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_size_slot,
      NGX_HTTP_MAIN_CONF_OFFSET,
      offsetof(ngx_http_nano_main_conf_t, memory_limit),
      NULL },

    { ngx_string("nano_body_limit"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_size_slot,
      NGX_HTTP_MAIN_CONF_OFFSET,
      offsetof(ngx_http_nano_main_conf_t, body_limit),
      NULL },

    { ngx_string("nano_url_limit"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_size_slot,
      NGX_HTTP_MAIN_CONF_OFFSET,
      offsetof(ngx_http_nano_main_conf_t, url_limit),
      NULL },

    { ngx_string("nano_header_count_limit"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_num_slot,
      NGX_HTTP_MAIN_CONF_OFFSET,
      offsetof(ngx_http_nano_main_conf_t, header_count_limit),
      NULL },

    { ngx_string("nano_header_size_limit"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_size_slot,
      NGX_HTTP_MAIN_CONF_OFFSET,
      offsetof(ngx_http_nano_main_conf_t, header_size_limit),
      NULL },

    { ngx_string("nano_acquire_timeout"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_msec_slot,
      NGX_HTTP_MAIN_CONF_OFFSET,
      offsetof(ngx_http_nano_main_conf_t, acquire_timeout),
      NULL },

    { ngx_string("nano_inline"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_FLAG,
      ngx_conf_set_flag_slot,
      NGX_HTTP_MAIN_CONF_OFFSET,
      offsetof(ngx_http_nano_main_conf_t, inline_runs),
      NULL },

    { ngx_string("nano_request_buffering"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_FLAG,
      ngx_conf_set_flag_slot,
      NGX_HTTP_MAIN_CONF_OFFSET,
      offsetof(ngx_http_nano_main_conf_t, request_buffering),
      NULL },

    { ngx_string("nano_console"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE12,
      ngx_http_nano_console,
      NGX_HTTP_MAIN_CONF_OFFSET,
      0,
      NULL },

      ngx_null_command
};


static ngx_http_module_t  ngx_http_nano_module_ctx = {
    NULL,                                  /* preconfiguration */
    NULL,                                  /* postconfiguration */

    ngx_http_nano_create_main_conf,        /* create main configuration */
    ngx_http_nano_init_main_conf,          /* init main configuration */

    NULL,                                  /* create server configuration */
    NULL,                                  /* merge server configuration */

    ngx_http_nano_create_loc_conf,         /* create location configuration */
    ngx_http_nano_merge_loc_conf           /* merge location configuration */
};


ngx_module_t  ngx_http_nano_module = {
    NGX_MODULE_V1,
    &ngx_http_nano_module_ctx,             /* module context */
    ngx_http_nano_commands,                /* module directives */
    NGX_HTTP_MODULE,                       /* module type */
    NULL,                                  /* init master */
    NULL,                                  /* init module */
    ngx_http_nano_init_process,            /* init process */
    NULL,                                  /* init thread */
    NULL,                                  /* exit thread */
    ngx_http_nano_exit_process,            /* exit process */
    NULL,                                  /* exit master */
    NGX_MODULE_V1_PADDING
};


/* ---- configuration ---------------------------------------------------- */

static void *
ngx_http_nano_create_main_conf(ngx_conf_t *cf)
{
    ngx_http_nano_main_conf_t  *mcf;

    mcf = ngx_pcalloc(cf->pool, sizeof(ngx_http_nano_main_conf_t));
    if (mcf == NULL) {
        return NULL;
    }

    if (ngx_array_init(&mcf->scripts, cf->pool, 4,
                       sizeof(ngx_http_nano_script_t))
        != NGX_OK)
    {
        return NULL;
    }

    mcf->pool_size = NGX_CONF_UNSET_UINT;
    mcf->min_idle = NGX_CONF_UNSET_UINT;
    mcf->max_idle = NGX_CONF_UNSET_UINT;
    mcf->idle_timeout = NGX_CONF_UNSET_MSEC;
    mcf->cpu_limit = NGX_CONF_UNSET_MSEC;
    mcf->wall_limit = NGX_CONF_UNSET_MSEC;
    mcf->acquire_timeout = NGX_CONF_UNSET_MSEC;
    mcf->memory_limit = NGX_CONF_UNSET_SIZE;
    mcf->body_limit = NGX_CONF_UNSET_SIZE;
    mcf->url_limit = NGX_CONF_UNSET_SIZE;
    mcf->header_count_limit = NGX_CONF_UNSET_UINT;
    mcf->header_size_limit = NGX_CONF_UNSET_SIZE;
    mcf->console = NGX_CONF_UNSET;
    mcf->inline_runs = NGX_CONF_UNSET;
    mcf->request_buffering = NGX_CONF_UNSET;

    return mcf;
}


static char *
ngx_http_nano_init_main_conf(ngx_conf_t *cf, void *conf)
{
    ngx_http_nano_main_conf_t  *mcf = conf;

    ngx_conf_init_uint_value(mcf->pool_size, 4);
    ngx_conf_init_msec_value(mcf->idle_timeout, 60000);
    ngx_conf_init_msec_value(mcf->cpu_limit, 50);
    ngx_conf_init_msec_value(mcf->wall_limit, 30000);
    ngx_conf_init_msec_value(mcf->acquire_timeout, 1000);
    ngx_conf_init_size_value(mcf->memory_limit, 128 * 1024 * 1024);
    ngx_conf_init_size_value(mcf->body_limit, 100 * 1024 * 1024);
    /* nano's own defaults (nano_config_init), as on Workers. */
    ngx_conf_init_size_value(mcf->url_limit, 16 * 1024);
    ngx_conf_init_uint_value(mcf->header_count_limit, 256);
    ngx_conf_init_size_value(mcf->header_size_limit, 128 * 1024);
    ngx_conf_init_value(mcf->console, 0);
    ngx_conf_init_value(mcf->inline_runs, 1);
    ngx_conf_init_value(mcf->request_buffering, 0);

    if (mcf->pool_size == 0 || mcf->pool_size > 4096) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "nano_pool_size must be from 1 to 4096");
        return NGX_CONF_ERROR;
    }

    /* Idle isolates kept per script: at most the pool, by default all of
     * it; kept warm: by default the pool spread over the scripts, at least
     * one each (and never more than may be kept). */
    ngx_conf_init_uint_value(mcf->max_idle, mcf->pool_size);

    if (mcf->min_idle == NGX_CONF_UNSET_UINT) {
        mcf->min_idle = 1;
        if (mcf->scripts.nelts > 0) {
            mcf->min_idle = ngx_max(mcf->pool_size / mcf->scripts.nelts, 1);
        }
        mcf->min_idle = ngx_min(mcf->min_idle, mcf->max_idle);
    }

    if (mcf->max_idle > mcf->pool_size) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "nano_pool_max_idle must be at most nano_pool_size");
        return NGX_CONF_ERROR;
    }

    if (mcf->min_idle > mcf->max_idle) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "nano_pool_min_idle must be at most "
                           "nano_pool_max_idle (by default nano_pool_size)");
        return NGX_CONF_ERROR;
    }

    if (mcf->memory_limit < 8 * 1024 * 1024) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "nano_memory_limit must be at least 8m");
        return NGX_CONF_ERROR;
    }

    if (mcf->wall_limit == 0 || mcf->wall_limit > 0xffffffff
        || mcf->cpu_limit > 0xffffffff || mcf->acquire_timeout > 0xffffffff
        || mcf->idle_timeout > 0xffffffff)
    {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "nano_wall_limit must be above 0, and nano time "
                           "limits must fit in 32 bits of milliseconds");
        return NGX_CONF_ERROR;
    }

    if (mcf->scripts.nelts == 0) {
        return NGX_CONF_OK;
    }

    return ngx_http_nano_check_scripts(cf, mcf);
}


/* In a child of the process reading the configuration: registers every
 * script with nano and writes each failure to `fd`. Exits, never returns. */
static void
ngx_http_nano_check_child(ngx_http_nano_main_conf_t *mcf, int fd)
{
    int                      failed = 0;
    u_char                   line[4096], *p;
    ngx_uint_t               i;
    nano_config              config;
    nano_runtime            *runtime;
    const char              *message;
    ngx_http_nano_script_t  *script;

    nano_config_init(&config);
    config.max_isolates = 1;
    config.min_idle_per_script = 0;     /* registration only */
    config.cpu_time_limit_ms = (uint32_t) mcf->cpu_limit;
    config.heap_limit_mb = (uint32_t) (mcf->memory_limit / (1024 * 1024));
    config.log_callback = ngx_http_nano_console_drop;

    if (nano_runtime_new(&config, &runtime) != NANO_OK) {
        message = nano_last_error();
        p = ngx_snprintf(line, sizeof(line), "nano cannot start: %s\n",
                         message);
        if (write(fd, line, p - line) == -1) { /* the parent sees status 2 */ }
        _exit(2);
    }

    script = mcf->scripts.elts;
    for (i = 0; i < mcf->scripts.nelts; i++) {
        if (ngx_http_nano_register(runtime, &script[i]) != NANO_OK) {
            failed = 1;
            p = ngx_snprintf(line, sizeof(line),
                             "nano_script \"%V\" (%V) does not load: %s\n",
                             &script[i].name, &script[i].path,
                             nano_last_error());
            if (write(fd, line, p - line) == -1) { /* status says it */ }
        }
    }

    /* No cleanup: V8's threads and the parent's state die with us. */
    _exit(failed ? 1 : 0);
}


/* Compiles and runs every script's top level when nginx reads its
 * configuration, so that `nginx -t` and `nginx -s reload` refuse a script
 * that does not load (a reload keeps the old workers). It happens in a
 * child process: V8 must never start in the master, which forks workers. */
static char *
ngx_http_nano_check_scripts(ngx_conf_t *cf, ngx_http_nano_main_conf_t *mcf)
{
    int        fds[2], status;
    char      *rv;
    u_char     buf[16384];
    size_t     len;
    pid_t      pid, w;
    ssize_t    n;
    sigset_t   set, saved;

    if (pipe(fds) == -1) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, ngx_errno,
                           "nano: pipe() for the script check failed");
        return NGX_CONF_ERROR;
    }

    /* The master's SIGCHLD handler would reap the child before we do. */
    sigemptyset(&set);
    sigaddset(&set, SIGCHLD);
    sigprocmask(SIG_BLOCK, &set, &saved);

    pid = fork();

    if (pid == 0) {
        close(fds[0]);
        sigprocmask(SIG_SETMASK, &saved, NULL);
        ngx_http_nano_check_child(mcf, fds[1]);
    }

    close(fds[1]);

    if (pid == -1) {
        close(fds[0]);
        sigprocmask(SIG_SETMASK, &saved, NULL);
        ngx_conf_log_error(NGX_LOG_EMERG, cf, ngx_errno,
                           "nano: fork() for the script check failed");
        return NGX_CONF_ERROR;
    }

    len = 0;
    for ( ;; ) {
        n = read(fds[0], buf + len, sizeof(buf) - 1 - len);
        if (n > 0) {
            len += n;
            if (len < sizeof(buf) - 1) {
                continue;
            }
            /* Full: keep what we have, drain the rest. */
            while (read(fds[0], buf + len - 1, 1) > 0) { /* void */ }
            break;
        }
        if (n == -1 && ngx_errno == NGX_EINTR) {
            continue;
        }
        break;
    }
    close(fds[0]);

    do {
        w = waitpid(pid, &status, 0);
    } while (w == -1 && ngx_errno == NGX_EINTR);

    sigprocmask(SIG_SETMASK, &saved, NULL);

    if (w == -1) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, ngx_errno,
                           "nano: waitpid() for the script check failed");
        return NGX_CONF_ERROR;
    }

    rv = NGX_CONF_OK;

    if (WIFSIGNALED(status)) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "nano: the script check process died on signal %d",
                           WTERMSIG(status));
        rv = NGX_CONF_ERROR;

    } else if (WEXITSTATUS(status) != 0) {
        while (len > 0 && buf[len - 1] == '\n') {
            len--;
        }
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0, "%*s", len, buf);
        rv = NGX_CONF_ERROR;
    }

    return rv;
}


static void *
ngx_http_nano_create_loc_conf(ngx_conf_t *cf)
{
    return ngx_pcalloc(cf->pool, sizeof(ngx_http_nano_loc_conf_t));
}


static char *
ngx_http_nano_merge_loc_conf(ngx_conf_t *cf, void *parent, void *child)
{
    /* nano_pass is not inherited: a location serves a script only when it
     * says so, like proxy_pass. */
    return NGX_CONF_OK;
}


static ngx_int_t
ngx_http_nano_read_source(ngx_conf_t *cf, ngx_http_nano_script_t *script)
{
    ssize_t          n;
    ngx_file_t       file;
    ngx_file_info_t  fi;

    ngx_memzero(&file, sizeof(ngx_file_t));
    file.name = script->path;
    file.log = cf->log;

    file.fd = ngx_open_file(script->path.data, NGX_FILE_RDONLY,
                            NGX_FILE_OPEN, 0);
    if (file.fd == NGX_INVALID_FILE) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, ngx_errno,
                           "nano_script \"%V\": cannot open \"%s\"",
                           &script->name, script->path.data);
        return NGX_ERROR;
    }

    if (ngx_fd_info(file.fd, &fi) == NGX_FILE_ERROR) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, ngx_errno,
                           "nano_script \"%V\": cannot stat \"%s\"",
                           &script->name, script->path.data);
        goto failed;
    }

    script->source.len = (size_t) ngx_file_size(&fi);
    script->source.data = ngx_pnalloc(cf->pool, script->source.len + 1);
    if (script->source.data == NULL) {
        goto failed;
    }

    n = ngx_read_file(&file, script->source.data, script->source.len, 0);
    if (n == NGX_ERROR || (size_t) n != script->source.len) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, ngx_errno,
                           "nano_script \"%V\": cannot read \"%s\"",
                           &script->name, script->path.data);
        goto failed;
    }

    ngx_close_file(file.fd);
    return NGX_OK;

failed:

    ngx_close_file(file.fd);
    return NGX_ERROR;
}


/*
 * nano_script NAME PATH [service_worker] [fresh | reuse | strict]
 *             [allow_eval] [allow_shared_memory] [no_nodejs_compat]
 *             [KEY=VALUE ...];
 */
static char *
ngx_http_nano_script(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_nano_main_conf_t  *mcf = conf;

    u_char                  *eq;
    ngx_str_t               *value;
    ngx_uint_t               i;
    nano_binding            *b;
    ngx_http_nano_script_t  *script;

    value = cf->args->elts;

    if (value[1].len == 0 || value[1].len > 256) {
        return "needs a name of 1 to 256 characters";
    }

    for (i = 0; i < value[1].len; i++) {
        if (value[1].data[i] < 0x20 || value[1].data[i] == 0x7f) {
            return "needs a name without control characters";
        }
    }

    script = mcf->scripts.elts;
    for (i = 0; i < mcf->scripts.nelts; i++) {
        if (script[i].name.len == value[1].len
            && ngx_strncmp(script[i].name.data, value[1].data,
                           value[1].len) == 0)
        {
            return "declares a name that is already declared";
        }
    }

    script = ngx_array_push(&mcf->scripts);
    if (script == NULL) {
        return NGX_CONF_ERROR;
    }

    ngx_memzero(script, sizeof(ngx_http_nano_script_t));
    script->name = value[1];
    script->cname = value[1].data;      /* config strings end with NUL */
    script->path = value[2];
    script->format = NANO_SCRIPT_MODULE;
    script->isolation = NANO_ISOLATION_FRESH;

    if (ngx_conf_full_name(cf->cycle, &script->path, 1) != NGX_OK) {
        return NGX_CONF_ERROR;
    }

    if (ngx_array_init(&script->bindings, cf->pool, 4, sizeof(nano_binding))
        != NGX_OK)
    {
        return NGX_CONF_ERROR;
    }

    for (i = 3; i < cf->args->nelts; i++) {

        if (ngx_strcmp(value[i].data, "service_worker") == 0) {
            script->format = NANO_SCRIPT_SERVICE_WORKER;
            continue;
        }

        /* The isolation modes, named as in nano.h, Go and nano serve. */
        if (ngx_strcmp(value[i].data, "fresh") == 0) {
            script->isolation = NANO_ISOLATION_FRESH;
            continue;
        }

        if (ngx_strcmp(value[i].data, "reuse") == 0) {
            script->isolation = NANO_ISOLATION_REUSE;
            continue;
        }

        if (ngx_strcmp(value[i].data, "strict") == 0) {
            script->isolation = NANO_ISOLATION_STRICT;
            continue;
        }

        /* The Workers lockdown, lifted one part at a time (as in nano.h's
         * nano_script_options). */
        if (ngx_strcmp(value[i].data, "allow_eval") == 0) {
            script->allow_eval = 1;
            continue;
        }

        if (ngx_strcmp(value[i].data, "allow_shared_memory") == 0) {
            script->allow_shared_memory = 1;
            continue;
        }

        /* Node.js compatibility is on by default, as on Workers. */
        if (ngx_strcmp(value[i].data, "no_nodejs_compat") == 0) {
            script->no_node_compat = 1;
            continue;
        }

        eq = ngx_strlchr(value[i].data, value[i].data + value[i].len, '=');
        if (eq == NULL || eq == value[i].data) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "nano_script \"%V\": \"%V\" is neither "
                               "NAME=VALUE nor service_worker nor an "
                               "isolation mode (fresh, reuse, strict) nor "
                               "a lockdown flag (allow_eval, "
                               "allow_shared_memory) nor no_nodejs_compat",
                               &script->name, &value[i]);
            return NGX_CONF_ERROR;
        }

        b = ngx_array_push(&script->bindings);
        if (b == NULL) {
            return NGX_CONF_ERROR;
        }

        b->name = (const char *) value[i].data;
        b->name_len = eq - value[i].data;
        b->value = (const char *) eq + 1;
        b->value_len = value[i].data + value[i].len - (eq + 1);
    }

    if (ngx_http_nano_read_source(cf, script) != NGX_OK) {
        return NGX_CONF_ERROR;
    }

    return NGX_CONF_OK;
}


/* nano_pass NAME; */
static char *
ngx_http_nano_pass(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_nano_loc_conf_t  *nlcf = conf;

    ngx_str_t                  *value;
    ngx_uint_t                  i;
    ngx_http_nano_script_t     *script;
    ngx_http_core_loc_conf_t   *clcf;
    ngx_http_nano_main_conf_t  *mcf;

    if (nlcf->script != NULL) {
        return "is duplicate";
    }

    value = cf->args->elts;
    mcf = ngx_http_conf_get_module_main_conf(cf, ngx_http_nano_module);

    script = mcf->scripts.elts;
    for (i = 0; i < mcf->scripts.nelts; i++) {
        if (script[i].name.len == value[1].len
            && ngx_strncmp(script[i].name.data, value[1].data,
                           value[1].len) == 0)
        {
            nlcf->script = &script[i];
            break;
        }
    }

    if (nlcf->script == NULL) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "nano_pass: no script \"%V\" was declared with "
                           "nano_script before this line", &value[1]);
        return NGX_CONF_ERROR;
    }

    clcf = ngx_http_conf_get_module_loc_conf(cf, ngx_http_core_module);
    clcf->handler = ngx_http_nano_handler;

    return NGX_CONF_OK;
}


/* nginx's level names, indexed by NGX_LOG_* (its own table is static). */
static const char  *ngx_http_nano_levels[] = {
    "", "emerg", "alert", "crit", "error", "warn", "notice", "info", "debug"
};


/* nano_console off | error_log [LEVEL]; */
static char *
ngx_http_nano_console(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_nano_main_conf_t  *mcf = conf;

    ngx_str_t   *value;
    ngx_uint_t   level;

    if (mcf->console != NGX_CONF_UNSET) {
        return "is duplicate";
    }

    value = cf->args->elts;

    if (ngx_strcmp(value[1].data, "off") == 0 && cf->args->nelts == 2) {
        mcf->console = -1;
        return NGX_CONF_OK;
    }

    if (ngx_strcmp(value[1].data, "error_log") != 0) {
        return "takes \"off\" or \"error_log [level]\"";
    }

    if (cf->args->nelts == 2) {
        mcf->console = 0;
        return NGX_CONF_OK;
    }

    for (level = 1; level <= NGX_LOG_DEBUG; level++) {
        if (ngx_strcmp(value[2].data, ngx_http_nano_levels[level]) == 0) {
            mcf->console = (ngx_int_t) level;
            return NGX_CONF_OK;
        }
    }

    ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                       "nano_console: unknown log level \"%V\"", &value[2]);
    return NGX_CONF_ERROR;
}


/* ---- per worker process ----------------------------------------------- */
