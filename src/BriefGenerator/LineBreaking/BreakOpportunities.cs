using System.Text;
using static BriefGenerator.LineBreaking.LineBreakClass;

namespace BriefGenerator.LineBreaking;

/// <summary>Where a line may break inside a run of text without spaces, by the rules of UAX #14 (LB4–LB31, over the
/// classes of <see cref="LineBreakClasses"/>), tailored as book typography wants: no break before an em dash (B2), never
/// between digits around a dash or slash (2019–2023, 3/4), and inside a URL before a dot and after a slash.</summary>
internal static class BreakOpportunities
{
    private static readonly char[] DigitJoiners = { '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '/' };

    /// <summary>The UTF-16 offsets in <paramref name="text"/> before which a line may break (never 0).</summary>
    public static List<int> Find(string text)
    {
        var result = new List<int>();
        if (text.Length < 2) return result;
        bool url = LooksLikeUrl(text);
        LineBreakClass before = SP, beforeBefore = SP; // the class in effect before the boundary (after LB9), and the one before it
        LineBreakClass last = SP;                      // the literal class of the previous character
        int regional = 0;                              // regional indicators in a row before the boundary
        int offset = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var cls = LineBreakClasses.Of(rune);
            if (offset > 0 && (Allows(before, beforeBefore, last, cls, regional) || (url && UrlBreak(text, offset))) && !BetweenDigits(text, offset))
                result.Add(offset);
            // LB9: a combining mark or joiner takes the class of the character it follows; LB10: alone, it is a letter.
            if (cls is CM or ZWJ)
            {
                if (offset == 0 || before is BK or CR or LF or NL or SP or ZW) { beforeBefore = before; before = AL; }
            }
            else { beforeBefore = before; before = cls; }
            regional = cls == RI ? regional + 1 : cls is CM or ZWJ ? regional : 0;
            last = cls;
            offset += rune.Utf16SequenceLength;
        }
        return result;
    }

    // The pair rules: may a line break between a character of class a (b before it) and one of class next?
    private static bool Allows(LineBreakClass a, LineBreakClass b, LineBreakClass literal, LineBreakClass next, int regional)
    {
        if (next is CM or ZWJ && a is not (BK or CR or LF or NL or SP or ZW)) return false; // LB9
        if (literal == ZWJ) return false;                                                    // LB8a
        if (a == ZW) return true;                                                             // LB8
        if (next == ZW) return false;                                                         // LB7
        if (a is BK or CR or LF or NL) return true;                                           // LB4, LB5
        if (next is BK or CR or LF or NL or SP) return false;                                 // LB6, LB7
        if (a == WJ || next == WJ) return false;                                              // LB11
        if (a == GL) return false;                                                            // LB12
        if (next == GL && a is not (SP or BA or HY)) return false;                            // LB12a
        if (next is CL or CP or EX or IS or SY) return false;                                 // LB13
        if (a == OP) return false;                                                            // LB14
        if (a == QU && next == OP) return false;                                              // LB15
        if (a is CL or CP && next == NS) return false;                                        // LB16
        if (a == B2 && next == B2) return false;                                              // LB17
        if (a == SP) return true;                                                             // LB18
        if (a == QU || next == QU) return false;                                              // LB19
        if (a == CB || next == CB) return true;                                               // LB20
        if (next is BA or HY or NS || a == BB) return false;                                  // LB21
        if (next == B2) return false;                                                         // tailoring: no line starts with an em dash
        if (a is HY or BA && b == HL) return false;                                           // LB21a
        if (a == SY && next == HL) return false;                                              // LB21b
        if (next == IN) return false;                                                         // LB22
        if (a is AL or HL && next == NU || a == NU && next is AL or HL) return false;         // LB23
        if (a == PR && next is ID or EB or EM || a is ID or EB or EM && next == PO) return false; // LB23a
        if (a is PR or PO && next is AL or HL || a is AL or HL && next is PR or PO) return false; // LB24
        if (Numeric(a, next)) return false;                                                   // LB25
        if (Korean(a, next)) return false;                                                    // LB26, LB27
        if (a is AL or HL && next is AL or HL) return false;                                  // LB28
        if (a == IS && next is AL or HL) return false;                                        // LB29
        if (a is AL or HL or NU && next == OP || a == CP && next is AL or HL or NU) return false; // LB30
        if (a == RI && next == RI && regional % 2 == 1) return false;                         // LB30a
        if (a == EB && next == EM) return false;                                              // LB30b
        return true;                                                                          // LB31
    }

    private static bool Numeric(LineBreakClass a, LineBreakClass next) =>
        (a is CL or CP or NU && next is PO or PR) || (a is PO or PR && next is OP or NU) || (a is HY or IS or NU or SY && next == NU);

    private static bool Korean(LineBreakClass a, LineBreakClass next) =>
        (a == JL && next is JL or JV or H2 or H3) || (a is JV or H2 && next is JV or JT) || (a is JT or H3 && next == JT)
        || (a is JL or JV or JT or H2 or H3 && next == PO) || (a == PR && next is JL or JV or JT or H2 or H3);

    // A dash or slash between digits belongs to a number, date or range ("2019–2023", "3/4"): never break around it.
    private static bool BetweenDigits(string text, int offset)
    {
        int dash = Array.IndexOf(DigitJoiners, text[offset - 1]) >= 0 ? offset - 1 : Array.IndexOf(DigitJoiners, text[offset]) >= 0 ? offset : -1;
        return dash > 0 && dash + 1 < text.Length && char.IsAsciiDigit(text[dash - 1]) && char.IsAsciiDigit(text[dash + 1]);
    }

    private static bool LooksLikeUrl(string text) =>
        text.Length > 12 && (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase));

    // Inside a URL: before a dot, ?, #, & or =, and after a single slash before a digit too (UAX #14 alone breaks after
    // a slash only before a letter, and never at a dot).
    private static bool UrlBreak(string text, int offset)
    {
        char prev = text[offset - 1], next = text[offset];
        if (next is '.' or '?' or '#' or '&' or '=') return offset > 1 && char.IsLetterOrDigit(prev);
        return prev == '/' && (offset < 2 || text[offset - 2] != '/') && char.IsLetterOrDigit(next);
    }
}
