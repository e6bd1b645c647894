/* Linked into the Native AOT binary on Linux only (BriefGenerator.Cli.csproj, target NativeDeflateHelpers), beside the
 * zlib-ng that the .NET runtime links in for System.IO.Compression.
 *
 * A cold build deflates about 55 streams (the PDF's page contents, fonts and structure; the DOCX's parts), and
 * DeflateStream sets up zlib-ng afresh for each: it allocates and clears ~300 KB of window and hash tables every time,
 * which was ~6 % of a cold build's CPU. These functions keep one deflate stream per thread and window kind, and reset
 * it (deflateReset) for the next piece of data instead. The calls and their arguments are those DeflateStream makes
 * (level -1, method 8, memory level 8, default strategy; window bits 15 for zlib data, -15 for raw deflate), so the
 * bytes are the same. BriefGenerator's Rendering/NativeDeflater.cs calls them; without them (any other build) it uses
 * DeflateStream. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

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

typedef struct
{
    z_stream streams[2]; /* [0] zlib data (window bits 15), [1] raw deflate (-15) */
    int ready[2];
} thread_streams;

static pthread_key_t key;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void release(void *p)
{
    thread_streams *t = p;
    for (int i = 0; i < 2; i++)
        if (t->ready[i]) deflateEnd(&t->streams[i]);
    free(t);
}

static void make_key(void) { (void)pthread_key_create(&key, release); }

/* The calling thread's stream for zlib data (raw == 0) or raw deflate (raw != 0), ready for new data; NULL when zlib
 * refused. */
void *brief_deflate_begin(int raw)
{
    (void)pthread_once(&once, make_key);
    thread_streams *t = pthread_getspecific(key);
    if (t == NULL)
    {
        t = calloc(1, sizeof *t);
        if (t == NULL || pthread_setspecific(key, t) != 0) { free(t); return NULL; }
    }
    int i = raw != 0;
    z_stream *s = &t->streams[i];
    if (!t->ready[i])
    {
        memset(s, 0, sizeof *s);
        if (deflateInit2_(s, -1, 8, raw ? -15 : 15, 8, 0, "1.3.1", (int)sizeof *s) != 0) return NULL;
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
