using System.Buffers;
using BriefingSite.Extraction;
using Shouldly;

namespace BriefingSite.Tests.Extraction;

/// <summary><see cref="PrefixTable"/> finds the places a general search of the same strings, ignoring case, finds.</summary>
public class PrefixTableTests
{
    private static readonly string[] Beginnings = ["meetin", "summit", "phone ", "talks", "ca", "Vi", "u.s. s", "war-"];

    private static int Searched(string text, int at, bool wordStart)
    {
        var values = SearchValues.Create(Beginnings, StringComparison.OrdinalIgnoreCase);
        while (at < text.Length)
        {
            var i = text.AsSpan(at).IndexOfAny(values);
            if (i < 0) return -1;
            var pos = at + i;
            if (!wordStart || pos == 0 || !(char.IsLetterOrDigit(text[pos - 1]) || text[pos - 1] == '_')) return pos;
            at = pos + 1;
        }
        return -1;
    }

    [Fact]
    public void Finds_every_place_a_search_of_the_strings_finds_in_seeded_texts()
    {
        var table = PrefixTable.Of(Beginnings)!;
        var random = new Random(2026_11_23);
        string[] parts = ["MEETING", "Summit", "phone call", "Talks", "cab", "visit", "U.S. Senate", "war-torn", "é", "’s", " ", ", ", "x", "_", "9", "Ca", "vI", "\u00E9t\u00E9", "summ", "pho"];
        for (var n = 0; n < 2000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => parts[random.Next(parts.Length)]));
            foreach (var wordStart in new[] { false, true })
                for (var at = 0; at <= text.Length; at++)
                    table.Next(text, at, wordStart).ShouldBe(Searched(text, at, wordStart), $"\"{text}\" from {at}, word start {wordStart}");
        }
    }

    [Theory]
    [InlineData("m")]          // one character
    [InlineData("’s meeting")] // not ASCII
    [InlineData("a\u00E9t")]
    public void Is_not_made_for_beginnings_it_cannot_look_up(string beginning) =>
        PrefixTable.Of(["meeting", beginning]).ShouldBeNull();
}
