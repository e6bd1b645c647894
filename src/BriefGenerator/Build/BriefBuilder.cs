using System.Diagnostics;
using System.Security.Cryptography;
using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Files;
using BriefGenerator.Diff;
using BriefGenerator.Redline;
using BriefGenerator.Rendering;
using BriefGenerator.Templating;

namespace BriefGenerator.Build;

/// <summary>Runs the pipeline for every brief: load → template → parse → render → write. Briefs run in parallel;
/// a brief with errors writes nothing, so its last good outputs stay as they were.</summary>
public sealed class BriefBuilder
{
    private readonly IReadOnlyList<IDocumentRenderer> _renderers;

    public BriefBuilder(IReadOnlyList<IDocumentRenderer> renderers) => _renderers = renderers;

    /// <summary>Builds what <paramref name="options"/> asks for.</summary>
    public BuildResult Build(BuildOptions options, CancellationToken cancel = default)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var global = new DiagnosticBag();
        var catalog = new TemplateCatalog(options.TemplatesFolder);
        var briefs = BriefDiscovery.Find(options.ContentFolder, options.Slugs, global)
            .Where(b => options.Shard is null || options.Shard.Contains(b.Slug)).ToList();
        Warmup.StartOnce(catalog, _renderers, briefs.Count);
        var cache = options.DryRun ? null : BuildCache.Load(options.OutputFolder);
        var outcomes = new BriefOutcome[briefs.Count][];
        var bugs = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var memo = new FingerprintMemo { Cache = options.Verify ? null : cache };
        var workers = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount;
        var busy = new BusyWorkers(workers);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancel };
        // First the no-change path for every brief, then the briefs it did not skip: here, or in worker processes when
        // there are enough of them (WorkerLaunch; never for a dry run or a redline build, which are not cached).
        var waiting = new bool[briefs.Count];
        // Under --force, without a cache or for a redline build nothing can be skipped: no pass (and no thread pool) for it.
        if (options.Force || cache is null || options.RedlineRevision is not null) Array.Fill(waiting, true);
        else ForEach(briefs.Count, parallel, i =>
        {
            var skipped = Isolated(briefs[i], () => Unchanged(briefs[i], catalog, options, cache, memo) ?? Array.Empty<BriefOutcome>(), bugs);
            if (skipped.Length > 0) outcomes[i] = skipped;
            else waiting[i] = true;
        });
        var todo = Enumerable.Range(0, briefs.Count).Where(i => waiting[i]).ToList();
        // One brief deletes the outputs it replaces itself: a thread for two deletions costs more than it saves.
        using var oldFiles = new OldFileSweeper(onTheSide: todo.Count > 1);
        // With ParentBuilds this process is one of the jobs, one brief at a time (as a worker is).
        var here = new BusyWorkers(1);
        var processes = options.Workers is { } launch && cache is not null && options.RedlineRevision is null && todo.Count >= launch.MinimumBriefs
            ? WorkerPool.Run(launch, briefs, todo, outcomes, cache, bugs, !launch.ParentBuilds ? null
                : i => Isolated(briefs[i], () => BuildOne(briefs[i], catalog, options, cache, memo, here, oldFiles), bugs)) : 0;
        if (processes == 0)
            ForEach(todo.Count, parallel, k => outcomes[todo[k]] = Isolated(briefs[todo[k]], () => BuildOne(briefs[todo[k]], catalog, options, cache, memo, busy, oldFiles), bugs));
        var result = new BuildResult(started, clock.Elapsed, outcomes.SelectMany(o => o).ToList(), global.ToList())
        {
            Exceptions = bugs.ToList(),
            WorkerProcesses = processes,
        };
        if (cache is null || briefs.Count == 0) return result;
        try
        {
            cache.Save();
            BuildReport.Write(result, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            global.Error(DiagnosticCodes.OutputUnwritable, $"cannot write the build cache or report: {ex.Message}", SourceSpan.None);
            result = result with { Diagnostics = global.ToList() };
        }
        return result;
    }

    // One item runs inline: Parallel.For would still queue replica tasks and ramp up the thread pool for it (the native
    // runtime spins on sched_yield while each new thread starts).
    private static void ForEach(int count, ParallelOptions parallel, Action<int> body)
    {
        if (count == 1)
        {
            parallel.CancellationToken.ThrowIfCancellationRequested();
            body(0);
        }
        else Parallel.For(0, count, parallel, body);
    }

    // A bug while building one brief fails that brief (BG089, exit 3) without stopping the others or the report.
    internal static BriefOutcome[] Isolated(BriefLocation location, Func<BriefOutcome[]> build, System.Collections.Concurrent.ConcurrentBag<Exception> bugs)
    {
        var clock = Stopwatch.StartNew();
        try { return build(); }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            var inner = ex is AggregateException { } aggregate && aggregate.Flatten().InnerExceptions is [var single] ? single : ex;
            bugs.Add(inner);
            var diagnostic = new Diagnostic(Severity.Error, DiagnosticCodes.InternalError,
                $"internal error while building this brief: {inner.GetType().Name}: {inner.Message} This is a bug in BriefGenerator; the other briefs were built",
                new SourceSpan(location.DisplayPath, 1, 1));
            return new[] { new BriefOutcome(location.Slug, "", BriefStatus.Failed, clock.Elapsed, Array.Empty<OutputFile>(), new[] { diagnostic }) };
        }
    }

    /// <summary>The no-change path: a brief whose cache entry still holds (the fingerprint computed with the template
    /// names it was built with matches, so the brief's bytes and thus its template names are the same; every file its
    /// render read and every output is unchanged) is reported as skipped without even parsing it. Null otherwise.</summary>
    private static BriefOutcome[]? Unchanged(BriefLocation location, TemplateCatalog catalog, BuildOptions options, BuildCache? cache, FingerprintMemo memo)
    {
        if (options.Force || cache is null || options.RedlineRevision is not null || cache.Peek(location.Slug) is not { } cached) return null;
        // A brief reached through a link is checked by the full load (it must stay inside the content folder).
        if (FileStat.Of(Path.GetDirectoryName(location.BriefPath)!).Kind != FileKind.Directory) return null;
        // The brief's own bytes are trusted by its stamp (size and times) when it has one, else read and hashed.
        var (digest, stamp, kind) = BriefStamp.Take(location.BriefPath, options.Verify ? null : cached.Source);
        if (kind != FileKind.Regular) return null;
        var fingerprint = InputFingerprint.FromDigest(digest, cached.Outcomes.Select(o => o.Template).ToList(), catalog, options, memo);
        if (cache.Lookup(location.Slug, fingerprint, options.Verify) is not { } hit || !InputFingerprint.ReadsUnchanged(hit.Reads, memo)) return null;
        if (options.WarnAsError && hit.Outcomes.Any(o => o.Diagnostics.Count > 0)) return null; // the full path fails it
        // A brief hashed again because it had no stamp (it was built within a moment of its last edit) gets one now.
        if (stamp is not null && stamp != hit.Source) cache.Store(location.Slug, hit with { Source = stamp });
        return hit.Outcomes.Select((o, i) => new BriefOutcome(location.Slug, o.Template, BriefStatus.Skipped, TimeSpan.Zero, o.Outputs,
            i == 0 ? o.Diagnostics.Distinct().ToList() : o.Diagnostics)).ToArray();
    }

    /// <summary>Builds one brief; the outputs it replaces go to <paramref name="oldFiles"/> to be deleted.</summary>
    internal BriefOutcome[] BuildOne(BriefLocation location, TemplateCatalog catalog, BuildOptions options, BuildCache? cache, FingerprintMemo memo, BusyWorkers busy,
        OldFileSweeper oldFiles)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var brief = ContentLoader.Load(location.BriefPath, location.DisplayPath, diagnostics);
        if (brief is null || (options.WarnAsError && diagnostics.Any()))
            return new[] { new BriefOutcome(location.Slug, "", BriefStatus.Failed, clock.Elapsed, Array.Empty<OutputFile>(), diagnostics.ToList()) };

        var old = options.RedlineRevision is null ? null : RedlineEdition.ReadSource(options.RedlineRevision, location, brief.Slug, diagnostics);
        IReadOnlyDictionary<string, string> readFiles;
        // A redline build is never taken from or stored in the cache: its extra outputs depend on the revision.
        var (digest, stamp, _) = cache is null || options.RedlineRevision is not null ? default : BriefStamp.Take(location.BriefPath, null);
        var fingerprint = digest is null ? null : InputFingerprint.FromDigest(digest, brief.Metadata.Templates, catalog, options, memo);
        if (!options.Force && fingerprint is not null && cache!.Lookup(brief.Slug, fingerprint, options.Verify) is { } hit && InputFingerprint.ReadsUnchanged(hit.Reads, memo))
            return hit.Outcomes.Select((o, i) => new BriefOutcome(brief.Slug, o.Template, BriefStatus.Skipped, TimeSpan.Zero, o.Outputs,
                i == 0 ? diagnostics.Concat(o.Diagnostics).Distinct().ToList() : o.Diagnostics)).ToArray();

        // Render every template in memory first: a brief writes all its outputs or none of them. The files the renders
        // read are logged, so that the cache can tell when any of them changes.
        var rendered = new List<(string Template, List<RenderedFile>? Files, DiagnosticBag Bag, TimeSpan Took)>();
        Task<Diff.BriefSnapshot?>? snapshot;
        using (busy.Enter())
        {
            // The change report's snapshot (the brief's body parsed again; not a read the outputs depend on, so outside
            // the log) is taken on the side while the brief renders if a worker would otherwise sit idle, else first and
            // on this worker (as the formats are: see BusyWorkers).
            snapshot = options.DryRun ? null : new Task<Diff.BriefSnapshot?>(() => SnapshotStore.Take(brief, location.BriefPath));
            if (busy.SomeIdle) snapshot?.Start(SpareCore.Scheduler);
            else snapshot?.RunSynchronously();
            using var reads = ReadLog.Begin();
            foreach (var name in brief.Metadata.Templates)
            {
                var templateClock = Stopwatch.StartNew();
                var bag = new DiagnosticBag();
                rendered.Add((name, RenderTemplate(brief, name, catalog, options, bag, busy.SomeIdle, old), bag, templateClock.Elapsed));
            }
            readFiles = reads.Log.Files;
        }
        var failed = rendered.Any(r => r.Files is null) || (options.WarnAsError && rendered.Any(r => r.Bag.Any()));
        if (!failed && !options.DryRun)
        {
            try { AtomicFile.WriteAll(rendered.SelectMany(r => r.Files!).Select(f => (f.Path, f.Bytes, f.Spooled?.TempPath)).ToList(), oldFiles); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                rendered[0].Bag.Error(DiagnosticCodes.OutputUnwritable,
                    $"cannot write the outputs of {brief.Slug} (none was replaced): {ex.Message}", new SourceSpan(location.DisplayPath, 1, 1));
                failed = true;
            }
        }
        else Discard(rendered.SelectMany(r => r.Files ?? new List<RenderedFile>()));
        var results = new List<BriefOutcome>();
        foreach (var (name, files, bag, took) in rendered)
        {
            var outputs = failed || options.DryRun ? new List<OutputFile>()
                : files!.Select(f => new OutputFile(f.Path, f.Format, f.Length, f.Sha256, f.Pages)).ToList();
            var all = results.Count == 0 ? diagnostics.Concat(bag).ToList() : bag.ToList();
            results.Add(new BriefOutcome(brief.Slug, name, failed ? BriefStatus.Failed : BriefStatus.Built, took, outputs, all));
        }
        // Written and hashed: the outputs' lent buffers go back for the next brief's.
        foreach (var (_, files, _, _) in rendered) if (files is not null) foreach (var f in files) f.Release();
        if (!failed && snapshot is not null && RecordChanges(options, brief, snapshot, results) is { } changes)
            for (var i = 0; i < results.Count; i++) results[i] = results[i] with { Changes = changes };
        if (!failed && fingerprint is not null)
            cache!.Store(brief.Slug, new CacheEntry(fingerprint, results.Select(r => new CachedOutcome(r.Template, r.Outputs, r.Diagnostics)).ToList(), readFiles,
                BuildCache.Stamp(results.SelectMany(r => r.Outputs)), stamp));
        return results.ToArray();
    }

    /// <summary>Compares the brief with its previous build's snapshot and stores the new one. The change report is
    /// advisory: a snapshot that cannot be written leaves the build as it is.</summary>
    private static BuildChanges? RecordChanges(BuildOptions options, Brief brief, Task<Diff.BriefSnapshot?> snapshot, List<BriefOutcome> outcomes)
    {
        var pages = outcomes.SelectMany(o => o.Outputs).Where(o => o.Pages is not null)
            .ToDictionary(o => Path.GetFileName(o.Path), o => o.Pages!.Value, StringComparer.Ordinal);
        try { return SnapshotStore.Record(options.OutputFolder, brief, snapshot.GetAwaiter().GetResult(), pages); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return null; }
    }


    /// <summary>Renders every format in memory; null (nothing to write) when any stage reported an error.</summary>
    private List<RenderedFile>? RenderTemplate(
        Brief brief, string name, TemplateCatalog catalog, BuildOptions options, DiagnosticBag diagnostics, bool sideBySide, RedlineSource? old = null)
    {
        var template = catalog.Find(name);
        if (template is null)
        {
            var known = string.Join(", ", catalog.All().Select(t => t.Name));
            diagnostics.Error(DiagnosticCodes.TemplateUnknown, $"unknown template '{name}' (available: {known})", brief.SpanOf("templates"));
            return null;
        }
        var prepared = PreparedDocument.Prepare(brief, template, catalog, options, diagnostics);
        if (prepared is null) return null;
        var (document, shared, locator) = prepared;
        var theme = shared.Theme;

        // The formats render side by side while a worker is idle (renderers only read the tree; see BusyWorkers); each
        // reports into its own bag, merged in renderer order below, so diagnostics come out in the same order either way.
        var renderers = _renderers.Where(r => options.Formats.Contains(r.Format)).ToArray();
        var outputs = new (RenderedOutput Output, DiagnosticBag Bag)[renderers.Length];
        string PathOf(IDocumentRenderer renderer) => Path.Combine(options.OutputFolder, brief.Slug, $"{name}.{renderer.Format}");
        void Render(int i)
        {
            var bag = new DiagnosticBag();
            // A large output may be written as it is rendered, into a temporary file beside its path (never in a dry run).
            outputs[i] = (renderers[i].RenderOutput(document, shared with { Diagnostics = bag, OutputPath = options.DryRun ? null : PathOf(renderers[i]) }), bag);
        }
        try
        {
            SpareCore.For(renderers.Length, sideBySide, Render);
        }
        catch
        {
            foreach (var (output, _) in outputs)
            {
                if (output?.Spooled is { } spooled) OutputSpool.Discard(spooled.TempPath);
                output?.Release();
            }
            throw;
        }
        var files = new List<RenderedFile>();
        for (var i = 0; i < renderers.Length; i++)
        {
            var renderer = renderers[i];
            var (bytes, pages) = outputs[i].Output;
            diagnostics.AddRange(locator is null ? outputs[i].Bag : outputs[i].Bag.Select(locator.Locate));
            var path = PathOf(renderer);
            if (pages > theme.MaxPages)
                diagnostics.Warning(DiagnosticCodes.Overflow,
                    $"template '{name}' is meant to fill at most {theme.MaxPages} page(s) but the {renderer.Format.ToUpperInvariant()} has {pages}; shorten the summary, key points or table",
                    brief.SpanOf("title"));
            files.Add(new RenderedFile(path, renderer.Format, bytes, pages) { Spooled = outputs[i].Output.Spooled, Lease = outputs[i].Output.Lease });
            if (old is not null && renderer.Format == "docx" && !diagnostics.HasErrors)
                files.AddRange(RedlineEdition.Render(brief, name, template, catalog, options, prepared, renderer, old, diagnostics));
        }
        if (!diagnostics.HasErrors) return files;
        Discard(files);
        foreach (var f in files) f.Release();
        return null;
    }

    // Deletes the temporary files of outputs that will not be written (their lent buffers go back at the end of BuildOne).
    private static void Discard(IEnumerable<RenderedFile> files)
    {
        foreach (var f in files) if (f.Spooled is { } spooled) OutputSpool.Discard(spooled.TempPath);
    }
}
