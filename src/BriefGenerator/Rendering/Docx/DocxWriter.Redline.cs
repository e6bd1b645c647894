using System.Globalization;
using BriefGenerator.Document;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class DocxWriter
{
    /// <summary>Gives a tracked change its id, author and date (the old revision's date: the same bytes every build).</summary>
    public T Tracked<T>(T change) where T : RunTrackChangeType
    {
        var marks = Context.Redline!;
        change.Id = NextAnnotationId();
        change.Author = Clean(marks.Author);
        change.Date = marks.Date.UtcDateTime;
        return change;
    }

    /// <summary>The same for a paragraph mark's <c>w:ins</c> or <c>w:del</c>.</summary>
    public OpenXmlElement TrackedMark(OpenXmlElement mark)
    {
        var marks = Context.Redline!;
        var (id, author, date) = (NextAnnotationId(), Clean(marks.Author), marks.Date.UtcDateTime);
        switch (mark)
        {
            case Inserted i: i.Id = id; i.Author = author; i.Date = date; break;
            case Deleted d: d.Id = id; d.Author = author; d.Date = date; break;
        }
        return mark;
    }

    /// <summary>Writes the old blocks the redline shows as removed before <paramref name="block"/> (null: at the end).</summary>
    private void WriteDeleted(Block? block)
    {
        if (Context.Redline is not { } marks) return;
        foreach (var old in block is null ? marks.DeletedAtEnd : marks.DeletedBefore(block)) RedlineRuns.AppendDeleted(this, old);
    }

    private string NextAnnotationId() => (_nextBookmarkId++).ToString(CultureInfo.InvariantCulture);
}
