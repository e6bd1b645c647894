using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Writes a <see cref="BulletList"/>.</summary>
internal sealed class BulletListWriter : ListWriter<BulletList>
{
    protected override IReadOnlyList<ListItem> Items(BulletList list) => list.Items;
}
