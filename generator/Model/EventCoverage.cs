using System.Collections.Immutable;

namespace BriefingSite.Model;

/// <summary>What one article says about an event: the article, its date, whether it spoke of the event as still to come, and the sentence ids (DocSentence.Id) about it.</summary>
public sealed record EventCoverage(string ArticleSlug, PartialDate? ArticleDate, bool Planned, ImmutableArray<string> SentenceIds)
{
    /// <summary>Where the article's text names the event (for links laid over the article), first one first.</summary>
    public ImmutableArray<EventSpan> Spans { get; init; } = [];
}
