using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>One event of one article while its sentences are being gathered (mutable, private to the gathering).</summary>
internal sealed class EventDraft(EventCandidate first)
{
    public string Kind { get; set; } = first.Kind;
    public string? Name { get; } = first.Name;
    public string? Body { get; set; } = first.Body;
    public string Title { get; set; } = first.Title;
    public int TitleQuality { get; set; } = first.TitleQuality;
    public PartialDate? Date { get; set; } = first.Date;
    public string? DateText { get; set; } = first.DateText;
    public Tense Tense { get; set; } = first.Tense;
    /// <summary>Told as cancelled or called off: it stays planned, whatever another sentence's tense says (see <see cref="CalledOffEvents"/>).</summary>
    public bool CalledOff { get; set; } = first.CalledOff;
    public string? Place { get; set; } = first.Place;
    public List<string> ActorKeys { get; } = [.. first.ActorKeys];
    public HashSet<string> Words { get; } = new(first.Words, StringComparer.Ordinal);
    public List<EventSpan> References { get; } = [first.Span];
    public HashSet<string> Hosts { get; } = new(first.Hosts, StringComparer.Ordinal);
    public HashSet<string> Topics { get; } = new(first.Topics, StringComparer.Ordinal);
    public HashSet<string> Agents { get; } = new(first.Agents, StringComparer.Ordinal);
    public int LastSeen { get; set; }
    /// <summary>Sentences where an event noun of its own (not a referring "the meeting") named it: a second such noun there is another event.</summary>
    public HashSet<(int Paragraph, int Sentence)> NounSentences { get; } = [];
    public bool OpensSeries { get; set; } = first.OpensSeries;
    /// <summary>The noun the article used for it ("call"): "the second" of a series takes it.</summary>
    public string Noun { get; } = first.Cue.IsVerb ? EventTitles.HeadNoun(first.Cue) : first.Cue.Head.ToLowerInvariant();

    public void Absorb(EventCandidate c, bool asReference)
    {
        if (!References.Contains(c.Span)) References.Add(c.Span);
        if (asReference && c.Title.Length > 0 && c.TitleQuality <= 1) { }
        else if (c.TitleQuality > TitleQuality) { Title = c.Title; TitleQuality = c.TitleQuality; }
        if (c.Date is { } d && (Date is null || d.Precision > Date.Value.Precision)) { Date = d; DateText = c.DateText; }
        if (c.CalledOff) CalledOff = true;
        if (CalledOff) Tense = Tense.Future;
        else if (Tense == Tense.Unknown) Tense = c.Tense;
        else if (c.Tense == Tense.Past) Tense = Tense.Past;
        if (Place is null || (c.Place is { } p && p.Length > Place.Length && p.Contains(Place, StringComparison.Ordinal))) Place = c.Place ?? Place;
        Body ??= c.Body;
        foreach (var k in c.ActorKeys) if (!ActorKeys.Contains(k)) ActorKeys.Add(k);
        if (!asReference) foreach (var w in c.Words) Words.Add(w);
        Hosts.UnionWith(c.Hosts);
        Topics.UnionWith(c.Topics);
        Agents.UnionWith(c.Agents);
    }
}
