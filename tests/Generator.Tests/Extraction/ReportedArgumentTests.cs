using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Extraction;

/// <summary>Words the sentence reports as someone else's argument are not the subject's quote.</summary>
public class ReportedArgumentTests
{
    [Theory]
    [InlineData("Defence Minister Anna Kowal rejected the argument that \"talking to Moscow now\" is the same as giving in.")]
    [InlineData("Defence Minister Anna Kowal dismissed claims of \"a secret deal with the rebels\" as nonsense, she said.")]
    public void A_quoted_argument_is_not_attributed_to_the_one_who_rejects_it(string text)
    {
        var facts = Extracting.Facts(text);
        facts.Mentions.ShouldContain(m => m.Key == "Anna Kowal");
        facts.Quotes.ShouldBeEmpty();
    }

    [Fact]
    public void Her_own_words_after_the_argument_are_still_hers()
    {
        var facts = Extracting.Facts("Defence Minister Anna Kowal rejected the argument that \"talking now\" is weakness. \"We will talk when the guns fall silent,\" Kowal said.");
        facts.Quotes.ShouldHaveSingleItem().SpeakerKey.ShouldBe("Anna Kowal");
    }

    [Fact]
    public void A_quote_opening_the_sentence_after_one_ending_on_an_argument_noun_is_the_speakers()
    {
        var facts = Extracting.Facts("Defence Minister Anna Kowal rejected the allegations. \"I never saw a single document about the deal,\" she told the court.");
        facts.Quotes.ShouldHaveSingleItem().SpeakerKey.ShouldBe("Anna Kowal");
    }
}
