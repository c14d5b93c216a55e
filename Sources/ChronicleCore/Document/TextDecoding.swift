/// Turns the bytes of an input into text, recognizing the encodings news files come in.
///
/// UTF-8 (with or without a byte-order mark) is the norm; UTF-16 is read when a byte-order
/// mark announces it; bytes that are not valid UTF-8 are read as Windows-1252 (a superset of
/// the printable Latin-1 range) when every such byte is a character there. NUL bytes, many
/// control bytes, or a known binary signature (PDF, ZIP, PNG, ...) make the input binary.
///
/// ```swift
/// let decoded = try TextDecoding.decode([0x63, 0x61, 0x66, 0xE9], path: "a.txt").get()
/// decoded.text       // "café"
/// decoded.encoding   // .windows1252
/// ```
enum TextDecoding {
    /// The encoding an input was read in.
    enum Encoding: String, Sendable {
        case utf8, utf8BOM, utf16LE, utf16BE, windows1252
    }

    /// Decoded text and the encoding it was found in.
    struct Decoded: Sendable {
        var text: String
        var encoding: Encoding
    }

    /// Decodes `bytes`, or says why they are not text.
    static func decode(_ bytes: [UInt8], path: String) -> Result<Decoded, DocumentReadError> {
        if bytes.count >= 2 {
            if bytes[0] == 0xFF, bytes[1] == 0xFE, !(bytes.count >= 4 && bytes[2] == 0 && bytes[3] == 0) {
                return .success(Decoded(text: utf16(bytes, from: 2, bigEndian: false), encoding: .utf16LE))
            }
            if bytes[0] == 0xFE, bytes[1] == 0xFF {
                return .success(Decoded(text: utf16(bytes, from: 2, bigEndian: true), encoding: .utf16BE))
            }
        }
        if let kind = binarySignature(bytes) {
            return .failure(DocumentReadError(code: .binary, path: path,
                message: "binary file (\(kind)), not text"))
        }
        if let problem = controlByteProblem(bytes) {
            return .failure(DocumentReadError(code: .binary, path: path, message: problem))
        }
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let body = hasBOM ? bytes[3...] : bytes[...]
        if let text = String(validating: body, as: UTF8.self) {
            return .success(Decoded(text: text, encoding: hasBOM ? .utf8BOM : .utf8))
        }
        return windows1252(body, path: path)
    }

    // MARK: - Binary detection

    private static let signatures: [([UInt8], String)] = [
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive or Office document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        (Array("GIF8".utf8), "a GIF image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x1F, 0x8B], "gzip-compressed data"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
    ]

    private static func binarySignature(_ bytes: [UInt8]) -> String? {
        for (magic, kind) in signatures where bytes.count >= magic.count {
            if bytes[0..<magic.count].elementsEqual(magic) { return kind }
        }
        return nil
    }

    /// A reason when the bytes hold a NUL or more control bytes than text ever has.
    private static func controlByteProblem(_ bytes: [UInt8]) -> String? {
        var controls = 0
        var firstControl = -1
        var nul = -1
        bytes.withUnsafeBufferPointer { buffer in
            for i in 0..<buffer.count {
                let b = buffer[i]
                guard b < 0x20 || b == 0x7F else { continue }
                if b == 0 { nul = i; return }
                if b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B { continue }
                if b == 0x1A, i == buffer.count - 1 { continue }   // DOS end-of-file marker
                controls += 1
                if firstControl < 0 { firstControl = i }
            }
        }
        if nul >= 0 { return "binary file (NUL byte at offset \(nul)), not text" }
        if controls > 8 && controls * 100 > bytes.count {
            return "binary file (\(controls) control bytes, the first at offset \(firstControl)), not text"
        }
        return nil
    }

    // MARK: - UTF-16

    private static func utf16(_ bytes: [UInt8], from start: Int, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var i = start
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    // MARK: - Windows-1252 fallback

    /// Windows-1252 characters for bytes 0x80–0x9F (0 where the code page leaves a hole).
    static let cp1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Reads valid UTF-8 sequences as UTF-8 and every other byte as Windows-1252, so that a
    /// Latin-1 file, a Windows file, or a UTF-8 file with a few pasted Windows bytes all read.
    private static func windows1252(_ bytes: ArraySlice<UInt8>, path: String) -> Result<Decoded, DocumentReadError> {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        var high = 0
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                scalars.append(Unicode.Scalar(b))
                i += 1
                continue
            }
            high += 1
            if let (scalar, length) = utf8Sequence(bytes, at: i) {
                scalars.append(scalar)
                i += length
                continue
            }
            if b <= 0x9F {
                let value = cp1252High[Int(b - 0x80)]
                if value == 0 {
                    return .failure(DocumentReadError(code: .invalidEncoding, path: path,
                        message: "invalid UTF-8 at byte \(i - bytes.startIndex) "
                            + "(byte 0x\(String(b, radix: 16, uppercase: true)) is not Windows-1252 or Latin-1 text either)"))
                }
                scalars.append(Unicode.Scalar(value)!)
            } else {
                scalars.append(Unicode.Scalar(b))
            }
            i += 1
        }
        // Western text is mostly ASCII; mostly-high bytes are another encoding or not text.
        if bytes.count >= 40, high * 10 > bytes.count * 3 {
            return .failure(DocumentReadError(code: .invalidEncoding, path: path,
                message: "invalid UTF-8, and \(high) of \(bytes.count) bytes are non-ASCII: "
                    + "not Windows-1252 or Latin-1 text either (convert the file to UTF-8)"))
        }
        return .success(Decoded(text: String(scalars), encoding: .windows1252))
    }

    /// The scalar and length of a well-formed UTF-8 multi-byte sequence at `i`, if there is one.
    private static func utf8Sequence(_ bytes: ArraySlice<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
        let b0 = bytes[i]
        let length: Int
        var value: UInt32
        switch b0 {
        case 0xC2...0xDF: length = 2; value = UInt32(b0 & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(b0 & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(b0 & 0x07)
        default: return nil
        }
        guard i + length <= bytes.endIndex else { return nil }
        for k in 1..<length {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(c & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : (length == 3 ? 0x800 : 0x10000)
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
