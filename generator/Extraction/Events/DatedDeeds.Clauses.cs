using System.Text.RegularExpressions;
using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>The clause tests of <see cref="DatedDeeds"/>: what stands around the past verb and its date.</summary>
public static partial class DatedDeeds
{
    /// <summary>Whether a past verb stands between <paramref name="from"/> and <paramref name="verbFrom"/>, not counting a participle right after a determiner.</summary>
    private static bool EarlierVerb(string text, int from, int verbFrom)
    {
        foreach (var m in PastVerb().EnumerateMatches(text.AsSpan()[from..verbFrom]))
            if (!(EventPhrase.WordsBefore(text, from + m.Index, 1) is [var b] && b is "the" or "The" or "a" or "A" or "an" or "An" && from + m.Index > from)) return true;
        return false;
    }

    /// <summary>The clause's words from its subject to its end, without the date, at most twelve words: "Kenya asked the East African Court of Justice".</summary>
    private static string Subject(SentenceEventReader.Participant p) => p.Short ?? p.Name;

    /// <summary>"Kenya asked the East African Court of Justice", "urged the Security Council": asking a body or a government is a petition, not talk.</summary>
    private static bool Petition(string text, int verbEnd, IReadOnlyList<SentenceEventReader.Participant> participants) =>
        text.AsSpan(0, verbEnd).EndsWith("asked", StringComparison.Ordinal) && participants.Any(p => p.Kind != ActorKind.Person && p.Start >= verbEnd && p.Start - verbEnd <= 5);

    /// <summary>"Lord Goldsmith had warned Tony Blair in a document on 7 March 2003": a warning given to a named person (titles before the name at most) is a deed, not talk.</summary>
    private static bool Warning(string text, int verbEnd, string verb, IReadOnlyList<SentenceEventReader.Participant> participants) =>
        verb == "warned" && participants.FirstOrDefault(p => p.Start > verbEnd && p.Start - verbEnd <= 40) is { Kind: ActorKind.Person } person
            && text[verbEnd..person.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries) is var titles && titles.Length <= 3 && titles.All(w => char.IsUpper(w[0]));

    /// <summary>
    /// "The fire that has burned for six days in the hills above the lake crossed into Chile on Sunday": a clause opened by a
    /// restrictive "that" (no comma) after a hazard's words, whose last past verb is what a hazard does and comes after the
    /// relative clause's own verb, tells that deed of the hazard. Returns the hazard's words and the verb, or null.
    /// </summary>
    private static (string Hazard, string Verb, int VerbStart)? HazardRelative(string text, int from, int right, DateExpression date, List<(int Index, int End)> bounds)
    {
        if (!text.AsSpan(0, from).EndsWith(" that ", StringComparison.Ordinal) || from - 6 <= 0 || text[from - 7] == ',') return null;
        var thatAt = from - 6;
        var start = bounds.LastOrDefault(b => b.End <= thatAt) is { End: > 0 } lb ? lb.End : 0;
        var hazard = text[start..thatAt].Trim();
        if (!HazardSubjects.Is(hazard) || hazard.Split(' ')[0] is "When" or "when" or "As" or "as" or "Once" or "once"
            || PastVerb().IsMatch(hazard) || hazard.Split(' ').Any(w => NotDeeds.Contains(w) || OtherVerbs.Contains(w))) return null;
        var verbs = PastVerb().Matches(text, from).Where(m => m.Index < right).ToList();
        if (verbs.Count < 2 || verbs[^1] is not { } last || !HazardSubjects.Moved(last.Value)) return null;
        // The date is the deed's when it comes after its verb, not the relative clause's ("that hit Florida on Monday killed").
        if (date.Start < last.Index + last.Length) return null;
        // The deed's verb is finite: no auxiliary or determiner right before it ("has burned", "the burned").
        if (EventPhrase.WordsBefore(text, last.Index, 1) is [var b] && (NotFinite.Contains(b) || b is "has" or "have" or "had")) return null;
        return (hazard, last.Value, last.Index);
    }

    /// <summary>
    /// "Llancaqueo joined the volunteer brigade at 18, in 1989, and never left", "suspended the permit of the dam's operator,
    /// Carpatic Metale SA, on 4 May 2027, and that ...": a date between commas, after a clause with a past verb (and the name
    /// set off after its object) and before an "and", is that clause's, not an opening of the clause after it. Returns the
    /// clause's span, or null.
    /// </summary>
    private static (int From, int End)? TrailingDate(string text, int left, (int Index, int End) rightBound, List<(int Index, int End)> bounds)
    {
        if (left < 2 || !bounds.Any(b => b.End == left && text[b.Index..b.End] == ", ") || text[rightBound.Index..rightBound.End] != ", and ") return null;
        var comma = Appositions.OpeningBefore(text, left) is var opening and >= 0 && Appositions.At(text, opening) is { } name && char.IsUpper(name[0]) && !PastVerb().IsMatch(name)
            ? opening : left - 2;
        var from = bounds.LastOrDefault(b => b.End <= comma) is { End: > 0 } lb ? lb.End : 0;
        var clause = text[from..comma].TrimStart();
        if (!PastVerb().IsMatch(clause) || AdverbialOpener().IsMatch(clause)) return null;
        return (from, comma);
    }

    /// <summary>
    /// "The cabinet decided yesterday that offices will close", "had agreed on 19 April to extend the scheme", "decided in
    /// May not to stand", "decided in March he would quit": a decision of that day or month.
    /// </summary>
    private static bool Decided(string text, int verbEnd, DateExpression date) =>
        (text.AsSpan(0, verbEnd).EndsWith("agreed", StringComparison.Ordinal) || text.AsSpan(0, verbEnd).EndsWith("ecided", StringComparison.Ordinal)) && date.Start > verbEnd && DateRightAfter(text, verbEnd, date)
            && DecisionAfter().IsMatch(text.AsSpan(date.End));

    /// <summary>"started on 20 November", "began in March", "ended on Sunday": a verb of beginning or ending with its date right after it.</summary>
    private static bool Aspect(string text, int verbEnd, string verb, DateExpression date) =>
        verb is "began" or "started" or "ended" or "resumed" && date.Start >= verbEnd && DateRightAfter(text, verbEnd, date);

    /// <summary>Whether <paramref name="date"/> (starting at or after the verb's end) follows the verb with nothing but "on" or "in" between.</summary>
    private static bool DateRightAfter(string text, int verbEnd, DateExpression date) => text.AsSpan(verbEnd, date.Start - verbEnd).Trim() is "" or "on" or "in";

    [GeneratedRegex(@"^,?\s+(?:(?:not\s+)?to\s+[a-z]{3,}|that\s|(?:he|she|they|it|we)\s+would\s)")]
    private static partial Regex DecisionAfter();

    /// <summary>What may stand between a date opening the sentence and its comma: "On Thursday local time, the government began".</summary>
    [GeneratedRegex(@"^\s*(?:local time|\(?(?:GMT|UTC)\)?)?\s*$")]
    private static partial Regex LocalTime();

    [GeneratedRegex(@"^(?:midnight|noon|midday|dawn|dusk|daybreak|nightfall)\b")]
    private static partial Regex HourOfDay();

    /// <summary>"Shortly before midnight", "Just after dawn": an hour of the day opening the sentence before its date.</summary>
    [GeneratedRegex(@"^(?i:(?:shortly|just|soon|long|well)\s+)?(?i:before|after)\s+(?:midnight|noon|midday|dawn|dusk|daybreak|nightfall)$")]
    private static partial Regex HourOpener();

    /// <summary>"Commission (NTC)": an acronym in brackets right after the capitalised name it stands for.</summary>
    [GeneratedRegex(@"(?<=[A-Z][\w’'.-]* )\([A-Z][A-Z0-9&-]{1,9}\)")]
    private static partial Regex AcronymInBrackets();

    [GeneratedRegex(@"\d\s?%|\bper ?cent\b")]
    private static partial Regex Figure();

    [GeneratedRegex(@"^(?i:after|following|amid|despite|with|under|as|in|on|at|during|before|for|by|from|to|of|when|while)\s")]
    private static partial Regex AdverbialOpener();

    /// <summary>The actors subject of the clause before an "and" that ends at <paramref name="from"/>: its words up to its first past verb.</summary>
    private static List<SentenceEventReader.Participant>? SubjectBeforeAnd(string text, int from, List<(int Index, int End)> bounds, IReadOnlyList<SentenceEventReader.Participant> participants)
    {
        var and = text.LastIndexOf(" and", from, StringComparison.Ordinal);
        if (and < 0) return null;
        var start = bounds.LastOrDefault(b => b.End <= and && b.Index < and - 1 && !text.AsSpan(b.Index, b.End - b.Index).Trim().SequenceEqual("and")) is { End: > 0 } lb ? lb.End : 0;
        if (PastVerb().Match(text, start, and - start) is not { Success: true } v) return null;
        var subject = text[start..v.Index];
        var first = subject.TrimStart().Split(' ')[0];
        if (first.Length == 0 || !char.IsUpper(first[0]) || NoSubject.Contains(first) || subject.Length > 90) return null;
        var doers = participants.Where(p => p.Start >= start && p.Start < v.Index).ToList();
        return doers.Count > 0 ? doers : null;
    }
}
