namespace BriefingSite.Extraction.Events;

/// <summary>What kind of place an event is told at (see <see cref="ArticleEventGatherer.KindOf"/>): only places of one kind conflict.</summary>
public enum PlaceKind
{
    /// <summary>A city, region or country.</summary>
    Area,

    /// <summary>A building or site ("African Union Commission headquarters"), which may lie in a city.</summary>
    Venue,

    /// <summary>A sea, gulf, strait, river or lake: what a treaty may be about, not where it was signed.</summary>
    Waters,
}
