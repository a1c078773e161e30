using System.Collections.Immutable;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// What one sentence says about one event cue, before the article's mentions of the same event are gathered.
/// <see cref="DateOffsetFromSubject"/>: days from the event the article spoke of last ("the day before", "the same day": 0), when that is all the sentence says of its date; null otherwise.
/// </summary>
public sealed record EventCandidate(
    EventCue Cue,
    string Title,
    int TitleQuality,
    PartialDate? Date,
    string? DateText,
    int? DateOffsetFromSubject,
    Tense Tense,
    string? Place,
    ImmutableArray<string> ActorKeys,
    ImmutableArray<string> Words,
    string? Body,
    bool Anaphor,
    EventSpan Span)
{
    public string Kind => Cue.Kind;
    public string? Name => Cue.Name;

    /// <summary>For a referring phrase ("the meeting"): whether it has enough of its own (a date, a place) to be an event when nothing came before.</summary>
    public bool StandsAlone { get; init; } = true;

    /// <summary>A referring phrase that says it is the event just spoken of: "the same summit".</summary>
    public bool SaysSame { get; init; }

    /// <summary>"had also levied sanctions", "the second vote also failed": "also" adds another event of the kind, whatever it shares with the last.</summary>
    public bool SaysAlso { get; init; }

    /// <summary>
    /// "This comes a week after he attended a summit": an event told as what came before the one just told of. The story
    /// stays at the latter, so what is counted from "the event last spoken of" next ("two days earlier") is not counted from it.
    /// </summary>
    public bool Recalled { get; init; }

    /// <summary>"The visit had been agreed in a telephone call on 4 March": told in the past perfect, a step back from the story (see <see cref="ForwardClauses.Pluperfect"/>).</summary>
    public bool Pluperfect { get; init; }

    /// <summary>"the debate ... has been cancelled": told as called off, it stays planned whenever its day was (see <see cref="CalledOffEvents"/>).</summary>
    public bool CalledOff { get; init; }

    /// <summary>"The first call": the event opens a series that "the second" may continue.</summary>
    public bool OpensSeries { get; init; }

    /// <summary>Actor keys of the organizations named in the cue's modifiers ("the G7 summit"): who holds the event.</summary>
    public ImmutableArray<string> Hosts { get; init; } = [];

    /// <summary>Portfolio words of the event's phrase ("foreign", "defence"); see <see cref="EventPhrase.TopicsIn"/>.</summary>
    public ImmutableArray<string> Topics { get; init; } = [];

    /// <summary>Who acted, as actor keys: the subject of a verb ("Germany banned"), the actors named before a noun ("the US airstrike").</summary>
    public ImmutableArray<string> Agents { get; init; } = [];
}
