using System.Text.Json.Serialization;
using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>
/// Compile-time JSON for the view models <see cref="PageFingerprint"/> hashes: every page of a large site is fingerprinted
/// on every build, and generated serializers cost a fraction of reflection's. Other types fall back to reflection.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(ArticlePage))]
[JsonSerializable(typeof(ActorPage))]
[JsonSerializable(typeof(EventPage))]
[JsonSerializable(typeof(List<InlineLink>))]
[JsonSerializable(typeof(string))]
internal sealed partial class FingerprintJson : JsonSerializerContext;
