using System.ComponentModel.DataAnnotations;

namespace MbcBot.DirectLine;

/// <summary>
/// The "DirectLine" section: token lifetime and signing key, and the limits that keep the in-memory channel bounded.
/// Worst-case history memory is MaxConversations × MaxHistoryCharsPerConversation × 2 bytes (UTF-16): about 512 MB at
/// the defaults, whatever clients post; measured ~50 KB per 5-question conversation.
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// Base64 HMAC-SHA256 key (at least 32 bytes) that signs tokens. Required outside Development (start-up fails naming
    /// it, <see cref="DirectLineSigningKeyValidator"/>); empty in Development: a random key per process.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a conversation token is valid; directlinejs refreshes every 15 minutes. Default 30 min.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "DirectLine:TokenLifetime must be between 1 minute and 1 day.")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a stream URL (the WebSocket ticket) may wait before it is used. Default 60 s, as the real service.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00", ErrorMessage = "DirectLine:StreamTicketLifetime must be between 5 seconds and 10 minutes.")]
    public TimeSpan StreamTicketLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A conversation with no post, connect or refresh for this long is dropped. Default 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "DirectLine:ConversationIdleTimeout must be between 1 minute and 7 days.")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// A conversation to which nothing was ever posted (started, never joined by a page) is dropped after this long
    /// idle, so conversations opened and left cannot fill the store for an hour. Default 5 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:30", "1.00:00:00", ErrorMessage = "DirectLine:UnusedConversationTimeout must be between 30 seconds and 1 day.")]
    public TimeSpan UnusedConversationTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Most conversations held at once. When full, a start evicts another (the largest holder's longest-idle, unused
    /// first) instead of failing. Default 1000.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "DirectLine:MaxConversations must be between 1 and 1000000.")]
    public int MaxConversations { get; set; } = 1000;

    /// <summary>
    /// Most conversations one client (IPv4 address or IPv6 /64) holds; its next start replaces its own oldest.
    /// Default 20 (a clinic behind one NAT address). Must not exceed MaxConversations.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "DirectLine:MaxConversationsPerClient must be between 1 and 1000000.")]
    public int MaxConversationsPerClient { get; set; } = 20;

    /// <summary>
    /// Share of MaxConversations that only clients holding no conversation may fill (new visitors get in without
    /// evicting anyone). Default 0.1.
    /// </summary>
    [Range(0.0, 0.9, ErrorMessage = "DirectLine:NewClientReserve must be between 0 and 0.9.")]
    public double NewClientReserve { get; set; } = 0.1;

    /// <summary>Activities kept per conversation for replay and polling; older ones are dropped. Default 100 (50 questions and answers).</summary>
    [Range(10, 100_000, ErrorMessage = "DirectLine:MaxActivitiesPerConversation must be between 10 and 100000.")]
    public int MaxActivitiesPerConversation { get; set; } = 100;

    /// <summary>
    /// Characters of stored activity JSON kept per conversation; the oldest are dropped beyond it (the newest is always
    /// kept). Why, besides the count cap: a client may post activities up to <see cref="MaxActivityBytes"/>, so the count
    /// alone would allow 1000 × 100 × 32 KB. Default 256 K characters (~512 KB), over 60 typical questions and answers.
    /// </summary>
    [Range(10_000, 100_000_000, ErrorMessage = "DirectLine:MaxHistoryCharsPerConversation must be between 10000 and 100000000.")]
    public int MaxHistoryCharsPerConversation { get; set; } = 256 * 1024;

    /// <summary>Open WebSockets per conversation; a newer one closes the oldest. Default 4.</summary>
    [Range(1, 100, ErrorMessage = "DirectLine:MaxStreamsPerConversation must be between 1 and 100.")]
    public int MaxStreamsPerConversation { get; set; } = 4;

    /// <summary>Largest accepted request body for a posted activity, in bytes. Default 32 KB.</summary>
    [Range(1024, 1_048_576, ErrorMessage = "DirectLine:MaxActivityBytes must be between 1024 and 1048576.")]
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>Longest accepted message text, in characters. Default 2000.</summary>
    [Range(1, 100_000, ErrorMessage = "DirectLine:MaxTextLength must be between 1 and 100000.")]
    public int MaxTextLength { get; set; } = 2000;

    /// <summary>Most items in a posted activity's <c>entities</c>; Web Chat sends one or two. Default 20.</summary>
    [Range(1, 10_000, ErrorMessage = "DirectLine:MaxEntities must be between 1 and 10000.")]
    public int MaxEntities { get; set; } = 20;

    /// <summary>The read limits of the shared activity reader.</summary>
    internal BotFramework.ActivityLimits Limits => new(MaxActivityBytes, MaxTextLength, MaxEntities);

    /// <summary>New conversations (tokens) one client IP may open per minute. Default 10.</summary>
    [Range(1, 100_000, ErrorMessage = "DirectLine:TokensPerMinutePerClient must be between 1 and 100000.")]
    public int TokensPerMinutePerClient { get; set; } = 10;

    /// <summary>Burst of activities one conversation may post before it is throttled. Default 10.</summary>
    [Range(1, 100_000, ErrorMessage = "DirectLine:PostBurstPerConversation must be between 1 and 100000.")]
    public int PostBurstPerConversation { get; set; } = 10;

    /// <summary>Sustained activities per minute one conversation may post (token bucket refill). Default 30.</summary>
    [Range(1, 100_000, ErrorMessage = "DirectLine:PostsPerMinutePerConversation must be between 1 and 100000.")]
    public int PostsPerMinutePerConversation { get; set; } = 30;

    /// <summary>WebSocket protocol ping interval; the browser answers it. Default 20 s (the client's own ping period).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "DirectLine:KeepAliveInterval must be between 1 second and 5 minutes.")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);
}
