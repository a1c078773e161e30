using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// "the Queen's grandson", "asked the Queen to": a title alone after "the" that names one listed person in the article's
/// time (people.yml calledThe, until) is a mention of that person.
/// </summary>
public static class TheTitledPeople
{
    /// <summary>
    /// Adds a mention for each "the Queen" of an article dated up to the entry's date (or undated) that names no one else
    /// with the title ("Queen Rania", "the Queen Mother"). The title must stand alone: not "the Queen's Speech", "the Queen
    /// Vic", "the Queen of Jordan".
    /// </summary>
    public static List<ActorMention> Apply(Knowledge k, List<ActorMention> found, List<List<Token>> tokenized, PartialDate? date)
    {
        if (k.TheTitledPeople.Count == 0) return found;
        var result = found;
        foreach (var (title, key, until) in k.TheTitledPeople)
        {
            if (date is { } d && until is { } u && d.CompareTo(u) > 0) continue;
            var own = key.Split(' ').ToHashSet(StringComparer.Ordinal);
            if (tokenized.Exists(tokens => NamesAnother(tokens, title, own))) continue;
            for (var p = 0; p < tokenized.Count; p++)
            {
                var tokens = tokenized[p];
                for (var i = 1; i < tokens.Count; i++)
                {
                    var t = tokens[i];
                    if (!tokens[i - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) || !t.Is(title) || t.Start != tokens[i - 1].End + 1) continue;
                    if (i + 1 < tokens.Count && (tokens[i + 1].IsCapitalized && tokens[i + 1].Start <= t.End + (t.Possessive ? 3 : 1) || tokens[i + 1].Is("of"))) continue;
                    if (MentionOverlaps.Any(result, p, t.Start, t.End)) continue;
                    if (ReferenceEquals(result, found)) result = [.. found];
                    result.Add(new ActorMention(key, key, ActorKind.Person, p, t.Start, t.End - t.Start));
                }
            }
        }
        return ReferenceEquals(result, found) ? found : [.. result.OrderBy(m => m.Paragraph).ThenBy(m => m.Start)];
    }

    /// <summary>"Queen Rania": the title right before a capitalized word that is not of the listed person's own name.</summary>
    private static bool NamesAnother(List<Token> tokens, string title, HashSet<string> own)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (tokens[i].Is(title) && !tokens[i].Possessive && tokens[i + 1].IsCapitalized && tokens[i + 1].Start == tokens[i].End + 1
                && !own.Contains(tokens[i + 1].Text))
                return true;
        return false;
    }
}
