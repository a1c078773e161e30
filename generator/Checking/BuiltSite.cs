using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using BriefingSite.Model;

namespace BriefingSite.Checking;

/// <summary>A built site as the checks see it: every output path, every HTML page parsed, and how its URLs map to files.</summary>
public sealed class BuiltSite
{
    /// <summary>A host no link can name: resolving relative hrefs needs an absolute base.</summary>
    private static readonly Uri Origin = new("http://briefing.invalid");

    private readonly HashSet<string> _files;
    private readonly Dictionary<string, BuiltPage> _pages;
    private readonly string? _absoluteBase;

    public string BasePath { get; }
    public ImmutableArray<BuiltPage> Pages { get; }

    /// <param name="files">The output files (paths relative to the output folder).</param>
    /// <param name="displayRoot">How the output folder is named in reports ("output").</param>
    public BuiltSite(IReadOnlyList<OutputFile> files, SiteSettings settings, string displayRoot)
    {
        BasePath = settings.BasePath;
        _absoluteBase = settings.AbsoluteBase;
        _files = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var prefix = displayRoot.Replace('\\', '/').TrimEnd('/');
        Pages = files.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .Select(f => new BuiltPage(f.RelativePath, prefix.Length == 0 ? f.RelativePath : prefix + "/" + f.RelativePath,
                parser.ParseDocument(System.Text.Encoding.UTF8.GetString(f.Content))))
            .ToImmutableArray();
        _pages = Pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
    }

    public BuiltPage? Page(string path) => _pages.GetValueOrDefault(path);

    /// <summary>Resolves an href found on <paramref name="page"/> the way a browser would, then maps it to an output file. Null when there is nothing to check (mailto:, javascript:, empty).</summary>
    public LinkTarget? Resolve(BuiltPage page, string? href)
    {
        if (href is null) return null;
        href = href.Trim();
        if (href.Length == 0) return null;
        if (Uri.TryCreate(href, UriKind.Absolute, out var abs) && !href.StartsWith('/'))
        {
            if (abs.Scheme != Uri.UriSchemeHttp && abs.Scheme != Uri.UriSchemeHttps) return null;
            if (_absoluteBase is null || !href.StartsWith(new Uri(_absoluteBase).GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
                return new LinkTarget(LinkKind.External);
            href = abs.PathAndQuery + abs.Fragment;
        }
        var pageUrl = new Uri(Origin, BasePath + page.Path);
        if (!Uri.TryCreate(pageUrl, href, out var url)) return new LinkTarget(LinkKind.Internal);
        if (url.Host != Origin.Host) return new LinkTarget(LinkKind.External);
        var path = Uri.UnescapeDataString(url.AbsolutePath);
        var fragment = url.Fragment.Length > 1 ? Uri.UnescapeDataString(url.Fragment[1..]) : null;
        if (!path.StartsWith(BasePath, StringComparison.Ordinal) && path + "/" != BasePath) return new LinkTarget(LinkKind.OutsideBase);
        var rel = path.Length < BasePath.Length ? "" : path[BasePath.Length..];
        return new LinkTarget(LinkKind.Internal, FileFor(rel), fragment);
    }

    /// <summary>The file a static host serves for a path: the file itself, or a folder's index.html.</summary>
    private string? FileFor(string rel)
    {
        if (rel.Length == 0 || rel.EndsWith('/')) return _files.Contains(rel + "index.html") ? rel + "index.html" : null;
        if (_files.Contains(rel)) return rel;
        return _files.Contains(rel + "/index.html") ? rel + "/index.html" : null;
    }
}
