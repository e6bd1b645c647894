using System.Text.Json.Nodes;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Cli;

/// <summary>The native (ahead-of-time compiled, trimmed) `brief` that the README tells users to publish and that
/// `bench/compare.sh` times. Trimming and AOT must change nothing a user sees: the same bytes in every output, the
/// same diagnostics and exit codes, a readable report. Compared against the CLI run in this process (JIT).</summary>
[Trait("Category", "Slow")]
[Collection(PackedToolCollection.Name)]
public class NativeBinaryTests(PackedTool tool)
{
    [ToolFact("clang", "clang")]
    public void Native_binary_writes_the_same_files_and_says_the_same_things_as_the_jit_build()
    {
        using var ws = new Workspace();
        var brief = Published();
        var cwd = Environment.CurrentDirectory;

        Assert.Equal(BriefGenerator.Cli.ToolInfo.Version, ProcessRun.Succeeding(brief, "--version", cwd).Trim());

        // Good input: the seed with all three templates, and a second brief with Cyrillic text and a five-column table.
        ws.AddBrief("seed", File.ReadAllText(RepoPaths.SeedBrief)
            .Replace("templates:\n  - policy-brief", "templates:\n  - policy-brief\n  - one-pager\n  - annex"));
        ws.AddBrief("fergana-water", File.ReadAllText(RepoPaths.TestData("briefs", "fergana-water", "brief.md")));
        var nativeOut = Path.Combine(ws.Root, "native-out");
        var report = Path.Combine(ws.Root, "native-report.json");
        var native = ProcessRun.Of(brief, $"build --content \"{ws.Content}\" --templates \"{RepoPaths.Templates}\" --out \"{nativeOut}\" --report \"{report}\"", cwd);
        Assert.True(native.Exit == 0, native.Out + native.Err);
        Assert.Equal(0, CliRun.Build(ws).Exit);

        var files = Directory.GetFiles(ws.Out, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(ws.Out, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(8, files.Count);
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(ws.Out, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(nativeOut, file))),
                $"{file} differs between the native and the JIT build");

        var outputs = JsonNode.Parse(File.ReadAllText(report))!["briefs"]!.AsArray().SelectMany(b => b!["outputs"]!.AsArray()).ToList();
        Assert.Equal(8, outputs.Count);
        foreach (var output in outputs)
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(cwd, (string)output!["path"]!)))),
                (string)output["sha256"]!);

        // Bad input: every golden diagnostics case, and a template whose theme has a key that does not exist.
        using var bad = new Workspace();
        bad.CopyRepoTemplates();
        foreach (var dir in Directory.GetDirectories(RepoPaths.TestData("diagnostics")))
            bad.AddBrief(Path.GetFileName(dir), File.ReadAllText(Path.Combine(dir, "brief.md")));
        bad.AddTemplate("bad-theme", File.ReadAllText(Path.Combine(RepoPaths.Templates, "policy-brief", "template.sbn")));
        File.WriteAllText(Path.Combine(bad.Templates, "bad-theme", "theme.yaml"), "page:\n  widht: 400\n");
        bad.AddBrief("themed", "---\ntitle: Themed\ndate: 2026-01-15\ntemplates: [bad-theme]\n---\n\n## One\n\nText.\n");

        foreach (var args in new[] { $"check --content \"{bad.Content}\" --templates \"{bad.Templates}\"",
                     $"check --content \"{bad.Content}\" --templates \"{bad.Templates}\" --diagnostics json",
                     $"build --force --content \"{bad.Content}\" --templates \"{bad.Templates}\" --out \"{bad.Out}\"" })
        {
            var jit = CliRun.Of(CommandLine(args));
            var aot = ProcessRun.Of(brief, args, cwd);
            Assert.Equal(1, jit.Exit);
            Assert.Equal(jit.Exit, aot.Exit);
            Assert.Contains("BG0", jit.Err + jit.Out, StringComparison.Ordinal);
            Assert.Contains("theme is not valid", jit.Err + jit.Out, StringComparison.Ordinal);
            Assert.Equal(Timeless(jit.Err), Timeless(aot.Err));
            // The native build of these briefs (one per golden case: more than 48) runs in worker processes beside its own (--processes auto), the JIT
            // build in its own process alone: the same messages in the same order, apart from the totals line naming the workers.
            var workers = System.Text.RegularExpressions.Regex.Match(aot.Out, @" \((\d+) worker process(es)?\)");
            if (args.StartsWith("build", StringComparison.Ordinal) && Environment.ProcessorCount > 1)
                Assert.True(workers.Success, "the native build of so many briefs should use worker processes: " + aot.Out);
            Assert.Equal(Timeless(jit.Out), Timeless(workers.Success ? aot.Out.Replace(workers.Value, "") : aot.Out));
        }
    }

    /// <summary>The garbage collector's heap is backed by transparent huge pages where the kernel offers them
    /// (Native/heappages.c): read back from the process's own /proc/self/smaps through BRIEF_GC_STATS's line, after a
    /// build of the seed whose outputs are the JIT build's bytes.</summary>
    [ToolFact("clang", "clang")]
    public void Native_binary_keeps_its_heap_in_huge_pages_where_the_kernel_offers_them()
    {
        using var ws = new Workspace();
        ws.AddBrief("seed", File.ReadAllText(RepoPaths.SeedBrief));
        var nativeOut = Path.Combine(ws.Root, "native-out");
        var run = ProcessRun.Of(Published(), ["build", "--content", ws.Content, "--templates", RepoPaths.Templates, "--out", nativeOut],
            Environment.CurrentDirectory, new Dictionary<string, string> { ["BRIEF_GC_STATS"] = "1" });
        Assert.True(run.Exit == 0, run.Out + run.Err);
        Assert.Equal(0, CliRun.Build(ws).Exit);
        foreach (var file in new[] { "policy-brief.pdf", "policy-brief.docx" })
            Assert.True(File.ReadAllBytes(Path.Combine(ws.Out, "seed", file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(nativeOut, "seed", file))),
                $"{file} differs between the native build (heap in huge pages) and the JIT build");

        var line = System.Text.RegularExpressions.Regex.Match(run.Err, @"brief: gc: pid \d+ .*, heap in huge pages (\d+) MB");
        Assert.True(line.Success, "the native binary's BRIEF_GC_STATS line should say how much of its heap huge pages hold: " + run.Err);
        const string thp = "/sys/kernel/mm/transparent_hugepage/enabled";
        if (File.Exists(thp) && !File.ReadAllText(thp).Contains("[never]", StringComparison.Ordinal))
            Assert.True(int.Parse(line.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0,
                $"transparent huge pages are on ({File.ReadAllText(thp).Trim()}), yet none holds the heap: {line.Value}");
    }

    /// <summary>The start-up data the runtime rehydrates before main() (.hydrated) and the .bss in front of it lie on
    /// whole 2 MB blocks of their own, and the binary asks to be loaded at a 2 MB boundary (Native/hydrated.ld), so that
    /// huge pages can hold all of it (the other tests check that such a binary writes the JIT build's bytes).</summary>
    [ToolFact("clang", "clang")]
    public void Native_binary_lays_its_start_up_data_on_whole_huge_pages()
    {
        const ulong huge = 2 << 20;
        var layout = ElfLayout.Read(Published());
        Assert.All(layout.LoadAlignments, alignment => Assert.Equal(huge, alignment));
        foreach (var name in new[] { ".bss", ".hydrated" })
            Assert.True(layout.Sections.ContainsKey(name), $"the native binary has no {name} section");
        var (bss, hydrated) = (layout.Sections[".bss"], layout.Sections[".hydrated"]);
        Assert.Equal(0UL, bss.Address % huge);
        Assert.Equal(bss.Address + bss.Size, hydrated.Address);
        Assert.Equal(0UL, (hydrated.Address + hydrated.Size) % huge);
        Assert.True(hydrated.Size > huge, $".hydrated holds {hydrated.Size} bytes: the start-up data should be there");
    }

    /// <summary>The native `brief` installed from the packed .NET tool (<see cref="PackedTool"/>: the same Native AOT
    /// compilation of the CLI as `dotnet publish -r linux-x64 -p:PublishAot=true`, done once for both test classes).
    /// BRIEF_NATIVE_BINARY names an already published binary instead (to iterate on this test without waiting minutes
    /// for the AOT compiler).</summary>
    private string Published() =>
        Environment.GetEnvironmentVariable("BRIEF_NATIVE_BINARY") is { Length: > 0 } published ? published : tool.NativeBrief;

    private static string[] CommandLine(string args) =>
        args.Split('"').SelectMany((part, i) => i % 2 == 1 ? new[] { part } : part.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();

    /// <summary>The text with durations ("in 12 ms", "in 0.31 s") blanked.</summary>
    private static string Timeless(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"in \d+(\.\d+)? m?s", "in T");
}
