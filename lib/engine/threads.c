/* threads.c - a fixed pool of worker threads, a context's own or shared by
 * several (mr_threadpool_new). A job is fn(arg, ith, nth) run on every
 * thread (the caller is thread 0); jobs from contexts on different threads
 * take turns, one kernel at a time.
 * Workers poll briefly after a job (decode steps come in quick bursts), then
 * sleep on a condition variable: an idle pool costs no CPU. */
#include "kernels.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#if defined(__x86_64__)
#include <immintrin.h>
#define CPU_RELAX() _mm_pause()
#else
#define CPU_RELAX() ((void)0)
#endif

/* How long a thread polls before it sleeps on the condition variable: long
 * enough to bridge the gap between two kernels of one decode step (a few
 * microseconds) without the futex round trip, short enough that an idle
 * pool stops costing CPU at once. Between polls the thread pauses a few
 * times and then calls sched_yield(): when the pool has more threads than
 * free cores (taskset, a loaded machine), the thread being waited for may be
 * the one this poller keeps off its core, and a yield hands the core over
 * now instead of at the end of a scheduler time slice. A pure spin of
 * 20,000 pauses per wait made a two-thread decode on one core a hundred
 * times slower than one thread. With a free core the yield returns at once
 * (well under a microsecond), so polling stays as responsive as spinning. */
#define POLL_NS 50000
#define PAUSES_PER_POLL 8

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

struct mr_threadpool {
    int n;
    pthread_t *th;
    int shared;               /* made by mr_threadpool_new: contexts on several threads use it */
    pthread_mutex_t job_mu;   /* shared: one job at a time, held by the caller for the whole job */
    pthread_mutex_t mu;
    pthread_cond_t wake, done_cv;
    atomic_uint gen;          /* bumped for each job */
    atomic_int pending;       /* workers still running the current job */
    int quit;
    void (*fn)(void *, int, int);
    void *arg;
};

typedef struct {
    mr_pool *p;
    int ith;
} worker_arg;

/* The two things a thread waits for: a new job (worker), or the workers'
 * end of the current one (caller). */
static bool job_posted(mr_pool *p, unsigned seen) {
    return atomic_load_explicit(&p->gen, memory_order_acquire) != seen;
}

static bool workers_done(mr_pool *p, unsigned unused) {
    (void)unused;
    return atomic_load_explicit(&p->pending, memory_order_acquire) == 0;
}

/* Poll ready(p, seen) for up to POLL_NS (see above); true if it came true.
 * The clock is read only after the first yield, so a wait that ends at once
 * costs no more than the spin it replaces. */
static inline bool poll_until(bool (*ready)(mr_pool *, unsigned), mr_pool *p, unsigned seen) {
    int64_t end = 0;
    for (;;) {
        if (ready(p, seen)) return true;
        for (int k = 0; k < PAUSES_PER_POLL; k++) CPU_RELAX();
        sched_yield();
        if (ready(p, seen)) return true;
        int64_t t = now_ns();
        if (!end) end = t + POLL_NS;
        else if (t >= end) return false;
    }
}

static void *worker(void *v) {
    worker_arg *wa = v;
    mr_pool *p = wa->p;
    int ith = wa->ith;
    free(wa);
    unsigned seen = 0;
    for (;;) {
        /* wait for a new generation: poll a little, then sleep */
        poll_until(job_posted, p, seen);
        pthread_mutex_lock(&p->mu);
        while (atomic_load(&p->gen) == seen && !p->quit) pthread_cond_wait(&p->wake, &p->mu);
        if (p->quit) {
            pthread_mutex_unlock(&p->mu);
            return NULL;
        }
        seen = atomic_load(&p->gen);
        void (*fn)(void *, int, int) = p->fn;
        void *arg = p->arg;
        pthread_mutex_unlock(&p->mu);
        fn(arg, ith, p->n);
        if (atomic_fetch_sub_explicit(&p->pending, 1, memory_order_acq_rel) == 1) {
            pthread_mutex_lock(&p->mu);
            pthread_cond_signal(&p->done_cv);
            pthread_mutex_unlock(&p->mu);
        }
    }
}

mr_pool *mr_pool_new(int n) {
    if (n < 1) n = 1;
    mr_pool *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    p->n = n;
    pthread_mutex_init(&p->job_mu, NULL);
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->wake, NULL);
    pthread_cond_init(&p->done_cv, NULL);
    p->th = calloc((size_t)n, sizeof *p->th);
    if (!p->th) { free(p); return NULL; }
    for (int i = 1; i < n; i++) {
        worker_arg *wa = malloc(sizeof *wa);
        if (!wa) { p->n = i; break; }
        wa->p = p;
        wa->ith = i;
        if (pthread_create(&p->th[i], NULL, worker, wa) != 0) {
            free(wa);
            p->n = i; /* fewer threads than asked: still correct */
            break;
        }
    }
    return p;
}

int mr_pool_size(const mr_pool *p) { return p ? p->n : 1; }

void mr_pool_run(mr_pool *p, void (*fn)(void *, int, int), void *arg) {
    if (!p || p->n == 1) {
        fn(arg, 0, 1);
        return;
    }
    if (p->shared) pthread_mutex_lock(&p->job_mu); /* a private pool has one caller: no turn to take */
    pthread_mutex_lock(&p->mu);
    p->fn = fn;
    p->arg = arg;
    atomic_store(&p->pending, p->n - 1);
    atomic_fetch_add_explicit(&p->gen, 1, memory_order_release);
    pthread_cond_broadcast(&p->wake);
    pthread_mutex_unlock(&p->mu);
    fn(arg, 0, p->n);
    /* wait for the workers: poll briefly, then sleep */
    if (!poll_until(workers_done, p, 0)) {
        pthread_mutex_lock(&p->mu);
        while (atomic_load(&p->pending) > 0) pthread_cond_wait(&p->done_cv, &p->mu);
        pthread_mutex_unlock(&p->mu);
    }
    if (p->shared) pthread_mutex_unlock(&p->job_mu);
}

mr_threadpool *mr_threadpool_new(int32_t n_threads) {
    if (n_threads < 1 || n_threads > 256) return NULL;
    mr_threadpool *p = mr_pool_new(n_threads);
    if (p && p->n != n_threads) { mr_pool_free(p); return NULL; } /* fewer threads than asked */
    if (p) p->shared = 1;
    return p;
}

int32_t mr_threadpool_size(const mr_threadpool *p) { return p ? p->n : 0; }

void mr_threadpool_free(mr_threadpool *p) { mr_pool_free(p); }

void mr_pool_free(mr_pool *p) {
    if (!p) return;
    pthread_mutex_lock(&p->mu);
    p->quit = 1;
    pthread_cond_broadcast(&p->wake);
    pthread_mutex_unlock(&p->mu);
    for (int i = 1; i < p->n; i++) pthread_join(p->th[i], NULL);
    pthread_mutex_destroy(&p->mu);
    pthread_mutex_destroy(&p->job_mu);
    pthread_cond_destroy(&p->wake);
    pthread_cond_destroy(&p->done_cv);
    free(p->th);
    free(p);
}
