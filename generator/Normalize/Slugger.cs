using System.Globalization;
using System.Text;

namespace BriefingSite.Normalize;

/// <summary>Makes URL- and file-system-safe slugs: lowercase ASCII letters, digits and single hyphens, never empty, never a reserved device name.</summary>
public static class Slugger
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "api", "assets", "articles", "actors", "events", "search", "timeline", "feeds", "archive",
    };

    public static string Slugify(string? text, int maxLength = 60, string fallback = "untitled")
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        var sb = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        var pendingHyphen = false;
        foreach (var raw in text)
        {
            var c = ToAscii(raw);
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’' or '‘') continue;  // "Russia's" → "russias"
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                pendingHyphen = false;
                sb.Append(char.ToLowerInvariant(c));
                if (sb.Length > maxLength + 20) break;
            }
            else pendingHyphen = true;
        }
        var slug = TrimToWord(sb.ToString(), maxLength);
        if (slug.Length == 0) return fallback;
        return Reserved.Contains(slug) ? slug + "-1" : slug;
    }

    /// <summary>
    /// Latin letters with diacritics (U+00C0–U+024F) and full-width ASCII to plain ASCII, from a fixed table rather than
    /// string.Normalize: the program runs with invariant globalization, where Normalize does not decompose, and a table
    /// gives the same slug on every machine. '.' marks characters without an ASCII letter.
    /// </summary>
    private const string LatinTable =
        "aaaaaaaceeeeiiiidnooooo.ouuuuytsaaaaaaaceeeeiiiidnooooo.ouuuuyty" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll" +
        "lllnnnnnn.nnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs" +
        "..................f.............oo.............uu..............." +
        "....dddlllnnnaaiioouuuuuuuuuu.aaaa....ggkkoooo..jdddgg..nnaa...." +
        "aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............" +
        "................";

    /// <summary>"Erdoğan" → "Erdogan": Latin letters without their diacritics, case kept, everything else as it is.</summary>
    public static string WithoutDiacritics(string text)
    {
        // Most words are ASCII already, and are their own result: the linker asks this of every word of every event mention.
        if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\u007F')) return text;
        return string.Create(text.Length, text, static (chars, t) =>
        {
            for (var i = 0; i < t.Length; i++)
                chars[i] = ToAscii(t[i]) is var a && char.IsUpper(t[i]) ? char.ToUpperInvariant(a) : a;
        });
    }

    private static char ToAscii(char c)
    {
        if (c is >= '\u00C0' and <= '\u024F') return LatinTable[c - '\u00C0'] is var t && t != '.' ? t : c;
        if (c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A') return (char)(c - 0xFEE0);
        return c;
    }

    private static string TrimToWord(string slug, int max)
    {
        if (slug.Length <= max) return slug.Trim('-');
        var cut = slug.LastIndexOf('-', max);
        return (cut > max / 2 ? slug[..cut] : slug[..max]).Trim('-');
    }

    /// <summary>True for a value <see cref="Slugify"/> could have produced.</summary>
    public static bool IsSafe(string slug) =>
        slug.Length is > 0 and <= 120 && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !slug.StartsWith('-') && !slug.EndsWith('-') && !slug.Contains("--", StringComparison.Ordinal) && !Reserved.Contains(slug);
}
