namespace BriefingSite.Rendering;

/// <summary>What every page's layout needs: site identity, this page's title and URLs, the navigation.</summary>
public record PageModel
{
    public required string SiteTitle { get; init; }
    public required string Lang { get; init; }
    public required string Base { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Canonical { get; init; }
    public required string Section { get; init; }
    /// <summary>schema.org JSON-LD from <see cref="Sharing.StructuredData"/>, already safe inside a script element.</summary>
    public string? JsonLd { get; init; }
    /// <summary>OpenGraph type: "article" on article pages, "profile" on people, "website" elsewhere.</summary>
    public string OgType { get; init; } = "website";
    /// <summary>ISO date for <c>article:published_time</c> on article pages.</summary>
    public string? Published { get; init; }
    /// <summary>This page's own Atom feed (an actor's or an event's), linked from the head next to the site feed.</summary>
    public string? FeedUrl { get; init; }
    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];

    /// <summary>The canonical URL when it is absolute (the site's host is known); OpenGraph needs absolute URLs.</summary>
    public string? AbsoluteUrl => Canonical.StartsWith("http", StringComparison.Ordinal) ? Canonical : null;
}

public sealed record Crumb(string Label, string Url);

public sealed record ArticleCard(string Title, string Url, string? Date, string? DateIso, string? Source, string? Summary, string? Place);

public sealed record HomePage : PageModel
{
    public required IReadOnlyList<ArticleCard> Latest { get; init; }
    public required int ArticleCount { get; init; }
    public WhatsNew? WhatsNew { get; init; }
}

public sealed record ArticleListPage : PageModel
{
    public required IReadOnlyList<ArticleCard> Articles { get; init; }

    /// <summary>What the cards are: "Newest first", "The latest 50 of 10,000", "Articles 101–200".</summary>
    public required string Heading { get; init; }

    /// <summary>On the list of briefings of a large site: every numbered page, oldest first (see <see cref="ArticleListPages"/>).</summary>
    public IReadOnlyList<MentionPageLink> Pages { get; init; } = [];

    /// <summary>On a numbered page: its older and newer neighbours, and the list of briefings that links them all.</summary>
    public string? Older { get; init; }
    public string? Newer { get; init; }
    public string? ListUrl { get; init; }
}

public sealed record ArticlePage : PageModel
{
    public required string Heading { get; init; }
    public required bool TitleDerived { get; init; }
    public string? Date { get; init; }
    public string? DateIso { get; init; }
    public string? Source { get; init; }
    public string? SourceUrl { get; init; }
    public string? Author { get; init; }
    public string? Place { get; init; }
    public string? Summary { get; init; }
    public required int ReadingMinutes { get; init; }
    public required string Body { get; init; }
    public required string MarkdownUrl { get; init; }
    public ArticleCard? Previous { get; init; }
    public ArticleCard? Next { get; init; }
    public IReadOnlyList<ActorChip> Actors { get; init; } = [];
    public IReadOnlyList<EventChip> Events { get; init; } = [];
    public IReadOnlyList<QuoteView> Quotes { get; init; } = [];
}

public sealed record NotFoundPage : PageModel;

public sealed record ActorChip(string Name, string Url, string Kind, int Count);

public sealed record EventChip(string Title, string Url, string? Date, string Status);

public sealed record QuoteView(string Speaker, string? SpeakerUrl, string Text, string SourceTitle, string SourceUrl);
