using System.Security.Cryptography;
using System.Text.Json;

namespace BriefingSite.Rendering;

/// <summary>
/// A page's fingerprint: a hash of everything the page is made from, usually its view model (as JSON, with its runtime
/// type so every property counts) plus inputs not in the model, such as the Markdown an article body is rendered from.
/// Theme and program are not part of it: <see cref="IRenderedPages"/> keys records on them.
/// </summary>
public static class PageFingerprint
{
    public static string Of(params object?[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(part is null ? "null"u8 : JsonSerializer.SerializeToUtf8Bytes(part, part.GetType()));
            hash.AppendData("\u001F"u8);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
