using System.Text.RegularExpressions;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// A noun phrase set off by commas after a name, with no clause of its own: "Youssef Chahed, the Prime Minister of
/// Tunisia, signed ...", "Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed ...". The deed's subject is
/// the name before it, as if the phrase were not there.
/// </summary>
public static partial class Appositions
{
    [GeneratedRegex(@"\G,\s(?<np>(?!(?:who|which|whom|whose|that|where|when|while|and|but|or|he|she|they|it|said|says|according|after|before|following|during|as|in|on|at|with|despite|amid|for|to|from|by)\b)[^,;:()“”""]{2,70}?),\s(?=[a-z])")]
    private static partial Regex Phrase();

    /// <summary>The phrase of the apposition whose opening comma is at <paramref name="comma"/>, or null.</summary>
    public static string? At(string text, int comma) =>
        comma >= 0 && comma < text.Length && Phrase().Match(text, comma) is { Success: true } m ? m.Groups["np"].Value : null;

    [GeneratedRegex(@"\G,\s(?<country>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})\s(?=[a-z])(?!(?:and|or|nor|but|which|who|that|with|as)\b)")]
    private static partial Regex CountryAfterPlace();

    /// <summary>A place's name after "of", up to the comma: "the Governor of Tyumen Oblast" (not "after talks in Geneva, Armenia ...").</summary>
    [GeneratedRegex(@"\sof\s(?:the\s)?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}$")]
    private static partial Regex PlaceBefore();

    [GeneratedRegex(@"^(?:In|At|On|From|Outside|Near|Across|Throughout)\s(?:the\s)?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}$")]
    private static partial Regex OpeningPlace();

    /// <summary>
    /// "the Governor of Tyumen Oblast, Russia took place": a country after the comma that follows a place's name (after
    /// "of") is where that place is, not the subject of a clause of its own. Not "In Perm, Russia signed" (a place opening
    /// the sentence), "after talks in Geneva, Armenia and Azerbaijan exchanged", nor "Yesterday, United States Senator X won".
    /// </summary>
    public static bool CountryOfPlace(string text, int comma, IEnumerable<(int Start, bool Country, string Name)> actors)
    {
        if (comma <= 0 || comma >= text.Length - 2 || text[comma] != ',') return false;
        if (CountryAfterPlace().Match(text, comma) is not { Success: true } m) return false;
        var country = m.Groups["country"];
        if (!actors.Any(a => a.Country && a.Start == country.Index && a.Name == country.Value)) return false;
        var before = text[..comma];
        return PlaceBefore().IsMatch(before) && !OpeningPlace().IsMatch(before);
    }

    /// <summary>The opening comma of the apposition that ends (after its closing ", ") at <paramref name="end"/>, or -1.</summary>
    public static int OpeningBefore(string text, int end)
    {
        if (end < 4 || text[(end - 2)..end] != ", ") return -1;
        var open = text.LastIndexOf(", ", end - 3, StringComparison.Ordinal);
        return open >= 0 && At(text, open) is { } np && open + 2 + np.Length + 2 == end ? open : -1;
    }
}
