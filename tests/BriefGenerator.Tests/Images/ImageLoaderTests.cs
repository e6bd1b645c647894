using BriefGenerator.Diagnostics;
using BriefGenerator.Images;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Images;

/// <summary>The image loader reads every PNG and JPEG kind a brief may carry, to its declared size, and hands PNGs on in
/// one plain form that decodes to the same pixels.</summary>
public class ImageLoaderTests
{
    private static string Figures => RepoPaths.TestData("figures");

    [Theory]
    [InlineData("map-alpha.png", ImageFormat.Png, 120, 80, true)]
    [InlineData("deep16.png", ImageFormat.Png, 96, 64, false)]
    [InlineData("interlaced.png", ImageFormat.Png, 100, 60, false)]
    [InlineData("progressive.jpg", ImageFormat.Jpeg, 160, 100, false)]
    [InlineData("cmyk.jpg", ImageFormat.Jpeg, 80, 80, false)]
    [InlineData("basins.svg", ImageFormat.Svg, 200, 120, true)]
    public void Loads_each_kind_at_its_size(string file, ImageFormat format, int width, int height, bool alpha)
    {
        var (image, problem) = ImageLoader.Load(file, Figures);
        Assert.Null(problem);
        Assert.Equal(format, image!.Format);
        Assert.Equal((width, height), (image.Width, image.Height));
        Assert.Equal(alpha, image.HasAlpha);
        if (format == ImageFormat.Png) Assert.Equal(4 * width * height, image.Rgba!.Length);
        else if (!image.Cmyk) Assert.Null(image.Rgba);
    }

    [Fact]
    public void A_cmyk_jpeg_with_an_adobe_marker_is_known_as_inverted()
    {
        var (image, _) = ImageLoader.Load("cmyk.jpg", Figures);
        Assert.True(image!.Cmyk);
        Assert.True(image.AdobeInverted);
    }

    [Fact]
    public void The_plain_png_decodes_to_the_same_pixels()
    {
        var (image, _) = ImageLoader.Load("map-alpha.png", Figures);
        var png = PngWriter.Write(image!.Rgba!, image.Width, image.Height);
        var back = StbImageSharp.ImageResult.FromMemory(png, StbImageSharp.ColorComponents.RedGreenBlueAlpha);
        Assert.Equal(image.Rgba, back.Data);
    }

    [Theory]
    [InlineData("https://example.org/map.png", DiagnosticCodes.ImageRemote)]
    [InlineData("//example.org/map.png", DiagnosticCodes.ImageRemote)]
    [InlineData("data:image/png;base64,AAAA", DiagnosticCodes.ImageRemote)]
    [InlineData("../figures/map-alpha.png", DiagnosticCodes.ImageOutside)]
    [InlineData("/etc/passwd", DiagnosticCodes.ImageOutside)]
    [InlineData("nothing-here.png", DiagnosticCodes.ImageMissing)]
    public void Refuses_what_it_must_not_read(string reference, string code)
    {
        var (image, problem) = ImageLoader.Load(reference, Figures);
        Assert.Null(image);
        Assert.Equal(code, problem!.Code);
    }
}
