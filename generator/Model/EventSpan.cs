namespace BriefingSite.Model;

/// <summary>A passage about an event: characters [Start, Start+Length) of sentence <see cref="Sentence"/> in paragraph <see cref="Paragraph"/> (offsets into the paragraph).</summary>
public sealed record EventSpan(int Paragraph, int Sentence, int Start, int Length);
