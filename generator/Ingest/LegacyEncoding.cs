using System.Text;
using System.Text.RegularExpressions;

namespace BriefingSite.Ingest;

/// <summary>
/// The one place briefing converts a legacy encoding, used only by `add` (a build never guesses): a file that is not
/// UTF-8 is read in the charset its HTML declares, else as Windows-1252 (a superset of Latin-1 for printable text).
/// </summary>
public static partial class LegacyEncoding
{
    public sealed record Result(string? Text, string? Note, string? Error);

    public static Result Decode(byte[] bytes)
    {
        var strict = TextDecoder.Decode(bytes);
        if (strict.Text is not null) return new(strict.Text, null, null);
        if (bytes.AsSpan().IndexOf((byte)0) >= 0) return new(null, null, strict.Error);
        var declared = DeclaredCharset(bytes);
        var encoding = (declared is null ? null : Lookup(declared)) ?? Lookup("windows-1252")!;
        var text = encoding.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var how = declared is not null && Lookup(declared) is not null ? $"as its declared charset {declared}" : "as Windows-1252 (Latin-1)";
        return new(text, $"not UTF-8: converted {how}; the article is saved as UTF-8", null);
    }

    private static Encoding? Lookup(string name)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The charset a page declares in its first kilobytes (&lt;meta charset&gt; or http-equiv), which are ASCII in every legacy encoding.</summary>
    private static string? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var m = Charset().Match(head);
        return m.Success ? m.Groups[1].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_.:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Charset();
}
