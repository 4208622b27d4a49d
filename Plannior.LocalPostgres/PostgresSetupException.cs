namespace Plannior.LocalPostgres;

/// <summary>A local PostgreSQL step failed; the message says what to do about it.</summary>
public sealed class PostgresSetupException(string message) : Exception(message);
