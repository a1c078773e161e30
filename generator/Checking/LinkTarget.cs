namespace BriefingSite.Checking;

/// <summary>What an href on a built page points to.</summary>
public enum LinkKind { External, Internal, OutsideBase }

/// <summary>
/// A resolved link. For internal links <see cref="File"/> is the output file it is served from (null when none is),
/// and <see cref="Fragment"/> the anchor it names, without '#'.
/// </summary>
public sealed record LinkTarget(LinkKind Kind, string? File = null, string? Fragment = null);
