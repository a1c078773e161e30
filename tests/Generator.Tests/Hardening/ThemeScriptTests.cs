using System.Text.RegularExpressions;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Hardening;

/// <summary>
/// The theme's own scripts read content (the search index holds raw titles and summaries) and must put it on the
/// page as text: no HTML-parsing sinks and no code built from strings, so escaping on the server cannot be undone.
/// </summary>
public partial class ThemeScriptTests
{
    [GeneratedRegex(@"\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|\beval\s*\(|new\s+Function\s*\(|setTimeout\s*\(\s*['""]|createContextualFragment|\.srcdoc\b")]
    private static partial Regex HtmlSink();

    public static IEnumerable<object[]> Scripts() =>
        Directory.GetFiles(Path.Combine(TestSite.Theme, "assets"), "*.js", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetRelativePath(TestSite.Theme, f) })
            .DefaultIfEmpty(["(no scripts)"]);

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Theme_script_uses_no_html_or_code_sinks(string script)
    {
        if (script == "(no scripts)") return;
        var lines = File.ReadAllLines(Path.Combine(TestSite.Theme, script));
        var sinks = lines.Select((l, i) => (Line: i + 1, Text: l)).Where(l => HtmlSink().IsMatch(l.Text)).Select(l => $"{script}:{l.Line}: {l.Text.Trim()}");
        sinks.ShouldBeEmpty();
    }
}
