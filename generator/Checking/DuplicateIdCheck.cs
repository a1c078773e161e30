using BriefingSite.Diagnostics;

namespace BriefingSite.Checking;

/// <summary>An id names one element per page; a second one makes anchors and labels ambiguous.</summary>
public sealed class DuplicateIdCheck : IPageCheck
{
    public IEnumerable<Diagnostic> Check(BuiltSite site)
    {
        foreach (var page in site.Pages)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var el in page.Document.QuerySelectorAll("[id]"))
            {
                var line = page.At(el);
                if (seen.TryGetValue(el.Id!, out var first)) yield return Messages.DuplicateId(line, el.Id!, first);
                else seen[el.Id!] = line.Line;
            }
        }
    }
}
