using System.Collections.Immutable;

namespace BriefingSite.Model;

/// <summary>
/// An event one article speaks of, after the article's own mentions of it were gathered: what kind it is, a short
/// title, what the text says of its date, place and participants, and every place the article refers to it.
/// <see cref="Paragraph"/>/<see cref="Sentence"/> are the first reference; <see cref="References"/> holds all of them.
/// </summary>
public sealed record EventMention(
    string Kind,
    string Title,
    PartialDate? Date,
    bool Planned,
    string? Place,
    ImmutableArray<string> ActorKeys,
    int Paragraph,
    int Sentence)
{
    /// <summary>Every passage about the event, in reading order; the first one is where it was introduced.</summary>
    public ImmutableArray<EventSpan> References { get; init; } = [];

    /// <summary>The proper name of a named event ("Minsk II"), used to merge across articles regardless of wording.</summary>
    public string? Name { get; init; }

    /// <summary>A named body that holds the event ("Ukraine Defense Contact Group"): a different body means a different event.</summary>
    public string? Body { get; init; }

    /// <summary>Lower-case content words of the event's phrase ("nato", "defense", "ministerial"), for cross-article comparison.</summary>
    public ImmutableArray<string> Words { get; init; } = [];

    /// <summary>The words the text used for the date ("on Thursday", "Feb. 2015"), when it gave one.</summary>
    public string? DateText { get; init; }

    /// <summary>Actor keys of the organizations that hold the event, named before its noun ("the G7 summit").</summary>
    public ImmutableArray<string> Hosts { get; init; } = [];

    /// <summary>The portfolio of a ministers' event ("foreign", "defence", "finance"), when the text gives one.</summary>
    public ImmutableArray<string> Topics { get; init; } = [];

    /// <summary>Told as cancelled or called off ("the debate ... has been cancelled"): planned, and never one event with a report that it happened.</summary>
    public bool CalledOff { get; init; }

    /// <summary>Actor keys of who acted (a verb's subject, the actors named before the noun): two strikes by different sides are two events.</summary>
    public ImmutableArray<string> Agents { get; init; } = [];
}
