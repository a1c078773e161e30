using AngleSharp.Html.Parser;

namespace BriefingSite.Tests.Hardening;

/// <summary>
/// Looks at every file of a built site for content that escaped its escaping: script elements the theme did not
/// put there, event-handler attributes, and links or sources with a script-capable scheme.
/// </summary>
public static class HostileOutputScan
{
    /// <summary>Script elements the generator itself writes: JSON-LD data blocks and the theme's own files.</summary>
    private static bool IsOurScript(AngleSharp.Dom.IElement script)
    {
        var type = script.GetAttribute("type");
        if (type == "application/ld+json" || type == "application/json") return !script.TextContent.Contains('<');
        var src = script.GetAttribute("src");
        return src is not null && script.TextContent.Trim().Length == 0 && src.Contains("/assets/", StringComparison.Ordinal);
    }

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "srcset", "poster", "xlink:href", "data", "background", "cite"];

    public static List<string> Problems(string outputDir)
    {
        var parser = new HtmlParser();
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(outputDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(outputDir, file);
            var text = File.ReadAllText(file);
            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                var doc = parser.ParseDocument(text);
                foreach (var script in doc.QuerySelectorAll("script").Where(s => !IsOurScript(s)))
                    problems.Add($"{rel}: script element {Short(script.OuterHtml)}");
                foreach (var tag in new[] { "iframe", "object", "embed", "frame", "frameset", "base", "meta[http-equiv]" })
                    foreach (var e in doc.QuerySelectorAll(tag))
                        problems.Add($"{rel}: {tag} element {Short(e.OuterHtml)}");
                foreach (var e in doc.All)
                    foreach (var attr in e.Attributes)
                    {
                        if (attr.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                            problems.Add($"{rel}: event handler {attr.Name} on <{e.LocalName}>");
                        if (UrlAttributes.Contains(attr.Name, StringComparer.OrdinalIgnoreCase) && HasScriptScheme(attr.Value))
                            problems.Add($"{rel}: {attr.Name}=\"{Short(attr.Value)}\" on <{e.LocalName}>");
                        if (attr.Name.Equals("style", StringComparison.OrdinalIgnoreCase) && attr.Value.Contains("url(", StringComparison.OrdinalIgnoreCase))
                            problems.Add($"{rel}: style with url() on <{e.LocalName}>");
                    }
            }
            else if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                // Content that broke out of its JSON string would leave a file that no longer parses.
                try { using var _ = System.Text.Json.JsonDocument.Parse(text); }
                catch (System.Text.Json.JsonException e) { problems.Add($"{rel}: not valid JSON ({e.Message})"); }
            }
            else if (file.EndsWith(".xml", StringComparison.Ordinal))
            {
                if (text.Contains("<script", StringComparison.OrdinalIgnoreCase)) problems.Add($"{rel}: raw <script in XML");
                try { System.Xml.Linq.XDocument.Parse(text); }
                catch (System.Xml.XmlException e) { problems.Add($"{rel}: not valid XML ({e.Message})"); }
            }
        }
        return problems;
    }

    /// <summary>What a browser would run: the scheme after entity decoding and with spaces and controls removed.</summary>
    public static bool HasScriptScheme(string url)
    {
        var decoded = System.Net.WebUtility.HtmlDecode(url);
        var cleaned = new string(decoded.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
        return cleaned.StartsWith("javascript:", StringComparison.Ordinal) || cleaned.StartsWith("vbscript:", StringComparison.Ordinal)
               || cleaned.StartsWith("data:", StringComparison.Ordinal) || cleaned.StartsWith("livescript:", StringComparison.Ordinal);
    }

    private static string Short(string s) => s.Length > 120 ? s[..120] + "…" : s;
}
