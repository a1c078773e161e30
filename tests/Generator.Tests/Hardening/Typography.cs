namespace BriefingSite.Tests.Hardening;

/// <summary>Folds the typographic substitutions the renderer makes on purpose (SmartyPants) back to their ASCII spelling.</summary>
public static class Typography
{
    public static string Fold(string s) => s
        .Replace('‘', '\'').Replace('’', '\'').Replace('“', '"').Replace('”', '"')
        .Replace("—", "---", StringComparison.Ordinal).Replace("–", "--", StringComparison.Ordinal)
        .Replace("…", "...", StringComparison.Ordinal).Replace("«", "<<", StringComparison.Ordinal).Replace("»", ">>", StringComparison.Ordinal)
        .Replace("''", "\"", StringComparison.Ordinal);  // SmartyPants reads two apostrophes as a closing double quote
}
