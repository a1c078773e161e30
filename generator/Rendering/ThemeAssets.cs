using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>Copies the theme's <c>assets/</c> folder (CSS, scripts, icons) to <c>output/assets/</c>.</summary>
public sealed class ThemeAssets : IPageSet
{
    public IEnumerable<OutputFile> Render(RenderContext context)
    {
        var dir = Path.Combine(context.ThemeDir, "assets");
        if (!Directory.Exists(dir)) yield break;
        foreach (var file in Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(dir, file).Replace('\\', '/');
            if (rel.Split('/').Any(p => p.StartsWith('.'))) continue;
            yield return new OutputFile("assets/" + rel, File.ReadAllBytes(file));
        }
    }
}
