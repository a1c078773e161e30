namespace BriefingSite.Extraction;

/// <summary>
/// Finds double-quoted passages in a paragraph: curly, straight or mixed (“...," and "...”), as pasted text has them.
/// A quote still open at the paragraph's end runs to the end (news style continues a quote in the next paragraph).
/// An opening mark after a finished sentence inside an open quote starts a new quote: the paragraph break of a
/// quote continued in the next paragraph was lost ("... Councils. "The key issue ...").
/// </summary>
public static class QuoteSpans
{
    /// <summary>Index of the opening and closing mark of each quote (Close = text length when unclosed).</summary>
    public static List<(int Open, int Close)> Find(string text)
    {
        var spans = new List<(int, int)>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('“' or '”' or '"' or '„')) continue;
            // "CLIP - JANE ROE (0'19")", "a 6'2" forward": seconds or inches after a figure are no quote mark.
            if (c == '"' && Measure(text, i)) continue;
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            var opening = c is '“' or '„' || (c == '"' && (char.IsWhiteSpace(before) || "([—–-:".Contains(before)) && !char.IsWhiteSpace(after));
            if (open < 0)
            {
                if (opening || (c == '"' && !char.IsLetterOrDigit(before))) open = i;
            }
            else if (opening && AfterSentenceEnd(text, i))
            {
                spans.Add((open, i - 1));
                open = i;
            }
            else if (opening && NestedEnd(text, i) is { } inner) i = inner;  // 'The "United States" is not': words quoted inside the quote
            else if (c == '“' && !(char.IsLetterOrDigit(before) || ".,!?".Contains(before))) open = i;  // a stray opener: start again
            else
            {
                spans.Add((open, i));
                open = -1;
            }
        }
        if (open >= 0 && text.Length - open > 20) spans.Add((open, text.Length));
        return spans;
    }

    /// <summary>
    /// Inside an open quote, a mark that opens mid-sentence ("... The "United States" is not holding ...") quotes a
    /// few words within it when a closing mark follows within a few words and the outer quote still closes later: the index
    /// of that inner closing mark, or null.
    /// </summary>
    private static int? NestedEnd(string text, int i)
    {
        var close = text.IndexOfAny(['"', '”', '“'], i + 1);
        if (close >= 0 && text[close] == '“') return null;
        if (close < 0 || char.IsWhiteSpace(text[close - 1]) || text.AsSpan(i + 1, close - i - 1).Count(' ') > 5) return null;
        var after = close + 1 < text.Length ? text[close + 1] : ' ';
        if (!(char.IsWhiteSpace(after) || ",;:".Contains(after))) return null;
        return text.IndexOfAny(['"', '”'], close + 1) > 0 ? close : null;
    }

    /// <summary>A straight mark closing a figure in minutes and seconds or feet and inches: 0'19", 6'2".</summary>
    private static bool Measure(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && char.IsDigit(text[j])) j--;
        if (j == i - 1 || j < 1 || text[j] is not ('\'' or '’' or '′')) return false;
        return char.IsDigit(text[j - 1]);
    }

    /// <summary>The mark follows a space that follows the end of a sentence: "... Europe. |"On the contrary".</summary>
    private static bool AfterSentenceEnd(string text, int i)
    {
        var j = i - 1;
        if (j < 1 || !char.IsWhiteSpace(text[j])) return false;
        while (j > 0 && char.IsWhiteSpace(text[j])) j--;
        return ".!?…".Contains(text[j]);
    }
}
