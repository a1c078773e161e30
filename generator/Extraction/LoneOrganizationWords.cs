using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// A lone capitalized word read as a person by a verb of saying alone ("Sony said") is an organization when the article
/// refers back to it as a thing: "Sony said its profits rose", "Gartner, which tracks the market, said", "Sony has said
/// its". A "he", "she" or "who" referring to the same word keeps it a person ("Bono said his band", "Wiranto, who").
/// </summary>
public sealed class LoneOrganizationWords(Knowledge k)
{
    public List<PersonCandidate> Apply(List<PersonCandidate> candidates, List<List<Token>> tokenized)
    {
        var lone = candidates.Where(c => c.Kind == ActorKind.Person && c.Key is null && c.Role is null && c.NameTokens.Count == 1)
            .Select(c => c.NameTokens[0]).ToHashSet(StringComparer.Ordinal);
        // A word also found in a longer person's name ("Ruth Kelly" and "Kelly said") is that person's surname.
        lone.ExceptWith(candidates.Where(c => c.Kind == ActorKind.Person && c.NameTokens.Count > 1).SelectMany(c => c.NameTokens));
        if (lone.Count == 0) return candidates;
        var things = new HashSet<string>(StringComparer.Ordinal);
        var people = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tokens in tokenized)
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!lone.Contains(tokens[i].Text)) continue;
                if (Reference(tokens, i) is not { } thing) continue;
                (thing ? things : people).Add(tokens[i].Text);
            }
        things.ExceptWith(people);
        return things.Count == 0 ? candidates : candidates.Select(c => c.Kind == ActorKind.Person && c.Key is null && c.NameTokens.Count == 1 && things.Contains(c.NameTokens[0])
            ? c with { Kind = ActorKind.Organization, Role = null } : c).ToList();
    }

    /// <summary>
    /// True when the word at <paramref name="i"/> is referred to as a thing ("X, which"; "X said its"), false when as a
    /// person ("X, who"; "X said he"), null when nothing right after it says.
    /// </summary>
    private bool? Reference(List<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Count || tokens[i].Possessive) return null;
        if (tokens[i + 1].Is(","))
            return tokens[i + 2].Text switch { "which" => true, "who" or "whose" => false, _ => null };
        var verb = i + 1;
        if (tokens[verb].Text is "has" or "had") verb++;
        if (verb >= tokens.Count || !k.SpeechVerbs.Contains(tokens[verb].Text)) return null;
        // The subject's first pronoun in what it says, before a quote or the sentence's end: "said on Monday its profits".
        for (var j = verb + 1; j < tokens.Count && j <= verb + 6; j++)
        {
            var t = tokens[j];
            if (t.Text is "." or ";" or "\"" or "“" or "”" or ":") return null;
            if (t.Text is "its" || j == verb + 1 && ItActs(tokens, j)) return true;
            if (t.Text is "he" or "his" or "she" or "her" or "him") return false;
        }
        return null;
    }

    /// <summary>Auxiliaries after which "it" may be the subject of an act or a plan.</summary>
    private static readonly HashSet<string> ActingAuxiliaries = new(StringComparer.Ordinal) { "would", "will", "had", "has", "could", "plans", "planned", "intends", "intended", "expects", "expected" };

    /// <summary>Verbs after which the auxiliary's "it" is a dummy or a situation ("said it would be hard", "it will take time").</summary>
    private static readonly HashSet<string> DummyVerbs = new(StringComparer.Ordinal) { "be", "been", "not", "take", "make", "mean", "seem", "help", "cost", "happen", "happened", "become", "to" };

    /// <summary>
    /// "Apple said it would appeal", "Turkcell said it had signed": "it" right after the verb of saying, as the subject of
    /// an auxiliary and a verb of acting, is the speaker itself, a thing ("said it would be hard" tells nothing).
    /// </summary>
    private static bool ItActs(List<Token> tokens, int j) =>
        tokens[j].Is("it") && j + 2 < tokens.Count && ActingAuxiliaries.Contains(tokens[j + 1].Text)
        && tokens[j + 2].IsLower && tokens[j + 2].IsWord && !DummyVerbs.Contains(tokens[j + 2].Text);
}
