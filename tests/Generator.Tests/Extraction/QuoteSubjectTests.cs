using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Who speaks when the subject is not right beside the verb: a surname that is also a function word ("Were"), a court
/// in an opening "When" clause, a pronoun after a sentence whose subject is a title ("The Secretary-General ... As she
/// told"), an unnamed "eyewitness" who spoke "for" an agency, and a pronoun opening the words before "saying".
/// </summary>
public class QuoteSubjectTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Story\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void A_capitalized_function_word_after_a_full_name_ends_the_name()
    {
        var facts = Facts("The Lakeside Courier looks back at the dispute. Its columnist Peter Mwangi Were argues that the summit, \"which changed nothing at all\", showed why the court was needed.");
        facts.Mentions.ShouldContain(m => m.Key == "Peter Mwangi Were" && m.Kind == ActorKind.Person);
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Peter Mwangi Were");
    }

    [Fact]
    public void A_court_in_an_opening_when_clause_is_not_the_speaker()
    {
        var facts = Facts("Maria Lund died on Friday. When the Regional Court of Appeal ruled last week that the ban was unlawful, she sent a short message to old friends: \"The treaty works. Now read it.\"");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Maria Lund" && q.Text.StartsWith("The treaty works"));
    }

    [Fact]
    public void A_pronoun_after_a_titled_subject_is_the_title_holder()
    {
        var facts = Facts("The following statement was issued today by the Spokesperson for UN Secretary-General Ana Lindqvist:\n\n"
                          + "The Secretary-General welcomes the deal. She commends the Minister for Foreign Affairs of Tonga, Sione Tupou, who chaired the meeting.\n\n"
                          + "The Secretary-General recalls the treaty. As she told the Lisbon conference in June, \"the high seas cannot become a lawless frontier\".");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Ana Lindqvist" && q.Text.StartsWith("the high seas"));
    }

    [Fact]
    public void An_eyewitness_who_spoke_for_an_agency_is_unnamed()
    {
        var facts = Facts("A witness described for news agency Nordpress how the attack unfolded, stating, \"I was walking home when I saw a man with a knife running past the bank.\"");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == null && q.Speaker == "A witness");
    }

    [Fact]
    public void A_pronoun_opening_the_words_before_saying_is_the_subject()
    {
        var facts = Facts("Lars Berg was questioned. He later contacted the newspaper saying the message had been sent in error and that it was all a \"silly little fuss about nothing\".");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Lars Berg");
    }

    [Fact]
    public void A_pronoun_before_another_verb_of_saying_or_a_passive_is_not_the_subject()
    {
        var facts = Facts("Lars Berg was arrested. He said the guard shouted: \"You cannot pass through this gate tonight.\"\n\n"
                          + "Lars Berg was praised. He is described as \"a kind and generous grandfather\" of three.");
        facts.Quotes.ShouldNotContain(q => q.SpeakerKey == "Lars Berg");
    }
}
