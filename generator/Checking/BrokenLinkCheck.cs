using BriefingSite.Diagnostics;

namespace BriefingSite.Checking;

/// <summary>Every internal link, stylesheet, script and image must reach a file under the base path, and a named anchor must exist there.</summary>
public sealed class BrokenLinkCheck : IPageCheck
{
    private static readonly (string Selector, string Attribute)[] References =
    [
        ("a[href]", "href"), ("area[href]", "href"), ("link[href]", "href"),
        ("img[src]", "src"), ("script[src]", "src"), ("source[src]", "src"), ("iframe[src]", "src"), ("video[src]", "src"), ("audio[src]", "src"),
    ];

    public IEnumerable<Diagnostic> Check(BuiltSite site)
    {
        foreach (var page in site.Pages)
            foreach (var (selector, attribute) in References)
                foreach (var el in page.Document.QuerySelectorAll(selector))
                {
                    var href = el.GetAttribute(attribute);
                    var target = site.Resolve(page, href);
                    if (target is null || target.Kind == LinkKind.External) continue;
                    if (target.Kind == LinkKind.OutsideBase) { yield return Messages.LinkOutsideBase(page.At(el), href!, site.BasePath); continue; }
                    if (target.File is null) { yield return Messages.BrokenLink(page.At(el), href!); continue; }
                    if (target.Fragment is { Length: > 0 } anchor && anchor != "top" && site.Page(target.File) is { } linked && !linked.Anchors.Contains(anchor))
                        yield return Messages.MissingAnchor(page.At(el), href!);
                }
    }
}
