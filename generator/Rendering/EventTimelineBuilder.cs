using System.Globalization;
using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>
/// Builds a <see cref="TimelineView"/> from events: dated events that happened, in order, by year and month, plus a
/// picture (SVG, drawn here at build time); planned and undated events apart. Used by the timeline page and by
/// actor pages (partials/event-timeline.hbs) for one actor's events.
/// </summary>
public static class EventTimelineBuilder
{
    private const int Width = 960, Left = 30, Right = 30, Step = 11;

    public static TimelineView Build(IEnumerable<Event> events, SiteUrls urls)
    {
        var all = events.ToList();
        var dated = all.Where(e => !e.Planned && e.Date is not null).OrderBy(e => e.Date!.Value).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList();
        var planned = all.Where(e => e.Planned).OrderBy(e => e.Date is null).ThenBy(e => e.Date ?? default).ThenBy(e => e.Slug, StringComparer.Ordinal)
            .Select(e => EventCards.Of(e, urls)).ToList();
        var undated = all.Where(e => !e.Planned && e.Date is null).OrderBy(e => e.Slug, StringComparer.Ordinal).Select(e => EventCards.Of(e, urls)).ToList();
        var years = dated.GroupBy(e => e.Date!.Value.Year).Select(y => new TimelineYear(
                y.Key.ToString(CultureInfo.InvariantCulture),
                y.GroupBy(e => e.Date!.Value.Month).Select(m => new TimelineMonth(
                    m.Key == 0 ? "Month not given" : m.First().Date!.Value.MonthName,
                    m.Key == 0 ? $"y{y.Key}" : string.Create(CultureInfo.InvariantCulture, $"m{y.Key}-{m.Key:D2}"),
                    m.Select(e => EventCards.Of(e, urls)).ToList())).ToList()))
            .ToList();
        return new TimelineView(dated.Count == 0 ? null : Picture(dated, urls), years, planned, undated);
    }

    private static TimelinePicture Picture(List<Event> dated, SiteUrls urls)
    {
        static double Day(PartialDate d) => new DateOnly(d.Year, Math.Max(1, d.Month), Math.Max(1, d.Day)).DayNumber
            + (d.Precision == DatePrecision.Day ? 0 : d.Precision == DatePrecision.Month ? 14 : 182);
        var first = new DateOnly(dated[0].Date!.Value.Year, 1, 1).DayNumber;
        var last = new DateOnly(dated[^1].Date!.Value.Year + 1, 1, 1).DayNumber;
        var span = Math.Max(1, last - first);
        double X(double day) => Math.Round(Left + (day - first) / span * (Width - Left - Right), 1);

        var dots = new List<TimelineDot>();
        var stack = 0;
        double previous = double.MinValue;
        foreach (var e in dated)
        {
            var x = X(Day(e.Date!.Value));
            stack = x - previous < 8 ? stack + 1 : 0;
            previous = x;
            dots.Add(new TimelineDot(x, stack, EventCards.Url(urls, e.Slug), $"{e.Title} ({e.Date!.Value.ToDisplay()})", e.Kind));
        }
        var maxStack = dots.Max(d => d.Y);
        var axis = 24 + maxStack * Step + 10;
        dots = dots.Select(d => d with { Y = axis - 10 - d.Y * Step }).ToList();
        var years = dated[^1].Date!.Value.Year + 1 - dated[0].Date!.Value.Year;
        var every = years <= 15 ? 1 : years <= 60 ? 5 : 10;
        var ticks = new List<TimelineTick>();
        for (var y = dated[0].Date!.Value.Year; y <= dated[^1].Date!.Value.Year + 1; y++)
            if ((y - dated[0].Date!.Value.Year) % every == 0) ticks.Add(new TimelineTick(X(new DateOnly(y, 1, 1).DayNumber), y.ToString(CultureInfo.InvariantCulture)));
        return new TimelinePicture(Width, (int)axis + 24, axis, ticks, dots);
    }
}
