using BriefGenerator.Build;
using BriefGenerator.Rendering;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Diagnostics;

/// <summary>Each folder under TestData/diagnostics is one kind of bad input: a brief.md (and maybe a template.sbn,
/// installed as template "custom", with the case's theme.yaml when it has one; a theme.yaml alone is installed with the
/// policy-brief template as "custom"); an optional setup.txt makes links, named pipes and large files (see
/// <see cref="HostileSetup"/>); expected.txt holds the diagnostics a user sees and the brief's status. A case must
/// finish within 30 s: a read that blocks (a pipe) or runs without end (a device) fails it instead of hanging.</summary>
public class DiagnosticGoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(RepoPaths.TestData("diagnostics")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gives_the_expected_diagnostics(string name)
    {
        using var ws = new Workspace();
        var folder = RepoPaths.TestData("diagnostics", name);
        ws.CopyRepoTemplates();
        ws.AddBrief("case", File.ReadAllText(Path.Combine(folder, "brief.md")));
        var custom = Path.Combine(folder, "template.sbn");
        if (File.Exists(custom)) ws.AddTemplate("custom", File.ReadAllText(custom));
        var theme = Path.Combine(folder, "theme.yaml");
        if (File.Exists(theme))
        {
            if (!File.Exists(custom)) ws.AddTemplate("custom", File.ReadAllText(Path.Combine(RepoPaths.Templates, "policy-brief", "template.sbn")));
            File.Copy(theme, Path.Combine(ws.Templates, "custom", "theme.yaml"));
        }
        var setup = Path.Combine(folder, "setup.txt");
        if (File.Exists(setup)) HostileSetup.Apply(ws, setup);

        var result = Bounded.Run(() => new BriefBuilder(Array.Empty<IDocumentRenderer>()).Build(new BuildOptions
        {
            ContentFolder = ws.Content, TemplatesFolder = ws.Templates, OutputFolder = ws.Out, DryRun = true,
        }), TimeSpan.FromSeconds(60), "a bad input must fail within seconds, not hang");

        var lines = result.AllDiagnostics.Select(d => ws.Relative(d.ToString()))
            .Concat(result.Briefs.Select(b => $"status: {b.Status.ToString().ToLowerInvariant()}"));
        Golden.AssertMatches(string.Join('\n', lines) + "\n", "diagnostics", name, "expected.txt");
    }
}
