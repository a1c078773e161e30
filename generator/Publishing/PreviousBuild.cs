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
    /// <remarks>Read as a stream, skipping every other value: the articles list of a large site is tens of megabytes.</remarks>
    private static ImmutableHashSet<string>? Slugs(string file)
    {
        if (!File.Exists(file)) return null;
        try
        {
            var r = new Utf8JsonReader(File.ReadAllBytes(file));
            if (!r.Read()) return null;
            if (r.TokenType == JsonTokenType.StartObject)
                while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                {
                    r.Read();
                    if (r.TokenType == JsonTokenType.StartArray) break;
                    r.Skip();
                }
            if (r.TokenType != JsonTokenType.StartArray) return null;
            var slugs = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            while (r.Read() && r.TokenType != JsonTokenType.EndArray)
            {
                if (r.TokenType != JsonTokenType.StartObject) { r.Skip(); continue; }
                string? slug = null;
                while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                {
                    var isSlug = r.ValueTextEquals("slug"u8);
                    r.Read();
                    if (isSlug && r.TokenType == JsonTokenType.String) slug = r.GetString();
                    else r.Skip();
                }
                if (slug is not null) slugs.Add(slug);
            }
            return slugs.ToImmutable();
        }
        catch (Exception e) when (e is JsonException or IOException or InvalidOperationException)
        {
            return null;
        }
    }
}
