using System.Text.RegularExpressions;

namespace BriefingSite.Normalize;

/// <summary>
/// A letterhead heading a release: "Ministry of Foreign Affairs of Japan", or a state's name over its ministry
/// ("Republic of Palmyra" over "Ministry of Trade and Industry"). It names who publishes the text, so it is kept in the
/// body, where its body and country are read like any other text, though it also stands as the page's title.
/// </summary>
public static partial class Letterheads
{
    /// <summary>Whether a line of <paramref name="text"/> opens with the name of a state body ("Ministry of ...", "Embassy of ...").</summary>
    public static bool Is(string text) => BodyLine().IsMatch(text);

    [GeneratedRegex(@"(?m)^(?:Ministry|Embassy|Permanent Mission|High Commission|Consulate General|Department|Office|Presidency) (?:of|for)\b")]
    private static partial Regex BodyLine();
}
