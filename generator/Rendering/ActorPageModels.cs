namespace BriefingSite.Rendering;

/// <summary>The actors index: one group per kind, each ordered by how often its actors are named.</summary>
public sealed record ActorsPage : PageModel
{
    public required IReadOnlyList<ActorGroup> Groups { get; init; }
    public required int ActorCount { get; init; }
}

public sealed record ActorGroup(string Heading, string Kind, IReadOnlyList<ActorChip> Actors);

/// <summary>One actor's page: who they are, where they are named (with the sentence), what they said, events, company.</summary>
public sealed record ActorPage : PageModel
{
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public required string KindLabel { get; init; }
    public string? DescriptionHtml { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<RoleView> Roles { get; init; } = [];
    public IReadOnlyList<LinkView> Links { get; init; } = [];
    public IReadOnlyList<ActorArticleView> Articles { get; init; } = [];
    public IReadOnlyList<QuoteView> Quotes { get; init; } = [];
    /// <summary>The actor's own events as a timeline (picture, by year and month, planned and undated apart); null when they have none.</summary>
    public TimelineView? Timeline { get; init; }
    public IReadOnlyList<ActorChip> Related { get; init; } = [];
}

public sealed record RoleView(string Title, string ArticleTitle, string ArticleUrl, string? Date);

public sealed record LinkView(string Label, string Url);

public sealed record ActorArticleView(string Title, string Url, string? Date, string? DateIso, IReadOnlyList<SentenceView> Sentences);

public sealed record SentenceView(string Text, string Url);
