using System.Collections.Immutable;
using BriefingSite.Extraction;
using BriefingSite.Linking;
using BriefingSite.Model;
using BriefingSite.Rendering;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// Cross-article merging through the real extraction: distinct events told by two articles stay apart, the same
/// event told twice (a preview and a report, two wordings of a historical reference, two precisions) becomes one.
/// </summary>
public class EventMergeTests
{
    internal static ImmutableArray<Event> Link(params (string Slug, string Date, string Text)[] articles)
    {
        var extractor = new FactExtractor(new MarkdownRenderer(), Knowledge.Load());
        var list = new List<Article>();
        var facts = new List<ArticleFacts>();
        foreach (var (slug, date, text) in articles)
        {
            var (article, _) = Normalizing.Text($"---\ndate: {date}\n---\n{text}\n", $"content/articles/{slug}.md");
            article = article with { Slug = slug };
            list.Add(article);
            facts.Add(extractor.Run(article));
        }
        var actors = ActorLinker.Run([], list.ToImmutableArray(), facts).Value;
        return EventLinker.Run(list.ToImmutableArray(), facts.ToDictionary(f => f.ArticleSlug, StringComparer.Ordinal), actors, []).Value;
    }

    internal static string Describe(IEnumerable<Event> events) =>
        string.Join("\n", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {(e.Planned ? "planned" : "happened")} at {e.Place} [{string.Join(",", e.Articles)}]"));

    private static List<Event> OfKind(ImmutableArray<Event> events, string kind) => events.Where(e => e.Kind == kind).ToList();

    [Fact]
    public void Two_calls_between_the_same_leaders_on_different_days_stay_apart()
    {
        var events = Link(
            ("first-call", "2025-03-10", "French President Emmanuel Macron and German Chancellor Olaf Scholz held a phone call on Monday about the budget rules."),
            ("second-call", "2025-03-14", "Emmanuel Macron and Olaf Scholz held another phone call on Thursday to discuss tariffs on steel."));
        var calls = OfKind(events, "call");
        calls.Count.ShouldBe(2, Describe(events));
        calls.Select(c => c.Date!.Value.ToString()).Order(StringComparer.Ordinal).ToList().ShouldBe(new List<string> { "2025-03-10", "2025-03-13" }, Describe(events));
    }

    [Fact]
    public void Foreign_and_defence_ministers_meetings_in_the_same_city_and_week_stay_apart()
    {
        var events = Link(
            ("foreign", "2025-04-03", "NATO foreign ministers held a meeting in Brussels on Thursday to prepare the summit."),
            ("defence", "2025-04-01", "NATO defence ministers will hold a meeting in Brussels later this week, officials said."));
        var meetings = OfKind(events, "meeting");
        meetings.Count.ShouldBe(2, Describe(events));
        meetings.ShouldAllBe(m => m.Articles.Length == 1, Describe(events));
    }

    [Fact]
    public void Summits_of_different_bodies_stay_apart()
    {
        var events = Link(
            ("g7", "2025-05-20", "French President Emmanuel Macron will attend the G7 summit in June, his office said."),
            ("eu", "2025-05-22", "Emmanuel Macron will attend the European Union summit in June, where leaders will discuss defence spending."));
        var summits = OfKind(events, "summit");
        summits.Count.ShouldBe(2, Describe(events));
        summits.ShouldAllBe(s => s.Articles.Length == 1, Describe(events));
    }

    [Fact]
    public void A_planned_meeting_stays_apart_from_an_earlier_meeting_of_the_same_kind()
    {
        var events = Link(
            ("earlier", "2025-04-20", "Ukrainian President Volodymyr Zelenskyy met with U.S. President Donald Trump at the White House, the two sides said."),
            ("planned", "2025-04-25", "Volodymyr Zelenskyy will meet with Donald Trump at the White House, according to Ukrainian officials."));
        var meetings = OfKind(events, "meeting");
        meetings.Count.ShouldBe(2, Describe(events));
        meetings.Count(m => m.Planned).ShouldBe(1, Describe(events));
    }

    [Fact]
    public void A_preview_in_one_article_and_the_report_in_another_are_one_event()
    {
        var events = Link(
            ("preview", "2025-02-11", "NATO defense ministers will hold a meeting at NATO headquarters in Brussels on Thursday, the alliance said."),
            ("report", "2025-02-14", "At a meeting of NATO defense ministers in Brussels on Thursday, allies pledged more air defence for Ukraine."));
        var meetings = OfKind(events, "meeting");
        meetings.Count.ShouldBe(1, Describe(events));
        meetings[0].Articles.ShouldBe(["preview", "report"], ignoreOrder: true);
        meetings[0].Date.ToString().ShouldBe("2025-02-13");
        meetings[0].Planned.ShouldBeFalse();
    }

    [Fact]
    public void An_undated_preview_merges_with_the_later_report()
    {
        var events = Link(
            ("preview", "2025-06-02", "Finnish President Alexander Stubb will make a state visit to Japan, his office said."),
            ("report", "2025-06-12", "Alexander Stubb began a state visit to Japan on Tuesday, meeting Emperor Naruhito in Tokyo."));
        var visits = OfKind(events, "visit");
        visits.Count.ShouldBe(1, Describe(events));
        visits[0].Articles.Length.ShouldBe(2);
    }

    [Fact]
    public void A_historical_reference_in_two_wordings_is_one_event()
    {
        var events = Link(
            ("analysis", "2025-03-01", "Russia's full-scale invasion of Ukraine in February 2022 changed European security for a generation."),
            ("report", "2025-05-09", "Since Russia invaded Ukraine in 2022, Kyiv has received weapons from dozens of countries."));
        var invasions = OfKind(events, "invasion");
        invasions.Count.ShouldBe(1, Describe(events));
        invasions[0].Articles.Length.ShouldBe(2);
        invasions[0].Date.ToString().ShouldBe("2022-02");
    }

    [Fact]
    public void An_event_dated_to_the_day_and_to_the_month_is_one_event()
    {
        var events = Link(
            ("signing", "2025-06-28", "Rwanda and the Democratic Republic of Congo signed a peace agreement in Washington on Friday."),
            ("later", "2025-08-10", "The peace agreement that Rwanda and the Democratic Republic of Congo signed in June has not stopped the fighting."));
        var agreements = OfKind(events, "agreement");
        agreements.Count.ShouldBe(1, Describe(events));
        agreements[0].Articles.Length.ShouldBe(2);
        agreements[0].Date.ToString().ShouldBe("2025-06-27");
    }

    [Fact]
    public void A_signers_portfolio_and_an_agreements_subject_do_not_tell_one_agreement_from_another()
    {
        var events = Link(
            ("signed", "2026-04-09", "Chile and Peru signed an agreement on Wednesday on the joint management of their exclusive economic zones, ending years of dispute over fishing grounds."),
            ("oped", "2026-04-20", "Foreign Minister Rosa Quispe signed the agreement with Chile on 8 April, and her critics in Lima fell silent."));
        var agreements = OfKind(events, "agreement");
        agreements.Count.ShouldBe(1, Describe(events));
        agreements[0].Articles.Length.ShouldBe(2, Describe(events));
    }

    [Fact]
    public void Talks_of_two_days_in_a_month_and_a_cabinet_session_of_that_month_in_the_same_story_stay_apart()
    {
        var events = Link(
            ("release", "2026-03-12", "Latvia and Estonia will sign a border treaty, Latvian Foreign Minister Ilze Ozola and Estonian Foreign Minister Mart Kask said. The text was settled at technical talks held in Riga on 3 and 4 March. Ilze Ozola thanked Mart Kask."),
            ("daily", "2026-03-14", "The Latvian cabinet approved the treaty with Estonia at its weekly session on Monday, Ilze Ozola said. Mart Kask welcomed the decision, and Ilze Ozola will travel to Tallinn to see Mart Kask."));
        events.Where(e => e.Articles.Length > 1 && e.Kind is "talks" or "meeting").ShouldBeEmpty(Describe(events));
    }
}
