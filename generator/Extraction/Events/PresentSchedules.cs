namespace BriefingSite.Extraction.Events;

/// <summary>
/// "ASEAN foreign ministers meet in Singapore on Thursday", "the president visits Oslo on Monday": an event verb in the
/// simple present (one of events.yml's <c>scheduled present:</c>) with a day of its own tells of a schedule, so the day is
/// the coming one, not the one just past.
/// </summary>
public static class PresentSchedules
{
    private static readonly HashSet<string> Verbs = new(EventVocabulary.Shipped.ScheduledPresent, StringComparer.Ordinal);

    /// <summary>Words before the verb that make it no simple present of its own ("did not meet", "to meet", "will meet").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "did", "didn't", "didn’t", "not", "never", "had", "has", "have", "was", "were", "be", "been", "is", "are",
        "will", "would", "could", "should", "might", "may", "must", "shall", "can",
    };

    /// <summary>Whether the verb cue is such a simple present, not a past, participle or infinitive.</summary>
    public static bool Present(string text, EventCue cue) =>
        cue.IsVerb && Verbs.Contains(cue.Head.Split(' ')[0])
        && (EventPhrase.WordsBefore(text, cue.Start, 1) is not [var before] || !Auxiliaries.Contains(before));
}
