namespace BriefingSite.Extraction;

/// <summary>
/// Tests over a word's characters and a count of its space-separated words without LINQ or Split: Enumerable.All over a
/// string allocates an enumerator per call, and Split a string per word, for tests made on nearly every token.
/// </summary>
internal static class TextChars
{
    /// <summary>As <c>text.All(test)</c>.</summary>
    public static bool All(string text, Func<char, bool> test)
    {
        foreach (var c in text)
            if (!test(c)) return false;
        return true;
    }

    /// <summary>As <c>text.Skip(1).All(test)</c>: every character after the first.</summary>
    public static bool AllAfterFirst(string text, Func<char, bool> test)
    {
        for (var i = 1; i < text.Length; i++)
            if (!test(text[i])) return false;
        return true;
    }

    /// <summary>As <c>text.Skip(1).Any(test)</c>: some character after the first.</summary>
    public static bool AnyAfterFirst(string text, Func<char, bool> test)
    {
        for (var i = 1; i < text.Length; i++)
            if (test(text[i])) return true;
        return false;
    }

    /// <summary>As <c>text.Count(test)</c>.</summary>
    public static int Count(string text, Func<char, bool> test)
    {
        var n = 0;
        foreach (var c in text)
            if (test(c)) n++;
        return n;
    }

    /// <summary>As <c>text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length</c>: the runs of characters other than a space.</summary>
    public static int SpacedWords(ReadOnlySpan<char> text)
    {
        var n = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ')) n++;
        return n;
    }
}
