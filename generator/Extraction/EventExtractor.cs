using BriefingSite.Extraction.Events;
using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Finds the events an article speaks of (meetings, calls, talks, visits, summits, agreements, invasions, news
/// conferences, announcements), dated at the precision the text gives, with place and participants. Runs after the
/// actor rules: participants are the actor mentions in the event's stretch of the sentence.
/// </summary>
/// <param name="crowds">
/// Words that name an actor by a crowd of its members ("199 Republicans"): such a mention is no doer or participant of an
/// event ("which include 235 Democrats and 199 Republicans, voted for Pelosi" is the House's vote).
/// </param>
public sealed class EventExtractor(IReadOnlySet<string>? crowds = null) : IFactExtractor
{
    public ArticleFacts Extract(Article article, ArticleFacts soFar)
    {
        var perSentence = new List<(List<EventCandidate>, List<SentenceEventReader.RelativeDate>)>();
        var shortNames = ShortNames(soFar);
        var dayHeadings = HeadingDates.Of(soFar.Paragraphs, article.Date);
        // "Brussels, 5 March 2026" over a readout: its "today" is that day, though the events it names are not all of it.
        var dayLines = HeadingDates.Of(soFar.Paragraphs, article.Date, withPlace: true);
        PronounSubjects.Antecedent? antecedent = null;
        var carry = new YearCarry();
        for (var k = 0; k < soFar.Paragraphs.Length; k++)
        {
            var p = soFar.Paragraphs[k];
            var inParagraph = soFar.Mentions.Where(m => m.Paragraph == p.Index && !(crowds is not null && crowds.Contains(p.Text.Substring(m.Start, m.Length).TrimEnd('\'', '’')))).ToList();
            var paragraphDates = ParagraphDates.Of(p, article.Date);
            foreach (var s in p.Sentences)
            {
                var who = inParagraph.Where(m => m.Start >= s.Start && m.Start < s.Start + s.Length)
                    .Select(m => new SentenceEventReader.Participant(m.Key, m.Name, m.Kind, m.Start - s.Start) { Short = shortNames.GetValueOrDefault(m.Key) }).ToList();
                // "She signed a fisheries accord on Tuesday": a "he" or "she" opening a clause stands for the person the sentence before
                // spoke of, as the doer of a deed told with no event word (the sentence's event cues keep its named actors only).
                var doers = PronounSubjects.Resolve(s.Text, who, antecedent, p.Index);
                // "Colleagues remember him at the Cholila fire. In January 2017 he led the brigade": a sentence that names nobody
                // leaves the pronoun's person as it was (within the paragraph after the one that named them).
                antecedent = PronounSubjects.Of(s.Text, doers, p.Index) ?? (doers.Any(d => d.Kind == ActorKind.Person) ? null : antecedent);
                perSentence.Add(SentenceEventReader.Read(s.Text, p.Index, s, article.Date, who, ParagraphDates.For(s, paragraphDates) ?? dayHeadings[k], dayLines[k]?.Date, doers, carry));
            }
        }
        return soFar with { Events = ArticleEventGatherer.Gather(article, perSentence) };
    }

    /// <summary>
    /// For each person of the article, the one word of their name the article uses alone most often ("Rosselló" for Ricardo
    /// Rosselló Nevares, "Park" for Park Min-jae): a title names them so, whatever the order of their names.
    /// </summary>
    private static Dictionary<string, string> ShortNames(ArticleFacts facts)
    {
        var counts = new Dictionary<(string Key, string Word), int>();
        var paragraphs = facts.Paragraphs.ToDictionary(p => p.Index, p => p.Text);
        foreach (var m in facts.Mentions)
        {
            if (m.Kind != Model.ActorKind.Person || !paragraphs.TryGetValue(m.Paragraph, out var text)) continue;
            if (m.Start < 0 || m.Start + m.Length > text.Length) continue;
            var word = text.Substring(m.Start, m.Length);
            if (word.Contains(' ') || word == m.Name || !m.Name.Split(' ').Contains(word, StringComparer.Ordinal)) continue;
            counts[(m.Key, word)] = counts.GetValueOrDefault((m.Key, word)) + 1;
        }
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ((key, word), n) in counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Word, StringComparer.Ordinal))
            result.TryAdd(key, word);
        return result;
    }
}
