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
}
