namespace BriefGenerator.Tests.Support;

/// <summary>Golden-file comparison. Set BRIEF_UPDATE_GOLDEN=1 to rewrite the expected files in the source tree.</summary>
public static class Golden
{
    public static void AssertMatches(string actual, params string[] path)
    {
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("BRIEF_UPDATE_GOLDEN") == "1")
        {
            var source = RepoPaths.TestDataSource(path);
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual);
            return;
        }
        var expectedPath = RepoPaths.TestData(path);
        Assert.True(File.Exists(expectedPath), $"golden file missing: {string.Join('/', path)} (run with BRIEF_UPDATE_GOLDEN=1)");
        Assert.Equal(File.ReadAllText(expectedPath).Replace("\r\n", "\n"), actual);
    }
}
