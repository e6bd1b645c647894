namespace BriefGenerator.Images;

/// <summary>Why an image was refused: the diagnostic code and the message a user sees (the path is said by the caller).</summary>
public sealed record ImageProblem(string Code, string Message);
