using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Who speaks a quote that carries no tag of its own or whose lead-in names another: a person opening the sentence right
/// before it, after someone else was quoted; the tag right after a quote that closes on a comma ('"...," said X') over a
/// body's verb before it.
/// </summary>
public class NewSubjectQuoteTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Harbour row\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void A_person_opening_the_sentence_before_a_bare_quote_speaks_it()
    {
        var facts = Facts("Green Party leader Ada Morrow renewed her attack on the plan, warning: \"This will not go away.\" "
                          + "Liberal transport spokesman Ivo Brannock repeated his party's call for an inquiry. \"Only a full inquiry can restore trust.\"");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Ivo Brannock" && q.Text.StartsWith("Only a full inquiry"));
    }

    [Fact]
    public void The_tag_after_a_quote_closing_on_a_comma_wins_over_a_bodys_verb_before_it()
    {
        var facts = Facts("The Ruritanian Harbour Authority has warned about the dredging for months. "
                          + "Although the delay is short, the Ruritanian Harbour Authority noted the need to act: \"Every week counts for the fishermen,\" said Tomas Velloran, the authority's director.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Tomas Velloran" && q.Text.StartsWith("Every week counts"));
    }
}
