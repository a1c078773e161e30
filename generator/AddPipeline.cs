using System.Collections.Immutable;
using BriefingSite.Cli;
using BriefingSite.Diagnostics;
using BriefingSite.Ingest;
using BriefingSite.Model;
using BriefingSite.Normalize;
using BriefingSite.Publishing;

namespace BriefingSite;

/// <summary>
/// `add`, step by step: read each file (the one door where a legacy encoding is converted) → normalize → refuse
/// duplicates → write content/articles/&lt;date&gt;-&lt;slug&gt;.md → build the site before and after (dry runs)
/// to tell which actors and events the new articles bring.
/// </summary>
public static class AddPipeline
{
    public static AddReport Run(BuildOptions options, IReadOnlyList<string> files)
    {
        var dry = options with { DryRun = true };
        // The site before: what counts as "new" is measured against it.
        var before = BuildPipeline.Run(dry);
        var existing = ExistingArticles(options.ContentDir);
        var articlesDir = Path.Combine(options.ContentDir, "articles");
        var display = options.ContentDir.Replace('\\', '/').TrimEnd('/') + "/articles/";

        var items = new List<AddedArticle>();
        foreach (var path in files)
        {
            var imported = ArticleImporter.Read(path);
            if (imported.Article is not { } raw || imported.Diagnostics.Any(d => d.IsError))
            {
                items.Add(Failed(path, imported.EncodingNote, imported.Diagnostics));
                continue;
            }
            var normalized = ArticleNormalizer.Run(raw);
            var article = normalized.Value;
            var diags = imported.Diagnostics.AddRange(normalized.Diagnostics);
            if (DuplicateFinder.Find(article, existing) is { } dup)
            {
                items.Add(Item(path, AddOutcome.AlreadyPresent, article, null, null, dup.Existing.Origin.Path, dup.Reason, imported.EncodingNote, diags));
                continue;
            }
            var name = ArticleFileText.FileName(article);
            var written = ContentArticleWriter.Write(articlesDir, name, ArticleFileText.Of(article));
            if (written is null)
            {
                items.Add(Item(path, AddOutcome.AlreadyPresent, article, null, null, display + name, "identical file", imported.EncodingNote, diags));
                continue;
            }
            existing.Add(article);
            items.Add(Item(path, AddOutcome.Added, article, display + written.FileName, written.Renamed ? name : null, null, null, imported.EncodingNote, diags));
        }

        if (!items.Any(i => i.Outcome == AddOutcome.Added) || !before.Succeeded)
            return new AddReport([.. items], before.Succeeded, before.Diagnostics.Where(d => d.IsError).ToImmutableArray());
        // The site after: the same build with the new files, so names are what the site will show.
        var after = BuildPipeline.Run(dry);
        if (!after.Succeeded)
            return new AddReport([.. items], false, after.Diagnostics.Where(d => d.IsError).ToImmutableArray());
        return new AddReport([.. items.Select(i => WithFacts(i, before.Site!, after.Site!))], true, []);
    }

    /// <summary>Every article already in the content folder, drafts and all, normalized as a build would.</summary>
    private static List<Article> ExistingArticles(string contentDir)
    {
        var content = ContentReader.Run(contentDir).Value;
        return content is null ? [] : content.Articles.Select(r => ArticleNormalizer.Run(r).Value).ToList();
    }

    private static AddedArticle WithFacts(AddedArticle item, SiteGraph before, SiteGraph after)
    {
        if (item.Outcome != AddOutcome.Added) return item;
        var built = after.Articles.FirstOrDefault(a => a.Origin.Path == item.WrittenPath);
        if (built is null) return item; // a draft: not in the site
        var slug = built.Slug;
        var actors = after.Actors.Where(a => a.Articles.Contains(slug)).ToList();
        var events = after.Events.Where(e => e.Articles.Contains(slug)).ToList();
        var facts = after.Facts.GetValueOrDefault(slug);
        var actorNames = actors.Count > 0 || facts is null
            ? actors.Select(a => a.Name)
            : facts.Mentions.Select(m => m.Name);
        var eventNames = events.Count > 0 || facts is null
            ? events.Select(e => e.Title)
            : facts.Events.Select(e => e.Title);
        var knownActors = before.Actors.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        var knownEvents = before.Events.Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);
        return item with
        {
            Article = built,
            Actors = Sorted(actorNames),
            Events = Sorted(eventNames),
            NewActors = Sorted(actors.Where(a => !knownActors.Contains(a.Slug)).Select(a => a.Name)),
            NewEvents = Sorted(events.Where(e => !knownEvents.Contains(e.Slug)).Select(e => e.Title)),
        };
    }

    private static ImmutableArray<string> Sorted(IEnumerable<string> names) =>
        names.SortedDistinct();

    private static AddedArticle Failed(string path, string? note, ImmutableArray<Diagnostic> diags) =>
        Item(path, AddOutcome.Failed, null, null, null, null, null, note, diags);

    private static AddedArticle Item(string path, AddOutcome outcome, Article? article, string? written, string? renamedFrom,
        string? duplicateOf, string? reason, string? note, ImmutableArray<Diagnostic> diags) =>
        new(path, outcome, article, written, renamedFrom, duplicateOf, reason, note, [], [], [], [], diags);
}
