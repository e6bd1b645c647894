using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BriefGenerator.Build;

/// <summary>Writes JSON trees as indented UTF-8 with readable (unescaped) non-ASCII text. Goes through
/// <see cref="Utf8JsonWriter"/> rather than the reflection-based serializer, so it also works in the native (AOT) build.</summary>
public static class JsonText
{
    internal static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The node as indented UTF-8 bytes.</summary>
    public static byte[] Utf8(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options)) node.WriteTo(writer);
        return buffer.ToArray();
    }

    /// <summary>The node as an indented string.</summary>
    public static string Text(JsonNode node) => System.Text.Encoding.UTF8.GetString(Utf8(node));
}
