using NewsClaims.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddNewsClaims();

var app = builder.Build();
app.MapNewsClaims();
app.Run();

/// <summary>Entry point, public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
