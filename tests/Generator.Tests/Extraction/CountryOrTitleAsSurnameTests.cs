using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A surname that is also a country's word ("Mike German", "Mr German") or a title word ("Sir Andrew Green", "Lucy
/// Dean") names a person, not the country or a title.
/// </summary>
public class CountryOrTitleAsSurnameTests
{
    private static Model.ArticleFacts Facts(string body) => Extracting.Facts("Assembly news\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void A_demonym_after_a_given_name_or_a_courtesy_title_is_a_surname()
    {
        var facts = Facts("Nigel French, leader of the Greens on the council, said the budget was late. Mr French said: \"The council has let people down badly.\"");
        var keys = Extracting.ActorKeys(facts);
        keys.ShouldContain("Nigel French");
        keys.ShouldNotContain("France");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Nigel French" && q.Text.StartsWith("The council has let"));
    }

    [Fact]
    public void A_demonym_before_a_noun_stays_the_country()
    {
        var keys = Extracting.ActorKeys(Facts("Talks with Nigel French officials were held in Lyon. Mr Hale said the French delegation left early."));
        keys.ShouldContain("France");
    }

    [Fact]
    public void A_title_word_ending_a_name_after_a_given_name_is_a_surname()
    {
        var facts = Facts("Sir Andrew Green, chairman of the harbour trust, says there is no need for change. He said: \"The figures are accurate and we stand by them.\"");
        Extracting.ActorKeys(facts).ShouldContain("Andrew Green");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Andrew Green" && q.Text.StartsWith("The figures are accurate"));
    }
}
