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

    /// <summary>
    /// The picture: one segment per year, consecutive years side by side and gaps of empty years cut out of the axis (a
    /// break mark shows each cut), so a site with a few historical references and hundreds of recent events still reads.
    /// A year's width grows with its share of the events, and within a year events sit at their month (mid-year when only
    /// the year is known). A column holds at most <see cref="MaxStack"/> dots; a fuller one is drawn as a bar with its count.
    /// </summary>
    private static TimelinePicture Picture(List<Event> dated, SiteUrls urls)
    {
        var years = dated.GroupBy(e => e.Date!.Value.Year).ToDictionary(g => g.Key, g => g.Count());
        var (firstYear, lastYear) = (years.Keys.Min(), years.Keys.Max());
        // A span of up to 15 years is drawn whole; a longer one keeps only the years that have events.
        var shown = lastYear - firstYear < 15 ? Enumerable.Range(firstYear, lastYear - firstYear + 1).ToList() : years.Keys.Order().ToList();
        var gaps = shown.Zip(shown.Skip(1)).Count(p => p.Second != p.First + 1);
        var room = Width - Left - Right - gaps * Gap;
        var baseWidth = Math.Min(MaxBaseWidth, room / (2.0 * shown.Count));
        var spare = room - baseWidth * shown.Count;
        var segments = new Dictionary<int, (double Start, double Width)>();
        var ticks = new List<TimelineTick>();
        var breaks = new List<double>();
        double x = Left;
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] != shown[i - 1] + 1) { breaks.Add(Math.Round(x + Gap / 2.0, 1)); x += Gap; }
            var w = baseWidth + spare * years.GetValueOrDefault(shown[i]) / dated.Count;
            segments[shown[i]] = (x, w);
            x += w;
        }
        // Years too close to label them all: the years with most events are labelled first, so the wide segment of a busy year
        // is never the one left without its number (it was when labels went left to right and a quiet year came just before).
        var labelled = new HashSet<int>();
        foreach (var year in shown.OrderByDescending(y => years.GetValueOrDefault(y)).ThenBy(y => y))
            if (labelled.All(other => Math.Abs(segments[other].Start - segments[year].Start) >= MinLabelGap)) labelled.Add(year);
        foreach (var year in shown)
            ticks.Add(new TimelineTick(Math.Round(segments[year].Start, 1), labelled.Contains(year) ? year.ToString(CultureInfo.InvariantCulture) : ""));

        // Columns: events at the same place on the axis (within a dot's width) stack up.
        var columns = new List<(double X, List<Event> Events)>();
        foreach (var e in dated)
        {
            var d = e.Date!.Value;
            var (start, width) = segments[d.Year];
            var at = Math.Round(start + width * (d.Month == 0 ? 0.5 : (d.Month - 0.5) / 12), 1);
            if (columns.Count > 0 && at - columns[^1].X < DotWidth) columns[^1].Events.Add(e);
            else columns.Add((at, [e]));
        }
        var tallest = Math.Min(MaxStack, columns.Max(c => c.Events.Count));
        var axis = Top + tallest * Step + 10;
        var dots = new List<TimelineDot>();
        var bars = new List<TimelineBar>();
        // Where the number on each row of numbers above the bars ends so far (see TimelineBar.Row).
        var rowEnds = Enumerable.Repeat(double.MinValue, NumberRows).ToArray();
        foreach (var (at, events) in columns)
        {
            if (events.Count > MaxStack)
            {
                var first = events[0].Date!.Value;
                var label = $"{events.Count} events, {first.ToDisplay()} to {events[^1].Date!.Value.ToDisplay()}";
                // Numbers of neighbouring bars would overlap: each goes on the lowest row where it clears the number before it. Bars
                // so close that no row has room keep their number in their tooltip and in the list below the picture.
                var tally = events.Count.ToString(CultureInfo.InvariantCulture);
                var half = tally.Length * DigitWidth / 2 + 3;
                var row = Array.FindIndex(rowEnds, end => at - half >= end);
                if (row >= 0) rowEnds[row] = at + half;
                bars.Add(new TimelineBar(at - 4, axis - MaxStack * Step, MaxStack * Step, row >= 0 ? tally : "", label) { Row = Math.Max(row, 0) });
                continue;
            }
            for (var k = 0; k < events.Count; k++)
                dots.Add(new TimelineDot(at, axis - 10 - k * Step, EventCards.Url(urls, events[k].Slug), $"{events[k].Title} ({events[k].Date!.Value.ToDisplay()})", events[k].Kind));
        }
        ticks.Add(new TimelineTick(Math.Round(x, 1), ""));
        return new TimelinePicture(Width, (int)axis + 24, axis, ticks, dots) { Bars = bars, Breaks = breaks };
    }

    private const int Top = 36, Gap = 16, MaxStack = 12, MinLabelGap = 34;
    private const double MaxBaseWidth = 60, DotWidth = 8, DigitWidth = 8.5;

    /// <summary>Rows of numbers above the bars; the top margin (<see cref="Top"/>) has room for three.</summary>
    private const int NumberRows = 3;
}
