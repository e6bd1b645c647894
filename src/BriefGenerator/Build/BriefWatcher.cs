using System.Collections.Concurrent;
using BriefGenerator.Content;

namespace BriefGenerator.Build;

/// <summary>Watches the content and templates folders and rebuilds after changes, debounced. A change to a brief
/// rebuilds that brief; a change to a template, theme or font rebuilds the briefs whose fingerprint it touches (the
/// build cache skips the rest). Runs until cancelled; errors, internal ones included, are reported through the callbacks and watching goes on.</summary>
public sealed class BriefWatcher
{
    private readonly BriefBuilder _builder;
    private readonly TimeSpan _debounce;

    public BriefWatcher(BriefBuilder builder, TimeSpan? debounce = null)
    {
        _builder = builder;
        _debounce = debounce ?? TimeSpan.FromMilliseconds(250);
    }

    /// <summary>Builds once, calls <paramref name="ready"/>, then rebuilds on every settled burst of changes. A build
    /// that throws (a bug) is reported through <paramref name="onError"/> and watching goes on.</summary>
    public void Run(BuildOptions options, Action<BuildResult> onBuild, Action ready, CancellationToken cancel, Action<Exception>? onError = null)
    {
        var changed = new ConcurrentQueue<string>();
        using var signal = new SemaphoreSlim(0);
        using var content = Watch(options.ContentFolder, changed, signal);
        using var templates = Watch(options.TemplatesFolder, changed, signal);
        // A linked fonts folder is not seen through the templates watcher (it does not follow links): watch it too.
        var fontsFolder = Path.Combine(options.TemplatesFolder, "fonts");
        using var fonts = new DirectoryInfo(fontsFolder).LinkTarget is not null ? Watch(fontsFolder, changed, signal) : null;
        try { onBuild(_builder.Build(options, cancel)); }
        catch (OperationCanceledException) { return; }
        catch (Exception ex) { onError?.Invoke(ex); }
        ready();
        while (!cancel.IsCancellationRequested)
        {
            try
            {
                signal.Wait(cancel);
                // Debounce: wait until no change has arrived for a moment (editors write files in several steps).
                while (signal.Wait(_debounce, cancel)) { }
            }
            catch (OperationCanceledException) { break; }
            var paths = new List<string>();
            while (changed.TryDequeue(out var p)) paths.Add(p);
            var slugs = SlugsOf(paths, options.ContentFolder);
            var onlyContent = paths.All(p => IsUnder(p, options.ContentFolder));
            try { onBuild(_builder.Build(onlyContent ? options with { Slugs = slugs } : options, cancel)); }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested) { break; }
            catch (Exception ex) { onError?.Invoke(ex); }
        }
    }

    private static FileSystemWatcher? Watch(string folder, ConcurrentQueue<string> changed, SemaphoreSlim signal)
    {
        if (!Directory.Exists(folder)) return null;
        var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void On(string path)
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".tmp", StringComparison.Ordinal)) return;
            changed.Enqueue(path);
            signal.Release();
        }
        watcher.Changed += (_, e) => On(e.FullPath);
        watcher.Created += (_, e) => On(e.FullPath);
        watcher.Deleted += (_, e) => On(e.FullPath);
        watcher.Renamed += (_, e) => On(e.FullPath);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private static IReadOnlyList<string> SlugsOf(IEnumerable<string> paths, string contentFolder)
    {
        var root = Path.GetFullPath(contentFolder);
        return paths.Where(p => IsUnder(p, contentFolder))
            .Select(p => Path.GetRelativePath(root, p).Split(Path.DirectorySeparatorChar)[0])
            .Where(s => Identifiers.IsValidSlug(s) && File.Exists(Path.Combine(root, s, ContentLoader.FileName)))
            .Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static bool IsUnder(string path, string folder) =>
        Path.GetFullPath(path).StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
