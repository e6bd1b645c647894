namespace BriefGenerator.Tests.Support;

/// <summary>A throw-away folder laid out like a project (content/, templates/, out/), deleted on dispose.</summary>
public sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "brief-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Content);
        Directory.CreateDirectory(Templates);
    }

    public string Root { get; }
    public string Content => Path.Combine(Root, "content");
    public string Templates => Path.Combine(Root, "templates");
    public string Out => Path.Combine(Root, "out");

    /// <summary>Writes content/&lt;slug&gt;/brief.md.</summary>
    public string AddBrief(string slug, string text)
    {
        var path = Path.Combine(Content, slug, "brief.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Copies a brief's whole folder (brief.md and anything beside it, such as images) to
    /// content/&lt;slug&gt;/, by default the repository's seed brief, so a test builds exactly the briefs it means to,
    /// whatever else a user has put in the repository's content/ folder. Returns the copied brief.md.</summary>
    public string CopyBrief(string? folder = null, string? slug = null)
    {
        folder ??= Path.GetDirectoryName(RepoPaths.SeedBrief)!;
        var target = Path.Combine(Content, slug ?? Path.GetFileName(folder));
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return Path.Combine(target, "brief.md");
    }

    /// <summary>Copies the repository's templates into this workspace; the fonts folder is linked, not copied.</summary>
    public void CopyRepoTemplates(bool fonts = true)
    {
        foreach (var dir in Directory.GetDirectories(RepoPaths.Templates))
        {
            var name = Path.GetFileName(dir);
            if (name == "fonts")
            {
                if (fonts) Directory.CreateSymbolicLink(Path.Combine(Templates, name), dir);
                continue;
            }
            var target = Path.Combine(Templates, name);
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(dir)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    /// <summary>Writes templates/&lt;name&gt;/template.sbn.</summary>
    public void AddTemplate(string name, string text)
    {
        Directory.CreateDirectory(Path.Combine(Templates, name));
        File.WriteAllText(Path.Combine(Templates, name, "template.sbn"), text);
    }

    /// <summary>Replaces this workspace's absolute path in text, so messages compare across machines.</summary>
    public string Relative(string text) => text.Replace(Root + Path.DirectorySeparatorChar, "").Replace(Root, ".");

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
