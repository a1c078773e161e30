namespace BriefingSite.Extraction;

/// <summary>
/// "the 19-year-old told reporters", "the 62-year-old also said": an age written in place of a name, right before a
/// verb of saying, names the one person the text just named, never a person called "old".
/// </summary>
internal static class AgeEpithets
{
    /// <summary>The age ("19-year-old") of "the 19-year-old" ending right before <paramref name="verb"/> (adverbs may stand between), or null.</summary>
    public static string? Before(List<Token> window, int verb, IReadOnlySet<string> adverbs)
    {
        var j = verb - 1;
        while (j >= 0 && verb - j <= 3 && adverbs.Contains(window[j].Text)) j--;
        if (j < 5 || !window[j].Is("old") || !window[j - 1].Is("-") || window[j - 2].Text is not ("year" or "years") || !window[j - 3].Is("-")
            || !window[j - 4].IsWord || window[j - 5].Text is not ("the" or "The")) return null;
        return window[j - 4].Text + "-year-old";
    }
}
