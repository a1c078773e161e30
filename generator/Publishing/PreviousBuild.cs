using System.Collections.Immutable;
using System.Text.Json;

namespace BriefingSite.Publishing;

/// <summary>
/// What the previous build published, read from its JSON API (output/api/articles.json, actors.json, events.json)
/// before Publishing replaces it. A list that is missing or unreadable is unknown (null), never guessed.
/// </summary>
public sealed record PreviousBuild(ImmutableHashSet<string>? Articles, ImmutableHashSet<string>? Actors, ImmutableHashSet<string>? Events)
{
    public static PreviousBuild Read(string outputDir)
    {
        var api = Path.Combine(outputDir, "api");
        return new PreviousBuild(Slugs(Path.Combine(api, "articles.json")), Slugs(Path.Combine(api, "actors.json")), Slugs(Path.Combine(api, "events.json")));
    }

    /// <summary>The "slug" of every object in a JSON array (or in the first array property of a JSON object).</summary>
    private static ImmutableHashSet<string>? Slugs(string file)
    {
        if (!File.Exists(file)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            var list = doc.RootElement;
            if (list.ValueKind == JsonValueKind.Object)
                list = list.EnumerateObject().Select(p => p.Value).FirstOrDefault(v => v.ValueKind == JsonValueKind.Array);
            if (list.ValueKind != JsonValueKind.Array) return null;
            return list.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("slug", out var s) && s.ValueKind == JsonValueKind.String)
                .Select(e => e.GetProperty("slug").GetString()!)
                .ToImmutableHashSet(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null;
        }
    }
}
