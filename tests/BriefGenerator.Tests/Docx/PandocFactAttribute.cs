namespace BriefGenerator.Tests.Docx;

/// <summary>A fact that is skipped, with a reason, when pandoc is not on PATH.</summary>
public sealed class PandocFactAttribute : FactAttribute
{
    public PandocFactAttribute()
    {
        if (!Pandoc.IsAvailable) Skip = "pandoc is not on PATH (apt-get install pandoc to run it)";
    }
}
