using System.Globalization;
using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>
/// A site of many articles lists them on numbered pages, <c>archive/&lt;n&gt;/</c>, each of up to <see cref="PerPage"/>
/// articles; the list of briefings (<c>articles/</c>) shows the latest <see cref="Shown"/> and links every page. A reader no
/// longer loads megabytes to see the latest briefings, and adding an article rewrites that list and the newest page, not one
/// page of every article. Pages are counted from the oldest article, so the articles of a page stay on it as newer ones
/// arrive (site order is newest first); only a back-dated article moves the newer pages' articles along. The same scheme
/// as an actor's pages of mentions (<see cref="ActorMentionPages"/>).
/// </summary>
internal static class ArticleListPages
{
    /// <summary>Articles per numbered page; a site of no more than this lists them all on <c>articles/</c>.</summary>
    public const int PerPage = 100;

    /// <summary>Articles the list of briefings shows when the others are on numbered pages.</summary>
    public const int Shown = 50;

    /// <summary>How many numbered pages a site of <paramref name="articles"/> articles has (none: all on one list).</summary>
    public static int Count(int articles) => ActorMentionPages.Count(articles, PerPage);

    /// <summary>Positions in site order (newest first) of the articles on page <paramref name="page"/> (1: the oldest).</summary>
    public static (int From, int To) Range(int articles, int page) => ActorMentionPages.Range(articles, page, PerPage);

    public static string Path(int page) => $"archive/{page.ToString(CultureInfo.InvariantCulture)}/index.html";

    public static string Url(SiteUrls urls, int page) => urls.Base + "archive/" + page.ToString(CultureInfo.InvariantCulture) + "/";

    /// <summary>The link to one page: the numbers of its articles counted from the oldest, and their dates.</summary>
    public static MentionPageLink Link(SiteUrls urls, IReadOnlyList<Article> articles, int page)
    {
        var (from, to) = Range(articles.Count, page);
        return ActorMentionPages.Labelled(articles.Count, from, to, articles[to - 1], articles[from], Url(urls, page));
    }

    /// <summary>Every page, oldest first.</summary>
    public static List<MentionPageLink> Links(SiteUrls urls, IReadOnlyList<Article> articles) =>
        Enumerable.Range(1, Count(articles.Count)).Select(page => Link(urls, articles, page)).ToList();
}
