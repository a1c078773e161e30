namespace BriefingSite.Extraction;

/// <summary>
/// The words of a description standing for someone just named ("..., said the 28-year-old", "said the Newport-based
/// athlete", "says the Waterford man"): words joined by hyphens are one word, an age is no title, and "man" or "woman"
/// says who can be meant.
/// </summary>
internal static class EpithetPhrases
{
    /// <summary>The tokens with each run of words joined by hyphens ("cross", "-", "country") made one word ("cross-country").</summary>
    public static List<Token> Compound(IEnumerable<Token> tokens)
    {
        var result = new List<Token>();
        foreach (var t in tokens)
        {
            if (result.Count >= 2 && t.IsWord && result[^1].Is("-") && result[^1].Start == t.Start - 1 && result[^2].IsWord && result[^2].End == t.Start - 1)
            {
                var first = result[^2];
                result.RemoveRange(result.Count - 2, 2);
                result.Add(new Token(first.Text + "-" + t.Text, first.Start, true, t.Possessive, first.SentenceInitial));
            }
            else result.Add(t);
        }
        return result;
    }

    /// <summary>"28-year-old", "seven-year-old", "30-years-old".</summary>
    public static bool IsAge(string word) =>
        word.EndsWith("-year-old", StringComparison.Ordinal) || word.EndsWith("-years-old", StringComparison.Ordinal);

    /// <summary>The description without its ages ("the 47-year-old director" is "the director"), when it opens with "the".</summary>
    public static List<Token> WithoutAges(List<Token> phrase) =>
        phrase.Count > 2 && phrase[0].Text is "the" or "The" ? phrase.Where((t, i) => i == 0 || !IsAge(t.Text)).ToList() : phrase;

    /// <summary>
    /// The speaker a description was resolved to, unless its noun says a man and the given name is a woman's, or a woman
    /// and the given name is known only as a man's.
    /// </summary>
    public static (string Speaker, string? Key)? Sexed(Knowledge k, (string Speaker, string? Key)? found, List<Token> phrase)
    {
        if (found is not { Key: { } key } || phrase.Count == 0) return found;
        var given = key.Split(' ')[0];
        return phrase[^1].Text switch
        {
            "man" when k.FemaleNames.Contains(given) && !k.UnisexNames.Contains(given) => null,
            "woman" when k.GivenNames.Contains(given) && !k.FemaleNames.Contains(given) && !k.UnisexNames.Contains(given) => null,
            _ => found,
        };
    }
}
