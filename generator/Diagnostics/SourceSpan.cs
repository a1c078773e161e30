namespace BriefingSite.Diagnostics;

/// <summary>Where something came from: a path relative to the content folder's parent, and a 1-based line (0 when the whole file is meant).</summary>
public sealed record SourceSpan(string Path, int Line = 0)
{
    public override string ToString() => Line > 0 ? $"{Path}:{Line}" : Path;
}
