namespace BriefGenerator.Cli;

/// <summary>The text of a new brief: front matter with every key, a lede, two sections, a list and a captioned table.</summary>
public static class BriefStarter
{
    public static string Text(string title, string date) => $$"""
        ---
        title: {{Yaml(title)}}
        subtitle: A one-line subtitle
        date: {{date}}
        authors:
          - Your Name
        organization: Your Organization
        language: en-US
        summary: >-
          Two or three sentences that say what the brief finds and recommends.
        key_points:
          - The first thing a reader should remember.
          - The second thing.
        keywords: [policy]
        templates: [policy-brief]
        ---

        The lede: one or two paragraphs that set out the question. Everything before the first `##` heading is the lede.

        ## Background {#background}

        Write the sections with `##` headings. Use **bold**, *italic* and [links](https://example.org).

        - **A label:** bullet points with bold lead-ins.
        - **Another label:** a second point.

        ## Options {#options}

        Refer to tables by id, as in [Table 1](#tbl-options).

        Table: Policy options compared {#tbl-options}

        | Option | Cost | Effect |
        |:-------|-----:|:-------|
        | Do nothing | 0 | None |
        | Pilot | 10 | Evidence in a year |

        """;

    private static string Yaml(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
