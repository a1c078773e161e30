using BriefingSite.Diagnostics;

namespace BriefingSite.Checking;

/// <summary>Every image says what it shows (alt text), or says it is decorative (alt="").</summary>
public sealed class ImageAltCheck : IPageCheck
{
    public IEnumerable<Diagnostic> Check(BuiltSite site) =>
        from page in site.Pages
        from img in page.Document.QuerySelectorAll("img:not([alt])")
        select Messages.ImageWithoutAlt(page.At(img), img.GetAttribute("src") ?? "");
}
