using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// "Karin Lindqvist arrived in Tallinn on Monday. She signed a fisheries accord on Tuesday": a "he" or "she" that opens a
/// clause of a sentence naming no person before it stands for the one person the sentence right before names, when that
/// sentence is in the same paragraph or the one before. The pronoun becomes that person's mention in the
/// sentence, so a deed or an event told of the pronoun has a doer. A pronoun that tells of saying ("he said", "she told")
/// or stands inside a quote is left alone.
/// </summary>
public static partial class PronounSubjects
{
    /// <summary>A subject pronoun opening a clause: at the sentence's start, after a comma, or after a few opening words ("On Tuesday he").</summary>
    [GeneratedRegex(@"(?<![\w’'-])(?:He|She|he|she)(?= )")]
    private static partial Regex Pronoun();

    /// <summary>Verbs of saying or thinking after the pronoun ("he said", "she expects"), or "he or she" of anyone: no deed of the person.</summary>
    [GeneratedRegex(@"^ (?:(?:also|then|later|again|has|had|have|would|will) )?(?:or she|or he|said|says|say|told|tells|added|adds|wrote|writes|stated|noted|explained|insisted|argued|warned|replied|asked|alleged|alleges|claimed|claims|expects|expected|admitted|admits|denied|denies|suggested|suggests|thinks|thought|believes|believed|hopes|hoped|wants|wanted|feels|felt|knows|knew|is|was|'s|’s)\b")]
    private static partial Regex Saying();

    [GeneratedRegex(@"\b(?:[Aa]ccording to|[Ss]ays|[Ss]aid|[Ww]rites|[Ww]rote)\s+(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?$")]
    private static partial Regex Source();

    /// <summary>What may stand before a name that opens its sentence as subject: nothing, a title ("Mr", "French President"), a date.</summary>
    [GeneratedRegex(@"^(?:(?:On|In|Last|Earlier|Later|But|And|Then|Meanwhile|Yesterday|Today)\b[^,]{0,20},?\s+)?(?:(?:[A-Z][\w’'.-]*|of|the)\s+){0,4}$")]
    private static partial Regex SubjectOpening();

    [GeneratedRegex(@"^(?:[A-Z][\w’'.-]*\s+){1,3}(?:has\s+|had\s+|also\s+)?(?:said|says|told|tells|wrote|writes|added|claimed|claims|argued|argues|believes|believed)\b")]
    private static partial Regex Speaker();

    [GeneratedRegex(@"(?<![\w’'-])(?:I|me|my|we|us|our)(?![\w’'-])")]
    private static partial Regex FirstPerson();

    /// <summary>The person a pronoun of the next sentence stands for, and the paragraph it is named in.</summary>
    public sealed record Antecedent(SentenceEventReader.Participant Person, int Paragraph);

    /// <summary>The one person named in the sentence, as the antecedent of the sentence after it, or null when it names none or several.</summary>
    public static Antecedent? Of(string text, IReadOnlyList<SentenceEventReader.Participant> participants, int paragraph)
    {
        // "According to Mr Peston the prime minister said": a person named as the source is not whom the next sentence speaks of.
        var people = participants.Where(p => p.Kind == ActorKind.Person && !Source().IsMatch(text.AsSpan()[..p.Start])).ToList();
        if (people.Count == 0) return null;
        // "Tamm met Vinter. He signed ...": with two people named, "he" is the one whose name opens the sentence (its subject),
        // or a guess.
        var first = people.MinBy(p => p.Start)!;
        // "But Mr Peston said that Mr Blair had decided ...": a speaker opening the sentence tells of others.
        var opens = SubjectOpening().IsMatch(text.AsSpan()[..first.Start]) && !Speaker().IsMatch(text.AsSpan()[first.Start..]);
        return opens || people.All(p => p.Key == first.Key) ? new Antecedent(first, paragraph) : null;
    }

    /// <summary>
    /// The sentence's participants with the antecedent added where a "he" or "she" stands for it, in order of place; the
    /// participants themselves when there is no such pronoun, no antecedent, or a person named before the pronoun.
    /// </summary>
    public static List<SentenceEventReader.Participant> Resolve(string text, List<SentenceEventReader.Participant> participants, Antecedent? antecedent, int paragraph)
    {
        if (antecedent is null || paragraph - antecedent.Paragraph > 1) return participants;
        // "He helped me install it": a sentence spoken in the first person (an interview, a letter) speaks of people its reader cannot see.
        if (FirstPerson().IsMatch(text)) return participants;
        var quotes = SentenceText.QuoteRanges(text);
        foreach (Match m in Pronoun().Matches(text))
        {
            if (quotes.Any(q => m.Index >= q.Start && m.Index < q.End)) continue;
            // "Lindqvist said she would ...": a person named before the pronoun is the one it stands for, as the sentence reads it.
            if (participants.Any(p => p.Kind == ActorKind.Person && p.Start < m.Index)) return participants;
            if (Saying().IsMatch(text.AsSpan(m.Index + m.Length))) continue;
            // A pronoun opens a clause: the sentence's start, after a comma, or after a date or adverb opening the sentence ("On Tuesday he").
            var before = text[..m.Index].TrimEnd();
            var opens = before.Length == 0 || before.EndsWith(',') || before.EndsWith(" and", StringComparison.Ordinal)
                || m.Value is "he" or "she" && !before.Contains(',') && before.Split(' ').Length <= 3;
            if (!opens)
                continue;
            var person = antecedent.Person with { Start = m.Index };
            return participants.Append(person).OrderBy(p => p.Start).ToList();
        }
        return participants;
    }
}
