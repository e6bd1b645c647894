using System.Diagnostics;
using System.Text;

namespace BriefGenerator.Build;

/// <summary>One running worker process, as its parent sees it: the slugs it has been sent and not yet answered, its
/// replies (<see cref="WorkerFrames"/>), and what it printed on standard error (nothing, unless it crashed).</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _errors;
    private bool _inputClosed;

    private WorkerProcess(Process process)
    {
        _process = process;
        _errors = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The slugs sent and not yet answered, in the order sent.</summary>
    public List<string> InFlight { get; } = new();

    /// <summary>Starts a worker; null when the program cannot be started.</summary>
    public static WorkerProcess? Start(WorkerLaunch launch)
    {
        var start = new ProcessStartInfo(launch.FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in launch.Arguments) start.ArgumentList.Add(argument);
        try { return Process.Start(start) is { } process ? new WorkerProcess(process) : null; }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>Sends one slug to build; false when the worker can no longer take it (it has ended).</summary>
    public bool Send(string slug)
    {
        InFlight.Add(slug);
        try
        {
            _process.StandardInput.Write(slug + "\n");
            _process.StandardInput.Flush();
            return true;
        }
        catch (IOException) { return false; }
    }

    /// <summary>Tells the worker that nothing more is coming: it answers what it holds, sends its end frame and exits.</summary>
    public void CloseInput()
    {
        if (_inputClosed) return;
        _inputClosed = true;
        try { _process.StandardInput.Close(); }
        catch (IOException) { }
    }

    /// <summary>The next frame (<see cref="WorkerFrames.Read"/>).</summary>
    public object? Read() => WorkerFrames.Read(_process.StandardOutput.BaseStream);

    /// <summary>Stops a worker whose replies cannot be trusted.</summary>
    public void Kill()
    {
        try { _process.Kill(); }
        catch (InvalidOperationException) { } // already gone
    }

    /// <summary>Waits for the worker to exit; its exit code and the first line it printed on standard error.</summary>
    public (int Exit, string Errors) Finish()
    {
        CloseInput();
        _process.WaitForExit();
        return (_process.ExitCode, _errors.Wait(TimeSpan.FromSeconds(10)) ? _errors.Result : "");
    }

    /// <summary>The worker's process id, for messages.</summary>
    public int Id => _process.Id;

    /// <inheritdoc />
    public void Dispose() => _process.Dispose();
}
