using Npgsql;

namespace Plannior.ChatApi.Tests.Load;

/// <summary>What the database holds after a load test, against what the server acknowledged.</summary>
public static class LoadChecks
{
    /// <summary>Every acknowledged write stored exactly once, and nothing stored twice.</summary>
    public static async Task<List<string>> ProblemsAsync(string connectionString, IEnumerable<LoadUser> users)
    {
        var problems = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var user in users)
        {
            var userId = Guid.Parse(user.Api.UserId);
            foreach (var title in user.AckedTitles)
            {
                var count = await CountAsync(connection, "SELECT count(*) FROM tasks WHERE user_id = @user AND title = @value", userId, title);
                if (count != 1) problems.Add($"user {user.Number}: task '{title}' stored {count} times");
            }
            foreach (var (clientMessageId, (messageId, taskId, _)) in user.AckedChats)
            {
                var asked = await CountAsync(connection,
                    "SELECT count(*) FROM messages WHERE user_id = @user AND role = 'user' AND client_message_id = @value", userId, clientMessageId);
                var answered = await CountAsync(connection, "SELECT count(*) FROM messages WHERE user_id = @user AND id = @value::uuid", userId, messageId);
                if (asked != 1 || answered != 1) problems.Add($"user {user.Number}: chat {clientMessageId} stored {asked} requests, {answered} replies");
                if (taskId == 0)
                {
                    problems.Add($"user {user.Number}: chat {clientMessageId} added no task");
                    continue;
                }
                var sameTitle = await CountAsync(connection,
                    "SELECT count(*) FROM tasks WHERE user_id = @user AND title = (SELECT title FROM tasks WHERE id = @value::int)", userId, taskId.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (sameTitle != 1) problems.Add($"user {user.Number}: the task of chat {clientMessageId} exists {sameTitle} times");
            }
        }
        await using var duplicates = new NpgsqlCommand(
            """
            SELECT 'duplicate task ' || title FROM tasks GROUP BY user_id, title HAVING count(*) > 1
            UNION ALL
            SELECT 'duplicate user message ' || client_message_id FROM messages
             WHERE role = 'user' AND client_message_id IS NOT NULL GROUP BY user_id, client_message_id HAVING count(*) > 1
            UNION ALL
            SELECT 'two replies to ' || reply_to_id FROM messages WHERE reply_to_id IS NOT NULL GROUP BY reply_to_id HAVING count(*) > 1
            """, connection);
        await using var reader = await duplicates.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            problems.Add(reader.GetString(0));
        }
        return problems;
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string sql, Guid userId, string value)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("value", value);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
