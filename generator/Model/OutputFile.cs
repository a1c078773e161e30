namespace BriefingSite.Model;

/// <summary>One file of the built site, relative to the output folder with '/' separators.</summary>
public sealed record OutputFile(string RelativePath, byte[] Content)
{
    /// <summary>Hash of what the page was made from, when its page set can tell (see <see cref="Rendering.PageFingerprint"/>).</summary>
    public string? Fingerprint { get; init; }

    /// <summary>
    /// Not rendered this time: the file the last build wrote for the same fingerprint is still in the output folder and
    /// stays as it is. <see cref="Content"/> is empty then.
    /// </summary>
    public bool Kept { get; init; }

    public static OutputFile KeptAt(string relativePath, string fingerprint) => new(relativePath, []) { Fingerprint = fingerprint, Kept = true };
}
