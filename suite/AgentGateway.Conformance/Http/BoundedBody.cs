using System.Text;

namespace AgentGateway.Conformance.Http;

/// <summary>
/// The bytes of one answer body, up to a cap: whatever the gateway announces, no more than the cap is ever held, and
/// the first bytes stay as evidence once it is exceeded.
/// </summary>
internal sealed class BoundedBody
{
    private const int SmallestCapacity = 1024;

    private readonly long _cap;
    private byte[] _bytes = [];
    private int _length;

    public BoundedBody(long cap)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cap);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cap, Array.MaxLength);
        _cap = cap;
    }

    /// <summary>How many bytes are kept: all of them, or the cap once it was exceeded.</summary>
    public int Length => _length;

    public long Cap => _cap;

    /// <summary>True once more bytes arrived than the cap allows.</summary>
    public bool Exceeded { get; private set; }

    /// <summary>Keeps the bytes; false, with the bytes up to the cap kept, when they take the body over the cap.</summary>
    public bool TryAppend(ReadOnlySpan<byte> bytes)
    {
        var room = (int)(_cap - _length);
        var taken = Math.Min(room, bytes.Length);
        if (taken > 0)
        {
            EnsureCapacity(_length + taken);
            bytes[..taken].CopyTo(_bytes.AsSpan(_length));
            _length += taken;
        }

        Exceeded |= bytes.Length > room;
        return !Exceeded;
    }

    /// <summary>
    /// The kept bytes as text: UTF-8 without its byte order mark, each invalid sequence as U+FFFD, NUL kept as it came.
    /// </summary>
    public string Text()
    {
        var bytes = _bytes.AsSpan(0, _length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private void EnsureCapacity(int needed)
    {
        if (needed <= _bytes.Length)
        {
            return;
        }

        // A typical answer arrives in one read and gets an array of its size; larger ones grow by doubling, up to the cap.
        var size = (int)Math.Min(_cap, Math.Max(needed, Math.Max(SmallestCapacity, (long)_bytes.Length * 2)));
        Array.Resize(ref _bytes, size);
    }
}
