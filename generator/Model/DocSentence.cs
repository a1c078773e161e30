namespace BriefingSite.Model;

/// <summary>A sentence of an article paragraph: offsets into the paragraph's plain text, and the anchor id the article page gives it.</summary>
public sealed record DocSentence(int Index, int Start, int Length, string Text, string Id);
