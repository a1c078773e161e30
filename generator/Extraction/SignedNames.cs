using System.Text.RegularExpressions;

namespace BriefingSite.Extraction;

/// <summary>
/// The signature closing a letter as published: "(Signed) Mara Oyelaran" over the signer's office. The name after the
/// mark is a person's (two to four capitalized words), with the office on the next line as her role.
/// </summary>
public static partial class SignedNames
{
    /// <summary>The person each signature names, where nothing else found a name there.</summary>
    public static IEnumerable<PersonCandidate> Find(Knowledge k, IReadOnlyList<string> paragraphs, List<List<Token>> tokenized, List<PersonCandidate> found)
    {
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (Mark().Match(paragraphs[p]) is not { Success: true } m) continue;
            var name = m.Groups["name"];
            if (found.Exists(c => c.Paragraph == p && c.Start < name.Index + name.Length && name.Index < c.End)) continue;
            var tokens = tokenized[p].Where(t => t.Start >= name.Index && t.End <= name.Index + name.Length).ToList();
            // A line break folded into a space: the office's first word ("Ambassador") is no word of the name.
            while (tokens.Count > 2 && (k.RoleWords.Contains(tokens[^1].Text) || k.Honorifics.Contains(tokens[^1].Text))) tokens.RemoveAt(tokens.Count - 1);
            var role = m.Groups["role"].Success ? m.Groups["role"].Value.Trim() : null;
            yield return new PersonCandidate(tokens.Select(t => t.Text).ToList(), role, p, tokens[0].Start, tokens[^1].End);
        }
    }

    [GeneratedRegex(@"^\((?:Signed|signed)\)\s+(?<name>\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3})[ \t]*(?:$|[\n ](?<role>[^\n]{2,80}))")]
    private static partial Regex Mark();
}
