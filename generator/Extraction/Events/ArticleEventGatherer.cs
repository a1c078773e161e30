using System.Collections.Immutable;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// Gathers one article's candidates into its events: "the meeting" refers back to the last meeting spoken of,
/// a named event absorbs the description that follows its name ("Minsk I was a ceasefire deal ... in Sept. 2014"),
/// and two mentions merge only with positive evidence (same day, same place, a shared proper name or participant)
/// and nothing against it (another day, another place, another body, planned against past).
/// </summary>
public static class ArticleEventGatherer
{
    public static ImmutableArray<EventMention> Gather(Article article, IReadOnlyList<(List<EventCandidate> Candidates, List<SentenceEventReader.RelativeDate> Relative)> sentences)
    {
        var nameKinds = NamedKinds(sentences.SelectMany(s => s.Candidates));
        var drafts = new List<EventDraft>();
        var pending = new List<(EventDraft Subject, EventDraft Object, int Offset)>();
        var clock = 0;
        foreach (var (candidates, relative) in sentences)
        {
            var placed = new EventDraft?[candidates.Count];
            EventDraft? namedHere = null;
            for (var i = 0; i < candidates.Count; i++)
            {
                var c = candidates[i];
                clock++;
                if (c.Kind == "named")
                {
                    if (!nameKinds.TryGetValue(c.Name!, out var kind)) continue;
                    c = c with { Cue = c.Cue with { Kind = kind } };
                }
                // "The second, on Sunday": another event of the series the article opened ("The first call, on March 20").
                var continuesSeries = false;
                if (c.Kind == EventCueFinder.SeriesKind)
                {
                    if (drafts.Where(d => d.OpensSeries).MaxBy(d => d.LastSeen) is not { } series) continue;
                    var ordinal = c.Cue.Head[(c.Cue.Head.IndexOf(' ') + 1)..];
                    c = c with { Cue = c.Cue with { Kind = series.Kind }, Title = EventTitles.Capital($"{ordinal} {series.Noun}"), Words = [.. series.Words], ActorKeys = [.. series.ActorKeys] };
                    continuesSeries = true;
                }
                // "The meeting comes one day after Caine hosted ...": the day is known as soon as the meeting's is, before choosing what it joins.
                if (c.Date is null && relative.FirstOrDefault(r => r.Object == i && placed[r.Subject]?.Date?.ToDateOnly() is not null) is { } rel)
                {
                    var subject = placed[rel.Subject]!;
                    c = c with
                    {
                        Date = PartialDate.FromDateOnly(subject.Date!.Value.ToDateOnly()!.Value.AddDays(rel.OffsetDays)),
                        DateText = rel.OffsetDays < 0 ? $"{-rel.OffsetDays} day(s) before {subject.Title}" : $"{rel.OffsetDays} day(s) after {subject.Title}",
                    };
                }
                // "will be received ... on the morning of the same day": the day of the event last spoken of in the same tense
                // (a preview's "same day" is not the day of the past round of talks told in between).
                if (c.Date is null && c.DateOffsetFromSubject is { } offset
                    && (drafts.Where(d => d.Date?.ToDateOnly() is not null && d.Tense == c.Tense).MaxBy(d => d.LastSeen)
                        ?? drafts.Where(d => d.Date?.ToDateOnly() is not null).MaxBy(d => d.LastSeen)) is { } last)
                    c = c with { Date = PartialDate.FromDateOnly(last.Date!.Value.ToDateOnly()!.Value.AddDays(offset)), DateText = $"{c.DateText} {last.Title}" };
                // "the Tuesday summit" after "a summit in Bishkek on Tuesday": the weekday names the day of the event already
                // spoken of, whichever way the clause's tense would have turned it.
                if (c.Anaphor && WeekdayOf(c.DateText) is { } weekday && c.Date?.ToDateOnly() is { } guess
                    && drafts.Where(d => Alike(d.Kind, c.Kind) && d.Date?.ToDateOnly() is { } known && known.DayOfWeek == weekday && Math.Abs(known.DayNumber - guess.DayNumber) <= 7)
                        .MaxBy(d => d.LastSeen) is { } same)
                    c = c with { Date = same.Date, Tense = same.Tense };
                // "the withdrawal took effect a year later, in January 2025" of an article of 2026: a period over before the article was written has happened.
                // Not one the text says was called off ("a debate in 2019 was cancelled"): that one never happened.
                if (c.Date is { } then && article.Date is { } published && then.WhollyBefore(published) && !c.CalledOff) c = c with { Tense = Tense.Past };
                // "when the members meet in Tokyo next month": whatever is dated after the article is still to come.
                else if (c.Date is { } when && article.Date is { } written && when.WhollyAfter(written)) c = c with { Tense = Tense.Future };
                EventDraft? target;
                if (namedHere is not null && c.Name is null && c.Kind == namedHere.Kind && !c.Anaphor)
                    target = namedHere;    // "Minsk II was a 13-point agreement ... in Feb. 2015"
                else if (c.Anaphor)
                    // "the same summit" is a summit: the saying leaves no room for "the talks" or "the meeting" of another day.
                    target = drafts.Where(d => (c.SaysSame ? d.Kind == c.Kind : Alike(d.Kind, c.Kind)) && Compatible(d, c)).MaxBy(d => d.LastSeen);
                else
                    target = Another(c) ? null : drafts.Where(d => d.Kind == c.Kind && Compatible(d, c) && (Evidence(d, c) || SameIncident(d, c)) && !SecondNoun(d, c)
                            // Deeds told in their own words ("Collins won the primary in March", "Trump became the nominee in March") are one only on one day.
                            && (c.Kind != "event" || SameDay(d, c))).MaxBy(d => d.LastSeen)
                        // "The leaders have sat down for talks" on the day of "the summit": one gathering told in other words, and so
                        // is one told at the same place dated alike ("envoys would meet in Lusaka next week ... talks would go ahead in Lusaka on 24 March").
                        ?? drafts.Where(d => d.Kind != c.Kind && Alike(d.Kind, c.Kind) && Compatible(d, c) && (SameDay(d, c) || SamePlaceDated(d, c))).MaxBy(d => d.LastSeen);
                if (continuesSeries || c.SaysAlso) target = null;
                if (target is null && c.Anaphor && !c.StandsAlone)
                {
                    // "the same summit" with no summit told before: "same" points at the event just spoken of, whose day it lends.
                    if (c.SaysSame
                        && drafts.Where(d => d.Date is { Precision: DatePrecision.Day }).MaxBy(d => d.LastSeen) is { } latest)
                        placed[i] = latest;
                    continue;
                }
                if (relative.Any(r => r.Object == i && placed[r.Subject] == target)) target = null;
                // "met on Friday 12 March ... The visit had been agreed in a call on 4 March. The next day ...": a step back in the past perfect leaves the story where it was.
                var flashback = c.Pluperfect && c.Date?.ToDateOnly() is { } told
                    && drafts.Where(d => d.Date?.ToDateOnly() is not null).MaxBy(d => d.LastSeen)?.Date?.ToDateOnly() is { } story && told < story;
                if (target is null) drafts.Add(target = new EventDraft(c));
                else target.Absorb(c, c.Anaphor);
                if (!c.Recalled && !flashback) target.LastSeen = clock;
                if (!c.Cue.IsVerb && !c.Anaphor && c.Name is null) target.NounSentences.Add((c.Span.Paragraph, c.Span.Sentence));
                placed[i] = target;
                if (c.Name is not null) namedHere = target;
            }
            foreach (var r in relative)
                if (placed[r.Subject] is { } s && placed[r.Object] is { } o && s != o) pending.Add((s, o, r.OffsetDays));
        }
        foreach (var (s, o, offset) in pending)
            if (o.Date is null && s.Date?.ToDateOnly() is { } day)
            {
                o.Date = PartialDate.FromDateOnly(day.AddDays(offset));
                o.DateText = offset < 0 ? $"{-offset} day(s) before {s.Title}" : $"{offset} day(s) after {s.Title}";
            }
            // "ministers held a video conference the day after the outage on Sunday": the later-told event gives the day back.
            else if (s.Date is null && o.Date?.ToDateOnly() is { } known)
            {
                s.Date = PartialDate.FromDateOnly(known.AddDays(-offset));
                s.DateText = offset < 0 ? $"{-offset} day(s) after {o.Title}" : $"{offset} day(s) before {o.Title}";
            }
        foreach (var d in drafts) ApplyDateline(article, d);
        return drafts.Select(ToMention).ToImmutableArray();
    }

    private static DayOfWeek? WeekdayOf(string? dateText)
    {
        var words = dateText?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var word = words.Length == 1 || words.Length == 2 && words[0] is "on" or "On" ? words[^1].Replace("’s", "").Replace("'s", "") : null;
        return Enum.TryParse<DayOfWeek>(word, ignoreCase: false, out var day) ? day : null;
    }

    /// <summary>A numbered name ("Minsk II") is an event only when some sentence naming it also says what kind of event it is.</summary>
    private static Dictionary<string, string> NamedKinds(IEnumerable<EventCandidate> all)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in all.GroupBy(c => (c.Span.Paragraph, c.Span.Sentence)))
        {
            var kind = group.FirstOrDefault(c => c.Kind is "agreement" or "war" or "summit" or "talks")?.Kind;
            if (kind is null) continue;
            foreach (var c in group.Where(c => c.Kind == "named")) kinds.TryAdd(c.Name!, kind);
        }
        return kinds;
    }

    /// <summary>"The meeting" may refer back to talks or a summit just spoken of: gatherings are one family for referring words.</summary>
    private static bool Alike(string a, string b) => a == b || (Gatherings.Contains(a) && Gatherings.Contains(b));

    private static readonly HashSet<string> Gatherings = new(StringComparer.Ordinal) { "meeting", "talks", "summit" };

    /// <summary>Kinds that one side does to another: who did it tells two of them apart ("Iran launched missiles" after "the US airstrike").</summary>
    private static readonly HashSet<string> Unilateral = new(StringComparer.Ordinal)
    {
        "attack", "sanctions", "announcement", "resignation", "withdrawal", "deployment", "press", "decision", "speech", "death", "appointment", "election", "arrest", "evacuation",
    };

    /// <summary>"the 2019 treaty and a fisheries agreement signed in 2019": two event nouns of one kind in one sentence name two events (one attack may be told in several words).</summary>
    private static bool SecondNoun(EventDraft d, EventCandidate c) =>
        !c.Cue.IsVerb && !c.Anaphor && c.Name is null && c.Kind != "attack" && d.NounSentences.Contains((c.Span.Paragraph, c.Span.Sentence));

    /// <summary>"Mr Karam will also be received by the President": "also" adds an event to those already told.</summary>
    private static bool Another(EventCandidate c) => c.Cue.IsVerb && c.Cue.Head.Contains(" also ", StringComparison.Ordinal);

    private static bool SameDay(EventDraft d, EventCandidate c) => d.Date is { Precision: DatePrecision.Day } a && c.Date is { } b && a == b;

    /// <summary>Both dated (alike, as <see cref="Compatible"/> asks) and told at one place.</summary>
    private static bool SamePlaceDated(EventDraft d, EventCandidate c) => d.Date is not null && c.Date is not null && d.Place is { } p && c.Place is { } q && PlacesOverlap(p, q);

    /// <summary>"Fighting flared on Feb. 8 when troops shelled a post": attacks told in one sentence are one incident.</summary>
    private static bool SameIncident(EventDraft d, EventCandidate c) =>
        c.Kind == "attack" && d.References.Exists(r => r.Paragraph == c.Span.Paragraph && r.Sentence == c.Span.Sentence);

    private static bool Compatible(EventDraft d, EventCandidate c)
    {
        if (Unilateral.Contains(c.Kind) && Disjoint(d.Agents, c.Agents) && !TypedElection(d, c)) return false;
        if (d.Name is not null && c.Name is not null) return d.Name == c.Name;
        if (d.Name is not null || c.Name is not null) return false;
        if (d.Body is not null && c.Body is not null && d.Body != c.Body) return false;
        if (!c.Anaphor && (d.Body is null) != (c.Body is null)) return false;
        if ((d.Tense, c.Tense) is (Tense.Past, Tense.Future) or (Tense.Future, Tense.Past)) return false;
        if (d.Date is { } a && c.Date is { } b && !SameAtCommonPrecision(a, b)) return false;
        if (d.Place is { } p && c.Place is { } q && PlacesConflict(p, q)) return false;
        if (Disjoint(d.Hosts, c.Hosts) || Disjoint(d.Topics, c.Topics)) return false;
        return true;
    }

    /// <summary>Positive evidence that a new mention is an event already spoken of. Strikes and incidents need the same day or place: one side often strikes many times.</summary>
    private static bool Evidence(EventDraft d, EventCandidate c) =>
        (d.Date is { Precision: DatePrecision.Day } a && c.Date is { } b && a == b)
        || (d.Place is { } p && c.Place is { } q && PlacesOverlap(p, q))
        || (c.Kind is not ("attack" or "incident") && (d.Words.Overlaps(c.Words) || d.ActorKeys.Intersect(c.ActorKeys, StringComparer.Ordinal).Any()))
        || TypedElection(d, c);

    private static bool TypedElection(EventDraft d, EventCandidate c) => TypedElections.Same(d.Kind, d.Title, d.Date, c.Kind, c.Title, c.Date);

    /// <summary>Both say who holds the event or what portfolio it is, and they share nothing: "the G7 summit" is not "the EU summit".</summary>
    public static bool Disjoint(IReadOnlyCollection<string> a, IEnumerable<string> b) => a.Count > 0 && b.Any() && !b.Any(a.Contains);

    public static bool SameAtCommonPrecision(PartialDate a, PartialDate b)
    {
        if (a.Year != b.Year) return false;
        if (a.Month == 0 || b.Month == 0) return true;
        if (a.Month != b.Month) return false;
        return a.Day == 0 || b.Day == 0 || a.Day == b.Day;
    }

    /// <summary>
    /// Two places that cannot both be where one event happened: a venue ("African Union Commission headquarters") may lie in
    /// a city, so only places of one kind conflict. Inside one article a sea and a city stay apart: "sign an accord in Oslo.
    /// Their coast guards sign a memorandum ... in the Barents Sea" are two signings (across articles see <see cref="KindOf"/>).
    /// </summary>
    public static bool PlacesConflict(string a, string b) => !PlacesOverlap(a, b) && (KindOf(a) == PlaceKind.Venue) == (KindOf(b) == PlaceKind.Venue);

    /// <summary>
    /// What kind of place <paramref name="place"/> is, by its words. Across articles the waters a treaty is about ("a boundary
    /// in the Sulawesi Sea") are no city another article says it was signed in.
    /// </summary>
    public static PlaceKind KindOf(string place)
    {
        var words = place.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();
        return words.Any(w => VenueWords.Contains(w)) ? PlaceKind.Venue : words.Any(w => WaterWords.Contains(w)) ? PlaceKind.Waters : PlaceKind.Area;
    }

    private static readonly HashSet<string> VenueWords = new(StringComparer.Ordinal)
    {
        "headquarters", "hq", "house", "palace", "building", "hall", "hotel", "centre", "center", "commission", "ministry", "kremlin",
        "parliament", "airport", "base", "embassy", "office", "stadium", "square", "arena", "university", "college", "school", "hospital",
        "cathedral", "church", "mosque", "temple",
    };

    private static readonly HashSet<string> WaterWords = new(StringComparer.Ordinal) { "sea", "ocean", "gulf", "strait", "straits", "bay", "channel", "river", "lake" };

    public static bool PlacesOverlap(string a, string b) =>
        SentenceEventReader.ProperWords(a).Intersect(SentenceEventReader.ProperWords(b), StringComparer.Ordinal).Any();

    /// <summary>The dateline city is where something happened that day, unless the text names another place.</summary>
    private static void ApplyDateline(Article article, EventDraft d)
    {
        if (article.Place is not { Length: > 0 } city || d.Kind is "war" or "invasion" or "agreement" or "call") return;
        var town = System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(city.ToLowerInvariant());
        // "ADDIS ABABA — ... set for March 11 at the African Union Commission headquarters": headquarters named without a city are the dateline's.
        if (d.Place is { } venue && venue.Contains("headquarters", StringComparison.OrdinalIgnoreCase) && !venue.Contains(',') && !venue.Contains(town, StringComparison.OrdinalIgnoreCase))
        {
            d.Place = venue + ", " + town;
            d.Words.UnionWith(SentenceEventReader.ProperWords(town));
            return;
        }
        if (d.Tense == Tense.Future || d.Date?.ToDateOnly() is not { } day || article.Date?.ToDateOnly() is not { } published) return;
        if (day < published.AddDays(-1) || day > published) return;
        d.Place ??= town;
    }

    private static EventMention ToMention(EventDraft d)
    {
        var refs = d.References.OrderBy(r => r.Paragraph).ThenBy(r => r.Sentence).ThenBy(r => r.Start).ToImmutableArray();
        return new EventMention(d.Kind, d.Title, d.Date, d.Tense == Tense.Future, d.Place, [.. d.ActorKeys], refs[0].Paragraph, refs[0].Sentence)
        {
            References = refs,
            Name = d.Name,
            Body = d.Body,
            Words = [.. d.Words.Order(StringComparer.Ordinal)],
            DateText = d.DateText,
            Hosts = [.. d.Hosts.Order(StringComparer.Ordinal)],
            Topics = [.. d.Topics.Order(StringComparer.Ordinal)],
            Agents = [.. d.Agents.Order(StringComparer.Ordinal)],
            CalledOff = d.CalledOff,
        };
    }
}
