namespace BriefingSite.Linking;

/// <summary>
/// The key two event names are compared by: case aside, a number written as a Roman numeral or a word is that number
/// ("World War II", "World War Two"), and "the Second World War" is World War 2. "Minsk I" and "Minsk II" stay apart.
/// </summary>
public static class EventNames
{
    public static string Key(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Second World War" → "World War 2": an ordinal opening the name of a war numbers it.
        if (words.Length == 3 && Ordinals.TryGetValue(words[0].ToLowerInvariant(), out var n)
            && words[1].Equals("World", StringComparison.OrdinalIgnoreCase) && words[2].Equals("War", StringComparison.OrdinalIgnoreCase))
            return "world war " + n;
        for (var i = 1; i < words.Length; i++)
            if (Numbers.TryGetValue(words[i], out var number)) words[i] = number;
        return string.Join(' ', words).ToLowerInvariant();
    }

    private static readonly Dictionary<string, string> Numbers = new(StringComparer.Ordinal)
    {
        ["I"] = "1", ["II"] = "2", ["III"] = "3", ["IV"] = "4", ["V"] = "5",
        ["One"] = "1", ["Two"] = "2", ["Three"] = "3", ["Four"] = "4", ["Five"] = "5",
    };

    private static readonly Dictionary<string, string> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = "1", ["second"] = "2", ["third"] = "3",
    };
}
