using Microsoft.Data.Sqlite;

namespace NewsClaims.Web.Data;

/// <summary>The SQLite connection string: from ConnectionStrings:NewsClaims, else App_Data/newsclaims.db under the content root.</summary>
public static class DatabasePath
{
    public static string ConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("NewsClaims");
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? "Data Source=App_Data/newsclaims.db"
            : configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            builder.DataSource = Path.Combine(environment.ContentRootPath, builder.DataSource);
        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        return builder.ToString();
    }
}
