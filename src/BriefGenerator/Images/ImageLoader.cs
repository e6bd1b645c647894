using BriefGenerator.Caching;
using BriefGenerator.Diagnostics;
using BriefGenerator.Files;
using StbImageSharp;

namespace BriefGenerator.Images;

/// <summary>Reads one image a brief or theme names, checked in this order, each refusal a <see cref="ImageProblem"/>:
/// a URL is never fetched (BG054); the path must be relative and stay inside its folder, links followed (BG053; a link
/// loop BG070, a pipe or device BG071); the file must exist (BG052) and weigh at most 20 MB (BG056, never read past
/// the limit); its header must be a PNG, JPEG or SVG (BG055) declaring at most 50 megapixels (BG057, before a pixel
/// is decoded); and it must decode (BG055).</summary>
public static class ImageLoader
{
    /// <summary>Loads <paramref name="reference"/> (as written) from <paramref name="folder"/>.</summary>
    public static (LoadedImage? Image, ImageProblem? Problem) Load(string reference, string folder)
    {
        var path = reference.Trim();
        if (path.Length == 0) return Fail(DiagnosticCodes.ImageMissing, "an image needs a file name");
        if (IsUrl(path))
            return Fail(DiagnosticCodes.ImageRemote, $"image '{path}' is a URL; builds never fetch from the network: save the file beside brief.md and name it by its path");
        if (Path.IsPathRooted(path) || path.StartsWith('~') || path.Replace('\\', '/').Split('/').Contains(".."))
            return Fail(DiagnosticCodes.ImageOutside, $"image '{path}' must be a path inside the folder of its file (no '..', no absolute path)");
        var read = ConfinedFile.Read(Path.Combine(folder, path), folder, ImageLimits.MaxBytes);
        if (!read.Ok)
            return read.Problem switch
            {
                FileProblem.Missing => Fail(DiagnosticCodes.ImageMissing, $"image '{path}' not found in {DisplayPath.For(Path.GetFullPath(folder))}"),
                FileProblem.Outside => Fail(DiagnosticCodes.ImageOutside, $"image '{path}' {read.Message}"),
                FileProblem.TooLarge => Fail(DiagnosticCodes.ImageFileTooLarge, $"image '{path}' {read.Message}; images may weigh up to 20 MB"),
                _ => Fail(read.Code(DiagnosticCodes.ImageUndecodable), $"image '{path}' {read.Message}"),
            };
        return Decode(path, read.Bytes!);
    }

    // Images decoded in this process by the SHA-256 of their bytes: a logo every brief's theme names, or a figure built
    // for several templates and both formats, is decoded once. Bounded, so a long watch session starts over.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LoadedImage> Decoded = new(StringComparer.Ordinal);
    private const int CacheLimit = 64;

    /// <summary>Checks and decodes bytes already read (<paramref name="name"/> is said in messages).</summary>
    public static (LoadedImage? Image, ImageProblem? Problem) Decode(string name, byte[] bytes)
    {
        var key = Convert.ToHexString(Caching.Sha256.HashData(bytes));
        if (Decoded.TryGetValue(key, out var known)) return (known, null);
        var (image, problem) = DecodeNew(name, bytes);
        if (image is null) return (null, problem);
        if (Decoded.Count >= CacheLimit) Decoded.Clear();
        return (Decoded.GetOrAdd(key, image), null);
    }

    private static (LoadedImage? Image, ImageProblem? Problem) DecodeNew(string name, byte[] bytes)
    {
        var header = ImageHeader.Read(bytes);
        if (header is null)
            return Fail(DiagnosticCodes.ImageUndecodable, $"image '{name}' is not a PNG, JPEG or SVG file (or its header is cut short)");
        if (header.Format == ImageFormat.Svg) return SvgImage(name, bytes);
        if (header.Width <= 0 || header.Height <= 0)
            return Fail(DiagnosticCodes.ImageUndecodable, $"image '{name}' declares a size of {header.Width} × {header.Height} pixels");
        if (header.Width * header.Height > ImageLimits.MaxPixels)
            return Fail(DiagnosticCodes.ImageTooManyPixels,
                $"image '{name}' declares {header.Width:N0} × {header.Height:N0} pixels ({header.Width * header.Height / 1e6:N0} megapixels), over the limit of 50 megapixels; it was not decoded");
        ImageResult pixels;
        try { pixels = ImageResult.FromMemory(bytes, ColorComponents.RedGreenBlueAlpha); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _ = e; // the decoder's own reasons are terse codes, not sentences
            return Fail(DiagnosticCodes.ImageUndecodable, $"image '{name}' cannot be decoded as {header.Format.ToString().ToUpperInvariant()}: its data is damaged or cut short");
        }
        if (pixels.Width != header.Width || pixels.Height != header.Height || pixels.Data.Length < 4L * pixels.Width * pixels.Height)
            return Fail(DiagnosticCodes.ImageUndecodable, $"image '{name}' decodes to a size other than its header declares");
        // A PNG's pixels are kept for the PDF; a JPEG goes there as it is, but for a CMYK one (set as RGB, see Rendering/Pdf/Writer/ImageWriter).
        var rgba = header.Format == ImageFormat.Png || header.Components == 4 ? pixels.Data : null;
        return (new LoadedImage(header.Format, bytes, (int)header.Width, (int)header.Height, header.Components, rgba)
        {
            HasAlpha = header.Alpha,
            AdobeInverted = header.AdobeInverted,
        }, null);
    }

    private static (LoadedImage?, ImageProblem?) SvgImage(string name, byte[] bytes)
    {
        var (drawing, error) = SvgParser.Parse(bytes);
        if (drawing is null) return Fail(DiagnosticCodes.ImageUndecodable, $"image '{name}' is not an SVG drawing this tool can read: {error}");
        return (new LoadedImage(ImageFormat.Svg, bytes, (int)Math.Ceiling(drawing.Width), (int)Math.Ceiling(drawing.Height), 4, null) { Svg = drawing, HasAlpha = true }, null);
    }

    /// <summary>True for a reference with a URL scheme (<c>https:</c>, <c>data:</c>, <c>file:</c>, …) or starting <c>//</c>.</summary>
    public static bool IsUrl(string path) =>
        path.StartsWith("//", StringComparison.Ordinal)
        || (path.IndexOf(':') is var colon and > 1 && path[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'));

    private static (LoadedImage?, ImageProblem?) Fail(string code, string message) => (null, new ImageProblem(code, message));
}
