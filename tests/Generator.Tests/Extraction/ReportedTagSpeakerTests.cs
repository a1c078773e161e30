using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Who speaks in a tag that follows the words it reports: "Mr Pym has failed, she claimed" is not Pym; a participle
/// after such a tag ("..., she claimed, saying ...") has the tag's subject; a title another word than the one the
/// article gave ("the Ashby West MP" after "Labour MP Colin Frame") and a description of the one the lead has speaking
/// ("..., Helen Marsh has said. ... the Liberal leader said") are that person; a quote paragraph after indirect speech
/// that closes a paragraph with quotes goes on with the one reported, not the one quoted before.
/// </summary>
public class ReportedTagSpeakerTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Harbour plan row\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void A_name_in_the_words_a_pronoun_tag_reports_is_not_the_pronoun()
    {
        var facts = Facts("Thomas Reed opened the debate on Monday.\n\n"
                          + "Gareth Pym has wasted the harbour money, he claimed. Mr Pym's council was \"a secretive club that ignores the town\", he added.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Thomas Reed" && q.Text.StartsWith("a secretive club"));
    }

    [Fact]
    public void A_quote_introduced_by_a_colon_before_a_pronoun_tag_is_said_by_the_one_before_it()
    {
        var facts = Facts("\"The harbour should stay public,\" said Gareth Pym.\n\n"
                          + "Thomas Reed concurred: \"We need to keep the quay open to everyone\", he argued. \"Nobody wants a private marina.\"");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Thomas Reed" && q.Text.StartsWith("We need to keep the quay"));
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Thomas Reed" && q.Text.StartsWith("Nobody wants"));
    }

    [Fact]
    public void A_fragment_quoted_inside_the_reported_words_leaves_their_names_out()
    {
        var facts = Facts("Thomas Reed opened the debate on Monday.\n\n"
                          + "If voters stayed at home, Gareth Pym could be \"walking into the harbour office with the keys\", he added.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Thomas Reed" && q.Text.StartsWith("walking into the harbour"));
    }

    [Fact]
    public void A_participle_after_a_tag_has_the_tags_subject()
    {
        var facts = Facts("Thomas Reed opened the debate on Monday.\n\n"
                          + "Gareth Pym has wasted the harbour money, he claimed, saying he had the \"wrong priorities for the town\".");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Thomas Reed" && q.Text.StartsWith("wrong priorities"));
    }

    [Fact]
    public void Another_description_with_the_same_title_is_the_person_given_that_title()
    {
        var facts = Facts("Labour MP Colin Frame has told of his surprise at being named in the report.\n\n"
                          + "Mr Frame said: \"I was not told about any of this.\" \"It was a shock to read it,\" said the Ashby West MP.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Colin Frame" && q.Text.StartsWith("It was a shock"));
    }

    [Fact]
    public void A_description_after_a_lead_naming_two_is_the_one_the_lead_has_speaking()
    {
        var facts = Facts("Gareth Pym has failed the town, Thomas Reed has said.\n\n"
                          + "\"The harbour is in the wrong hands\", the Liberal leader said in his New Year message.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Thomas Reed" && q.Text.StartsWith("The harbour is in the wrong hands"));
    }

    [Fact]
    public void A_quote_paragraph_after_indirect_speech_goes_on_with_the_one_reported()
    {
        var facts = Facts("Council spokesman Dewi Hale said: \"The harbour is thriving.\" Thomas Reed praised the lifeboat crews. The storm had tested everyone, Mr Reed said.\n\n"
                          + "\"We watched the waves with a sense of dread. The crews were magnificent.\"");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Thomas Reed" && q.Text.StartsWith("We watched the waves"));
    }

    [Fact]
    public void A_quote_paragraph_after_a_quote_closing_its_paragraph_still_continues_that_quote()
    {
        var facts = Facts("Thomas Reed praised the lifeboat crews. \"The storm had tested everyone,\" Mr Reed said.\n\n"
                          + "\"We watched the waves with a sense of dread.\"");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Thomas Reed" && q.Text.StartsWith("We watched the waves"));
    }
}
