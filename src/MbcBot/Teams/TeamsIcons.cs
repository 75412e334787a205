namespace MbcBot.Teams;

/// <summary>
/// The two icons Teams requires (Learn "root-icons"), committed as image files in Teams/Icons and embedded in the
/// binary: color.png, 192×192 full colour (a white chat bubble on the accent colour), and outline.png, 32×32, white on
/// a transparent background and nothing else. Edit them with any image editor; the package tests check both rules.
/// </summary>
internal static class TeamsIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    /// <summary>Teal, for the metastatic breast cancer ribbon (teal, pink and green); color.png's background.</summary>
    public static readonly (byte R, byte G, byte B) Accent = (0x0E, 0x7C, 0x86);

    public static byte[] Color() => Read("color.png");

    public static byte[] Outline() => Read("outline.png");

    private static byte[] Read(string name)
    {
        using var stream = typeof(TeamsIcons).Assembly.GetManifestResourceStream("MbcBot.Teams.Icons." + name)
            ?? throw new InvalidOperationException($"The Teams icon {name} is not embedded in the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
