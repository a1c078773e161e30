using System.Text;
using BriefingSite.Model;
using BriefingSite.Rendering;

namespace BriefingSite.Tests.Rendering;

/// <summary>
/// The timeline picture stays readable whatever the dates: a few historical references and hundreds of recent events
/// give a short picture whose crowded months are bars with their number, and empty decades are cut out of the axis.
/// </summary>
public class TimelinePictureTests
{
    private static readonly SiteUrls Urls = new(SiteSettings.Default);

    private static Event At(string slug, PartialDate date) => new(slug, "Event " + slug, date, false, null, [], []);

    private static List<Event> HistoryAndABusyMonth()
    {
        var events = new List<Event> { At("treaty", PartialDate.OfYear(1905)), At("vote", PartialDate.OfYear(1950)) };
        for (var i = 0; i < 5; i++) events.Add(At($"june-{i}", PartialDate.OfDay(2019, 6, 3 + i)));
        for (var i = 0; i < 300; i++) events.Add(At($"march-{i:D3}", PartialDate.OfDay(2020, 3, 1 + i % 28)));
        return events;
    }

    [Fact]
    public void A_crowded_month_is_one_bar_with_its_number_and_the_picture_stays_short()
    {
        var picture = EventTimelineBuilder.Build(HistoryAndABusyMonth(), Urls).Picture.ShouldNotBeNull();
        picture.Bars.ShouldHaveSingleItem().Tally.ShouldBe("300");
        picture.Dots.Count.ShouldBe(7);
        picture.Height.ShouldBeLessThanOrEqualTo(220);
    }

    [Fact]
    public void Empty_decades_are_cut_out_and_the_busiest_year_gets_most_of_the_width()
    {
        var picture = EventTimelineBuilder.Build(HistoryAndABusyMonth(), Urls).Picture.ShouldNotBeNull();
        picture.Breaks.Count.ShouldBe(2);
        picture.Ticks.Where(t => t.Label.Length > 0).Select(t => t.Label).ShouldBe(["1905", "1950", "2019", "2020"]);
        var start2020 = picture.Ticks.Single(t => t.Label == "2020").X;
        (picture.Ticks[^1].X - start2020).ShouldBeGreaterThan(picture.Width / 2.0);
    }

    [Fact]
    public void A_short_span_is_drawn_whole_with_every_year_on_the_axis()
    {
        var picture = EventTimelineBuilder.Build([At("a", PartialDate.OfMonth(2014, 9)), At("b", PartialDate.OfDay(2022, 2, 24))], Urls).Picture.ShouldNotBeNull();
        picture.Breaks.ShouldBeEmpty();
        picture.Bars.ShouldBeEmpty();
        picture.Ticks.Count(t => t.Label.Length > 0).ShouldBe(9);
    }

    [Fact]
    public void The_theme_draws_the_bar_number_and_says_what_bars_and_breaks_mean()
    {
        var theme = Path.Combine(Path.GetTempPath(), "briefing-timeline-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            Directory.CreateDirectory(Path.Combine(theme, "layouts"));
            Directory.CreateDirectory(Path.Combine(theme, "pages"));
            Directory.CreateDirectory(Path.Combine(theme, "partials"));
            File.WriteAllText(Path.Combine(theme, "layouts", "base.hbs"), "{{{Content}}}");
            File.WriteAllText(Path.Combine(theme, "pages", "t.hbs"), "{{#with Timeline}}{{> event-timeline}}{{/with}}");
            foreach (var partial in new[] { "event-timeline.hbs", "event-card.hbs" })
                File.Copy(Path.Combine(TestSupportTheme, "partials", partial), Path.Combine(theme, "partials", partial));
            var html = Encoding.UTF8.GetString(new HandlebarsTemplateEngine(theme).RenderPage("t", new { Timeline = EventTimelineBuilder.Build(HistoryAndABusyMonth(), Urls) }));
            html.ShouldContain(">300</text>");
            html.ShouldContain("a bar is a crowded month");
            html.ShouldContain("marks years without events");
        }
        finally
        {
            if (Directory.Exists(theme)) Directory.Delete(theme, recursive: true);
        }
    }

    private static string TestSupportTheme => BriefingSite.Tests.Support.TestSite.Theme;

    /// <summary>Months of one year, each crowded enough to be a bar, side by side.</summary>
    private static List<Event> CrowdedMonths(int year, params int[] counts)
    {
        var events = new List<Event>();
        for (var m = 0; m < counts.Length; m++)
            for (var i = 0; i < counts[m]; i++) events.Add(At($"{year}-{m + 1}-{i:D3}", PartialDate.OfDay(year, m + 1, 1 + i % 28)));
        return events;
    }

    [Fact]
    public void Numbers_of_bars_side_by_side_never_overlap()
    {
        // Twelve crowded months in a row, with numbers of one to three digits, after a long quiet history.
        var events = CrowdedMonths(2021, 126, 35, 21, 41, 134, 14, 22, 99, 100, 13, 15, 250);
        events.Add(At("old", PartialDate.OfYear(1990)));
        var picture = EventTimelineBuilder.Build(events, Urls).Picture.ShouldNotBeNull();
        var shown = picture.Bars.Where(b => b.Tally.Length > 0).ToList();
        shown.Count.ShouldBeGreaterThan(0);
        foreach (var (a, b) in shown.SelectMany((a, i) => shown.Skip(i + 1).Select(b => (a, b))).Where(p => p.a.Row == p.b.Row))
        {
            var gap = Math.Abs(a.CountX - b.CountX);
            gap.ShouldBeGreaterThanOrEqualTo((a.Tally.Length + b.Tally.Length) * 8.5 / 2, $"{a.Tally} and {b.Tally} on row {a.Row}");
        }
        // Every number shown is above its bar, inside the picture.
        shown.ShouldAllBe(b => b.CountY < b.Y && b.CountY > 0);
    }

    [Fact]
    public void The_busiest_year_keeps_its_label_when_a_quiet_year_comes_just_before_it()
    {
        // One event a year from 2000 to 2018, hundreds in 2019: labelled from the left, every other quiet year got a label,
        // 2018 among them, and 2019's tick came too close after it.
        var events = CrowdedMonths(2019, 40, 40, 40, 40, 40, 40);
        for (var y = 2000; y <= 2018; y++) events.Add(At($"y{y}", PartialDate.OfYear(y)));
        var picture = EventTimelineBuilder.Build(events, Urls).Picture.ShouldNotBeNull();
        picture.Ticks.Select(t => t.Label).ShouldContain("2019");
    }
}
