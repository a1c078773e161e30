using System.Collections.Immutable;
using System.Text.Json;

namespace BriefingSite.Publishing;

/// <summary>
/// What the previous build published, read from its JSON API (output/api/articles.json, actors.json, events.json)
/// before Publishing replaces it. A list that is missing or unreadable is unknown (null), never guessed.
/// </summary>
public sealed record PreviousBuild(ImmutableHashSet<string>? Articles, ImmutableHashSet<string>? Actors, ImmutableHashSet<string>? Events)
{
    private static readonly string[] Lists = ["articles.json", "actors.json", "events.json"];
    private const string Header = "briefing-published 1";

    public static PreviousBuild Read(string outputDir)
    {
        var api = Path.Combine(outputDir, "api");
        return new PreviousBuild(Slugs(Path.Combine(api, Lists[0])), Slugs(Path.Combine(api, Lists[1])), Slugs(Path.Combine(api, Lists[2])));
    }

    /// <summary>
    /// As <see cref="Read(string)"/>, from the slugs <see cref="Record"/> kept in <paramref name="cacheDir"/> when the three
    /// API files are still exactly the ones it recorded (size and time): parsing tens of megabytes of JSON is then not needed.
    /// </summary>
    public static PreviousBuild Read(string outputDir, string? cacheDir)
    {
        if (cacheDir is null) return Read(outputDir);
        try
        {
            var path = RecordPath(cacheDir, outputDir);
            if (!File.Exists(path)) return Read(outputDir);
            using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
            if (reader.ReadLine() != Header || reader.ReadLine() != Stamps(outputDir)) return Read(outputDir);
            var sets = Lists.Select(_ => ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal)).ToArray();
            var k = -1;
            while (reader.ReadLine() is { } line)
                if (line.Length == 0) k++;
                else if (k >= 0 && k < sets.Length) sets[k].Add(line);
            return k == sets.Length - 1 ? new PreviousBuild(sets[0].ToImmutable(), sets[1].ToImmutable(), sets[2].ToImmutable()) : Read(outputDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Read(outputDir);
        }
    }

    /// <summary>Keeps the slugs just published into <paramref name="outputDir"/>, for the next build's <see cref="Read(string, string?)"/>.</summary>
    public static void Record(string cacheDir, string outputDir, IEnumerable<string> articles, IEnumerable<string> actors, IEnumerable<string> events)
    {
        try
        {
            var sb = new System.Text.StringBuilder(Header).Append('\n').Append(Stamps(outputDir)).Append('\n');
            foreach (var list in new[] { articles, actors, events })
            {
                sb.Append('\n');
                foreach (var slug in list.Where(s => s.Length > 0 && !s.Contains('\n') && !s.Contains('\r'))) sb.Append(slug).Append('\n');
            }
            Incremental.CacheFolder.WriteAtomically(RecordPath(cacheDir, outputDir), System.Text.Encoding.UTF8.GetBytes(sb.ToString()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next build reads the JSON instead.
        }
    }

    private static string RecordPath(string cacheDir, string outputDir) =>
        Path.Combine(cacheDir, "published", Incremental.CacheFolder.Hash(Path.GetFullPath(outputDir)) + ".txt");

    /// <summary>Size and time of each API list as it is now; "-" for a missing one.</summary>
    private static string Stamps(string outputDir) => string.Join(" ", Lists.Select(name =>
    {
        var info = new FileInfo(Path.Combine(outputDir, "api", name));
        return info.Exists ? FormattableString.Invariant($"{info.Length}:{info.LastWriteTimeUtc.Ticks}") : "-";
    }));

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
