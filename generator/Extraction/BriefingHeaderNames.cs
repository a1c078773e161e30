namespace BriefingSite.Extraction;

/// <summary>
/// A briefing transcript names whoever answers once, in capitals, in its header ("DEPUTY SPOKESPERSON ERIC HALVORSEN"),
/// then marks each answer with a courtesy title and the surname ("MR HALVORSEN: Good afternoon."). The header's name
/// after a title, whose last word is the surname of markers in at least two paragraphs, is that person, as the
/// article's people know it ("Eric Halvorsen"), with the title as role.
/// </summary>
public sealed class BriefingHeaderNames(Knowledge k)
{
    private static readonly HashSet<string> Courtesy = new(StringComparer.Ordinal) { "MR", "MR.", "MS", "MS.", "MRS", "MRS.", "DR", "DR." };

    public IEnumerable<(int Paragraph, int Start, int End, List<string> Name, string Role)> Find(IReadOnlyList<string> paragraphs, List<List<Token>> tokenized)
    {
        var surnames = paragraphs.Select(Surname).OfType<string>().GroupBy(s => s, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        if (surnames.Count == 0) yield break;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var tokens = tokenized[p];
            if (tokens.Count is < 3 or > 8 || paragraphs[p].Contains(':') || !tokens.All(t => t.IsWord && InCapitals(t.Text))) continue;
            if (!surnames.Contains(tokens[^1].Text)) continue;
            // The title's words come first ("DEPUTY SPOKESPERSON"), the name's two or three words last.
            var first = tokens.Count - 1;
            while (first > 0 && tokens.Count - first < 3 && !IsTitle(tokens[first - 1].Text)) first--;
            if (first == 0 || first == tokens.Count - 1 || !Enumerable.Range(0, first).All(i => IsTitle(tokens[i].Text))) continue;
            var name = tokens.Skip(first).Select(t => NameText.TitleCased(t.Text)).ToList();
            var role = string.Join(' ', tokens.Take(first).Select(t => NameText.TitleCased(t.Text)));
            yield return (p, tokens[first].Start, tokens[^1].End, name, role);
        }
    }

    /// <summary>"HALVORSEN" of "MR HALVORSEN: Good afternoon.": a courtesy title and one word in capitals before a colon.</summary>
    private static string? Surname(string text)
    {
        var colon = text.IndexOf(':');
        if (colon is < 4 or > 30 || colon + 1 >= text.Length || text[colon + 1] != ' ') return null;
        var words = text[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && Courtesy.Contains(words[0]) && words[1].Length >= 2 && InCapitals(words[1]) ? words[1] : null;
    }

    private bool IsTitle(string word)
    {
        var titled = NameText.TitleCased(word);
        return k.RoleWords.Contains(titled) || k.RoleNouns.Contains(word.ToLowerInvariant()) || k.FunctionWords.Contains(titled) && word is "OF" or "FOR" or "THE";
    }

    private static bool InCapitals(string word) => word.Any(char.IsLetter) && word.All(c => char.IsUpper(c) || c is '-' or '\'' or '.');
}
