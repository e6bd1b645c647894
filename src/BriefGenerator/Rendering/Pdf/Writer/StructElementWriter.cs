namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>Writes one structure element dictionary (ISO 32000-1 §14.7.2): type, parent, page, kids (marked-content
/// ids on its page as integers, on other pages as MCR dictionaries, the link annotation as an OBJR), and its
/// attributes: table cell scope and spans, a figure's layout bounding box, alternate text, a note's ID.</summary>
internal static class StructElementWriter
{
    /// <summary>Writes <paramref name="e"/> as its object.</summary>
    public static void Write(PdfFileWriter file, StructElement e)
    {
        var b = file.Scratch;
        b.Clear();
        b.Bytes("<</Type/StructElem/S"u8).Name(e.Type).Bytes("/P "u8).Ref(e.Parent);
        if (e.Page != 0) b.Bytes("/Pg "u8).Ref(e.Page);
        if (e.Id is { } id) b.Bytes("/ID"u8).Text(id);
        if (e.Alt is { } alt) b.Bytes("/Alt"u8).Text(alt);
        if (e.Type is "TH" or "TD" && (e.Header || e.ColSpan > 1 || e.RowSpan > 1))
        {
            b.Bytes("/A<</O/Table"u8);
            if (e.ColSpan > 1) b.Bytes("/ColSpan "u8).Int(e.ColSpan);
            if (e.RowSpan > 1) b.Bytes("/RowSpan "u8).Int(e.RowSpan);
            if (e.Header) b.Bytes("/Scope/Column"u8);
            b.Bytes(">>"u8);
        }
        if (e.BBox is { } box)
            b.Bytes("/A<</O/Layout/BBox["u8).Num(box[0]).Sp().Num(box[1]).Sp().Num(box[2]).Sp().Num(box[3]).Bytes("]>>"u8);
        b.Bytes("/K"u8);
        int count = e.Kids.Count + (e.Annotation != 0 ? 1 : 0);
        if (count == 0) b.Bytes("[]"u8);
        else if (count == 1 && e.Annotation == 0 && e.Kids[0] is { Element: 0 } only && only.Page == e.Page) b.Sp().Int(only.Mcid);
        else if (count == 1 && e.Annotation == 0) Kid(b, e, e.Kids[0]);
        else
        {
            b.Byte((byte)'[');
            if (e.Annotation != 0)
                b.Bytes("<</Type/OBJR/Obj "u8).Ref(e.Annotation).Bytes("/Pg "u8).Ref(e.AnnotationPage).Bytes(">>"u8);
            for (int i = 0; i < e.Kids.Count; i++)
            {
                if (i > 0 || e.Annotation != 0) b.Sp();
                Kid(b, e, e.Kids[i]);
            }
            b.Byte((byte)']');
        }
        b.Bytes(">>"u8);
        file.Object(e.Number, b.Span);
    }

    private static void Kid(PdfBuffer b, StructElement e, Kid kid)
    {
        if (kid.Element != 0) b.Sp().Ref(kid.Element);
        else if (kid.Page == e.Page) b.Sp().Int(kid.Mcid);
        else b.Bytes("<</Type/MCR/Pg "u8).Ref(kid.Page).Bytes("/MCID "u8).Int(kid.Mcid).Bytes(">>"u8);
    }
}
