using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>Reads <c>site.yml</c> into <see cref="SiteSettings"/>; a missing file means defaults.</summary>
public static partial class SiteSettingsReader
{
    [GeneratedRegex(@"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")]
    private static partial Regex DomainName();

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
            if (n is YamlScalar s) return FieldText.Clean(s.Value) is { Length: > 0 } clean ? clean : null;
            diags.Add(Messages.SiteSettingInvalid(at with { Line = n.Line }, key, "text"));
            return null;
        }
        var d = SiteSettings.Default;
        var baseUrl = NormalizeBaseUrl(Text("baseUrl") ?? Text("base_url"));
        if (baseUrl is null && (Text("baseUrl") ?? Text("base_url")) is { } bad)
            diags.Add(Messages.SiteSettingInvalid(at with { Line = (map["baseUrl"] ?? map["base_url"])!.Line }, "baseUrl", $"a path like /repo/ or an http(s) URL, not '{bad}'"));
        // Language and domain land in an attribute and in CNAME: only well-formed values are accepted.
        var language = Text("language");
        if (language is not null && !LanguageTag().IsMatch(language))
        {
            diags.Add(Messages.SiteSettingInvalid(at with { Line = map["language"]!.Line }, "language", $"a language tag like en or pt-BR, not '{language}'"));
            language = null;
        }
        var domain = Text("domain");
        if (domain is not null && !DomainName().IsMatch(domain))
        {
            diags.Add(Messages.SiteSettingInvalid(at with { Line = map["domain"]!.Line }, "domain", $"a host name like news.example.org, not '{domain}'"));
            domain = null;
        }
        var settings = new SiteSettings(
            Text("title") ?? d.Title,
            Text("description") ?? d.Description,
            baseUrl ?? d.BaseUrl,
            language ?? d.Language,
            domain,
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
