namespace BriefingSite.Model;

/// <summary>A link to lay over article text: characters [Start, Start+Length) of paragraph <see cref="Paragraph"/>. Only the first placeable link per <see cref="Key"/> is drawn.</summary>
public sealed record InlineLink(int Paragraph, int Start, int Length, string Href, string Key, string? CssClass = null);
