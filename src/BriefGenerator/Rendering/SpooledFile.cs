namespace BriefGenerator.Rendering;

/// <summary>An output a renderer wrote as it went into a temporary file beside its target (a large PDF is then never
/// held in memory whole): the build renames it into place with the brief's other outputs, or deletes it.</summary>
/// <param name="TempPath">The temporary file, in the target's folder.</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="Sha256">The SHA-256 of its bytes, lower-case hex.</param>
public sealed record SpooledFile(string TempPath, long Length, string Sha256);
