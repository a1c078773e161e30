namespace BriefingSite.Rendering;

/// <summary>
/// The seam between the generator and a theme's template language. A theme provides named page templates
/// and one layout; the engine fills them from view models. Handlebars is the only engine today.
/// </summary>
public interface ITemplateEngine
{
    /// <summary>True when the theme has a page template of this name (e.g. "article").</summary>
    bool HasPage(string name);

    /// <summary>Renders page template <paramref name="name"/> with <paramref name="model"/>, wrapped in the theme's layout, as UTF-8 bytes.</summary>
    byte[] RenderPage(string name, object model);
}
