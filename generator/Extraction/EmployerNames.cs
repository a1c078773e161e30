namespace BriefingSite.Extraction;

/// <summary>
/// Companies and bodies nobody listed, read from the role their name stands before: "Former Northwind boss Ana Roe",
/// "Tessmark chief executive Tom Lee" (titles.yml employerRoles). One capitalized word that opens no sentence and is
/// no known name, given name, title or head noun ("Party chairman", "Committee chairman" name no one body), after no
/// other capitalized word ("Federal Reserve chairman" is a longer name), then the role, then a name of two capitalized
/// words: the word is an organization, so that the article's later "Northwind's shares" are that organization's too.
/// </summary>
internal static class EmployerNames
{
    internal static IEnumerable<PersonCandidate> Find(Knowledge k, int paragraph, List<Token> tokens)
    {
        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsCapitalized || t.Possessive || t.SentenceInitial || t.Text.Length < 2 || !Plain(k, t.Text)) continue;
            // "Former Northwind boss": only a sentence's first word, itself a role word or a function word, may stand right before.
            if (i > 0 && tokens[i - 1] is { IsWord: true } prev && !prev.IsLower
                && !(prev.SentenceInitial && (k.FunctionWords.Contains(prev.Text) || k.RoleNouns.Contains(prev.Text.ToLowerInvariant())))) continue;
            if (i > 0 && tokens[i - 1].Is("-")) continue;
            if (k.Names.Match(tokens, i) is not null) continue;
            var role = RoleEnd(k, tokens, i + 1);
            if (role < 0 || role + 2 >= tokens.Count) continue;
            var (a, b) = (tokens[role + 1], tokens[role + 2]);
            if (!a.IsCapitalized || !b.IsCapitalized || a.Possessive || a.Start != tokens[role].End + 1 || b.Start != a.End + 1) continue;
            yield return new PersonCandidate([t.Text], null, paragraph, t.Start, t.End, Model.ActorKind.Organization);
        }
    }

    /// <summary>The last token of an employer's role ("boss", "chief executive") opening at <paramref name="at"/>, else -1.</summary>
    private static int RoleEnd(Knowledge k, List<Token> tokens, int at)
    {
        if (!tokens[at].IsLower || tokens[at].Start != tokens[at - 1].End + 1) return -1;
        if (at + 1 < tokens.Count && tokens[at + 1].IsLower && k.EmployerRoles.Contains(tokens[at].Text + " " + tokens[at + 1].Text)) return at + 1;
        return k.EmployerRoles.Contains(tokens[at].Text) ? at : -1;
    }

    private static bool Plain(Knowledge k, string word) =>
        !k.GivenNames.Contains(word) && !k.IsVocabularyWord(word) && !k.RoleNouns.Contains(word.ToLowerInvariant());
}
