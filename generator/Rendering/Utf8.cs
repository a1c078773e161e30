using System.Text;

namespace BriefingSite.Rendering;

/// <summary>Output text is UTF-8 without a byte-order mark, with '\n' line endings.</summary>
internal static class Utf8
{
    private static readonly UTF8Encoding Encoding = new(false);
    public static byte[] Bytes(string text) => Encoding.GetBytes(text);

    /// <summary>
    /// <paramref name="value"/> as JSON and a final newline, serialized straight to UTF-8: an API list of a large site is
    /// tens of megabytes, and making it a string first, then a string with the newline, then bytes, tripled what was allocated.
    /// </summary>
    public static byte[] JsonLine<T>(T value, System.Text.Json.JsonSerializerOptions options)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, options);
        var bytes = new byte[json.Length + 1];
        json.CopyTo(bytes, 0);
        bytes[^1] = (byte)'\n';
        return bytes;
    }
}
