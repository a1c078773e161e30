using System.Globalization;
using System.Text;

namespace BriefingSite.Diagnostics;

/// <summary>
/// Makes text from content safe to print on a terminal: control and bidirectional-override characters (which could
/// move the cursor, recolour the screen or reorder what is shown) become visible escapes, and very long quotes are cut.
/// </summary>
public static class PrintableText
{
    public const int MaxLength = 1000;

    public static string Of(string text)
    {
        if (!NeedsWork(text)) return text;
        var sb = new StringBuilder(Math.Min(text.Length, MaxLength + 16));
        foreach (var c in text)
        {
            if (sb.Length >= MaxLength) { sb.Append('…'); break; }
            if (IsUnsafe(c)) sb.Append(string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool NeedsWork(string text)
    {
        if (text.Length > MaxLength) return true;
        foreach (var c in text) if (IsUnsafe(c)) return true;
        return false;
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
