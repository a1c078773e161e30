using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>Files GitHub Pages looks for: <c>.nojekyll</c> (serve files as they are) and <c>CNAME</c> when a domain is set.</summary>
public sealed class HostingFiles : IPageSet
{
    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        yield return new OutputFile(".nojekyll", []);
        if (context.Site.Settings.Domain is { Length: > 0 } domain)
            yield return new OutputFile("CNAME", Utf8.Bytes(domain.Trim() + "\n"));
    }
}
