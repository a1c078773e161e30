using BriefingSite.Diagnostics;

namespace BriefingSite.Checking;

/// <summary>One rule a built site must follow; reports every breach it finds.</summary>
public interface IPageCheck
{
    IEnumerable<Diagnostic> Check(BuiltSite site);
}
