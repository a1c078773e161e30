using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>The Rendering stage: turns the linked site into output files, one page set after another. No disk writes.</summary>
public static class SiteRenderer
{
    /// <summary>Every page set, in order. Adding an output kind is one line here.</summary>
    private static readonly IPageSet[] PageSets =
    [
        new ThemeAssets(),
        new HomePageSet(),
        new ArticlePageSet(),
        new ArticleListPageSet(),
        new ActorIndexPageSet(),
        new ActorPageSet(),
        new ActorApiFiles(),
        new EventListPageSet(),
        new EventPageSet(),
        new TimelinePageSet(),
        new EventsApi(),
        new NotFoundPageSet(),
        new HostingFiles(),
        new Feeds.FeedPageSet(),
        new Search.SearchPageSet(),
    ];

    public static StageResult<ImmutableArray<OutputFile>> Run(RenderContext context)
    {
        var files = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        // Page sets are independent of each other: they run side by side (the single-file ones, such as the API files and
        // lists, would otherwise leave a core idle), and their files are gathered in the fixed order of the list.
        var sets = PageSets.AsParallel().AsOrdered().Select(set => set.Render(context).ToList()).ToList();
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
