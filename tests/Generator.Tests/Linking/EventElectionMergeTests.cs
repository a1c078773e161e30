using static BriefingSite.Tests.Linking.EventMergeTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// An election is one event per type, year and country (<see cref="BriefingSite.Linking.EventClustering"/>): two
/// articles of one story that date "the presidential election" by its year are one election whatever else they call
/// it; another type of election, or one of another country, in the same year stays apart.
/// </summary>
public class EventElectionMergeTests
{
    [Fact]
    public void One_type_of_election_in_one_year_told_by_two_articles_of_one_story_is_one_election()
    {
        var events = Link(
            ("bid-ends", "2023-03-02", "Senator Ana Moreno ended her campaign for the presidency of Brazil on Thursday. Ana Moreno had lost the 2018 presidential election to Jorge Salas. Jorge Salas praised Ana Moreno, and Brazil moved on."),
            ("endorsement", "2023-03-09", "Ana Moreno endorsed Jorge Salas, who won the 2018 Brazilian presidential election, on Thursday. Jorge Salas thanked Ana Moreno."));
        var elections = events.Where(e => e.Kind == "election").ToList();
        elections.Count(e => e.Articles.Length == 2).ShouldBe(1, Describe(events));
    }

    [Fact]
    public void Another_type_of_election_in_that_year_stays_apart()
    {
        var events = Link(
            ("bid-ends", "2023-03-02", "Senator Ana Moreno ended her campaign on Thursday. Ana Moreno had lost the 2018 presidential election to Jorge Salas. Jorge Salas praised Ana Moreno."),
            ("endorsement", "2023-03-09", "Ana Moreno endorsed Jorge Salas, who won the 2018 regional election, on Thursday. Jorge Salas thanked Ana Moreno."));
        events.Where(e => e.Kind == "election" && e.Articles.Length > 1).ShouldBeEmpty(Describe(events));
    }

    [Fact]
    public void An_election_of_a_country_the_other_article_is_not_about_stays_apart()
    {
        var events = Link(
            ("bid-ends", "2023-03-02", "Senator Ana Moreno ended her campaign on Thursday. Ana Moreno had lost the 2018 presidential election to Jorge Salas. Jorge Salas praised Ana Moreno."),
            ("endorsement", "2023-03-09", "Ana Moreno endorsed Jorge Salas on Thursday, a day after the observers of the 2018 Colombian presidential election met in Bogotá. Jorge Salas thanked Ana Moreno."));
        events.Where(e => e.Kind == "election" && e.Articles.Length > 1).ShouldBeEmpty(Describe(events));
    }

    [Fact]
    public void The_election_told_by_its_year_alone_is_the_typed_election_of_that_year_in_one_story()
    {
        var events = Link(
            ("bid-ends", "2023-03-02", "Senator Ana Moreno ended her campaign for the presidency of Brazil on Thursday. Ana Moreno had lost the 2018 presidential election to Jorge Salas. Jorge Salas praised Ana Moreno, and Brazil moved on."),
            ("interview", "2023-03-09", "Ana Moreno said in an interview that she had not spoken to Jorge Salas since the 2018 election. Jorge Salas did not comment, and Ana Moreno left Brazil."));
        events.Count(e => e.Kind == "election" && e.Articles.Length == 2).ShouldBe(1, Describe(events));
    }

    [Fact]
    public void The_election_told_by_its_year_alone_is_no_primary_held_on_a_day()
    {
        var events = Link(
            ("primary", "2023-03-02", "Jorge Salas won the primary election in Goiás on Tuesday, ahead of Ana Moreno. Ana Moreno congratulated Jorge Salas."),
            ("interview", "2023-03-09", "Ana Moreno said in an interview that she had not spoken to Jorge Salas since the 2023 election. Jorge Salas did not comment, and Ana Moreno left Brazil."));
        events.Where(e => e.Kind == "election" && e.Articles.Length > 1).ShouldBeEmpty(Describe(events));
    }
}
