using System.Collections.Concurrent;
using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Rendering;
using BriefGenerator.Templating;

namespace BriefGenerator.Build;

/// <summary>The worker side of a build in worker processes (<see cref="WorkerLaunch"/>): reads slugs from its parent, one a
/// line, builds each (one at a time, on this thread) as the parent's own build would after finding it changed, and
/// answers each with a frame (<see cref="WorkerFrames"/>). It never writes the build cache or the report, prints nothing
/// and reports nothing itself: the parent owns those. An empty line or the end of the input ends it.</summary>
public static class BriefWorker
{
    /// <summary>Serves the parent until its input ends.</summary>
    public static void Serve(IReadOnlyList<IDocumentRenderer> renderers, BuildOptions options, TextReader slugs, Stream replies)
    {
        var builder = new BriefBuilder(renderers);
        var catalog = new TemplateCatalog(options.TemplatesFolder);
        // Read, never written here: a brief whose full load finds its cached build still valid is skipped, as in-process.
        var cache = BuildCache.Load(options.OutputFolder);
        var memo = new FingerprintMemo { Cache = options.Verify ? null : cache };
        var busy = new BusyWorkers(1);
        var root = Path.GetFullPath(options.ContentFolder);
        // The outputs its briefs replace are deleted on the side, and all gone before the end frame.
        using (var oldFiles = new OldFileSweeper())
        {
            while (slugs.ReadLine() is { Length: > 0 } slug)
            {
                if (!Identifiers.IsValidSlug(slug)) throw new InvalidDataException($"the parent sent '{slug}', which is not a slug");
                var path = Path.Combine(root, slug, ContentLoader.FileName);
                var location = new BriefLocation(slug, path, DisplayPath.For(path));
                var bugs = new ConcurrentBag<Exception>();
                var outcomes = BriefBuilder.Isolated(location, () => builder.BuildOne(location, catalog, options, cache, memo, busy, oldFiles), bugs);
                WorkerFrames.WriteBrief(replies, slug, outcomes, cache.Peek(slug), bugs.FirstOrDefault());
            }
        }
        WorkerFrames.WriteEnd(replies, cache.Folders());
    }
}
