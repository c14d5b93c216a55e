/// Text with typographic variants folded to ASCII, and a map back to the original.
///
/// News text mixes curly and straight quotes, en and em dashes, non-breaking spaces and
/// zero-width characters. Every later stage wants one form of each, but every offset that
/// Chronicle reports must index the *original* text. `NormalizedText` keeps both: the
/// normalized UTF-8 ``bytes`` that scanners work on, and for each byte the Unicode scalar
/// offset (and UTF-8 offset) of the original character it came from.
///
/// What is folded: `‘ ’ ‚ ‛ ′ ʼ` → `'`; `“ ” „ ‟ ″ « »` → `"`; `‐ ‑ ‒ – −` → `-`;
/// `— ―` → `--`; `…` → `...`; no-break and other wide spaces → space; `\r\n` and `\r` → `\n`;
/// U+2028/U+2029 → `\n`; zero-width spaces, joiners, soft hyphens and BOMs are dropped.
///
/// ```swift
/// let n = NormalizedText("Japan’s “offer”")
/// n.string(0..<n.bytes.count)        // "Japan's \"offer\""
/// n.scalarRange(8..<15)              // 8..<15 in the original
/// ```
public struct NormalizedText: Sendable {
    /// The text as given.
    public let original: String
    /// The normalized text as UTF-8.
    public let bytes: [UInt8]
    /// For each normalized byte (and one past the end), the original Unicode scalar offset.
    @usableFromInline let scalarOffsets: [Int32]
    /// For each normalized byte (and one past the end), the original UTF-8 offset.
    @usableFromInline let utf8Offsets: [Int32]
    private let originalUTF8: [UInt8]

    /// Normalizes `text`.
    public init(_ text: String) {
        original = text
        let src = Array(text.utf8)
        originalUTF8 = src
        var out = [UInt8]()
        var scalars = [Int32]()
        var offsets = [Int32]()
        out.reserveCapacity(src.count)
        scalars.reserveCapacity(src.count + 1)
        offsets.reserveCapacity(src.count + 1)
        var i = 0
        var scalar: Int32 = 0
        let n = src.count
        @inline(__always) func emit(_ b: UInt8, _ at: Int) {
            out.append(b)
            scalars.append(scalar)
            offsets.append(Int32(at))
        }
        while i < n {
            let b = src[i]
            if b < 0x80 {
                if b == 0x0D {
                    if i + 1 < n, src[i + 1] == 0x0A {
                        // \r\n: the \r disappears, the \n that follows is copied.
                    } else {
                        emit(0x0A, i)
                    }
                } else {
                    emit(b, i)
                }
                i += 1
                scalar += 1
                continue
            }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            let end = min(i + length, n)
            var value: UInt32
            switch length {
            case 2: value = UInt32(b & 0x1F)
            case 3: value = UInt32(b & 0x0F)
            default: value = UInt32(b & 0x07)
            }
            var k = i + 1
            while k < end {
                value = (value << 6) | UInt32(src[k] & 0x3F)
                k += 1
            }
            switch value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC:
                emit(UInt8(ascii: "'"), i)
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB:
                emit(UInt8(ascii: "\""), i)
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212:
                emit(UInt8(ascii: "-"), i)
            case 0x2014, 0x2015:
                emit(UInt8(ascii: "-"), i)
                emit(UInt8(ascii: "-"), i)
            case 0x2026:
                emit(UInt8(ascii: "."), i)
                emit(UInt8(ascii: "."), i)
                emit(UInt8(ascii: "."), i)
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                emit(UInt8(ascii: " "), i)
            case 0x2028, 0x2029, 0x0085:
                emit(0x0A, i)
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
                break
            default:
                for j in i..<end { emit(src[j], i) }
            }
            i = end
            scalar += 1
        }
        scalars.append(scalar)
        offsets.append(Int32(n))
        bytes = out
        scalarOffsets = scalars
        utf8Offsets = offsets
    }

    /// The normalized text of a byte range.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The Unicode scalar range of the original text that a normalized byte range came from.
    public func scalarRange(_ range: Range<Int>) -> Range<Int> {
        Int(scalarOffsets[range.lowerBound])..<Int(scalarOffsets[range.upperBound])
    }

    /// The original UTF-8 byte range that a normalized byte range came from.
    public func originalUTF8Range(_ range: Range<Int>) -> Range<Int> {
        Int(utf8Offsets[range.lowerBound])..<Int(utf8Offsets[range.upperBound])
    }

    /// The original text of a normalized byte range (curly quotes and all).
    public func originalString(_ range: Range<Int>) -> String {
        String(decoding: originalUTF8[originalUTF8Range(range)], as: UTF8.self)
    }

    /// The number of Unicode scalars in the original text.
    public var originalScalarCount: Int { Int(scalarOffsets[scalarOffsets.count - 1]) }
}
