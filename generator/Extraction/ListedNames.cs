namespace BriefingSite.Extraction;

/// <summary>
/// People named in a list with people already found: "Marta Ilves, Oskar Tamm, Liisa Kask and Peeter Saar" (the unknown
/// given name "Liisa" beside names the article's other rules found), race results ("Kenyans Amos Tanui, 2:06:10, and
/// Kiptoo Rotich, 2:06:15"). A nationality in the plural before two capitalized words names people; two plain
/// capitalized words joined to a found person's full name by a comma or "and" (a result between commas allowed) are a
/// person too, and so on along the list. Names of things, bodies and places are known names or hold head, title or
/// function words, and are left alone.
/// </summary>
internal static class ListedNames
{
    internal static IEnumerable<PersonCandidate> Find(Knowledge k, List<List<Token>> tokenized, IReadOnlyList<PersonCandidate> candidates)
    {
        var found = new List<PersonCandidate>();
        for (var p = 0; p < tokenized.Count; p++)
        {
            var tokens = tokenized[p];
            var spans = new List<(int First, int Last)>();
            foreach (var c in candidates.Where(c => c.Paragraph == p && c.Kind == Model.ActorKind.Person && c.NameTokens.Count >= 2))
                if (Span(tokens, c.Start, c.End) is { } span) spans.Add(span);
            // "Ethiopians Dejene Roe": nationals in the plural, then a name.
            for (var j = 1; j + 1 < tokens.Count; j++)
                if (tokens[j - 1].IsCapitalized && tokens[j - 1].Text.EndsWith('s') && tokens[j - 1].End + 1 == tokens[j].Start
                    && k.Names.Match(tokens, j - 1) is { Count: 1, Name.Kind: Model.ActorKind.Country } nation && nation.Name.Key != tokens[j - 1].Text
                    && Pair(k, tokens, j, afterNational: true) && !spans.Contains((j, j + 1)))
                {
                    spans.Add((j, j + 1));
                    found.Add(Candidate(tokens, p, j));
                }
            // Along the list, both ways, from every name found so far.
            for (var s = 0; s < spans.Count; s++)
            {
                var (first, last) = spans[s];
                foreach (var at in new[] { After(tokens, last), Before(tokens, first) })
                {
                    if (at < 0 || !Pair(k, tokens, at) || spans.Exists(x => x.First <= at + 1 && at <= x.Last)) continue;
                    spans.Add((at, at + 1));
                    found.Add(Candidate(tokens, p, at));
                }
            }
        }
        return found;
    }

    private static PersonCandidate Candidate(List<Token> tokens, int paragraph, int at) =>
        new([tokens[at].Text, tokens[at + 1].Text], null, paragraph, tokens[at].Start, tokens[at + 1].End);

    private static (int First, int Last)? Span(List<Token> tokens, int start, int end)
    {
        var first = tokens.FindIndex(t => t.Start == start);
        var last = tokens.FindIndex(t => t.End == end);
        return first >= 0 && last >= first ? (first, last) : null;
    }

    /// <summary>Where the next name of the list opens after the name ending at <paramref name="last"/>: past ",", "and", ", and", or ", 2:05:46, and".</summary>
    private static int After(List<Token> tokens, int last)
    {
        var j = last + 1;
        if (j < tokens.Count && tokens[j].Is(","))
        {
            j++;
            // A result set off by commas: digits and marks only.
            var r = j;
            while (r < tokens.Count && r < j + 8 && !tokens[r].Is(",") && (!tokens[r].IsWord || TextChars.All(tokens[r].Text, char.IsAsciiDigit))) r++;
            if (r > j && r < tokens.Count && tokens[r].Is(",")) j = r + 1;
        }
        if (j < tokens.Count && tokens[j].Is("and")) j++;
        return j > last + 1 && j + 1 < tokens.Count ? j : -1;
    }

    /// <summary>Where the name before the one opening at <paramref name="first"/> opens: two words before ", " or " and ".</summary>
    private static int Before(List<Token> tokens, int first)
    {
        var j = first - 1;
        if (j >= 0 && tokens[j].Is("and")) j--;
        else if (j >= 0 && tokens[j].Is(",")) j--;
        else return -1;
        if (j >= 0 && tokens[j].Is(",")) j--;
        return j - 1 >= 0 && j < first - 1 ? j - 1 : -1;
    }

    /// <summary>
    /// Two plain capitalized words, glued, standing alone (no capitalized word glued before or after them but the
    /// nationality, no possessive before their end): no known name, title, head noun, function or generic word.
    /// </summary>
    private static bool Pair(Knowledge k, List<Token> tokens, int at, bool afterNational = false)
    {
        if (at + 1 >= tokens.Count) return false;
        var (a, b) = (tokens[at], tokens[at + 1]);
        if (!a.IsCapitalized || !b.IsCapitalized || a.Possessive || a.SentenceInitial || b.Start != a.End + 1) return false;
        if (!afterNational && at > 0 && tokens[at - 1].IsCapitalized && tokens[at - 1].End + 1 == a.Start) return false;
        if (at + 2 < tokens.Count && (tokens[at + 2].IsCapitalized || tokens[at + 2].Is("-")) && tokens[at + 2].Start <= b.End + 1) return false;
        // "Michael Collins and Star Wars: The Phantom Menace": a title goes on after a colon.
        if (at + 2 < tokens.Count && !(tokens[at + 2].Text is "," or "." or ";" or ")" or "and")) return false;
        return Plain(k, a.Text) && Plain(k, b.Text) && k.Names.Match(tokens, at) is null && k.Names.Match(tokens, at + 1) is null;
    }

    // "La Boheme, La Traviata": a particle opens a title or a place, not a given name.
    private static bool Plain(Knowledge k, string word) =>
        word.Length >= 2 && TextChars.AllAfterFirst(word, char.IsLower) && !k.IsVocabularyWord(word)
        && !k.NameParticles.Contains(word) && !k.NameParticles.Contains(word.ToLowerInvariant()) && !k.RoleNouns.Contains(word.ToLowerInvariant());
}
