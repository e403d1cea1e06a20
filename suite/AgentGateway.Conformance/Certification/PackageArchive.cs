using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using AgentGateway.Conformance.Comparison;

namespace AgentGateway.Conformance.Certification;

/// <summary>The caps a package is read within: the archive's size, its number of entries, and each entry's decompressed size.</summary>
public sealed record PackageLimits(long MaxArchiveBytes, int MaxEntries, long MaxEntryBytes, long MaxManifestBytes)
{
    /// <summary>
    /// Far above any package of a run: an entry may be as large as the largest results.json compare reads, the manifest
    /// 1 MiB (a real one is a few KiB), and the archive holds the reports and the manifest.
    /// </summary>
    public static PackageLimits Default { get; } = new(512L * 1024 * 1024, 16, ResultsInput.DefaultMaxBytes, 1024 * 1024);
}

/// <summary>A file of a package, by its name in the archive and the SHA-256 hex of its decompressed bytes.</summary>
public sealed record PackageEntry(string Name, string Sha256);

/// <summary>What an archive holds: its files with their digests, and the manifest's bytes when it has one.</summary>
public sealed record PackageContents(IReadOnlyList<PackageEntry> Files, byte[]? Manifest);

/// <summary>A file that is no zip archive at all, or cannot be read: verify's bad input (exit 2).</summary>
public sealed class PackageUnreadableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>An archive that is no package of this suite: a hostile or damaged entry, named in the message (exit 1).</summary>
public sealed class PackageRefusedException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Reads a certification package as untrusted input: the archive's size is capped before it is opened, its entries'
/// number before any is read, each entry's decompressed bytes as they are read (whatever size the archive declares).
/// Entry names must be plain file names (no folder, no '..', no drive, no control character) and unique, also ignoring
/// case. Nothing is extracted: each entry is hashed as it streams, and only the manifest is kept.
/// </summary>
public static partial class PackageArchive
{
    public static PackageContents Read(string path, PackageLimits limits)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (!stream.CanSeek || stream.Length > limits.MaxArchiveBytes)
            {
                throw new PackageUnreadableException(stream.CanSeek
                    ? $"{path}: larger than {limits.MaxArchiveBytes} bytes, the most a package may be."
                    : $"{path}: not a file (a package is read from a regular file).");
            }

            if (DeclaredEntries(stream) is { } declared && declared > limits.MaxEntries)
            {
                throw new PackageRefusedException($"the archive declares {declared} entries, more than the {limits.MaxEntries} a package may hold.");
            }

            stream.Position = 0;
            using var archive = Open(stream, path);
            return Read(archive, limits);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new PackageUnreadableException($"{path}: no such file.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PackageUnreadableException($"{path}: cannot be read ({e.Message}).", e);
        }
    }

    /// <summary>
    /// The entry count of the archive's end-of-central-directory record (0xFFFF for a Zip64 archive), read before the
    /// archive is opened, because opening it reads every entry of the central directory into memory; null when no record
    /// is found, and then opening the archive says it is none.
    /// </summary>
    private static int? DeclaredEntries(FileStream stream)
    {
        const int RecordLength = 22;
        var tail = (int)Math.Min(stream.Length, RecordLength + ushort.MaxValue);
        var bytes = new byte[tail];
        stream.Position = stream.Length - tail;
        stream.ReadExactly(bytes);
        for (var at = tail - RecordLength; at >= 0; at--)
        {
            if (bytes[at] == 0x50 && bytes[at + 1] == 0x4B && bytes[at + 2] == 0x05 && bytes[at + 3] == 0x06)
            {
                return BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 10));
            }
        }

        return null;
    }

    private static ZipArchive Open(FileStream stream, string path)
    {
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new PackageUnreadableException($"{path}: not a zip archive ({e.Message}).", e);
        }
    }

    private static PackageContents Read(ZipArchive archive, PackageLimits limits)
    {
        if (archive.Entries.Count > limits.MaxEntries)
        {
            throw new PackageRefusedException(
                $"the archive holds {archive.Entries.Count} entries, more than the {limits.MaxEntries} a package may hold.");
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var files = new List<PackageEntry>();
        byte[]? manifest = null;
        foreach (var entry in archive.Entries)
        {
            var name = entry.FullName;
            if (!SafeName().IsMatch(name) || name.Length > 255)
            {
                throw new PackageRefusedException(
                    $"{Printable(name)}: not a plain file name (a folder, '..', a drive or an odd character): refused as path traversal.");
            }

            if (!names.Add(name))
            {
                throw new PackageRefusedException($"{name}: the archive holds this name more than once.");
            }

            var cap = name == CertificationPackage.ManifestName ? limits.MaxManifestBytes : limits.MaxEntryBytes;
            if (entry.Length > cap)
            {
                throw TooLarge(name, cap);
            }

            var (sha256, kept) = Digest(entry, cap, keep: name == CertificationPackage.ManifestName);
            if (kept is not null)
            {
                manifest = kept;
            }
            else
            {
                files.Add(new PackageEntry(name, sha256));
            }
        }

        return new PackageContents(files, manifest);
    }

    /// <summary>Streams the entry through SHA-256, counting its bytes against <paramref name="cap"/>; keeps them when asked.</summary>
    private static (string Sha256, byte[]? Kept) Digest(ZipArchiveEntry entry, long cap, bool keep)
    {
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using var kept = keep ? new MemoryStream() : null;
            using var stream = entry.Open();
            var buffer = new byte[81920];
            long length = 0;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                length += read;
                if (length > cap)
                {
                    throw TooLarge(entry.FullName, cap);
                }

                hash.AppendData(buffer, 0, read);
                kept?.Write(buffer, 0, read);
            }

            return (Convert.ToHexStringLower(hash.GetHashAndReset()), kept?.ToArray());
        }
        catch (InvalidDataException e)
        {
            throw new PackageRefusedException($"{entry.FullName}: its compressed data is damaged ({e.Message}).", e);
        }
    }

    private static PackageRefusedException TooLarge(string name, long cap) =>
        new($"{name}: larger than {cap} bytes decompressed, the most a file of a package may be.");

    /// <summary>The name with control characters shown as '?', so a hostile name cannot rewrite the console.</summary>
    private static string Printable(string name) => new([.. name.Take(120).Select(c => char.IsControl(c) ? '?' : c)]);

    /// <summary>A plain file name: letters, digits, '.', '_' and '-', starting with a letter or digit (so never '.' or '..').</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*\z")]
    internal static partial Regex SafeName();
}
