using System.Text;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Import;

/// <summary><c>brief import</c> reads its input through the confined reader (a pipe or a device is refused before it is
/// opened) and is linear in its input: a 4 MB hard-wrapped file imports, every word kept in order. Each run is
/// bounded, so a hang fails the test instead of stalling the suite; times are measured apart (README, Limits).</summary>
public class ImportHostileInputTests
{
    private static CliRun Import(Workspace ws, string input, string slug)
    {
        var run = Task.Run(() => CliRun.Of("import", input, "--slug", slug, "--content", ws.Content, "--date", "2026-01-01", "--title", "Imported"));
        Assert.True(run.Wait(TimeSpan.FromMinutes(3)), "the import must end, not hang");
        return run.Result;
    }

    [Fact]
    public void A_named_pipe_as_input_is_refused_without_waiting_for_a_writer()
    {
        using var ws = new Workspace();
        var pipe = Path.Combine(ws.Root, "article.txt");
        HostileSetup.MakeFifo(pipe);
        var run = Import(ws, pipe, "piped");
        Assert.Equal(1, run.Exit);
        Assert.Contains("article.txt(1,1): error BG071: file is a named pipe (FIFO), not a regular file", run.Err);
        Assert.False(Directory.Exists(Path.Combine(ws.Content, "piped")));
    }

    [Fact]
    public void A_device_or_a_link_to_one_as_input_is_refused_without_reading_it()
    {
        using var ws = new Workspace();
        var link = Path.Combine(ws.Root, "zero.txt");
        File.CreateSymbolicLink(link, "/dev/zero");
        foreach (var input in new[] { "/dev/zero", link })
        {
            var run = Import(ws, input, "zero");
            Assert.Equal(1, run.Exit);
            Assert.Contains("(1,1): error BG071: file is a device, not a regular file", run.Err);
        }
        Assert.False(Directory.Exists(Path.Combine(ws.Content, "zero")));
    }

    [Fact]
    public void A_4_MB_hard_wrapped_paragraph_imports_with_every_word_in_order()
    {
        using var ws = new Workspace();
        var words = Words(4_000_000);
        var raw = TextWrapper.Wrap(string.Join(' ', words), 72);
        Assert.True(raw.Length > 3_900_000 && raw.Split('\n').Length > 50_000);
        var input = Path.Combine(ws.Root, "wrapped.txt");
        File.WriteAllText(input, raw);

        var run = Import(ws, input, "big");
        Assert.True(run.Exit == 0, run.Err);
        Assert.Contains("hard-wrapped lines joined (wrap width", run.Out + run.Err);
        var brief = File.ReadAllText(Path.Combine(ws.Content, "big", "brief.md"));
        var body = brief[(brief.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
        Assert.Equal(words, body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // Sentences of 8 to 20 words from a small vocabulary, deterministic, about `chars` characters in all.
    private static List<string> Words(int chars)
    {
        var vocabulary = "policy security cooperation central asia governments reaffirmed joint exercises economic agreements trade routes water energy border region".Split(' ');
        var random = new Random(19);
        var words = new List<string>();
        var length = 0;
        while (length < chars)
        {
            var count = random.Next(8, 21);
            for (var i = 0; i < count; i++)
            {
                var w = vocabulary[random.Next(vocabulary.Length)];
                if (i == 0) w = char.ToUpperInvariant(w[0]) + w[1..];
                if (i == count - 1) w += ".";
                words.Add(w);
                length += w.Length + 1;
            }
        }
        return words;
    }
}
