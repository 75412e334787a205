namespace MbcBot.Answering.Safety;

/// <summary>
/// Reported when a safety check throws. Carries names only: never the message text and never the exception object,
/// because some exceptions (e.g. <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException.Input"/>) hold
/// the patient's words and structured loggers would serialise them.
/// </summary>
/// <param name="CheckName">The check that failed, e.g. "EmergencyCheck".</param>
/// <param name="ExceptionType">The exception's type name, e.g. "RegexMatchTimeoutException".</param>
/// <param name="FailedClosedAs">What the triage treated the failure as (see <see cref="SafetyTriage"/>).</param>
public sealed record SafetyCheckFailure(string CheckName, string ExceptionType, TriageKind FailedClosedAs);
