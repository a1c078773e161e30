namespace BriefingSite.Extraction;

/// <summary>Name tokens as text: joined back with spaces between words, none around hyphens ("Jean-Claude", "al-Assad"); a word in capitals title-cased.</summary>
public static class NameText
{
    /// <summary>"HALVORSEN" as "Halvorsen": a word written in capitals, as a name is written in running text.</summary>
    public static string TitleCased(string word) => word.Length > 1 ? word[0] + word[1..].ToLowerInvariant() : word;

    public static string Join(IEnumerable<string> tokens)
    {
        var sb = new System.Text.StringBuilder();
        string? previous = null;
        foreach (var t in tokens)
        {
            if (previous is not null && t != "-" && previous != "-") sb.Append(' ');
            sb.Append(t);
            previous = t;
        }
        return sb.ToString();
    }
}
