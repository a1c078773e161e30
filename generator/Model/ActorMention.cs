namespace BriefingSite.Model;

/// <summary>
/// One place an actor is named in an article: characters [Start, Start+Length) of paragraph <see cref="Paragraph"/>.
/// <see cref="Key"/> identifies the actor within the article (its canonical name); Linking merges keys across articles.
/// </summary>
public sealed record ActorMention(string Key, string Name, ActorKind Kind, int Paragraph, int Start, int Length, string? Role = null);
