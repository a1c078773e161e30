namespace BriefingSite.Normalize;

/// <summary>Splits prose into sentences without breaking at abbreviations ("U.S.", "Gen.", "Feb."), initials or decimals.</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov", "sen", "rep",
        "pres", "st", "sr", "jr", "rev", "hon", "amb", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "univ", "fig",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "est", "al", "e.g", "i.e",
    };

    private const int MaxWordLength = 40;

    private const string Closers = "\"'”’»)]";

    /// <summary>Start offsets and lengths of each sentence, trimmed of surrounding spaces.</summary>
    public static List<(int Start, int Length)> Split(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…')) continue;
            var end = i + 1;
            while (end < text.Length && (text[end] is '.' or '!' or '?' || Closers.Contains(text[end]))) end++;
            var next = end;
            var spaced = false;
            while (next < text.Length && text[next] == ' ') { next++; spaced = true; }
            if (next >= text.Length) break;
            if (!StartsSentence(text, next)) continue;
            if (c == '.' && !IsBoundaryPeriod(text, i, spaced)) continue;
            Add(result, text, start, end);
            start = next;
            i = next - 1;
        }
        Add(result, text, start, text.Length);
        return result;
    }

    private static bool StartsSentence(string text, int at)
    {
        var ch = text[at];
        if (char.IsUpper(ch) || char.IsDigit(ch)) return true;
        return "\"“‘'(".Contains(ch) && at + 1 < text.Length && (char.IsUpper(text[at + 1]) || char.IsDigit(text[at + 1]));
    }

    private static bool IsBoundaryPeriod(string text, int dot, bool spaced)
    {
        // Only the word's last characters matter (abbreviations are short); the cap keeps text without spaces linear.
        var wordStart = dot;
        var limit = Math.Max(0, dot - MaxWordLength);
        while (wordStart > limit && !char.IsWhiteSpace(text[wordStart - 1]) && !"\"“(".Contains(text[wordStart - 1])) wordStart--;
        var word = text[wordStart..dot];
        if (word.Length == 0) return true;
        if (!spaced)
            return word.Length >= 3 && word.All(char.IsLower);  // "engagement.The" lost its space
        if (word.Length == 1 && char.IsUpper(word[0])) return false;  // an initial: "J. Smith"
        if (word.Contains('.')) return false;                          // "U.S.", "e.g."
        return !Abbreviations.Contains(word);
    }

    private static void Add(List<(int, int)> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add((start, end - start));
    }

    public static List<string> SplitText(string text) => Split(text).Select(s => text.Substring(s.Start, s.Length)).ToList();
}
