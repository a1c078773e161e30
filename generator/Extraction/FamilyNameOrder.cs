using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// "(Names are given in the Hungarian order, family name first.)": a text that says it writes names family name first
/// has its people filed given name first, as the rest of the site names them ("Vass Eszter" is Eszter Vass). Only a
/// two-word name found in the text is turned, and not one that opens with a known given name ("Peter Hall" stays).
/// </summary>
public static partial class FamilyNameOrder
{
    public static List<ActorMention> Apply(Knowledge k, List<ActorMention> mentions, IReadOnlyList<string> paragraphs)
    {
        if (!paragraphs.Any(p => Note().IsMatch(p))) return mentions;
        var listed = k.ListedPeople.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        return mentions.Select(m =>
        {
            if (m.Kind != ActorKind.Person || listed.Contains(m.Key)) return m;
            var words = m.Key.Split(' ');
            if (words.Length != 2 || k.GivenNames.Contains(words[0]) || !words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower))) return m;
            return m with { Key = words[1] + " " + words[0] };
        }).ToList();
    }

    [GeneratedRegex(@"\b(?:family names?|surnames?|last names?)\s+(?:first|before (?:the )?(?:given|first) names?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Note();
}
