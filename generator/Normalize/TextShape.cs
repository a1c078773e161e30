namespace BriefingSite.Normalize;

/// <summary>Small judgements about the shape of a line of text, shared by the normalization rules.</summary>
public static class TextShape
{
    private const string Closers = "\"'”’»)]";

    public static int WordCount(string s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord) { inWord = true; n++; }
        }
        return n;
    }

    /// <summary>True when the line ends like a sentence or clause (period, question mark, colon...), looking past closing quotes.</summary>
    public static bool EndsWithPunctuation(string s)
    {
        var t = s.TrimEnd();
        while (t.Length > 0 && Closers.Contains(t[^1])) t = t[..^1].TrimEnd();
        return t.Length > 0 && ".!?:;,…-–—".Contains(t[^1]);
    }

    /// <summary>The first <paramref name="max"/> characters at most, never ending in half a surrogate pair.</summary>
    public static string Cut(string s, int max)
    {
        if (s.Length <= max) return s;
        return char.IsHighSurrogate(s[max - 1]) ? s[..(max - 1)] : s[..max];
    }

    public static bool StartsLikeText(string s) =>
        s.Length > 0 && (char.IsUpper(s[0]) || char.IsDigit(s[0]) || "\"'“‘".Contains(s[0]));

    /// <summary>A short standalone line without final punctuation: a headline or a subheading.</summary>
    public static bool IsHeadingLike(string s, int maxWords) =>
        StartsLikeText(s) && WordCount(s) <= maxWords && s.Length <= 160 && !EndsWithPunctuation(s);
}
