using System.Collections.Immutable;
using BriefingSite.Linking;

namespace BriefingSite.Tests.Linking;

/// <summary>What a title calls its event: common words, not names, possessives, function words or the kind's own noun.</summary>
public class TitleDescriptorsTests
{
    [Fact]
    public void Common_words_of_the_title_describe_the_event() =>
        TitleDescriptors.Of("Joint press conference in Vilnius", ["vilni"], "press").ShouldBe(["joint", "confe"]);

    [Fact]
    public void Names_and_possessives_are_left_out() =>
        TitleDescriptors.Of("Okafor’s memorandum with Ghana", ["okafo", "ghana"], "agreement").ShouldBe(["memor"]);

    [Fact]
    public void The_kinds_own_noun_says_nothing_more_than_the_kind() =>
        TitleDescriptors.Of("Extraordinary meeting", ImmutableArray<string>.Empty, "meeting").ShouldBe(["extra"]);
}
