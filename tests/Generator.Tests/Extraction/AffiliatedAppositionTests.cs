using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A name set off by commas after a role owned by a possessive pronoun ("Her counterpart on the Maltese side, Dorian
/// Xuereb of Portmalta,"), with the body it works for between the name and the closing comma, is a person, and the
/// quotes the paragraph then gives to "he" are his.
/// </summary>
public class AffiliatedAppositionTests
{
    private const string Text = "Harbour deal nears\n\nTalks on the harbour lease resumed in Valletta on Monday after a pause of two months, officials said.\n\nHer counterpart on the Maltese side, Dorian Xuereb of Portmalta, remembers the first rounds. \"She comes with three plans and leaves with four,\" he said. \"Nobody out-argues her.\"\n";

    [Fact]
    public void The_name_between_a_possessive_role_and_its_affiliation_is_a_person()
    {
        var facts = Extracting.Facts(Text, path: "content/articles/a.md");
        Extracting.ActorKeys(facts).ShouldContain("Dorian Xuereb");
        facts.Quotes.Where(q => q.Text.StartsWith("She comes", StringComparison.Ordinal)).Select(q => q.SpeakerKey).ShouldBe(["Dorian Xuereb"]);
    }

    [Fact]
    public void A_lower_case_run_after_of_is_no_affiliation()
    {
        var facts = Extracting.Facts("Port talks\n\nTalks resumed on Monday, officials said.\n\nHer reply to the offer, Dorian Xuereb of course, was short.\n", path: "content/articles/a.md");
        Extracting.ActorKeys(facts).ShouldNotContain("Dorian Xuereb");
    }
}
