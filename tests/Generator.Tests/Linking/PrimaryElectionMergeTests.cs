using static BriefingSite.Tests.Linking.EventMergeTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// A primary or a caucus is an event of its own kind, not the election it picks candidates for: "held primary elections on
/// Tuesday" dates the primaries, and "the 2031 Chilean presidential election" of the same article stays the election of
/// 2031, which another article of the story, telling it as "the 2031 presidential election", joins. One article's two
/// tellings of one typed election of one year are one election; two parties' primaries of one day are two. Sentences
/// written for these tests.
/// </summary>
public class PrimaryElectionMergeTests
{
    private const string Primaries = "On Tuesday, the Liberal Party held primary elections in the regions of Maule and Ñuble. Senator Marta Ibáñez won both. "
        + "The Liberal Party uses primary elections to choose its nominee for the 2031 Chilean presidential election.\n\n"
        + "Tomás Rojas, who trailed Marta Ibáñez, said he would stay in the race. Rojas was a candidate in the 2031 presidential election before the party was founded.";

    [Fact]
    public void Primaries_are_their_own_event_and_do_not_date_the_election()
    {
        var events = Link(("primaries", "2031-03-13", Primaries));
        events.ShouldContain(e => e.Kind == "primary" && e.Date.ToString() == "2031-03-11", Describe(events));
        var elections = events.Where(e => e.Kind == "election").ToList();
        elections.Count.ShouldBe(1, Describe(events));
        elections[0].Date.ToString().ShouldBe("2031", Describe(events));
    }

    [Fact]
    public void The_election_a_primary_article_names_joins_the_same_election_of_another_article()
    {
        var events = Link(("primaries", "2031-03-13", Primaries),
            ("campaign-ends", "2031-04-03", "Senator Marta Ibáñez of Chile ended her campaign on Wednesday. Marta Ibáñez will not be a candidate in the 2031 presidential election, and Tomás Rojas thanked her. Chile votes in November."));
        var elections = events.Where(e => e.Kind == "election").ToList();
        elections.Count(e => e.Articles.Length == 2 && e.Date.ToString() == "2031").ShouldBe(1, Describe(events));
    }

    [Fact]
    public void Two_parties_primaries_on_one_day_stay_apart()
    {
        var events = Link(("liberal", "2031-03-13", "On Tuesday, the Liberal Party held primary elections in the region of Maule. Senator Marta Ibáñez won."),
            ("green", "2031-03-13", "On Tuesday, the Green Party held primary elections in the region of Maule. Senator Inés Carrasco won."));
        events.Where(e => e.Kind == "primary").ShouldAllBe(e => e.Articles.Length == 1, Describe(events));
    }

    [Fact]
    public void A_primary_dated_by_its_own_phrase_is_a_primary()
    {
        var events = Link(("ohio", "2031-03-20", "Marta Ibáñez won the Liberal primary in Maule on March 17. She is a candidate in the 2031 presidential election."));
        events.ShouldContain(e => e.Kind == "primary" && e.Date.ToString() == "2031-03-17", Describe(events));
        events.ShouldContain(e => e.Kind == "election" && e.Date.ToString() == "2031", Describe(events));
    }

    [Fact]
    public void The_cycle_of_primaries_is_no_primary()
    {
        var events = Link(("cycle", "2031-03-20", "Marta Ibáñez won the Liberal primary in Maule on March 17. Maule was the third step in the Liberal Party's primary election cycle."));
        events.Count(e => e.Kind == "primary").ShouldBe(1, Describe(events));
        events.ShouldNotContain(e => e.Title.Contains("primary election"), Describe(events));
    }

    [Fact]
    public void A_place_past_a_clause_of_after_and_a_verb_in_ing_is_not_the_elections()
    {
        var events = Link(("nominee", "2031-03-20", "Pablo Soto became the Liberal Party's nominee for the 2031 Chilean presidential election after winning the party's primaries in Maule and Ñuble."));
        var election = events.Single(e => e.Kind == "election");
        election.Place.ShouldBeNull(Describe(events));
    }
}
