using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// "Produced by Ana Roe.", "Reported by Tom Lee, barrister", "Music by ...": a sentence crediting who made the text or
/// the show is page furniture, as a press contact's line is (<see cref="ContactLines"/>). A person named only in such
/// credits is no actor of the article.
/// </summary>
public static partial class CreditLines
{
    public static List<ActorMention> Apply(List<ActorMention> mentions, IReadOnlyList<string> paragraphs) => ContactLines.WithoutPersonsOnlyOn(mentions, paragraphs, InCredit);

    private static bool InCredit(string text, int at) =>
        Credit().Matches(text).Any(c => c.Groups["names"].Index <= at && at < c.Groups["names"].Index + c.Groups["names"].Length);

    // The credit opens its line or sentence and closes it: the names, and at most one short description after a comma.
    [GeneratedRegex(@"(?:^|(?<=[.!?]\s))(?:Produced|Reported|Written|Edited|Compiled|Presented|Hosted|Directed|Photographed|Illustrated|Translated|Researched|Music|Photos?|Photographs|Photography|Illustrations?|Graphics|Editing|Production|Additional reporting)\s+by\s+(?<names>\p{Lu}[^.,;:!?\n]{1,60}(?:,\s*[\p{L} -]{1,40})?)(?:[.!]\s|[.!]?$)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();
}
