using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// Reads the words around an event cue: the modifiers before the noun ("the upcoming NATO defense ministerial"),
/// what follows it ("between Zelenskyy and Putin", "of defense ministers", "to NATO"), the place ("at NATO headquarters
/// in Brussels"), the tense of its clause, and whether it is only talked about as a possibility.
/// </summary>
public static partial class EventPhrase
{
    // Made once: a literal array in the methods below is allocated again at every call, and they run for every event cue.
    private static readonly char[] SubjectTrim = [',', '"', '“'];
    private static readonly char[] TopicSeparators = [' ', '-', ',', '\'', '’'];

    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "those", "at", "in", "on", "of", "for", "with", "by", "to", "from", "and", "or",
        "but", "during", "after", "before", "his", "her", "their", "its", "our", "my", "your", "was", "were", "is", "are", "be",
        "been", "will", "would", "could", "should", "may", "might", "must", "can", "has", "have", "had", "as", "into", "about",
        "attended", "held", "hold", "holds", "attend", "attends", "over", "since", "under", "neither", "no", "not", "any", "than",
        "while", "when", "where", "which", "who", "it", "he", "she", "they", "we", "i", "said", "says", "also", "amid", "following",
        "what", "how", "why", "whose",
    };

    /// <summary>Marks an event as still to come when they modify its noun.</summary>
    public static readonly HashSet<string> PlannedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "upcoming", "forthcoming", "planned", "scheduled", "next", "expected", "coming", "proposed",
    };

    /// <summary>Words that make an event a possibility rather than a fact when they modify it or stand just before it.</summary>
    private static readonly HashSet<string> Hypothetical = new(StringComparer.OrdinalIgnoreCase)
    {
        "potential", "possible", "any", "no", "not", "hypothetical", "eventual", "future", "would", "could", "might", "should",
        "if", "neither", "nor", "without", "hopes", "hope", "called", "calls", "call", "calling", "urged", "urge", "demanded",
        "demand", "seek", "seeks", "sought", "push", "pushing", "want", "wants", "wanted", "lasting", "durable", "negotiated",
        "haven't", "hasn't", "hadn't", "didn't", "don't", "doesn't", "won't", "wouldn't", "couldn't", "haven’t", "hasn’t",
        "hadn’t", "didn’t", "don’t", "doesn’t", "won’t", "wouldn’t", "couldn’t", "promising", "promise", "promised", "plotting", "plotted",
        "threatened", "threatening", "threatens", "developing", "refused", "refuses", "refusing", "declined",
        "wished", "wish", "wishes", "wishing", "hoped", "hoping", "feared", "fearing", "predicted", "predicts", "predicting", "imagined",
    };

    /// <summary>Adjectives left out of titles: they say when or whether, not what.</summary>
    public static readonly HashSet<string> TitleNoise = new(StringComparer.OrdinalIgnoreCase)
    {
        "upcoming", "forthcoming", "planned", "scheduled", "next", "expected", "coming", "proposed", "first", "latest", "recent",
        "new", "ongoing", "last", "second", "third", "the", "a", "an", "his", "her", "their", "its", "traditional", "rapid",
        "week's", "week’s", "month's", "month’s", "year's", "year’s", "today's", "today’s", "yesterday's", "yesterday’s", "called",
    };

    [GeneratedRegex(@"\b(?:will|shall|’ll|'ll|is to|are to|is set to|are set to|is scheduled|are scheduled|is expected to|are expected to|plans? to|planning to|is due to|are due to|(?:is|are) (?:going|travell?ing|heading|flying) to|to be held|tomorrow|next week|next month|later this)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureWords();

    [GeneratedRegex(@"^\s*(?<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})(?=[,.;]|$| on | in | to )")]
    private static partial Regex AppositiveName();

    /// <summary>"G7 was already scheduled to meet": planned when written (the article's date turns a past day into history).</summary>
    /// <summary>"... elections are usually quiet", "summits are, as a rule, often tense": a kind of event and what it is usually like.</summary>
    [GeneratedRegex(@"^,? (?:are|is)(?:,[^,]{1,40},)? (?:usually|often|typically|generally|normally|rarely|seldom|always|traditionally|mostly)\b")]
    private static partial Regex GenericPresent();

    [GeneratedRegex(@"\b(?:due|set|scheduled|expected) (?:to|in)\b")]
    private static partial Regex ScheduledHead();

    [GeneratedRegex(@"^\s*(?:(?:of|in|at|on|between|with|the|a|an|and|[A-Z][\w’'.-]*)\s+){0,6}(?:will|could|would|might|may|is to|are to|is expected to|are expected to|is scheduled to|are scheduled to|is due to|are due to|is set to|are set to)\s+(?:possibly\s+|now\s+|also\s+)?(?:be held|take place|start|begin|commence|open|go ahead|happen|convene|be (?:virtual|conducted|staged|hosted|televised|broadcast|moved|rescheduled|streamed))\b")]
    private static partial Regex SubjectOfFuture();

    /// <summary>Words of a past clause: auxiliaries, regular past verbs and the common irregular ones ("spoke to him by phone on Friday").</summary>
    [GeneratedRegex(@"\b(?:was|were|had|did|met|held|said|told|took|began|begun|ended|signed|hosted|attended|visited|announced|agreed|came|made|went|spoke|flew|gave|won|wrote|sent|saw|found|rose|fell|fought|sought|brought|bought|caught|struck|drove|broke|spent|chose|became|withdrew|fled|sank|swore|stood|paid|sold|kept|threw|overthrew|froze|lost|yesterday|last week|ago|[a-z]{3,}ed)\b")]
    private static partial Regex PastWords();

    /// <summary>The auxiliary of a passive in the present right before a participle ("is being", "are").</summary>
    [GeneratedRegex(@"\b(?:is|are)\s+(?:being\s+)?$")]
    private static partial Regex PresentPassive();

    /// <summary>Start of the noun phrase the cue heads: walks back over modifiers ("the upcoming NATO defense ministerial" → "upcoming").</summary>
    public static int ModifierStart(string text, EventCue cue)
    {
        if (cue.IsVerb) return cue.Start;
        var pos = cue.Start;
        var words = 0;
        while (words < 6)
        {
            var end = pos;
            while (end > 0 && text[end - 1] == ' ') end--;
            var start = end;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not (',' or '(' or '"' or '“' or '‘' or ';' or ':')) start--;
            if (start == end) break;
            // "the African Continental Free Trade Area (AfCFTA) agreement": a name's acronym in brackets is part of the phrase.
            if (start > 0 && text[start - 1] == '(' && text[end - 1] == ')' && end - start > 2 && char.IsUpper(text[start])) start--;
            var word = text[start..end].TrimEnd('\'', '’');
            // "on Tuesday imposed coordinated sanctions": a verb or a day ends the noun phrase.
            if (Stops.Contains(word) || word.EndsWith(',') || word.Length == 0 || SupportVerbs.Contains(word) || IsCalendarWord(word)) break;
            pos = start;
            words++;
        }
        return pos;
    }

    public static string Modifiers(string text, EventCue cue) => text[ModifierStart(text, cue)..cue.Start].Trim();

    /// <summary>The word before the noun phrase (a determiner or preposition) and the two before it.</summary>
    public static string[] WordsBefore(string text, int position, int count)
    {
        // The last words only, read backwards: splitting all the text before them cost more than anything else in reading events.
        // Filled from its end; a text with fewer words gets a shorter array.
        var words = new string[count];
        var found = 0;
        var end = position;
        while (found < count)
        {
            while (end > 0 && IsWordBreak(text[end - 1])) end--;
            if (end == 0) break;
            var start = end;
            while (start > 0 && !IsWordBreak(text[start - 1])) start--;
            words[count - ++found] = text[start..end];
            end = start;
        }
        return found == count ? words : words[(count - found)..];
    }

    private static bool IsWordBreak(char c) => c is ' ' or ',' or '(' or '“' or '"';

    /// <param name="modalsAllowed">"could meet separately ... the day before": a modal alone leaves a dated or placed event planned, not hypothetical.</param>
    public static bool IsHypothetical(string text, EventCue cue, string modifiers, bool modalsAllowed = false)
    {
        bool Counts(string w) => Hypothetical.Contains(w) && !(modalsAllowed && Modals.Contains(w));
        // "If the House votes to impeach, he would then face trial": a condition and what would follow it.
        if (text.StartsWith("If ", StringComparison.Ordinal) || text.StartsWith("Unless ", StringComparison.Ordinal)) return true;
        // "district elections are, reportedly, usually quiet": what such events are like, not one that happened.
        if (!cue.IsVerb && GenericPresent().IsMatch(text.AsSpan(cue.End))) return true;
        // "has called a plenary session for Tuesday", "has called emergency consultations for Friday": calling a session
        // for a time convenes it; "called for talks" only wishes them.
        var convened = text[cue.End..].StartsWith(" for ", StringComparison.Ordinal);
        if (modifiers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where((w, k) => !(convened && k == 0 && w is "called" or "calls")).Any(Counts)) return true;
        var start = ModifierStart(text, cue);
        // "The group, which has not made its demands public, claimed the kidnapping": a relative clause set off by commas
        // right before the event speaks of its subject, and its "not" or "would" leaves the event as told.
        if (RelativeAside().IsMatch(text.AsSpan(0, start))) return false;
        var before = WordsBefore(text, start, 5);
        return before.Where((w, k) => Counts(w.Trim('"', '“', '”'))
            && !(w is "called" or "calls" && (k + 1 < before.Length && before[k + 1] is "a" or "an" && k + 2 == before.Length || convened && k + 1 == before.Length))).Any();
    }

    [GeneratedRegex(@",\s(?:which|who|whose)\s[^,;:.“”""]{1,80},\s*$")]
    private static partial Regex RelativeAside();

    private static readonly HashSet<string> ExpectingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "expect", "expects", "expected", "anticipate", "anticipates", "anticipated", "predict", "predicts", "predicted", "foresee",
        "foresees", "foresaw", "await", "awaits", "awaited", "forecast", "forecasts",
    };

    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase) { "could", "would", "might", "may" };

    /// <summary>Tense of the clause leading up to the cue, and of the cue's own noun phrase.</summary>
    public static Tense TenseAt(string text, EventCue cue, string modifiers)
    {
        if (modifiers.Split(' ').Any(w => PlannedWords.Contains(w)) || FutureWords().IsMatch(cue.Head) || ScheduledHead().IsMatch(cue.Head)) return Tense.Future;
        // "participants expected a second meeting of the commission in May": what a verb of expecting takes as its object is still to come.
        if (!cue.IsVerb && ExpectingVerbs.Contains(WordsBefore(text, ModifierStart(text, cue), 2) is [var verb, "a" or "an" or "the" or "another"] ? verb : "")) return Tense.Future;
        // "agreed to hold an extraordinary session in September": what was agreed is to be done.
        if (!cue.IsVerb && ForwardClauses.AgreedToBringAbout(text, ModifierStart(text, cue))) return Tense.Future;
        // "before Britain takes over the presidency", "once she visits": a present tense after such a word speaks of what is to come.
        // The head's first word, the texts before and after the cue are spans and the regexes are enumerated: copying them and
        // making Match objects for every cue was a good part of reading events.
        if (cue.IsVerb && FirstWord(cue.Head) is var present && present.EndsWith('s') && !present.EndsWith("ss", StringComparison.Ordinal) && present is not ("was" or "is" or "has" or "does")
            && WordsBefore(text, cue.Start, 3).Any(w => w is "before" or "Before" or "once" or "Once" or "until" or "when" or "When"))
            return Tense.Future;
        // "the request to suspend Parliament": an infinitive speaks of what is still to be done.
        if (cue.IsVerb && WordsBefore(text, cue.Start, 1) is ["to"] && FirstWord(cue.Head) is var bare && !bare.EndsWith("ed", StringComparison.Ordinal) && !bare.EndsWith("ing", StringComparison.Ordinal))
            return Tense.Future;
        // "announced he would resign": the future of a reported speech.
        if (cue.IsVerb && cue.Head.StartsWith("would ", StringComparison.Ordinal)) return Tense.Future;
        // "the trial could commence on Tuesday": an event that is the subject of a future or modal verb is still to come.
        if (!cue.IsVerb && SubjectOfFuture().IsMatch(text.AsSpan(cue.End))) return Tense.Future;
        // "On Monday, the president suspended parliament": a verb in the past tense says so itself (not "will have suspended", "to be seized",
        // "is being hosted").
        // "Rebels struck an army base on Monday": so does an irregular past ("struck", "met", "held").
        if (cue.IsVerb && FirstWord(cue.Head) is var first && (first.EndsWith("ed", StringComparison.Ordinal) && first.Length > 4 || FirstMatch(PastWords(), first) is { } irregular && irregular.Length == first.Length)
            && WordsBefore(text, cue.Start, 1) is not ["will" or "would" or "to" or "could" or "may" or "might" or "should" or "shall" or "must" or "be" or "not" or "is" or "are"]
            && !PresentPassive().IsMatch(text.AsSpan(0, cue.Start)))
            return Tense.Past;
        var window = text.AsSpan(0, cue.Start);
        var lastBreak = Math.Max(window.LastIndexOf(". ", StringComparison.Ordinal), window.LastIndexOf("; ", StringComparison.Ordinal));
        if (lastBreak > 0) window = window[lastBreak..];
        (int Index, int Length)? future = null;
        foreach (var m in FutureWords().EnumerateMatches(window)) future = (m.Index, m.Length);
        // "is expected to", "is scheduled": the participle inside a phrase of the future is no past of its own.
        (int Index, int Length)? past = null;
        foreach (var m in PastWords().EnumerateMatches(window))
            if (future is not { } fw || m.Index >= fw.Index + fw.Length) past = (m.Index, m.Length);
        if (future is { } fu && (past is null || fu.Index > past.Value.Index)) return Tense.Future;
        if (past is not null) return Tense.Past;
        // Nothing before the cue: the first verb after it decides ("The upcoming ministerial will provide...", "During a meeting ..., Trump indicated").
        var after = text.AsSpan(cue.End);
        var f = FirstMatch(FutureWords(), after);
        // "July's G8 summit in Gleneagles - chaired by the prime minister - will use": a participle with its agent is no verb of the clause.
        // "Tuesday's meeting is being hosted by the prime minister": nor is a participle of a passive in the present.
        (int Index, int Length)? p = null;
        foreach (var m in PastWords().EnumerateMatches(after))
            if (!(after[(m.Index + m.Length)..].StartsWith(" by ", StringComparison.Ordinal)
                  && (after[..m.Index].EndsWith("- ", StringComparison.Ordinal) || after[..m.Index].EndsWith("– ", StringComparison.Ordinal) || after[..m.Index].EndsWith(", ", StringComparison.Ordinal)))
                && !PresentPassive().IsMatch(after[..m.Index]) && !PlanningParticiples.At(text, cue.End + m.Index, after.Slice(m.Index, m.Length))) { p = (m.Index, m.Length); break; }
        if (f is { } fa && (p is null || fa.Index < p.Value.Index)) return Tense.Future;
        return p is not null ? Tense.Past : Tense.Unknown;
    }

    /// <summary>The text up to its first space, as <c>Split(' ')[0]</c> gives it.</summary>
    private static ReadOnlySpan<char> FirstWord(string text) => text.IndexOf(' ') is var space and >= 0 ? text.AsSpan(0, space) : text;

    /// <summary>The first match of the regex, as <see cref="Regex.Match(string)"/> finds it, without a Match object.</summary>
    private static (int Index, int Length)? FirstMatch(Regex regex, ReadOnlySpan<char> text)
    {
        foreach (var m in regex.EnumerateMatches(text)) return (m.Index, m.Length);
        return null;
    }

    /// <summary>Verbs whose object is the event and whose subject takes part: "Rwanda and Congo signed a peace agreement".</summary>
    private static readonly HashSet<string> SupportVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "signed", "sign", "signs", "signing", "held", "hold", "holds", "holding", "reached", "reach", "struck", "strike", "had",
        "have", "has", "concluded", "attended", "attend", "attends", "hosted", "host", "hosts", "joined", "join", "made", "make",
        "began", "begin", "brokered", "agreed", "sealed", "completed", "opened", "launched", "ended", "conducted", "imposed", "levied", "ordered", "declared", "proclaimed",
        "filed", "submitted", "tendered",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SupportVerbSpans = SupportVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"^\s*(?:that|which)\s+(?<subject>[^,;:.]{1,80}?)\s+(?:(?:had|have|has|will|would|just|recently|finally|also)\s+)*(?<verb>signed|sign|held|hold|reached|reach|struck|concluded|attended|attend|hosted|host|joined|join|brokered|agreed|sealed|completed|launched|conducted)\b")]
    private static partial Regex RelativeClause();

    /// <summary>
    /// Where the actors who take part in an event named as a verb's object are: the subject before "signed a peace deal"
    /// (back to the clause start) or the subject of a relative clause after it ("the deal that Rwanda and Congo signed").
    /// </summary>
    public static (int Start, int End)? SubjectSpan(string text, int npStart, int cueEnd)
    {
        // The last three words of the text before the phrase (split at single spaces), read backwards: splitting all of it
        // for every cue cost more than the rest of finding the subject.
        var headEnd = npStart;
        while (headEnd > 0 && char.IsWhiteSpace(text[headEnd - 1])) headEnd--;
        var wordEnd = headEnd;
        for (var k = 1; k <= 3; k++)
        {
            var space = text.AsSpan(0, wordEnd).LastIndexOf(' ');
            var w = text.AsSpan(space + 1, wordEnd - space - 1).Trim(SubjectTrim);
            if (SupportVerbSpans.Contains(w))
            {
                var head = text[..headEnd];
                var verbAt = Math.Max(0, head.LastIndexOf(w.ToString(), StringComparison.Ordinal));
                var clause = Math.Max(head.LastIndexOf(';', verbAt), Math.Max(head.LastIndexOf(" said ", verbAt, StringComparison.Ordinal), head.LastIndexOf(" that ", verbAt, StringComparison.Ordinal)));
                return (Math.Max(Math.Max(0, clause), verbAt - 100), verbAt);
            }
            if (k < 3 && !(w is "a" or "an" or "the" or "their" or "its" or "his" or "her" or "another" or "new")) break;
            if (space < 0) break;  // no more words
            wordEnd = space;
        }
        // The clause opens with "that" or "which" after spaces: no copy of the rest of the text otherwise.
        if (text.AsSpan(cueEnd).TrimStart() is var rest && !rest.StartsWith("that", StringComparison.Ordinal) && !rest.StartsWith("which", StringComparison.Ordinal)) return null;
        var m = RelativeClause().Match(text[cueEnd..]);
        if (m.Success)
            return (cueEnd + m.Groups["subject"].Index, cueEnd + m.Groups["subject"].Index + m.Groups["subject"].Length);
        return null;
    }

    /// <summary>The portfolio an event belongs to ("foreign ministers", "defence ministerial"): two events of different portfolios are different events.</summary>
    public static ImmutableArray<string> TopicsIn(string phrase) =>
        phrase.Split(TopicSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant() switch
            {
                "defense" or "defence" or "military" => "defence",
                "economic" or "economy" or "finance" or "financial" => "finance",
                var x when Portfolios.Contains(x) => x,
                _ => null,
            }).OfType<string>().SortedDistinct();

    private static readonly HashSet<string> Portfolios = new(StringComparer.Ordinal)
    {
        "foreign", "trade", "health", "energy", "agriculture", "interior", "justice", "environment", "climate", "education",
        "transport", "digital", "labour", "labor", "fisheries", "culture", "tourism",
    };
}
