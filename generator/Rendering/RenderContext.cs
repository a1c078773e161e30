using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>Everything a page set needs to render: the linked site, the theme, the Markdown renderer and URL builder.</summary>
public sealed record RenderContext(SiteGraph Site, ITemplateEngine Templates, MarkdownRenderer Markdown, SiteUrls Urls, string ThemeDir)
{
    /// <summary>Indexes over <see cref="Site"/> (article positions, each article's events), built once per render.</summary>
    public SiteLookup Lookup { get; } = new(Site);

    private ArticleKeys? keys;
    private bool keysMade;
    private object? keysLock;

    /// <summary>
    /// Short keys standing for whole articles, their facts and the site settings in page fingerprints. Made once, by the
    /// first page set that asks while the others wait: page sets start side by side and most of them ask at once. A build
    /// starts making them while events are linked (see <see cref="Prepared"/>).
    /// </summary>
    public ArticleKeys Keys => keys ?? LazyInitializer.EnsureInitialized(ref keys, ref keysMade, ref keysLock,
        () => Prepared?.Keys.GetAwaiter().GetResult() ?? new ArticleKeys(Site, Knowledge))!;

    private (ActorMentionTables, Dictionary<string, int>)? mentions;
    private bool mentionsMade;
    private object? mentionsLock;

    /// <summary>What the actor pages gather from every article's mentions, with each actor's number (see ActorMentionTables.OfSite).</summary>
    internal (ActorMentionTables Tables, Dictionary<string, int> Number) ActorMentions =>
        mentions ?? LazyInitializer.EnsureInitialized(ref mentions, ref mentionsMade, ref mentionsLock,
            () => Prepared?.Mentions.GetAwaiter().GetResult() ?? ActorMentionTables.OfSite(Site, Keys))!.Value;

    /// <summary>
    /// The article keys and the actor mention tables, begun before this context was made from what they need alone (the
    /// articles, their linked facts and the actors), which is the same in <see cref="Site"/>. Null makes them when first asked.
    /// </summary>
    public RenderPrep? Prepared { get; init; }

    /// <summary>
    /// The key of what extraction knew (knowledge data, curated actors and events): with the program, an article's facts are a
    /// function of the article and this. Null when unknown; facts are then keyed by hashing them whole.
    /// </summary>
    public string? Knowledge { get; init; }

    /// <summary>What the last build rendered into the same output folder; null renders every page.</summary>
    public IRenderedPages? Previous { get; init; }

    /// <summary>
    /// The page at <paramref name="path"/>: kept as the last build wrote it when its fingerprint is unchanged,
    /// otherwise rendered when it is written (so the pages of a large site are never all in memory at once).
    /// Pages that are costly to render (articles, actors, events) come through here.
    /// </summary>
    public OutputFile Page(string path, string fingerprint, Func<byte[]> render) =>
        Previous?.Unchanged(path, fingerprint) == true
            ? OutputFile.KeptAt(path, fingerprint)
            : OutputFile.Deferred(path, render) with { Fingerprint = fingerprint };

    /// <inheritdoc cref="Page(string, string, Func{byte[]})"/>
    public OutputFile Page(string path, string fingerprint, Func<string> render) => Page(path, fingerprint, () => Utf8.Bytes(render()));

    public T Page<T>(T model) where T : PageModel => model;

    /// <summary>Common page fields filled in for a page at <paramref name="url"/>.</summary>
    public PageModel Common(string title, string description, string url, string section) => new()
    {
        SiteTitle = Site.Settings.Title,
        Lang = Site.Settings.Language,
        Base = Urls.Base,
        Title = title,
        Description = description,
        Canonical = Urls.Absolute(url),
        Section = section,
    };
}
