using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>URLs and cards for events, shared by the event pages, the timeline and article pages.</summary>
public static class EventCards
{
    public static string Url(SiteUrls urls, string slug) => urls.Event(slug);
    public static string ListUrl(SiteUrls urls) => urls.Events;
    public static string TimelineUrl(SiteUrls urls) => urls.Timeline;
    public static string ActorUrl(SiteUrls urls, string slug) => urls.Path("actors/" + slug + "/");

    public static string StatusLabel(Event e) => e.Planned ? "planned" : "happened";

    /// <summary>Everything <see cref="Of"/> and a timeline dot read of an event, as one key for page fingerprints.</summary>
    public static string Key(Event e) => ArticleKeys.Hash(e.Slug, e.Title, e.Date?.ToString(), StatusLabel(e), e.Kind, e.Place,
        e.Articles.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static EventCard Of(Event e, SiteUrls urls) =>
        new(e.Title, Url(urls, e.Slug), e.Date?.ToDisplay(), e.Date?.ToString(), StatusLabel(e), e.Kind, e.Place, e.Articles.Length);
}
