using System.Text.Json.Serialization;

namespace BriefGenerator.Diff;

/// <summary>Source-generated JSON for the snapshots a build keeps (no reflection, so the native binary can read them).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BriefSnapshot))]
internal sealed partial class SnapshotJson : JsonSerializerContext;
