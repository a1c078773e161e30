namespace BriefingSite.Extraction.Events;

/// <summary>
/// A title made of a clause's own words ("Kestria tested its Aurora booster rocket"), at most so many words. A clause
/// longer than that is cut where its last phrase after the verb begins (a preposition, "to", a relative or joining word),
/// so the title never ends inside one ("... rocket by launching company founder Elon Musk's", "... emerged in the form"), and never on a
/// function word.
/// </summary>
public static class ClauseTitles
{
    /// <summary>The fewest words a title cut at a phrase keeps when the caller cannot tell where its verb ends.</summary>
    public const int Fewest = 4;

    private static readonly HashSet<string> PhraseStarts = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "to", "for", "with", "from", "by", "of", "against", "during", "after", "before", "into", "over", "under",
        "between", "about", "as", "since", "until", "amid", "despite", "through", "which", "who", "whom", "whose", "that", "what",
        "while", "when", "where", "and", "but", "or", "because", "if",
    };

    private static readonly HashSet<string> Trailing = new(StringComparer.Ordinal)
    {
        "late", "early", "mid", "in", "on", "at", "the", "of", "a", "an", "for", "with", "to", "by", "from", "and", "or", "but", "its", "their", "this", "that", "these", "those", "which", "who", "what", "as", "than", "into", "against",
    };

    /// <summary>The title from <paramref name="words"/>: all of them when they are no more than <paramref name="max"/>.</summary>
    /// <param name="words">The clause's words.</param>
    /// <param name="max">The most words a title has.</param>
    /// <param name="from">
    /// The first word a cut may fall on: after the subject, the verb and a word of what it acts on ("The President of the
    /// Republic met", whose "of" is no phrase to cut).
    /// </param>
    public static List<string> Shorten(IReadOnlyList<string> words, int max, int from = Fewest)
    {
        var kept = words.Take(max).ToList();
        if (words.Count > max)
            // The last phrase begun is the one cut; "of" carries on the noun before it ("the form of", "the Ambassador of").
            for (var i = kept.Count - 1; i >= Math.Max(1, from); i--)
                if (PhraseStarts.Contains(kept[i]) && kept[i] != "of")
                {
                    kept.RemoveRange(i, kept.Count - i);
                    break;
                }
        while (kept.Count > 0 && kept[^1].TrimEnd(',', '.', ';', ':') is var last && (Trailing.Contains(last) || last is "" or "-" or "–")) kept.RemoveAt(kept.Count - 1);
        if (kept.Count > 0) kept[^1] = kept[^1].TrimEnd(',', ';', ':');
        return kept;
    }
}
