namespace BriefingSite.Extraction.Events;

/// <summary>What the wording says about when an event is: still to come, already over, or not said (present tense, a bare noun).</summary>
public enum Tense { Unknown, Past, Future }
