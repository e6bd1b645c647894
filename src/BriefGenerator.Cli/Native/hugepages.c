/* Linked into the Native AOT binary on Linux only (BriefGenerator.Cli.csproj, target HugePagesForStartupData).
 *
 * Before main() runs, the .NET runtime rehydrates the binary's start-up data (type tables, generic dictionaries:
 * about 15 MB, two thirds of it for the Open XML SDK's element types) into the program's zero-initialised segment.
 * Touching those pages one 4 KB page at a time was ~3,700 page faults and ~60 % of `brief --version`. This
 * constructor, run by the dynamic loader before main(), asks the kernel to back that segment with transparent huge
 * pages (2 MB) where it allows them (`madvise` mode, the usual default), so the same data costs a few faults.
 * Advice only: on a kernel without transparent huge pages, or when it refuses, nothing changes. Only whole 2 MB-aligned
 * blocks become huge pages, so the linker puts the rehydrated data on such blocks (Native/hydrated.ld). */
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <sys/mman.h>

static int advise_main_program(struct dl_phdr_info *info, size_t size, void *unused)
{
    (void)size;
    (void)unused;
    if (info->dlpi_name != 0 && info->dlpi_name[0] != 0) return 0; /* the main program is listed first, unnamed */
    for (int i = 0; i < info->dlpi_phnum; i++)
    {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        /* The writable segment whose zero-filled tail (.bss and .hydrated) is larger than a huge page. */
        if (segment->p_type != PT_LOAD || segment->p_memsz < segment->p_filesz + (2u << 20)) continue;
        uintptr_t page = 4096;
        uintptr_t start = (info->dlpi_addr + segment->p_vaddr + segment->p_filesz + page - 1) & ~(page - 1);
        uintptr_t end = (info->dlpi_addr + segment->p_vaddr + segment->p_memsz + page - 1) & ~(page - 1);
        (void)madvise((void *)start, end - start, MADV_HUGEPAGE);
    }
    return 1;
}

__attribute__((constructor)) static void brief_huge_pages_for_startup_data(void)
{
    dl_iterate_phdr(advise_main_program, 0);
}
