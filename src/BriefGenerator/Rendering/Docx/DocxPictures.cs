using DocumentFormat.OpenXml;
using BriefGenerator.Images;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using SVG = DocumentFormat.OpenXml.Office2019.Drawing.SVG;
using WDrawing = DocumentFormat.OpenXml.Wordprocessing.Drawing;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Embeds images as parts (one part per image and owning part, however often it is drawn, with fixed
/// relationship ids so the bytes are reproducible) and makes DrawingML inline pictures (<c>wp:inline</c>, <c>pic:pic</c>)
/// whose <c>wp:docPr descr</c> is the alt text. PNG and JPEG go in as their files; an SVG goes in as itself through
/// Word's <c>asvg:svgBlip</c> extension, with a PNG fallback (<see cref="SvgRaster"/>) for readers without SVG.</summary>
internal sealed class DocxPictures(DocxPackage package)
{
    private const long EmuPerPoint = 12700;
    private readonly Dictionary<(DocxPart, string), (string Id, string? SvgId)> _parts = new();
    private uint _nextDrawingId = 1;

    /// <summary>A <c>w:drawing</c> showing <paramref name="image"/> at <paramref name="width"/> × <paramref name="height"/>
    /// points, embedded in <paramref name="owner"/> (the main document part, or a header part).</summary>
    public WDrawing Picture(DocxPart owner, LoadedImage image, double width, double height, string name, string alt)
    {
        var (id, svgId) = Embed(owner, image);
        long cx = (long)Math.Round(width * EmuPerPoint), cy = (long)Math.Round(height * EmuPerPoint);
        var drawingId = _nextDrawingId++;
        var blip = new A.Blip { Embed = id };
        if (svgId is not null)
            blip.Append(new A.BlipExtensionList(new A.BlipExtension(new SVG.SVGBlip { Embed = svgId }) { Uri = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}" }));
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = drawingId, Name = name, Description = alt },
                new PIC.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
            new PIC.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        return new WDrawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = drawingId, Name = name, Description = alt },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
        });
    }

    /// <summary>A <c>w:drawing</c> floating at (<paramref name="x"/>, <paramref name="y"/>) points from the page's top-left
    /// corner, behind no text and taking no room in the flow (<c>wp:anchor</c>, <c>wrapNone</c>): the cover's logo.</summary>
    public WDrawing Anchored(DocxPart owner, LoadedImage image, double width, double height, double x, double y, string name, string alt)
    {
        var inline = Picture(owner, image, width, height, name, alt).Inline!;
        var extent = (DW.Extent)inline.Extent!.CloneNode(true);
        var anchor = new DW.Anchor(
            new DW.SimplePosition { X = 0, Y = 0 },
            new DW.HorizontalPosition(new DW.PositionOffset(((long)Math.Round(x * EmuPerPoint)).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            { RelativeFrom = DW.HorizontalRelativePositionValues.Page },
            new DW.VerticalPosition(new DW.PositionOffset(((long)Math.Round(y * EmuPerPoint)).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            { RelativeFrom = DW.VerticalRelativePositionValues.Page },
            extent,
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.WrapNone(),
            (DW.DocProperties)inline.DocProperties!.CloneNode(true),
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            (A.Graphic)inline.GetFirstChild<A.Graphic>()!.CloneNode(true))
        {
            DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
            SimplePos = false, RelativeHeight = 1, BehindDoc = false, Locked = false, LayoutInCell = true, AllowOverlap = true,
        };
        return new WDrawing(anchor);
    }

    private (string Id, string? SvgId) Embed(DocxPart owner, LoadedImage image)
    {
        if (_parts.TryGetValue((owner, image.Key), out var known)) return known;
        var n = _parts.Count + 1;
        var id = $"rIdImage{n}";
        string? svgId = null;
        if (image.Format == ImageFormat.Svg)
        {
            svgId = $"rIdImage{n}Svg";
            package.Add(owner, DocxPartType.Svg, svgId).Data = image.Bytes;
            package.Add(owner, DocxPartType.Png, id).Data = SvgRaster.Png(image.Svg!);
        }
        else package.Add(owner, image.Format == ImageFormat.Png ? DocxPartType.Png : DocxPartType.Jpeg, id).Data = image.Bytes;
        return _parts[(owner, image.Key)] = (id, svgId);
    }
}
