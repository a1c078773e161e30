using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A press digest heads each item with the outlet's name, the date and a colon before the outlet's headline
/// ("Morgenblatt Kessel, 4 May: "..."): the outlet is an organization, the headline its words, and "the paper" of the
/// item below is that outlet.
/// </summary>
public class PressDigestHeadingTests
{
    private const string Digest =
        "What the papers say about the Vellmar bridge\n\n" +
        "Morgenblatt Kessel, 4 May: \"Bridge closed after cracks found overnight\"\n\n" +
        "The Kessel daily reports that inspectors closed the Vellmar bridge on Sunday. The paper writes that the main girder \"could fail within a month without repairs\".\n\n" +
        "The Harwick Sentinel (weekly), June 9 (editorial): \"A town cut in two\"\n\n" +
        "In its leading article the weekly says the closure shows years of neglect.\n";

    [Fact]
    public void The_outlet_opening_a_digest_heading_is_an_organization()
    {
        var facts = Extracting.Facts(Digest, path: "content/articles/a.md");
        facts.Mentions.ShouldContain(m => m.Key == "Morgenblatt Kessel" && m.Kind == ActorKind.Organization);
        facts.Mentions.ShouldContain(m => m.Key == "The Harwick Sentinel" && m.Kind == ActorKind.Organization);
    }

    [Fact]
    public void The_headline_and_the_paper_s_words_below_are_the_outlet_s()
    {
        var facts = Extracting.Facts(Digest, path: "content/articles/a.md");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Morgenblatt Kessel" && q.Text.StartsWith("Bridge closed after cracks"));
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Morgenblatt Kessel" && q.Text.StartsWith("could fail within a month"));
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "The Harwick Sentinel" && q.Text.StartsWith("A town cut in two"));
    }

    [Fact]
    public void A_place_or_a_person_before_a_date_and_a_colon_is_no_outlet()
    {
        var facts = Extracting.Facts("Diary of the talks\n\nMonday, 4 May: \"We are close,\" said the mediator Anna Berg.\n\nAnna Berg, 5 May: \"Nothing is agreed yet\"\n\nThe talks resumed on Tuesday.\n", path: "content/articles/a.md");
        facts.Mentions.ShouldNotContain(m => m.Kind == ActorKind.Organization && (m.Key == "Monday" || m.Key == "Anna Berg"));
    }
}
