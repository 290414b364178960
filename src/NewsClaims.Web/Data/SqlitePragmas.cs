using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsClaims.Web.Data;

/// <summary>
/// Per-connection SQLite settings. With the write-ahead log (set once on the file at start-up),
/// synchronous=NORMAL syncs at checkpoints instead of on every commit: a crash of the app loses
/// nothing committed, only a power cut can lose the last commits — the usual trade for a web app.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
