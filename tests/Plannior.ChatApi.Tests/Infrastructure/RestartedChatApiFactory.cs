using Microsoft.AspNetCore.Hosting;

namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>
/// A new ChatApi process on the database and signing secret of an earlier one: what a restart or a second
/// instance looks like. Tokens issued before stay valid; nothing but Postgres carries over.
/// </summary>
public sealed class RestartedChatApiFactory(
    string connectionString, string jwtSecret, IEnumerable<KeyValuePair<string, string?>> settings) : ChatApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => settings;

    public static RestartedChatApiFactory Start(ChatApiFactory previous, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var factory = new RestartedChatApiFactory(previous.ConnectionString, previous.JwtSecret, settings);
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:plannior", connectionString);
        builder.UseSetting("JWT_SECRET", jwtSecret);
    }
}
