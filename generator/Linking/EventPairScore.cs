using BriefingSite.Model;

namespace BriefingSite.Linking;

/// <summary>
/// How strongly two article events look like one event (0: they must stay apart), from their <see cref="EventTraits"/>.
/// Every test is pure, so the cheapest come first: most pairs of a window are told apart by their dates or places.
/// </summary>
internal static class EventPairScore
{
    public static int Of(EventTraits x, EventTraits y)
    {
        if (Conflict(x, y)) return 0;
        var dated = x.Dated && y.Dated;
        // A deed told without an event word is another kind's event only when both are told on the same day (see NeedsSameDay).
        if (x.Generic != y.Generic && !SameDay(x, y)) return 0;
        var placesOverlap = x.Places is { } p && y.Places is { } q && EventTraits.Overlap(p, q);
        // The evidence a pair needs, from its dates.
        int needed;
        if (dated)
        {
            needed = x.Precision == DatePrecision.Day && y.Precision == DatePrecision.Day ? 1 : Needed(x, y);
            // One pair of sides fights one war in a year: the year and the same story are enough.
            if (x.WarLike && !y.Attack) needed = Math.Min(needed, 3);
        }
        // One side undated: it must come from the same story or share a person ("the Supreme Court later ruled" of an American
        // article is not a Scottish ruling; a country both name, "the United States announced", is not enough).
        else if (x.Dated || y.Dated)
        {
            var (when, undated) = x.Dated ? (x, y) : (y, x);
            if (!Ahead(undated, when) || !EventTraits.Overlap(x.Story, y.Story) && !EventTraits.Overlap(x.Persons, y.Persons) && !SharedMain(x, y)) return 0;
            needed = Needed(when, when);
        }
        else
        {
            // Undated on both sides: only inside one story ("the Supreme Court ruling" of a British and of an American article are two).
            if (EventTraits.Common(x.Story, y.Story) < 2) return 0;
            needed = 5;
        }
        var place = placesOverlap ? 1 : 0;
        var topic = EventTraits.Overlap(x.Topics, y.Topics) ? 2 : 0;
        // "a cooperation agreement" in one article is "the 2012 Cooperation Agreement" of another: the name in other words.
        var named = NamedAlike(x, y) || NamedAlike(y, x) ? 3 : 0;
        // Two previews of an event at the same place in the same year: few events are still to come at one place.
        var plannedThere = placesOverlap && x.Planned && y.Planned ? 1 : 0;
        // What the writers called it ("the memorandum", "a joint news conference"), among articles of one story.
        var related = EventTraits.Overlap(x.Story, y.Story) || SharedMain(x, y);
        // A deed's title is its sentence, not a name for the event: its words say nothing of another kind's event.
        var maxDescribed = related && x.Generic == y.Generic ? Math.Min(2, Math.Min(x.Descriptors.Length, y.Descriptors.Length)) : 0;
        // An undated report of a story written within days of a dated event of that story ("after talks in the Ethiopian
        // capital", the day after the talks a preview dated): the closeness in time stands for the date.
        var near = !dated && (x.Dated || y.Dated) ? NearStory(x.Dated ? y : x, x.Dated ? x : y) : 0;
        // One type of election in one year and country, told in one story (see EventElections).
        var election = EventElections.SameElection(x, y) ? EventElections.Evidence : 0;
        // "a joint exercise ... is planned for March" of an article about Argentina and Chile names nobody: the parties another
        // telling names ("the Argentina-Chile joint exercise") are that article's own main actors.
        // Only for two tellings of one kind, both dated, called alike or told on one day: an undated "Meeting" is any meeting.
        var unnamed = dated && x.Kind == y.Kind && !x.Generic && (UnnamedParties(x, y) || UnnamedParties(y, x)) ? 2 : 0;
        // Most pairs share too little to merge: the most the sets could add decides that before they are intersected.
        var most = 3 * Math.Min(x.Words.Length, y.Words.Length) + 2 * Math.Min(x.People.Length, y.People.Length) + 2 * place + topic + named + plannedThere + (dated || x.Kind == y.Kind ? 3 : 0)
            + maxDescribed + near + election + unnamed + (maxDescribed > 0 && x.Planned && y.Planned ? 1 : 0);
        if (most < needed) return 0;
        // A participant both name counts once as a word, however many words its name has: "United States" is one actor
        // ("United States sanctions" on an airline since 2011 and the sanctions of 2011 on a general are not one event by that
        // name; a year needs more). Elections have evidence of their own (EventElections), where the country's name counts whole.
        var words = EventTraits.Common(x.Words, y.Words);
        if (x.Kind != "election" || y.Kind != "election")
            words -= Math.Max(0, EventTraits.Common(x.ActorWords, y.ActorWords) - EventTraits.Common(x.People, y.People));
        var people = EventTraits.Common(x.People, y.People);
        if (DifferentTrips(x, y, people)) return 0;
        // A visit told in one article and a meeting or talks in another are one event only when someone takes part in both,
        // and both are dated or share a place: an undated trip takes in several meetings ("his first trip to NATO").
        if (x.Kind != y.Kind && (x.Kind == "visit" || y.Kind == "visit") && !dated && !placesOverlap) return 0;
        // Articles about the same distinctive actors (see EventLinker) likely tell the same story: evidence for dated mentions,
        // stronger evidence needed for a year alone ("the 2020 election" of two articles may be two of that year's elections).
        var story = dated && EventTraits.Common(x.Story, y.Story) >= (x.Precision == DatePrecision.Year || y.Precision == DatePrecision.Year ? 3 : 2) ? 3 : 0;
        // Undated on both sides, one kind, and three distinctive actors in common: one story, where what the writers called it
        // ("a joint press conference", "Karam's joint news conference") tells the rest.
        if (!x.Dated && !y.Dated && x.Kind == y.Kind && EventTraits.Common(x.Story, y.Story) >= 3) story = 3;
        var described = maxDescribed > 0 ? Math.Min(2, EventTraits.Common(x.Descriptors, y.Descriptors)) : 0;
        // Two previews of one story's event in one month, called alike ("an extraordinary session" in September): few such are still to come.
        var plannedAlike = described > 0 && x.Planned && y.Planned && dated && x.Precision != DatePrecision.Year && y.Precision != DatePrecision.Year ? 1 : 0;
        var evidence = 3 * words + 2 * people + 2 * place + topic + story + named + plannedThere + described + near + election + plannedAlike;
        // It only makes up for evidence the pair lacks: a pair that merges without it keeps its rank among the pairs. Told on
        // other days, everything one writer called it the other must call it too: "a budget session" is not "an extraordinary
        // session" of the same month, though both are sessions.
        if (evidence < needed && (described > 0 && CalledAlike(x, y) || SameDay(x, y))) evidence += unnamed;
        if (evidence < (x.Generic != y.Generic ? Math.Max(needed, 3) : needed)) return 0;
        // "technical talks in Beirut" in September and the cabinet's "weekly session" of a day in it: two nouns, one story
        // and a month in common are not one event without a word, participant or place of their own in common.
        // Nor are a Senate committee's hearing and the Security Council's briefing dated in one month: each names who took
        // part, and nobody takes part in both.
        if ((x.Kind != y.Kind || dated && x.People.Length > 0 && y.People.Length > 0) && words + people + place + election == 0
            && !(x.Precision == DatePrecision.Day && y.Precision == DatePrecision.Day)) return 0;
        return dated && x.Precision == DatePrecision.Day && y.Precision == DatePrecision.Day ? evidence + 3 : evidence;
    }

    /// <summary>
    /// Something the two say tells them apart: dates that disagree, other names, bodies, places, hosts or portfolios, a
    /// preview written after the report. A pair without conflict may still lack the evidence to merge on its own.
    /// </summary>
    public static bool Conflict(EventTraits x, EventTraits y)
    {
        if (x.Article == y.Article) return true;
        if (x.Family != y.Family && !x.Generic && !y.Generic && !Killing(x, y) && !Killing(y, x) && !EventRulings.Ruling(x, y) && !EventRulings.Ruling(y, x)) return true;
        if (x.Dated && y.Dated && (!SameAtCommonPrecision(x, y) || OutsideSpan(x, y) || OutsideSpan(y, x))) return true;
        if (x.Name >= 0 && y.Name >= 0 && x.Name != y.Name && !Shortened(x, y) && !Shortened(y, x)) return true;
        if (x.Body != y.Body) return true;
        // A venue ("African Union Commission headquarters") may lie in a city, and the waters a treaty is about are no city it
        // was signed in: only places of one kind conflict.
        if (x.Places is { } p && y.Places is { } q && !EventTraits.Overlap(p, q) && x.PlaceKind == y.PlaceKind) return true;
        if (ReportedBeforePlanned(x, y) || ReportedBeforePlanned(y, x)) return true;
        // An occasion told as cancelled never took place: no report that one took place is of it.
        if (x.CalledOff && !y.Planned || y.CalledOff && !x.Planned) return true;
        if (OutsideWhatWasWritten(x, y) || OutsideWhatWasWritten(y, x)) return true;
        // One person's swearing-in, resignation or death is not another's: told of other people, they are two.
        if (x.Kind == y.Kind && OnePersons.Contains(x.Kind) && (EventTraits.Disjoint(x.Persons, y.Persons) || OtherPersons(x, y))) return true;
        // A portfolio tells gatherings and calls apart (the foreign and the defence ministers' meeting); the title of whoever
        // signs an agreement ("Foreign Minister X signed") or the words of what it is about ("economic zone") do not.
        return EventTraits.Disjoint(x.Hosts, y.Hosts) || PortfolioKind(x) && PortfolioKind(y) && EventTraits.Disjoint(x.Topics, y.Topics);
    }

    /// <summary>
    /// Whether a mention may join a cluster it has no evidence with of its own, because it merged with another mention
    /// of that cluster: nothing tells them apart, neither their dates (an undated one is the cluster's and must have been
    /// written before or after it as it says) nor a visit's traveller.
    /// </summary>
    public static bool Compatible(EventTraits x, EventTraits y)
    {
        if (Of(x, y) > 0) return true;
        if (Conflict(x, y)) return false;
        if (x.Dated != y.Dated)
        {
            var (when, undated) = x.Dated ? (x, y) : (y, x);
            if (!Ahead(undated, when)) return false;
        }
        // Told by other people, or by no shared word, participant or story at all: two events that a third joined by chance.
        if (!EventTraits.Overlap(x.Story, y.Story) && !EventTraits.Overlap(x.People, y.People) && !EventTraits.Overlap(x.Words, y.Words) && !SharedMain(x, y)) return false;
        return !DifferentTrips(x, y, EventTraits.Common(x.People, y.People));
    }

    /// <summary>Two visits are one only when someone makes both: two ministers' visits to one capital in one month are two.</summary>
    private static bool DifferentTrips(EventTraits x, EventTraits y, int people) =>
        (x.Kind == "visit" || y.Kind == "visit") && people == 0 && (x.Kind != y.Kind || x.People.Length > 0 && y.People.Length > 0);

    /// <summary>
    /// Each names someone the other does not, with one person in common: "Rosselló is to be replaced by Vázquez" and
    /// "Rosselló appointed Pierluisi" are two appointments of one governor, not one.
    /// </summary>
    private static bool OtherPersons(EventTraits x, EventTraits y)
    {
        var common = EventTraits.Common(x.Persons, y.Persons);
        return common > 0 && x.Persons.Length > common && y.Persons.Length > common;
    }

    /// <summary>Kinds that happen to one person at a time.</summary>
    private static readonly HashSet<string> OnePersons = new(StringComparer.Ordinal) { "appointment", "resignation", "retirement", "death", "funeral", "arrest", "remand" };

    private static bool PortfolioKind(EventTraits t) => EventClustering.Family(t.Kind) is "gathering" or "call" or "press";

    /// <summary>The mention's date packed in one number for <see cref="DatesMayAgree"/>: 0 when undated (or a year too large to pack).</summary>
    public static int DateKey(EventTraits t) =>
        t.Dated && t.Year is > 0 and < 1 << 20 && t.Month is >= 0 and < 16 && t.DayOfMonth is >= 0 and < 32 ? t.Year << 9 | t.Month << 5 | t.DayOfMonth : 0;

    /// <summary>False only when both dates are known and disagree (<see cref="SameAtCommonPrecision"/>), from their <see cref="DateKey"/>s.</summary>
    public static bool DatesMayAgree(int p, int q)
    {
        if (p == 0 || q == 0) return true;
        if (p >> 9 != q >> 9) return false;
        int pm = p >> 5 & 15, qm = q >> 5 & 15, pd = p & 31, qd = q & 31;
        return pm == 0 || qm == 0 || pm == qm && (pd == 0 || qd == 0 || pd == qd);
    }

    /// <summary>A day of the month another telling spans only some days of ("talks on 9 and 10 June" and talks on 24 June).</summary>
    private static bool OutsideSpan(EventTraits span, EventTraits day) =>
        span.Days is { } days && day.Precision == DatePrecision.Day && day.Year == span.Year && day.Month == span.Month
        && (day.DayOfMonth < days.First || day.DayOfMonth > days.Last);

    /// <summary>The two dates agree as far as both go ("March 2024" and "5 March 2024" do; "4 March" and "5 March" do not).</summary>
    private static bool SameAtCommonPrecision(EventTraits x, EventTraits y) =>
        x.Year == y.Year && (x.Month == 0 || y.Month == 0 || x.Month == y.Month && (x.DayOfMonth == 0 || y.DayOfMonth == 0 || x.DayOfMonth == y.DayOfMonth));

    /// <summary>
    /// A name that is the beginning of the other's ("the Protocol" and "the Protocol on Access to Archives"), told in words
    /// that are all the other's too: "the Accord", read in "the Accord on Fishing Quotas", is not "the Accord on Access".
    /// </summary>
    private static bool Shortened(EventTraits shorter, EventTraits longer) =>
        Array.IndexOf(longer.NameHeads, shorter.Name) >= 0 && EventTraits.Common(shorter.Words, longer.Words) == shorter.Words.Length;

    /// <summary>The name of one mention in the words of the other's title, when the other has no name of its own.</summary>
    private static bool NamedAlike(EventTraits named, EventTraits other) =>
        named.NameWords is { } words && other.Name < 0 && words.Contains(' ') && other.LowerTitle.Contains(words, StringComparison.Ordinal);

    /// <summary>
    /// An article that still speaks of an event as to come cannot be speaking of one an older article already reported:
    /// "will meet" on the 25th is another meeting than the one reported on the 20th. A telling dated to a time not over
    /// when its article was written ("the 2031 election" in March 2031) reported nothing as over.
    /// </summary>
    private static bool ReportedBeforePlanned(EventTraits report, EventTraits plan) =>
        !report.Planned && plan.Planned && report.Written is { } reported && plan.Written is { } planned && reported < planned
        && !(report.Dated && report.Precision != DatePrecision.Day && Span(report).Last >= reported);

    /// <summary>
    /// A death and an attack told by two articles may be one killing ("the assassination of the general in January" and
    /// "he was killed last week by a military airstrike"): only when someone who died is a participant of the attack or one
    /// of the people its article is about, and then only when the attack is that article's news: an attack it recalls from
    /// long before it was written ("the 9/11 attacks of 2001" in an article about a president) is not about its people.
    /// </summary>
    public static bool Killing(EventTraits death, EventTraits attack) =>
        death.Kind == "death" && attack.Attack && death.Persons.Length > 0
        && (EventTraits.Overlap(death.Persons, attack.Persons) || EventTraits.Overlap(death.Persons, attack.Story) && !Recalled(attack));

    /// <summary>Dated to a time that ended more than <see cref="EventClustering.WindowDays"/> before its article was written.</summary>
    private static bool Recalled(EventTraits t) => t.Dated && t.Written is { } written && Span(t).Last < written - EventClustering.WindowDays;

    /// <summary>Both told to the day, the same day.</summary>
    private static bool SameDay(EventTraits x, EventTraits y) => x.ToTheDay is { } day && day == y.ToTheDay;

    /// <summary>
    /// A report tells of what happened by its article's day, a preview of what is still to come: a report written on 12 May
    /// is not of an event another article dates 19 May, and a preview written on 12 May is not of one dated 4 May.
    /// </summary>
    private static bool OutsideWhatWasWritten(EventTraits told, EventTraits other)
    {
        if (told.Written is not { } written || !other.Dated) return false;
        var (first, last) = Span(other);
        return told.Planned ? last < written - 1 : first > written;
    }

    /// <summary>The first and last day numbers a date may stand for ("May 2026": 1 to 31 May).</summary>
    private static (int First, int Last) Span(EventTraits t)
    {
        if (t.Year is < 1 or > 9999) return (int.MinValue, int.MaxValue);
        if (t.Precision == DatePrecision.Day && t.MentionDay is { } day) return (day, day);
        var start = new DateOnly(t.Year, t.Month > 0 ? t.Month : 1, 1);
        var end = t.Month > 0 ? start.AddMonths(1).AddDays(-1) : new DateOnly(t.Year, 12, 31);
        return (start.DayNumber, end.DayNumber);
    }

    /// <summary>Two main actors of the articles in common, however common on the site: the story of a small site, whose every article names the same countries.</summary>
    private static bool SharedMain(EventTraits x, EventTraits y) => EventTraits.Common(x.Main, y.Main) >= 2;

    /// <summary>How much an undated mention's article being written within a week of the other's day says: 3 with two distinctive actors in common, 2 with one.</summary>
    private static int NearStory(EventTraits undated, EventTraits when)
    {
        if (undated.Written is not { } written || when.MentionDay is not { } day) return 0;
        var gap = undated.Planned ? day - written : written - day;
        if (gap is < 0 or > 7) return 0;
        // The people the dated telling names as taking part count as its story: a client note's "Fehér and Vlădescu met on
        // 14 May, signed a memorandum" is about the two ministers a communiqué of that day is about, whatever else it is about.
        // Two of them, as one person is in many stories.
        var persons = EventTraits.Common(undated.Story, when.Persons);
        var common = Math.Max(EventTraits.Common(undated.Story, when.Story), persons >= 2 ? persons : 0);
        return common >= 2 ? 3 : common == 1 ? 2 : 0;
    }

    /// <summary>
    /// A telling that names no participant, in an article whose main actors include a participant the other telling names
    /// (not a person: a person is in many of one story's events): the other telling says who took part in it.
    /// </summary>
    private static bool UnnamedParties(EventTraits unnamed, EventTraits named)
    {
        if (unnamed.People.Length > 0 || named.People.Length == 0 || unnamed.Main.Length == 0) return false;
        foreach (var p in named.People)
            if (Array.BinarySearch(named.Persons, p) < 0 && Array.BinarySearch(unnamed.Main, p) >= 0) return true;
        return false;
    }

    /// <summary>Every word one title calls the event by is a word of the other's ("joint exercise" and "Argentina-Chile joint exercise").</summary>
    private static bool CalledAlike(EventTraits x, EventTraits y) =>
        EventTraits.Common(x.Descriptors, y.Descriptors) == Math.Min(x.Descriptors.Length, y.Descriptors.Length);

    /// <summary>A year says little: a site about one election year has many "2020" votes, so a year-only date needs twice the evidence.</summary>
    private static int Needed(EventTraits x, EventTraits y) => x.Precision == DatePrecision.Year || y.Precision == DatePrecision.Year ? 6 : 3;

    /// <summary>An undated mention matches a dated event only when its article could have been speaking of it: a preview before the day, a report after it.</summary>
    private static bool Ahead(EventTraits undated, EventTraits when)
    {
        if (undated.Written is not { } written || when.MentionDay is not { } day) return !undated.Planned;
        var gap = day - written;
        return undated.Planned ? gap is >= 0 and <= EventClustering.WindowDays : gap is <= 0 and >= -EventClustering.WindowDays;
    }
}
