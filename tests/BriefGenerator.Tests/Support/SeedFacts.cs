namespace BriefGenerator.Tests.Support;

/// <summary>What the seed article holds, as a reader of it would list it.</summary>
public static class SeedFacts
{
    /// <summary>The seven section headings, in order.</summary>
    public static readonly string[] SectionTitles =
    {
        "US and Uzbekistan Strengthen Strategic Partnership for Regional Stability",
        "Key Security Challenges Facing Central Asia: A Collaborative Approach",
        "Economic Cooperation as a Catalyst for Enhanced Security in Central Asia",
        "The Role of International Alliances in Supporting Central Asian Security",
        "Recommendations for Future US-Uzbekistan Joint Initiatives on Peacekeeping",
        "Evaluating the Impact of Regional Stability on Global Security Dynamics",
        "In Retrospect",
    };

    /// <summary>Columns of the six comparison tables.</summary>
    public static readonly int[] TableColumns = { 3, 2, 2, 2, 2, 3 };
}
