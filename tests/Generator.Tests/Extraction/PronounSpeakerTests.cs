using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Who a pronoun or an unnamed source is when the speaker is not named beside the quote: "he said, adding that ..."
/// goes on with the pronoun's person; a sentence opening with a person's given name alone ("Albert is more hopeful.")
/// makes that person the one a pronoun after it refers to; "according to a Burundian diplomat" is someone unnamed.
/// </summary>
public class PronounSpeakerTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Border talks\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void He_said_adding_goes_on_with_the_pronouns_person()
    {
        var facts = Facts("Rwanda's Foreign Minister Vincent Biruta was more cautious on Tuesday. The agreement was only a first step, he said, adding that Rwanda wanted \"every clause to be honoured\".");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Vincent Biruta" && q.Text.StartsWith("every clause"));
    }

    [Fact]
    public void A_sentence_opening_with_a_given_name_makes_that_person_the_pronouns_referent()
    {
        var facts = Facts("\"We have waited long enough,\" Burundi's Foreign Minister Albert Ndayizeye told reporters.\n\n"
                          + "\"Nothing is settled yet,\" Rwanda's Foreign Minister Vincent Biruta said.\n\n"
                          + "Albert is more hopeful. \"The border will be open by June,\" he said.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Albert Ndayizeye" && q.Text.StartsWith("The border will be open"));
        facts.Mentions.ShouldNotContain(m => m.Name == "Albert");
    }

    [Fact]
    public void A_given_name_shared_by_two_people_refers_to_neither()
    {
        var facts = Facts("\"We have waited long enough,\" Burundi's envoy Albert Ndayizeye told reporters. His deputy, Albert Niyonzima, was at his side.\n\n"
                          + "\"Nothing is settled yet,\" Rwanda's Foreign Minister Vincent Biruta said.\n\n"
                          + "Albert is more hopeful. \"The border will be open by June,\" he said.");
        facts.Quotes.ShouldNotContain(q => q.SpeakerKey != null && q.SpeakerKey.StartsWith("Albert") && q.Text.StartsWith("The border will be open"));
    }

    [Fact]
    public void According_to_someone_unnamed_nearer_the_quote_than_the_verb_is_no_named_speaker()
    {
        var facts = Facts("Vincent Biruta agreed to travel during a call with Albert Ndayizeye last Friday, a week after a first call between the two men that, according to a Burundian diplomat, \"mostly dealt with the seating plan\".");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == null && q.Speaker == "a Burundian diplomat" && q.Text.StartsWith("mostly dealt"));
    }
}
