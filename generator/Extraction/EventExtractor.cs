using BriefingSite.Extraction.Events;
using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Finds the events an article speaks of (meetings, calls, talks, visits, summits, agreements, invasions, news
/// conferences, announcements), dated at the precision the text gives, with place and participants. Runs after the
/// actor rules: participants are the actor mentions in the event's stretch of the sentence.
/// </summary>
public sealed class EventExtractor : IFactExtractor
{
    public ArticleFacts Extract(Article article, ArticleFacts soFar)
    {
        var perSentence = new List<(List<EventCandidate>, List<SentenceEventReader.RelativeDate>)>();
        foreach (var p in soFar.Paragraphs)
        {
            var inParagraph = soFar.Mentions.Where(m => m.Paragraph == p.Index).ToList();
            var paragraphDates = ParagraphDates.Of(p, article.Date);
            foreach (var s in p.Sentences)
            {
                var who = inParagraph.Where(m => m.Start >= s.Start && m.Start < s.Start + s.Length)
                    .Select(m => new SentenceEventReader.Participant(m.Key, m.Name, m.Kind, m.Start - s.Start)).ToList();
                perSentence.Add(SentenceEventReader.Read(s.Text, p.Index, s, article.Date, who, ParagraphDates.For(s, paragraphDates)));
            }
        }
        return soFar with { Events = ArticleEventGatherer.Gather(article, perSentence) };
    }
}
