using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>Who takes part in the event a cue names, and the words that follow the cue ("between Zelenskyy and Putin", "to NATO").</summary>
public static partial class CueParticipants
{
    // Made once: a literal array in the methods below is allocated again at every call, and they run for every event cue.
    private static readonly char[] TailEnds = [',', ';', ':', '.', '(', '“', '"'];
    private static readonly string[] TailStops = [" that ", " which ", " where ", " to continue ", " to discuss ", " when ", " who "];

    private static readonly string[] BodyWords = ["Group", "Council", "Committee", "Commission", "Forum", "Assembly", "Cabinet", "Parliament", "Board", "Congress"];

    public static string? BodyOf(string modifiers)
    {
        var words = modifiers.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = Array.FindLastIndex(words, w => BodyWords.Contains(w));
        if (end < 0) return null;
        var start = end;
        while (start > 0 && char.IsUpper(words[start - 1][0])) start--;
        return end > start ? string.Join(' ', words[start..(end + 1)]) : null;
    }

    /// <summary>What follows the cue up to the next punctuation or clause word: "between Zelenskyy and Putin", "to NATO".</summary>
    public static string TailPhrase(string text, int from, int to)
    {
        var s = text[from..to];
        var cut = s.IndexOfAny(TailEnds);
        if (cut >= 0 && !(s[cut] == '.' && cut > 0 && char.IsUpper(s[cut - 1]))) s = s[..cut];
        foreach (var stop in TailStops)
            if (s.IndexOf(stop, StringComparison.Ordinal) is var k and >= 0) s = s[..k];
        s = s.Trim();
        // "nine soldiers were killed and President Ruiz ordered a strike": 'and' right after the cue opens a clause of its
        // own (no object or complement begins with it), whose subject takes no part in the event.
        return s.StartsWith("and ", StringComparison.Ordinal) && s.Length > 4 && char.IsUpper(s[4]) ? "" : s;
    }

    /// <summary>
    /// "signed by Kyrgyzstan, Uzbekistan and Kazakhstan": when the words after the cue end on an actor's name, the list
    /// of actors that name opens belongs to them too (not "in Geneva, Lavrov said": Geneva is no actor).
    /// </summary>
    public static int ListEnd(string text, int tailEnd, int regionEnd, IReadOnlyList<SentenceEventReader.Participant> all)
    {
        if (!all.Any(p => p.Start < tailEnd && NameEnd(text, p.Start) == tailEnd)) return tailEnd;
        while (all.FirstOrDefault(p => p.Start > tailEnd && p.Start < regionEnd && ListJoint().IsMatch(text.AsSpan()[tailEnd..p.Start])) is { } next)
            tailEnd = Math.Min(regionEnd, NameEnd(text, next.Start));
        return tailEnd;
    }

    /// <summary>End of the run of capitalised words starting at <paramref name="start"/> ("Aibek Toktosunov", "United States").</summary>
    private static int NameEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length)
        {
            var wordEnd = end;
            while (wordEnd < text.Length && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] is '-' or '.' && wordEnd + 1 < text.Length && char.IsLetter(text[wordEnd + 1]))) wordEnd++;
            if (wordEnd == end || !char.IsUpper(text[end])) break;
            end = wordEnd;
            if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])) end++;
            else break;
        }
        return end;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:,\s*(?:and\s+)?|\s+and\s+)$")]
    private static partial System.Text.RegularExpressions.Regex ListJoint();

    public static List<SentenceEventReader.Participant> ParticipantsOf(string text, EventCue cue, int npStart, int regionEnd, IReadOnlyList<SentenceEventReader.Participant> all)
    {
        var who = all.Where(p => p.Start >= npStart && p.Start < regionEnd).ToList();
        var before = EventPhrase.WordsBefore(text, npStart, 1);
        var possessive = before is ["his"] or ["her"] or ["their"] or ["His"] or ["Her"] or ["Their"];
        if (cue.IsVerb || possessive || cue.Kind is "press" or "visit" or "announcement")
        {
            // The subject: the last actor named before the cue in its clause.
            var clauseStart = Math.Max(0, text.LastIndexOf(';', Math.Max(0, npStart - 1)));
            // "Solberg will discuss energy with Nowicki when she visits Warsaw": a pronoun before the cue stands for the sentence's subject.
            var pronoun = before is ["he" or "she"];
            var candidates = all.Where(p => p.Start < npStart && p.Start >= clauseStart && (p.Kind == ActorKind.Person || cue.IsVerb));
            if ((pronoun ? candidates.FirstOrDefault(p => p.Kind == ActorKind.Person) : AppositiveSubject(text, npStart, all) ?? candidates.LastOrDefault()) is { } subject)
                who.Insert(0, subject);
        }
        if (!cue.IsVerb && EventPhrase.SubjectSpan(text, npStart, cue.End) is var (from, to))
            who.AddRange(all.Where(p => p.Start >= from && p.Start < to && !who.Contains(p)));
        // "During a meeting with X at the White House on Monday, President Trump said...": the subject after the fronted phrase took part.
        var opening = text[..npStart].TrimEnd().Split(' ');
        if (opening.Length <= 2 && opening[0] is "During" or "At" or "After" && text.IndexOf(", ", cue.End, StringComparison.Ordinal) is var comma and > 0
            && all.FirstOrDefault(p => p.Start > comma && p.Kind == ActorKind.Person) is { } subjectAfter && subjectAfter.Start < comma + 40)
            who.Add(subjectAfter);
        // "... but confirmed he would travel to the talks", "Blinken attended the summit": whoever goes to an event takes part in it.
        if (!cue.IsVerb && AttendsBefore().IsMatch(text.AsSpan()[Math.Max(0, npStart - 40)..npStart])
            && all.LastOrDefault(p => p.Start < npStart && p.Kind == ActorKind.Person) is { } goer && !who.Contains(goer))
            who.Add(goer);
        // "The meeting ... will be chaired by the AU special envoy, Dr. Efua Mensah-Boateng": who chairs or hosts it takes part.
        if (ChairedBy().Match(text, cue.End) is { Success: true } by && text.IndexOf(". ", cue.End, StringComparison.Ordinal) is var stop && (stop < 0 || by.Index < stop))
            who.AddRange(all.Where(p => p.Kind == ActorKind.Person && p.Start > by.Index && p.Start < by.Index + by.Length + 80 && !who.Contains(p)).Take(2));
        return who;
    }

    /// <summary>
    /// "Ivo Marek, the Czech envoy who chaired the Prague round, resigned": a name set off by an apposition just before
    /// the verb is its subject, not the last actor named inside the apposition.
    /// </summary>
    private static SentenceEventReader.Participant? AppositiveSubject(string text, int verbStart, IReadOnlyList<SentenceEventReader.Participant> all)
    {
        var before = text[..verbStart].TrimEnd();
        if (!before.EndsWith(',')) return null;
        var close = before.Length - 1;
        // "Francis D'Souza, previously minister of the state of Goa, India, died": the apposition may hold commas of its own.
        for (int open = before.LastIndexOf(',', close - 1), tries = 0; open > 0 && tries < 3 && close - open < 200; open = before.LastIndexOf(',', open - 1), tries++)
        {
            if (before.IndexOfAny([';', '(', ')', '"', '“', '”'], open) >= 0) return null;
            var inner = before[(open + 1)..close].TrimStart();
            // An apposition describes ("the long-serving Sultan of Oman", "previously the deputy chief minister"); "Harris, the
            // American Independent Party, nominated" is a new subject named after "Harris", not a description of her.
            if (inner.Length == 0 || !char.IsLower(inner[0])) continue;
            if (all.Any(p => p.Start > open && p.Start <= open + 6 && NameEnd(text, p.Start) >= close - 1)) return null;
            // The name runs up to the comma: "Qaboos bin Said," (particles allowed), not "Ivo Marek said on Monday,".
            var subject = all.LastOrDefault(p => p.Start < open && open - p.Start <= 50 && text[p.Start..open].Split(' ') is var words && words.Length <= 5
                && words.All(w => w.TrimStart('(').Length > 0 && (char.IsUpper(w.TrimStart('(')[0]) || NameParticles.Contains(w))));
            if (subject is not null) return subject;
        }
        return null;
    }

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "bin", "bint", "ibn", "al", "de", "da", "del", "der", "van", "von", "la", "le", "du", "dos", "y" };

    /// <summary>The subject of a hosting verb (the last actor before it in its clause) and the actors it hosts, up to the event's noun phrase.</summary>
    public static IEnumerable<SentenceEventReader.Participant> HostAndGuests(string text, EventCue hostVerb, int npStart, IReadOnlyList<SentenceEventReader.Participant> all)
    {
        var clauseStart = Math.Max(0, text.LastIndexOf(';', Math.Max(0, hostVerb.Start - 1)));
        if (all.LastOrDefault(p => p.Start < hostVerb.Start && p.Start >= clauseStart) is { } host) yield return host;
        foreach (var guest in all.Where(p => p.Start >= hostVerb.End && p.Start < npStart)) yield return guest;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:attend(?:s|ed|ing)?|travel(?:s|led|ed|ling)? to|(?:flew|fly|flies|go|goes|went|come|came) to|join(?:s|ed)?|chair(?:s|ed)?|host(?:s|ed)?|lead(?:s)?|led|address(?:es|ed)?|(?:take|took|taking|takes) part in|participat(?:e|es|ed) in|(?:spoke|speak|speaks) at|represent(?:s|ed)? \w+ at)\s+(?:the|a|an|this|that|his|her|their|its)?\s*(?:[\w’'-]+\s+){0,4}$")]
    private static partial System.Text.RegularExpressions.Regex AttendsBefore();

    [System.Text.RegularExpressions.GeneratedRegex(@"\G[^.;]{0,120}?\b(?:chaired|hosted|led|attended|opened|addressed) by\b")]
    private static partial System.Text.RegularExpressions.Regex ChairedBy();
}
