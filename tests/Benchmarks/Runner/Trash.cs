namespace BriefingSite.Benchmarks.Runner;

/// <summary>
/// Folders a run replaces are moved aside here, not deleted, and deleted only when the run has measured everything. On
/// ext4 without a journal (this machine's file system) a new inode skips every inode freed in the last one to six minutes,
/// reading each one's table entry, so creating tens of thousands of files right after deleting tens of thousands costs time
/// that grows with both counts. Measured on a 2,000-article clean build: 6.0 and 7.6 s of system time right after
/// deleting the last build's output, 2.1 and 2.3 s after moving it aside; Hugo's 10,000-article build 9.4 against 4.3 s.
/// That cost belongs to whatever deleted the files, not to the build measured next.
/// </summary>
public sealed class Trash(string workDir)
{
    private readonly string dir = Path.Combine(workDir, "trash");
    private int moved;

    /// <summary>Moves the folder aside (a rename, nothing freed); nothing happens when it does not exist.</summary>
    public void Discard(string path)
    {
        if (!Directory.Exists(path)) return;
        Directory.CreateDirectory(dir);
        string target;
        do target = Path.Combine(dir, $"{Environment.ProcessId}-{moved++}");
        while (Directory.Exists(target));
        Directory.Move(path, target);
    }

    /// <summary>Deletes everything moved aside, by this run or an earlier one.</summary>
    public void Empty()
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
