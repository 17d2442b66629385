/*
 * ngx_http_nano_module: the call, one request on its way through nano: made
 * once nginx has read the request's head, freed once nano no longer holds
 * it; its request's cleanup (the client gone) and backstop timer; and why a
 * call failed, in the terms of its directives. Uses request.c only.
 */

#include "ngx_http_nano.h"

static void ngx_http_nano_request_gone(void *data);
static void ngx_http_nano_timer(ngx_event_t *ev);


/* A call for a request whose head nginx has read (and what of its body has
 * arrived): its nano_request, its cleanup on the request's pool, its backstop
 * timer, and the request's module context. NULL when it cannot be made (the
 * caller finalizes the request with 500). */
ngx_http_nano_call_t *
ngx_http_nano_call_new(ngx_http_request_t *r)
{
    ngx_http_nano_call_t       *call;
    ngx_pool_cleanup_t         *cln;
    ngx_http_nano_loc_conf_t   *nlcf;

    nlcf = ngx_http_get_module_loc_conf(r, ngx_http_nano_module);

    call = calloc(1, sizeof(ngx_http_nano_call_t));
    if (call == NULL) {
        return NULL;
    }

    call->request = r;
    call->script = nlcf->script;
    call->timer.handler = ngx_http_nano_timer;
    call->timer.data = call;
    call->timer.log = ngx_cycle->log;   /* outlives the request's log */

    if (ngx_http_nano_request_input(r, &call->input) != NGX_OK) {
        free(call);
        return NULL;
    }

    cln = ngx_pool_cleanup_add(r->pool, 0);
    if (cln == NULL) {
        free(call);
        return NULL;
    }

    cln->handler = ngx_http_nano_request_gone;
    cln->data = call;
    call->cleanup = cln;

    ngx_http_set_ctx(r, call, ngx_http_nano_module);

    return call;
}


static void
ngx_http_nano_request_gone(void *data)
{
    bool                   withdrawn;
    ngx_http_nano_call_t  *call = data;

    call->request = NULL;
    call->cleanup = NULL;

    ngx_http_nano_body_done(call, "the client went away");

    if (call->waiting) {
        if (nano_pool_acquire_cancel(ngx_http_nano_state.runtime, call->ticket,
                                  &withdrawn)
                == NANO_OK
            && withdrawn)
        {
            ngx_log_error(NGX_LOG_INFO, ngx_cycle->log, 0,
                          "nano: script \"%V\": client gone: its request "
                          "left the queue", &call->script->name);
            ngx_http_nano_free_call(call);
        }
        /* Else its lease is on the way: ngx_http_nano_granted frees it. */
        return;
    }

    if (call->streaming && !call->inline_run) {
        /* A handed-off body going out: the lease stops taking it (the
         * script's stream is cancelled); its last part frees the call. */
        nano_eval_body_ask(call->worker, false);
        return;
    }

    if (call->streaming) {
        /* Its body is going out: from the loop (not from inside nginx's
         * finalization), the lease stops taking it, so that the script's
         * stream is cancelled; ngx_http_nano_stream frees the call. */
        if (call->script->inline_timer.timer_set) {
            ngx_del_timer(&call->script->inline_timer);
        }
        ngx_add_timer(&call->script->inline_timer, 0);
        return;
    }

    if (call->running) {
        /* Stop it; ngx_http_nano_finish frees the call when nano's callback
         * comes. */
        nano_eval_cancel(call->worker);
        return;
    }

    ngx_http_nano_free_call(call);      /* never started */
}


static void
ngx_http_nano_timer(ngx_event_t *ev)
{
    ngx_http_nano_call_t  *call = ev->data;

    /* nano stops a request at its wall-clock limit itself; this backstop
     * only fires if it did not answer a second after that. */
    nano_eval_cancel(call->worker);
}


/* Frees a call that nano no longer holds, with its timer. */
void
ngx_http_nano_free_call(ngx_http_nano_call_t *call)
{
    if (call->timer.timer_set) {
        ngx_del_timer(&call->timer);
    }

    ngx_http_nano_body_done(call, "the request is over");

    if (call->request != NULL) {
        ngx_http_set_ctx(call->request, NULL, ngx_http_nano_module);
    }

    free(call->error);
    free(call->part_data);
    free(call->part_message);
    free(call);
}


/* Why a request failed, in the terms of the directive that governs it. */
void
ngx_http_nano_log_failure(ngx_http_request_t *r, ngx_http_nano_call_t *call,
    nano_result result, const char *error)
{
    ngx_log_t                  *log;
    ngx_http_nano_main_conf_t  *mcf = ngx_http_nano_state.conf;

    log = r ? r->connection->log : ngx_cycle->log;

    switch (result) {
    case NANO_ERR_POOL_EXHAUSTED:
        ngx_log_error(NGX_LOG_ERR, log, 0,
                      "nano: script \"%V\": no isolate free within "
                      "nano_acquire_timeout (%M ms, nano_pool_size %ui)",
                      &call->script->name, mcf->acquire_timeout,
                      mcf->pool_size);
        break;
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
