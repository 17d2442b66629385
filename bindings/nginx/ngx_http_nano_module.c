/*
 * ngx_http_nano_module: serves Workers scripts from nginx through libnano.
 *
 * Each nginx worker process owns one nano runtime, created in init_process
 * (V8 never starts in the master, so nothing V8 made crosses a fork). A
 * request for a `nano_pass` location is read whole by nginx, handed to
 * nano_eval_request_async, and parked; nano runs it on its own thread and
 * calls back there. The callback only queues the outcome and writes an
 * eventfd that this worker's event loop watches as a connection, so the loop
 * never waits on JavaScript; the queue is drained on the loop's thread,
 * where the response is sent.
 *
 * Directives: see README.md next to this file.
 */

#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#include <pthread.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <sys/wait.h>

#include <nano.h>

/* One `nano_script` declaration. The source is read by the master at
 * configuration time (so a missing file fails `nginx -t`); it is compiled in
 * each worker. */
typedef struct {
    ngx_str_t                   name;
    u_char                     *cname;       /* NUL-terminated copy */
    ngx_str_t                   path;
    ngx_str_t                   source;
    ngx_array_t                 bindings;    /* of nano_binding */
    ngx_uint_t                  format;      /* NANO_SCRIPT_* */
    ngx_flag_t                  reuse_context;
    ngx_flag_t                  loaded;      /* registered in this worker */
} ngx_http_nano_script_t;

typedef struct {
    ngx_array_t                 scripts;     /* of ngx_http_nano_script_t */
    ngx_uint_t                  pool_size;
    ngx_msec_t                  cpu_limit;
    ngx_msec_t                  wall_limit;
    ngx_msec_t                  acquire_timeout;
    size_t                      memory_limit;
    ngx_int_t                   console;     /* -1 off, 0 by severity, else a NGX_LOG_* level */
} ngx_http_nano_main_conf_t;

typedef struct {
    ngx_http_nano_script_t     *script;
} ngx_http_nano_loc_conf_t;

/* One request on its way through nano. malloc'd rather than taken from the
 * request's pool: nano's thread holds it until its callback has run, which
 * may be after nginx has freed the request (client gone, worker shutdown). */
typedef struct ngx_http_nano_call_s  ngx_http_nano_call_t;

struct ngx_http_nano_call_s {
    ngx_http_request_t         *request;     /* NULL once nginx freed it */
    ngx_pool_cleanup_t         *cleanup;     /* on the request's pool */
    ngx_http_nano_script_t     *script;
    nano_worker                *worker;      /* the lease, while running */
    nano_request                input;       /* borrows the request's pool */
    ngx_queue_t                 queue;       /* in state.waiting */
    ngx_event_t                 timer;       /* wait timeout, or backstop */
    unsigned                    waiting:1;
    unsigned                    running:1;

    /* Written by nano's thread, read by the loop after the queue lock. */
    nano_result                 result;
    nano_response              *response;
    char                       *error;
    ngx_http_nano_call_t       *next;
};

/* A console line from a script, queued for the error log. */
typedef struct ngx_http_nano_line_s  ngx_http_nano_line_t;

struct ngx_http_nano_line_s {
    ngx_http_nano_line_t       *next;
    nano_log_level              level;
    size_t                      len;
    u_char                      text[1];
};

/* Per worker process. */
typedef struct {
    nano_runtime               *runtime;
    ngx_http_nano_main_conf_t  *conf;
    int                         efd;
    ngx_connection_t           *notify;
    ngx_uint_t                  running;     /* leases out */
    ngx_queue_t                 waiting;     /* calls waiting for a lease */
    ngx_event_t                 retry;

    pthread_mutex_t             lock;        /* guards the two lists below */
    ngx_http_nano_call_t       *done_head;
    ngx_http_nano_call_t      **done_tail;
    ngx_http_nano_line_t       *lines_head;
    ngx_http_nano_line_t      **lines_tail;
} ngx_http_nano_state_t;


static ngx_int_t ngx_http_nano_init_process(ngx_cycle_t *cycle);
static void ngx_http_nano_exit_process(ngx_cycle_t *cycle);
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
static ngx_int_t ngx_http_nano_handler(ngx_http_request_t *r);
static void ngx_http_nano_body_read(ngx_http_request_t *r);
static ngx_int_t ngx_http_nano_dispatch(ngx_http_nano_call_t *call);
static void ngx_http_nano_dispatch_waiting(void);
static void ngx_http_nano_finish(ngx_http_nano_call_t *call);
static void ngx_http_nano_free_call(ngx_http_nano_call_t *call);
static void ngx_http_nano_drain(ngx_uint_t exiting);


static ngx_http_nano_state_t  ngx_http_nano_state = { .efd = -1 };


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

    { ngx_string("nano_acquire_timeout"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_msec_slot,
      NGX_HTTP_MAIN_CONF_OFFSET,
      offsetof(ngx_http_nano_main_conf_t, acquire_timeout),
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
    mcf->cpu_limit = NGX_CONF_UNSET_MSEC;
    mcf->wall_limit = NGX_CONF_UNSET_MSEC;
    mcf->acquire_timeout = NGX_CONF_UNSET_MSEC;
    mcf->memory_limit = NGX_CONF_UNSET_SIZE;
    mcf->console = NGX_CONF_UNSET;

    return mcf;
}


static char *
ngx_http_nano_init_main_conf(ngx_conf_t *cf, void *conf)
{
    ngx_http_nano_main_conf_t  *mcf = conf;

    ngx_conf_init_uint_value(mcf->pool_size, 4);
    ngx_conf_init_msec_value(mcf->cpu_limit, 50);
    ngx_conf_init_msec_value(mcf->wall_limit, 30000);
    ngx_conf_init_msec_value(mcf->acquire_timeout, 1000);
    ngx_conf_init_size_value(mcf->memory_limit, 128 * 1024 * 1024);
    ngx_conf_init_value(mcf->console, 0);

    if (mcf->pool_size == 0 || mcf->pool_size > 4096) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "nano_pool_size must be from 1 to 4096");
        return NGX_CONF_ERROR;
    }

    if (mcf->memory_limit < 1024 * 1024) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "nano_memory_limit must be at least 1m");
        return NGX_CONF_ERROR;
    }

    if (mcf->wall_limit == 0 || mcf->wall_limit > 0xffffffff
        || mcf->cpu_limit > 0xffffffff || mcf->acquire_timeout > 0xffffffff)
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


static void
ngx_http_nano_console_drop(void *data, nano_log_level level,
    const char *message, size_t len)
{
}


/* Registers one declared script with a runtime. */
static nano_result
ngx_http_nano_register(nano_runtime *runtime, ngx_http_nano_script_t *script)
{
    nano_script_options  options;

    nano_script_options_init(&options);
    options.format = (uint32_t) script->format;
    options.reuse_context = script->reuse_context ? 1 : 0;
    options.bindings = script->bindings.elts;
    options.bindings_len = script->bindings.nelts;

    return nano_runtime_add_script(runtime, (char *) script->cname,
                                   (char *) script->source.data,
                                   script->source.len, &options);
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


/* nano_script NAME PATH [service_worker] [reuse_context] [KEY=VALUE ...]; */
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

        if (ngx_strcmp(value[i].data, "reuse_context") == 0) {
            script->reuse_context = 1;
            continue;
        }

        eq = ngx_strlchr(value[i].data, value[i].data + value[i].len, '=');
        if (eq == NULL || eq == value[i].data) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "nano_script \"%V\": \"%V\" is neither "
                               "NAME=VALUE nor service_worker nor "
                               "reuse_context", &script->name, &value[i]);
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

/* nano's threads (isolates, watchdog, V8's platform) inherit the signal mask
 * of the thread that starts them. nginx's signals must reach this thread,
 * the one in epoll_wait, so the calls that may start threads run with them
 * blocked. */
static void
ngx_http_nano_block_signals(sigset_t *saved)
{
    sigset_t  set;

    sigemptyset(&set);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGQUIT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGUSR1);
    sigaddset(&set, SIGUSR2);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGCHLD);
    sigaddset(&set, SIGALRM);
    sigaddset(&set, SIGIO);
    sigaddset(&set, SIGPIPE);

    pthread_sigmask(SIG_BLOCK, &set, saved);
}


static void
ngx_http_nano_restore_signals(sigset_t *saved)
{
    pthread_sigmask(SIG_SETMASK, saved, NULL);
}


/* On a nano thread: hands a finished call or a console line to the loop.
 * Only the first item of a batch wakes it: it drains them all. */
static void
ngx_http_nano_post(ngx_http_nano_state_t *st, ngx_http_nano_call_t *call,
    ngx_http_nano_line_t *line)
{
    int       wake;
    uint64_t  one = 1;

    pthread_mutex_lock(&st->lock);

    wake = (st->lines_head == NULL && st->done_head == NULL);

    if (call) {
        *st->done_tail = call;
        st->done_tail = &call->next;

    } else {
        *st->lines_tail = line;
        st->lines_tail = &line->next;
    }

    pthread_mutex_unlock(&st->lock);

    if (wake && write(st->efd, &one, sizeof(one)) == -1) {
        /* Only EAGAIN (counter full): the loop is already woken. */
    }
}


/* Called by nano on one of its threads: queue the line for the loop. */
static void
ngx_http_nano_console_line(void *data, nano_log_level level,
    const char *message, size_t len)
{
    ngx_http_nano_line_t   *line;
    ngx_http_nano_state_t  *st = data;

    line = malloc(sizeof(ngx_http_nano_line_t) + len);
    if (line == NULL) {
        return;
    }

    line->next = NULL;
    line->level = level;
    line->len = len;
    ngx_memcpy(line->text, message, len);

    ngx_http_nano_post(st, NULL, line);
}


/* Called by nano on one of its threads when a request ends. */
static void
ngx_http_nano_done(void *data, nano_result result, nano_response *response,
    const char *error)
{
    ngx_http_nano_call_t  *call = data;

    call->result = result;
    call->response = response;
    call->error = (result != NANO_OK) ? strdup(error ? error : "") : NULL;
    call->next = NULL;

    ngx_http_nano_post(&ngx_http_nano_state, call, NULL);
}


static void
ngx_http_nano_notified(ngx_event_t *rev)
{
    uint64_t  n;

    if (read(ngx_http_nano_state.efd, &n, sizeof(n)) == -1) {
        /* EAGAIN: a drain already took what this wake-up was for. */
    }

    ngx_http_nano_drain(0);
}


static void
ngx_http_nano_log_line(ngx_http_nano_line_t *line)
{
    ngx_int_t   console = ngx_http_nano_state.conf->console;
    ngx_uint_t  level;

    if (console > 0) {
        level = (ngx_uint_t) console;

    } else {
        switch (line->level) {
        case NANO_LOG_ERROR:
            level = NGX_LOG_ERR;
            break;
        case NANO_LOG_WARN:
            level = NGX_LOG_WARN;
            break;
        case NANO_LOG_DEBUG:
            level = NGX_LOG_DEBUG;
            break;
        default:
            level = NGX_LOG_INFO;
            break;
        }
    }

    ngx_log_error(level, ngx_cycle->log, 0, "nano console: %*s",
                  line->len, line->text);
}


/* On the loop's thread: logs the queued console lines and finishes the
 * queued calls; when the process exits, only frees the calls (their requests
 * go with the process). */
static void
ngx_http_nano_drain(ngx_uint_t exiting)
{
    ngx_http_nano_call_t   *call, *next_call;
    ngx_http_nano_line_t   *line, *next_line;
    ngx_http_nano_state_t  *st = &ngx_http_nano_state;

    pthread_mutex_lock(&st->lock);
    call = st->done_head;
    line = st->lines_head;
    st->done_head = NULL;
    st->done_tail = &st->done_head;
    st->lines_head = NULL;
    st->lines_tail = &st->lines_head;
    pthread_mutex_unlock(&st->lock);

    for ( /* void */ ; line; line = next_line) {
        next_line = line->next;
        ngx_http_nano_log_line(line);
        free(line);
    }

    for ( /* void */ ; call; call = next_call) {
        next_call = call->next;

        if (!exiting) {
            ngx_http_nano_finish(call);
            continue;
        }

        nano_pool_release(call->worker);
        nano_response_free(call->response);
        ngx_http_nano_free_call(call);
    }

    if (!exiting) {
        ngx_http_nano_dispatch_waiting();
    }
}


static void
ngx_http_nano_retry(ngx_event_t *ev)
{
    ngx_http_nano_dispatch_waiting();
}


static ngx_int_t
ngx_http_nano_init_process(ngx_cycle_t *cycle)
{
    sigset_t                    saved;
    ngx_uint_t                  i, per_script;
    nano_result                 rc;
    nano_config                 config;
    ngx_connection_t           *c;
    ngx_http_nano_script_t     *script;
    ngx_http_nano_state_t      *st = &ngx_http_nano_state;
    ngx_http_nano_main_conf_t  *mcf;

    if (ngx_process != NGX_PROCESS_WORKER
        && ngx_process != NGX_PROCESS_SINGLE)
    {
        return NGX_OK;
    }

    mcf = ngx_http_cycle_get_module_main_conf(cycle, ngx_http_nano_module);
    if (mcf == NULL || mcf->scripts.nelts == 0) {
        return NGX_OK;
    }

    st->conf = mcf;
    st->running = 0;
    ngx_queue_init(&st->waiting);
    st->done_head = NULL;
    st->done_tail = &st->done_head;
    st->lines_head = NULL;
    st->lines_tail = &st->lines_head;

    if (pthread_mutex_init(&st->lock, NULL) != 0) {
        ngx_log_error(NGX_LOG_EMERG, cycle->log, 0, "nano: mutex init failed");
        return NGX_ERROR;
    }

    st->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (st->efd == -1) {
        ngx_log_error(NGX_LOG_EMERG, cycle->log, ngx_errno,
                      "nano: eventfd() failed");
        return NGX_ERROR;
    }

    c = ngx_get_connection(st->efd, cycle->log);
    if (c == NULL) {
        close(st->efd);
        st->efd = -1;
        return NGX_ERROR;
    }

    c->read->handler = ngx_http_nano_notified;
    c->read->log = cycle->log;
    c->write->log = cycle->log;
    c->data = st;
    st->notify = c;

    if (ngx_add_event(c->read, NGX_READ_EVENT, 0) != NGX_OK) {
        return NGX_ERROR;
    }

    st->retry.handler = ngx_http_nano_retry;
    st->retry.log = cycle->log;
    st->retry.data = st;

    nano_config_init(&config);
    config.max_isolates = (uint32_t) mcf->pool_size;
    config.max_idle_per_script = (uint32_t) mcf->pool_size;
    per_script = mcf->pool_size / mcf->scripts.nelts;
    config.min_idle_per_script = (uint32_t) ngx_max(per_script, 1);
    /* The loop never waits in nano_pool_acquire: requests over the pool's
     * size wait here, in st->waiting, for nano_acquire_timeout. */
    config.acquire_timeout_ms = 0;
    config.cpu_time_limit_ms = (uint32_t) mcf->cpu_limit;
    config.wall_time_limit_ms = (uint32_t) mcf->wall_limit;
    config.heap_limit_mb = (uint32_t) (mcf->memory_limit / (1024 * 1024));
    config.log_callback = (mcf->console < 0) ? ngx_http_nano_console_drop
                                             : ngx_http_nano_console_line;
    config.log_user_data = st;

    ngx_http_nano_block_signals(&saved);

    rc = nano_runtime_new(&config, &st->runtime);
    if (rc != NANO_OK) {
        ngx_http_nano_restore_signals(&saved);
        ngx_log_error(NGX_LOG_EMERG, cycle->log, 0,
                      "nano: cannot start: %s", nano_last_error());
        return NGX_ERROR;
    }

    script = mcf->scripts.elts;
    for (i = 0; i < mcf->scripts.nelts; i++) {
        if (ngx_http_nano_register(st->runtime, &script[i]) != NANO_OK) {
            /* The worker keeps serving everything else; this script's
             * locations answer 500 and say why in the log. */
            ngx_log_error(NGX_LOG_ALERT, cycle->log, 0,
                          "nano: script \"%V\" from \"%V\" not loaded: %s",
                          &script[i].name, &script[i].path,
                          nano_last_error());
            continue;
        }

        script[i].loaded = 1;
    }

    ngx_http_nano_restore_signals(&saved);

    /* Console lines from the scripts' top levels. */
    ngx_http_nano_drain(0);

    return NGX_OK;
}


static void
ngx_http_nano_exit_process(ngx_cycle_t *cycle)
{
    ngx_http_nano_state_t  *st = &ngx_http_nano_state;

    if (st->runtime == NULL) {
        return;
    }

    /* Stops what still runs (each ends with NANO_ERR_SHUTDOWN) and waits
     * for its callback; the requests themselves are gone with the process. */
    nano_runtime_free(st->runtime);
    st->runtime = NULL;

    ngx_http_nano_drain(1);

    if (st->notify) {
        ngx_close_connection(st->notify);   /* closes the eventfd too */
        st->notify = NULL;
        st->efd = -1;
    }
}


/* ---- requests ---------------------------------------------------------- */

static ngx_int_t
ngx_http_nano_handler(ngx_http_request_t *r)
{
    ngx_int_t                  rc;
    ngx_http_nano_loc_conf_t  *nlcf;

    nlcf = ngx_http_get_module_loc_conf(r, ngx_http_nano_module);

    if (ngx_http_nano_state.runtime == NULL || !nlcf->script->loaded) {
        ngx_log_error(NGX_LOG_ERR, r->connection->log, 0,
                      "nano: script \"%V\" is not loaded in this worker "
                      "(see the alert logged when it started)",
                      &nlcf->script->name);
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    /* The body is read whole, within nginx's limits
     * (client_max_body_size, client_body_buffer_size spills to a file).
     * The read's reference on the request keeps it alive until
     * ngx_http_nano_finish finalizes it. */
    r->request_body_in_single_buf = 1;

    rc = ngx_http_read_client_request_body(r, ngx_http_nano_body_read);
    if (rc >= NGX_HTTP_SPECIAL_RESPONSE) {
        return rc;
    }

    return NGX_DONE;
}


/* The request's body as one contiguous run of bytes; a body that nginx kept
 * in a temporary file is read back. */
static ngx_int_t
ngx_http_nano_collect_body(ngx_http_request_t *r, nano_request *in)
{
    u_char       *p;
    size_t        len;
    ssize_t       n;
    ngx_buf_t    *b;
    ngx_chain_t  *cl;

    in->body = NULL;
    in->body_len = 0;

    if (r->headers_in.content_length_n < 0 && !r->headers_in.chunked) {
        return NGX_OK;                  /* no body at all, as for GET */
    }

    if (r->method & (NGX_HTTP_GET | NGX_HTTP_HEAD)) {
        return NGX_OK;                  /* a Request for them has none */
    }

    in->body = (const uint8_t *) "";

    if (r->request_body == NULL || r->request_body->bufs == NULL) {
        return NGX_OK;
    }

    cl = r->request_body->bufs;
    if (cl->next == NULL && !cl->buf->in_file) {
        in->body = cl->buf->pos;
        in->body_len = cl->buf->last - cl->buf->pos;
        return NGX_OK;
    }

    len = 0;
    for (cl = r->request_body->bufs; cl; cl = cl->next) {
        b = cl->buf;
        len += b->in_file ? (size_t) (b->file_last - b->file_pos)
                          : (size_t) (b->last - b->pos);
    }

    p = ngx_pnalloc(r->pool, len ? len : 1);
    if (p == NULL) {
        return NGX_ERROR;
    }

    in->body = p;
    in->body_len = len;

    for (cl = r->request_body->bufs; cl; cl = cl->next) {
        b = cl->buf;

        if (b->in_file) {
            n = ngx_read_file(b->file, p, b->file_last - b->file_pos,
                              b->file_pos);
            if (n != b->file_last - b->file_pos) {
                ngx_log_error(NGX_LOG_ERR, r->connection->log, 0,
                              "nano: cannot read the request body back "
                              "from \"%V\"", &b->file->name);
                return NGX_ERROR;
            }
            p += n;

        } else {
            p = ngx_cpymem(p, b->pos, b->last - b->pos);
        }
    }

    return NGX_OK;
}


/* The URL as the client asked for it: scheme, the authority it named (the
 * request line's for an absolute URI, else Host, else the server's name),
 * and the path and query as sent (raw bytes over 0x7f percent-encoded). */
static ngx_int_t
ngx_http_nano_url(ngx_http_request_t *r, nano_request *in)
{
    u_char                    *p, *end, c;
    size_t                     i, high;
    ngx_str_t                  scheme, host;
    ngx_http_core_srv_conf_t  *cscf;
    static const u_char        hex[] = "0123456789ABCDEF";

    ngx_str_set(&scheme, "http");
#if (NGX_HTTP_SSL)
    if (r->connection->ssl) {
        ngx_str_set(&scheme, "https");
    }
#endif

    if (r->host_start && r->host_end) {
        end = (r->port_end && r->port_end > r->host_end) ? r->port_end
                                                          : r->host_end;
        host.data = r->host_start;
        host.len = end - r->host_start;

    } else if (r->headers_in.host) {
        host = r->headers_in.host->value;

    } else {
        cscf = ngx_http_get_module_srv_conf(r, ngx_http_core_module);
        host = cscf->server_name;
        if (host.len == 0) {
            ngx_str_set(&host, "localhost");
        }
    }

    /* Bytes over 0x7f in the path or query are percent-encoded, as a URL
     * parser would (nano takes the URL as UTF-8; a raw byte need not be). */
    high = 0;
    for (i = 0; i < r->unparsed_uri.len; i++) {
        high += (r->unparsed_uri.data[i] >= 0x80);
    }

    p = ngx_pnalloc(r->pool, scheme.len + 3 + host.len + r->unparsed_uri.len
                             + 2 * high);
    if (p == NULL) {
        return NGX_ERROR;
    }

    in->url = (const char *) p;
    p = ngx_cpymem(p, scheme.data, scheme.len);
    p = ngx_cpymem(p, "://", 3);
    p = ngx_cpymem(p, host.data, host.len);

    if (high == 0) {
        p = ngx_cpymem(p, r->unparsed_uri.data, r->unparsed_uri.len);

    } else {
        for (i = 0; i < r->unparsed_uri.len; i++) {
            c = r->unparsed_uri.data[i];
            if (c < 0x80) {
                *p++ = c;
                continue;
            }
            *p++ = '%';
            *p++ = hex[c >> 4];
            *p++ = hex[c & 0xf];
        }
    }

    in->url_len = p - (u_char *) in->url;

    return NGX_OK;
}


static ngx_int_t
ngx_http_nano_headers(ngx_http_request_t *r, nano_request *in)
{
    ngx_uint_t        i, n;
    nano_header      *h;
    ngx_list_part_t  *part;
    ngx_table_elt_t  *elt;

    n = 0;
    for (part = &r->headers_in.headers.part; part; part = part->next) {
        n += part->nelts;
    }

    in->headers = NULL;
    in->headers_len = 0;

    if (n == 0) {
        return NGX_OK;
    }

    h = ngx_palloc(r->pool, n * sizeof(nano_header));
    if (h == NULL) {
        return NGX_ERROR;
    }

    in->headers = h;

    for (part = &r->headers_in.headers.part; part; part = part->next) {
        elt = part->elts;
        for (i = 0; i < part->nelts; i++) {
            h->name = elt[i].key.data;
            h->name_len = elt[i].key.len;
            h->value = elt[i].value.data;
            h->value_len = elt[i].value.len;
            h++;
        }
    }

    in->headers_len = n;

    return NGX_OK;
}


static void
ngx_http_nano_request_gone(void *data)
{
    ngx_http_nano_call_t  *call = data;

    call->request = NULL;
    call->cleanup = NULL;

    if (call->waiting) {
        ngx_queue_remove(&call->queue);
        ngx_http_nano_free_call(call);
        return;
    }

    if (call->running) {
        /* Stop it; ngx_http_nano_finish frees the call when nano's callback
         * comes. */
        nano_worker_cancel(call->worker);
        return;
    }

    ngx_http_nano_free_call(call);      /* never started */
}


static void
ngx_http_nano_timer(ngx_event_t *ev)
{
    ngx_http_nano_call_t  *call = ev->data;
    ngx_http_request_t    *r;

    if (call->waiting) {
        r = call->request;
        ngx_queue_remove(&call->queue);
        call->waiting = 0;
        call->cleanup->handler = NULL;
        ngx_log_error(NGX_LOG_ERR, r->connection->log, 0,
                      "nano: script \"%V\": no isolate free within "
                      "nano_acquire_timeout (%M ms, nano_pool_size %ui)",
                      &call->script->name,
                      ngx_http_nano_state.conf->acquire_timeout,
                      ngx_http_nano_state.conf->pool_size);
        ngx_http_nano_free_call(call);
        ngx_http_finalize_request(r, NGX_HTTP_SERVICE_UNAVAILABLE);
        return;
    }

    /* nano stops a request at its wall-clock limit itself; this backstop
     * only fires if it did not answer a second after that. */
    nano_worker_cancel(call->worker);
}


static void
ngx_http_nano_body_read(ngx_http_request_t *r)
{
    ngx_http_nano_call_t       *call;
    ngx_pool_cleanup_t         *cln;
    ngx_http_nano_loc_conf_t   *nlcf;
    ngx_http_nano_state_t      *st = &ngx_http_nano_state;

    if (r->connection->error) {
        ngx_http_finalize_request(r, NGX_HTTP_CLIENT_CLOSED_REQUEST);
        return;
    }

    nlcf = ngx_http_get_module_loc_conf(r, ngx_http_nano_module);

    call = calloc(1, sizeof(ngx_http_nano_call_t));
    if (call == NULL) {
        ngx_http_finalize_request(r, NGX_HTTP_INTERNAL_SERVER_ERROR);
        return;
    }

    call->request = r;
    call->script = nlcf->script;
    call->timer.handler = ngx_http_nano_timer;
    call->timer.data = call;
    call->timer.log = ngx_cycle->log;   /* outlives the request's log */

    call->input.method = (const char *) r->method_name.data;
    call->input.method_len = r->method_name.len;

    if (ngx_http_nano_url(r, &call->input) != NGX_OK
        || ngx_http_nano_headers(r, &call->input) != NGX_OK
        || ngx_http_nano_collect_body(r, &call->input) != NGX_OK)
    {
        free(call);
        ngx_http_finalize_request(r, NGX_HTTP_INTERNAL_SERVER_ERROR);
        return;
    }

    cln = ngx_pool_cleanup_add(r->pool, 0);
    if (cln == NULL) {
        free(call);
        ngx_http_finalize_request(r, NGX_HTTP_INTERNAL_SERVER_ERROR);
        return;
    }

    cln->handler = ngx_http_nano_request_gone;
    cln->data = call;
    call->cleanup = cln;

    /* A client that goes away ends the request (nginx frees it, and the
     * cleanup above cancels the script), as proxy_pass does. */
    r->read_event_handler = ngx_http_test_reading;
    if ((ngx_event_flags & NGX_USE_LEVEL_EVENT) && !r->connection->read->active)
    {
        if (ngx_add_event(r->connection->read, NGX_READ_EVENT, 0) != NGX_OK) {
            ngx_http_finalize_request(r, NGX_HTTP_INTERNAL_SERVER_ERROR);
            return;
        }
    }

    if (st->running < st->conf->pool_size && ngx_queue_empty(&st->waiting)) {
        (void) ngx_http_nano_dispatch(call);
        return;
    }

    call->waiting = 1;
    ngx_queue_insert_tail(&st->waiting, &call->queue);
    ngx_add_timer(&call->timer, st->conf->acquire_timeout);
}


static ngx_uint_t
ngx_http_nano_status_for(nano_result result)
{
    switch (result) {
    case NANO_ERR_CPU_LIMIT:
    case NANO_ERR_WALL_TIME_LIMIT:
    case NANO_ERR_MEMORY_LIMIT:
    case NANO_ERR_POOL_EXHAUSTED:
    case NANO_ERR_SHUTDOWN:
        return NGX_HTTP_SERVICE_UNAVAILABLE;
    case NANO_ERR_TERMINATED:
        return NGX_HTTP_GATEWAY_TIME_OUT;
    case NANO_ERR_INVALID_ARGUMENT:
    case NANO_ERR_INVALID_UTF8:
        return NGX_HTTP_BAD_REQUEST;
    default:
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }
}


/* Why a request failed, in the terms of the directive that governs it. */
static void
ngx_http_nano_log_failure(ngx_http_request_t *r, ngx_http_nano_call_t *call,
    nano_result result, const char *error)
{
    ngx_log_t                  *log;
    ngx_http_nano_main_conf_t  *mcf = ngx_http_nano_state.conf;

    log = r ? r->connection->log : ngx_cycle->log;

    switch (result) {
    case NANO_ERR_CPU_LIMIT:
        ngx_log_error(NGX_LOG_ERR, log, 0,
                      "nano: script \"%V\" stopped at the CPU time limit "
                      "(nano_cpu_limit %M ms): %s",
                      &call->script->name, mcf->cpu_limit, error);
        break;
    case NANO_ERR_WALL_TIME_LIMIT:
        ngx_log_error(NGX_LOG_ERR, log, 0,
                      "nano: script \"%V\" stopped at the wall-clock limit "
                      "(nano_wall_limit %M ms): %s",
                      &call->script->name, mcf->wall_limit, error);
        break;
    case NANO_ERR_MEMORY_LIMIT:
        ngx_log_error(NGX_LOG_ERR, log, 0,
                      "nano: script \"%V\" stopped at the memory limit "
                      "(nano_memory_limit %uz MiB): %s",
                      &call->script->name, mcf->memory_limit / (1024 * 1024),
                      error);
        break;
    case NANO_ERR_SCRIPT_ERROR:
        ngx_log_error(NGX_LOG_ERR, log, 0, "nano: script \"%V\" failed: %s",
                      &call->script->name, error);
        break;
    default:
        ngx_log_error(NGX_LOG_ERR, log, 0, "nano: script \"%V\": %s (%s)",
                      &call->script->name, error,
                      nano_result_message(result));
        break;
    }
}


/* Starts a call on a leased isolate: NGX_OK when it runs, NGX_AGAIN when it
 * went back to the head of the line, NGX_DONE when it failed and its request
 * was finalized (the call is freed). */
static ngx_int_t
ngx_http_nano_dispatch(ngx_http_nano_call_t *call)
{
    sigset_t                saved;
    nano_result             rc;
    ngx_http_request_t     *r = call->request;
    ngx_http_nano_state_t  *st = &ngx_http_nano_state;

    /* May start an isolate's thread when the pool grows back after one was
     * discarded. */
    ngx_http_nano_block_signals(&saved);
    rc = nano_pool_acquire(st->runtime, (char *) call->script->cname,
                           &call->worker);
    ngx_http_nano_restore_signals(&saved);

    if (rc == NANO_ERR_POOL_EXHAUSTED) {
        /* An isolate is still on its way back to the pool (or being
         * replaced): wait at the head of the line and try again soon. */
        call->waiting = 1;
        ngx_queue_insert_head(&st->waiting, &call->queue);
        if (!call->timer.timer_set) {
            ngx_add_timer(&call->timer, st->conf->acquire_timeout);
        }
        if (!st->retry.timer_set) {
            ngx_add_timer(&st->retry, 1);
        }
        return NGX_AGAIN;
    }

    if (rc == NANO_OK) {
        rc = nano_eval_request_async(call->worker, &call->input,
                                     ngx_http_nano_done, call);
        if (rc != NANO_OK) {
            nano_pool_release(call->worker);
            call->worker = NULL;
        }
    }

    if (rc != NANO_OK) {
        call->cleanup->handler = NULL;
        ngx_http_nano_log_failure(r, call, rc, nano_last_error());
        ngx_http_nano_free_call(call);
        ngx_http_finalize_request(r, ngx_http_nano_status_for(rc));
        return NGX_DONE;
    }

    call->running = 1;
    st->running++;

    /* The wait timer becomes the backstop (deleted first: ngx_add_timer
     * keeps a timer that is set when the new time is near the old one). */
    if (call->timer.timer_set) {
        ngx_del_timer(&call->timer);
    }
    ngx_add_timer(&call->timer, st->conf->wall_limit + 1000);

    return NGX_OK;
}


static void
ngx_http_nano_dispatch_waiting(void)
{
    ngx_int_t               rc;
    ngx_queue_t            *q;
    ngx_connection_t       *c;
    ngx_http_nano_call_t   *call;
    ngx_http_nano_state_t  *st = &ngx_http_nano_state;

    while (st->running < st->conf->pool_size && !ngx_queue_empty(&st->waiting))
    {
        q = ngx_queue_head(&st->waiting);
        ngx_queue_remove(q);
        call = ngx_queue_data(q, ngx_http_nano_call_t, queue);
        call->waiting = 0;
        c = call->request->connection;  /* waiting calls have requests */

        rc = ngx_http_nano_dispatch(call);

        if (rc == NGX_AGAIN) {
            break;                      /* the pool is not ready yet */
        }

        if (rc == NGX_DONE) {
            ngx_http_run_posted_requests(c);
        }
    }
}


static void
ngx_http_nano_free_response(void *data)
{
    nano_response_free(data);
}


/* Sends the script's response: status, its headers in order, its body
 * (borrowed from the nano_response until the request's pool goes). */
static ngx_int_t
ngx_http_nano_send(ngx_http_request_t *r, nano_response *resp)
{
    size_t               i, n, name_len, value_len, body_len;
    uint16_t             status;
    ngx_int_t            rc;
    ngx_buf_t           *b;
    ngx_chain_t          out;
    const uint8_t       *name, *value, *body;
    ngx_table_elt_t     *h;
    ngx_pool_cleanup_t  *cln;

    cln = ngx_pool_cleanup_add(r->pool, 0);
    if (cln == NULL) {
        nano_response_free(resp);
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    cln->handler = ngx_http_nano_free_response;
    cln->data = resp;

    if (nano_response_status(resp, &status) != NANO_OK
        || nano_response_header_count(resp, &n) != NANO_OK
        || nano_response_body(resp, &body, &body_len) != NANO_OK)
    {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    r->headers_out.status = status;
    r->headers_out.content_length_n = (off_t) body_len;

    for (i = 0; i < n; i++) {
        if (nano_response_header(resp, i, &name, &name_len, &value,
                                 &value_len)
            != NANO_OK)
        {
            return NGX_HTTP_INTERNAL_SERVER_ERROR;
        }

#define ngx_http_nano_is(s)                                                  \
        (name_len == sizeof(s) - 1 && ngx_strncmp(name, s, name_len) == 0)

        if (ngx_http_nano_is("content-type")) {
            r->headers_out.content_type.data = (u_char *) value;
            r->headers_out.content_type.len = value_len;
            r->headers_out.content_type_len = value_len;
            continue;
        }

        /* nginx frames the body itself (length, chunking, keep-alive). */
        if (ngx_http_nano_is("content-length")
            || ngx_http_nano_is("transfer-encoding")
            || ngx_http_nano_is("connection")
            || ngx_http_nano_is("keep-alive"))
        {
            continue;
        }

        h = ngx_list_push(&r->headers_out.headers);
        if (h == NULL) {
            return NGX_HTTP_INTERNAL_SERVER_ERROR;
        }

        h->hash = 1;
        h->key.data = (u_char *) name;
        h->key.len = name_len;
        h->value.data = (u_char *) value;
        h->value.len = value_len;
        h->lowcase_key = (u_char *) name;   /* nano gives names lower-case */

        /* The script's own Server, Date and Content-Encoding replace
         * nginx's. Location stays as the script wrote it. */
        if (ngx_http_nano_is("server")) {
            r->headers_out.server = h;

        } else if (ngx_http_nano_is("date")) {
            r->headers_out.date = h;

        } else if (ngx_http_nano_is("content-encoding")) {
            r->headers_out.content_encoding = h;
        }

#undef ngx_http_nano_is
    }

    if (body_len == 0) {
        r->header_only = (r->method == NGX_HTTP_HEAD);
        rc = ngx_http_send_header(r);
        if (rc == NGX_ERROR || rc > NGX_OK || r->header_only) {
            return rc;
        }
        return ngx_http_send_special(r, NGX_HTTP_LAST);
    }

    rc = ngx_http_send_header(r);
    if (rc == NGX_ERROR || rc > NGX_OK || r->header_only) {
        return rc;
    }

    b = ngx_calloc_buf(r->pool);
    if (b == NULL) {
        return NGX_ERROR;
    }

    b->pos = (u_char *) body;
    b->last = (u_char *) body + body_len;
    b->memory = 1;
    b->last_buf = (r == r->main) ? 1 : 0;
    b->last_in_chain = 1;

    out.buf = b;
    out.next = NULL;

    return ngx_http_output_filter(r, &out);
}


/* On the loop's thread: the request's outcome came back from nano. */
static void
ngx_http_nano_finish(ngx_http_nano_call_t *call)
{
    ngx_int_t               rc;
    nano_response          *resp;
    ngx_connection_t       *c;
    ngx_http_request_t     *r;
    ngx_http_nano_state_t  *st = &ngx_http_nano_state;

    if (nano_pool_release(call->worker) != NANO_OK) {
        ngx_log_error(NGX_LOG_ALERT, ngx_cycle->log, 0,
                      "nano: releasing an isolate failed: %s",
                      nano_last_error());
    }
    call->worker = NULL;
    call->running = 0;
    st->running--;

    r = call->request;
    resp = call->response;
    call->response = NULL;

    if (r == NULL) {
        /* nginx already freed the request (client gone, or shutdown). */
        ngx_log_error(NGX_LOG_INFO, ngx_cycle->log, 0,
                      "nano: script \"%V\" ended after its request was "
                      "closed: %s", &call->script->name,
                      nano_result_message(call->result));
        nano_response_free(resp);
        ngx_http_nano_free_call(call);
        return;
    }

    call->cleanup->handler = NULL;

    if (call->result == NANO_OK) {
        rc = ngx_http_nano_send(r, resp);

    } else {
        ngx_http_nano_log_failure(r, call, call->result, call->error);
        rc = ngx_http_nano_status_for(call->result);
    }

    ngx_http_nano_free_call(call);

    c = r->connection;
    ngx_http_finalize_request(r, rc);
    ngx_http_run_posted_requests(c);
}


/* Frees a call that nano no longer holds, with its timer. */
static void
ngx_http_nano_free_call(ngx_http_nano_call_t *call)
{
    if (call->timer.timer_set) {
        ngx_del_timer(&call->timer);
    }

    free(call->error);
    free(call);
}
