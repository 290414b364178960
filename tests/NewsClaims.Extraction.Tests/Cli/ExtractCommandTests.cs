using NewsClaims.Cli;

namespace NewsClaims.Extraction.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(AppContext.BaseDirectory, "cli-" + Guid.NewGuid().ToString("N"));

    public ExtractCommandTests() => Directory.CreateDirectory(_folder);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Missing_file_exits_2() =>
        Assert.Equal(ExtractCommand.BadInput, ExtractCommand.Run(Path.Combine(_folder, "nope.txt"), null, null, null));

    [Fact]
    public void Unreadable_date_exits_2()
    {
        var file = Write("a.txt", "Nordkorea soll 3000 Soldaten geschickt haben, sagte der Geheimdienst."u8.ToArray());
        Assert.Equal(ExtractCommand.BadInput, ExtractCommand.Run(file, "23.10.2024", null, null));
    }

    [Fact]
    public void Empty_file_exits_2() =>
        Assert.Equal(ExtractCommand.BadInput, ExtractCommand.Run(Write("empty.txt", []), "2024-10-23", null, null));

    [Fact]
    public void Binary_file_exits_2() =>
        Assert.Equal(ExtractCommand.BadInput, ExtractCommand.Run(Write("x.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0xFF]), "2024-10-23", null, null));

    [Fact]
    public void Good_file_exits_0() =>
        Assert.Equal(0, ExtractCommand.Run(Write("ok.txt", "Nordkorea soll nach Angaben des Geheimdienstes 3000 Soldaten geschickt haben."u8.ToArray()), "2024-10-23", "Test", "de"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
