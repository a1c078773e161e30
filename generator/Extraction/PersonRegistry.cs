using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// The people of one article: full names found by discovery, with the shorter forms that refer back to them
/// ("Cavo Dragone", "Dragone", "Rutte"). A lone surname seen with a title ("President Trump") joins the full name
/// that ends with it; two people sharing a surname leave the surname with the one introduced first.
/// </summary>
public sealed class PersonRegistry
{
    public Gazetteer Forms { get; } = new();

    public PersonRegistry(IReadOnlyList<PersonCandidate> candidates, Knowledge k)
    {
        // Longest names first, so shorter forms are recognised as referring back to them.
        var order = candidates.Select((c, i) => (c, i))
            .OrderByDescending(x => x.c.NameTokens.Count(IsNameWord)).ThenBy(x => x.i).Select(x => x.c);
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        var people = new List<(string Key, List<string> Tokens)>();
        foreach (var c in order)
        {
            var text = c.Name;
            if (claimed.ContainsKey(text)) continue;
            people.Add((text, c.NameTokens.ToList()));
            foreach (var form in FormsOf(c.NameTokens))
            {
                claimed.TryAdd(form, text);
                // "von der Leyen" opens a sentence as "Von der Leyen".
                if (char.IsLower(form[0])) claimed.TryAdd(char.ToUpperInvariant(form[0]) + form[1..], text);
            }
        }
        foreach (var (form, key) in claimed.OrderByDescending(f => f.Key.Length).ThenBy(f => f.Key, StringComparer.Ordinal))
            Forms.Add(form, new KnownName(key, ActorKind.Person), k.Tokenizer);
        // Curated people's surnames resolve too, after anything this article introduced itself.
        foreach (var (key, names) in k.CuratedPeople)
            foreach (var name in names)
                foreach (var form in FormsOf(k.Tokenizer.Tokenize(name, []).Select(t => t.Text).ToList()).Skip(1))
                    if (!claimed.ContainsKey(form)) Forms.Add(form, new KnownName(key, ActorKind.Person), k.Tokenizer);
    }

    /// <summary>The full name, then each shorter ending that starts with a word: "Giuseppe Cavo Dragone", "Cavo Dragone", "Dragone".</summary>
    public static IEnumerable<string> FormsOf(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && (!IsNameWord(tokens[i]) || tokens[i - 1] == "-")) continue;
            // An initial alone ("J.") or a suffix ("Jr.") never stands for the person.
            var rest = tokens.Skip(i).ToList();
            if (rest.Count == 1 && (rest[0].EndsWith('.') || rest[0].Length < 2)) continue;
            yield return NameText.Join(rest);
        }
    }

    private static bool IsNameWord(string token) => token.Length > 0 && char.IsLetter(token[0]);
}
