namespace BriefingSite.Model;

/// <summary>A direct quote and who said it. <see cref="SpeakerKey"/> is the actor's key when the speaker is a known actor.</summary>
public sealed record QuoteFact(string Speaker, string? SpeakerKey, string Text, int Paragraph, int Sentence);
