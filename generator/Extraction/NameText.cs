namespace BriefingSite.Extraction;

/// <summary>Joins name tokens back into text: spaces between words, none around hyphens ("Jean-Claude", "al-Assad").</summary>
public static class NameText
{
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
