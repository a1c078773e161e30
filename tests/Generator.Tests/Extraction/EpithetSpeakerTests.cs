using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A description in place of a name as a quote's tag ("said the 24-year-old", "says the Dundalk man", "said the
/// Leeds-based athlete", "the 51-year-old director said"): the person the latest sentence naming anyone had.
/// </summary>
public class EpithetSpeakerTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Track notes\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void An_age_after_the_verb_is_the_person_just_named()
    {
        var facts = Facts("Marta Kovalenko won the 3,000m in Ghent on Sunday. \"I felt strong over the last lap,\" said the 24-year-old.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Marta Kovalenko" && q.Text.StartsWith("I felt strong"));
    }

    [Fact]
    public void A_hometown_and_a_noun_for_a_person_is_the_person_just_named()
    {
        var facts = Facts("Patrick Foley should not be walking.\n\nHe laughs about it now. \"I heard the bone go before I felt anything,\" says the Dundalk man.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Patrick Foley" && q.Text.StartsWith("I heard the bone"));
    }

    [Fact]
    public void A_hyphenated_description_is_one_description()
    {
        var facts = Facts("Coach Ruth Penhallow praised the relay team. Abiodun Sowande agreed the season had been hard. "
                          + "\"Nobody saw the work we put in,\" said the Leeds-based athlete.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Abiodun Sowande" && q.Text.StartsWith("Nobody saw"));
    }

    [Fact]
    public void An_age_before_a_title_describes_the_title_holder()
    {
        var facts = Facts("Film-maker Tobias Renwick spoke to students at his old college. \"Make the film first and find the money later,\" the 51-year-old director said.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Tobias Renwick" && q.Text.StartsWith("Make the film first"));
    }

    [Fact]
    public void A_description_that_is_no_office_names_the_one_the_sentence_had_speaking_whatever_her_title()
    {
        var facts = Facts("Nadia Okafor has until Friday to decide on the world championships. "
                          + "Squad member Ana Lisowska said the team would understand if Okafor stayed at home. "
                          + "\"It would be fantastic to have Nadia with us,\" said the European indoor champion.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Ana Lisowska" && q.Text.StartsWith("It would be fantastic"));
    }

    [Fact]
    public void A_woman_is_not_the_man_just_named()
    {
        var facts = Facts("Declan Moorhouse finished third in the cross-country race. \"It was a brutal course,\" said the Galway woman.");
        facts.Quotes.ShouldNotContain(q => q.SpeakerKey == "Declan Moorhouse");
    }
}
