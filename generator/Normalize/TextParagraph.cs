namespace BriefingSite.Normalize;

/// <summary>One paragraph of a plain-text article and the 1-based file line it starts on.</summary>
public sealed record TextParagraph(string Text, int Line);
