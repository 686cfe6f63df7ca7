namespace SafetyModel.Tests.Seed;

/// <summary>The township letter the project started from (../shared/seed), copied in as a fixture.</summary>
internal static class SeedFixture
{
    public const string FileName = "wulantaolegai-2022-h1-safety-summary.txt";

    public static string Text { get; } =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed", FileName));
}
