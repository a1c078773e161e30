using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>Reads only a content folder's site.yml, for commands (check, serve) that need the settings but not the articles.</summary>
public static class SiteSettingsFile
{
    public static (SiteSettings Settings, ImmutableArray<Diagnostic> Diagnostics) Read(string contentDir)
    {
        var display = contentDir.Replace('\\', '/').TrimEnd('/');
        var shown = (display.Length == 0 ? "." : display) + "/site.yml";
        var path = new[] { "site.yml", "site.yaml" }.Select(n => Path.Combine(contentDir, n)).FirstOrDefault(File.Exists);
        if (path is null) return SiteSettingsReader.Read(null, shown);
        var bytes = File.ReadAllBytes(path);
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null) return (SiteSettings.Default, [Messages.Undecodable(new SourceSpan(shown), decoded.Error!)]);
        return SiteSettingsReader.Read(new ContentFile(Path.GetFileName(path), shown, decoded.Text, TextDecoder.Hash(bytes)), shown);
    }
}
