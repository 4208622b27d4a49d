// Every response ChatApi writes is a Plannior.Contracts record, the same types Plannior.Web reads: one contract
// across the service boundary, no hand-kept mirror. Aliases (not `using Plannior.Contracts`) because the entities
// share some names with the wire records (TaskItem, TaskChange, Conversation, ChatMessage); the alias names say
// which side a type is on.
global using AccountExport = Plannior.Contracts.AccountExport;
global using AuthResult = Plannior.Contracts.AuthResult;
global using ChangeAction = Plannior.Contracts.ChangeAction;
global using ChangeSource = Plannior.Contracts.ChangeSource;
global using ChatReply = Plannior.Contracts.ChatReply;
global using CompletedTask = Plannior.Contracts.CompletedTask;
global using ConversationPage = Plannior.Contracts.Page<Plannior.Contracts.Conversation>;
global using ConversationSummary = Plannior.Contracts.Conversation;
global using DayCount = Plannior.Contracts.DayCount;
global using DueWindow = Plannior.Contracts.DueWindow;
global using ExportedConversation = Plannior.Contracts.ExportedConversation;
global using HistoryMessage = Plannior.Contracts.ChatMessage;
global using HistoryPage = Plannior.Contracts.ChatHistory;
global using IssuedToken = Plannior.Contracts.IssuedToken;
global using Reminder = Plannior.Contracts.Reminder;
global using ReminderList = Plannior.Contracts.ReminderList;
global using TaskChangeResponse = Plannior.Contracts.TaskChange;
global using TaskPage = Plannior.Contracts.Page<Plannior.Contracts.TaskItem>;
global using TaskPriority = Plannior.Contracts.TaskPriority;
global using TaskResponse = Plannior.Contracts.TaskItem;
global using TaskSort = Plannior.Contracts.TaskSort;
global using TaskStats = Plannior.Contracts.TaskStats;
global using TaskStatusFilter = Plannior.Contracts.TaskStatusFilter;
global using ToolCallRecord = Plannior.Contracts.ToolCall;
global using UndoneChange = Plannior.Contracts.UndoneChange;
global using UserProfile = Plannior.Contracts.UserProfile;
