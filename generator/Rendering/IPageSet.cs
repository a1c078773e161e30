using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>One kind of output (article pages, the feed, theme assets...). Registered in <see cref="SiteRenderer"/>'s list.</summary>
public interface IPageSet
{
    IEnumerable<OutputFile> Render(RenderContext context);
}
