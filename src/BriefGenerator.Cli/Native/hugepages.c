/* Linked into the Native AOT binary on Linux only (BriefGenerator.Cli.csproj, target HugePagesForStartupData).
 *
 * Before main() runs, the .NET runtime rehydrates the binary's start-up data (type tables, generic dictionaries:
 * about 15 MB, two thirds of it for the Open XML SDK's element types) into the program's zero-initialised segment.
 * Touching those pages one 4 KB page at a time was ~3,700 page faults and ~60 % of `brief --version`. This
 * constructor, run by the dynamic loader before main(), asks the kernel to back that segment with transparent huge
 * pages (2 MB) where it allows them (`madvise` mode, the usual default), so the same data costs a few faults.
 * Only whole 2 MB-aligned blocks become huge pages, and only blocks nothing has touched before the advice: so the
 * linker puts .bss and the rehydrated data on such blocks of their own (Native/hydrated.ld), this constructor runs
 * before the others in the binary (priority 101: the runtime's own constructors write to .bss), and it calls the
 * kernel directly, not madvise(), which the linker routes through heappages.c, whose state lives in .bss.
 *
 * It also advises the read-only segments (code, read-only data), which the binary's 2 MB load alignment leaves
 * aligned in both file and memory: when the page cache reads them in for it, it reads whole 2 MB folios, which later
 * runs map with one fault each instead of one per 64 KB (a warm page cache keeps whatever pieces it holds).
 * Advice only: on a kernel without transparent huge pages, or when it refuses, nothing changes. */
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define PAGE ((uintptr_t)4096)

static void advise_huge(uintptr_t low, uintptr_t high)
{
    low = (low + PAGE - 1) & ~(PAGE - 1);
    high = (high + PAGE - 1) & ~(PAGE - 1);
    if (high > low) (void)syscall(SYS_madvise, (void *)low, (size_t)(high - low), MADV_HUGEPAGE);
}

static int advise_main_program(struct dl_phdr_info *info, size_t size, void *unused)
{
    (void)size;
    (void)unused;
    if (info->dlpi_name != 0 && info->dlpi_name[0] != 0) return 0; /* the main program is listed first, unnamed */
    for (int i = 0; i < info->dlpi_phnum; i++)
    {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        if (segment->p_type != PT_LOAD) continue;
        uintptr_t start = info->dlpi_addr + segment->p_vaddr;
        if (!(segment->p_flags & PF_W))
            advise_huge(start & ~(PAGE - 1), start + segment->p_memsz); /* code and read-only data, file-backed */
        else if (segment->p_memsz >= segment->p_filesz + (2u << 20))
            advise_huge(start + segment->p_filesz, start + segment->p_memsz); /* the zero-filled tail (.bss, .hydrated) */
    }
    return 1;
}

__attribute__((constructor(101))) static void brief_huge_pages_for_startup_data(void)
{
    dl_iterate_phdr(advise_main_program, 0);
}
