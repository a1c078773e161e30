using BriefingSite.Extraction.Events;
using BriefingSite.Tests.Hardening;
using FsCheck;
using FsCheck.Fluent;
using Shouldly;

namespace BriefingSite.Tests.Extraction;

/// <summary>The words before a position, read backwards, are the last words of splitting everything before it.</summary>
public class WordsBeforeTests
{
    private static string[] BySplitting(string text, int position, int count)
    {
        var words = text[..position].Split([' ', ',', '(', '“', '"'], StringSplitOptions.RemoveEmptyEntries);
        return words.Skip(Math.Max(0, words.Length - count)).ToArray();
    }

    [Theory]
    [InlineData("the ministers met in Brussels", 18, 2, new[] { "ministers", "met" })]
    [InlineData("  ,(“said", 9, 3, new[] { "said" })]
    [InlineData("", 0, 1, new string[0])]
    [InlineData("a, b (c) \"d", 11, 5, new[] { "a", "b", "c)", "d" })]
    public void Gives_the_last_words_in_order(string text, int position, int count, string[] expected)
    {
        EventPhrase.WordsBefore(text, position, count).ShouldBe(expected);
    }

    [Fact]
    public void Agrees_with_splitting_on_any_text_position_and_count()
    {
        var cases = Arb.From(
            from text in HostileText.Any().Generator
            from position in Gen.Choose(0, text.Length)
            from count in Gen.Choose(0, 6)
            select (text, position, count));
        Check.One(HostileText.Config(500), Prop.ForAll(cases, c =>
            EventPhrase.WordsBefore(c.text, c.position, c.count).SequenceEqual(BySplitting(c.text, c.position, c.count))));
    }
}
