namespace BriefingSite.Incremental;

/// <summary>A file as the file system describes it without reading it: path (relative, '/'), size and modification time.</summary>
public readonly record struct FileStamp(string Path, long Size, long ModifiedTicks);
