using BriefGenerator.Build;
using BriefGenerator.Diagnostics;

namespace BriefGenerator.Cli;

/// <summary>Reads SOURCE_DATE_EPOCH for `build` and `watch`: a value that is not whole seconds in range is a usage error
/// (BG081, exit 2) before anything is built, never an internal error.</summary>
public static class SourceDateEpoch
{
    /// <summary>False after printing the error.</summary>
    public static bool TryRead(TextWriter stderr, out long? epoch)
    {
        try
        {
            epoch = DocumentInfoFactory.EpochFromEnvironment();
            return true;
        }
        catch (FormatException ex)
        {
            stderr.WriteLine($"brief: error {DiagnosticCodes.SourceDateEpochInvalid}: {ex.Message}");
            epoch = null;
            return false;
        }
    }
}
