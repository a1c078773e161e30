namespace BriefingSite.Model;

public enum ArticleFormat { PlainText, Markdown, Html }
