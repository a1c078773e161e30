using System.Text.RegularExpressions;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// Subjects that are no named actor but a group or body that acts: "the three Baltic states", "the two sides", "allies",
/// "Tanzanian officials", "a coast guard officer", "lawmakers". A deed or an agreement of theirs is an event as one of
/// a named actor is; prices, sales or figures doing something are not.
/// </summary>
public static partial class GroupSubjects
{
    /// <summary>
    /// A whole subject: an optional determiner or number, up to three modifiers, and a noun of people or bodies. A body's
    /// noun may be written as the name of the country's own ("The Cabinet decided", "the Federal Government had agreed"), and
    /// any of them capitalised where it opens the sentence ("Police arrested");
    /// an auxiliary of the perfect before the verb ("had") is no part of the subject.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:the|The|a|A|an|An|its|their|Their|both|Both|all|All|some|Some|several|Several|many|Many|other|Other)\s+)?(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|thousands of|[A-Z][\w’'.-]*|[a-z][\w’'-]*)\s+){0,3}?(?i:states|countries|nations|governments|sides|parties|allies|members|officials|ministers|leaders|lawmakers|legislators|MPs|senators|deputies|delegates|delegations|negotiators|envoys|diplomats|mediators|troops|soldiers|forces|police|policemen|officers?|guards|protesters|demonstrators|rebels|militants|insurgents|fighters|gunmen|attackers|authorities|investigators|prosecutors|judges?|regulators?|voters|workers|unions|strikers|activists|residents|villagers|farmers|students|teachers|doctors|nurses|drivers|truckers|miners|crews?|sailors|fishermen|refugees|migrants|hostages|prisoners|detainees|captain|pilots?|trucks|lorries|vehicles|convoys?|ships|vessels|monarchy|junta|regime|coalition|alliance|bloc|opposition|(?i:administration|ministry|cabinet|parliament|congress|senate|assembly|council|court|tribunal|army|navy|military|government|legislature|commission|committee)|delegation|mission|office)(?:\s+(?:had|has|have))?\s*$")]
    private static partial Regex Whole();

    /// <summary>Whether <paramref name="subject"/> (the words of a clause before its verb) is such a group.</summary>
    public static bool Is(string subject) => Whole().IsMatch(subject.Trim());

    /// <summary>The words right before <paramref name="verbStart"/> back to the clause's start (a comma, "and", "that", the sentence's start) name such a group.</summary>
    public static bool Before(string text, int verbStart) => WordsBefore(text, verbStart) is not null;

    /// <summary>The words of such a group right before <paramref name="verbStart"/> ("the ministry"), or null when they name none.</summary>
    public static string? WordsBefore(string text, int verbStart)
    {
        var words = text[..verbStart].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var taken = new List<string>();
        for (var k = words.Length - 1; k >= 0 && taken.Count < 8; k--)
        {
            var w = words[k];
            if (w.EndsWith(',') || w.EndsWith(';') || w.EndsWith(':') || w is "and" or "that" or "which" or "who" or "when" or "after" or "but" or "—" or "–" or "-") break;
            taken.Insert(0, w);
        }
        return taken.Count > 0 && string.Join(' ', taken) is var group && Is(group) ? group : null;
    }
}
