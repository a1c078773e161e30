using Microsoft.Win32.SafeHandles;

namespace BriefingSite.Publishing;

/// <summary>
/// Writes a file that is about to be renamed into place: created new, never truncated. Opening with truncation (what
/// <see cref="File.WriteAllBytes(string, byte[])"/> does, through an explicit truncate) makes ext4 flush the file to disk
/// when it is closed (its "auto_da_alloc" guard for programs that rewrite a file in place): each page's close submitted
/// its writeback in the build's own time (about 3 s of system time in a clean 10,000-article build). A file created new
/// is written back later, as the kernel sees fit. The rename that follows is what makes the write atomic.
/// </summary>
public static class FreshFile
{
    /// <summary>Writes <paramref name="bytes"/> to a new file at <paramref name="path"/>; one left there by an interrupted build is replaced.</summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = Create(path);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>A new file open for writing, as a stream (for content written piece by piece).</summary>
    public static FileStream Open(string path) => new(Create(path), FileAccess.Write, bufferSize: 1 << 16);

    private static SafeFileHandle Create(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(path);
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
    }
}
