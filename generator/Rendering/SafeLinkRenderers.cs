using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace BriefingSite.Rendering;

/// <summary>
/// The last line of the link allowlist, at the moment HTML is written: a link or image whose target is not allowed
/// is written as its text, whatever happened to the syntax tree before. <see cref="MarkdownRenderer"/> also removes
/// such links earlier, so these only act if that ever misses one.
/// </summary>
internal static class SafeLinkRenderers
{
    public static void Install(HtmlRenderer renderer)
    {
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new SafeLinkInlineRenderer());
        renderer.ObjectRenderers.Replace<AutolinkInlineRenderer>(new SafeAutolinkInlineRenderer());
    }

    private sealed class SafeLinkInlineRenderer : LinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (MarkdownRenderer.IsSafeUrl(link.Url)) base.Write(renderer, link);
            else if (link.IsImage) renderer.WriteEscape(MarkdownRenderer.PlainText(link));
            else renderer.WriteChildren(link);
        }
    }

    private sealed class SafeAutolinkInlineRenderer : AutolinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline link)
        {
            if (MarkdownRenderer.IsSafeUrl(link.IsEmail ? "mailto:" + link.Url : link.Url)) base.Write(renderer, link);
            else renderer.WriteEscape(link.Url);
        }
    }
}
