using BriefGenerator.Tests.Support;
using System.Diagnostics;

namespace BriefGenerator.Tests.Docx;

/// <summary>Runs pandoc, when it is installed, as a second independent reader of the DOCX files.</summary>
internal static class Pandoc
{
    private static readonly Lazy<string?> Executable = new(() => ExternalTool.Find("pandoc"));

    public static bool IsAvailable => Executable.Value is not null;

    /// <summary>Converts DOCX bytes to another format (e.g. "html") and returns pandoc's output.</summary>
    public static string Convert(byte[] docx, string to, params string[] extra)
    {
        var file = Path.Combine(Path.GetTempPath(), "briefgen-" + Guid.NewGuid().ToString("N") + ".docx");
        File.WriteAllBytes(file, docx);
        try
        {
            var info = new ProcessStartInfo(Executable.Value!) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "-f", "docx", "-t", to }.Concat(extra).Append(file)) info.ArgumentList.Add(arg);
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(30_000)) { process.Kill(); throw new TimeoutException("pandoc did not finish"); }
            if (process.ExitCode != 0) throw new InvalidOperationException("pandoc failed: " + error.Result);
            return output.Result;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
