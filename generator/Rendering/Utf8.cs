using System.Text;

namespace BriefingSite.Rendering;

/// <summary>Output text is UTF-8 without a byte-order mark, with '\n' line endings.</summary>
internal static class Utf8
{
    private static readonly UTF8Encoding Encoding = new(false);
    public static byte[] Bytes(string text) => Encoding.GetBytes(text);
}
