namespace BriefingSite.Model;

/// <summary>
/// One file of the built site, relative to the output folder with '/' separators. Its bytes are either given, or made
/// when <see cref="Content"/> is read (a deferred page): the writer then renders and writes one page at a time, so a
/// large site never holds all of its pages in memory at once.
/// </summary>
public sealed record OutputFile
{
    private readonly byte[]? content;
    private readonly Func<byte[]>? render;

    public OutputFile(string relativePath, byte[] content)
    {
        RelativePath = relativePath;
        this.content = content;
    }

    private OutputFile(string relativePath, Func<byte[]> render)
    {
        RelativePath = relativePath;
        this.render = render;
    }

    public string RelativePath { get; }

    /// <summary>The file's bytes; a deferred page is rendered again on each read (nothing keeps it).</summary>
    public byte[] Content => content ?? render!.Invoke();

    /// <summary>Hash of what the page was made from, when its page set can tell (see <see cref="Rendering.ArticleKeys"/>).</summary>
    public string? Fingerprint { get; init; }

    /// <summary>
    /// Not rendered this time: the file the last build wrote for the same fingerprint is still in the output folder and
    /// stays as it is. <see cref="Content"/> is empty then.
    /// </summary>
    public bool Kept { get; init; }

    public static OutputFile KeptAt(string relativePath, string fingerprint) => new(relativePath, []) { Fingerprint = fingerprint, Kept = true };

    /// <summary>A page rendered only when it is written (or otherwise read).</summary>
    public static OutputFile Deferred(string relativePath, Func<byte[]> render) => new(relativePath, render);
}
