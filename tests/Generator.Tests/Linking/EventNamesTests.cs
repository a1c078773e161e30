using BriefingSite.Linking;
using static BriefingSite.Tests.Linking.EventMergeTests;

namespace BriefingSite.Tests.Linking;

/// <summary>One event's name written with other numerals is one name; other numbers are other events.</summary>
public class EventNamesTests
{
    [Theory]
    [InlineData("World War II", "World War Two")]
    [InlineData("Second World War", "World War II")]
    [InlineData("First World War", "World War One")]
    [InlineData("World War I", "world war 1")]
    public void Numerals_written_otherwise_give_one_key(string a, string b) => EventNames.Key(a).ShouldBe(EventNames.Key(b));

    [Theory]
    [InlineData("Minsk I", "Minsk II")]
    [InlineData("World War I", "World War II")]
    [InlineData("First World War", "Second World War")]
    public void Other_numbers_give_other_keys(string a, string b) => EventNames.Key(a).ShouldNotBe(EventNames.Key(b));

    [Fact]
    public void The_Second_World_War_and_World_War_Two_of_two_articles_are_one_event()
    {
        var events = Link(
            ("obituary", "2019-05-10", "The drummer's father was killed in the Second World War, when he was four."),
            ("profile", "2019-06-02", "The oceanographer forecast the waves for the Normandy landings in World War Two, his colleagues recalled."));
        var wars = events.Where(e => e.Kind == "war").ToList();
        wars.Count.ShouldBe(1, Describe(events));
        wars[0].Articles.Length.ShouldBe(2, Describe(events));
    }
}
