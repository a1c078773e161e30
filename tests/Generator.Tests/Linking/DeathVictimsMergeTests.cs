using BriefingSite.Extraction.Events;
using static BriefingSite.Tests.Linking.EventMergeTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// A death is told of those who died, not of everyone its sentence names: "soldiers were killed and President X ordered
/// a strike" is no death of X ("and" right after the cue opens a clause of its own), so it stays apart from X's own death
/// told by another article, while two tellings of X's death are still one.
/// </summary>
public class DeathVictimsMergeTests
{
    private const string Obituary =
        "This morning Ramon Velarde, who served as President of France for ten years, died at home in Castelo, surrounded by family. He was 90. "
        + "Ramon Velarde had not made public appearances since 2020. Velarde led France through the crisis with Norland.";

    [Fact]
    public void Soldiers_killed_in_a_sentence_naming_a_president_are_no_death_of_the_president()
    {
        var events = Link(
            ("obituary", "2026-05-04", Obituary),
            ("standby", "2011", "Trouble flared after nine French peacekeepers were killed and President Ramon Velarde ordered the destruction of Norland's air force. Ramon Velarde spoke to Norland's leaders."));
        events.Where(e => e.Kind == "death" && e.Articles.Length > 1).ShouldBeEmpty(Describe(events));
    }

    [Fact]
    public void Two_tellings_of_one_death_are_one_event()
    {
        var events = Link(
            ("obituary", "2026-05-04", Obituary),
            ("tribute", "2026-05-05", "Leaders paid tribute after Ramon Velarde died in Castelo on Monday. Ramon Velarde led France for ten years, and Norland sent condolences."));
        events.Where(e => e.Kind == "death" && e.Articles.Length == 2).ShouldHaveSingleItem(Describe(events));
    }

    [Theory]
    [InlineData(" and President Ramon Velarde ordered a strike", "")]
    [InlineData(" and Norland in Castelo", "")]
    [InlineData(" between Velarde and Norland", "between Velarde and Norland")]
    [InlineData(" and ratified by the assembly", "and ratified by the assembly")]
    public void An_and_right_after_the_cue_that_opens_a_named_clause_ends_the_cues_words(string after, string tail) =>
        CueParticipants.TailPhrase(after, 0, after.Length).ShouldBe(tail);
}
