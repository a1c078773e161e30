using BriefingSite.Extraction;
using BriefingSite.Normalize;

namespace BriefingSite.Linking;

/// <summary>
/// Decides which person keys from different articles are one person: the same full name (compared as a slug, so
/// case and accents do not matter), or a shorter form ("Trump", "Cavo Dragone") that ends exactly one longer name, or a
/// two-word name that begins exactly one three-word name ("Wanda Vázquez" of "Wanda Vázquez Garced") or is its first and
/// last word when the middle one is a second family name, no given name ("Peter Langat" of "Peter Kiprono Langat"), or a
/// two-word name an article wrote for exactly one three-word name ("Elijah Cummings" for "Elijah Eugene Cummings").
/// Linear in the number of distinct keys: shorter forms are looked up in an index of name endings.
/// </summary>
public static class PersonMerger
{
    /// <summary>For every key, the key of the person it belongs to (itself when it stands alone).</summary>
    /// <param name="writtenShorter">By slug, two-word names an article wrote for a person of a three-word key, with those keys.</param>
    public static Dictionary<string, string> Merge(IEnumerable<string> keys, WordTokenizer tokenizer, IReadOnlySet<string>? givenNames = null,
        IReadOnlyDictionary<string, HashSet<string>>? writtenShorter = null)
    {
        var byLength = keys.Distinct(StringComparer.Ordinal)
            .Select(k => (Key: k, Tokens: tokenizer.Tokenize(k, []).Select(t => t.Text).ToList()))
            .OrderByDescending(x => x.Tokens.Count(IsWord)).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();
        var root = new Dictionary<string, string>(StringComparer.Ordinal);
        var bySlug = new Dictionary<string, string>(StringComparer.Ordinal);
        var endings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var firstTwo = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var firstLast = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (key, tokens) in byLength)
        {
            var slug = Slugger.Slugify(key);
            if (bySlug.TryGetValue(slug, out var same)) { root[key] = same; continue; }
            if (endings.TryGetValue(slug, out var owners) && owners.Count == 1) { root[key] = owners.First(); continue; }
            if (tokens.Count(IsWord) == 2 && firstTwo.TryGetValue(slug, out var longer) && longer.Count == 1) { root[key] = longer.First(); continue; }
            var twoWords = tokens.Count == 2 && tokens.Count(IsWord) == 2;
            // "Peter Kiprono Langat" in one article, "Peter Langat" in another: the middle name left out.
            if (twoWords && firstLast.TryGetValue(slug, out var full) && full.Count == 1) { root[key] = full.First(); continue; }
            // "Elijah Cummings", written in some article for its "Elijah Eugene Cummings" and for no one else.
            if (twoWords && writtenShorter is not null && writtenShorter.TryGetValue(slug, out var writtenFor)
                && writtenFor.Count == 1 && root.TryGetValue(writtenFor.First(), out var fuller)) { root[key] = fuller; continue; }
            root[key] = key;
            bySlug[slug] = key;
            // "Wanda Vázquez Garced" in one article, "Wanda Vázquez" in another: a given name and first surname without the second.
            if (tokens.Count(IsWord) == 3 && tokens.Count == 3)
            {
                var prefix = Slugger.Slugify(tokens[0] + " " + tokens[1]);
                if (!firstTwo.TryGetValue(prefix, out var set)) firstTwo[prefix] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(key);
                // Only a middle word that is a second family name: "John Paul Stevens" is not "John Stevens", nor "George W Bush" "George Bush".
                if (givenNames is not null && tokens[1].Length > 2 && !tokens[1].EndsWith('.') && !givenNames.Contains(tokens[1]))
                {
                    var outer = Slugger.Slugify(tokens[0] + " " + tokens[2]);
                    if (!firstLast.TryGetValue(outer, out var both)) firstLast[outer] = both = new HashSet<string>(StringComparer.Ordinal);
                    both.Add(key);
                }
            }
            foreach (var form in PersonRegistry.FormsOf(tokens).Skip(1))
            {
                var formSlug = Slugger.Slugify(form);
                if (!endings.TryGetValue(formSlug, out var set)) endings[formSlug] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(key);
            }
        }
        return root;
    }

    private static bool IsWord(string token) => token.Length > 0 && char.IsLetter(token[0]);
}
