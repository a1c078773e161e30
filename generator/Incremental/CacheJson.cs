using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingSite.Incremental;

/// <summary>Compile-time JSON for cache entries: no reflection at startup, and new model fields are picked up by the generator.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(ArticleCacheEntry))]
internal sealed partial class CacheJson : JsonSerializerContext
{
    /// <summary>
    /// The article cache's layout: sentences as offsets into their paragraph, dates as three numbers, no null members,
    /// and text unescaped beyond what JSON needs (the files are never embedded in a page). Bump
    /// <see cref="ArticleCache.Format"/> when it changes.
    /// </summary>
    public static CacheJson Compact { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new ParagraphJsonConverter(), new DateJsonConverter() },
    });
}
