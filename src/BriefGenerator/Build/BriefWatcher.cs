using System.Collections.Concurrent;
using BriefGenerator.Content;

namespace BriefGenerator.Build;

/// <summary>Watches the content and templates folders and rebuilds after changes. A change to a brief rebuilds that
/// brief; a change to a template, theme or font rebuilds the briefs whose fingerprint it touches (the build cache skips
/// the rest). A burst of changes is given a short settle (<see cref="DefaultSettle"/> without a new change) before the
/// build starts, never more than <see cref="MaxDelay"/> in all; a change that arrives while a build runs starts another
/// build right after it, so an editor that writes a file in several steps ends with the outputs of its last write. Runs
/// until cancelled; errors, internal ones included, are reported through the callbacks and watching goes on.</summary>
public sealed class BriefWatcher
{
    /// <summary>How long the folders must stay quiet after a change before the rebuild starts: long enough for an
    /// editor's truncate-then-write or write-temp-then-rename to land as one change, short beside the rebuild.</summary>
    public static readonly TimeSpan DefaultSettle = TimeSpan.FromMilliseconds(30);

    /// <summary>The longest a stream of changes (a tool writing many files) can hold a rebuild back.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(500);

    private readonly BriefBuilder _builder;
    private readonly TimeSpan _settle;

    /// <param name="builder">Builds the briefs (keeps its caches between rebuilds).</param>
    /// <param name="settle">Quiet time before a rebuild starts (<see cref="DefaultSettle"/>).</param>
    public BriefWatcher(BriefBuilder builder, TimeSpan? settle = null)
    {
        _builder = builder;
        _settle = settle ?? DefaultSettle;
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
                // Settle: wait until no change has arrived for a moment (editors write files in several steps), but
                // not for ever. A change during the build is still queued and signalled, so it starts the next one.
                var burst = System.Diagnostics.Stopwatch.StartNew();
                while (burst.Elapsed < MaxDelay && signal.Wait(_settle, cancel)) { }
            }
            catch (OperationCanceledException) { break; }
            var paths = new List<string>();
            while (changed.TryDequeue(out var p)) paths.Add(p);
            if (paths.Count == 0) continue; // its change was taken by the build before
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
