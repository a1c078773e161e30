namespace BriefingSite.Extraction;

/// <summary>
/// News outlets nobody listed, read from where only an outlet can stand: the questioner's marker of a transcript
/// ("Q (El Mercurio): Did you discuss ...?", "Question (Arirang TV):") and the one told in an interview ("told The
/// Atlantic", where "The" in mid-sentence is part of a title). Known names keep their own entry.
/// </summary>
public sealed class OutletNames(Knowledge k)
{
    public IEnumerable<PersonCandidate> Find(int paragraph, List<Token> tokens)
    {
        // "Q (KBS):", "Question (The Korea Herald):" open the paragraph.
        if (tokens.Count > 4 && tokens[0].Text is "Q" or "Question" or "QUESTION" && tokens[1].Is("("))
        {
            var close = tokens.FindIndex(2, t => t.Is(")"));
            if (close > 2 && close <= 8 && close + 1 < tokens.Count && tokens[close + 1].Is(":") && Run(tokens, 2, close - 1) is { } name)
                yield return Candidate(paragraph, tokens, 2, name);
        }
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            // "Voter Kitty Mak told The Atlantic,": a title with "The" in mid-sentence.
            if (!tokens[i].Is("The") || tokens[i].SentenceInitial || tokens[i - 1].Text is not ("told" or "tells")) continue;
            var last = i + 1;
            while (last + 1 < tokens.Count && tokens[last + 1].IsCapitalized && tokens[last + 1].Start == tokens[last].End + 1 && !tokens[last].Possessive) last++;
            if (last - i <= 3 && Run(tokens, i, last) is { } named) yield return Candidate(paragraph, tokens, i, named);
        }
    }

    /// <summary>The last token of a run of capitalized words (digits allowed after the first) from first to last, when it is no known name.</summary>
    private int? Run(List<Token> tokens, int first, int last)
    {
        if (!tokens[first].IsCapitalized) return null;
        for (var j = first + 1; j <= last; j++)
            if (!(tokens[j].IsCapitalized || tokens[j].IsWord && char.IsDigit(tokens[j].Text[0])) || tokens[j].Start - tokens[j - 1].End > 1) return null;
        if (k.Names.Match(tokens, first) is not null) return null;
        return last;
    }

    private static PersonCandidate Candidate(int paragraph, List<Token> tokens, int first, int last) =>
        new(tokens.Skip(first).Take(last - first + 1).Select(t => t.Text).ToList(), null, paragraph, tokens[first].Start, tokens[last].End, Model.ActorKind.Organization);
}
