using Microsoft.EntityFrameworkCore;
using Plannior.ChatApi.Data;

namespace Plannior.ChatApi.Accounts;

/// <summary>What a request needs of its caller's account row, read once when the token is checked.</summary>
public sealed record AccountSnapshot(Guid Id, DateTime? PasswordChangedAt, string TimeZone, string LanguagePreference);

/// <summary>
/// The account behind the request's validated token (scoped to the request). Authorization reads the row on
/// every request, so it is always exact (a deleted account or an old password's token is refused at once); what
/// else the request needs from that row (time zone, language) is taken from the same read instead of a query
/// of its own.
/// </summary>
public sealed class AuthenticatedAccount
{
    private static readonly Func<PlanniorDbContext, Guid, CancellationToken, Task<AccountSnapshot?>> ById =
        EF.CompileAsyncQuery((PlanniorDbContext db, Guid id, CancellationToken cancellationToken) => db.Users.AsNoTracking()
            .Where(user => user.Id == id)
            .Select(user => new AccountSnapshot(user.Id, user.PasswordChangedAt, user.TimeZone, user.LanguagePreference))
            .SingleOrDefault());

    private AccountSnapshot? account;

    /// <summary>Reads the account row (one precompiled query) and keeps it for the rest of the request.</summary>
    public async Task<AccountSnapshot?> LoadAsync(PlanniorDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        account = await ById(db, userId, cancellationToken);
        return account;
    }

    /// <summary>The account read for this request's token, when it is <paramref name="userId"/>'s.</summary>
    public AccountSnapshot? For(Guid userId) => account?.Id == userId ? account : null;
}
