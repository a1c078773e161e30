using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>Reads <c>site.yml</c> into <see cref="SiteSettings"/>; a missing file means defaults.</summary>
public static class SiteSettingsReader
{
    public static (SiteSettings Settings, ImmutableArray<Diagnostic> Diagnostics) Read(ContentFile? file, string displayPathIfMissing)
    {
        if (file is null) return (SiteSettings.Default, [Messages.SiteFileMissing(displayPathIfMissing)]);
        var at = new SourceSpan(file.DisplayPath);
        var (node, error, line) = YamlReader.Read(file.Text);
        if (error is not null) return (SiteSettings.Default, [Messages.YamlInvalid(at with { Line = line }, error)]);
        if (node is null) return (SiteSettings.Default, []);
        if (node is not YamlMapping map) return (SiteSettings.Default, [Messages.YamlInvalid(at with { Line = 1 }, "site.yml must be a list of 'key: value' lines")]);

        var diags = ImmutableArray.CreateBuilder<Diagnostic>();
        string? Text(string key)
        {
            var n = map[key];
            if (n is null || n is YamlScalar { IsNull: true }) return null;
            if (n is YamlScalar s) return s.Value.Trim();
            diags.Add(Messages.SiteSettingInvalid(at with { Line = n.Line }, key, "text"));
            return null;
        }
        var d = SiteSettings.Default;
        var baseUrl = NormalizeBaseUrl(Text("baseUrl") ?? Text("base_url"));
        if (baseUrl is null && (Text("baseUrl") ?? Text("base_url")) is { } bad)
            diags.Add(Messages.SiteSettingInvalid(at with { Line = (map["baseUrl"] ?? map["base_url"])!.Line }, "baseUrl", $"a path like /repo/ or an http(s) URL, not '{bad}'"));
        var settings = new SiteSettings(
            Text("title") ?? d.Title,
            Text("description") ?? d.Description,
            baseUrl ?? d.BaseUrl,
            Text("language") ?? d.Language,
            Text("domain"),
            Text("theme") ?? d.Theme,
            Text("author"))
        {
            // `url:` names the public host when baseUrl is only a path; only its scheme, host and port are used.
            Origin = OriginOf(Text("url"), at with { Line = map["url"]?.Line ?? 0 }, diags),
        };
        return (settings, diags.ToImmutable());
    }

    private static string? OriginOf(string? value, SourceSpan at, ImmutableArray<Diagnostic>.Builder diags)
    {
        if (value is null) return null;
        if (NormalizeBaseUrl(value) is { } abs && !abs.StartsWith('/')) return new Uri(abs).GetLeftPart(UriPartial.Authority);
        diags.Add(Messages.SiteSettingInvalid(at, "url", $"an http(s) URL like https://example.org, not '{value}'"));
        return null;
    }

    /// <summary>Accepts "/", "/repo", "https://host/repo"; always returns a value ending with '/', or null when unusable.</summary>
    public static string? NormalizeBaseUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        if (v.StartsWith('/') && !v.StartsWith("//", StringComparison.Ordinal))
        {
            if (v.Contains("..", StringComparison.Ordinal) || v.IndexOfAny(['"', '<', '>', '\\', ' ', '?', '#']) >= 0) return null;
            return v.EndsWith('/') ? v : v + "/";
        }
        if (Uri.TryCreate(v, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
        {
            var s = uri.GetLeftPart(UriPartial.Path);
            return s.EndsWith('/') ? s : s + "/";
        }
        return null;
    }
}
