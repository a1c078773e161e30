using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// "the National Liberation Army (ELN)", "the Korea Maritime Transparency Project (KMTP)": an acronym in brackets right
/// after an organization's name is that organization's short name. The bracketed acronym and every later use of it in
/// the article ("the ELN said") are mentions of the organization, and the acronym becomes one of its names.
/// </summary>
public sealed class AcronymDefinitions(Knowledge k)
{
    public List<ActorMention> Apply(List<ActorMention> mentions, IReadOnlyList<string> paragraphs, List<List<Token>> tokenized)
    {
        var defined = new Dictionary<string, (string Key, string Name)?>(StringComparer.Ordinal);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in mentions.Where(m => m.Kind == ActorKind.Organization))
        {
            var tokens = tokenized[m.Paragraph];
            var end = tokens.FindIndex(t => t.End == m.Start + m.Length);
            if (end < 0 || Bracketed(tokens, end + 1) is not { } acronym) continue;
            var text = paragraphs[m.Paragraph][tokens[acronym.First].Start..tokens[acronym.Last].End];
            if (k.Names.Match(tokens, acronym.First) is { } known && known.Count == acronym.Last - acronym.First + 1 && known.Name.Key != m.Key)
            {
                // "the National Liberation Army (ELN)": a name nobody listed, defined by a known acronym, is that organization.
                if (known.Name.Kind == ActorKind.Organization && !k.KnownAliases.ContainsKey(m.Key)) renamed.TryAdd(m.Key, known.Name.Key);
                continue;
            }
            // The same letters defined for two organizations are left alone.
            if (defined.TryGetValue(text, out var other) && other?.Key != m.Key) defined[text] = null;
            else defined[text] = (m.Key, m.Name);
        }
        if (renamed.Count > 0)
            mentions = mentions.Select(m => m.Kind == ActorKind.Organization && renamed.TryGetValue(m.Key, out var to) ? m with { Key = to, Name = to } : m).ToList();
        if (defined.Values.All(v => v is null)) return mentions;
        // "AIP vice chairman Ana Roe" read as a body of its own before "the American Independent Party (AIP)" defined it: the defined one.
        var result = mentions.Select(m => m.Kind == ActorKind.Organization && defined.TryGetValue(m.Key, out var owner) && owner is { } o ? m with { Key = o.Key, Name = o.Name } : m).ToList();
        for (var p = 0; p < tokenized.Count; p++)
        {
            var tokens = tokenized[p];
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!IsAcronymWord(tokens[i].Text)) continue;
                var last = i;
                while (last + 2 < tokens.Count && tokens[last + 1].Is("-") && tokens[last + 1].Start == tokens[last].End && tokens[last + 2].Start == tokens[last + 1].End
                       && IsAcronymWord(tokens[last + 2].Text)) last += 2;
                var text = paragraphs[p][tokens[i].Start..tokens[last].End];
                var start = tokens[i].Start;
                var length = tokens[last].End - start;
                i = last;
                if (!defined.TryGetValue(text, out var owner) || owner is not { } o) continue;
                if (MentionOverlaps.Any(result, p, start, start + length)) continue;
                result.Add(new ActorMention(o.Key, o.Name, ActorKind.Organization, p, start, length));
            }
        }
        return result.OrderBy(m => m.Paragraph).ThenBy(m => m.Start).ToList();
    }

    /// <summary>
    /// "(ELN)", "(FARC-EP)": an acronym alone between brackets opening at <paramref name="open"/>; or after ", known as"
    /// ("Jama'at Nusrat al-Islam wal-Muslimin, known as JNIM,").
    /// </summary>
    private static (int First, int Last)? Bracketed(List<Token> tokens, int open)
    {
        if (open + 3 < tokens.Count && tokens[open].Is(",") && tokens[open + 1].Is("known") && tokens[open + 2].Is("as") && IsAcronymWord(tokens[open + 3].Text)
            && !tokens[open + 3].Possessive && (open + 4 == tokens.Count || !tokens[open + 4].IsWord))
            return (open + 3, open + 3);
        if (open + 2 >= tokens.Count || !tokens[open].Is("(") || !IsAcronymWord(tokens[open + 1].Text)) return null;
        var last = open + 1;
        while (last + 2 < tokens.Count && tokens[last + 1].Is("-") && IsAcronymWord(tokens[last + 2].Text)) last += 2;
        return last + 1 < tokens.Count && tokens[last + 1].Is(")") ? (open + 1, last) : null;
    }

    /// <summary>Two to eight capital letters (digits and a lower-case letter allowed after the first): "ELN", "KMTP", "AfCFTA".</summary>
    private static bool IsAcronymWord(string word) =>
        word.Length is >= 2 and <= 8 && char.IsUpper(word[0]) && word.All(char.IsLetterOrDigit) && word.Count(char.IsUpper) >= 2
        && word.Count(char.IsLower) <= word.Length / 2 && !(word.Length > 2 && word.Skip(1).All(char.IsLower));
}
