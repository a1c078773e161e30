using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using BriefingSite.Diagnostics;
using BriefingSite.Model;
using BriefingSite.Normalize;

namespace BriefingSite.Incremental;

/// <summary>
/// Per-article cache of normalization and extraction, one file per article in <c>&lt;cache&gt;/articles/</c>.
/// Normalization is keyed by (program, normalizer version, file path, content hash, format); facts additionally by the
/// article's final slug and the extraction knowledge's fingerprint (knowledge data and curated actors). A missing,
/// stale or unreadable entry is recomputed; writes go through a temporary file and a rename. Thread-safe.
/// </summary>
public sealed class ArticleCache
{
    private readonly string folder;
    private readonly string programId;
    private readonly ConcurrentDictionary<string, ArticleCacheEntry> loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ArticleCacheEntry>? unwritten;

    /// <param name="deferWrites">
    /// New entries are kept until <see cref="WriteDeferred"/> instead of written at once: a build writes them beside linking
    /// and rendering, not on the cores that are extracting.
    /// </param>
    public ArticleCache(string cacheDir, string programId, bool deferWrites = false)
    {
        folder = Path.Combine(cacheDir, "articles");
        this.programId = programId;
        if (deferWrites) unwritten = new ConcurrentQueue<ArticleCacheEntry>();
    }

    /// <summary>Writes the entries kept back by <c>deferWrites</c>, one after another.</summary>
    public void WriteDeferred()
    {
        if (unwritten is null) return;
        while (unwritten.TryDequeue(out var entry)) Write(entry);
    }

    /// <summary>The layout of an entry (<see cref="CacheJson.Compact"/>): part of every key, so an entry in another layout is never read.</summary>
    internal const string Format = "compact-2";

    public string NormalizeKey(RawArticle raw) => CacheFolder.Hash("normalize", Format, programId, ArticleNormalizer.Version.ToString(CultureInfo.InvariantCulture),
        raw.File.RelativePath, raw.File.DisplayPath, raw.File.ContentHash, raw.Format.ToString());

    public static string FactsKey(string normalizeKey, string slug, string knowledgeFingerprint) =>
        CacheFolder.Hash("facts", normalizeKey, slug, knowledgeFingerprint);

    /// <summary>The normalized article, from the cache when its key matches, else from <paramref name="normalize"/> (and remembered).</summary>
    public StageResult<Article> Normalize(RawArticle raw, Func<RawArticle, StageResult<Article>> normalize)
    {
        var key = NormalizeKey(raw);
        if (Read(key) is { } hit && hit.Key == key) return new(hit.Article, hit.Diagnostics);
        var result = normalize(raw);
        // Written once, with its facts (see Facts): a clean build writes each entry once.
        loaded[key] = new ArticleCacheEntry(key, result.Value, result.Diagnostics, null, null);
        return result;
    }

    /// <summary>
    /// The facts of <paramref name="article"/> (normalized from <paramref name="raw"/>, with its final slug), from the cache
    /// when the facts key matches, else from <paramref name="extract"/> (and remembered).
    /// </summary>
    public ArticleFacts Facts(RawArticle raw, Article article, string knowledgeFingerprint, Func<Article, ArticleFacts> extract)
    {
        var key = NormalizeKey(raw);
        var factsKey = FactsKey(key, article.Slug, knowledgeFingerprint);
        var entry = loaded.TryGetValue(key, out var e) ? e : Read(key);
        if (entry is { Facts: { } cached } && entry.FactsKey == factsKey) return cached;
        var facts = extract(article);
        if (entry is not null && entry.Key == key)
        {
            var updated = entry with { FactsKey = factsKey, Facts = facts };
            if (unwritten is not null) unwritten.Enqueue(updated);
            else Write(updated);
        }
        return facts;
    }

    private string PathOf(string key) => Path.Combine(folder, key[..2], key + ".json");

    private ArticleCacheEntry? Read(string key)
    {
        try
        {
            var path = PathOf(key);
            if (!File.Exists(path)) return null;
            var entry = Parse(File.ReadAllBytes(path));
            if (entry is null || entry.Key != key || entry.Article is null) return null;
            loaded[key] = entry;
            return entry;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return null; // a corrupt or unreadable entry is recomputed, never fatal
        }
    }

    internal static ArticleCacheEntry? Parse(byte[] json) => JsonSerializer.Deserialize(json, CacheJson.Compact.ArticleCacheEntry);

    internal static byte[] Serialize(ArticleCacheEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, CacheJson.Compact.ArticleCacheEntry);

    private void Write(ArticleCacheEntry entry)
    {
        try
        {
            CacheFolder.WriteAtomically(PathOf(entry.Key), Serialize(entry));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or InvalidOperationException)
        {
            // Only the next build's shortcut is lost.
        }
    }
}
