using System.Collections.Immutable;
using BriefingSite.Model;

namespace BriefingSite.Linking;

/// <summary>One article's event, ready for cross-article merging: the mention plus its article and its participants as actor slugs (or keys when unlinked).</summary>
public sealed record EventItem(int Index, Article Article, ArticleFacts Facts, EventMention Mention, ImmutableArray<string> Participants)
{
    /// <summary>The organizations holding the event, as actor slugs (or keys when unlinked), like <see cref="Participants"/>.</summary>
    public ImmutableArray<string> Hosts { get; init; } = [];

    /// <summary>The actors the whole article is about (named at least twice), as slugs: two articles about the same actors likely tell the same story.</summary>
    public ImmutableArray<string> ArticleActors { get; init; } = [];

    /// <summary>The participants who are people (not organizations or countries), as slugs.</summary>
    public ImmutableArray<string> Persons { get; init; } = [];

    /// <summary>The participants who are organizations (not people or countries), as slugs.</summary>
    public ImmutableArray<string> Bodies { get; init; } = [];

    /// <summary>Every actor the article names at least twice (at most five), distinctive on the site or not, as slugs.</summary>
    public ImmutableArray<string> ArticleMainActors { get; init; } = [];

    /// <summary>The day the event is placed on for blocking: its own date (first day of its month or year), else the article's date.</summary>
    public DateOnly? AnchorDay => Mention.Date is { } d ? new DateOnly(d.Year, Math.Max(1, d.Month), Math.Max(1, d.Day))
        : Article.Date is { } a ? new DateOnly(a.Year, Math.Max(1, a.Month), Math.Max(1, a.Day)) : null;
}
