using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Linking;

/// <summary>Applies editors' event files: each selects extracted events (slug, merge, aliases), merges them into one and overrides what it states; or adds an event; or suppresses.</summary>
public static class CuratedEventApplier
{
    public static List<Event> Apply(List<Event> events, ImmutableArray<CuratedEvent> curated, IReadOnlySet<string> knownActors,
        ImmutableArray<Diagnostic>.Builder diags)
    {
        var bySlug = new Dictionary<string, CuratedEvent>(StringComparer.Ordinal);
        var result = events.ToList();
        foreach (var c in curated)
        {
            if (!bySlug.TryAdd(c.Slug, c)) { diags.Add(Messages.EventSlugDuplicate(c.Origin, c.Slug, bySlug[c.Slug].Origin.Path)); continue; }
            foreach (var m in c.Merge.Where(m => result.All(e => e.Slug != m))) diags.Add(Messages.EventMergeUnknown(c.Origin, m));
            foreach (var a in c.Actors.Where(a => !knownActors.Contains(a))) diags.Add(Messages.EventActorUnknown(c.Origin, a));
            var selected = result.Where(e => e.Slug == c.Slug || c.Merge.Contains(e.Slug)
                || c.Aliases.Any(a => string.Equals(a, e.Title, StringComparison.OrdinalIgnoreCase) || e.Aliases.Contains(a, StringComparer.OrdinalIgnoreCase))).ToList();
            result.RemoveAll(selected.Contains);
            if (c.Suppress)
            {
                if (selected.Count == 0) diags.Add(Messages.EventSuppressUnmatched(c.Origin));
                continue;
            }
            result.Add(Combine(c, selected, knownActors));
        }
        return result;
    }

    private static Event Combine(CuratedEvent c, List<Event> selected, IReadOnlySet<string> knownActors)
    {
        var coverage = selected.SelectMany(e => e.Coverage).GroupBy(v => v.ArticleSlug, StringComparer.Ordinal)
            .Select(g => new EventCoverage(g.Key, g.First().ArticleDate, g.All(v => v.Planned), g.SelectMany(v => v.SentenceIds).Distinct(StringComparer.Ordinal).ToImmutableArray()) { Spans = [.. g.SelectMany(v => v.Spans)] })
            .OrderBy(v => v.ArticleDate ?? new PartialDate(9999, 12, 31)).ThenBy(v => v.ArticleSlug, StringComparer.Ordinal).ToImmutableArray();
        var first = selected.OrderByDescending(e => e.Date?.Precision ?? (DatePrecision)(-1)).FirstOrDefault();
        var planned = c.Status is { } s ? s == EventStatus.Planned : selected.Count == 0 || selected.All(e => e.Planned);
        var actors = c.Actors.Where(knownActors.Contains).Concat(selected.SelectMany(e => e.Actors)).SortedDistinct();
        var title = c.Title ?? first?.Title ?? c.Slug;
        return new Event(c.Slug, title, c.Date ?? first?.Date, planned, c.Place ?? selected.Select(e => e.Place).OfType<string>().FirstOrDefault(),
            actors, coverage.Select(v => v.ArticleSlug).ToImmutableArray())
        {
            Kind = c.Kind ?? first?.Kind ?? "event",
            Coverage = coverage,
            Aliases = c.Aliases.Concat(selected.Select(e => e.Title)).Concat(selected.SelectMany(e => e.Aliases))
                .Where(a => a != title).Distinct(StringComparer.Ordinal).ToImmutableArray(),
            Description = c.Description,
        };
    }
}
