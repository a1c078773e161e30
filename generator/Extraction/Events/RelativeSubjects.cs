using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// The subject of a dated clause whose verb opens it (see <see cref="DatedDeeds"/>), when a relative clause stands
/// between them: the noun a subject relative hangs on ("the Vistula power link, which stopped carrying power on
/// Tuesday", "Corvane Minerals, a Toronto-listed miner that applied for a permit in June"), or the subject before a
/// relative clause set off by commas ("The Northern Shield Coalition, which Norway leads, launched its patrols last
/// March"). The subject must be a named actor, a group or body (<see cref="GroupSubjects"/>) or a thing with a name of
/// its own; a pronoun or a common noun alone ("the figure, which rose in 2019") tells no deed.
/// </summary>
public static partial class RelativeSubjects
{
    /// <summary>The noun phrase before "which", "who" or "that" ending the text: from a determiner, or a name of capitalised words.</summary>
    [GeneratedRegex(@"(?:^|(?<=[\s(]))(?<np>(?:the|The|a|A|an|An|its|Its|their|Their|his|His|her|Her)\s+[\w'’.\-]+(?:\s+[\w'’.\-]+){0,4}?|(?!(?:But|And|Yet|So|Or|Then)\b)[A-Z][\w'’.\-]*(?:\s+(?:of\s+)?[A-Z][\w'’.\-]*){0,4}),?\s+(?:which|who|that|(?<whose>whose))\s+$")]
    private static partial Regex Antecedent();

    /// <summary>A relative clause set off by commas that ends the text: ", which Norway leads, ".</summary>
    [GeneratedRegex(@",\s(?:which|who)\s[^,;:()“”""]{2,60},\s$")]
    private static partial Regex Inserted();

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "they", "he", "she", "this", "that", "these", "those", "we", "i", "you", "one", "some", "many", "all", "others",
    };

    /// <summary>
    /// The subject of the clause starting at <paramref name="from"/> with its verb, named as the title should open
    /// ("Vistula power link", "Corvane Minerals"), and the actors it names; null when the text says no such subject.
    /// </summary>
    public static (string Name, List<SentenceEventReader.Participant> Doers)? Before(string text, int from, IReadOnlyList<SentenceEventReader.Participant> participants)
    {
        var head = text[..from];
        if (Antecedent().Match(head) is { Success: true } m)
        {
            var np = m.Groups["np"];
            var words = np.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Any(Pronouns.Contains)) return null;
            var doers = participants.Where(p => p.Start >= np.Index && p.Start < np.Index + np.Length).ToList();
            // "the Tarsis gas project, whose first cargo left the field in May": the owner must be named or an actor.
            if (m.Groups["whose"].Success && doers.Count == 0 && !words.Any(w => char.IsUpper(w[0]) && w is not ("The" or "A" or "An"))) return null;
            // "the case of Daniel Lindqvist, who": the person the phrase names is the subject (not "the interview with X that took place").
            if (doers.FirstOrDefault(p => p.Kind == ActorKind.Person && (!text[np.Index..p.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => char.IsLower(w[0])) || EventPhrase.WordsBefore(text, p.Start, 1) is ["of"])) is { } person)
                return (person.Short ?? person.Name, [person]);
            // "Corvane Minerals, a Toronto-listed miner that applied": the name the apposition describes does the deed.
            if (words[0] is "a" or "an" or "the" && head[..np.Index].TrimEnd() is var lead && lead.EndsWith(',')
                && participants.LastOrDefault(p => p.Start < lead.Length && lead.Length - p.Start <= 50) is { } apposed
                && text.IndexOfAny([',', ';', '(', '“', '"'], apposed.Start, lead.Length - 1 - apposed.Start) < 0
                && EventPhrase.WordsBefore(text, lead.Length - 1, 1) is [var last] && char.IsUpper(last[0]))
                return (apposed.Short ?? apposed.Name, [apposed]);
            var named = words.Skip(1).Any(w => char.IsUpper(w[0])) || char.IsUpper(words[0][0]) && words[0] is not ("The" or "A" or "An" or "Its" or "Their" or "His" or "Her");
            if (doers.Count == 0 && !named && !GroupSubjects.Is(np.Value)) return null;
            var name = words[0] is "the" or "The" or "a" or "A" or "an" or "An" && words.Length > 1 ? string.Join(' ', words[1..]) : np.Value;
            return (EventTitles.Capital(name), doers);
        }
        if (Inserted().Match(head) is { Success: true } r)
        {
            var start = UndatedDeeds.ClauseStart().Matches(text[..r.Index]).LastOrDefault() is { } c ? c.Index + c.Length : 0;
            var subject = text[start..r.Index].Trim();
            // "But Ms Lund, who ...": a conjunction opening the sentence is no part of the subject.
            if (subject.Split(' ', 2) is ["But" or "And" or "Yet" or "So", var rest]) (subject, start) = (rest, r.Index - rest.Length);
            var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 8 || !char.IsUpper(words[0][0]) || words.Any(Pronouns.Contains)) return null;
            var doers = participants.Where(p => p.Start >= start && p.Start < r.Index).ToList();
            if (doers.Count == 0 && !GroupSubjects.Is(subject)) return null;
            if (doers.Count > 0 && words.Any(w => char.IsLower(w[0]) && w is not ("of" or "and" or "the" or "for"))) return null;
            return (subject, doers);
        }
        return null;
    }
}
