using static BriefingSite.Tests.Linking.EventMergeTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// Two undated tellings of one kind in articles of one story (three distinctive actors in common) are one event when
/// the writers called it alike ("a joint press conference", "Novak's joint news conference"); articles that share less
/// are not one story, and their look-alikes stay apart.
/// </summary>
public class EventUndatedStoryMergeTests
{
    private const string Release =
        "Slovenian Foreign Minister Ana Novak will visit Zagreb, where Croatian Foreign Minister Ivo Barić will receive her. The talks will be open to the press, and a joint press conference will close the day at the Foreign Ministry. "
        + "Ivo Barić said Slovenia and Croatia would sign a fisheries protocol. Ana Novak thanked Croatia, and Slovenia welcomed the protocol.";

    [Fact]
    public void One_kind_called_alike_in_two_undated_articles_of_one_story_is_one_event()
    {
        var events = Link(
            ("release", "2026", Release),
            ("daily", "2026", "At the joint news conference, Ana Novak said the fisheries protocol with Ivo Barić was fair. Slovenia and Croatia had argued for years; Ivo Barić agreed with Ana Novak, and Croatia will ratify."));
        events.Count(e => e.Kind == "press" && e.Articles.Length == 2).ShouldBe(1, Describe(events));
    }

    [Fact]
    public void Articles_that_share_one_actor_are_not_one_story()
    {
        var events = Link(
            ("release", "2026", Release),
            ("daily", "2026", "Ana Novak said at her joint news conference with Austrian minister Karl Huber that the rail deal was fair. Austria had argued for years; Karl Huber agreed with Ana Novak, and Austria will ratify."));
        events.Where(e => e.Kind == "press" && e.Articles.Length == 2).ShouldBeEmpty(Describe(events));
    }
}
