namespace MbcBot.Teams;

/// <summary>
/// The two icons Teams requires, drawn by code (Learn "root-icons"): a 192×192 full-colour icon (a white chat bubble
/// on the accent colour) and a 32×32 outline icon that is white on a transparent background and nothing else.
/// </summary>
internal static class TeamsIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    /// <summary>Teal, for the metastatic breast cancer ribbon (teal, pink and green).</summary>
    public static readonly (byte R, byte G, byte B) Accent = (0x0E, 0x7C, 0x86);

    public static byte[] Color() => PngEncoder.Encode(ColorSize, ColorSize, Draw(ColorSize, Accent, 255));

    public static byte[] Outline() => PngEncoder.Encode(OutlineSize, OutlineSize, Draw(OutlineSize, (0, 0, 0), 0));

    /// <summary>Background colour and alpha everywhere, then the bubble in opaque white.</summary>
    private static byte[] Draw(int size, (byte R, byte G, byte B) background, byte backgroundAlpha)
    {
        var pixels = new byte[size * size * 4];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var white = IsBubble((x + 0.5) / size, (y + 0.5) / size);
                var i = ((y * size) + x) * 4;
                pixels[i] = white ? (byte)255 : background.R;
                pixels[i + 1] = white ? (byte)255 : background.G;
                pixels[i + 2] = white ? (byte)255 : background.B;
                pixels[i + 3] = white ? (byte)255 : backgroundAlpha;
            }
        }

        return pixels;
    }

    /// <summary>
    /// In unit coordinates: a ring (centre 0.5, 0.45; radius 0.32; width 0.09) with a tail down-left, and a dot in the
    /// middle. Coarse enough to stay legible at 32 pixels.
    /// </summary>
    private static bool IsBubble(double x, double y)
    {
        var dx = x - 0.5;
        var dy = y - 0.45;
        var distance = Math.Sqrt((dx * dx) + (dy * dy));
        var ring = Math.Abs(distance - 0.32) <= 0.045;
        var dot = distance <= 0.09;
        var tail = y >= 0.68 && y <= 0.9 && x >= 0.22 && x <= 0.42 && (x - 0.22) <= (0.9 - y) * 0.9;
        return ring || dot || tail;
    }
}
