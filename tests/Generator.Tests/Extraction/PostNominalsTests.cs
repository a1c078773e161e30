using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Letters for an office or honour written after a name ("QC", "MSP", "MP", "OBE") close the name: the person is found
/// by the words before them, and speaks there.
/// </summary>
public class PostNominalsTests
{
    [Fact]
    public void Letters_after_a_name_close_it_and_the_person_speaks()
    {
        var facts = Extracting.Facts("Court ruling\n\nJudge Halvard Quint QC said the pair had shown \"no regard at all for the people they served\". "
            + "The inquiry was led by Morwenna Tallis MSP and two advisers.\n", path: "content/articles/a.md");
        var keys = Extracting.ActorKeys(facts);
        keys.ShouldContain("Halvard Quint");
        keys.ShouldContain("Morwenna Tallis");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Halvard Quint" && q.Text.StartsWith("no regard"));
    }

    [Fact]
    public void The_same_letters_before_a_name_are_its_title()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts("Vote\n\nLabour MP Dorcas Penhale said she would vote against the bill.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Dorcas Penhale");
    }
}
