using System.Collections.Immutable;
using BriefingSite.Model;

namespace BriefingSite.Linking;

/// <summary>Turns a cluster of article events into one <see cref="Event"/>: the best title, the most precise date, happened once any article reports it, coverage oldest report first.</summary>
public static class EventAssembler
{
    public static Event Build(IReadOnlyList<EventItem> cluster)
    {
        var byArticle = cluster.OrderBy(i => i.Article.Date ?? new PartialDate(9999, 12, 31)).ThenBy(i => i.Article.Slug, StringComparer.Ordinal).ToList();
        var best = byArticle.OrderByDescending(i => i.Mention.Name is not null).ThenByDescending(TitleQuality)
            .ThenByDescending(i => i.Mention.Title.Length).First();
        var happened = byArticle.Where(i => !i.Mention.Planned).ToList();
        var dated = (happened.Count > 0 ? happened : byArticle).Concat(byArticle).Where(i => i.Mention.Date is not null)
            .OrderByDescending(i => i.Mention.Date!.Value.Precision).FirstOrDefault();
        var place = byArticle.Select(i => i.Mention.Place).OfType<string>().OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).FirstOrDefault();
        var coverage = byArticle.Select(i => new EventCoverage(i.Article.Slug, i.Article.Date, i.Mention.Planned, SentenceIds(i)) { Spans = i.Mention.References }).ToImmutableArray();
        var titles = byArticle.Select(i => i.Mention.Title).Where(t => t != best.Mention.Title).Distinct(StringComparer.Ordinal).ToImmutableArray();
        return new Event("", best.Mention.Title, dated?.Mention.Date, happened.Count == 0, place,
            byArticle.SelectMany(i => i.Participants).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(),
            coverage.Select(c => c.ArticleSlug).ToImmutableArray())
        {
            Kind = best.Mention.Kind,
            Coverage = coverage,
            Aliases = titles,
        };
    }

    /// <summary>The title a mention's own words earned: a name beats a descriptive title, which beats a bare noun.</summary>
    private static int TitleQuality(EventItem i)
    {
        var t = i.Mention.Title;
        var capitals = t.Split(' ').Skip(1).Count(w => w.Length > 0 && char.IsUpper(w[0]));
        return capitals + (t.Contains(' ') ? 1 : 0);
    }

    private static ImmutableArray<string> SentenceIds(EventItem i) =>
        i.Mention.References.IsDefaultOrEmpty
            ? [Sentence(i.Facts, i.Mention.Paragraph, i.Mention.Sentence)]
            : i.Mention.References.Select(r => Sentence(i.Facts, r.Paragraph, r.Sentence)).Distinct(StringComparer.Ordinal).ToImmutableArray();

    private static string Sentence(ArticleFacts facts, int paragraph, int sentence) =>
        paragraph < facts.Paragraphs.Length && sentence < facts.Paragraphs[paragraph].Sentences.Length
            ? facts.Paragraphs[paragraph].Sentences[sentence].Id
            : Rendering.MarkdownRenderer.SentenceId(paragraph, sentence);
}
