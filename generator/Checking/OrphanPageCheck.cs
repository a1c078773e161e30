using BriefingSite.Diagnostics;

namespace BriefingSite.Checking;

/// <summary>
/// Every page must be reachable by following links from the home page. Only HTML pages count: feeds, the sitemap
/// and JSON files are for machines; 404.html is reached by the host, not by links.
/// </summary>
public sealed class OrphanPageCheck : IPageCheck
{
    private const string Home = "index.html";
    private const string NotFound = "404.html";

    public IEnumerable<Diagnostic> Check(BuiltSite site)
    {
        if (site.Page(Home) is not { } home) yield break;
        var reached = new HashSet<string>(StringComparer.Ordinal) { Home };
        var pending = new Queue<BuiltPage>([home]);
        while (pending.Count > 0)
        {
            var page = pending.Dequeue();
            foreach (var a in page.Document.QuerySelectorAll("a[href], area[href]"))
                if (site.Resolve(page, a.GetAttribute("href")) is { Kind: LinkKind.Internal, File: { } file }
                    && site.Page(file) is { } next && reached.Add(file))
                    pending.Enqueue(next);
        }
        foreach (var page in site.Pages)
            if (!reached.Contains(page.Path) && page.Path != NotFound)
                yield return Messages.OrphanPage(page.At(null));
    }
}
