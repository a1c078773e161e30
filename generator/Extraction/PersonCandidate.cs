namespace BriefingSite.Extraction;

/// <summary>A person (or, for "the Baltic Institute", an organization) found by discovery: the name's tokens as written, the role in front of it if any, and where it is.</summary>
public sealed record PersonCandidate(IReadOnlyList<string> NameTokens, string? Role, int Paragraph, int Start, int End,
                                     Model.ActorKind Kind = Model.ActorKind.Person, string? Key = null)
{
    /// <summary>The canonical name: a listed person's own name, else the name as written.</summary>
    public string Name => Key ?? NameText.Join(NameTokens);
}
