using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// "the Electoral Commission ... the Commission said", "the European Council ... the Council": a body named again by its
/// head noun alone, capitalized after "the", is the one organization of the article whose name has that word. In an
/// article about the European Union that names no such body in full, "the Commission" is the European Commission and
/// "the Council" the Council of the European Union, as EU texts write them. A head noun two of the article's
/// organizations share names neither; a longer capitalized name ("the Commission on Human Rights") is read elsewhere.
/// </summary>
public static class BodyHeadReferences
{
    private static readonly Dictionary<string, string> EuropeanBodies = new(StringComparer.Ordinal)
    {
        ["Commission"] = "European Commission",
        ["Council"] = "Council of the European Union",
    };

    private static readonly HashSet<string> EuropeanNames = new(StringComparer.Ordinal) { "European Union", "European Parliament", "European Commission" };

    public static List<ActorMention> Apply(List<ActorMention> mentions, List<List<Token>> tokenized)
    {
        var organizations = mentions.Where(m => m.Kind == ActorKind.Organization).Select(m => m.Key).Distinct(StringComparer.Ordinal).ToList();
        var european = mentions.Count(m => EuropeanNames.Contains(m.Key)) >= 2;
        var result = mentions.ToList();
        for (var p = 0; p < tokenized.Count; p++)
        {
            var tokens = tokenized[p];
            for (var i = 1; i < tokens.Count; i++)
            {
                var word = tokens[i].Text;
                if (!EuropeanBodies.ContainsKey(word) || !tokens[i - 1].Is("the") && !tokens[i - 1].Is("The")) continue;
                if (!tokens[i].Possessive && i + 1 < tokens.Count && tokens[i + 1].Start - tokens[i].End <= 1 && (tokens[i + 1].IsCapitalized || tokens[i + 1].Is("of"))) continue;
                var start = tokens[i].Start;
                var end = tokens[i].End;
                if (MentionOverlaps.Any(result, p, start, end)) continue;
                var named = NamedBy(organizations, word);
                var key = named.Count == 1 ? named[0] : named.Count == 0 && european ? EuropeanBodies[word] : null;
                if (key is not null) result.Add(new ActorMention(key, key, ActorKind.Organization, p, start, end - start));
            }
        }
        return result.OrderBy(m => m.Paragraph).ThenBy(m => m.Start).ToList();
    }

    /// <summary>The organizations of the article with <paramref name="word"/> in their name.</summary>
    private static List<string> NamedBy(List<string> organizations, string word) =>
        organizations.Where(o => o.Split(' ').Contains(word, StringComparer.Ordinal)).ToList();
}
