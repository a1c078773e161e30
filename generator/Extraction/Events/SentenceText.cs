namespace BriefingSite.Extraction.Events;

/// <summary>Plain facts about a sentence's wording that event reading needs: what is quoted, where a clause starts, plural nouns.</summary>
public static class SentenceText
{
    /// <summary>Quoted stretches; a sentence may begin inside a quote opened in the one before, or end inside one that closes later.</summary>
    public static List<(int Start, int End)> QuoteRanges(string text)
    {
        var ranges = new List<(int, int)>();
        int open = -1;
        var close = text.IndexOf('”');
        var first = text.IndexOf('“');
        var closesFirst = close >= 0 && (first < 0 || first > close);
        if (closesFirst) ranges.Add((0, close));
        for (var i = closesFirst ? close + 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '“' || (c == '"' && open < 0)) open = open < 0 ? i : open;
            else if ((c == '”' || c == '"') && open >= 0) { ranges.Add((open, i)); open = -1; }
        }
        if (open >= 0 && text[open] == '“') ranges.Add((open, text.Length));
        return ranges;
    }

    /// <summary>
    /// Where a straight quote left open at the sentence's end begins ('He said: "By passing the act, Parliament sent ...'), or
    /// -1. <see cref="QuoteRanges"/> leaves it out (a straight mark may as well close a quote of the sentence before); a deed
    /// told after it with no other anchor is still the speaker's words.
    /// </summary>
    public static int OpenStraightQuote(string text)
    {
        var open = -1;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '"') open = open < 0 ? i : -1;
        return open;
    }

    /// <summary>The sentence with quoted words blanked out: a "will" inside a quote says nothing of the reporting clause's tense.</summary>
    public static string Unquoted(string text, List<(int Start, int End)> quotes)
    {
        if (quotes.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (var (start, end) in quotes)
            for (var i = start; i <= end && i < chars.Length; i++) chars[i] = ' ';
        return new string(chars);
    }

    /// <summary>Only the words of one quote: what the speaker says sets the tense of an event spoken of inside it.</summary>
    public static string Inside(string text, (int Start, int End) quote)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (i <= quote.Start || i >= quote.End) chars[i] = ' ';
        return new string(chars);
    }

    /// <summary>Where the clause leading to a verb starts, at most <paramref name="max"/> characters back: its subject ("the defence ministers ... could meet").</summary>
    public static int ClauseBefore(string text, int at, int max)
    {
        var from = Math.Max(0, at - max);
        var cut = text.LastIndexOfAny([',', ';', ':'], Math.Max(0, at - 1));
        return cut >= from ? cut + 1 : from;
    }

    public static bool Plural(string head) =>
        head.EndsWith('s') && !head.EndsWith("talks", StringComparison.OrdinalIgnoreCase) && !head.EndsWith("sanctions", StringComparison.OrdinalIgnoreCase)
        && !head.EndsWith("ss", StringComparison.Ordinal) && !head.EndsWith("negotiations", StringComparison.OrdinalIgnoreCase);
}
