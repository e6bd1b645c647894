using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace BriefGenerator.Diff;

/// <summary>Runs <c>git</c> as a process (arguments passed one by one, never through a shell) and collects its output,
/// reading at most a given number of bytes of standard output.</summary>
public static class GitProcess
{
    /// <summary>Runs <c>git -C folder args…</c>.</summary>
    public static GitResult Run(string folder, IEnumerable<string> args, int maxOutput = 1 << 20)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(folder);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["LC_ALL"] = "C";
        try
        {
            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = process.StandardOutput.BaseStream.Read(buffer, 0, buffer.Length)) > 0)
                if (output.Length <= maxOutput) output.Write(buffer, 0, read);
            process.WaitForExit();
            return new GitResult(true, process.ExitCode, output.ToArray(), error.Result.Trim());
        }
        catch (Win32Exception ex)
        {
            return new GitResult(false, -1, Array.Empty<byte>(), ex.Message);
        }
    }
}
