namespace BriefingSite.Tests.Linking;

/// <summary>
/// One killing is told as a death in one article ("the assassination of the general in February") and as an attack in
/// another ("he was killed last week by an airstrike"): they merge when the one who died is who the attack's article is
/// about, and stay apart when it is someone else.
/// </summary>
public class KillingMergeTests
{
    private const string Funeral = "Mourners crowd Damascus for general's funeral\n\nThousands of mourners filled the streets of Damascus on Monday for the funeral of General Amir Tavakoli. An Israeli airstrike in Syria hit his convoy last week. Tavakoli had commanded the brigade since 2019.";

    [Fact]
    public void An_assassination_in_one_article_and_the_airstrike_that_killed_him_in_another_are_one_event()
    {
        var events = Extraction.Events.EventReadingTests.EventsOf(
            ("2026-02-10", Funeral),
            ("2026-06-20", "Court issues warrants over general's death\n\nA Syrian court on Thursday issued arrest warrants for twelve people over the assassination of General Amir Tavakoli by Israel in February. Prosecutors said Tavakoli had been tracked for weeks."));
        var killing = events.Where(e => e.Articles.Length == 2).ShouldHaveSingleItem(Show(events));
        events.ShouldNotContain(e => e.Kind == "attack" && e.Articles.Length == 1, Show(events));
        killing.Actors.ShouldContain("amir-tavakoli", Show(events));
        killing.Date.ToString().ShouldBe("2026-02", Show(events));
    }

    [Fact]
    public void The_assassination_of_someone_else_stays_apart_from_the_airstrike()
    {
        var events = Extraction.Events.EventReadingTests.EventsOf(
            ("2026-02-10", Funeral),
            ("2026-06-20", "Court issues warrants over colonel's death\n\nA Syrian court on Thursday issued arrest warrants for twelve people over the assassination of Colonel Karim Haddad by Israel in February. Prosecutors said Haddad had been tracked for weeks."));
        events.ShouldAllBe(e => e.Articles.Length == 1, Show(events));
    }

    /// <summary>
    /// An article about someone recalls an old attack ("the 2009 bombing"): the people it is about are those of its own
    /// news, not of the attack, which is no killing of that person told later by another article.
    /// </summary>
    [Fact]
    public void A_past_attack_recalled_in_an_article_about_someone_is_not_his_later_killing()
    {
        using var site = new Support.TestSite();
        site.Write("articles/a0.md", "---\ndate: 2026-02-10\n---\nGeneral honoured in Damascus\n\nGeneral Amir Tavakoli was honoured at a ceremony in Damascus on Monday. "
            + "The ceremony recalled the 2009 Israeli bombing in Aleppo, which destroyed a market. Tavakoli has commanded the brigade since 2019.\n");
        site.Write("articles/a1.md", "Court issues warrants over general's death\n\nA Syrian court issued arrest warrants for twelve people over the assassination of "
            + "General Amir Tavakoli by Israel in Aleppo. Prosecutors said Tavakoli had been tracked for weeks.\n");
        var report = global::BriefingSite.BuildPipeline.Run(new global::BriefingSite.Cli.BuildOptions(site.Content, site.Output, ThemeDir: Support.TestSite.Theme, DryRun: true, NoCache: true));
        var events = report.Site.ShouldNotBeNull().Events;
        events.ShouldContain(e => e.Kind == "attack", Show(events));
        events.ShouldContain(e => e.Kind == "death", Show(events));
        events.ShouldAllBe(e => e.Articles.Length == 1, Show(events));
    }

    private static string Show(IEnumerable<Model.Event> events) =>
        string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} [{string.Join(",", e.Actors)}] in {string.Join(",", e.Articles)}"));
}
