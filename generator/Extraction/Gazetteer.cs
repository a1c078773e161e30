namespace BriefingSite.Extraction;

/// <summary>
/// Known names as token sequences, indexed by their first token: finds the longest known name starting at a token
/// in time independent of how many names are known. A gazetteer may lie over a shared one (see
/// <see cref="Gazetteer(Gazetteer, Func{string, bool})"/>): an article's own names over the names every article knows,
/// without copying those for each article.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>An entry: the name's words, what it names and, for an entry of a shared gazetteer, the text it was added as.</summary>
    private readonly record struct Entry(string[] Tokens, KnownName Name, string? Form);

    private readonly Dictionary<string, List<Entry>> byFirst = new(StringComparer.Ordinal);

    /// <summary>The shared gazetteer under this one, if any, and which of its entries (by text) this one hides.</summary>
    private readonly Gazetteer? below;
    private readonly Func<string, bool>? hiddenBelow;

    public Gazetteer() { }

    /// <summary>
    /// A gazetteer over <paramref name="below"/>: it finds what its own entries and those of <paramref name="below"/>
    /// whose text <paramref name="hidden"/> does not hide would find if they had been added to it, its own first. Built
    /// with <see cref="AddShared"/>, <paramref name="below"/> must not change while this one is used.
    /// </summary>
    public Gazetteer(Gazetteer below, Func<string, bool> hidden)
    {
        this.below = below;
        hiddenBelow = hidden;
    }

    /// <summary>Adds a name; an earlier entry for the same text wins (curated names are added first).</summary>
    public void Add(string text, KnownName name, WordTokenizer tokenizer) => Add(TokensOf(text, tokenizer), name);

    /// <summary>The words a name is matched by, as <see cref="Add(string, KnownName, WordTokenizer)"/> splits it.</summary>
    public static string[] TokensOf(string text, WordTokenizer tokenizer) => tokenizer.Tokenize(text, []).Select(t => t.Text).ToArray();

    /// <summary>Adds a name already split by <see cref="TokensOf"/> (the array is kept, never changed).</summary>
    public void Add(string[] tokens, KnownName name)
    {
        if (tokens.Length == 0) return;
        if (!byFirst.TryGetValue(tokens[0], out var list)) byFirst[tokens[0]] = list = [];
        foreach (var e in list)
            if (e.Tokens.AsSpan().SequenceEqual(tokens)) return;
        Insert(list, new Entry(tokens, name, null));
    }

    /// <summary>
    /// Adds an entry of a shared gazetteer under its text <paramref name="form"/>, which a gazetteer over this one may hide.
    /// Entries of the same words are all kept: one hidden, the next is found, as if only that one had been added.
    /// </summary>
    public void AddShared(string form, string[] tokens, KnownName name)
    {
        if (tokens.Length == 0) return;
        if (!byFirst.TryGetValue(tokens[0], out var list)) byFirst[tokens[0]] = list = [];
        Insert(list, new Entry(tokens, name, form));
    }

    /// <summary>Longest first; among names as long, in the order they were added.</summary>
    private static void Insert(List<Entry> list, Entry entry)
    {
        var at = list.Count;
        while (at > 0 && list[at - 1].Tokens.Length < entry.Tokens.Length) at--;
        list.Insert(at, entry);
    }

    /// <summary>The longest known name starting at token <paramref name="at"/>, and how many tokens it covers.</summary>
    public (KnownName Name, int Count)? Match(IReadOnlyList<Token> tokens, int at, int maxCount = int.MaxValue)
    {
        var own = MatchHere(tokens, at, maxCount, null);
        if (below is null) return own;
        // Below, an entry of the same words as one of these is found no earlier than it: as long, added later.
        return below.MatchHere(tokens, at, maxCount, hiddenBelow) is { } under && (own is null || under.Count > own.Value.Count) ? under : own;
    }

    private (KnownName Name, int Count)? MatchHere(IReadOnlyList<Token> tokens, int at, int maxCount, Func<string, bool>? hidden)
    {
        if (!tokens[at].IsWord || !byFirst.TryGetValue(tokens[at].Text, out var list)) return null;
        foreach (var (names, name, form) in list)
        {
            if (at + names.Length > tokens.Count || names.Length > maxCount) continue;
            if (hidden is not null && form is not null && hidden(form)) continue;
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

    public bool Contains(string token) =>
        byFirst.ContainsKey(token)
        || below is not null && below.byFirst.TryGetValue(token, out var shared) && shared.Exists(e => e.Form is null || !hiddenBelow!(e.Form));
}
