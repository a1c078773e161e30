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
    private readonly Func<(byte[] Bytes, string Fingerprint)>? renderFingerprinted;
    private string? fingerprint;

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

    private OutputFile(string relativePath, Func<(byte[] Bytes, string Fingerprint)> render)
    {
        RelativePath = relativePath;
        renderFingerprinted = render;
    }

    public string RelativePath { get; }

    /// <summary>The file's bytes; a deferred page is rendered again on each read (nothing keeps it).</summary>
    public byte[] Content => content ?? render?.Invoke() ?? RenderFingerprinted();

    /// <summary>
    /// Hash of what the page was made from, when its page set can tell (see <see cref="Rendering.PageFingerprint"/>).
    /// A page made by <see cref="Fingerprinted"/> has one only once it has been rendered.
    /// </summary>
    public string? Fingerprint { get => Volatile.Read(ref fingerprint); init => fingerprint = value; }

    /// <summary>
    /// Not rendered this time: the file the last build wrote for the same fingerprint is still in the output folder and
    /// stays as it is. <see cref="Content"/> is empty then.
    /// </summary>
    public bool Kept { get; init; }

    public static OutputFile KeptAt(string relativePath, string fingerprint) => new(relativePath, []) { Fingerprint = fingerprint, Kept = true };

    /// <summary>A page rendered only when it is written (or otherwise read).</summary>
    public static OutputFile Deferred(string relativePath, Func<byte[]> render) => new(relativePath, render);

    /// <summary>A deferred page that learns its <see cref="Fingerprint"/> when it is rendered (it had no earlier one to compare with).</summary>
    public static OutputFile Fingerprinted(string relativePath, Func<(byte[] Bytes, string Fingerprint)> render) => new(relativePath, render);

    private byte[] RenderFingerprinted()
    {
        var (bytes, print) = renderFingerprinted!();
        Volatile.Write(ref fingerprint, print);
        return bytes;
    }
}
