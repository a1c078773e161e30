using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Checking;

/// <summary>The Checking stage: parses a built site's pages and runs every page check over them. No disk access.</summary>
public static class SiteChecker
{
    /// <summary>Every check, in the order its findings are worth reading. Adding a rule is one line here.</summary>
    private static readonly IPageCheck[] Checks =
    [
        new BrokenLinkCheck(),
        new DuplicateIdCheck(),
        new ImageAltCheck(),
        new OrphanPageCheck(),
    ];

    public static StageResult<int> Run(IReadOnlyList<OutputFile> files, SiteSettings settings, string displayRoot)
    {
        var site = new BuiltSite(files, settings, displayRoot);
        var found = Checks.Distinct().SelectMany(c => c.Check(site)).Distinct().ToList();
        found.Sort(Diagnostic.Compare);
        return new StageResult<int>(site.Pages.Length, found.ToImmutableArray());
    }
}
