using System.Buffers.Binary;
using BriefGenerator.Diff;

namespace BriefGenerator.Build;

/// <summary>What a worker process (<see cref="BriefWorker"/>) sends its parent on standard output: one frame per brief it
/// was given, then an end frame. A frame is its length (int32, little-endian) and that many bytes, written with the build
/// cache's own pieces (<see cref="CacheFileWriter"/>: 7-bit counts, each string once per frame).
/// <para>A brief's frame: 1, the slug, its outcomes (template, status, duration in ticks, outputs, diagnostics, changes),
/// its cache entry if it has one now, and the bug that stopped it if one did (type, message, text with the stack trace).
/// The end frame: 2, then the folder digests the worker computed (<see cref="BuildCache.FolderDigest"/>).</para></summary>
internal static class WorkerFrames
{
    private const byte BriefKind = 1;
    private const byte EndKind = 2;

    /// <summary>Longest frame read (64 MiB): a longer length is a broken stream, not a brief.</summary>
    private const int MaxFrame = 64 * 1024 * 1024;

    /// <summary>Writes one brief's frame.</summary>
    public static void WriteBrief(Stream output, string slug, IReadOnlyList<BriefOutcome> outcomes, CacheEntry? entry, Exception? bug)
    {
        var w = new CacheFileWriter();
        w.Out.Write(BriefKind);
        w.String(slug);
        w.Count(outcomes.Count);
        foreach (var o in outcomes)
        {
            w.String(o.Template);
            w.Out.Write((byte)o.Status);
            w.Out.Write(o.Duration.Ticks);
            w.Outputs(o.Outputs);
            w.Diagnostics(o.Diagnostics);
            w.Out.Write(o.Changes is not null);
            if (o.Changes is { } c) Changes(w, c);
        }
        w.Out.Write(entry is not null);
        if (entry is not null) w.Entry(entry);
        w.Out.Write(bug is not null);
        if (bug is not null)
        {
            w.String(bug.GetType().Name);
            w.String(bug.Message);
            w.String(bug.ToString());
        }
        Send(output, w.ToArray());
    }

    /// <summary>Writes the end frame with the worker's folder digests.</summary>
    public static void WriteEnd(Stream output, IReadOnlyList<KeyValuePair<string, (string Stamp, string Digest)>> folders)
    {
        var w = new CacheFileWriter();
        w.Out.Write(EndKind);
        w.Count(folders.Count);
        foreach (var (folder, (stamp, digest)) in folders)
        {
            w.String(folder);
            w.String(stamp);
            w.String(digest);
        }
        Send(output, w.ToArray());
    }

    /// <summary>The next frame: a <see cref="WorkerReply"/> or a <see cref="WorkerEnd"/>; null when the stream ends
    /// before a whole frame. Throws <see cref="InvalidDataException"/> when a frame is not one of these.</summary>
    public static object? Read(Stream input)
    {
        var head = new byte[4];
        if (!Fill(input, head)) return null;
        var length = BinaryPrimitives.ReadInt32LittleEndian(head);
        if (length is < 1 or > MaxFrame) throw new InvalidDataException($"a frame of {length} bytes");
        var bytes = new byte[length];
        if (!Fill(input, bytes)) return null;
        var r = new CacheFileReader(bytes);
        try
        {
            object frame = r.In.ReadByte() switch { BriefKind => Brief(r), EndKind => End(r), var k => throw new InvalidDataException($"a frame of kind {k}") };
            return r.AtEnd ? frame : throw new InvalidDataException("bytes after a frame");
        }
        catch (Exception ex) when (ex is EndOfStreamException or FormatException or ArgumentException or OverflowException)
        {
            throw new InvalidDataException("a damaged frame", ex);
        }
    }

    private static WorkerReply Brief(CacheFileReader r)
    {
        var slug = r.String();
        var outcomes = new BriefOutcome[r.Count()];
        for (var i = 0; i < outcomes.Length; i++)
        {
            var template = r.String();
            var status = (BriefStatus)r.In.ReadByte();
            if (!Enum.IsDefined(status)) throw new InvalidDataException($"status {status}");
            var duration = TimeSpan.FromTicks(r.In.ReadInt64());
            outcomes[i] = new BriefOutcome(slug, template, status, duration, r.Outputs(), r.Diagnostics())
            {
                Changes = r.In.ReadBoolean() ? Changes(r) : null,
            };
        }
        var entry = r.In.ReadBoolean() ? r.Entry() : null;
        var bug = r.In.ReadBoolean() ? new WorkerException(r.String(), r.String(), r.String()) : null;
        return new WorkerReply(slug, outcomes, entry, bug);
    }

    private static WorkerEnd End(CacheFileReader r)
    {
        var folders = new List<KeyValuePair<string, (string, string)>>();
        for (var n = r.Count(); n > 0; n--) folders.Add(KeyValuePair.Create(r.String(), (r.String(), r.String())));
        return new WorkerEnd(folders);
    }

    private static void Changes(CacheFileWriter w, BuildChanges c)
    {
        w.Out.Write(c.HasPrevious);
        var s = c.Summary;
        foreach (var n in new[] { s.Fields, s.Sections, s.Paragraphs, s.Tables, s.Rows, s.Columns, s.Cells, s.Notes, s.Links }) w.Count(n);
        foreach (var pages in new[] { c.PagesBefore, c.PagesAfter })
        {
            w.Count(pages.Count);
            foreach (var (file, n) in pages)
            {
                w.String(file);
                w.Count(n);
            }
        }
    }

    private static BuildChanges Changes(CacheFileReader r)
    {
        var previous = r.In.ReadBoolean();
        var n = new int[9];
        for (var i = 0; i < n.Length; i++) n[i] = r.Small();
        Dictionary<string, int> Pages()
        {
            var pages = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var count = r.Count(); count > 0; count--) pages.Add(r.String(), r.Small());
            return pages;
        }
        var before = Pages();
        return new BuildChanges(previous, new DiffSummary(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8]), before, Pages());
    }

    private static void Send(Stream output, byte[] frame)
    {
        Span<byte> head = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(head, frame.Length);
        output.Write(head);
        output.Write(frame);
        output.Flush();
    }

    private static bool Fill(Stream input, byte[] buffer)
    {
        try
        {
            input.ReadExactly(buffer);
            return true;
        }
        catch (EndOfStreamException) { return false; }
    }
}
