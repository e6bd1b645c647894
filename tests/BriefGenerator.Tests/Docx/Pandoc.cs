using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Docx;

/// <summary>Runs pandoc (tests that use it are [ToolFact("pandoc", …)]), as a second independent reader of the DOCX files.</summary>
internal static class Pandoc
{
    private static readonly Lazy<string?> Executable = new(() => ExternalTool.Find("pandoc"));

    /// <summary>Converts DOCX bytes to another format (e.g. "html") and returns pandoc's output.</summary>
    public static string Convert(byte[] docx, string to, params string[] extra)
    {
        var file = Path.Combine(Path.GetTempPath(), "briefgen-" + Guid.NewGuid().ToString("N") + ".docx");
        File.WriteAllBytes(file, docx);
        try
        {
            return ProcessRun.Succeeding(Executable.Value!, new[] { "-f", "docx", "-t", to }.Concat(extra).Append(file),
                Path.GetTempPath(), TimeSpan.FromMinutes(5));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
