using MbcBot.Teams;

namespace MbcBot.Tests.Teams;

public sealed class PngEncoderTests
{
    [Fact]
    public void Encode_Pixels_DecodeBackUnchanged()
    {
        var rgba = new byte[3 * 2 * 4];
        Random.Shared.NextBytes(rgba);

        var image = PngImage.Decode(PngEncoder.Encode(3, 2, rgba));

        Assert.Equal((3, 2, (byte)6), (image.Width, image.Height, image.ColorType));
        Assert.Equal(rgba, image.Rgba);
    }

    [Fact]
    public void Encode_WrongBufferSize_Throws()
    {
        Assert.Throws<ArgumentException>(() => PngEncoder.Encode(2, 2, new byte[15]));
    }

    [Fact]
    public void Crc32_KnownVector_Matches()
    {
        // The standard check value of CRC-32/ISO-HDLC.
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
    }
}
