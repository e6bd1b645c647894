namespace BriefGenerator.LineBreaking;

/// <summary>The line breaking classes of UAX #14 (Unicode Line Breaking Algorithm), in the order
/// <c>scripts/linebreak-data.py</c> numbers them.</summary>
internal enum LineBreakClass : byte
{
    XX, BK, CR, LF, NL, SP, ZW, WJ, GL, CM, ZWJ, OP, CL, CP, QU, EX, NS,
    SY, IS, PR, PO, NU, AL, HL, ID, IN, HY, BA, BB, B2, CB, CJ, H2, H3,
    JL, JV, JT, RI, EB, EM, AI, SA, SG,
}
