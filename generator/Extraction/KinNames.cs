namespace BriefingSite.Extraction;

/// <summary>
/// "Mr Begg's father, Azmat, said", "Collins' mother, Janet, told": one capitalized word set off by commas right after
/// a named person's kin is that relative's given name, a person of their own (not the one the possessive names).
/// </summary>
internal static class KinNames
{
    internal static IEnumerable<PersonCandidate> Find(Knowledge k, int paragraph, List<Token> tokens)
    {
        for (var j = 2; j + 3 < tokens.Count; j++)
        {
            if (!tokens[j].IsLower || !k.RelativeNouns.Contains(tokens[j].Text) || !tokens[j - 1].Possessive || !tokens[j - 1].IsCapitalized) continue;
            var (comma, name, close) = (tokens[j + 1], tokens[j + 2], tokens[j + 3]);
            if (!comma.Is(",") || !name.IsCapitalized || !name.IsWord || name.Possessive || !close.Is(",")) continue;
            if (k.FunctionWords.Contains(name.Text) || k.Names.Match(tokens, j + 2) is not null) continue;
            yield return new PersonCandidate([name.Text], tokens[j].Text, paragraph, name.Start, name.End);
        }
    }
}
