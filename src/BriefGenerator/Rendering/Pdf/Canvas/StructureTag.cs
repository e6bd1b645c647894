namespace BriefGenerator.Rendering.Pdf.Canvas;

/// <summary>The structure types the renderer tags content with (PDF 1.7 standard structure types).</summary>
internal enum StructureTag
{
    H1,
    H2,
    H3,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    TR,
    TH,
    TD,
    Caption,
    BlockQuote,
    Div,
    TOC,
    TOCI,
    Note,
    Reference,
    Figure,
}
