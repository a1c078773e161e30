namespace BriefingSite.ReaderTests.Support;

/// <summary>Every reader test shares one built site, one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class PublishedSiteCollection : ICollectionFixture<PublishedSite>
{
    public const string Name = "published site";
}
