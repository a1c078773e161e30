using System.Buffers;

namespace BriefingSite.Extraction;

/// <summary>
/// Finds where one of a set of beginnings ("meetin", "summit", "phone ") starts in a text, in any case: each place is
/// looked up by its first two characters in a table, and only where the table says a beginning may start are the
/// beginnings of that first letter compared. For the few hundred beginnings of the event patterns this is several
/// times quicker than a general search of many strings, which falls back to a character-by-character automaton.
/// Beginnings whose first two characters are all ASCII only: a character outside ASCII then never starts or continues
/// a match in those two places (callers leave texts with characters that fold to ASCII letters, such as the Kelvin
/// sign, to the regex itself).
/// </summary>
internal sealed class PrefixTable
{
    /// <summary>ASCII letters, digits and the underscore: the characters of a word to <c>\b</c>.</summary>
    private static readonly SearchValues<char> AsciiWord = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    private readonly bool[] pairs = new bool[128 * 128];
    private readonly string[]?[] byFirst = new string[]?[128];

    private PrefixTable() { }

    /// <summary>The table of <paramref name="prefixes"/>, or null when one is shorter than two characters or does not begin with two ASCII ones.</summary>
    public static PrefixTable? Of(IReadOnlyCollection<string> prefixes)
    {
        if (prefixes.Count == 0 || prefixes.Any(p => p.Length < 2 || p[0] >= 128 || p[1] >= 128)) return null;
        var table = new PrefixTable();
        foreach (var first in prefixes.GroupBy(p => Lower(p[0])))
            table.byFirst[first.Key] = first.Order(StringComparer.Ordinal).ToArray();
        foreach (var p in prefixes) table.pairs[Lower(p[0]) * 128 + Lower(p[1])] = true;
        return table;
    }

    private static int Lower(char c) => c is >= 'A' and <= 'Z' ? c | 0x20 : c;

    /// <summary>The first place at or after <paramref name="at"/> where a beginning starts (ordinal, ignoring case), or -1.</summary>
    /// <param name="wordStart">Only places not preceded by a letter, digit or underscore (where <c>\b</c> before a word character holds).</param>
    public int Next(string text, int at, bool wordStart)
    {
        for (var pos = at; pos + 1 < text.Length; pos++)
        {
            // Inside a word of ASCII letters and digits no beginning can start: jump past its end at once (a vectorized search
            // for the next other character). What follows an accented letter is still judged below, as before.
            if (wordStart && pos > 0 && AsciiWord.Contains(text[pos - 1]))
            {
                var end = text.AsSpan(pos).IndexOfAnyExcept(AsciiWord);
                if (end < 0) return -1;
                pos += end + 1;
                if (pos + 1 >= text.Length) return -1;
            }
            var (c0, c1) = (text[pos], text[pos + 1]);
            if (c0 >= 128 || c1 >= 128) continue;
            var first = Lower(c0);
            if (!pairs[first * 128 + Lower(c1)]) continue;
            if (wordStart && pos > 0 && (char.IsLetterOrDigit(text[pos - 1]) || text[pos - 1] == '_')) continue;
            foreach (var p in byFirst[first]!)
                if (text.AsSpan(pos).StartsWith(p, StringComparison.OrdinalIgnoreCase)) return pos;
        }
        return -1;
    }
}
