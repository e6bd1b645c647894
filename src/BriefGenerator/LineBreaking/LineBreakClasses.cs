using System.Globalization;
using System.Text;
using static BriefGenerator.LineBreaking.LineBreakClass;

namespace BriefGenerator.LineBreaking;

/// <summary>The UAX #14 class of a code point, from <see cref="LineBreakData"/>, resolved as the algorithm's rule LB1
/// says for text of unknown context: ambiguous (AI), unassigned (XX) and surrogates (SG) as letters (AL); complex-context
/// scripts (SA: Thai, Lao, Khmer, Myanmar) as combining marks (CM) when they are marks, else letters; conditional
/// Japanese starters (CJ) as non-starters (NS).</summary>
internal static class LineBreakClasses
{
    /// <summary>The class as the data gives it.</summary>
    public static LineBreakClass Raw(int codePoint)
    {
        var ranges = LineBreakData.Ranges;
        int lo = 0, hi = ranges.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if ((ranges[mid] >> 8) <= (uint)codePoint) lo = mid;
            else hi = mid - 1;
        }
        return (LineBreakClass)(ranges[lo] & 0xFF);
    }

    /// <summary>The class resolved by LB1.</summary>
    public static LineBreakClass Of(Rune rune)
    {
        if (rune.Value < 0x80) return Ascii[rune.Value];
        var raw = Raw(rune.Value);
        return raw switch
        {
            AI or SG or XX => AL,
            CJ => NS,
            SA => Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark ? CM : AL,
            _ => raw,
        };
    }

    private static readonly LineBreakClass[] Ascii = Enumerable.Range(0, 0x80).Select(c => Raw(c) switch
    {
        XX or AI or SG => AL,
        var other => other,
    }).ToArray();
}
