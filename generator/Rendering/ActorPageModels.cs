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
    /// <summary>The pages of mentions of an actor named in many articles (see ActorMentionPages); empty when all are listed here.</summary>
    public IReadOnlyList<MentionPageLink> MentionPages { get; init; } = [];
    /// <summary>How many articles name the actor, when the page lists only the latest of them.</summary>
    public int? MentionCount { get; init; }
}

/// <summary>One page of the articles naming an actor in many: each with the sentences naming the actor and the actor's quotes.</summary>
public sealed record ActorMentionsPage : PageModel
{
    public required string Name { get; init; }
    public required string ActorUrl { get; init; }
    public required string Kind { get; init; }
    public required string KindLabel { get; init; }
    public required string Heading { get; init; }
    public required IReadOnlyList<ActorArticleView> Articles { get; init; }
    /// <summary>The page of the older articles before this one, and of the newer after it; null at either end.</summary>
    public string? Older { get; init; }
    public string? Newer { get; init; }
}

/// <summary>A link to a page of mentions: the articles' numbers counted from the oldest ("101–200") and their dates.</summary>
public sealed record MentionPageLink(string Label, string? Dates, string Url);

public sealed record RoleView(string Title, string ArticleTitle, string ArticleUrl, string? Date);

public sealed record LinkView(string Label, string Url);

public sealed record ActorArticleView(string Title, string Url, string? Date, string? DateIso, IReadOnlyList<SentenceView> Sentences)
{
    /// <summary>The actor's quotes in the article, on a page of mentions (the actor's own page lists them apart).</summary>
    public IReadOnlyList<QuoteView> Quotes { get; init; } = [];
}

public sealed record SentenceView(string Text, string Url);
