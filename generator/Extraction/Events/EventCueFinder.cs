using System.Text.RegularExpressions;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// Finds the words that signal events in a sentence: nouns ("meeting", "phone call", "ceasefire deal"), a few verbs
/// ("met with", "hosted", "visited") and proper names of events ("Minsk II", "the Paris Agreement").
/// Whether a cue becomes an event is decided later (it needs an anchor: a date, place, name or participants).
/// </summary>
public static partial class EventCueFinder
{
    [GeneratedRegex(@"\b(?:(?<meeting>ministerial|meetings?|gathering)|(?<summit>summit)|(?<talks>talks|negotiations|peace conference)|(?<call>(?:phone|telephone|video) (?:call|conversation)|call (?=with|between))|(?<visit>state visit|visits?|trips?|tour (?=of))|(?<agreement>(?:ceasefire|cease-fire|peace) (?:deal|agreement|accord)|agreements?|accords?|deal|ceasefire|cease-fire|truce|treaty|armistice)|(?<invasion>full-scale invasion|invasion|annexation)|(?<war>war)|(?<press>news conference|press conference|press briefing|news briefing|briefing)|(?<announcement>announcement))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Nouns();

    [GeneratedRegex(@"\b(?:(?<meeting>(?:met|meets|meet|meeting) with|hosted|will host|met(?= [A-Z]))|(?<visit>visited|travell?ed to|arrived in)|(?<call>spoke (?:by|on the) (?:tele)?phone|phoned)|(?<invasion>invaded|annexed)|(?<announcement>announced|unveiled))\b")]
    private static partial Regex Verbs();

    [GeneratedRegex(@"(?<![\w’'])(?<name>[A-Z][a-z]+ (?:I|II|III|IV))(?![\w’'])")]
    private static partial Regex NumberedName();

    [GeneratedRegex(@"(?<name>(?:(?:[A-Z][\w’'-]+|of|the|for) ){0,4}[A-Z][\w’'-]+ (?:Agreements?|Accords?|Treaty|Protocol|Summit|Declaration|Memorandum|Conference|Ceasefire))\b")]
    private static partial Regex TitledName();

    private static readonly string[] Kinds = ["meeting", "summit", "talks", "call", "visit", "agreement", "invasion", "war", "press", "announcement"];

    public static List<EventCue> Find(string text)
    {
        var cues = new List<EventCue>();
        foreach (Match m in TitledName().Matches(text))
        {
            var name = TrimName(m.Groups["name"].Value);
            var start = m.Index + m.Value.IndexOf(name, StringComparison.Ordinal);
            cues.Add(new EventCue(KindOfName(name), start, name.Length, name, false, name));
        }
        foreach (Match m in NumberedName().Matches(text))
        {
            var before = text[..m.Index].TrimEnd();
            if (before.EndsWith("King", StringComparison.Ordinal) || before.EndsWith("Queen", StringComparison.Ordinal) || before.EndsWith("Pope", StringComparison.Ordinal)) continue;
            Add(cues, new EventCue("named", m.Index, m.Length, m.Value, false, m.Value));
        }
        foreach (Match m in Nouns().Matches(text)) Add(cues, FromGroups(m, isVerb: false));
        foreach (Match m in Verbs().Matches(text)) Add(cues, FromGroups(m, isVerb: true));
        cues.Sort((a, b) => a.Start.CompareTo(b.Start));
        return JoinAdjacent(text, cues);
    }

    private static void Add(List<EventCue> cues, EventCue cue)
    {
        if (cues.Any(c => cue.Start < c.End && c.Start < cue.End)) return;
        cues.Add(cue);
    }

    private static EventCue FromGroups(Match m, bool isVerb)
    {
        foreach (var k in Kinds)
            if (m.Groups[k].Success) return new EventCue(k, m.Index, m.Length, m.Value, isVerb);
        return new EventCue("meeting", m.Index, m.Length, m.Value, isVerb);
    }

    /// <summary>"ceasefire deal" found as two cues becomes one; a named event followed by its own kind noun ("Minsk II agreement") too.</summary>
    private static List<EventCue> JoinAdjacent(string text, List<EventCue> cues)
    {
        var result = new List<EventCue>();
        foreach (var c in cues)
        {
            if (result.Count > 0 && result[^1] is var prev && !prev.IsVerb && !c.IsVerb && c.Name is null
                && text.AsSpan(prev.End, c.Start - prev.End).IsWhiteSpace() && c.Start - prev.End <= 2)
            {
                var kind = prev.Name is not null && prev.Kind == "named" ? c.Kind : prev.Name is not null ? prev.Kind : c.Kind;
                result[^1] = new EventCue(kind, prev.Start, c.End - prev.Start, text[prev.Start..c.End], false, prev.Name);
                continue;
            }
            result.Add(c);
        }
        return result;
    }

    private static string TrimName(string name)
    {
        var words = name.Split(' ').ToList();
        while (words.Count > 1 && words[0] is "of" or "the" or "for" or "The") words.RemoveAt(0);
        return string.Join(' ', words);
    }

    private static string KindOfName(string name)
    {
        var last = name[(name.LastIndexOf(' ') + 1)..];
        return last switch { "Summit" => "summit", "Conference" => "talks", _ => "agreement" };
    }
}
