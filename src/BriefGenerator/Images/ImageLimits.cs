namespace BriefGenerator.Images;

/// <summary>What an image may weigh: checked on the file's size and on the dimensions its header declares, before any
/// pixel is decoded, so a small file that would inflate to gigabytes (a decompression bomb) is refused unread.</summary>
public static class ImageLimits
{
    /// <summary>Largest image file: 20 MB.</summary>
    public const long MaxBytes = 20_000_000;

    /// <summary>Most pixels an image may declare: 50 megapixels.</summary>
    public const long MaxPixels = 50_000_000;
}
