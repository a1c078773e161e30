using System.Collections.Immutable;
using BriefingSite.Model;

namespace BriefingSite.Linking;

/// <summary>Turns a cluster of article events into one <see cref="Event"/>: the best title, the most precise date, happened once any article reports it, coverage oldest report first.</summary>
public static class EventAssembler
{
    public static Event Build(IReadOnlyList<EventItem> cluster)
    {
        // Oldest report first; the position in the cluster breaks ties, as a stable sort would.
        var order = new int[cluster.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (p, q) =>
        {
            var c = (cluster[p].Article.Date ?? NoDate).CompareTo(cluster[q].Article.Date ?? NoDate);
            if (c == 0) c = string.CompareOrdinal(cluster[p].Article.Slug, cluster[q].Article.Slug);
            return c != 0 ? c : p.CompareTo(q);
        });
        var byArticle = new EventItem[order.Length];
        for (var i = 0; i < order.Length; i++) byArticle[i] = cluster[order[i]];
        // The first of the best: named, then the title its own words earned, then the longest title.
        var best = byArticle[0];
        var bestQuality = TitleQuality(best);
        foreach (var i in byArticle)
        {
            var quality = TitleQuality(i);
            // A deed told without an event word names the event worse than any event word.
            var c = (i.Mention.Kind != EventClustering.Generic).CompareTo(best.Mention.Kind != EventClustering.Generic);
            if (c == 0) c = (i.Mention.Name is not null).CompareTo(best.Mention.Name is not null);
            if (c == 0) c = quality.CompareTo(bestQuality);
            if (c == 0) c = i.Mention.Title.Length.CompareTo(best.Mention.Title.Length);
            if (c > 0) (best, bestQuality) = (i, quality);
        }
        var happened = 0;
        foreach (var i in byArticle) if (!i.Mention.Planned) happened++;
        // The most precise date, from a report of the event when one has a date, else from any mention.
        EventItem? dated = null;
        foreach (var i in byArticle)
            if (i.Mention.Date is { } d && (happened == 0 || !i.Mention.Planned) && (dated is null || d.Precision > dated.Mention.Date!.Value.Precision)) dated = i;
        foreach (var i in byArticle)
            if (i.Mention.Date is { } d && (dated is null || d.Precision > dated.Mention.Date!.Value.Precision)) dated = i;
        // An event that lasts several days ("talks on May 20 and 21") is dated by its month, though another telling gives the
        // day it opened.
        if (dated?.Mention.Date is { Precision: DatePrecision.Day } day)
            foreach (var i in byArticle)
                if (i.Mention.Date is { Precision: DatePrecision.Month } month && month.Year == day.Year && month.Month == day.Month
                    && EventDaySpans.Of(i.Mention.DateText) is { } days && day.Day >= days.First && day.Day <= days.Last)
                {
                    dated = i;
                    break;
                }
        string? place = null;
        foreach (var i in byArticle)
            if (i.Mention.Place is { } p && (place is null || p.Length > place.Length || p.Length == place.Length && string.CompareOrdinal(p, place) < 0)) place = p;
        var coverage = ImmutableArray.CreateBuilder<EventCoverage>(byArticle.Length);
        var articles = ImmutableArray.CreateBuilder<string>(byArticle.Length);
        var titles = new List<string>();
        var participants = new List<string>();
        foreach (var i in byArticle)
        {
            coverage.Add(new EventCoverage(i.Article.Slug, i.Article.Date, i.Mention.Planned, SentenceIds(i)) { Spans = i.Mention.References });
            articles.Add(i.Article.Slug);
            if (i.Mention.Title != best.Mention.Title && !titles.Contains(i.Mention.Title)) titles.Add(i.Mention.Title);
            participants.AddRange(i.Participants);
        }
        participants.Sort(StringComparer.Ordinal);
        var actors = ImmutableArray.CreateBuilder<string>(participants.Count);
        foreach (var p in participants)
            if (actors.Count == 0 || actors[^1] != p) actors.Add(p);
        return new Event("", best.Mention.Title, dated?.Mention.Date, happened == 0, place, actors.ToImmutable(), articles.MoveToImmutable())
        {
            // "Final debate at Harlow Hall", found without an event word: its head noun still says what kind it is.
            Kind = best.Mention.Kind == EventClustering.Generic ? Extraction.Events.EventTitles.KindOfHead(best.Mention.Title) ?? best.Mention.Kind : best.Mention.Kind,
            Coverage = coverage.MoveToImmutable(),
            Aliases = [.. titles],
        };
    }

    private static readonly PartialDate NoDate = new(9999, 12, 31);

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
            : DocSentence.IdOf(paragraph, sentence);
}
