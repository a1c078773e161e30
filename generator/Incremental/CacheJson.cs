using System.Text.Json.Serialization;

namespace BriefingSite.Incremental;

/// <summary>Compile-time JSON for cache entries: no reflection at startup, and new model fields are picked up by the generator.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(ArticleCacheEntry))]
internal sealed partial class CacheJson : JsonSerializerContext;
