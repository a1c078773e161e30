namespace BriefingSite.Rendering;

// View models of the event pages, the timeline and the per-actor timeline partial (templates read PascalCase properties).

public sealed record EventCard(string Title, string Url, string? Date, string? DateIso, string Status, string Kind, string? Place, int ArticleCount);

public sealed record EventListPage : PageModel
{
    public required IReadOnlyList<EventCard> Happened { get; init; }
    public required IReadOnlyList<EventCard> Planned { get; init; }
    public required IReadOnlyList<EventCard> Undated { get; init; }
}

public sealed record EventLink(string Label, string Url);

public sealed record ReportSentence(string Text, string Url);

public sealed record EventReport(string ArticleTitle, string ArticleUrl, string? Date, string? DateIso, string Stance, IReadOnlyList<ReportSentence> Sentences);

public sealed record EventPage : PageModel
{
    public required string Heading { get; init; }
    public string? Date { get; init; }
    public string? DateIso { get; init; }
    public required string Precision { get; init; }
    public string? Place { get; init; }
    public required string Status { get; init; }
    /// <summary>Null for an event of no particular kind (a deed told without an event word): the page then shows none.</summary>
    public required string? Kind { get; init; }
    public string? Notes { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<EventLink> Participants { get; init; } = [];
    public IReadOnlyList<EventReport> Reports { get; init; } = [];
    public EventReport? FirstReport { get; init; }
    public EventReport? LatestReport { get; init; }
    public required string TimelineUrl { get; init; }
}

public sealed record TimelineDot(double X, double Y, string Url, string Label, string Kind);

public sealed record TimelineTick(double X, string Label);

/// <summary>A column with more events than dots fit: a bar of height <see cref="Height"/> from <see cref="Y"/>, with the number of events on top (<see cref="Tally"/>; a property named Count would be shadowed by the count helper).</summary>
public sealed record TimelineBar(double X, double Y, double Height, string Tally, string Label)
{
    /// <summary>The row of numbers the count is on: 0 right above the bar, each next one a line higher.</summary>
    public int Row { get; init; }
    public double CountX => X + 4;
    public double CountY => Y - 4 - 13 * Row;
}

/// <summary>The timeline drawn as SVG at build time: dots positioned by date, bars for crowded months, year ticks, and break marks where empty years are cut out.</summary>
public sealed record TimelinePicture(int Width, int Height, double AxisY, IReadOnlyList<TimelineTick> Ticks, IReadOnlyList<TimelineDot> Dots)
{
    public double TickTop => AxisY - 5;
    public double TickBottom => AxisY + 5;
    public IReadOnlyList<TimelineBar> Bars { get; init; } = [];
    public IReadOnlyList<double> Breaks { get; init; } = [];
}

public sealed record TimelineMonth(string Label, string? Anchor, IReadOnlyList<EventCard> Events);

public sealed record TimelineYear(string Year, IReadOnlyList<TimelineMonth> Months);

/// <summary>What partials/event-timeline.hbs draws: the picture, the dated events by year and month, and the rest apart.</summary>
public sealed record TimelineView(TimelinePicture? Picture, IReadOnlyList<TimelineYear> Years, IReadOnlyList<EventCard> Planned, IReadOnlyList<EventCard> Undated)
{
    public bool IsEmpty => Years.Count == 0 && Planned.Count == 0 && Undated.Count == 0;

    /// <summary>Level of the year headings: 2 on the timeline page, 3 inside an actor page's own "Timeline" section.</summary>
    public int HeadingLevel { get; init; } = 2;

    public string YearTag => "h" + HeadingLevel.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public string MonthTag => "h" + (HeadingLevel + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record TimelinePage : PageModel
{
    public required TimelineView Timeline { get; init; }
    public required int EventCount { get; init; }
}
