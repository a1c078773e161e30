using AngleSharp.Html.Parser;

namespace BriefingSite.Tests.Support;

/// <summary>Finds internal links in a built site that do not resolve to a file (and anchor) under the base path.</summary>
public static class SiteLinks
{
    public static List<string> Broken(string outputDir, string basePath = "/")
    {
        var parser = new HtmlParser();
        var problems = new List<string>();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string file)
        {
            if (!ids.TryGetValue(file, out var set))
            {
                var doc = parser.ParseDocument(File.ReadAllText(file));
                set = doc.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
                ids[file] = set;
            }
            return set;
        }
        foreach (var page in Directory.GetFiles(outputDir, "*.html", SearchOption.AllDirectories))
        {
            var doc = parser.ParseDocument(File.ReadAllText(page));
            var refs = doc.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(doc.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")!));
            foreach (var href in refs)
            {
                if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                if (href.StartsWith('#'))
                {
                    if (href.Length > 1 && !IdsOf(page).Contains(href[1..])) problems.Add($"{page}: missing anchor {href}");
                    continue;
                }
                if (!href.StartsWith(basePath, StringComparison.Ordinal)) { problems.Add($"{page}: link outside base path {href}"); continue; }
                var hash = href.IndexOf('#');
                var path = hash >= 0 ? href[..hash] : href;
                var rel = path[basePath.Length..];
                var target = Path.Combine(outputDir, rel.Length == 0 || rel.EndsWith('/') ? rel + "index.html" : rel);
                if (!File.Exists(target)) { problems.Add($"{page}: broken link {href}"); continue; }
                if (hash >= 0 && target.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(target).Contains(href[(hash + 1)..]))
                    problems.Add($"{page}: missing anchor {href}");
            }
        }
        return problems;
    }
}
