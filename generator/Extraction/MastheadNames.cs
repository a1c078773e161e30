namespace BriefingSite.Extraction;

/// <summary>
/// Newspapers nobody listed, read from their title and what follows it: "Lakeside Observer editor Ana Roe", "the Valley
/// Herald reported", "The Harbour Times newspaper": one to three capitalized words ending in a masthead word (words.yml
/// mastheadWords), then a newsroom noun or a verb of reporting, or after "told (the)" or "according to (the)". A title written after "The" is filed with it.
/// </summary>
public static class MastheadNames
{
    private static readonly HashSet<string> After = new(StringComparer.Ordinal)
    {
        "editor", "editors", "reporter", "reporters", "columnist", "correspondent", "journalist", "journalists", "newspaper",
        "reported", "reports", "wrote", "writes", "quoted", "quotes", "said", "says",
    };

    public static IEnumerable<PersonCandidate> Find(Knowledge k, int paragraph, List<Token> tokens)
    {
        for (var last = 1; last < tokens.Count; last++)
        {
            var t = tokens[last];
            if (!t.IsCapitalized || !k.MastheadWords.Contains(t.Text)) continue;
            var after = last + 1 < tokens.Count && tokens[last + 1].IsLower && After.Contains(tokens[last + 1].Text)
                        && tokens[last + 1].Start <= t.End + 1 + (t.Possessive ? 2 : 0);
            var first = last;
            while (first > 0 && last - first < 3 && tokens[first - 1].IsCapitalized && !tokens[first - 1].Possessive && tokens[first - 1].End + 1 == tokens[first].Start
                   && !tokens[first - 1].Is("The")) first--;
            // "A spokesperson told the Military Times", "according to the Valley Herald": told or cited, the title is an outlet.
            // Before ":" or "," after "told the" the outlet is OutletNames' (filed with "The").
            if (!after && (last + 1 < tokens.Count && (tokens[last + 1].IsCapitalized || tokens[last + 1].Text is ":" or ",") || !Cited(tokens, first))) continue;
            if (first == last || !Plain(k, tokens[first])) continue;
            if (k.Names.Match(tokens, first) is { } known && known.Count >= last - first + 1) continue;
            var the = first > 0 && tokens[first - 1].Is("The") && k.Names.Match(tokens, first - 1) is null;
            var words = tokens.Skip(first).Take(last - first + 1).Select(x => x.Text).ToList();
            yield return new PersonCandidate(words, null, paragraph, tokens[first].Start, t.End, Model.ActorKind.Organization,
                                             the ? "The " + NameText.Join(words) : null);
        }
    }

    /// <summary>"told the", "according to the", "in an interview with the": what cites an outlet right before its title.</summary>
    private static bool Cited(List<Token> tokens, int first)
    {
        var j = first - 1;
        if (j >= 0 && tokens[j].Text is "the" or "The") j--;
        if (j < 0) return false;
        if (tokens[j].Text is "told" or "tells" or "telling") return true;
        return j >= 1 && (tokens[j].Is("to") && tokens[j - 1].Text is "according" or "According" || tokens[j].Is("with") && tokens[j - 1].Is("interview"));
    }

    private static bool Plain(Knowledge k, Token t) =>
        !k.GivenNames.Contains(t.Text) && !k.Honorifics.Contains(t.Text) && !k.RoleWords.Contains(t.Text) && !k.FunctionWords.Contains(t.Text);
}
