using System.Collections.Immutable;
using BriefingSite.Cli;
using BriefingSite.Diagnostics;
using BriefingSite.Model;
using BriefingSite.Normalize;

namespace BriefingSite.Incremental;

/// <summary>
/// Normalization and extraction of every article for one build, reused from earlier builds where possible. An article
/// file unchanged since the last build's <see cref="ArticleSnapshot"/> is not even read: its article, diagnostics and
/// facts come from the snapshot. Other files are read, and their results come from the per-article
/// <see cref="ArticleCache"/> or are computed. Without a cache folder (dry runs, <c>--no-cache</c>) everything is computed.
/// Either way the results, and so the site, are those of a clean build.
/// </summary>
public sealed class ArticleReuse
{
    private readonly DateTime startedUtc;
    private readonly Dictionary<string, SnapshotEntry> reused = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RawArticle> fresh = new(StringComparer.Ordinal);
    private ArticleCache? cache;
    private ArticleSnapshot? snapshot;
    private List<SnapshotEntry?> pending = [];

    private ArticleReuse(string? cacheDir, DateTime startedUtc, BuildOptions options, CancellationToken stop)
    {
        CacheDir = cacheDir;
        this.startedUtc = startedUtc;
        if (cacheDir is null) return;
        cache = new ArticleCache(cacheDir, CacheFolder.ProgramId, deferWrites: true);
        snapshot = ArticleSnapshot.Open(cacheDir, options, stop);
    }

    /// <param name="startedUtc">When the build started, before any file was stamped or read.</param>
    /// <param name="stop">Stops reading the snapshot (see <see cref="ArticleSnapshot.Open"/>).</param>
    public static ArticleReuse Open(BuildOptions options, DateTime startedUtc, CancellationToken stop = default) =>
        new(options.DryRun ? null : CacheFolder.For(options), startedUtc, options, stop);

    /// <summary>The cache folder, or null when this build neither reads nor writes one.</summary>
    public string? CacheDir { get; }

    /// <summary>For <see cref="Ingest.ContentReader"/>: the article files that need not be read.</summary>
    public Predicate<FileStamp>? Unchanged => snapshot is null ? null : snapshot.Unchanged;

    /// <summary>
    /// Every article of <paramref name="content"/>, read or unread, normalized, sorted by path. An unread article
    /// brings every diagnostic reading and normalizing it gave; a read one only those of normalizing (reading's are in
    /// <paramref name="readDiagnostics"/>, kept here for the snapshot).
    /// </summary>
    public List<StageResult<Article>> Normalize(ContentSet content, ImmutableArray<Diagnostic> readDiagnostics)
    {
        var computed = content.Articles.AsParallel().AsOrdered()
            .Select(raw => cache is null ? ArticleNormalizer.Run(raw) : cache.Normalize(raw, ArticleNormalizer.Run)).ToList();
        var old = content.UnreadArticles.Select(p => snapshot?.Find(p) ?? throw new InvalidOperationException($"'{p}' was left unread but is not in the snapshot")).ToList();
        var stamps = content.ArticleStamps.ToDictionary(s => s.Path, StringComparer.Ordinal);
        var byPath = readDiagnostics.Where(d => d.At is not null).ToLookup(d => d.At!.Path, StringComparer.Ordinal);

        // Both lists are sorted by path: merge them.
        var result = new List<StageResult<Article>>(computed.Count + old.Count);
        pending = new List<SnapshotEntry?>(computed.Count + old.Count);
        int i = 0, j = 0;
        while (i < computed.Count || j < old.Count)
        {
            if (j == old.Count || (i < computed.Count && string.CompareOrdinal(content.Articles[i].File.RelativePath, old[j].Stamp.Path) < 0))
            {
                var raw = content.Articles[i];
                var n = computed[i++];
                result.Add(n);
                fresh.TryAdd(n.Value.Origin.Path, raw);
                // A file without a stamp (a link) is read by every build.
                pending.Add(cache is null || !stamps.TryGetValue(raw.File.RelativePath, out var stamp) ? null
                    : new SnapshotEntry(stamp, [.. byPath[raw.File.DisplayPath], .. n.Diagnostics], n.Value, null, null, null));
            }
            else
            {
                var e = old[j++];
                result.Add(new StageResult<Article>(e.Article, e.Diagnostics));
                reused.TryAdd(e.Article.Origin.Path, e);
                pending.Add(e);
            }
        }
        return result;
    }

    /// <summary>
    /// The facts of <paramref name="article"/> (normalized by <see cref="Normalize"/>, with its final slug) under the
    /// extraction knowledge <paramref name="knowledgeKey"/>. Thread-safe.
    /// </summary>
    public ArticleFacts Facts(Article article, string knowledgeKey, Func<Article, ArticleFacts> extract)
    {
        if (reused.TryGetValue(article.Origin.Path, out var e))
            return e.Facts is { } kept && e.FactsSlug == article.Slug && e.FactsKnowledge == knowledgeKey ? kept : extract(article);
        return cache is not null && fresh.TryGetValue(article.Origin.Path, out var raw) ? cache.Facts(raw, article, knowledgeKey, extract) : extract(article);
    }

    /// <summary>
    /// Starts saving the snapshot for the next build, unless it would hold what it already holds, then lets go of every
    /// article. <paramref name="articles"/> are the published articles with their final slugs, <paramref name="facts"/>
    /// their facts (same order), extracted under <paramref name="knowledgeKey"/>. The returned task ends when the per-article
    /// cache entries extraction made and the snapshot are written: beside linking and rendering, which only read the same
    /// articles and facts, not on the cores that were extracting.
    /// </summary>
    public Task Finish(IReadOnlyList<Article> articles, IReadOnlyList<ArticleFacts> facts, string knowledgeKey)
    {
        var saving = Task.CompletedTask;
        // The per-article entries extraction made are written first, on the snapshot's background task. There are some only
        // when articles were read and extracted, and then the snapshot changes too, so that task always runs for them.
        var articleCache = cache;
        if (snapshot is { } saved)
        {
            var index = new Dictionary<string, int>(articles.Count, StringComparer.Ordinal);
            for (var k = 0; k < articles.Count; k++) index.TryAdd(articles[k].Origin.Path, k);
            var entries = new List<SnapshotEntry>(pending.Count);
            var same = fresh.Count == 0 && snapshot.Count == reused.Count;
            foreach (var p in pending)
            {
                if (p is null) continue;
                // An entry that holds what it held stays the same object: the snapshot writes only entries it did not give.
                var (slug, known, kept) = index.TryGetValue(p.Article.Origin.Path, out var k) ? (articles[k].Slug, knowledgeKey, facts[k]) : (null, null, null);
                var entry = p.FactsSlug == slug && p.FactsKnowledge == known && ReferenceEquals(p.Facts, kept)
                    ? p
                    : p with { FactsSlug = slug, FactsKnowledge = known, Facts = kept };
                same = same && ReferenceEquals(entry, p);
                entries.Add(entry);
            }
            var started = startedUtc;
            if (!same) saving = Task.Run(() =>
            {
                articleCache?.WriteDeferred();
                saved.Save(entries, started);
            });
        }
        pending = [];
        cache = null;
        snapshot = null;
        fresh.Clear();
        reused.Clear();
        return saving;
    }
}
