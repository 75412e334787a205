namespace MbcBot.Answering;

/// <summary>What a message said about the bot's previous answer ("thanks, that helped" or "that didn't help").</summary>
public enum Helpfulness
{
    Helped,
    NotHelped,
}
