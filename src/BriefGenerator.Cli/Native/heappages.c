/* Linked into the Native AOT binary on Linux only (BriefGenerator.Cli.csproj, target HugePagesForStartupData), with the
 * linker's --wrap for mprotect and madvise, so the runtime's own calls to them come here first.
 *
 * The garbage collector reserves one large range of address space (PROT_NONE, then madvise MADV_DONTDUMP) and commits
 * pieces of it as the heap grows: mprotect to read-write, then MADV_DODUMP, 64 KB at a time. Every 4 KB page it then
 * touches for the first time is a page fault, and on a virtual machine a page fault can cost 10 µs and more: a cold
 * build of the seed allocates ~17 MB, and clearing those fresh pages was a fifth of its CPU. Transparent huge pages
 * (2 MB, one fault each) need the whole 2 MB-aligned block inside one mapping with the same protection and flags,
 * which 64 KB commits never give. So, inside that reservation only:
 *   - the reservation (and any part the collector gives back, which it re-reserves the same way) is advised
 *     MADV_HUGEPAGE;
 *   - a commit (mprotect to read-write, and its MADV_DODUMP) is widened to the 2 MB blocks around it, clipped to the
 *     reservation. The collector never touches memory it has not committed, so the extra is only there when it commits
 *     it later (then mprotect changes nothing); nothing is ever made less accessible than the collector asked.
 * Advice only, as for the start-up data: where the kernel has no transparent huge pages, or refuses, the pages are
 * small as before. Other calls (other ranges, other protections, other advice) pass through unchanged. */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <sys/mman.h>

int __real_mprotect(void *address, size_t length, int protection);
int __real_madvise(void *address, size_t length, int advice);

#define HUGE_PAGE ((uintptr_t)2 << 20)
#define RESERVATION_AT_LEAST ((size_t)256 << 20) /* the heap's range is gigabytes; its bookkeeping's is smaller */

/* Set once, by the collector's start-up on the main thread, before any other thread runs managed code. */
static uintptr_t heap_low, heap_high;

static int in_heap(uintptr_t low, uintptr_t high)
{
    return heap_low != 0 && low >= heap_low && high <= heap_high;
}

/* The 2 MB blocks around [*address, *address + *length), clipped to the heap's reservation. */
static void widen(void **address, size_t *length)
{
    uintptr_t low = (uintptr_t)*address, high = low + *length;
    if (!in_heap(low, high)) return;
    low &= ~(HUGE_PAGE - 1);
    high = (high + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    if (low < heap_low) low = heap_low;
    if (high > heap_high) high = heap_high;
    *address = (void *)low;
    *length = high - low;
}

int __wrap_mprotect(void *address, size_t length, int protection)
{
    if (protection == (PROT_READ | PROT_WRITE)) widen(&address, &length);
    return __real_mprotect(address, length, protection);
}

int __wrap_madvise(void *address, size_t length, int advice)
{
    uintptr_t low = (uintptr_t)address;
    if (advice == MADV_DONTDUMP && heap_low == 0 && length >= RESERVATION_AT_LEAST)
    {
        heap_low = low;
        heap_high = low + length;
    }
    if (advice == MADV_DONTDUMP && in_heap(low, low + length))
        (void)__real_madvise(address, length, MADV_HUGEPAGE); /* a new mapping (reserved or given back) has lost it */
    if (advice == MADV_DODUMP) widen(&address, &length);
    return __real_madvise(address, length, advice);
}

/* The reservation, for BRIEF_GC_STATS (Cli/GcStats.cs) to count how much of the heap huge pages hold: 0 and 0 when
 * none was seen. */
void brief_gc_heap_range(uintptr_t *low, uintptr_t *high)
{
    *low = heap_low;
    *high = heap_high;
}
