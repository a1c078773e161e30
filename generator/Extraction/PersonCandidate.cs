namespace BriefingSite.Extraction;

/// <summary>A person found by discovery: the name's tokens as written, the role in front of it if any, and where it is.</summary>
public sealed record PersonCandidate(IReadOnlyList<string> NameTokens, string? Role, int Paragraph, int Start, int End)
{
    public string Name => NameText.Join(NameTokens);
}
