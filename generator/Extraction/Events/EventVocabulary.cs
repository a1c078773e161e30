using System.Text.RegularExpressions;
using BriefingSite.Ingest;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// The event words of generator/Data/events.yml: nouns ("funeral procession") and verb phrases ("issued arrest warrants"),
/// each with its kind. Read once from the program's own data: the vocabulary grows there, not in code.
/// </summary>
public sealed class EventVocabulary
{
    /// <summary>The vocabulary shipped with the program (immutable once read).</summary>
    public static EventVocabulary Shipped { get; } = Read(KnowledgeFile.Read("events.yml").Node);

    /// <summary>Each searched only from where one of its phrases can begin: tried at every position, the pattern cost a tenth of a clean build.</summary>
    private readonly PatternStarts? nouns, verbs, dated;

    /// <summary>
    /// Each group's name, the kind of its phrases, and whether they are written with every word capitalised ("World War
    /// Two"): the names of particular events.
    /// </summary>
    private readonly (string Group, string Kind, bool Name)[] nounKinds, verbKinds, datedKinds;

    /// <summary>The past verbs of <c>acts:</c>: deeds news in themselves when a named actor does them (see <see cref="UndatedDeeds"/>).</summary>
    public IReadOnlyList<string> Acts { get; private init; } = [];

    /// <summary>The nouns of <c>measures:</c>: what an actor makes public as a decision ("aid package", "reward"; see <see cref="AnnouncedMeasures"/>).</summary>
    public IReadOnlyList<string> Measures { get; private init; } = [];

    /// <summary>The participles of <c>called off:</c>: what an occasion "was" when it never took place (see <see cref="CalledOffEvents"/>).</summary>
    public IReadOnlyList<string> CalledOff { get; private init; } = [];

    /// <summary>The verbs of <c>scheduled present:</c>: an event verb in the simple present that tells of a schedule when a day goes with it (see <see cref="PresentSchedules"/>).</summary>
    public IReadOnlyList<string> ScheduledPresent { get; private init; } = [];

    private EventVocabulary(Dictionary<string, string> nounPhrases, Dictionary<string, string> verbPhrases, Dictionary<string, string> datedPhrases)
    {
        (nouns, nounKinds) = Build(nounPhrases, RegexOptions.IgnoreCase);
        (verbs, verbKinds) = Build(verbPhrases, RegexOptions.None);
        (dated, datedKinds) = Build(datedPhrases, RegexOptions.IgnoreCase);
    }

    /// <summary>Every kind the vocabulary names ("debate", "funeral", "occasion").</summary>
    public IReadOnlySet<string> KindNames => kindNames ??= nounKinds.Concat(verbKinds).Concat(datedKinds).Select(k => k.Kind).ToHashSet(StringComparer.Ordinal);

    private IReadOnlySet<string>? kindNames;

    /// <summary>True when every pattern is searched only from where a phrase can begin (see <see cref="PatternStarts"/>).</summary>
    internal bool Filtered => nouns?.Filters != false && verbs?.Filters != false && dated?.Filters != false;

    /// <summary>The patterns built from the phrases: nouns, verbs, dated nouns (those that have phrases).</summary>
    internal IEnumerable<PatternStarts> Patterns => new[] { nouns, verbs, dated }.OfType<PatternStarts>();

    /// <summary>Reads a vocabulary of the shape of events.yml: <c>nouns:</c>, <c>verbs:</c> and <c>dated:</c>, each a kind → list of phrases; <c>acts:</c>, a list of past verbs; <c>measures:</c>, a list of nouns; <c>called off:</c>, a list of participles; <c>scheduled present:</c>, a list of verbs.</summary>
    public static EventVocabulary Read(YamlNode? root)
    {
        Dictionary<string, string> Phrases(string key)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            if ((root as YamlMapping)?[key] is not YamlMapping kinds) return result;
            foreach (var (kind, list) in kinds.Entries)
                foreach (var phrase in KnowledgeFile.Strings(list))
                    result.TryAdd(phrase, kind.Value.Trim());
            return result;
        }
        // A plain list: each word once, trimmed, empty ones left out.
        List<string> Words(string key) =>
            KnowledgeFile.Strings((root as YamlMapping)?[key]).Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return new EventVocabulary(Phrases("nouns"), Phrases("verbs"), Phrases("dated"))
        {
            Acts = Words("acts"), Measures = Words("measures"), CalledOff = Words("called off"), ScheduledPresent = Words("scheduled present"),
        };
    }

    /// <summary>The cues the vocabulary finds in <paramref name="text"/>, nouns then verbs, left to right in each.</summary>
    public IEnumerable<EventCue> Cues(string text)
    {
        foreach (var (pattern, kinds, isVerb) in new[] { (nouns, nounKinds, false), (verbs, verbKinds, true) })
        {
            if (pattern is null) continue;
            foreach (var m in pattern.Matches(text))
                if (KindOf(m, kinds) is var (kind, name))
                    yield return new EventCue(kind, m.Index, m.Length, m.Value, isVerb, !isVerb && name ? m.Value : null);
        }
    }

    /// <summary>
    /// The nouns of <c>dated:</c> in <paramref name="text"/> ("ban", "referendum", "alert"): events only when a date of
    /// their own phrase says when ("the ban in mid-July", "its January 3 security alert"), left to right.
    /// </summary>
    public IEnumerable<EventCue> DatedCues(string text)
    {
        if (dated is null) yield break;
        foreach (var m in dated.Matches(text))
            if (KindOf(m, datedKinds) is var (kind, _))
                yield return new EventCue(kind, m.Index, m.Length, m.Value, false) { DatedOnly = true };
    }

    /// <summary>The kind of the one alternative that matched: exactly one group besides the whole match succeeds.</summary>
    private static (string Kind, bool Name)? KindOf(Match m, (string Group, string Kind, bool Name)[] kinds)
    {
        var groups = m.Groups;
        foreach (var (group, kind, name) in kinds)
            if (groups[group].Success) return (kind, name);
        return null;
    }

    /// <summary>
    /// One pattern of all phrases, longest first, each alternative in the group of its kind and form ("k0", "n0", ...: a
    /// name shares a group of that letter only with names of its kind). A group per kind rather than per phrase: a match
    /// then carries a few groups, not hundreds.
    /// </summary>
    /// <summary>In a phrase, one to three capitalised words: a name ("called [Name] for [Name]": "called Nevada for Biden").</summary>
    private const string NamePlaceholder = "[Name]";

    private static (PatternStarts?, (string Group, string Kind, bool Name)[]) Build(Dictionary<string, string> phrases, RegexOptions options)
    {
        if (phrases.Count == 0) return (null, []);
        var ordered = phrases.OrderByDescending(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var groupOf = new Dictionary<(string Kind, bool Name), string>();
        var parts = new List<string>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var words = ordered[i].Key.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w switch
                {
                    "*" => @"(?:[\w’'-]+\s+){0,2}?",
                    // "called [Name] for [Name]": one to three capitalised words ("Nevada", "Joe Biden"), lazily.
                    NamePlaceholder => @"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}?\s+",
                    _ => Regex.Escape(w) + @"\s+",
                });
            var body = string.Concat(words);
            body = body[..^3];    // the last word's trailing \s+
            var form = (Kind: ordered[i].Value, Name: ordered[i].Key.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0])));
            if (!groupOf.TryGetValue(form, out var group)) groupOf[form] = group = $"{(form.Name ? 'n' : 'k')}{groupOf.Count}";
            parts.Add($"(?<{group}>{body})");
        }
        var regex = new Regex(@"(?<![\w’'-])(?:" + string.Join('|', parts) + @")(?![\w’'-])", options | RegexOptions.CultureInvariant);
        return (new PatternStarts(regex), groupOf.Select(g => (g.Value, g.Key.Kind, g.Key.Name)).ToArray());
    }
}
