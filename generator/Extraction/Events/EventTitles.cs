using System.Globalization;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// Short readable titles from the words around a cue: "Minsk II agreement", "NATO defense ministerial",
/// "Zelenskyy–Putin bilateral meeting", "Meeting with NATO defense chiefs". Quality ranks titles when mentions merge:
/// a proper name beats a title made of participants, which beats a generic one.
/// </summary>
public static partial class EventTitles
{
    private static readonly HashSet<string> PersonTitles = new(StringComparer.Ordinal)
    {
        "President", "Prime", "Minister", "Secretary", "Chancellor", "General", "Gen.", "Admiral", "Adm.", "Chairman", "Chair",
        "Defense", "Defence", "Foreign", "Press", "Special", "Envoy", "Ukrainian", "Russian", "American", "U.S.", "British",
        "French", "German", "King", "Queen", "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Vice", "Former", "Newly",
    };

    /// <summary>"Oman announced three days of mourning": who announced, and what, up to the clause's end (at most eight words).</summary>
    public static string Announced(string text, EventCue cue, IReadOnlyList<SentenceEventReader.Participant> who)
    {
        var subjects = who.Where(p => p.Start < cue.Start && cue.Start - p.Start < 60).Select(p => p.Kind == ActorKind.Person ? ShortName(p) : p.Name)
            .Distinct(StringComparer.Ordinal).Take(2).ToList();
        // "The ministry announced": with no actor named, the group or body that announces.
        if (subjects.Count == 0 && GroupSubjects.WordsBefore(text, cue.Start) is { } group) subjects.Add(Capital(group));
        var rest = text[cue.End..];
        var cut = rest.IndexOfAny([',', ';', '.', ':', '(', '"', '“']);
        if (cut >= 0) rest = rest[..cut];
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w is "yesterday" or "today").ToArray();
        var end = Array.FindIndex(words, x => x is "on" or "in" or "at" or "after" or "during" or "because" or "while" or "but" or "although" or "though" or "which" or "who");
        var taken = words.Take(end > 0 ? Math.Min(end, 8) : 8).ToList();
        while (taken.Count > 1 && taken[^1] is "the" or "a" or "an" or "to" or "of" or "for" or "from" or "with" or "by" or "and" or "or" or "away" or "its" or "their" or "his" or "her")
            taken.RemoveAt(taken.Count - 1);
        return $"{string.Join(" and ", subjects)} announced {string.Join(' ', taken)}".Trim();
    }

    public static (string Text, int Quality) Build(string text, EventCue cue, string modifiers, string tail, string? place,
        IReadOnlyList<SentenceEventReader.Participant> who, Tense tense)
    {
        var head = HeadNoun(cue);
        if (cue.Name is { } name)
        {
            var full = cue.Kind == "agreement" && !HasKindWord(name) ? name + " agreement" : name;
            return (full, 5);
        }
        // "last Tuesday's ambush" is an ambush: the day is the event's date, not its name.
        var mods = string.Join(' ', modifiers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !EventPhrase.TitleNoise.Contains(w) && !IsPossessiveWeekday(w)));
        // "Mr Bush's re-election": the prefix belongs to the noun.
        if (mods.EndsWith("re-", StringComparison.OrdinalIgnoreCase)) { head = mods[^3..].ToLowerInvariant() + head; mods = mods[..^3].TrimEnd(); }
        if (cue.Kind == "war")
        {
            var began = text[cue.End..].TrimStart();
            var starts = began.StartsWith("that began", StringComparison.Ordinal) || began.StartsWith("began", StringComparison.Ordinal)
                || began.StartsWith("that started", StringComparison.Ordinal) || began.StartsWith("broke out", StringComparison.Ordinal);
            var core = mods.Length > 0 ? $"{mods} war" : "the war";
            return (starts ? $"Start of the {core.Replace("the ", "")}" : Capital(core), 3);
        }
        if (!cue.IsVerb && mods.Any(char.IsUpper) && !IsPossessiveWeekday(mods))
            return (Capital(Compound(mods) + " " + head), 4);
        if (tail.StartsWith("between ", StringComparison.Ordinal) && NamesIn(BetweenList(tail[8..]), who) is { Count: >= 2 } pair)
            return (string.Join('–', pair.Take(3)) + " " + (mods.Length > 0 ? mods + " " : "") + head, 4);
        var people = who.Where(p => p.Kind == ActorKind.Person).Select(ShortName).Distinct(StringComparer.Ordinal).ToList();
        if (people.Count == 0 && who.Count == 0 && cue.Kind is "press" or "visit" or "announcement" or "meeting")
            // "On Friday, the prime minister completed a tour": a weekday is the event's date, not who held it (and no name before it is).
            people = NamesIn(text[..EventPhrase.ModifierStart(text, cue)], who).TakeLast(1).Where(n => !CueFilters.IsWeekday(n)).ToList();
        if (cue.Kind is "call" && people.Count >= 2) return ($"{people[0]}–{people[1]} {head}", 4);
        if (cue.Kind is "call" && tail.StartsWith("between ", StringComparison.Ordinal) && NamesIn(text[..cue.Start], who) is { Count: >= 2 } two)
            return ($"{two[0]}–{two[1]} {head}", 3);
        if (tail.StartsWith("with ", StringComparison.Ordinal) || cue.Head.EndsWith(" with", StringComparison.Ordinal))
        {
            var with = Words(tail.StartsWith("with ", StringComparison.Ordinal) ? tail[5..] : tail, 8);
            var names = NamesIn(with, who, runsOnly: true);
            var object_ = names.Count > 0 ? string.Join(" and ", names.Take(2)) + (with.Contains(" and other ", StringComparison.Ordinal) ? " and others" : "") : Words(with, 5);
            if (object_.Length > 0) return (Capital($"{head} with {object_}{At(place)}"), 3);
        }
        if (cue.Head.StartsWith("hosted", StringComparison.Ordinal) || cue.Head.StartsWith("will host", StringComparison.Ordinal))
        {
            var host = people.LastOrDefault() ?? who.FirstOrDefault()?.Name;
            if (host is not null) return ($"Meeting hosted by {host}{At(place)}", 3);
        }
        if (cue.Kind == "visit" && (tail.StartsWith("to ", StringComparison.Ordinal) || cue.Head.Contains(" to", StringComparison.Ordinal) || cue.Head.Contains(" in", StringComparison.Ordinal)))
        {
            var dest = cue.IsVerb ? Words(tail, 4) : Words(tail[3..], 4);
            var who0 = people.FirstOrDefault();
            if (dest.Length > 0) return ((who0 is null ? "Visit to " : who0 + "’s visit to ") + dest, 3);
        }
        if (people.Count == 1 && cue.Kind is "press" or "visit" or "announcement" or "call")
            return ($"{people[0]}’s {(mods.Length > 0 ? mods + " " : "")}{head}", 3);
        // "Germany on Monday banned Iranian airline Mahan Air": whoever acted owns the event.
        if (cue.IsVerb && who.FirstOrDefault(p => p.Start < cue.Start) is { } subject)
        {
            var owner = subject.Kind == ActorKind.Person ? ShortName(subject) : subject.Name;
            // "Donald Trump's younger brother Robert died": the one who acted is the relative, named after the actor.
            if (Relative().Match(text, subject.Start, cue.Start - subject.Start) is { Success: true } kin && kin.Index - subject.Start <= subject.Name.Length)
                return ($"{Possessive(owner)} {kin.Groups["rel"].Value}’s {head}{At(place)}", 3);
            return ($"{Possessive(owner)} {head}{At(place)}", 3);
        }
        // "The Board has appointed Lena Virtanen": the appointment is of whoever was appointed.
        if (cue.IsVerb && cue.Kind == "appointment" && people.Count > 0) return ($"{people[0]}’s {head}{At(place)}", 3);
        // "the resignation of Luis Rivera Marín", "a treaty signed by Uzbekistan and Kyrgyzstan": a bare noun is named by who took part (people first).
        if (!cue.IsVerb && mods.Length == 0 && place is null
            && (people.Count > 0 ? people : who.Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList())
                .Where(n => !n.Contains(head, StringComparison.OrdinalIgnoreCase)).Take(3).ToList() is { Count: > 0 } named)
            return (named.Count == 1 ? $"{Possessive(named[0])} {head}" : Capital($"{string.Join('–', named)} {head}"), 2);
        return (Capital((mods.Length > 0 ? mods + " " : "") + head + At(place)), place is null ? 1 : 2);
    }

    /// <summary>
    /// "Ruiz and Okafor was held online on 14 September": the list after "between" ends where the clause goes on, at a verb
    /// or a preposition, so no later name of the clause ("September", "COVID-19") is taken for one of the parties. Words of
    /// roles between the names ("Democratic vice presidential nominee Kamala Harris") stay in the list.
    /// </summary>
    private static string BetweenList(string phrase)
    {
        var words = phrase.Split(' ');
        var n = 0;
        while (n < words.Length && !ListEnds.Contains(words[n])) n++;
        return string.Join(' ', words[..n]);
    }

    private static readonly HashSet<string> ListEnds = new(StringComparer.Ordinal)
    {
        "was", "were", "is", "are", "would", "will", "could", "should", "had", "has", "have", "took", "takes", "be", "been",
        "because", "due", "after", "before", "which", "who", "that", "when", "while", "in", "on", "at", "to", "for", "over",
        "last", "this", "next", "ended", "began", "went", "lasted", "came",
    };

    /// <summary>"Trump’s", "Cummings’": the possessive of a name.</summary>
    internal static string Possessive(string name) => name + (name.EndsWith('s') ? "’" : "’s");

    /// <summary>
    /// Where, as a title ends: a building or a venue is where things happen "at" ("at the White House", "at Belmont
    /// University"); a city or a country "in". A place told as a city and a venue ("Athens, Zappeion Hall") goes by the city.
    /// </summary>
    internal static string At(string? place)
    {
        if (place is null) return "";
        if (place.Contains("House") || place.Contains("headquarters")) return " at the " + place;
        var first = place.Split(',')[0];
        return (ArticleEventGatherer.KindOf(first) == PlaceKind.Venue ? " at " : " in ") + place;
    }

    private static bool HasKindWord(string name) =>
        name.EndsWith("Agreement", StringComparison.Ordinal) || name.EndsWith("Accord", StringComparison.Ordinal) || name.EndsWith("Accords", StringComparison.Ordinal)
        || name.EndsWith("Treaty", StringComparison.Ordinal) || name.EndsWith("Protocol", StringComparison.Ordinal) || name.Contains(" agreement", StringComparison.Ordinal);

    private static bool IsPossessiveWeekday(string mods) =>
        mods.Split(' ').All(w => w.EndsWith("day’s", StringComparison.Ordinal) || w.EndsWith("day's", StringComparison.Ordinal)
            || (w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal)) && w[..^2] != "May" && EventPhrase.IsCalendarWord(w[..^2]));

    /// <summary>"became the leader of" → "leader", "became prime minister" → "prime minister": the office of an appointment told by "became".</summary>
    private static string BecameOffice(string head)
    {
        var office = head["became ".Length..];
        if (office.StartsWith("the ", StringComparison.Ordinal)) office = office[4..];
        return office.EndsWith(" of", StringComparison.Ordinal) ? office[..^3] : office;
    }

    public static string HeadNoun(EventCue cue) => cue.IsVerb
        ? cue.Kind switch
        {
            "meeting" => cue.Head.StartsWith("summoned", StringComparison.Ordinal) ? "summoning" : "meeting", "visit" => "visit", "protest" => cue.Head.StartsWith("block", StringComparison.Ordinal) ? "blockade" : cue.Head.Contains("hunger strike", StringComparison.Ordinal) ? "hunger strike" : cue.Head.Contains("strike", StringComparison.Ordinal) ? "strike" : "protest", "call" => cue.Head.EndsWith(" with", StringComparison.Ordinal) || cue.Head == "spoke" ? "conversation" : "phone call", "invasion" => "invasion", "press" => "remarks to the press",
            "attack" => cue.Head.StartsWith("shelled", StringComparison.Ordinal) ? "shelling" : cue.Head.Contains("offensive", StringComparison.Ordinal) ? "offensive"
                : cue.Head.Contains("missiles", StringComparison.Ordinal) || cue.Head.Contains("rockets", StringComparison.Ordinal) ? "missile strike"
                : cue.Head == "shot down" ? "shooting down" : cue.Head.StartsWith("rammed", StringComparison.Ordinal) ? "ramming" : cue.Head == "struck" ? "strike" : "attack",
            "sanctions" => cue.Head.StartsWith("lift", StringComparison.Ordinal) ? "lifting of the " + cue.Head[(cue.Head.LastIndexOf(' ') + 1)..] : cue.Head == "banned" || cue.Head.EndsWith(" ban", StringComparison.Ordinal) ? "ban" : cue.Head.EndsWith("embargo", StringComparison.Ordinal) ? "embargo" : cue.Head.EndsWith("moratorium", StringComparison.Ordinal) ? "moratorium" : "sanctions", "resignation" => cue.Head is "ousted" or "was fired" or "was dismissed" ? "dismissal" : cue.Head == "was appointed" ? "appointment" : "resignation",
            "withdrawal" => "withdrawal", "deployment" => "deployment", "incident" => cue.Head == "crashed" ? "crash" : cue.Hazard is { } hazard ? hazard : cue.Head.StartsWith("seized", StringComparison.Ordinal) || cue.Head.EndsWith("boarded", StringComparison.Ordinal) ? "seizure" : cue.Head.EndsWith("poisoned", StringComparison.Ordinal) ? "poisoning" : cue.Head.StartsWith("fell", StringComparison.Ordinal) ? "illness" : cue.Head.EndsWith("positive", StringComparison.Ordinal) ? "positive test" : cue.Head.EndsWith(" way", StringComparison.Ordinal) ? "collapse" : "damage",
            "evacuation" => "airlift", "release" => "release",
            "independence" => "independence",
            "decision" => cue.Head == "extended the mandate" ? "mandate extension" : cue.Head == "voted" ? "vote" : cue.Head.StartsWith("signed", StringComparison.Ordinal) ? "signing"
                : cue.Head is "sentenced" or "convicted" or "acquitted" ? "verdict" : cue.Head.StartsWith("suspend", StringComparison.Ordinal) || cue.Head.StartsWith("prorogue", StringComparison.Ordinal) ? "prorogation" : "ruling",
            "appointment" => cue.Head.Contains("replaced by", StringComparison.Ordinal) ? "succession" : cue.Head.Contains("elected", StringComparison.Ordinal) ? "election" : cue.Head is "was sworn in" or "took office" or "began serving as" || cue.Head.EndsWith("sworn into office", StringComparison.Ordinal) ? "swearing-in" : cue.Head.EndsWith("inaugurated", StringComparison.Ordinal) ? "inauguration" : cue.Head == "nominated" ? "nomination" : cue.Head.StartsWith("became ", StringComparison.Ordinal) ? "appointment as " + BecameOffice(cue.Head) : cue.Head.EndsWith("presidency", StringComparison.Ordinal) ? "presidency" : "appointment",
            "death" => cue.Head.StartsWith("killed", StringComparison.Ordinal) || cue.Head.StartsWith("assassinated", StringComparison.Ordinal) ? "killing" : "death",
            "speech" => "speech", "trial" => cue.Head.StartsWith("hear", StringComparison.Ordinal) || cue.Head.StartsWith("heard", StringComparison.Ordinal) ? "hearing" : "impeachment", "agreement" => "agreement", "election" => "vote", "arrest" => "arrest",
            // A kind of the vocabulary's own (Data/events.yml: "closure", "filing") is its own head noun.
            _ when !EventCueFinder.IsBuiltInKind(cue.Kind) => cue.Kind,
            _ => cue.Head.StartsWith("launch", StringComparison.Ordinal) ? "launch" : cue.Head.StartsWith("proposed", StringComparison.Ordinal) ? "proposal" : cue.Head == "pledged" ? "pledge" : "announcement",
        }
        // "tour of", "call with": a noun matched with the space before the word it needs keeps no space.
        : cue.Head.Trim().ToLowerInvariant() switch { "meetings" => "meeting", var noun => noun };

    /// <summary>Last names of the actors in a phrase, else the last word of each capitalised run of two or more words ("Ukrainian President Volodymyr Zelenskyy" → "Zelenskyy").</summary>
    public static List<string> NamesIn(string phrase, IReadOnlyList<SentenceEventReader.Participant> who, bool runsOnly = false)
    {
        var fromActors = who.Where(p => p.Kind == ActorKind.Person && phrase.Contains(p.Name, StringComparison.Ordinal)).Select(ShortName).ToList();
        if (fromActors.Count > 0) return fromActors.Distinct(StringComparer.Ordinal).ToList();
        var names = new List<string>();
        var run = new List<string>();
        var words = phrase.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i <= words.Length; i++)
        {
            var raw = i < words.Length ? words[i] : ".";
            var w = raw.Trim('.', '’', '\'', '“', '”', '"');
            if (w.Length > 1 && char.IsUpper(w[0]) && !(i == 0 && (Starters.Contains(w) || w.EndsWith("ly", StringComparison.Ordinal) && phrase.TrimStart().StartsWith(w + ",", StringComparison.Ordinal))))
            {
                if (!PersonTitles.Contains(raw) && !raw.EndsWith("’s", StringComparison.Ordinal) && !raw.EndsWith("'s", StringComparison.Ordinal)) run.Add(w);
                else run.Clear();
                continue;
            }
            // "Sept. 5, 2017 - The presidents", "This announcement": a lone capitalised function word names nobody, wherever it stands.
            // "In May 2018 the ministry launched": a month before its year or day is a date, not Mrs May.
            var dated = run.Count == 1 && EventPhrase.IsCalendarWord(run[0]) && i < words.Length && char.IsDigit(words[i][0]);
            if (run.Count >= 2 || (run.Count == 1 && !runsOnly && !IsDemonym(run[0]) && !Starters.Contains(run[0]) && !dated)) names.Add(run[^1]);
            run.Clear();
        }
        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool IsDemonym(string w) =>
        w.EndsWith("an", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal) || w.EndsWith("i", StringComparison.Ordinal);

    private static readonly HashSet<string> Starters = new(StringComparer.Ordinal)
    {
        "Then", "But", "And", "At", "In", "On", "During", "After", "Before", "The", "A", "An", "When", "While", "He", "She", "It", "They", "We", "I", "His", "Her", "Their", "This", "That", "These", "Those", "Its", "Our",
    };

    /// <summary>The word the article calls the person by ("Rosselló" for Ricardo Rosselló Nevares, "Park" for Park Min-jae), else the last word of the name.</summary>
    public static string ShortName(SentenceEventReader.Participant p) => p.Short ?? ShortName(p.Name);

    public static string ShortName(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts.All(p => char.IsUpper(p[0])) || name.Contains("NATO")) return name;
        // "Queen Elizabeth II" is Elizabeth II, not "II".
        return parts[^1] is "I" or "II" or "III" or "IV" or "V" or "VI" or "Jr." or "Sr." ? $"{parts[^2]} {parts[^1]}" : parts[^1];
    }

    private static string Words(string phrase, int max)
    {
        var w = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cut = Array.FindIndex(w, x => x is "on" or "in" or "at" or "to" or "for" or "as" or "after" or "during" or "next" or "last" or "this" or "yesterday" or "today" or "tomorrow" or "earlier" or "later");
        if (cut > 0) w = w[..cut];
        return string.Join(' ', w.Take(max));
    }

    private static string Compound(string mods) => System.Text.RegularExpressions.Regex.Replace(mods, @"(?<=[A-Z.])-(?=[A-Z])", "–");

    public static string Capital(string s) => s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..];

    /// <summary>"Trump's younger brother Robert ", "Ms Okafor's husband, ": a relative of the actor named before the verb, and at most their name.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[’']s (?:(?:late|younger|elder|older|eldest|youngest|only|former|estranged|twin|step) )?(?<rel>brother|sister|son|daughter|wife|husband|mother|father|widow|widower|cousin|nephew|niece|uncle|aunt|grandson|granddaughter|grandmother|grandfather|partner|fiancé|fiancée|child)(?:,? (?:[A-Z][\w’'-]+ ?){1,2},?)? ?$")]
    private static partial System.Text.RegularExpressions.Regex Relative();

    /// <summary>
    /// The kind a title told without an event word names by its head noun: "Final debate at Harlow Hall" is a debate. The
    /// head is the last word before the place; a clause ("A debate ... was cancelled") ends in its verb and names none.
    /// </summary>
    public static string? KindOfHead(string title)
    {
        var phrase = title;
        foreach (var at in new[] { " at ", " in ", " on " })
            if (phrase.IndexOf(at, StringComparison.Ordinal) is var k and > 0) phrase = phrase[..k];
        var head = phrase[(phrase.LastIndexOf(' ') + 1)..].Trim(',', '.').ToLowerInvariant();
        if (head.EndsWith('s') && !EventCueFinder.IsKind(head)) head = head[..^1];
        return head.Length > 2 && EventCueFinder.IsKind(head) ? head : null;
    }
}
