using System.Text.RegularExpressions;
using BriefingSite.Extraction.Dates;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// A dated clause told in the passive, with or without its agent: "a coast guard officer was stabbed to death in 2011",
/// "the border crossing was closed on Monday", "two tankers were seized by the navy last week". What was done to someone
/// or something on a given day is an event as a named actor's deed is (see <see cref="DatedDeeds"/>); states and
/// descriptions told in the passive ("was born in 1951", "is based in", "was built in 1993") are not.
/// </summary>
public static partial class DatedPassives
{
    /// <summary>An auxiliary of the passive, an optional adverb, and a participle (regular, or a common irregular one).</summary>
    [GeneratedRegex(@"\b(?<aux>was|were|has been|have been|had been)(?: (?:[a-z]+ly|also|then|later|first|again|reportedly|allegedly))? (?<verb>[a-z]{2,}(?:ed|ied)|taken|given|stolen|broken|driven|thrown|sunk|held|hidden|beaten|shut|cut|shot|struck|hit|sent|caught|brought|sold|seized|fought|found|overthrown|withdrawn|frozen|sworn|sworn in|blown up|set ablaze|torn down)\b(?! (?:to(?! death)|that|as|with|for(?! (?:\w+ )?(?:minutes?|hours?|days?|weeks?|months?)\b)) )")]
    private static partial Regex Passive();

    [GeneratedRegex(@"^ (?:in|near|at|on|off|inside|under|beneath|along|by)\b")]
    private static partial Regex FoundWhere();

    /// <summary>Participles that tell a state, a description or a saying, not a deed done on a day.</summary>
    private static readonly HashSet<string> NotDeeds = new(StringComparer.Ordinal)
    {
        "born", "based", "located", "known", "named", "called", "seen", "considered", "expected", "scheduled", "planned", "estimated",
        "reported", "described", "used", "built", "made", "published", "designed",
        "written", "listed", "ranked", "dated", "valued", "priced", "worth", "owned", "married", "raised", "educated", "trained",
        "needed", "required", "allowed", "asked", "told", "quoted", "cited", "believed", "thought", "said", "involved", "included",
        "concerned", "interested", "worried", "surprised", "pleased", "disappointed", "shocked", "tied", "linked", "related", "compared",
        "recorded", "measured", "counted", "diagnosed", "hospitalised", "hospitalized", "treated", "admitted", "infected", "tested",
        "confirmed", "updated", "delayed", "postponed", "expected", "supposed", "meant", "intended", "designated", "tasked", "charged",
        "accused", "suspected", "alleged", "seen", "heard", "found", "given", "held", "affected", "shared", "pictured", "projected",
        "registered", "detected", "identified", "observed", "executed", "sent", "introduced", "issued", "completed",
    };

    /// <summary>Written things whose passive deeds are their publication: "the statement was issued", "the study was completed".</summary>
    private static readonly HashSet<string> Papers = new(StringComparer.Ordinal)
    {
        "statement", "statements", "study", "studies", "report", "reports", "survey", "surveys", "findings", "analysis", "figures", "data",
        "paper", "papers", "article", "articles", "results", "estimate", "estimates", "forecast", "forecasts", "communique", "communiqué",
    };

    /// <summary>The first passive deed of the clause <paramref name="from"/>..<paramref name="right"/> outside the date, or null.</summary>
    public static (int AuxStart, int Start, string Value)? Find(string text, int from, int right, DateExpression date)
    {
        foreach (Match m in Passive().Matches(text[from..right]))
        {
            var verb = m.Groups["verb"];
            var start = from + verb.Index;
            if (start >= date.Start && start < date.End) continue;
            // "a mass grave was found near a quarry", "the field was found in 2015 by Kosmos": a discovery (not "found guilty", "found dead").
            var discovery = verb.Value == "found" && FoundWhere().IsMatch(text.AsSpan(start + verb.Length));
            if (NotDeeds.Contains(verb.Value) && !discovery) return null;
            return (from + m.Index, start, verb.Value);
        }
        return null;
    }

    /// <summary>The patient opening a passive clause: a determiner or a capitalised word and at most eight words ("the border crossing", "Two tankers").</summary>
    public static bool Subject(string subject)
    {
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 8) return false;
        var first = words[0];
        if (words.Any(w => w is "It" or "it" or "This" or "this" or "That" or "that" or "There" or "there" or "He" or "She" or "They" or "he" or "she" or "they" or "which" or "who")) return false;
        if (first is "When" or "After" or "Before" or "While" or "As" or "If" or "Although") return false;
        // "The following statement was issued", "a feasibility study was completed": papers are written and published, not done.
        if (words.Any(w => Papers.Contains(w.ToLowerInvariant()))) return false;
        return first is "the" or "The" or "a" or "A" or "an" or "An" or "its" or "Its" or "his" or "His" or "her" or "Her" or "their" or "Their"
            || char.IsUpper(first[0]) || char.IsDigit(first[0]);
    }
}
