using System.Collections.Concurrent;
using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>The Rendering stage: turns the linked site into output files, one page set after another. No disk writes.</summary>
public static class SiteRenderer
{
    /// <summary>
    /// Every page set. Adding an output kind is one line here. They are started in this order, the costliest first: the actor
    /// pages and the actor and article API files run mostly on one core each, the article and event pages on every core,
    /// and the small ones fill in (the order of the output does not depend on it).
    /// </summary>
    private static readonly IPageSet[] PageSets =
    [
        new ActorPageSet(),
        new ActorApiFiles(),
        new ArticlePageSet(),
        new EventPageSet(),
        new Feeds.FeedPageSet(),
        new TimelinePageSet(),
        new ArticleListPageSet(),
        new Search.SearchPageSet(),
        new EventsApi(),
        new HomePageSet(),
        new ActorIndexPageSet(),
        new EventListPageSet(),
        new NotFoundPageSet(),
        new HostingFiles(),
        new ThemeAssets(),
    ];

    public static StageResult<ImmutableArray<OutputFile>> Run(RenderContext context)
    {
        var files = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        // Page sets are independent of each other: they run side by side (the single-file ones, such as the API files and
        // lists, would otherwise leave a core idle), and their files are gathered in the fixed order of the list.
        // Handed out one at a time (a PLINQ range split of the list gave one core the three costliest sets while the other idled).
        var sets = Partitioner.Create(PageSets, loadBalance: true).AsParallel().AsOrdered().Select(set => set.Render(context).ToList()).ToList();
        foreach (var file in sets.SelectMany(f => f))
            if (!files.TryAdd(file.RelativePath, file))
                throw new InvalidOperationException($"two outputs want {file.RelativePath}");
        // The sitemap comes after every page set: it lists exactly the pages they produced.
        foreach (var file in Discovery.SitemapFiles.Render(context, files.Keys.ToList()))
            if (!files.TryAdd(file.RelativePath, file))
                throw new InvalidOperationException($"two outputs want {file.RelativePath}");
        ImmutableArray<Diagnostic> notes = context.Urls.HasHost ? [] : [Messages.NoPublicHost()];
        return new StageResult<ImmutableArray<OutputFile>>(
            files.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToImmutableArray(), notes);
    }
}
