using System.Text.Json.Serialization;

namespace BriefGenerator.Build;

/// <summary>Compile-time JSON metadata for the cache file, so a cold <c>brief build</c> does not build the
/// serializer's metadata by reflection. Writes the same JSON as the reflection-based serializer.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, CacheEntry>))]
internal sealed partial class BuildCacheJson : JsonSerializerContext;
