using System.Collections.Immutable;
using BriefingSite.Extraction.Events;
using BriefingSite.Model;

namespace BriefingSite.Linking;

/// <summary>
/// What <see cref="EventClustering"/> compares of one item, worked out once per item rather than once per pair: strings
/// become small ids (one id per distinct string, so equal ids mean equal strings) and sets become sorted arrays of distinct
/// ids, so a pair is scored with integer comparisons and merges instead of string hashing.
/// </summary>
internal sealed class EventTraits
{
    public readonly EventItem Item;
    public readonly int Article;
    public readonly int? Day;
    /// <summary>Ids of the name and the holding body compared without case; -1 when the mention has none.</summary>
    public readonly int Name, Body;
    /// <summary>
    /// The ids of the name's beginnings cut before a word that joins what it is about ("Protocol" and "Protocol on Access" of
    /// "Protocol on Access to Archives"): a writer who shortens a long name keeps its beginning. Empty without such words.
    /// </summary>
    public readonly int[] NameHeads;
    /// <summary>The proper words of the place, or null when the mention names no place.</summary>
    public readonly int[]? Places;
    /// <summary>What kind of place it names (<see cref="ArticleEventGatherer.KindOf"/>; an area when it names none): only places of one kind conflict.</summary>
    public readonly PlaceKind PlaceKind;
    public readonly int[] Words, People, Story, Hosts, Topics;
    /// <summary>
    /// The <see cref="Words"/> that are words of a participant's name ("donal" and "trump" of donald-trump): shared by two
    /// mentions they say again what a shared participant already says, or are two actors' names that only look alike.
    /// </summary>
    public readonly int[] ActorWords;
    /// <summary>The <see cref="Words"/> that are words of the name of a participant that is an organization ("tribu" of disciplinary-tribunal).</summary>
    public readonly int[] BodyWords;
    /// <summary>The article's main actors however common on the site (<see cref="EventItem.ArticleMainActors"/>).</summary>
    public readonly int[] Main;
    /// <summary>The participants who are people.</summary>
    public readonly int[] Persons;
    /// <summary>The common words of the title, stemmed: what the writer called the event ("memorandum", "joint press conference", "strike").</summary>
    public readonly int[] Descriptors;
    /// <summary>The name's words without those holding a digit, lower case, when the name has such words.</summary>
    public readonly string? NameWords;
    public readonly string LowerTitle;
    /// <summary>The mention's own date: whether it has one, its parts (0 when not given) and its precision.</summary>
    public readonly bool Dated;
    public readonly int Year, Month, DayOfMonth;
    public readonly DatePrecision Precision;
    /// <summary>The day number of the mention's date when it names a day, and of the article's date when that names a day.</summary>
    public readonly int? MentionDay, Written;
    /// <summary>The days of its month a date told to the month spans ("May 20 and 21"), when its words name them.</summary>
    public readonly (int First, int Last)? Days;

    /// <summary>The mention's day when it is told to the day ("on 12 May", "on Tuesday"); null when undated or coarser.</summary>
    public int? ToTheDay => Dated && Precision == DatePrecision.Day ? MentionDay : null;
    public readonly bool Planned;
    /// <summary>Told as cancelled or called off (see <see cref="EventMention.CalledOff"/>).</summary>
    public readonly bool CalledOff;
    /// <summary>A war or an assault told as more than an attack (see <see cref="EventClustering"/>), and an attack.</summary>
    public readonly bool WarLike, Attack;
    /// <summary>The mention's kind ("visit", "meeting") and its family (<see cref="EventClustering.Family"/>).</summary>
    public readonly string Kind, Family;
    /// <summary>A deed told without an event word, which may be of any kind.</summary>
    public readonly bool Generic;

    private EventTraits(EventItem item, Texts texts, Ids ids)
    {
        Item = item;
        var m = item.Mention;
        Article = ids.Exact(item.Article.Slug);
        var weekYear = m.Date is { } w && WeekOfTheYear(w, m.DateText);
        // Compared as undated, it is blocked by its article's day, as an undated mention is.
        Day = weekYear && item.Article.Date?.ToDateOnly() is { } written ? written.DayNumber : item.AnchorDay?.DayNumber;
        Name = texts.NameKey is { } n ? ids.Folded(n) : -1;
        NameHeads = texts.HeadKeys.Length == 0 ? [] : [.. texts.HeadKeys.Select(ids.Folded)];
        Body = m.Body is { } b ? ids.Folded(b) : -1;
        Places = texts.PlaceWords is { IsDefault: false } p ? ids.Set(p) : null;
        PlaceKind = texts.PlaceKind;
        Words = ids.Set(m.Words);
        People = ids.Set(item.Participants);
        ActorWords = ids.Set(texts.ActorWords);
        BodyWords = ids.Set(texts.BodyWords);
        Story = ids.Set(item.ArticleActors);
        Hosts = ids.Set(item.Hosts);
        Topics = ids.Set(m.Topics);
        Main = ids.Set(item.ArticleMainActors);
        Persons = ids.Set(item.Persons);
        Descriptors = ids.Set(texts.Descriptors);
        NameWords = texts.NameWords;
        LowerTitle = texts.LowerTitle;
        if (m.Date is { } d && !weekYear)
        {
            Dated = true;
            (Year, Month, DayOfMonth, Precision) = (d.Year, d.Month, d.Day, d.Precision);
            MentionDay = d.ToDateOnly()?.DayNumber;
            if (d.Precision == DatePrecision.Month) Days = texts.Days;
        }
        Written = item.Article.Date?.ToDateOnly()?.DayNumber;
        Planned = m.Planned;
        CalledOff = m.CalledOff;
        Kind = m.Kind;
        Attack = m.Kind == "attack";
        Generic = m.Kind == EventClustering.Generic;
        Family = EventClustering.Family(m.Kind);
        WarLike = EventClustering.Family(m.Kind) is "war" or "assault" && !Attack;
    }

    /// <summary>
    /// A year that stands for a week of the article's time ("three weeks ago", "earlier this week": a week straddling two
    /// months is given only its year): it says the event lies within weeks of the article, far more than a bare year, so
    /// the mention is compared as an undated one of its article is (told within the window after the event or before it),
    /// not with the evidence a year alone needs. The event it joins keeps the other tellings' date.
    /// </summary>
    private static bool WeekOfTheYear(PartialDate date, string? words) =>
        date.Precision == DatePrecision.Year && words is not null && words.Contains("week", StringComparison.OrdinalIgnoreCase) && !words.Any(char.IsDigit);

    /// <summary>The words whose stem, without accents, is that of a word of a participant's slug ("vázqu" of wanda-vazquez-garced).</summary>
    /// <param name="stemsOf">The stems of a slug's words, each slug's worked out once for all items (see <see cref="Of"/>).</param>
    private static ImmutableArray<string> NameStems(ImmutableArray<string> words, ImmutableArray<string> participants, Func<string, string[]> stemsOf)
    {
        if (words.IsDefaultOrEmpty || participants.IsDefaultOrEmpty) return [];
        // Nearly every mention keeps none of its words: the result is made only when one is kept, without a query or a set.
        ImmutableArray<string>.Builder? kept = null;
        foreach (var w in words)
        {
            var bare = Normalize.Slugger.WithoutDiacritics(w);
            foreach (var slug in participants)
                if (Array.IndexOf(stemsOf(slug), bare) >= 0)
                {
                    (kept ??= ImmutableArray.CreateBuilder<string>()).Add(w);
                    break;
                }
        }
        return kept is null ? [] : kept.ToImmutable();
    }

    /// <summary>The stems of the words of a participant's slug (donald-trump: "donal", "trump"), in order, each once.</summary>
    private static string[] SlugStems(string slug) =>
        [.. slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(SentenceEventReader.Stem).Distinct(StringComparer.Ordinal)];

    private static readonly HashSet<string> HeadJoints = new(StringComparer.Ordinal) { "on", "of", "for", "to", "between", "concerning" };

    private static string[] Heads(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        List<string>? heads = null;
        for (var i = 1; i < words.Length - 1; i++)
            if (HeadJoints.Contains(words[i])) (heads ??= []).Add(EventNames.Key(string.Join(' ', words[..i])));
        return heads is null ? [] : [.. heads];
    }

    /// <summary>
    /// The strings an item's traits are made of, before they become ids. Worked out for every item at once, in parallel (most
    /// of what making the traits costs: the main thread spent a quarter of a second on it when one article was added to a
    /// 10,000-article site); the ids are then given in item order on one thread, so they never depend on timing.
    /// </summary>
    private readonly record struct Texts(string? NameKey, string[] HeadKeys, ImmutableArray<string> PlaceWords, PlaceKind PlaceKind,
        ImmutableArray<string> ActorWords, ImmutableArray<string> BodyWords, ImmutableArray<string> Descriptors, string? NameWords, string LowerTitle, (int First, int Last)? Days)
    {
        public static Texts Of(EventItem item, Func<string, string[]> stemsOf)
        {
            var m = item.Mention;
            return new Texts(
                m.Name is { } n ? EventNames.Key(n) : null,
                m.Name is { } full ? Heads(full) : [],
                m.Place is { } p ? SentenceEventReader.ProperWords(p) : default,
                m.Place is { } v ? ArticleEventGatherer.KindOf(v) : PlaceKind.Area,
                NameStems(m.Words, item.Participants, stemsOf),
                NameStems(m.Words, item.Bodies, stemsOf),
                TitleDescriptors.Of(m.Title, m.Words, m.Kind),
                m.Name is { } name ? string.Join(' ', name.Split(' ').Where(w => !w.Any(char.IsDigit))).ToLowerInvariant() : null,
                m.Title.ToLowerInvariant(),
                m.Date is { Precision: DatePrecision.Month } ? EventDaySpans.Of(m.DateText) : null);
        }
    }

    /// <summary>The traits of every item, indexed like <paramref name="items"/>, with ids shared across them.</summary>
    public static EventTraits[] Of(IReadOnlyList<EventItem> items)
    {
        var texts = new Texts[items.Count];
        // A participant takes part in many events: its slug's stems are worked out once (they were half of what making the texts cost).
        var stems = new System.Collections.Concurrent.ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);
        Func<string, string[]> stemsOf = slug => stems.GetOrAdd(slug, SlugStems);
        if (items.Count < 64) for (var i = 0; i < texts.Length; i++) texts[i] = Texts.Of(items[i], stemsOf);
        else Parallel.For(0, texts.Length, i => texts[i] = Texts.Of(items[i], stemsOf));
        var ids = new Ids();
        var traits = new EventTraits[items.Count];
        for (var i = 0; i < traits.Length; i++) traits[i] = new EventTraits(items[i], texts[i], ids);
        return traits;
    }

    /// <summary>How many ids the two sorted sets share.</summary>
    public static int Common(int[] a, int[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { n++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return n;
    }

    /// <summary>Whether the two sorted sets share an id.</summary>
    public static bool Overlap(int[] a, int[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++;
            else j++;
        }
        return false;
    }

    /// <summary>Both sets hold something and nothing in common.</summary>
    public static bool Disjoint(int[] a, int[] b) => a.Length > 0 && b.Length > 0 && !Overlap(a, b);

    private sealed class Ids
    {
        private readonly Dictionary<string, int> exact = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> folded = new(StringComparer.OrdinalIgnoreCase);

        public int Exact(string s)
        {
            if (!exact.TryGetValue(s, out var id)) exact[s] = id = exact.Count;
            return id;
        }

        public int Folded(string s)
        {
            if (!folded.TryGetValue(s, out var id)) folded[s] = id = folded.Count;
            return id;
        }

        public int[] Set(ImmutableArray<string> strings)
        {
            if (strings.IsDefaultOrEmpty) return [];
            var set = new int[strings.Length];
            for (var i = 0; i < set.Length; i++) set[i] = Exact(strings[i]);
            Array.Sort(set);
            var n = 0;
            foreach (var id in set)
                if (n == 0 || set[n - 1] != id) set[n++] = id;
            return n == set.Length ? set : set[..n];
        }
    }
}
