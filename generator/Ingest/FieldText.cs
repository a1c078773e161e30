using System.Text;

namespace BriefingSite.Ingest;

/// <summary>
/// Cleans a one-line value from YAML (a title, a source, a site name): YAML escapes can produce any character,
/// but a page title has no use for line breaks, control characters or half a surrogate pair.
/// </summary>
public static class FieldText
{
    public static string Clean(string value)
    {
        var sb = new StringBuilder(value.Length);
        var pendingSpace = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c)) { pendingSpace = sb.Length > 0; continue; }
            if (char.IsControl(c) || c is '\uFEFF' or '\u200B' or '\uFFFE' or '\uFFFF' or >= '\uFDD0' and <= '\uFDEF') continue;
            if (char.IsHighSurrogate(c) && (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))) continue;
            if (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]))) continue;
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
