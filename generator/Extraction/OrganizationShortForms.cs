using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// A company or body the article found under its full name ("Brenvale Minerals LLC", "Osterby Trading Corporation") is
/// named again by its first words, as news writing shortens it: "Brenvale's chief executive", "according to Osterby",
/// "Osterby Trading will pay". Such a short form is the organization, not a person or an organization of its own. A
/// short form is the leading words of the name up to a word that is not its own (a legal form, a head noun, a lower-case
/// word), when its first word is the name's own: not a known name (a country in "China Coast Guard"), not a word of
/// titles, bodies or common nouns ("National", "Federal"), not a given name ("Marie Curie Institute"), and never written
/// in lower case in the article. A short form two of the article's organizations share names neither.
/// </summary>
public sealed class OrganizationShortForms(Knowledge k)
{
    public List<ActorMention> Apply(List<ActorMention> mentions, List<List<Token>> tokenized)
    {
        var forms = Forms(mentions, tokenized);
        if (forms.Count == 0) return mentions;
        var lowerWords = tokenized.SelectMany(t => t.Where((w, j) => w.IsLower && !InAddress(t, j))).Select(t => t.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var result = mentions.ToList();
        for (var p = 0; p < tokenized.Count; p++)
        {
            var tokens = tokenized[p];
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsCapitalized || !forms.TryGetValue(tokens[i].Text, out var candidates) || lowerWords.Contains(tokens[i].Text)) continue;
                if (i > 0 && tokens[i - 1].IsCapitalized && tokens[i].Start - tokens[i - 1].End <= 1 && !tokens[i - 1].Possessive
                    && !(tokens[i - 1].SentenceInitial && k.FunctionWords.Contains(tokens[i - 1].Text))) continue;
                // "in Brenvale": a place the company is named after, not the company.
                if (i > 0 && Whereabouts.Contains(tokens[i - 1].Text)) continue;
                foreach (var (words, key) in candidates)
                {
                    if (!Matches(tokens, i, words)) continue;
                    var last = i + words.Length - 1;
                    // "Brenvale Copper Mine": a longer capitalized name is something else.
                    if (!tokens[last].Possessive && last + 1 < tokens.Count && tokens[last + 1].IsCapitalized && tokens[last + 1].Start - tokens[last].End <= 1) break;
                    var start = tokens[i].Start;
                    var end = tokens[last].End;
                    var overlapping = result.FindAll(m => m.Paragraph == p && m.Start < end && start < m.Start + m.Length);
                    if (overlapping.Count == 0) result.Add(new ActorMention(key, key, ActorKind.Organization, p, start, end - start));
                    // The short form, or its first word, read as a person or an organization of its own ("Osterby said") is the company.
                    else if (overlapping.TrueForAll(o => o.Kind != ActorKind.Country && o.Start >= start && o.Start + o.Length <= end
                                                         && candidates.Exists(c => c.Key == key && string.Join(' ', c.Words) == o.Key)))
                    {
                        result.RemoveAll(overlapping.Contains);
                        result.Add(new ActorMention(key, key, ActorKind.Organization, p, start, end - start));
                    }
                    break;
                }
            }
        }
        return result.OrderBy(m => m.Paragraph).ThenBy(m => m.Start).ToList();
    }

    /// <summary>"press@brenvale.mn", "www.brenvale.com": a word of an address is not the word written in lower case.</summary>
    private static bool InAddress(List<Token> tokens, int j) =>
        j > 0 && tokens[j - 1].Text is "@" or "." or "/" && tokens[j - 1].End == tokens[j].Start
        || j + 2 < tokens.Count && tokens[j + 1].Text is "." or "@" && tokens[j + 1].Start == tokens[j].End && tokens[j + 2].Start == tokens[j + 1].End;

    private static bool Matches(List<Token> tokens, int i, string[] words)
    {
        if (i + words.Length > tokens.Count) return false;
        for (var j = 0; j < words.Length; j++)
        {
            if (!tokens[i + j].Is(words[j])) return false;
            if (j > 0 && tokens[i + j].Start - tokens[i + j - 1].End > 1) return false;
            if (j < words.Length - 1 && tokens[i + j].Possessive) return false;
        }
        return true;
    }

    /// <summary>The short forms of an organization's name: "Brenvale" and "Brenvale Minerals" of "Brenvale Minerals LLC".</summary>
    public IEnumerable<string> Of(string name)
    {
        var tokens = k.Tokenizer.Tokenize(name, []);
        if (tokens.Count < 2 || !OwnWord(tokens[0])) yield break;
        for (var n = 1; n < tokens.Count && tokens[n - 1].IsCapitalized && !tokens[n - 1].Possessive; n++)
        {
            yield return string.Join(' ', tokens.Take(n).Select(t => t.Text));
            if (k.OrganizationHeads.Contains(tokens[n].Text)) yield break;
        }
    }

    /// <summary>The short forms of the article's organizations, by first word, longest first.</summary>
    private Dictionary<string, List<(string[] Words, string Key)>> Forms(List<ActorMention> mentions, List<List<Token>> tokenized)
    {
        var keyOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var m in mentions.Where(m => m.Kind == ActorKind.Organization))
        {
            var tokens = tokenized[m.Paragraph].Where(t => t.Start >= m.Start && t.End <= m.Start + m.Length).ToList();
            if (tokens.Count < 2 || !OwnWord(tokens[0])) continue;
            for (var n = 1; n < tokens.Count; n++)
            {
                // "Osterby Trading" of "Osterby Trading Corporation": capitalized words before the last.
                if (!tokens[n - 1].IsCapitalized || tokens[n - 1].Possessive) break;
                var form = string.Join(' ', tokens.Take(n).Select(t => t.Text));
                if (keyOf.TryGetValue(form, out var key)) { if (key != m.Key) keyOf[form] = null; }
                else keyOf[form] = m.Key;
                if (k.OrganizationHeads.Contains(tokens[n].Text)) break;
            }
        }
        // "Caspian Midstream" beside "Caspian Midstream Engineering": a name of two words or more the article gives an
        // organization of its own is that one (a parent and its subsidiary); a lone word ("Brenvale said") is the short form.
        var own = mentions.Where(m => m.Kind == ActorKind.Organization && m.Key.Contains(' ')).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var forms = new Dictionary<string, List<(string[] Words, string Key)>>(StringComparer.Ordinal);
        foreach (var (form, key) in keyOf.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (key is null || own.Contains(form)) continue;
            var words = form.Split(' ');
            if (!forms.TryGetValue(words[0], out var list)) forms[words[0]] = list = [];
            list.Add((words, key));
        }
        foreach (var list in forms.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        return forms;
    }

    private static readonly HashSet<string> Whereabouts = new(StringComparer.Ordinal)
    {
        "in", "In", "at", "At", "near", "Near", "outside", "inside", "around", "across", "throughout",
    };

    /// <summary>A word of the organization's own, such as "Brenvale", not one any name may hold ("National", "Bank", "China").</summary>
    private bool OwnWord(Token t) =>
        t.IsCapitalized && t.Text.Length >= 3 && TextChars.AnyAfterFirst(t.Text, char.IsLower) && !k.Names.Contains(t.Text) && !k.FunctionWords.Contains(t.Text)
        && !k.RoleWords.Contains(t.Text) && !k.Honorifics.Contains(t.Text) && !k.OrganizationHeads.Contains(t.Text) && !k.GenericNouns.Contains(t.Text)
        && !k.NonNameWords.Contains(t.Text) && !k.GivenNames.Contains(t.Text) && !k.Demonyms.Values.Contains(t.Text);
}
