using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>
/// Short stand-ins for whole inputs in page fingerprints, so a page made from many articles is fingerprinted without
/// serializing them. An article's key covers every field of the <see cref="Article"/> record: normalization is a pure
/// function of the file (its display path, which names its format, and its content hash) and the program, which
/// <see cref="IRenderedPages"/> records are already keyed on; only the slug is set afterwards, across all articles.
/// The article cache relies on the same fact. <see cref="Site"/> covers the site settings, from which every URL is built.
/// </summary>
public sealed class ArticleKeys
{
    private readonly Dictionary<Article, string> keys = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Article, string> facts = new(ReferenceEqualityComparer.Instance);

    /// <param name="site">The linked site.</param>
    /// <param name="knowledge">
    /// The key of what extraction knew (see RenderContext.Knowledge); an article's facts are then keyed by the article and it.
    /// Without it they are keyed by hashing them whole.
    /// </param>
    public ArticleKeys(SiteGraph site, string? knowledge = null)
    {
        // Each article's keys are independent of the others': a large site's are made on every core.
        var made = site.Articles.AsParallel().AsOrdered().Select(a =>
        {
            var key = Hash("article", a.Origin.Path, a.ContentHash, a.Slug);
            var factsKey = knowledge is not null
                ? Hash("facts", key, knowledge, MentionsKey(site.Facts.GetValueOrDefault(a.Slug)))
                : PageFingerprint.Of(site.Facts.GetValueOrDefault(a.Slug));
            return (Article: a, Key: key, Facts: factsKey);
        }).ToList();
        foreach (var (a, key, factsKey) in made)
            if (keys.TryAdd(a, key)) facts[a] = factsKey;
        Site = PageFingerprint.Of(site.Settings);
    }

    /// <summary>The site settings' fingerprint: titles, language, author and the base URL every link starts with.</summary>
    public string Site { get; }

    /// <summary>The key of an article of the site (any other article is keyed by hashing it whole).</summary>
    public string Of(Article a) => keys.TryGetValue(a, out var k) ? k : PageFingerprint.Of(a);

    /// <summary>
    /// The key of an article's facts: extraction is a function of the article and the knowledge it ran with, and the
    /// mentions Linking added are keyed as they are.
    /// </summary>
    public string FactsOf(Article a) => facts.TryGetValue(a, out var k) ? k : throw new ArgumentException($"article '{a.Slug}' is not one of the site's", nameof(a));

    /// <summary>
    /// The article's actor mentions as linked. Linking may add mentions an article's own extraction did not make (a person
    /// another article introduces, see Linking.SiteWideNames), so an article's linked facts also depend on the other
    /// articles; the mentions are keyed whole, as numbers and names hashed without making a string of each.
    /// </summary>
    private static string? MentionsKey(ArticleFacts? f)
    {
        if (f is null) return null;
        var hash = new XxHash128();
        Span<int> numbers = stackalloc int[5];
        foreach (var m in f.Mentions)
        {
            numbers[0] = m.Paragraph;
            numbers[1] = m.Start;
            numbers[2] = m.Length;
            numbers[3] = (int)m.Kind;
            numbers[4] = m.Key.Length;
            hash.Append(MemoryMarshal.AsBytes(numbers));
            hash.Append(MemoryMarshal.AsBytes(m.Key.AsSpan()));
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>A fingerprint of plain strings, each counted with its length so no two lists give the same text.</summary>
    public static string Hash(params IEnumerable<string?> parts)
    {
        // One buffer and one hash call: an incremental hash and a byte array per part cost more than the hashing itself.
        var buffer = ArrayPool<byte>.Shared.Rent(1024);
        var used = 0;
        foreach (var p in parts)
        {
            var need = 4 + (p is null ? 0 : Encoding.UTF8.GetMaxByteCount(p.Length));
            if (used + need > buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, used + need));
                buffer.AsSpan(0, used).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
            BitConverter.TryWriteBytes(buffer.AsSpan(used, 4), p?.Length ?? -1);
            used += 4;
            if (p is not null) used += Encoding.UTF8.GetBytes(p, buffer.AsSpan(used));
        }
        // A 128-bit non-cryptographic hash: keys tell apart inputs the editor wrote, they guard nothing, and at tens of
        // thousands of pages a build SHA-256 cost more than everything else in deciding what is unchanged.
        Span<byte> digest = stackalloc byte[16];
        XxHash128.Hash(buffer.AsSpan(0, used), digest);
        ArrayPool<byte>.Shared.Return(buffer);
        return Convert.ToHexStringLower(digest);
    }
}
