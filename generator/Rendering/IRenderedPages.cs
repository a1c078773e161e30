namespace BriefingSite.Rendering;

/// <summary>
/// What the last build rendered, as far as this build can trust it: a page whose fingerprint (everything it is made
/// from) matches, and whose file in the output folder is still the one that build wrote, need not be rendered again.
/// </summary>
public interface IRenderedPages
{
    bool Unchanged(string relativePath, string fingerprint);

    /// <summary>Whether the last build left a record of the page at <paramref name="relativePath"/> at all (else it is rendered whatever its fingerprint).</summary>
    bool Has(string relativePath);
}
