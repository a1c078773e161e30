namespace BriefingSite.Extraction;

/// <summary>
/// Known names as token sequences, indexed by their first token: finds the longest known name starting at a token
/// in time independent of how many names are known.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, List<(string[] Tokens, KnownName Name)>> byFirst = new(StringComparer.Ordinal);

    /// <summary>Adds a name; an earlier entry for the same text wins (curated names are added first).</summary>
    public void Add(string text, KnownName name, WordTokenizer tokenizer) => Add(TokensOf(text, tokenizer), name);

    /// <summary>The words a name is matched by, as <see cref="Add(string, KnownName, WordTokenizer)"/> splits it.</summary>
    public static string[] TokensOf(string text, WordTokenizer tokenizer) => tokenizer.Tokenize(text, []).Select(t => t.Text).ToArray();

    /// <summary>Adds a name already split by <see cref="TokensOf"/> (the array is kept, never changed).</summary>
    public void Add(string[] tokens, KnownName name)
    {
        if (tokens.Length == 0) return;
        if (!byFirst.TryGetValue(tokens[0], out var list)) byFirst[tokens[0]] = list = [];
        if (list.Any(e => e.Tokens.SequenceEqual(tokens, StringComparer.Ordinal))) return;
        list.Add((tokens, name));
        list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
    }

    /// <summary>The longest known name starting at token <paramref name="at"/>, and how many tokens it covers.</summary>
    public (KnownName Name, int Count)? Match(IReadOnlyList<Token> tokens, int at, int maxCount = int.MaxValue)
    {
        if (!tokens[at].IsWord || !byFirst.TryGetValue(tokens[at].Text, out var list)) return null;
        foreach (var (names, name) in list)
        {
            if (at + names.Length > tokens.Count || names.Length > maxCount) continue;
            var ok = true;
            for (var k = 0; k < names.Length && ok; k++)
            {
                var t = tokens[at + k];
                ok = t.Is(names[k]) && (k == names.Length - 1 || !t.Possessive) && (k == 0 || Adjacent(tokens[at + k - 1], t));
            }
            if (ok) return (name, names.Length);
        }
        return null;
    }

    /// <summary>Tokens of one name are separated by at most a space: "U.S. Defense" is not matched across a line of text.</summary>
    private static bool Adjacent(Token a, Token b) => b.Start - a.End <= 1;

    public bool Contains(string token) => byFirst.ContainsKey(token);
}
