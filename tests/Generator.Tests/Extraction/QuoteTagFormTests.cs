using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Tag forms around a quote: a name completed by the quote ('says Ferrand "has no plan"') is not the speaker; a quote after a
/// scare-quoted word goes back to the sentence's verb; an unnamed spokesman opening a sentence with "saying" is not the one
/// quoted before; a clip's duration ("(0'19")") is no quote mark.
/// </summary>
public class QuoteTagFormTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Harbour row\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void A_name_whose_clause_the_quote_completes_is_not_the_speaker()
    {
        var facts = Facts("Minister Paul Ferrand refused to resign after a recording leaked in which someone, seemingly Deputy Anna Kessler, audibly says Ferrand \"has no plan for the harbour at all.\"");
        facts.Quotes.ShouldNotContain(q => q.SpeakerKey == "Paul Ferrand");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Anna Kessler" && q.Text.StartsWith("has no plan"));
    }

    [Fact]
    public void A_quote_after_a_scare_quoted_word_belongs_to_the_sentences_speaker()
    {
        var facts = Facts("The vote went against the council. Mayor Ilse Brandt said she was \"saddened\" by the result and \"we will keep working for every family on the coast.\"");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Ilse Brandt" && q.Text.StartsWith("we will keep working"));
    }

    [Fact]
    public void An_unnamed_spokesman_saying_a_quote_is_not_the_one_quoted_before()
    {
        var facts = Facts("Harbour master Olaf Rinne said: \"The channel is safe. I checked it myself.\" The mayor's official spokesman also rejected the claims, saying: \"The council has seen every survey of the channel.\"");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == null && q.Text.StartsWith("The council has seen"));
    }

    [Fact]
    public void A_clip_duration_is_no_quote_mark()
    {
        var facts = Facts("Harbour master Olaf Rinne spoke to us last night.\n\nCLIP - OLAF RINNE, HARBOUR MASTER (0'19\")\n\"The channel is open again, and the ferries will run on Monday as planned.\"");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Olaf Rinne" && q.Text.StartsWith("The channel is open"));
    }

    [Fact]
    public void A_name_after_the_quote_then_a_long_apposition_then_said_is_the_tag()
    {
        var facts = Facts("Harbour master Olaf Rinne wants the ferry back. The mayor should see for himself \"the damage the storm did to every pier on the coast\", Councillor Ilse Brandt, founder of local shipping charity the Northmoor Sea Trust said.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Ilse Brandt" && q.Text.StartsWith("the damage the storm"));
    }
}
