using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Writes a <see cref="NumberedList"/>; its start number lives in the numbering definition.</summary>
internal sealed class NumberedListWriter : ListWriter<NumberedList>
{
    protected override IReadOnlyList<ListItem> Items(NumberedList list) => list.Items;
}
