namespace BriefingSite.Extraction;

/// <summary>
/// "A witness described", "An elderly resident told": a sentence opening with "a" or "an", up to two lower-case words
/// and a speaker's noun, then a verb, has someone unnamed as its subject.
/// </summary>
internal static class UnnamedSubjects
{
    /// <summary>The words naming the unnamed subject that opens at <paramref name="first"/> ("A witness"), or null.</summary>
    public static string? Find(Knowledge k, List<Token> tokens, Token first)
    {
        var at = tokens.IndexOf(first);
        var noun = at + 1;
        while (noun < tokens.Count && noun - at <= 3 && tokens[noun].IsLower && !k.RoleNouns.Contains(tokens[noun].Text)) noun++;
        if (noun >= tokens.Count - 1 || noun - at > 3 || !tokens[noun].IsLower || tokens[noun].Possessive) return null;
        var verb = tokens[noun + 1];
        if (!verb.IsLower || k.IsLowerFunctionWord(verb.Text)) return null;
        if (!verb.Text.EndsWith("ed", StringComparison.Ordinal) && !k.SpeechVerbs.Contains(verb.Text) && !k.AgentVerbs.Contains(verb.Text)) return null;
        return string.Join(' ', tokens.Skip(at).Take(noun - at + 1).Select(t => t.Text));
    }
}
