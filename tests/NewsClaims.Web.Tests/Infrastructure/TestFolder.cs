namespace NewsClaims.Web.Tests.Infrastructure;

/// <summary>A folder under the test's own output directory, deleted when the test is done.</summary>
public sealed class TestFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "test-data", Guid.NewGuid().ToString("N"));

    public TestFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        // (a factory may be disposed twice: the second time the folder is gone)
        if (!Directory.Exists(Path)) return;
        // Only this folder's databases: ClearAllPools would also clear the pools of tests still running in parallel, and a
        // clear that lands while another test opens a connection can dispose that test's native handle (a rare failure of
        // one test, a different one each run).
        foreach (var database in Directory.EnumerateFiles(Path, "*.db"))
        {
            var connectionString = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = database }.ToString();
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
        }
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by a dying process; the next run's folder is a new one anyway
        }
    }
}
