namespace MbcBot.Hosting;

/// <summary>Log lines of the answering core's start-up. They name files and settings, never any user text.</summary>
internal static partial class AnsweringLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Answering start-up: {Message}")]
    public static partial void StartupWarning(ILogger logger, string message);
}
