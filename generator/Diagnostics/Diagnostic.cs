namespace BriefingSite.Diagnostics;

/// <summary>A problem or remark about content, printed as <c>path:line: message</c>.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan? At = null)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var prefix = Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
        var message = PrintableText.Of(Message);
        return At is null ? $"{prefix}: {message}" : $"{PrintableText.Of(At.ToString())}: {prefix}: {message}";
    }

    /// <summary>Sorts by path, then line, then code: the order the build prints them in.</summary>
    public static int Compare(Diagnostic a, Diagnostic b)
    {
        var c = string.CompareOrdinal(a.At?.Path ?? "", b.At?.Path ?? "");
        if (c != 0) return c;
        c = (a.At?.Line ?? 0).CompareTo(b.At?.Line ?? 0);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Code, b.Code);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }
}
