/* Linked into the Native AOT binary on Linux only (BriefGenerator.Cli.csproj, target NativeDeflateHelpers), beside the
 * zlib-ng that the .NET runtime links in for System.IO.Compression.
 *
 * A cold build deflates about 55 streams (the PDF's page contents, fonts and structure; the DOCX's parts), and
 * DeflateStream sets up zlib-ng afresh for each: it allocates and clears ~300 KB of window and hash tables every time,
 * which was ~6 % of a cold build's CPU. These functions keep one deflate stream per thread and window kind, and reset
 * it (deflateReset) for the next piece of data instead. The calls and their arguments are those DeflateStream makes
 * (level -1, method 8, memory level 8, default strategy; window bits 15 for zlib data, -15 for raw deflate), so the
 * bytes are the same. BriefGenerator's Rendering/NativeDeflater.cs calls them; without them (any other build) it uses
 * DeflateStream.
 *
 * Some DOCX parts must keep the bytes of a fresh deflater (a reset one's can differ), so they had a DeflateStream each,
 * and glibc never reused its ~340 KB: zlib-ng asks for it aligned (memalign), the small remainder memalign splits off
 * the end lands in the thread's cache in front of the arena's top, so the freed block can neither merge with the top
 * nor serve the next request (which asks for alignment's worth more), and every fresh deflater took new memory: ~85
 * page faults each, ~450 a cold build at ~10 µs a fault on a virtual machine. The third kind of stream below is such a
 * fresh deflater, set up anew (deflateInit2) for each piece of data, with the same arguments as DeflateStream's, on one
 * block per thread that is cleared first: the state a new stream on new (zero) pages has, without the new pages.
 *
 * The streams' memory itself (~340 KB each, up to three a thread) comes from one 2 MB block of the thread's own,
 * aligned and advised MADV_HUGEPAGE, so it costs one page fault instead of ~85 a stream; where the kernel refuses,
 * from calloc. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* zlib's z_stream, as zlib-ng's zlib-compatible API declares it. */
typedef struct z_stream_s
{
    const unsigned char *next_in;
    unsigned int avail_in;
    unsigned long total_in;
    unsigned char *next_out;
    unsigned int avail_out;
    unsigned long total_out;
    const char *msg;
    void *state;
    void *zalloc;
    void *zfree;
    void *opaque;
    int data_type;
    unsigned long adler;
    unsigned long reserved;
} z_stream;

int deflateInit2_(z_stream *strm, int level, int method, int windowBits, int memLevel, int strategy, const char *version, int stream_size);
int deflate(z_stream *strm, int flush);
int deflateReset(z_stream *strm);
int deflateEnd(z_stream *strm);

#define REGION ((size_t)2 << 20)

typedef struct
{
    z_stream streams[3]; /* [0] zlib data (window bits 15), [1] raw deflate (-15), [2] raw deflate set up afresh */
    int ready[3];
    unsigned char *region; /* the streams' 2 MB (NULL until first needed, or when refused) */
    size_t region_used;
    int region_refused;
    void *lent, *spare; /* the fresh stream's memory: lent to it, or kept while it is not set up (or NULL) */
    size_t lent_size, spare_size;
} thread_streams;

static pthread_key_t key;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int in_region(const thread_streams *t, const void *block)
{
    return t->region != NULL && (const unsigned char *)block >= t->region && (const unsigned char *)block < t->region + REGION;
}

static void release(void *p)
{
    thread_streams *t = p;
    for (int i = 0; i < 3; i++)
        if (t->ready[i]) deflateEnd(&t->streams[i]);
    if (!in_region(t, t->spare)) free(t->spare);
    if (t->region != NULL) munmap(t->region, REGION);
    free(t);
}

static void make_key(void) { (void)pthread_key_create(&key, release); }

/* length bytes of the thread's region, never used before (so zero), or NULL when it has no room (or no region). */
static void *region_take(thread_streams *t, size_t length)
{
    if (t->region == NULL && !t->region_refused)
    {
        /* 4 MB mapped, the 2 MB-aligned block inside kept: a huge page needs the whole aligned block. */
        unsigned char *mapped = mmap(NULL, 2 * REGION, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mapped == MAP_FAILED)
        {
            t->region_refused = 1;
            return NULL;
        }
        unsigned char *start = (unsigned char *)(((uintptr_t)mapped + REGION - 1) & ~(uintptr_t)(REGION - 1));
        if (start > mapped) munmap(mapped, (size_t)(start - mapped));
        if (mapped + 2 * REGION > start + REGION) munmap(start + REGION, (size_t)(mapped + 2 * REGION - (start + REGION)));
        (void)madvise(start, REGION, MADV_HUGEPAGE);
        t->region = start;
    }
    length = (length + 63) & ~(size_t)63;
    if (t->region == NULL || REGION - t->region_used < length) return NULL;
    void *block = t->region + t->region_used;
    t->region_used += length;
    return block;
}

/* The reset streams' allocator (zlib's zalloc and zfree; opaque is the thread's streams): their memory is theirs for the
 * thread's life. */
static void *stream_alloc(void *opaque, unsigned int items, unsigned int size)
{
    void *block = region_take(opaque, (size_t)items * size);
    return block != NULL ? block : calloc(items, size);
}

static void stream_free(void *opaque, void *block)
{
    if (!in_region(opaque, block)) free(block);
}

/* The fresh stream's allocator: zlib-ng asks for one block, the same size each time for the same arguments; the one
 * lent last is kept when freed, and handed out again cleared when the same size is asked for. */
static void *fresh_alloc(void *opaque, unsigned int items, unsigned int size)
{
    thread_streams *t = opaque;
    size_t length = (size_t)items * size;
    void *block;
    if (t->spare != NULL && t->spare_size == length)
    {
        block = memset(t->spare, 0, length);
        t->spare = NULL;
    }
    else if ((block = stream_alloc(opaque, items, size)) == NULL) return NULL;
    t->lent = block;
    t->lent_size = length;
    return block;
}

static void fresh_free(void *opaque, void *block)
{
    thread_streams *t = opaque;
    if (block != t->lent || t->spare != NULL)
    {
        stream_free(opaque, block);
        return;
    }
    t->spare = block;
    t->spare_size = t->lent_size;
    t->lent = NULL;
}

/* The calling thread's stream for zlib data (kind 0), raw deflate (kind 1) or raw deflate set up afresh (kind 2), ready
 * for new data; NULL when zlib refused. */
void *brief_deflate_begin(int kind)
{
    (void)pthread_once(&once, make_key);
    thread_streams *t = pthread_getspecific(key);
    if (t == NULL)
    {
        t = calloc(1, sizeof *t);
        if (t == NULL || pthread_setspecific(key, t) != 0) { free(t); return NULL; }
    }
    int i = kind == 2 ? 2 : kind != 0;
    z_stream *s = &t->streams[i];
    if (t->ready[i] && i == 2)
    {
        deflateEnd(s); /* the block goes back to fresh_free */
        t->ready[i] = 0;
    }
    if (!t->ready[i])
    {
        memset(s, 0, sizeof *s);
        s->zalloc = i == 2 ? (void *)fresh_alloc : (void *)stream_alloc;
        s->zfree = i == 2 ? (void *)fresh_free : (void *)stream_free;
        s->opaque = t;
        if (deflateInit2_(s, -1, 8, i != 0 ? -15 : 15, 8, 0, "1.3.1", (int)sizeof *s) != 0) return NULL;
        t->ready[i] = 1;
    }
    else if (deflateReset(s) != 0)
    {
        deflateEnd(s);
        t->ready[i] = 0;
        return NULL;
    }
    return s;
}

/* One deflate call, as DeflateStream makes it: input and output buffers given, flush 0 (more to come) or 4 (finish).
 * Returns zlib's code; *in_left and *out_left are what is left of each buffer. */
int brief_deflate_step(void *stream, const unsigned char *in, unsigned int in_length, unsigned char *out, unsigned int out_length,
    int flush, unsigned int *in_left, unsigned int *out_left)
{
    z_stream *s = stream;
    s->next_in = in;
    s->avail_in = in_length;
    s->next_out = out;
    s->avail_out = out_length;
    int code = deflate(s, flush);
    *in_left = s->avail_in;
    *out_left = s->avail_out;
    s->next_in = NULL;
    s->next_out = NULL;
    return code;
}
