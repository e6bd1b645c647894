using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Complex fields (<c>begin · instruction · separate · result · end</c>): PAGE, NUMPAGES, SEQ, PAGEREF, TOC.
/// The result is filled in so the document reads right before any field update.</summary>
internal static class FieldRuns
{
    /// <summary>Appends a whole field with its result to <paramref name="parent"/>.</summary>
    public static void Append(OpenXmlCompositeElement parent, string instruction, string result, RunFormat format = default)
    {
        parent.Append(Begin(format));
        parent.Append(Instruction(instruction, format));
        parent.Append(Separate(format));
        parent.Append(InlineWriter.TextRun(result, format));
        parent.Append(End(format));
    }

    /// <summary>The run that opens a field.</summary>
    public static Run Begin(RunFormat format = default) => Char(FieldCharValues.Begin, format);

    /// <summary>The run holding the field instruction, e.g. <c> PAGE </c>.</summary>
    public static Run Instruction(string instruction, RunFormat format = default)
    {
        var run = new Run();
        if (InlineWriter.Properties(format) is { } p) run.Append(p);
        run.Append(new FieldCode(" " + instruction.Trim() + " ") { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>The run between the instruction and the result.</summary>
    public static Run Separate(RunFormat format = default) => Char(FieldCharValues.Separate, format);

    /// <summary>The run that closes a field.</summary>
    public static Run End(RunFormat format = default) => Char(FieldCharValues.End, format);

    private static Run Char(FieldCharValues type, RunFormat format)
    {
        var run = new Run();
        if (InlineWriter.Properties(format) is { } p) run.Append(p);
        run.Append(new FieldChar { FieldCharType = type });
        return run;
    }
}
