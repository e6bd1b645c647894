using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Cli;

/// <summary>The .NET tool as README's "As a .NET tool" makes it, once per test run: `scripts/pack-tool.sh` packs the
/// pointer package, the linux-x64 package (Native AOT) and the framework-dependent `any` package into a local feed, and
/// `dotnet tool install` installs from that feed. The installed native `brief` is also the binary
/// <see cref="NativeBinaryTests"/> checks, so a test run compiles ahead of time once. Packed and installed on first use,
/// so a test that skips, or that is given BRIEF_NATIVE_BINARY, waits for nothing.</summary>
public sealed class PackedTool : IDisposable
{
    private readonly Workspace _ws = new();
    private readonly Lazy<string> _feed;
    private readonly Lazy<string> _native;

    public PackedTool()
    {
        _feed = new Lazy<string>(Pack);
        _native = new Lazy<string>(() => Install(Feed, "native"));
    }

    /// <summary>The local feed: BriefGenerator.Cli, BriefGenerator.Cli.linux-x64 and BriefGenerator.Cli.any, at the
    /// project's version (the version outputs carry, so they compare byte for byte with the in-process build's).</summary>
    public string Feed => _feed.Value;

    /// <summary>A throw-away folder for the packages, installs and builds of these tests, deleted at the end.</summary>
    public string Root => _ws.Root;

    /// <summary>Where the pack builds keep bin/ and obj/ (never the build output under src/).</summary>
    public string Artifacts => Path.Combine(_ws.Root, "artifacts");

    /// <summary>The `brief` command that `dotnet tool install BriefGenerator.Cli` installed from <see cref="Feed"/>.</summary>
    public string NativeBrief => _native.Value;

    /// <summary>Runs scripts/pack-tool.sh with these arguments, its builds in <see cref="Artifacts"/>.</summary>
    public void RunPackScript(string args) =>
        ProcessRun.Succeeding("bash", $"\"{Path.Combine(RepoPaths.Root, "scripts", "pack-tool.sh")}\" --artifacts \"{Artifacts}\" {args}",
            RepoPaths.Root, TimeSpan.FromMinutes(45));

    /// <summary>Installs BriefGenerator.Cli from <paramref name="feed"/> (and nothing else: no other package source, an
    /// empty NuGet cache) into a new tool folder; returns the installed `brief`.</summary>
    public string Install(string feed, string name)
    {
        var tools = Path.Combine(_ws.Root, "tools-" + name);
        ProcessRun.Succeeding("env", $"NUGET_PACKAGES=\"{Path.Combine(_ws.Root, "nuget-" + name)}\" dotnet tool install BriefGenerator.Cli " +
            $"--version {BriefGenerator.Cli.ToolInfo.Version} --tool-path \"{tools}\" --source \"{feed}\"", _ws.Root, TimeSpan.FromMinutes(10));
        return Path.Combine(tools, "brief");
    }

    private string Pack()
    {
        var feed = Path.Combine(_ws.Root, "feed");
        RunPackScript($"-o \"{feed}\" --rids linux-x64 pointer any linux-x64");
        return feed;
    }

    public void Dispose() => _ws.Dispose();
}

/// <summary>The tests that share one <see cref="PackedTool"/>; they run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class PackedToolCollection : ICollectionFixture<PackedTool>
{
    public const string Name = "packed tool";
}
