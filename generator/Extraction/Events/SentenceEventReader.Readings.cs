using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>What <see cref="SentenceEventReader"/> holds while it reads a sentence's cues one by one.</summary>
public static partial class SentenceEventReader
{
    /// <summary>The sentence and what is read of it once: its quotes, cues, dates, which date each cue took, its frame and chronology line.</summary>
    private sealed record SentenceScope(
        string Text, int Paragraph, DocSentence Sentence, PartialDate? ArticleDate, IReadOnlyList<Participant> Participants,
        List<(int Start, int End)> Quotes, List<EventCue> Cues, List<EventCue> HostVerbs,
        IReadOnlyList<DateExpression> Past, IReadOnlyList<DateExpression> Future, Dictionary<int, int> DateOf,
        int FrameEnd, DateExpression? Frame, (DateExpression Date, int ClauseStart)? Line, DateExpression? ParagraphDate);

    /// <summary>One cue as it is read: its phrase, tense, date, place and participants, then what its clause says of it.</summary>
    private sealed class CueReading(int index, EventCue cue)
    {
        public int Index { get; } = index;
        public EventCue Cue { get; } = cue;
        public int NpStart { get; init; }
        public string Modifiers { get; init; } = "";
        public int RegionEnd { get; set; }
        /// <summary>The quote the cue stands in, or -1.</summary>
        public int Quote { get; init; }
        public bool Modal { get; init; }
        public bool Expected { get; init; }
        public Tense Tense { get; set; }
        public DateExpression? Date { get; set; }
        public string? Place { get; set; }
        public string Tail { get; set; } = "";
        public int TailEnd { get; set; }
        public List<Participant> Who { get; set; } = [];
        public bool ExplicitParticipants { get; set; }
        public bool ProperModifier { get; set; }
        public string? Body { get; set; }
        public bool Complement { get; set; }
        public bool Anaphor { get; set; }
        public bool PlannedWord { get; set; }
        public bool VerbWithSubject { get; set; }
        public bool SignedBy { get; set; }
        public bool Signing { get; set; }
        public bool OrgSubject { get; set; }
        public bool DoneBy { get; set; }
        public int HeldFrom { get; set; }
        public int HeldAt { get; set; }
        public bool AnnouncedDecision { get; set; }
        public bool Destination { get; set; }
        public bool Anchored { get; set; }
        public string? CountedDead { get; set; }
    }
}
