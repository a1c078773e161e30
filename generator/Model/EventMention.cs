using System.Collections.Immutable;

namespace BriefingSite.Model;

/// <summary>An event an article speaks of, where it does so, and what it says of its date, place and participants.</summary>
public sealed record EventMention(
    string Kind,
    string Title,
    PartialDate? Date,
    bool Planned,
    string? Place,
    ImmutableArray<string> ActorKeys,
    int Paragraph,
    int Sentence);
