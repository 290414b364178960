namespace NewsClaims.Tests.Shared;

/// <summary>
/// Finds ../shared beside the repository (CI has it; a user's clone does not). Tests that need it
/// skip with a clear reason when it is absent.
/// </summary>
public static class SharedFixtures
{
    public static string? Folder { get; } = Find();

    public static string SeedArticlePath => System.IO.Path.Combine(RequireFolder(), "fixtures", "articles", "ntv-2024-10-23-nordkorea-truppen.txt");

    public static string RequireFolder()
    {
        if (Folder is null) Assert.Skip("../shared (the seed article and external test data) is not beside this clone; CI has it.");
        return Folder!;
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NewsClaims.sln")))
            {
                var shared = System.IO.Path.Combine(dir.FullName, "..", "shared");
                return Directory.Exists(System.IO.Path.Combine(shared, "fixtures")) ? System.IO.Path.GetFullPath(shared) : null;
            }
        }
        return null;
    }
}
